import pc from 'picocolors';
import type { NameKind } from '../../engine/names/list';
import type { ListedName } from '../list-names';
import { printable } from './text';

// The report of --list-names. Arabic forms end each line, after the left-to-right counts and labels, so
// the columns stay put in terminals that reorder right-to-left text and in those that do not.

const HEADINGS: Record<NameKind, string> = { person: 'People', organisation: 'Organisations', place: 'Places' };
const KIND_PLURALS: Record<NameKind, [string, string]> = {
  person: ['person', 'people'],
  organisation: ['organisation', 'organisations'],
  place: ['place', 'places'],
};

/** JSON: the array of ListedName (see ListedName for the fields), a name to a line. */
export function namesJson(names: readonly ListedName[]): string {
  return names.length ? `[\n${names.map((name) => `  ${JSON.stringify(name)}`).join(',\n')}\n]\n` : '[]\n';
}

/**
 * For a terminal: a heading per kind, then a line per name (mentions, articles, listed or not, the
 * preferred form) and, when it was written in more than its preferred form, a line per written form.
 */
export function namesStylish(names: readonly ListedName[], files: number, color: boolean): string {
  const c = pc.createColors(color);
  if (names.length === 0) return `No names found in ${plural(files, 'article', 'articles')}.\n`;
  const width = Math.max(...names.map((n) => String(n.count).length));
  const articlesWidth = Math.max(...names.map((n) => plural(n.files, 'article', 'articles').length));
  let out = '';
  let kind: NameKind | undefined;
  const perKind = new Map<NameKind, number>();
  for (const name of names) {
    if (name.kind !== kind) {
      kind = name.kind;
      out += `${out ? '\n' : ''}${c.bold(HEADINGS[kind])}\n`;
    }
    perKind.set(name.kind, (perKind.get(name.kind) ?? 0) + 1);
    const articles = `in ${plural(name.files, 'article', 'articles').padEnd(articlesWidth)}`;
    const source = name.source === 'list' ? c.dim('listed  ') : c.yellow('unlisted');
    out += `  ${String(name.count).padStart(width)}  ${c.dim(articles)}  ${source}  ${printable(name.preferred)}\n`;
    const onlyPreferred = name.forms.length === 1 && name.forms[0].form === name.preferred;
    if (onlyPreferred) continue;
    for (const form of name.forms) {
      out += `  ${' '.repeat(width)}  ${String(form.count).padStart(width)}  ${c.dim(form.role.padEnd(9))}  ${printable(form.form)}\n`;
    }
  }
  const kinds = [...perKind].map(([k, n]) => plural(n, ...KIND_PLURALS[k]));
  out += `\n${plural(names.length, 'name', 'names')} in ${plural(files, 'article', 'articles')}: ${kinds.join(', ')}\n`;
  return out;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
