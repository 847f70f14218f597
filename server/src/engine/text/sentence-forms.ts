import { contentStem, foldLetters, normalizeLight } from './normalize';

// The forms in which sentences are compared for repetition (editorial-rules.md §1): an exact key that
// ignores quotes, punctuation, spacing and diacritics, and the set of content-word stems for near
// duplicates. Both are cached by sentence text so the language server re-uses them across edits.

/** Shorter sentences are formulas (`وأضاف المتحدث.`) that repeat by nature. */
export const MIN_CONTENT_WORDS = 5;

export interface QuotedPart {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  key: string;
}

export interface SentenceForm {
  /** Letter-folded words joined by single spaces, dateline left out. */
  key: string;
  /** Distinct content stems: function words, saying verbs and one- or two-letter words left out. */
  stems: readonly string[];
  /** Long enough, and not a list of names, to be compared at all. */
  comparable: boolean;
  /** Comparable stretches between quote marks whose key differs from the whole sentence's. */
  quotedParts: readonly QuotedPart[];
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

const TOKEN = /[\p{L}\p{M}\p{Nd}]+/gu;
const DIGITS = /^\d+$/;
const QUOTE_MARK = /[«»“”„"]/;
const LIST_SEPARATOR = /[،,؛;]/;
/** `بغداد (رويترز) -` or `القاهرة -` at the start of a lede. */
const DATELINE = /^\s*(?:(?:\p{L}+\s+){0,2}\p{L}+\s*\([^()\n]{1,40}\)|\p{L}+(?:\s+\p{L}+)?)\s*[-–—]\s+/u;

const cache = new Map<string, SentenceForm>();
const MAX_CACHED = 50_000;

export function sentenceForm(text: string): SentenceForm {
  let form = cache.get(text);
  if (form) return form;
  form = computeForm(text);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(text, form);
  return form;
}

function computeForm(text: string): SentenceForm {
  const body = text.replace(DATELINE, '');
  const words = normalizeLight(body).toLowerCase().match(TOKEN) ?? [];
  const folded = words.map(foldLetters);
  const stems = new Set<string>();
  words.forEach((word, i) => {
    if (DIGITS.test(folded[i])) stems.add(folded[i]);
    else if (!isFunctionWord(word)) stems.add(bareStem(folded[i]));
  });
  const key = folded.join(' ');
  const comparable = stems.size >= MIN_CONTENT_WORDS && !isListOfNames(body);
  return { key, stems: [...stems], comparable, quotedParts: QUOTE_MARK.test(text) ? quotedParts(text, key) : [] };
}

/**
 * contentStem until nothing more comes off, so a word whose root starts with و/ف/ب/ل meets its prefixed
 * forms: `وزير`, `الوزير` and `ووزير` all give `زير`.
 */
function bareStem(word: string): string {
  for (;;) {
    const next = contentStem(word);
    if (next === word) return word;
    word = next;
  }
}

/** One- and two-letter words are all particles or pronouns in news copy. */
function isFunctionWord(word: string): boolean {
  if (word.length <= 2) return true;
  const bare = word.replace(PROCLITIC_PREFIXES, '');
  const candidates = bare === word ? [word] : [word, bare, word.slice(1)];
  return candidates.some((candidate) => FUNCTION_WORDS.has(candidate) || FUNCTION_WORDS.has(foldLetters(candidate)));
}

/**
 * `…، محمد علي، ووزير الدفاع ثابت العباسي، وعمر فاروق.`: after the lead-in, short items with no function
 * word among them, three or more, or two with the last joined by و. Two such lists share names without
 * repeating a fact.
 */
function isListOfNames(text: string): boolean {
  const items = text.split(LIST_SEPARATOR).slice(1).map((item) => item.match(TOKEN) ?? []);
  const joinedLast = items.length > 0 && items[items.length - 1][0]?.startsWith('و');
  if (items.length < (joinedLast ? 2 : 3)) return false;
  return items.every((words) => words.length > 0 && words.length <= 5 && !words.some((word) => isFunctionWord(normalizeLight(word))));
}

/** The stretches between quote marks (and the sentence ends), so `قال الوزير: «…».` yields the quotation. */
function quotedParts(text: string, sentenceKey: string): QuotedPart[] {
  const parts: QuotedPart[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !QUOTE_MARK.test(text[i])) continue;
    let start = from;
    let end = i;
    while (start < end && /[\s.،,؛:؟?!…]/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    from = i + 1;
    if (end <= start) continue;
    const form = sentenceForm(text.slice(start, end));
    if (form.comparable && form.key !== sentenceKey) parts.push({ start, end, key: form.key });
  }
  return parts;
}

/** The first words of a sentence, for messages. */
export function excerpt(text: string, maxWords = 6): string {
  const words = text.trim().split(/\s+/);
  return words.length <= maxWords ? text.trim() : `${words.slice(0, maxWords).join(' ')} …`;
}
