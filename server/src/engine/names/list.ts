import { ConfigError } from '../config';
import defaultEntries from './default-names.json';
import { ARTICLE, foldName, lightName, looseEnds, looseShape, NASAB_WORD_LIST, otherCompoundWritings, withAlefNasab } from './forms';

// The house-style name list: the shipped default list (default-names.json) with the newsroom's own list
// (`names` in .mudaqqiq.json, passed through as ResolvedConfig.names) merged over it, and the lookup the
// detector runs every word of every article through. Built once per list value and cached.

export type NameKind = 'person' | 'organisation' | 'place';
export const NAME_KINDS: readonly NameKind[] = ['person', 'organisation', 'place'];

/** One entry of a name list, as written in JSON. */
export interface NameEntry {
  /** The house spelling. */
  preferred: string;
  kind: NameKind;
  /** Other spellings of the same name (أمريكا for أميركا): a mention in one of them is fixed safely. */
  variants: string[];
  /** Other names of the same entity (داعش for تنظيم الدولة الإسلامية): fixing one may need a grammar edit. */
  aliases: string[];
  /** Other spellings of an alias (هنجاريا for the alias هنغاريا), fixed to the alias as listed. */
  aliasVariants?: Record<string, string[]>;
  /** How a person is named on second mention (السوداني for محمد شياع السوداني), in the house spelling. */
  surnames?: string[];
  /**
   * The name is written with the article as well as without it (اليونيسف، يونيسف), both correct: each of
   * its one-word forms is listed with the article too, and a variant with it is fixed to the house spelling with it.
   */
  takesArticle?: boolean;
}

/** JSON Schema of a name list (the `names` array of .mudaqqiq.json, or the file it points to). */
export const nameListSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Mudaqqiq name list',
  description:
    'House spellings of names. An entry whose preferred form or one of whose variants matches an entry of the shipped list replaces that entry.',
  type: 'array',
  items: {
    type: 'object',
    required: ['preferred', 'kind'],
    additionalProperties: false,
    properties: {
      preferred: { type: 'string', pattern: '\\S', description: 'The house spelling (الاسم بالكتابة المعتمدة).' },
      kind: { enum: [...NAME_KINDS], description: 'person, organisation or place.' },
      variants: {
        type: 'array',
        items: { type: 'string', pattern: '\\S' },
        uniqueItems: true,
        description: 'Other spellings of the same name, fixed to the preferred form.',
      },
      aliases: {
        type: 'array',
        items: { type: 'string', pattern: '\\S' },
        uniqueItems: true,
        description: 'Other names of the same entity (fine when introduced on first mention: «… (داعش)»).',
      },
      aliasVariants: {
        type: 'object',
        additionalProperties: { type: 'array', items: { type: 'string', pattern: '\\S' }, uniqueItems: true },
        description: 'Other spellings of an alias, keyed by the alias as listed in aliases.',
      },
      surnames: {
        type: 'array',
        items: { type: 'string', pattern: '\\S' },
        uniqueItems: true,
        description: 'For a person: the short form used after the full name (السوداني).',
      },
      takesArticle: {
        type: 'boolean',
        description: 'The name is correct with the article too (اليونيسف as well as يونيسف); its spellings with the article are fixed to the preferred form with it.',
      },
    },
  },
} as const;

/**
 * Checks a name list read from JSON and fills in the optional arrays. Throws a ConfigError that names
 * the offending entry and field, so the CLI and the server can show where the list is wrong.
 */
export function parseNameEntries(value: unknown, source = 'names'): NameEntry[] {
  if (typeof value === 'string') {
    throw new ConfigError(`${source}: expected a list of name entries; a file path must be read by the config loader (got "${value}")`);
  }
  if (!Array.isArray(value)) throw new ConfigError(`${source}: expected an array of name entries`);
  return value.map((item, index) => {
    const where = `${source}[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new ConfigError(`${where}: expected an object`);
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(key in nameListSchema.items.properties)) throw new ConfigError(`${where}: unknown field "${key}"`);
    }
    const preferred = record.preferred;
    if (typeof preferred !== 'string' || !preferred.trim()) throw new ConfigError(`${where}.preferred: expected a non-empty string`);
    if (!NAME_KINDS.includes(record.kind as NameKind)) {
      throw new ConfigError(`${where}.kind: expected one of ${NAME_KINDS.join(', ')} (got ${JSON.stringify(record.kind)})`);
    }
    const strings = (key: string): string[] => {
      const list = record[key] ?? [];
      if (!Array.isArray(list) || list.some((s) => typeof s !== 'string' || !s.trim())) {
        throw new ConfigError(`${where}.${key}: expected an array of non-empty strings`);
      }
      return list.map((s: string) => s.trim().replace(/\s+/g, ' '));
    };
    const entry: NameEntry = {
      preferred: preferred.trim().replace(/\s+/g, ' '),
      kind: record.kind as NameKind,
      variants: strings('variants'),
      aliases: strings('aliases'),
    };
    if (record.aliasVariants !== undefined) entry.aliasVariants = aliasVariantsOf(record.aliasVariants, entry.aliases, where);
    if (record.surnames !== undefined) entry.surnames = strings('surnames');
    if (record.takesArticle !== undefined) {
      if (typeof record.takesArticle !== 'boolean') throw new ConfigError(`${where}.takesArticle: expected true or false`);
      entry.takesArticle = record.takesArticle;
    }
    return entry;
  });
}

function aliasVariantsOf(value: unknown, aliases: string[], where: string): Record<string, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(`${where}.aliasVariants: expected an object`);
  const result: Record<string, string[]> = {};
  for (const [alias, spellings] of Object.entries(value)) {
    if (!aliases.includes(alias)) throw new ConfigError(`${where}.aliasVariants: "${alias}" is not one of the entry's aliases`);
    if (!Array.isArray(spellings) || spellings.some((s) => typeof s !== 'string' || !s.trim())) {
      throw new ConfigError(`${where}.aliasVariants.${alias}: expected an array of non-empty strings`);
    }
    result[alias] = spellings.map((s: string) => s.trim().replace(/\s+/g, ' '));
  }
  return result;
}

/**
 * The default list with a newsroom's entries over it: a newsroom entry whose preferred form or any
 * variant matches the preferred form or a variant of a default entry replaces that entry; the others are
 * added. The newsroom's entries keep their order, after the defaults they leave.
 */
export function mergeNameEntries(defaults: readonly NameEntry[], newsroom: readonly NameEntry[]): NameEntry[] {
  const spellings = (entry: NameEntry) => [entry.preferred, ...entry.variants].map(foldName);
  const overridden = new Set<string>();
  for (const entry of newsroom) for (const spelling of spellings(entry)) overridden.add(spelling);
  const kept = defaults.filter((entry) => !spellings(entry).some((s) => overridden.has(s)));
  return [...kept, ...newsroom];
}

/** A newsroom list with `entry` in it, replacing the entry it renames (same preferred form or variant). */
export function withEntry(entries: readonly NameEntry[], entry: NameEntry): NameEntry[] {
  return mergeNameEntries(entries, [entry]);
}

export type ListedRole = 'preferred' | 'variant' | 'alias' | 'surname';

/** One written form of a listed name, ready for matching. */
export interface ListedForm {
  entry: NameEntry;
  /** The entry's place in NameList.entries. */
  entryIndex: number;
  role: ListedRole;
  /** As written in the list. */
  text: string;
  /** The house spelling of this form: the preferred form for a variant, the alias for an alias's variant. */
  house: string;
  /** lightName of `house`, which every mention of the form is compared with. */
  houseLight: string;
  /** lightName of the first word of `text`: its letters as written, for writesShortListedWord. */
  firstLight: string;
  /** Which name of the entry this form is: the preferred form, or an alias (two names in one article need an introduction). */
  name: string;
  /** Folded words. */
  words: string[];
  /** looseEnds of each word: a written word with other ends is no spelling of it. */
  ends: number[];
}

export interface NameList {
  entries: readonly NameEntry[];
  /** Listed forms by the folded form of their first word. */
  byFirstWord: ReadonlyMap<string, readonly ListedForm[]>;
  /** First words of listed people's names (جو، أنتوني، إيمانويل): a word after one is likely a surname. */
  firstNames: ReadonlySet<string>;
  /**
   * Every form but the aliases by the looseShape of its first word, entry by entry in list order: a word
   * of another shape spells none of them.
   */
  byFirstShape: ReadonlyMap<number, readonly ListedForm[]>;
}

/** Whether a folded word starts a listed name or is a listed person's first name (إيتمار of إيتمار بن غفير). */
export function isListedNameWord(list: NameList, folded: string): boolean {
  return list.byFirstWord.has(folded) || list.firstNames.has(folded);
}

/** isListedNameWord, the word written as the list writes it (light), not only folding like it: إتحاد is no اتحاد. */
export function startsListedNameAsWritten(list: NameList, spelling: { light: string; folded: string }): boolean {
  return list.byFirstWord.get(spelling.folded)?.some((form) => form.firstLight === spelling.light) ?? list.firstNames.has(spelling.folded);
}

/**
 * The listed forms written from a place in the text: those whose words, folded, are foldedAt(0), foldedAt(1) …
 * (undefined past the text's end). For rules that ask whether a listed name stands there.
 */
export function listedFormsAt(list: NameList, foldedAt: (k: number) => string | undefined): ListedForm[] {
  const first = foldedAt(0);
  const forms = first === undefined ? undefined : list.byFirstWord.get(first);
  return forms?.filter((form) => form.words.every((folded, k) => foldedAt(k) === folded)) ?? [];
}

/** Builds the lookup for a list of entries (already validated). */
export function buildNameList(entries: readonly NameEntry[]): NameList {
  const byFirstWord = new Map<string, ListedForm[]>();
  const firstNames = new Set<string>();
  const byFirstShape = new Map<number, ListedForm[]>();
  const add = (map: Map<string, ListedForm[]>, key: string, form: ListedForm) => {
    const forms = map.get(key);
    if (!forms) map.set(key, [form]);
    else if (!forms.some((f) => f.entry === form.entry && f.text === form.text)) forms.push(form);
  };
  entries.forEach((entry, entryIndex) => {
    const roles: [ListedRole, string[], (text: string) => string, (text: string) => string][] = [
      ['preferred', [entry.preferred], () => entry.preferred, () => entry.preferred],
      ['variant', entry.variants, () => entry.preferred, () => entry.preferred],
      ['alias', entry.aliases, (text) => text, (text) => text],
      ['surname', entry.surnames ?? [], (text) => text, () => entry.preferred],
      ...surnameSpellings(entry).map(([surname, spelling]): [ListedRole, string[], () => string, () => string] => [
        'surname',
        [spelling],
        () => surname,
        () => entry.preferred,
      ]),
      ...Object.entries(entry.aliasVariants ?? {}).map(
        ([alias, spellings]): [ListedRole, string[], () => string, () => string] => ['alias', spellings, () => alias, () => alias],
      ),
    ];
    for (const [role, texts, houseOf, nameOf] of roles) {
      for (const text of texts) {
        const formOf = (written: string, house: string): ListedForm => {
          const words = foldName(written).split(' ');
          return {
            entry,
            entryIndex,
            role,
            text: written,
            house,
            houseLight: lightName(house),
            firstLight: lightName(written).split(' ')[0],
            name: nameOf(text),
            words,
            ends: words.map((w) => looseEnds(w)),
          };
        };
        const forms = [formOf(text, houseOf(text))];
        // عبد العاطي written عبدالعاطي (or the other way round) is the same name, not in the house spelling.
        for (const writing of otherCompoundWritings(text.split(' '))) forms.push(formOf(writing.join(' '), houseOf(text)));
        // هونغ كونغ written هونغكونغ, ناي بي داو written نايبيداو: a place's name run together, not in the house spelling.
        const joined = entry.kind === 'place' && (role === 'preferred' || role === 'variant') && forms.length === 1 ? joinedPlaceName(text) : undefined;
        if (joined) forms.push(formOf(joined, houseOf(text)));
        const alefNasab = entry.kind === 'person' ? withAlefNasab(text) : undefined;
        if (alefNasab) forms.push(formOf(alefNasab, houseOf(text)));
        // A plural name in the other case (الحوثيون، الحوثيين) is the same name, correctly written.
        const otherCase = role === 'preferred' || role === 'alias' ? inOtherCase(text) : undefined;
        if (otherCase) forms.push(formOf(otherCase, otherCase));
        if (entry.takesArticle) {
          const withoutArticle = forms.filter((form) => form.words.length === 1 && !form.words[0].startsWith(ARTICLE));
          for (const form of withoutArticle) forms.push(formOf(ARTICLE + form.text, ARTICLE + form.house));
        }
        for (const form of forms) {
          // A surname the house writes with بن joined (بنعبد الله) is anyone's nasab written apart (بن عبد الله);
          // one the house writes apart (بن غفير) is a name so.
          if (role === 'surname' && NASAB_WORDS_APART.has(form.words[0]) && !NASAB_WORDS_APART.has(foldName(form.house).split(' ')[0])) continue;
          add(byFirstWord, form.words[0], form);
          if (role === 'alias') continue;
          const shape = looseShape(form.words[0]);
          const shaped = byFirstShape.get(shape);
          if (!shaped) byFirstShape.set(shape, [form]);
          else shaped.push(form);
        }
        const words = forms[0].words;
        if (entry.kind === 'person' && role !== 'alias' && role !== 'surname' && words.length > 1) firstNames.add(words[0]);
      }
    }
  });
  return { entries, byFirstWord, firstNames, byFirstShape };
}

const NASAB_WORDS_APART: ReadonlySet<string> = new Set(NASAB_WORD_LIST);

/**
 * A place's name of two or three words written as one (هونغكونغ، بيونغيانغ، نايبيداو), as transliterated
 * names often are; not one with a word in the article (شرم الشيخ), which is never run together.
 */
function joinedPlaceName(text: string): string | undefined {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 3 || words.some((word) => word.length < 2 || word.startsWith(ARTICLE))) return undefined;
  return words.join('');
}

/**
 * The surname as each variant of the full name spells it: أنطونيو غوتيريس gives غوتيريس for the surname
 * غوتيريش. Pairs of [house surname, its other spelling].
 */
function surnameSpellings(entry: NameEntry): [string, string][] {
  const pairs: [string, string][] = [];
  const preferredWords = entry.preferred.split(' ');
  for (const surname of entry.surnames ?? []) {
    const n = surname.split(' ').length;
    if (preferredWords.slice(-n).join(' ') !== surname) continue;
    const givenWords = preferredWords.length - n;
    for (const variant of entry.variants) {
      const words = variant.split(' ');
      // جان إيف لو دريان for جان إيف لودريان: a surname written in more or fewer words after the same given names.
      const sameGivenNames = words.length > givenWords && words.slice(0, givenWords).join(' ') === preferredWords.slice(0, givenWords).join(' ');
      if (words.length !== preferredWords.length && !sameGivenNames) continue;
      const spelling = words.slice(givenWords).join(' ');
      if (spelling !== surname && !pairs.some(([, s]) => s === spelling)) pairs.push([surname, spelling]);
    }
  }
  return pairs;
}

/** الحوثيون ↔ الحوثيين: a name ending in a sound masculine plural, in the other case. */
function inOtherCase(text: string): string | undefined {
  if (text.length < 5) return undefined;
  if (text.endsWith('يون')) return text.slice(0, -2) + 'ين';
  if (text.endsWith('يين')) return text.slice(0, -2) + 'ون';
  return undefined;
}

let defaultList: NameList | undefined;
const merged = new WeakMap<object, NameList>();

/** The shipped list alone. */
export function defaultNameList(): NameList {
  defaultList ??= buildNameList(parseNameEntries(defaultEntries, 'default-names.json'));
  return defaultList;
}

/** `derive` worked out once per list: what detection keeps for a list lives as long as the list. */
export function perList<T>(derive: (list: NameList) => T): (list: NameList) => T {
  const values = new WeakMap<NameList, T>();
  return (list) => {
    let value = values.get(list);
    if (value === undefined) values.set(list, (value = derive(list)));
    return value;
  };
}

/**
 * The list to check with: the default list, with the newsroom's list (ResolvedConfig.names: an array of
 * entries, already read from its file by the config loader) merged over it. Built once per list value.
 */
export function nameListFor(names: unknown): NameList {
  if (names === undefined || names === null) return defaultNameList();
  if (typeof names !== 'object') return buildNameList(parseNameEntries(names));
  let list = merged.get(names);
  if (!list) {
    list = buildNameList(mergeNameEntries(defaultNameList().entries, parseNameEntries(names)));
    merged.set(names, list);
  }
  return list;
}
