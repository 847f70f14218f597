import { defineRule } from '../rule';
import { inPersianQuotation } from '../text/persian-script';
import { isDigit } from '../text/punctuation';
import { characterKind, holds } from '../text/rare-characters';
import { countOf } from '../text/source';
import { inOrnateBrackets } from '../text/verse';
import type { Span } from '../types';

type DigitSystem = 'western' | 'arabicIndic' | 'persian';

const ZERO: Record<DigitSystem, number> = { western: 0x30, arabicIndic: 0x0660, persian: 0x06f0 };
const NAMES: Record<DigitSystem, { ar: string; en: string }> = {
  western: { ar: 'الغربية (0–9)', en: 'Western (0–9)' },
  arabicIndic: { ar: 'الهندية (٠–٩)', en: 'Arabic-Indic (٠–٩)' },
  persian: { ar: 'الفارسية (۰–۹)', en: 'Persian (۰–۹)' },
};

/** A number: digits of any system, with separators between digits (2,500، 3.5، ٣٫٥، 10:30). */
const NUMBER = /[0-9٠-٩۰-۹]+(?:[.,٫٬:/][0-9٠-٩۰-۹]+)*/gu;
const LATIN_LETTER = /[A-Za-z]/;
/** What turns a digit into a keycap emoji (1️⃣): the combining keycap, after the emoji selector or not. */
const KEYCAP = /^\ufe0f?\u20e3/u;
/**
 * Arabic-Indic and Persian digits, and the Arabic decimal and thousands separators: an article without them
 * writes its numbers in one system, with its own separators.
 */
const EASTERN_DIGIT_OR_SEPARATOR = characterKind('٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬');

function systemOf(code: number): DigitSystem {
  if (code >= 0x0660 && code <= 0x0669) return 'arabicIndic';
  if (code >= 0x06f0 && code <= 0x06f9) return 'persian';
  return 'western';
}

/** Every system the digits of a number use, by code: not a regex for each of its characters. */
function systemsOf(number: string): Set<DigitSystem> {
  const systems = new Set<DigitSystem>();
  for (let i = 0; i < number.length; i++) {
    const code = number.charCodeAt(i);
    if (isDigit(code)) systems.add(systemOf(code));
  }
  return systems;
}

/** The separators and percent sign of each system: Western digits take . , % and the others ٫ ٬ ٪. */
const WESTERN_MARKS: Record<string, string> = { '٫': '.', '٬': ',', '٪': '%' };
const EASTERN_MARKS: Record<string, string> = { '.': '٫', ',': '٬', '%': '٪' };

/** A comma between digits that groups thousands: three digits after it, then the number's end or another separator. */
const THOUSANDS_COMMA = /^\p{Nd}{3}(?!\p{Nd})/u;

/**
 * The number in `target`'s digits, its decimal and thousands separators and percent sign with them:
 * ٢.٣ would read as ٢٠٣, the Arabic-Indic zero being a dot. A comma that groups no thousands is the
 * writer's decimal comma (2,5 مليار), and becomes the decimal separator: ٢٬٥ would read as 2,500 or 25.
 * Other marks (10:30، 5/12) stay.
 */
function convert(number: string, target: DigitSystem, dotsAsWritten: boolean): string {
  const marks = target === 'western' ? WESTERN_MARKS : EASTERN_MARKS;
  const decimal = target === 'western' ? '.' : '٫';
  const thousands = target === 'western' ? ',' : '٬';
  // Two dots or more group thousands, as in Europe (2.500.000): one decimal point is all a number has.
  const groupingDots = countOf(number, '.') > 1;
  let out = '';
  for (let i = 0; i < number.length; i++) {
    const ch = number[i];
    const code = ch.charCodeAt(0);
    if (isDigit(code)) out += String.fromCharCode(ZERO[target] + code - ZERO[systemOf(code)]);
    else if (ch === '.' && dotsAsWritten) out += ch;
    else if (ch === ',' && !THOUSANDS_COMMA.test(number.slice(i + 1))) out += decimal;
    else if (ch === '.' && groupingDots) out += thousands;
    else out += marks[ch] ?? ch;
  }
  return out;
}

/**
 * A number whose dots part the fields of a reference, not a decimal or thousands: dots between groups not
 * all of three digits (a decree's 2.20.293، a date's 15.03.2026، a version's 2.1.3), or a number after a
 * word that names a reference or a time (القانون رقم 31.08، الساعة 10.30). Its dots stay dots.
 */
function isDottedReference(text: string, start: number, number: string): boolean {
  if (!number.includes('.')) return false;
  if (countOf(number, '.') > 1 && !THOUSANDS_DOTS.test(number)) return true;
  if (CLOCK_TIME.test(number) && TIME_WORD_AFTER.test(text.slice(start + number.length, start + number.length + REFERENCE_REACH))) return true;
  return REFERENCE_WORD.test(text.slice(Math.max(0, start - REFERENCE_REACH), start));
}

/** A time of day with a dot (١٠.٣٠), told by the word after it when no الساعة leads it: عند ١٠.٣٠ صباحا. */
const CLOCK_TIME = /^\p{Nd}{1,2}\.\p{Nd}{2}$/u;
const TIME_WORD_AFTER = /^\s*(?:صباح|مساء|ظهر|عصر|فجر|ليل|ص\b|م\b|بتوقيت|بالتوقيت|ت\.?\s?غ|GMT|UTC)/u;

/** Thousands grouped with dots: every group after the first of three digits (2.500.000). */
const THOUSANDS_DOTS = /^\p{Nd}{1,3}(?:\.\p{Nd}{3})+$/u;
/** The word right before a reference's number: its number, a law's, a decree's, a clause's, a version's, or the hour. */
const REFERENCE_WORD = /(?:رقم|عدد|القانون|قانون|المرسوم|مرسوم|الظهير|ظهير|المادة|الفصل|البند|النسخة|الإصدار|الساعة)\s*$/u;
const REFERENCE_REACH = 12;

/**
 * One Latin dot or comma before three digits (1.200، 12,500): a decimal in one house and a thousands
 * separator in another, so the conversion, which must pick one, is offered.
 */
const AMBIGUOUS_SEPARATOR = /^\p{Nd}+[.,]\p{Nd}{3}$/u;

const PERCENT = /[%٪]/;

/**
 * The first mark of the other system in a number whose digits are all of one: ٫ or ٬ among Western digits
 * (1٫6), a Latin dot among Arabic-Indic ones, where it reads as their zero (١٧.٦ as ١٧٠٦), or a Latin percent
 * sign after them (٩٠%). A reference's dots stay (المرسوم رقم ٢.٢٠.٢٩٣), and so does the Arabic ٪ after
 * Western digits, which many houses write, and a comma among Arabic-Indic digits, which reads as no digit.
 */
function foreignMarkOf(number: NumberToken): string | undefined {
  if (number.systems.size > 1) return undefined;
  if (number.system === 'western') return ARABIC_SEPARATOR.exec(number.text)?.[0];
  if (number.system !== 'arabicIndic') return undefined;
  if (!number.reference && number.text.includes('.')) return '.';
  return number.percent === '%' ? '%' : undefined;
}

const ARABIC_SEPARATOR = /[٫٬]/;
/** How many times the other numbers the majority's must be for the conversion to be made, not offered. */
const MAJORITY_RATIO = 2;

/** What a code is written with: Western digits, Latin letters and the marks that join them. */
const CODE_CHARACTER = /[0-9A-Za-z+\-._/]/;
/** How far a code is read on each side of a number: a URL's path, an IBAN's group; a longer run is read no further. */
const CODE_REACH = 64;
/** Groups of digits a code runs to (an IBAN's six, a telephone number's four), so a long run of numbers is read once. */
const MAX_DIGIT_GROUPS = 8;

/**
 * Whether the number at [start, end) of `text` belongs to a Latin run: in a code with a Latin letter or a
 * leading + (F-16، G20، 5G، XBB.1.5، A350-1000، 777-300ER، 1120.SR، moh.gov.sa/ar/2024، +971), or a space
 * away from a Latin word or such a code, past other groups of digits (Boeing 787، iOS 17.5، S&P 500، 5 GHz،
 * SA03 8000 0000، +971 4 123 4567). Such a number is part of a name or a code and stays in Western digits.
 */
function inLatinRun(text: string, start: number, end: number, words: WordsOf): boolean {
  let codeStart = start;
  while (codeStart > Math.max(0, start - CODE_REACH) && CODE_CHARACTER.test(text[codeStart - 1])) codeStart--;
  // A + after a digit of any system adds two numbers, stoppage time's (٤٥+2): no telephone number's prefix.
  if (text[codeStart] === '+' && /\p{Nd}/u.test(text[codeStart - 1] ?? '')) codeStart++;
  let codeEnd = end;
  while (codeEnd < Math.min(text.length, end + CODE_REACH) && CODE_CHARACTER.test(text[codeEnd])) codeEnd++;
  return isCode(text.slice(codeStart, codeEnd)) || isCodeBeside(text, words, codeStart, -1) || isCodeBeside(text, words, codeEnd, 1);
}

function isCode(word: string): boolean {
  return LATIN_LETTER.test(word) || (word.startsWith('+') && word.length > 1);
}

/**
 * Whether the first word before `at` (step -1) or from `at` on (step 1), past spaces and a few groups of
 * digits alone, is a code (isCode): of the word up to `at` or from it, when `at` is inside one.
 */
function isCodeBeside(text: string, words: WordsOf, at: number, step: 1 | -1): boolean {
  let i = step === 1 ? at : at - 1;
  for (let groups = 0; groups <= MAX_DIGIT_GROUPS; groups++) {
    while (i >= 0 && i < text.length && isSpace(text.charCodeAt(i))) i += step;
    // An empty word, at a line's end or the paragraph's.
    if (i < 0 || i >= text.length || text[i] === '\n') return false;
    const word = words.at(i);
    if (step === 1) {
      if (word.lastNonDigit >= i) return word.lastLatin >= i || (text[i] === '+' && word.end - i > 1);
      i = word.end;
    } else {
      if (word.firstNonDigit !== -1 && word.firstNonDigit <= i) return (word.firstLatin !== -1 && word.firstLatin <= i) || (text[word.start] === '+' && i > word.start);
      i = word.start - 1;
    }
  }
  return false;
}

const isSpace = (code: number) => code === 0x20 || code === 0xa0;
const isLatinLetterCode = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** A word between spaces and line ends, with its first and last Latin letter and character other than a digit (-1 for none). */
interface WordExtent {
  start: number;
  end: number;
  firstLatin: number;
  lastLatin: number;
  firstNonDigit: number;
  lastNonDigit: number;
}

/**
 * The words of a paragraph's text as isCodeBeside reads them, the last one kept: the numbers of a long
 * word (١ب repeated) each ask of it, which read again for each would be quadratic in its length.
 */
class WordsOf {
  private last: WordExtent | undefined;

  constructor(private readonly text: string) {}

  /** The word at offset `at`, which holds no space nor line end. */
  at(at: number): WordExtent {
    if (this.last && this.last.start <= at && at < this.last.end) return this.last;
    const { text } = this;
    const isBreak = (code: number) => isSpace(code) || code === 0x0a;
    let start = at;
    while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    const word: WordExtent = { start, end, firstLatin: -1, lastLatin: -1, firstNonDigit: -1, lastNonDigit: -1 };
    for (let k = start; k < end; k++) {
      const code = text.charCodeAt(k);
      if (isLatinLetterCode(code)) {
        if (word.firstLatin === -1) word.firstLatin = k;
        word.lastLatin = k;
      }
      if (!isDigit(code)) {
        if (word.firstNonDigit === -1) word.firstNonDigit = k;
        word.lastNonDigit = k;
      }
    }
    return (this.last = word);
  }
}

interface NumberToken {
  span: Span;
  text: string;
  /** The system of its first digit, which is how it is counted. */
  system: DigitSystem;
  /** Every system its digits use: more than one when a number is itself mixed. */
  systems: Set<DigitSystem>;
  /** The percent sign right after it (% or ٪), converted with it; else empty. */
  percent: string;
  /** A reference's number (see isDottedReference), whose dots stay. */
  reference: boolean;
}

export default defineRule({
  id: 'mixed-digits',
  category: 'characters',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'article',
  messages: {
    minoritySystem: {
      ar: 'الرقم «{number}» مكتوب بالأرقام {systemAr}، وبقية المقال بالأرقام {majorityAr}.',
      en: '“{number}” is written in {systemEn} digits; the rest of the article uses {majorityEn} digits.',
    },
    tiedSystem: {
      ar: 'الرقم «{number}» مكتوب بالأرقام {systemAr}، وفي المقال من الأرقام {majorityAr} عدد مماثل، وهي التي بدأ بها المقال فتُعتمد.',
      en: '“{number}” is written in {systemEn} digits; the article has as many numbers in {majorityEn} digits, which it uses first, so those are taken.',
    },
    mixedNumber: {
      ar: 'الرقم «{number}» يخلط الأرقام {systemAr} بالأرقام {majorityAr}: يُكتب كله بالأرقام {majorityAr}.',
      en: '“{number}” mixes {systemEn} and {majorityEn} digits: write it all in {majorityEn} digits.',
    },
    foreignMark: {
      ar: 'في الرقم «{number}» علامة «{mark}» من علامات الأرقام {markSystemAr}، وأرقامه {systemAr}: يُكتب «{correct}».',
      en: '“{number}” has “{mark}”, a mark of {markSystemEn} digits, among {systemEn} digits: it is written “{correct}”.',
    },
    convert: { ar: 'اكتبه «{converted}»', en: 'Write it as “{converted}”' },
    majorityExample: { ar: 'رقم بنظام الأرقام الغالب في المقال', en: 'A number in the digits the article uses most' },
  },
  docs: {
    summary: {
      ar: 'يرصد المقال الذي يخلط أنظمة الأرقام (2014 و٢٠١٤ و۲۰۱۴) ويحوّل أرقام النظام الأقل إلى النظام الغالب، ولا يحوّل إلى الأرقام الفارسية أبدا فهي من لوحة مفاتيح فارسية؛ ويرصد فاصل النظام الآخر وعلامة نسبته في الرقم (١٧.٦ ← ١٧٫٦، ٩٠% ← ٩٠٪، 1٫6 ← 1.6).',
      en: 'Flags an article that mixes digit systems (“2014”, “٢٠١٤”, “۲۰۱۴”) and converts the minority system’s numbers to the majority’s; Persian digits, a Persian keyboard’s, are never the target. Also flags a number with the other system’s separator or percent sign (“١٧.٦” → “١٧٫٦”, “٩٠%” → “٩٠٪”, “1٫6” → “1.6”).',
    },
    rationale: {
      ar: 'يأتي الخلط من نسخ فقرات من مصادر مختلفة؛ يبدو غير متقن، ويكسر البحث عن الأرقام والتواريخ. والنقطة اللاتينية بين الأرقام الهندية تُقرأ صفرا (١٧.٦ كأنها ١٧٠٦).',
      en: 'Mixed digits come from pasting paragraphs from different sources; they look careless and break searching for numbers and dates. A Latin dot among Arabic-Indic digits reads as their zero (“١٧.٦” as “١٧٠٦”).',
    },
    bad: 'قُتل 12 شخصا في عام 2014، وأصيب ٣٠ آخرون.',
    good: 'قُتل 12 شخصا في عام 2014، وأصيب 30 آخرون.',
    notFlagged: {
      ar: 'الأرقام الملتصقة بحروف لاتينية أو المجاورة لكلمة لاتينية (F-16، COVID-19، G20، XBB.1.5، Boeing 787، iOS 17.5) تبقى بالأرقام الغربية، وكذلك الأرقام داخل الروابط والوسوم والحسابات (#صحتك_2023، @gaca_2024). ولا تمس أرقام الآيات داخل القوسين المزخرفين ﴿…﴾ (۝٦)، فالآية تنقل بحروفها، ولا أرقام الآيات بين قوسين مزخرفين (﴿٦﴾) داخل الآيات المقتبسة أو بعدها. وتبقى نقاط الأرقام المرجعية نقاطا (المرسوم رقم 2.20.293، القانون رقم 31.08، 15.03.2026، الساعة 10.30) ويُقترح تحويلها ولا يُحوَّل تلقائيا. ولا تُرصد علامة النسبة العربية ٪ بعد الأرقام الغربية (90٪) فكثير من الصحف يكتبها، ولا الفاصلة اللاتينية بين الأرقام الهندية (٢,٥) فلا تشتبه برقم.',
      en: 'Numbers joined to Latin letters or next to a Latin word (F-16, COVID-19, G20, XBB.1.5, Boeing 787, iOS 17.5) stay in Western digits, and so do numbers inside URLs, hashtags and handles (#صحتك_2023, @gaca_2024). A Quran verse in ornate brackets ﴿…﴾ keeps its verse numbers (۝٦): it is quoted to the letter, and so are the verse numbers in ornate brackets (﴿٦﴾) within a quoted passage or after its verses. A reference’s dots stay dots (المرسوم رقم 2.20.293، القانون رقم 31.08، 15.03.2026، الساعة 10.30), and its conversion is offered, not made. The Arabic percent sign after Western digits (“90٪”), which many houses write, and a Latin comma among Arabic-Indic digits (“٢,٥”), which looks like no digit, are not flagged.',
    },
  },
  defaultOptions: {},
  checkArticle({ article, report }) {
    if (!article.paragraphs.some((p) => holds(p, EASTERN_DIGIT_OR_SEPARATOR))) return;
    const numbers: NumberToken[] = [];
    for (const paragraph of article.paragraphs) {
      const { text } = paragraph;
      const words = new WordsOf(text);
      for (const m of text.matchAll(NUMBER)) {
        const start = m.index;
        const end = start + m[0].length;
        // A quotation in Persian keeps its own digits (۴۵۰ میلیون), a Quran verse its verse numbers (۝٦),
        // and a keycap emoji (1️⃣) its ASCII digit, without which it is no emoji.
        if (inLatinRun(text, start, end, words) || KEYCAP.test(text.slice(end, end + 2)) || inPersianQuotation(paragraph, paragraph.start + start) || inOrnateBrackets(paragraph, paragraph.start + start)) continue;
        numbers.push({
          span: { start: paragraph.start + start, end: paragraph.start + end },
          text: m[0],
          percent: PERCENT.test(text[end] ?? '') ? text[end] : '',
          reference: isDottedReference(text, start, m[0]),
          system: systemOf(m[0].charCodeAt(0)),
          systems: systemsOf(m[0]),
        });
      }
    }

    const counts = new Map<DigitSystem, { count: number; first: NumberToken }>();
    for (const number of numbers) {
      const entry = counts.get(number.system);
      if (entry) entry.count++;
      else counts.set(number.system, { count: 1, first: number });
    }
    if (counts.size < 2 && !numbers.some((n) => n.systems.size > 1 || foreignMarkOf(n) !== undefined)) return;
    let majority: DigitSystem = 'western';
    let best = 0;
    for (const [system, { count }] of counts) {
      // Persian digits are a Persian keyboard's, never the digits an Arabic article is to be written in.
      if (system === 'persian' && counts.size > 1) continue;
      if (count > best) [majority, best] = [system, count]; // ties keep the system used first
    }
    // A slim majority may be numbers of codes this rule cannot tell from figures (طائرات 737-800 و787-9
    // in copy of Arabic-Indic figures): the conversion is then offered, not made.
    const minority = numbers.length - best;
    const clearMajority = best >= MAJORITY_RATIO * minority;
    // A tie is broken by the system the article writes first, and the message says so.
    const tied = [...counts].some(([system, { count }]) => system !== majority && system !== 'persian' && count === best);

    const example = counts.get(majority)!.first;
    for (const number of numbers) {
      const foreign = [...number.systems].find((system) => system !== majority);
      if (!foreign) {
        reportForeignMark(number);
        continue;
      }
      const converted = convert(number.text + number.percent, majority, number.reference);
      report({
        span: number.span,
        // A number that mixes two systems is told so, whatever the rest of the article writes (٢٠1٧).
        messageId: number.systems.size > 1 ? 'mixedNumber' : tied ? 'tiedSystem' : 'minoritySystem',
        data: {
          number: number.text,
          systemAr: NAMES[foreign].ar,
          systemEn: NAMES[foreign].en,
          majorityAr: NAMES[majority].ar,
          majorityEn: NAMES[majority].en,
        },
        related: number === example ? [] : [{ span: example.span, messageId: 'majorityExample' }],
        fixes: [
          {
            messageId: 'convert',
            data: { converted },
            edits: [{ span: { start: number.span.start, end: number.span.end + number.percent.length }, text: converted }],
            // A reference's dots stay, but whether the number is one is a guess: its conversion is offered.
            safe: clearMajority && !AMBIGUOUS_SEPARATOR.test(number.text) && !number.reference,
          },
        ],
      });
    }

    /** A number in the article's digits with a mark of the other system (see foreignMarkOf), written with its own. */
    function reportForeignMark(number: NumberToken): void {
      const mark = foreignMarkOf(number);
      if (mark === undefined) return;
      // Western digits keep the ٪ after them; Arabic-Indic ones take ٪ for %.
      const written = number.system === 'western' ? number.text : number.text + number.percent;
      const correct = convert(written, number.system, number.reference);
      const span = { start: number.span.start, end: number.span.start + written.length };
      const digits = NAMES[number.system];
      const markSystem = NAMES[number.system === 'western' ? 'arabicIndic' : 'western'];
      report({
        span,
        messageId: 'foreignMark',
        data: { number: written, mark, correct, systemAr: digits.ar, systemEn: digits.en, markSystemAr: markSystem.ar, markSystemEn: markSystem.en },
        // One dot before three digits is a decimal point or a thousands separator (١.٢٠٠): the choice is offered.
        fixes: [{ messageId: 'convert', data: { converted: correct }, edits: [{ span, text: correct }], safe: !AMBIGUOUS_SEPARATOR.test(number.text) }],
      });
    }
  },
});
