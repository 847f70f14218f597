import { Attached } from '../attached';
import { BoundedCache, detached } from '../bounded-cache';
import type { Sentence, Word } from './article';
import { datelineLength } from './dateline';
import { contentStem, foldLetters, normalizeLight } from './normalize';
import { forEachOpaqueRun, maskedContent, OPAQUE } from './prose';
import { perSpelling, SpellingRows } from './spellings';

// The forms in which sentences are compared for repetition (editorial-rules.md §1): an exact key that
// ignores quotes, punctuation, spacing and diacritics, and the set of content-word stems for near
// duplicates. Each sentence keeps its forms, and the language server keeps them by sentence text across
// edits (SentenceFormCache).

/** What most sentences have no numbers and quoted parts in: shared, so frozen. */
const NONE: readonly never[] = Object.freeze([]);

/** Shorter sentences are formulas (`وأضاف المتحدث.`) that repeat by nature. */
const MIN_CONTENT_WORDS = 5;

export interface QuotedPart {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  key: string;
}

export interface SentenceForm {
  /**
   * Equal for sentences with the same letter-folded words in the same order, dateline left out: each
   * distinct folded word is a number, written as one UTF-16 code unit or two (short to build and to
   * hash; see addKeyId). A masked URL or e-mail address counts as a word, by what it hides.
   */
  key: string;
  /**
   * Its distinct content stems (function words, saying verbs and one- or two-letter words left out) as
   * numbers below {@link STEM_ID_LIMIT}, one per stem among cached forms, for fast set arithmetic.
   */
  stemIds: readonly number[];
  /** The figures and masked runs (URLs, e-mail addresses) among its stems: differing ones tell two facts apart. */
  figures: readonly string[];
  /** Long enough, and not a list of names, to be compared at all. */
  comparable: boolean;
  /** Comparable stretches between quote marks whose key differs from the whole sentence's. */
  quotedParts: readonly QuotedPart[];
  /** The generation of ids that `key` and `stemIds` are made of. */
  generation: number;
}

// Letter-folded (أ→ا, ى→ي, ة→ه, ؤ ئ→ء), except على, whose folded form is the name علي. Saying verbs are
// here too: "the minister said" is shared by every statement of one speaker and tells no fact apart.
const FUNCTION_WORDS = new Set(
  (
    'في من عن مع ان ما لا لم لن قد او اي كل هو هي هم هن له به اذ كي لما مما عما بما فيما لكي لان ليس ليست ' +
    'الي على التي الذي الذين اللذين اللتين اللواتي هذا هذه ذلك تلك هءلاء بعد قبل حتي كان كانت يكون تكون كانوا ' +
    'بين عند منذ خلال انه انها انهم لدي عبر حيث بينما لكن اذا ايضا فقط اما الا غير نحو ضد كما ثم وفق وفقا حسب ' +
    'لها لهم بها بهم منه منها منهم فيه فيها فيهم عليه عليها عليهم عنه عنها عنهم اليه اليها معه معها ' +
    'قال قالت يقول تقول اضاف اضافت تابع تابعت اكد اكدت اوضح اوضحت'
  ).split(' '),
);
/** The conjunction و/ف and the preposition ب/ل that may stand before a function word. */
const PROCLITIC_PREFIXES = /^[وف]?[بل]?/;

const DIGITS = /^\d+$/;
const PROCLITICS_BEFORE_DIGITS = /^[وف]?[بلك]?(?=\d+$)/;
const QUOTE_MARK = /[«»“”„"]/;
const DOT = 0x2e;
const QUOTE_MARKS = new RegExp(QUOTE_MARK.source, 'g');
/** The marks that open a quotation in either convention («…»، “…”، „…“, and ” opening ”…“). */
const OPENING_MARKS = '«“„';
const LIST_SEPARATOR = /[،,؛;]/;
const [ARABIC_COMMA, COMMA, ARABIC_SEMICOLON, SEMICOLON] = [0x060c, 0x2c, 0x061b, 0x3b];
const SPACE = /\s/;
/** What a quoted part does not start with: the space and punctuation after a closing quote. */
const PART_EDGE = /[\s.،,؛:؟?!…]/;

/** A word's part in the forms: its letter-folded spelling and stem (null for a function word). */
interface WordForm {
  folded: string;
  /** What the word is compared by; for a number, its figure (7 for سبعة). */
  stem: string | null;
  isNumber: boolean;
}

// Word and stem ids are numbered from 0 again, in a new generation, when the id range runs out; forms
// of an older generation are worked out again.
const foldedIds = new Map<string, number>();
const stemIds = new Map<string, number>();
const stemById: string[] = [];
let generation = 0;
export const STEM_ID_LIMIT = 2 ** 20;
/** The last form that met each stem id, numbered by `formCount`: duplicate stems found without a Set. */
let stemSeenIn = new Int32Array(1024);
let formCount = 0;

/** Per generation: a long document has a few thousand sentences. */
const MAX_CACHED = 10_000;

/**
 * Sentence forms by sentence text, kept between runs over edited versions of a text (the language
 * server's ParagraphCache holds one), so that unchanged sentences are not worked out again. Bounded.
 */
export class SentenceFormCache {
  private readonly forms = new BoundedCache<string, SentenceForm>(MAX_CACHED);

  get(text: string): SentenceForm | undefined {
    const form = this.forms.get(text);
    return form?.generation === generation ? form : undefined;
  }

  set(text: string, form: SentenceForm): void {
    this.forms.set(detached(text), form);
  }
}

/** Each sentence's form, kept on the sentence: duplicate-sentence and near-duplicate-sentence both ask. */
const formOfSentence = new Attached<Sentence, SentenceForm>();

/** `kept`: forms kept between runs (see SentenceFormCache). */
export function sentenceForm(sentence: Sentence, kept?: SentenceFormCache): SentenceForm {
  let form = formOfSentence.get(sentence);
  if (form?.generation !== generation) {
    form = cachedForm(sentence.text, sentence.original, sentence.words, sentence.start, kept);
    formOfSentence.set(sentence, form);
  }
  return form;
}

/**
 * `words` are the words of `text` (the parser's, in absolute offsets); `base` is where `text` starts;
 * `original` is `text` as written (see Sentence.original).
 */
function cachedForm(text: string, original: string, words: readonly Word[], base: number, kept: SentenceFormCache | undefined): SentenceForm {
  // Sentences masked alike may differ in what the mask hides.
  const cacheKey = original === text ? text : `${text}\u0000${original}`;
  let form = kept?.get(cacheKey);
  if (!form) {
    // Half the id range stays free for the sentence about to be added.
    if (stemIds.size >= STEM_ID_LIMIT / 2 || foldedIds.size >= STEM_ID_LIMIT / 2) {
      foldedIds.clear();
      stemIds.clear();
      stemById.length = 0;
      wordIds.clear();
      generation++;
    }
    form = computeForm(text, original, words, base, kept);
    kept?.set(cacheKey, form);
  }
  return form;
}

function computeForm(text: string, original: string, allWords: readonly Word[], base: number, kept: SentenceFormCache | undefined): SentenceForm {
  formCount++;
  const datelineEnd = base + datelineLength(text);
  const words = allWords[0]?.start < datelineEnd ? allWords.filter((word) => word.start >= datelineEnd) : allWords;
  const ids: number[] = [];
  const figures: string[] = [];
  let codeCount = 0;
  // A masked run goes into the key before the first word after it.
  const tokens = original === text ? NONE : maskedTokens(text, original, datelineEnd - base, words, base);
  let nextToken = 0;
  for (let w = 0; w < words.length; w++) {
    const { spelling } = words[w];
    for (; nextToken < tokens.length && tokens[nextToken].wordIndex <= w; nextToken++) codeCount = addKeyId(codeCount, intern(foldedIds, tokens[nextToken].text));
    const row = wordIds.row(spelling);
    codeCount = addKeyId(codeCount, wordIds.values[row + FOLDED_ID]);
    // An initial (المتهم ر. ك.) tells one person from another as a number tells one figure from another.
    // Told by the word's offsets and the dot after it: reading its spelling's text would build a string for every word.
    if (words[w].end - words[w].start === 1 && text.charCodeAt(words[w].end - base) === DOT) figures.push(`${text[words[w].start - base]}.`);
    const stem = wordIds.values[row + STEM_ID];
    if (stem < 0 || stemSeenIn[stem] === formCount) continue;
    stemSeenIn[stem] = formCount;
    ids.push(stem);
    if (wordIds.values[row + IS_NUMBER] === 1) figures.push(wordFormOf(spelling).stem!);
  }
  if (tokens.length > 0) {
    for (; nextToken < tokens.length; nextToken++) codeCount = addKeyId(codeCount, intern(foldedIds, tokens[nextToken].text));
    for (const token of tokens) {
      const stem = stemId(token.text);
      if (stemSeenIn[stem] === formCount) continue;
      stemSeenIn[stem] = formCount;
      ids.push(stem);
      figures.push(token.text);
    }
  }
  const key = keyFromCodes(codeCount);
  const comparable = ids.length >= MIN_CONTENT_WORDS && !LABEL_LINE.test(text.slice(datelineEnd - base)) && !isListOfNames(text, words, base);
  return {
    key,
    stemIds: ids,
    figures: figures.length > 0 ? figures : NONE,
    comparable,
    quotedParts: QUOTE_MARK.test(text) ? quotedParts(text, original, allWords, base, key, kept) : NONE,
    generation,
  };
}

interface MaskedToken {
  /** Lower-cased, after OPAQUE so that no word shares its ids. */
  text: string;
  /** The number of `words` before it. */
  wordIndex: number;
}

/**
 * The masked runs of `text` from `from` on, by what they hide in `original` (markup left out), in order:
 * a URL or an e-mail address is content, which sentences that differ in it do not repeat.
 */
function maskedTokens(text: string, original: string, from: number, words: readonly Word[], base: number): MaskedToken[] {
  const tokens: MaskedToken[] = [];
  let wordIndex = 0;
  forEachOpaqueRun(text, from, (at, end) => {
    const content = maskedContent(original.slice(at, end));
    while (wordIndex < words.length && words[wordIndex].start < base + at) wordIndex++;
    if (content) tokens.push({ text: OPAQUE + content.toLowerCase(), wordIndex });
  });
  return tokens;
}

/**
 * Numbers written as words, letter-folded, with or without و: `قتل ثلاثة … في خان يونس` and `قتل خمسة … في
 * رفح` tell two strikes apart as 3 and 5 would; `بينهم ثلاثة أطفال` counts part of a tally (stray-period).
 */
const NUMBER_WORDS = new Set(
  (
    'واحد واحده اثنان اثنين اثنتان اثنتين ثلاث ثلاثه اربع اربعه خمس خمسه سته سبع سبعه ثماني ثمانيه تسع تسعه عشر عشره ' +
    'عشرون عشرين ثلاثون ثلاثين اربعون اربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين ' +
    'مءه مءتان مءتين الف الفان الفين الاف مليون مليونان مليونين ملايين مليار ملياران مليارين مليارات عشرات مءات'
  ).split(' '),
);

/** مائة and its dual, letter-folded (ماءه، ماءتان): written مئة too, one word (في المائة، في المئة). */
const HUNDRED_WITH_ALEF = /ماء(?=ه$|تان$|تين$)/;

export const isNumberWord = (folded: string) => NUMBER_WORDS.has(folded) || (folded[0] === 'و' && NUMBER_WORDS.has(folded.slice(1)));

/**
 * The figures of the number words from one to ten, letter-folded: a lede's «قتل سبعة أشخاص» and its
 * restatement's «قتل 7 أشخاص» give one fact. Larger numbers are seldom spelled out in the same sentence twice.
 */
const SMALL_NUMBER_FIGURES = new Map(
  Object.entries({
    1: 'واحد واحده', 2: 'اثنان اثنين اثنتان اثنتين', 3: 'ثلاث ثلاثه', 4: 'اربع اربعه', 5: 'خمس خمسه', 6: 'سته',
    7: 'سبع سبعه', 8: 'ثماني ثمانيه', 9: 'تسع تسعه', 10: 'عشر عشره',
  }).flatMap(([figure, words]) => words.split(' ').map((word) => [word, figure] as const)),
);

/** A number's figure: its digits, or the figure of a small number word (with or without و), or as written. */
const figureOf = (folded: string) =>
  SMALL_NUMBER_FIGURES.get(folded) ?? (folded[0] === 'و' ? SMALL_NUMBER_FIGURES.get(folded.slice(1)) : undefined) ?? folded;

/** What a word written `light` (normalizeLight) is to the comparison. */
function formOfLight(written: string): WordForm {
  const light = written.toLowerCase();
  const folded = foldLetters(light).replace(HUNDRED_WITH_ALEF, 'مء');
  // بـ50، و12: a proclitic on a number leaves its figure (the tatweel is gone from the light form).
  const figure = folded.replace(PROCLITICS_BEFORE_DIGITS, '');
  const isNumber = DIGITS.test(figure) || isNumberWord(folded);
  const stem = isNumber ? figureOf(figure) : isFunctionWord(light) ? null : bareStem(folded);
  return { folded, stem, isNumber };
}

const wordFormOf = perSpelling((spelling) => formOfLight(spelling.light));

/** The stem a word as written is compared by (what stemOfId gives for it), or null for a function word. */
export function stemOfWord(word: string): string | null {
  return formOfLight(normalizeLight(word)).stem;
}

// A row of numbers by spelling: the ids of its folded spelling and stem (-1 for a function word), 1 for
// a number, else 0, and 1 when the folded spelling starts with و, else 0. Every word of every compared
// sentence reads them, so one row serves all rather than the word's WordForm, which lies further away in
// memory. Emptied with the ids.
const FOLDED_ID = 0;
const STEM_ID = 1;
const IS_NUMBER = 2;
const STARTS_WITH_WAW = 3;
const wordIds = new SpellingRows(4, (spelling, values, at) => {
  const { folded, stem, isNumber } = wordFormOf(spelling);
  values[at + FOLDED_ID] = intern(foldedIds, folded);
  values[at + STEM_ID] = stem === null ? -1 : stemId(stem);
  values[at + IS_NUMBER] = isNumber ? 1 : 0;
  values[at + STARTS_WITH_WAW] = folded.startsWith('و') ? 1 : 0;
});

/** The stem a {@link SentenceForm.stemIds} entry stands for. */
export function stemOfId(id: number): string {
  return stemById[id];
}

function intern(ids: Map<string, number>, text: string): number {
  let id = ids.get(text);
  if (id === undefined) ids.set(text, (id = ids.size));
  return id;
}

function stemId(stem: string): number {
  const known = stemIds.size;
  const id = intern(stemIds, stem);
  if (id === known) {
    stemById.push(stem);
    if (id >= stemSeenIn.length) {
      const grown = new Int32Array(stemSeenIn.length * 2);
      grown.set(stemSeenIn);
      stemSeenIn = grown;
    }
  }
  return id;
}

/** The code units of the key being built, one or two a word, reused from sentence to sentence. */
const keyCodes: number[] = [];

/** Ids below this take one code unit in a key; the others two, the first at or above it. */
const ONE_UNIT_IDS = 0x8000;

/**
 * Puts an id into the key being built at keyCodes[count]; the count after it. An id below ONE_UNIT_IDS,
 * as most are, is one code unit; another is two, the first at or above ONE_UNIT_IDS: read from the start,
 * a key tells its ids apart, so keys are equal only for equal ids.
 */
function addKeyId(count: number, id: number): number {
  if (id < ONE_UNIT_IDS) {
    keyCodes[count] = id;
    return count + 1;
  }
  keyCodes[count] = ONE_UNIT_IDS + (id >>> 15);
  keyCodes[count + 1] = id & (ONE_UNIT_IDS - 1);
  return count + 2;
}

/**
 * The string of keyCodes[0, count): String.fromCharCode in slices, so a sentence of any length stays
 * within the argument limit.
 */
function keyFromCodes(count: number): string {
  keyCodes.length = count;
  if (count <= 8192) return String.fromCharCode.apply(null, keyCodes);
  let text = '';
  for (let i = 0; i < count; i += 8192) text += String.fromCharCode.apply(null, keyCodes.slice(i, i + 8192));
  return text;
}

/**
 * contentStem until nothing more comes off, so a word whose root starts with و/ف/ب/ل meets its prefixed
 * forms: `وزير`, `الوزير` and `ووزير` all give `زير`. No word has more than a few layers; the bound keeps
 * a run of thousands of ب from taking time quadratic in its length.
 */
function bareStem(word: string): string {
  for (let layer = 0; layer < MAX_PROCLITIC_LAYERS; layer++) {
    const next = contentStem(word);
    if (next === word) return word;
    word = next;
  }
  return word;
}

const MAX_PROCLITIC_LAYERS = 4;

/** `word` is in the light form, lower-case. One- and two-letter words are all particles or pronouns. */
function isFunctionWord(word: string): boolean {
  if (word.length <= 2) return true;
  const bare = word.replace(PROCLITIC_PREFIXES, '');
  const candidates = bare === word ? [word] : [word, bare, word.slice(1)];
  return candidates.some((candidate) => FUNCTION_WORDS.has(candidate) || FUNCTION_WORDS.has(foldLetters(candidate)));
}

/**
 * A label line, not a sentence: a credit or source (المصدر: الجهاز المركزي للإحصاء، تصوير: …), a
 * signature (— المديرية العامة للدفاع المدني), a labelled item of a box or list (• التضخم: 3.2%). Boxes
 * and tweets repeat them, and a story restates a box's figures: they are compared with nothing. An item
 * that is a sentence (- وأعلنت الإدارة العامة للمرور …, a brief) is compared with the other items.
 */
const LABEL_LINE = /^\s*(?:[—–]|(?:[•·▪◦-]|\*(?!\*))\s*[^\n:.؟?!]{1,40}:|(?:المصدر|المصادر|مصدر|تصوير|إعداد|اعداد|تحرير|ترجمة|صورة|الصورة|اقرأ أيضا|اقرأ أيضاً|ملاحظة المحرر)\s*:)/u;

/**
 * `…، محمد علي، ووزير الدفاع ثابت العباسي، وعمر فاروق.`: after the lead-in, short items with no function
 * word among them, three or more, or two with the last joined by و. Two such lists share names without
 * repeating a fact.
 */
function isListOfNames(text: string, words: readonly Word[], base: number): boolean {
  if (!LIST_SEPARATOR.test(text)) return false;
  let items = 0;
  let itemLength = 0;
  let joinedLast = false;
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && hasListSeparator(text, words[i - 1].end - base, words[i].start - base)) {
      items++;
      itemLength = 0;
      joinedLast = wordIds.values[wordIds.row(words[i].spelling) + STARTS_WITH_WAW] === 1;
    }
    if (items === 0) continue; // the lead-in
    if (++itemLength > 5 || wordIds.values[wordIds.row(words[i].spelling) + STEM_ID] < 0) return false;
  }
  return items >= (joinedLast ? 2 : 3);
}

function hasListSeparator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === ARABIC_COMMA || code === COMMA || code === ARABIC_SEMICOLON || code === SEMICOLON) return true;
  }
  return false;
}

/**
 * The stretches inside quote marks, so `قال الوزير: «…».` yields the quotation: after an opening mark, or
 * before the sentence's first mark when that closes a quotation opened in a sentence before. Not the
 * narration around them: two shows on one stage (عرضت «الغريب» على خشبة المسرح البلدي) are no one quotation.
 */
function quotedParts(
  text: string,
  original: string,
  words: readonly Word[],
  base: number,
  sentenceKey: string,
  kept: SentenceFormCache | undefined,
): QuotedPart[] {
  const parts: QuotedPart[] = [];
  const bounds: number[] = [];
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(text); m; m = QUOTE_MARKS.exec(text)) bounds.push(m.index);
  bounds.push(text.length);
  let from = 0;
  let first = 0;
  let quoted = false;
  for (const [k, bound] of bounds.entries()) {
    let start = from;
    let end = bound;
    from = bound + 1;
    // A straight mark opens what it does not close; a curly or angled one says which it does.
    const opens: boolean = bound < text.length && (OPENING_MARKS.includes(text[bound]) || (text[bound] === '"' && !quoted));
    const inside = k === 0 ? bound < text.length && !opens : quoted;
    quoted = opens;
    if (!inside) continue;
    while (start < end && PART_EDGE.test(text[start])) start++;
    while (end > start && SPACE.test(text[end - 1])) end--;
    if (end <= start) continue;
    while (first < words.length && words[first].start < base + start) first++;
    let last = first;
    while (last < words.length && words[last].end <= base + end) last++;
    const part = text.slice(start, end);
    const form = cachedForm(part, original === text ? part : original.slice(start, end), words.slice(first, last), base + start, kept);
    if (form.comparable && form.key !== sentenceKey) parts.push({ start, end, key: form.key });
  }
  return parts;
}
