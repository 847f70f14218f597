import { mapPacked } from '../packed';
import { INDEFINITE_PROCLITICS } from '../text/clitics';
import { foldLetters, isDroppedMark, normalizeLight } from '../text/normalize';
import { ARABIC_FOR_PERSIAN_KEY, PERSIAN_YEH } from '../text/persian-script';
import { FNV_BASIS, FNV_PRIME } from '../text/spellings';

// The written forms of a name and the keys that tell two spellings of one name apart from two names.
//
// Two keys, from strict to loose:
// - the folded form (foldLetters): hamza and alef forms, final ى/ي and ة/ه, harakat and tatweel are
//   spelling, never meaning: إيران = ايران، السودانى = السوداني.
// - the loose key: long vowels (ا و ي) and hamza inside the word dropped, doubled letters collapsed, the
//   letters that write /g/ (ج غ ق ك گ) and /v/ (ف ڤ) and /p/ (ب پ) made one, and /t/ (ت ط: some desks
//   write a foreign t emphatic, هاشيموطو، أطلانطا). Transliteration varies in exactly these:
//   واشنطن/واشنطون، بلينكن/بلينكين، غوتيريش/جوتيريش، سوفييتي/سوفياتي. Not ث/ت/س/ز: they write Arabic
//   names apart (ثامر/تامر، زياد/سياد), and a foreign th or s has one letter in Arabic copy. The first and the
//   last letter stay as written, so an added ending is never a spelling: العراق/العراقي، قطر/قطري and
//   الأميركي/الأميركية differ in their last letter.
// The loose key alone would also join different Arabic names (محمد/محمود) and a word with its inflection
// (اليمن/اليمنيين); `isLooseVariant` adds the guards.

const SAME_SOUND: Record<string, string> = { ج: 'ك', غ: 'ك', ق: 'ك', گ: 'ك', چ: 'ك', ڭ: 'ك', ڤ: 'ف', ڥ: 'ف', پ: 'ب', ط: 'ت' };
export const ARTICLE = 'ال';

/** The comparison form of a written word or phrase: harakat and tatweel dropped, letters folded. */
export const foldName = foldLetters;

/** A folded word without the و or ف before it, when it is long enough to have one (والرئيس، فحزب). */
export const withoutConjunction = (folded: string) => (folded.length > 3 && (folded[0] === 'و' || folded[0] === 'ف') ? folded.slice(1) : folded);

/** The light form of a name (normalizeLight) with one space between words; most names have nothing to change. */
export function lightName(text: string): string {
  const normal = normalizeLight(text);
  return /\s\s|[^\S ]/.test(normal) ? normal.replace(/\s+/g, ' ') : normal;
}

/**
 * Whether two light forms of a name are one spelling, but for letters of a Persian keyboard (الریاض،
 * کابول): those are persian-letters' to report, once, not a second spelling of the name.
 */
export function spelledAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !isPersianFor(a[i], b[i]) && !isPersianFor(b[i], a[i])) return false;
  return true;
}

/** Whether `persian` is the Persian keyboard's letter for `arabic` (ی for ي or ى). */
const isPersianFor = (persian: string, arabic: string) => ARABIC_FOR_PERSIAN_KEY[persian] === arabic || (persian === PERSIAN_YEH && arabic === 'ى');

/** Letter codes with the letters for /g/, /v/, /p/ and /t/ made one, as the loose key keeps them. */
const SOUND_CODES = new Uint16Array(0x700);
for (let c = 0; c < SOUND_CODES.length; c++) SOUND_CODES[c] = c;
for (const [ch, sound] of Object.entries(SAME_SOUND)) SOUND_CODES[ch.charCodeAt(0)] = sound.charCodeAt(0);

const soundCode = (code: number) => (code < SOUND_CODES.length ? SOUND_CODES[code] : code);

/** looseEnds counts the last letter in these. */
const LAST_LETTER_UNIT = 0x20000;

/**
 * What the loose key keeps of the ends of a folded word (from `from` on), as a number: its article and
 * its first and last letters. Words whose ends differ have different loose keys; this builds no string.
 */
export function looseEnds(folded: string, from = 0): number {
  const length = folded.length - from;
  const article = length > 4 && folded.charCodeAt(from) === 0x0627 && folded.charCodeAt(from + 1) === 0x0644 ? 2 : 0;
  return (article ? 1 : 0) + soundCode(folded.charCodeAt(from + article)) * 2 + soundCode(folded.charCodeAt(folded.length - 1)) * LAST_LETTER_UNIT;
}

/** What looseEnds keeps of the last letter: the same for a word with proclitics and without. */
export const lastLetterOfEnds = (ends: number) => Math.floor(ends / LAST_LETTER_UNIT);

/**
 * looseEnds together with the length of the loose key, as one number: spellings of one word share it,
 * and few other words do. Counts what looseWord keeps without building it.
 */
export function looseShape(folded: string, from = 0): number {
  const article = folded.length - from > 4 && folded.charCodeAt(from) === 0x0627 && folded.charCodeAt(from + 1) === 0x0644 ? 2 : 0;
  const start = from + article;
  const last = folded.length - 1;
  let kept = 0;
  for (let i = start; i <= last; i++) if (!leftOutOfKey(folded, i, start, last)) kept++;
  return looseEnds(folded, from) * 32 + Math.min(kept, 31);
}

/**
 * Whether the letter at i of a folded word is left out of its loose key, the word's letters from `start`
 * to `last`: a letter written again right after itself, or a long vowel inside the word. Only a letter
 * written twice in a row is doubled: سوسة keeps both its س, كيغالي its ك and its غ. The last letter
 * stays after the same long vowel: بقايي keeps its final ي, as بقائي (بقاءي) does.
 */
function leftOutOfKey(folded: string, i: number, start: number, last: number): boolean {
  if (i === start) return false;
  const code = folded.charCodeAt(i);
  if (i === last) return code === folded.charCodeAt(i - 1) && !isLongVowelCode(code);
  return code === folded.charCodeAt(i - 1) || isLongVowelCode(code);
}

/** ا و ي ء */
function isLongVowelCode(code: number): boolean {
  return code === 0x0627 || code === 0x0648 || code === 0x064a || code === 0x0621;
}

/** Letters of a folded word without its article. */
function coreLength(folded: string): number {
  return folded.length > 4 && folded.startsWith(ARTICLE) ? folded.length - 2 : folded.length;
}

/** Every field is given, so that all guards have one shape: V8 keeps one map where isLooseVariant reads them. */
export interface LooseVariantGuards {
  /** Words that are never spellings of one another (given names, common words). */
  isProtected(folded: string): boolean;
  /** Whether a difference in the letters for /g/ and /v/ is accepted (the word stands where a name stands). */
  allowSounds: boolean;
  /** How many letters may differ (see `spellingDistance`). */
  maxEdits: number;
  /** Whether the words must differ in length: a letter added or dropped, never a vowel swapped for another. */
  lengthsDiffer: boolean;
  /** Whether two nisbas may be spellings of one family name (الودغيري، الوديغيري): where the rest of the name or a cue vouches for it. */
  nisbas: boolean;
}

/**
 * Whether two folded words that differ are spellings of one name under the loose key: at least four
 * letters each, neither a protected word, neither the other with an ending added (اليمن/اليمنيين), and
 * at most `maxEdits` letters apart.
 */
export function isLooseVariant(a: string, b: string, guards: LooseVariantGuards): boolean {
  if (a === b || Math.abs(a.length - b.length) > guards.maxEdits) return false;
  if (guards.lengthsDiffer && a.length === b.length) return false;
  if (coreLength(a) < 4 || coreLength(b) < 4 || looseEnds(a) !== looseEnds(b)) return false;
  if (a.startsWith(b) || b.startsWith(a) || isCaseEnding(a, b) || isNisbaOf(a, b) || isNisbaOf(b, a) || isPluralNisbaOf(a, b) || isPluralNisbaOf(b, a)) return false;
  if (isNisba(a) && isNisba(b) && !guards.nisbas) return false;
  if (guards.isProtected(a) || guards.isProtected(b)) return false;
  if (!sameLooseWord(a, b, true) || (!guards.allowSounds && !sameLooseWord(a, b, false))) return false;
  return spellingDistance(a, b, guards.allowSounds) <= guards.maxEdits;
}

let keyA = new Uint16Array(32);
let keyB = new Uint16Array(32);

/**
 * Whether two folded words have one loose key (see the top of this file), or without `mapSounds` one
 * key that keeps the letters for /g/ /v/ /p/ apart: differences in vowels and doubling only. The keys
 * are compared as letter codes, without building strings: this runs on many pairs of words.
 */
function sameLooseWord(a: string, b: string, mapSounds: boolean): boolean {
  keysFor(Math.max(a.length, b.length));
  const length = looseCodes(a, mapSounds, keyA);
  if (looseCodes(b, mapSounds, keyB) !== length) return false;
  for (let i = 0; i < length; i++) if (keyA[i] !== keyB[i]) return false;
  return true;
}

/**
 * A hash of the loose key of a folded word (see the top of this file): two words are spellings of one
 * name (isLooseVariant) only if their keys, so their hashes, are equal; names can be looked up by it.
 */
export function looseHash(word: string): number {
  keysFor(word.length);
  const length = looseCodes(word, true, keyA);
  let hash = FNV_BASIS;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ keyA[i], FNV_PRIME);
  return hash;
}

/** keyA and keyB long enough for the key of a word of `length` letters. */
function keysFor(length: number): void {
  if (length <= keyA.length) return;
  keyA = new Uint16Array(length * 2);
  keyB = new Uint16Array(keyA.length);
}

/** Writes the letter codes of the word's loose key into `into` (as long as the word at least); returns how many. */
function looseCodes(word: string, mapSounds: boolean, into: Uint16Array): number {
  const hasArticle = word.length > 4 && word.startsWith(ARTICLE);
  let length = 0;
  if (hasArticle) {
    into[length++] = ARTICLE.charCodeAt(0);
    into[length++] = ARTICLE.charCodeAt(1);
  }
  const from = hasArticle ? 2 : 0;
  const last = word.length - 1;
  for (let i = from; i <= last; i++) {
    if (leftOutOfKey(word, i, from, last)) continue;
    const code = word.charCodeAt(i);
    into[length++] = mapSounds ? soundCode(code) : code;
  }
  return length;
}

/**
 * البحريين/البحرين، العلميون/العلمين: `a` is a plural or dual nisba (ي and ين، ون or ان) on the stem
 * `b` has before its last two letters, not a spelling of it.
 */
function isPluralNisbaOf(a: string, b: string): boolean {
  // A stem of three letters at least: جنيين is a slip for جنين, whose stem جن is none.
  if (a.length !== b.length + 1 || coreLength(b) < 5 || !PLURAL_NISBA_ENDING.test(a)) return false;
  return a.startsWith(b.slice(0, -2)) && a.charCodeAt(b.length - 2) === 0x064a;
}

const PLURAL_NISBA_ENDING = /ي(?:ين|ون|ان)$/;

/**
 * أوروبيا/أوروبا، الحديدية/الحديدة: `a` is the adjective of `b`, made by a ي before its last letter (ا
 * or ة, folded ه), not a spelling of it.
 */
function isNisbaOf(a: string, b: string): boolean {
  const last = b.charCodeAt(b.length - 1);
  if (a.length !== b.length + 1 || (last !== 0x0627 && last !== 0x0647)) return false;
  return a.charCodeAt(a.length - 2) === 0x064a && a.charCodeAt(a.length - 1) === last && a.startsWith(b.slice(0, -1));
}

/**
 * An Arabic word with the article and the nisba ending (السيسي، السياسي، الحسيني، الحسني): its long
 * vowels are part of the word, not of a transliteration, so two of them one vowel apart are two words.
 */
export const isNisba = (folded: string) => folded.length > 4 && folded.startsWith(ARTICLE) && folded.charCodeAt(folded.length - 1) === 0x064a;

const CASE_ENDINGS = new Set(['ون', 'ين', 'ان']);

/** الحوثيون/الحوثيين، الطرفان/الطرفين: one word in two cases, not two spellings. */
function isCaseEnding(a: string, b: string): boolean {
  return a.length === b.length && CASE_ENDINGS.has(a.slice(-2)) && CASE_ENDINGS.has(b.slice(-2)) && a.slice(0, -2) === b.slice(0, -2);
}

const JEEM = 0x062c;
const GHAIN = 0x063a;

/** The letter that writes /g/ in the other desk style, ج for غ and غ for ج; the letter itself for any other. */
export const otherGLetter = (code: number) => (code === JEEM ? GHAIN : code === GHAIN ? JEEM : code);

/**
 * Whether two folded words differ only in the letter for /g/, written ج where the other writes غ (غنابري،
 * جنابري): one desk's transliteration against another's, the first letter too, with no vowel to tell.
 */
export function differInGOnly(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    if (x !== b.charCodeAt(i) && otherGLetter(x) !== b.charCodeAt(i)) return false;
  }
  return true;
}

let rowA = new Float64Array(32);
let rowB = new Float64Array(32);

/**
 * How many transliteration edits turn one folded word into the other: a long vowel added, dropped or
 * swapped for another (بلينكن/بلينكين، سوفييتي/سوفياتي), a letter doubled, and with `sounds` a letter for
 * /g/ or /v/ swapped (غوتيريش/جوتيريش). Infinity when another difference is needed. The words are short
 * and this runs only on pairs the loose key already joined; two rows reused, no allocation.
 */
export function spellingDistance(a: string, b: string, sounds: boolean): number {
  const n = a.length;
  const m = b.length;
  if (m + 1 > rowA.length) {
    rowA = new Float64Array((m + 1) * 2);
    rowB = new Float64Array(rowA.length);
  }
  let previous = rowA;
  let row = rowB;
  previous[0] = 0;
  for (let j = 1; j <= m; j++) previous[j] = previous[j - 1] + dropCost(b, j - 1);
  for (let i = 1; i <= n; i++) {
    const x = a.charCodeAt(i - 1);
    const dropX = dropCost(a, i - 1);
    row[0] = previous[0] + dropX;
    for (let j = 1; j <= m; j++) {
      const y = b.charCodeAt(j - 1);
      let swap = Infinity;
      if (x === y) swap = 0;
      else if (isLongVowelCode(x) && isLongVowelCode(y)) swap = 1;
      else if (sounds && soundCode(x) === soundCode(y)) swap = 1;
      row[j] = Math.min(previous[j - 1] + swap, previous[j] + dropX, row[j - 1] + dropCost(b, j - 1));
    }
    const done = previous;
    previous = row;
    row = done;
  }
  return previous[m];
}

/** What dropping the letter at i costs: 1 for a long vowel or a doubled letter inside the word, else Infinity. */
function dropCost(word: string, i: number): number {
  if (i === 0 || i === word.length - 1) return Infinity;
  const code = word.charCodeAt(i);
  return isLongVowelCode(code) || code === word.charCodeAt(i - 1) || code === word.charCodeAt(i + 1) ? 1 : Infinity;
}

/** A way to read a written word as proclitics joined to a name. */
export interface Split {
  /** The proclitic letters in folded form: و، ف، ب، ل، ك and their pairs (وب، فل …). */
  prefix: string;
  /** The name as it stands alone, folded; ل + ال is written لل, so للأمم gives الامم. */
  stem: string;
  /** The stem's article was merged into the ل before it (للأمم). */
  mergedArticle: boolean;
}

/**
 * The readings of a folded word as proclitics + name, the whole word first. Only readings whose name
 * keeps at least two letters (three after ل + ال) are offered; which one is right is for the caller's
 * lookup to decide (بايدن is a name, not ب + ايدن).
 */
export function splitsOf(word: string): Split[] {
  const splits: Split[] = [{ prefix: '', stem: word, mergedArticle: false }];
  for (const prefix of INDEFINITE_PROCLITICS) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.length >= 2) splits.push({ prefix, stem: rest, mergedArticle: false });
    if (prefix.endsWith('ل') && rest.length >= 4 && rest[0] === 'ل') splits.push({ prefix, stem: 'ا' + rest, mergedArticle: true });
  }
  return splits;
}

/**
 * The text to write after `prefix` (raw proclitics) for the name `name`: ل + الأمم is written للأمم, so
 * after a ل the name's article loses its alef.
 */
export function afterProclitic(prefix: string, name: string): string {
  return prefix.endsWith('ل') && name.startsWith(ARTICLE) ? name.slice(1) : name;
}

/** Position in `raw` just after its first `letters` letters that survive folding (harakat and tatweel skipped). */
export function rawOffset(raw: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < raw.length && seen < letters) {
    if (!isDroppedMark(raw.charCodeAt(i))) seen++;
    i++;
  }
  while (i < raw.length && isDroppedMark(raw.charCodeAt(i))) i++; // harakat on the last proclitic letter
  return i;
}

/** عبد and the word after it are one part of a name, written apart or joined: عبد القادر، عبدالقادر. */
export const COMPOUND_HEAD = 'عبد';
/** عبد with the article, which opens a family name as عبد opens a given name: العبد الله، العبدالله. */
export const ARTICLE_COMPOUND_HEAD = ARTICLE + COMPOUND_HEAD;

/** A part made of عبد and the word after it (عبدالقادر، عبدربه), not a name that starts so (عبده). */
export const isCompoundPart = (part: string) => part.length > COMPOUND_HEAD.length + 2 && part.startsWith(COMPOUND_HEAD);

/** بن and the word after it, written apart or joined as in the Maghreb: بن عمر، بنعمر. */
export const JOINABLE_NASAB = 'بن';
/** The words of a nasab written apart: son of, daughter of. */
export const NASAB_WORD_LIST: readonly string[] = ['بن', 'ابن', 'بنت'];
/** بن written with its alef inside a name (محمد ابن سالم), which its folded part writes بن. */
const NASAB_WITH_ALEF = 'ابن';
/** أبو, folded: a kunya's head (أبو بكر). */
export const KUNYA_HEAD = 'ابو';
/** أبو (folded or as written) and the word after it, a kunya written apart or joined: أبو بكر، أبوبكر. */
export const isKunyaHead = (word: string) => word === KUNYA_HEAD || word === 'أبو';
/** كفر and the name after it, a Levantine village written apart or joined: كفر كلا، كفركلا. */
const VILLAGE_HEAD = 'كفر';
/** بو and the name after it, a Maghreb family name written apart or joined: بو عسكر، بوعسكر. */
const MAGHREB_FAMILY_HEAD = 'بو';

/**
 * The parts of a name from its words, each عبد، أبو، بن، بو or كفر joined to the word after it, and each compound's
 * tail to the word before it (جار الله), by `between` (nothing for folded words, which then compare equal
 * whether the text joins them or not, and take بن for ابن inside a name; a space for written ones).
 * `words` itself when no part joins two (most names): nothing is built.
 */
export function nameParts(words: string[], between: string): string[] {
  let k = 0;
  while (k < words.length && !isJoinableHead(words, k)) k++;
  if (k === words.length) return words;
  const parts = words.slice(0, k);
  for (; k < words.length; k++) {
    if (!isJoinableHead(words, k)) {
      parts.push(words[k]);
      continue;
    }
    let part = between === '' && words[k] === NASAB_WITH_ALEF ? JOINABLE_NASAB : words[k];
    // بن عبد الرحمن، بن أبي بكر: the word joined may head a compound itself, which the part takes whole.
    do part += between + words[++k];
    while (isJoinableHead(words, k));
    parts.push(part);
  }
  return parts;
}

const isJoinableHead = (words: readonly string[], k: number) =>
  k + 1 < words.length &&
  (words[k] === COMPOUND_HEAD ||
    words[k] === ARTICLE_COMPOUND_HEAD ||
    isKunyaHead(words[k]) ||
    words[k] === JOINABLE_NASAB ||
    words[k] === VILLAGE_HEAD ||
    words[k] === MAGHREB_FAMILY_HEAD ||
    (k > 0 && words[k] === NASAB_WITH_ALEF) ||
    (isCompoundTail(words[k + 1]) && !isCompoundTail(words[k])) ||
    isDinCompound(words[k], words[k + 1]));

/** Whether a name's last two words make a compound with a tail (جار الله، داود أوغلو، نور الدين). */
export const endsInCompoundTail = (words: readonly string[]) =>
  isCompoundTail(words[words.length - 1]) || (words.length >= 2 && isDinCompound(words[words.length - 2], words[words.length - 1]));

const isDinCompound = (head: string, tail: string) => tail === DIN && DIN_HEADS.has(head);

/** A person's name with each بن inside it written ابن, as writers slip (فيصل ابن فرحان), or undefined when it has none. */
export function withAlefNasab(name: string): string | undefined {
  const words = name.split(' ');
  let changed = false;
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k] !== JOINABLE_NASAB) continue;
    words[k] = NASAB_WITH_ALEF;
    changed = true;
  }
  return changed ? words.join(' ') : undefined;
}

/**
 * A folded given name with a hamza written on the bare letter of its seat, and a doubled final ي once, as
 * writers spell given names: فائز/فايز، وائل/وايل، فؤاد/فواد، يحيى/يحي (folded فاءز/فايز، فءاد/فواد،
 * يحيي/يحي) share one key. A hamza after ا sits on ي, one before ا on و. The word itself when it has
 * neither (most words).
 */
export function seatKey(folded: string): string {
  const doubledEnd = folded.length > 3 && folded.endsWith('يي');
  if (!doubledEnd && !folded.includes('ء')) return folded;
  let key = '';
  for (let i = 0; i < folded.length; i++) {
    const letter = folded[i];
    if (letter !== 'ء' || i === 0) key += letter;
    else if (folded[i - 1] === 'ا') key += 'ي';
    else key += folded[i + 1] === 'ا' ? 'و' : letter;
  }
  return doubledEnd ? key.slice(0, -1) : key;
}

/** The Turkish -oğlu written apart, folded: إمام أوغلو، داود أوغلو. */
export const OGLU = 'اوغلو';
/**
 * Folded words that end a compound with the word before them, written apart or joined: جار الله، جارالله;
 * داود أوغلو، داوود اوغلو (Turkish -oğlu).
 */
const COMPOUND_TAILS = ['الله', OGLU];

/**
 * Whether the word, folded or as written, ends a compound with the word before it (COMPOUND_TAILS). Only
 * words whose last letter is a tail's are folded to be compared: this is asked of every part of a name.
 */
export function isCompoundTail(word: string): boolean {
  const last = lastLetterCode(word);
  return (last === HEH || last === WAW) && COMPOUND_TAILS.includes(foldLetters(normalizeLight(word)));
}

/**
 * The tail a word, folded or as written without harakat, is written joined with (جارالله، داودأوغلو),
 * after at least two letters of its own. Only a word ending in a tail's last letter, or in ة, which
 * folds to it, is folded.
 */
export function joinedTailOf(word: string): string | undefined {
  const last = lastLetterCode(word);
  if (last === NOON) return word.endsWith(DIN) && DIN_HEADS.has(word.slice(0, -DIN.length)) ? DIN : undefined;
  if (last !== HEH && last !== WAW && last !== TEH_MARBUTA) return undefined;
  const folded = foldLetters(word);
  for (const tail of COMPOUND_TAILS) if (folded.length >= tail.length + 2 && folded.endsWith(tail)) return tail;
  return undefined;
}

/**
 * الدين, which ends a compound given name only after these, folded (نور الدين، نورالدين؛ صلاح الدين): after
 * another name it is a word of its own (وزير المالية أحمد الدين العام: the public debt).
 */
const DIN = 'الدين';
const DIN_HEADS: ReadonlySet<string> = new Set(
  'نور صلاح علاء عز شمس بدر خير سيف محيي محي تقي جمال كمال نصر عماد بهاء ضياء زين شرف فخر سعد حسام نجم قطب ناصر جلال عصام سراج شهاب نظام'.split(' ').map(foldLetters),
);

/** The last letters of the COMPOUND_TAILS, and ة. */
const HEH = 0x0647;
const WAW = 0x0648;
const NOON = 0x0646;
const TEH_MARBUTA = 0x0629;

/** The code of the word's last letter, harakat and tatweel after it left out; 0 for none. */
function lastLetterCode(word: string): number {
  for (let i = word.length - 1; i >= 0; i--) {
    const code = word.charCodeAt(i);
    if (!isDroppedMark(code)) return code;
  }
  return 0;
}

/** عبدال…: a compound written joined, with the article of its second word. */
const JOINED_COMPOUND_HEAD = COMPOUND_HEAD + ARTICLE;
/** العبدال…: a family name of that compound written joined (العبدالله). */
const JOINED_ARTICLE_COMPOUND_HEAD = ARTICLE_COMPOUND_HEAD + ARTICLE;

/** Every folded word whose seatKey is `key`: the spellings of one given name (فائز، فايز). */
export function seatSpellings(key: string): string[] {
  let spellings = [''];
  for (let i = 0; i < key.length; i++) {
    const letter = key[i];
    const seat = i > 0 && ((letter === 'ي' && key[i - 1] === 'ا') || (letter === 'و' && key[i + 1] === 'ا'));
    spellings = spellings.flatMap((s) => (seat ? [s + letter, s + 'ء'] : [s + letter]));
  }
  if (key.length >= 3 && key.endsWith('ي')) spellings = spellings.concat(spellings.map((s) => s + 'ي'));
  return spellings.filter((spelling) => seatKey(spelling) === key);
}

/**
 * What is left of a name once only its orthography is set aside: its letters folded, without spaces, each
 * word's hamza by seatKey and بن for ابن inside the name. Two spellings of a name with one such form differ
 * as writers do (أبو بكر/أبوبكر، فائز/فايز، محمد ابن سالم/محمد بن سالم), not as transliterations do.
 */
export function orthographicForm(name: string): string {
  return nameParts(mapPacked(foldLetters(normalizeLight(name)).split(/\s+/), seatKey), '').join('');
}

/**
 * A folded word with the ending writers slip on written the other way, or undefined: the alef of a verb's
 * plural after و dropped (أرامكوا for أرامكو), a hamza after a final ا dropped (دوماء for دوما) or added
 * (صنعا for صنعاء). Such a word is a spelling of a name the article names, wherever it stands.
 */
export function otherEnding(folded: string): string | undefined {
  if (folded.length < 4) return undefined;
  if (folded.endsWith('وا') || folded.endsWith('اء')) return folded.length < 5 ? undefined : folded.slice(0, -1);
  return folded.endsWith('ا') ? folded + 'ء' : undefined;
}

/**
 * Whether the word at k is written another way as a compound: عبد، العبد، أبو or بن before another word,
 * a word before a compound's tail, or عبدال…، العبدال… or …الله joined. Not a joined بن… or أبو…: too many names and
 * words start so (بنيامين، بنك، أبوجا); nor ابن, never joined.
 */
function isCompoundWriting(words: readonly string[], k: number): boolean {
  const word = words[k];
  if (word === NASAB_WITH_ALEF) return false;
  return isJoinableHead(words, k) || joinedCompoundHeadOf(word) !== undefined || joinedTailOf(word) !== undefined;
}

/** The head of a compound written joined (عبد of عبدالقادر, العبد of العبدالله), or undefined. */
function joinedCompoundHeadOf(word: string): string | undefined {
  if (word.length > ARTICLE_COMPOUND_HEAD.length + 3 && word.startsWith(JOINED_ARTICLE_COMPOUND_HEAD)) return ARTICLE_COMPOUND_HEAD;
  return word.length > COMPOUND_HEAD.length + 3 && word.startsWith(JOINED_COMPOUND_HEAD) ? COMPOUND_HEAD : undefined;
}

/**
 * The other writings of a name's compounds (folded or as written): each عبد، أبو or بن joined to the word
 * after it or not, each tail to the word before it or not, each عبدال… or …الله compound split or not,
 * each compound either way (عبد العزيز بن سلمان is also عبدالعزيز بن سلمان, عبد العزيز بنسلمان and
 * عبدالعزيز بنسلمان). None for most names, which have no compound; past MAX_COMPOUNDS_EACH_WAY
 * compounds, only the writing with every one the other way.
 */
export function otherCompoundWritings(words: readonly string[]): string[][] {
  let first = 0;
  while (first < words.length && !isCompoundWriting(words, first)) first++;
  if (first === words.length) return NO_WRITINGS;
  // Each part of the name with its writings, the one as written first.
  const parts: string[][][] = [[words.slice(0, first)]];
  let compounds = 0;
  for (let k = first; k < words.length; k++) {
    const word = words[k];
    // بن عبد الرحمن: the head before another compound's stays apart, and that compound is written either way.
    if (!isCompoundWriting(words, k) || (isJoinableHead(words, k) && isJoinableHead(words, k + 1))) {
      parts.push([[word]]);
      continue;
    }
    compounds++;
    const tail = joinedTailOf(word);
    const head = joinedCompoundHeadOf(word);
    if (isJoinableHead(words, k)) parts.push([[word, words[k + 1]], [word + words[++k]]]);
    else if (tail !== undefined) parts.push([[word], [word.slice(0, -tail.length), tail]]);
    else if (head !== undefined) parts.push([[word], [head, word.slice(head.length)]]);
  }
  if (compounds > MAX_COMPOUNDS_EACH_WAY) return [parts.flatMap((writings) => writings[writings.length - 1])];
  let writings: string[][] = [[]];
  for (const part of parts) writings = writings.flatMap((before) => part.map((writing) => [...before, ...writing]));
  return writings.slice(1);
}

const NO_WRITINGS: string[][] = [];

/** Names with more compounds than this are looked for with all of them written one way or all the other. */
const MAX_COMPOUNDS_EACH_WAY = 3;

/** Listed words this short are checked letter by letter against what is written (writesShortListedWord). */
const MAX_SHORT_LISTED = 4;
/** The alefs that carry a hamza or a madda. */
export const HAMZA_ALEFS = 'أإآ';

/** Words in ه that fold onto a listed name in ة but are a word and a pronoun: جده (جد), حركه, هبه. */
const PRONOUN_ENDINGS_OF_NAMES = new Set(['جده', 'حركه', 'هبه']);

/**
 * Whether a word written `light` (harakat dropped, letters as written) can be the short listed word
 * `listed` it folds to, after a proclitic or not. Folding makes the alefs one letter and ة ه one, which
 * is how names get misspelt (غزه for غزة); but on a word of up to four letters a hamza where the list has
 * none, or the other hamza, writes another word (وأم is no وام, إبل no أبل), and so does a pronoun after a
 * word (جده is no جدة). After a proclitic, a bare alef where the list has a hamza is a word of its own
 * whose first letter is no proclitic: باكرا (early) is no ب + أكرا, وابل (a hail of) no و + أبل.
 */
export function writesShortListedWord(light: string, listed: string, afterProclitic: boolean): boolean {
  if (listed.length > MAX_SHORT_LISTED || light.length !== listed.length) return true;
  if (afterProclitic && light[0] === 'ا' && HAMZA_ALEFS.includes(listed[0])) return false;
  for (let i = 0; i < light.length; i++) {
    const written = light[i];
    if (written === listed[i] || (written !== 'أ' && written !== 'إ')) continue;
    if (listed[i] === 'ا' || listed[i] === 'أ' || listed[i] === 'إ') return false;
  }
  return !(listed.endsWith('ة') && PRONOUN_ENDINGS_OF_NAMES.has(light));
}
