import type { LintResult } from './lint';
import type { NameEntity } from './names/detect';
import { closesAbbreviation, markdownHeadingLevel, isMarkdownSection, type Paragraph } from './text/article';
import { AMBIGUOUS_GIVEN_NAMES, FOREIGN_GIVEN_NAMES, GIVEN_NAMES, ORGANISATION_TRIGGERS, PERSON_TITLES, PLACE_TRIGGERS } from './names/vocabulary';
import { interviewTurns, type InterviewTurn, type TurnRole } from './text/interview';
import { definitePrefixLength } from './text/clitics';
import { foldLetters, normalizeLight } from './text/normalize';
import { continuedQuotation, followsTitleHead, marksOf, wordBeforeOpener } from './text/pairs';
import { OPAQUE } from './text/prose';
import { isAnswerVerb, isSpeechVerb } from './text/speech-verbs';
import type { Span } from './types';

// The article's map (editorial-rules.md §8): the headline, the lede and every paragraph by its first
// words, each direct quotation under its paragraph with its speaker when a verb of saying names one, and
// the names of the article (outlineNames of what findNames found). Spans are on the original text, like findings.
// In an interview each question and answer is credited to who puts or gives it, and an answer's own
// quotations to who answers.

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
   * (`**خلفية**`): the blocks after it, to the next, are its. A byline (`بقلم سارة الكعبي`) before the lede is no lede.
   */
  role: 'headline' | 'section' | 'byline' | 'lede' | 'paragraph';
  /**
   * A section's level: its heading's (`## خلفية` 2, a setext heading over `===` 1 and over `---` 2), and
   * for a bold label line, below every heading (SECTION_LABEL_LEVEL). A section holds the later ones of
   * deeper levels.
   */
  level?: number;
  span: Span;
  /** The headline in full (up to a length), a paragraph by its first words (a turn's after its marker or name). */
  label: string;
  /** In an interview, the turn the paragraph is. */
  turn?: TurnRole;
  /**
   * Who speaks the turn: the name that opens it (ليلى حسن: …), the guest the intro names for an answer
   * (حاورت «الصحيفة» وزير المالية سامي العلي ¶ س: … ¶ ج: …), the interviewer the byline names for a question.
   */
  speaker?: string;
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

/** The delimiter row of a Markdown table: cells of dashes, with colons for alignment, parted by pipes. */
const TABLE_DELIMITER_ROW = /^\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$/;
/** A bold label line (`**خلفية**`) stands for a subhead under the headings there are: below `######`. */
const SECTION_LABEL_LEVEL = 7;
const PARAGRAPH_LABEL_WORDS = 6;
const HEADLINE_LABEL_CHARS = 80;
/** Shorter quoted runs are terms or scare quotes (`بأنه «تاريخي»`), unless a verb of saying introduces them. */
const MIN_QUOTATION_WORDS = 3;
/** A title and a name (الرئيس التنفيذي للشركة الوطنية للنفط سالم العبيدي), stopped sooner by what ends a speaker. */
const MAX_SPEAKER_WORDS = 10;

export function articleOutline({ article, source }: Pick<LintResult, 'article' | 'source'>, options: OutlineOptions = {}): ArticleOutline {
  const markdown = article.kind === 'markdown';
  const maxBlocks = options.maxBlocks ?? Infinity;
  const speakers = new SpeakerTracker();
  const people = peopleOf(options.names ?? []);
  const blocks: OutlineBlock[] = [];
  const turns = interviewTurns(article);
  const turnSpeaker = turnSpeakers(article.paragraphs, turns);
  let ledeSeen = false;
  let delimiterRows = 0;
  article.paragraphs.forEach((paragraph, index) => {
    // The row under a table's header (`| --- | :---: |`) only lines up the columns: it is no paragraph.
    if (markdown && TABLE_DELIMITER_ROW.test(paragraph.text)) {
      delimiterRows++;
      return;
    }
    if (blocks.length >= maxBlocks) return;
    // A bold byline (**كتب: أحمد صبحي**) is no section label.
    const role = paragraph.isHeadline
      ? 'headline'
      : !ledeSeen && isByline(paragraph.text)
        ? 'byline'
        : isMarkdownSection(article, paragraph)
          ? 'section'
          : ledeSeen || (markdown && isPictureAlone(article.source, paragraph))
            ? 'paragraph'
            : 'lede';
    if (role === 'lede') ledeSeen = true;
    const turn = turns.get(index);
    const speaker = turn && turnSpeaker(turn);
    // A turn's quotations are not the turn before's speaker's: the speaker is named again in each.
    if (turn) speakers.forget();
    const words = labelWords(turn ? paragraph.text.slice(turn.body) : paragraph.text, markdown);
    blocks.push({
      role,
      ...(role === 'section' ? { level: markdownHeadingLevel(article.source, paragraph) || SECTION_LABEL_LEVEL } : {}),
      span: source.span(paragraph),
      label: role === 'headline' ? clip(words.join(' '), HEADLINE_LABEL_CHARS) : firstWords(words, PARAGRAPH_LABEL_WORDS),
      ...(turn ? { turn: turn.role } : {}),
      ...(speaker ? { speaker } : {}),
      quotations: quotationsIn(paragraph, article.paragraphs[index + 1], speakers, people, markdown, turn?.role === 'answer' ? speaker : undefined).map((q) => ({
        ...q,
        span: source.span(q.span),
        speakerSpan: q.speakerSpan && source.span(q.speakerSpan),
      })),
    });
  });
  return {
    blocks,
    omittedBlocks: article.paragraphs.length - delimiterRows - blocks.length,
    names: (options.names ?? []).map((n) => ({ ...n, spans: n.spans.map((s) => source.span(s)) })),
  };
}

/** Where each mention of a person the article names starts, and where it ends (working text). */
type People = ReadonlyMap<number, number>;

function peopleOf(names: readonly OutlineName[]): People {
  const people = new Map<number, number>();
  for (const name of names) if (name.kind === 'person') for (const span of name.spans) people.set(span.start, span.end);
  return people;
}

/** A quotation of the paragraph: its marks, or from its opening mark to the paragraph's end when it runs on into the next. */
interface QuotedRun {
  open: number;
  end: number;
  runsOn: boolean;
}

/**
 * `answerer`: who gives the answer the paragraph is; a quotation there that no verb of saying introduces is
 * his, as one he says he said (قلت لهم: «…»: the first person is no verb of saying of wire copy).
 */
function quotationsIn(paragraph: Paragraph, next: Paragraph | undefined, speakers: SpeakerTracker, people: People, markdown: boolean, answerer?: string): OutlineQuotation[] {
  const { pairs, unmatched } = marksOf(paragraph).quotes;
  const opener = continuedQuotation(paragraph, next, unmatched);
  const runs: QuotedRun[] = pairs
    .filter((q) => q.depth === 0 && (opener === undefined || q.open < opener) && !namesSomething(paragraph, q.open, q.close))
    .map((q) => ({ open: q.open, end: q.close + 1, runsOn: false }));
  if (opener !== undefined) runs.push({ open: opener, end: paragraph.end, runsOn: true });
  // A quotation of several paragraphs reopens each of them (« … ¶ « … »): its speaker is the first paragraph's.
  const runningOn = speakers.takeRunningOn();
  const found: OutlineQuotation[] = [];
  /** The speaker of the quotation before, in this paragraph. */
  let before: string | undefined;
  runs.forEach((run, i) => {
    const floor = i > 0 ? runs[i - 1].end : paragraph.start;
    const ceiling = i + 1 < runs.length ? runs[i + 1].open : paragraph.end;
    const words = labelWords(slice(paragraph, run.open + 1, run.runsOn ? run.end : run.end - 1), markdown);
    let speaker: Pick<OutlineQuotation, 'speaker' | 'speakerSpan'> | undefined;
    if (runningOn && i === 0 && !/\S/.test(slice(paragraph, paragraph.start, run.open))) speaker = runningOn;
    else {
      const saying = sayingBefore(paragraph, floor, run.open, people) ?? (opensSentence(paragraph, floor, run.open) ? sayingAfter(paragraph, run.end, ceiling) : undefined);
      // «…»، مضيفا أن «…»: a participle of saying goes on with the speaker of the sentence's quotation before.
      const goesOn = !saying && before !== undefined && i > 0 && continuesSaying(paragraph, floor, run.open);
      if (!saying && !goesOn && words.length < MIN_QUOTATION_WORDS) return;
      speaker = goesOn ? { speaker: before } : saying && speakers.resolve(saying);
      if (answerer !== undefined && !saying) speaker = { speaker: answerer };
    }
    before = speaker?.speaker;
    if (run.runsOn) speakers.runOn(speaker?.speaker);
    found.push({ span: { start: run.open, end: run.end }, label: firstWords(words, PARAGRAPH_LABEL_WORDS), ...(speaker ?? {}) });
  });
  return found;
}

/** Whether the words from `from` to `to` go on with one sentence through a participle of saying. */
function continuesSaying(paragraph: Paragraph, from: number, to: number): boolean {
  let participle = false;
  for (const token of tokens(paragraph, from, to)) {
    if (SENTENCE_END.has(token.text)) return false;
    if (token.isWord && SAYING_PARTICIPLES.has(foldLetters(token.text))) participle = true;
  }
  return participle;
}

/**
 * Nouns after which a quotation names something (صحيفة «وول ستريت جورنال»، عملية «درع الوطن»، لـ«رويترز»),
 * and a short one after a verb of saying:
 * the organisations that introduce a name, and campaigns, events and outlets; titles of works are followsTitleHead's.
 */
const NAME_HEADS = new Set([
  ...ORGANISATION_TRIGGERS,
  ...'عملية حملة مبادرة خطة مشروع مؤتمر قمة منتدى مهرجان موقع شبكة منصة تطبيق وسم هاشتاغ مسلسل'.split(' ').map(foldLetters),
]);

function namesSomething(paragraph: Paragraph, open: number, close: number): boolean {
  const at = open - paragraph.start;
  if (followsTitleHead(paragraph.text, at)) return true;
  const word = wordBeforeOpener(paragraph.text, at);
  if (!word) return false;
  // A short name right after a verb of saying is who speaks or asks (قالت «رويترز» إن، سألت «الصحيفة» المارة),
  // where words said take a colon (قال: «لا»).
  if (isSpeechVerb(word)) return labelWords(slice(paragraph, open + 1, close), false).length < MIN_QUOTATION_WORDS;
  const folded = foldLetters(word);
  // A preposition written apart (لـ«رويترز»، بـ«الخيانة»; not the و of و«…», another quotation), or a head with one before it (لصحيفة).
  return folded === 'ل' || folded === 'ب' || NAME_HEADS.has(folded) || NAME_HEADS.has(folded.replace(/^[وفبل]/, ''));
}

/** Whether nothing but punctuation stands between the sentence's start (or `from`) and `at`: `«…»، قال الوزير`. */
function opensSentence(paragraph: Paragraph, from: number, at: number): boolean {
  const window = tokens(paragraph, from, at);
  for (let i = window.length - 1; i >= 0; i--) {
    if (SENTENCE_END.has(window[i].text)) return true;
    if (window[i].isWord) return false;
  }
  return true;
}

/**
 * `بقلم سارة الكعبي`, `كتب: أحمد صبحي`, `إعداد - فلان`, `حاوره: سامر الخطيب`: a short line that credits the
 * writer. كتب and the like only with a colon or dash after them: `كتب الرئيس على حسابه …` opens a lede.
 */
const BYLINE = /^[*_\s]*(?:بقلم(?=[\s:])|(?:كتب|كتبت|إعداد|اعداد|ترجمة|حاوره|حاورته|حاورها|حاورهم|حاورتها|حاورتهم)\s*[:\-–—])/u;
const BYLINE_MAX_WORDS = 8;

/** A Markdown picture alone in its paragraph (`![الوزير في الجلسة](a.jpg)`): above the lede, no lede. */
const PICTURE_ALONE = /^!\[[^\]\n]*\]\([^)\n]*\)\s*$/;

function isPictureAlone(source: string, paragraph: Paragraph): boolean {
  return PICTURE_ALONE.test(source.slice(paragraph.start, paragraph.end));
}

function isByline(text: string): boolean {
  return BYLINE.test(text) && text.split(/\s+/).length <= BYLINE_MAX_WORDS;
}

/** The name a byline credits an interview to: `حاوره: سامر الخطيب`. */
const INTERVIEWER_BYLINE = /^[*_\s]*حاور(?:ه|ته|ها|هم|تها|تهم)\s*[:\-–—]\s*([^*_\n]*[^*_\s])/u;

/**
 * Who speaks each turn of an interview: the name it opens with, else for an answer the guest the intro
 * (what comes before the first turn) names, for a question the interviewer a byline names.
 */
function turnSpeakers(paragraphs: readonly Paragraph[], turns: ReadonlyMap<number, InterviewTurn>): (turn: InterviewTurn) => string | undefined {
  const first = turns.keys().next();
  if (first.done) return () => undefined;
  const guest = guestIn(paragraphs.slice(0, first.value));
  let interviewer: string | undefined;
  paragraphs.forEach((paragraph, i) => {
    if (interviewer === undefined && !turns.has(i) && isByline(paragraph.text)) interviewer = INTERVIEWER_BYLINE.exec(paragraph.text)?.[1];
  });
  return (turn) => turn.speaker ?? (turn.role === 'answer' ? guest : interviewer);
}

/** Verbs that say who was interviewed (حاورت «الصحيفة» الوزير، التقت «الصحيفة» بالوزير), letter-folded, without و/ف. */
const INTERVIEW_VERBS = new Set('حاور حاورت حاورنا'.split(' ').map(foldLetters));
const MEETING_VERBS = new Set('التقى التقت التقينا'.split(' ').map(foldLetters));
/** Nouns that do before مع (في حوار مع الوزير، أجرت «الصحيفة» حوارا خاصا معه), and what may stand between. */
const INTERVIEW_NOUNS = new Set('حوار حوارا حديث حديثا مقابلة لقاء'.split(' ').map(foldLetters));
const INTERVIEW_QUALIFIERS = new Set('خاص خاصا خاصة صحفي صحفيا مطول مطولا'.split(' ').map(foldLetters));
const WITH = new Set([foldLetters('مع')]);
/** An outlet that does the interviewing (حاورت الصحيفة الوزير، التقت مجلة «الأسبوع» بالوزير), letter-folded, without the article. */
const OUTLETS = new Set('صحيفة جريدة مجلة قناة وكالة موقع إذاعة شبكة'.split(' ').map(foldLetters));
const OPENING_QUOTES = new Set(['«', '"', '“']);
const CLOSING_QUOTES = new Set(['»', '"', '”']);
/** Whether the token is one of `words` (letter-folded), or one with و or ف before it (وحاورت، ومع). */
function isOneOf(words: ReadonlySet<string>, token: Token | undefined): boolean {
  if (!token?.isWord) return false;
  const folded = foldLetters(token.text);
  return words.has(folded) || (/^[وف]/.test(folded) && words.has(folded.slice(1)));
}

/**
 * The guest an interview's intro names: after حاور (حاورت «الصحيفة» وزير المالية سامي العلي حول …) or a
 * حوار مع (في حوار مع وزير المالية)، else after التقى (التقت «الصحيفة» بالوزير), which may be the guest's
 * own meeting in a profile; else the one the headline gives the interview to (الوزير لـ«الصحيفة»: …).
 */
function guestIn(intro: readonly Paragraph[]): string | undefined {
  let met: string | undefined;
  for (const paragraph of intro) {
    const window = tokens(paragraph, paragraph.start, paragraph.end);
    for (let i = 0; i < window.length; i++) {
      const meeting = isOneOf(MEETING_VERBS, window[i]);
      let at: number | undefined;
      if (meeting || isOneOf(INTERVIEW_VERBS, window[i])) {
        at = afterOutlet(window, i + 1);
        if (isOneOf(WITH, window[at])) at++;
      } else if (isOneOf(INTERVIEW_NOUNS, window[i])) {
        const next = isOneOf(INTERVIEW_QUALIFIERS, window[i + 1]) ? i + 2 : i + 1;
        if (isOneOf(WITH, window[next])) at = next + 1;
      }
      if (at === undefined || (meeting && met !== undefined)) continue;
      const guest = speakerAfter(withoutPreposition(window.slice(at, at + MAX_SPEAKER_WORDS + NAME_REACH + 2)), 0)?.text;
      if (guest !== undefined && !meeting) return guest;
      met ??= guest;
    }
  }
  const headline = intro.find((p) => p.isHeadline);
  return met ?? (headline && headlineGuest(tokens(headline, headline.start, headline.end)));
}

/** Past the outlet that interviews, at `at`: a quoted name («الصحيفة»), an outlet noun, or the noun and its quoted name. */
function afterOutlet(window: readonly Token[], at: number): number {
  const outlet = window[at];
  let i = outlet?.isWord && OUTLETS.has(withoutArticle(foldLetters(outlet.text))) ? at + 1 : at;
  if (!OPENING_QUOTES.has(window[i]?.text ?? '')) return i;
  const limit = Math.min(window.length, i + MAX_SPEAKER_WORDS);
  for (let k = i + 1; k < limit; k++) if (CLOSING_QUOTES.has(window[k].text)) return k + 1;
  return i;
}

/** `بالوزير` after التقى: the guest is الوزير. */
function withoutPreposition(window: Token[]): Token[] {
  const first = window[0];
  return first?.isWord ? [withoutPrepositionOnArticle(first), ...window.slice(1)] : window;
}

/** Whether ب، ك or ل is written onto the word's article, with و or ف before it: بالكاتبة، كالرئيس، وللوزير. */
function hasPrepositionOnArticle(text: string): boolean {
  const prefix = definitePrefixLength(text);
  return prefix > 0 && (text.startsWith('لل', prefix - 2) || (prefix > 2 && (text[prefix - 3] === 'ب' || text[prefix - 3] === 'ك')));
}

/** The word without a preposition written onto its article (بالكاتبة → الكاتبة، للوزير → الوزير); else itself. */
function withoutPrepositionOnArticle(token: Token): Token {
  if (!hasPrepositionOnArticle(token.text)) return token;
  const prefix = definitePrefixLength(token.text);
  const rest = token.text.slice(prefix);
  // ل and the article merge into لل: the word then has no ال of its own to start at.
  const merged = token.text.startsWith('لل', prefix - 2);
  return { ...token, text: 'ال' + rest, start: token.end - rest.length - (merged ? 0 : 2) };
}

/** `وزير المالية سامي العلي لـ«الصحيفة»: …` or `… للصحيفة: …`: the words before whom the interview was given. */
function headlineGuest(window: readonly Token[]): string | undefined {
  const colon = window.findIndex((t) => t.text === ':');
  let end = colon - 1;
  if (CLOSING_QUOTES.has(window[end]?.text ?? '')) {
    let open = end - 1;
    while (open > 0 && !OPENING_QUOTES.has(window[open].text)) open--;
    if (foldLetters(window[open - 1]?.text ?? '') !== 'ل') return undefined;
    end = open - 1;
  } else if (!window[end]?.isWord || !ADDRESSEE.test(foldLetters(window[end].text))) return undefined;
  const words = window.slice(0, end);
  return words.length > 0 && words.length <= MAX_SPEAKER_WORDS && words.every((w) => w.isWord) ? words.map((w) => w.text).join(' ') : undefined;
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
    const last = out[out.length - 1];
    // The dot of an abbreviation goes with it (وزيرة الصحة د. منى الراشد): no sentence end, no break in a speaker.
    if (m[0] === '.' && last?.isWord && last.end === start && isAbbreviationDot(paragraph, start)) {
      last.text += '.';
      last.end++;
      continue;
    }
    out.push({ text: m[0], start, end: start + m[0].length, isWord: /\p{L}/u.test(m[0]) });
  }
  return out;
}

/**
 * Whether the dot at `dot` closes an abbreviation (د.، م.) and ends no sentence of the paragraph there: an
 * era's dot after its year may also be the full stop (عام 2015م. وقال …).
 */
function isAbbreviationDot(paragraph: Paragraph, dot: number): boolean {
  if (!closesAbbreviation(paragraph.text, dot - paragraph.start)) return false;
  const sentence = paragraph.sentences.find((s) => s.start <= dot && dot < s.end);
  return sentence !== undefined && /[\p{L}\p{N}]/u.test(slice(paragraph, dot + 1, sentence.end));
}

const NOT = foldLetters('عدم');

/**
 * `وقال الوزير …: «…»`: the last verb of saying in the same sentence before the quotation, and its subject:
 * the one after it, else one written before it.
 */
function sayingBefore(paragraph: Paragraph, from: number, open: number, people: People): Saying | undefined {
  const window = tokens(paragraph, from, open);
  for (let i = window.length - 1; i >= 0; i--) {
    const token = window[i];
    if (SENTENCE_END.has(token.text)) return undefined;
    // After عدم it is a verbal noun (طلب عدم ذكر اسمه), no verb.
    if (token.isWord && isSpeechVerb(token.text) && !(i > 0 && foldLetters(window[i - 1].text) === NOT)) {
      return { verb: token.text, speaker: speakerAfter(window, i + 1) ?? speakerBefore(window, i) ?? sharedSubject(paragraph, window, i, people) };
    }
    const cited = token.isWord ? CITED_SAYING.get(foldLetters(token.text)) : undefined;
    const from = cited === undefined ? undefined : citedFrom(window, i);
    if (cited !== undefined && from !== undefined) return { verb: cited, speaker: speakerAfter(window.slice(0, i), from + 1) };
  }
  return undefined;
}

/**
 * `ونقلت الوكالة عن الوزير قوله: «…»`: the words a report cites, by the pronoun of قول, with the verb of
 * saying that agrees with it in gender and number (for carrying the speaker over).
 */
const CITED_SAYING: ReadonlyMap<string, string> = new Map(
  [
    ['قوله', 'قال'],
    ['قولها', 'قالت'],
    ['قولهما', 'قالا'],
    ['قولهم', 'قالوا'],
    ['قولهن', 'قلن'],
  ].map(([noun, verb]) => [foldLetters(noun), verb]),
);
const CITED_FROM = foldLetters('عن');

/** The عن that names whom `قوله` at `at` cites, in the sentence before it; without one قوله names no speaker. */
function citedFrom(window: Token[], at: number): number | undefined {
  for (let i = at - 1; i >= 0; i--) {
    if (SENTENCE_END.has(window[i].text)) return undefined;
    if (window[i].isWord && foldLetters(window[i].text) === CITED_FROM) return i;
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

/** The participles that qualify a saying and go on with its subject: `وتابع قائلا`، `مضيفا أن`. */
const PARTICIPLES_OF_SAYING = 'قائلا قائلة مضيفا مضيفة موضحا موضحة مؤكدا مؤكدة مشيرا مشيرة متابعا متابعة معتبرا معتبرة محذرا محذرة';
/** The participles of saying that go on with the subject of the sentence (مضيفا، مشيرة), letter-folded. */
const SAYING_PARTICIPLES = new Set(PARTICIPLES_OF_SAYING.split(' ').map(foldLetters));

// Words that end a speaker phrase: prepositions, time words (the bare weekday of wire copy, `قال الوزير
// الثلاثاء`), the particles that start reported speech (`قال الوزير في مؤتمر صحفي إن …`) and the adverbs
// and participles that qualify the saying (`وتابع قائلا`، `وأكد الوزير مجددا`), and the objects of a verb of
// stressing after its subject (`وأكد الوزير ضرورة «…»`), letter-folded.
const SPEAKER_STOP_WORDS = new Set(
  (
    'في من عن على إلى إلا أن إن أنه أنها أنهم أنهن أنا أننا بأن بأنه بأنها بأنهم خلال أمام عقب بعد قبل يوم اليوم أمس مساء صباح ' +
    'الليلة عبر لدى حول مع منذ أيضا بدوره بدورها كما حين عندما بينما لكن ثم وقد قد ' +
    'الأسبوع الشهر يومها حينها آنذاك يومذاك ' +
    // What a guest goes on to do in an interview's intro: في حوار مع الوزير تحدث عن خططه.
    'تحدث تحدثت يتحدث تتحدث كشف كشفت يكشف تكشف ' +
    'لي لنا لك لكم له لها لهم لهما به بها بهم عليه عليها عليهم عنه عنها عنهم فيه فيها فيهم منه منها منهم إليه إليها إليهم ' +
    'السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة ' +
    'مجددا كذلك دائما أحيانا ' +
    PARTICIPLES_OF_SAYING +
    ' ' +
    // What a verb of stressing takes after its subject: وأكد الوزير ضرورة «…».
    'ضرورة أهمية ' +
    // A clause on the speaker: وقال الضابط الذي شارك في العملية، وقال ضابط طلب عدم نشر اسمه.
    'الذي التي الذين اللذان اللتان اللواتي اللاتي طلب طلبت طلبوا رفض رفضت رفضوا فضل فضلت فضلوا'
  )
    .split(' ')
    .map(foldLetters),
);
/**
 * `للصحفيين`, `لوكالة`, `لأنصاره`: who the speaker spoke to, not who spoke. Not any ل: a title goes on
 * with one (رئيسة المجلس القومي للمرأة، الرئيس التنفيذي للشركة).
 */
const ADDRESSEE = /^لل?(صحفي|صحافي|صحاف|اعلام|مراسل|وكاله|صحيفه|قناه|موقع|تلفزيون|اذاعه|شبكه|رويترز|جزيره|عربيه|اناضول|مجله|حشود|جمهور|حضور|حاضرين|انصار|برلمان|نواب)/;

function isSpeakerStop(word: string): boolean {
  const folded = foldLetters(word);
  // على folds to علي, which is also a name (قال علي حسن).
  if (folded === 'علي' && !normalizeLight(word).endsWith('ى')) return false;
  // A proclitic written apart from what it governs: لـ«رويترز».
  if (folded.length === 1) return true;
  return SPEAKER_STOP_WORDS.has(folded) || ADDRESSEE.test(folded) || isSpeechVerb(word);
}

/**
 * Posts held in an institution, letter-folded, without the article: `مسؤول في وزارة الخارجية`، `مدير الإعلام
 * في الهيئة`، `القيادي في حركة فتح` are whole speakers, where `الوزير في مؤتمر صحفي` and `رئيس الوزراء في
 * البرلمان` say where the words were said.
 */
const POSTS = new Set(
  (
    'مسؤول مسؤولة مسؤولون مسؤولين مصدر مصادر مدير مديرة موظف موظفة موظفون ضابط ضباط عضو عضوة أعضاء ' +
    'باحث باحثة أستاذ أستاذة خبير خبيرة خبراء طبيب طبيبة أطباء مستشار مستشارة محلل محللة نائب نائبة نواب ' +
    'مهندس مهندسة قيادي قيادية قياديون قياديين ناشط ناشطة ناشطون متحدث متحدثة مراسل مراسلة مراقب مراقبة مراقبون'
  )
    .split(' ')
    .map(foldLetters),
);
/** A post of one of many (أحد المسؤولين، إحدى الموظفات). */
const ONE_OF = new Set(['أحد', 'إحدى'].map(foldLetters));
/** Junior ministers, who serve in a ministry: وزير الدولة في وزارة الخارجية. */
const MINISTER_OF_STATE = new Set(['وزير الدولة', 'وزيرة الدولة'].map(foldLetters));
/**
 * What a post is held in, letter-folded, without the article: an institution (besides the nouns that
 * introduce an organisation's name), a place (مدير المياه في المحافظة) or a field (الخبير في شؤون المياه).
 */
const POST_PLACES = new Set([
  ...ORGANISATION_TRIGGERS,
  ...PLACE_TRIGGERS,
  ...(
    'وزارة مجلس حكومة جيش شرطة برلمان أمم اتحاد سفارة قنصلية مكتب مركز لجنة مستشفى محكمة نيابة قوات حرس ' +
    'إدارة دائرة مديرية سلطة مفوضية صندوق رئاسة خارجية داخلية بلدة شؤون مجال'
  )
    .split(' ')
    .map(foldLetters),
]);
/** The MP for a constituency or a party (النائب عن المنطقة، النائبة عن حزب الأمة). */
const MEMBER_OF_PARLIAMENT = new Set(['نائب', 'نائبة'].map(foldLetters));
const IN = foldLetters('في');
const FOR = foldLetters('عن');
/** How many words after `في` a post's speaker may reach for the name it goes on to: في غزة ‹محمد›، في البلدة ‹سعاد›. */
const NAME_REACH = 2;

const hasArticle = (folded: string) => folded.startsWith('ال');
const withoutArticle = (folded: string) => (hasArticle(folded) ? folded.slice(2) : folded);
const isGivenName = (word: string) => {
  const folded = foldLetters(word);
  return (GIVEN_NAMES.has(folded) || FOREIGN_GIVEN_NAMES.has(folded)) && !AMBIGUOUS_GIVEN_NAMES.has(folded);
};

/** Whether the speaker so far names a post (مسؤول، مدير الإعلام، أحد المسؤولين، وزير الدولة). */
function namesPost(speaker: readonly Token[]): boolean {
  const first = foldLetters(speaker[0]?.text ?? '');
  const post = ONE_OF.has(first) ? speaker[1]?.text : speaker[0]?.text;
  return (post !== undefined && POSTS.has(withoutArticle(foldLetters(post)))) || (speaker.length === 2 && MINISTER_OF_STATE.has(`${first} ${foldLetters(speaker[1].text)}`));
}

/**
 * Whether a stop word at `at` goes on the speaker instead of ending it: `في` after a post, before what the
 * post is held in or before the name the speaker goes on to (`مدير مستشفى الشفاء في غزة محمد …`), and `عن`
 * of an MP's constituency.
 */
function goesOnSpeaker(speaker: readonly Token[], window: readonly Token[], at: number): boolean {
  const word = foldLetters(window[at].text);
  if (word === FOR) return speaker.length === 1 && MEMBER_OF_PARLIAMENT.has(withoutArticle(foldLetters(speaker[0].text)));
  if (word !== IN || !namesPost(speaker)) return false;
  const next = window[at + 1];
  if (next?.isWord && POST_PLACES.has(withoutArticle(foldLetters(next.text)))) return true;
  for (let k = at + 1; k <= at + NAME_REACH + 1 && k < window.length; k++) {
    const token = window[k];
    if (!token.isWord || isSpeakerStop(token.text)) return false;
    if (k > at + 1 && isGivenName(token.text)) return true;
  }
  return false;
}

/** Whom or of whom the words were said, right after the verb and before its subject: وقال لنا المهندسون، وقال عنها زميلها. */
const SAID_TO = new Set('لي لنا لك لكم له لها لهم لهما عني عنا عنه عنها عنهم'.split(' ').map(foldLetters));

function speakerAfter(window: Token[], from: number): Saying['speaker'] {
  const words: Token[] = [];
  // قال and its kin take the words said, never a noun: after them a noun in ة goes on the subject (وقالت الطبيبة رحمة).
  const takesObject = from > 0 && !SAYING_WITHOUT_OBJECT.test(foldLetters(window[from - 1].text));
  for (let i = from; i < window.length && words.length < MAX_SPEAKER_WORDS; i++) {
    const token = window[i];
    if (!token.isWord) break;
    if (i === from && SAID_TO.has(foldLetters(token.text))) continue;
    if (isSpeakerStop(token.text) && !goesOnSpeaker(words, window, i)) break;
    if (takesObject && words.length > 0 && isObjectAfterSubject(words[words.length - 1].text, token.text, window[i + 1])) break;
    words.push(token);
  }
  if (words.length === 0) return undefined;
  return { text: words.map((w) => w.text).join(' '), span: { start: words[0].start, end: words[words.length - 1].end } };
}

/** قال، أضاف، تابع، أردف (folded, with و or ف): verbs that take what was said and no noun besides. */
const SAYING_WITHOUT_OBJECT = /^[وف]?(?:قال|قالت|قالوا|قالا|اضاف|اضافت|اضافوا|تابع|تابعت|اردف|اردفت)$/;

/**
 * `وأعلنت أمانته العامة | استقالة جماعية`: a noun in ة without the article right after a definite word,
 * and before no word with it, is what the verb announces, not the subject going on; not a given name, a
 * title or post in apposition (الناطقة باسم الوزارة مديرة الإعلام), a name before its family's (الطبيبة رحمة
 * السيد), nor a word led by ل or ب (الأمين العام لجامعة الدول العربية).
 */
function isObjectAfterSubject(before: string, word: string, next: Token | undefined): boolean {
  const folded = foldLetters(word);
  const definite = foldLetters(before);
  if (!folded.endsWith('ه') || hasArticle(folded) || folded[0] === 'ل' || folded[0] === 'ب') return false;
  if (next?.isWord && hasArticle(foldLetters(next.text))) return false;
  // Any given name, one that is a word too among them (الفنانة جميلة بوحيرد).
  if (GIVEN_NAMES.has(folded) || FOREIGN_GIVEN_NAMES.has(folded)) return false;
  return (hasArticle(definite) || /.(?:ه|ها|هم)$/.test(definite)) && !opensNounPhrase(word);
}

/** كان before the subject of a verb of saying (وكان الوزير قد قال). */
const BEFORE_SUBJECT_AUXILIARIES = new Set('كان كانت كانوا'.split(' ').map(foldLetters));
/** What stands between a subject and its verb of saying: والوزير كان قد قال، الحكومة قد أعلنت. */
const AUXILIARIES = new Set([...'قد لقد'.split(' ').map(foldLetters), ...BEFORE_SUBJECT_AUXILIARIES]);
/**
 * Particles that a subject before its verb follows, outside it: لكن صندوق النقد قال، أما هدى ناصر فترى،
 * إلا أن الوزير قال.
 */
const CLAUSE_OPENERS = new Set('لكن أما بينما فيما ثم إذ أن إن لأن بأن'.split(' ').map(foldLetters));
/** أما … فـ: what stands between them is the subject, whatever its first word (أما هدى ناصر فترى). */
const TOPIC = new Set([foldLetters('أما')]);
const RELATIVE_PRONOUNS = new Set('الذي التي الذين اللذان اللتان اللواتي اللاتي'.split(' ').map(foldLetters));
/** Kin of the one who tells, who speak in vox pops and features: أبي يقول دائما. */
const KIN = new Set('أبي أمي جدي جدتي أخي أختي والدي والدتي زوجي زوجتي ابني ابنتي'.split(' ').map(foldLetters));
/** A phrase of time before a verb says when, not who: العام الماضي قال، السنة المقبلة. */
const TIME_NOUNS = new Set('العام السنة'.split(' ').map(foldLetters));
const TIME_ADJECTIVES = new Set('الماضي الماضية المنصرم الفائت المقبل المقبلة'.split(' ').map(foldLetters));
const COMMAS = new Set(['،', ',']);

/** Whether a noun phrase that may speak opens with the word: the article, a title or post, an institution, kin, a given name. */
function opensNounPhrase(word: string): boolean {
  const folded = foldLetters(word);
  const bare = withoutArticle(folded);
  return bare !== folded || PERSON_TITLES.has(folded) || POSTS.has(withoutTanween(bare)) || POST_PLACES.has(bare) || KIN.has(folded) || isGivenName(word);
}

/**
 * The subject written before its verb of saying, when none follows it: `لكن صندوق النقد الدولي قال في تقريره
 * إن`، `أبي يقول دائما`، `أما هدى ناصر فترى أن`، `والوزير كان قد قال`، `الرئيس الأميركي، الذي زار المنطقة، قال`.
 * Only a noun phrase that opens its clause: one after a preposition or a time word says where or when the
 * words were said (وفي المؤتمر قال، بعد الاجتماع قال).
 */
function speakerBefore(window: readonly Token[], verbAt: number): Saying['speaker'] {
  let i = verbAt - 1;
  while (i >= 0 && isOneOf(AUXILIARIES, window[i])) i--;
  if (i > 0 && isOneOf(RELATIVE_PRONOUNS, window[i]) && COMMAS.has(window[i - 1].text)) return antecedent(window, i - 2);
  if (i >= 0 && COMMAS.has(window[i].text)) i = beforeRelativeClause(window, i);
  const words: Token[] = [];
  let topic = false;
  for (; i >= 0 && window[i].isWord; i--) {
    const token = window[i];
    if (isOneOf(CLAUSE_OPENERS, token)) {
      topic = isOneOf(TOPIC, token);
      break;
    }
    // وكان الوزير قد قال: كان opens the clause; its subject is the speaker.
    if (isOneOf(BEFORE_SUBJECT_AUXILIARIES, token)) break;
    // الرئيس الذي زار المنطقة قال: the subject is before the clause on him.
    if (isOneOf(RELATIVE_PRONOUNS, token)) {
      words.length = 0;
      continue;
    }
    // A post in an institution (أن مسؤولا في الوفد قال): في goes on the subject, as after the verb.
    const inPost = foldLetters(token.text) === IN && i > 0 && namesPost([{ ...window[i - 1], text: withoutTanween(window[i - 1].text) }]);
    if (words.length === MAX_SPEAKER_WORDS || (!inPost && (isSpeakerStop(token.text) || isSpeakerStop(token.text.replace(CONJUNCTION, ''))))) return undefined;
    words.unshift(token);
  }
  if (words.length === 0) return undefined;
  let first = words[0];
  if (!topic && !opensNounPhrase(first.text)) {
    // والوزير كان قد قال: the conjunction is no part of the subject.
    const bare = first.text.replace(CONJUNCTION, '');
    if (bare === first.text || !opensNounPhrase(bare)) return undefined;
    first = { ...first, text: bare, start: first.end - bare.length };
  }
  const last = words[words.length - 1];
  if (TIME_NOUNS.has(foldLetters(first.text)) || TIME_ADJECTIVES.has(foldLetters(last.text))) return undefined;
  return { text: [first, ...words.slice(1)].map((w) => w.text).join(' '), span: { start: first.start, end: last.end } };
}

/**
 * `بحسب وزير الداخلية عبد الوافي لفتيت، الذي قال إن`: the one a relative clause of saying is on, the noun
 * phrase that ends at `last`, after whatever word governs it (a preposition, a verb).
 */
function antecedent(window: readonly Token[], last: number): Saying['speaker'] {
  let first = last;
  while (first > 0 && last - first + 1 < MAX_SPEAKER_WORDS && window[first - 1].isWord && !isSpeakerStop(window[first - 1].text) && !headsNounPhraseAfter(window[first], window[first - 1])) first--;
  // A preposition written onto the phrase opens it (أشاد الحضور | بالكاتبة سعاد الصباح); else its first
  // word that may open one does, past what governs it (بحسب، التقى الوفد).
  let governed = false;
  for (let k = last; k >= first && !governed; k--) if (hasPrepositionOnArticle(window[k].text)) [first, governed] = [k, true];
  if (!governed) while (first <= last && !opensNounPhrase(window[first].text)) first++;
  if (first > last) return undefined;
  const words = [withoutPrepositionOnArticle(window[first]), ...window.slice(first + 1, last + 1)];
  return { text: words.map((w) => w.text).join(' '), span: { start: words[0].start, end: window[last].end } };
}

/**
 * A title or post without the article after a word with it heads a noun phrase of its own: the verb's
 * subject ends before it (التقى الوفد | رئيس الوزراء); a name after a title goes on with it (وزير الداخلية عبد الوافي).
 */
function headsNounPhraseAfter(word: Token, before: Token): boolean {
  const folded = foldLetters(word.text);
  return !hasArticle(folded) && !isGivenName(word.text) && opensNounPhrase(word.text) && hasArticle(foldLetters(before.text));
}

const CONJUNCTION = /^[وف](?=.)/;
/** A noun in the accusative after أن or إن: مسؤولا، مصدرا. */
const withoutTanween = (word: string) => word.replace(/(?<=..)اً?$/, '');

/** Before `، الذي زار المنطقة،` that ends at the comma at `comma`: where the subject it is on ends, or -1. */
function beforeRelativeClause(window: readonly Token[], comma: number): number {
  for (let k = comma - 1; k > 0; k--) {
    if (SENTENCE_END.has(window[k].text)) return -1;
    if (COMMAS.has(window[k].text)) return isOneOf(RELATIVE_PRONOUNS, window[k + 1]) ? k - 1 : -1;
  }
  return -1;
}

/**
 * `وتعمل الحكيم منذ عشرين عاما في ترميم البيوت، وتقول: «…»`: a verb of saying with no subject of its own
 * shares the subject of the verb that opens its sentence, or the sentence before when it opens its own, if
 * the two verbs agree. The subject is a person the article names, one noun (وتوجهت الوزيرة إلى …) or a
 * given name and a surname: a longer phrase may run on into the first verb's object (وزار الوزير المستشفى).
 */
function sharedSubject(paragraph: Paragraph, window: readonly Token[], verbAt: number, people: People): Saying['speaker'] {
  let start = sentenceStart(window, verbAt);
  if (start === verbAt) {
    if (start === 0) return undefined;
    start = sentenceStart(window, start - 1);
  }
  start = afterLeadingAdverbial(window, start, verbAt);
  const opener = window[start];
  if (!opener.isWord || opensNounPhrase(opener.text) || isSpeakerStop(opener.text.replace(CONJUNCTION, ''))) return undefined;
  if (agreementOf(opener.text) !== agreementOf(window[verbAt].text)) return undefined;
  const subject = speakerAfter(window.slice(0, verbAt), start + 1);
  if (!subject) return undefined;
  const words = subject.text.split(' ');
  const [first, second] = [window[start + 1], window[start + 2]];
  // The name the article has for a person, alone or after a title (المهندسة سعاد الحكيم، وزير الخارجية
  // المغربي ناصر بوريطة), ends the subject, as a second title does (الرئيس | نظيره …).
  const named = people.get(first.start) ?? (second && PERSON_TITLES.has(foldLetters(first.text)) ? endOfTitledSubject(window, start + 2, subject.span.end, people) : undefined);
  if (named !== undefined && named <= subject.span.end) return { text: slice(paragraph, subject.span.start, named).replace(/\s+/g, ' '), span: { start: subject.span.start, end: named } };
  // Else one noun (الوزيرة، الحكيم), a given name with a surname (سمير الحداد).
  if (words.length === 1 && opensNounPhrase(words[0])) return subject;
  return words.length <= 2 && isGivenName(words[0]) ? subject : undefined;
}

/**
 * Past a phrase that opens a sentence before its verb and ends at a comma (في المقابل، من جهته، بدوره، إلى
 * ذلك): where the verb the sentence opens with stands, or `start` if there is no such phrase.
 */
function afterLeadingAdverbial(window: readonly Token[], start: number, verbAt: number): number {
  if (!window[start].isWord || !isSpeakerStop(window[start].text.replace(CONJUNCTION, ''))) return start;
  for (let i = start + 1; i < Math.min(verbAt, start + MAX_LEADING_ADVERBIAL + 1); i++) {
    if (COMMAS.has(window[i].text)) return i + 1 < verbAt ? i + 1 : start;
    if (!window[i].isWord) return start;
  }
  return start;
}

/** The words of a phrase before a sentence's verb, up to its comma: في المقابل، من جهة أخرى، في غضون ذلك. */
const MAX_LEADING_ADVERBIAL = 3;

/**
 * Where a subject that opens with a title (at `from` - 1) ends, before `end`: after the name of a person the
 * article names, if one comes first (وزير الخارجية المغربي ناصر بوريطة); before another title after a word
 * with the article, which starts the verb's object (الرئيس | نظيره الفرنسي إيمانويل ماكرون), where one
 * after a title in construct is part of it (نائب رئيس الوزراء); else unknown.
 */
function endOfTitledSubject(window: readonly Token[], from: number, end: number, people: People): number | undefined {
  for (let k = from; k < window.length && window[k].isWord && window[k].end <= end; k++) {
    const named = people.get(window[k].start);
    if (named !== undefined) return named;
    if (PERSON_TITLES.has(foldLetters(window[k].text)) && foldLetters(window[k - 1].text).startsWith('ال')) return window[k - 1].end;
  }
  return undefined;
}

/** The first token of the sentence the token at `at` is in, within the window. */
function sentenceStart(window: readonly Token[], at: number): number {
  while (at > 0 && !SENTENCE_END.has(window[at - 1].text)) at--;
  return at;
}

/**
 * The speaker of each quotation in article order: named by its verb of saying, or carried over from the
 * last named speaker when the verb names none (`وأضاف: «…»`) and agrees with it in gender and number.
 */
class SpeakerTracker {
  private last: { text: string; agreement: string } | undefined;
  private runningOn: Pick<OutlineQuotation, 'speaker'> | undefined;

  /** Names no speaker to carry over any more. */
  forget(): void {
    this.last = undefined;
  }

  /** The quotation that ends its paragraph open goes on in the next, said by `speaker`. */
  runOn(speaker: string | undefined): void {
    this.runningOn = speaker === undefined ? {} : { speaker };
  }

  /** The speaker of the quotation running on from the paragraph before, if one does. */
  takeRunningOn(): Pick<OutlineQuotation, 'speaker'> | undefined {
    const running = this.runningOn;
    this.runningOn = undefined;
    return running;
  }

  resolve(saying: Saying): Pick<OutlineQuotation, 'speaker' | 'speakerSpan'> | undefined {
    // A verb before its subject is singular whatever the subject's number (وقال المسؤولون): the subject shows it.
    const agreement = saying.speaker && isPluralSpeaker(saying.speaker.text) ? 'plural' : agreementOf(saying.verb);
    if (saying.speaker) {
      this.last = { text: saying.speaker.text, agreement };
      return { speaker: saying.speaker.text, speakerSpan: saying.speaker.span };
    }
    // فأجاب بأن «…»: who answers is who was asked, not who spoke last.
    if (isAnswerVerb(saying.verb)) return undefined;
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

/** Broken plurals that speak in wire copy, letter-folded, without the article. */
const PLURAL_NOUNS = new Set('شهود سكان نشطاء أطباء خبراء زعماء وزراء قادة عمال ضباط جنود أهالي'.split(' ').map(foldLetters));

/**
 * `المسؤولون`, `دبلوماسيون`, `مسعفون`, `شهود`: a speaker whose first word is a plural, sound (an -ون after
 * the article, a nisba or a participle's م-, not a name such as مأمون or هارون) or broken.
 */
function isPluralSpeaker(speaker: string): boolean {
  const word = foldLetters(speaker.split(' ')[0]);
  const bare = word.replace(/^ال/, '');
  return PLURAL_NOUNS.has(bare) || (/ون$/.test(bare) && bare.length >= 5 && (word !== bare || /يون$/.test(bare) || /^م.{3,}ون$/.test(bare)));
}

function slice(paragraph: Paragraph, from: number, to: number): string {
  return paragraph.text.slice(from - paragraph.start, to - paragraph.start);
}

/** The words of prose as a reader sees them: no masked runs, no Markdown emphasis, link or image brackets. */
function labelWords(prose: string, markdown: boolean): string[] {
  let text = prose.split(OPAQUE).join(' ');
  // A table row's pipes part its cells.
  if (markdown) text = text.replace(/!(?=\[)|[*_[\]|]+/g, ' ');
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
