import { INDEFINITE_PROCLITICS } from '../text/clitics';
import { foldLetters } from '../text/normalize';
import { perList, type NameList } from './list';

// The adjective of a listed place (its nisba: أميركي from أميركا, سوفييتي from السوفييتي) follows the
// place's spelling: where the house list writes أميركا, الأمريكية is الأميركية spelled another way.

/** The endings of a nisba after its stem, folded: masculine, feminine (ية), plurals and duals. */
const NISBA_ENDINGS = ['ي', 'يه', 'يون', 'يين', 'يان', 'يتان', 'يتين', 'يات'];
/** Letters a nisba stem keeps to be matched inside a word: a shorter one is a piece of many words. */
const MIN_STEM_LETTERS = 4;
/** Letters a nisba stem keeps to be told a nisba where a whole word is compared with it (المصري، الليبي). */
const MIN_WHOLE_STEM_LETTERS = 3;
/** What may come before a nisba's stem, folded: proclitics, the article, and ل + ال written لل. */
const BEFORE_STEM = new Set(['', ...INDEFINITE_PROCLITICS].flatMap((prefix) => [prefix, prefix + 'ال', ...(prefix.endsWith('ل') ? [prefix + 'ل'] : [])]));
const LONGEST_BEFORE_STEM = Math.max(...[...BEFORE_STEM].map((prefix) => prefix.length));

export interface NisbaStem {
  /** The stem as the house list writes it (أميرك). */
  house: string;
  /** The word of the place's name the stem comes from, as the house list writes it (أميركا), for the message. */
  place: string;
}

/** A word that is the nisba of a listed place with the stem of a spelling the house list does not use. */
export interface NisbaVariant {
  /** Where the stem is in the word, in letters of its light form (rawOffset finds them in its text). */
  stemStart: number;
  stemEnd: number;
  stem: NisbaStem;
}

/**
 * The folded nisba stems of the spellings of listed places other than the house's, each with the house's
 * stem: of every place form the list spells otherwise, the words that differ from the house form's.
 */
const variantStemsOf = perList((list): ReadonlyMap<string, NisbaStem> => {
  const found = new Map<string, NisbaStem>();
  for (const forms of list.byFirstWord.values()) {
    for (const form of forms) {
      if (form.entry.kind !== 'place' || form.text === form.house) continue;
      const written = form.text.split(' ');
      const house = form.house.split(' ');
      if (written.length !== house.length) continue;
      written.forEach((word, k) => {
        const variant = nisbaStemOf(word, k > 0);
        const preferred = nisbaStemOf(house[k], k > 0);
        if (variant === undefined || preferred === undefined || foldLetters(variant) === foldLetters(preferred)) return;
        found.set(foldLetters(variant), { house: preferred, place: house[k] });
      });
    }
  }
  return found;
});

/**
 * Nisbas not built on their place's name, folded stems: الإنجليزي of إنجلترا, and those of the lands in
 * ستان that drop it (الأوزبكي، الكازاخي، الأفغاني).
 */
const IRREGULAR_NISBA_STEMS = ['انجليز', 'انكليز', 'اوزبك', 'كازاخ', 'طاجيك', 'قرغيز', 'تركمان', 'افغان', 'شيشان'];

/**
 * The nisba stems of the listed places of one word: every spelling the list has, folded (إسبانيا → اسبان;
 * three letters are enough here, مصر → مصر, as a whole word is compared with them), and the house's of
 * four letters or more, by their folded stem, where folding changes its letters (الأردن → أردن، إسرائيل →
 * إسرائيل): a nisba that folds to one of these but is written otherwise drops or moves a hamza the house
 * writes (الاردني، الايراني).
 */
const oneWordPlaceStems = perList((list): { folded: ReadonlySet<string>; house: ReadonlyMap<string, NisbaStem> } => {
  const folded = new Set<string>(IRREGULAR_NISBA_STEMS);
  const house = new Map<string, NisbaStem>();
  for (const forms of list.byFirstWord.values()) {
    for (const form of forms) {
      if (form.entry.kind !== 'place' || form.text.includes(' ')) continue;
      const stem = nisbaStemOf(form.text, false, MIN_WHOLE_STEM_LETTERS);
      if (stem === undefined) continue;
      const key = foldLetters(stem);
      folded.add(key);
      if (form.text === form.house && key !== stem && stem.length >= MIN_STEM_LETTERS) house.set(key, { house: stem, place: form.text });
    }
  }
  return { folded, house };
});

/** The folded nisba stems of the listed places of one word, in every spelling the list has (إسبانيا → اسبان). */
export const placeNisbaStems = (list: NameList): ReadonlySet<string> => oneWordPlaceStems(list).folded;

/**
 * The stem a place's nisba is built on, from a word of its name: أميركا → أميرك، موريتانيا → موريتان،
 * السعودية → سعود، الدنمارك → دنمارك، سنغافورة → سنغافور; a word after the first that is itself a nisba
 * (الاتحاد السوفييتي) → سوفييت. None for a place in ي or ى (كيغالي), whose nisba is no stem + ي, nor for a
 * stem too short.
 */
function nisbaStemOf(word: string, later: boolean, minLetters = MIN_STEM_LETTERS): string | undefined {
  const name = word.length > 4 && word.startsWith('ال') ? word.slice(2) : word;
  let stem: string | undefined;
  if (later) stem = name.endsWith('ي') ? name.slice(0, -1) : undefined;
  else if (name.endsWith('يا') || name.endsWith('ية') || name.endsWith('يه')) stem = name.slice(0, -2);
  else if (/[اةه]$/u.test(name)) stem = name.slice(0, -1);
  else if (!/[يى]$/u.test(name)) stem = name;
  return stem !== undefined && stem.length >= minLetters ? stem : undefined;
}

/**
 * The listed place a word (light form) is the nisba of, in a spelling of its stem other than the house's:
 * proclitics and the article, then a listed variant stem (الأمريكي) or the house's stem with its letters
 * written otherwise (الاردني), then a nisba ending.
 */
export function nisbaVariantOf(list: NameList, light: string): NisbaVariant | undefined {
  const variants = variantStemsOf(list);
  const houses = oneWordPlaceStems(list).house;
  const folded = foldLetters(light);
  for (const ending of NISBA_ENDINGS) {
    if (!folded.endsWith(ending)) continue;
    const stemEnd = folded.length - ending.length;
    for (let stemStart = 0; stemStart <= LONGEST_BEFORE_STEM && stemEnd - stemStart >= MIN_STEM_LETTERS; stemStart++) {
      if (!BEFORE_STEM.has(folded.slice(0, stemStart))) continue;
      const foldedStem = folded.slice(stemStart, stemEnd);
      const stem = variants.get(foldedStem) ?? houses.get(foldedStem);
      if (stem && light.slice(stemStart, stemEnd) !== stem.house) return { stemStart, stemEnd, stem };
    }
  }
  return undefined;
}
