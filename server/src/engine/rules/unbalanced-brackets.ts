import { defineRule } from '../rule';
import { imbalanceFindings, marksOf } from '../text/pairs';

export default defineRule({
  id: 'unbalanced-brackets',
  category: 'quotes',
  defaultSeverity: 'error',
  fixable: false,
  scope: 'paragraph',
  messages: {
    unclosed: {
      ar: 'القوس {mark} يُفتح ولا يُغلق في هذه الفقرة.',
      en: 'The bracket {mark} opens and is not closed in this paragraph.',
    },
    unopened: {
      ar: 'القوس {mark} يُغلق ما لم يُفتح في هذه الفقرة.',
      en: 'The bracket {mark} closes nothing opened in this paragraph.',
    },
    mismatched: {
      ar: 'قوس يُفتح بـ{open} ويُغلق بـ{close}: القوسان لا يتقابلان.',
      en: 'A bracket opened with {open} is closed with {close}: the two do not match.',
    },
    candidate: { ar: 'لعله القوس المقابل: {mark}', en: 'Possibly its partner: {mark}' },
    opener: { ar: 'هنا يُفتح القوس {mark}', en: 'The bracket {mark} opens here' },
  },
  docs: {
    summary: {
      ar: 'يرصد القوس الذي لا يقابله قوس في الفقرة، ومنه القوسان المزخرفان حول الآية ﴿…﴾، والقوسين المتقابلين من نوعين مختلفين.',
      en: 'Flags a bracket with no partner in its paragraph, the ornate brackets around a Quran verse ﴿…﴾ among them, and a pair made of two kinds of bracket.',
    },
    rationale: {
      ar: 'القوس المفتوح يُدخل بقية الجملة في الاعتراض، والقوس الشارد بقية تحرير سابق؛ والقارئ لا يدري أين ينتهي الاعتراض.',
      en: 'An open bracket pulls the rest of the sentence into the aside, and a stray closing bracket is left over from an earlier edit: the reader cannot tell where the aside ends.',
    },
    bad: 'وصل المدرب (52 عاما إلى المطار مساء أمس.',
    good: 'وصل المدرب (52 عاما) إلى المطار مساء أمس.',
    notFlagged: {
      ar: 'أرقام البنود وحروفها وترتيبها: 1) أ) ب) أولا) 1.2) ii)، بعد مسافة أو فاصلة أو نقطتين أو علامة تنصيص («أ) …»)، وداخل قوس ما دام في الفقرة أقواس إغلاق زائدة (وتشمل: 1) …، 2) …)، والقوسان المزخرفان بأي الترتيبين ﴿…﴾ و﴾…﴿، والوجوه التعبيرية :) :( :))، والأقواس داخل الروابط والشيفرة. ولا يقترح إصلاحا، فموضع القوس الناقص تخمين.',
      en: 'List markers such as 1) أ) ب) أولا) 1.2) ii), after a space, a comma, a colon or a quotation mark («أ) …»), and inside a bracket while the paragraph has closing brackets to spare (وتشمل: 1) …، 2) …); ornate brackets in either order, ﴿…﴾ and ﴾…﴿; emoticons such as :) :( and :)), brackets in URLs and code. No fix is offered: where the missing bracket goes is a guess.',
    },
  },
  defaultOptions: {},
  checkParagraph(paragraph, { report }) {
    for (const finding of imbalanceFindings(marksOf(paragraph).brackets, paragraph)) report(finding);
  },
});
