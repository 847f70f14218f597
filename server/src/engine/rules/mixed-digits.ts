import { defineRule } from '../rule';
import { characterKind, holds } from '../text/rare-characters';
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
/** Arabic-Indic and Persian digits: an article without them writes its numbers in one system. */
const EASTERN_DIGIT = characterKind('٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹');

function systemOf(code: number): DigitSystem {
  if (code >= 0x0660 && code <= 0x0669) return 'arabicIndic';
  if (code >= 0x06f0 && code <= 0x06f9) return 'persian';
  return 'western';
}

/** The number's digits in `target`. Arabic separators ٫ ٬ become . , in Western digits; others stay. */
function convert(number: string, target: DigitSystem): string {
  let out = '';
  for (const ch of number) {
    const code = ch.charCodeAt(0);
    if (/\p{Nd}/u.test(ch)) out += String.fromCharCode(ZERO[target] + code - ZERO[systemOf(code)]);
    else if (target === 'western' && ch === '٫') out += '.';
    else if (target === 'western' && ch === '٬') out += ',';
    else out += ch;
  }
  return out;
}

interface NumberToken {
  span: Span;
  text: string;
  /** The system of its first digit, which is how it is counted. */
  system: DigitSystem;
  /** Every system its digits use: more than one when a number is itself mixed. */
  systems: Set<DigitSystem>;
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
    convert: { ar: 'اكتبه «{converted}»', en: 'Write it as “{converted}”' },
    majorityExample: { ar: 'رقم بنظام الأرقام الغالب في المقال', en: 'A number in the digits the article uses most' },
  },
  docs: {
    summary: {
      ar: 'يرصد المقال الذي يخلط أنظمة الأرقام (2014 و٢٠١٤ و۲۰۱۴) ويحوّل أرقام النظام الأقل إلى النظام الغالب.',
      en: 'Flags an article that mixes digit systems (“2014”, “٢٠١٤”, “۲۰۱۴”) and converts the minority system’s numbers to the majority’s.',
    },
    rationale: {
      ar: 'يأتي الخلط من نسخ فقرات من مصادر مختلفة؛ يبدو غير متقن، ويكسر البحث عن الأرقام والتواريخ.',
      en: 'Mixed digits come from pasting paragraphs from different sources; they look careless and break searching for numbers and dates.',
    },
    bad: 'قُتل 12 شخصا في عام 2014، وأصيب ٣٠ آخرون.',
    good: 'قُتل 12 شخصا في عام 2014، وأصيب 30 آخرون.',
    notFlagged: {
      ar: 'الأرقام الملتصقة بحروف لاتينية (F-16، COVID-19، G20) تبقى بالأرقام الغربية، والأرقام داخل الروابط والوسوم (#صحتك_2023).',
      en: 'Numbers joined to Latin letters (F-16, COVID-19, G20) stay in Western digits, and numbers inside URLs and hashtags (#صحتك_2023).',
    },
  },
  defaultOptions: {},
  checkArticle({ article, report }) {
    if (!article.paragraphs.some((p) => holds(p, EASTERN_DIGIT))) return;
    const numbers: NumberToken[] = [];
    for (const paragraph of article.paragraphs) {
      const { text } = paragraph;
      for (const m of text.matchAll(NUMBER)) {
        const start = m.index;
        const end = start + m[0].length;
        const before = text[start - 1] === '-' ? text[start - 2] : text[start - 1];
        if (LATIN_LETTER.test(before ?? '') || LATIN_LETTER.test(text[end] ?? '')) continue;
        numbers.push({
          span: { start: paragraph.start + start, end: paragraph.start + end },
          text: m[0],
          system: systemOf(m[0].charCodeAt(0)),
          systems: new Set([...m[0]].filter((ch) => /\p{Nd}/u.test(ch)).map((ch) => systemOf(ch.charCodeAt(0)))),
        });
      }
    }

    const counts = new Map<DigitSystem, { count: number; first: NumberToken }>();
    for (const number of numbers) {
      const entry = counts.get(number.system);
      if (entry) entry.count++;
      else counts.set(number.system, { count: 1, first: number });
    }
    if (counts.size < 2 && !numbers.some((n) => n.systems.size > 1)) return;
    let majority: DigitSystem = 'western';
    let best = 0;
    for (const [system, { count }] of counts) {
      if (count > best) [majority, best] = [system, count]; // ties keep the system used first
    }

    const example = counts.get(majority)!.first;
    for (const number of numbers) {
      const foreign = [...number.systems].find((system) => system !== majority);
      if (!foreign) continue;
      const converted = convert(number.text, majority);
      report({
        span: number.span,
        messageId: 'minoritySystem',
        data: {
          number: number.text,
          systemAr: NAMES[foreign].ar,
          systemEn: NAMES[foreign].en,
          majorityAr: NAMES[majority].ar,
          majorityEn: NAMES[majority].en,
        },
        related: number === example ? [] : [{ span: example.span, messageId: 'majorityExample' }],
        fixes: [{ messageId: 'convert', data: { converted }, edits: [{ span: number.span, text: converted }], safe: true }],
      });
    }
  },
});
