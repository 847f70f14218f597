import type { Paragraph } from './article';
import { isProcliticLetter } from './clitics';
import { foldLetters, isArabicLetter } from './normalize';
import { FOREIGN_GIVEN_NAMES, GIVEN_NAMES, PERSON_TITLES } from '../names/vocabulary';

// What the punctuation rules share: which characters are letters of which script, which way a bracket or
// quote faces, and where a headline uses the `العراق.. عنوان` convention.

/** The marks that close a quotation: the guillemet, the curly and the straight quote. */
export const CLOSING_QUOTE_MARKS = '»”"';

export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** ASCII, Arabic-Indic and Persian digits. */
export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
}

/** The dot at `at` closes a Latin abbreviation (e.g., etc., Inc.): the comma after it is the Latin phrase's. */
export function isLatinAbbreviationDot(text: string, at: number): boolean {
  return text[at] === '.' && isLatinLetter(text.charCodeAt(at - 1));
}

export function isLatinLetterOrDigit(code: number): boolean {
  return isLatinLetter(code) || isDigit(code);
}

/** Harakat and the superscript alef: they ride on the letter before them. */
export function isHaraka(code: number): boolean {
  return (code >= 0x064b && code <= 0x0652) || code === 0x0670;
}

/** و ف ب ل ك (or two of them) written onto what follows: `لـ«الوكالة»`, `و(أ.ف.ب)`, `بـ25`. */
export function isProclitic(word: string): boolean {
  return (word.length === 1 || word.length === 2) && isProcliticLetter(word[0]) && (word.length === 1 || isProcliticLetter(word[1]));
}

/**
 * Latin letters spelled out, which an acronym is written with (بي بي سي، جيه.بي مورغان، آر.بي.سي). Not
 * إن، في and أو, which are Arabic words first.
 */
export const LETTER_NAMES: ReadonlySet<string> = new Set(['بي', 'سي', 'دي', 'تي', 'إي', 'إيه', 'إف', 'جي', 'إتش', 'اتش', 'آي', 'جاي', 'جيه', 'كيه', 'كي', 'إل', 'إم', 'إس', 'إكس', 'واي', 'زد', 'دبليو', 'يو', 'كيو', 'آر']);
/** Of إن, the letter N spelled out: a letter name when another stands beside it (سي إن إن، سي.إن.إن). */
export const LETTER_N = 'إن';

/**
 * Whether the dot at `dot` joins two Latin letters spelled out (جيه.بي، سي.إن.إن، وإتش.إس.بي.سي): an
 * acronym's dot, which takes no space after it. إن counts in a run with another letter name.
 */
export function joinsLetterNames(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && (isArabicLetter(text.charCodeAt(start - 1)) || text[start - 1] === '.')) start--;
  let end = dot + 1;
  while (end < text.length && (isArabicLetter(text.charCodeAt(end)) || text[end] === '.')) end++;
  const segments = text.slice(start, end).split('.');
  // The first may carry a proclitic (وإتش.إس.بي.سي).
  if (!isLetterName(segments[0]) && isProcliticLetter(segments[0][0] ?? '')) segments[0] = segments[0].slice(1);
  // The letter names on each side of the dot, up to the first segment that is none.
  let at = text.slice(start, dot).split('.').length - 1;
  let first = at;
  while (first > 0 && isLetterName(segments[first - 1])) first--;
  let last = at + 1;
  while (last + 1 < segments.length && isLetterName(segments[last + 1])) last++;
  if (!isLetterName(segments[at]) || !isLetterName(segments[at + 1])) return false;
  for (at = first; at <= last; at++) if (LETTER_NAMES.has(segments[at])) return true;
  return false;
}

const isLetterName = (segment: string) => LETTER_NAMES.has(segment) || segment === LETTER_N;

/** Marks of one kind, whatever their script: `،` and `,` are both a comma. */
const MARK_KINDS: Record<string, string> = { '،': ',', ',': ',', '؛': ';', ';': ';', '؟': '?', '?': '?', '!': '!', '.': '.' };

/** The kind of a sentence mark (`,` `;` `?` `!` `.`), or undefined for anything else. */
export function markKind(ch: string): string | undefined {
  return MARK_KINDS[ch];
}

/** `،` `؛` `؟`: the Arabic forms of the comma, the semicolon and the question mark. */
export function isArabicMark(ch: string): boolean {
  return ch === '،' || ch === '؛' || ch === '؟';
}

/** From `i`, the first position in direction `step` (1 or -1) that is not a space or a tab. */
export function pastBlanks(text: string, i: number, step: 1 | -1): number {
  while (text[i] === ' ' || text[i] === '\t') i += step;
  return i;
}

/** A full stop on its own: not one of the dots of an ellipsis or of two dots. */
function isLoneDot(text: string, i: number): boolean {
  return text[i] === '.' && text[i - 1] !== '.' && text[i + 1] !== '.';
}

/**
 * The mark at `i` comes after another mark with nothing but blanks between, where one mark is enough: the
 * same mark again (`انتهى . .`, not a spaced ellipsis `. . .`), a comma and a full stop, either way
 * round (`فيلما، . إضافة`, `انتهى.، وأضاف`), or a full stop after a question or exclamation mark that
 * ends the sentence already (`ماذا بعد؟.`). All are repeated-punctuation's, not a slip of spacing.
 */
export function doublesMarkBefore(text: string, i: number): boolean {
  const kind = markKind(text[i]);
  if (kind === undefined) return false;
  const before = pastBlanks(text, i - 1, -1);
  const kindBefore = markKind(text[before]);
  if (kindBefore === undefined) return false;
  if (kind !== kindBefore) {
    const commaAndStop = (kind === ',' && kindBefore === '.') || (kind === '.' && kindBefore === ',');
    return (commaAndStop && isLoneDot(text, kind === '.' ? i : before)) || stopsAfterTerminal(text, before, i);
  }
  if (kind !== '.') return true;
  return before < i - 1 && !inSpacedEllipsis(text, i);
}

/**
 * The dot at `i` is one of three or more with nothing but blanks between (`. . .`): an ellipsis, spaced as
 * some house styles space it, whose dots are neither full stops nor a doubled mark.
 */
export function inSpacedEllipsis(text: string, i: number): boolean {
  // Three dots decide it: the walk stops there, so a long row of dots costs each dot no more.
  let dots = 1;
  for (let k = pastBlanks(text, i - 1, -1); dots < 3 && text[k] === '.'; k = pastBlanks(text, k - 1, -1)) dots++;
  for (let k = pastBlanks(text, i + 1, 1); dots < 3 && text[k] === '.'; k = pastBlanks(text, k + 1, 1)) dots++;
  return dots === 3;
}

/**
 * A lone full stop at `stop` after the question or exclamation mark at `mark`, which ends the sentence
 * already; not after a name that ends in one (Yahoo!.).
 */
export function stopsAfterTerminal(text: string, mark: number, stop: number): boolean {
  const kind = markKind(text[mark]);
  return (kind === '?' || kind === '!') && isLoneDot(text, stop) && !isLatinLetterOrDigit(text.charCodeAt(mark - 1));
}

export type Facing = 'open' | 'close';

/**
 * Straight quotes open and close alike; curly quotes face either way in Arabic (`“…”` and `”…“`), and so
 * do the ornate brackets of a Quran verse (`﴿…﴾` and `﴾…﴿`).
 */
const ORNATE_FAMILY = /[\uFD3E\uFD3F]/g;
const QUOTE_FAMILIES = [/"/g, /[“”]/g, ORNATE_FAMILY];

const isOrnateMark = (code: number) => code === 0xfd3e || code === 0xfd3f;
/** The most digits a verse number has: the longest sura has 286 verses. */
const VERSE_NUMBER_DIGITS = 3;

/**
 * Where the verse number in ornate brackets that opens at `at` closes (﴿٩﴾, as the mushaf sets it after a
 * verse, within the brackets of a quoted passage or after them), or -1. A pair of its own: the brackets
 * of the verses around it pair without it.
 */
export function verseNumberCloseAt(text: string, at: number): number {
  if (!isOrnateMark(text.charCodeAt(at))) return -1;
  let k = at + 1;
  while (k - at - 1 < VERSE_NUMBER_DIGITS && isDigit(text.charCodeAt(k))) k++;
  return k > at + 1 && isOrnateMark(text.charCodeAt(k)) ? k : -1;
}

/**
 * Which way each bracket and quote of a paragraph faces, for checking the spaces around it. Quotes that
 * look the same both ways are paired by parity within their family: the spaces around them are what may
 * be wrong, so they cannot decide the role (pairs.ts pairs an even number of straight marks the same way,
 * and curly ones by context, for the balance rules). With an odd count nobody can tell which mark lacks a
 * partner, so they are left undecided and the quote rules report the imbalance; so are guillemets that do
 * not nest.
 */
export function facingOf(text: string): (index: number) => Facing | undefined {
  let quotes: Map<number, Facing> | undefined; // worked out when a quote mark is first asked about
  let guillemetsNest: boolean | undefined;
  return (index) => {
    switch (text.charCodeAt(index)) {
      case 0x28: // (
      case 0x5b: // [
        return 'open';
      case 0x29: // )
      case 0x5d: // ]
        return 'close';
      case 0xab: // «
        return (guillemetsNest ??= nests(text, '«', '»')) ? 'open' : undefined;
      case 0xbb: // »
        return (guillemetsNest ??= nests(text, '«', '»')) ? 'close' : undefined;
      case 0x22: // "
      case 0x201c: // “
      case 0x201d: // ”
      case 0xfd3e: // ﴾
      case 0xfd3f: // ﴿
        quotes ??= quoteFacings(text);
        return quotes.get(index);
      default:
        return undefined;
    }
  };
}

/**
 * Whether every `close` in the text follows an `open` it closes, and every `open` is closed: guillemets
 * written the other way round (»…«) or left open face no known way, and the quote rules report them.
 */
function nests(text: string, open: string, close: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth < 0) return false;
  }
  return depth === 0;
}

function quoteFacings(text: string): Map<number, Facing> {
  const quotes = new Map<number, Facing>();
  const units = straightUnitMarks(text);
  for (const family of QUOTE_FAMILIES) {
    // exec rather than matchAll, which copies the pattern on each call.
    const positions: number[] = [];
    family.lastIndex = 0;
    for (let m = family.exec(text); m; m = family.exec(text)) {
      const numberClose = family === ORNATE_FAMILY ? verseNumberCloseAt(text, m.index) : -1;
      if (numberClose !== -1) {
        quotes.set(m.index, 'open').set(numberClose, 'close');
        family.lastIndex = numberClose + 1;
      } else if (!units.has(m.index)) positions.push(m.index);
    }
    // Marks that pair in order face as they pair, unless one stands as the other kind would (a quotation
    // nested in the same marks: "قال لي: "سأعود"، ولم يعد"), where the order tells nothing.
    if (positions.length % 2 !== 0 || positions.some((at, n) => standsAs(text, at, n % 2 === 0 ? 'close' : 'open'))) continue;
    positions.forEach((at, n) => quotes.set(at, n % 2 === 0 ? 'open' : 'close'));
  }
  return quotes;
}

/**
 * Whether the mark at `at` stands as only a `facing` one does: an opener after a colon or a comma and
 * against a letter (لي: "سأعود), a closer against a letter and before a comma or a stop (ساعة"،). A mark
 * merely spaced the wrong way (" واقعية "ثم) is punctuation-spacing's to fix, not a sign of nesting.
 */
function standsAs(text: string, at: number, facing: Facing): boolean {
  if (facing === 'open') return OPENS_AFTER.test(text.slice(Math.max(0, at - 3), at)) && /\p{L}/u.test(text[at + 1] ?? '');
  return at > 0 && /\p{L}/u.test(text[at - 1]) && CLOSES_BEFORE.test(text[at + 1] ?? '');
}

const OPENS_AFTER = /[:،,]\s*$/u;
const CLOSES_BEFORE = /^[،,.؛;]$/u;

const NO_UNIT_MARKS: ReadonlySet<number> = new Set();

/**
 * The straight `"` of a text that are no quotation marks: right after a digit while no quotation is open,
 * the mark of inches or seconds (`بشاشات 55" و65"`). Straight marks pair in order, so a quotation is open
 * after an odd number of the others; one that ends in a number (`"عام 1984"`) still closes.
 */
export function straightUnitMarks(text: string): ReadonlySet<number> {
  let units: Set<number> | undefined;
  let open = false;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) {
    if (!open && isDigit(text.charCodeAt(at - 1))) (units ??= new Set()).add(at);
    else open = !open;
  }
  return units ?? NO_UNIT_MARKS;
}

const HEADLINE_TOPIC = /^(?:[^\s.…]+[ \t]+){0,2}[^\s.…]+[ \t]*\.\.(?=[^.…])/;
/** The article's own headline may lead with a title in quotation marks: «يا ليل يا ليل».. فيديو عفوي يتحول إلى ظاهرة. */
const QUOTED_HEADLINE_TOPIC = /^[«“"][^«»“”"\n.…]{1,60}[»”"][ \t]*\.\.(?=[^.…])/;
/**
 * The article's own headline may lead with a phrase of up to five words that a preposition opens (في
 * ذكرى رحيله العاشرة..، بعد 84 عاما من العطاء..), not a clause (وصل الوفد إلى بغداد وانتظرنا..).
 */
const LONG_HEADLINE_TOPIC = /^(?:في|بعد|قبل|مع|على|من|إلى|عن|رغم|وسط|بين|خلال|حول|منذ|عشية|غداة)[ \t]+(?:[^\s.…]+[ \t]+){0,3}[^\s.…]+[ \t]*\.\.(?=[^.…])/;
/**
 * Or with a phrase of up to seven words that names a person, by a title or a given name (رحيل الروائي
 * المصري إبراهيم أصلان..، الرئيس الفرنسي إيمانويل ماكرون..), not a clause (وصل الوفد إلى بغداد وانتظرنا..).
 */
const NAMED_HEADLINE_TOPIC = /^(?:[^\s.…]+[ \t]+){1,6}[^\s.…]+[ \t]*\.\.(?=[^.…])/;

function namedHeadlineTopic(text: string): RegExpExecArray | null {
  const m = NAMED_HEADLINE_TOPIC.exec(text);
  return m && namesPerson(m[0]) ? m : null;
}

function namesPerson(topic: string): boolean {
  return topic.split(/[ \t]+/).some((word) => {
    const folded = foldLetters(word.replace(/\.+$/, ''));
    return [folded, folded.replace(/^[وف]/, '')].some((w) => PERSON_TITLES.has(w) || GIVEN_NAMES.has(w) || FOREIGN_GIVEN_NAMES.has(w));
  });
}

/**
 * Where a headline's topic ends in two dots (`العراق.. انتخابات مبكرة`), a convention of Arabic news
 * headlines, the sub-headlines of a bulletin among them (short lines with no mark at their end): the
 * index of the first dot in the paragraph text, or -1. The topic is the first word, or a name of up to
 * three words (`الأمم المتحدة..`), in the headline a phrase of up to five that a preposition opens. Whether
 * the house allows it is the caller's question.
 */
export function headlineTopicDotsAt(paragraph: Paragraph): number {
  const { text } = paragraph;
  // Most paragraphs have no two dots near their start: they are turned down before the pattern runs.
  const dots = text.indexOf('..');
  if (dots === -1 || dots > TOPIC_REACH) return -1;
  const m = paragraph.isHeadline
    ? (HEADLINE_TOPIC.exec(text) ?? QUOTED_HEADLINE_TOPIC.exec(text) ?? LONG_HEADLINE_TOPIC.exec(text) ?? namedHeadlineTopic(text))
    : isShortBareLine(paragraph)
      ? HEADLINE_TOPIC.exec(text)
      : null;
  return m ? m[0].length - 2 : -1;
}

/** How far into a paragraph a topic's two dots may come: five words. */
const TOPIC_REACH = 80;

/**
 * Whether a paragraph is a short line with no mark at its end: a sub-headline, a label, a line of verse.
 * Read from its end, without a regular expression: this is asked of every paragraph.
 */
export function isShortBareLine(paragraph: Paragraph): boolean {
  return isShortLineNotEndingIn(paragraph, ENDING_MARKS);
}

/**
 * Whether a paragraph may be a line of verse, a line a paragraph: short, with no mark at its end but a
 * comma, which ends many a line of a poem (ويقول سيعود من غاب،) and no paragraph of prose.
 */
export function mayBeVerseLine(paragraph: Paragraph): boolean {
  return isShortLineNotEndingIn(paragraph, SENTENCE_ENDING_MARKS);
}

/** Whether a paragraph is a short line, whatever ends it: a line of a poem may end in a full stop too. */
export function isShortLine(paragraph: Paragraph): boolean {
  return isShortLineNotEndingIn(paragraph, '');
}

function isShortLineNotEndingIn(paragraph: Paragraph, marks: string): boolean {
  const { text } = paragraph;
  const end = endBeforeClosers(text);
  if (end > 0 && marks.includes(text[end - 1])) return false;
  let words = 1;
  for (let i = 1; i < text.length; i++) if (isBlank(text.charCodeAt(i)) && !isBlank(text.charCodeAt(i - 1)) && ++words > MAX_BARE_LINE_WORDS) return false;
  return true;
}

/** Whether the text ends as a sentence does: in a mark that ends one, before closing quotes, brackets and spaces. */
export function endsAsSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  const end = endBeforeClosers(trimmed);
  return end > 0 && SENTENCE_ENDING_MARKS.includes(trimmed[end - 1]);
}

/** Where the text ends with the closing quotes and brackets at its end left out: after its last mark, if it ends in one. */
export function endBeforeClosers(text: string): number {
  let end = text.length;
  while (end > 0 && CLOSERS_AFTER_MARK.includes(text[end - 1])) end--;
  return end;
}

/** The marks that end a paragraph of prose, and the closing quotes and brackets that may follow them. */
const ENDING_MARKS = '.!?؟…:،؛,;';
/** Those but the comma. */
const SENTENCE_ENDING_MARKS = '.!?؟…:؛;';
const CLOSERS_AFTER_MARK = '»"”)]';
const MAX_BARE_LINE_WORDS = 14;
/** A space, tab, line end or no-break space. */
export const isBlank = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0xa0;
