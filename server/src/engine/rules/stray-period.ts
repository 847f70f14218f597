import { startsName } from '../names/detect';
import { isListedNameWord, nameListFor, type NameList } from '../names/list';
import { defineRule } from '../rule';
import { closesAbbreviation, LATIN_ABBREVIATIONS, MARKUP_CLOSERS, type Sentence, type Word } from '../text/article';
import { definitePrefixLength, isProcliticLetter } from '../text/clitics';
import { foldLetters, isArabicLetter } from '../text/normalize';
import { isPurposeLam, isSubjunctiveShape } from '../text/purpose-clause';
import { RELATIVE_PRONOUNS } from '../text/relative-pronouns';
import { CLOSING_QUOTE_MARKS, isDigit, isLatinLetter } from '../text/punctuation';
import { isNumberWord } from '../text/sentence-forms';
import { OPAQUE } from '../text/prose';
import { quotationAt } from '../text/pairs';
import { hasQuotedVerse, inQuotedVerse } from '../text/quoted-verse';
import { isSpeechVerb } from '../text/speech-verbs';

// A full stop that cuts a sentence before a phrase that cannot stand alone (editorial-rules.md §2). In a
// sample of 31,030 articles the period form is rare against the comma form: `. بما في ذلك` 4 times
// against 324, `. مما` 82 against 1,488, `. حيث` 492 against 9,814, `. بينما` 237 against 1,937. The
// rarer it is, the surer the finding: phrases that never open a sentence are high confidence with a safe
// fix; those that can, in some registers or as a fronted clause, are medium, a suggestion only.

interface Options {
  /** The newsroom's own phrases that never open a sentence (high confidence). */
  extraPhrases: string[];
}

type Confidence = 'high' | 'medium';

interface Phrase {
  /** Letter-folded words. */
  words: string[];
  confidence: Confidence;
  messageId: 'dependentPhrase' | 'relativePronoun' | 'mayDepend';
  /** Its last word, a verb, may carry an object pronoun (مما جعله). */
  objectPronoun: boolean;
}

const INCLUSIVE = ['بما في ذلك', 'بما فيها', 'بما فيه', 'بما فيهم', 'بما فيهما', 'بمن فيهم', 'بمن فيهن', 'بمن فيها', 'بمن فيهما'];
/** What `مما` (and `مما قد`) introduces when it states a consequence; `مما لا شك فيه` and `مما يذكر أن` open sentences. */
const CONSEQUENCE_VERBS = [
  'أدى', 'يؤدي', 'دفع', 'يدفع', 'جعل', 'يجعل', 'يعني', 'أسفر', 'تسبب', 'يتسبب', 'اضطر', 'زاد', 'يزيد', 'رفع', 'يرفع',
  'أثار', 'يثير', 'أجبر', 'أفضى', 'أسهم', 'يسهم', 'ساهم', 'يساهم', 'عزز', 'يعزز', 'أتاح', 'يتيح', 'حال', 'يحول', 'خلف',
  'أضعف', 'يضعف', 'أعاق', 'يعيق', 'ترك', 'يترك', 'فتح', 'يفتح', 'أشعل', 'دعا', 'يدعو', 'حدا', 'استدعى', 'يستدعي',
  'تطلب', 'يتطلب', 'قلل', 'يقلل', 'يهدد', 'ينذر', 'يضع', 'وضع', 'يشير', 'يعكس',
  'أدخل', 'يدخل', 'أوقع', 'يوقع', 'أطلق', 'يطلق', 'سمح', 'يسمح', 'وفر', 'يوفر', 'قاد', 'يقود',
  'أعاد', 'يعيد', 'أخر', 'يؤخر', 'كلف', 'يكلف', 'حرم', 'يحرم',
];
/** The object pronouns a consequence verb may carry (مما جعله، مما دفعها، مما يجعلهم), letter-folded. */
const OBJECT_PRONOUNS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني', 'كم']);
/** Subordinators that can open a sentence in some registers (`بينما كان…، وصل`), so only medium. */
const SUBORDINATORS = ['بينما', 'حيث', 'بحيث', 'لكي', 'كي', 'لكيلا', 'كيلا', 'لئلا', 'لأن', 'لأنه', 'لأنها', 'لأنهم', 'لأنهما', 'لأننا'];
/** A note or an emphasis on the sentence before (علما بأن، لا سيما), which no sentence opens with. */
const ADDENDA = ['علما بأن', 'علما أن', 'لا سيما', 'ولا سيما'];

/**
 * A reporter's participle and what it introduces (مشيرا إلى، مضيفا أن، مؤكدة أنها، متهما إياه): a
 * circumstance of the sentence before, which no sentence opens with.
 */
const REPORTING_PARTICIPLES = [
  ['مشيرا', 'مشيرة', 'لافتا', 'لافتة', 'داعيا', 'داعية'].map((participle) => `${participle} إلى`),
  ['مضيفا', 'مضيفة', 'مؤكدا', 'مؤكدة', 'موضحا', 'موضحة', 'معتبرا', 'معتبرة', 'منوها', 'منوهة'].map((participle) => `${participle} أن`),
  ['محذرا', 'محذرة'].map((participle) => `${participle} من`),
  ['معربا', 'معربة'].map((participle) => `${participle} عن`),
  ['مشددا', 'مشددة'].map((participle) => `${participle} على`),
  // The accused named by a pronoun (طلب الدفاع رد المحكمة، متهما إياها بعدم الحياد).
  ['متهما', 'متهمة'].flatMap((participle) => ['إياه', 'إياها', 'إياهم', 'إياهما'].map((object) => `${participle} ${object}`)),
].flat();

const REPORTING_PHRASES = REPORTING_PARTICIPLES.map((p) => phrase(p, 'high', 'dependentPhrase', true));
const SUBORDINATOR_PHRASES = SUBORDINATORS.map((p) => phrase(p, 'medium', 'mayDepend'));
/**
 * How soon a comma must follow a reporter's participle for its phrase to be fronted before the sentence's
 * own verb (مشيرا إلى الخريطة، قال المهندس …): then the stop may be right, and a comma is only offered.
 */
const FRONTED_PHRASE_WORDS = 6;
/**
 * How soon a comma must follow a subordinator for its clause to be fronted before the main clause: a
 * clause has its verb, subject and complements (لكي تصل القوافل إلى المخيمات المحاصرة في الشمال، لا بد …).
 */
const FRONTED_CLAUSE_WORDS = 12;

/**
 * وذلك and a word of time, cause or means (وذلك بعد موافقة الهيئة): a verbless circumstance of the
 * sentence before; only medium, since some house styles let it open a sentence.
 */
const CIRCUMSTANCES = [
  'بعد', 'بعدما', 'قبل', 'في', 'خلال', 'عقب', 'إثر', 'على إثر', 'بسبب', 'جراء', 'نظرا', 'عبر', 'ضمن', 'بهدف', 'تحسبا', 'رغم', 'وفق', 'وفقا', 'حسب', 'بحسب',
  'تزامنا', 'على خلفية', 'من خلال',
].map(
  (word) => `وذلك ${word}`,
);

/** Verbless openers: `وفي إطار الجهود الدولية.` is a fragment when the main clause follows the full stop. */
const FRAGMENT_OPENERS = ['كجزء من', 'في إطار', 'في سياق', 'بحسب'].map((p) => foldLetters(p).split(' '));
const MAX_FRAGMENT_WORDS = 10;
const CLAUSE_PUNCTUATION = /[،,؛;:]/;
/** Independent sentence openers: what follows a complete sentence, not the main clause of a fragment. */
const INDEPENDENT_OPENERS = new Set(
  ['كما', 'ثم', 'كذلك', 'أما', 'غير', 'إلا', 'لكن', 'لكنه', 'لكنها', 'بل', 'إذ', 'فيما', 'هذا', 'هذه', 'ذلك', 'إن', 'يذكر', 'يشار'].map(foldLetters),
);
/**
 * Past verbs whose و is a root letter (وصل، وافق): a sentence they open is not led by the conjunction,
 * so it may be the main clause a fragment was cut from.
 */
const ROOT_WAW_VERBS = new Set(
  ['وصل', 'وقع', 'وضع', 'وافق', 'واصل', 'وجه', 'وعد', 'وصف', 'ورد', 'وقف', 'وجد', 'واجه', 'ودع'].flatMap((verb) => [verb, `${verb}ت`, `${verb}وا`].map(foldLetters)),
);
/** Signs of a verb in a fragment: the present (يصل، يزور) and the past of Forms VII, VIII and X (انطلق، التقى، استقبل). */
const PRESENT_VERB = /^[وف]?ي\p{L}{3,}$/u;
/** Letter-folded, so ة is ه. */
const NOMINAL_ENDING = /(?:ه|ات|ين|ون|يو|يا)$/;
const DERIVED_PAST_VERB = /^[وف]?ا(?:ست\p{L}{3}|ن\p{L}{3}|\p{L}[تطد]\p{L}{2}|ت\p{L}{2})$/u;

function phrase(text: string, confidence: Confidence, messageId: Phrase['messageId'], objectPronoun = false): Phrase {
  return { words: foldLetters(text).split(/\s+/).filter(Boolean), confidence, messageId, objectPronoun };
}

/** Whether the written word is the phrase's word, or for its last word a verb, that verb with an object pronoun. */
function writes(written: string, p: Phrase, i: number): boolean {
  const word = p.words[i];
  if (written === word) return true;
  return p.objectPronoun && i === p.words.length - 1 && written.startsWith(word) && OBJECT_PRONOUNS.has(written.slice(word.length));
}

/**
 * `ما أدى إلى`, `ما أسفر عن`, `ما تسبب`, `ما دفع`, `ما أثار` and `ما اضطر` state a consequence and a
 * relative pronoun continues the noun before it, unless the sentence is a pseudo-cleft with its own
 * predicate: `ما أدى إلى الأزمة هو…`، `الذي يثير القلق هو…`.
 */
const CONSEQUENCE_CLAUSES = ['ما أدى إلى', 'ما أسفر عن', 'ما تسبب', 'ما دفع', 'ما أثار', 'ما اضطر'].map((p) => phrase(p, 'high', 'dependentPhrase'));
/** الأمر الذي sums up the sentence before, unless it heads a pseudo-cleft too (الأمر الذي يقلق المستثمرين هو …). */
const MATTER_WHICH = phrase('الأمر الذي', 'high', 'dependentPhrase');
const PSEUDO_CLEFT_COPULA = new Set(['هو', 'هي', 'هم', 'هما', 'هن']);

const BASE_PHRASES: Phrase[] = [
  ...INCLUSIVE.map((p) => phrase(p, 'high', 'dependentPhrase')),
  ...CONSEQUENCE_VERBS.flatMap((verb) => [phrase(`مما ${verb}`, 'high', 'dependentPhrase', true), phrase(`مما قد ${verb}`, 'high', 'dependentPhrase', true)]),
  // The future of a present verb too (مما سيعزز، مما ستؤدي).
  ...CONSEQUENCE_VERBS.filter((verb) => verb.startsWith('ي')).map((verb) => phrase(`مما س${verb}`, 'high', 'dependentPhrase', true)),
  ...CONSEQUENCE_CLAUSES,
  MATTER_WHICH,
  ...RELATIVE_PRONOUNS.map((p) => phrase(p, 'high', 'relativePronoun')),
  ...SUBORDINATOR_PHRASES,
  ...CIRCUMSTANCES.map((p) => phrase(p, 'medium', 'mayDepend')),
  ...REPORTING_PHRASES,
  ...ADDENDA.map((p) => phrase(p, 'high', 'dependentPhrase', true)),
  // ما يعني: the ما of a consequence without its من (… 64 في المئة. ما يعني أن …); a sentence may open with a
  // ما of another kind, so it is only offered.
  phrase('ما يعني', 'medium', 'mayDepend'),
  // والتي، والذي: the conjunction goes on from the noun before, unless a pseudo-cleft follows (والذي يقلقنا هو …)
  // or the pronoun opens a sentence of its own (والذي نفسي بيده لن …).
  ...RELATIVE_PRONOUNS.map((p) => phrase(`و${p}`, 'high', 'relativePronoun')),
];

type PhraseIndex = Map<string, Phrase[]>;

function indexPhrases(phrases: Phrase[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const p of phrases) {
    if (p.words.length === 0) continue;
    const list = index.get(p.words[0]);
    if (list) list.push(p);
    else index.set(p.words[0], [p]);
  }
  // Longest first (a stable sort keeps the list's order among equals).
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const BASE_INDEX = indexPhrases(BASE_PHRASES);
const indexes = new WeakMap<readonly string[], PhraseIndex>();

function phraseIndex(extra: readonly string[]): PhraseIndex {
  if (extra.length === 0) return BASE_INDEX;
  let index = indexes.get(extra);
  if (!index) {
    index = indexPhrases([...BASE_PHRASES, ...extra.map((p) => phrase(p, 'high', 'dependentPhrase'))]);
    indexes.set(extra, index);
  }
  return index;
}

interface Match {
  confidence: Confidence;
  messageId: Phrase['messageId'] | 'purposeClause' | 'fragment';
  /** The words the finding names, from the original text. */
  phrase: string;
  /** End of the highlighted stretch, which starts at the full stop. */
  end: number;
}

/**
 * Whether the dot closes the abbreviation the sentence ends with (Blue Origin Inc. التي، Smith et al. الذي),
 * the last of a series of dotted Latin words (مجلة J. Clin. Oncol. التي، شهادة Ph.D. التي), or an era's,
 * which ends a sentence before a conjunction (عام 2015م. والتي): the writer's stop is the era's.
 */
function dotClosesAbbreviation(sentence: Sentence, dot: number, text: string, base: number): boolean {
  const last = sentence.words.at(-1);
  if (last === undefined || last.end !== dot) return false;
  return LATIN_ABBREVIATIONS.has(last.text.toLowerCase()) || closesAbbreviation(text, dot - base) || followsLatinAbbreviation(text, last.start - base);
}

/** A Latin word at `start` right after a Latin word's dot, spaced (J. Clin.) or not (Ph.D). */
function followsLatinAbbreviation(text: string, start: number): boolean {
  if (!isLatinLetter(text.charCodeAt(start))) return false;
  const dot = text[start - 1] === ' ' ? start - 2 : start - 1;
  return text[dot] === '.' && isLatinLetter(text.charCodeAt(dot - 1));
}

/**
 * What the full stop follows, for a relative pronoun after it: an Arabic word, which it describes when it
 * agrees with it, or a Latin one, a name (مع Microsoft. التي، GPT-5.1. الذي) (high confidence); a number, or a
 * name or title in brackets or quotes (القانون رقم 5 لسنة 2020. الذي، منظمة الصحة العالمية (WHO). التي،
 * «خطة الطوارئ». التي), which it usually describes too, though the stop may end a sentence there (medium);
 * anything else, nothing.
 */
type BeforeDot = 'arabicLetter' | 'latinLetter' | 'digitOrCloser' | 'other';

const DIGIT_OR_CLOSER = /[\p{Nd}%٪)\]»”"]/u;

function beforeDot(character: string): BeforeDot {
  const code = character.charCodeAt(0);
  if (isArabicLetter(code)) return 'arabicLetter';
  if (isLatinLetter(code)) return 'latinLetter';
  return DIGIT_OR_CLOSER.test(character) ? 'digitOrCloser' : 'other';
}

/**
 * Words that open a predicate of its own: a negation (الذي رأيناه | لا يوصف), the أن of a pseudo-cleft
 * (الذي تغير هذه المرة | أن الوفدين جلسا), an obligation (الذين يضطرون إلى الخروج | عليهم تجنب الأودية), a
 * copula (التي فازت بالجائزة | كانت طالبة).
 */
const PREDICATE_OPENERS = new Set(
  ['لا', 'لم', 'لن', 'ليس', 'ليست', 'ليسوا', 'أن', 'عليه', 'عليها', 'عليهم', 'يجب', 'ينبغي', 'كان', 'كانت', 'كانوا', 'كانا', 'يكون', 'تكون', 'أصبح', 'أصبحت', 'بات', 'باتت', 'ظل', 'ظلت'].map(foldLetters),
);
/** A past verb of a plural subject (حصلوا، وصلوا، رووا): الذين وصلوا أولا | حصلوا على غرف. */
const PLURAL_PAST_VERB = /^\p{L}{2,}وا$/u;
/** A present-tense verb standing on its own, without و or ف: الذين فقدوا منازلهم | يقيمون. Not a month (يناير، يونيو). */
const BARE_PRESENT_VERB = /^ي\p{L}{3,}$/u;
/**
 * A future verb: الذين فازوا بالجوائز | سيشاركون في جولة، الذي يخالف القرار | سيعاقب. Not a noun in سي or ست
 * with a long vowel after it (سيارة، سياسة، ستار) or ending in ة (سيطرة).
 */
const FUTURE_VERB = /^س[يتن][^اوي]\p{L}*[^ةه]$/u;
const MONTHS_IN_YA = new Set(['يناير', 'يونيو', 'يوليو', 'يونيه', 'يوليه', 'يوليوز'].map(foldLetters));

/**
 * Whether the sentence a relative pronoun opens has a predicate of its own after the relative clause's
 * verb, in its first clause: then the pronoun opens a real sentence (الذي رأيناه هناك لا يوصف، الذين فقدوا
 * منازلهم يقيمون في خيام، الذين وصلوا أولا حصلوا على غرف), and the stop before it may be right. The
 * clause's own verb is the word after the pronoun, so the search starts past it.
 */
function hasOwnPredicate(next: Sentence): boolean {
  const { words, text, start } = next;
  const clauseEnd = start + clauseLength(text);
  // الذي قال في مؤتمر صحفي إن …، التي أكدت أن …: after a verb of saying, أن or إن opens what was said.
  const saying = words.length > 1 && isSpeechVerb(words[1].spelling.light);
  for (let i = 2; i < words.length && words[i].start < clauseEnd; i++) {
    const folded = words[i].spelling.folded;
    // الذي قال إن الحرب ستطول: what was said is no predicate of the pronoun's sentence.
    if (saying && folded === AN) return false;
    // دون أن، بعد أن، قبل أن: أن after a preposition makes a verbal noun inside the clause, no predicate.
    if (PREDICATE_OPENERS.has(folded) && !(folded === AN && PREPOSITIONS_BEFORE_AN.has(words[i - 1].spelling.folded))) return true;
    if (PLURAL_PAST_VERB.test(folded) || FUTURE_VERB.test(folded) || (BARE_PRESENT_VERB.test(folded) && !MONTHS_IN_YA.has(folded))) return true;
  }
  return false;
}

/** أن and إن, which fold alike. */
const AN = foldLetters('أن');
/** Prepositions that take أن and its verb as a noun: دون أن نرى، بعد أن انتهت. */
const PREPOSITIONS_BEFORE_AN = new Set(['دون', 'بدون', 'بعد', 'قبل', 'منذ', 'إلى', 'حتى'].map(foldLetters));

const QUESTION_END = /[؟?][»"”)\]]*\s*$/u;

/**
 * Verbs that a relative pronoun opening a sentence of its own takes, «what» rather than «which»: الذي
 * يهم الطلاب الآن موعد التسجيل، الذي يلفت النظر فيها وضوح الصورة، الذي جرى بعد ذلك بقي سرا. After one the
 * comma is only offered: the predicate that follows may be a noun, which no test of shape finds.
 */
const CLEFT_VERBS = new Set(
  ['يهم', 'تهم', 'يلفت', 'تلفت', 'لفت', 'لفتت', 'يثير', 'تثير', 'أثار', 'يقلق', 'يحدث', 'تحدث', 'حدث', 'حدثت', 'جرى', 'جرت', 'يجري', 'يريده', 'نريده', 'يريدونه', 'نعرفه', 'قاله', 'قالته', 'يميز', 'تميز', 'يعنيه', 'تغير', 'تغيرت'].map(foldLetters),
);

/**
 * Endings of the noun before the stop that a relative pronoun may not describe: الذي a feminine or a plural
 * in ات or a dual in تين (القضيتين. الذي), الذين a feminine (الحكومة. الذين), التي a masculine plural in ون
 * or a definite noun ending as a masculine singular does (الحادث. التي كانت معه نجت), اللواتي a feminine
 * singular or a masculine plural (الأمسية. اللواتي): then the pronoun may open a sentence of its own, and
 * the comma is only offered. A broken plural that التي describes (الدول) loses its safe fix with them.
 */
const FEMININE_PLURAL_DISAGREES = /(?:ة|ون|ين)$/u;
const DISAGREEING_ENDINGS = new Map<string, RegExp>([
  [foldLetters('الذي'), /(?:ة|ات|تين|تان)$/u],
  [foldLetters('الذين'), /ة$/u],
  [foldLetters('التي'), /(?:ون|^ال[^ ]{2,}[^ةهتياىء])$/u],
  [foldLetters('اللواتي'), FEMININE_PLURAL_DISAGREES],
  [foldLetters('اللاتي'), FEMININE_PLURAL_DISAGREES],
]);

/**
 * Whether the relative pronoun (folded) may describe `noun`, the word before the stop: a definite noun
 * (isDefiniteNoun) whose ending agrees with it (DISAGREEING_ENDINGS), a ة before a pronoun included.
 */
function mayDescribe(pronoun: string, noun: Word | undefined, list: NameList): boolean {
  if (noun === undefined) return true;
  const disagreeing = DISAGREEING_ENDINGS.get(pronoun);
  return isDefiniteNoun(noun, list) && (disagreeing === undefined || !disagreeing.test(noun.spelling.light.replace(TA_BEFORE_PRONOUN, 'ة')));
}

/** A ة written ت before a pronoun (استدامته، قواتها): the noun's ending, for agreement, is ة. */
const TA_BEFORE_PRONOUN = /ت(?:ه|ها|هم|هما|هن|نا|كم)$/u;

const MIMMA = 'مما';

/**
 * Whether, after the verb of مما that ends at word `from`, the clause has its subject in أن after an
 * object or a complement (مما يزيد الأمر تعقيدا أن الثقة …، مما زاد الحزن على رحيله أن كتابه …): a
 * statement of its own. Not أن right after the verb or its preposition (مما يعني أن، مما يشير إلى أن),
 * nor before a verb (مما دفع الحكومة إلى أن تعلن), which state a consequence.
 */
function hasSubjectClause(words: readonly Word[], from: number, text: string, base: number, list: NameList): boolean {
  for (let k = from, between = 0; k < words.length - 1 && k < from + SUBJECT_CLAUSE_REACH; k++) {
    if (CLAUSE_PUNCTUATION.test(text.slice(words[k - 1].end - base, words[k].start - base))) return false;
    const light = words[k].spelling.light;
    // A name after أن is its subject, whatever its shape (مما زاد التوتر أن ترامب غادر).
    if (light === 'أن') return between > 0 && (!isSubjunctiveShape(words[k + 1].spelling.light) || namesSomeone(words[k + 1].spelling.folded, list));
    if (!COMPLEMENT_PREPOSITIONS.has(light)) between++;
  }
  return false;
}

const SUBJECT_CLAUSE_REACH = 6;
const COMPLEMENT_PREPOSITIONS = new Set(['إلى', 'على', 'عن', 'في', 'من', 'له', 'لها']);

/** The length of the first clause of `text`, up to a comma, semicolon or colon. */
function clauseLength(text: string): number {
  const at = text.search(CLAUSE_PUNCTUATION);
  return at === -1 ? text.length : at;
}

/** Ends a noun made definite by a pronoun (بلاده، قواتها، حكومتنا). */
const PRONOUN_SUFFIX = /(?:ه|ها|هم|هما|هن|نا|كم)$/u;

/**
 * Whether the noun before the stop is definite, as a noun a relative pronoun describes must be: with the
 * article or a pronoun, or a listed name (غزة، لبنان). An indefinite one (ثلاثة أيام. الذي يريده السكان …)
 * takes no relative pronoun: what follows may be a sentence of its own.
 */
function isDefiniteNoun(noun: Word, list: NameList): boolean {
  const { light, folded } = noun.spelling;
  if (definitePrefixLength(light) > 0 || PRONOUN_SUFFIX.test(light) || isListedNameWord(list, folded)) return true;
  return folded.length > 3 && isProcliticLetter(folded[0]) && isListedNameWord(list, folded.slice(1));
}

/** A comma within the first `words` words of the sentence: what opens it is a phrase fronted before its clause. */
function isFrontedPhrase(sentence: Sentence, text: string, base: number, within: number): boolean {
  const { words } = sentence;
  const reach = words[Math.min(words.length, within) - 1];
  return reach !== undefined && CLAUSE_PUNCTUATION.test(text.slice(words[0].start - base, reach.end - base + 1));
}

function matchOpener(next: Sentence, before: BeforeDot, noun: Word | undefined, list: NameList, index: PhraseIndex, text: string, base: number): Match | undefined {
  const { words } = next;
  const foldedAt = (i: number) => words[i].spelling.folded;
  for (const p of index.get(foldedAt(0)) ?? []) {
    if (p.words.length > words.length || !p.words.every((_, i) => writes(foldedAt(i), p, i))) continue;
    const relative = p.messageId === 'relativePronoun';
    if (relative && before === 'other') continue;
    const mayHeadCleft = CONSEQUENCE_CLAUSES.includes(p) || p === MATTER_WHICH || relative;
    // A pseudo-cleft (ما أدى إلى الأزمة هو…) or a question (ما أدى إلى ذلك؟) stands on its own.
    if (mayHeadCleft && (words.some((w) => PSEUDO_CLEFT_COPULA.has(w.spelling.folded)) || QUESTION_END.test(next.text))) continue;
    const last = words[p.words.length - 1];
    const phrase = text.slice(words[0].start - base, last.end - base);
    const mayStandAlone = mayHeadCleft && (hasOwnPredicate(next) || (relative && words.length > 1 && CLEFT_VERBS.has(foldedAt(1))));
    // والتي، والذي: the conjunction goes on from the noun before, as the pronoun alone does.
    const pronoun = foldedAt(0)[0] === 'و' ? foldedAt(0).slice(1) : foldedAt(0);
    const disagrees = relative && before === 'arabicLetter' && !mayDescribe(pronoun, noun, list);
    // A predicate of its own and a noun it cannot describe: the pronoun opens a sentence (الأمسية. اللواتي قرأن نصوصهن نلن تصفيقا).
    if (mayStandAlone && disagrees) continue;
    // مما يزيد الأمر تعقيدا أن الثقة …: the verb's subject is the أن clause after its object, a sentence of its own.
    if (foldedAt(0) === MIMMA && hasSubjectClause(words, p.words.length, text, base, list)) continue;
    // لكي ينجح أي إصلاح، لا بد أن …: a subordinate clause fronted before its main clause, after a comma.
    if (SUBORDINATOR_PHRASES.includes(p) && isFrontedPhrase(next, text, base, FRONTED_CLAUSE_WORDS)) continue;
    const fronted = REPORTING_PHRASES.includes(p) && isFrontedPhrase(next, text, base, FRONTED_PHRASE_WORDS);
    if (mayStandAlone || disagrees || fronted || (relative && before === 'digitOrCloser')) return { confidence: 'medium', messageId: 'mayDepend', phrase, end: last.end };
    return { confidence: p.confidence, messageId: p.messageId, phrase, end: last.end };
  }
  const breakdown = matchBreakdown(words, text, base);
  if (breakdown) return breakdown;
  // لتسريع التنفيذ، شكلت الوزارة لجنة: a purpose fronted before its main clause, after a comma; and one
  // that points back at the sentence before (لتحقيق ذلك تحتاج الوزارة …). A name in ل is no purpose
  // (ليفربول، ليونيل), though it may look like a verb after it.
  if (isPurposeLam(words[0].spelling.light) && !namesSomeone(words[0].spelling.folded, list) && !CLAUSE_PUNCTUATION.test(next.text) && !ADDITIVE_REFERENTS.has(words[1]?.spelling.folded ?? '') && !isExhortation(words)) {
    return { confidence: 'medium', messageId: 'purposeClause', phrase: words[0].text, end: words[0].end };
  }
  return matchAddition(next, text, base);
}

/**
 * بينهم and its kin, letter-folded: who among a tally (قتل 27 شخصا، بينهم 9 أطفال، منهم 12 طفلا). Not
 * بينهما, whose number is as often a gap between two (بينهما 3 نقاط).
 */
const AMONG = new Set(['بينهم', 'بينهن', 'بينها', 'منهم', 'منهن'].map(foldLetters));
const FROM = foldLetters('من');
/** What rounds the count of a tally (بينهم نحو 40، بينهم أكثر من 40), letter-folded. */
const ABOUT = new Set(['نحو', 'قرابة', 'حوالي', 'زهاء'].map(foldLetters));
const MORE_OR_LESS = new Set(['أكثر', 'أقل'].map(foldLetters));

/**
 * `قتل 27 شخصا. بينهم 9 أطفال.`: بينهم (or من بينهم) and a number, rounded or not (بينهم نحو 9، منهم أكثر
 * من 40), count part of the tally before, a phrase no sentence opens with; بينهم before anything else
 * (بينهم من يطالب بالرحيل) may open one.
 */
function matchBreakdown(words: readonly Word[], text: string, base: number): Match | undefined {
  const among = words[0].spelling.folded === FROM ? 1 : 0;
  if (words[among] === undefined || !AMONG.has(words[among].spelling.folded)) return undefined;
  let at = among + 1;
  if (ABOUT.has(words[at]?.spelling.folded)) at++;
  else if (MORE_OR_LESS.has(words[at]?.spelling.folded) && words[at + 1]?.spelling.folded === FROM) at += 2;
  const count = words[at];
  if (count === undefined) return undefined;
  if (!isDigit(count.text.charCodeAt(0)) && !isNumberWord(count.spelling.folded)) return undefined;
  const last = words[among];
  return { confidence: 'high', messageId: 'dependentPhrase', phrase: text.slice(words[0].start - base, last.end - base), end: last.end };
}

/** Whether a folded word is a listed name or a given name: ليفربول، ليونيل. */
const namesSomeone = (folded: string, list: NameList) => isListedNameWord(list, folded) || startsName(folded);

/** لنتذكر أن، لنفترض أن: the لام of exhortation on a verb of ours before أن, which opens a sentence. */
function isExhortation(words: readonly Word[]): boolean {
  return words[0].spelling.light.startsWith('لن') && words.length > 1 && (words[1].spelling.folded === 'ان');
}

/** What adds to the sentence before (إضافة إلى خطة عمل), letter-folded. */
const ADDITIVE_OPENERS = ['إضافة إلى', 'بالإضافة إلى', 'فضلا عن', 'علاوة على', 'إلى جانب'].map((p) => foldLetters(p).split(' '));
/** What makes an additive opener the start of a sentence of its own: إضافة إلى ذلك، … */
const ADDITIVE_REFERENTS = new Set(['ذلك', 'هذا', 'هذه'].map(foldLetters));

/**
 * `… إعلان مشترك. إضافة إلى خطة عمل تمتد خمس سنوات.`: an additive opener and a noun with no clause of
 * their own, neither a comma after a fronted phrase nor a verb, continue the sentence before. Medium: a
 * verb the test misses would make it a sentence.
 */
function matchAddition(next: Sentence, text: string, base: number): Match | undefined {
  const { words } = next;
  const opener = leadingOpener(words, ADDITIVE_OPENERS, false);
  if (!opener || opener.length === words.length || ADDITIVE_REFERENTS.has(words[opener.length].spelling.folded) || CLAUSE_PUNCTUATION.test(next.text)) return undefined;
  if (words.slice(opener.length).some((w) => looksLikeVerb(w.spelling.folded))) return undefined;
  const last = words[opener.length - 1];
  return { confidence: 'medium', messageId: 'mayDepend', phrase: text.slice(words[0].start - base, last.end - base), end: last.end };
}

/** `وفي إطار الجهود الدولية لإنهاء الأزمة. وصل المبعوث…`: a short verbless opener cut from its main clause. */
function matchFragment(sentence: Sentence, next: Sentence, text: string, base: number): Match | undefined {
  const words = sentence.words;
  if (words.length > MAX_FRAGMENT_WORDS || CLAUSE_PUNCTUATION.test(sentence.text)) return undefined;
  const opener = leadingOpener(words, FRAGMENT_OPENERS, true);
  if (!opener || words.slice(opener.length).some((w) => looksLikeVerb(w.spelling.folded))) return undefined;
  const nextFirst = next.words[0].spelling.folded;
  if ((nextFirst.startsWith('و') && !ROOT_WAW_VERBS.has(nextFirst)) || INDEPENDENT_OPENERS.has(nextFirst)) return undefined;
  const openerEnd = words[opener.length - 1].end;
  return { confidence: 'medium', messageId: 'fragment', phrase: text.slice(words[0].start - base, openerEnd - base), end: next.words[0].end };
}

/** The first of `openers` (letter-folded words) that `words` start with; with `conjunction`, its first word may carry و. */
function leadingOpener(words: readonly Word[], openers: readonly string[][], conjunction: boolean): string[] | undefined {
  return openers.find(
    (opener) => opener.length <= words.length && opener.every((w, i) => words[i].spelling.folded === w || (conjunction && i === 0 && words[0].spelling.folded === `و${w}`)),
  );
}

function looksLikeVerb(word: string): boolean {
  return isSpeechVerb(word) || (PRESENT_VERB.test(word) && !NOMINAL_ENDING.test(word)) || DERIVED_PAST_VERB.test(word);
}

/**
 * Where the sentence's one full stop is, not part of an ellipsis or `..`: at its end, or inside the
 * closing quotation marks that end it (قال: «سنراجع كل العقود.» بما في ذلك …); undefined without one.
 */
/** Emphasis markers around a word in Markdown (`**بما في ذلك**`، `_الذي_`), and a link text's opening bracket… */
const EMPHASIS = '*_~[';
/** …and its closing one, before the stop. */
const EMPHASIS_CLOSERS = '*_~]';

/** Whether the sentence opens with its first word, or with emphasis or a link around it (`**بما في ذلك**`). */
function opensWithWord(sentence: Sentence, text: string, base: number): boolean {
  for (let at = sentence.start; at < sentence.words[0].start; at++) if (!EMPHASIS.includes(text[at - base])) return false;
  return true;
}

/**
 * The last character of the word before offset `at` (the stop's), past the emphasis and the link around
 * it: `**للمستثمرين**.`، `[للمستثمرين](https://…).` (the target masked).
 */
function wordEndBefore(text: string, base: number, at: number): number {
  let i = at - base;
  if (text[i] === OPAQUE) {
    let run = i;
    while (run > 0 && text[run - 1] === OPAQUE) run--;
    if (text[run - 1] === ']') i = run - 1;
  }
  while (i > 0 && EMPHASIS_CLOSERS.includes(text[i])) i--;
  return i + base;
}

function fullStopAt(sentence: Sentence): number | undefined {
  const t = sentence.text;
  let at = t.length - 1;
  while (at > 0 && (CLOSING_QUOTE_MARKS.includes(t[at]) || MARKUP_CLOSERS.includes(t[at]))) at--;
  return at > 0 && t[at] === '.' && !'.…؟?!'.includes(t[at - 1]) ? sentence.start + at : undefined;
}

export default defineRule<Options>({
  id: 'stray-period',
  category: 'punctuation',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'paragraph',
  messages: {
    dependentPhrase: {
      ar: 'نقطة في غير موضعها: «{phrase}» لا تبدأ جملة مستقلة، فالموضع موضع فاصلة.',
      en: 'Stray full stop: “{phrase}” cannot start a sentence of its own; a comma belongs here.',
    },
    relativePronoun: {
      ar: 'نقطة في غير موضعها: اسم الموصول «{phrase}» يصف ما قبله، فالموضع موضع فاصلة.',
      en: 'Stray full stop: the relative pronoun “{phrase}” describes what comes before it; a comma belongs here.',
    },
    mayDepend: {
      ar: 'قد تكون النقطة في غير موضعها: «{phrase}» تربط ما بعدها بالجملة السابقة في الغالب.',
      en: 'Possibly a stray full stop: “{phrase}” usually ties what follows to the sentence before.',
    },
    purposeClause: {
      ar: 'قد تكون النقطة في غير موضعها: «{phrase}» تبدأ تعليلا أو غاية للجملة السابقة.',
      en: 'Possibly a stray full stop: “{phrase}” opens a purpose clause of the sentence before.',
    },
    fragment: {
      ar: 'قد تكون النقطة في غير موضعها: العبارة التي تبدأ بـ«{phrase}» بلا فعل، والنقطة تفصلها عن الجملة التي تكملها.',
      en: 'Possibly a stray full stop: the phrase opening with “{phrase}” has no verb, and the full stop cuts it from the clause it belongs to.',
    },
    useComma: { ar: 'استبدل بالنقطة فاصلة', en: 'Replace the full stop with a comma' },
    moveOutOfQuotation: { ar: 'احذف النقطة داخل علامة التنصيص وضع فاصلة بعدها', en: 'Drop the full stop inside the quotation and put a comma after the closing mark' },
  },
  docs: {
    summary: {
      ar: 'يرصد النقطة التي تقطع الجملة قبل عبارة لا تقوم بنفسها، مثل «بما في ذلك» و«مما أدى» واسم الموصول.',
      en: 'Flags a full stop that cuts a sentence before a phrase that cannot stand alone, such as “بما في ذلك”, “مما أدى” or a relative pronoun.',
    },
    rationale: {
      ar: 'الجملة المبتورة تربك القارئ وتُظهر النص مرتبكا، وهي من أكثر أخطاء الترقيم شيوعا في النصوص المترجمة والمجمعة على عجل. الحالات القاطعة تصحح آليا، والمحتملة تعرض اقتراحا.',
      en: 'A cut sentence confuses the reader and makes the copy look careless; it is among the commonest punctuation slips in translated and hastily assembled wire copy. Clear cases are fixed automatically, likely ones are offered as suggestions.',
    },
    bad: 'اتفق الطرفان على جدول زمني. بما في ذلك موعد الانسحاب.',
    good: 'اتفق الطرفان على جدول زمني، بما في ذلك موعد الانسحاب.',
    notFlagged: {
      ar: 'الكلمات التي تبدأ جملة مستقلة: لكن، لذلك، لهذا، لقد، لم، لن، لا، لدى، للمرة، والأسماء المبدوءة باللام (لبنان، لندن، ليبيا، لجنة، ليلة)؛ النقطة بعد اختصار (د.، أ.ف.ب.، Inc.، et al.، Ph.D.، J. Clin. Oncol.، 1445هـ.، 2023م.)، والقوائم المرقمة، والأعداد العشرية، وعلامة الحذف؛ واسم الموصول في أول فقرة جديدة (القاعدة تفحص داخل الفقرة فقط)؛ و«مما لا شك فيه»، و«مما» بفعلها ومفعوله قبل فاعله المصدر بأن («مما يزيد الأمر تعقيدا أن …»)، وجملة الحصر «ما أدى إلى الأزمة هو…» و«الذي يثير القلق هو…»، والسؤال «ما أدى إلى ذلك؟»، و«إضافة إلى ذلك» و«علاوة على ذلك» في أول الجملة، وغاية أو جملة تابعة مقدَّمة على جملتها بعدها فاصلة (لتسريع التنفيذ، شكلت الوزارة لجنة؛ لكي ينجح الإصلاح، لا بد …) أو تشير إلى ما قبلها (لتحقيق ذلك تحتاج الوزارة…)، ولام الأمر قبل «أن» (لنتذكر أن…)، واسم الموصول الذي له خبر مستقل ولا يطابق الاسم قبل النقطة (القرى الجبلية. الذين فقدوا منازلهم يقيمون في خيام)، و«بينهم» إذا لم يتلها عدد (بينهم من يطالب بالرحيل) و«بينهما» (بينهما 3 نقاط)، فقد تبدآن جملة؛ أما «بينهم» و«منهم» قبل عدد، تقريبي أو لا، فتفصّلان حصيلة ما قبلهما (قتل 27 شخصا. بينهم 9 أطفال، بينهم نحو 9، منهم أكثر من 40) فتصحح النقطة فاصلة. وتُقترح الفاصلة قبل «ما يعني» (بمعنى مما يعني) وقبل «إضافة إلى» و«فضلا عن» و«علاوة على» و«إلى جانب» إذا تلاها اسم بلا فعل ولا فاصلة (… إعلان مشترك. إضافة إلى خطة عمل.). ويُقترح الإصلاح ولا يطبق تلقائيا إذا كان لجملة «ما أدى إلى» أو اسم الموصول خبر مستقل (…كان غياب المحامي)، أو تلا اسمَ الموصول فعلٌ مما يأتي بعد الموصول بمعنى «ما» (الذي يهم الطلاب الآن موعد التسجيل)، أو لم يطابق اسمُ الموصول الاسمَ قبل النقطة (القضيتين. الذي، الحادث. التي، الأمسية. اللواتي)، ومنه الاسم النكرة (ثلاثة أيام. الذي)، أو جاء اسم الموصول في كلام منقول قد يبدأ به جملة («… قسم الولادة. التي تحتاج إلى عملية تنتظر دورها»).',
      en: 'Words that do start sentences: لكن، لذلك، لهذا، لقد، لم، لن، لا، لدى، للمرة, and names and nouns beginning with ل (لبنان، لندن، ليبيا، لجنة، ليلة); a full stop after an abbreviation (د.، أ.ف.ب.، Inc.، et al.، Ph.D.، J. Clin. Oncol.، 1445هـ.، 2023م.), numbered lists, decimals and ellipses; a relative pronoun opening a new paragraph (the rule looks within a paragraph only); مما لا شك فيه, مما with its verb and an object before its subject in أن (مما يزيد الأمر تعقيدا أن …), the pseudo-clefts ما أدى إلى الأزمة هو… and الذي يثير القلق هو…, and the question ما أدى إلى ذلك؟, إضافة إلى ذلك or علاوة على ذلك opening a sentence, a purpose or a subordinate clause fronted before its clause with a comma after it (لتسريع التنفيذ، شكلت الوزارة لجنة؛ لكي ينجح الإصلاح، لا بد …) or pointing back at the sentence before (لتحقيق ذلك تحتاج الوزارة…), an exhortation before أن (لنتذكر أن…), a relative pronoun with a predicate of its own that may not describe the noun before the stop (القرى الجبلية. الذين فقدوا منازلهم يقيمون في خيام), and بينهم before anything but a number (بينهم من يطالب بالرحيل) or بينهما (بينهما 3 نقاط), which may open a sentence; بينهم or منهم before a number, rounded or not, counts part of a tally (قتل 27 شخصا. بينهم 9 أطفال، بينهم نحو 9، منهم أكثر من 40) and gets its comma. A comma is offered before ما يعني (which means, the ما of مما يعني) and before إضافة إلى، فضلا عن، علاوة على or إلى جانب followed by a noun with no verb and no comma (… إعلان مشترك. إضافة إلى خطة عمل.). The fix is offered, not made, when ما أدى إلى or the relative pronoun has a predicate of its own (…كان غياب المحامي) or the pronoun is followed by a verb a «what» clause takes (الذي يهم الطلاب الآن موعد التسجيل), or when the pronoun may not describe the noun before the stop (القضيتين. الذي، الحادث. التي، الأمسية. اللواتي), an indefinite one among them (ثلاثة أيام. الذي), or stands in quoted speech, which may open a sentence with it («… قسم الولادة. التي تحتاج إلى عملية تنتظر دورها»).',
    },
  },
  defaultOptions: { extraPhrases: [] },
  optionsSchema: {
    type: 'object',
    properties: {
      extraPhrases: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'More phrases that never open a sentence; a full stop before one is reported with high confidence and fixed to a comma.',
      },
    },
    additionalProperties: false,
  },
  checkParagraph(paragraph, { options, names, report }) {
    const { text, start: base, sentences } = paragraph;
    const index = phraseIndex(options.extraPhrases ?? []);
    const list = nameListFor(names);
    for (let i = 0; i + 1 < sentences.length; i++) {
      const sentence = sentences[i];
      const next = sentences[i + 1];
      const dot = fullStopAt(sentence);
      if (dot === undefined || next.words.length === 0 || !opensWithWord(next, text, base)) continue;
      const closers = text.slice(dot + 1 - base, sentence.end - base);
      let closingQuotes = '';
      for (const ch of closers) if (!MARKUP_CLOSERS.includes(ch)) closingQuotes += ch;
      // A quoted sentence is complete: no relative pronoun after it describes a noun inside it («انتهى الأمر.» التي …).
      // A name's plus (أوبك+. الذي) is the name's: the stop follows its word.
      const last = wordEndBefore(text, base, text[dot - 1 - base] === '+' ? dot - 2 : dot - 1);
      const before = closingQuotes ? 'other' : beforeDot(text[last - base] ?? '');
      const match = matchOpener(next, before, sentence.words.at(-1), list, index, text, base) ?? matchFragment(sentence, next, text, base);
      if (!match || dotClosesAbbreviation(sentence, dot, text, base)) continue;
      // Between two verses of the Quran quoted (قوله تعالى «هدى للمتقين. الذين يؤمنون بالغيب»), the stop is the text's.
      if (hasQuotedVerse(paragraph) && inQuotedVerse(paragraph, dot)) continue;
      // Inside a quotation the stop goes and the comma follows the closing mark: «سنراجع كل العقود»، بما في ذلك.
      // Markup closing after the stop (`**…المحافظات.** بما`، `[….](url) بما`) stays where it is: the stop alone becomes a comma.
      const fix = closingQuotes && closingQuotes === closers
        ? { messageId: 'moveOutOfQuotation', edits: [{ span: { start: dot, end: sentence.end }, text: `${closingQuotes}،` }] }
        : { messageId: 'useComma', edits: [{ span: { start: dot, end: dot + 1 }, text: '،' }] };
      // Quoted speech runs on without the reporter's care: a relative pronoun there may open a sentence whose
      // verb the predicate test misses («… قسم الولادة. التي تحتاج إلى عملية قيصرية تنتظر دورها»), so its
      // comma is offered, not made.
      const quotedRelative = match.messageId === 'relativePronoun' && quotationAt(paragraph, dot) !== undefined;
      const sure = match.confidence === 'high' && !quotedRelative;
      report({
        span: { start: dot, end: match.end },
        messageId: match.messageId,
        data: { phrase: match.phrase },
        ...(sure ? {} : { confidence: 'medium' as const }),
        fixes: [{ ...fix, safe: sure }],
      });
    }
  },
});
