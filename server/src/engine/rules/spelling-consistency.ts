import { defineRule } from '../rule';
import type { Word } from '../text/article';
import { INDEFINITE_PROCLITICS, splitDefinite } from '../text/clitics';
import { minimalEdit } from '../text/minimal-edit';
import { hasArabicLetter, normalizeLight } from '../text/normalize';
import { hasNonArabicLetter, isPersianOrUrdu } from '../text/persian-script';

// Which spellings count as one word written two ways. Only folds that cannot join two different words:
// - the seat of hamza (ؤ/ئ/ء): مسؤول/مسئول، شؤون/شئون;
// - a final ة/ه or ى/ي, only on a word with the article: a definite noun takes no pronoun suffix, so
//   الهيئه is الهيئة misspelled, while حمله (he carried it) and حملة (campaign) are two words. Not on stems
//   under four letters (القوى/القوي، الغنى/الغني) nor on participles in م (المعنى/المعني، المدعى/المدعي);
//   a few more pairs are listed in DISTINCT_FINAL_YA.
// Not the alef: أمن/آمن/امن, أن/إن, أثر/إثر are different words, and a bare alef for a hamza is the hamza
// rule's, which knows the words where it is a misspelling. Harakat are dropped before anything is
// compared, so عَلَم and عِلم are one spelling. Names are name-consistency's; most names have no hamza
// seat or article.

const SEAT = /[ؤئ]/gu;
/** Definite stems whose ى and ي forms are different words: الأولى/الأولي (primary), الأسرى/الأسري (familial). */
const DISTINCT_FINAL_YA = new Set(['أولى', 'اولى', 'أسرى', 'اسرى', 'وسطى']);
const PROCLITIC_LETTER = /^[وفبلك]/u;
const DIGIT = /\p{Nd}/u;

/** The comparison key of a stem: hamza seats folded, and the final letter too when the word is definite. */
function keyOf(stem: string, definite: boolean): string {
  let key = stem.replace(SEAT, 'ء');
  if (!definite) return key;
  const last = key[key.length - 1];
  if (last === 'ه') key = key.slice(0, -1) + 'ة';
  else if (last === 'ى' && key.length >= 4 && !key.startsWith('م') && !DISTINCT_FINAL_YA.has(stem)) key = key.slice(0, -1) + 'ي';
  return key;
}

interface Occurrence {
  word: Word;
  prefix: string;
  stem: string;
  definite: boolean;
}

interface Group {
  /** Each spelling of the word, with its count and first occurrence, in order of first use. */
  forms: Map<string, { count: number; first: Occurrence }>;
  occurrences: Occurrence[];
}

export default defineRule({
  id: 'spelling-consistency',
  category: 'spelling',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'article',
  messages: {
    inconsistent: {
      ar: '«{word}» مكتوبة هنا على غير صورتها في بقية المقال: «{preferred}».',
      en: '“{word}” is spelled differently in the rest of the article: “{preferred}”.',
    },
    usePreferred: { ar: 'اكتب «{preferred}» كبقية المقال', en: 'Write “{preferred}” as the rest of the article does' },
    preferredHere: { ar: 'الصورة الغالبة في المقال', en: 'The spelling the article uses most' },
  },
  docs: {
    summary: {
      ar: 'يرصد الكلمة المكتوبة بصورتين في المقال نفسه (مسؤول/مسئول، الهيئة/الهيئه) ويقترح الصورة الغالبة.',
      en: 'Flags a word written two ways in one article (“مسؤول”/“مسئول”, “الهيئة”/“الهيئه”) and offers the form used most.',
    },
    rationale: {
      ar: 'كتابة الكلمة الواحدة بصورتين في خبر واحد توحي بالتسرع وتضر بالبحث داخل النص، وتوحيدها على الصورة الغالبة لا يغير المعنى.',
      en: 'One word spelled two ways in one story looks careless and breaks search; aligning it on the spelling the article uses most does not change the meaning.',
    },
    bad: 'قال مسؤول في الوزارة إن الهيئة ستجتمع، وأكد مسؤول آخر ذلك، بينما نفى مسئول ثالث الخبر.',
    good: 'قال مسؤول في الوزارة إن الهيئة ستجتمع، وأكد مسؤول آخر ذلك، بينما نفى مسؤول ثالث الخبر.',
    notFlagged: {
      ar: 'فروق الحركات (عَلَم/عِلم)، والكلمات المختلفة التي تتشابه حروفها (أمن/آمن، حملة/حمله، على/علي، المعنى/المعني، القوى/القوي)، والألف والهمزة في أول الكلمة (من شأن قاعدة الهمزة)، والأسماء (من شأن قاعدة توحيد الأسماء).',
      en: 'Differences in harakat only (“عَلَم”/“عِلم”); different words that share letters (“أمن”/“آمن”, “حملة”/“حمله”, “على”/“علي”, “المعنى”/“المعني”, “القوى”/“القوي”); a bare or hamza alef at the start of a word, which the hamza rule checks; names, which name-consistency checks.',
    },
  },
  defaultOptions: {},
  checkArticle({ article, report }) {
    const words: { word: Word; light: string }[] = [];
    for (const paragraph of article.paragraphs) {
      for (const sentence of paragraph.sentences) {
        if (isPersianOrUrdu(sentence)) continue;
        for (const word of sentence.words) {
          const light = normalizeLight(word.text);
          if (light.length < 3 || DIGIT.test(light) || !hasArabicLetter(light) || hasNonArabicLetter(light)) continue;
          words.push({ word, light });
        }
      }
    }

    // A stem written without a proclitic anchors the split of the same stem with one: ومسئول is و +
    // مسئول when the article has مسؤول or المسؤول, but وزير stays وزير.
    const anchors = new Set<string>();
    for (const { light } of words) {
      const definite = splitDefinite(light);
      if (definite) anchors.add(keyOf(definite.stem, true));
      else if (!PROCLITIC_LETTER.test(light)) anchors.add(keyOf(light, false));
    }

    const groups = new Map<string, Group>();
    for (const { word, light } of words) {
      const occurrence = split(word, light, anchors);
      const key = keyOf(occurrence.stem, occurrence.definite);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { forms: new Map(), occurrences: [] }));
      const form = group.forms.get(occurrence.stem);
      if (form) form.count++;
      else group.forms.set(occurrence.stem, { count: 1, first: occurrence });
      group.occurrences.push(occurrence);
    }

    for (const group of groups.values()) {
      if (group.forms.size < 2) continue;
      let preferred: string | undefined;
      let best = 0;
      for (const [form, { count }] of group.forms) {
        if (count > best) [preferred, best] = [form, count];
      }
      const model = group.forms.get(preferred!)!.first;
      for (const occurrence of group.occurrences) {
        if (occurrence.stem === preferred) continue;
        // A different final letter is only certain on a definite word (see above).
        if (!occurrence.definite && occurrence.stem.slice(-1) !== preferred!.slice(-1)) continue;
        const { word } = occurrence;
        const corrected = occurrence.prefix + preferred!;
        report({
          span: { start: word.start, end: word.end },
          messageId: 'inconsistent',
          data: { word: word.text, preferred: corrected },
          related: [{ span: { start: model.word.start, end: model.word.end }, messageId: 'preferredHere' }],
          fixes: [{ messageId: 'usePreferred', data: { preferred: corrected }, edits: [minimalEdit(word.start, word.text, corrected)], safe: true }],
        });
      }
    }
  },
});

function split(word: Word, light: string, anchors: ReadonlySet<string>): Occurrence {
  const definite = splitDefinite(light);
  if (definite) return { word, ...definite, definite: true };
  for (const prefix of INDEFINITE_PROCLITICS) {
    const stem = light.slice(prefix.length);
    if (light.startsWith(prefix) && stem.length >= 3 && anchors.has(keyOf(stem, false))) return { word, prefix, stem, definite: false };
  }
  return { word, prefix: '', stem: light, definite: false };
}
