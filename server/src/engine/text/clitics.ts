// The clitics written joined to an Arabic word: before it the conjunctions و/ف, the prepositions ب/ل/ك and
// the article ال (ل + ال is written لل); after a noun, a possessive pronoun (ة becomes ت before it).
// Word lists are kept as bare stems and expanded with these, so one entry matches وأكد، للأطفال، أسرته.

/** Which clitics a listed word takes. */
export type CliticSet =
  /** The word alone (الى: والى is also the verb and the noun والي). */
  | 'none'
  /** و/ف in front (وإذا، فإذا). */
  | 'conjunction'
  /** و/ف, then ب/ل/ك (لذلك، وكذلك). */
  | 'preposition'
  /** و, then ب/ل/ك, then ال or a pronoun suffix, or without ب/ل/ك the accusative's alef (للأطفال، وأطفالهم، أطفالا). Not ف: فاول is the football foul. */
  | 'noun'
  /** A word that already begins with ال (الذي، الآن): و/ف, then ب/ك, or ل, which takes ال's alef (للذي). */
  | 'definite';

interface Affix {
  prefix: string;
  /** The article is part of the word (added by the affix, or already there for a `definite` entry). */
  definite: boolean;
  addArticle: boolean;
  suffix: string;
}

/** و ف ب ل ك: the letters that are a clitic written onto the word after them. */
export const isProcliticLetter = (ch: string | undefined): boolean => ch !== undefined && ch.length === 1 && 'وفبلك'.includes(ch);

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
const PRONOUN_SUFFIXES = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'كم', 'ي'];

function affixesOf(set: CliticSet): Affix[] {
  const plain = (prefix: string, definite = false): Affix => ({ prefix, definite, addArticle: false, suffix: '' });
  switch (set) {
    case 'none':
      return [plain('')];
    case 'conjunction':
      return CONJUNCTIONS.map((c) => plain(c));
    case 'preposition':
      return CONJUNCTIONS.flatMap((c) => PREPOSITIONS.map((p) => plain(c + p)));
    case 'definite':
      return CONJUNCTIONS.flatMap((c) => PREPOSITIONS.map((p) => plain(c + p, true)));
    case 'noun':
      return ['', 'و'].flatMap((c) => [
        ...PREPOSITIONS.flatMap((p) => [
          { prefix: c + p, definite: true, addArticle: true, suffix: '' },
          ...PRONOUN_SUFFIXES.map((suffix) => ({ prefix: c + p, definite: false, addArticle: false, suffix })),
        ]),
        // The accusative's alef (إنسانا، أسبوعا), never after a preposition.
        { prefix: c, definite: false, addArticle: false, suffix: ACCUSATIVE_ALEF },
      ]);
  }
}

const ACCUSATIVE_ALEF = 'ا';

/**
 * Whether the accusative of an indefinite noun is written with an alef after it: not after ة، اء، ى or ا,
 * nor a feminine plural's ات (أسرةً، أعضاءً، أخرى، إصاباتٍ).
 */
const takesAccusativeAlef = (stem: string) => !/(?:ة|اء|ى|ا|ات)$/u.test(stem);

const AFFIXES = new Map<CliticSet, Affix[]>(
  (['none', 'conjunction', 'preposition', 'noun', 'definite'] as const).map((set) => [set, affixesOf(set)]),
);

/** Calls `add` with every written form of a listed word and of its correction, affix by affix. */
export function forEachForm(set: CliticSet, wrong: string, right: string, add: (wrongForm: string, rightForm: string) => void): void {
  for (const affix of AFFIXES.get(set)!) {
    if (affix.suffix === ACCUSATIVE_ALEF && !takesAccusativeAlef(right)) continue;
    add(attach(wrong, affix), attach(right, affix));
  }
}

/** The written word: `stem` with the affix's clitics joined to it. */
function attach(stem: string, affix: Affix): string {
  let body = affix.addArticle ? 'ال' + stem : stem;
  if (affix.definite && affix.prefix.endsWith('ل')) body = body.slice(1); // ل + الـ → لل
  if (affix.suffix && body.endsWith('ة')) body = body.slice(0, -1) + 'ت';
  return affix.prefix + body + affix.suffix;
}

/**
 * Splits a definite word into its proclitics (with the article) and its stem, e.g. وبالمسؤول →
 * وبال + مسؤول, للمسؤول → لل + مسؤول. Stems shorter than three letters are not split: الله، التي، الذي
 * are not the article plus a word. Hand-written: it runs on every word of an article.
 */
export function splitDefinite(word: string): { prefix: string; stem: string } | undefined {
  const i = definitePrefixLength(word);
  return i > 0 && word.length - i >= 3 ? { prefix: word.slice(0, i), stem: word.slice(i) } : undefined;
}

/** The length of the proclitics and article a word starts with (وبال، لل، ال …), or 0 when it has none. */
export function definitePrefixLength(word: string): number {
  if (word.length < 2) return 0; // too short for an article, and word[i] below stays inside the word
  let i = word[0] === 'و' || word[0] === 'ف' ? 1 : 0;
  if (word.startsWith('لل', i)) return i + 2;
  if (word[i] === 'ب' || word[i] === 'ك') i++;
  return word.startsWith('ال', i) ? i + 2 : 0;
}

/** Proclitics that an indefinite word may carry, longest first. */
export const INDEFINITE_PROCLITICS: readonly string[] = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];
