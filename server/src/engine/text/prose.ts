// Separates prose from what is not prose. The result has the same length as the input so offsets carry
// over unchanged: whole lines that are not prose (front matter, fenced code, scripts and style sheets,
// comment lines, Markdown block markers) become spaces, and non-prose inside a line (inline code, URLs,
// e-mail addresses, hashtags, names led by a dot (.NET), HTML character references and tags, footnote markers, comments, link
// targets) becomes OPAQUE, one opaque "thing" that no rule reads as letters, spaces or punctuation; what
// stands for a space or a break (`&nbsp;`, `<br>`) becomes a space and OPAQUE. Hand-written rather than a Markdown parser: we need only these
// few constructs, at 10+ MB/s, with exact offsets.

export const OPAQUE = '\uFFFC';
export const OPAQUE_CODE = 0xfffc;

export type TextKind = 'markdown' | 'plain';

// A URL in running copy holds no bracket, so one around it (`[www.moh.gov.sa]`, a Markdown link's text) stays
// prose. An address starts where its run of name characters does: tried inside the run too, a long run with
// no @ would take time quadratic in its length.
/** What follows a URL's host: no space, bracket or Arabic comma, and no punctuation at its end. */
const URL_REST = String.raw`[^\s«»“”"()[\]<>،؛؟]*[^\s«»“”"()[\]<>.,،؛:!?؟]`;
const URL_OR_EMAIL = new RegExp(String.raw`\b(?:https?:\/\/|www\.)${URL_REST}|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, 'g');

/**
 * A web address without its scheme or www, told by a domain and a path (`moh.gov.sa/ar/خدمات?type=2`,
 * `bit.ly/وزارة_الصحة`): the path may hold Arabic, which is still no prose.
 */
const BARE_URL = new RegExp(String.raw`(?<![\w.@/-])(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\/${URL_REST}`, 'g');

/**
 * The Arabic country-code top-level domains of the root zone: no اليمن، ليبيا or الكويت, and Sudan's is
 * سودان. Letter-exact, as a domain is: with a hamza (الأردن) it is a country's name, no domain.
 */
const ARABIC_COUNTRY_DOMAIN = String.raw`\.(?:السعودية|مصر|امارات|الاردن|المغرب|الجزائر|تونس|قطر|فلسطين|سورية|عمان|البحرين|سودان|عراق|موريتانيا)(?![\p{L}\p{M}\p{N}_-])`;
const ARABIC_LABEL = String.raw`[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\d]+`;
/** A name under an Arabic country's domain (وزارة-الصحة.السعودية), its labels in group 1, its path in group 2. */
const ARABIC_DOMAIN = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}_.@/-])(${ARABIC_LABEL}(?:[.-]${ARABIC_LABEL})*)${ARABIC_COUNTRY_DOMAIN}(\/${URL_REST})?`,
  'gu',
);
const ENDS_IN_ARABIC_COUNTRY_DOMAIN = new RegExp(ARABIC_COUNTRY_DOMAIN, 'u');

/**
 * Each web address written in Arabic without a scheme (وزارة-الصحة.السعودية، بوابة.الحكومة.مصر،
 * موقع.مصر/الخدمات): only with a hyphen, a second dot or a path, since two words and one dot (زار
 * عمان.الاردن) are as likely a full stop with its space missing.
 */
function forEachArabicDomain(text: string, visit: (start: number, end: number) => void): void {
  if (!ENDS_IN_ARABIC_COUNTRY_DOMAIN.test(text)) return;
  for (const m of text.matchAll(ARABIC_DOMAIN)) {
    if (m[2] || m[1].includes('-') || m[1].includes('.')) visit(m.index, m.index + m[0].length);
  }
}

/**
 * A file named in the copy (`التقرير_النهائي.pdf`, `ملف البيانات.xlsx`), told by a common extension: kept as
 * written like an address, so its dot is no full stop wanting a space after it.
 */
const FILE_EXTENSION = /\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|rtf|odt|zip|rar|apk|exe|jpe?g|png|gif|webp|svg|mp3|mp4|mov|wav)(?![\p{L}\p{M}\p{N}_])/giu;
/** A letter, mark or digit of a file's name, or _ or -. */
const FILE_NAME_CHARACTER = /^[\p{L}\p{M}\p{N}_-]$/u;

/**
 * Each file named in the text, its name and extension from `start` to `end`. Found at its extension and
 * read back from there: a pattern for the whole name would be tried at every letter of the text.
 */
function forEachFileName(text: string, visit: (start: number, end: number) => void): void {
  for (const m of text.matchAll(FILE_EXTENSION)) {
    let start = m.index;
    while (start > 0 && FILE_NAME_CHARACTER.test(text[start - 1])) start--;
    // Not the tail of a longer dotted name (www.example.pdf is an address's).
    if (start < m.index && text[start - 1] !== '.') visit(start, m.index + m[0].length);
  }
}

/**
 * A hashtag (`#صحتك_2023`, `#COP28`), alone or after a proclitic letter (`و#الطريق_الى_القمة`): a name to
 * be found by, kept as written like an address. At least one letter, so `#5` stays a number; not the
 * second # of `##`.
 */
const HASHTAG = /(?:(?<![\p{L}\p{M}\p{N}_#＃&])|(?<=(?<![\p{L}\p{M}\p{N}_])[وفبلك]))[#＃](?=[\p{N}_]*\p{L})[\p{L}\p{M}\p{N}_]+/gu;

/**
 * A social-media handle (`@gaca_2024`, `@WHO`, a page's `@غزة_الآن`): an account's name, kept as written
 * like a hashtag. Letters of any script, digits and _, at least one letter; not the @ of an e-mail address.
 * Instagram and TikTok names take dots between Latin letters and digits (`@youssef.hakim`), which are no full
 * stops; a dot before an Arabic letter or a space still ends the handle (`@WHO. وقال`).
 */
const HANDLE = /(?<![\p{L}\p{M}\p{N}_.+@-])@(?=[\p{N}_]*\p{L})[\p{L}\p{M}\p{N}_]+(?:\.[A-Za-z0-9_]+)*/gu;

/**
 * An emoticon standing as a word (`:)`, `:-(`, `;)`, `:D`, `:'(`, `>:(`, `(:` written right to left): a
 * face, whose marks are no punctuation and whose bracket pairs with none.
 */
const EMOTICON_FACE = String.raw`>?[:;=][-'^]?[()DPpOo3|\\/*[\]]|[()][-']?[:;]`;
const EMOTICON = new RegExp(String.raw`(?<![^\s«“"(])(?:${EMOTICON_FACE})(?=$|[\s.,،؛!?؟"”»)])`, 'gu');

/**
 * An HTML character reference (`&nbsp;`, `&quot;`, `&#1548;`), which copy from a web CMS carries in plain
 * text as in Markdown: markup, whose `;` is no semicolon.
 */
const CHARACTER_REFERENCE = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/g;
/** Character references that write a space (`&nbsp;`): a space between words, not a word of its own. */
const SPACE_NAMES = 'nbsp|ensp|emsp|thinsp|#160|#x[aA]0';
const SPACE_REFERENCE = new RegExp(`^&(?:${SPACE_NAMES});$`);
/** Tags that break the line or the block (`<br>`, `</p>`, `<li>`): a space between what they separate. */
const BREAKING_TAG_NAMES = 'br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|thead|tbody|blockquote|hr|section|article|figure|figcaption';
const BREAKING_TAG = new RegExp(`^<\\/?(?:${BREAKING_TAG_NAMES})\\b`, 'i');
/** What blankAsSpace leaves opaque of a break or a space, at the start of a masked run: all but its first character. */
const SPACE_TAIL = new RegExp(`^(?:\\/?(?:${BREAKING_TAG_NAMES})\\b[^<>]*>|(?:${SPACE_NAMES});)`, 'i');

/**
 * A Latin name that opens with a dot (`.NET`, `ملف .env`, `صيغة .pdf`, `النطاق .gov.sa`, `و.com`), after a
 * blank, an opening mark or a proclitic letter: a framework, an extension or a domain, whose dot is no full
 * stop with a space before it and none after.
 */
const DOT_LED_NAME = /(?:(?<![^\s(«“"'])|(?<=(?<![\p{L}\p{M}\p{N}_])[وفبلك]))\.[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*(?![\p{L}\p{M}\p{N}_])/gu;
const DOT_BEFORE_LATIN_LETTER = /\.[A-Za-z]/;

const FACE = new RegExp(EMOTICON_FACE, 'u');
const LATIN_LETTER_AND_SLASH = /[A-Za-z]\//;

/**
 * The runs masked in any text, each with a test for what it cannot do without, which most articles lack:
 * a colon alone, before a quotation, is no address and no face. A search for a string costs less than a
 * regex scan, so strings are searched where they tell.
 */
const MASKED_RUNS: readonly (readonly [RegExp, (text: string) => boolean])[] = [
  [URL_OR_EMAIL, (text) => text.includes('@') || text.includes('://') || text.includes('www.')],
  [BARE_URL, (text) => text.includes('/') && LATIN_LETTER_AND_SLASH.test(text)],
  [HASHTAG, (text) => text.includes('#') || text.includes('＃')],
  [HANDLE, (text) => text.includes('@')],
  [EMOTICON, (text) => FACE.test(text)],
  [DOT_LED_NAME, (text) => DOT_BEFORE_LATIN_LETTER.test(text)],
];

/**
 * Code in backticks in plain text (`print("مرحبا")`، `GPT-5.1`): Markdown's inline code, which technology
 * copy writes in text files too. Only with a Latin letter inside: Arabic in backticks is a quotation.
 */
const PLAIN_INLINE_CODE = /`[^`\n]*[A-Za-z][^`\n]*`/g;

export function extractProse(text: string, kind: TextKind): string {
  const masks: Mask[] = [];
  const blank = (from: number, to: number, fill: string) => {
    if (to > from) masks.push({ from, to, fill });
  };
  const blankWhole = (start: number, end: number) => blankOwnLine(text, blank, start, end);

  forEachComment(text, blankWhole);
  if (kind === 'markdown') maskMarkdown(text, blank);
  else if (text.includes('`')) for (const m of text.matchAll(PLAIN_INLINE_CODE)) blankWhole(m.index, m.index + m[0].length);
  // Each pattern only over a text that holds its mark: most articles have no hashtag or handle.
  for (const [pattern, mayHold] of MASKED_RUNS) if (mayHold(text)) for (const m of text.matchAll(pattern)) blankWhole(m.index, m.index + m[0].length);
  forEachFileName(text, blankWhole);
  forEachArabicDomain(text, blankWhole);
  if (text.includes('&')) {
    for (const m of text.matchAll(CHARACTER_REFERENCE)) {
      if (SPACE_REFERENCE.test(m[0])) blankAsSpace(blank, m.index, m.index + m[0].length);
      else blankWhole(m.index, m.index + m[0].length);
    }
  }
  return applyMasks(text, masks);
}

/**
 * Masks what stands for a space or a break (`&nbsp;`, `<br>`) as a space and then OPAQUE: the words
 * around it are apart and a full stop before it ends its sentence, with no run of spaces to report.
 */
function blankAsSpace(blank: (from: number, to: number, fill: string) => void, from: number, to: number): void {
  blank(from, from + 1, ' ');
  blank(from + 1, to, OPAQUE);
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
  let out = '';
  let from = 0;
  forEachOpaqueRun(text, 0, (at, end) => {
    out += text.slice(from, at) + source.slice(offset + at, offset + end);
    from = end;
  });
  return from === 0 ? text : out + text.slice(from);
}

/** Calls `visit` with the start and end of each run of OPAQUE in `text` from `from` on. */
export function forEachOpaqueRun(text: string, from: number, visit: (at: number, end: number) => void): void {
  for (let at = text.indexOf(OPAQUE, from); at !== -1; at = text.indexOf(OPAQUE, at)) {
    const start = at;
    while (text.charCodeAt(++at) === OPAQUE_CODE);
    visit(start, at);
  }
}

/**
 * Calls `visit` with the start and end of each HTML comment, found with indexOf rather than a lazy
 * pattern: once an opening `<!--` has no `-->` after it, none after it has, and trying each would take
 * time quadratic in their number.
 */
function forEachComment(text: string, visit: (start: number, end: number) => void): void {
  for (let start = text.indexOf('<!--'); start !== -1; ) {
    const close = text.indexOf('-->', start + 4);
    if (close === -1) return;
    visit(start, close + 3);
    start = text.indexOf('<!--', close + 3);
  }
}

/** HTML tags; not an autolink (`<https://…>`, `<news@example.org>`), which is content. A tag holds no `<`. */
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[\s/][^<>]*)?>/g;

/**
 * What a masked run says, markup taken out: `<b>www.x.org</b>` says `www.x.org`; `<br>`, `&nbsp;`, a
 * footnote's marker and comments say nothing.
 */
export function maskedContent(run: string): string {
  if (run.includes('[^')) return maskedContent(run.replace(FOOTNOTE_REFERENCE, ''));
  if (SPACE_TAIL.test(run)) return maskedContent(run.replace(SPACE_TAIL, ''));
  if (!run.includes('<')) return run;
  let content = '';
  let at = 0;
  forEachComment(run, (start, end) => {
    content += run.slice(at, start);
    at = end;
  });
  return (content + run.slice(at)).replace(TAG, '');
}

/**
 * Only spaces and tabs between text.slice(start, end) and the line breaks around it. Looks no further
 * than those, so many matches on one long line cost linear time.
 */
function ownsWholeLines(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0 && isBlank(text.charCodeAt(before - 1))) before--;
  if (before > 0 && text.charCodeAt(before - 1) !== 0x0a) return false;
  let after = end;
  while (after < text.length && isBlank(text.charCodeAt(after))) after++;
  return after === text.length || text.charCodeAt(after) === 0x0a;
}

const isBlank = (code: number) => code === 0x20 || code === 0x09;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A list item's marker and the spaces after it, at any indentation: a nested item's is its parent's. */
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
/** How far a line's text is indented, a tab going on to the next multiple of four columns. */
function indentWidth(line: string): number {
  let width = 0;
  for (const c of line) {
    if (c === ' ') width++;
    else if (c === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/**
 * Whether a non-blank line is indented code: four columns past the text of the list item it belongs to,
 * or past the margin outside a list, after a blank line. A list item's later paragraph is indented to
 * its text (`1. قال …` then, after a blank line, `   وأضاف …`): prose. Keeps `listColumns`, the content
 * columns of the open items, as CommonMark does: an item opens one, and a line after a blank line that is
 * indented less than an item's text ends that item.
 */
function isCode(line: string, afterBlank: boolean, listColumns: number[]): boolean {
  const indent = indentWidth(line);
  const item = LIST_ITEM.exec(line);
  if (item && indent < (listColumns.at(-1) ?? 0) + 4) {
    while (listColumns.length > 0 && listColumns.at(-1)! > indent) listColumns.pop();
    const markerEnd = indentWidth(item[1]) + item[2].length;
    const spaces = indentWidth(' '.repeat(markerEnd) + item[3]) - markerEnd;
    // Five spaces or more after the marker: the text starts after one, and the rest is code's indentation.
    listColumns.push(markerEnd + (spaces >= 1 && spaces <= 4 ? spaces : 1));
    return false;
  }
  if (!afterBlank) return false; // a paragraph's next line, lazily indented or not
  while (listColumns.length > 0 && listColumns.at(-1)! > indent) listColumns.pop();
  return indent >= (listColumns.at(-1) ?? 0) + 4;
}
/** A link reference definition (`[ref]: https://… "title"`): where a link points, whose title takes only "…" or '…'. Not a footnote's text (`[^1]: …`). */
const LINK_DEFINITION = /^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S/;
/** Block markers, a list item's with its task box (`- [ ] `، `1. [x] `), whose bracket holds no prose. */
const BLOCK_MARKER = /^( {0,3}(?:#{1,6}[ \t]+|>[ \t]?|(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?))+/;
/** A table's delimiter row (`| :--- | :---: | ---: |`), which aligns its columns: syntax, not text. */
const TABLE_DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$/;
/** The fence of a container (`:::note`، `::: {.box}`) of Docusaurus, VitePress or Pandoc: its content is prose, its fence not. */
const CONTAINER_FENCE = /^ {0,3}:{3,}/;
/**
 * An attribute list (`{: .lead}` of kramdown, `{#goals}`، `{.button target="_blank"}` of Pandoc, Hugo and
 * markdown-it): an id, a class or a key, never prose.
 */
const ATTRIBUTE_LIST = /\{(?::[^{}\n]*|[ \t]*[#.][\w-][^{}\n]*)\}/g;
/** An emoji's shortcode (`:syringe:`، `:flag-jo:`) of GitHub and Hugo: a picture, whose colons are no punctuation. */
const EMOJI_SHORTCODE = /(?<![\w:]):[a-z][a-z0-9_+-]*:(?![\w:])/g;
const INLINE_CODE = /`[^`\n]+`/g;
// A tag holds no `<`, so a line of thousands of unclosed `<a` is scanned in linear time.
const HTML_TAG = /<\/?[a-zA-Z][^<>\n]*>/g;
/** A tag that the line leaves open, its attributes going on on the next line. */
const UNCLOSED_TAG = /<\/?[a-zA-Z][^<>]*$/;
/** A footnote's marker (`[^1]`, `[^مصدر]`), and a footnote's label before its text (`[^1]: …`). */
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\]/g;
const FOOTNOTE_LABEL = /^ {0,3}\[\^[^\]\s]+\]:[ \t]*/;
/** The runs masked inside a Markdown line, each with the mark it cannot do without. */
const LINE_RUNS: readonly (readonly [RegExp, string])[] = [
  [INLINE_CODE, '`'],
  [FOOTNOTE_REFERENCE, '[^'],
  [EMOJI_SHORTCODE, ':'],
];
/**
 * A script or a style sheet, which holds no prose: a block of its own from a line that opens it, or inline.
 * So is a social-media post embedded as the platform gives it (`<blockquote class="twitter-tweet">`): the
 * post as its author wrote it, which the article quotes in its own words if at all.
 */
const RAW_BLOCK_START = /^ {0,3}<(script|style|blockquote(?=[^>]*\bclass=["'][^"']*\b(?:twitter-tweet|instagram-media|tiktok-embed|text-post-media)\b))(?=[\s>]|$)/i;
const RAW_INLINE_OPEN = /<(script|style)\b[^>]*>/gi;
/** Front matter: YAML between `---` lines (or closed by `...`), TOML between `+++` lines. */
const FRONT_MATTER_ENDS: ReadonlyMap<string, RegExp> = new Map([
  ['---', /^(---|\.\.\.)\s*$/],
  ['+++', /^\+\+\+\s*$/],
]);
/**
 * What front matter opens with: a key (`title: …`، `title = …`), a comment, or its closing line. An article
 * that opens with a rule and then prose (`---` ¶ `خلفية` ¶ `---`, a break and a heading) has no front matter.
 */
const FRONT_MATTER_FIRST_LINE = /^(?:[\p{L}\p{N}_"'-][\p{L}\p{N}_ "'.-]*[:=]|#|(?:---|\.\.\.|\+\+\+)\s*$)/u;
/**
 * The underline of a setext heading (`خلفية` over `-----` or `=====`): a heading when it follows a
 * paragraph's line, of level 1 for `=`, 2 for `-`. Any length, as CommonMark has it.
 */
export const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** A thematic break (`---`، `***`، `_ _ _`): no prose; after a paragraph's line, `---` is an underline instead. */
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** The quotation markers that open a Markdown line (`> `، `> > `), none too. */
export const QUOTATION_MARKERS = /^(?: {0,3}>[ \t]?)*/;

/** How deep in quotations the Markdown line is: the number of its `>` markers. */
export function quotationDepth(line: string): number {
  const markers = QUOTATION_MARKERS.exec(line)![0];
  let depth = 0;
  for (const c of markers) if (c === '>') depth++;
  return depth;
}

const NO_PARAGRAPH = -1;

/** A post's signature in a Markdown quotation: its author and handle after a dash (`> — أحمد يلدز (@ahmetyildiz)`). */
const POST_SIGNATURE = /^ {0,3}>[ \t>]*[—–-][ \t]*[^\n]*\(@[\w.]+\)/u;

/**
 * The lines of each Markdown quotation that a post's signature closes: a social-media post pasted as the
 * platform shows it, the author's words as written, like an embedded one (RAW_BLOCK_START). Most articles
 * hold no `(@`, and no line is read.
 */
function quotedPostLines(lines: readonly string[]): Set<number> {
  const posts = new Set<number>();
  if (!lines.some((line) => line.includes('(@'))) return posts;
  for (let first = 0; first < lines.length; ) {
    if (quotationDepth(lines[first]) === 0) {
      first++;
      continue;
    }
    let last = first;
    while (last + 1 < lines.length && quotationDepth(lines[last + 1]) > 0) last++;
    if (lines.slice(first, last + 1).some((line) => POST_SIGNATURE.test(line))) for (let k = first; k <= last; k++) posts.add(k);
    first = last + 1;
  }
  return posts;
}

function maskMarkdown(text: string, blank: (from: number, to: number, fill: string) => void): void {
  let offset = 0;
  const lines = text.split('\n');
  let fence: string | null = null;
  /** The closing line of the front matter while in it. */
  let frontMatterEnd: RegExp | null = null;
  /** The tag (script or style) whose block the line is in. */
  let rawBlock: string | null = null;
  /** Whether the line is in a tag opened on a line before and not yet closed (`<iframe` with one attribute a line). */
  let inTag = false;
  /** The content columns of the list items the line may belong to, innermost last (see isCode). */
  const listColumns: number[] = [];
  /** Whether the last line that is not blank was indented code. */
  let inIndentedCode = false;
  /**
   * The quotation depth of the paragraph the line before is in, which a setext underline at that depth makes
   * a heading (`> خلفية` ¶ `> ---`); NO_PARAGRAPH when it is in none.
   */
  let paragraphDepth = NO_PARAGRAPH;
  const posts = quotedPostLines(lines);
  lines.forEach((line, index) => {
    const start = offset;
    offset += line.length + 1;
    if (posts.has(index)) {
      blank(start, start + line.length, ' ');
      return;
    }
    const codeBefore = inIndentedCode;
    if (line.trim() !== '') inIndentedCode = false;
    const closing = index === 0 ? FRONT_MATTER_ENDS.get(line.trim()) : undefined;
    if (closing && FRONT_MATTER_FIRST_LINE.test(lines[1] ?? '') && lines.findIndex((l, i) => i > 0 && closing.test(l)) > 0) frontMatterEnd = closing;
    const depthBefore = paragraphDepth;
    paragraphDepth = NO_PARAGRAPH;
    if (frontMatterEnd !== null) {
      blank(start, start + line.length, ' ');
      if (index > 0 && frontMatterEnd.test(line)) frontMatterEnd = null;
      return;
    }
    // A tag ends at its `>`, and at a blank line, which no tag holds.
    let from = 0;
    if (inTag) {
      const close = line.indexOf('>');
      inTag = close === -1 && line.trim() !== '';
      from = inTag ? line.length : close + 1;
      blankOwnLine(text, blank, start, start + from);
      if (inTag) return;
    }
    const rawStart = rawBlock === null ? RAW_BLOCK_START.exec(line) : null;
    if (rawBlock !== null || rawStart) {
      blank(start, start + line.length, ' ');
      rawBlock ??= rawStart![1].toLowerCase();
      if ((rawStart ? line.slice(rawStart[0].length) : line).toLowerCase().includes(`</${rawBlock}`)) rawBlock = null;
      return;
    }
    // Inside quotations, what follows their markers.
    const markers = QUOTATION_MARKERS.exec(line)![0];
    const content = markers ? line.slice(markers.length) : line;
    // A fence follows a quotation's markers (`> ````), and in a list item it is indented to the item's text.
    const fenceMatch = FENCE.exec(listColumns.length > 0 && indentWidth(content) < listColumns.at(-1)! + 4 ? content.trimStart() : content);
    if (fence !== null || fenceMatch) {
      blank(start, start + line.length, ' ');
      if (fence === null) fence = fenceMatch![1];
      else if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      return;
    }
    // A lazy line (fewer markers than its paragraph's) is no underline (`> «…»` ¶ `---` is a thematic
    // break), as in CommonMark.
    const depth = markers ? quotationDepth(markers) : 0;
    if ((depth === depthBefore && SETEXT_UNDERLINE.test(content)) || THEMATIC_BREAK.test(content)) {
      blank(start, start + line.length, ' ');
      return;
    }
    // Indented code opens after a blank line and runs on over every line indented as far, blank lines between.
    if (line.trim() !== '' && isCode(line, codeBefore || /^\s*$/.test(lines[index - 1] ?? ''), listColumns)) {
      inIndentedCode = true;
      blank(start, start + line.length, ' ');
      return;
    }
    if (LINK_DEFINITION.test(line) || CONTAINER_FENCE.test(line) || (line.includes('|') && TABLE_DELIMITER_ROW.test(content))) {
      blank(start, start + line.length, ' ');
      return;
    }
    // A backslash ending a line is a hard break, a space after a sentence's mark; `\\` is an escaped backslash.
    if (line.endsWith('\\') && !line.endsWith('\\\\')) blank(start + line.length - 1, start + line.length, ' ');
    const marker = BLOCK_MARKER.exec(line) ?? FOOTNOTE_LABEL.exec(line);
    if (marker) blank(start, start + marker[0].length, ' ');
    // A line of text, in quotations or not, is a paragraph's: a lazy one (`> «…»` ¶ `…»`) goes on the one before.
    if ((!marker || marker[0].length === markers.length) && content.trim() !== '') paragraphDepth = depth < depthBefore ? depthBefore : depth;
    // From the start of a run of spaces only: tried inside a long run, the match would be quadratic.
    const closingHashes = /(?<![ \t])[ \t]+#+[ \t]*$/.exec(line);
    if (marker && marker[0].includes('#') && closingHashes) blank(start + closingHashes.index, start + line.length, ' ');
    // Each pattern only over a line that holds its mark, as in extractProse.
    for (const [pattern, mark] of LINE_RUNS) {
      if (line.includes(mark)) for (const m of line.matchAll(pattern)) blank(start + m.index, start + m.index + m[0].length, OPAQUE);
    }
    // A line of attributes alone (kramdown's `{: .lead}` under a paragraph) is no part of the paragraph.
    if (line.includes('{')) for (const m of line.matchAll(ATTRIBUTE_LIST)) blankOwnLine(text, blank, start + m.index, start + m.index + m[0].length);
    // A script or style inline, to its closing tag; once one has none, no later one on the line has.
    const lower = line.includes('<') ? line.toLowerCase() : '';
    for (const m of lower === '' ? [] : lower.matchAll(RAW_INLINE_OPEN)) {
      const close = lower.indexOf(`</${m[1]}`, m.index + m[0].length);
      if (close === -1) break;
      const end = lower.indexOf('>', close);
      blank(start + m.index, start + (end === -1 ? line.length : end + 1), OPAQUE);
    }
    for (const m of line.matchAll(HTML_TAG)) {
      if (BREAKING_TAG.test(m[0])) blankAsSpace(blank, start + m.index, start + m.index + m[0].length);
      else blank(start + m.index, start + m.index + m[0].length, OPAQUE);
    }
    const openTag = lower === '' ? null : UNCLOSED_TAG.exec(line.slice(from));
    if (openTag) {
      inTag = true;
      blankOwnLine(text, blank, start + from + openTag.index, start + line.length);
    }
    // A link target, `](` to its `)`; once one has no `)`, no later one on the line has.
    for (let open = line.indexOf(']('); open !== -1; ) {
      const close = linkTargetEnd(line, open + 2);
      if (close === -1) break;
      blank(start + open + 1, start + close + 1, OPAQUE);
      open = line.indexOf('](', close + 1);
    }
    // A reference link's label, `][1]` or the empty `][]`: no bracket inside, as CommonMark has it.
    for (let open = line.indexOf(']['); open !== -1; ) {
      const close = line.indexOf(']', open + 2);
      if (close === -1) break;
      const nested = line.lastIndexOf('[', close);
      if (nested === open + 1) blank(start + open + 1, start + close + 1, OPAQUE);
      open = line.indexOf('][', nested === open + 1 ? close + 1 : nested - 1);
    }
  });
}

/** Masks text[from, to) as spaces when it is all of its line, else as OPAQUE. */
function blankOwnLine(text: string, blank: (from: number, to: number, fill: string) => void, from: number, to: number): void {
  blank(from, to, ownsWholeLines(text, from, to) ? ' ' : OPAQUE);
}

/** How far a link target is read for balanced parentheses: bounds the scan on a line of unclosed ones. */
const MAX_BALANCED_TARGET = 2000;

/**
 * The `)` that ends a link target starting at `from` (after `](`): the address may hold balanced
 * parentheses, as CommonMark allows (`wiki/Python_(programming_language)`), and a title may follow it;
 * otherwise the first `)`. -1 when there is none.
 */
function linkTargetEnd(line: string, from: number): number {
  let depth = 0;
  for (let i = from; i < line.length && i - from < MAX_BALANCED_TARGET; i++) {
    const ch = line[i];
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (ch === ' ' || ch === '\t') return depth === 0 ? titleEnd(line, i) : line.indexOf(')', from);
  }
  return line.indexOf(')', from);
}

/** The `)` after a link's title (`"…"` or `'…'`, which may hold parentheses), from the space before it. */
function titleEnd(line: string, space: number): number {
  let i = space;
  while (line[i] === ' ' || line[i] === '\t') i++;
  const quote = line[i];
  const closing = quote === '"' || quote === "'" ? line.indexOf(quote, i + 1) : -1;
  return line.indexOf(')', closing === -1 ? i : closing + 1);
}
