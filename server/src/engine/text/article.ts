import type { Attachable } from '../attached';
import { mapPacked } from '../packed';
import { extractProse, OPAQUE, QUOTATION_MARKERS, quotationDepth, SETEXT_UNDERLINE, unmask, type TextKind } from './prose';
import { endsAsSentence, LETTER_N, LETTER_NAMES } from './punctuation';
import { lineAround } from './source';
import { FNV_BASIS, FNV_PRIME, spellingAt, type Spelling } from './spellings';
import { WIDE_GAP } from './verse';

// The article as a copy editor reads it (editorial-rules.md §0): headline, paragraphs, sentences, words.
// Offsets are absolute positions in the engine's working text (LF line ends, no BOM).

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Shared by every word written the same way: its matching forms, and what rules derive from it. */
  spelling: Spelling;
}

export interface Sentence extends Attachable {
  start: number;
  /** Just after the terminal punctuation and any closing quotes or brackets. */
  end: number;
  text: string;
  /**
   * The sentence as written: `text` with masked non-prose (URLs, e-mail addresses, code) given back. What
   * messages quote and repetition compares; `text` itself when nothing is masked.
   */
  readonly original: string;
  readonly words: Word[];
}

export interface Paragraph extends Attachable {
  start: number;
  end: number;
  /** The prose of the paragraph (non-prose masked, see prose.ts). */
  text: string;
  isHeadline: boolean;
  sentences: Sentence[];
}

export interface Article extends Attachable {
  /** Working text: LF line ends, no BOM. */
  source: string;
  /** Same length as `source`, with non-prose masked. Rules read this. */
  prose: string;
  kind: TextKind;
  paragraphs: Paragraph[];
  headline: Paragraph | undefined;
}

export function parseArticle(source: string, kind: TextKind): Article {
  const prose = extractProse(source, kind);
  const blocks = kind === 'markdown' ? markdownBlocks(source, prose) : lineBlocks(prose);
  const headlineIndex = kind === 'markdown' ? markdownHeadline(source, prose, blocks) : 0;
  const paragraphs: Paragraph[] = mapPacked(blocks, ({ start, end }, index) => new ParsedParagraph(source, prose, start, end, index === headlineIndex));
  return { source, prose, kind, paragraphs, headline: paragraphs.find((p) => p.isHeadline), attached: [] };
}

class ParsedParagraph implements Paragraph {
  readonly text: string;
  readonly sentences: Sentence[];
  readonly attached: unknown[] = [];

  constructor(
    source: string,
    prose: string,
    readonly start: number,
    readonly end: number,
    readonly isHeadline: boolean,
  ) {
    this.text = prose.slice(start, end);
    // Most paragraphs mask nothing: their sentences are as written, with no source to look back at.
    this.sentences = splitSentences(this.text, start, this.text.includes(OPAQUE) ? source : undefined);
  }
}

interface Block {
  start: number;
  end: number;
}

// The parsed article lives while every rule runs, so it must not be allocated straight into V8's old
// generation: V8 does that (pretenuring) for an object or array literal whose objects it once saw survive a
// collection, which is bound to happen to some while the first article is checked, and an old-generation
// parse then keeps everything the rules attach to it alive until a full collection. Class instances and
// arrays copied by slice() have no such allocation site: splitSentences and splitWords (never running at
// the same time) collect into this scratch array and return a copy.
const scratch: unknown[] = [];

/** A copy of scratch[0, count), which is then cleared (not shrunk, so it does not grow again each time). */
function takeScratch<T>(count: number): T[] {
  const copy = scratch.slice(0, count) as T[];
  scratch.fill(undefined, 0, count);
  return copy;
}

/** The ordinals that number the items of a decree or a ruling (أولا: …، ثانيا) …), as a pattern. */
export const ORDINAL = '(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)ً?';
/**
 * A list marker opening a line, in a quotation block or not: a bullet (`- `، `• `, Markdown's `* ` and
 * `+ `), a number (`1. `، `2) `، `3- `), or an ordinal clause label (أولا:، ثانيا: of a decree or statement).
 */
const LIST_MARKER = new RegExp(`^[ \\t]*(?:>[ \\t]?)*(?:[-*+•▪◦·]|\\d{1,2}[.)-]|${ORDINAL}[ \\t]*[:-])[ \\t]`);
/** How far into its paragraph a list marker may reach (ثامنا: with its tanween). */
const LIST_MARKER_REACH = 8;

/**
 * Whether the paragraph is an item of a list: of a summary above the story (ملخص، أبرز النقاط), of a box,
 * of the clauses of a decree, which restate the story's facts or each other by design. Its marker is in
 * the text in plain text, masked in Markdown.
 */
export function isListItem(source: string, paragraph: Paragraph): boolean {
  return opensListItem(source, source.lastIndexOf('\n', paragraph.start - 1) + 1, paragraph.start);
}

/** A line of a Markdown block quotation: `>` opens it, after up to three spaces. */
const BLOCK_QUOTE_LINE = / {0,3}>/y;

/**
 * Whether the Markdown paragraph is a pull quote: a block quotation (`> ` opening each of its lines) that no
 * colon announces. A page sets a sentence of its body apart so, repeating it by design; a quotation block
 * after «وقال:» is the body's own words.
 */
export function isPullQuote(article: Article, paragraph: Paragraph): boolean {
  if (article.kind !== 'markdown' || isAnnounced(article.prose, paragraph.start)) return false;
  const { source } = article;
  for (let lineStart = source.lastIndexOf('\n', paragraph.start - 1) + 1; lineStart < paragraph.end; ) {
    BLOCK_QUOTE_LINE.lastIndex = lineStart;
    if (!BLOCK_QUOTE_LINE.test(source)) return false;
    const lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
  }
  return true;
}

/** Whether what comes before `at`, blanks aside, is a colon: the text announces what follows. */
export function isAnnounced(prose: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\s/.test(prose[k])) k--;
  return prose[k] === ':';
}

/** Whether the line from `lineStart`, whose text starts at `start`, opens with a list marker. */
function opensListItem(text: string, lineStart: number, start: number): boolean {
  return LIST_MARKER.test(text.slice(lineStart, start + LIST_MARKER_REACH));
}

/**
 * Plain text: every non-blank line is a paragraph (wire copy puts one paragraph on a line), unless the
 * text is hard-wrapped: then a paragraph is a block of lines between blank lines, each line break in it a
 * space between words, but for the lines that are items of their own (see wrapsInto).
 */
function lineBlocks(prose: string): Block[] {
  const lines: Block[] = [];
  // The widest line that holds no masked run: an address or a directive comment may run past the wrap width.
  let width = 0;
  let nextMasked = prose.indexOf(OPAQUE);
  let blankLineSeen = false;
  let blankLineBetween = false;
  let lineStart = 0;
  while (lineStart <= prose.length) {
    let lineEnd = prose.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = prose.length;
    const line = trimmed(prose, lineStart, lineEnd);
    if (line) {
      lines.push(line);
      if (nextMasked !== -1 && nextMasked < line.start) nextMasked = prose.indexOf(OPAQUE, line.start);
      if (nextMasked === -1 || nextMasked >= line.end) width = Math.max(width, line.end - line.start);
      blankLineBetween ||= blankLineSeen;
    } else if (lines.length > 0) {
      blankLineSeen = true;
    }
    lineStart = lineEnd + 1;
  }
  return blankLineBetween && isHardWrapped(prose, lines, width) ? joinWrappedLines(prose, lines, width) : lines;
}

/**
 * Hard wrapping breaks lines at 60 to 80 characters: a text whose longest line is shorter is read line by
 * line, as lines of about one length that short are verse or a list more often than wrapped prose.
 */
const MIN_WRAP_WIDTH = 50;
/** A wrapped line is full: with the next word it would pass this share of the widest line (not all of it: a wrapper that balances its lines, like fmt, breaks some early). */
const FULL_LINE_SHARE = 0.9;

/**
 * Whether plain text with blank lines between its blocks is hard-wrapped, as some wires and old newsroom
 * systems send copy: of the line breaks inside blocks that a wrapper would make (wrapsInto), more fall
 * inside a sentence than after one's end, and most of the blocks with such a break end a sentence (a block
 * of headlines or a stanza ends as its lines do). One paragraph on a line is read as such: its lines end
 * sentences, and few are full against its longest.
 */
function isHardWrapped(prose: string, lines: readonly Block[], width: number): boolean {
  if (width < MIN_WRAP_WIDTH) return false;
  let insideSentence = 0;
  let afterSentence = 0;
  let wrappedBlocks = 0;
  let wrappedBlocksEndingSentence = 0;
  let blockWraps = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const next = k + 1 < lines.length ? lines[k + 1] : undefined;
    if (next && isSameBlock(prose, line, next)) {
      if (!wrapsInto(prose, line, next, width)) continue;
      if (endsSentence(prose, line)) afterSentence++;
      else {
        insideSentence++;
        blockWraps = true;
      }
      continue;
    }
    if (blockWraps) {
      wrappedBlocks++;
      if (endsSentence(prose, line)) wrappedBlocksEndingSentence++;
    }
    blockWraps = false;
  }
  return insideSentence > afterSentence && wrappedBlocksEndingSentence * 2 >= wrappedBlocks;
}

/** The paragraphs of hard-wrapped text: each line joined to the one before when it wraps into it. */
function joinWrappedLines(prose: string, lines: readonly Block[], width: number): Block[] {
  const blocks: Block[] = [];
  let open = lines[0];
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k];
    if (isSameBlock(prose, lines[k - 1], line) && wrapsInto(prose, lines[k - 1], line, width)) {
      open = { start: open.start, end: line.end };
    } else {
      blocks.push(open);
      open = line;
    }
  }
  blocks.push(open);
  return blocks;
}

/** Whether no blank line parts two lines that follow each other. */
function isSameBlock(prose: string, line: Block, next: Block): boolean {
  return prose.indexOf('\n', line.end) === prose.lastIndexOf('\n', next.start - 1);
}

/**
 * Whether a wrapper would have broken `line` where it ends, carrying on into `next`: the line is full (it
 * could not take the next line's first word), the next line opens no list item, and neither parts words
 * with a wide gap as verse and tables do. A dateline, the rows of a table of figures or a list of short
 * lines each stand alone.
 */
function wrapsInto(prose: string, line: Block, next: Block, width: number): boolean {
  let nextWordEnd = next.start;
  while (nextWordEnd < next.end && !isBlank(prose.charCodeAt(nextWordEnd))) nextWordEnd++;
  if (line.end - line.start + 1 + nextWordEnd - next.start <= width * FULL_LINE_SHARE) return false;
  if (opensListItem(prose, next.start, next.start)) return false;
  return !WIDE_GAP.test(prose.slice(line.start, line.end)) && !WIDE_GAP.test(prose.slice(next.start, next.end));
}

function endsSentence(prose: string, line: Block): boolean {
  return endsAsSentence(prose.slice(line.start, line.end));
}

/** A Markdown line's quotation markers (`> `, `>> `) and indentation before its own marker. */
const QUOTED = String.raw`^ {0,3}(?:>[ \t]?)*[ \t]{0,3}`;
/** An ATX heading (`## خلفية`); not a hashtag opening a line (`#غزة`), whose # no space follows. */
const HEADING = String.raw`#{1,6}(?:[ \t]|$)`;
/** A heading, a list item, a table row or a footnote's text (`[^1]: …`) starts a block of its own, in a quotation too. */
const BLOCK_START = new RegExp(`${QUOTED}(?:${HEADING}|[-*+][ \t]|\\d{1,3}[.)][ \t]|\\||\\[\\^[^\\]\\s]+\\]:)`);
const HEADING_START = new RegExp(`${QUOTED}${HEADING}`);

/** Markdown: blank-line separated blocks; headings and list items stand alone. */
function markdownBlocks(source: string, prose: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  let lineStart = 0;
  while (lineStart <= prose.length) {
    let lineEnd = prose.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = prose.length;
    const line = trimmed(prose, lineStart, lineEnd);
    const lineText = source.slice(lineStart, lineEnd);
    const startsBlock = BLOCK_START.test(lineText);
    const isHeading = startsBlock && HEADING_START.test(lineText);
    if (!line || startsBlock) {
      if (open) blocks.push(open);
      open = null;
    }
    if (line) {
      if (open) open.end = line.end;
      else open = { ...line };
      if (isHeading) {
        blocks.push(open);
        open = null;
      }
    }
    lineStart = lineEnd + 1;
  }
  if (open) blocks.push(open);
  return blocks;
}

/** The #s of an ATX heading before its text, with what may stand before them (`> `) on its line. */
const ATX_HASHES = /(#{1,6})[ \t]*$/;

/**
 * The level of the Markdown heading whose text is `block` (1 to 6), 0 when it is no heading: by its #s
 * (`## خلفية`), or by the underline of a setext heading (`خلفية` over `-----`, 2; over `=====`, 1) just
 * under its last line (after a blank line, `---` is a thematic break). The prose masks either. In a
 * quotation the underline has the markers of its text (`> خلفية` ¶ `> ---`); one without them is lazy, a
 * thematic break, as is one under a quotation that opens in the block (`وقال:` ¶ `> «…»` ¶ `---`), as in CommonMark.
 */
export function markdownHeadingLevel(source: string, block: { start: number; end: number }): number {
  const opening = source.slice(lineAround(source, block.start).start, block.start);
  const hashes = ATX_HASHES.exec(opening);
  if (hashes) return hashes[1].length;
  // A setext heading's text opens its line, or its quotation's: not a list item's.
  const markers = QUOTATION_MARKERS.exec(opening)![0];
  if (/\S/.test(opening.slice(markers.length))) return 0;
  const lineEnd = lineAround(source, block.end).end;
  if (lineEnd === source.length) return 0;
  const next = lineAround(source, lineEnd + 1);
  const underline = source.slice(next.start, next.end);
  const depth = quotationDepth(markers);
  if (quotationDepth(underline) !== depth || !SETEXT_UNDERLINE.test(underline.slice(QUOTATION_MARKERS.exec(underline)![0].length))) return 0;
  if (source.slice(block.start, block.end).split('\n').some((line) => quotationDepth(line) > depth)) return 0;
  return underline.trim().at(-1) === '=' ? 1 : 2;
}

/** Whether the Markdown block is a heading's text (`## خلفية`, or a setext heading's). */
export function isMarkdownHeading(source: string, block: { start: number; end: number }): boolean {
  return markdownHeadingLevel(source, block) > 0;
}

/**
 * A Markdown block that is one line of bold text and no sentence (**الموقف الميداني**، __ردود الفعل:__):
 * web copy's section label, a heading in all but its markup. A bold lede ends with its full stop.
 */
const BOLD_LABEL = /^(?:\*\*[^*\n.؟?!…]{1,80}\*\*|__[^_\n.؟?!…]{1,80}__)$/;

/** Whether the Markdown paragraph opens a section: a heading (`## خلفية`) or a bold label line. */
export function isMarkdownSection(article: Article, paragraph: Paragraph): boolean {
  return article.kind === 'markdown' && (isMarkdownHeading(article.source, paragraph) || BOLD_LABEL.test(paragraph.text));
}

/**
 * The first heading, unless a paragraph that ends as a sentence comes before it: then the article opens
 * with its headline in plain text, as wire copy does, and the heading (`## خلفية`) is a section's.
 */
function markdownHeadline(source: string, prose: string, blocks: Block[]): number {
  for (let k = 0; k < blocks.length; k++) {
    if (isMarkdownHeading(source, blocks[k])) return k;
    if (endsAsSentence(prose.slice(blocks[k].start, blocks[k].end))) return 0;
  }
  return 0;
}

/** Trims only spaces, tabs and line ends: other space characters stay in the paragraph for the rules that flag them. */
function trimmed(text: string, start: number, end: number): Block | null {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

const TERMINATORS = /[.؟!…?]+/g;
/**
 * The Markdown that may close around a sentence's last mark: `**…**`، `_…_`، `~~…~~`, a link's text `[…]`,
 * and what is masked (a link's target, a tag, a footnote marker).
 */
export const MARKUP_CLOSERS = `*_~]${OPAQUE}`;
/** What may follow a sentence's last mark before the space after it: closing quotes and brackets, and markup. */
const CLOSERS = `»”’")${MARKUP_CLOSERS}`;
/**
 * Latin abbreviations, lower-cased, whose dot ends a sentence only before و: a company's (Inc.، Ltd.)
 * or a name's (Sr.، et al.), mostly followed by the rest of the sentence. Those also in ABBREVIATIONS end none.
 */
export const LATIN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'ltd', 'corp', 'co', 'llc', 'plc', 'bros', 'intl', 'pvt', 'jr', 'sr', 'st', 'dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'no', 'vs', 'etc', 'al',
  // Of science copy: a genus's species (Acropora spp.), a variety, about (ca.), a volume, a mountain.
  'sp', 'spp', 'ssp', 'subsp', 'var', 'cf', 'ca', 'approx', 'vol', 'mt',
]);

/** Dotted abbreviations that do not end a sentence even when a space follows (lower-case, letter-folded). */
const ABBREVIATIONS = new Set(['د', 'م', 'هـ', 'ه', 'ص.ب', 'أ.ف.ب', 'ا.ف.ب', 'mr', 'mrs', 'dr', 'st', 'no', 'vs', 'etc', 'jr']);

/**
 * Splits a paragraph's text into sentences (editorial-rules.md §0 lists what is not a sentence end).
 * `source`: the working text that offsets point into, for Sentence.original (without it, `text` is taken as written).
 */
export function splitSentences(text: string, offset: number, source?: string): Sentence[] {
  let count = 0;
  let sentenceStart = 0;
  const quotation = new QuotationDepth(text);
  TERMINATORS.lastIndex = 0;
  for (let m = TERMINATORS.exec(text); m; m = TERMINATORS.exec(text)) {
    const i = m.index;
    const end = i + m[0].length;
    let after = end;
    while (after < text.length && CLOSERS.includes(text[after])) after++;
    if (after < text.length) {
      if (!isSpace(text.charCodeAt(after))) continue;
      const run = m[0];
      const isEllipsis = run === '…' || run.startsWith('..');
      if (isEllipsis && quotation.isOpenAt(i)) continue;
      if (run === '.' && endsAbbreviation(text, sentenceStart, i, after)) continue;
    }
    count = addSentence(text, sentenceStart, after, offset, source, count);
    sentenceStart = after;
    TERMINATORS.lastIndex = after;
  }
  count = addSentence(text, sentenceStart, text.length, offset, source, count);
  return takeScratch<Sentence>(count);
}

/**
 * Whether « or “ opened before a place in the paragraph is still open there, for places asked in text
 * order: the marks are counted once, from where the last question left off.
 */
class QuotationDepth {
  private depth = 0;
  private counted = 0;

  constructor(private readonly text: string) {}

  isOpenAt(at: number): boolean {
    for (; this.counted < at; this.counted++) {
      const ch = this.text[this.counted];
      if (ch === '«' || ch === '“') this.depth++;
      else if ((ch === '»' || ch === '”') && this.depth > 0) this.depth--;
    }
    return this.depth > 0;
  }
}

function endsAbbreviation(text: string, sentenceStart: number, dot: number, after: number): boolean {
  const start = startOfWordBefore(text, sentenceStart, dot);
  const token = text.slice(start, dot).toLowerCase();
  // The era's dot is also the full stop of a sentence that ends with its year (منذ عام 2015م. وأضاف …،
  // عام 300 ق.م. ويقول …), told by the conjunction that opens the next one; what goes on after it
  // (1445هـ. الذي) has none.
  if (isEra(text, start, token)) return !opensWithConjunction(text, after);
  // So is a Latin abbreviation's (شركة أبل (Apple Inc.) ملزمة، Meta Platforms Inc. وقال). A letter's
  // spelled out is a name's initial (جون إف. كينيدي، إتش. جي. ويلز), but the last of an acronym spelled
  // out without dots ends the sentence (قالت بي بي سي.).
  if (LATIN_ABBREVIATIONS.has(token) && !ABBREVIATIONS.has(token)) return !opensWithConjunction(text, after);
  if (LETTER_NAMES.has(token)) return !afterLetterName(text, sentenceStart, start);
  if (/^\d+$/.test(token) && text.slice(sentenceStart, start).trim() === '') return true; // a list number
  if (isUnit(text, start, token)) return false;
  if (token.length === 1 && /\p{L}/u.test(token)) return !isLabel(text, start, sentenceStart); // an initial
  return isDottedAbbreviation(token);
}

/**
 * Whether the dot at `dot` closes a dotted abbreviation (هـ.، م.، د.، أ.ف.ب.): a mark after it is no second
 * mark. A unit's dot (6.27 م.) is a full stop.
 */
export function closesAbbreviation(text: string, dot: number): boolean {
  const start = startOfWordBefore(text, 0, dot);
  const token = text.slice(start, dot).toLowerCase();
  // A letter alone is an initial (بالحرفين م. ق.، بالسجن), as the splitter reads it, د. a doctor's title; not
  // where a word labels the letter (فيتامين د.).
  const letter = token.length === 1 && /\p{L}/u.test(token);
  return (isDottedAbbreviation(token) || letter) && !(letter && isLabel(text, start)) && !isUnit(text, start, token);
}

/** A unit's letter right after a number, no era there: 6.27 م، 9.87 ث، سباق 400 م; an initial is none. */
function isUnit(text: string, start: number, token: string): boolean {
  return UNIT_LETTERS.has(token) && !isEra(text, start, token) && AFTER_NUMBER.test(text.slice(Math.max(0, start - 2), start));
}

/** Units written with one letter: metres, seconds, minutes, hours, grams, litres. */
const UNIT_LETTERS = new Set(['م', 'ث', 'د', 'س', 'غ', 'ل']);

/**
 * A word that a letter labels (المجموعة ب، الفقرة ج، فيتامين د), with a proclitic or the article: the letter
 * is no initial, and its dot may end the sentence.
 */
const LABELLED = /(?:^|\s)[وفبلك]?(?:ال|لل)?(?:مجموعة|فئة|فقرة|بند|مادة|ملحق|جدول|فيتامين|خطة|مرحلة|منطقة)\s+$/u;

/** Whether the letter at `start` follows a word that labels it (LABELLED), read back no further than `from`. */
const isLabel = (text: string, start: number, from = 0) => LABELLED.test(text.slice(Math.max(from, start - 16), start));

/** A digit and at most a space before a word. */
const AFTER_NUMBER = /[0-9٠-٩۰-۹]\s?$/;

/** A year with its era written onto it (1445هـ، ١٤٤٥ه، 2023م): its dot is the era's, as in the spaced 1445 هـ. */
const YEAR_WITH_ERA = /^[0-9٠-٩۰-۹]+(?:هـ?|م)$/;
const ERAS = new Set(['هـ', 'ه', 'م']);
/**
 * What a spaced era follows: its year (2023 م), or its year and the ق. of «before» (300 ق. م، 10 ق. هـ);
 * without a year ق. م. may be a name's initials, and after a decimal (6.27 م) م is metres.
 */
const BEFORE_SPACED_ERA = /(?:^|[^0-9٠-٩۰-۹.,٫٬])[0-9٠-٩۰-۹]{1,4} (?:ق\. )?$/;
/** What BEFORE_SPACED_ERA reads: a year of four digits, the ق. of «before» and what stands before them. */
const SPACED_ERA_REACH = 10;
/** A distance before its number, which makes م metres, not the era (سباق 400 م، بارتفاع 300 م). */
const DISTANCE_BEFORE = /(?:سباق|سباقي|مسافة|لمسافة|ارتفاع|بارتفاع|عمق|بعمق|طول|بطول)\s+[0-9٠-٩۰-۹]+\s$/;
const DISTANCE_REACH = 16;
/**
 * Dotted eras: before Christ or before the Hijra (ق.م، ق.هـ), and the solar or lunar Hijri year of Iranian
 * and Afghan dates (1404 هـ.ش، 1447 هـ.ق). An era wherever it stands, after a year or a century (القرن
 * الثالث ق.م.), as no other word is written so.
 */
const DOTTED_ERA = /^(?:ق\.(?:هـ?|م)|هـ?\.[شق])$/;

/**
 * Whether the word at `start` is an era: after its year, written onto it (2023م) or one space after it
 * (2023 م، 300 ق. م), or a dotted era (ق.م، هـ.ش).
 */
function isEra(text: string, start: number, token: string): boolean {
  if (YEAR_WITH_ERA.test(token) || DOTTED_ERA.test(token)) return true;
  if (!ERAS.has(token)) return false;
  const before = text.slice(Math.max(0, start - SPACED_ERA_REACH), start);
  return BEFORE_SPACED_ERA.test(before) && !(token === 'م' && DISTANCE_BEFORE.test(text.slice(Math.max(0, start - DISTANCE_REACH), start)));
}

/** Whether the word before the one at `start`, a space before it, is a Latin letter spelled out (بي بي سي). */
function afterLetterName(text: string, sentenceStart: number, start: number): boolean {
  if (start - 1 <= sentenceStart || !isSpace(text.charCodeAt(start - 1))) return false;
  const before = text.slice(startOfWordBefore(text, sentenceStart, start - 1), start - 1);
  return LETTER_NAMES.has(before) || before === LETTER_N;
}

/** Whether the next word after the space at `after` starts with the conjunction و (وقال، وأضاف، وتوفي). */
function opensWithConjunction(text: string, after: number): boolean {
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  return text[after] === 'و';
}

const isDottedAbbreviation = (token: string) => ABBREVIATIONS.has(token) || /^(\p{L}\.)+\p{L}$/u.test(token) || YEAR_WITH_ERA.test(token) || DOTTED_ERA.test(token);

/** Where the word that ends at `dot` starts, not before `from`. */
function startOfWordBefore(text: string, from: number, dot: number): number {
  let start = dot;
  while (start > from && !/[\s«“("]/.test(text[start - 1])) start--;
  return start;
}

/** A word is a run of letters, marks, digits and tatweel: /[\p{L}\p{M}\p{Nd}\u0640]+/u. */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{Nd}\u0640]$/u;
/** Whether each code unit outside the surrogates is a word character, asked once: 0 not yet, 1 no, 2 yes. */
const wordCharacters = new Uint8Array(0x10000);

function isWordCharacter(code: number): boolean {
  let known = wordCharacters[code];
  if (known === 0) wordCharacters[code] = known = WORD_CHARACTER.test(String.fromCharCode(code)) ? 2 : 1;
  return known === 2;
}

/** For a surrogate at `i`: 2 when it starts a pair that is a word character (a letter outside the BMP), else 0. */
function astralWordCharacterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  if (code > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return 0; // a lone surrogate
  return WORD_CHARACTER.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** Words are split on first use: several rules never read them. */
class ParsedSentence implements Sentence {
  private parsedWords: Word[] | undefined;
  readonly attached: unknown[] = [];

  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    private readonly source: string | undefined,
  ) {}

  get original(): string {
    return this.source === undefined ? this.text : unmask(this.text, this.source, this.start);
  }

  get words(): Word[] {
    this.parsedWords ??= splitWords(this.text, this.start);
    return this.parsedWords;
  }
}

/**
 * Hand-written rather than a global regex: it runs on every word of every article. Each word is hashed
 * as it is scanned, so its shared record is found without reading it again.
 */
function splitWords(text: string, offset: number): Word[] {
  let count = 0;
  let start = -1;
  let hash = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    const width = code >= 0xd800 && code <= 0xdfff ? astralWordCharacterAt(text, i) : isWordCharacter(code) ? 1 : 0;
    if (width === 0) {
      if (start !== -1) scratch[count++] = new ParsedWord(offset + start, offset + i, spellingAt(text, start, i, hash));
      start = -1;
      continue;
    }
    if (start === -1) {
      start = i;
      hash = FNV_BASIS;
    }
    hash = Math.imul(hash ^ code, FNV_PRIME);
    if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(++i), FNV_PRIME);
  }
  return takeScratch<Word>(count);
}

class ParsedWord implements Word {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly spelling: Spelling,
  ) {}

  /** The spelling's, read when asked: splitting a sentence reads no word's record (see spellingAt). */
  get text(): string {
    return this.spelling.text;
  }
}

/** Puts the sentence text.slice(start, end), trimmed, at scratch[count] unless it is blank; the new count. */
function addSentence(text: string, start: number, end: number, offset: number, source: string | undefined, count: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  // The tags around a sentence on its line (<p dir="rtl">…</p>) are markup, not part of it: a finding
  // on the sentence, or its deletion, leaves them whole.
  if (source !== undefined) {
    while (start < end && text[start] === OPAQUE && (source[offset + start] === '<' || source[offset + start - 1] === '<')) {
      while (start < end && text[start] === OPAQUE) start++;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
    }
    while (end > start && text[end - 1] === OPAQUE && source[offset + end - 1] === '>') {
      while (end > start && text[end - 1] === OPAQUE) end--;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    }
  }
  if (end === start) return count;
  scratch[count] = new ParsedSentence(offset + start, offset + end, text.slice(start, end), source);
  return count + 1;
}
