import { defineRule } from '../rule';
import type { Paragraph } from '../text/article';
import { isArabicLetter } from '../text/normalize';
import { isLatinQuotation, marksOf, PAIR_MARKS, quotationAt } from '../text/pairs';
import { OPAQUE_CODE } from '../text/prose';
import { characterClass, characterKind, holds } from '../text/rare-characters';
import { isDigit, isHaraka, isLatinAbbreviationDot, isLatinLetter, isLatinLetterOrDigit } from '../text/punctuation';

const LATIN_MARK = characterClass(',;?', 'g');
const LATIN_MARKS = characterKind(',;?');
const ARABIC_FORM: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
/** How far to look for a letter: a bound, so a run of marks cannot make the scan quadratic. */
const LOOKAROUND = 64;

type Side = 'arabic' | 'latin' | 'neutral';

/** Three digits and no more: a group of thousands after its comma. */
const THOUSANDS_AFTER = /^[0-9]{3}(?![0-9])/;

/** Marks inside a number or score (6-3, 3+1, 1/2, 10:30, 3.5): passed over like the digits around them. */
const NUMBER_JOINERS = '-+/:.';

/** Each paired quotation mark or bracket of the paragraph, by index in its text, to its partner's index. */
function partnersOf(paragraph: Paragraph): Map<number, number> {
  const partners = new Map<number, number>();
  const { quotes, brackets } = marksOf(paragraph);
  for (const pair of [...quotes.pairs, ...brackets.pairs]) {
    partners.set(pair.open - paragraph.start, pair.close - paragraph.start);
    partners.set(pair.close - paragraph.start, pair.open - paragraph.start);
  }
  return partners;
}

/**
 * The script of the nearest letter on one side of the mark. Spaces, numbers (scores such as 6-3 too), harakat and masked runs
 * (hashtags, addresses: the comma between two of them in an Arabic sentence is the sentence's) are passed
 * over, and so are quotes and brackets, except that a quotation or bracket the mark stands outside of is passed
 * whole: in `قالت «Game of Thrones», وأضافت` the comma belongs to the Arabic sentence around the title.
 */
function sideOf(text: string, mark: number, step: 1 | -1, partners: Map<number, number>): Side {
  let k = mark + step;
  for (let budget = LOOKAROUND; budget > 0 && k >= 0 && k < text.length; budget--, k += step) {
    const code = text.charCodeAt(k);
    if (isArabicLetter(code)) return 'arabic';
    if (isLatinLetter(code)) return 'latin';
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x25 || code === 0x0640 || code === OPAQUE_CODE || isDigit(code) || isHaraka(code)) continue;
    if (NUMBER_JOINERS.includes(text[k]) && isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 1))) continue;
    // A Latin name's number after its hyphen (GPT-5، Llama-4، F-16): the name's.
    if (text[k] === '-' && isLatinLetter(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 1))) continue;
    if (!PAIR_MARKS.includes(text[k])) return 'neutral';
    const partner = partners.get(k);
    if (partner === undefined || (partner - k) * step <= 0) continue;
    // A pair that holds Arabic is an Arabic neighbour ((تونس), «البحر»,); one of a Latin title or name
    // ((AFP), «The Crown»?) is passed over to the words around it.
    if (holdsArabicFirst(text, k + step, partner, step)) return 'arabic';
    k = partner;
  }
  return 'neutral';
}

/** Whether the first letter from `from` up to `to` (not included), walking by `step`, is Arabic. */
function holdsArabicFirst(text: string, from: number, to: number, step: 1 | -1): boolean {
  for (let k = from; k !== to; k += step) {
    const code = text.charCodeAt(k);
    if (isArabicLetter(code)) return true;
    if (isLatinLetter(code)) return false;
  }
  return false;
}

/**
 * An Arabic word right after the mark, past spaces only: a comma or semicolon after a Latin word there
 * punctuates the Arabic sentence (على منصة GitHub, تحت رخصة مفتوحة). Not a question mark, which may
 * end a Latin title (Who Framed Roger Rabbit?), nor a mark inside a quotation, which the quote closes first.
 */
function arabicWordFollows(text: string, mark: number): boolean {
  let k = mark + 1;
  while (k < text.length && text.charCodeAt(k) === 0x20) k++;
  return k < text.length && isArabicLetter(text.charCodeAt(k));
}

/** An Arabic question word opening the sentence a ? ends (هل تعرف ChatGPT?): the ? is the Arabic sentence's. */
const ARABIC_QUESTION = /^\s*[وف]?(?:هل|ماذا|لماذا|كيف|متى|أين|كم|أي|ما|من)\s/u;
/** What a question follows: the end of a sentence, or the colon or quotation mark that opens a quoted one. */
const BEFORE_QUESTION = /[.!?؟\n:«“"]/u;
/** How far back the question word may stand: a short Arabic question about a Latin name. */
const QUESTION_REACH = 80;

/**
 * Whether the character at `at` is one a question follows. Not a dot inside a version, decimal or address
 * (هل ينجح iOS 18.2?، هل تعرف Node.js?), which a letter or digit follows with no space.
 */
function endsBeforeQuestion(text: string, at: number): boolean {
  return BEFORE_QUESTION.test(text[at]) && !(text[at] === '.' && isLatinLetterOrDigit(text.charCodeAt(at + 1)));
}

function asksInArabic(text: string, mark: number): boolean {
  let start = mark;
  while (start > 0 && mark - start < QUESTION_REACH && !endsBeforeQuestion(text, start - 1)) start--;
  const opensSentence = start === 0 || endsBeforeQuestion(text, start - 1);
  if (!opensSentence || !ARABIC_QUESTION.test(text.slice(start, mark))) return false;
  // The sentence going on to a question mark of its own: the ? is the title's (هل جربت لعبة Guess Who? في المقهى؟).
  return /^\s*$/u.test(text.slice(mark + 1)) || (arabicWordFollows(text, mark) && !QUESTION_LATER.test(text.slice(mark + 1)));
}

/** A question mark further on in the same sentence. */
const QUESTION_LATER = /^[^.!\n]*[؟?]/u;

/** From `i`, the first position that is not a zero-width character (U+200B–U+200D, U+2060, U+FEFF). */
function pastZeroWidth(text: string, i: number): number {
  while (ZERO_WIDTH.test(text[i] ?? '')) i++;
  return i;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;

export default defineRule({
  id: 'arabic-punctuation',
  category: 'punctuation',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'paragraph',
  messages: {
    latinMark: {
      ar: 'علامة ترقيم لاتينية «{mark}» في نص عربي: استعمل «{arabic}».',
      en: 'Latin “{mark}” in Arabic text: use “{arabic}”.',
    },
    useArabic: { ar: 'استبدل بها «{arabic}»', en: 'Replace with “{arabic}”' },
  },
  docs: {
    summary: {
      ar: 'يرصد الفاصلة والفاصلة المنقوطة وعلامة الاستفهام اللاتينية بين كلمات عربية.',
      en: 'Flags the Latin comma, semicolon and question mark between Arabic words.',
    },
    rationale: {
      ar: 'العلامات اللاتينية تنقلب اتجاهها وتلتصق بغير موضعها في النص العربي، وتفسد البحث والتقسيم الآلي للجمل؛ والعربية لها علاماتها: ، ؛ ؟',
      en: 'Latin marks face the wrong way in Arabic text and break search and sentence splitting; Arabic has its own marks: ، ؛ ؟',
    },
    bad: 'هل انتهت المفاوضات? قال المتحدث, إن الجولة المقبلة تبدأ غدا; ولم يحدد مكانها.',
    good: 'هل انتهت المفاوضات؟ قال المتحدث، إن الجولة المقبلة تبدأ غدا؛ ولم يحدد مكانها.',
    notFlagged: {
      ar: 'الأرقام (2,500) والأوقات (10:30) والعبارات اللاتينية (Reuters, AFP أو Washington Post?) والروابط وعناوين البريد: الفاصلة بين كلمتين لاتينيتين تبقى لاتينية. أما الفاصلة بعد كلمة لاتينية تليها كلمة عربية (منصة GitHub, تحت) والفاصلة بين وسمين في جملة عربية (#غزة, #السودان) ففاصلة الجملة العربية. والاقتباس المكتوب بحروف لاتينية كله (منشور بالإنجليزية) يبقى بعلاماته. وعلامة الاستفهام بعد كلمة لاتينية لعنوانها اللاتيني (Who Framed Roger Rabbit?) إلا إذا بدأت جملتها بأداة استفهام عربية (هل تعرف ChatGPT?).',
      en: 'Numbers (2,500), times (10:30), Latin runs (Reuters, AFP or Washington Post?), URLs and e-mail addresses: a comma between Latin words stays Latin. A comma after a Latin word with an Arabic word next (منصة GitHub, تحت), or between two hashtags in an Arabic sentence (#غزة, #السودان), is the Arabic sentence’s, and is flagged. A quotation all in Latin script (a post in English) keeps its marks. A question mark after a Latin word is a Latin title’s (Who Framed Roger Rabbit?) unless an Arabic question word opens its sentence (هل تعرف ChatGPT?).',
    },
  },
  defaultOptions: {},
  checkParagraph(paragraph, { report }) {
    if (!holds(paragraph, LATIN_MARKS)) return;
    const { text, start: base } = paragraph;
    const partners = partnersOf(paragraph);
    for (const m of text.matchAll(LATIN_MARK)) {
      const at = m.index;
      const mark = m[0];
      // 2,500, even with a zero-width character after the comma, which invisible-characters removes, or a
      // space before it, which punctuation-spacing removes (3 ,500): a number's thousands, no Arabic comma.
      if (isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(pastZeroWidth(text, at + 1)))) continue;
      if (mark === ',' && text[at - 1] === ' ' && isDigit(text.charCodeAt(at - 2)) && THOUSANDS_AFTER.test(text.slice(at + 1, at + 5))) continue;
      // After a Latin abbreviation's dot a comma is the Latin phrase's (e.g., i.e., Co., Ltd.), unless a
      // company's suffix ends there and an Arabic word follows: in أعلنت Apple, Inc., التي … it is the
      // Arabic sentence's. Not after e.g. or i.e., which lead into the Arabic words (e.g., مصر والأردن).
      const afterAbbreviation = mark === ',' && isLatinAbbreviationDot(text, at - 1);
      if (afterAbbreviation && (text[at - 3] === '.' || !arabicWordFollows(text, at))) continue;
      const before = afterAbbreviation ? 'latin' : sideOf(text, at, -1, partners);
      const after = sideOf(text, at, 1, partners);
      const closesLatinWord = before === 'latin' && (mark === '?' ? asksInArabic(text, at) : arabicWordFollows(text, at));
      if (!closesLatinWord && (before === 'latin' || after === 'latin' || (before !== 'arabic' && after !== 'arabic'))) continue;
      const quotation = quotationAt(paragraph, base + at);
      if (quotation && isLatinQuotation(text, quotation, base)) continue;
      const arabic = ARABIC_FORM[mark];
      const span = { start: base + at, end: base + at + 1 };
      report({
        span,
        messageId: 'latinMark',
        data: { mark, arabic },
        fixes: [{ messageId: 'useArabic', data: { arabic }, edits: [{ span, text: arabic }], safe: true }],
      });
    }
  },
});
