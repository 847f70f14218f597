import type { ResolvedConfig, TextKind } from '../engine';
import { findNames } from '../engine/names/detect';
import { foldName, orthographicForm } from '../engine/names/forms';
import { NAME_KINDS, nameListFor, type ListedRole, type NameKind } from '../engine/names/list';
import { parseArticle } from '../engine/text/article';
import { SourceText } from '../engine/text/source';

// --list-names: the names each article uses (worked out where the file is read, in a worker thread) and
// their tally over all the files (in the main thread, in path order, so any number of workers gives the
// same list), for a desk that builds its house list from its archive.

/** One name of one article, as plain data (it crosses from worker threads). */
export interface ArticleName {
  kind: NameKind;
  preferred: string;
  source: 'list' | 'article';
  forms: ArticleForm[];
  /** The house list's entry of a listed name: its other spellings go into the entry written out. */
  entry?: ListedSpellings;
}

/** The spellings of a house-list entry besides its preferred one. */
interface ListedSpellings {
  variants: string[];
  aliases: string[];
  surnames?: string[];
  aliasVariants?: Record<string, string[]>;
}

export interface ArticleForm {
  /** The name as written, without the proclitics joined to it. */
  form: string;
  role: ListedRole;
  count: number;
  /** For a surname: the house spelling of it (بلينكن for a mention written بلينكين). */
  surname?: string;
}

/**
 * One name over all the files: the JSON entries of `--list-names --format json`. Without count, files,
 * source and forms, an entry is a name-list entry (`names` in .mudaqqiq.json), for a desk to edit.
 */
export interface ListedName {
  /**
   * The house list's preferred form; else the full form written most often, or the spelling the rule
   * expects for it where they differ only in orthography (حمزة where حمزه is written more).
   */
  preferred: string;
  kind: NameKind;
  /** Other spellings of the full name found, most used first. */
  variants: string[];
  /** Other names of it found (listed aliases: داعش for تنظيم الدولة الإسلامية), most used first. */
  aliases: string[];
  /** For a person named by surname on second mention: the surnames, in the house spelling. */
  surnames?: string[];
  /** A listed name's other spellings of its aliases, as the house list has them. */
  aliasVariants?: Record<string, string[]>;
  /** Mentions in all the files. */
  count: number;
  /** Files it appears in. */
  files: number;
  /** 'list': the house list (shipped or the newsroom's) has it; 'article': found in the articles alone. */
  source: 'list' | 'article';
  /**
   * Each written form with its role and number of mentions, most used first; a surname written otherwise
   * than the name spells it (بلينكين for أنتوني بلينكن) with the spelling it should have.
   */
  forms: { form: string; role: ListedRole; count: number; surname?: string }[];
}

/** The names of one article, as the name-consistency rule finds them with the file's config. */
export function namesOfArticle(text: string, config: ResolvedConfig, kind: TextKind): ArticleName[] {
  const article = parseArticle(new SourceText(text).text, kind);
  return findNames(article, nameListFor(config.names)).map((entity) => {
    const forms = new Map<string, ArticleForm>();
    for (const mention of entity.mentions) {
      const seen = forms.get(mention.form);
      if (seen) {
        seen.count++;
        continue;
      }
      // A misspelling of a listed name's preferred form (اربيل for أربيل) is a variant of it, not preferred too.
      const role = mention.role === 'preferred' && mention.differs ? 'variant' : mention.role;
      const form: ArticleForm = { form: mention.form, role, count: 1 };
      if (mention.role === 'surname' && mention.expected !== mention.form) form.surname = mention.expected;
      forms.set(mention.form, form);
    }
    const name: ArticleName = { kind: entity.kind, preferred: entity.preferred, source: entity.source, forms: [...forms.values()] };
    if (entity.entry) {
      const { variants, aliases, surnames, aliasVariants } = entity.entry;
      name.entry = { variants, aliases, ...(surnames ? { surnames } : {}), ...(aliasVariants ? { aliasVariants } : {}) };
    }
    return name;
  });
}

interface FormTally {
  role: ListedRole;
  count: number;
  /** Order of first sight, for ties. */
  seen: number;
  surname: string;
}

interface Group {
  kind: NameKind;
  forms: Map<string, FormTally>;
  /** The house list's preferred forms it was found under (two configs may prefer different spellings), with their mentions. */
  listPreferred: Map<string, number>;
  /** For a name the list does not know, the spellings the rule chose for it in articles that wrote it two ways, with their mentions. */
  articlePreferred: Map<string, number>;
  /** The house list's entries it was found under, by preferred form. */
  listEntries: Map<string, ListedSpellings>;
  files: Set<number>;
  seen: number;
  /** Set when merged into another group. */
  into?: Group;
}

/**
 * Names over many articles. Names of the same kind that share a full written form or a preferred form,
 * up to hamza, alef, final ى/ي and ة/ه (foldName), are one name: an unlisted name spelt one way in one
 * article and another way in the next is listed once with both spellings. Surnames and aliases join
 * nothing: two people can share a surname.
 */
export class NameTally {
  private readonly byKey = new Map<string, Group>();
  private readonly groups: Group[] = [];
  private articles = 0;
  private order = 0;

  /** Adds the names of the next file; files must come in one fixed order (path order) for a stable result. */
  add(names: readonly ArticleName[]): void {
    const file = this.articles++;
    for (const name of names) {
      const fullForms = [name.preferred, ...name.forms.filter((f) => isFullName(f.role)).map((f) => f.form)];
      const keys = fullForms.map((form) => `${name.kind}\u0000${foldName(form)}`);
      let group: Group | undefined;
      for (const key of keys) {
        const owner = this.byKey.get(key);
        const found = owner && root(owner);
        if (found && group && found !== group) group = merge(group, found);
        else if (found) group = found;
      }
      if (!group) {
        group = { kind: name.kind, forms: new Map(), listPreferred: new Map(), articlePreferred: new Map(), listEntries: new Map(), files: new Set(), seen: this.order++ };
        this.groups.push(group);
      }
      for (const key of keys) this.byKey.set(key, group);
      group.files.add(file);
      let mentions = 0;
      for (const form of name.forms) {
        mentions += form.count;
        const tally = group.forms.get(form.form);
        if (tally) tally.count += form.count;
        else group.forms.set(form.form, { role: form.role, count: form.count, seen: this.order++, surname: form.surname ?? form.form });
      }
      if (name.source === 'list') group.listPreferred.set(name.preferred, (group.listPreferred.get(name.preferred) ?? 0) + mentions);
      // The rule chose a spelling only where the article wrote more than one.
      else if (name.forms.filter((f) => isFullName(f.role)).length > 1) group.articlePreferred.set(name.preferred, (group.articlePreferred.get(name.preferred) ?? 0) + mentions);
      if (name.entry && !group.listEntries.has(name.preferred)) group.listEntries.set(name.preferred, name.entry);
    }
  }

  /** The names by kind (person, organisation, place), then by count, most mentioned first. */
  names(): ListedName[] {
    const listed = this.groups.filter((group) => !group.into).map(listedName);
    const kindOrder = (kind: NameKind) => NAME_KINDS.indexOf(kind);
    return listed.sort(
      (a, b) => kindOrder(a.kind) - kindOrder(b.kind) || b.count - a.count || b.files - a.files || compare(a.preferred, b.preferred),
    );
  }

  /** Files added so far. */
  get fileCount(): number {
    return this.articles;
  }
}

const isFullName = (role: ListedRole) => role === 'preferred' || role === 'variant';

function root(group: Group): Group {
  while (group.into) group = group.into;
  return group;
}

/** Merges the later group into the earlier one and returns the earlier. */
function merge(a: Group, b: Group): Group {
  const [kept, gone] = a.seen <= b.seen ? [a, b] : [b, a];
  for (const [form, tally] of gone.forms) {
    const own = kept.forms.get(form);
    if (!own) kept.forms.set(form, tally);
    else {
      own.count += tally.count;
      if (tally.seen < own.seen) Object.assign(own, { role: tally.role, seen: tally.seen, surname: tally.surname });
    }
  }
  for (const [preferred, count] of gone.listPreferred) kept.listPreferred.set(preferred, (kept.listPreferred.get(preferred) ?? 0) + count);
  for (const [preferred, count] of gone.articlePreferred) kept.articlePreferred.set(preferred, (kept.articlePreferred.get(preferred) ?? 0) + count);
  for (const [preferred, entry] of gone.listEntries) if (!kept.listEntries.has(preferred)) kept.listEntries.set(preferred, entry);
  for (const file of gone.files) kept.files.add(file);
  gone.into = kept;
  return kept;
}

function listedName(group: Group): ListedName {
  const forms = [...group.forms].sort(([, a], [, b]) => b.count - a.count || a.seen - b.seen);
  const count = forms.reduce((sum, [, tally]) => sum + tally.count, 0);
  const fromList = mostMentioned(group.listPreferred);
  const preferred = fromList ?? rightSpelling(forms.find(([, tally]) => isFullName(tally.role))?.[0] ?? forms[0][0], group.articlePreferred);
  // Found in the articles alone, every other full spelling is a variant of the one chosen here; under the
  // house list a form the list gives as preferred but spelt otherwise is the name in another case (الحوثيين).
  const roleOf = (form: string, tally: FormTally): ListedRole =>
    form === preferred ? 'preferred' : tally.role === 'preferred' && !fromList ? 'variant' : tally.role;
  const withRoles = forms.map(([form, tally]) => ({ form, role: roleOf(form, tally), count: tally.count, ...(tally.surname !== form ? { surname: tally.surname } : {}) }));
  // A listed name keeps its entry's spellings, those the articles use first: written back into a house
  // list, the entry replaces the shipped one and must lose none of them.
  const entry = fromList === undefined ? undefined : group.listEntries.get(fromList);
  const named = (role: ListedRole, listed: readonly string[] = []) => [...new Set([...withRoles.filter((f) => f.role === role).map((f) => f.form), ...listed])];
  const surnames = [...new Set([...forms.filter(([, tally]) => tally.role === 'surname').map(([, tally]) => tally.surname), ...(entry?.surnames ?? [])])];
  return {
    preferred,
    kind: group.kind,
    variants: named('variant', entry?.variants),
    aliases: named('alias', entry?.aliases),
    ...(surnames.length ? { surnames } : {}),
    ...(entry?.aliasVariants ? { aliasVariants: entry.aliasVariants } : {}),
    count,
    files: group.files.size,
    source: fromList === undefined ? 'article' : 'list',
    forms: withRoles,
  };
}

/** The key with the most mentions; the first added on a tie. */
/**
 * `written`, or the spelling the rule expected instead in the articles when the two differ only in
 * orthography (hamza, final letters, spacing): the rule keeps the right spelling however often the other is
 * written, and a list built from the archive must not make a misspelling the house's.
 */
function rightSpelling(written: string, expected: ReadonlyMap<string, number>): string {
  const same = new Map([...expected].filter(([form]) => form !== written && orthographicForm(form) === orthographicForm(written)));
  return mostMentioned(same) ?? written;
}

function mostMentioned(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  for (const [key, count] of counts) if (best === undefined || count > counts.get(best)!) best = key;
  return best;
}

/** Code-point order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
