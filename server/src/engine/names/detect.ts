import { Attached } from '../attached';
import { mapPacked } from '../packed';
import type { Article, Word } from '../text/article';
import { datelineCredits } from '../text/dateline';
import { foldLetters, normalizeLight } from '../text/normalize';
import { RELATIVE_PRONOUNS } from '../text/relative-pronouns';
import { isQuoted } from '../text/pairs';
import { CLOSING_QUOTE_MARKS } from '../text/punctuation';
import { definitePrefixLength, INDEFINITE_PROCLITICS, isProcliticLetter, splitDefinite } from '../text/clitics';
import { isDerivedVerbalNoun, isLamOnVerbalNoun } from '../text/purpose-clause';
import { isSpeechVerb } from '../text/speech-verbs';
import { hasPersianBlockLetter } from '../text/persian-script';
import { hasOrnateBrackets, inOrnateBrackets } from '../text/verse';
import { ALEF_MAQSURA_WORDS, DEFINITE_STEMS_BESIDE_NISBAS } from '../text/spelling-lists';
import { FNV_BASIS, FNV_PRIME, MAX_SPELLINGS, perSpelling, SpellingRows, type Spelling } from '../text/spellings';
import type { Span, TextEdit } from '../types';
import { afterProclitic, ARTICLE_COMPOUND_HEAD, COMPOUND_HEAD, differInGOnly, endsInCompoundTail, foldName, JOINABLE_NASAB, NASAB_WORD_LIST, isCompoundPart, isCompoundTail, isKunyaHead, isLooseVariant, KUNYA_HEAD, OGLU, isNisba, joinedTailOf, lastLetterOfEnds, nameParts, otherCompoundWritings, otherGLetter, lightName, looseEnds, looseHash, looseShape, otherEnding, rawOffset, seatKey, seatSpellings, spelledAlike, splitsOf, withoutConjunction, writesShortListedWord, type LooseVariantGuards, type Split } from './forms';
import { nisbaVariantOf, placeNisbaStems } from './nisba';
import { perList, type ListedForm, type ListedRole, type NameEntry, type NameKind, type NameList } from './list';
import {
  ACTIVITY_NOUNS,
  ALIAS_INTRODUCTION,
  AMBIGUOUS_GIVEN_NAMES,
  BRACKET_INTRODUCTION,
  DESCRIBED_ORGANISATIONS,
  EAST_ASIAN_FAMILY_NAMES,
  FOREIGN_GIVEN_NAMES,
  GIVEN_NAMES,
  GIVEN_NAMES_AS_WRITTEN,
  HONORIFICS,
  HONORIFIC_NOUNS,
  HONOURED_TITLES,
  LED_BY,
  NAME_CONNECTORS,
  SURNAME_PARTICLES,
  NOT_NAMES,
  OFFICE_NISBAS,
  ORGANISATION_TRIGGERS,
  PERSON_TITLES,
  PLACE_TRIGGERS,
  RAW_FUNCTION_WORDS,
  RAW_ORDINARY_WORDS,
  STATUS_ADJECTIVES,
  TITLE_LINKS,
  WEAK_TITLES,
} from './vocabulary';

// Names in an article (editorial-rules.md §5): who and what it names, and how it writes each name.
// Pure and shared: the name-consistency rule, the CLI's --list-names, the outline's names group and the
// server's rename all read the same detection.
//
// API
//   findNames(article, list, options?) → NameEntity[]
//     Every person, organisation and place the article names, in order of first mention. `list` is
//     nameListFor(config.names) from ./list (the shipped list with the newsroom's list merged over it,
//     cached per list value). Spans are in the engine's working text (LintResult.article), like a rule's:
//     map them with LintResult.source.span() for the original text.
//   findDifferingNames(article, list, options?) → NameEntity[]
//     The entities of findNames with a mention that differs from its expected form, without forming the
//     others (what the name-consistency rule reports); both read one detection per article.
//   NameEntity: kind; preferred (the house list's preferred form, else the form the article uses most,
//     else the first); source ('list' | 'article'); entry (the list entry, if listed); mentions; counts
//     ([{ form, count }] per written form, in order of first use); introduced (an alias was introduced on
//     first mention).
//   NameMention: span (the name without the proclitics joined to it: وبواشنطون → واشنطون); proclitic
//     (وب); form (the name as it stands alone: للأمم → الأمم); role ('preferred' | 'variant' | 'alias' |
//     'surname'); expected (what the mention should read under the entity's preferred spelling; equal
//     to form when it is consistent); differs; spellingOnly (differs only in spelling: a safe fix);
//     quoted (inside a quotation).
//   namedSpans(article, list) → Span[]: where the article names anything, proclitics included, without
//     forming entities (what spelling-consistency asks).
//   mentionEdit(mention, text) → TextEdit: rewrites one mention, keeping its proclitic.
//   renameEdits(article, entity, mention, text) → TextEdit[]: rename: every mention named like `mention`
//     (its surname mentions for a surname renamed to a surname, the alias's for an alias, else the full name
//     in any spelling) rewritten to `text`.
//   entryPreferring(entity, form) → NameEntry: the entry that makes `form` the house spelling, for "add
//     this spelling to the workspace name list" (merge it with withEntry from ./list).
//
// How names are found, since Arabic has no capitals: the list (every listed spelling, variant, alias and
// surname, and unlisted spellings of them by the keys of ./forms); titles and roles before a name
// (الرئيس، وزير الخارجية الأميركي، المتحدث باسم …); verbs of saying (وقال بلينكن); given names (أحمد
// الحسيني); the nouns that introduce places and organisations (مدينة، حركة …); and the article's own
// repetitions of a name found so. Mentions are grouped into one entity by the same keys: a surname after
// a full name is the same person, a different first name with the same surname is a different person.

export interface NameMention {
  span: Span;
  proclitic: string;
  form: string;
  role: ListedRole;
  expected: string;
  differs: boolean;
  spellingOnly: boolean;
  quoted: boolean;
}

export interface NameEntity {
  kind: NameKind;
  preferred: string;
  source: 'list' | 'article';
  entry?: NameEntry;
  mentions: NameMention[];
  /** Each written form (the name as it stands alone) with its number of mentions, in order of first use. */
  counts: NameCount[];
  introduced: boolean;
}

export interface NameCount {
  form: string;
  count: number;
}

export interface FindNamesOptions {
  /** Mentions inside quotations neither set the preferred form nor differ from it (the rule's ignoreInQuotations). */
  ignoreQuotations?: boolean;
}

/** A name found in the text, before entities are formed. */
/**
 * A name found: a class, not an object literal, so that V8 never allocates names straight into its old
 * generation (see takeScratch in text/article.ts): an article's names live only while it is checked.
 */
class Found {
  constructor(
    public first: number,
    public last: number,
    public split: Split,
    public kind: NameKind,
    /**
     * Folded words of the name as it stands alone, and once detection is done its parts (nameParts); empty
     * for a listed name, which is grouped by its entry.
     */
    public words: string[],
    /** The listed form it matched. */
    public listed: ListedForm | undefined,
    /** Found at a cue (title, verb of saying, trigger, given name) rather than by repetition. */
    public cued: boolean,
  ) {}
}

/** Words in the name of a place or an organisation found at a cue. */
const MAX_NAME_WORDS = 4;
/** What `covered` holds for a word of a person's name; 1 for a place's or an organisation's. */
const COVERED_BY_PERSON = 2;
const MAX_TITLE_CHAIN = 5;
const MAX_RELATED_INTRODUCTION = 40;

/**
 * The names found in an article, before entities are formed: its words, and the names in order; and the
 * nisbas of listed places in a spelling the house does not use, outside the names.
 */
interface Detection {
  list: NameList;
  words: Word[];
  found: Found[];
  nisbas: NisbaWord[];
}

/** A nisba of a listed place in a spelling the house does not use, and whether it ends an institution's name. */
interface NisbaWord {
  word: Word;
  /** After an organisation's noun with the article, one or two words before (الجامعة الأمريكية، الحزب الديمقراطي الكوردستاني). */
  inInstitution: boolean;
}

/**
 * The last detection of each article, and the last entities findNames formed from it: the
 * name-consistency rule and the faces that read the names of the same check (the server's outline,
 * rename and name-list action) share one detection. Callers must not change what they get.
 */
const lastDetection = new Attached<Article, Detection>();
const lastFound = new Attached<Article, { list: NameList; ignoreQuotations: boolean; entities: NameEntity[] }>();

export function findNames(article: Article, list: NameList, options: FindNamesOptions = {}): NameEntity[] {
  const ignoreQuotations = options.ignoreQuotations === true;
  const last = lastFound.get(article);
  if (last && last.list === list && last.ignoreQuotations === ignoreQuotations) return last.entities;
  const entities = buildEntities(article, detect(article, list), options, true);
  lastFound.set(article, { list, ignoreQuotations, entities });
  return entities;
}

/**
 * The entities of findNames that have a mention differing from what it is expected to be, as findNames
 * gives them, without forming the others: what the name-consistency rule reports.
 */
export function findDifferingNames(article: Article, list: NameList, options: FindNamesOptions = {}): NameEntity[] {
  return buildEntities(article, detect(article, list), options, false);
}

/**
 * The words outside names that are the nisba of a listed place in a spelling of it the house does not
 * use (الأمريكية where the list writes أميركا), in text order, each with whether it is in a quotation and
 * whether it ends an institution's name; with `ignoreQuotations`, none in a quotation.
 */
export function nisbaVariantWords(article: Article, list: NameList, options: FindNamesOptions = {}): (NisbaWord & { quoted: boolean })[] {
  const words = detect(article, list).nisbas.map((nisba) => ({ ...nisba, quoted: isQuoted(article, nisba.word.start) }));
  return options.ignoreQuotations ? words.filter(({ quoted }) => !quoted) : words;
}

/**
 * Where the article names someone or something (each name with its proclitics), without forming
 * entities: for a rule that only asks whether a word is part of a name.
 */
export function namedSpans(article: Article, list: NameList): Span[] {
  const { words, found } = detect(article, list);
  return mapPacked(found, (name) => ({ start: words[name.first].start, end: words[name.last].end }));
}

function detect(article: Article, list: NameList): Detection {
  const last = lastDetection.get(article);
  if (last && last.list === list) return last;
  const finder = new NameFinder(article, list);
  const found = finder.run();
  const credits = found.length > 0 ? creditsOf(article) : NO_SPANS;
  const detection = { list, found: credits.length > 0 ? outsideSpans(found, finder.words, credits) : found, words: finder.words, nisbas: finder.uncoveredNisbas() };
  lastDetection.set(article, detection);
  return detection;
}

const NO_SPANS: Span[] = [];

/** The names that do not start inside one of `spans`: `names` itself when none does (most articles), else a copy without them. */
function outsideSpans(names: Found[], words: readonly Word[], spans: readonly Span[]): Found[] {
  let kept: Found[] | undefined;
  for (let k = 0; k < names.length; k++) {
    if (!startsInside(words[names[k].first].start, spans)) kept?.push(names[k]);
    else kept ??= names.slice(0, k);
  }
  return kept ?? names;
}

function startsInside(at: number, spans: readonly Span[]): boolean {
  for (const span of spans) if (span.start <= at && at < span.end) return true;
  return false;
}

/** The agency credits in the datelines of the article (`جدة (واس) -`): they name the source, not the news. */
function creditsOf(article: Article): Span[] {
  return datelineCredits(article.prose, article.paragraphs);
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** د. سامي النحاس، ود. منى الخطيب، أ.د. كمال يوسف: the dot of an abbreviated title joins it to the name it leads. */
function afterAbbreviatedTitle(text: string, from: number, to: number, title: Word): boolean {
  return text.charCodeAt(from) === 0x2e && to > from + 1 && onlySpaces(text, from + 1, to) && withoutConjunction(title.spelling.folded) === DOCTOR_ABBREVIATION;
}

const DOCTOR_ABBREVIATION = 'د';

/** 1 for a space, a no-break space or a tab, else 0. */
const isSpace = (code: number) => (code === 0x20 ? 1 : 0) | (code === 0xa0 ? 1 : 0) | (code === 0x09 ? 1 : 0);

function isArabicWord(folded: string): boolean {
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (!((code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3))) return false;
  }
  return folded.length > 0;
}

/** Given names, common words and adjectives of colour (السوداء، الحمراء) are never spellings of other words. */
const isProtected = (folded: string) => isArabicGivenName(folded) || NOT_NAMES.has(folded) || COLOUR_ADJECTIVE.test(folded);
/**
 * The folded stem of an indefinite adjective, its ending taken off: a nisba (وزاري، هاتفي، واقي), فعيل
 * (جديد، كبير), فاعل (عاجل، كامل، طارء) or a participle in م (مفصل، مطول، مستمر).
 */
const ADJECTIVE_STEM = /^(?:..+ي|..ي.|.ا..|م.{3,5})$/;
/** A feminine adjective with the article, folded, of the فعيلة and فيعلة patterns: الجديدة، الطيبة. */
const FEMININE_ADJECTIVE = /^ال[^اوي]{1,2}ي[^اوي]ه$/;
/** The feminine of a colour with the article (فعلاء): السوداء is no spelling of السويداء. */
const COLOUR_ADJECTIVE = /^ال...اء$/;
/** Spellings that differ in vowels and doubling only. */
const VOWELS_ONLY: LooseVariantGuards = { isProtected, allowSounds: false, maxEdits: 2, lengthsDiffer: false, nisbas: false };
/** Spellings that may also differ in the letters for /g/ and /v/: where a name stands. */
const WITH_SOUNDS: LooseVariantGuards = { isProtected, allowSounds: true, maxEdits: 2, lengthsDiffer: false, nisbas: false };
/**
 * A word of a name that another word written the same vouches for: two nisbas may be one family name
 * too (كمال الودغيري، كمال الوديغيري). Alone, they are words (السياسي/السيسي، العلمي/العليمي). But the
 * nisbas of two given names are two families, as the names are two names (محمد الحسيني، محمد الحسني).
 */
const BESIDE_SAME_WORD: LooseVariantGuards = {
  isProtected: (folded) => isProtected(folded) || (isNisba(folded) && isArabicGivenName(folded.slice(2, -1))),
  allowSounds: true,
  maxEdits: 2,
  lengthsDiffer: false,
  nisbas: true,
};
/**
 * One vowel or doubling added or dropped: an unlisted spelling of a listed name away from a cue. A vowel
 * swapped for another is left to cues: ordinary words are one swap from many names (تركوا/تركيا، مالي/ميلي).
 */
const ONE_EDIT: LooseVariantGuards = { isProtected, allowSounds: false, maxEdits: 1, lengthsDiffer: true, nisbas: false };
/**
 * Letters a listed word needs for an unlisted spelling of it to be taken away from a cue: short names
 * are a vowel from ordinary words (عنان/عنوان، فيدان/فدان).
 */
const MIN_ANYWHERE_LETTERS = 6;

const isTitle = (folded: string) => PERSON_TITLES.has(folded) || PERSON_TITLES.has(withoutConjunction(folded));
const hasArticle = (folded: string) => folded.length > 3 && folded.startsWith('ال');
/** The titles a place's or a body's name may open with, before the name of whom it is named after (حي الشيخ جراح، جامعة الملك سعود), folded. */
const TITLES_IN_PLACE_NAMES: ReadonlySet<string> = new Set(['الشيخ', 'الملك', 'الأمير', 'الإمام', 'الشهيد'].map((word) => foldName(word)));
/**
 * Buildings, roads and squares often named after a king, a prince or a sheikh (مستشفى الأمير حمزة، مطار
 * الملك حسين، جسر الملك فهد، طريق الملك فهد), folded, with ب or ل before them too.
 */
const NAMED_BUILDINGS: ReadonlySet<string> = new Set(
  ['مستشفى', 'مطار', 'ميناء', 'جسر', 'شارع', 'طريق', 'ميدان', 'كورنيش', 'مسجد', 'جامع', 'مدرسة', 'ملعب', 'استاد', 'قاعدة', 'مجمع', 'مركز', 'مدينة', 'جامعة', 'قاعة', 'معبر'].flatMap((word) => [word, `ب${word}`, `ل${word}`].map((w) => foldName(w))),
);
/** The people of a place, in construct with its name (سكان، أهالي، قاطني), folded. */
const RESIDENTS: ReadonlySet<string> = new Set(['سكان', 'أهالي', 'قاطني'].map((word) => foldName(word)));

/**
 * The per-word arrays of a detection, reused by the next one (one runs at a time): an article costs no
 * allocation per word. Zeroed from the word count on, one word past the end included, so that the word
 * after the last reads as not joined and not covered; joined and classes are written for every word.
 */
let reused = newPerWordArrays(1024);

function newPerWordArrays(size: number) {
  return {
    joined: new Uint8Array(size),
    classes: new Int32Array(size),
    covered: new Uint8Array(size),
    placeAt: new Uint8Array(size),
    listedEnd: new Int32Array(size),
    cueAtWord: new Uint8Array(size),
    listedWords: new Int32Array(size),
    cuedWords: new Int32Array(size),
    foldedHashes: new Int32Array(size),
    headCodes: new Int32Array(size),
    looseEnds: new Int32Array(size),
    rowAt: new Int32Array(size),
  };
}

function perWordArrays(count: number): ReturnType<typeof newPerWordArrays> {
  if (count + 1 > reused.joined.length) reused = newPerWordArrays((count + 1) * 2);
  reused.joined[count] = 0;
  reused.classes[count] = 0;
  reused.covered.fill(0, 0, count + 1);
  reused.placeAt.fill(0, 0, count + 1);
  reused.listedEnd.fill(0, 0, count + 1);
  reused.cueAtWord.fill(0, 0, count + 1);
  return reused;
}

class NameFinder {
  private readonly covered: Uint8Array;
  private readonly found: Found[] = [];
  /** Where the names found at cues start in `found` (after the listed ones). */
  private cuedFrom = 0;
  /** The names found at cues so far, gathered as they are found (cuedNames). */
  private cued: CuedNames | undefined;
  /** The words with the article that follow a given name, and how often (isFamilyNameElsewhere): counted on demand. */
  private afterGivenNames: Map<string, number> | undefined;
  /** The last letter, as written, of each name or surname findRepeated looks for alone, by its folded form. */
  private readonly writtenEndings = new Map<string, string>();
  /** The words that name a speaker alone (namesSpeaker): found on demand. */
  private loneSpeakers: Set<string> | undefined;

  /** Whether a listed place covers each word (for places named in a row: دمشق وحلب وحماة). */
  private readonly placeAt: Uint8Array;
  /** At the first word of a listed place or organisation, the word after it; else 0. */
  private readonly listedEnd: Int32Array;
  /** The kind of name a cue before each word calls for, worked out on demand: 0 not yet, 1 none. */
  private readonly cueAtWord: Uint8Array;
  /**
   * The words that may start a listed name (LISTED or LOOSE), in order, and how many: the passes of
   * findListed visit only these.
   */
  private readonly listedWords: Int32Array;
  private readonly listedCount: number;
  /** The words findCued may start at (a cue, a given name, a word led by و after a place), in order, and how many. */
  private readonly cuedWords: Int32Array;
  private readonly cuedCount: number;
  /** The article's words in order. */
  readonly words: Word[];
  /** The words that are a nisba of a listed place in a spelling the house does not use (NISBA_VARIANT). */
  private readonly nisbaWords: number[] = [];
  /** Whether each word follows the one before it in one sentence with only spaces between. */
  private readonly joined: Uint8Array;
  /** What each word can be (KnownWord.cls). */
  private readonly classes: Int32Array;
  /** The wordHash of each word's folded form, and its headCodes: findRepeated's pass over every word reads no word. */
  private readonly foldedHashes: Int32Array;
  private readonly headCodes: Int32Array;
  /** The looseEnds of each word's folded form: a listed name's next word is ruled out without reading the word. */
  private readonly looseEnds: Int32Array;
  /** Where each word's row starts in wordRowsFor's rows, and the KnownWord of each row: see known. */
  private readonly rowAt: Int32Array;
  private readonly knownWords: KnownWord[];
  private readonly prose: string;
  /** The listed form that scores best at the word being matched (see considerListed), and its score. */
  private best: { form: ListedForm | undefined; split: Split | undefined; score: number; tie: number } = {
    form: undefined,
    split: undefined,
    score: -1,
    tie: 0,
  };

  constructor(
    article: Article,
    private readonly list: NameList,
  ) {
    let count = 0;
    for (const paragraph of article.paragraphs) for (const sentence of paragraph.sentences) count += sentence.words.length;
    const arrays = perWordArrays(count);
    const { joined, classes, listedWords, cuedWords, rowAt, foldedHashes: hashes, headCodes: heads, looseEnds: ends } = arrays;
    const prose = article.prose;
    const all: Word[] = new Array(count);
    const { rows, known: knownWords } = wordRowsFor(list);
    const known = rows.values;
    const epoch = rows.epoch;
    let at = 0;
    let listedCount = 0;
    let cuedCount = 0;
    let previousEnd = 0;
    for (const paragraph of article.paragraphs) {
      const verses = hasOrnateBrackets(paragraph);
      for (const { words } of paragraph.sentences) {
        for (let i = 0; i < words.length; i++, at++) {
          const word = (all[at] = words[i]);
          // One space is the gap between most words: told without a loop, and with no branch on the letter.
          const gap = word.start - previousEnd;
          joined[at] = i === 0 ? 0 : gap === 1 ? isSpace(prose.charCodeAt(previousEnd)) : +(onlySpaces(prose, previousEnd, word.start) || afterAbbreviatedTitle(prose, previousEnd, word.start, all[at - 1]));
          previousEnd = word.end;
          const { spelling } = word;
          // The whole row, whatever the word: a branch per word costs more than the two numbers.
          const row = (rowAt[at] = rows.row(spelling));
          // A Quran verse names no one: its words are left as they stand (ٱلْعَـٰلَمِينَ is no العلمين).
          const cls = (classes[at] = verses && inOrnateBrackets(paragraph, words[i].start) ? 0 : known[row + CLASS]);
          hashes[at] = known[row + FOLDED_HASH];
          heads[at] = known[row + HEAD_CODES];
          ends[at] = known[row + LOOSE_ENDS];
          // Written whatever the word, and counted if it is one: a branch that goes either way costs more.
          listedWords[listedCount] = at;
          listedCount += anyOf(cls, LISTED | LOOSE);
          cuedWords[cuedCount] = at;
          cuedCount += anyOf(cls, MAY_START_CUED);
          if (cls & NISBA_VARIANT) this.nisbaWords.push(at);
        }
      }
    }
    this.words = all;
    this.joined = joined;
    this.classes = classes;
    this.foldedHashes = hashes;
    this.headCodes = heads;
    this.looseEnds = ends;
    this.rowAt = rowAt;
    // A new epoch reuses the rows of the words read before it: their KnownWords are looked up as ever.
    this.knownWords = rows.epoch === epoch ? knownWords : NO_KNOWN_WORDS;
    this.prose = prose;
    this.covered = arrays.covered;
    this.placeAt = arrays.placeAt;
    this.listedEnd = arrays.listedEnd;
    this.cueAtWord = arrays.cueAtWord;
    this.listedWords = listedWords;
    this.listedCount = listedCount;
    this.cuedWords = cuedWords;
    this.cuedCount = cuedCount;
  }

  private cover(name: Found): void {
    this.found.push(name);
    for (let k = name.first; k <= name.last; k++) {
      this.covered[k] = name.kind === 'person' ? COVERED_BY_PERSON : 1;
      if (name.kind === 'place' && name.listed) this.placeAt[k] = 1;
    }
    if (name.listed && name.kind !== 'person') this.listedEnd[name.first] = name.last + 1;
  }

  /** The NISBA_VARIANT words that no name found covers: read before the next detection reuses `covered`. */
  uncoveredNisbas(): NisbaWord[] {
    return this.nisbaWords.filter((i) => !this.covered[i]).map((i) => ({ word: this.words[i], inInstitution: this.endsInstitution(i) }));
  }

  /**
   * Whether one of the two words before word i, in its sentence, is an organisation's noun with the article
   * that names with an adjective (الجامعة، الحزب; not الشركة).
   */
  private endsInstitution(i: number): boolean {
    for (let k = i - 1; k >= i - 2 && this.isJoined(k + 1); k--) {
      const folded = this.folded(k);
      if (hasArticle(folded) && ORGANISATION_TRIGGERS.has(folded.slice(2)) && !DESCRIBED_ORGANISATIONS.has(folded.slice(2))) return true;
    }
    return false;
  }

  /** Word i letter-folded. */
  private folded(i: number): string {
    return this.words[i].spelling.folded;
  }

  /**
   * Whether word i, folded, is one of `words`: told by its wordHash first, so that the letters of the
   * words around a name, most of which are not read otherwise, are read only when it may be.
   */
  private isOneOf(i: number, words: HashedWords): boolean {
    return words.mayHave(this.foldedHashes[i]) && words.has(this.folded(i));
  }

  /**
   * What the detector knows of word i: found by its row, a read or two where its spelling's record is
   * several, for the hundreds of thousands of words asked a pass. A KnownWord serves one list at a time
   * (knownWord), and a row past the last is no spelling's own: those are looked up as ever.
   */
  private known(i: number): KnownWord {
    const row = this.rowAt[i] / ROW_WIDTH;
    const word = row < this.knownWords.length ? this.knownWords[row] : undefined;
    return word !== undefined && word.list === this.list ? word : knownWord(this.list, this.words[i].spelling);
  }

  /** Whether there is a word i and it follows the one before it with only spaces between (see `joined`). */
  private isJoined(i: number): boolean {
    return this.joined[i] === 1;
  }

  run(): Found[] {
    this.findListed();
    this.findCued();
    this.giveSurnamesToArticlePeople();
    this.findRepeated();
    // From here on a name is compared part by part, عبد with the word after it (Found.words).
    for (const name of this.found) if (name.words.length > 1) name.words = nameParts(name.words, '');
    return inTextOrder(this.found);
  }

  /** Whether word i is known as `bits` (any of them). */
  private is(i: number, bits: number): boolean {
    return (this.classes[i] & bits) !== 0;
  }

  /**
   * Before word i, past the title of its subject, stands a verb whose object ب leads (ورحب الوزير بالقرار،
   * وأشاد الرئيس بالاتفاق): the word is that object, no foreign name in بال (المهاجم بالوتيلي).
   */
  private followsVerbTakingBi(i: number): boolean {
    return this.followsVerbOf(i, VERBS_TAKING_BI);
  }

  /**
   * Before word i, past its subject's title and a name (the listed ones), stands one of `verbs`: ومنح
   * الرئيس إيمانويل ماكرون المدرب | وسام الاستحقاق.
   */
  private followsVerbOf(i: number, verbs: ReadonlySet<string>): boolean {
    for (let k = i - 1, steps = 0; k >= 0 && steps <= MAX_TITLE_CHAIN; k--, steps++) {
      if (!this.isJoined(k + 1)) return false;
      if (verbs.has(withoutConjunction(this.folded(k)))) return true;
      if (!this.covered[k] && !this.is(k, TITLE | ARTICLE | TITLE_LINK)) return false;
    }
    return false;
  }

  /**
   * Word i is وسام, a given name that is also a decoration, after a verb that gives or wins one: ومنح
   * الرئيس | وسام الاستحقاق، وقلد الملك المدرب | وسام الجمهورية، الفائز | بوسام الشرف; not واستقبل
   * الرئيس اللواء وسام الحسن. The other honours are no given names (NOT_NAMES: قلادة، ميدالية، جائزة).
   */
  private isAwardedDecoration(i: number): boolean {
    return this.is(i, AMBIGUOUS_GIVEN) && this.known(i).givenName!.stem === DECORATION && this.followsVerbOf(i, AWARDING_VERBS);
  }

  /** The kind of name word i stands where: after a title or a verb of saying, or after a trigger. */
  private cueAt(i: number): NameKind | undefined {
    if (!this.isJoined(i)) return undefined;
    for (let k = i - 1, steps = 0; k >= 0 && steps <= MAX_TITLE_CHAIN; k--, steps++) {
      const cue = this.cueOf(k);
      if (cue === Cue.Title || cue === Cue.WeakTitle || cue === Cue.Verb) return 'person';
      if (cue === Cue.Place) return 'place';
      if (cue === Cue.Organisation) return 'organisation';
      if (!this.is(k, ARTICLE | TITLE_LINK | LIL)) return undefined;
      if (!this.isJoined(k)) return undefined;
    }
    return undefined;
  }

  /** What word k is as a cue. */
  private cueOf(k: number): Cue {
    return this.classes[k] & CUE_BITS;
  }

  // ---- the list

  /**
   * Two passes. The first finds every listed spelling (letter forms folded), and unlisted spellings of
   * the other words of a multi-word name whose first word is listed. The second finds unlisted spellings
   * of a name whose first word is not listed (واشنطون), and only of entities the first pass found in the
   * article: ordinary words are a letter or two from some name in a list this long (عنوان/عنان،
   * العروق/العراق، السياسي/السيسي). One letter may differ; two, or a letter for /g/ or /v/, at a cue
   * that calls for a name of the entry's kind.
   */
  private findListed(): void {
    /** The entries found by the first pass, in order of first mention (read again by giveSurnamesToArticlePeople). */
    const present = numbersFor(this.list).present.cleared();
    let entries = 0;
    const { listedWords, listedCount, classes, covered } = this;
    // A word inside a name just found is not matched again (nor, in the second pass, a covered word).
    for (let n = 0, after = 0; n < listedCount; n++) {
      const i = listedWords[n];
      if (i < after || !(classes[i] & LISTED) || this.isVerbWithPronoun(i)) continue;
      const match = this.listedAt(i);
      if (!match || (match.kind === 'person' && (this.followsNasab(i) || this.goesOnWithFamilyName(match))) || this.isWholeSpeaker(match) || this.writesCommonWord(match)) continue;
      if (this.known(i).readInContext && (this.isAdverb(match) || this.isIdiom(match) || this.isPrayer(match))) continue;
      if (match.kind === 'place' && this.is(i - 1, NATIONALITY) && this.isGivenNameAfterNationality(match)) continue;
      if (match.kind === 'place' && this.isFamilyNameAfterGivenName(match)) continue;
      if (match.kind === 'place' && this.isCountedNationality(match)) continue;
      const { role, entryIndex } = match.listed!;
      if ((role === 'preferred' || role === 'variant') && present.get(entryIndex) < 0) present.set(entryIndex, entries++);
      this.cover(match);
      after = match.last + 1;
    }
    const released = this.releaseSurnamesAfterLooseWords();
    // The person of a released surname may be named in full at the word before it, in another spelling
    // (رئيس الوزراء الهندي نارندرا | مودي): the second pass looks for them too.
    for (const { listed } of released) if (present.get(listed!.entryIndex) < 0) present.set(listed!.entryIndex, entries++);
    for (let n = 0; n < listedCount; n++) {
      const i = listedWords[n];
      const cls = classes[i];
      if (!(cls & LOOSE) || covered[i] || cls & NOT_NAME || isCue(cls) || this.isVerbWithPronoun(i)) continue;
      const match = this.looseAt(i, present);
      if (match && !(this.known(i).readInContext && this.isIdiom(match)) && !this.isWholeSpeaker(match)) this.cover(match);
    }
    for (const name of released) if (!covered[name.first]) this.cover(name);
  }

  /**
   * A country of one word in يا right after a number: the accusative of its nisba, which counts its people
   * (على متن الطائرة 31 تركيا و12 سوريا: 31 Turks and 12 Syrians), not the country.
   */
  private isCountedNationality(match: Found): boolean {
    const i = match.first;
    if (match.last !== i || match.split.prefix !== '' || !this.isJoined(i) || !this.words[i].spelling.light.endsWith('يا')) return false;
    // فرنسا 2 إيطاليا 1: after a country and its score, the next country.
    return COUNT.test(this.words[i - 1].text) && !(i >= 2 && this.placeAt[i - 2]);
  }

  /**
   * The lone listed surnames right after a word that may be an unlisted spelling of a listed name's first
   * word, taken out of the names found: the second pass of findListed may read the two as that full name
   * (ڤولوديمير | زيلينسكي); a surname it does not take is covered again after it.
   */
  private releaseSurnamesAfterLooseWords(): Found[] {
    const released: Found[] = [];
    for (let k = this.found.length - 1; k >= 0; k--) {
      const { listed, first, last } = this.found[k];
      if (listed!.role !== 'surname' || first !== last || !this.isJoined(first) || this.covered[first - 1]) continue;
      if (!this.is(first - 1, LOOSE) || this.is(first - 1, NOT_NAME)) continue;
      released.push(...this.found.splice(k, 1));
      this.covered[first] = 0;
    }
    return released;
  }

  /** The best listed name at word i by listed spellings (the first of equal scores). */
  private listedAt(i: number): Found | undefined {
    const { listedAlone, listedByNext, nextEndsBits, single } = this.known(i);
    if (single) return this.foundListed(i, single.split, single.form);
    // Longer names score more: they come first, and only those whose second word may be the next one.
    const next = this.nextEnds(i);
    const longer = nextEndsBits & endsBit(next) ? listedByNext!.get(next) : undefined;
    // Names of one word match whatever the words around them, but for a surname (partOfOtherName).
    const alone = listedAlone[0];
    if (!longer && alone && alone.form.role !== 'surname') return this.foundListed(i, alone.split, alone.form);
    this.best.score = -1;
    if (longer) this.considerAll(i, longer);
    this.considerAll(i, listedAlone);
    return this.bestFound(i);
  }

  private considerAll(i: number, candidates: readonly ListedCandidate[]): void {
    for (const candidate of candidates) {
      if (candidate.score < this.best.score) return;
      this.considerListed(i, candidate.split, candidate.form, candidate.score, false, candidate.order);
    }
  }

  /**
   * looseEnds of the word after i, if a name at i may go on to it, else -1: the second word of a listed
   * name, or a spelling of it, has the same ends, so most longer names are ruled out without matching.
   */
  private nextEnds(i: number): number {
    return this.isJoined(i + 1) && !this.covered[i + 1] ? this.looseEnds[i + 1] : -1;
  }

  /**
   * The best listed name at word i by unlisted spellings of the names of `present` (with their order of
   * first mention). Equal scores go to the first reading, then the entry first mentioned, then the
   * first form in the list.
   */
  private looseAt(i: number, present: EntryNumbers): Found | undefined {
    this.best.score = -1;
    // After a particle that only a verb follows (لن أغادر، لم يغادر) the word is that verb, no spelling of a name;
    // not after أن, which a name follows as often (أكد أن بلينكن).
    if (this.isJoined(i) && this.isOneOf(i - 1, VERB_PARTICLES)) return undefined;
    const { splits, looseForms } = this.known(i);
    const next = this.nextEnds(i);
    for (const candidate of looseForms) {
      if (candidate.form.words.length > 1 && candidate.form.ends[1] !== next) continue;
      const exact = splits[candidate.reading].stem === candidate.form.words[0];
      // A proclitic on the name as listed is no spelling of it (وواشنطن is و + واشنطن, no doubled و): the
      // first pass turned that reading down for a reason of its own.
      if (!exact && splits.some((split) => split.stem === candidate.form.words[0])) continue;
      // A person the article does not name as listed is still theirs with only the given name spelled
      // otherwise (ألكساندر نوفاك): the rest of the name, as listed, anchors it.
      const rank = present.get(candidate.form.entryIndex);
      if (rank < 0 && (exact || !this.restAsListed(i, candidate.form))) continue;
      // A cue for another kind of name rules an unlisted spelling out: مدينة بسكوف is no spelling of بيسكوف.
      const cue = this.cueKind(i);
      if (!exact && !(cue === candidate.form.entry.kind ? candidate.atCue : cue === undefined && candidate.anywhere)) continue;
      // So does في, which a place follows, not a person: وفي بسكوف is no spelling of بيسكوف either.
      if (!exact && candidate.form.entry.kind === 'person' && this.afterFi(i)) continue;
      const split = splits[candidate.reading];
      this.considerListed(i, split, candidate.form, scoreOf(split, candidate.form), !exact, (candidate.reading * 0x10000 + (rank < 0 ? ABSENT_RANK : rank)) * 0x10000 + candidate.order);
    }
    return this.bestFound(i);
  }

  /** Whether a listed person's name of two words or more goes on after word i with its other words as listed. */
  private restAsListed(i: number, form: ListedForm): boolean {
    return form.entry.kind === 'person' && form.words.length >= 2 && this.matchForm(i, form, false) === EXACT_MATCH;
  }

  /**
   * Keeps `form` at word i as the best match if it matches and scores more than the best so far, or as
   * much with a lower `tie`; `score` is scoreOf(split, form).
   */
  private considerListed(i: number, split: Split, form: ListedForm, score: number, firstLoose: boolean, tie: number): void {
    const best = this.best;
    if (score < best.score || (score === best.score && tie >= best.tie)) return; // even if exact, not better
    const match = this.matchForm(i, form, firstLoose);
    if (match === NO_MATCH) return;
    const scored = match === LOOSE_MATCH ? score - 10 : score;
    if (scored < best.score || (scored === best.score && tie >= best.tie)) return;
    if (form.role === 'surname' && (form.words.length === 1 ? (this.partOfOtherName(i, i) && !this.followsLooseFirstName(i, form)) || this.isStraySurname(i, form) : this.continuesGivenName(i) || this.isGivenBeforeSurname(i, form))) return;
    best.score = scored;
    best.tie = tie;
    best.form = form;
    best.split = split;
  }

  /**
   * A short lone surname in another spelling than the house's, for a person the article does not name in
   * full, away from a cue or a given name itself: short spellings are ordinary words too (بينت for بينيت
   * is "showed"), and a given name after a title is someone else (الشاعر لبيد is no لابيد). Away from a
   * cue, one before a word with the article is a verb and its subject even when the person is named
   * (وبينت الدراسة), and so is one after such a word (الحكومة بينت موقفها).
   */
  private isStraySurname(i: number, form: ListedForm): boolean {
    if (form.text === form.house || form.words[0].length >= MIN_ANYWHERE_LETTERS) return false;
    const atCue = this.cueKind(i) === 'person';
    if (!atCue && this.isJoined(i + 1) && this.is(i + 1, ARTICLE) && !this.is(i + 1, NISBA)) return true;
    if (!atCue && this.isJoined(i) && this.is(i - 1, ARTICLE) && !this.is(i - 1, NISBA | TITLE)) return true;
    return numbersFor(this.list).present.get(form.entryIndex) < 0 && (!atCue || this.is(i, GIVEN_NAME));
  }

  /**
   * Word i is a verb with its object pronoun, which a name in ة written with ه looks like: حماه الله
   * (God protect him) and الذي حماه are not the city حماة.
   */
  private isVerbWithPronoun(i: number): boolean {
    if (!this.is(i, HEH_ENDING)) return false;
    return (this.isJoined(i + 1) && this.isOneOf(i + 1, GOD_WORD)) || (this.isJoined(i) && this.isOneOf(i - 1, FOLDED_RELATIVE_PRONOUNS));
  }

  private bestFound(i: number): Found | undefined {
    const { form, split, score } = this.best;
    return score < 0 ? undefined : this.foundListed(i, split!, form!);
  }

  private foundListed(i: number, split: Split, form: ListedForm): Found {
    return new Found(i, i + form.words.length - 1, split, form.entry.kind, NO_WORDS, form, false);
  }

  /** The kind of name a cue before word i calls for (see cueAt), once per word. */
  private cueKind(i: number): NameKind | undefined {
    if (this.cueAtWord[i] === 0) this.cueAtWord[i] = KIND_CODES.indexOf(this.cueAt(i)) + 2;
    return KIND_CODES[this.cueAtWord[i] - 2];
  }

  /**
   * Matches a listed form at word i, whose first word is the listed one or, with `firstLoose`, an
   * unlisted spelling of it already accepted; the other words may be unlisted spellings, anchored by
   * the first.
   */
  private matchForm(i: number, form: ListedForm, firstLoose: boolean): Match {
    let loose = firstLoose;
    for (let k = 1; k < form.words.length; k++) {
      // Ends first: they rule most words out without reading them, and the listed word has its own ends.
      if (!this.isJoined(i + k) || this.covered[i + k] || this.looseEnds[i + k] !== form.ends[k]) return NO_MATCH;
      const written = this.folded(i + k);
      if (written === form.words[k]) continue;
      if (!isLooseVariant(written, form.words[k], form.role === 'alias' ? VOWELS_ONLY : WITH_SOUNDS)) return NO_MATCH;
      loose = true;
    }
    return loose ? LOOSE_MATCH : EXACT_MATCH;
  }

  /**
   * A lone surname right after another given name belongs to someone else (عمار عباس is not محمود عباس);
   * one in ي right after a noun with the article describes it (رئيس الوزراء السوداني، الجيش السوداني، للشعب
   * السوداني), and one of a place after a counterpart is the counterpart's (نظيره السوداني).
   */
  private partOfOtherName(first: number, last: number): boolean {
    if (this.isJoined(first) && !this.covered[first - 1] && this.is(first - 1, GIVEN_NAME | GIVEN_AFTER_CONJUNCTION)) return true;
    // …or after a given name of عبد and the word after it (عبد الرحيم دقلو is not محمد حمدان دقلو).
    if (this.isJoined(first) && this.isJoined(first - 1) && !this.covered[first - 2] && withoutConjunction(this.folded(first - 2)) === COMPOUND_HEAD) return true;
    // …but after a head of state's title a listed surname that is no nationality is the person's (الرئيس السيسي).
    if (this.isJoined(first) && this.is(first, NISBA) && ((this.is(first - 1, ARTICLE | LIL) && !this.followsHeadOfState(first)) || (this.isOneOf(first - 1, COUNTERPARTS) && isNationality(this.list, this.folded(first))))) return true;
    if (this.startsNameAtCue(first - 1) || this.followsMiddleName(first)) return true;
    return this.isJoined(last + 1) && !this.is(last + 1, COMMON) && this.is(first, GIVEN_NAME);
  }

  /** Word i, no nationality, follows a head of state's title (الرئيس السيسي). */
  private followsHeadOfState(i: number): boolean {
    return this.isOneOf(i - 1, HEAD_OF_STATE_TITLES) && !isNationality(this.list, this.folded(i));
  }

  /**
   * The listed surname `form` at word i follows an unlisted spelling of the first word of its own person's
   * full name (رئيس الوزراء الهندي نارندرا | مودي): no one else's, the two are that person's name, which
   * the second pass of findListed reads once it has let the surname go (releaseSurnamesAfterLooseWords).
   */
  private followsLooseFirstName(i: number, form: ListedForm): boolean {
    if (!this.isJoined(i) || this.covered[i - 1] || !this.is(i - 1, LOOSE)) return false;
    return this.known(i - 1).looseForms.some(({ form: full, atCue }) => atCue && full.entryIndex === form.entryIndex && full.words.length === 2 && full.words[1] === form.words[0]);
  }

  /**
   * Word i follows a word that no list or word list knows after a foreign given name or بن: the lone
   * surname ends that name (خوسيه أنخيل | سانشيز، أحمد بن ركاض | العامري). After an Arabic given name,
   * that word may be a misspelt middle name of the listed person (محمد شياح | السوداني).
   */
  private followsMiddleName(i: number): boolean {
    if (i < 2 || !this.isJoined(i) || !this.isJoined(i - 1) || this.covered[i - 1] || this.covered[i - 2]) return false;
    if (!this.is(i - 1, ARABIC) || this.is(i - 1, COMMON | STOP | ARTICLE | PRONOUN | GIVEN_NAME | LISTED) || !this.is(i - 2, GIVEN_NAME | CONNECTOR)) return false;
    const before = this.folded(i - 2);
    return NASAB_WORDS.has(before) || FOREIGN_GIVEN_NAMES.has(before);
  }

  /**
   * Word i follows بن، ابن or بنت: a listed person's name there is a father's or grandfather's in someone
   * else's nasab (حمدان بن | محمد بن راشد آل مكتوم).
   */
  private followsNasab(i: number): boolean {
    return this.isJoined(i) && !this.covered[i - 1] && this.isOneOf(i - 1, NASAB_WORDS);
  }

  /**
   * A surname led by a connector (بن سلمان، أبو الغيط، عبد الناصر) right after a given name, simple or
   * compound, is that name's nasab or family name: عبد العزيز بن سلمان is not محمد بن سلمان.
   */
  private continuesGivenName(i: number): boolean {
    if (!this.isJoined(i) || this.covered[i - 1]) return false;
    if (this.is(i - 1, GIVEN_NAME) || isCompoundPart(this.folded(i - 1))) return true;
    return this.isJoined(i - 1) && this.folded(i - 2) === COMPOUND_HEAD;
  }

  /**
   * A surname led by عبد (عبد الناصر) is first a compound given name: before a word that may be a
   * surname it is someone else's given name (وزير الاقتصاد عبد الناصر | همتي).
   */
  private isGivenBeforeSurname(i: number, form: ListedForm): boolean {
    const next = i + form.words.length;
    if (form.words[0] !== COMPOUND_HEAD || !this.isJoined(next) || this.covered[next]) return false;
    return this.is(next, ARABIC) && !this.is(next, COMMON | STOP | PRONOUN | ARTICLE | TITLE | VERBAL_NOUN);
  }

  /**
   * Word k, right after a verb of saying or a title, is a word that can start a person's name: وقال ماهر
   * | الأسد، وأضافت ميلانيا | ترامب. A surname after it is that person's, not the listed one's. A
   * title's other words may come between, a noun in construct with it and the listed place it is of
   * (المهاجم النرويجي أندرياس | بيدرسون، رئيس حكومة إقليم كردستان نيجيرفان | بارزاني); not a verb's
   * subject (وقال المرصد), nor a word of a phrase (المفوض السامي لحقوق، المدير العام لمنظمة).
   */
  private startsNameAtCue(k: number): boolean {
    if (k < 1 || !this.isJoined(k) || !this.isJoined(k + 1) || this.covered[k] || !this.is(k, ARABIC) || this.is(k, ARTICLE | STOP | PRONOUN)) return false;
    const cue = this.cueOf(k - 1);
    if (cue === Cue.Title || cue === Cue.WeakTitle || cue === Cue.Verb) return true;
    if (this.is(k, LIL | STOP_AFTER_PROCLITIC) || this.isComplementPhrase(k)) return false;
    let nisbas = true;
    for (let j = k - 1, steps = 0; j > 0 && steps < MAX_TITLE_CHAIN; j--, steps++) {
      if (!this.isJoined(j) || !(this.placeAt[j] || this.is(j, ARTICLE | TITLE_LINK | LIL | TRIGGER) || this.isTitleConstruct(j, k))) return false;
      // Only the nisbas of a name's subject come between a verb and the name (وقال الأميركي جون | سميث).
      nisbas &&= this.is(j, NISBA) && this.is(j, ARTICLE);
      const before = this.cueOf(j - 1);
      if (before === Cue.Title || before === Cue.WeakTitle || (before === Cue.Verb && nisbas)) return true;
    }
    return false;
  }

  /** Word j, before the name at word k, is a noun in construct with a title: رئيس حكومة | إقليم كردستان، not الفريق يحتاج. */
  private isTitleConstruct(j: number, k: number): boolean {
    return j < k - 1 && this.is(j - 1, TITLE) && !this.is(j, GIVEN_NAME) && !isImperfectVerb(this.folded(j)) && (this.placeAt[j + 1] === 1 || this.is(j + 1, ARTICLE | TRIGGER));
  }

  // ---- cues

  private findCued(): void {
    this.cuedFrom = this.found.length;
    // The words up to the end of a name just found are passed over, the cue's own words too (رئيس اللجنة).
    for (let n = 0, after = 0; n < this.cuedCount; n++) {
      const i = this.cuedWords[n];
      const cls = this.classes[i];
      if (i < after || this.covered[i] || (!isCue(cls) && !(cls & (GIVEN | AMBIGUOUS_GIVEN | NATIONALITY)) && !(i > 0 && this.placeAt[i - 1]))) continue;
      let name: Found | undefined;
      switch (this.cueOf(i)) {
        case Cue.Title:
        case Cue.WeakTitle:
        {
          // مستشفى الأمير حمزة، مطار الملك حسين: a building named after someone, not the prince.
          if (this.isJoined(i) && TITLES_IN_PLACE_NAMES.has(this.folded(i)) && NAMED_BUILDINGS.has(withoutConjunction(this.folded(i - 1)))) break;
          // سكان الشيخ مقصود، أهالي الشيخ جراح: the people of a place named after someone, not a sheikh.
          if (this.isJoined(i) && TITLES_IN_PLACE_NAMES.has(this.folded(i)) && RESIDENTS.has(withoutConjunction(this.folded(i - 1)))) {
            name = this.readName(i, 'place', 'trigger');
            if (name?.last === i) name = undefined;
            break;
          }
          // وفد برئاسة وزير الخارجية …، تحالف بقيادة الولايات المتحدة: after "led by", a title is the cue, and
          // a listed place or body is the leader itself.
          if (this.isOneOf(i, LED_BY_WORDS) && (this.covered[i + 1] || isCue(this.classes[i + 1]))) break;
          const at = this.afterComplement(i, this.afterTitle(i + 1));
          // A weak title with a nisba after it is a role (المدافع الألماني، الحارس الدولي): a name of two
          // words or more may follow it without a given name.
          const role = this.cueOf(i) === Cue.WeakTitle && at !== undefined && at > i + 1 && this.is(i + 1, NISBA);
          name = at === undefined ? undefined : this.readName(at, 'person', 'title', this.cueOf(i) === Cue.WeakTitle && !role);
          // وزير الصحة، عثمان المنفي، للصحفيين: a name between commas after a title is in apposition to it,
          // a given name that is also a common word too (readGivenName takes the others).
          if (!name && at !== undefined && this.cueOf(i) === Cue.Title && this.is(at, AMBIGUOUS_GIVEN) && this.isAfterComma(at)) {
            name = this.readName(at, 'person', 'title', false, true);
            if (name && (name.last === name.first || !this.isAfterComma(name.last + 1))) name = undefined;
          }
          if (role && name && name.last === name.first && !this.is(name.first, GIVEN_NAME)) name = undefined;
          if (name && name.last === name.first && (this.isObjectAfterSubject(name.first) || this.startsObject(i, name.first) || this.isInConstructWithOwn(name.first))) name = undefined;
          break;
        }
        case Cue.Place:
          // تونس العاصمة: a trigger with the article right after a place is in apposition to it.
          if (this.is(i, ARTICLE) && this.isJoined(i) && this.placeAt[i - 1]) break;
          // An adjective with the article describes only a noun with one (العاصمة الأوكرانية | كييف); after حي
          // or مدينة the word with the article is the name (حي الشجاعية).
          name = this.readName(definitePrefixLength(this.folded(i)) > 0 ? this.afterAdjectives(i + 1) : i + 1, 'place', 'trigger');
          // العاصمة الإسبانية describes a place; محافظة الشرقية, a noun in construct, names one.
          if (name && name.first === name.last && this.is(name.first, ADJECTIVE) && hasArticle(this.folded(i))) name = undefined;
          // قرية جنوب المدينة، مدينة جنوب | لبنان: a direction says where the place lies; it names one only
          // with the name of what it is the part of (ولاية شمال كردفان).
          if (name && DIRECTIONS.has(name.words[0]) && (name.first === name.last || this.is(name.first + 1, ARTICLE))) name = undefined;
          break;
        case Cue.Organisation:
          // An organisation's name is often quoted after its noun: مؤسسة «غولدمان ساكس».
          name = this.readName(i + 1, 'organisation', 'trigger', false, this.opensQuotation(i));
          break;
        case Cue.Verb:
          // قالوا، يقولون: a plural or dual verb has its subject in it (وقالوا لنا إن …).
          if (!PLURAL_VERB_ENDING.test(this.folded(i))) name = this.readName(i + 1, 'person', 'verb');
          break;
        case Cue.Kunya:
          name = this.readKunya(i);
          // مخيم أبو شوك … في أبو شوك: a place of a kunya's shape named at its noun; findRepeated finds it again.
          if (name && this.startsWithCuedPlace(name.words)) name = undefined;
          break;
        default:
          name = this.readGivenName(i) ?? this.coordinatedPlace(i) ?? this.readAfterNationality(i);
      }
      if (!name) continue;
      this.cover(name);
      after = name.last + 1;
    }
  }

  /**
   * A lone listed surname (شولتز) in an article that names someone else by it, or by a spelling of it, at
   * a cue (قالت إنغريد شولتز) is that someone's, or either's when the article names the listed person in
   * full too (أولاف شولتس … جورج شولتز … دور شولتز): it becomes an unlisted name, and groupUnlisted
   * tells whose it is.
   */
  private giveSurnamesToArticlePeople(): void {
    let cuedSurnames: CuedSurnames | undefined;
    for (let k = 0; k < this.cuedFrom; k++) {
      const name = this.found[k];
      const form = name.listed!;
      if (form.role !== 'surname' || form.words.length !== 1) continue;
      cuedSurnames ??= new CuedSurnames(this.found, this.cuedFrom);
      if (!cuedSurnames.has(name.split.stem)) continue;
      this.found[k] = new Found(name.first, name.last, name.split, name.kind, [name.split.stem], undefined, name.cued);
    }
  }

  /**
   * The names found at cues so far, by first word and by word (see CuedNames): the checks below ask of them
   * at many words, only while findCued adds to them.
   */
  private cuedNames(): CuedNames {
    this.cued ??= new CuedNames(this.cuedFrom);
    this.cued.add(this.found);
    return this.cued;
  }

  /** Whether a person found at a cue so far has this folded word in the name (asked only of a word ending in a pronoun). */
  private isPersonWord(folded: string): boolean {
    return this.cuedNames().personWords.has(folded);
  }

  /** Whether a place found at a cue so far has this folded word after its first (asked only of a word ending in a pronoun). */
  private isPlaceWord(folded: string): boolean {
    return this.cuedNames().placeWords.has(folded);
  }

  /** Whether a place found at a cue so far is written with the first of these folded words (asked only at a kunya). */
  private startsWithCuedPlace(words: readonly string[]): boolean {
    const alike = this.cuedNames().byFirstWord.get(words[0]) ?? [];
    return alike.some((place) => place.kind === 'place' && place.words.length <= words.length && place.words.every((word, n) => word === words[n]));
  }

  /** The word after an organisation found at a cue so far whose words start at word i, if one does (asked only after a board's title). */
  private afterCuedOrganisation(i: number): number | undefined {
    for (const { kind, words } of this.cuedNames().byFirstWord.get(this.folded(i)) ?? []) {
      if (kind !== 'organisation') continue;
      let n = 1;
      while (n < words.length && this.isJoined(i + n) && this.folded(i + n) === words[n]) n++;
      if (n === words.length) return i + n;
    }
    return undefined;
  }

  /** دمشق وحلب وحمص وحماة: a word joined by و to a listed place is a place too. */
  private coordinatedPlace(i: number): Found | undefined {
    const word = this.words[i];
    const folded = word.spelling.folded;
    if (i === 0 || !this.placeAt[i - 1] || folded[0] !== 'و' || !this.is(i, ARABIC)) return undefined;
    if (!this.isJoined(i) && !/^[\s،,]+$/.test(this.prose.slice(this.words[i - 1].end, word.start))) return undefined;
    const stem = folded.slice(1);
    if (stem.length < 3 || hasArticle(stem) || this.is(i, STOP_AFTER_PROCLITIC) || isArabicGivenName(stem) || this.is(i, PRONOUN)) return undefined;
    // A short word in ت after a place is a feminine past verb (في طنجة وغنت، وصلت): a place that short is listed (سرت).
    if (stem.length <= 4 && stem.endsWith('ت')) return undefined;
    // A list of places ends the phrase (دمشق وحلب وحماة، …); a word that goes on is something else (وفتح ممرات).
    if (this.isJoined(i + 1)) return undefined;
    return new Found(i, i, { prefix: 'و', stem, mergedArticle: false }, 'place', [stem], undefined, true);
  }

  /**
   * Skips the rest of a compound title and nationality adjectives: وزير الخارجية الأميركي | أنتوني بلينكن;
   * and a listed place or organisation the title is of: المديرة التنفيذية لبرنامج الأغذية العالمي | سيندي ماكين. Undefined where
   * no name can be told after it (رئيس مجلس إدارة + a company the article has not named).
   */
  private afterTitle(i: number): number | undefined {
    let steps = 0;
    while (steps < MAX_TITLE_CHAIN && this.isJoined(i)) {
      // The name comes right after what the title is of, or it is no name of this title's.
      if (this.covered[i]) {
        if (this.listedEnd[i] === 0) return i;
        // المفوض السامي للأمم المتحدة | لشؤون اللاجئين، المديرة التنفيذية لبرنامج الأمم المتحدة | للبيئة،
        // مفوضة الاتحاد الأوروبي | لشؤون المتوسط: the title's complement may go on after the listed name.
        const after = this.pastAdjectives(this.listedEnd[i]);
        if (!this.isJoined(after) || !(this.isComplementPhrase(after) || this.is(after, LIL | TITLE_LINK) || this.saysWhereHeld(after))) return after;
        i = after;
      }
      // رئيس مجلس الإدارة، رئيس مجلس إدارتها | وانغ تشوانفو، رئيس مجلس إدارة الشركة | إيجي هاشيموتو: the
      // board is the title's. In construct with a company's name (مجلس إدارة نيبون ستيل | تاكاهيرو موري),
      // the company goes too when the article has named it before; else where it ends is unknown, and no
      // name is read.
      if (this.is(i - 1, TITLE) && this.folded(i) === BOARD && this.isJoined(i + 1) && BOARD_OF.has(this.folded(i + 1))) {
        i += 2;
        steps += 2;
        if (this.folded(i - 1) !== ADMINISTRATION || !this.isJoined(i) || this.is(i, ARTICLE) || this.covered[i]) continue;
        const after = this.afterCuedOrganisation(i);
        if (after === undefined) return undefined;
        i = after;
        continue;
      }
      if (this.is(i, TITLE) && this.is(i, GIVEN_NAME) && this.isGivenNameNotTitle(i)) break;
      // ومنح الرئيس الحكومة | أسبوعا: a common noun with the article after a title with it is the verb's
      // first object, which nothing after it names (العام is the title's adjective: الأمين العام).
      if (this.is(i, COMMON) && this.is(i, ARTICLE) && this.is(i - 1, TITLE) && !this.isIndefiniteTitle(i - 1) && this.folded(i) !== GENERAL) return i;
      // منسق الطوارئ في المنظمة | كلود موريل، المبعوثة الأممية إلى ليبيا | ستيفاني خوري، المندوبة البريطانية
      // لدى الأمم المتحدة | باربرا وودوارد: في، إلى or لدى and a word with the article (or a listed place) say
      // where the title is held.
      const where = this.saysWhereHeld(i);
      // A trigger or a common word ends the title, but for a place's noun or its government's before the place.
      const ends = !where && (this.is(i, TRIGGER) || (this.is(i, COMMON) && !this.is(i, ARTICLE)));
      const governs = ends && (this.governsPlace(i) || this.headsListedName(i) || this.headsProgrammeOfTitle(i));
      if (ends && !governs) break;
      // وزير المياه والري: وال continues the title too.
      // إلياس folds like an article-led word: a given name starts the name.
      // رئيسة بعثة الصندوق | إيفانا هولار، رئيس وزراء تيمور الشرقية | شانانا غوسماو: a noun in construct
      // right after the title, before its complement (a word with the article or a listed place).
      // A verb with its object is no such noun: اللاعب سيرتدي القميص | رقم 11; nor the head of a given name of
      // two (القاضي | عز الدين).
      const construct =
        i > 0 &&
        this.is(i - 1, TITLE) &&
        !this.is(i, ARTICLE | PRONOUN | STOP | GIVEN_NAME) &&
        !isImperfectVerb(this.folded(i)) &&
        this.isJoined(i + 1) &&
        (this.is(i + 1, ARTICLE) || this.listedEnd[i + 1] > 0) &&
        !makesGivenNameOfTwo(this.folded(i), this.folded(i + 1));
      // وزيرة للتعليم | العالي، مستشارة للأمن | القومي: a nisba after لل and its noun is that noun's adjective.
      const adjective = this.is(i, ARTICLE) && this.is(i - 1, LIL) && !this.is(i, GIVEN_NAME);
      // مستشار خادم الحرمين الشريفين أمير | منطقة مكة المكرمة: a word in construct with a place's noun before
      // a listed place or a word with the article is a title (أمير، أمين), a given name though it may be.
      const rulesPlace = !this.is(i, ARTICLE | STOP | PRONOUN) && this.isJoined(i + 1) && this.cueOf(i + 1) === Cue.Place && !this.is(i + 1, ARTICLE) && this.isJoined(i + 2) && (this.placeAt[i + 2] === 1 || this.is(i + 2, ARTICLE));
      const linking =
        where || governs || construct || adjective || rulesPlace || this.isComplementPhrase(i) || this.is(i, TITLE | TITLE_LINK | LIL | WAL) || (this.is(i, ARTICLE) && !this.isNisbaName(i) && !this.is(i, GIVEN_NAME));
      if (!linking) break;
      i++;
      steps++;
    }
    return i;
  }

  /** Word i is في، إلى or لدى before a word with the article or a listed place: where a title is held (see afterTitle). */
  private saysWhereHeld(i: number): boolean {
    return this.isOneOf(i, IN_OR_TO) && this.isJoined(i + 1) && (this.is(i + 1, ARTICLE) || this.listedEnd[i + 1] > 0);
  }

  /** Word i is an indefinite noun in ة, or in the accusative's ا with a short stem (خطابا، زيارة): no foreign surname. */
  private isShortIndefiniteNoun(i: number): boolean {
    if (this.is(i, ARTICLE | GIVEN_NAME)) return false;
    const light = this.words[i].spelling.light;
    return light.endsWith('ة') || (light.endsWith('ا') && light.length <= MAX_SHORT_ACCUSATIVE);
  }

  /**
   * The word right after the title at word i, both with the article, is no adjective of the title's
   * (TITLE_ADJECTIVES or TITLE_LINKS, a nisba, a title): it is the verb's object, and the lone word at `at` after it says
   * what befell it, no name (وغادر اللاعب الملعب | مصابا، وخسر الملاكم النزال | بالنقاط). Not a given name.
   */
  private startsObject(i: number, at: number): boolean {
    const k = i + 1;
    if (at <= k || !this.is(i, ARTICLE) || !this.is(k, ARTICLE) || this.is(at, GIVEN_NAME)) return false;
    return !this.is(k, ADJECTIVE | NISBA | NATIONALITY | TITLE | TITLE_LINK | GIVEN_NAME) && !TITLE_ADJECTIVES.has(this.folded(k));
  }

  /**
   * The lone word i after a title, no given name, is in construct with the subject's own country, government
   * or people (وأكد الرئيس دعم | بلاده، وأعلن الوزير استقالة | حكومته): a noun, the verb's object.
   */
  private isInConstructWithOwn(i: number): boolean {
    return !this.is(i, GIVEN_NAME) && this.isJoined(i + 1) && this.isOneOf(i + 1, SUBJECTS_OWN);
  }

  /**
   * A lone word after a title that ends like a plural in ات or an accusative in ا, with no long vowel
   * before it (المطربة حفلات، حفلا), or an indefinite noun in ية whatever follows (الفنانة أمسية،), is the verb's object after its subject, the
   * title, unless what the person said follows (الوزير بركات إن). Names so ended have a long vowel
   * (هانا، إيفانا، كيتا).
   */
  private isObjectAfterSubject(i: number): boolean {
    if (this.is(i, GIVEN_NAME)) return false;
    const folded = this.folded(i);
    if (isFeminineNisba(folded) && !this.is(i, PRONOUN)) return !this.beforeThatClause(i);
    const stem = this.is(i, INFLECTED_ENDING) ? withoutObjectEnding(folded) : undefined;
    return stem !== undefined && !LONG_VOWEL.test(stem) && !this.saysNext(i + 1);
  }

  /**
   * Words i and i + 1 are a noun phrase, no name: a noun in construct with a verbal noun of a derived form
   * (أوراق اعتماد، حفل افتتاح، حفل تخريج، مراسم استقبال، اتفاقية تعاون), or an indefinite noun and an
   * adjective that agrees with it, the second ending in ة after one in ة, or in the accusative's ا after one
   * in ا or ء, with an adjective's shape (ADJECTIVE_STEM). Two foreign names are seldom so shaped (أرينا سابالينكا، ريتا أورا); one that
   * is, is told by what its bearer said after it (رئيسة الوزراء شيخة حسينة إن).
   */
  private isNounPhrase(i: number): boolean {
    if (this.is(i, ARTICLE) || !this.isJoined(i + 1) || this.is(i + 1, ARTICLE | GIVEN_NAME) || this.beforeThatClause(i) || this.beforeThatClause(i + 1)) return false;
    const second = this.words[i + 1].spelling.light;
    if (this.is(i + 1, VERBAL_NOUN) || isDerivedVerbalNoun(second) || HOLLOW_TAFAAUL.test(this.folded(i + 1))) return true;
    const first = this.words[i].spelling.light;
    const ending = second[second.length - 1];
    const agrees = ending === 'ة' ? first.endsWith('ة') : ending === 'ا' && (first.endsWith('ا') || first.endsWith('ء'));
    return agrees && ADJECTIVE_STEM.test(this.folded(i + 1).slice(0, -1));
  }

  /**
   * Word i, after a title, is a time word that is also a given name before the rest of the name: a given
   * name, a nisba, or a family name with the article before what the person said (النائب صباح | الساعدي،
   * الوزيرة صباح | خالد، الكاتبة فجر | السعيد إن), where a day or a time follows the time word (الوزير صباح |
   * اليوم، صباح | الأحد، صباح | الباكر).
   */
  private isTimeWordNamingPerson(i: number): boolean {
    if (!TIME_WORDS_AS_GIVEN_NAMES.has(this.folded(i)) || !this.isJoined(i + 1) || this.is(i + 1, STOP | COMMON | PRONOUN | TITLE | TITLE_LINK | NATIONALITY)) return false;
    if (EARLY.has(this.folded(i + 1))) return false;
    return this.is(i + 1, GIVEN_NAME) || (this.is(i + 1, ARTICLE) && (this.is(i + 1, NISBA) || this.beforeThatClause(i + 1)));
  }

  /**
   * Word i, a title that is also a given name, is the given name (الكاتب أمين | معلوف): not when the rest
   * of a compound title follows it (أمين عام الحزب، الأمين العام), nor a noun in construct with a word
   * with the article (أمين سر الحركة).
   */
  private isGivenNameNotTitle(i: number): boolean {
    if (this.is(i, ARTICLE) || !this.isJoined(i + 1) || !this.is(i + 1, ARABIC) || this.is(i + 1, TITLE_LINK | ARTICLE | STOP | PRONOUN)) return false;
    return !(this.isJoined(i + 2) && this.is(i + 2, ARTICLE) && !this.is(i + 2, NISBA));
  }

  /**
   * Word i, after a title or a noun like it, is a place's noun or its government's (حكومة، مجلس) in construct
   * with a listed place, with a place's noun before one, or with a place's noun that refers back to one:
   * رئيس حكومة إقليم كردستان | نيجيرفان بارزاني، حاكم ولاية كاليفورنيا | غافين نيوسوم، رئيس حكومة الإقليم |
   * مسرور بارزاني. Asked only of a trigger or a common word.
   */
  private governsPlace(i: number): boolean {
    if (this.is(i, ARTICLE) || !(this.cueOf(i) === Cue.Place || GOVERNING_BODIES.has(this.folded(i)))) return false;
    if (!(this.is(i - 1, TITLE) || this.cueOf(i - 1) === Cue.Place || GOVERNING_BODIES.has(this.folded(i - 1)))) return false;
    if (!this.isJoined(i + 1)) return false;
    const definitePlaceNoun = this.is(i + 1, ARTICLE) && PLACE_TRIGGERS.has(this.folded(i + 1).slice(2));
    return definitePlaceNoun || this.placeAt[i + 1] === 1 || (this.cueOf(i + 1) === Cue.Place && this.isJoined(i + 2) && this.placeAt[i + 2] === 1);
  }

  /**
   * Word i, right after a title, is an organisation's noun in construct with a listed organisation or
   * place: رئيس شركة إنفيديا | جنسن هوانغ، محافظ بنك اليابان | كازو أويدا. Asked only of a trigger or a common word.
   */
  private headsListedName(i: number): boolean {
    return this.cueOf(i) === Cue.Organisation && !this.is(i, ARTICLE) && this.is(i - 1, TITLE) && this.isJoined(i + 1) && (this.listedEnd[i + 1] > 0 || this.placeAt[i + 1] === 1);
  }

  /**
   * Word i is ل and a noun before a word with the article, what a title is for (لشؤون اللاجئين، لحقوق
   * الإنسان، لكرة القدم), or a title link (لشؤون): no given name.
   */
  private isComplementPhrase(i: number): boolean {
    if (this.is(i, TITLE_LINK)) return true;
    return this.folded(i)[0] === 'ل' && !this.is(i, LIL | GIVEN_NAME | ARTICLE) && this.isJoined(i + 1) && this.is(i + 1, ARTICLE);
  }

  /**
   * An article-led nisba at word i followed by a non-article word, a title or a given name (الخبير المائي
   * إلياس سلامة: إلياس folds like an article-led word) is a title's adjective, not a surname; and so is a
   * nationality whatever follows (الطبيب العراقي الآخر، الرئيس الأميركي السابق), and a nisba before one
   * (محافظ البنك المركزي السعودي (ساما)).
   */
  private isNisbaName(i: number): boolean {
    if (!this.is(i, NISBA) || this.is(i, NATIONALITY) || (this.isJoined(i + 1) && this.is(i + 1, NATIONALITY))) return false;
    // المحلل السياسي الإماراتي عبد الخالق عبد الله: a run of nisbas is the title's as its last one is.
    if (this.isJoined(i + 1) && this.is(i + 1, NISBA) && !this.is(i + 1, TITLE | GIVEN_NAME)) return this.isNisbaName(i + 1);
    return !(this.isJoined(i + 1) && (!this.is(i + 1, ARTICLE) || this.is(i + 1, TITLE | GIVEN_NAME)));
  }

  /**
   * Word i is برنامج in construct after a title without the article, before the programme's name with the
   * article (مدير برنامج | الطوارئ الصحية في المنظمة | تشيكوي إيهيكويزو): the programme is what the title is
   * of, and the name comes after it. (An organisation's noun there is read as the organisation's cue.)
   */
  private headsProgrammeOfTitle(i: number): boolean {
    return this.folded(i) === PROGRAMME && this.isIndefiniteTitle(i - 1) && this.is(i - 1, TITLE) && this.isJoined(i + 1) && this.is(i + 1, ARTICLE);
  }

  /**
   * A title without the article is in construct with the word after it (محافظ نينوى، مدرب إشبيلية،
   * منسق أممي): that word is what the title is of, not the name, which may follow it only as a given
   * name (محافظ نينوى عبد القادر الدخيل). `at` is where the name would start after the title's words.
   */
  private afterComplement(title: number, at: number | undefined): number | undefined {
    if (at === undefined || at !== title + 1 || !this.isJoined(at) || this.is(at, GIVEN_NAME | STOP) || !this.isIndefiniteTitle(title)) return at;
    return this.isJoined(at + 1) && this.is(at + 1, GIVEN_NAME) ? at + 1 : undefined;
  }

  /** A title word without the article or a pronoun (محافظ، مدرب، not المحافظ، نظيره، د). */
  private isIndefiniteTitle(i: number): boolean {
    const folded = withoutConjunction(this.folded(i));
    return !hasArticle(folded) && !this.is(i, PRONOUN) && folded.length > 1 && !folded.startsWith('لل') && !HONORIFICS.has(folded);
  }

  /**
   * Skips the adjectives of a listed place or organisation a title is of, whatever follows them: لاعب
   * بنفيكا البرتغالي | جواو فيليكس, and لاعب بنفيكا البرتغالي، with no name after it; its standing (زعيم حزب
   * الشعب الجمهوري المعارض | أوزغور أوزال); and the word a company's name ends with (الرئيس التنفيذي
   * لتويوتا موتور | كوجي ساتو).
   */
  private pastAdjectives(i: number): number {
    for (let steps = 0; steps < 2 && this.isJoined(i) && (this.is(i, ADJECTIVE) || this.isOneOf(i, COMPANY_NAME_TAILS) || this.isOneOf(i, STATUS_WORDS)); steps++) i++;
    return i;
  }

  /** Skips nationality adjectives after a trigger: العاصمة الأوكرانية | كييف. */
  private afterAdjectives(i: number): number {
    let steps = 0;
    while (steps < 2 && this.isJoined(i) && this.is(i, ADJECTIVE) && this.isJoined(i + 1)) {
      i++;
      steps++;
    }
    return i;
  }

  /** Whether only a comma and spaces stand between word i and the one before it in its sentence. */
  private isAfterComma(i: number): boolean {
    const word = this.words[i];
    const before = this.words[i - 1];
    return word !== undefined && before !== undefined && before.end < word.start && COMMA_GAP.test(this.prose.slice(before.end, word.start));
  }

  /** Whether only spaces and an opening quotation mark stand between word i and the next in its sentence. */
  private opensQuotation(i: number): boolean {
    const next = this.words[i + 1];
    return next !== undefined && OPENING_QUOTE.test(this.prose.slice(this.words[i].end, next.start)) && next.start > this.words[i].end;
  }

  /** The name that starts at word i after a cue; `quoted`: in quotation marks right after it, so not joined to it. */
  private readName(i: number, kind: NameKind, cue: 'title' | 'trigger' | 'verb', weakCue = false, quoted = false): Found | undefined {
    if (!(quoted || this.isJoined(i)) || this.covered[i] || !this.is(i, ARABIC)) return undefined;
    // وقال الأميركي جون سميث: the nationality introduces the name (alone, it may be one: وقال السوداني إن).
    if (kind === 'person' && this.is(i, NATIONALITY) && this.isJoined(i + 1) && !this.is(i + 1, ARTICLE | STOP | PRONOUN) && this.continuesName(i + 2)) {
      return this.readName(i + 1, kind, cue, weakCue, quoted);
    }
    const folded = this.folded(i);
    // الوزيرة صباح خالد: a time word that is a given name too names the person, with the rest of the name.
    const timeWordNaming = this.is(i, STOP) && kind === 'person' && cue === 'title' && this.isTimeWordNamingPerson(i);
    // حي الشيخ جراح، جامعة الملك سعود: a place or a body named after someone takes the title with the name.
    const namedAfterPerson = kind !== 'person' && TITLES_IN_PLACE_NAMES.has(folded) && this.isJoined(i + 1) && this.is(i + 1, ARABIC) && !this.is(i + 1, STOP | ARTICLE);
    if (folded.length < 2 || (this.is(i, STOP) && !(this.is(i, TITLE) && this.is(i, GIVEN_NAME) && this.isGivenNameNotTitle(i)) && !timeWordNaming && !namedAfterPerson)) return undefined;
    // شمس الدين، عماد الدين: a given name of two is one whatever its first word is alone.
    const given = this.is(i, GIVEN_NAME) || timeWordNaming || (this.isJoined(i + 1) && makesGivenNameOfTwo(folded, this.folded(i + 1)));
    // A title that is also a common word (الفريق the team, اللواء the brigade) needs a given name after it.
    if (weakCue && !given) return undefined;
    if (this.is(i, ARTICLE)) {
      // A person after a title or a verb may be named by an article-led surname (قال السوداني); places
      // and organisations often carry the article (مدينة الموصل، حركة النهضة).
      // A given name that looks article-led (الياس, إلياس without its hamza) starts one too.
      if (kind === 'person' && !this.is(i, NISBA) && !given) return undefined;
      if (kind === 'person' && OFFICE_NISBAS.has(folded)) return undefined;
    } else if ((folded[0] === 'و' || folded[0] === 'ف') && !given && !(cue === 'verb' && !this.is(i, STOP_AFTER_PROCLITIC)) && !EAST_ASIAN_SYLLABLE.test(folded)) {
      // و or ف may be a conjunction; after a verb of saying the speaker's name may start with it
      // (وأضاف فترمان أن …), which what follows the name then confirms (saysNext).
      return undefined;
    }
    // A present-tense verb after a title (الفريق يحتاج) is not a name, nor a future one before its object
    // (اللاعب سيرتدي القميص), nor a noun with a pronoun (بحصتها), nor a preposition with a common noun
    // (الرئيس التنفيذي لشركة).
    if (kind === 'person' && !given && (folded[0] === 'ي' || (isImperfectVerb(folded) && this.isJoined(i + 1) && this.is(i + 1, ARTICLE) && !this.is(i + 1, NISBA)))) return undefined;
    // …nor one before an indefinite object, in ة or a short accusative, or one with a pronoun (الرئيس سيلقي
    // خطابا، سيجري زيارة، سيلتقي نظيره).
    if (kind === 'person' && !given && isFutureVerb(folded) && this.isJoined(i + 1) && (this.isShortIndefiniteNoun(i + 1) || this.is(i + 1, PRONOUN))) return undefined;
    // Nor a past verb of the forms whose alef is wasl (أن الوزير انسحب، اعتذر، استمر، استقال).
    if (kind === 'person' && !given && isWaslPastVerb(this.words[i].spelling.light)) return undefined;
    if (!given && (folded[0] === 'ل' || folded[0] === 'ب') && (this.is(i, STOP_AFTER_PROCLITIC) || this.isPhraseAt(i))) return undefined;
    // ل and a present verb before its subject is a purpose (ليفوز الفريق، ليفوز فريقنا), not a name (ليفني).
    if (kind === 'person' && !given && folded[0] === 'ل' && folded[1] === 'ي' && this.beforeSubject(i + 1)) return undefined;
    if (this.is(i, PRONOUN) && !given) return undefined;
    // ابن عم الضحية، ابنة خال الوزير: a relative, not the nasab of a name.
    if (kind === 'person' && SON_OR_DAUGHTER.has(folded) && this.isJoined(i + 1) && KIN.has(this.folded(i + 1))) return undefined;
    if (cue === 'verb' && (folded.length < 3 || this.isOneOf(i, TOLD_WHOM))) return undefined;
    // رئيس الحكومة الجديد تشكيل فريق: a verbal noun is what the person does, not who.
    if (kind === 'person' && !given && this.is(i, VERBAL_NOUN)) return undefined;
    // التقى الوزير ممثلين عن الشركة: a plural of a participle is the verb's object, not who.
    if (kind === 'person' && !given && isParticiplePlural(folded)) return undefined;
    // وقال كريم إن … and والشيخ عثمان تضررت (a district) are not names; وأضاف رائد أبو السعود is.
    if (cue !== 'trigger' && AMBIGUOUS_GIVEN_NAMES.has(folded) && !this.continuesName(i + 1)) return undefined;
    if (kind === 'person' && this.isAwardedDecoration(i)) return undefined;
    // وقدم الوزير | خطة جديدة، وتسلم الملك | أوراق اعتماد: the object of the verb before the title.
    if (kind === 'person' && !given && cue !== 'trigger' && this.isNounPhrase(i)) return undefined;
    // منطقة صناعية، شركة استشارية، شارع جديد، مدينة متوسطة: an indefinite adjective after a trigger describes
    // it, it names nothing; nor does an indefinite noun with one (وكالة أنباء إقليمية، منظمة إغاثة دولية),
    // which no preposition or و with the article leads (مخيم زمزم | والإنسانية، منطقة سوس | للحماية).
    if (cue === 'trigger' && (isDescribing(folded) || (!this.is(i, ARTICLE) && this.isJoined(i + 1) && !this.is(i + 1, LIL | WAL) && isDescribing(this.folded(i + 1))))) {
      return undefined;
    }
    // مقاطعة | بدأت بانسحاب: a feminine past verb after a noun that is a place's only sometimes (a boycott).
    if (cue === 'trigger' && isShortFemininePastVerb(folded)) return undefined;
    // شركة للاستيراد، مؤسسة للتدريب، ساحة لأداء الصلاة: what an indefinite trigger is for describes it, and names nothing.
    if (cue === 'trigger' && (this.is(i, LIL) || (folded[0] === 'ل' && isLamOnVerbalNoun(this.words[i].spelling.light)))) return undefined;
    let name = this.extend(i, kind, undefined, given);
    if (timeWordNaming && name?.last === i) return undefined;
    // صحيفة ماركا الإسبانية، مدينة كاتسينا النيجيرية: the nationality describes a newspaper, a company or a
    // place; it is no part of its name.
    if (name && name.last > name.first && this.is(name.last, NATIONALITY) && (kind === 'place' || (kind === 'organisation' && DESCRIBED_ORGANISATIONS.has(bareTrigger(this.folded(i - 1)))))) {
      name = new Found(name.first, name.last - 1, name.split, kind, name.words.slice(0, -1), undefined, true);
    }
    // مجموعة شرق | أفريقيا: a direction alone is part of a place's name, which names nothing without it.
    if (name && name.last === i && DIRECTIONS.has(folded)) return undefined;
    if (name && kind === 'organisation' && ((isActivity(folded) && bareTrigger(this.folded(i - 1)) === MOVEMENT) || (name.last === i ? isCommonArticleNoun(folded) : isPeopleOfCountry(name.words[name.words.length - 1])))) return undefined;
    // A preposition and the article open a phrase, not a person's full name: اتهم المتحدث الأطراف |
    // بالسعي لتحقيق مآرب. A foreign name in بال (بالوتيلي) stands alone or after a given name. After a verb
    // that takes ب, ب alone opens its object too (وأصيب اللاعب بكسر، وقام الرئيس بزيارة).
    const phrase = PREPOSITION_AND_ARTICLE.test(folded);
    if (name && kind === 'person' && !given && ((phrase && name.last > name.first) || ((phrase || folded[0] === 'ب') && this.followsVerbTakingBi(i)))) return undefined;
    if (!name || cue !== 'verb' || given) return name;
    // After a verb of saying, a word that is no known name is the speaker only if what the speaker said
    // follows: وقال بلينكن إن …، وأضاف لافروف في …، and not وقالت حكومة الإقليم or ونفت.
    // …or, after a full name, the speaker's title in apposition: وقالت ليني كينزلي المتحدثة باسم البرنامج إن ….
    const titled = name.last > name.first && this.isJoined(name.last + 1) && this.is(name.last + 1, TITLE);
    if (!titled && !this.saysNext(name.last + 1)) return undefined;
    // A phrase ended like a noun and its adjective is the name of someone found before (سيدني ماكلولين
    // ليفرون … وقالت ماكلولين ليڤرون), read only when it looks so.
    return isCommonNounPhrase(name.words) && !(name.last > name.first && this.isPersonWord(name.words[0])) ? undefined : name;
  }

  /**
   * Word i opens what a speaker said (إن، أن), or where it was said (في بيان، في المؤتمر الصحفي، على منصة إكس), or the
   * speaker's own words (ختم كلمته); or punctuation comes first.
   */
  private saysNext(i: number): boolean {
    if (!this.isJoined(i)) return true;
    const folded = this.folded(i);
    // A word with the article has no possessive pronoun: its ه is its own (المياه).
    if (SAYING_FOLLOWERS.has(folded) || (this.is(i, PRONOUN) && !this.is(i, ARTICLE))) return true;
    if (!this.isJoined(i + 1)) return false;
    if (folded === 'في') return SAYING_SETTINGS.has(withoutArticle(this.folded(i + 1)));
    // وأشارت مندوزا إلى أن …، وحذر بلينكن من أن …: the verb's preposition, then what was said.
    if (folded === TO || folded === FROM) return THAT_CLAUSE.has(this.folded(i + 1));
    return folded === ON && SAYING_PLATFORMS.has(withoutArticle(this.folded(i + 1)));
  }

  /**
   * A person named by a given name and at least one more name: أحمد الحسيني، ومحمد شياع السوداني; a given
   * name that is also a common word only before a connector: كريم بن عمر, and not after المعروف.
   */
  private readGivenName(i: number): Found | undefined {
    if (!this.is(i, GIVEN) && !(this.is(i, AMBIGUOUS_GIVEN) && this.isJoined(i + 1) && this.is(i + 1, CONNECTOR))) return undefined;
    // المعروف باسم أبو خولة: باسم completes the introduction of an alias, which starts after it.
    if (this.is(i, AMBIGUOUS_GIVEN) && this.isJoined(i) && this.isOneOf(i - 1, ALIAS_INTRODUCERS)) return undefined;
    if (this.isJoined(i) && this.is(i - 1, CONNECTOR)) {
      // أبو بكر سانو: a kunya starts the name; after another connector the given name is part of another
      // name (حسام أبو صفية is found at حسام).
      if (this.folded(i - 1) !== KUNYA_HEAD || this.covered[i - 1] || !this.continuesName(i + 1)) return undefined;
      const name = this.extend(i - 1, 'person', undefined, true);
      return name && name.last > i ? name : undefined;
    }
    if (!this.continuesName(i + 1)) return undefined;
    const given = this.known(i).givenName!;
    if (this.opensWithVerb(i, given)) return undefined;
    const name = this.extend(i, 'person', given, true);
    return name && name.last > name.first ? name : undefined;
  }

  /**
   * Word i is a given name of three letters that is also a past verb (كرم، شكر، حمد) where a verb stands,
   * opening a sentence or a clause with و or ف or after a word that leads a verb (فيما، كما), before two
   * nouns with the article, the first no nisba: the verb, its subject and its object (وكرم المعرض الكاتب،
   * فيما كرم المعرض المترجم), not a name (وسعد الحريري، وعمر البشير رئيس سابق).
   */
  private opensWithVerb(i: number, given: Split): boolean {
    if (given.stem.length !== 3 || !this.is(i + 1, ARTICLE) || this.is(i + 1, NISBA) || !this.isJoined(i + 2) || !this.is(i + 2, ARTICLE)) return false;
    if (!this.isJoined(i)) return given.prefix !== '';
    const before = this.folded(i - 1);
    return given.prefix === '' && (VERB_LEADERS.has(before) || VERB_LEADERS.has(before.slice(1)));
  }

  /**
   * A kunya at word i (أبو هريرة، أبو عبيدة الجراح), with the names after it: أبو and a name, not a noun
   * with the article (أبو الطفل, the child's father) or in the dual or plural (أبو طفلين).
   */
  private readKunya(i: number): Found | undefined {
    const next = i + 1;
    if (!this.continuesName(next) || (this.is(next, ARTICLE | PLURAL_ENDING | NOT_NAME) && !this.is(next, GIVEN_NAME))) return undefined;
    const written = this.folded(i);
    const split = { prefix: written.slice(0, written.length - KUNYA_HEAD.length), stem: KUNYA_HEAD, mergedArticle: false };
    const name = this.extend(i, 'person', split);
    if (!name || name.last <= i) return undefined;
    // A word after the kunya in construct with one with the article heads the verb's object, as a third
    // part does after two names (وشغل أبو ناصر | منصب السفير); a nisba or a given name is the name's.
    const third = next + 1;
    const headsObject = name.last >= third && !this.is(third, NISBA | GIVEN_NAME) && this.isJoined(third + 1) && this.is(third + 1, ARTICLE) && !this.is(third + 1, NISBA);
    return headsObject ? new Found(i, next, split, 'person', [KUNYA_HEAD, this.folded(next)], undefined, true) : name;
  }

  /**
   * A person of two names or more introduced by a nationality alone, as sports copy does (فازت الإثيوبية
   * تيغيست أليمايهو، على التشيكية بيترا نوفاكوفا). Not the adjective of a noun or a name before it
   * (الحكومة الإسبانية، شركة إيني الإيطالية).
   */
  private readAfterNationality(i: number): Found | undefined {
    if (!this.is(i, NATIONALITY) || (this.isJoined(i) && (this.is(i - 1, ARTICLE | TITLE | TRIGGER) || this.covered[i - 1]))) return undefined;
    // والبورصة المصرية | تسجل، بي واي دي الصينية | تتجاوز: a present verb in ت, its consonant right after
    // it, follows a company's or a body's nationality (a name in ت has a vowel there or is تش: تيريزا، تشنغ).
    const first = this.isJoined(i + 1) ? this.folded(i + 1) : '';
    if (first[0] === 'ت' && first.length > 3 && !LONG_VOWEL.test(first[1]) && first[1] !== 'ش') return undefined;
    const name = this.readName(i + 1, 'person', 'title');
    return name && name.last > name.first && !this.is(name.first, ARTICLE) ? name : undefined;
  }

  /** Whether word i, joined to the one before, can continue a name. */
  private continuesName(i: number): boolean {
    if (!this.isJoined(i) || this.covered[i] || !this.is(i, ARABIC)) return false;
    // The word after عبد is the compound's, الله too (عبد الله), which is no name elsewhere.
    if (this.folded(i - 1) === COMPOUND_HEAD || this.isMaghrebTail(i)) return true;
    return this.headsOglu(i) || this.isSayyidFamilyName(i) || (!this.is(i, STOP | PRONOUN) && !isPastVerb(this.folded(i)));
  }

  /**
   * Word k is السيد right after a given name and before a word that no name goes on with (إن، في، a comma):
   * the family name (وقالت فاطمة السيد إن). Before a name or a title it is the next person's title, the
   * given name the object's subject (واستقبل الأمير فيصل السيد جون كيري، السيد الرئيس).
   */
  private isSayyidFamilyName(k: number): boolean {
    if (!this.isJoined(k) || !this.is(k - 1, GIVEN_NAME) || !this.isOneOf(k, SAYYID)) return false;
    return !this.isJoined(k + 1) || (this.is(k + 1, STOP | NOT_NAME | PRONOUN) && !this.is(k + 1, TITLE));
  }

  /**
   * Word k, the second of a name, is a father's given name with the article, and the grandfather's or the
   * family's name ends the name right after it, as Sudanese names run (عثمان الطيب | بابكر، إن …).
   */
  private isFathersNameWithArticle(k: number, parts: number): boolean {
    if (parts !== 2 || !this.isOneOf(k, MAGHREB_GIVEN_NAME_TAILS) || !this.isJoined(k + 1) || this.covered[k + 1]) return false;
    if (!this.is(k + 1, ARABIC) || this.is(k + 1, ARTICLE | COMMON | STOP | PRONOUN | NOT_NAME | TITLE) || isPastVerb(this.folded(k + 1))) return false;
    return this.saysNext(k + 2);
  }

  /** Word k is the second word of a Maghreb given name after محمد, whatever else it can be: محمد الهادي، محمد الأمين. */
  private isMaghrebTail(k: number): boolean {
    return this.isOneOf(k, MAGHREB_GIVEN_NAME_TAILS) && this.known(k - 1).givenName?.stem === MOHAMED;
  }

  /**
   * Word k is فان or فون before a word that can be a name and is in construct with none after it: the
   * particle leads the surname (فيرجيل فان دايك), where فان is else فإن (فان الفريق، فان قرار الإدارة).
   */
  private leadsForeignSurname(k: number): boolean {
    if (!this.isOneOf(k, FOREIGN_PARTICLES) || !this.isJoined(k + 1) || this.covered[k + 1] || !this.is(k + 1, ARABIC)) return false;
    if (this.is(k + 1, NOT_NAME | STOP | ARTICLE | PRONOUN | TITLE | TRIGGER | CONNECTOR) || isPastVerb(this.folded(k + 1)) || this.folded(k + 1)[0] === 'ي') return false;
    return !(this.isJoined(k + 2) && this.is(k + 2, ARTICLE) && !this.is(k + 2, NISBA | STOP));
  }

  /** Whether word k is followed by أوغلو, whose head it then is whatever else it can be: إمام أوغلو (إمام folds like أمام). */
  private headsOglu(k: number): boolean {
    return this.isJoined(k + 1) && !this.covered[k + 1] && this.isOneOf(k + 1, OGLU_WORD);
  }

  /** علي written with ي is the given name, though على folds to it too (إبراهيم آيت علي). */
  private isGivenNameNotStop(k: number): boolean {
    return this.is(k, GIVEN_NAME) && !this.is(k, TITLE | TRIGGER) && !RAW_FUNCTION_WORDS.has(this.words[k].spelling.light) && !isSpeechVerb(this.words[k].spelling.text);
  }

  /**
   * Extends a name from its head over the words that can continue it: a person's name has at most
   * three parts besides connectors (رجب طيب أردوغان، حسام أبو صفية), and a part after the second must
   * not end like a dual, a plural or an accusative (كيليان مبابي هدفين). An article-led word closes a
   * person's name: a nisba (السوداني) always, any other (النجار) right after a given name.
   */
  private extend(first: number, kind: NameKind, split?: Split, afterGivenName = false): Found | undefined {
    const headSplit = split ?? { prefix: '', stem: this.folded(first), mergedArticle: false };
    const words = [headSplit.stem];
    let parts = NAME_CONNECTORS.has(headSplit.stem) ? 0 : 1;
    let last = first;
    let needsNext = parts === 0;
    const maxParts = kind === 'person' ? 3 : kind === 'place' ? MAX_NAME_WORDS : MAX_NAME_WORDS - 1;
    while (needsNext || parts < maxParts || (kind === 'person' && parts === maxParts && this.endsNasabChain(last + 1, words))) {
      const k = last + 1;
      if (!this.isJoined(k) || this.covered[k] || !this.is(k, ARABIC)) break;
      const folded = this.folded(k);
      if (kind === 'person' && this.isVerbOfItsObject(k)) break;
      if (needsNext) {
        // A given name after a connector is its part whatever the word it folds like: أبو علي، آيت علي; and
        // so is any word after آل, which only names a family (رائد آل خطاب، آل الشيخ).
        if (this.is(k, COMMON) && !isCompoundTail(folded) && !this.isGivenNameNotStop(k) && !this.isOneOf(k - 1, FAMILY_WORD)) break;
        words.push(folded);
        last = k;
        // بن عبد الله، بن أبي بكر: a connector after a connector leads the same part to the word after it.
        needsNext = this.is(k, CONNECTOR);
        if (!needsNext) parts++;
        continue;
      }
      // جار الله، داود أوغلو: a compound's tail belongs to the part before it; and so does the second word of
      // a Maghreb given name after محمد, a title's too (محمد الهادي، محمد الأمين), before the surname.
      if (kind === 'person' && ((last === first && this.isMaghrebTail(k)) || (isCompoundTail(folded) && !this.is(k - 1, CONNECTOR)))) {
        words.push(folded);
        last = k;
        continue;
      }
      if (kind === 'person' && this.headsOglu(k) && !this.is(k, CONNECTOR)) {
        words.push(folded, this.folded(k + 1));
        last = k + 1;
        parts++;
        continue;
      }
      // فيرجيل فان دايك: after a foreign given name alone, where فان is seldom فإن; and after any first word
      // of a person's name that is no Arabic given name nor ends like an accusative or a noun in ة (المهاجم
      // روبن فان بيرسي; not إذا حضر خالد فان سعيد …).
      if (kind === 'person' && words.length === 1 && this.leadsForeignSurname(k) && (FOREIGN_GIVEN_NAMES.has(words[0]) || !(isArabicGivenName(words[0]) || this.is(first, INFLECTED_ENDING | HEH_ENDING)))) {
        words.push(folded);
        last = k;
        needsNext = true;
        continue;
      }
      if (this.is(k, STOP) && !this.isGivenNameNotStop(k) && !this.isSayyidFamilyName(k)) break;
      if (this.isHonorificAt(k)) break;
      // A name stops before a verb (الشيخ عثمان | تضررت) and before a direction (الحوز | جنوب مراكش، صلاح الدين | شمال أربيل).
      if (isPastVerb(folded) || DIRECTIONS.has(folded)) break;
      // A place or a body is feminine: a word of four letters in ت after its name is its past verb (بلدة كفر
      // كلا | باتت، مدينة طويلة | شهدت، هيئة القضاة | رفضت), as after a place coordinated with it (coordinatedPlace).
      if (kind !== 'person' && isShortFemininePastVerb(folded)) break;
      // …and so is one of the انفعل، افتعل and استفعل forms (بلدة أمزميز | انهارت، مدينة درنة | اجتاحت).
      if (kind !== 'person' && folded.endsWith('ت') && isWaslPastVerb(this.words[k].spelling.light.slice(0, -1))) break;
      // كيليس | الحدودية، شانلي أورفا | المقابلة: an adjective of where a place lies describes it.
      if (kind === 'place' && this.is(k, ARTICLE) && isLocatingWithArticle(folded)) break;
      // وأشاد الشيخ حمد | بجهود الحكومة: after a verb that takes ب, ب opens its object, not a second name.
      if (kind === 'person' && parts === 1 && folded[0] === 'ب' && folded[1] !== 'و' && !this.is(k, CONNECTOR | GIVEN_NAME) && this.followsVerbTakingBi(first)) break;
      if (this.is(k, CONNECTOR)) {
        if (!this.isJoined(k + 1)) break;
        // عبد after an article-led word of a place's or an organisation's name opens a person's name, as a
        // given name there does (حركة مجتمع السلم | عبد العالي حساني، حزب النهضة | عبد الكريم الهاروني).
        if (kind !== 'person' && folded === COMPOUND_HEAD && this.is(k - 1, ARTICLE) && !this.is(k - 1, TITLE)) break;
        words.push(folded);
        last = k;
        needsNext = true;
        continue;
      }
      const given = this.is(k, GIVEN_NAME);
      // زار الرئيس خالد | لبحث الأزمة، صعيد عرفات | لأداء الركن: ل and a verbal noun of purpose is no surname.
      if (kind === 'person' && !given && folded[0] === 'ل' && isLamOnVerbalNoun(this.words[k].spelling.light)) break;
      // ألقى صالح بن حميد | خطبة عرفة: after the name its بن leads, a noun in ة that is no given name is the verb's object.
      if (kind === 'person' && !given && this.is(k, HEH_ENDING) && k - 2 >= first && this.isOneOf(k - 2, NASAB_WORDS)) break;
      // A given name and a name after it, right after a place's or an organisation's word, are a person's
      // (رئيسة بلدية الخيام | منى الحاج، ولاية بنسلفانيا | مايك كوالسكي، مرشح حزب التقدم | رامي الشمري);
      // after a title they are the place's (جسر الملك حسين).
      if (kind !== 'person' && given && !this.is(k - 1, TITLE | CONNECTOR) && this.continuesName(k + 1) && (this.is(k - 1, ARTICLE) || !this.is(k + 1, ARTICLE))) break;
      // هيئة الحقيقة والكرامة، حزب الحرية والعدالة: an organisation's name may join two nouns in ة with
      // the article (not a common one: حركة النهضة | والحكومة), and ends there.
      if (kind === 'organisation' && this.is(k, WAL) && folded.endsWith('ه') && !this.is(k, STOP_AFTER_PROCLITIC) && this.is(k - 1, ARTICLE) && this.folded(k - 1).endsWith('ه')) {
        words.push(folded);
        last = k;
        break;
      }
      if (kind === 'person' && parts === 1 && this.isFamilyNameInWaw(first, k)) {
        words.push(folded);
        last = k;
        break;
      }
      // An indefinite feminine nisba in ة is a noun or an adjective (هبه | أمسية), no part of a name; a
      // word in يه after a first name that is no Arabic given name is a foreign surname (هانا تيتيه).
      const foreignInYeh = parts === 1 && folded.length >= 5 && folded.endsWith('يه') && !isArabicGivenName(words[0]);
      if (kind === 'person' && !given && isFeminineNisba(folded) && !this.is(k, PRONOUN)) break;
      // و/ف may be a conjunction (جو بايدن ووزير …) or the name's own letter (ماورو فييرا): the second
      // part of a name may start with it when the rest is not a word that ends a name. فال is no ف and a
      // bare article but a name of its own, a third part too (مريم بنت محمد فال).
      if ((folded[0] === 'و' || folded[0] === 'ف') && !given && folded !== FAL) {
        const rest = folded.slice(1);
        if (parts !== 1 || hasArticle(rest) || this.is(k, STOP_AFTER_PROCLITIC) || isGivenName(this.list, rest)) break;
        // أما حفيدته مريم | فتدرس: the ف that answers أما opens the predicate.
        if (folded[0] === 'ف' && this.answersAmma(first)) break;
      }
      // A final ه is a possessive pronoun (زيارته), unless the word is part of a name found before:
      // عبير عطيفه is عبير عطيفة with ه for ة, and كريات شمونه a place's كريات شمونة.
      if (this.is(k, PRONOUN) && !given && !(kind === 'person' && foreignInYeh) && !this.isPersonWord(folded) && !(kind === 'place' && this.isPlaceWord(folded))) break;
      // تنظيم الدولة | يتبنى; but the syllable of an East Asian name is no verb (لي جاي يونغ، تشين يانغ),
      // nor a word of two letters after an East Asian family name (كيم يو جونغ).
      if (folded[0] === 'ي' && !given && !EAST_ASIAN_SYLLABLE.test(folded) && !(folded.length === 2 && EAST_ASIAN_FAMILY_NAMES.has(words[words.length - 1]))) break;
      // أيمن نور | الدين: the tail of a given name of two ends the part its head began, whatever part that is.
      if (kind === 'person' && this.is(k, ARTICLE) && makesGivenNameOfTwo(words[words.length - 1], folded)) {
        words.push(folded);
        last = k;
        // عز الدين | الخطيب: a name that opens with a given name of two takes a family name after it.
        if (parts === 1) afterGivenName = true;
        continue;
      }
      // وكالة الأنباء | الرسمية، صحيفة الأهرام | الحكومية: an organisation's standing is no part of its name.
      if (kind === 'organisation' && STATUS_ADJECTIVES.has(folded)) break;
      // أحمد ناصر | المحمد الصباح إن: a grandfather's name and the family's, both with the article, end the name.
      if (kind === 'person' && parts === 2 && this.endsWithGrandfatherAndFamily(k)) {
        words.push(folded, this.folded(k + 1));
        last = k + 1;
        break;
      }
      if (this.is(k, ARTICLE)) {
        // After a person's name of every part, endsNasabChain has taken the word for the family's.
        const familyAfterNasab = kind === 'person' && parts === maxParts;
        if (kind === 'person' && (OFFICE_NISBAS.has(folded) || (!familyAfterNasab && !this.is(k, NISBA) && !this.takesFamilyName(k, parts, afterGivenName)))) break;
        words.push(folded);
        last = k;
        parts++;
        // محمد العبد الله، خالد العبد العالي: العبد and the divine name after it are one family name.
        if (kind === 'person' && folded === ARTICLE_COMPOUND_HEAD && this.isJoined(k + 1) && !this.covered[k + 1] && this.is(k + 1, ARTICLE)) {
          words.push(this.folded(k + 1));
          last = k + 1;
          break;
        }
        // نور الدين، فاطمة الزهراء: a given name made of two words; the surname comes after it.
        if (kind === 'person' && !GIVEN_NAME_TAILS.has(folded) && !this.isSecondNisba(k + 1) && !this.isFathersNameWithArticle(k, parts)) break;
        continue;
      }
      if (kind === 'person' && parts >= 2 && !given && this.is(k, INFLECTED_ENDING) && !this.isSurnameAfterGivenNames(k, parts) && !isSurnameInOn(folded) && !this.endsNasabName(k, words)) break;
      // تيبو كورتوا | سيغيب، سيرينا ويليامز | ستغيب، ميناء السلطان قابوس | سيعلق: a future verb after two
      // words of a name is its predicate.
      if (parts >= 2 && !given && folded[0] === 'س' && isFutureVerb(folded)) break;
      // تيغيست أليمايهو | بالسباق: a preposition and the article open a phrase after the name.
      if (kind === 'person' && parts >= 2 && !given && PREPOSITION_AND_ARTICLE.test(folded)) break;
      // انتقد النائب إلياس مخول | غياب الخطة: a third part in construct with a word with the article heads
      // the verb's object.
      // Not a family name in ي after two given names (مصطفى كمال مدبولي | اليمين الدستورية).
      if (kind === 'person' && parts >= 2 && !given && this.isJoined(k + 1) && this.is(k + 1, ARTICLE) && !this.is(k + 1, NISBA | STOP) && !this.isFamilyNisbaAfterGivenNames(k, parts)) break;
      // هاري كين | ركلة جزاء، كول هوكر | مفاجأة: a foreign name has no part in ة, a noun after it; nor has
      // one whose first name is no Arabic given name.
      if (kind === 'person' && parts >= 2 && !given && this.is(k, HEH_ENDING) && (FOREIGN_GIVEN_NAMES.has(words[0]) || !isArabicGivenName(words[0]))) break;
      // A third part led by ب or ل is a phrase after the name: ألكسندر ميتروفيتش | بثقة، | لتنفيذ; right
      // before what the speaker said, it is the surname (محمد سعد برادة إن).
      if (kind === 'person' && parts >= 2 && !given && (this.isPhraseAt(k) || this.headsPhrase(k))) break;
      // …and after a given name too when what ب or ل leads is no name at all (فيث كيبيغون | بزمن 3 دقائق).
      if (kind === 'person' && parts >= 2 && (folded[0] === 'ب' || folded[0] === 'ل') && this.is(k, STOP_AFTER_PROCLITIC)) break;
      // An indefinite nisba after a place or an organisation describes it (مخيم زمزم | كارثي), and an
      // indefinite accusative or plural after its article-led words is the object or the subject of the verb
      // (وكالة الأنباء | صورا، حي التضامن | اشتباكات).
      if (kind !== 'person' && !given && folded.length >= 4 && folded.endsWith('ي')) break;
      if (kind !== 'person' && !given && (folded.endsWith('ا') || (this.is(k, PLURAL_ENDING) && !this.is(k, LIL))) && hasArticle(words[words.length - 1])) break;
      // حزب الاستقلال | بواحد وثمانين: ب or ل before a word that ends a name opens a phrase after it.
      if (kind !== 'person' && this.is(k, STOP_AFTER_PROCLITIC) && (folded[0] === 'ب' || folded[0] === 'ل')) break;
      // حي الشيخ رضوان | لقصف: a third word led by ل opens what befell the place or what it is for.
      if (kind === 'place' && words.length >= 2 && folded[0] === 'ل' && !this.is(k, LISTED)) break;
      // مخيم زمزم | للنازحين: what a place is for is no part of its name (an organisation's is: الوكالة الدولية
      // للطاقة الذرية); nor is لل and a noun of a person's, whom the word before it is for (تعليمات | للحكومة).
      if (kind !== 'organisation' && this.is(k, LIL)) break;
      // Nothing but another adjective or a prepositional phrase follows an adjective with the article: وكالة
      // الفضاء الأوروبية | توماس بيسكيه.
      if (kind !== 'person' && this.is(k - 1, ADJECTIVE) && !this.is(k, LIL | WAL)) break;
      words.push(folded);
      last = k;
      parts++;
    }
    if (needsNext) {
      words.pop();
      last--;
    }
    if (last < first) return undefined;
    return new Found(first, last, headSplit, kind, words, undefined, true);
  }

  /**
   * Word k is يحيي, the verb, before its indefinite object (الفنان محمد منير يحيي حفلا، يحيي ذكرى): no part
   * of the name before it, which يحيي misspelt for يحيى may be before what its bearer said.
   */
  private isVerbOfItsObject(k: number): boolean {
    if (this.words[k].spelling.light !== REVIVES || !this.isJoined(k + 1)) return false;
    const next = this.words[k + 1].spelling.light;
    return next === REMEMBRANCE || (next.length > 3 && next.endsWith('ا') && !next.startsWith('ال'));
  }

  /** Word k is an honorific that is a common word too, before whom it honours (وكرم | سعادة الشيخ، حضرة صاحب السمو). */
  private isHonorificAt(k: number): boolean {
    if (!this.isOneOf(k, HONORIFIC_WORDS) || !this.isJoined(k + 1)) return false;
    return this.is(k + 1, GIVEN_NAME) || this.isOneOf(k + 1, HONOURED_TITLE_WORDS) || this.folded(k + 1) === OWNER;
  }

  /**
   * Word k, after a name of three parts with بن or بنت, is the family it ends with: آل and the family's
   * name, a nisba with the article (حمدان بن محمد بن راشد | آل مكتوم، فهد بن عبدالله بن محمد | الشهري),
   * or another word with the article before what the person said or after a given name elsewhere
   * (لولوة بنت راشد بن محمد | الخاطر إن); not the verb's object (استقبل سعود بن مشعل بن عبدالعزيز | المشاركين).
   */
  private endsNasabChain(k: number, words: readonly string[]): boolean {
    if (!this.isJoined(k) || this.covered[k] || !words.some((w) => NASAB_WORDS.has(w))) return false;
    if (this.isOneOf(k, FAMILY_WORD)) return this.isJoined(k + 1) && !this.covered[k + 1];
    if (!this.is(k, ARTICLE) || this.is(k, NATIONALITY | TITLE | TITLE_LINK)) return false;
    return this.is(k, NISBA) || this.isFamilyNameByUse(k);
  }

  /**
   * Word k, in ين or ان, ends a name of a nasab right before a comma or what the person said, as Gulf
   * family names do (محاد بن سعيد باعوين، جميل بن محمد علي حميدان،); not a participle's plural, the
   * verb's object (استقبل محمد بن زايد مستثمرين).
   */
  private endsNasabName(k: number, words: readonly string[]): boolean {
    return words.some((w) => NASAB_WORDS.has(w)) && !this.is(k, COMMON | NOT_NAME) && !isParticiplePlural(this.folded(k)) && this.saysNext(k + 1);
  }

  /**
   * Word k, with the article and no inflected ending, is used as a family name: right before what the
   * person said (فهد بن سعد الجلاجل إن), after a given name elsewhere in the article (isFamilyNameElsewhere)
   * or alone as a speaker (توفيق بن فوزان الربيعة في تصريح … وأضاف الربيعة أن).
   */
  private isFamilyNameByUse(k: number): boolean {
    return !this.is(k, INFLECTED_ENDING) && (this.beforeThatClause(k) || this.isFamilyNameElsewhere(k) || this.namesSpeaker(k));
  }

  /**
   * Words k and k + 1 are a grandfather's given name and the family's name, both with the article, right
   * before what the person said, as names run in Kuwait (سالم عبدالله | الجابر الصباح إن، أحمد ناصر | المحمد
   * الصباح إن), or before الصباح wherever it stands (أحمد نواف | الأحمد الصباح في); not a title, a time or a description (محمد علي | الأمين العام إن، خالد سعيد | الليلة الماضية
   * إن، جون سميث | المحلل الاقتصادي إن).
   */
  private endsWithGrandfatherAndFamily(k: number): boolean {
    if (!this.isJoined(k + 1) || this.covered[k + 1] || !(this.beforeThatClause(k + 1) || this.isOneOf(k + 1, SABAH))) return false;
    if (!this.mayBeFamilyWord(k) || !isGivenName(this.list, this.folded(k).slice(2))) return false;
    return this.mayBeFamilyWord(k + 1) && !this.is(k + 1, NISBA);
  }

  /** Word j has the article and may be a name: no title, nationality, stop or common word, nor one in ة or an inflected ending. */
  private mayBeFamilyWord(j: number): boolean {
    return this.is(j, ARTICLE) && !this.is(j, NATIONALITY | TITLE | TITLE_LINK | STOP | COMMON | INFLECTED_ENDING) && !this.folded(j).endsWith('ه');
  }

  /**
   * A foreign given name of two (خوسيه لويس، خوان كارلوس) is followed by the surname, whatever its end
   * (مونويرا، فيرون); but not an accusative without a long vowel (فرديناند ماركوس | خطأ). After a foreign
   * given name and a surname, a second surname (فرناندو غراندي | مارلاسكا) is longer than an accusative
   * noun would be there, and no verbal noun (جوزيه مورينيو | استقبالا).
   */
  private isSurnameAfterGivenNames(k: number, parts: number): boolean {
    if (parts !== 2) return false;
    const stem = withoutObjectEnding(this.folded(k));
    if (FOREIGN_GIVEN_NAMES.has(this.folded(k - 1))) return stem === undefined || LONG_VOWEL.test(stem);
    return FOREIGN_GIVEN_NAMES.has(this.folded(k - 2)) && stem !== undefined && stem.length >= MIN_SECOND_SURNAME && LONG_VOWEL.test(stem) && !isDerivedVerbalNoun(this.words[k].spelling.light);
  }

  /** Word k, in ي and no common word, follows two given names: the family's nisba (مصطفى كمال مدبولي). */
  private isFamilyNisbaAfterGivenNames(k: number, parts: number): boolean {
    return parts === 2 && this.folded(k).endsWith('ي') && !this.is(k, COMMON | ARTICLE) && this.is(k - 1, GIVEN_NAME) && this.is(k - 2, GIVEN_NAME);
  }

  /**
   * Word k, an article-led nisba after the article-led nisba before it, is the family's (محمد التليلي
   * المنصري): not a nationality or a title's (محمد الحسيني | العراقي)، nor the first of a run of
   * adjectives (البنك | المركزي التركي).
   */
  private isSecondNisba(k: number): boolean {
    if (!this.is(k - 1, NISBA) || !this.isJoined(k) || !this.is(k, NISBA) || this.is(k, NATIONALITY | TITLE | TITLE_LINK)) return false;
    return !(this.isJoined(k + 1) && this.is(k + 1, NISBA));
  }

  /**
   * Word k, led by و and a given name after a first name that is no known given name, is a family name
   * (جاهدة وهبه، وهبة) when no name goes on after it: not a second person (عون ونبيه بري، عون وجميل
   * السيد), whose own name or title follows.
   */
  private isFamilyNameInWaw(first: number, k: number): boolean {
    if (!this.is(k, GIVEN_AFTER_CONJUNCTION) || this.is(k, GIVEN_NAME | STOP_AFTER_PROCLITIC) || this.folded(k)[0] !== 'و' || this.is(first, GIVEN_NAME | GIVEN_AFTER_CONJUNCTION)) return false;
    if (this.isJoined(k + 1) && this.is(k + 1, ARTICLE | TITLE)) return false;
    return !this.continuesName(k + 1) || isFeminineNisba(this.folded(k + 1));
  }

  /**
   * Whether a person's name that starts at a given name (`afterGivenName`) and has `parts` parts goes on to
   * word k, a word with the article that is no nisba: right after the given name (أحمد النجار), or after
   * two parts before what a speaker said (فهد بن سعد الجلاجل إن). Elsewhere it may head the verb's object
   * (وحضر خالد بن عبد الله | الاجتماع); and الابن (Jr.) after a name is no family name (فرديناند ماركوس | الابن),
   * nor an adjective of the فعيلة and فيعلة patterns (الملك سلمان | الطيبة، الجديدة), as family names in ة
   * are of others (الطراونة، المعايطة).
   */
  private takesFamilyName(k: number, parts: number, afterGivenName: boolean): boolean {
    // الدين after a given name it makes none with is religion or debt (وناقش الوزير أحمد | الدين العام).
    if (!afterGivenName || GIVEN_NAME_TAILS.has(this.folded(k))) return false;
    // الربيعة looks like an adjective (الجديدة), and is a family name before what was said or where it
    // names a speaker alone.
    if (parts === 1) return !this.is(k, PLURAL_ENDING) && (!FEMININE_ADJECTIVE.test(this.folded(k)) || this.beforeThatClause(k) || this.namesSpeaker(k));
    return !NASAB_WORDS.has(this.folded(k).slice(2)) && this.isFamilyNameByUse(k);
  }

  /**
   * Word k, with the article, stands right after a given name elsewhere in the article too: the family
   * name of the person or of a relative (سليم عبد الرحمن الخطيب … سليم الخطيب، حسن منصور الشريف … نجله
   * أحمد الشريف), where a verb's object does not come again so (وحضر خالد بن عبد الله | الاجتماع).
   */
  private isFamilyNameElsewhere(k: number): boolean {
    this.afterGivenNames ??= this.articleWordsAfterGivenNames();
    const count = this.afterGivenNames.get(this.folded(k)) ?? 0;
    return count > (this.followsGivenName(k) ? 1 : 0);
  }

  /** Word k's spelling is, somewhere in the article, a speaker's whole name: وأضاف الربيعة أن. */
  private namesSpeaker(k: number): boolean {
    this.loneSpeakers ??= this.articleWordsSpeakingAlone();
    return this.loneSpeakers.has(this.folded(k));
  }

  /**
   * A listed name read after a proclitic in a word the article has speak alone (وأضافت بادنوك أن): the
   * word is a name whole, since no speaker comes after a preposition or a conjunction (كيمي بادنوك is no ب + أدنوك).
   */
  private isWholeSpeaker(match: Found): boolean {
    return match.split.prefix !== '' && this.namesSpeaker(match.first);
  }

  /**
   * A listed person's name of two words or more in another spelling than the list's, with a family nisba
   * after it: someone else who shares the given names (سلمان بن عبدالعزيز الشمري، جمال عبدالناصر الحسيني).
   */
  private goesOnWithFamilyName(match: Found): boolean {
    if (match.listed!.words.length < 2 || match.listed!.text === match.listed!.house) return false;
    const next = match.last + 1;
    return this.isJoined(next) && this.is(next, NISBA) && !this.is(next, NATIONALITY | COMMON | TITLE);
  }

  /**
   * A word of a listed name matched with another hamza that is another word so written (عادل أمام المحكمة
   * is no عادل إمام, من أبي أحمد no آبي أحمد, عين ابل no أبل): folding the hamza made them one. Not after a cue
   * for the name's kind.
   */
  private writesCommonWord(match: Found): boolean {
    // A cue for the name's kind vouches for it (شركة ابل، الفنان عادل أمام).
    if (this.cueKind(match.first) === match.kind) return false;
    const listedWords = match.listed!.words;
    for (let k = match.first; k <= match.last; k++) {
      const written = this.words[k].spelling.light.slice(k === match.first ? match.split.prefix.length : 0);
      if (OTHER_WORDS_AS_WRITTEN.has(written) && lightName(match.listed!.text).split(' ')[k - match.first] !== written && listedWords[k - match.first] === foldName(written)) return true;
    }
    return false;
  }

  /** The words that stand alone between a verb of saying and what was said. */
  private articleWordsSpeakingAlone(): Set<string> {
    const speakers = new Set<string>();
    for (let j = 1; j < this.words.length; j++) {
      if (this.isJoined(j) && this.cueOf(j - 1) === Cue.Verb && this.saysNext(j + 1)) speakers.add(this.folded(j));
    }
    return speakers;
  }

  /** How often each word with the article, no nisba, follows a given name in the article. */
  private articleWordsAfterGivenNames(): Map<string, number> {
    const counts = new Map<string, number>();
    for (let k = 1; k < this.words.length; k++) {
      if (this.followsGivenName(k)) counts.set(this.folded(k), (counts.get(this.folded(k)) ?? 0) + 1);
    }
    return counts;
  }

  /** Word k, with the article and no nisba, follows a given name: one that is no common word, or any after a title (الشيخ منصور، نجله نضال). */
  private followsGivenName(k: number): boolean {
    if (!this.is(k, ARTICLE) || this.is(k, NISBA | STOP) || !this.isJoined(k)) return false;
    return this.is(k - 1, GIVEN) || (this.is(k - 1, GIVEN_NAME) && this.isJoined(k - 1) && this.is(k - 2, TITLE));
  }

  /**
   * Word k is a phrase after a name (isPhraseAfterName: بثقة، بقصيدة، لتنفيذ), unless what a speaker said
   * follows it, where it is a surname (محمد سعد برادة إن), but for the manner of saying (بصراحة إن).
   */
  private isPhraseAt(k: number): boolean {
    const folded = this.folded(k);
    return isPhraseAfterName(folded) && (!this.beforeThatClause(k) || MANNERS_OF_SAYING.has(folded));
  }

  /**
   * Word k is led by ب or ل (not بو، لو) and a word of content follows it at once: a prepositional phrase
   * with its adjective or its noun (نجيب محفوظ | بجناح خاص), where a surname so led ends the name
   * (محمد سعد برادة، إن …) or comes before a title or a verb. A preposition's noun is no plural in ون:
   * such a word is a surname (سيدني ماكلولين ليفرون | بالذهبية), unless the rest is a word (بدون، بمليون).
   */
  private headsPhrase(k: number): boolean {
    const folded = this.folded(k);
    if ((folded[0] !== 'ب' && folded[0] !== 'ل') || folded[1] === 'و' || !this.isJoined(k + 1)) return false;
    if (isSurnameInOn(folded) && !this.is(k, STOP_AFTER_PROCLITIC)) return false;
    return this.is(k + 1, ARABIC) && !this.is(k + 1, STOP | TITLE) && this.folded(k + 1)[0] !== 'ي';
  }

  /** Word k follows at once and may be a verb's subject: a noun with the article, not a nisba, or with a pronoun (الفريق، فريقه، فريقنا). */
  private beforeSubject(k: number): boolean {
    return this.isJoined(k) && ((this.is(k, ARTICLE) && !this.is(k, NISBA)) || this.is(k, PRONOUN) || /..نا$/.test(this.folded(k)));
  }

  /** Whether أما (or وأما) opens the phrase that word i, a name's first, is in: a ف after the name answers it. */
  private answersAmma(i: number): boolean {
    for (let k = i - 1, steps = 0; k >= 0 && steps <= MAX_TITLE_CHAIN && this.isJoined(k + 1); k--, steps++) {
      if (this.isOneOf(k, AMMA)) return true;
    }
    return false;
  }

  /** Whether إن or أن follows word k at once: what a speaker said starts there. */
  private beforeThatClause(k: number): boolean {
    return this.isJoined(k + 1) && THAT_CLAUSE.has(this.folded(k + 1));
  }

  // ---- repetitions

  /**
   * The article's own names again: every later (or earlier) use of a name found at a cue, alone or
   * with proclitics, and its surname alone (بلينكن after أنتوني بلينكن).
   */
  private findRepeated(): void {
    const starts = repeatedStarts.cleared();
    const looseNames = LOOSE_NAMES.cleared();
    /**
     * The names looked for, in the order they are added, with their kinds, and by their words (joined by
     * spaces): a word through the filter looks up the words it starts, one key for each length, rather than
     * being compared with every name, which is quadratic in an article naming thousands (a list of
     * candidates). Of two names as long, the first added wins; one added again with its kind changes nothing.
     */
    const sequences: string[][] = [];
    const kinds: NameKind[] = [];
    const byWords = new Map<string, number[]>();
    let longest = 0;
    /** A name found ends in أوغلو, or has فان or فون: the word before أوغلو, or the particle, may be a common word (إمام أوغلو، فان دايك). */
    let repeatsAnyHead = false;
    const add = (words: string[], kind: NameKind) => {
      const key = words.join(' ');
      const same = byWords.get(key);
      if (same?.some((s) => kinds[s] === kind)) return;
      if (same) same.push(sequences.length);
      else byWords.set(key, [sequences.length]);
      starts.add(words[0]);
      sequences.push(words);
      kinds.push(kind);
      longest = Math.max(longest, words.length);
    };
    // عبد القادر is looked for written عبدالقادر too, and the other way round.
    const addBothWays = (words: string[], kind: NameKind) => {
      add(words, kind);
      for (const other of otherCompoundWritings(words)) add(other, kind);
    };
    // The names found at cues, which come after the listed ones.
    for (let k = this.cuedFrom; k < this.found.length; k++) {
      const name = this.found[k];
      addBothWays(name.words, name.kind);
      if (name.words.length === 1) this.writtenEndings.set(name.words[0], lastLetter(this.words[name.last].spelling.light));
      // A place of one word is looked for in other spellings too (مدينة كادوقلي … إلى كادقلي).
      if (name.kind === 'place' && name.words.length === 1) looseNames.add(name.words[0], 'place');
      if (name.kind !== 'person' || name.words.length < 2) continue;
      if (isFamilyNameFirst(name.words)) {
        // Its syllables in نغ are written in نج too (لي جاي يونغ، لي جاي يونج), the family name's as well.
        const otherWriting = name.words.map(withOtherNg);
        add(otherWriting, 'person');
        if (name.words[0].length >= MIN_REPEATED_FAMILY_NAME) {
          add([name.words[0]], 'person');
          if (otherWriting[0] !== name.words[0]) add([otherWriting[0]], 'person');
        }
        continue;
      }
      // After a connector the surname is the pair (أبو صفية، عبد الجليل), which the connector's part adds;
      // before a compound's tail, the pair too (جار الله، داود أوغلو، نور الدين).
      const surname = name.words[name.words.length - 1];
      if (endsInCompoundTail(name.words)) {
        if (name.words.length > 2) addBothWays(name.words.slice(-2), 'person');
        if (surname === OGLU) repeatsAnyHead = true;
      } else if (!isArabicGivenName(surname) && !leadsSurname(name.words[name.words.length - 2])) {
        add([surname], 'person');
        this.writtenEndings.set(surname, lastLetter(this.words[name.last].spelling.light));
        looseNames.add(surname, 'person');
        // A Maghreb surname in بن joined (بنكيران) is written apart too (بن كيران), which otherCompoundWritings
        // leaves to a surname found: too many other words start with بن.
        if (surname.length > JOINED_NASAB_MIN && surname.startsWith(JOINABLE_NASAB)) add([JOINABLE_NASAB, surname.slice(JOINABLE_NASAB.length)], 'person');
      }
      // العبد leads a family name as a connector does (خالد العبد القادر … العبدالقادر).
      const connector = name.words.findIndex((w, i) => i > 0 && (leadsSurname(w) || w === ARTICLE_COMPOUND_HEAD));
      if (connector > 0 && connector < name.words.length - 1) addBothWays(name.words.slice(connector), 'person');
      // فان دايك: the particle folds like فإن, a common word, which never repeats a name alone.
      if (connector > 0 && SURNAME_PARTICLES.has(name.words[connector])) repeatsAnyHead = true;
    }
    if (sequences.length === 0) return;
    const { covered, classes, foldedHashes, headCodes, looseEnds } = this;
    const count = this.words.length;
    const spellsLoosely = looseNames.size > 0;
    for (let i = 0; i < count; i++) {
      // The filters on the word's hash and letters come first: they turn down nearly every word, where
      // whether it is covered and its class go either way from word to word.
      if (!starts.has(foldedHashes[i])) {
        if (spellsLoosely && looseNames.mayBeIn(headCodes[i], looseEnds[i]) && !covered[i] && mayRepeat(classes[i]) && maySpellSurname(classes[i])) this.findLooseName(i, looseNames);
        continue;
      }
      const repeats = mayRepeat(classes[i]);
      if (covered[i] || (!repeats && !repeatsAnyHead)) continue;
      if (this.isVerbWithPronoun(i)) continue;
      let best: Found | undefined;
      // The words that may go on a name from word i: joined to it and not in another name.
      let reach = 1;
      while (reach < longest && !covered[i + reach] && this.isJoined(i + reach)) reach++;
      for (const split of this.known(i).splits) {
        const keys = [split.stem];
        for (let k = 1; k < reach; k++) keys.push(`${keys[k - 1]} ${this.folded(i + k)}`);
        // The longest name first; of as long, the first added.
        for (let length = reach; length > 0 && !(best && best.last >= i + length - 1); length--) {
          const found = this.repeatedAt(i, split, length, byWords.get(keys[length - 1]), sequences, kinds, repeats, starts);
          if (found) {
            best = found;
            break;
          }
        }
      }
      if (!best) continue;
      this.cover(best);
      i = best.last;
    }
  }

  /**
   * Word i repeats a short name of one word, or a surname, found at a cue with its last letter in the other
   * of ى and ي: a word of its own as likely (ميشال منسى … ملف منسي, forgotten), which a cue would tell.
   */
  private endsOtherwise(i: number, name: string): boolean {
    const written = this.writtenEndings.get(name);
    if (written === undefined || name.length >= MIN_ANYWHERE_LETTERS || this.cueKind(i) !== undefined) return false;
    const ending = lastLetter(this.words[i].spelling.light);
    return ending !== written && ALEF_MAQSURA_OR_YA.includes(ending) && ALEF_MAQSURA_OR_YA.includes(written);
  }

  /** A name found starts at word k after a proclitic (بمبابي, a listed surname): asked only after a lone surname. */
  private startsFoundWithProclitic(k: number): boolean {
    return this.found.some((name) => name.first === k && name.split.prefix !== '');
  }

  /** Word k is a proclitic and a word a name may start with (بمبابي، ومبابي), as RepeatedStarts tells. */
  private isNameWithProclitic(k: number, starts: RepeatedStarts): boolean {
    const folded = this.folded(k);
    return isProcliticLetter(folded[0]) && starts.has(wordHash(folded, 1));
  }

  /**
   * The first of the names `candidates` (indices into `sequences`, all of `length` words, the words from
   * word i on) that repeats at word i, read with `split`.
   */
  private repeatedAt(
    i: number,
    split: Split,
    length: number,
    candidates: readonly number[] | undefined,
    sequences: readonly string[][],
    kinds: readonly NameKind[],
    repeats: boolean,
    starts: RepeatedStarts,
  ): Found | undefined {
    if (candidates === undefined) return undefined;
    const { covered, foldedHashes } = this;
    for (const s of candidates) {
      const words = sequences[s];
      if (!repeats && words[length - 1] !== OGLU && !SURNAME_PARTICLES.has(words[0])) continue;
      if (length === 1 && split.prefix === '' && this.partOfOtherName(i, i)) continue;
      if (length === 1 && this.endsOtherwise(i, words[0])) continue;
      // كلام | خامنئي: a lone surname before another person's name is a noun in construct with it; before
      // a place it is the subject of a verb (زار المعبقي | القاهرة). Not before a name with a proclitic
      // (وأشاد ألونسو | بمبابي), which no construct takes.
      if (length === 1 && kinds[s] === 'person' && this.isJoined(i + 1) && (covered[i + 1] === COVERED_BY_PERSON ? !this.startsFoundWithProclitic(i + 1) : !covered[i + 1] && starts.has(foldedHashes[i + 1]) && !this.isNameWithProclitic(i + 1, starts))) continue;
      return new Found(i, i + length - 1, split, kinds[s], words.slice(), undefined, false);
    }
    return undefined;
  }

  /**
   * A lone word that is an unlisted spelling of the surname of a person found at a cue, one vowel or
   * doubling off (هولمكفست after إنغريد هولمكفيست), wherever it stands: as a listed name's spelling is
   * found anywhere (ONE_EDIT), for names long enough not to be a vowel from an ordinary word. A spelling of
   * a place of one word found at a cue only where a place stands, after a preposition (كادقلي after
   * مدينة كادوقلي): a cue may have taken a common noun for a place (إقليم محاكمة), whose spellings
   * are common words too (تواصل محكمة).
   */
  private findLooseName(i: number, names: LooseNames): void {
    const { splits } = this.known(i);
    for (const split of splits) {
      if (split.mergedArticle) continue;
      const kind = names.kindSpelledBy(split.stem);
      if (kind === undefined || (kind === 'person' ? (split.prefix === '' && this.partOfOtherName(i, i)) || this.afterFi(i) : !this.afterPlacePreposition(i))) continue;
      this.cover(new Found(i, i, split, kind, [split.stem], undefined, false));
      return;
    }
  }

  /**
   * A listed word of one with ب before it and an adjective of degree after it is a manner, not a name:
   * استقبلوا الخبر بحماس كبير (with great enthusiasm), عاشوا بسلام تام.
   */
  private isAdverb(name: Found): boolean {
    return name.first === name.last && name.split.prefix === 'ب' && this.isJoined(name.first + 1) && DEGREE_ADJECTIVES.has(this.folded(name.first + 1));
  }

  /**
   * A listed place of one word with the article, right after a given name that follows a title and right
   * before what the person said, is the family name (قال الباحث محمد | الخليل إن): the finder reads the
   * person there. Not after a verb's subject (زار محمد الخليل), where the place is the object.
   */
  private isFamilyNameAfterGivenName(place: Found): boolean {
    const i = place.first;
    if (place.last !== i || !this.is(i, ARTICLE) || !this.isJoined(i) || !this.isJoined(i - 1)) return false;
    return this.is(i - 1, GIVEN_NAME) && this.is(i - 2, TITLE) && this.beforeThatClause(i);
  }

  /**
   * A listed place of one word right after a nationality that introduces a person, before a word that
   * can go on with a name, is the person's given name (الأميركية سيدني | ماكلولين ليفرون): readAfterNationality
   * reads the name there. Not a place after a noun's adjective (وصلت الطائرة الأسترالية سيدني أمس).
   */
  private isGivenNameAfterNationality(place: Found): boolean {
    const i = place.first;
    // A place written otherwise than the house writes it, or with the article, is the place (الأميركي اسطنبول، الدوحة).
    if (place.last !== i || !isFormOf(this.words, place, place.listed!.houseLight) || this.is(i, ARTICLE) || !this.isJoined(i)) return false;
    if (this.isJoined(i - 1) && (this.is(i - 2, ARTICLE | TITLE | TRIGGER) || this.covered[i - 2])) return false;
    const next = i + 1;
    if (!this.continuesName(next) || this.is(next, ARTICLE | COMMON | LISTED | CONNECTOR | TITLE | TRIGGER | VERBAL_NOUN | HEH_ENDING)) return false;
    // Nor before a verb, a word led by a proclitic (بمقدار، وتأخر; not بيرسي، لوبيز) or an accusative (عاديا).
    const folded = this.folded(next);
    return folded[0] !== 'ي' && !('وفبل'.includes(folded[0]) && !LONG_VOWEL.test(folded[1])) && !folded.endsWith('ا');
  }

  /**
   * A listed word of one in an idiom with the word before it or after it: حصة الأسد (the lion's share) is no
   * بشار الأسد, and أمطار وسيول or سيول جارفة (torrential floods) no Seoul.
   */
  private isIdiom(name: Found): boolean {
    if (name.first !== name.last) return false;
    const heads = IDIOM_HEADS.get(name.split.stem);
    if (heads !== undefined && this.isJoined(name.first) && heads.has(withoutConjunction(this.folded(name.first - 1)))) return true;
    const tails = IDIOM_TAILS.get(name.split.stem);
    if (tails !== undefined && this.isJoined(name.first + 1) && tails.has(this.folded(name.first + 1))) return true;
    // ولولا الصحافة لما عرفنا: the particle before a noun with the article, no لولا دا سيلفا.
    return PARTICLES_AS_NAMES.has(name.split.stem) && this.isJoined(name.first + 1) && this.is(name.first + 1, ARTICLE);
  }

  /**
   * A listed word of one that is a prayer's name beside another's, times between them or not (العصر
   * 3:40، المغرب 6:05، المغرب والعشاء): المغرب is no Morocco there.
   */
  private isPrayer(name: Found): boolean {
    if (name.first !== name.last || !PRAYERS.has(name.split.stem)) return false;
    return this.prayerAt(name.first, -1) || this.prayerAt(name.first, 1);
  }

  /** Whether the first Arabic word from word i in `step` direction, a time's numbers at most before it, names a prayer. */
  private prayerAt(i: number, step: number): boolean {
    for (let k = i + step, steps = 0; k >= 0 && k < this.words.length && steps < 3; k += step, steps++) {
      if (this.is(k, ARABIC)) return PRAYERS.has(withoutConjunction(this.folded(k)));
    }
    return false;
  }

  /** Whether word i follows في, with و or not. */
  private afterFi(i: number): boolean {
    return this.isJoined(i) && prepositionOf(this.folded(i - 1)) === 'في';
  }

  /** Whether word i follows a preposition of place (في، إلى، من، قرب …, with و or not). */
  private afterPlacePreposition(i: number): boolean {
    return this.isJoined(i) && PLACE_PREPOSITIONS.has(prepositionOf(this.folded(i - 1)));
  }
}

/**
 * `names` sorted by their first word, in place. No two start at one word, and each pass of NameFinder
 * finds its names in text order: `names` is a few ascending runs, which merging neighbours until one is
 * left puts in order with a comparison or two a name (Array.prototype.sort sorts an array this short by
 * insertion, with a call a comparison).
 */
function inTextOrder(names: Found[]): Found[] {
  let from = names;
  let to: Found[] = new Array(names.length);
  for (let runs = Infinity; runs > 1; [from, to] = [to, from]) {
    runs = 0;
    for (let start = 0; start < names.length; runs++) {
      const middle = runEnd(from, start);
      const end = runEnd(from, middle);
      let a = start;
      let b = middle;
      let out = start;
      while (a < middle && b < end) to[out++] = from[a].first < from[b].first ? from[a++] : from[b++];
      while (a < middle) to[out++] = from[a++];
      while (b < end) to[out++] = from[b++];
      start = end;
    }
  }
  if (from !== names) for (let k = 0; k < names.length; k++) names[k] = from[k];
  return names;
}

/** The end of the ascending run of `names` that starts at `start`. */
function runEnd(names: readonly Found[], start: number): number {
  let end = Math.min(start + 1, names.length);
  while (end < names.length && names[end - 1].first < names[end].first) end++;
  return end;
}

/** زيارته، حديثها، بلادهم: a noun with a possessive pronoun ends a name (a name's own ة stays: حمزة، and the ه of a joined الله: نصرالله). */
const hasPronounSuffix = (spelling: Spelling) => /(?:ه|ها|هم|هما|هن)[\u064b-\u0652]*$/.test(spelling.text) && joinedTailOf(spelling.folded) === undefined;

/**
 * سيغيب، ستغيب: س and an imperfect verb (of a subject he or she), not a noun with a long vowel after it or
 * in ة (سيارة، ستار). Asked only after two names: foreign names start with سي and ست too (سيلفا، ستيفن).
 */
const isFutureVerb = (folded: string) => /^س[يت][^ا].{2,}$/.test(folded) && !folded.endsWith('ه');

/**
 * يحتاج، سيرتدي: an imperfect verb, or one with the س of the future and he as its subject (isFutureVerb);
 * not a noun (سياسي، سيارة). Names start with سي too (سيميوني): a verb only before its object.
 */
const isImperfectVerb = (folded: string) => folded[0] === 'ي' || (folded[1] === 'ي' && isFutureVerb(folded));

/** A word without its ending of a plural in ات or an accusative in ا, if it has one: حفلات، حفلا → حفل. */
const withoutObjectEnding = (folded: string) => (folded.endsWith('ات') ? folded.slice(0, -2) : folded.endsWith('ا') ? folded.slice(0, -1) : undefined);
const LONG_VOWEL = /[اوي]/;

/**
 * تضررت، تعرضت، أغلقت، أعلنت: a past verb of a feminine subject, of the تفعّل and تفاعل forms or of the أفعل
 * form (its alef folded, no long vowel inside), which no name part looks like.
 */
const isPastVerb = (folded: string) => folded.length >= 5 && folded.endsWith('ت') && (folded[0] === 'ت' || (folded.length === 5 && folded[0] === 'ا' && !LONG_VOWEL.test(folded.slice(1, 4))));

/**
 * انسحب، اعتذر، اضطر، اتصل، انهار، اجتاح، استمر، استقال (without harakat): a past verb of the انفعل، افتعل and
 * استفعل forms, whose bare alef is wasl. A foreign name so shaped is written with its hamza (أندرس، إنتر), and one in ة
 * or ه (انقرة) is no such verb.
 */
const isWaslPastVerb = (light: string) => /^ا(?:ن[^اوي]{1,2}|ن[^اوي]ا|[^اوي][تطد][^اوي]?|[^اوي][تطد]ا|ت[^اوي]|ست(?:[^اوي]{1,2}|[^اوي]ا))[^اويهة]$/.test(light);

/** تشكيل، تمرير، تعيين، تسيير، تراجع، تبادل، تلقي: the verbal noun of the تفعيل، تفاعل and تفعّل (of a weak root) patterns, and the past verb folded like the last (تلقى). */
const isVerbalNoun = (folded: string) => /^ت(?:[^اوي]{2}ي[^اويه]|[^اوي]يي[^اويه]|[^اوي]ا[^اوي]{2}|[^اوي]{2}ي)$/.test(folded);

/** تعاون، تناول، تشاور (folded): the تفاعل verbal noun of a root whose second radical is و or ي, which isVerbalNoun leaves out. */
const HOLLOW_TAFAAUL = /^ت[^اوي]ا[وي][^اويه]$/;

/**
 * توضيح، توفير، توقيع: the تفعيل verbal noun of a root whose first radical is و, which isVerbalNoun leaves
 * out for the names so shaped (توريس، توفيق); after ب or ل it is the verbal noun.
 */
const isVerbalNounOfWawRoot = (folded: string) => /^تو[^اوي]ي[^اويه]$/.test(folded);

/**
 * بثقة، بسرعة، لتنفيذ، بتوضيح، بهدف، بلقب، بالتشكيل: ب or ل with a noun in ة, a verbal noun (folded: ة is ه) or a
 * word that is never a name, not بو… (بوزيدة).
 */
const isPhraseAfterName = (folded: string) => {
  if (folded.length < 4 || (folded[0] !== 'ب' && folded[0] !== 'ل') || folded[1] === 'و') return false;
  // With the article too (بالتشكيل، للتنفيذ); a surname in بال has no verbal noun after it (بالحاج).
  const rest = folded[1] === 'ا' && folded[2] === 'ل' ? folded.slice(3) : folded[0] === 'ل' && folded[1] === 'ل' ? folded.slice(2) : folded.slice(1);
  return folded.endsWith('ه') || isVerbalNoun(rest) || isVerbalNounOfWawRoot(rest) || NOT_NAMES.has(rest);
};

/** How something is said, before what is said (قال بصراحة إن), folded. */
const MANNERS_OF_SAYING: ReadonlySet<string> = new Set(
  ['بصراحة', 'بشدة', 'بثقة', 'بمرارة', 'بحسرة', 'بسخرية', 'بجدية', 'بدقة', 'بحدة', 'بلهجة'].map((word) => foldName(word)),
);

/**
 * حركة الإمدادات، تنظيم الدولة، حركة السفن: a trigger with only an article-led common noun or plural in
 * ات after it is in its ordinary sense (movement, body), not naming an organisation (a plural in ين may
 * name a party: حزب المحافظين).
 */
const isCommonArticleNoun = (folded: string) => hasArticle(folded) && (NOT_NAMES.has(folded.slice(2)) || /^.{2,}ات$/.test(folded.slice(2)));

/**
 * حركة التجارة، حركة الملاحة البحرية: حركة before an activity with the article is that activity's movement,
 * alone or with an adjective; another trigger names a body of it (هيئة الطيران المدني).
 */
const isActivity = (folded: string) => hasArticle(folded) && ACTIVITY_NOUNS.has(folded.slice(2));
const MOVEMENT = foldName('حركة');

/**
 * حركة الزوار الإيرانيين، حركة اللاجئين السوريين: people named by a plural nationality are what the
 * trigger's ordinary sense moves, not an organisation's name.
 */
const isPeopleOfCountry = (folded: string) => /^ال.{2,}يين$/.test(folded);

/** استشارية، حقوقية (folded): an indefinite feminine nisba. */
const isFeminineNisba = (folded: string) => folded.length >= 5 && !hasArticle(folded) && folded.endsWith('يه');

/** An indefinite adjective that describes what a trigger names (folded): a feminine nisba, or one of size, age, kind or use. */
const isDescribing = (folded: string) => isFeminineNisba(folded) || DESCRIBING_ADJECTIVES.has(folded);

/**
 * An adjective with the article of where a place lies or what befell it, masculine or feminine (كيليس
 * الحدودية، درنة الساحلية، المدينة المقابلة), folded. Not one a name may end with: a direction (الغوطة
 * الشرقية), age or use (كفر سعد الجديدة، مطار الملك فهد الدولي).
 */
const isLocatingWithArticle = (folded: string) => {
  const stem = folded.slice(2);
  return LOCATING_ADJECTIVES.has(stem) || (stem.endsWith('ه') && LOCATING_ADJECTIVES.has(stem.slice(0, -1)));
};
/** Where a place lies or what befell it (قريب، مجاور، منكوب): with ة too, what an indefinite trigger may take (DESCRIBING_ADJECTIVES). */
const WHERE_A_PLACE_LIES = ['مجاور', 'قريب', 'بعيد', 'مقابل', 'معزول', 'منكوب', 'متضرر'];
/** The nisbas of where a place lies (حدودي، ساحلي). */
const LOCATING_NISBAS = ['حدودي', 'ساحلي', 'جبلي', 'صحراوي'];
const LOCATING_ADJECTIVES: ReadonlySet<string> = new Set([...WHERE_A_PLACE_LIES, ...LOCATING_NISBAS, 'نائي', 'محاصر'].map((word) => foldName(word)));

/**
 * بدأت، رفضت، شهدت (folded): a past verb of a feminine subject, four letters, the form of a place's or a
 * body's verb; not a given name of that shape, which a place may take (تل رفعت، حي نشأت).
 */
const isShortFemininePastVerb = (folded: string) => folded.length === 4 && folded.endsWith('ت') && !hasArticle(folded) && !GIVEN_NAMES_IN_TA.has(folded);

/** The ending of a verb of saying whose subject is plural or dual: قالوا، يقولون، يقولان. */
const PLURAL_VERB_ENDING = /(?:وا|ون|ان)$/;

/** A number, after و or not: 31، و12، ٥. */
const COUNT = /^و?[0-9٠-٩]+$/;

/** A comma between two words, spaced as it may be. */
const COMMA_GAP = /^ *[،,] *$/;

/** Between a noun and the name it introduces in quotation marks: ` «`. */
const OPENING_QUOTE = /^ ?[«“"]$/;

/**
 * A few folded words, with their wordHashes: NameFinder.isOneOf tells a word that is none of them by its
 * hash, without reading its letters.
 */
class HashedWords {
  private readonly words: ReadonlySet<string>;
  private readonly hashes: Int32Array;

  constructor(words: readonly string[]) {
    this.words = new Set(words);
    this.hashes = Int32Array.from(this.words, (word) => wordHash(word, 0));
  }

  /** Whether a word whose folded form has this wordHash may be one of them. */
  mayHave(hash: number): boolean {
    for (let k = 0; k < this.hashes.length; k++) if (this.hashes[k] === hash) return true;
    return false;
  }

  has(folded: string): boolean {
    return this.words.has(folded);
  }
}

/**
 * وانغ، وونغ، يونغ، يانغ (ج for غ too): a syllable of an East Asian name, its و no conjunction and its ي
 * no verb's.
 */
const EAST_ASIAN_SYLLABLE = /^[وي][او]?ن[غج]$/;

/** A syllable of a Chinese or Korean name in نغ (ج for غ too): جونغ، ميونغ، بينغ، تشيانغ، وانغ، هوانغ. */
const EAST_ASIAN_NG_SYLLABLE = /^(?:تش|[^ا])[يو]?[اوي]?ن[غج]$/;

/**
 * A person's name read family name first, as Chinese and Korean names are written in Arabic news: two or
 * three words, a listed East Asian family name first and a syllable in نغ among them (شي جين بينغ، كيم
 * جونغ أون، وانغ يي), none with the article. Its family name alone is the person again (… وقال شي،
 * وأضاف كيم), not its last word. Not كيم كارداشيان, nor نيل يونغ, جيري يانغ (given name first).
 */
function isFamilyNameFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !EAST_ASIAN_FAMILY_NAMES.has(words[0])) return false;
  let syllable = false;
  for (const word of words) {
    // A word with the article is an Arabic one read into the name (وانغ بتيسير الكهربائي).
    if (hasArticle(word)) return false;
    syllable ||= EAST_ASIAN_NG_SYLLABLE.test(word);
  }
  return syllable;
}

/** A syllable in نغ written in نج, or the other way round (وانغ، وانج); another word as it is. */
const withOtherNg = (word: string) => (EAST_ASIAN_NG_SYLLABLE.test(word) ? word.slice(0, -1) + (word.endsWith('غ') ? 'ج' : 'غ') : word);

/** The word of a person's name that a later mention by the family name repeats: its first for a name read family name first, else its last. */
const familyNameIndex = (words: readonly string[]) => (isFamilyNameFirst(words) ? 0 : words.length - 1);

/** Family names of two letters (لي، شي) are Arabic words too: alone, only a cue or the list makes them a name. */
const MIN_REPEATED_FAMILY_NAME = 3;

/** مجلس, and the administration it is the board of: مجلس الإدارة، مجلس إدارة الشركة، مجلس إدارتها. */
const BOARD = foldName('مجلس');
const ADMINISTRATION = foldName('إدارة');
const BOARD_OF: ReadonlySet<string> = new Set(['إدارة', 'الإدارة', 'إدارته', 'إدارتها'].map((word) => foldName(word)));

const NASAB_WORDS = new HashedWords(NASAB_WORD_LIST);
const ALEF_MAQSURA_OR_YA = 'ىي';
const REVIVES = 'يحيي';
const REMEMBRANCE = 'ذكرى';
const lastLetter = (light: string) => light.charAt(light.length - 1);
/**
 * Words written with a hamza, or none, that a listed name's word has another of: common words (أمام/إمام،
 * أبي/آبي، آمل/أمل، آمين/أمين) and the villages of إبل, written bare (بلدة ابل السقي، عين ابل/أبل).
 */
const OTHER_WORDS_AS_WRITTEN: ReadonlySet<string> = new Set(['أمام', 'أبي', 'آمل', 'آمين', 'أب', 'ابل']);
/** Letters of a surname in بن joined (بنكيران) above which its rest is a name of three letters or more. */
const JOINED_NASAB_MIN = 4;
const GOD_WORD = new HashedWords(['الله']);
/** Whom something is said to, after a verb of saying: وقال لنا إن (لنا is a given name too). */
const TOLD_WHOM = new HashedWords(['لنا', 'لي', 'له', 'لها', 'لهم', 'لكم', 'لهما', 'لهن']);
/** Kuwait's ruling family, whose name ends a name of its sheikhs wherever it stands (أحمد نواف الأحمد الصباح). */
const SABAH = new HashedWords(['الصباح']);
/** The titles of a head of state, with a proclitic: after one a listed surname in ي is the person's (الرئيس السيسي). */
const HEAD_OF_STATE_TITLES = new HashedWords(['الرئيس', 'والرئيس', 'للرئيس', 'بالرئيس', 'فالرئيس', 'الملك', 'والملك', 'للملك', 'المشير', 'والمشير'].map((word) => foldName(word)));
/** His or her counterpart, whose nationality follows: نظيره السوداني is no السوداني. */
const COUNTERPARTS = new HashedWords(['نظيره', 'نظيرته', 'نظيرها', 'نظيريه', 'نظراءه', 'نظرائه', 'ونظيره', 'ونظيرته', 'ونظيرها'].map((word) => foldName(word)));
const LED_BY_WORDS = new HashedWords([...LED_BY]);
/** Given names shaped like a feminine past verb (رفعت، نشأت، حكمت), folded: places are named after them too. */
const GIVEN_NAMES_IN_TA: ReadonlySet<string> = new Set(
  ['رفعت', 'عصمت', 'حكمت', 'نشأت', 'مدحت', 'شوكت', 'بهجت', 'صفوت', 'ثروت', 'نعمت', 'رأفت', 'ألفت', 'طلعت', 'عزت'].map((name) => foldName(name)),
);
const HONORIFIC_WORDS = new HashedWords([...HONORIFIC_NOUNS]);
const HONOURED_TITLE_WORDS = new HashedWords([...HONOURED_TITLES]);
/** صاحب, folded: the head of صاحب السمو، صاحب الجلالة. */
const OWNER = foldName('صاحب');
/** أما and وأما, folded: a ف after the phrase they open answers them. */
const AMMA = new HashedWords(['أما', 'وأما'].map((word) => foldName(word)));
/** آل, folded: the family whose name the word after it is. */
const FAMILY_WORD = new HashedWords([foldName('آل')]);
const FOREIGN_PARTICLES = new HashedWords([...SURNAME_PARTICLES]);
/** The words before the name an alias is introduced by (ALIAS_INTRODUCTION), folded. */
/** Particles only a verb follows, folded: لن، لم، كي، لكي، لئلا. */
const VERB_PARTICLES = new HashedWords(['لن', 'لم', 'كي', 'لكي', 'لئلا'].map((word) => foldName(word)));
const ALIAS_INTRODUCERS = new HashedWords(
  ['المعروف', 'المعروفة', 'معروف', 'يعرف', 'تعرف', 'الملقب', 'الملقبة', 'ملقب', 'الشهير', 'الشهيرة', 'المشهور', 'المشهورة', 'المكنى', 'يكنى'].map((word) => foldName(word)),
);
const OGLU_WORD = new HashedWords([OGLU]);
const SAYYID = new HashedWords([foldName('السيد')]);
/** العام, folded: a common noun (the year) that is also a title's adjective (الأمين العام، النائب العام). */
const GENERAL = foldName('العام');
/** A subject's own country, government or people, folded: a noun before them is in construct (isInConstructWithOwn). */
const SUBJECTS_OWN = new HashedWords(['بلاده', 'بلادها', 'بلادهم', 'حكومته', 'حكومتها', 'حكومتهم', 'دولته', 'دولتها', 'شعبه', 'شعبها'].map((word) => foldName(word)));
/** The fewest letters of a second surname in ا or ات after a foreign given name's first, its ending off (isSurnameAfterGivenNames). */
const MIN_SECOND_SURNAME = 6;
/** The longest accusative in ا, its ending included, that isShortIndefiniteNoun takes for an Arabic noun (خطابا، اجتماعا). */
const MAX_SHORT_ACCUSATIVE = 6;
/** برنامج, folded: what a title may be of (مدير برنامج الطوارئ), though no organisation's cue (a plan, a show). */
const PROGRAMME = foldName('برنامج');
/** STATUS_ADJECTIVES, told by hash first. */
const STATUS_WORDS = new HashedWords([...STATUS_ADJECTIVES]);
/** The words a company's name may end with after the listed name (تويوتا موتور، علي بابا غروب), folded. */
const COMPANY_NAME_TAILS = new HashedWords(['موتور', 'موتورز', 'غروب', 'هولدينغ', 'إنترناشونال', 'كوربوريشن', 'إنرجي'].map((word) => foldName(word)));
/**
 * Adjectives a title with the article takes that are no nisba (الأمين العام، المبعوث الخاص، الفنان القدير),
 * besides those of TITLE_LINKS (السابق، الجديد), folded.
 */
const TITLE_ADJECTIVES: ReadonlySet<string> = new Set(
  [
    ...['العام', 'الراحل', 'الراحلة', 'الجديدة', 'الأعلى', 'الأول', 'الثاني', 'المساعد', 'المساعدة', 'الخاص', 'الخاصة', 'الدائم', 'الدائمة'],
    ...['المقيم', 'المكلفة', 'المؤقت', 'المنتخب', 'المنتخبة', 'المقال', 'المخلوع', 'المعزول', 'الفخري', 'المناوب', 'الشهير', 'الشهيرة'],
    ...['الكبير', 'الكبيرة', 'القدير', 'القديرة', 'الشاب', 'الشابة', 'المخضرم', 'المعتزل'],
  ].map((word) => foldName(word)),
);
/** في، إلى and لدى, folded: where a title is held or to whom an envoy is sent (see afterTitle). */
const IN_OR_TO = new HashedWords(['في', 'الي', 'لدي']);
/** ابن and ابنة, folded. */
const SON_OR_DAUGHTER: ReadonlySet<string> = new Set(['ابن', 'ابنه']);
/** The relatives whose son or daughter a story names by the relation (ابن عم، ابنة شقيق), folded. */
const KIN: ReadonlySet<string> = new Set(['عم', 'عمه', 'خال', 'خاله', 'اخ', 'اخت', 'اخي', 'شقيق', 'شقيقه'].map((word) => foldName(word)));
/** A word led by a preposition and the article (بالسعي، للحكومة، وبالقرار), folded. */
const PREPOSITION_AND_ARTICLE = /^[وف]?(?:[بك]ال|لل)/;

/** The forms of each line, split at spaces, letter-folded as names are. */
const wordForms = (lines: readonly string[]): ReadonlySet<string> => new Set(lines.flatMap((forms) => forms.split(' ')).map((word) => foldName(word)));

/** Verbs of news prose whose object ب leads, in the forms wire copy writes them, letter-folded. */
const VERBS_TAKING_BI = wordForms([
    'رحب رحبت رحبوا يرحب ترحب',
    'أشاد أشادت أشادوا يشيد تشيد',
    'ندد نددت نددوا يندد تندد',
    'طالب طالبت طالبوا يطالب تطالب',
    'تمسك تمسكت يتمسك تتمسك',
    'اعترف اعترفت يعترف تعترف',
    'تعهد تعهدت يتعهد تتعهد',
    'التزم التزمت يلتزم تلتزم',
    'أمر أمرت يأمر تأمر',
    'أوصى أوصت يوصي توصي',
    'نوه نوهت ينوه تنوه',
    'هنأ هنأت يهنئ تهنئ',
    'فاز فازت يفوز تفوز',
    'احتفل احتفلت يحتفل تحتفل',
    'تقدم تقدمت يتقدم تتقدم',
    'اتهم اتهمت يتهم تتهم',
    'أصيب أصيبت أصيبوا يصاب تصاب',
    'أدلى أدلت يدلي تدلي',
    'قام قامت يقوم تقوم',
  ]);

/** وسام, folded: a given name and a decoration (isAwardedDecoration). */
const DECORATION = foldName('وسام');

/**
 * Verbs that give or win an honour, and the participles of who won one (الفائز بـ، الحائز على), in the
 * forms wire copy writes them, letter-folded: وسام after them is the decoration (isAwardedDecoration).
 */
const AWARDING_VERBS = wordForms([
    'منح منحت منحه منحها يمنح تمنح',
    'قلد قلدت قلده قلدها يقلد تقلد تقلدت يتقلد',
    'نال نالت ينال تنال',
    'حاز حازت يحوز تحوز',
    'تسلم تسلمت يتسلم استلم استلمت يستلم',
    'أهدى أهدت يهدي تهدي',
    'توج توجت يتوج تتوج',
    'أحرز أحرزت يحرز تحرز',
    'الفائز الفائزة الحائز الحائزة الحاصل الحاصلة',
  ]);

/** The relative pronouns, letter-folded: a verb follows them. */
const FOLDED_RELATIVE_PRONOUNS = new HashedWords(RELATIVE_PRONOUNS.map((pronoun) => foldLetters(pronoun)));

/** Words after which a verb comes (فيما كرم، كما شكر), folded, with و or ف or not. */
const VERB_LEADERS: ReadonlySet<string> = new Set(['فيما', 'كما', 'بينما', 'حيث', 'ثم', 'قد', 'لقد', 'عندما', 'بعدما', 'حين'].map((word) => foldName(word)));

/** The governments of a place, in construct with it after a title (رئيس حكومة إقليم كردستان), folded. */
const GOVERNING_BODIES: ReadonlySet<string> = new Set(['حكومة', 'مجلس'].map((word) => foldName(word)));

/** Directions after a place (الحوز جنوب مراكش) end its name. */
const DIRECTIONS = new Set(['جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'جنوبي', 'شمالي', 'شرقي', 'غربي']);

/** A folded word without the و or ف before it, short prepositions too (وفي، ومن): withoutConjunction spares words of three letters. */
const prepositionOf = (folded: string) => (folded[0] === 'و' || folded[0] === 'ف') && folded.length === 3 ? folded.slice(1) : withoutConjunction(folded);

/** Prepositions before a place, folded: where an unlisted spelling of a place is looked for (findLooseName). */
const PLACE_PREPOSITIONS = new Set(['في', 'الي', 'من', 'عن', 'قرب', 'حول', 'داخل', 'خارج', 'نحو', 'عبر', 'باتجاه', 'انحاء', 'ضواحي', ...DIRECTIONS]);

/**
 * A speaker read after a verb of saying that is a common noun: a plural participle alone (مراقبون), or one with its adjective: a plural with an
 * adjective (منظمات حقوقية، مرشحون مستقلون), a feminine noun with its adjective (تعلن خطة جديدة), or
 * any noun with an indefinite feminine nisba after it (تاجر مواد غذائية); a name's own ية comes after a
 * connector (حسام أبو صفية) or is short (عطية).
 */
function isCommonNounPhrase(words: readonly string[]): boolean {
  if (words.length < 2) return words.length === 1 && isParticiplePlural(words[0]);
  if (/(?:ات|ون|ين)$/.test(words[0]) && /(?:ات|ون|ين|يه|ي)$/.test(words[1])) return true;
  // خطة جديدة: a feminine noun and its adjective.
  if (words.length === 2 && words[0].endsWith('ه') && words[1].endsWith('ه')) return true;
  for (let k = 1; k < words.length; k++) if (words[k].length >= 5 && words[k].endsWith('يه') && !NAME_CONNECTORS.has(words[k - 1])) return true;
  return false;
}

/**
 * A third part of a name in ون that is no participle's plural is a surname (سيدني ماكلولين ليفرون، أحمد
 * سعيد حسون): a plural in ون is a subject, which does not follow a name; the object's endings (ين، ات، ا)
 * do (كيليان مبابي هدفين). Not a word of three letters (عون، كون).
 */
const isSurnameInOn = (folded: string) => folded.length > 3 && folded.endsWith('ون') && !isParticiplePlural(folded);

/**
 * مراقبون، مشاركين، ممثلين: a plural of a participle, with no long vowel after its م, where a name has one
 * (ماكرون، ميمون، مارتين).
 */
const isParticiplePlural = (folded: string) => folded.length >= 6 && folded[0] === 'م' && (folded.endsWith('ون') || folded.endsWith('ين')) && !LONG_VOWEL.test(folded[1]);

/** A word that ends a name or keeps one from starting: a function word, a title, a trigger, a verb of saying. */
function isStop(folded: string, raw: string): boolean {
  return NOT_NAMES.has(folded) || RAW_FUNCTION_WORDS.has(normalizeLight(raw)) || isTitle(folded) || PLACE_TRIGGERS.has(folded) || ORGANISATION_TRIGGERS.has(folded) || isSpeechVerb(raw) || isDetachedProclitic(folded, raw);
}

/** لـ«الوكالة»، بـ"الحل": a proclitic held apart by its tatweel belongs to what follows, never to a name before it. */
const isDetachedProclitic = (folded: string, raw: string) => isProcliticLetter(folded) && raw.includes('\u0640');

const enum Cue {
  Unknown,
  None,
  Title,
  WeakTitle,
  Place,
  Organisation,
  Verb,
  /** أبو, which a kunya opens (أبو هريرة، أبو عبيدة): a name of its own. */
  Kunya,
}

/**
 * The nouns of places and organisations that, after a preposition or و, are more often another word: with
 * any proclitic, تنظيم (organising), مقاطعة (boycotting), قضاء (by decree) and ناحية (من ناحية أخرى); after و
 * or ف, سهل (eased), تحالف (allied), نادي (نادى, called) and نهر (scolded); حي after any but ب (وحي,
 * revelation; لحى, beards). Folded.
 */
const TRIGGERS_WITHOUT_PROCLITICS: ReadonlySet<string> = new Set(['تنظيم', 'مقاطعة', 'قضاء', 'ناحية'].map((word) => foldName(word)));
const TRIGGERS_WITHOUT_CONJUNCTION: ReadonlySet<string> = new Set(['سهل', 'تحالف', 'نادي', 'نهر'].map((word) => foldName(word)));
const NEIGHBOURHOOD = foldName('حي');
const PREPOSITIONS_BEFORE_TRIGGERS = ['ب', 'ل', 'وب', 'ول', 'فب', 'فل'];
const CONJUNCTIONS = ['و', 'ف'];

/**
 * Each written form of the nouns that introduce a place or an organisation (PLACE_TRIGGERS,
 * ORGANISATION_TRIGGERS), folded, with the noun: the noun alone and after a preposition or و (بمدينة،
 * للعاصمة، وبلدة، لشركة), but the nouns above.
 */
const TRIGGER_FORMS = new Map<string, string>();
for (const trigger of [...PLACE_TRIGGERS, ...ORGANISATION_TRIGGERS]) {
  TRIGGER_FORMS.set(trigger, trigger);
  if (TRIGGERS_WITHOUT_PROCLITICS.has(trigger)) continue;
  const proclitics =
    trigger === NEIGHBOURHOOD ? ['ب'] : TRIGGERS_WITHOUT_CONJUNCTION.has(trigger) ? PREPOSITIONS_BEFORE_TRIGGERS : [...PREPOSITIONS_BEFORE_TRIGGERS, ...CONJUNCTIONS];
  for (const proclitic of proclitics) TRIGGER_FORMS.set(proclitic + afterProclitic(proclitic, trigger), trigger);
}

/** A written place's or organisation's noun (TRIGGER_FORMS) without its proclitics; the word itself if it is none. */
const bareTrigger = (folded: string) => TRIGGER_FORMS.get(folded) ?? folded;

/** Titles by their folded form, with و/ف before them too (والرئيس), and the forms of TRIGGER_FORMS. */
const CUE_WORDS = new Map<string, Cue>();
for (const [words, cue] of [
  [PERSON_TITLES, Cue.Title],
  [WEAK_TITLES, Cue.WeakTitle],
] as const) {
  for (const word of words) for (const form of [word, 'و' + word, 'ف' + word]) if (!CUE_WORDS.has(form) || cue === Cue.WeakTitle) CUE_WORDS.set(form, cue);
}
for (const [form, trigger] of TRIGGER_FORMS) if (!CUE_WORDS.has(form)) CUE_WORDS.set(form, PLACE_TRIGGERS.has(trigger) ? Cue.Place : Cue.Organisation);

/** The cue a word is; a place's or an organisation's only when lettersBits found the word a trigger (`trigger`). */
function cueOfWord(folded: string, trigger: boolean): Cue {
  const cue = CUE_WORDS.get(folded);
  if (cue !== undefined && (trigger || (cue !== Cue.Place && cue !== Cue.Organisation))) return cue;
  return isSpeechVerb(folded) ? Cue.Verb : withoutConjunction(folded) === KUNYA_HEAD ? Cue.Kunya : Cue.None;
}

/**
 * What a written word can be, as bits worked out once per spelling (the last four once per list): the
 * detector's passes read one number per word instead of looking its letters up in word lists, and skip
 * the words that can be nothing (most of them).
 */
const CUE_BITS = 7; // Cue
/** A reading is a given name that is not also a common word: a person's name may start here. */
const GIVEN = 1 << 3;
/** A function or common word: never a name (NOT_NAMES, and على، إلى، حتى …). */
const NOT_NAME = 1 << 4;
/** An Arabic word: the only words that can be names. */
const ARABIC = 1 << 5;
/** isStop: a word that ends a name or keeps one from starting. */
const STOP = 1 << 6;
/** A possessive pronoun at the end (hasPronounSuffix). */
const PRONOUN = 1 << 7;
/** The article ال (hasArticle). */
const ARTICLE = 1 << 8;
/** An article-led nisba (isNisba): السوداني. */
const NISBA = 1 << 9;
/** A title or role (isTitle). */
const TITLE = 1 << 10;
/** TITLE_LINKS: the rest of a compound title without the article. */
const TITLE_LINK = 1 << 11;
/** A noun that introduces a place or an organisation. */
const TRIGGER = 1 << 12;
/** In NOT_NAMES. */
const COMMON = 1 << 13;
/** NAME_CONNECTORS: عبد، بن، أبو … */
const CONNECTOR = 1 << 14;
/** ل + ال written لل: للأمم. */
const LIL = 1 << 15;
/** و + ال: والري. */
const WAL = 1 << 16;
/** An article-led adjective of nationality or place: الأوكرانية. */
const ADJECTIVE = 1 << 17;
/** A reading is a listed first word (KnownWord.listedAlone, listedByNext). */
const LISTED = 1 << 18;
/** A reading is, or may be an unlisted spelling of, a listed name's first word (KnownWord.looseForms). */
const LOOSE = 1 << 19;
/** isGivenName: a given name, or the first name of a listed person. */
const GIVEN_NAME = 1 << 20;
/** isGivenName after a و or ف. */
const GIVEN_AFTER_CONJUNCTION = 1 << 21;
/** Led by و: may join a place to the one before it (coordinatedPlace). */
const AND = 1 << 22;
/** The word without its first letter, a proclitic (و، ف، ل، ب), is a stop word (isStop): ولكن، بعد. */
const STOP_AFTER_PROCLITIC = 1 << 23;
/** isVerbalNoun: تشكيل، تعيين، تراجع. */
const VERBAL_NOUN = 1 << 24;
/** Ends in ات or ون: a plural, not the surname after a given name. */
const PLURAL_ENDING = 1 << 25;
/** Ends like a dual, a plural or an accusative (ين، ون، ات، ان، ا): not a person's third name. */
const INFLECTED_ENDING = 1 << 26;
/**
 * The given-name reading is one that is also a common word (كريم، سعيد، أمل): it starts a name away from
 * a cue only before a connector (كريم بن عمر), and at a cue only with a name after it (readName).
 */
const AMBIGUOUS_GIVEN = 1 << 27;
/** Ends in ه and has no article: the only words isVerbWithPronoun reads the neighbours of. */
const HEH_ENDING = 1 << 28;
/** The nisba of a listed place in a spelling of it the house does not use (nisbaVariantOf). */
const NISBA_VARIANT = 1 << 29;
/** The nisba of a listed place with the article, one person's (الإثيوبية، التشيكي): an athlete is introduced by it. */
const NATIONALITY = 1 << 30;
/** The bits of Cue.Title and the cues after it that Cue.Unknown and Cue.None (0 and 1) lack. */
const CUE_FROM_TITLE = 6;
const isCue = (cls: number) => (cls & CUE_FROM_TITLE) !== 0;
/** What findCued starts at: a cue, a given name, a word led by و (after a place), a nationality. */
const MAY_START_CUED = CUE_FROM_TITLE | GIVEN | AMBIGUOUS_GIVEN | AND | NATIONALITY;
/** 1 if the class has any of `bits` (none of them the sign bit), else 0, without a branch. */
const anyOf = (cls: number, bits: number) => -(cls & bits) >>> 31;
/** An Arabic word that is no common word: what a repetition of a name may start with (findRepeated). */
const mayRepeat = (cls: number) => (cls & (ARABIC | NOT_NAME)) === ARABIC;
/**
 * Whether such a word may be an unlisted spelling of a name found at a cue (findLooseName): one without the
 * article (LooseNames.add), so no word with it; nor a cue, a stop word, one with a pronoun, a given name or a
 * verbal noun.
 */
const maySpellSurname = (cls: number) => !(cls & (ARTICLE | STOP | PRONOUN | GIVEN_NAME | VERBAL_NOUN)) && !isCue(cls);

/** The bits of a word that its letters alone decide, whether it is Arabic or not. */
function lettersBits(spelling: Spelling): number {
  const { folded } = spelling;
  // The article is written with a bare alef: ألكسندر and ألمانيا fold like article-led words, and are not.
  const led = !HAMZA_ALEF.test(spelling.light);
  let bits = 0;
  if (isStop(folded, spelling.text)) bits |= STOP;
  if (hasPronounSuffix(spelling)) bits |= PRONOUN;
  if (led && hasArticle(folded)) bits |= ARTICLE;
  if (led && isNisba(folded)) bits |= NISBA;
  if (isTitle(folded)) bits |= TITLE;
  if (TITLE_LINKS.has(folded)) bits |= TITLE_LINK;
  if (TRIGGER_FORMS.has(folded) && !AND_BEFORE_HAMZA.test(spelling.light)) bits |= TRIGGER;
  if (NOT_NAMES.has(folded)) bits |= COMMON;
  if (NAME_CONNECTORS.has(folded)) bits |= CONNECTOR;
  if (folded.startsWith('لل')) bits |= LIL;
  if (folded.startsWith('وال')) bits |= WAL;
  if (folded.charCodeAt(0) === 0x0648) bits |= AND;
  const rest = folded.slice(1);
  if (isStop(rest, rest)) bits |= STOP_AFTER_PROCLITIC;
  if (isVerbalNoun(folded)) bits |= VERBAL_NOUN;
  if (/(?:ات|ون)$/.test(folded)) bits |= PLURAL_ENDING;
  if (/(?:ين|ون|ات|ان|ا)$/.test(folded)) bits |= INFLECTED_ENDING;
  if (led && /^ال.{2,}(?:يه|ي)$/.test(folded)) bits |= ADJECTIVE;
  if (folded.endsWith('ه') && !hasArticle(folded)) bits |= HEH_ENDING;
  return bits;
}

const HAMZA_ALEF = /^[أإآ]/;
/** Words of time that are given names too (صباح، فجر), folded: a name only after a title and before the rest of one. */
const TIME_WORDS_AS_GIVEN_NAMES: ReadonlySet<string> = new Set(['صباح', 'فجر'].map((word) => foldName(word)));
/** "Early" after a time word (صباح الباكر), folded. */
const EARLY: ReadonlySet<string> = new Set(['الباكر', 'المبكر'].map((word) => foldName(word)));
/** و before a hamza: a conjunction before a word of its own, not a trigger folded like it (وأدى, and performed, is no وادي, a valley). */
const AND_BEFORE_HAMZA = /^و[أإآ]/;

/** GIVEN_NAMES in every spelling of the seat of their hamza (seatKey): فائز، فايز. */
const GIVEN_NAME_SPELLINGS: ReadonlySet<string> = new Set(Array.from(GIVEN_NAMES, (name) => seatSpellings(seatKey(name))).flat());

/** A given name of GIVEN_NAMES, its hamza on its seat or on the bare letter (فائز، فايز; see seatKey). */
function isArabicGivenName(folded: string): boolean {
  return GIVEN_NAME_SPELLINGS.has(folded);
}

/** An Arabic or a foreign given name (letter-folded). */
export const startsName = (folded: string) => isArabicGivenName(folded) || FOREIGN_GIVEN_NAMES.has(folded);

/** A given name, or the first name of a person on the list. */
function isGivenName(list: NameList, folded: string): boolean {
  return startsName(folded) || list.firstNames.has(folded);
}

/** What the detector knows of a written word: worked out once per spelling, and once more for another list. */
interface KnownWord {
  /** Its readings as proclitics + name (splitsOf). */
  splits: Split[];
  /** The class bits that hold whatever the list. */
  bits: number;
  /** The reading that is a given name (GIVEN, or AMBIGUOUS_GIVEN when it is also a common word). */
  givenName: Split | undefined;
  /** Whether the list is asked at all: على، إلى، حتى are never names. */
  listable: boolean;
  /** The list that `cls` and the listed and loose forms are for. */
  list: NameList | undefined;
  cls: number;
  /**
   * The listed forms of one word a reading is, best score first (see scoreOf), then in the order of the
   * readings and the list; and the longer ones it starts, in that order, by the looseEnds of their second
   * word (undefined when there are none).
   */
  listedAlone: ListedCandidate[];
  listedByNext: Map<number, ListedCandidate[]> | undefined;
  /** The endsBit of each key of listedByNext: most words after one are none of them, told without the map. */
  nextEndsBits: number;
  /** The name a reading is whatever the words around it: the best of listedAlone, when no longer name starts with the word and it is no surname. */
  single: ListedCandidate | undefined;
  /** The listed forms (no aliases) whose first word a reading is or may spell (the second pass of findListed). */
  looseForms: LooseForm[];
  /**
   * A reading is a noun after ب, a word of an idiom or a prayer's name: a listed name read there
   * may be a manner, an idiom or a time (isAdverb, isIdiom, isPrayer), which only the words around it tell.
   */
  readInContext: boolean;
}

/** A listed form whose first word a reading of a written word is. */
interface ListedCandidate {
  split: Split;
  form: ListedForm;
  /** scoreOf the reading and the form: what the match scores if its other words are as listed. */
  score: number;
  /** Its place among the candidates of the word before sorting: equal scores go to the first. */
  order: number;
}

/** A listed form whose first word a reading of a written word is, or may be an unlisted spelling of. */
interface LooseForm {
  /** Which reading (KnownWord.splits). */
  reading: number;
  form: ListedForm;
  /** Its place among the list's forms of its shape (NameList.byFirstShape): equal scores go to the first. */
  order: number;
  /** The reading is the listed word or one vowel or doubling away from it: a spelling anywhere. */
  anywhere: boolean;
  /** The reading is a spelling of the listed word where a cue calls for the entry's kind. */
  atCue: boolean;
}

/** على، إلى، حتى …, with و or ف or not, as written: never a name, though some fold like one (علي). */
const isFunctionWord = (light: string) => RAW_FUNCTION_WORDS.has(withoutConjunction(light));

const knownWordOf = perSpelling((spelling): KnownWord => {
  const { folded } = spelling;
  const splits = splitsOf(folded);
  const word: KnownWord = {
    splits,
    bits: lettersBits(spelling),
    givenName: undefined,
    listable: false,
    list: undefined,
    cls: 0,
    listedAlone: [],
    listedByNext: undefined,
    nextEndsBits: 0,
    single: undefined,
    looseForms: [],
    readInContext: splits.some(({ prefix, stem }) => prefix === 'ب' || IDIOM_HEADS.has(stem) || IDIOM_TAILS.has(stem) || PRAYERS.has(stem) || PARTICLES_AS_NAMES.has(stem)),
  };
  // A word with a Persian letter is Persian (مرگ بر آمریکا) or typed on a Persian keyboard, which
  // persian-letters fixes first: no spelling of an Arabic name.
  if (!isArabicWord(folded) || hasPersianBlockLetter(spelling.text)) return word;
  // على، إلى، حتى fold to علي، الي، حتي, يحيي، ليلي to يحيى، ليلى, and العدوى (infection) or اليمنى (right)
  // to the surnames العدوي، اليمني: ordinary words, whatever a list or given name says, after و or ف too
  // (وعلى الصعيد السياسي).
  const definite = splitDefinite(spelling.light);
  if (
    isFunctionWord(spelling.light) ||
    RAW_ORDINARY_WORDS.has(withoutConjunction(spelling.light)) ||
    NOUNS_IN_ALEF_MAQSURA.has(definite?.stem ?? spelling.light) ||
    (definite !== undefined && DEFINITE_NOUNS_IN_ALEF_MAQSURA.has(definite.stem))
  ) {
    word.bits |= ARABIC | NOT_NAME;
    return word;
  }
  word.listable = true;
  word.bits |= cueOfWord(folded, (word.bits & TRIGGER) !== 0) | ARABIC;
  if (word.bits & COMMON) word.bits |= NOT_NAME;
  // A common word is no proclitic and a given name: برقية (a cable) is no ب + رقية.
  word.givenName = givenNameReading(splits, (word.bits & COMMON) === 0);
  if (word.givenName) word.bits |= AMBIGUOUS_GIVEN_NAMES.has(word.givenName.stem) ? AMBIGUOUS_GIVEN : GIVEN;
  return word;
});

/**
 * The reading of a word that is a given name with the fewest proclitics: كريم is كريم, not ك + ريم, and
 * وكريم is و + كريم, not وك + ريم. With `proclitics` false, only the word as written.
 */
function givenNameReading(splits: readonly Split[], proclitics: boolean): Split | undefined {
  let reading: Split | undefined;
  for (const split of splits) {
    if (split.mergedArticle || (!proclitics && split.prefix !== '') || !startsName(split.stem)) continue;
    if (!reading || split.prefix.length < reading.prefix.length) reading = split;
  }
  return reading;
}

/** One of 32 bits for a looseEnds value, for a filter on a few of them in one number. */
const endsBit = (ends: number) => 1 << (Math.imul(ends, 0x9e3779b1) >>> 27);

/** The columns of wordRowsFor. */
const CLASS = 0;
const FOLDED_HASH = 1;
const HEAD_CODES = 2;
const LOOSE_ENDS = 3;
const ROW_WIDTH = 4;
const NO_KNOWN_WORDS: KnownWord[] = [];

/**
 * For each list, what the constructor of NameFinder reads of every word, by spelling (see SpellingRows):
 * KnownWord.cls, then the wordHash of the folded form, its headCodes and its looseEnds; and the KnownWord
 * of each row, which NameFinder.known finds by the word's row rather than through its spelling's record.
 * The row past the last (MAX_SPELLINGS), worked out again for each word of an older epoch, keeps none.
 */
const wordRowsFor = perList((list) => {
  const known: KnownWord[] = new Array(MAX_SPELLINGS);
  const rows = new SpellingRows(ROW_WIDTH, (spelling, values, at) => {
    const word = knownWord(list, spelling);
    if (at < known.length * ROW_WIDTH) known[at / ROW_WIDTH] = word;
    values[at + CLASS] = word.cls;
    values[at + FOLDED_HASH] = wordHash(spelling.folded, 0);
    values[at + HEAD_CODES] = headCodes(spelling.folded);
    values[at + LOOSE_ENDS] = looseEnds(spelling.folded);
  });
  return { rows, known };
});

function knownWord(list: NameList, spelling: Spelling): KnownWord {
  const word = knownWordOf(spelling);
  if (word.list !== list) {
    word.list = list;
    const listed = word.listable ? listedFormsOf(list, word.splits, spelling.light) : [];
    word.listedAlone = listed.filter((c) => c.form.words.length === 1);
    word.listedByNext = undefined;
    word.nextEndsBits = 0;
    for (const candidate of listed) {
      if (candidate.form.words.length === 1) continue;
      word.listedByNext ??= new Map();
      const next = candidate.form.ends[1];
      word.nextEndsBits |= endsBit(next);
      const same = word.listedByNext.get(next);
      if (same) same.push(candidate);
      else word.listedByNext.set(next, [candidate]);
    }
    const alone = word.listedAlone[0];
    word.single = !word.listedByNext && alone && alone.form.role !== 'surname' ? alone : undefined;
    word.cls = word.bits;
    // على folds like the given name علي but is never one: a surname after it (على مبابى) is no one else's.
    const mayBeGivenName = !isFunctionWord(spelling.light);
    if (mayBeGivenName && isGivenName(list, spelling.folded)) word.cls |= GIVEN_NAME;
    if (mayBeGivenName && isGivenName(list, withoutConjunction(spelling.folded))) word.cls |= GIVEN_AFTER_CONJUNCTION;
    if (listed.length > 0) word.cls |= LISTED;
    word.looseForms = looseFormsOf(list, word);
    if (word.looseForms.length > 0) word.cls |= LOOSE;
    if (word.listable && nisbaVariantOf(list, spelling.light)) word.cls |= NISBA_VARIANT;
    // والأميركية كاتي ليديكي: a nationality after و introduces the next name of a list of results as well.
    // Not a listed name itself: السعودية is the country, though it is the feminine nisba too.
    if (word.listable && listed.length === 0 && isNationality(list, word.bits & AND ? withoutConjunction(spelling.folded) : spelling.folded)) word.cls |= NATIONALITY;
  }
  return word;
}

/** The listed forms whose first word a reading of the word written `light` is. */
function listedFormsOf(list: NameList, splits: Split[], light: string): ListedCandidate[] {
  const found: ListedCandidate[] = [];
  for (const split of splits) {
    for (const form of list.byFirstWord.get(split.stem) ?? []) {
      if (!split.mergedArticle && !writesShortListedWord(light.slice(split.prefix.length), form.firstLight, split.prefix !== '')) continue;
      found.push({ split, form, score: scoreOf(split, form), order: found.length });
    }
  }
  return found.sort((a, b) => b.score - a.score || a.order - b.order);
}

/**
 * The listed forms the second pass of findListed may match at a word. A form whose first word the word
 * spells as listed was tried by the first pass already, and the words after it are only more covered
 * now; but a lone surname it turned down after a given name (partOfOtherName) may be taken once that
 * given name is found to be part of a listed name.
 */
function looseFormsOf(list: NameList, word: KnownWord): LooseForm[] {
  const found: LooseForm[] = [];
  if (!(word.bits & ARABIC)) return found;
  word.splits.forEach(({ stem }, reading) => {
    // A name too short or too common is no spelling of a listed one.
    if (stem.length < 4 || NOT_NAMES.has(stem)) return;
    list.byFirstShape.get(looseShape(stem))?.forEach((form, order) => {
      const exact = stem === form.words[0];
      if (exact && !(form.role === 'surname' && form.words.length === 1)) return;
      const anywhere = exact || (form.words[0].length >= MIN_ANYWHERE_LETTERS && isLooseVariant(stem, form.words[0], ONE_EDIT));
      const atCue = exact || isLooseVariant(stem, form.words[0], WITH_SOUNDS);
      if (anywhere || atCue) found.push({ reading, form, order, anywhere, atCue });
    });
    const name = otherEnding(stem);
    if (name === undefined) return;
    list.byFirstShape.get(looseShape(name))?.forEach((form, order) => {
      if (form.words[0] === name) found.push({ reading, form, order, anywhere: true, atCue: true });
    });
  });
  return found;
}

/**
 * The written words a name may start, with or without proclitics (what splitsOf reads as that name), as
 * a filter on the hash of each word's folded form: findRepeated asks it about nearly every word of the
 * article, and checks the words it lets through by their readings.
 */
class RepeatedStarts {
  private readonly buckets = new Uint32Array((1 << REPEAT_BITS) / 32);

  /** This filter emptied: one serves every detection, one at a time. */
  cleared(): this {
    this.buckets.fill(0);
    return this;
  }

  /** The folded first word of a name: the word alone, after each proclitic, and ل + ال written لل. Gives its wordHash. */
  add(stem: string): number {
    const whole = wordHash(stem, 0);
    this.mark(whole);
    const merged = stem.length > 2 && stem.startsWith('ال') ? wordHash(stem, 1) : undefined;
    for (const prefix of PROCLITIC_CODES) {
      this.mark(withPrefix(whole, prefix));
      if (merged !== undefined && prefix[0] === LAM) this.mark(withPrefix(merged, prefix));
    }
    return whole;
  }

  /** Whether a word whose folded form has this hash (wordHash) may be one of them. */
  has(hash: number): boolean {
    return this.isMarked(bucketOfHash(hash, FIRST_MULTIPLIER)) && this.isMarked(bucketOfHash(hash, SECOND_MULTIPLIER));
  }

  /** Two buckets of each hash are marked, and a word gets through only if both of its are (a Bloom filter). */
  private mark(hash: number): void {
    this.markBucket(bucketOfHash(hash, FIRST_MULTIPLIER));
    this.markBucket(bucketOfHash(hash, SECOND_MULTIPLIER));
  }

  private isMarked(bucket: number): boolean {
    return (this.buckets[bucket >>> 5] & (1 << (bucket & 31))) !== 0;
  }

  private markBucket(bucket: number): void {
    this.buckets[bucket >>> 5] |= 1 << (bucket & 31);
  }
}

/**
 * An article's names start with some 25 words, each marked with a dozen proclitics or more: one bucket
 * per hash let one word in 40 through for nothing (4 in 5 of the words looked at), two let about one in
 * 400, and the filter stays 2 KB: a larger one, cleared and read for every article, costs in cache what
 * it saves.
 */
const REPEAT_BITS = 14;

/** FNV-1a over the letters from the last to the first, so that a proclitic extends the hash of its name. */
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** The hash of word.slice(from). */
function wordHash(word: string, from: number): number {
  let hash = FNV_BASIS;
  for (let i = word.length - 1; i >= from; i--) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** The hash of prefix + word from the hash of word, the prefix given as PROCLITIC_CODES gives it. */
function withPrefix(hash: number, prefix: readonly number[]): number {
  for (const code of prefix) hash = hashStep(hash, code);
  return hash;
}

/** The letter codes of each of INDEFINITE_PROCLITICS from its last letter to its first: RepeatedStarts.add hashes them for every name. */
const PROCLITIC_CODES = INDEFINITE_PROCLITICS.map((prefix) => [...prefix].reverse().map((letter) => letter.charCodeAt(0)));
const LAM = 0x0644;

function bucketOfHash(hash: number, multiplier: number): number {
  return Math.imul(hash, multiplier) >>> (32 - REPEAT_BITS);
}

const FIRST_MULTIPLIER = 0x9e3779b1;
const SECOND_MULTIPLIER = 0x85ebca6b;

const repeatedStarts = new RepeatedStarts();

/** LooseNames' filter on the first two letters of a word: HEAD_BITS bits of them. */
const HEAD_BITS = 10;
const HEAD_FILTER_BITS = 1 << HEAD_BITS;
const HEAD_MASK = HEAD_FILTER_BITS - 1;

/**
 * The names found at cues whose unlisted spellings are looked for anywhere (findLooseName): people's
 * surnames, and places and organisations of one word; each with its kind.
 */
class LooseNames {
  private names: string[] = [];
  private kinds: NameKind[] = [];
  /** A filter on the first two letters of the names; and their shortest and longest lengths. */
  private readonly heads = new Uint32Array(HEAD_FILTER_BITS / 32);
  /** The last letter of each name (lastLetterOfEnds), which a spelling of it keeps (isLooseVariant). */
  private lastLetters: number[] = [];
  private shortest = Infinity;
  private longest = 0;

  get size(): number {
    return this.names.length;
  }

  /** These names emptied: one serves every detection, one at a time. */
  cleared(): this {
    // A new array: setting an array's length is a call into the runtime.
    if (this.names.length > 0) {
      this.names = [];
      this.kinds = [];
      this.lastLetters = [];
    }
    this.heads.fill(0);
    this.shortest = Infinity;
    this.longest = 0;
    return this;
  }

  /**
   * A name long enough, and not what ordinary words look like: with the article or لل a word of the
   * copy read as a name may be a noun (المقبل/المقابل، للمنظمة/لمنظمة), and a doubled first letter a verb
   * (تتراجع/تراجع).
   */
  add(name: string, kind: NameKind): void {
    if (name.length < MIN_ANYWHERE_LETTERS || isProtected(name) || name.startsWith('ال') || name.startsWith('لل') || name[0] === name[1]) return;
    if (this.names.includes(name)) return;
    this.names.push(name);
    this.kinds.push(kind);
    this.lastLetters.push(lastLetterOfEnds(looseEnds(name)));
    this.addHead(headOf(name, 0));
    // غنابري … وجنابري: the filter lets a word in with the other letter for /g/ first too (kindSpelledBy).
    const g = otherGLetter(name.charCodeAt(0));
    if (g !== name.charCodeAt(0)) this.addHead(headOf(String.fromCharCode(g) + name[1], 0));
    this.shortest = Math.min(this.shortest, name.length);
    this.longest = Math.max(this.longest, name.length);
  }

  private addHead(bit: number): void {
    this.heads[bit >>> 5] |= 1 << (bit & 31);
  }

  /**
   * A cheap test that nearly every word fails, on its headCodes and looseEnds: the word, or the word after
   * a one-letter proclitic (وهولمكفست), starts with a name's first two letters, ends with its last
   * letter, and is as long as it, give or take a letter.
   */
  mayBeIn(code: number, ends: number): boolean {
    return (this.mayBe(code & 0xffff) || this.mayBe(code >>> 16)) && this.lastLetters.includes(lastLetterOfEnds(ends));
  }

  private mayBe(head: number): boolean {
    // The letters first: they turn down nearly every word, where the length goes either way.
    const bit = head & HEAD_MASK;
    if ((this.heads[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    const length = head >>> HEAD_BITS;
    return length >= this.shortest - 1 && length <= this.longest + 1;
  }

  /**
   * The kind of the name `stem` is an unlisted spelling of, if any: one vowel or doubling off, after the
   * same first two letters; or the same letters with ج for غ or غ for ج, anywhere (جنابري for غنابري).
   */
  kindSpelledBy(stem: string): NameKind | undefined {
    const index = this.names.findIndex(
      (name) => stem[1] === name[1] && ((stem[0] === name[0] && isLooseVariant(stem, name, ONE_EDIT)) || writesGOtherwise(stem, name)),
    );
    return index < 0 ? undefined : this.kinds[index];
  }
}

const LOOSE_NAMES = new LooseNames();

/** The first two letters of word.slice(from), as a bit of LooseNames' filter; 0 when it has fewer. */
function headOf(word: string, from: number): number {
  if (word.length < from + 2) return 0;
  return (word.charCodeAt(from) * 0x61 + word.charCodeAt(from + 1)) & HEAD_MASK;
}

/** headOf and the length (up to 63) of word.slice(from), in 16 bits. */
const headCode = (word: string, from: number) => headOf(word, from) | (Math.min(word.length - from, 63) << HEAD_BITS);

/**
 * The headCode of a folded word, and in the upper 16 bits that of the word after a one-letter proclitic
 * (0, of length 0, when there is none): LooseNames.mayBeIn reads it for nearly every word of an
 * article, without the word's text.
 */
const headCodes = (folded: string) => headCode(folded, 0) | ((isProcliticLetter(folded[0]) ? headCode(folded, 1) : 0) << 16);

/**
 * A number for each entry of a list (by ListedForm.entryIndex), for one detection or one forming of
 * entities at a time: stamped, so nothing is cleared between them.
 */
class EntryNumbers {
  private readonly stamps: Int32Array;
  private readonly values: Int32Array;
  private stamp = 0;

  constructor(entries: number) {
    this.stamps = new Int32Array(entries);
    this.values = new Int32Array(entries);
  }

  /** Every number unset. */
  cleared(): this {
    this.stamp++;
    return this;
  }

  /** The entry's number, or -1 if it has none. */
  get(entry: number): number {
    return this.stamps[entry] === this.stamp ? this.values[entry] : -1;
  }

  set(entry: number, value: number): void {
    this.stamps[entry] = this.stamp;
    this.values[entry] = value;
  }
}

/** For each list: the entries a detection's first pass found (their order of first mention), and the listed entities being formed (their place in ListedEntities). */
const numbersFor = perList((list) => ({ present: new EntryNumbers(list.entries.length), formed: new EntryNumbers(list.entries.length) }));

/** cueAtWord codes from 2: none, person, organisation, place. */
const KIND_CODES: (NameKind | undefined)[] = [undefined, 'person', 'organisation', 'place'];

/** إن or أن, alone or with a pronoun: what a speaker said starts here. */
const THAT_CLAUSE: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'انهم', 'انهما', 'انني', 'اننا']);
/** What follows a speaker's name after a verb of saying: the that-clause, or where and when it was said. */
const SAYING_FOLLOWERS = new Set([...THAT_CLAUSE, 'امس', 'اليوم', 'مؤخرا', 'ايضا', 'كذلك', 'بدوره', 'بدورها', 'لوكاله', 'للصحفيين']);

/** Where something is said: في بيان، في مؤتمر صحفي، في كلمة. */
const SAYING_SETTINGS: ReadonlySet<string> = new Set(
  'بيان تصريح تصريحات مؤتمر إفادة كلمة مقابلة حديث تغريدة منشور اتصال رسالة خطاب ختام افتتاح لقاء جلسة ندوة حوار'.split(' ').map((word) => foldName(word)),
);

/** على, folded. */
const ON = foldName('على');
/** The prepositions of verbs of saying before what was said, folded: أشار إلى أن، حذر من أن. */
const TO = foldName('إلى');
const FROM = foldName('من');

/** Where something is said after على: على منصة إكس، على حسابه، على هامش الاجتماع. */
const SAYING_PLATFORMS: ReadonlySet<string> = new Set('منصة حسابه حسابها صفحته صفحتها هامش موقعه موقعها'.split(' ').map((word) => foldName(word)));

const ROLE_RANK: Record<ListedRole, number> = { preferred: 4, variant: 3, surname: 2, alias: 1 };

/**
 * What a match of a listed form scores when its words are spelled as listed (10 less when one is an
 * unlisted spelling): longer names first, then the preferred form over a variant, a surname and an
 * alias, then a reading without proclitics.
 */
function scoreOf(split: Split, form: ListedForm): number {
  return form.words.length * 100 + 10 + ROLE_RANK[form.role] - (split.prefix ? 1 : 0);
}

/** The rank (order of first mention) looseAt gives an entry the article has not named as listed: after every other. */
const ABSENT_RANK = 0xffff;
/** How a listed form matches at a word (NameFinder.matchForm). */
type Match = typeof NO_MATCH | typeof EXACT_MATCH | typeof LOOSE_MATCH;
const NO_MATCH = 0;
const EXACT_MATCH = 1;
/** Some word is an unlisted spelling of the listed one. */
const LOOSE_MATCH = 2;

/** Whether a folded word is the nisba of a listed place, with the article, of one person (الإسبانية، التشيكي). */
function isNationality(list: NameList, folded: string): boolean {
  if (!hasArticle(folded)) return false;
  const stem = folded.endsWith('يه') ? folded.slice(2, -2) : folded.endsWith('ي') ? folded.slice(2, -1) : undefined;
  return stem !== undefined && placeNisbaStems(list).has(stem);
}

/**
 * Idioms whose last word is a listed name: the words before it by that word, folded. حصة الأسد (the lion's
 * share) is no بشار الأسد, nor عين الأسد (an air base), nor صلاة المغرب (the sunset prayer) Morocco, nor
 * لعام مالي سابق (a fiscal year, in every Saudi cabinet statement) Mali, nor إبراهيم الخليل (Abraham, or a
 * man of that name) Hebron.
 */
const IDIOM_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  idiom('الأسد', ['حصة', 'نصيب', 'عرين', 'عين']),
  idiom('المغرب', ['صلاة', 'صلاتي', 'أذان', 'موعد', 'وقت']),
  idiom('مالي', ['عام', 'لعام', 'دعم', 'عجز', 'فائض', 'فساد', 'مستشار', 'خبير', 'محلل', 'مدير', 'وضع', 'استقرار', 'إصلاح', 'نظام', 'تقرير', 'أداء', 'حافز', 'تمويل', 'انضباط', 'مركز', 'ضغط', 'مبلغ', 'عائد', 'سوق', 'قطاع']),
  idiom('سيول', ['أمطار', 'الأمطار', 'غزيرة', 'فيضانات', 'الفيضانات']),
  idiom('الخليل', ['إبراهيم']),
]);

/**
 * Idioms whose first word is a listed name: the words after it by that word, folded. سيول جارفة (torrential
 * floods) is no Seoul, nor درعا بشريا (a human shield) Daraa.
 */
const IDIOM_TAILS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  idiom('سيول', ['جارفة', 'عارمة', 'غزيرة', 'قوية', 'موسمية', 'مفاجئة', 'وفيضانات', 'الأمطار']),
  idiom('درعا', ['بشريا', 'واقيا', 'حصينا', 'منيعا']),
]);

/** Particles that a listed name is written as (لولا, if not for, and Lula), folded. */
const PARTICLES_AS_NAMES: ReadonlySet<string> = new Set([foldName('لولا')]);

/** The five daily prayers by their names, folded. */
const PRAYERS: ReadonlySet<string> = new Set(['الفجر', 'الظهر', 'العصر', 'المغرب', 'العشاء'].map((word) => foldName(word)));

function idiom(name: string, heads: readonly string[]): [string, ReadonlySet<string>] {
  return [foldName(name), new Set(heads.map((head) => foldName(head)))];
}

/** Adjectives of degree after a noun of manner (بحماس كبير، بسلام تام), folded. */
const DEGREE_ADJECTIVES: ReadonlySet<string> = new Set(
  ['كبير', 'كبيرة', 'شديد', 'شديدة', 'بالغ', 'بالغة', 'واضح', 'واضحة', 'لافت', 'لافتة', 'تام', 'تامة', 'منقطع', 'شديدين'].map((word) => foldName(word)),
);

/** Adjectives of size, age, kind and use said of any place or body (شارع جديد، مدينة متوسطة، شركة صغيرة، حي شعبي), folded. */
const DESCRIBING_ADJECTIVES: ReadonlySet<string> = new Set(
  [
    ...['جديد', 'جديدة', 'قديم', 'قديمة', 'كبير', 'كبيرة', 'صغير', 'صغيرة', 'متوسط', 'متوسطة', 'ضخم', 'ضخمة'],
    // Where a place lies and what befell it (قرية قريبة، قرية مجاورة، مدينة منكوبة، مدينة مدمرة).
    ...WHERE_A_PLACE_LIES.flatMap((word) => [word, `${word}ة`]),
    ...['مدمر', 'مدمرة'],
    // The masculine nisbas of a place's kind or use (حي شعبي، مستشفى ميداني، مطار دولي); the feminine ones are isFeminineNisba.
    ...['شعبي', 'سكني', 'تجاري', 'صناعي', 'زراعي', 'سياحي', 'تاريخي', 'أثري', ...LOCATING_NISBAS, 'ريفي'],
    ...['عسكري', 'ميداني', 'حكومي', 'عشوائي', 'رئيسي', 'فرعي', 'محلي', 'دولي'],
  ].map((word) => foldName(word)),
);

/**
 * The article-led second words of given names of two (نور الدين، فاطمة الزهراء، زين العابدين، ماء
 * العينين), each with the first words it makes a given name with, folded. Only these heads: الدين follows
 * other words as "religion" or "debt" (رجال الدين، خدمة الدين).
 */
const GIVEN_NAMES_OF_TWO: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [
    ['الدين', 'نور صلاح عز علاء بدر شمس جمال خير سيف محيي محي نصر تقي حسام عماد ضياء كمال بهاء شرف فخر زين سعد نجم شهاب عصام ناصر سراج نظام معين محب حسن'],
    ['الزهراء', 'فاطمة'],
    ['العابدين', 'زين'],
    ['العينين', 'ماء'],
  ].map(([tail, heads]) => [foldName(tail), new Set(heads.split(' ').map((head) => foldName(head)))]),
);
/** GIVEN_NAMES_OF_TWO's tails: after another word too, a given name of two once a name has started. */
const GIVEN_NAME_TAILS: ReadonlySet<string> = new Set(GIVEN_NAMES_OF_TWO.keys());

const MOHAMED = 'محمد';
const FAL = 'فال';
/** The article-led second words of the Maghreb's given names of two after محمد (محمد الهادي، محمد الأمين), folded. */
const MAGHREB_GIVEN_NAME_TAILS = new HashedWords(['الهادي', 'الطاهر', 'الطيب', 'الفاضل', 'الأمين', 'المنصف', 'الناصر', 'الصادق', 'السعيد', 'المهدي', 'المختار'].map((word) => foldName(word)));

/** Found.words of a listed name. */
const NO_WORDS: string[] = [];

// ---- entities

/**
 * The light form of the name as written (lightName of its text): the words of a name are joined by spaces
 * only, so it is the light forms of its words, the first without its proclitics, one space apart.
 */
function writtenName(words: readonly Word[], found: Found, cut: number): string {
  const head = words[found.first];
  let written = cut === 0 ? head.spelling.light : normalizeLight(head.text.slice(cut));
  for (let k = found.first + 1; k <= found.last; k++) written += ' ' + words[k].spelling.light;
  return written;
}

interface Draft {
  found: Found;
  mention: NameMention;
}

/** The mention's form: the name as written and as it stands alone (light forms, without proclitics). */
function formOf(words: readonly Word[], found: Found): string {
  const written = writtenName(words, found, rawOffset(words[found.first].text, found.split.prefix.length));
  return found.split.mergedArticle ? 'ا' + written : written;
}

/** Whether the names are all written alike (formOf): then none differs. */
function writtenOneWay(words: readonly Word[], names: readonly Found[]): boolean {
  const form = formOf(words, names[0]);
  for (let k = 1; k < names.length; k++) if (!isFormOf(words, names[k], form)) return false;
  return true;
}

/**
 * Whether formOf(words, found) is `form`, without building it: most listed names are written as listed.
 * The light form maps each letter on its own, so the head's without its proclitics is the end of its
 * light form.
 */
function isFormOf(words: readonly Word[], found: Found, form: string): boolean {
  let at = 0;
  if (found.split.mergedArticle) {
    if (form.charCodeAt(0) !== 0x0627) return false;
    at = 1;
  }
  at = afterPart(form, at, words[found.first].spelling.light, found.split.prefix.length);
  for (let k = found.first + 1; k <= found.last && at >= 0; k++) {
    if (form.charCodeAt(at) !== 0x20) return false;
    at = afterPart(form, at + 1, words[k].spelling.light, 0);
  }
  return at === form.length;
}

/** Where `form` goes on after part.slice(from) written at `at`, or -1 if it is not written there. */
function afterPart(form: string, at: number, part: string, from: number): number {
  const length = part.length - from;
  if (at + length > form.length) return -1;
  for (let j = 0; j < length; j++) if (form.charCodeAt(at + j) !== part.charCodeAt(from + j)) return -1;
  return at + length;
}

function draftOf(article: Article, words: readonly Word[], found: Found): Draft {
  const head = words[found.first];
  const cut = rawOffset(head.text, found.split.prefix.length);
  const span = { start: head.start + cut, end: words[found.last].end };
  const form = formOf(words, found);
  const mention: NameMention = {
    span,
    proclitic: head.text.slice(0, cut),
    form,
    role: found.listed?.role ?? 'preferred',
    expected: form,
    differs: false,
    spellingOnly: true,
    quoted: isQuoted(article, span.start),
  };
  return { found, mention };
}

/**
 * For each list, 1 at the entries of people named by more than one word, else 0: an article names
 * dozens of listed entities, whose entries are not read again to tell them.
 */
const fullNamedPeopleOf = perList((list) => Uint8Array.from(list.entries, ({ kind, preferred }) => +(kind === 'person' && preferred.includes(' '))));

/** The names of a listed entity found in the article; its entity is formed later. */
interface ListedEntity {
  entry: NameEntry;
  found: Found[];
  /** Every name is written in the house spelling of what it matched (formOf), and all are one name of the entity: no mention can differ. */
  consistent: boolean;
  /** Lone words of the article that are this person's surname. */
  surnames: Found[] | undefined;
}

/**
 * The entities of the names found, in order of first mention; with `every` false, only those with a
 * mention that differs from its expected form (a listed entity whose mentions are its house spellings of
 * one name, and a name the list does not know mentioned once, are not formed).
 */
function buildEntities(article: Article, detection: Detection, options: FindNamesOptions, every: boolean): NameEntity[] {
  const { words, found } = detection;
  const listedEntities: ListedEntity[] = [];
  /** Those of people named by more than one word, whose surnames groupUnlisted looks for. */
  const listedPeople: ListedEntity[] = [];
  const fullNamed = fullNamedPeopleOf(detection.list);
  const placeOf = numbersFor(detection.list).formed.cleared();
  const unlisted: Found[] = [];
  for (const f of found) {
    const form = f.listed;
    if (!form) {
      unlisted.push(f);
      continue;
    }
    const asHouse = isFormOf(words, f, form.houseLight);
    const place = placeOf.get(form.entryIndex);
    if (place < 0) {
      placeOf.set(form.entryIndex, listedEntities.length);
      // With surnames from the start, unset: every entity has one shape, which V8 keeps as one map.
      const entity: ListedEntity = { entry: form.entry, found: [f], consistent: asHouse, surnames: undefined };
      listedEntities.push(entity);
      if (fullNamed[form.entryIndex]) listedPeople.push(entity);
      continue;
    }
    const listed = listedEntities[place];
    listed.found.push(f);
    listed.consistent &&= asHouse && form.name === listed.found[0].listed!.name;
  }
  const entities: NameEntity[] = [];
  for (const group of groupUnlisted(words, unlisted, listedPeople, every)) {
    if (every || (group.length > 1 && !writtenOneWay(words, group))) entities.push(settleUnlisted(mapPacked(group, (f) => draftOf(article, words, f)), options));
  }
  for (const listed of listedEntities) {
    if (!every && listed.consistent && !listed.surnames) continue;
    entities.push(settleListed(article, listed, words, options));
  }
  const formed = every ? entities : entities.filter((e) => e.mentions.some((m) => m.differs));
  for (const entity of formed) entity.counts = countsOf(entity.mentions);
  return formed.sort((a, b) => a.mentions[0].span.start - b.mentions[0].span.start);
}

function newEntity(kind: NameKind, preferred: string, source: NameEntity['source'], entry?: NameEntry): NameEntity {
  const entity: NameEntity = { kind, preferred, source, mentions: [], counts: [], introduced: false };
  if (entry) entity.entry = entry;
  return entity;
}

/** Each written form with its number of mentions, in order of first use. */
function countsOf(mentions: NameMention[]): NameCount[] {
  const counts: NameCount[] = [{ form: mentions[0].form, count: 1 }];
  for (let i = 1; i < mentions.length; i++) {
    const form = mentions[i].form;
    const counted = counts.find((c) => c.form === form);
    if (counted) counted.count++;
    else counts.push({ form, count: 1 });
  }
  return counts;
}

/**
 * The part of a name a later mention by the family name repeats: its last word, or عبد and its last word
 * (جمال عبد الناصر → عبد الناصر); the first word of a name read family name first (كيم جونغ أون → كيم).
 */
function familyNamePart(text: string): string {
  const words = text.split(' ');
  if (isFamilyNameFirst(foldName(text).split(' '))) return words[0];
  return words.length > 1 && foldName(words[words.length - 2]) === COMPOUND_HEAD ? words.slice(-2).join(' ') : words[words.length - 1];
}

/**
 * A listed entity with its mentions, marked where they differ from the house forms: each is expected in
 * the house spelling of the form it matched (a lone surname found in the article, in the entry's
 * surname). An alias differs when the article also uses another name of the entity and introduces none
 * of them on first mention.
 */
function settleListed(article: Article, listed: ListedEntity, words: readonly Word[], options: FindNamesOptions): NameEntity {
  const { entry } = listed;
  const entity = newEntity(entry.kind, entry.preferred, 'list', entry);
  const drafts = mapPacked(listed.found, (f) => draftOf(article, words, f));
  if (listed.surnames) {
    for (const f of listed.surnames) {
      const draft = draftOf(article, words, f);
      draft.mention.role = 'surname';
      drafts.push(draft);
    }
    drafts.sort((a, b) => a.mention.span.start - b.mention.span.start);
  }
  const houseOf = (draft: Draft) => draft.found.listed?.house ?? familyNamePart(entry.preferred);
  const nameOf = (draft: Draft) => draft.found.listed?.name ?? entry.preferred;
  const counted = (draft: Draft) => !(options.ignoreQuotations && draft.mention.quoted);
  entity.mentions = mapPacked(drafts, (d) => d.mention);
  let twoNames = false;
  let firstName: string | undefined;
  for (let i = 0; i < drafts.length; i++) {
    const name = nameOf(drafts[i]);
    if (i > 0 && !entity.introduced && nameOf(drafts[i - 1]) !== name) entity.introduced = introduces(article, drafts[i - 1].mention, drafts[i].mention);
    if (!entity.introduced && drafts[i].mention.role !== 'alias') entity.introduced = aliasInBrackets(article.source, drafts[i].mention.span.end, entry);
    if (!entity.introduced && drafts[i].mention.role === 'alias') entity.introduced = nisbaOfNameAfter(article.source, drafts[i].mention.span.end, entry.preferred);
    if (!counted(drafts[i])) continue;
    firstName ??= name;
    if (name !== firstName) twoNames = true;
  }
  for (const draft of drafts) {
    const mention = draft.mention;
    mention.expected = houseOf(draft);
    if (!counted(draft)) continue;
    // In quotation marks another name is the speaker's choice or the name itself (اسم "الخليج الفارسي").
    if (mention.role === 'alias' && twoNames && !entity.introduced && !mention.quoted) {
      mention.expected = entry.preferred;
      mention.spellingOnly = false;
    }
    // The listed form's light house spelling was worked out with the list; a surname's or an alias's is not.
    const listed = draft.found.listed;
    mention.differs = !spelledAlike(mention.form, listed && mention.expected === listed.house ? listed.houseLight : lightName(mention.expected));
  }
  return entity;
}

/**
 * `A (B)`, `A المعروف باسم B`, or the two side by side (حركة المقاومة الإسلامية حماس): the text between
 * two names introduces the second.
 */
function introduces(article: Article, a: NameMention, b: NameMention): boolean {
  const between = b.span.start - a.span.end;
  if (between < 0 || between > MAX_RELATED_INTRODUCTION) return false;
  if (b.proclitic === '' && onlySpaces(article.source, a.span.end, b.span.start)) return true;
  const text = foldName(article.source.slice(pastNisbas(article.source, a.span.end), b.span.start));
  return BRACKET_INTRODUCTION.test(text) || ALIAS_INTRODUCTION.test(text) || QUALIFIED_BEFORE_BRACKET.test(text);
}

/**
 * An alias of the entry in brackets right after a mention of its name, written with or without the
 * article: حلف شمال الأطلسي (ناتو) introduces الناتو, though (ناتو) is no mention of it.
 */
function aliasInBrackets(source: string, after: number, entry: NameEntry): boolean {
  // Most entries have no alias: the text is not read.
  if (entry.aliases.length === 0 && entry.aliasVariants === undefined) return false;
  let open = pastNisbas(source, after);
  // A name in quotation marks may come before its alias in brackets: «قوات سوريا الديمقراطية» (قسد).
  if (CLOSING_QUOTE_MARKS.includes(source[open])) open++;
  while (source[open] === ' ') open++;
  if (source[open] !== '(') return false;
  const close = source.indexOf(')', open);
  if (close === -1 || close - open > MAX_RELATED_INTRODUCTION) return false;
  const inside = withoutArticle(foldName(source.slice(open + 1, close).trim()));
  const aliases = [...entry.aliases, ...Object.values(entry.aliasVariants ?? {}).flat()];
  return aliases.some((alias) => withoutArticle(foldName(alias)) === inside);
}

const withoutArticle = (folded: string) => (hasArticle(folded) ? folded.slice(2) : folded);

/**
 * A few words that qualify a name before its other name in brackets: الهيئة الحكومية للتنمية في شرق
 * أفريقيا (إيغاد). No clause mark between: the bracket follows the name's own phrase.
 */
const QUALIFIED_BEFORE_BRACKET = /^\s+(?:[^\s،,.؛;:()«»"]+\s+){1,4}\(\s*["«“”]?\s*$/;

/** Nisbas with the article after a name, before its alias: وكالة المخابرات المركزية الأميركية (سي آي إيه). */
const DESCRIBING_NISBAS = /^(?: +ال[\u0621-\u064a]+(?:ية|يه|ي)(?![\u0621-\u064a]))+/;

/** Where the text after a name goes on past the nisbas that describe it (DESCRIBING_NISBAS). */
function pastNisbas(source: string, after: number): number {
  return after + (DESCRIBING_NISBAS.exec(source.slice(after, after + MAX_RELATED_INTRODUCTION))?.[0].length ?? 0);
}

/**
 * An alias followed by the nisba of the name it stands for (جماعة أنصار الله الحوثية, for الحوثيون):
 * the adjective says whom the alias names.
 */
function nisbaOfNameAfter(source: string, after: number, preferred: string): boolean {
  const next = /^ +([^\s،,.؛:؟!()«»"]+)/.exec(source.slice(after, after + 40))?.[1];
  if (next === undefined) return false;
  const stem = nisbaStem(foldName(next));
  return stem !== undefined && foldName(preferred).split(' ').some((word) => nisbaStem(word) === stem);
}

/** The stem of a nisba or of a plural of one, folded and without the article: الحوثية، الحوثيون → حوث. */
const nisbaStem = (folded: string) => /^(?:ال)?(.{3,}?)ي(?:ه|ون|ين)?$/.exec(folded)?.[1];

/** The word before a surname of two: a connector (أبو صفية، عبد القادر) or a foreign particle (فان دايك). */
const leadsSurname = (folded: string) => NAME_CONNECTORS.has(folded) || SURNAME_PARTICLES.has(folded);

/**
 * A lone surname (السوداني), a compound one led by a connector (أبو صفية، عبد القادر الدخيل), or a double
 * surname after a given name (سيدني ماكلولين ليفرون … ماكلولين ليفرون), that ends the longer name; a name
 * of two that opens with a given name is someone's own (محمد علي is not أحمد محمد علي: an Arabic name
 * goes on with the father's), but for a foreign given name after a first name that is no Arabic one: a
 * double surname (ترينت ألكسندر أرنولد … ألكسندر أرنولد).
 */
function isSurnameOf(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  if (short.length === 1 || leadsSurname(short[0]) || isCompoundPart(short[0]) || isGivenNameOfTwo(short)) return true;
  if (short.length !== 2) return false;
  if (!startsName(short[0])) return true;
  return long.length === 3 && FOREIGN_GIVEN_NAMES.has(short[0]) && !isArabicGivenName(short[0]) && !isArabicGivenName(long[0]);
}

/** Whether `head` and `tail`, folded, make one given name (GIVEN_NAMES_OF_TWO): نور الدين، فاطمة الزهراء. */
const makesGivenNameOfTwo = (head: string, tail: string) => GIVEN_NAMES_OF_TWO.get(tail)?.has(head) ?? false;

/** A name of two words that make one given name, a family name too (أيمن نور الدين … نور الدين). */
const isGivenNameOfTwo = (words: readonly string[]) => words.length === 2 && makesGivenNameOfTwo(words[0], words[1]);

/**
 * One word of a name, or a spelling of it: a given name's by the seat of its hamza (فائز، فايز), another
 * word's by its loose key, where the letters for /g/ and /v/ may differ where `sounds`.
 */
function sameWord(a: string, b: string, sounds: boolean): boolean {
  return a === b || (isArabicGivenName(a) && seatKey(a) === seatKey(b)) || isLooseVariant(a, b, sounds ? WITH_SOUNDS : VOWELS_ONLY) || writesGOtherwise(a, b);
}

/** A name long enough to be found anywhere, written with ج where the other has غ (جنابري، غنابري), as findLooseName takes it. */
const writesGOtherwise = (a: string, b: string) => a.length >= MIN_ANYWHERE_LETTERS && differInGOnly(a, b) && !isProtected(a) && !isProtected(b);

/**
 * Whether a name belongs with another of its group: a name of the same kind and length whose words are the same
 * or spellings of each other (the letters for /g/ and /v/ only where both stand at a cue or another word
 * is the same), or a surname that ends the other's name.
 */
function fits(other: Found, name: Found): boolean {
  // A person and a place may be written alike (رامي، مخيم رامى) and are still two names.
  if (other.kind !== name.kind) return false;
  const words = name.words;
  const theirs = other.words;
  const cued = name.cued && other.cued;
  if (theirs.length === words.length) {
    let sameWordIn = false;
    for (let i = 0; i < words.length && !sameWordIn; i++) sameWordIn = words[i] === theirs[i];
    const anchored = cued || sameWordIn;
    // A person's surname with the article and without it (سامر الحلبي، سامر حلبي) beside the same given name.
    const lastWithArticle = (i: number) => name.kind === 'person' && i === words.length - 1 && words[i] !== theirs[i] && withoutArticle(words[i]) === withoutArticle(theirs[i]);
    // A person's Arabic family name with the article is a word of a root, which a long vowel swapped
    // makes another (الخطيب/الخطاب، العتيبي/العتابي): beside the same given name, two people. A hamza's
    // seat is a spelling (المؤيد/المويد).
    const otherPattern = (i: number) =>
      name.kind === 'person' && words[i].length === theirs[i].length && words[i] !== theirs[i] && hasArticle(words[i]) && hasArticle(theirs[i]) && !words[i].includes('ء') && !theirs[i].includes('ء');
    return words.every((w, i) => !otherPattern(i) && (sameWord(w, theirs[i], anchored) || (sameWordIn && (isLooseVariant(w, theirs[i], BESIDE_SAME_WORD) || lastWithArticle(i)))));
  }
  const shorter = words.length < theirs.length;
  const [short, long] = shorter ? [words, theirs] : [theirs, words];
  if (name.kind !== 'person') return false;
  // The given name and the surname; else, after another given name, a double surname may end the name
  // (ترينت ألكسندر أرنولد … ألكسندر أرنولد), which isSurnameOf tells.
  if (isGivenNameAndSurnameOf(short, long)) return true;
  if (!isSurnameOf(short, long)) return false;
  // كيم after كيم جونغ أون: the family name comes first, its syllable in نغ written in نج too (هوانج).
  if (short.length === 1 && isFamilyNameFirst(long)) return short[0] === withOtherNg(long[0]) || sameWord(short[0], long[0], cued);
  // A surname with the article and without it, both at a cue (مسرور بارزاني … وأضاف البارزاني), as beside
  // the given name.
  const offset = long.length - short.length;
  return short.every((w, i) => sameWord(w, long[offset + i], cued) || (cued && i === short.length - 1 && withoutArticle(w) === withoutArticle(long[offset + i])));
}

/** سلمان الدوسري after سلمان بن يوسف الدوسري: the given name and the surname, without the middle names. */
const isGivenNameAndSurnameOf = (short: readonly string[], long: readonly string[]) =>
  dropsMiddleNames(short, long) && sameWord(short[0], long[0], true) && sameWord(short[1], long[long.length - 1], true);

/** A nasab, بن and the name after it, as nameParts joins them (بنيوسف). */
const isNasabPart = (part: string) => part.length > 3 && (part.startsWith('بن') || part.startsWith('ابن'));

/**
 * Whether `short` is `long` without its middle names: a given name and a surname, where `long` has the
 * same ends and only nasab parts between them (سلمان الدوسري، سلمان بن يوسف الدوسري), or any parts after a
 * given name (محمد السوداني، محمد شياع السوداني: the father's name written without بن). Not a lone
 * given name with a surname that is itself a nasab (بن سلمان).
 */
function dropsMiddleNames(short: readonly string[], long: readonly string[]): boolean {
  // نور الدين after أيمن نور الدين: a family name that is a given name of two, no given name and surname.
  if (short.length !== 2 || long.length < 3 || isNasabPart(short[1]) || isGivenNameOfTwo(short)) return false;
  if (startsName(short[0]) && startsName(long[0])) return true;
  for (let k = 1; k < long.length - 1; k++) if (!isNasabPart(long[k])) return false;
  return true;
}

/** A name already in a group, by which later names are matched to the group. */
interface Member {
  group: number;
  found: Found;
}

/**
 * Groups the names the list does not know into entities: each joins the first group with a name it fits,
 * else starts one. A lone word that ends a listed person's name in the article is that person's surname
 * (ListedEntity.surnames). Words fit only if their loose keys are equal, so the names a new one may fit
 * are looked up by a hash of the loose keys of their words: of the whole name for a name of the same
 * length, of its last words for a longer one. A group keeps each way a name is written once (the same
 * words, cue and kind fit the same names): a name mentioned a thousand times is compared once, and huge
 * texts stay linear. With `every` false, a name that no other can fit is left out: it would be a group of
 * one, which buildEntities then does not form.
 */
function groupUnlisted(articleWords: readonly Word[], names: Found[], listedPeople: readonly ListedEntity[], every: boolean): Found[][] {
  const groups: Found[][] = [];
  let people: ListedSurnames | undefined;
  /** Members by the hash of the loose keys of their words, and by that of each ending that may be a surname. */
  const byKey = new Map<number, Member[]>();
  const byEnding = new Map<number, Member[]>();
  /** The words of each group's longest name. */
  const longest: number[] = [];
  // A name fits another only if their last words have one loose key (sameWord): most names of an article
  // have a last word no other has.
  if (names.length > lastKeys.length) lastKeys = new Int32Array(2 * names.length);
  const lastKeysSeen = SEEN_KEYS.cleared();
  for (let n = 0; n < names.length; n++) {
    const words = names[n].words;
    lastKeysSeen.add((lastKeys[n] = surnameKey(words[words.length - 1])));
    // A name read family name first is found again by its first word (كيم جونغ أون … كيم).
    if (isFamilyNameFirst(words)) lastKeysSeen.add(surnameKey(words[0]));
  }
  for (let n = 0; n < names.length; n++) {
    const name = names[n];
    const words = name.words;
    let listedOwner: ListedEntity | undefined;
    // A place or a body of one word (مدينة الصدر) is no listed person's surname.
    if (words.length === 1 && name.kind === 'person') {
      people ??= new ListedSurnames(articleWords, listedPeople);
      listedOwner = people.ownerOf(words[0], name.cued);
      // A listed person's surname is theirs unless the article has named someone else by it already.
      if (listedOwner && firstFitting(byEnding.get(lastKeys[n]), name, Infinity) === Infinity) {
        if (listedOwner.surnames) listedOwner.surnames.push(name);
        else listedOwner.surnames = [name];
        continue;
      }
    }
    const length = words.length;
    const familyKey = length > 1 && isFamilyNameFirst(words) ? surnameKey(words[0]) : undefined;
    if (!every && !lastKeysSeen.seenTwice(lastKeys[n]) && !(familyKey !== undefined && lastKeysSeen.seenTwice(familyKey))) continue;
    // endings[s]: the hash of the loose keys of the last s words.
    if (length + 1 > endings.length) endings = new Int32Array(2 * (length + 1));
    endings[1] = lastKeys[n];
    for (let s = 2; s <= length; s++) endings[s] = Math.imul(endings[s - 1] ^ looseHash(words[length - s]), FNV_PRIME);
    // The given name and the surname of a name with middle names, keyed like a name of those two words.
    const pair = length >= 3 && dropsMiddleNames([words[0], words[length - 1]], words) ? pairKey(words[0], words[length - 1]) : undefined;
    // The end of the names of two people (خوان هيرنانديز، خافيير هيرنانديز; مسعود بارزاني، نيجيرفان
    // بارزاني) may be either's: it joins only names written as short as itself.
    const shared = listedOwner !== undefined || fitsTwoGroups(byEnding.get(endings[length]), name);
    // Of the two, it is the one's whose name ends as it is written (توم براك … براك, not إيهود باراك).
    let first = shared ? firstEndingAlike(byKey.get(endings[length]), name, firstEndingAlike(byEnding.get(endings[length]), name, Infinity)) : Infinity;
    if (first === Infinity) first = firstFitting(byKey.get(endings[length]), name, Infinity, shared ? longest : undefined);
    if (!shared) first = firstFitting(byEnding.get(endings[length]), name, first);
    if (pair !== undefined) first = firstFitting(byKey.get(pair), name, first);
    // A full name joins a lone surname's group only while that group has no full name: two people may
    // share a surname (أسامة الخطيب … الخطيب … سامر الخطيب).
    for (let s = 1; s < length; s++) first = firstFitting(byKey.get(endings[s]), name, first, longest);
    if (familyKey !== undefined) first = firstFitting(byKey.get(familyKey), name, first, longest);
    const group = first === Infinity ? groups.length : first;
    if (first === Infinity) groups.push([name]);
    else groups[group].push(name);
    longest[group] = Math.max(longest[group] ?? 0, length);
    if (hasWrittenAlike(byKey.get(endings[length]), group, name)) continue;
    const member = { group, found: name };
    addMember(byKey, endings[length], member);
    for (let s = 1; s < length; s++) addMember(byEnding, endings[s], member);
    if (pair !== undefined) addMember(byEnding, pair, member);
    if (familyKey !== undefined) addMember(byEnding, familyKey, member);
  }
  return groups;
}

/** The key groupUnlisted gives a name of the two words `first` and `last` (its endings[2]). */
function pairKey(first: string, last: string): number {
  return Math.imul(Math.imul(surnameHash(last), FNV_PRIME) ^ looseHash(first), FNV_PRIME);
}

/** The key groupUnlisted gives a lone surname (its endings[1]). */
const surnameKey = (word: string) => Math.imul(surnameHash(word), FNV_PRIME);

/** The looseHash of a name's last word without its article: سامر الحلبي may be written سامر حلبي (see fits). */
function surnameHash(word: string): number {
  return looseHash(withoutArticle(word));
}

/** endings of groupUnlisted, reused by each name, and the endings[1] of each name (one grouping runs at a time). */
let endings = new Int32Array(16);
let lastKeys = new Int32Array(64);

const SEEN_KEY_BITS = 10;

/** A filter on numbers: whether one was added twice or more (or, rarely, shares its bit with one that was). */
class SeenKeys {
  private readonly once = new Uint32Array((1 << SEEN_KEY_BITS) / 32);
  private readonly twice = new Uint32Array((1 << SEEN_KEY_BITS) / 32);

  /** This filter emptied: one serves every grouping, one at a time. */
  cleared(): this {
    this.once.fill(0);
    this.twice.fill(0);
    return this;
  }

  add(key: number): void {
    const bit = seenKeyBit(key);
    const mask = 1 << (bit & 31);
    if (this.once[bit >>> 5] & mask) this.twice[bit >>> 5] |= mask;
    else this.once[bit >>> 5] |= mask;
  }

  seenTwice(key: number): boolean {
    const bit = seenKeyBit(key);
    return (this.twice[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

const SEEN_KEYS = new SeenKeys();

const seenKeyBit = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - SEEN_KEY_BITS);

/** Whether `members` has one of `group` written like `name` (writtenAlike). */
function hasWrittenAlike(members: readonly Member[] | undefined, group: number, name: Found): boolean {
  if (members) for (const m of members) if (m.group === group && writtenAlike(m.found, name)) return true;
  return false;
}

function addMember(index: Map<number, Member[]>, key: number, member: Member): void {
  const members = index.get(key);
  if (members) members.push(member);
  else index.set(key, [member]);
}

/**
 * The lowest group below `first` with a member that `name` fits, else `first`; with `longestOfGroup`,
 * only among members as long as the longest name of their group.
 */
function firstFitting(members: readonly Member[] | undefined, name: Found, first: number, longestOfGroup?: readonly number[]): number {
  if (!members) return first;
  for (const m of members) {
    if (m.group >= first || (longestOfGroup && longestOfGroup[m.group] > m.found.words.length)) continue;
    if (fits(m.found, name)) first = m.group;
  }
  return first;
}

/** The lowest group below `first` with a member that `name` fits and whose last words are written as `name`'s, else `first`. */
function firstEndingAlike(members: readonly Member[] | undefined, name: Found, first: number): number {
  if (!members) return first;
  for (const m of members) if (m.group < first && endsAs(m.found.words, name.words) && fits(m.found, name)) first = m.group;
  return first;
}

/** Whether the last words of `words` are `ending`. */
function endsAs(words: readonly string[], ending: readonly string[]): boolean {
  const offset = words.length - ending.length;
  if (offset < 0) return false;
  for (let k = 0; k < ending.length; k++) if (words[offset + k] !== ending[k]) return false;
  return true;
}

/** Whether `name` fits members of two groups. */
function fitsTwoGroups(members: readonly Member[] | undefined, name: Found): boolean {
  if (!members) return false;
  let group = -1;
  for (const m of members) {
    if (m.group === group || !fits(m.found, name)) continue;
    if (group >= 0) return true;
    group = m.group;
  }
  return false;
}

/** Names that fit the same names (see `fits`): the same words, cue and kind. */
function writtenAlike(a: Found, b: Found): boolean {
  return a.cued === b.cued && a.kind === b.kind && sameWords(a.words, b.words);
}

/** The same words in the same order. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * The last word (the first of a name read family name first) of each mention of the listed people with more than one name (each once per person), in
 * order of mention, with its looseEnds: an article names few people, so a lone word is looked up among
 * them in turn.
 */
class ListedSurnames {
  private readonly words: string[] = [];
  private readonly ends: number[] = [];
  private readonly owners: ListedEntity[] = [];

  /** `people`: the listed entities of people named by more than one word (fullNamedPeopleOf). */
  constructor(articleWords: readonly Word[], people: readonly ListedEntity[]) {
    for (const person of people) {
      for (const f of person.found) {
        if (f.listed!.role === 'alias') continue;
        // After بن the last word is the father's name (سلمان بن عبدالعزيز): alone it is someone else.
        if (endsAfterNasab(articleWords, f)) continue;
        // The last word of its form folded (the first, without proclitics, of a name read family name
        // first): the name as it stands alone when it is one word.
        const word = f.last > f.first && !isFamilyNameFirst(f.listed!.words) ? articleWords[f.last].spelling.folded : f.split.stem;
        if (this.hasSurname(word, person)) continue;
        this.words.push(word);
        this.ends.push(looseEnds(word));
        this.owners.push(person);
      }
    }
  }

  /** The first person with a surname that `word` is or spells (sameWord). */
  ownerOf(word: string, cued: boolean): ListedEntity | undefined {
    const ends = looseEnds(word);
    for (let k = 0; k < this.words.length; k++) if (this.ends[k] === ends && sameWord(this.words[k], word, cued)) return this.owners[k];
    return undefined;
  }

  /** Whether the person has this surname already (the person's entries are the last ones). */
  private hasSurname(word: string, person: ListedEntity): boolean {
    for (let k = this.words.length - 1; k >= 0 && this.owners[k] === person; k--) if (this.words[k] === word) return true;
    return false;
  }
}

/**
 * The names found at cues, from `found[from]` on, gathered as they are found: by their first words, in
 * the order found, and the words of the persons. Asked of at many words, a pass over them all at each
 * was quadratic in an article of many names (a company at every board title, a person at every pronoun).
 */
class CuedNames {
  readonly byFirstWord = new Map<string, Found[]>();
  readonly personWords = new Set<string>();
  /** The words of places after their first: a word in ه may be one of them written for ة (كريات شمونه). */
  readonly placeWords = new Set<string>();

  constructor(private to: number) {}

  /** Takes in the names found since the last call: `found` only grows while names are found at cues. */
  add(found: readonly Found[]): void {
    for (; this.to < found.length; this.to++) {
      const name = found[this.to];
      const alike = this.byFirstWord.get(name.words[0]);
      if (alike) alike.push(name);
      else this.byFirstWord.set(name.words[0], [name]);
      if (name.kind === 'person') for (const word of name.words) this.personWords.add(word);
      else if (name.kind === 'place') for (let w = 1; w < name.words.length; w++) this.placeWords.add(name.words[w]);
    }
  }
}

/**
 * The family names (familyNameIndex) of the people of two words or more found at cues: whether a lone listed
 * surname is one of them or a spelling of one (sameWord without the sounds). An article asks it of every
 * lone surname it mentions, each against every person: what sameWord works out of a last word is worked
 * out once here, and a word whose ends differ is no loose variant, so it is not compared letter by letter.
 */
class CuedSurnames {
  private readonly words: string[] = [];
  private readonly ends: number[] = [];
  /** The seatKey of each word that is an Arabic given name, else undefined. */
  private readonly givenNameKeys: (string | undefined)[] = [];

  constructor(found: readonly Found[], cuedFrom: number) {
    for (let k = cuedFrom; k < found.length; k++) {
      const { kind, words } = found[k];
      if (kind !== 'person' || words.length < 2) continue;
      const surname = words[familyNameIndex(words)];
      this.words.push(surname);
      this.ends.push(looseEnds(surname));
      this.givenNameKeys.push(isArabicGivenName(surname) ? seatKey(surname) : undefined);
    }
  }

  /** Whether sameWord(surname, folded, false) for one of these surnames. */
  has(folded: string): boolean {
    const ends = looseEnds(folded);
    let key: string | undefined;
    for (let k = 0; k < this.words.length; k++) {
      const word = this.words[k];
      if (word === folded) return true;
      const givenNameKey = this.givenNameKeys[k];
      if (givenNameKey !== undefined && givenNameKey === (key ??= seatKey(folded))) return true;
      if (this.ends[k] === ends && isLooseVariant(word, folded, VOWELS_ONLY)) return true;
    }
    return false;
  }
}

/** Whether the last part of a name found (a word, or عبد and a word) comes after بن، ابن or بنت. */
function endsAfterNasab(words: readonly Word[], found: Found): boolean {
  let k = found.last;
  if (k > found.first && words[k - 1].spelling.folded === COMPOUND_HEAD) k--;
  return k > found.first && NASAB_WORDS.has(words[k - 1].spelling.folded);
}

/**
 * An entity the list does not know: each word of its name is spelled as the article spells it most
 * (ties: first); every mention is expected to follow those spellings.
 */
function settleUnlisted(drafts: Draft[], options: FindNamesOptions): NameEntity {
  const first = drafts[0];
  const kind = drafts.find((d) => d.found.cued)?.found.kind ?? first.found.kind;
  // Written one way throughout (most names): that is the spelling, and no mention differs.
  if (drafts.every((d) => d.mention.form === first.mention.form)) {
    const entity = newEntity(kind, first.mention.form, 'article');
    entity.mentions = mapPacked(drafts, (d) => d.mention);
    return entity;
  }
  // A loop, not Math.max(...): a name of a huge text may have more mentions than a call takes arguments.
  let longest: readonly string[] = [];
  for (const draft of drafts) if (draft.found.words.length > longest.length) longest = draft.found.words;
  // A shorter mention is the end of the name (a surname) and takes the last slots; a given name and a
  // surname without the nasab take the first and the last; a family name alone, the first of a name read
  // family name first.
  const withoutMiddleNames = (draft: Draft) => isGivenNameAndSurnameOf(draft.found.words, longest);
  const familyFirst = isFamilyNameFirst(longest);
  const slotOf = (draft: Draft, index: number) =>
    (withoutMiddleNames(draft) || (familyFirst && draft.found.words.length === 1)) && index === 0 ? 0 : longest.length - draft.found.words.length + index;
  const tallies = new Map<number, Map<string, number>>();
  const written = mapPacked(drafts, (d) => nameParts(d.mention.form.split(' '), ' '));
  for (const [k, draft] of drafts.entries()) {
    if (options.ignoreQuotations && draft.mention.quoted) continue;
    written[k].forEach((word, index) => {
      const slot = slotOf(draft, index);
      let tally = tallies.get(slot);
      if (!tally) tallies.set(slot, (tally = new Map()));
      tally.set(word, (tally.get(word) ?? 0) + 1);
    });
  }
  // Mentions repeat their words (a surname again and again): each slot's choice over a word is made once.
  const preferredInSlot: Map<string, string>[] = [];
  const preferredWord = (slot: number, fallback: string) => {
    const preferred = (preferredInSlot[slot] ??= new Map());
    let best = preferred.get(fallback);
    if (best !== undefined) return best;
    best = fallback;
    let count = 0;
    for (const [word, n] of tallies.get(slot) ?? []) {
      if (isRightSpelling(best, word, kind)) continue;
      if (isRightSpelling(word, best, kind) || n > count || (n === count && standardness(word, kind) > standardness(best, kind))) [best, count] = [word, n];
    }
    preferred.set(fallback, best);
    return best;
  };
  let full: Draft | undefined;
  for (const [k, draft] of drafts.entries()) {
    const mention = draft.mention;
    const words = written[k];
    mention.expected = mapPacked(words, (w, i) => preferredWord(slotOf(draft, i), w)).join(' ');
    mention.role = words.length < longest.length && draft.found.kind === 'person' && !withoutMiddleNames(draft) ? 'surname' : 'preferred';
    mention.differs = !(options.ignoreQuotations && mention.quoted) && !spelledAlike(mention.expected, mention.form);
    if (mention.differs) mention.role = mention.role === 'surname' ? 'surname' : 'variant';
    if (!full && words.length === longest.length) full = draft;
  }
  const entity = newEntity(kind, full!.mention.expected, 'article');
  entity.mentions = mapPacked(drafts, (d) => d.mention);
  return entity;
}

/**
 * How far a written part of a name follows standard spelling, to settle a tie between two spellings
 * used as often (إبراهيم/ابراهيم، إمام أوغلو/إمام اوغلو، المشهداني/المشهدانى): each hamza written, a
 * nisba's ي rather than ى, and as much for ى after the article on a given name in ى (العيسى، المرتضى),
 * which a family name may be as well as a nisba in ي; a nisba in a person's name only: a place ends in ى
 * as often (نينوى، المثنى). Not ة over ه: names end in either (طه، قره خان). The first written wins a tie
 * of equals.
 */
function standardness(word: string, kind: NameKind): number {
  // With the article or without it (البارزاني، بارزاني), which is no standard of its own.
  // Not where the same in ى is a noun of its own (نور الهدى).
  const nisba = kind === 'person' && word.endsWith('ي') && isNisba('ال' + withoutArticle(foldName(word))) && !isNounInAlefMaqsura(word.slice(0, -1) + 'ى');
  const definiteGivenName = word.startsWith('ال') && GIVEN_NAMES_IN_ALEF_MAQSURA.has(word.slice(2));
  return (word.match(WRITTEN_HAMZAS)?.length ?? 0) + (nisba || definiteGivenName ? 1 : 0);
}

/** Not ئ, which names write for ي as often as not (فائز، فايز؛ الحائك، الحايك). */
const WRITTEN_HAMZAS = /[أإآؤ]/g;

/**
 * The right spelling of a part of a name against `other`, however often the other is written: a given
 * name in ى (مصطفى، عيسى، يحيى) against its ي twin or without it (يحي); بن inside a name against ابن; a
 * kunya written apart against the same joined (أبو بكر، أبوبكر); a given name with its hamza against the
 * same without it (إبراهيم، ابراهيم); the name of God in a name (عبد الله) against it in ة (عبد اللة), which
 * no word is; in a person's name, a nisba's ي against ى.
 */
function isRightSpelling(word: string, other: string, kind: NameKind): boolean {
  if (word.startsWith(NASAB_PART)) return other === 'ا' + word;
  if (word.endsWith(GOD) && other === word.slice(0, -1) + 'ة') return true;
  const space = word.indexOf(' ');
  if (space > 0 && isKunyaHead(word.slice(0, space))) return other === word.replace(' ', '');
  if (GIVEN_NAMES_IN_ALEF_MAQSURA.has(word) && (other === word.slice(0, -1) + 'ي' || other === word.slice(0, -1))) return true;
  // A nisba's ي against the ى a keyboard or a house habit puts for it (جبالي، جبالى; الصاوي، الصاوى), unless
  // the ى is a given name's or a noun's (مصطفى، العيسى، المستشفى). A place's ى is its own (نينوى، المثنى).
  if (kind === 'person' && word.endsWith('ي') && other === word.slice(0, -1) + 'ى' && !endsInAlefMaqsura(other)) return true;
  return GIVEN_NAMES_AS_WRITTEN.has(word) && !GIVEN_NAMES_AS_WRITTEN.has(other) && foldName(word) === foldName(other);
}

/** A word whose ى is right: a given name in ى, with the article too (العيسى), or a noun in ى. */
function endsInAlefMaqsura(word: string): boolean {
  return GIVEN_NAMES_IN_ALEF_MAQSURA.has(withoutArticle(word)) || isNounInAlefMaqsura(word);
}

/** A noun in ى, with the article or without it (الهدى، المستشفى). */
function isNounInAlefMaqsura(word: string): boolean {
  const stem = withoutArticle(word);
  return NOUNS_IN_ALEF_MAQSURA.has(stem) || DEFINITE_NOUNS_IN_ALEF_MAQSURA.has(stem);
}

/** A written part of a name (nameParts) that is بن and the name after it. */
const NASAB_PART = 'بن ';
const GOD = 'الله';

const GIVEN_NAMES_IN_ALEF_MAQSURA: ReadonlySet<string> = new Set(ALEF_MAQSURA_WORDS.conjunction.filter((word) => GIVEN_NAMES.has(foldName(word))));
const NOUNS_IN_ALEF_MAQSURA: ReadonlySet<string> = new Set(ALEF_MAQSURA_WORDS.noun);
const DEFINITE_NOUNS_IN_ALEF_MAQSURA: ReadonlySet<string> = new Set(DEFINITE_STEMS_BESIDE_NISBAS);

// ---- edits for the faces

/** The edit that rewrites one mention to `text`, keeping the proclitics joined to it. */
export function mentionEdit(mention: NameMention, text: string): TextEdit {
  return { span: mention.span, text: afterProclitic(mention.proclitic, text) };
}

/**
 * Rename: every mention named like `mention` rewritten to `text`. For a surname mention renamed to a
 * surname, the entity's surname mentions and the last word of its full mentions (the first, of a name
 * read family name first); for an alias, the mentions of that alias; otherwise every full mention, in
 * any spelling, and the surname mentions to the last part of `text` where that differs. Aliases are
 * other names, and stay unless renamed themselves.
 */
export function renameEdits(article: Article, entity: NameEntity, mention: NameMention, text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  // An alias renames its own mentions (داعش), which the name's other mentions are not.
  if (mention.role === 'alias') {
    const alias = aliasKey(mention.form);
    for (const m of entity.mentions) if (m.role === 'alias' && aliasKey(m.form) === alias) edits.push(mentionEdit(m, text));
    return edits;
  }
  const surname = familyNamePart(text);
  const familyFirst = isFamilyNameFirst(foldName(entity.preferred).split(' '));
  // A surname renamed to a name of more words than it has renames the whole name (بلينكين → أنتوني بلنكن).
  const bySurname = mention.role === 'surname' && text.split(' ').length <= mention.form.split(' ').length;
  for (const m of entity.mentions) {
    if (m.role === 'alias') continue;
    if (bySurname) {
      if (m.role === 'surname') edits.push(mentionEdit(m, text));
      else {
        const written = article.source.slice(m.span.start, m.span.end);
        const at = familyFirst ? written.indexOf(' ') : written.lastIndexOf(' ');
        if (at >= 0) edits.push(familyFirst ? { span: { start: m.span.start, end: m.span.start + at }, text } : { span: { start: m.span.start + at + 1, end: m.span.end }, text });
      }
    } else if (m.role !== 'surname') {
      edits.push(mentionEdit(m, text));
    } else if (m.form !== surname) {
      edits.push(mentionEdit(m, surname));
    }
  }
  return edits;
}

/** An alias folded and without the article: الناتو and ناتو are one alias. */
const aliasKey = (form: string) => withoutArticle(foldName(form));

/**
 * The list entry that makes `form` the house spelling of `entity`: its other spellings in the article
 * (and the listed ones) become variants. For "add this spelling to the workspace name list".
 */
export function entryPreferring(entity: NameEntity, form: string): NameEntry {
  const spellings = new Set<string>([entity.preferred, ...(entity.entry?.variants ?? [])]);
  for (const m of entity.mentions) if (m.role !== 'alias' && m.role !== 'surname') spellings.add(m.form);
  spellings.delete(form);
  const entry: NameEntry = {
    preferred: form,
    kind: entity.kind,
    variants: [...spellings].filter((s) => lightName(s) !== lightName(form)),
    aliases: [...(entity.entry?.aliases ?? [])],
  };
  if (entity.entry?.aliasVariants) entry.aliasVariants = structuredClone(entity.entry.aliasVariants);
  if (entity.entry?.surnames) entry.surnames = [...entity.entry.surnames];
  if (entity.entry?.takesArticle) entry.takesArticle = true;
  return entry;
}
