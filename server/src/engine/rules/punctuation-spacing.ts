import { defineRule } from '../rule';
import { isArabicLetter } from '../text/normalize';
import { OPAQUE } from '../text/prose';
import { facingOf, headlineTopicDotsAt, isDigit, isHaraka, isLatinLetter, isLatinLetterOrDigit, isProclitic } from '../text/punctuation';

/** Where something can be wrong: a run of spaces, or a mark that may lack the space after or before it. */
const SPOTS = /[ \t]+|[،؛؟!.:,;?()[\]«»"“”]/g;
/** Marks that take no space before and one after. */
const SPACED_MARKS = '،؛؟!.:,;?';
const ARABIC_MARKS = '،؛؟';

export default defineRule({
  id: 'punctuation-spacing',
  category: 'punctuation',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'paragraph',
  messages: {
    spaceBefore: {
      ar: 'مسافة قبل «{mark}»: العلامة تلتصق بالكلمة التي قبلها.',
      en: 'Space before “{mark}”: the mark belongs against the word before it.',
    },
    missingSpaceAfter: {
      ar: 'لا مسافة بعد «{mark}»: افصل بينها وبين الكلمة التالية بمسافة.',
      en: 'No space after “{mark}”: put one space before the next word.',
    },
    spaceInside: {
      ar: 'مسافة داخل «{mark}»: القوس وعلامة التنصيص يلتصقان بما بينهما.',
      en: 'Space just inside “{mark}”: brackets and quotes hug what they enclose.',
    },
    missingSpaceBefore: {
      ar: 'لا مسافة قبل «{mark}»: افصل بينها وبين الكلمة السابقة بمسافة.',
      en: 'No space before the opening “{mark}”: put one space after the previous word.',
    },
    missingSpaceAfterClose: {
      ar: 'لا مسافة بعد «{mark}»: افصل بينها وبين الكلمة التالية بمسافة.',
      en: 'No space after the closing “{mark}”: put one space before the next word.',
    },
    multipleSpaces: { ar: 'أكثر من مسافة بين كلمتين.', en: 'More than one space between words.' },
    tab: { ar: 'مسافة جدولة (Tab) وسط السطر.', en: 'A tab in the middle of a line.' },
    trailing: { ar: 'مسافة زائدة في آخر السطر.', en: 'Trailing space at the end of the line.' },
    removeSpace: { ar: 'احذف المسافة', en: 'Remove the space' },
    insertSpace: { ar: 'أضف مسافة', en: 'Insert a space' },
    oneSpace: { ar: 'اكتفِ بمسافة واحدة', en: 'Use one space' },
  },
  docs: {
    summary: {
      ar: 'يرصد المسافات الخاطئة حول علامات الترقيم والأقواس وعلامات التنصيص، والمسافات المكررة والزائدة.',
      en: 'Flags wrong spacing around punctuation, brackets and quotes, and doubled, tab and trailing spaces.',
    },
    rationale: {
      ar: 'المسافة قبل الفاصلة أو النقطة تجعل العلامة تبدأ السطر التالي عند الالتفاف، وغياب المسافة بعدها يلصق كلمتين، والمسافات المكررة تشوّه المحاذاة وتفسد البحث.',
      en: 'A space before a comma or full stop lets the mark wrap onto the next line, a missing space after it glues two words, and doubled spaces spoil justification and search.',
    },
    bad: 'قال المدرب(52 عاما) ، إن الفريق  جاهز.وأضاف: « سنفوز ».',
    good: 'قال المدرب (52 عاما)، إن الفريق جاهز. وأضاف: «سنفوز».',
    notFlagged: {
      ar: 'الأعداد العشرية (3.5) والأوقات (10:30) والاختصارات (أ.ف.ب) وعلامة الحذف (... و…) وحروف العطف والجر الملتصقة بما بعدها (لـ«الوكالة»، و(أ.ف.ب))، والمسافة البادئة في أول السطر، ونقطتا العنوان «العراق.. عنوان» ما لم يمنعهما أسلوب الدار.',
      en: 'Decimals (3.5), times (10:30), abbreviations (أ.ف.ب), ellipses (... and …), proclitics written onto a quotation or bracket (لـ«الوكالة»، و(أ.ف.ب)), leading indentation, and the headline convention «العراق.. عنوان» unless the house style forbids it.',
    },
  },
  defaultOptions: {},
  checkParagraph(paragraph, { article, house, report }) {
    const { text, start: base } = paragraph;
    const facing = facingOf(text);
    const topicDots = house.headlineDoubleDot ? headlineTopicDotsAt(paragraph) : -1;
    const flag = (start: number, end: number, messageId: string, mark: string | undefined, fixId: string, replacement: string) => {
      const span = { start: base + start, end: base + end };
      report({
        span,
        messageId,
        data: mark === undefined ? undefined : { mark },
        fixes: [{ messageId: fixId, edits: [{ span, text: replacement }], safe: true }],
      });
    };
    const insertAt = (mark: number, at: number, messageId: string) => {
      const span = { start: base + mark, end: base + mark + 1 };
      const point = { start: base + at, end: base + at };
      report({
        span,
        messageId,
        data: { mark: text[mark] },
        fixes: [{ messageId: 'insertSpace', edits: [{ span: point, text: ' ' }], safe: true }],
      });
    };

    /** `.` as a full stop: not part of an ellipsis or a decimal; the headline topic's two dots count as one. */
    const fullStopAt = (i: number): boolean =>
      i === topicDots || (text[i - 1] !== '.' && text[i + 1] !== '.' && !isDigit(text.charCodeAt(i + 1)));

    /** The mark at `i` wants no space before it. */
    const takesNoSpaceBefore = (i: number): boolean => {
      const ch = text[i];
      if (ch === '.') return fullStopAt(i);
      if (ch === '!' && text[i + 1] === '[') return false; // a Markdown image: ![alt](url)
      return SPACED_MARKS.includes(ch) || facing(i) === 'close';
    };

    const checkSpaces = (from: number, to: number) => {
      const before = text[from - 1];
      const after = text[to];
      if (before === undefined || before === '\n') return; // indentation
      const run = text.slice(from, to);
      if (after === undefined || after === '\n') {
        if (/^ {2,}$/.test(run)) return; // a Markdown hard line break (only Markdown paragraphs span lines)
        flag(from, to, 'trailing', undefined, 'removeSpace', '');
        return;
      }
      if (facing(from - 1) === 'open') return flag(from, to, 'spaceInside', before, 'removeSpace', '');
      if (facing(to) === 'close') return flag(from, to, 'spaceInside', after, 'removeSpace', '');
      if (takesNoSpaceBefore(to)) {
        return flag(from, to, 'spaceBefore', to === topicDots ? '..' : after, 'removeSpace', '');
      }
      if (run === ' ') return;
      flag(from, to, run.includes('\t') ? 'tab' : 'multipleSpaces', undefined, 'oneSpace', ' ');
    };

    const startsWord = (i: number): boolean => {
      const code = text.charCodeAt(i);
      return isArabicLetter(code) || isLatinLetter(code) || text[i] === OPAQUE || facing(i) === 'open';
    };

    const checkAfterMark = (i: number) => {
      const mark = text[i];
      const next = i + 1;
      if (!startsWord(next)) return;
      if (mark === '.' && i !== topicDots + 1 && (!fullStopAt(i) || isAbbreviationDot(i))) return;
      if (mark === '!' && text[next] === '[') return; // a Markdown image
      if (!ARABIC_MARKS.includes(mark) && isLatinLetterOrDigit(text.charCodeAt(i - 1)) && isLatinLetter(text.charCodeAt(next))) return; // e.g, Note:this
      insertAt(i, next, 'missingSpaceAfter');
    };

    /** `أ.ف.ب`, `وص.ب`, `د.محمد`: a dot after a one-letter word, a proclitic allowed. */
    const isAbbreviationDot = (i: number): boolean => {
      let wordStart = i;
      while (wordStart > 0 && isLetter(wordStart - 1)) wordStart--;
      const word = text.slice(wordStart, i);
      return word.length === 1 || (word.length === 2 && isProclitic(word[0]));
    };
    const isLetter = (i: number): boolean => {
      const code = text.charCodeAt(i);
      return isArabicLetter(code) || isLatinLetter(code);
    };

    const checkBeforeOpener = (i: number) => {
      let wordEnd = i;
      while (wordEnd > 0 && isHaraka(text.charCodeAt(wordEnd - 1))) wordEnd--;
      const last = text.charCodeAt(wordEnd - 1);
      if (!isArabicLetter(last) && !isDigit(last)) return;
      if (text[i] === '[' && text[i + 1] === '^') return; // a Markdown footnote
      let wordStart = wordEnd;
      while (wordStart > 0 && (isArabicLetter(text.charCodeAt(wordStart - 1)) || isHaraka(text.charCodeAt(wordStart - 1)))) wordStart--;
      if (isProclitic(text.slice(wordStart, wordEnd).replace(/[\u064B-\u0652\u0670]/g, ''))) return;
      insertAt(i, i, 'missingSpaceBefore');
    };

    /** `»(` or `)«`, but not a Markdown link's `](`. */
    const opensAfterClose = (i: number): boolean => facing(i + 1) === 'open' && !(text[i] === ']' && text[i + 1] === '(');

    for (const m of text.matchAll(SPOTS)) {
      const i = m.index;
      const ch = m[0][0];
      if (ch === ' ' || ch === '\t') {
        checkSpaces(i, i + m[0].length);
        continue;
      }
      if (SPACED_MARKS.includes(ch)) {
        checkAfterMark(i);
        continue;
      }
      const side = facing(i);
      if (side === 'open') checkBeforeOpener(i);
      else if (side === 'close' && (isArabicLetter(text.charCodeAt(i + 1)) || opensAfterClose(i))) insertAt(i, i + 1, 'missingSpaceAfterClose');
    }

    // Paragraphs are trimmed: spaces after the last visible character, up to the line end, are flagged
    // here (the paragraph cache keys on them too). Masked closing hashes of a heading are not spaces.
    const { source } = article;
    let lineEnd = source.indexOf('\n', paragraph.end);
    if (lineEnd === -1) lineEnd = source.length;
    if (lineEnd > paragraph.end && /^[ \t]+$/.test(source.slice(paragraph.end, lineEnd))) {
      flag(text.length, text.length + lineEnd - paragraph.end, 'trailing', undefined, 'removeSpace', '');
    }
  },
});
