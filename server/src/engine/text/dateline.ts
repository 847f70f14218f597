// The dateline that opens a wire story's lede (`بغداد (رويترز) -`, `القاهرة -`): structure, not prose
// (editorial-rules.md §0). Repetition leaves it out, and the agency credit in it names no one.

/** A word of a dateline's city, its harakat too (عمّان). */
const WORD = String.raw`[\p{L}\p{M}]+`;
/**
 * A dateline's date after its city and a comma, a month of two words and a Hijri year too: `دبي، 14
 * أكتوبر/تشرين الأول (رويترز) -`, `القاهرة، 3 مايو 2025 -`, `مكة المكرمة، 10 ذو الحجة 1446هـ (واس) -`.
 */
const DATE = String.raw`(?:[،,]\s*\p{N}{1,2}\s+\p{L}+(?:\s+\p{L}+)?(?:\s*/\s*\p{L}+(?:\s+\p{L}+)?)?(?:\s+\p{N}{4}\s*(?:هـ|م)?)?)?`;
/** An agency credit in quotation marks between two dashes, as some agencies write it: `بيروت - "الوطنية" -`. */
const QUOTED_CREDIT = String.raw`(?:\s*[-–—]\s*["«“][\p{L}\s]{1,30}["»”])?`;
const DATELINE = new RegExp(
  String.raw`^\s*(?:(?:${WORD}\s+){0,2}${WORD}${DATE}\s*(\([^()\n]{1,40}\))|${WORD}(?:\s+${WORD})?${DATE}${QUOTED_CREDIT})\s*[-–—]\s+`,
  'u',
);

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

/**
 * The agency credits of the datelines of `paragraphs` (spans of `text`), as offsets in `text`. A credit's
 * bracket is the first of its paragraph and comes before its dash, so only the paragraphs with a bracket
 * within reach are read: one native search of the whole text finds them.
 */
export function datelineCredits(text: string, paragraphs: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const credits: { start: number; end: number }[] = [];
  let index = 0;
  for (let bracket = text.indexOf('('); bracket !== -1; bracket = text.indexOf('(', bracket + 1)) {
    while (index < paragraphs.length && paragraphs[index].end <= bracket) index++;
    if (index === paragraphs.length) break;
    const { start, end } = paragraphs[index];
    if (bracket < start || bracket - start >= DATELINE_REACH) continue;
    const credit = datelineCredit(text.slice(start, end));
    if (credit) credits.push({ start: start + credit.start, end: start + credit.end });
    // Its other brackets are not its first: the search goes on after it.
    bracket = end - 1;
  }
  return credits;
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
