import { defineRule } from '../rule';
import { forEachForm, type CliticSet } from '../text/clitics';
import { normalizeLight } from '../text/normalize';
import { ARABIC_FOR_PERSIAN_KEY, hasNonArabicLetter, inPersianQuotation, isPersianOrUrdu, PERSIAN_YEH } from '../text/persian-script';
import { characterClass, characterKind, holds } from '../text/rare-characters';
import { ALEF_MAQSURA_WORDS, FINAL_YA_WORDS } from '../text/spelling-lists';
import type { Paragraph } from '../text/article';
import type { Fix, ReportedFinding, TextEdit } from '../types';

// Persian ی and ک, and the Urdu/Kurdish ھ, typed into Arabic words by a Persian keyboard. Medial ی is ي,
// ک is ك and ھ is ه everywhere. A final ی is both ي and ى in Persian, so it is decided by word lists: a
// listed ى word (على aside, see ALEF_MAQSURA_WORDS) takes ى unless its ي twin is as common a word
// (TWINS_IN_YA), a listed ي word takes ي, and any other word gets both as suggestions. ە and ۀ are left
// alone: their Arabic letter may be ه or ة, and they almost only occur in Kurdish and Persian text.

const PERSIAN_KEYBOARD_LETTERS = Object.keys(ARABIC_FOR_PERSIAN_KEY).join('');
const CANDIDATE = characterClass(PERSIAN_KEYBOARD_LETTERS, 'u');
const PERSIAN_KEYBOARD_LETTER = characterKind(PERSIAN_KEYBOARD_LETTERS);
const MARK = /[\u064b-\u0652\u0670\u0640]/u;
const NON_JOINER = '\u200c';

const foldAlef = (word: string) => word.replace(/[أإآ]/gu, 'ا');

/** The one of two respellings that the article writes elsewhere, if it writes only one. */
function spelledOneWay(a: Fix, b: Fix, writes: (word: string) => boolean): Fix | undefined {
  const writesA = writes(a.data!.correct);
  return writesA === writes(b.data!.correct) ? undefined : writesA ? a : b;
}

function formsOf(lists: Readonly<Record<CliticSet, readonly string[]>>): Set<string> {
  const forms = new Set<string>();
  for (const set of Object.keys(lists) as CliticSet[]) {
    for (const word of lists[set]) forEachForm(set, word, word, (form) => forms.add(foldAlef(form)));
  }
  return forms;
}

const ENDS_IN_ALEF_MAQSURA = formsOf(ALEF_MAQSURA_WORDS);
const ENDS_IN_YA = formsOf(FINAL_YA_WORDS);
/**
 * Words in ى whose twin in ي is as common a word (رأى saw, رأي opinion; مبنى building, مبني built;
 * تلقى received, تلقي receiving): a final ی there is offered both ways.
 */
const TWINS_IN_YA = formsOf({
  none: [],
  conjunction: ['رأى', 'سعى', 'تلقى', 'تولى', 'يحيى', 'ليلى', 'سلمى'],
  preposition: [],
  noun: ['مبنى', 'معنى', 'قوى', 'موسيقى', 'دعوى', 'تقوى'],
  definite: [],
});

export default defineRule({
  id: 'persian-letters',
  category: 'characters',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'article',
  messages: {
    persian: {
      ar: 'حروف فارسية في كلمة عربية: «{word}» تُكتب «{correct}».',
      en: 'Persian letters in an Arabic word: “{word}” is written “{correct}”.',
    },
    ambiguousFinal: {
      ar: 'حروف فارسية في كلمة عربية: «{word}» تُكتب «{withYa}» أو «{withAlef}» بحسب الكلمة المقصودة.',
      en: 'Persian letters in an Arabic word: “{word}” is written “{withYa}” or “{withAlef}”, depending on the word meant.',
    },
    use: { ar: 'اكتب «{correct}»', en: 'Write “{correct}”' },
  },
  docs: {
    summary: {
      ar: 'يرصد الياء والكاف الفارسيتين (ی، ک) والهاء الأردية (ھ) في الكلمات العربية.',
      en: 'Flags the Persian ya and kaf (“ی”, “ک”) and the Urdu heh (“ھ”) in Arabic words.',
    },
    rationale: {
      ar: 'تبدو هذه الحروف مثل نظيرتها العربية لكنها رموز مختلفة، فتفشل معها محركات البحث والتدقيق والمطابقة، وتأتي عادة من لوحة مفاتيح فارسية.',
      en: 'These letters look like their Arabic counterparts but are different characters, so search, spell checking and matching fail on them; they usually come from a Persian keyboard.',
    },
    bad: 'وصل الوفد إلی المدینة بعد رحلة طویلة.',
    good: 'وصل الوفد إلى المدينة بعد رحلة طويلة.',
    notFlagged: {
      ar: 'الجمل الفارسية والأردية والكردية (فيها حروف لا تستعملها العربية مثل پ چ ژ گ، أو كلمات فارسية شائعة)، والاسم المكتوب بإملاء فارسي أو كردي في جملة عربية (وقال الرئيس الإيراني مسعود پزشکیان إن…)، أما كلمات الجملة العربية حوله فتُصحَّح، وتُعرف الجملة عربيةً بأدواتها (في، إن، الذي…) وبالتاء المربوطة والاقتباس الفارسي داخل جملة عربية (كتب بالفارسية: «… نمی‌کنیم»)، والحرفان ە وۀ لأن مقابلهما العربي قد يكون هاء أو تاء مربوطة. والياء الأخيرة في كلمة غير معروفة لا يكتبها المقال في موضع آخر بالياء أو بالألف المقصورة، أو في كلمة لها بالياء نظير شائع (رأی: رأى أو رأي، مبنی: مبنى أو مبني)، تُعرض بوجهيها اقتراحًا لا تصحيحًا آليًا، وكذلك تُقترح ولا تُصحَّح الكلمة الموصولة بغيرها بفاصل غير واصل على الإملاء الفارسي (آیت‌الله).',
      en: 'Persian, Urdu and Kurdish sentences (with letters Arabic does not use, such as پ چ ژ گ, or common Persian words), and a name in Persian or Kurdish spelling in an Arabic sentence (وقال الرئيس الإيراني مسعود پزشکیان إن…), whose other words are fixed: the sentence is told Arabic by its function words (في، إن، الذي…) and words in ة and a Persian quotation in an Arabic sentence (كتب بالفارسية: «… نمی‌کنیم»); ە and ۀ, whose Arabic letter may be ه or ة. A final ی in a word not on the lists and that the article writes neither way elsewhere, or in one whose twin in ي is as common a word (رأی: رأى or رأي, مبنی: مبنى or مبني), is offered as both ي and ى, as suggestions only; so is the swap in a word joined to the next by a non-joiner, Persian spelling (آیت‌الله).',
    },
  },
  defaultOptions: {},
  checkArticle({ article, report }) {
    // The article's words, asked only of a final ی that the lists leave open: gathered once, on demand.
    let written: Set<string> | undefined;
    const writes = (word: string) => (written ??= new Set(article.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.words.map((w) => w.text))))).has(word);
    for (const paragraph of article.paragraphs) if (holds(paragraph, PERSIAN_KEYBOARD_LETTER)) checkParagraph(paragraph, report, writes);
  },
});

/** The Persian letters in a paragraph's Arabic words; `writes`: whether the article writes a word so. */
function checkParagraph(paragraph: Paragraph, report: (finding: ReportedFinding) => void, writes: (word: string) => boolean): void {
  for (const sentence of paragraph.sentences) {
    if (!CANDIDATE.test(sentence.text) || isPersianOrUrdu(sentence, paragraph)) continue;
    for (const word of sentence.words) {
      // A quotation in Persian inside an Arabic sentence (كتب بالفارسية: «…») is left as written, and so
      // is a name in Persian or Kurdish spelling (مسعود پزشکیان), whose Arabic is more than a letter swap.
      if (!CANDIDATE.test(word.text) || inPersianQuotation(paragraph, word.start) || hasNonArabicLetter(word.text)) continue;
      const { text } = word;
      let last = text.length - 1;
      while (last > 0 && MARK.test(text[last])) last--;
      const edits: TextEdit[] = [];
      let body = '';
      for (let i = 0; i < text.length; i++) {
        const arabic = ARABIC_FOR_PERSIAN_KEY[text[i]];
        if (arabic && i !== last) edits.push({ span: { start: word.start + i, end: word.start + i + 1 }, text: arabic });
        body += arabic && i !== last ? arabic : text[i];
      }
      const span = { start: word.start, end: word.end };
      // Joined to a neighbour by a non-joiner, the word is in Persian spelling (آیت‌الله، خامنه‌ای), whose
      // Arabic is more than a letter swap (آية الله، خامنئي): the swap is only offered.
      const swapIsSafe = !paragraph.text.endsWith(NON_JOINER, word.start - paragraph.start) && !paragraph.text.startsWith(NON_JOINER, word.end - paragraph.start);
      const fix = (lastLetter: string, safe: boolean): Fix => {
        const correct = body.slice(0, last) + lastLetter + body.slice(last + 1);
        const lastEdit = lastLetter === text[last] ? [] : [{ span: { start: word.start + last, end: word.start + last + 1 }, text: lastLetter }];
        return { messageId: 'use', data: { correct }, edits: [...edits, ...lastEdit], safe };
      };
      if (text[last] !== PERSIAN_YEH) {
        const only = fix(ARABIC_FOR_PERSIAN_KEY[text[last]] ?? text[last], swapIsSafe);
        report({ span, messageId: 'persian', data: { word: text, correct: only.data!.correct }, fixes: [only] });
        continue;
      }
      const withYa = fix('ي', swapIsSafe);
      const withAlef = fix('ى', swapIsSafe);
      const asAlef = foldAlef(normalizeLight(withAlef.data!.correct));
      const asYa = foldAlef(normalizeLight(withYa.data!.correct));
      const byLists = ENDS_IN_ALEF_MAQSURA.has(asAlef) && !TWINS_IN_YA.has(asAlef) ? withAlef : ENDS_IN_YA.has(asYa) ? withYa : undefined;
      // Else the article's own spelling of the word, when it has one (اللبنانی where it writes اللبناني),
      // but for a word whose twin is as common (رأی).
      const decided = byLists ?? (TWINS_IN_YA.has(asAlef) ? undefined : spelledOneWay(withYa, withAlef, writes));
      if (decided) {
        report({ span, messageId: 'persian', data: { word: text, correct: decided.data!.correct }, fixes: [decided] });
      } else {
        report({
          span,
          messageId: 'ambiguousFinal',
          data: { word: text, withYa: withYa.data!.correct, withAlef: withAlef.data!.correct },
          fixes: [{ ...withYa, safe: false }, { ...withAlef, safe: false }],
        });
      }
    }
  }
}
