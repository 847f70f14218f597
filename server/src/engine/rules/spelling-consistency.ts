import { defineRule } from '../rule';
import type { Word } from '../text/article';
import { INDEFINITE_PROCLITICS, splitDefinite } from '../text/clitics';
import { minimalEdit } from '../text/minimal-edit';
import { nameListFor, type NameList } from '../names/list';
import { foldLetters, isDroppedMark } from '../text/normalize';
import { isPersianOrUrdu } from '../text/persian-script';
import { perSpelling, SpellingNumbers } from '../text/spellings';
import { ALEF_MAQSURA_WORDS } from '../text/spelling-lists';

// Which spellings count as one word written two ways. Only folds that cannot join two different words:
// - the seat of hamza (ؤ/ئ/ء): مسؤول/مسئول، شؤون/شئون;
// - a final ة/ه or ى/ي, only on a word with the article: a definite noun takes no pronoun suffix, so
//   الهيئه is الهيئة misspelled, while حمله (he carried it) and حملة (campaign) are two words. Not on stems
//   under four letters (القوى/القوي، الغنى/الغني) nor on participles in م (المعنى/المعني، المدعى/المدعي);
//   a few more pairs are listed in DISTINCT_FINAL_YA.
// Not the alef: أمن/آمن/امن, أن/إن, أثر/إثر are different words, and a bare alef for a hamza is the hamza
// rule's, which knows the words where it is a misspelling. Harakat are dropped before anything is
// compared, so عَلَم and عِلم are one spelling. Names are name-consistency's: a word its name list knows
// is not reported here.

const SEAT = /[ؤئ]/gu;
/** Definite stems whose ى and ي forms are different words: الأولى/الأولي (primary), الأسرى/الأسري (familial). */
const DISTINCT_FINAL_YA = new Set(['أولى', 'اولى', 'أسرى', 'اسرى', 'وسطى']);
const PROCLITIC_LETTER = /^[وفبلك]/u;

/** The comparison key of a stem: hamza seats folded, and the final letter too when the word is definite. */
function keyOf(stem: string, definite: boolean): string {
  let key = stem.includes('ؤ') || stem.includes('ئ') ? stem.replace(SEAT, 'ء') : stem;
  if (!definite) return key;
  const last = key[key.length - 1];
  if (last === 'ه') key = key.slice(0, -1) + 'ة';
  else if (last === 'ى' && key.length >= 4 && !key.startsWith('م') && !DISTINCT_FINAL_YA.has(stem)) key = key.slice(0, -1) + 'ي';
  return key;
}

const [HAMZA, WAW_HAMZA, YA_HAMZA, ALEF] = [0x0621, 0x0624, 0x0626, 0x0627];
const [TA_MARBUTA, HA, ALEF_MAQSURA, YA] = [0x0629, 0x0647, 0x0649, 0x064a];

/** ؤ or ئ, or ء after anything but ا: شيء/شئ vary, the ء of بناء and أعضاء never does. */
function hasHamzaSeat(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === WAW_HAMZA || code === YA_HAMZA || (code === HAMZA && word.charCodeAt(i - 1) !== ALEF)) return true;
  }
  return false;
}

/** The word's last letter, past any harakat or tatweel after it. */
function lastLetter(word: string): number {
  let end = word.length - 1;
  while (end > 0 && isDroppedMark(word.charCodeAt(end))) end--;
  return word.charCodeAt(end);
}

/** A word this rule compares: its proclitics, its stem, and the key its spellings share. */
interface Occurrence {
  word: Word;
  light: string;
  prefix: string;
  stem: string;
  definite: boolean;
  /** Unset until known: an indefinite word that may carry a proclitic waits for the anchors. */
  key?: string;
}

/** What a spelling's letters tell about its proclitics, stem and key (see Occurrence), once per spelling. */
const analysisOf = perSpelling(({ light }): Omit<Occurrence, 'word' | 'light'> => {
  const definite = splitDefinite(light);
  if (definite) return { ...definite, definite: true, key: keyOf(definite.stem, true) };
  return { prefix: '', stem: light, definite: false, key: PROCLITIC_LETTER.test(light) ? undefined : keyOf(light, false) };
});

function occurrenceOf(word: Word): Occurrence {
  const { prefix, stem, definite, key } = analysisOf(word.spelling);
  return { word, light: word.spelling.light, prefix, stem, definite, key };
}

const enum Role {
  /** No spelling of it is compared. */
  None,
  /** Ends in ة or ي: compared only when a definite word ending in ه or ى folds onto it. */
  Ending,
  /** Has a hamza seat. */
  Seat,
  /** A definite word ending in ه or ى, whose key folds that letter. */
  FoldedEnding,
}

/** How checkArticle looks at a written word, once per spelling: most words are Role.None. */
const roleOf = new SpellingNumbers((spelling): Role => {
  const { text, light } = spelling;
  const last = lastLetter(text);
  const seat = hasHamzaSeat(text);
  const keptEnding = last === TA_MARBUTA || last === YA;
  if ((!seat && !keptEnding && last !== HA && last !== ALEF_MAQSURA) || light.length < 3) return Role.None;
  if (seat) return Role.Seat;
  if (keptEnding) return Role.Ending;
  const { definite, key, stem } = analysisOf(spelling);
  return definite && key !== stem ? Role.FoldedEnding : Role.None;
});

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
  checkArticle({ article, names, report }) {
    // Only a word with a hamza seat or a final ة ه ى ي can vary in a way this rule compares, and a word
    // ending in ة or ي only when a definite word ending in ه or ى folds onto it; those wait aside until
    // one turns up. Most words of most articles are skipped after a glance at their letters. Persian
    // sentences are skipped whole, so every word left is Arabic.
    const compared: Occurrence[] = [];
    const endings: Word[] = [];
    const foldedKeys = new Set<string>();
    for (const paragraph of article.paragraphs) {
      for (const sentence of paragraph.sentences) {
        if (isPersianOrUrdu(sentence, paragraph)) continue;
        for (const word of sentence.words) {
          const role = roleOf.of(word.spelling);
          if (role === Role.None) continue;
          if (role === Role.Ending) {
            endings.push(word);
            continue;
          }
          const occurrence = occurrenceOf(word);
          if (role === Role.FoldedEnding) foldedKeys.add(occurrence.key!);
          compared.push(occurrence);
        }
      }
    }
    // A word's key is its stem, the end of the word, unchanged for a final ة or ي.
    const pool = compared;
    if (foldedKeys.size > 0) {
      for (const word of endings) if (endsWithAny(word.spelling.light, foldedKeys)) pool.push(occurrenceOf(word));
    }

    // A stem written without a proclitic anchors the split of the same stem with one: ومسئول is و +
    // مسئول when the article has مسؤول or المسؤول, but وزير stays وزير.
    const anchors = new Set<string>();
    for (const { key } of pool) if (key !== undefined) anchors.add(key);

    const groups = new Map<string, Occurrence[]>();
    for (const occurrence of pool) {
      const key = occurrence.key ?? splitIndefinite(occurrence, anchors);
      const group = groups.get(key);
      if (group) group.push(occurrence);
      else groups.set(key, [occurrence]);
    }

    for (const occurrences of groups.values()) {
      if (occurrences.every((o) => o.stem === occurrences[0].stem)) continue;
      // The form used most; ties go to the form used first (Map keeps insertion order), except that a
      // final ي wins a tie with ى unless the word is one that ends in ى (الدولي/الدولى, الكبرى/الكبري).
      const counts = new Map<string, { count: number; first: Occurrence }>();
      for (const o of occurrences) {
        const form = counts.get(o.stem);
        if (form) form.count++;
        else counts.set(o.stem, { count: 1, first: o });
      }
      let preferred = occurrences[0];
      let best = 0;
      for (const { count, first } of counts.values()) {
        if (count > best || (count === best && winsFinalYaTie(first.stem, preferred.stem))) [preferred, best] = [first, count];
      }
      for (const occurrence of occurrences) {
        if (occurrence.stem === preferred.stem) continue;
        // A different final letter is only certain on a definite word (see above).
        if (!occurrence.definite && occurrence.stem.slice(-1) !== preferred.stem.slice(-1)) continue;
        if (isListedName(nameListFor(names), occurrence)) continue;
        const { word } = occurrence;
        const corrected = occurrence.prefix + preferred.stem;
        report({
          span: { start: word.start, end: word.end },
          messageId: 'inconsistent',
          data: { word: word.text, preferred: corrected },
          related: [{ span: { start: preferred.word.start, end: preferred.word.end }, messageId: 'preferredHere' }],
          fixes: [{ messageId: 'usePreferred', data: { preferred: corrected }, edits: [minimalEdit(word.start, word.text, corrected)], safe: true }],
        });
      }
    }
  },
});

function endsWithAny(word: string, endings: ReadonlySet<string>): boolean {
  for (const ending of endings) if (word.endsWith(ending)) return true;
  return false;
}

/**
 * Names are name-consistency's (السوداني/السودانى): a word the name list knows as a whole name or surname
 * is left to it. Not the first words of longer names: الهيئة begins many organisations and is a word.
 */
function isListedName(list: NameList, { light, stem }: Occurrence): boolean {
  return [light, stem, 'ال' + stem].some((form) => list.byFirstWord.get(foldLetters(form))?.some((listed) => listed.words.length === 1));
}

const ENDS_IN_ALEF_MAQSURA = new Set(Object.values(ALEF_MAQSURA_WORDS).flat().map(foldAlef));

function foldAlef(word: string): string {
  return word.replace(/[أإآ]/gu, 'ا');
}

/** Whether `stem` should win a tie against `other` that it differs from only in a final ى/ي. */
function winsFinalYaTie(stem: string, other: string): boolean {
  if (stem.slice(0, -1) !== other.slice(0, -1)) return false;
  const alefForm = foldAlef(stem.slice(0, -1) + 'ى');
  return stem.endsWith(ENDS_IN_ALEF_MAQSURA.has(alefForm) ? 'ى' : 'ي') && !other.endsWith(stem.slice(-1));
}

/** Sets the proclitic and stem of an indefinite word from the anchors, and returns its key. */
function splitIndefinite(occurrence: Occurrence, anchors: ReadonlySet<string>): string {
  const { light } = occurrence;
  for (const prefix of INDEFINITE_PROCLITICS) {
    if (!light.startsWith(prefix) || light.length - prefix.length < 3) continue;
    const stem = light.slice(prefix.length);
    const key = keyOf(stem, false);
    if (anchors.has(key)) {
      occurrence.prefix = prefix;
      occurrence.stem = stem;
      return key;
    }
  }
  return keyOf(light, false);
}
