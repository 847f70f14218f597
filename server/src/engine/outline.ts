import type { LintResult } from './lint';
import type { NameEntity } from './names/detect';
import { isMarkdownSection, type Paragraph } from './text/article';
import { foldLetters, normalizeLight } from './text/normalize';
import { quotationsOf } from './text/pairs';
import { OPAQUE } from './text/prose';
import { isSpeechVerb } from './text/speech-verbs';
import type { Span } from './types';

// The article's map (editorial-rules.md §8): the headline, the lede and every paragraph by its first
// words, each direct quotation under its paragraph with its speaker when a verb of saying names one, and
// the names of the article (outlineNames of what findNames found). Spans are on the original text, like findings.

export interface OutlineQuotation {
  /** The quotation with its marks. */
  span: Span;
  /** Its first words. */
  label: string;
  speaker?: string;
  /** Where the speaker is named; absent when carried over from an earlier quotation (`وأضاف: «…»`). */
  speakerSpan?: Span;
}

export interface OutlineBlock {
  /**
   * A section is a Markdown heading under the headline (`## خلفية`) or a bold label line standing for one
   * (`**خلفية**`): the blocks after it, to the next, are its.
   */
  role: 'headline' | 'section' | 'lede' | 'paragraph';
  span: Span;
  /** The headline in full (up to a length), a paragraph by its first words. */
  label: string;
  quotations: OutlineQuotation[];
}

export type NameKind = 'person' | 'organisation' | 'place';

export interface OutlineName {
  kind: NameKind;
  /** The preferred form. */
  name: string;
  count: number;
  /** Other spellings found in the article. */
  variants: string[];
  /** Every mention, in text order. */
  spans: Span[];
}

export interface ArticleOutline {
  blocks: OutlineBlock[];
  /** Paragraphs left out beyond `maxBlocks`. */
  omittedBlocks: number;
  names: OutlineName[];
}

export interface OutlineOptions {
  /** The article's names, with spans in the engine's working text (what the names rule sees). */
  names?: OutlineName[];
  /** Bounds the outline of a huge document. */
  maxBlocks?: number;
}

/** The names group from the article's names (findNames), spans still in the working text. */
export function outlineNames(entities: readonly NameEntity[]): OutlineName[] {
  return entities.map((entity) => ({
    kind: entity.kind,
    name: entity.preferred,
    count: entity.mentions.length,
    variants: entity.counts.map((c) => c.form).filter((form) => form !== entity.preferred),
    spans: entity.mentions.map((m) => m.span).sort((a, b) => a.start - b.start),
  }));
}

const PARAGRAPH_LABEL_WORDS = 6;
const HEADLINE_LABEL_CHARS = 80;
/** Shorter quoted runs are terms or scare quotes (`بأنه «تاريخي»`), unless a verb of saying introduces them. */
const MIN_QUOTATION_WORDS = 3;
const MAX_SPEAKER_WORDS = 6;

export function articleOutline({ article, source }: Pick<LintResult, 'article' | 'source'>, options: OutlineOptions = {}): ArticleOutline {
  const markdown = article.kind === 'markdown';
  const maxBlocks = options.maxBlocks ?? Infinity;
  const speakers = new SpeakerTracker();
  const blocks: OutlineBlock[] = [];
  let ledeSeen = false;
  for (const paragraph of article.paragraphs) {
    if (blocks.length >= maxBlocks) break;
    const role = paragraph.isHeadline ? 'headline' : markdown && isMarkdownSection(article.source, paragraph) ? 'section' : ledeSeen ? 'paragraph' : 'lede';
    if (role === 'lede') ledeSeen = true;
    const words = labelWords(paragraph.text, markdown);
    blocks.push({
      role,
      span: source.span(paragraph),
      label: role === 'headline' ? clip(words.join(' '), HEADLINE_LABEL_CHARS) : firstWords(words, PARAGRAPH_LABEL_WORDS),
      quotations: quotationsIn(paragraph, speakers, markdown).map((q) => ({
        ...q,
        span: source.span(q.span),
        speakerSpan: q.speakerSpan && source.span(q.speakerSpan),
      })),
    });
  }
  return {
    blocks,
    omittedBlocks: article.paragraphs.length - blocks.length,
    names: (options.names ?? []).map((n) => ({ ...n, spans: n.spans.map((s) => source.span(s)) })),
  };
}

function quotationsIn(paragraph: Paragraph, speakers: SpeakerTracker, markdown: boolean): OutlineQuotation[] {
  const outer = quotationsOf(paragraph).filter((q) => q.depth === 0);
  const found: OutlineQuotation[] = [];
  outer.forEach((quote, i) => {
    const floor = i > 0 ? outer[i - 1].close + 1 : paragraph.start;
    const ceiling = i + 1 < outer.length ? outer[i + 1].open : paragraph.end;
    const words = labelWords(slice(paragraph, quote.open + 1, quote.close), markdown);
    const saying = sayingBefore(paragraph, floor, quote.open) ?? sayingAfter(paragraph, quote.close + 1, ceiling);
    if (!saying && words.length < MIN_QUOTATION_WORDS) return;
    const speaker = saying && speakers.resolve(saying);
    found.push({
      span: { start: quote.open, end: quote.close + 1 },
      label: firstWords(words, PARAGRAPH_LABEL_WORDS),
      ...(speaker ?? {}),
    });
  });
  return found;
}

interface Saying {
  verb: string;
  /** The named speaker, if the verb names one. */
  speaker?: { text: string; span: Span };
}

// Tokens of a window of prose: words, and single punctuation marks that end a speaker phrase.
const TOKEN = /[\p{L}\p{M}\u0640]+|[^\s\p{L}\p{M}\u0640]/gu;
const SENTENCE_END = new Set(['.', '؟', '!', '…', '?']);

interface Token {
  text: string;
  start: number;
  end: number;
  isWord: boolean;
}

function tokens(paragraph: Paragraph, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (const m of slice(paragraph, from, to).matchAll(TOKEN)) {
    const start = from + m.index;
    out.push({ text: m[0], start, end: start + m[0].length, isWord: /\p{L}/u.test(m[0]) });
  }
  return out;
}

/** `وقال الوزير …: «…»`: the last verb of saying in the same sentence before the quotation. */
function sayingBefore(paragraph: Paragraph, from: number, open: number): Saying | undefined {
  const window = tokens(paragraph, from, open);
  for (let i = window.length - 1; i >= 0; i--) {
    const token = window[i];
    if (SENTENCE_END.has(token.text)) return undefined;
    if (token.isWord && isSpeechVerb(token.text)) return { verb: token.text, speaker: speakerAfter(window, i + 1) };
  }
  return undefined;
}

/** `«…»، قال الوزير.`: a verb of saying just after the quotation. */
function sayingAfter(paragraph: Paragraph, from: number, to: number): Saying | undefined {
  const window = tokens(paragraph, from, to);
  let i = 0;
  while (i < window.length && !window[i].isWord && (window[i].text === '،' || window[i].text === ',')) i++;
  const verb = window[i];
  if (!verb?.isWord || !isSpeechVerb(verb.text)) return undefined;
  return { verb: verb.text, speaker: speakerAfter(window, i + 1) };
}

// Words that end a speaker phrase: prepositions, time words and the particles that start reported speech
// (`قال الوزير في مؤتمر صحفي إن …`), letter-folded.
const SPEAKER_STOP_WORDS = new Set(
  (
    'في من عن علي الي الا ان انه انها انهم انهن انا اننا خلال امام عقب بعد قبل يوم اليوم امس مساء صباح ' +
    'الليله عبر لدي حول مع ايضا بدوره بدورها كما حين عندما بينما لكن ثم وقد قد ' +
    'له لها لهم به بها بهم عليه عليها عليهم عنه عنها عنهم فيه فيها فيهم منه منها منهم اليه اليها اليهم'
  ).split(' '),
);
/** `لوكالة`, `للصحفيين`: who the speaker spoke to, not who spoke. */
const ADDRESSEE = /^(لل|ل(وكاله|صحيفه|قناه|موقع|تلفزيون|اذاعه|شبكه|مراسل|رويترز))/;

function isSpeakerStop(word: string): boolean {
  const folded = foldLetters(word);
  // على folds to علي, which is also a name (قال علي حسن).
  if (folded === 'علي' && !normalizeLight(word).endsWith('ى')) return false;
  return SPEAKER_STOP_WORDS.has(folded) || ADDRESSEE.test(folded) || isSpeechVerb(word);
}

function speakerAfter(window: Token[], from: number): Saying['speaker'] {
  const words: Token[] = [];
  for (let i = from; i < window.length && words.length < MAX_SPEAKER_WORDS; i++) {
    const token = window[i];
    if (!token.isWord) break;
    if (isSpeakerStop(token.text)) break;
    words.push(token);
  }
  if (words.length === 0) return undefined;
  return { text: words.map((w) => w.text).join(' '), span: { start: words[0].start, end: words[words.length - 1].end } };
}

/**
 * The speaker of each quotation in article order: named by its verb of saying, or carried over from the
 * last named speaker when the verb names none (`وأضاف: «…»`) and agrees with it in gender and number.
 */
class SpeakerTracker {
  private last: { text: string; agreement: string } | undefined;

  resolve(saying: Saying): Pick<OutlineQuotation, 'speaker' | 'speakerSpan'> | undefined {
    const agreement = agreementOf(saying.verb);
    if (saying.speaker) {
      this.last = { text: saying.speaker.text, agreement };
      return { speaker: saying.speaker.text, speakerSpan: saying.speaker.span };
    }
    return this.last?.agreement === agreement ? { speaker: this.last.text } : undefined;
  }
}

/** Person, gender and number as a verb of saying shows them: قال / قالت / قالا / قالوا / يقول / تقول. */
function agreementOf(verb: string): string {
  const word = foldLetters(verb).replace(/^[وف](?=..)/, '');
  if (/(وا|ون)$/.test(word)) return 'plural';
  if (/تا$/.test(word)) return 'dual-feminine';
  if (/(ا|ان)$/.test(word)) return 'dual';
  // Feminine: past in -ت, present in ت- (تقول); تابع and تساءل begin with ت in the masculine past.
  if (/ت$/.test(word) || (/^ت/.test(word) && !/^(تابع|تساءل)/.test(word))) return 'feminine';
  return 'masculine';
}

function slice(paragraph: Paragraph, from: number, to: number): string {
  return paragraph.text.slice(from - paragraph.start, to - paragraph.start);
}

/** The words of prose as a reader sees them: no masked runs, no Markdown emphasis or link brackets. */
function labelWords(prose: string, markdown: boolean): string[] {
  let text = prose.split(OPAQUE).join(' ');
  if (markdown) text = text.replace(/[*_[\]]+/g, ' ');
  return text.split(/\s+/).filter(Boolean);
}

function firstWords(words: string[], count: number): string {
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)} …`;
}
