import { defineRule } from '../rule';
import { quotationsOf } from '../text/pairs';
import { pastBlanks } from '../text/punctuation';
import { isQuotingVerb } from '../text/speech-verbs';

/** Letters with their harakat and tatweel, as article.ts reads words. */
const WORD_CHAR = /[\p{L}\p{M}\u0640]/u;
/** After the closing mark, what shows the quotation is the whole complement of the verb. */
const CLAUSE_END = /^[ \t]*(?:[.،,؛;:!؟?…)\]]|$)/;
/**
 * A full stop closing the quotation's text («سنواصل الحوار.» وغادر) ends its sentence there, so the quotation is
 * the verb's whole complement too; not an ellipsis, nor ؟ or !, which a quoted title may end with.
 */
const FULL_STOP_END = /[^.]\.$/;

export default defineRule({
  id: 'colon-before-quote',
  category: 'punctuation',
  defaultSeverity: 'off',
  fixable: 'safe',
  scope: 'paragraph',
  messages: {
    missingColon: {
      ar: 'ضع نقطتين بعد «{verb}» قبل الاقتباس المباشر.',
      en: 'Put a colon after “{verb}” before the direct quotation.',
    },
    insertColon: { ar: 'أضف النقطتين: «{verb}:»', en: 'Insert the colon: “{verb}:”' },
  },
  docs: {
    summary: {
      ar: 'أسلوب تحريري اختياري: نقطتان بين فعل القول والاقتباس المباشر (وقال: «…»).',
      en: 'Optional house style: a colon between a verb of saying and the direct quotation it introduces, as in “وقال: «…»”.',
    },
    rationale: {
      ar: 'تفصل النقطتان القول المنقول حرفيا عن كلام الكاتب، وتوحيدها في المقال يريح القارئ. القاعدة معطلة افتراضيا لأن بعض المؤسسات لا تعتمدها.',
      en: 'The colon sets verbatim speech apart from the writer’s words, and one style across the paper reads easier. Off by default: not every house uses it.',
    },
    bad: 'وقال المتحدث إن الاجتماع انتهى، وأضاف «سنواصل الحوار».',
    good: 'وقال المتحدث إن الاجتماع انتهى، وأضاف: «سنواصل الحوار».',
    notFlagged: {
      ar: 'القول غير المباشر وما يفصل فيه شيء بين الفعل والاقتباس (وقال الوزير إن «…»)، والاقتباس الذي يليه كلام يكمل الجملة لأنه اسم أو مصطلح بين علامتي تنصيص لا قول منقول (وقالت «حماس» إنها…، أعلن «حالة الطوارئ» في المدينة)، إلا أن يختم الاقتباسَ نقطةٌ داخله فتنتهي الجملة عندها (وقال «سنواصل الحوار.» وغادر)؛ ولا تُعد علامة الاستفهام أو التعجب داخله نهاية له، فقد يكون عنوانا (وكتب «من يحكم العالم؟» عام 2010).',
      en: 'Indirect speech and anything between the verb and the quotation (وقال الوزير إن «…»); a quotation followed by more of the clause, since it is a quoted name or term rather than speech (وقالت «حماس» إنها…، أعلن «حالة الطوارئ» في المدينة), unless a full stop inside closes the quotation and ends its sentence there (وقال «سنواصل الحوار.» وغادر); a question or exclamation mark inside does not count, as a quoted title may end with one (وكتب «من يحكم العالم؟» عام 2010).',
    },
  },
  defaultOptions: {},
  checkParagraph(paragraph, { report }) {
    const { text, start: base } = paragraph;
    for (const quotation of quotationsOf(paragraph)) {
      if (!quotation.matched) continue;
      const verbEnd = pastBlanks(text, quotation.open - base - 1, -1) + 1;
      if (verbEnd === quotation.open - base) continue;
      let verbStart = verbEnd;
      while (verbStart > 0 && WORD_CHAR.test(text[verbStart - 1])) verbStart--;
      const verb = text.slice(verbStart, verbEnd);
      if (!verb || !isQuotingVerb(verb)) continue;
      const close = quotation.close - base;
      if (!CLAUSE_END.test(text.slice(close + 1, close + 4)) && !FULL_STOP_END.test(text.slice(close - 2, close))) continue;
      report({
        span: { start: base + verbStart, end: base + verbEnd },
        messageId: 'missingColon',
        data: { verb },
        fixes: [
          {
            messageId: 'insertColon',
            data: { verb },
            edits: [{ span: { start: base + verbEnd, end: base + verbEnd }, text: ':' }],
            safe: true,
          },
        ],
      });
    }
  },
});

