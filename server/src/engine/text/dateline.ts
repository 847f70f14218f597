// The dateline that opens a wire story's lede (`بغداد (رويترز) -`, `القاهرة -`): structure, not prose
// (editorial-rules.md §0). Repetition leaves it out, and the agency credit in it names no one.

const DATELINE = /^\s*(?:(?:\p{L}+\s+){0,2}\p{L}+\s*(\([^()\n]{1,40}\))|\p{L}+(?:\s+\p{L}+)?)\s*[-–—]\s+/u;

/** The length of the dateline `text` starts with (its dash and the spaces after it included), or 0. */
export function datelineLength(text: string): number {
  return mayOpenWithDateline(text) ? (DATELINE.exec(text)?.[0].length ?? 0) : 0;
}

/** The agency credit, brackets included, of the dateline `text` starts with (`(رويترز)`), as offsets in `text`. */
export function datelineCredit(text: string): { start: number; end: number } | undefined {
  const credit = mayOpenWithDateline(text) ? DATELINE.exec(text) : null;
  if (!credit?.[1]) return undefined;
  // Only letters and spaces come before the credit: its bracket is the first one.
  const start = credit[0].indexOf('(');
  return { start, end: start + credit[1].length };
}

/** Whether a dash comes early enough for `text` to open with a dateline: most sentences and paragraphs are turned down here. */
function mayOpenWithDateline(text: string): boolean {
  const end = Math.min(text.length, DATELINE_REACH);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2d || code === 0x2013 || code === 0x2014) return true;
  }
  return false;
}

/** How far into a paragraph the dash of a dateline may come. */
const DATELINE_REACH = 80;
