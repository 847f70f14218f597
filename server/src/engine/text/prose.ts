// Separates prose from what is not prose. The result has the same length as the input so offsets carry
// over unchanged: whole lines that are not prose (front matter, fenced code, comment lines, Markdown block
// markers) become spaces, and non-prose inside a line (inline code, URLs, e-mail addresses, comments, link
// targets) becomes OPAQUE, one opaque "thing" that no rule reads as letters, spaces or punctuation.
// Hand-written rather than a Markdown parser: we need only these few constructs, at 10+ MB/s, with exact
// offsets.

export const OPAQUE = '\uFFFC';
const OPAQUE_CODE = 0xfffc;

export type TextKind = 'markdown' | 'plain';

// A URL in running copy holds no bracket, so one around it (`[www.moh.gov.sa]`, a Markdown link's text) stays prose.
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s«»“”"()[\]<>]*[^\s«»“”"()[\]<>.,،؛:!?؟]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const COMMENT = /<!--[\s\S]*?-->/g;

export function extractProse(text: string, kind: TextKind): string {
  const masks: Mask[] = [];
  const blank = (from: number, to: number, fill: string) => {
    if (to > from) masks.push({ from, to, fill });
  };
  const blankMatches = (pattern: RegExp) => {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      blank(start, end, ownsWholeLines(text, start, end) ? ' ' : OPAQUE);
    }
  };

  blankMatches(COMMENT);
  if (kind === 'markdown') maskMarkdown(text, blank);
  blankMatches(URL_OR_EMAIL);
  return applyMasks(text, masks);
}

interface Mask {
  from: number;
  to: number;
  fill: string;
}

function applyMasks(text: string, masks: Mask[]): string {
  if (masks.length === 0) return text;
  masks.sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const { from, to, fill } of masks) {
    const start = Math.max(from, at);
    if (to <= start) continue;
    out += text.slice(at, start) + text.slice(start, to).replace(/[^\n]/g, fill);
    at = to;
  }
  return out + text.slice(at);
}

/**
 * `text`, the prose from `offset` on, with each OPAQUE run given back what `source` has there: what a
 * message quotes and what comparisons read. `text` itself when nothing in it is masked.
 */
export function unmask(text: string, source: string, offset: number): string {
  let at = text.indexOf(OPAQUE);
  if (at === -1) return text;
  let out = '';
  let from = 0;
  while (at !== -1) {
    let end = at + 1;
    while (text.charCodeAt(end) === OPAQUE_CODE) end++;
    out += text.slice(from, at) + source.slice(offset + at, offset + end);
    from = end;
    at = text.indexOf(OPAQUE, end);
  }
  return out + text.slice(from);
}

/** HTML tags and comments; not an autolink (`<https://…>`, `<news@example.org>`), which is content. */
const MARKUP = /<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[\s/][^>]*)?>/g;

/** What a masked run says, markup taken out: `<b>www.x.org</b>` says `www.x.org`, `<br>` nothing. */
export function maskedContent(run: string): string {
  return run.includes('<') ? run.replace(MARKUP, '') : run;
}

function ownsWholeLines(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  return /^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t]*$/.test(text.slice(end, lineEnd));
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLOCK_MARKER = /^( {0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+))+/;
const INLINE_CODE = /`[^`\n]+`/g;
const LINK_TARGET = /\]\([^)\n]*\)/g;
const HTML_TAG = /<\/?[a-zA-Z][^>\n]*>/g;

function maskMarkdown(text: string, blank: (from: number, to: number, fill: string) => void): void {
  let offset = 0;
  const lines = text.split('\n');
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const start = offset;
    offset += line.length + 1;
    if (index === 0 && line.trim() === '---') {
      const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
      if (close > 0) fence = 'front-matter';
    }
    if (fence === 'front-matter') {
      blank(start, start + line.length, ' ');
      if (index > 0 && /^(---|\.\.\.)\s*$/.test(line)) fence = null;
      return;
    }
    const fenceMatch = FENCE.exec(line);
    if (fence !== null || fenceMatch) {
      blank(start, start + line.length, ' ');
      if (fence === null) fence = fenceMatch![1];
      else if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      return;
    }
    if (/^( {4}|\t)/.test(line) && /^\s*$/.test(lines[index - 1] ?? '')) {
      blank(start, start + line.length, ' '); // indented code block
      return;
    }
    const marker = BLOCK_MARKER.exec(line);
    if (marker) blank(start, start + marker[0].length, ' ');
    const closingHashes = /[ \t]+#+[ \t]*$/.exec(line);
    if (marker && marker[0].includes('#') && closingHashes) blank(start + closingHashes.index, start + line.length, ' ');
    for (const pattern of [INLINE_CODE, LINK_TARGET, HTML_TAG]) {
      for (const m of line.matchAll(pattern)) {
        const from = start + m.index + (pattern === LINK_TARGET ? 1 : 0);
        blank(from, start + m.index + m[0].length, OPAQUE);
      }
    }
  });
}
