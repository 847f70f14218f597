// The dateline that opens a wire story's lede (`بغداد (رويترز) -`, `القاهرة -`): structure, not prose
// (editorial-rules.md §0). Repetition leaves it out, and the agency credit in it names no one.

const DASH = /[-–—]/;
const DATELINE = /^\s*(?:(?:\p{L}+\s+){0,2}\p{L}+\s*(\([^()\n]{1,40}\))|\p{L}+(?:\s+\p{L}+)?)\s*[-–—]\s+/du;

/** The length of the dateline `text` starts with (its dash and the spaces after it included), or 0. */
export function datelineLength(text: string): number {
  return DASH.test(text.slice(0, 80)) ? (DATELINE.exec(text)?.[0].length ?? 0) : 0;
}

/** The agency credit, brackets included, of the dateline `text` starts with (`(رويترز)`), as offsets in `text`. */
export function datelineCredit(text: string): { start: number; end: number } | undefined {
  const credit = DASH.test(text.slice(0, 80)) ? DATELINE.exec(text)?.indices?.[1] : undefined;
  return credit && { start: credit[0], end: credit[1] };
}
