import { extractProse, type TextKind } from './prose';

// The article as a copy editor reads it (editorial-rules.md §0): headline, paragraphs, sentences, words.
// Offsets are absolute positions in the engine's working text (LF line ends, no BOM).

export interface Word {
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  start: number;
  /** Just after the terminal punctuation and any closing quotes or brackets. */
  end: number;
  text: string;
  words: Word[];
}

export interface Paragraph {
  start: number;
  end: number;
  /** The prose of the paragraph (non-prose masked, see prose.ts). */
  text: string;
  isHeadline: boolean;
  sentences: Sentence[];
}

export interface Article {
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
  const headlineIndex = kind === 'markdown' ? markdownHeadline(source, blocks) : 0;
  const paragraphs = blocks.map(({ start, end }, index) =>
    makeParagraph(prose, start, end, index === headlineIndex),
  );
  return { source, prose, kind, paragraphs, headline: paragraphs.find((p) => p.isHeadline) };
}

export function makeParagraph(prose: string, start: number, end: number, isHeadline: boolean): Paragraph {
  const text = prose.slice(start, end);
  return { start, end, text, isHeadline, sentences: splitSentences(text, start) };
}

interface Block {
  start: number;
  end: number;
}

/** Plain text: every non-blank line is a paragraph (wire copy puts one paragraph on a line). */
function lineBlocks(prose: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  while (lineStart <= prose.length) {
    let lineEnd = prose.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = prose.length;
    const block = trimmed(prose, lineStart, lineEnd);
    if (block) blocks.push(block);
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/** Markdown: blank-line separated blocks; headings and list items stand alone. */
function markdownBlocks(source: string, prose: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  let lineStart = 0;
  while (lineStart <= prose.length) {
    let lineEnd = prose.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = prose.length;
    const line = trimmed(prose, lineStart, lineEnd);
    const startsBlock = /^\s{0,3}(#|[-*+]\s|\d{1,3}[.)]\s)/.test(source.slice(lineStart, lineEnd));
    const isHeading = /^\s{0,3}#/.test(source.slice(lineStart, lineEnd));
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

function markdownHeadline(source: string, blocks: Block[]): number {
  const heading = blocks.findIndex((b) => /#[ \t]*$/.test(source.slice(source.lastIndexOf('\n', b.start - 1) + 1, b.start)));
  return heading === -1 ? 0 : heading;
}

function trimmed(text: string, start: number, end: number): Block | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

const TERMINATORS = '.؟!…?';
const CLOSERS = '»”’")]';
const OPENING_QUOTES = '«“';
/** Dotted abbreviations that do not end a sentence even when a space follows (lower-case, letter-folded). */
const ABBREVIATIONS = new Set(['د', 'م', 'هـ', 'ه', 'ص.ب', 'أ.ف.ب', 'ا.ف.ب', 'ق.م', 'mr', 'mrs', 'dr', 'st', 'no', 'vs', 'etc', 'jr']);

/** Splits a paragraph's text into sentences (editorial-rules.md §0 lists what is not a sentence end). */
export function splitSentences(text: string, offset: number): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  let quoteDepth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPENING_QUOTES.includes(ch)) quoteDepth++;
    else if ((ch === '»' || ch === '”') && quoteDepth > 0) quoteDepth--;
    if (!TERMINATORS.includes(ch)) continue;
    let end = i + 1;
    while (end < text.length && TERMINATORS.includes(text[end])) end++;
    const run = text.slice(i, end);
    let after = end;
    while (after < text.length && CLOSERS.includes(text[after])) after++;
    const atEnd = after >= text.length;
    if (!atEnd && !/\s/.test(text[after])) {
      i = end - 1;
      continue;
    }
    const isEllipsis = run === '…' || run.startsWith('..');
    if (!atEnd && ((isEllipsis && quoteDepth > 0) || (run === '.' && endsAbbreviation(text, sentenceStart, i)))) {
      i = end - 1;
      continue;
    }
    for (let k = end; k < after; k++) if ((text[k] === '»' || text[k] === '”') && quoteDepth > 0) quoteDepth--;
    pushSentence(sentences, text, sentenceStart, after, offset);
    sentenceStart = after;
    i = after - 1;
  }
  pushSentence(sentences, text, sentenceStart, text.length, offset);
  return sentences;
}

function endsAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let start = dot;
  while (start > sentenceStart && !/[\s«“("]/.test(text[start - 1])) start--;
  const token = text.slice(start, dot).toLowerCase();
  if (/^\d+$/.test(token) && text.slice(sentenceStart, start).trim() === '') return true; // a list number
  if (token.length === 1 && /\p{L}/u.test(token)) return true; // an initial
  return ABBREVIATIONS.has(token) || /^(\p{L}\.)+\p{L}$/u.test(token);
}

const WORD = /[\p{L}\p{M}\p{Nd}\u0640]+/gu;

function pushSentence(sentences: Sentence[], text: string, start: number, end: number, offset: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  const slice = text.slice(start, end);
  const words: Word[] = [];
  for (const m of slice.matchAll(WORD)) {
    const wordStart = offset + start + m.index;
    words.push({ start: wordStart, end: wordStart + m[0].length, text: m[0] });
  }
  sentences.push({ start: offset + start, end: offset + end, text: slice, words });
}
