import { defineRule } from '../rule';
import type { Article, Word } from '../text/article';
import type { Span } from '../types';
import { INDEFINITE_PROCLITICS, isProcliticLetter, splitDefinite } from '../text/clitics';
import { correctionEdit } from '../text/minimal-edit';
import { namedSpans } from '../names/detect';
import { nameListFor, type NameList } from '../names/list';
import { isQuoted } from '../text/pairs';
import { NOT_NAMES } from '../names/vocabulary';
import { foldLetters, isDroppedMark } from '../text/normalize';
import { isPersianOrUrdu } from '../text/persian-script';
import { perSpelling, SpellingNumbers } from '../text/spellings';
import { ALEF_MAQSURA_WORDS, DEFINITE_STEMS_BESIDE_NISBAS } from '../text/spelling-lists';
import { hasQuotedVerse, inQuotedVerse } from '../text/quoted-verse';

// Which spellings count as one word written two ways. Only folds that cannot join two different words:
// - the seat of hamza (ؤ/ئ/ء): مسؤول/مسئول، شؤون/شئون; before a long و one choice for a stem and its
//   inflections, so the article's majority is counted over all of them (مسؤول، مسئولين، المسؤولين);
// - a final ة/ه or ى/ي, only on a word with the article: a definite noun takes no pronoun suffix, so
//   الهيئه is الهيئة misspelled, while حمله (he carried it) and حملة (campaign) are two words. Not where
//   the other letter makes another word (foldsFinalLetter).
// Not the alef: أمن/آمن/امن, أن/إن, أثر/إثر are different words, and a bare alef for a hamza is the hamza
// rule's, which knows the words where it is a misspelling. Harakat are dropped before anything is
// compared, so عَلَم and عِلم are one spelling. Names are name-consistency's: a word its name list knows,
// or that the names detector finds in a name, is not reported here.

/** A seat of hamza before a long و, where the house chooses it (FREE_SEAT); elsewhere ؤ and ئ make two words. */
const SEAT = /[ؤئ](?=و)/gu;

/**
 * Definite stems (bare alef) whose ى or ه is not a misspelling, because with ي or ة they are another
 * word: a feminine elative or a noun in ى beside a nisba (DEFINITE_STEMS_BESIDE_NISBAS), a root ه beside a
 * ة (الكره hatred/الكرة ball, الشبه/الشبة alum, الشاه/الشاة ewe), a participle of a root in ه beside its
 * feminine or a noun in ة (الموجه guided/الموجة wave, المشتبه/المشتبهة). Not الكبرى: الكبري is no word,
 * only الكبرى misspelled.
 */
const LOOKALIKE_STEMS = new Set([
  ...DEFINITE_STEMS_BESIDE_NISBAS.map(foldAlef),
  'كره', 'شبه', 'شاه', 'موجه', 'متوجه', 'منبه', 'منتبه', 'مشتبه', 'مكره', 'منزه', 'مشوه',
]);

/** Whether a definite stem's final ه or ى is ة or ي misspelled, so that both spellings are one word. */
function foldsFinalLetter(stem: string): boolean {
  if (LOOKALIKE_STEMS.has(foldAlef(stem))) return false;
  // A ى under four letters (القوى/القوي، الغنى/الغني) is its own word, and so may be one in م (below).
  return stem.endsWith('ه') || (stem.length >= 4 && (!stem.startsWith('م') || isMisspeltNisbaInMeem(stem)));
}

/**
 * A stem in م and ى whose ى can only be ي misspelled: a nisba or an active participle, as Egyptian copy
 * writes them (المصرى، المركزى، المغربى، الماضى). Not a participle or a noun of place of a weak verb, where ى
 * and ي make two words (المعنى/المعني، المصلى/المصلي، المستوى/المستوي، المنحنى، الملتقى، المصطفى): any
 * of four letters but a فاعل (ا second) and a few nisbas, and those in مست، من، مت or with ت ط د third.
 */
function isMisspeltNisbaInMeem(stem: string): boolean {
  if (stem.length === 4) return stem[1] === 'ا' || FOUR_LETTER_NISBAS_IN_MEEM.has(stem.slice(0, -1));
  return !/^(?:مست|من|مت|م.[تطد])/u.test(stem);
}

const FOUR_LETTER_NISBAS_IN_MEEM = new Set(['مصر', 'مدن', 'ملك']);

/**
 * The comparison key of a stem: the seats of hamza before و folded, and the final letter too when the word
 * is definite. Other seats are kept: بؤر/بئر and بؤس/بئس are two words each.
 */
function keyOf(stem: string, definite: boolean): string {
  const key = stem.includes('ؤ') || stem.includes('ئ') ? stem.replace(SEAT, 'ء') : stem;
  if (!definite || !(key.endsWith('ه') || key.endsWith('ى')) || !foldsFinalLetter(stem)) return key;
  return key.slice(0, -1) + (key.endsWith('ه') ? 'ة' : 'ي');
}

/**
 * A hamza before a long و is written on any seat (مسؤول/مسئول/مسءول، شؤون/شئون): a house's choice, made
 * once for a stem and all its inflections. Elsewhere the vowels fix the seat, and a stem with another
 * seat is another word (بؤرة/بئر، مؤذن/مئذنة), so its seats are compared only within one key.
 */
const FREE_SEAT = 'ءو';

/** Suffixes of inflection, longest first: مسؤولين، مسؤولية، مسؤوليات share مسؤول. */
const INFLECTIONS = ['يات', 'يين', 'يون', 'ية', 'ين', 'ون', 'ات', 'ان', 'ي', 'ة', 'ا'];

/** The part of a key its inflections share, with its free seats (FREE_SEAT): مسءولين → مسءول. Unset without one. */
function sharedStemOf(key: string): string | undefined {
  if (!key.includes(FREE_SEAT)) return undefined;
  for (const suffix of INFLECTIONS) {
    if (!key.endsWith(suffix)) continue;
    const shared = key.slice(0, -suffix.length);
    if (shared.length >= 3 && shared.includes(FREE_SEAT)) return shared;
  }
  return key;
}

/** The letters that `stem` writes at the free seats of its shared stem: مسؤولين → ؤ. */
function seatsOf(stem: string, shared: string): string {
  let seats = '';
  for (let i = shared.indexOf(FREE_SEAT); i !== -1; i = shared.indexOf(FREE_SEAT, i + 1)) seats += stem[i];
  return seats;
}

/** `stem` with the free seats of its shared stem written as `seats`. */
function withSeats(stem: string, shared: string, seats: string): string {
  let written = stem;
  let next = 0;
  for (let i = shared.indexOf(FREE_SEAT); i !== -1; i = shared.indexOf(FREE_SEAT, i + 1)) written = written.slice(0, i) + seats[next++] + written.slice(i + 1);
  return written;
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
  /** sharedStemOf(key), and the seats of hamza the word writes in it (seatsOf), once the key is known. */
  shared?: string;
  seats?: string;
}

/** What a spelling's letters tell about its proclitics, stem and key (see Occurrence), once per spelling. */
const analysisOf = perSpelling(({ light }): Omit<Occurrence, 'word' | 'light'> => {
  const definite = splitDefinite(light);
  const [prefix, stem] = definite ? [definite.prefix, definite.stem] : ['', light];
  const key = definite || !isProcliticLetter(light[0]) ? keyOf(stem, !!definite) : undefined;
  const shared = key === undefined ? undefined : sharedStemOf(key);
  return { prefix, stem, definite: !!definite, key, shared, seats: shared === undefined ? undefined : seatsOf(stem, shared) };
});

function occurrenceOf(word: Word): Occurrence {
  const { prefix, stem, definite, key, shared, seats } = analysisOf(word.spelling);
  return { word, light: word.spelling.light, prefix, stem, definite, key, shared, seats };
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
      ar: 'يرصد الكلمة المكتوبة بصورتين في المقال نفسه (مسؤول/مسئول، الهيئة/الهيئه) ويقترح الصورة الغالبة، أو الصحيحة إن كان الفرق في الحرف الأخير.',
      en: 'Flags a word written two ways in one article (“مسؤول”/“مسئول”, “الهيئة”/“الهيئه”) and offers the form used most, or the right one where they differ in the final letter.',
    },
    rationale: {
      ar: 'كتابة الكلمة الواحدة بصورتين في خبر واحد توحي بالتسرع وتضر بالبحث داخل النص، وتوحيدها على الصورة الغالبة لا يغير المعنى.',
      en: 'One word spelled two ways in one story looks careless and breaks search; aligning it on the spelling the article uses most does not change the meaning.',
    },
    bad: 'قال مسؤول في الوزارة إن الهيئة ستجتمع، وأكد مسؤول آخر ذلك، بينما نفى مسئول ثالث الخبر.',
    good: 'قال مسؤول في الوزارة إن الهيئة ستجتمع، وأكد مسؤول آخر ذلك، بينما نفى مسؤول ثالث الخبر.',
    notFlagged: {
      ar: 'فروق الحركات (عَلَم/عِلم)، والكلمات المختلفة التي تتشابه حروفها (أمن/آمن، حملة/حمله، على/علي، المعنى/المعني، القوى/القوي)، ومنها اسم التفضيل المؤنث والاسم المقصور بجانب اسم منسوب (العظمى/العظمي، الشورى/الشوري، الدعوى/الدعوي، اليمنى/اليمني، الأولى/الأولي) والكلمتان بالتاء المربوطة والهاء (الكرة/الكره)، والهمزة التي تفرض الحركات كرسيها، في تصريف الكلمة (شيء/شيئا، جزء/جزئي) أو في كلمة أخرى (بئر/بؤرة، مؤذن/مئذنة)، والألف والهمزة في أول الكلمة (من شأن قاعدة الهمزة)، والأسماء التي تعرفها قائمة الأسماء أو يرصدها كاشف الأسماء (من شأن قاعدة توحيد الأسماء). والصورة الغالبة لكرسي الهمزة قبل الواو تُحسب على الكلمة وتصريفاتها معا (مسؤول، مسؤولين، المسؤولية).',
      en: 'Differences in harakat only (“عَلَم”/“عِلم”); different words that share letters (“أمن”/“آمن”, “حملة”/“حمله”, “على”/“علي”, “المعنى”/“المعني”, “القوى”/“القوي”), among them a feminine elative or a noun in ى beside a nisba in ي (“العظمى”/“العظمي”, “الشورى”/“الشوري”, “الدعوى”/“الدعوي”, “اليمنى”/“اليمني”, “الأولى”/“الأولي”) and two words in ة and ه (“الكرة”/“الكره”); a hamza whose seat the vowels decide, in a word’s forms (“شيء”/“شيئا”, “جزء”/“جزئي”) or in another word (“بئر”/“بؤرة”, “مؤذن”/“مئذنة”); a bare or hamza alef at the start of a word, which the hamza rule checks; names the name list knows or the names detector finds, which name-consistency checks. The seat used most for a hamza before و is counted over a word and its inflections together (“مسؤول”, “مسؤولين”, “المسؤولية”).',
    },
  },
  defaultOptions: {},
  checkArticle({ article, names, report }) {
    const found: Inconsistent[] = [];
    const { groups, seatVotes } = groupByKey(comparedWords(article));
    for (const occurrences of groups.values()) findInconsistent(occurrences, seatVotes, found);
    if (found.length === 0) return;

    // Names are name-consistency's. The name list settles most at a glance (السوداني/السودانى), and the
    // detector's common words (مسؤول) are never names; for the rest, the detector, which finds a name in
    // context (مهدي الحمداني … الحمدانى), runs once and keeps its detection for that rule.
    const list = nameListFor(names);
    let nameSpans: Span[] | undefined;
    for (const { occurrence, corrected, related } of found) {
      const forms = formsOf(occurrence);
      if (forms.some((form) => isListedName(list, form))) continue;
      const { word } = occurrence;
      if (!forms.some((form) => NOT_NAMES.has(form))) {
        nameSpans ??= namedSpans(article, list);
        if (nameSpans.some((span) => overlaps(span, word))) continue;
      }
      report({
        span: { start: word.start, end: word.end },
        messageId: 'inconsistent',
        data: { word: word.text, preferred: corrected },
        related: [{ span: { start: related.start, end: related.end }, messageId: 'preferredHere' }],
        // A quotation or a quoted title (ملف بعنوان «شئون عربية») may keep the spelling it was printed in.
        fixes: [{ messageId: 'usePreferred', data: { preferred: corrected }, edits: [correctionEdit(word.start, word.text, corrected)], safe: !isQuoted(article, word.start) }],
      });
    }
  },
});

// checkArticle's steps are functions of their own, so that V8 compiles the hot scan over every word apart
// from the steps most articles never reach.

/**
 * The words the rule compares, in text order. Only a word with a hamza seat or a final ة ه ى ي can vary in
 * a way this rule compares, and a word ending in ة or ي only when a definite word ending in ه or ى folds
 * onto it; those wait aside until one turns up. Most words of most articles are skipped after a glance at
 * their letters. Persian sentences are skipped whole, so every word left is Arabic.
 */
function comparedWords(article: Article): Occurrence[] {
  const compared: Occurrence[] = [];
  const endings: Word[] = [];
  const foldedKeys = new Set<string>();
  for (const paragraph of article.paragraphs) {
    const verses = hasQuotedVerse(paragraph);
    for (const sentence of paragraph.sentences) {
      if (isPersianOrUrdu(sentence, paragraph)) continue;
      for (const word of sentence.words) {
        const role = roleOf.of(word.spelling);
        // A Quran verse keeps its own spelling (كان مسئولا): neither changed nor counted.
        if (role === Role.None || (verses && inQuotedVerse(paragraph, word.start))) continue;
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
  // A word's key is its stem, the end of the word, unchanged for a final ة or ي. Kept in text order, so
  // that ties go to the form used first.
  if (foldedKeys.size > 0) {
    const before = compared.length;
    for (const word of endings) if (endsWithAny(word.spelling.light, foldedKeys)) compared.push(occurrenceOf(word));
    if (compared.length > before) compared.sort((a, b) => a.word.start - b.word.start);
  }
  return compared;
}

/**
 * The compared words grouped by key; on the way, the seats of hamza each shared stem is written with,
 * counted over all its inflections.
 */
function groupByKey(pool: Occurrence[]): { groups: Map<string, Occurrence[]>; seatVotes: Map<string, Map<string, Vote>> } {
  // A stem written without a proclitic anchors the split of the same stem with one: ومسئول is و +
  // مسئول when the article has مسؤول, المسؤول or المسؤولية, but وزير stays وزير.
  const anchors = new Set<string>();
  for (const { key, shared } of pool) {
    if (key === undefined) continue;
    anchors.add(key);
    if (shared !== undefined) anchors.add(shared);
  }
  const groups = new Map<string, Occurrence[]>();
  const seatVotes = new Map<string, Map<string, Vote>>();
  for (const occurrence of pool) {
    const key = occurrence.key ?? splitIndefinite(occurrence, anchors);
    const group = groups.get(key);
    if (group) group.push(occurrence);
    else groups.set(key, [occurrence]);
    const { shared } = occurrence;
    if (shared === undefined) continue;
    let forStem = seatVotes.get(shared);
    if (!forStem) seatVotes.set(shared, (forStem = new Map()));
    vote(forStem, occurrence.seats!, occurrence);
  }
  return { groups, seatVotes };
}

/** A compared word written otherwise than its group's preferred form. */
interface Inconsistent {
  occurrence: Occurrence;
  corrected: string;
  related: Word;
}

/** Adds to `found` the words of one group that differ from its preferred form. */
function findInconsistent(occurrences: Occurrence[], seatVotes: ReadonlyMap<string, ReadonlyMap<string, Vote>>, found: Inconsistent[]): void {
  const { shared } = occurrences[0];
  // A majority only where a stem is written with two sets of seats (few articles have one).
  const seatVote = shared === undefined ? undefined : seatMajorityOf(seatVotes.get(shared)!);
  const oneForm = occurrences.every((o) => o.stem === occurrences[0].stem);
  if (oneForm && (seatVote === undefined || occurrences[0].seats === seatVote.form)) return;
  // The form used most (ties: the standard seat ؤ before و, مسؤول over مسئول, else the form used first),
  // except that a final letter is not the article's choice: ة wins over ه unless the ه is the root's
  // (المياه، الاتجاه), and ي over ى unless the word is one that ends in ى (الدولي/الدولى، الكبرى/الكبري),
  // however often an Egyptian-style copy writes the other.
  const counts = new Map<string, Vote>();
  for (const o of occurrences) vote(counts, o.stem, o);
  let preferred = occurrences[0];
  let best = 0;
  for (const { count, first } of counts.values()) {
    const more = count > best || (count === best && hasStandardSeat(first.stem) && !hasStandardSeat(preferred.stem));
    if (hasRightFinalLetter(first.stem, preferred.stem) || (more && !hasRightFinalLetter(preferred.stem, first.stem))) [preferred, best] = [first, count];
  }
  // The seat the article writes most in this stem and its inflections.
  let preferredStem = preferred.stem;
  let related = preferred.word;
  if (seatVote !== undefined && preferred.seats !== seatVote.form) {
    preferredStem = withSeats(preferredStem, shared!, seatVote.form);
    related = (occurrences.find((o) => o.stem === preferredStem) ?? seatVote.first).word;
  }
  for (const occurrence of occurrences) {
    if (occurrence.stem === preferredStem) continue;
    // A different final letter is only certain on a definite word (see above).
    if (!occurrence.definite && occurrence.stem.slice(-1) !== preferredStem.slice(-1)) continue;
    found.push({ occurrence, corrected: occurrence.prefix + preferredStem, related });
  }
}

/** A hamza on و before و, the seat standard spelling gives it (مسؤول، شؤون، رؤوس) where Egyptian copy writes ئ. */
const hasStandardSeat = (stem: string) => stem.includes('ؤو');

/** A written form (a stem, or the seats of hamza in one) with how often it is written, and where first. */
interface Vote {
  form: string;
  count: number;
  first: Occurrence;
}

function vote(votes: Map<string, Vote>, form: string, occurrence: Occurrence): void {
  const known = votes.get(form);
  if (!known) votes.set(form, { form, count: 1, first: occurrence });
  else {
    known.count++;
    if (occurrence.word.start < known.first.word.start) known.first = occurrence;
  }
}

/**
 * The seats written strictly most often, or on a tie the standard ؤ before و (مسؤول، مسئولين: مسؤولين);
 * none on another tie, nor when only one set of seats is written.
 */
function seatMajorityOf(votes: ReadonlyMap<string, Vote>): Vote | undefined {
  if (votes.size < 2) return undefined;
  let most = 0;
  for (const { count } of votes.values()) most = Math.max(most, count);
  const top = [...votes.values()].filter(({ count }) => count === most);
  if (top.length === 1) return top[0];
  const standard = top.filter(({ first }) => hasStandardSeat(first.stem));
  return standard.length === 1 ? standard[0] : undefined;
}

function overlaps(span: Span, word: Word): boolean {
  return span.start < word.end && word.start < span.end;
}

function endsWithAny(word: string, endings: ReadonlySet<string>): boolean {
  for (const ending of endings) if (word.endsWith(ending)) return true;
  return false;
}

/** The letter-folded forms under which the names module may know a word: as written, its stem, and with ال. */
function formsOf({ light, stem }: Occurrence): string[] {
  return [foldLetters(light), foldLetters(stem), foldLetters('ال' + stem)];
}

/** A form the name list knows as a whole name or surname. Not the first words of longer names: الهيئة begins many organisations and is a word. */
function isListedName(list: NameList, folded: string): boolean {
  return list.byFirstWord.get(folded)?.some((listed) => listed.words.length === 1) ?? false;
}

const ENDS_IN_ALEF_MAQSURA = new Set(Object.values(ALEF_MAQSURA_WORDS).flat().map(foldAlef));

function foldAlef(word: string): string {
  return word.replace(/[أإآ]/gu, 'ا');
}

/**
 * Nouns whose final ه is a letter of the root after a long alef (المياه، الاتجاه، الشفاه): written with ة
 * they are misspelled, unlike most words in اة (الحياة، الصلاة، المباراة).
 */
const ENDS_IN_ROOT_HA = new Set(['مياه', 'اتجاه', 'تجاه', 'شفاه', 'انتباه', 'اشتباه', 'اكراه', 'رفاه', 'جباه', 'افواه', 'اشباه', 'مباه']);

/** Whether `stem` ends in the right letter where `other`, which differs from it only in a final ة/ه or ى/ي, does not. */
function hasRightFinalLetter(stem: string, other: string): boolean {
  const base = stem.slice(0, -1);
  if (base !== other.slice(0, -1)) return false;
  const wanted = rightFinalLetter(base, stem.slice(-1));
  return stem.endsWith(wanted) && !other.endsWith(wanted);
}

/** The letter `base` ends in, of the pair (ة/ه or ى/ي) that `written` belongs to. */
function rightFinalLetter(base: string, written: string): string {
  if (written === 'ة' || written === 'ه') return ENDS_IN_ROOT_HA.has(foldAlef(base + 'ه')) ? 'ه' : 'ة';
  return ENDS_IN_ALEF_MAQSURA.has(foldAlef(base + 'ى')) ? 'ى' : 'ي';
}

function withShared(occurrence: Occurrence, key: string, shared: string | undefined): string {
  occurrence.shared = shared;
  occurrence.seats = shared === undefined ? undefined : seatsOf(occurrence.stem, shared);
  return key;
}

/** Sets the proclitic, stem and shared stem of an indefinite word from the anchors, and returns its key. */
function splitIndefinite(occurrence: Occurrence, anchors: ReadonlySet<string>): string {
  const { light } = occurrence;
  for (const prefix of INDEFINITE_PROCLITICS) {
    if (!light.startsWith(prefix) || light.length - prefix.length < 3) continue;
    const stem = light.slice(prefix.length);
    const key = keyOf(stem, false);
    const shared = sharedStemOf(key);
    if (anchors.has(key) || (shared !== undefined && anchors.has(shared))) {
      occurrence.prefix = prefix;
      occurrence.stem = stem;
      return withShared(occurrence, key, shared);
    }
  }
  const key = keyOf(light, false);
  return withShared(occurrence, key, sharedStemOf(key));
}
