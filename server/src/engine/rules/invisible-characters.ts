import { firstIndexWhere } from '../bisect';
import { defineRule } from '../rule';
import type { Paragraph, Sentence } from '../text/article';
import { hasPersianBlockLetter, isPersianOrUrdu } from '../text/persian-script';
import { characterKind, holds } from '../text/rare-characters';
import { isArabicLetter } from '../text/normalize';
import { OPAQUE } from '../text/prose';
import { isLatinLetter, isLatinLetterOrDigit } from '../text/punctuation';
import type { Fix, ReportedFinding } from '../types';

interface Invisible {
  en: string;
  ar: string;
  /**
   * Stands for a space: the no-break spaces, and the zero-width space, which marks a word break (removing
   * it would merge `أن\u200bالإيرادات`). The joiners, word joiner, BOM and soft hyphen join or sit inside a
   * word, and the direction marks are formatting: those stand for nothing.
   */
  isSpace?: boolean;
}

const CHARACTERS: Record<number, Invisible> = {
  0x200e: { en: 'LEFT-TO-RIGHT MARK', ar: 'علامة الاتجاه من اليسار إلى اليمين' },
  0x200f: { en: 'RIGHT-TO-LEFT MARK', ar: 'علامة الاتجاه من اليمين إلى اليسار' },
  0x061c: { en: 'ARABIC LETTER MARK', ar: 'علامة الحرف العربي' },
  0x202a: { en: 'LEFT-TO-RIGHT EMBEDDING', ar: 'بداية تضمين من اليسار إلى اليمين' },
  0x202b: { en: 'RIGHT-TO-LEFT EMBEDDING', ar: 'بداية تضمين من اليمين إلى اليسار' },
  0x202c: { en: 'POP DIRECTIONAL FORMATTING', ar: 'نهاية التضمين الاتجاهي' },
  0x202d: { en: 'LEFT-TO-RIGHT OVERRIDE', ar: 'فرض الاتجاه من اليسار إلى اليمين' },
  0x202e: { en: 'RIGHT-TO-LEFT OVERRIDE', ar: 'فرض الاتجاه من اليمين إلى اليسار' },
  0x2066: { en: 'LEFT-TO-RIGHT ISOLATE', ar: 'بداية عزل من اليسار إلى اليمين' },
  0x2067: { en: 'RIGHT-TO-LEFT ISOLATE', ar: 'بداية عزل من اليمين إلى اليسار' },
  0x2068: { en: 'FIRST STRONG ISOLATE', ar: 'بداية عزل بحسب أول حرف' },
  0x2069: { en: 'POP DIRECTIONAL ISOLATE', ar: 'نهاية العزل الاتجاهي' },
  0x200c: { en: 'ZERO WIDTH NON-JOINER', ar: 'فاصل منع الوصل' },
  0x200d: { en: 'ZERO WIDTH JOINER', ar: 'واصل صفري العرض' },
  0x200b: { en: 'ZERO WIDTH SPACE', ar: 'مسافة صفرية العرض', isSpace: true },
  0x2060: { en: 'WORD JOINER', ar: 'واصل الكلمات' },
  0xfeff: { en: 'ZERO WIDTH NO-BREAK SPACE', ar: 'مسافة صفرية غير قابلة للكسر' },
  0x00ad: { en: 'SOFT HYPHEN', ar: 'شرطة اختيارية خفية' },
  0x00a0: { en: 'NO-BREAK SPACE', ar: 'مسافة غير قابلة للكسر', isSpace: true },
  0x202f: { en: 'NARROW NO-BREAK SPACE', ar: 'مسافة ضيقة غير قابلة للكسر', isSpace: true },
};

const INVISIBLE = characterKind(Object.keys(CHARACTERS).map(Number));
const CANDIDATE = /[\u00a0\u00ad\u061c\u200b-\u200f\u202a-\u202f\u2060\u2066-\u2069\ufeff]/gu;
const EMOJI_PART = /\p{Extended_Pictographic}|\ufe0f|[\u{1f3fb}-\u{1f3ff}]/u;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const LRM = 0x200e;
const RLM = 0x200f;
const ALM = 0x061c;
/** The marks that set a signed number's sign on one side or the other (‎-3، ؜-٣). */
const DIRECTION_MARKS = new Set([LRM, RLM, ALM]);
const SIGNED_NUMBER = /^[-+−]\p{Nd}/u;
/** Punctuation and symbols: neutral in the bidirectional algorithm, they take the side a direction mark gives them. */
const NEUTRAL_MARK = /[\p{P}\p{S}]/u;
/** Neutral marks looked back over for the Latin run they end (C++، Yahoo!، (CNN)). */
const NEUTRAL_REACH = 4;

/** Whether neutral marks ending a Latin run (C++، Yahoo!، C#) lie right before `at`. */
function followsLatinRunMarks(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= NEUTRAL_REACH && NEUTRAL_MARK.test(text[i])) i--;
  return i < at - 1 && isLatinLetterOrDigit(text.charCodeAt(i));
}

/** The sentence of the paragraph that holds offset `at`: a paragraph may have thousands. */
function sentenceAt(paragraph: Paragraph, at: number): Sentence | undefined {
  const { sentences } = paragraph;
  const sentence = sentences[firstIndexWhere(sentences.length, (i) => sentences[i].end > at)];
  return sentence !== undefined && sentence.start <= at ? sentence : undefined;
}

/** Letters looked at on each side: longer than any word, short enough that a run of them stays linear. */
const WORD_REACH = 40;

/** The run of Arabic-script letters around `index`, the mark at it included. */
function wordAround(text: string, index: number): string {
  const isLetter = (i: number) => {
    const code = text.charCodeAt(i);
    return code === ZWNJ || (code >= 0x0620 && code <= 0x06ff);
  };
  let start = index;
  let end = index + 1;
  while (start > 0 && index - start < WORD_REACH && isLetter(start - 1)) start--;
  while (end < text.length && end - index < WORD_REACH && isLetter(end)) end++;
  return text.slice(start, end);
}

/**
 * ZWNJ belongs in Persian and Urdu words (می‌خواهم), ZWJ inside an emoji sequence, and a direction mark
 * where it orders the text on screen: a direction mark before a signed number sets its sign's side (‎-3
 * درجات، ؜-٣), a left-to-right mark after the marks that end a Latin run keeps them on its side (C++‎، Yahoo!‎);
 * a right-to-left mark between a Latin run and a punctuation mark keeps the mark on the Arabic side
 * (Apple‏، Google), and one before a paragraph's first Latin letter makes the paragraph right-to-left
 * (‏CNN: …). Anywhere else they are strays.
 */
function isLegitimate(paragraph: Paragraph, index: number): boolean {
  const { text } = paragraph;
  const code = text.charCodeAt(index);
  if (DIRECTION_MARKS.has(code) && SIGNED_NUMBER.test(text.slice(index + 1, index + 3))) return true;
  if (code === LRM) return followsLatinRunMarks(text, index);
  if (code === RLM) {
    if (index === 0) return isLatinLetter(text.charCodeAt(1));
    // An address or a link (masked in the prose) is a Latin run too (complaints@mol.gov.qa‏،).
    return (isLatinLetterOrDigit(text.charCodeAt(index - 1)) || text[index - 1] === OPAQUE || followsLatinRunMarks(text, index)) && NEUTRAL_MARK.test(text[index + 1] ?? '');
  }
  if (code === ZWJ) {
    const before = String.fromCodePoint(text.codePointAt(index - 2) ?? 0);
    return EMOJI_PART.test(text[index - 1] ?? '') || EMOJI_PART.test(before) || EMOJI_PART.test(String.fromCodePoint(text.codePointAt(index + 1) ?? 0));
  }
  if (code === ZWNJ) {
    // In a word written with a letter of the Persian block (حنجره‌ی, کتاب‌ها, می‌روم), it is that Persian
    // word's, whatever the sentence around it: a title or a phrase quoted in an Arabic sentence.
    if (hasPersianBlockLetter(wordAround(text, index))) return true;
    const sentence = sentenceAt(paragraph, paragraph.start + index);
    return sentence !== undefined && isPersianOrUrdu(sentence, paragraph);
  }
  return false;
}

export default defineRule({
  id: 'invisible-characters',
  category: 'characters',
  defaultSeverity: 'error',
  fixable: 'safe',
  scope: 'paragraph',
  messages: {
    invisible: {
      ar: 'حرف خفي في النص: {nameAr} ({name}). احذفه.',
      en: 'Invisible character in the text: {name}. Remove it.',
    },
    nonBreaking: {
      ar: 'مسافة خاصة في النص: {nameAr} ({name}). استبدل بها مسافة عادية.',
      en: 'Special space in the text: {name}. Replace it with a plain space.',
    },
    remove: { ar: 'احذف الحرف الخفي', en: 'Remove the invisible character' },
    replaceWithSpace: { ar: 'استبدل بها مسافة عادية', en: 'Replace with a plain space' },
  },
  docs: {
    summary: {
      ar: 'يرصد علامات الاتجاه والوصل الخفية والمسافات الصفرية وغير القابلة للكسر.',
      en: 'Flags invisible direction and joining controls, zero-width spaces and no-break spaces.',
    },
    rationale: {
      ar: 'تأتي هذه الحروف من النسخ من المواقع ومعالجات النصوص، ولا تُرى لكنها تكسر البحث والمطابقة وتقلب ترتيب النص في بعض الأنظمة. المسافة غير القابلة للكسر تصير مسافة عادية، وتُحذف بين منازل الآلاف في العدد (1 200) لا بين عددين (4:32 5:58، 2024 2025)، وتُحذف قبل علامة الترقيم أو القوس أو علامة التنصيص المغلقة وبعد المفتوحة؛ والمسافة صفرية العرض تُحذف داخل العدد والمعرّف والوسم (@G42ai، #الذكاء_الاصطناعي)، وتصير مسافة قبل الكلمة المعرفة بأل، وبين حرفين آخرين قد تفصل كلمتين أو تقع داخل كلمة واحدة فيُقترح الحلان.',
      en: 'These characters come in when copying from websites and word processors; they cannot be seen but break search and matching, and reorder text in some systems. A no-break space becomes a plain space, but between the thousands of a number (1 200) it goes, not between two numbers (4:32 5:58, 2024 2025), and against a mark (before a stop or a closing quote or bracket, after an opening one) it goes; a zero-width space goes inside a number, a handle or a hashtag (“@G42ai”, “#الذكاء_الاصطناعي”), becomes a space before a word with the article, and between two other letters, where it may part two words or sit inside one, both fixes are offered.',
    },
    bad: 'قال الوزير\u200f إن الاجتماع\u00a0انتهى.',
    good: 'قال الوزير إن الاجتماع انتهى.',
    notFlagged: {
      ar: 'فاصل منع الوصل داخل جملة فارسية أو أردية أو في كلمة فارسية مقتبسة (حنجره‌ی، کتاب‌ها)، والواصل داخل تسلسل الرموز التعبيرية، وعلامة الاتجاه (من اليسار إلى اليمين أو عكسه أو علامة الحرف العربي) قبل عدد بإشارة (‎-3 درجات، ؜-٣) لأنها تحدد موضع الإشارة، أو بعد علامات تختم كلمة لاتينية (C++‎، Yahoo!‎)، وعلامة الاتجاه من اليمين إلى اليسار بين كلمة لاتينية وعلامة ترقيم (Apple‏، Google) أو قبل حرف لاتيني في أول الفقرة، لأنها ترتب النص على الشاشة، وعلامة ترتيب البايتات في أول الملف. وفاصل منع الوصل بين حرفين نصف مسافة قد تفصل كلمتين (بيت‌لاهيا، الوزير‌إن) أو جزأي كلمة (القرار‌ات)، فيُقترح حذفه أو إبداله بمسافة ولا يُحذف تلقائيا حتى لا تلتصق كلمتان، وقبل كلمة معرفة بأل يُبدل بمسافة، هو والواصل وواصل الكلمات (الحكومة‌السورية، الجمعيات‍المحلية)، وبعد حرف عطف أو جر أو أداة تعريف منفردة يُحذف (و‌الترفيهية، ال‌مصلين). والمسافة الصفرية داخل كلمة لاتينية أو عنوان بريد يُقترح حذفها أو إبدالها بمسافة.',
      en: 'A zero width non-joiner inside a Persian or Urdu sentence or in a quoted Persian word (حنجره‌ی، کتاب‌ها), a zero width joiner inside an emoji sequence, a direction mark before a signed number (‎-3 درجات، ؜-٣), which sets the sign’s side, a left-to-right mark after the marks that end a Latin run (C++‎, Yahoo!‎), and a right-to-left mark between a Latin run and a punctuation mark (Apple‏، Google) or before a paragraph’s first Latin letter, which order the text on screen, and a byte order mark at the start of the file. A non-joiner between two letters is a half-space that may part two words (بيت‌لاهيا، الوزير‌إن) or a word’s parts (القرار‌ات): removing it and a plain space are offered, neither made, so that no two words are merged; before a word with the article it is a space, as a joiner or a word joiner is there (الحكومة‌السورية، الجمعيات‍المحلية), and after a proclitic or the article alone nothing (و‌الترفيهية، ال‌مصلين). A zero-width space inside a Latin run (an e-mail address) is offered removed or a space.',
    },
  },
  defaultOptions: {},
  checkParagraph(paragraph, { report }) {
    if (holds(paragraph, INVISIBLE)) reportRuns(paragraph, report);
  },
});

const ZERO_WIDTH_SPACE = 0x200b;
const DIGIT = /\p{Nd}/u;
/**
 * A word with the article, or a proclitic and the article (الإيرادات، والحكومة، للوزارة), whose stem
 * has three letters at least: ال inside a word leads only a suffix or a word's last letters (التو‌الي،
 * الاحتف‌الات), which a space would cut off.
 */
const ARTICLE_LED = /^(?:[وفبك]?ال|[وف]?لل)[\u0621-\u064a]{3}/u;
/** What ARTICLE_LED reads after a mark. */
const ARTICLE_LED_REACH = 8;

/**
 * A proclitic letter or the article alone before the run (و‌الترفيهية، ب​الحكومة، ال‌مصلين، وال‌حجاج): it
 * belongs to the word after, so the run is nothing.
 */
function afterLoneProclitic(text: string, start: number): boolean {
  let wordStart = start;
  while (wordStart > 0 && start - wordStart < LONGEST_PROCLITICS && isArabicLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  return (wordStart === 0 || !isArabicLetter(text.charCodeAt(wordStart - 1))) && LONE_PROCLITICS.test(text.slice(wordStart, start));
}
const LONE_PROCLITICS = /^(?:[وفبلك]|[وف]?[بك]?ال|[وف]?لل)$/u;
/** Letters of the longest run LONE_PROCLITICS takes (وبال). */
const LONGEST_PROCLITICS = 4;

/** Marks that follow a word with no space: the sentence marks, the closers and the percent sign. */
const BEFORE_MARK = /^[.،,؛;؟?!:)\]»”…%٪]$/;
/** Openers, which the word after follows with no space. */
const AFTER_OPENER = /^[(\[«“]$/;

/** What a handle or a hashtag goes on with. */
const HANDLE_CHARACTER = /^[\p{L}\p{N}_]$/u;

/**
 * What a run of special spaces between two visible characters stands for. Inside a number (1 200،
 * ١٢٬​٥٠٠) it is nothing; otherwise a no-break space is a space. So is a zero-width space before a word
 * with the article (أن​الإيرادات) or beside anything but an Arabic letter or a mark (5%​خلال), against
 * which it is nothing; between two Arabic letters it may part two words (محمد​علي) or sit inside one
 * (الحكو​مة): either, which the editor decides.
 */
function spaceReading(text: string, start: number, end: number, zeroWidthOnly: boolean): 'nothing' | 'space' | 'either' {
  if (insideNumber(text, start, end, zeroWidthOnly)) return 'nothing';
  // Against a mark (الوزارة​.، «​الخطة) a space is one too many, a no-break one being typography's
  // (French spacing, «\u00a0الخطة\u00a0») as much as a zero-width one is nothing.
  if ((BEFORE_MARK.test(text[end] ?? '') || AFTER_OPENER.test(text[start - 1] ?? ''))) return 'nothing';
  // Inside a handle or a hashtag (@G42ai، #الذكاء_الاصطناعي, the space inside), whose first part the prose masks, a space
  // would split it in two.
  if (zeroWidthOnly && text[start - 1] === OPAQUE && HANDLE_CHARACTER.test(text[end] ?? '')) return 'nothing';
  // In a Latin run (an address, info@exa​mple.com, or a word) a space would break it as much.
  if (zeroWidthOnly && isLatinLetterOrDigit(text.charCodeAt(start - 1)) && isLatinLetterOrDigit(text.charCodeAt(end))) return 'either';
  if (zeroWidthOnly && afterLoneProclitic(text, start)) return 'nothing';
  if (!zeroWidthOnly || ARTICLE_LED.test(text.slice(end, end + ARTICLE_LED_REACH))) return 'space';
  return isArabicLetter(text.charCodeAt(start - 1)) && isArabicLetter(text.charCodeAt(end)) ? 'either' : 'space';
}

/**
 * Whether the run at [start, end) sits inside a number: after a digit's separator (١٢٬​٥٠٠), or between
 * the groups of thousands of one (1 200، 12 500 000), which a plain space would let break across lines.
 * Between two numbers (4:32 5:58، 2024 2025، 12 45 67) a no-break space is a space; a zero-width one
 * shows nothing there.
 */
function insideNumber(text: string, start: number, end: number, zeroWidthOnly: boolean): boolean {
  const before = text[start - 1] ?? '';
  // Shown as nothing, a zero-width space between a digit and a mark of its number (5​,600، 3.2​%، 12​/3) is in it.
  if (zeroWidthOnly && ((DIGIT.test(before) && NUMBER_MARK.test(text[end] ?? '')) || (NUMBER_MARK.test(before) && DIGIT.test(text[end] ?? '')))) return true;
  if (!DIGIT.test(text[end] ?? '')) return false;
  if ('٬٫,.'.includes(before)) return DIGIT.test(text[start - 2] ?? '');
  if (!DIGIT.test(before)) return false;
  return zeroWidthOnly || groupsThousands(text, start, end);
}

/**
 * A group of one to three digits before `start`, not run on from a time, a date or a decimal, and one of
 * three after `end`: 1 200، 12 500 000.
 */
function groupsThousands(text: string, start: number, end: number): boolean {
  let groupStart = start;
  while (groupStart > 0 && DIGIT.test(text[groupStart - 1])) groupStart--;
  const runsOn = groupStart > 0 && NUMBER_INSIDE.test(text[groupStart - 1]);
  // The groups of a telephone number after its country code (+971 4 123 4567) are no thousands.
  const telephone = TELEPHONE_BEFORE.test(text.slice(Math.max(0, groupStart - TELEPHONE_REACH), groupStart));
  return start - groupStart <= 3 && !runsOn && !telephone && THREE_DIGITS_THEN.test(text.slice(end, end + 5));
}

const TELEPHONE_BEFORE = /\+\p{Nd}[\p{Nd}\s]*$/u;
const TELEPHONE_REACH = 16;

/** The marks inside or right after a number's digits: separators, a time's, a date's or a range's, a percent sign. */
const NUMBER_MARK = /[.,٫٬:/\-%٪]/u;

/** What a number's digits run on from: another digit, or the marks of a time, a date, a score, a decimal or a range. */
const NUMBER_INSIDE = /[\p{Nd}:/\-.,٫٬]/u;
/** Three digits, then what ends the number or groups its next thousands. */
const THREE_DIGITS_THEN = /^\p{Nd}{3}(?![\p{Nd}:/\-])/u;

/**
 * What a run of non-joiners, joiners or word joiners after an Arabic letter stands for: nothing after a
 * proclitic or the article alone (و‌الترفيهية، ال‌مصلين); a space before a word with the article (الحكومة‌السورية، الجمعيات‍المحلية),
 * where removing it would merge two words. Before another letter, a non-joiner is a half-space that may
 * part two words (بيت‌لاهيا، الوزير‌إن) or a word's parts (القرار‌ات), which only the editor can tell; a
 * joiner there sits inside a word (الاتفا‍ق). Otherwise nothing to ask.
 */
function joinerReading(text: string, start: number, end: number, codes: readonly number[]): 'space' | 'either' | 'nothing' | undefined {
  if (!codes.every(isJoinerOrNonJoiner) || !isArabicLetter(text.charCodeAt(start - 1))) return undefined;
  if (afterLoneProclitic(text, start)) return 'nothing';
  if (ARTICLE_LED.test(text.slice(end, end + ARTICLE_LED_REACH))) return 'space';
  return codes.every((code) => code === ZWNJ) && isArabicLetter(text.charCodeAt(end)) ? 'either' : undefined;
}

const isJoinerOrNonJoiner = (code: number) => code === ZWNJ || code === ZWJ || code === WORD_JOINER;
const WORD_JOINER = 0x2060;

/** Reports each run of invisible characters but the legitimate ones, with its fix. */
function reportRuns(paragraph: Paragraph, report: (finding: ReportedFinding) => void): void {
  const { text, start: base } = paragraph;
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart < 0) return;
    const codes = [...new Set([...text.slice(runStart, runEnd)].map((ch) => ch.charCodeAt(0)))];
    const hasSpace = codes.some((code) => CHARACTERS[code].isSpace);
    const spaced = runStart === 0 || runEnd === text.length || /\s/u.test(text[runStart - 1]) || /\s/u.test(text[runEnd]);
    const reading =
      joinerReading(text, runStart, runEnd, codes) ??
      (!hasSpace || spaced ? 'nothing' : spaceReading(text, runStart, runEnd, codes.every((code) => code === ZERO_WIDTH_SPACE)));
    const span = { start: base + runStart, end: base + runEnd };
    const remove: Fix = { messageId: 'remove', edits: [{ span, text: '' }], safe: reading !== 'either' };
    const space: Fix = { messageId: 'replaceWithSpace', edits: [{ span, text: ' ' }], safe: reading !== 'either' };
    report({
      span,
      messageId: reading === 'space' ? 'nonBreaking' : 'invisible',
      data: {
        name: codes.map((code) => `${CHARACTERS[code].en} U+${code.toString(16).toUpperCase().padStart(4, '0')}`).join(', '),
        nameAr: codes.map((code) => CHARACTERS[code].ar).join('، '),
      },
      ...(reading === 'either' ? { confidence: 'medium' as const } : {}),
      fixes: reading === 'space' ? [space] : reading === 'either' ? [remove, space] : [remove],
    });
    runStart = -1;
  };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    if (isLegitimate(paragraph, m.index)) continue;
    if (m.index !== runEnd) flush();
    if (runStart < 0) runStart = m.index;
    runEnd = m.index + 1;
  }
  flush();
}
