import { defineRule } from '../rule';
import { quotationsOf } from '../text/pairs';
import { pastBlanks } from '../text/punctuation';
import { isSpeechVerb } from '../text/speech-verbs';

/** Letters with their harakat and tatweel, as article.ts reads words. */
const WORD_CHAR = /[\p{L}\p{M}\u0640]/u;
/** After the closing mark, what shows the quotation is the whole complement of the verb. */
const CLAUSE_END = /^[ \t]*(?:[.،,؛;:!؟?…)\]]|$)/;

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
      ar: 'القول غير المباشر وما يفصل فيه شيء بين الفعل والاقتباس (وقال الوزير إن «…»)، والاقتباس الذي يليه كلام يكمل الجملة لأنه اسم أو مصطلح بين علامتي تنصيص لا قول منقول (وقالت «حماس» إنها…، أعلن «حالة الطوارئ» في المدينة).',
      en: 'Indirect speech and anything between the verb and the quotation (وقال الوزير إن «…»); a quotation followed by more of the clause, since it is a quoted name or term rather than speech (وقالت «حماس» إنها…، أعلن «حالة الطوارئ» في المدينة).',
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
      if (!verb || !isSpeechVerb(verb)) continue;
      if (!CLAUSE_END.test(text.slice(quotation.close - base + 1, quotation.close - base + 4))) continue;
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

