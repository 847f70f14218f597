import { Attached } from '../attached';
import type { Paragraph, Sentence } from './article';
import { outsideQuotations, quotationAt, type Quotation } from './pairs';
import { characterClass, characterKind, holds } from './rare-characters';

// Telling Persian, Urdu and Kurdish text apart from Arabic written with a Persian keyboard. Arabic copy
// quotes these languages now and then; their ی، ک and zero-width non-joiners are correct there.

/** Letters those languages use and Arabic does not (پ چ ژ گ, Urdu ٹ ڈ ڑ ں ے ہ ۃ, Kurdish ڕ ڵ ۆ ێ). */
const NON_ARABIC_LETTER = /[پچژگٹڈڑںےۓہۃڕڵۆێ]/u;

/** A word with a letter Arabic does not use: Persian, Urdu or Kurdish, or a name in their spelling (پزشکیان). */
export function hasNonArabicLetter(word: string): boolean {
  return NON_ARABIC_LETTER.test(word);
}

/** Any letter of the Persian block: without one, a sentence is not Persian whatever its words. */
const PERSIAN_BLOCK_LETTERS = 'پچژگٹڈڑںےۓہۃڕڵۆێیکھ';
const PERSIAN_BLOCK_LETTER = characterClass(PERSIAN_BLOCK_LETTERS, 'u');
const PERSIAN_BLOCK = characterKind(PERSIAN_BLOCK_LETTERS);

/**
 * Common Persian and Urdu words that are not Arabic words. Not کرد (Arabic كرد, Kurds), شد (شدّ) or کی
 * (Arabic كي), which a Persian keyboard produces in Arabic text.
 */
const FUNCTION_WORDS = new Set([
  'است', 'این', 'را', 'برای', 'از', 'که', 'می', 'های', 'یک', 'بود', 'تا', 'نیز', 'در', 'با', 'اند', 'شده', 'کند',
  'دارد', 'خواهد', 'اور', 'کا', 'کو',
]);

/**
 * The letters a Persian keyboard types for Arabic ones: ک for ك, ھ for ه, and ی for ي (or, at the end of
 * a word, ى, which only the word tells).
 */
export const ARABIC_FOR_PERSIAN_KEY: Readonly<Record<string, string>> = { 'ک': 'ك', 'ھ': 'ه', 'ی': 'ي' };
export const PERSIAN_YEH = 'ی';

/** ی، ک or another letter of the Persian block: written by a Persian keyboard, or in a Persian word. */
export function hasPersianBlockLetter(word: string): boolean {
  return PERSIAN_BLOCK_LETTER.test(word);
}

/** A non-joiner inside a word that has a letter of the Persian block: Persian spelling (نمی‌کنیم، خامنه‌ای). */
const PERSIAN_JOINED_WORD = new RegExp(`[${PERSIAN_BLOCK_LETTERS}]\\p{L}*\u200c|\u200c\\p{L}*[${PERSIAN_BLOCK_LETTERS}]`, 'u');

/**
 * Whether a quotation in an Arabic sentence is in Persian, Urdu or Kurdish (وكتب بالفارسية: «ما تحت فشار
 * مذاکره نمی‌کنیم»): a letter Arabic does not use, a word joined by a non-joiner in Persian spelling, two
 * of their function words; or, in a paragraph typed with Arabic ي and ك around it, words of its own
 * written with ی or ک and none with ي or ك (بعنوان «دیدار وزیر خارجه با همتای عمانی»): a keyboard changes
 * for a pasted quotation, not within a sentence. `around` is the paragraph outside its quotations, so a
 * Persian name quoted elsewhere («ایرنا») does not count.
 */
function isPersianQuotation(quotation: string, around: string): boolean {
  if (readsAsPersian(quotation, quotation, true)) return true;
  const inside = keyboardWords(quotation);
  if (inside.arabic > 0 || inside.persian < MIN_PERSIAN_WORDS) return false;
  const outside = keyboardWords(around);
  return outside.arabic >= ARABIC_KEYBOARD_RATIO * outside.persian && outside.arabic > 0;
}

/** The letters an Arabic keyboard types where a Persian one types ی and ک. */
const ARABIC_KEY_LETTER = /[يىك]/u;
/** Words of a quotation in ی or ک that tell a Persian one in Arabic copy: one may be a name (ایسنا). */
const MIN_PERSIAN_WORDS = 2;
/** How many more words in ي، ى or ك than in ی or ک make the text around a quotation typed on an Arabic keyboard (a Persian name or two aside). */
const ARABIC_KEYBOARD_RATIO = 3;

/** Of the words of `text`, how many carry a letter of each keyboard: Arabic ي ى ك, Persian ی ک and the rest of the block. */
function keyboardWords(text: string): { arabic: number; persian: number } {
  const counts = { arabic: 0, persian: 0 };
  for (const word of text.split(NON_LETTERS)) {
    if (ARABIC_KEY_LETTER.test(word)) counts.arabic++;
    if (PERSIAN_BLOCK_LETTER.test(word)) counts.persian++;
  }
  return counts;
}

/** Whether offset `at` of the paragraph lies in a quotation in Persian (see isPersianQuotation), worked out once a quotation. */
export function inPersianQuotation(paragraph: Paragraph, at: number): boolean {
  const quotation = holds(paragraph, PERSIAN_BLOCK) ? quotationAt(paragraph, at) : undefined;
  if (!quotation) return false;
  let persian = persianQuotations.get(quotation);
  if (persian === undefined) {
    const { text, start } = paragraph;
    persian = isPersianQuotation(text.slice(quotation.open - start, quotation.close - start), outsideQuotations(paragraph));
    persianQuotations.set(quotation, persian);
  }
  return persian;
}

const persianQuotations = new WeakMap<Quotation, boolean>();

/**
 * A sentence is Persian, Urdu or Kurdish when one of its words has a letter Arabic does not use, or when
 * two of its words are Persian or Urdu function words. One function word is not enough: در، با، تا
 * are rare in Arabic but not impossible. `paragraph` is the sentence's: most hold no letter of the Persian
 * block, which settles it for all their sentences.
 */
export function isPersianOrUrdu(sentence: Sentence, paragraph: Paragraph): boolean {
  if (!holds(paragraph, PERSIAN_BLOCK)) return false;
  // Kept: a rule may ask once per character of a long sentence.
  let persian = persianSentences.get(sentence);
  if (persian === undefined) persianSentences.set(sentence, (persian = readsAsPersian(sentence.text, outsideQuotations(paragraph, sentence.start, sentence.end), false)));
  return persian;
}

const persianSentences = new Attached<Sentence, boolean>();

/**
 * Two signs of Persian among its function words and a word joined by a non-joiner in Persian spelling in
 * `own` (ایران قوی است و تسلیم نمی‌شود); with `joinedAlone`, such a word alone; or a letter Arabic does
 * not use, unless `own` reads as Arabic (see readsAsArabic): then the letter is a name's in Persian or
 * Kurdish spelling (وقال الرئيس الإيراني مسعود پزشکیان إن …). A quotation is read with both; a sentence
 * reads only its words outside its quotations as its own and wants a second sign: a joined word alone is
 * a Persian-typed name (آیت‌الله), and one inside quotation marks is the quotation's, which is told apart
 * on its own.
 */
function readsAsPersian(text: string, own: string, joinedAlone: boolean): boolean {
  if (!PERSIAN_BLOCK_LETTER.test(text)) return false;
  const joined = PERSIAN_JOINED_WORD.test(own);
  if (joined && joinedAlone) return true;
  let signs = joined ? 1 : 0;
  for (const word of text.split(NON_LETTERS)) if (FUNCTION_WORDS.has(word) && ++signs >= 2) return true;
  return NON_ARABIC_LETTER.test(text) && !readsAsArabic(own, signs);
}

/**
 * Arabic words that Persian, Urdu and Kurdish do not write, as a Persian keyboard may type them (الذی,
 * فی): not على (Persian علی, the name Ali), قد (Persian: height), ضد or بين, which Persian has too, nor
 * كي (Urdu کی).
 */
const ARABIC_FUNCTION_WORDS = new Set([
  'في', 'وفي', 'إلى', 'وإلى', 'إلي', 'عن', 'وعن', 'أن', 'وأن', 'بأن', 'لأن', 'إن', 'وإن', 'أنه', 'إنه', 'أنها', 'إنها',
  'أو', 'الذي', 'التي', 'الذين', 'هذا', 'وهذا', 'هذه', 'وهذه', 'ذلك', 'تلك', 'لم', 'لن', 'منذ', 'أمس', 'قال', 'وقال',
  'قالت', 'وقالت', 'وأضاف', 'وأضافت',
]);
/** Signs of Arabic that make a sentence Arabic around a name in Persian spelling, if they outnumber those of Persian. */
const MIN_ARABIC_SIGNS = 2;
const TA_MARBUTA = 'ة';

/**
 * Whether `text` has two signs of Arabic or more, and more than it has of Persian: its `persianSigns`
 * and its words with a letter Arabic does not use. Signs of Arabic are words in ة, which Persian writes
 * ه or ت, Kurdish ە and Urdu ۃ, and Arabic function words, ی and ک read as ي and ك. A name in Persian
 * spelling is a word or two (مسعود پزشکیان); a Persian clause unquoted in an Arabic sentence has more.
 */
function readsAsArabic(text: string, persianSigns: number): boolean {
  let arabicSigns = 0;
  for (const word of text.split(NON_LETTERS)) {
    if (NON_ARABIC_LETTER.test(word)) persianSigns++;
    else if (word.includes(TA_MARBUTA) || ARABIC_FUNCTION_WORDS.has(word.replace(PERSIAN_KEY_LETTERS, (key) => ARABIC_FOR_PERSIAN_KEY[key]))) arabicSigns++;
  }
  return arabicSigns >= MIN_ARABIC_SIGNS && arabicSigns > persianSigns;
}

const PERSIAN_KEY_LETTERS = /[یکھ]/gu;

const NON_LETTERS = /\P{L}+/u;
