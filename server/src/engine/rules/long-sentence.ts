import { defineRule } from '../rule';
import type { Sentence } from '../text/article';
import { quotationsOf, type Quotation } from '../text/pairs';

const SPACE = /\s/;

/**
 * The words as a reader counts them, between spaces: a date, a decimal or a time (12.5.2024، 3.5، 10.30) and
 * a dotted abbreviation (أ.ف.ب) are one word, though the text model splits them at their dots. Those
 * inside `quoted`, the paragraph's outermost closed quotations in text order, are left out.
 */
function writtenWordCount(sentence: Sentence, quoted: readonly Quotation[] = []): number {
  const { words, text, start } = sentence;
  let count = 0;
  let q = 0;
  for (let k = 0; k < words.length; k++) {
    const at = words[k].start;
    while (q < quoted.length && quoted[q].close < at) q++;
    if (q < quoted.length && quoted[q].open < at) continue;
    if (k === 0 || SPACE.test(text.slice(words[k - 1].end - start, at - start))) count++;
  }
  return count;
}

/** Words per item, at most, of a list written as a sentence: names, each with its club or country (نوح لايلز (الولايات المتحدة)). */
const MAX_LIST_ITEM_WORDS = 4;

/**
 * Whether the sentence is a list, its `count` words parted by commas and spaced dashes into short items:
 * a line-up, a roster, the finishers of a race. Long for its names, it is no sentence to split.
 */
function isList(sentence: Sentence, count: number): boolean {
  const { text } = sentence;
  let items = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '،' || ch === ',' || ch === '؛' || (ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')) items++;
  }
  return count <= items * MAX_LIST_ITEM_WORDS;
}

export default defineRule({
  id: 'long-sentence',
  category: 'style',
  defaultSeverity: 'off',
  fixable: false,
  scope: 'paragraph',
  messages: {
    long: {
      ar: 'جملة طويلة: {count} كلمة، والحد {max}. فكّر في تقسيمها.',
      en: 'Long sentence: {count} words, over the limit of {max}. Consider splitting it.',
    },
  },
  docs: {
    summary: {
      ar: 'ينبّه إلى الجملة التي يزيد عدد كلماتها على الحد (40 كلمة افتراضيا). القاعدة معطلة افتراضيا، ويُنصح بتشغيلها بدرجة info.',
      en: 'Notes a sentence with more words than the limit (40 by default). Off by default; switch it on as "info".',
    },
    rationale: {
      ar: 'الجملة الطويلة تُتعب القارئ وتخفي الفاعل والفعل خلف الجمل الاعتراضية. هي ملاحظة أسلوبية يقررها المحرر، لا خطأ.',
      en: 'A long sentence tires the reader and hides subject and verb behind asides. It is a point of style for the editor to weigh, not an error.',
    },
    bad:
      'وقال المتحدث باسم وزارة الموارد المائية في مؤتمر صحافي عقده في بغداد يوم الاثنين إن الوزارة ستبدأ الأسبوع المقبل تنفيذ خطة لتوزيع الحصص المائية على المحافظات الجنوبية بعد أن تراجعت مناسيب نهري دجلة والفرات إلى أدنى مستوياتها منذ عقود بسبب قلة الأمطار وبناء السدود في دول المنبع.',
    good:
      'وقال المتحدث باسم وزارة الموارد المائية إن الوزارة ستبدأ الأسبوع المقبل توزيع الحصص المائية على المحافظات الجنوبية. وتراجعت مناسيب نهري دجلة والفرات إلى أدنى مستوياتها منذ عقود بسبب قلة الأمطار وبناء السدود في دول المنبع.',
    notFlagged: {
      ar: 'الجمل التي لا تتجاوز الحد، مهما طالت الفقرة، والجملة التي لا تطول إلا بكلام منقول بين علامتي تنصيص (نص برقية أو قرار أو كلمة): لا تُعد كلمات الاقتباس، فهي كلام قائلها لا يقسمها المحرر. والقائمة المكتوبة جملة (تشكيلة فريق، قائمة أسماء، ترتيب المتسابقين) ببنود قصيرة تفصلها الفواصل أو الشرطات. والكلمات تُعد كما يعدها القارئ بين المسافات: التاريخ والعدد العشري والوقت والاختصار المنقوط (12.5.2024، 3.5، 10.30، أ.ف.ب) كلمة واحدة.',
      en: 'Sentences within the limit, however long the paragraph, and a sentence long only for the words it quotes (a cable, a decree, a speech): a quotation’s words are the speaker’s, not for the desk to split, and are not counted. A list written as a sentence (a line-up, a roster, a race’s finishers), its items of a few words each parted by commas or spaced dashes. Words are counted as a reader counts them, between spaces: a date, a decimal, a time or a dotted abbreviation (12.5.2024، 3.5، 10.30، أ.ف.ب) is one word.',
    },
  },
  defaultOptions: { maxWords: 40 },
  optionsSchema: {
    type: 'object',
    properties: {
      maxWords: { type: 'integer', minimum: 1, description: 'A sentence with more words than this is reported.' },
    },
    additionalProperties: false,
  },
  checkParagraph(paragraph, { options, report }) {
    const max = options.maxWords;
    for (const sentence of paragraph.sentences) {
      // Written words are never more than the model's: most sentences are let go without counting them.
      if (sentence.words.length <= max) continue;
      const count = writtenWordCount(sentence);
      if (count <= max) continue;
      // The words of a quotation are the speaker's, quoted as said (a cable, a decree, a speech): the desk
      // can split only its own. Long for them alone, the sentence is left as it is.
      const quoted = quotationsOf(paragraph).filter((q) => q.depth === 0 && q.matched && q.close > sentence.start && q.open < sentence.end);
      if (quoted.length > 0 && writtenWordCount(sentence, quoted) <= max) continue;
      if (isList(sentence, count)) continue;
      report({
        span: { start: sentence.start, end: sentence.end },
        messageId: 'long',
        data: { count: String(count), max: String(max) },
      });
    }
  },
});
