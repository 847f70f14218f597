import { Attached } from '../attached';
import { firstIndexWhere } from '../bisect';
import { mapPacked } from '../packed';
import type { ReportedFinding, Span } from '../types';
import { ORDINAL, type Article, type Paragraph } from './article';
import { isProcliticLetter } from './clitics';
import { isArabicLetter } from './normalize';
import { endsAsSentence, isLatinLetter, isShortLine, mayBeVerseLine, straightUnitMarks } from './punctuation';
import { OPAQUE } from './prose';
import { characterClass, characterKind, holds } from './rare-characters';
import { countOf } from './source';

// Pairs quotation marks and brackets within one paragraph (editorial-rules.md §3). Quotes and brackets are
// paired separately, so an unclosed bracket inside a quotation does not unbalance the quotation too.
//
// Guillemets and brackets have fixed roles. Curly and straight marks do not: Arabic writers use both
// “…” and ”…“ (curly quotes are not mirrored in right-to-left text), and `"` serves both ends. Their role
// comes from what surrounds them (a mark followed by a word can open, one that follows a word can close)
// and, when both are possible, from whether a quotation that it would close is open. An even number of
// straight marks is paired in order, by count alone. The ornate brackets of a Quran verse are written in
// either order too (﴿…﴾ or ﴾…﴿), and are placed the same way.

export type QuoteStyle = 'guillemets' | 'curly' | 'curly-reversed' | 'straight';

export interface Pair {
  /** Absolute offsets of the opening and closing marks; the enclosed text runs from open + 1 to close. */
  open: number;
  close: number;
  /** 0 in running text, 1 inside another pair of the same family (quotes or brackets), and so on. */
  depth: number;
  /** False when the closing mark is not the opener's partner (`« … ”`, `( … ]`). */
  matched: boolean;
}

export interface Quotation extends Pair {
  /** The style of the opening mark. */
  style: QuoteStyle;
}

export interface UnmatchedMark {
  at: number;
  mark: string;
  role: 'opener' | 'closer';
  /** For an opener: the mark that would close it. */
  closer?: string;
  /** The nearest unmatched mark of the other role, which may be the partner meant. */
  candidate?: number;
}

export interface PairScan<P extends Pair> {
  /** Every pair, matched or mismatched, in order of the opening mark. */
  readonly pairs: readonly P[];
  readonly unmatched: readonly UnmatchedMark[];
}

export interface ParagraphMarks {
  quotes: PairScan<Quotation>;
  brackets: PairScan<Pair>;
}

const ORNATE_OPEN = '\uFD3F'; // ﴿
const ORNATE_CLOSE = '\uFD3E'; // ﴾
/** The quotation marks and brackets that pair. */
export const PAIR_MARKS = `«»“”"()[]${ORNATE_OPEN}${ORNATE_CLOSE}`;
const MARK = characterClass(PAIR_MARKS, 'g');
const MARKS = characterKind(PAIR_MARKS);
/** What most paragraphs have no imbalance in: shared, so frozen. */
const NO_FINDINGS: readonly ReportedFinding[] = Object.freeze([]);
/** Most paragraphs have no quotation mark or bracket: they share this. */
const NO_MARKS: ParagraphMarks = Object.freeze({
  quotes: Object.freeze({ pairs: Object.freeze([]), unmatched: Object.freeze([]) }),
  brackets: Object.freeze({ pairs: Object.freeze([]), unmatched: Object.freeze([]) }),
});
/** Followed by one of these, a mark cannot open. */
const CLOSING_CONTEXT = new Set([...'.,،؛;:!?؟…)]}»']);
/** Preceded by one of these (or by a lone proclitic letter), a mark cannot close. */
const OPENING_CONTEXT = new Set([...'([{«\u0640']);
/**
 * An item's number or letter, on its own or after و joining it to the item before (بين 1) … و2) …), after a
 * space, a comma, a colon or an opening quotation mark («أ) رفع الأجور، ب) …»): 12)، 1.2)، أ)، ii)، ثانيا).
 */
const LIST_MARKER = new RegExp(`(?:^|[\\s«“”":،,؛])و?(?:\\p{Nd}{1,3}(?:\\.\\p{Nd}{1,2})?|\\p{L}|[ivx]{2,4}|${ORDINAL})$`, 'u');
/** How far before a `)` a list marker may start (a space, و and ثامناً). */
const LIST_MARKER_REACH = 8;

const memo = new Attached<Paragraph, ParagraphMarks>();

/** The quotation marks and brackets of a paragraph, paired; computed once per paragraph and shared. */
export function marksOf(paragraph: Paragraph): ParagraphMarks {
  let marks = memo.get(paragraph);
  if (!marks) {
    marks = holds(paragraph, MARKS) ? scan(paragraph.text, paragraph.start) : NO_MARKS;
    memo.set(paragraph, marks);
  }
  return marks;
}

/** The quotations of a paragraph in text order: nested ones too (see `depth`), and mismatched ones (see `matched`). */
export function quotationsOf(paragraph: Paragraph): readonly Quotation[] {
  return marksOf(paragraph).quotes.pairs;
}

/** The outermost quotation of the paragraph that holds offset `at` (its marks included), if any. */
export function quotationAt(paragraph: Paragraph, at: number): Quotation | undefined {
  const quotations = quotationsOf(paragraph);
  if (quotations.length === 0) return undefined;
  let outermost = outermostQuotations.get(paragraph);
  if (!outermost) outermostQuotations.set(paragraph, (outermost = quotations.filter((q) => q.depth === 0)));
  // They do not overlap and are in text order: the last to open at or before `at`, by bisection, as a
  // paragraph may hold thousands and a rule ask of each word.
  const quotation = outermost[firstIndexWhere(outermost.length, (k) => outermost[k].open > at) - 1];
  return quotation !== undefined && at <= quotation.close ? quotation : undefined;
}

/** The quotations of each paragraph that no other holds (depth 0), for quotationAt. */
const outermostQuotations = new Attached<Paragraph, readonly Quotation[]>();

/**
 * The opening mark of a quotation that goes on into the next paragraph, which opens with the same mark:
 * a quotation of several paragraphs opens each of them and closes only the last (« … ¶ « … ¶ « … »).
 * The last unmatched mark of the paragraph, if it is an opener with nothing unmatched after it.
 */
export function continuedQuotation(paragraph: Paragraph, next: Paragraph | undefined, unmatched: readonly UnmatchedMark[]): number | undefined {
  const last = unmatched[unmatched.length - 1];
  if (!next || !last || last.role !== 'opener') return undefined;
  const mark = paragraph.text[last.at - paragraph.start];
  return next.text.trimStart().startsWith(mark) ? last.at : undefined;
}

/** How many paragraphs a quotation may run over without reopening in each (« … ¶ … ¶ … »). */
const MAX_RUN_ON_PARAGRAPHS = 4;
/** How many a full text may, announced before it (فيما يلي نصها:): a speech, a statement, a decree. */
const MAX_ANNOUNCED_PARAGRAPHS = 40;
/**
 * A paragraph that ends announcing the full text that follows: فيما يلي نصها:، فيما يلي نص التعميم:، وجاء فيه
 * ما يلي:، وجاء في التعميم:، كالتالي:.
 */
const ANNOUNCEMENT_REACH = 32;
const ANNOUNCES_TEXT = /(?:^|\s)(?:نص(?:ه|ها|هما|\s+ال\S+)?|[وف]?جاء\s+في\s+ال\S+|يلي|كالتالي|كالآتي|الآتي|التالي)\s*:\s*$/u;

/**
 * The marks of quotations that run on over paragraph breaks without reopening in each: the last mark of a
 * paragraph left open, the paragraph ending as a sentence does, the same quotation's closer first among
 * the marks left unmatched in a paragraph a few after, and none unmatched between (وقالت: «بدأت العمل هنا عام 1995. ¶ اليوم نحن أكثر عددا».). Some
 * desks reopen each paragraph (continuedQuotation), others do not.
 */
export function runOnQuotations(paragraphs: readonly Paragraph[]): Set<number> {
  const marks = new Set<number>();
  paragraphs.forEach((paragraph, index) => {
    const open = marksOf(paragraph).quotes.unmatched.at(-1);
    if (open?.role !== 'opener') return;
    // A full text announced in the paragraph before, opened at its first line (فيما يلي نصها: ¶ "بسم الله
    // الرحمن الرحيم ¶ …): its salutations end as no sentence, and a speech runs over many paragraphs.
    const announced = index > 0 && open.at - paragraph.start === paragraph.text.search(/\S/) && ANNOUNCES_TEXT.test(paragraphs[index - 1].text.slice(-ANNOUNCEMENT_REACH));
    // A line broken inside a sentence (وقال: «سنواصل العمل ¶ حتى آخر يوم») is a slip, not a paragraph of a quotation.
    if (!announced && !endsAsSentence(paragraph.text)) return;
    const reach = announced ? MAX_ANNOUNCED_PARAGRAPHS : MAX_RUN_ON_PARAGRAPHS;
    for (let k = index + 1; k < paragraphs.length && k <= index + reach; k++) {
      const first = marksOf(paragraphs[k]).quotes.unmatched[0];
      if (!first) continue;
      if (first.role === 'closer' && paragraphs[k].text[first.at - paragraphs[k].start] === open.closer) marks.add(open.at).add(first.at);
      return;
    }
  });
  return marks;
}

/** A quotation running over the lines of a poem: where its opening and its closing mark are. */
export interface QuotedStanza {
  open: number;
  close: number;
}

const stanzasOf = new Attached<Article, readonly QuotedStanza[]>();

/**
 * The quotations that run over the lines of a poem, a line a paragraph (فقالت: ¶ «أنا بنت هذا النهر ¶ أحمل
 * طينه في كفي»): an opener left open at the start of a line of verse (mayBeVerseLine), and the first mark
 * left unmatched in a later line, its closer, with only short lines between, whatever ends them. Not a
 * sentence broken in two (وقال: «سنواصل العمل ¶ حتى آخر يوم»), whose opener starts no line.
 */
export function quotedStanzas(article: Article): readonly QuotedStanza[] {
  let stanzas = stanzasOf.get(article);
  if (stanzas) return stanzas;
  const found: QuotedStanza[] = [];
  const { paragraphs } = article;
  paragraphs.forEach((paragraph, index) => {
    const opener = marksOf(paragraph).quotes.unmatched.at(-1);
    if (!opener || opener.role !== 'opener' || opener.at !== paragraph.start || !mayBeVerseLine(paragraph)) return;
    for (let k = index + 1; k < paragraphs.length; k++) {
      const unmatched = marksOf(paragraphs[k]).quotes.unmatched;
      if (unmatched.length > 0) {
        const closer = unmatched[0];
        if (closer.role === 'closer' && paragraphs[k].text[closer.at - paragraphs[k].start] === opener.closer) found.push({ open: opener.at, close: closer.at });
        return;
      }
      if (!isShortLine(paragraphs[k])) return;
    }
  });
  stanzasOf.set(article, (stanzas = found));
  return stanzas;
}

/** Whether `a` and `b` lie in one quotation running over the lines of a poem (quotedStanzas). */
export function inOneQuotedStanza(article: Article, a: number, b: number): boolean {
  return quotedStanzas(article).some(({ open, close }) => open <= a && a < close && open <= b && b < close);
}

/** Whether `at` is inside a quotation of the article (an outermost one). */
export function isQuoted(article: Article, at: number): boolean {
  const { paragraphs } = article;
  const index = firstIndexWhere(paragraphs.length, (i) => paragraphs[i].end > at);
  if (index === paragraphs.length) return false;
  return quotationAt(paragraphs[index], at) !== undefined;
}

/**
 * The paragraph's text from `start` to `end` (absolute offsets, its whole text by default) with its
 * quotations, marks included, left out: what the paragraph says in its own voice.
 */
export function outsideQuotations(paragraph: Paragraph, start = paragraph.start, end = paragraph.end): string {
  let outside = '';
  let from = start;
  for (const { open, close, depth } of quotationsOf(paragraph)) {
    if (depth > 0 || close < from || open >= end) continue;
    outside += paragraph.text.slice(from - paragraph.start, Math.max(from, open) - paragraph.start) + ' ';
    from = Math.min(end, close + 1);
  }
  return outside + paragraph.text.slice(from - paragraph.start, end - paragraph.start);
}

/** The closing mark that pairs with an opening one in the given style. */
export const CLOSER_OF: Record<QuoteStyle, string> = { guillemets: '»', curly: '”', 'curly-reversed': '“', straight: '"' };
export const OPENER_OF: Record<QuoteStyle, string> = { guillemets: '«', curly: '“', 'curly-reversed': '”', straight: '"' };

interface Open {
  at: number;
  closer: string;
  style?: QuoteStyle;
}

/** One stack of open marks for one family (quotes or brackets). */
class Pairer<P extends Pair> {
  private readonly stack: Open[] = [];
  /** How many open entries each closing mark would close: "is one open?" without searching the stack. */
  private readonly openBy = new Map<string, number>();
  readonly pairs: P[] = [];
  readonly unmatched: UnmatchedMark[] = [];

  constructor(
    private readonly text: string,
    private readonly offset: number,
    private readonly makePair: (open: Open, close: number, depth: number, matched: boolean) => P,
  ) {}

  isOpen(closer: string): boolean {
    return (this.openBy.get(closer) ?? 0) > 0;
  }

  open(at: number, closer: string, style?: QuoteStyle): void {
    this.stack.push({ at, closer, style });
    this.openBy.set(closer, (this.openBy.get(closer) ?? 0) + 1);
  }

  close(at: number, mark: string): void {
    if (this.isOpen(mark)) {
      while (this.stack[this.stack.length - 1].closer !== mark) this.abandon(this.pop());
      this.pairs.push(this.makePair(this.pop(), this.offset + at, this.stack.length, true));
    } else if (this.stack.length > 0) {
      this.pairs.push(this.makePair(this.pop(), this.offset + at, this.stack.length, false));
    } else {
      this.unmatched.push({ at: this.offset + at, mark, role: 'closer' });
    }
  }

  finish(): PairScan<P> {
    while (this.stack.length > 0) this.abandon(this.pop());
    const unmatched = this.unmatched.sort((a, b) => a.at - b.at);
    linkCandidates(unmatched);
    return { pairs: this.pairs.sort((a, b) => a.open - b.open), unmatched };
  }

  private pop(): Open {
    const top = this.stack.pop()!;
    this.openBy.set(top.closer, this.openBy.get(top.closer)! - 1);
    return top;
  }

  private abandon(open: Open): void {
    this.unmatched.push({ at: this.offset + open.at, mark: this.text[open.at], role: 'opener', closer: open.closer });
  }
}

/** Points each unmatched mark at the nearest unmatched mark of the other role: two passes, linear. */
function linkCandidates(unmatched: UnmatchedMark[]): void {
  const nearest = (order: UnmatchedMark[]) => {
    const last: Partial<Record<UnmatchedMark['role'], UnmatchedMark>> = {};
    for (const mark of order) {
      const other = last[mark.role === 'opener' ? 'closer' : 'opener'];
      if (other && (mark.candidate === undefined || Math.abs(other.at - mark.at) < Math.abs(mark.candidate - mark.at))) {
        mark.candidate = other.at;
      }
      last[mark.role] = mark;
    }
  };
  nearest(unmatched);
  nearest([...unmatched].reverse());
}

function scan(text: string, offset: number): ParagraphMarks {
  MARK.lastIndex = 0;
  const quotes = new Pairer<Quotation>(text, offset, (open, close, depth, matched) => ({
    open: offset + open.at,
    close,
    depth,
    matched,
    style: open.style!,
  }));
  const brackets = new Pairer<Pair>(text, offset, (open, close, depth, matched) => ({ open: offset + open.at, close, depth, matched }));

  const units = straightUnitMarks(text);
  const straightByParity = (countOf(text, '"') - units.size) % 2 === 0;
  // How many more `)` than `(` the paragraph has: list markers inside an open bracket, which may be skipped.
  let surplusClosers: number | undefined;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const at = m.index;
    const mark = m[0];
    switch (mark) {
      case '«':
        quotes.open(at, '»', 'guillemets');
        break;
      case '»':
        quotes.close(at, '»');
        break;
      case '"':
        // An even number of straight marks is balanced (§3), whatever the spacing around them: paired in
        // order. With an odd number, the spacing tells which one is left over. Inch marks are not quotes.
        if (units.has(at)) break;
        if (!straightByParity) placeByContext(quotes, text, at, mark, ...ambiguousOpener(mark));
        else if (quotes.isOpen(mark)) quotes.close(at, mark);
        else quotes.open(at, mark, 'straight');
        break;
      case '“':
      case '”':
        placeByContext(quotes, text, at, mark, ...ambiguousOpener(mark));
        break;
      case '(':
        if (isEmoticon(text, at)) break;
        brackets.open(at, ')');
        break;
      case '[':
        brackets.open(at, ']');
        break;
      case ')':
        if (!brackets.isOpen(')') && (isListMarker(text, at) || isEmoticon(text, at))) break;
        // An enumeration in an aside: (وتشمل: 1) خفض الإنفاق، 2) رفع الأجور). Only while the paragraph has
        // `)` to spare, so that (في الفقرة 3) still closes.
        if (brackets.isOpen(')') && (surplusClosers ??= countOf(text, ')') - countOf(text, '(')) > 0 && isListMarker(text, at)) {
          surplusClosers--;
          break;
        }
        brackets.close(at, ')');
        break;
      case ']':
        brackets.close(at, ']');
        break;
      case ORNATE_OPEN:
        placeByContext(brackets, text, at, mark, ORNATE_CLOSE);
        break;
      case ORNATE_CLOSE:
        placeByContext(brackets, text, at, mark, ORNATE_OPEN);
        break;
    }
  }
  return { quotes: quotes.finish(), brackets: brackets.finish() };
}

/**
 * Opens or closes a mark that serves both ends by what surrounds it, and what is open: opening, it is
 * closed by `closer`.
 */
function placeByContext<P extends Pair>(pairer: Pairer<P>, text: string, at: number, mark: string, closer: string, style?: QuoteStyle): void {
  const canOpen = opensAt(text, at);
  const canClose = closesAt(text, at);
  if (pairer.isOpen(mark) && (canClose || !canOpen)) pairer.close(at, mark);
  else if (canOpen || !canClose) pairer.open(at, closer, style);
  else pairer.close(at, mark);
}

/** What a quotation opened by a mark that serves both ends closes with, and its style: one tuple each, shared. */
const CURLY_OPENER: readonly [closer: string, style: QuoteStyle] = ['”', 'curly'];
const REVERSED_CURLY_OPENER: readonly [closer: string, style: QuoteStyle] = ['“', 'curly-reversed'];
const STRAIGHT_OPENER: readonly [closer: string, style: QuoteStyle] = ['"', 'straight'];

function ambiguousOpener(mark: string): readonly [closer: string, style: QuoteStyle] {
  if (mark === '“') return CURLY_OPENER;
  if (mark === '”') return REVERSED_CURLY_OPENER;
  return STRAIGHT_OPENER;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** Followed by a word or an opening mark, not by a space or closing punctuation. */
function opensAt(text: string, at: number): boolean {
  const next = text[at + 1];
  return !isSpace(next) && !CLOSING_CONTEXT.has(next);
}

/** Preceded by a word or closing punctuation, and not joined to a proclitic (`لـ"`, ` و«`). */
function closesAt(text: string, at: number): boolean {
  const prev = text[at - 1];
  if (isSpace(prev) || OPENING_CONTEXT.has(prev)) return false;
  return !(isProcliticLetter(prev) && isSpace(text[at - 2]));
}

/** Words in a quotation for it to be speech rather than a title or a name («الشروق»، «أوراق الخريف»). */
const SPEECH_WORDS = 3;
/**
 * SPEECH_WORDS words, found without splitting a long quotation into all of its words: a letter, then a
 * gap and a word, and a gap and a letter. Not \S+ first, which tried again from each letter of a long
 * run without a space, in time quadratic in its length.
 */
const SPEECH = new RegExp(`\\S(?:\\s+\\S+){${SPEECH_WORDS - 2}}\\s+\\S`, 'u');

/**
 * A quotation of fewer than SPEECH_WORDS words, or one a word like بعنوان or رواية introduces: a title, a
 * name or a term rather than speech, written as it is published. `text` starts at offset `base`.
 */
export function isTitleLike(text: string, q: Pair, base = 0): boolean {
  return !SPEECH.test(text.slice(q.open + 1 - base, q.close - base)) || followsTitleHead(text, q.open - base) || isDatedWork(text, q.close + 1 - base);
}

/** Whether a year in brackets follows `at`, the end of a quotation: the year of the work it is the title of («أغاني الحقل» (1964)). */
export function isDatedWork(text: string, at: number): boolean {
  return WORK_YEAR.test(text.slice(at, at + WORK_YEAR_REACH));
}

const WORK_YEAR = /^ ?\([0-9٠-٩]{4}(?:م|هـ)?\)/u;
const WORK_YEAR_REACH = 10;

/** The word right before a quotation's opening mark at `at`, a space between or not (قالت «رويترز»، لـ«الوكالة»): undefined after a mark. */
export function wordBeforeOpener(text: string, at: number): string | undefined {
  return WORD_BEFORE.exec(text.slice(Math.max(0, at - WORD_BEFORE_REACH), at))?.[1];
}

const WORD_BEFORE = /([\p{L}\u0640]+)\s?$/u;
const WORD_BEFORE_REACH = 16;

/** Whether a kind of work (أغنية، فيلم، رواية …) comes right before `at`: what follows is its title. */
export function followsWorkKind(text: string, at: number): boolean {
  return WORK_HEAD.test(text.slice(Math.max(0, at - TITLE_HEAD_REACH), at));
}

/**
 * Whether what comes right before `at`, an opening mark aside, names what follows as the title of a work
 * or a name (رواية أمريكا، مقالا بعنوان «، حزب «). `atQuotation`: `at` is a quotation's opening mark, or
 * the text before `at` ends with one; otherwise the heads that name only in quotation marks (QUOTED_NAME_HEAD)
 * do not count, since a name after them written plain is the house's to spell (فريق ميونيخ).
 */
export function followsTitleHead(text: string, at: number, atQuotation = true): boolean {
  const before = text.slice(Math.max(0, at - TITLE_HEAD_REACH), at);
  if (TITLE_HEAD.test(before)) return true;
  const named = QUOTED_NAME_HEAD.exec(before);
  return named !== null && (atQuotation || named[1] !== undefined);
}

/** The kinds of work whose title follows them, quoted or not: a song, a poem, a novel, a play, a film, an album, a series, a book, a collection of poems. */
const WORK_KINDS = String.raw`(?:(?:رواي|قصيد|أغني|مسرحي)(?:ة|ته|تها|تهم)|(?:كتاب|فيلم|ديوان|ألبوم|مسلسل)(?:ه|ها|هم)?)`;
/**
 * A word that names what the quotation is the title of, right before it: مقالا بعنوان «…»، رواية «…»،
 * بتقريرها «…»، تحت شعار «…»، مسلسل «…»، لعبة «…»، تطبيق «…»; or the outlet it is the name of: صحيفة «…»،
 * لقناة «…»، وكالة «…»، موقع «…»، منصة «…»; or the party, list, alliance, group or campaign it is the
 * name of: حزب «…»، حركة «…»، قائمة «…»، تحالف «…»، كتائب «…»، حملة «…»، المتحدث باسم «…»; the company,
 * project, festival, award or landmark: شركة «…»، مشروع «…»، مهرجان «…»، جائزة «…»، معلم «…»; a front page's
 * headline (عنونت الصحيفة صفحتها الأولى: «…»); a name or a
 * word after a preposition written apart (لـ«رويترز»، بـ«نعم»); or the nickname it is: الملقب «…»، الملقبة
 * بـ«…»، المعروف بـ«…»، يلقب بـ«…»، الشهير بـ«…» (not المعروف alone: الكاتب المعروف «…» may quote what he said); or the weapon or
 * unit of conflict copy it names: من طراز «…»، صواريخ «…»، دبابة «…»، مسيرات «…»، منظومة «…»، لواء «…». Not
 * عملية, which may take a description in quotation marks (وصف الهجوم بأنه عملية «إرهابية تستهدف المدنيين»).
 */
const TITLE_HEAD = new RegExp(
  String.raw`(?:^|\s)[وفبل]?(?:${WORK_KINDS}|بعنوان|(?:عنوان|مقال|برنامج|تقرير|شعار|موقع|تطبيق)(?:ه|ها|هم)?|مقالا|تقريرا|(?:دراس|لعب|منص)(?:ة|ته|تها|تهم)|(?:صحيف|جريد|مجل|قنا|وكال|إذاع|شبك)ة|حزب|تحالف|ائتلاف|تيار|تنظيم|فصيل|(?:حرك|جبه|كتل|قائم|جماع|منظم|جمعي|مبادر|حمل|شرك|جائز|مسابق)ة|مشروع|مهرجان|منتجع|معلم|معرض|كتائب|باسم|[لب]\u0640+|صفحت(?:ها|ه)\s+الأولى\s*:|طراز|صاروخ|صواريخ|دبابات|مسيرات|منظومات|لواء|(?:منظوم|دباب|مسير)ة|(?:ال)?ملقبة?(?:\s+ب\u0640*)?|(?:المعروف|الشهير)ة?\s+ب\u0640*|[يت]لقب\s+ب\u0640*)\s*[«“"]?$`,
  'u',
);
/** A kind of work right before a title written plain (أغنية نيويورك نيويورك). */
const WORK_HEAD = new RegExp(String.raw`(?:^|\s)[وفبل]?${WORK_KINDS}\s*$`, 'u');
const TITLE_HEAD_REACH = 16;
/**
 * Heads that name what their quotation holds, not what follows them unquoted: the union, the league or the
 * federation (نقابة «…»، رابطة «…»، تجمع «…»، اتحاد «…»), the ship, the train, the camp, the storm, the
 * summit, the agreement or the reserve (سفينة «…»، قطار «…»، مخيم «…»، عاصفة «…»، قمة «…»، محمية «…»), the
 * hotel, the team, the crop's variety or breed, the market, the conference or the fair (فندق «…»، فريق «…»،
 * صنف «…»، سلالة «…»، سوق «…»، مؤتمر «…»، معارض «…»), the military unit, warship, base or exercise (كتيبة
 * «…»، فرقة «…»، سرب «…»، مدمرة «…»، قاعدة «…»، مناورات «…»، تمرين «…»). Not with the article, whose
 * quotation may be what it says or is (وقال إن الاتحاد «قلق»). The opening mark, when the text holds it, is
 * captured.
 */
const QUOTED_NAME_HEAD =
  /(?:^|\s)[وفبل]?(?:(?:نقاب|رابط|سفين|ناقل|باخر|عاصف|قم|اتفاقي|محمي|سلال|كتيب|فرق|مدمر|قاعد)ة|تجمع|اتحاد|يخت|قطار|قارب|زورق|مخيم|إعصار|فندق|مركب|فريق|صنف|هجين|سوق|مؤتمر|منتدى|معارض|مناورات|تمرين|سرب)\s*([«“"])?$/u;

/**
 * A quotation in Latin script only ("Life always finds a way", a post in English): its marks are its own
 * (editorial-rules.md §4), whatever the Arabic sentence around it writes. `text` starts at offset `base`
 * (a paragraph's text, or the whole prose).
 */
export function isLatinQuotation(text: string, q: Quotation, base = 0): boolean {
  let latin = false;
  for (let i = q.open + 1 - base; i < q.close - base; i++) {
    const code = text.charCodeAt(i);
    if (isArabicLetter(code)) return false;
    latin ||= isLatinLetter(code);
  }
  return latin;
}

/** `1)`, `أ)`, `أولا)` numbering items; only asked about a `)` with no `(` open. */
function isListMarker(text: string, at: number): boolean {
  return LIST_MARKER.test(text.slice(Math.max(0, at - LIST_MARKER_REACH), at));
}

/**
 * `:)`, `:-(`, `;)` written onto a word (ب:)), which prose does not mask as it does one standing alone, and a
 * face with a long mouth (:)) :(( :-))), whose eyes and first stroke prose masked: a run of the mark after
 * the eyes, then a space, the end, or a closing quotation mark or punctuation.
 */
function isEmoticon(text: string, at: number): boolean {
  const mark = text[at];
  let from = at;
  while (text[from - 1] === mark && at - from < LONGEST_MOUTH) from--;
  let to = at + 1;
  while (text[to] === mark && to - from <= LONGEST_MOUTH) to++;
  // A longer run of brackets is no face, and is not walked again for each of its marks.
  if (to - from > LONGEST_MOUTH) return false;
  const eyes = text[from - 1] === '-' ? text[from - 2] : text[from - 1];
  return (eyes === ':' || eyes === ';' || eyes === OPAQUE) && (isSpace(text[to]) || AFTER_FACE.has(text[to]));
}

/** The most strokes a face's mouth is drawn with (هههه :))))))). */
const LONGEST_MOUTH = 8;

/** What may follow a face written onto its word or quotation: "مبروك:)"، «يا للأسف :((». */
const AFTER_FACE = new Set([...'"”»“.,،؛!?؟']);

/**
 * What the unbalanced-quotes and unbalanced-brackets rules report: each mark with no partner (message
 * `unclosed` or `unopened`, the candidate partner as `candidate` related information) and each
 * mismatched pair (`mismatched`, at the closing mark, with the opening one as `opener`).
 */
export function imbalanceFindings(scan: PairScan<Pair>, paragraph: Paragraph): readonly ReportedFinding[] {
  if (scan.unmatched.length === 0 && scan.pairs.every((pair) => pair.matched)) return NO_FINDINGS;
  const markAt = (at: number) => paragraph.text[at - paragraph.start];
  const one = (at: number): Span => ({ start: at, end: at + 1 });
  const findings: ReportedFinding[] = mapPacked(scan.unmatched, (u) => ({
    span: one(u.at),
    messageId: u.role === 'opener' ? 'unclosed' : 'unopened',
    data: { mark: u.mark },
    related: u.candidate === undefined ? [] : [{ span: one(u.candidate), messageId: 'candidate', data: { mark: markAt(u.candidate) } }],
  }));
  for (const pair of scan.pairs) {
    if (pair.matched) continue;
    findings.push({
      span: one(pair.close),
      messageId: 'mismatched',
      data: { open: markAt(pair.open), close: markAt(pair.close) },
      related: [{ span: one(pair.open), messageId: 'opener', data: { mark: markAt(pair.open) } }],
    });
  }
  return findings.sort((a, b) => a.span.start - b.span.start);
}
