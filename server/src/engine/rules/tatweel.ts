import { defineRule } from '../rule';
import { definitePrefixLength } from '../text/clitics';
import { isArabicLetter, normalizeLight } from '../text/normalize';
import { isHaraka, isProclitic } from '../text/punctuation';
import { hasQuotedVerse, inQuotedVerse } from '../text/quoted-verse';
import { characterKind, holds } from '../text/rare-characters';

const TATWEEL_RUN = /\u0640+/g;
const TATWEEL = characterKind('\u0640');

/** A letter of an Arabic word or a haraka on one: a word's bounds pass its marks (مُحافظـــة, not حافظـــة). */
const inWord = (code: number) => isArabicLetter(code) || isHaraka(code);

/** One-letter abbreviations written with a tatweel: هـ after a hijri year, جـ (volume) and صـ (page) before a number (جـ2، صـ45). */
const ABBREVIATIONS = new Set(['ه', 'ج', 'ص']);

/**
 * Marks the Quran's spelling seats on a tatweel: the superscript alef (الرَّحْمَـٰنِ), the maddah and the
 * hamza above or below (شَيْـًٔا). There the tatweel carries a letter, not decoration.
 */
const SEATED_MARK = /[\u064b-\u0652]*[\u0653-\u0655\u0670]/y;

/** An abbreviation in Arabic letters parted by dots (أ.ف.ب، و.م.ع، م.ت.ف), which a proclitic cannot join either. */
const DOTTED_ABBREVIATION = /[\u0621-\u064a]\.[\u0621-\u064a]/y;

/** Blanks, maybe dots, then a tatweel opening the next word: the rest of a word a verse's gap splits. */
const SPLIT_ACROSS_HALVES = /[\s.…]*\s\u0640\p{L}/uy;

/** Whether the sticky `pattern` matches `text` at `at`. */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

export default defineRule({
  id: 'tatweel',
  category: 'characters',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'paragraph',
  messages: {
    decorative: {
      ar: 'مدّة زخرفية (تطويل) داخل الكلمة «{word}»: احذفها.',
      en: 'Decorative tatweel (kashida) in “{word}”: remove it.',
    },
    remove: { ar: 'احذف التطويل', en: 'Remove the tatweel' },
  },
  docs: {
    summary: {
      ar: 'يرصد حرف التطويل (ـ) داخل الكلمات العربية أو في أولها أو آخرها.',
      en: 'Flags the tatweel character (ـ) inside an Arabic word or at its start or end.',
    },
    rationale: {
      ar: 'التطويل زخرفة تكسر البحث والمطابقة وتظهر مشوّهة على الشاشات الصغيرة وفي الأنظمة التي تعيد تشكيل النص.',
      en: 'Tatweel is decoration: it breaks search and matching, and renders badly on small screens and in systems that re-shape the text.',
    },
    bad: 'أعلنت الحكومـــة عن خطة جديدة.',
    good: 'أعلنت الحكومة عن خطة جديدة.',
    notFlagged: {
      ar: 'التطويل الذي يصل حرف جرّ أو عطف مفردًا أو «ال» التعريف برقم أو كلمة لاتينية أو علامة تنصيص أو اختصار: بـ25 طبيبا، لـ«الوكالة»، وبـ2%، الـ20، للـBBC، لـأ.ف.ب، وكذلك «هـ» بعد السنة الهجرية و«جـ» و«صـ» قبل رقم الجزء والصفحة (جـ2، صـ45)، والحرف الواحد بتطويله يُعرض شكله (ـهـ)، والكلمة المشطورة بين شطري البيت (سوى العقـ ... ـل)، والتطويل بين مسافتين بمعنى الشرطة (الاجتماع ـ الذي عقد أمس ـ كان مثمرا)، والتطويل الذي تُرسم عليه الألف الخنجرية أو المدة أو الهمزة في الرسم العثماني (الرَّحْمَـٰنِ)، وكل تطويل في آية مقتبسة بين القوسين المزخرفين ﴿…﴾ أو بعد «قال تعالى»، فالآية تنقل بحروفها.',
      en: 'A tatweel joining a one-letter proclitic or the article ال to a number, a Latin word, a quotation or an abbreviation (بـ25 طبيبا، لـ«الوكالة»، وبـ2%، الـ20، للـBBC), or to an abbreviation parted by dots (لـأ.ف.ب), the hijri abbreviation هـ and the volume and page abbreviations before a number (جـ2، صـ45), a letter alone with its tatweel, shown in its shape (ـهـ), a word split across the halves of a verse (سوى العقـ ... ـل), a tatweel between spaces standing for a dash (الاجتماع ـ الذي عقد أمس ـ كان مثمرا), a tatweel that seats the superscript alef, the maddah or a hamza in the Quran\'s spelling (الرَّحْمَـٰنِ), and any tatweel in a Quran verse quoted in ornate brackets ﴿…﴾ or after قال تعالى: the verse is quoted to the letter.',
    },
  },
  defaultOptions: {},
  checkParagraph(paragraph, { report }) {
    if (!holds(paragraph, TATWEEL)) return;
    const { text, start: base } = paragraph;
    const verses = hasQuotedVerse(paragraph);
    TATWEEL_RUN.lastIndex = 0;
    for (let m = TATWEEL_RUN.exec(text); m; m = TATWEEL_RUN.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // Between spaces it stands for a dash (الاجتماع ـ الذي عقد أمس ـ كان مثمرا); before a word, it is stray.
      if (!inWord(text.charCodeAt(start - 1)) && !isArabicLetter(text.charCodeAt(end))) continue;
      // A quoted verse is kept to the letter, as the hamza and digit rules keep it.
      if (matchesAt(SEATED_MARK, text, end) || (verses && inQuotedVerse(paragraph, base + start))) continue;
      let wordStart = start;
      while (wordStart > 0 && inWord(text.charCodeAt(wordStart - 1))) wordStart--;
      const before = normalizeLight(text.slice(wordStart, start));
      const joinsUnjoinable = !isArabicLetter(text.charCodeAt(end)) || matchesAt(DOTTED_ABBREVIATION, text, end);
      // The article, alone or after proclitics (الـ، والـ، للـ), needs it before `20` or `BBC` as they do.
      const isArticle = before.length > 0 && definitePrefixLength(before) === before.length;
      if (joinsUnjoinable && (isProclitic(before) || isArticle || ABBREVIATIONS.has(before))) continue;
      // A word split across the halves of a verse (لا إمام سوى العقـ ... ـل مشيرا) ends the first with its tatweel and opens the second with one.
      if (!isArabicLetter(text.charCodeAt(end)) && matchesAt(SPLIT_ACROSS_HALVES, text, end)) continue;
      let wordEnd = end;
      while (wordEnd < text.length && (inWord(text.charCodeAt(wordEnd)) || text[wordEnd] === '\u0640')) wordEnd++;
      // One letter and its tatweel, standing alone, is the letter's shape shown (الهاء في وسط الكلمة: ـهـ).
      if (normalizeLight(text.slice(wordStart, wordEnd)).length === 1) continue;
      const span = { start: base + start, end: base + end };
      report({
        span,
        messageId: 'decorative',
        data: { word: text.slice(wordStart, wordEnd) },
        fixes: [{ messageId: 'remove', edits: [{ span, text: '' }], safe: true }],
      });
    }
  },
});
