import { startsName } from '../names/detect';
import { isListedNameWord, listedFormsAt, nameListFor, startsListedNameAsWritten, type NameList } from '../names/list';
import { PLACE_TRIGGERS } from '../names/vocabulary';
import { hasQuotedVerse, inQuotedVerse } from '../text/quoted-verse';
import { defineRule } from '../rule';
import type { Sentence, Word } from '../text/article';
import { forEachForm, splitDefinite, type CliticSet } from '../text/clitics';
import { correctionEdit } from '../text/minimal-edit';
import { isPersianOrUrdu } from '../text/persian-script';
import { isQuoted } from '../text/pairs';
import { isSubjunctiveShape } from '../text/purpose-clause';
import { foldLetters } from '../text/normalize';
import { isDigit, LETTER_N, LETTER_NAMES } from '../text/punctuation';
import { isNumberWord } from '../text/sentence-forms';
import { perSpelling, SpellingNumbers, type Spelling } from '../text/spellings';
import {
  AN_FORMS,
  ANNA_AFTER,
  BARE_ALSO_ANOTHER_WORD,
  FINAL_YA,
  GIVEN_NAMES_NEED_HAMZA,
  INNA_AFTER,
  LI_ANNA_FORMS,
  MISSPELLINGS,
  NEEDS_HAMZA,
  OTHER_WORDS,
  PRONOUN_HA_AFTER_VERBS,
  WASL_VERBAL_NOUN,
  WASL_WORDS,
} from '../text/spelling-lists';
import type { Fix, Span } from '../types';

/** What the rule knows about a written form. One map for all of it: a single lookup per word. */
type PlainLexeme =
  | { kind: 'misspelled' | 'finalYa' | 'wasl'; right: string }
  /** ة for the pronoun ه: `safe` for a listed word, not for one its ending alone tells. */
  | { kind: 'pronounHa'; right: string; safe: boolean }
  /** ة for ه in a word that is another word alone (علية القوم), the pronoun in a blessing (صلى الله علية وسلم). */
  | { kind: 'blessingHa'; right: string }
  /** `entry`: the listed word, to find it written with hamza elsewhere in the article; `name`: a given name. */
  | { kind: 'bareAlef'; right: string; entry: string; name?: true }
  | { kind: 'withHamza'; entry: string; name?: true }
  /** A bare form with several readings, one of them sure where the context says: after a number, or opening a clause. */
  | { kind: 'afterNumber' | 'clauseStart' | 'beforeDefinite'; right: string }
  /** A form that is sure only before one of `next` (وانا إليه راجعون), reported as `messageId` says. */
  | { kind: 'beforeWord'; right: string; next: ReadonlySet<string>; messageId: 'bareAlef' | 'misspelled' }
  | { kind: 'an' | 'liAnna' | 'anna' | 'inna' | 'waAn' };
/** إنشاء/انشاء, with و or not: the start of إن شاء الله misspelled when الله follows; otherwise what `alone` says, if anything. */
type Lexeme = PlainLexeme | { kind: 'inshaa'; conjunction: string; alone: PlainLexeme | undefined } | { kind: 'waslVerbalNoun' } | { kind: 'family'; right: string };

const LEXICON = new Map<string, Lexeme>();

function addList<T>(lists: Readonly<Record<CliticSet, readonly T[]>>, each: (set: CliticSet, item: T) => void): void {
  for (const set of Object.keys(lists) as CliticSet[]) for (const item of lists[set]) each(set, item);
}

function add(form: string, lexeme: Lexeme): void {
  if (!OTHER_WORDS.has(form)) LEXICON.set(form, lexeme);
}

addList(MISSPELLINGS, (set, [wrong, right]) => forEachForm(set, wrong, right, (w, r) => add(w, { kind: 'misspelled', right: r })));
addList(FINAL_YA, (set, [wrong, right]) => forEachForm(set, wrong, right, (w, r) => add(w, { kind: 'finalYa', right: r })));
// A stem whose spelling with إ is another word (the noun إعتاد beside the verb اعتاد) is left out with its clitics.
addList(WASL_WORDS, (set, right) => {
  // A noun's wasl written with أ too (أنسحاب، أستهداف); a verb's so written is its first person (أنتقل، أتفق).
  for (const hamza of set === 'noun' ? ['إ', 'أ'] : ['إ']) {
    const wrong = hamza + right.slice(1);
    if (!OTHER_WORDS.has(wrong)) forEachForm(set, wrong, right, (w, r) => add(w, { kind: 'wasl', right: r }));
  }
});
for (const [lists, name] of [[NEEDS_HAMZA, undefined], [GIVEN_NAMES_NEED_HAMZA, true]] as const) {
  addList(lists, (set, right) =>
    forEachForm(set, right.replace(/^[أإآ]|(?<=^ال)[أإآ]/u, 'ا'), right, (w, r) => {
      add(w, { kind: 'bareAlef', right: r, entry: right, name });
      add(r, { kind: 'withHamza', entry: right, name });
    }),
  );
}
for (const right of PRONOUN_HA_AFTER_VERBS) forEachForm('conjunction', right.slice(0, -1) + 'ة', right, (w, r) => add(w, { kind: 'pronounHa', right: r, safe: true }));
// له has no other word in لة; عنه and عليه have (عُنّة، علية القوم): those are the pronoun in a blessing only.
add('لة', { kind: 'pronounHa', right: 'له', safe: true });
add('عنة', { kind: 'blessingHa', right: 'عنه' });
add('علية', { kind: 'blessingHa', right: 'عليه' });
for (const form of AN_FORMS) {
  add(form, { kind: 'an' });
  // Written أن: a slip for إن after قال, which the hamza's seat tells.
  if (!LEXICON.has('أ' + form.slice(1))) add('أ' + form.slice(1), { kind: 'anna' });
  // Written إن: a slip for أن after أكد, أوضح …, which the verb tells.
  if (!LEXICON.has('إ' + form.slice(1))) add('إ' + form.slice(1), { kind: 'inna' });
}
for (const form of LI_ANNA_FORMS) add(form, { kind: 'liAnna' });
// وان and its forms with و (not فان: Dutch names, فان دايك), which coordinate a clause with the one before.
for (const form of AN_FORMS) add('و' + form, { kind: 'waAn' });
/** The hamza of أن and إن with their pronouns, and with و: the clause a وان coordinates with takes the same hamza. */
const HAMZA_OF_AN = new Map(AN_FORMS.flatMap((form) => ['أ', 'إ'].flatMap((hamza) => [hamza + form.slice(1), 'و' + hamza + form.slice(1)].map((written): [string, string] => [written, hamza]))));
for (const conjunction of ['', 'و']) {
  for (const form of ['إنشاء', 'انشاء']) add(conjunction + form, { kind: 'inshaa', conjunction, alone: LEXICON.get(conjunction + form) as PlainLexeme | undefined });
}

// Left out of NEEDS_HAMZA as ambiguous, each has one reading in one context: الاف after a number is آلاف
// (3 الاف), not the F of الاف 16, and الف after one is ألف (25 الف), not the letter alef (حرف الالف);
// انا opening a clause is أنا, not the name آنا, and إنا before لله (إنا لله وإنا إليه راجعون), as وانا is
// before إليه.
add('الاف', { kind: 'afterNumber', right: 'آلاف' });
add('الف', { kind: 'afterNumber', right: 'ألف' });
add('الفا', { kind: 'afterNumber', right: 'ألفا' });
// The Maghreb's August after a day's number (20 اوت), elsewhere perhaps آوت (sheltered).
add('اوت', { kind: 'afterNumber', right: 'أوت' });
add('انا', { kind: 'clauseStart', right: 'أنا' });
add('وانا', { kind: 'beforeWord', right: 'وإنا', next: new Set(['إليه', 'اليه']), messageId: 'bareAlef' });
// صلي (pray, to a woman) is the blessing's صلى before الله (صلى الله عليه وسلم); المدعي (the plaintiff)
// is المدعى (the defendant) before عليه.
add('صلي', { kind: 'beforeWord', right: 'صلى', next: new Set(['الله']), messageId: 'misspelled' });
const DEFENDANT_NEXT: ReadonlySet<string> = new Set(['عليه', 'عليها', 'عليهم', 'عليهما']);
forEachForm('definite', 'المدعي', 'المدعى', (w, r) => add(w, { kind: 'beforeWord', right: r, next: DEFENDANT_NEXT, messageId: 'misspelled' }));
// إلي is إليّ (to me) before من or a pause (أحب إلي من …), but إلى before a noun with the article (إلي القاهرة).
for (const form of ['إلي', 'الي']) add(form, { kind: 'beforeDefinite', right: 'إلى' });

/** The one an order is given to, after قال (قالت لي أن أجلس، قال لنا أن ننتظر). */
const ORDERED: ReadonlySet<string> = new Set(['لي', 'له', 'لها', 'لنا', 'لهم', 'لهما', 'لكم', 'لك']);

/** Whether only spaces stand between two words of the prose: no mark, no line break. */
const spacesOnlyBetween = (prose: string, before: Word, after: Word) => /^ +$/u.test(prose.slice(before.end, after.start));

/** The hamza written on a wasl: إ, or أ on a listed noun (أنسحاب). */
const HAMZA_ON_WASL = /[إأ]/u;

const PREPOSITIONS = new Set(['عن', 'في', 'من', 'على', 'إلى', 'الى', 'حول', 'بعد', 'قبل', 'منذ', 'خلال', 'دون', 'بدون']);
// ال standing alone before a family's name is آل (ال نهيان، وال الشيخ); elsewhere it may be the article cut off its word.
for (const conjunction of ['', 'و']) add(conjunction + 'ال', { kind: 'family', right: conjunction + 'آل' });

/** Families named with آل and no article: ال before them is آل, not the article cut off (ال نهيان). */
const FAMILIES = new Set(['نهيان', 'مكتوم', 'سعود', 'ثاني', 'خليفة', 'سعيد', 'عمران', 'جابر']);
/** What names ال itself, the article, in copy about the language (ال التعريف، ال الشمسية): no family. */
const ARTICLE_NAMED = new Set(['التعريف', 'الشمسية', 'القمرية']);

/** A folded word as it stands alone, its proclitics before the article taken off: للامم → الامم. */
function standingAlone(folded: string): string {
  const definite = splitDefinite(folded);
  return definite ? `ال${definite.stem}` : folded;
}

/** A form VII, VIII or X verbal noun written with إ, which is not listed: its shape tells (WASL_VERBAL_NOUN). */
const WASL_VERBAL: Lexeme = { kind: 'waslVerbalNoun' };

/** What the rule knows about a written word; null for most words. */
const lexemeOf = perSpelling(({ light }): Lexeme | null => {
  const listed = LEXICON.get(light);
  if (listed) return listed;
  if (light.endsWith('اتة')) return pluralWithPronounTa(light);
  return light.length >= 5 && light.includes('إ') && !OTHER_WORDS.has(light.slice(stemStart(light))) && WASL_VERBAL_NOUN.test(light) ? WASL_VERBAL : null;
});

/**
 * A verbal noun's shape with the article or a pronoun after it, which no foreign name takes: الإنتهاء،
 * للإستحواذ، إقتراضها. The shape must hold without the pronoun: a name may end in its letters (إنديانا).
 */
function isArabicByItsAffixes(light: string): boolean {
  if (hasArticleBeforeStem(light, stemStart(light))) return true;
  const pronoun = ATTACHED_PRONOUN.exec(light);
  return pronoun !== null && WASL_VERBAL_NOUN.test(light.slice(0, pronoun.index));
}
const ATTACHED_PRONOUN = /(?:ها|هما|هم|هن|ه|نا|كم|ك)$/u;

/** Whether the proclitics before the stem at `at` end with the article (الأمور، بالإعلام، للإستحواذ). */
const hasArticleBeforeStem = (light: string, at: number) => at >= 2 && light[at - 1] === 'ل' && (light[at - 2] === 'ا' || light[at - 2] === 'ل');

/**
 * Where a word's stem starts past the proclitics it may begin with, the article among them: و or ف, then
 * ال (with ب or ك before it) or لل, else one of ب ل ك (والأمور: 3، للإعلام: 2، بأسماء: 1). Read letter by
 * letter: it is asked of every new spelling.
 */
function stemStart(light: string): number {
  let i = light[0] === 'و' || light[0] === 'ف' ? 1 : 0;
  const next = light[i];
  if (next === 'ل' && light[i + 1] === 'ل') return i + 2;
  if ((next === 'ب' || next === 'ك') && light[i + 1] === 'ا' && light[i + 2] === 'ل') return i + 3;
  if (next === 'ا' && light[i + 1] === 'ل') return i + 2;
  if (next === 'ب' || next === 'ل' || next === 'ك') i++;
  return i;
}

/**
 * A word in اتة: a feminine plural with the pronoun ه written ة (بتصريحاتة), unless the letters before ات
 * are two or fewer (شماتة، إماتة، شحاتة، the name نباتة) or است and one more (استماتة), which are nouns,
 * or it has the article, which no noun with a pronoun takes (الشوكولاتة).
 * Proclitics are stripped greedily, which only ever shortens the stem and so loses a finding, never adds one.
 */
function pluralWithPronounTa(light: string): Lexeme | null {
  const at = stemStart(light);
  const stem = light.slice(at, -3);
  if (stem.length < 3 || hasArticleBeforeStem(light, at) || /^[اإ]?ست.$/u.test(stem) || OTHER_WORDS.has(stem + 'اتة')) return null;
  return { kind: 'pronounHa', right: light.slice(0, -1) + 'ه', safe: false };
}

/**
 * Word i stands in a blessing or a hadith's grading: after الله of صلى الله and رضي الله (صلى الله عليه
 * وسلم، رضي الله عنه، عليه السلام، عليه الصلاة والسلام), or after متفق (متفق عليه).
 */
function inBlessing(words: readonly Word[], i: number): boolean {
  const before = words[i - 1]?.spelling.light;
  const next = words[i + 1]?.spelling.light;
  if (before === 'الله' && BLESSING_VERBS.has(words[i - 2]?.spelling.light ?? '')) return true;
  return before === 'متفق' || (next !== undefined && BLESSING_NEXT.has(next));
}

const BLESSING_VERBS: ReadonlySet<string> = new Set(['صلى', 'صلي', 'رضي', 'رضى', 'عفا', 'غفر', 'رحمة']);
const BLESSING_NEXT: ReadonlySet<string> = new Set(['وسلم', 'السلام', 'الصلاة']);

/**
 * A common noun (with the article or a pronoun) whose stem opens with an alef, bare or with hamza, of four
 * letters or more, for comparing the two writings of one word in an article (الامور beside الأمور):
 * alefKeyOf(stem with a bare alef) × 8 + its ALEF_KINDS index; 0 for every other word, most of them. Not a
 * stem that takes a bare alef (wasl: الاتفاق، استمرار), nor one written with a hamza it should not have
 * (إستمرار), which the rule fixes otherwise, nor a given name (احمد), which name-consistency compares.
 */
function alefStartOf(spelling: Spelling): number {
  const { light, folded } = spelling;
  const at = stemStart(light);
  const first = light[at];
  // Most words are turned down here, before any string is made.
  if ((first !== 'ا' && first !== 'أ' && first !== 'إ' && first !== 'آ') || light.length - at < MIN_ALEF_STEM) return 0;
  const stem = light.slice(at);
  // A common noun by its article or its pronoun: a name without them is name-consistency's (ايران، اردوغان).
  if (!hasArticleBeforeStem(light, at) && !PRONOUN_SUFFIX.test(stem)) return 0;
  if (startsName(folded)) return 0;
  const bare = 'ا' + stem.slice(1);
  // A loanword's s and the consonant after it take an alef either way (استراتيجية/إستراتيجية، استوديو).
  if (LOANWORD_CLUSTER.test(bare)) return 0;
  if (first === 'ا' ? isWaslStem(stem) : isWaslStem(bare) || lexemeOf(spelling)?.kind === 'waslVerbalNoun') return 0;
  return alefKeyOf(bare) * 8 + ALEF_KINDS.indexOf(first);
}
/** The pronouns that end a noun unambiguously (not ه or ك, a stem's own letters too: اتجاه، اشتراك). */
const PRONOUN_SUFFIX = /(?:ها|هم|هما|هن|كم|نا)$/u;
const LOANWORD_CLUSTER = /^اس[تطك]/u;
/** The alef that opens the stem, by its index here (the low three bits of alefStartOf): 1 bare, or a hamza's. */
const ALEF_KINDS = ' اأإآ';
const BARE = 1;
/** Shorter stems are often two words by their hamza (امن: أمن، آمن; اثر: أثر، إثر). */
const MIN_ALEF_STEM = 4;
const isWaslStem = (bare: string) => WASL_STEMS.has(bare) || WASL_VERBAL_NOUN.test('إ' + bare.slice(1));
const WASL_STEMS: ReadonlySet<string> = new Set(Object.values(WASL_WORDS).flat());

/** Stems with a bare alef as small numbers, for alefStartOf; forgotten with wordFacts' values between articles once many. */
const alefKeys = new Map<string, number>();
const MAX_ALEF_KEYS = 200_000;
function alefKeyOf(stem: string): number {
  let id = alefKeys.get(stem);
  if (id === undefined) alefKeys.set(stem, (id = alefKeys.size + 1));
  return id;
}


/**
 * What the scan over every word reads, one number a spelling: HAS_LEXEME when lexemeOf gives it a lexeme
 * (few words have one), and alefStartOf above that bit.
 */
const wordFacts = new SpellingNumbers((spelling) => (lexemeOf(spelling) === null ? 0 : HAS_LEXEME) | (alefStartOf(spelling) << 1));
const HAS_LEXEME = 1;
const hasLexeme = (spelling: Spelling) => (wordFacts.of(spelling) & HAS_LEXEME) !== 0;

/**
 * Latin letters spelled out, as folded (ايه، اس، اكس), that make اي beside them the letter I. Not those that
 * are Arabic words too (بي، كي، إم that folds to ام of أم، زد), which may stand before the word أي.
 */
const LETTER_NAME_NEIGHBOURS: ReadonlySet<string | undefined> = new Set(
  [...LETTER_NAMES].filter((name) => !['بي', 'كي', 'إم', 'زد'].includes(name)).map(foldLetters),
);

/** Every Latin letter spelled out, N and O among them, as folded. */
const SPELLED_LETTERS: ReadonlySet<string | undefined> = new Set([...LETTER_NAMES, LETTER_N, 'أو'].map(foldLetters));
/** Bare forms that are a Latin letter spelled out beside another (ام بي سي، اف ام، او اس ان، ان بي سي): M, O, N. */
const BARE_LETTER_NAMES: ReadonlySet<string> = new Set(['ام', 'او', 'ان']);

/** Whether word i, one of BARE_LETTER_NAMES, spells a letter of an acronym: another spelled letter stands beside it. */
const spellsLatinLetter = (words: readonly Word[], i: number) =>
  BARE_LETTER_NAMES.has(words[i].spelling.light) && (SPELLED_LETTERS.has(words[i - 1]?.spelling.folded) || SPELLED_LETTERS.has(words[i + 1]?.spelling.folded));

const INNA = new Set(INNA_AFTER);
/** The verbs of stating, and the same written with a bare alef (واكد), a slip of its own that the verb survives. */
const ANNA = new Set(ANNA_AFTER.flatMap((verb) => [verb, verb.replace('أ', 'ا')]));
/** What after إن makes it the conditional (أكد أنه، إن لم يفرج عنه …، إن كان، إن صح التعبير), not the particle. */
const CONDITIONAL_NEXT = new Set(['لم', 'كان', 'كانت', 'شاء', 'صح', 'وجد', 'وجدت']);
/** Opening a quotation or following a colon, أن/إن starts the quoted sentence: إن. */
const QUOTE_OPENING = /[«“":]\s*$/u;

export default defineRule({
  id: 'hamza',
  category: 'spelling',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'article',
  messages: {
    misspelled: {
      ar: '«{word}» خطأ إملائي شائع، والصواب «{correct}».',
      en: '“{word}” is a common misspelling of “{correct}”.',
    },
    finalYa: {
      ar: '«{word}» تنتهي بالياء لا بالألف المقصورة: «{correct}».',
      en: '“{word}” ends in ya, not alef maqsura: “{correct}”.',
    },
    wasl: {
      ar: '«{word}» تبدأ بهمزة وصل تُكتب ألفًا بلا همزة: «{correct}».',
      en: '“{word}” begins with hamzat al-wasl, written as a plain alef: “{correct}”.',
    },
    pronounHa: {
      ar: '«{word}» تنتهي بضمير الغائب، يُكتب هاءً لا تاءً مربوطة: «{correct}».',
      en: '“{word}” ends in the pronoun ه, not ta marbuta: “{correct}”.',
    },
    bareAlef: {
      ar: '«{word}» تحتاج إلى همزة: «{correct}».',
      en: '“{word}” needs a hamza: “{correct}”.',
    },
    bareAlefInArticle: {
      ar: '«{word}» تحتاج إلى همزة: «{correct}»، كما كُتبت في موضع آخر من المقال.',
      en: '“{word}” needs a hamza: “{correct}”, as the article writes it elsewhere.',
    },
    annaAfterSaying: {
      ar: 'بعد «قال» تأتي «إنّ» لا «أنّ»: «{correct}».',
      en: 'After “قال” the particle is “إن”, not “أن”: “{correct}”.',
    },
    innaAfterStating: {
      ar: 'بعد «{verb}» تأتي «أنّ» لا «إنّ»: «{correct}».',
      en: 'After “{verb}” the particle is “أن”, not “إن”: “{correct}”.',
    },
    anHamza: {
      ar: '«{word}» تحتاج إلى همزة: «{correct}» على الأرجح في هذا الموضع، أو «{other}».',
      en: '“{word}” needs a hamza: most likely “{correct}” here, or “{other}”.',
    },
    use: { ar: 'اكتب «{correct}»', en: 'Write “{correct}”' },
    writtenWithHamza: { ar: 'مكتوبة بالهمزة هنا', en: 'Written with hamza here' },
  },
  docs: {
    summary: {
      ar: 'يرصد الأخطاء الإملائية الشائعة في الهمزة والياء: الى، فى، إجتماع، إنتقلنا، إنشاء الله، اكد، احمد، و«أن» بعد «قال» و«إن» بعد «أكد»، والتاء المربوطة مكان هاء الضمير (بتصريحاتة، قدموة، لة، و«علية» و«عنة» في الصلاة والترضي: صلى الله علية وسلم، رضي الله عنة)، والاسم المكتوب بألف مجردة وقد كتبه المقال بهمزته (الامور مع الأمور).',
      en: 'Flags common hamza and ya misspellings such as “الى”, “فى”, “إجتماع”, “إنتقلنا”, “إنشاء الله”, “اكد”, “احمد”, “أن” after “قال” and “إن” after “أكد”, ta marbuta written for the pronoun ه (“بتصريحاتة”, “قدموة”, “لة”, and “علية” or “عنة” in a blessing: “صلى الله علية وسلم”, “رضي الله عنة”), and a noun written with a bare alef where the article writes it with its hamza (“الامور” beside “الأمور”).',
    },
    rationale: {
      ar: 'هذه أخطاء يصححها كل مدقق لغوي دون تفكير؛ تصحيح ما لا لبس فيه آليًا يوفر وقت المحرر لما يحتاج إلى حكمه، ويبقى ما يحتمل وجهين اقتراحًا.',
      en: 'Every copy desk fixes these without a second thought. Fixing the unambiguous ones automatically saves the editor for what needs judgement; where two readings are possible the fix stays a suggestion.',
    },
    bad: 'وصل الوفد الى القاهرة فى إطار جولة تشمل إجتماعات مع المسؤولين.',
    good: 'وصل الوفد إلى القاهرة في إطار جولة تشمل اجتماعات مع المسؤولين.',
    notFlagged: {
      ar: 'المصادر المبدوءة بهمزة قطع من الفعل الرباعي (إنتاج، إنذار، إنجاز، إنشاء، إتمام، إتاحة، إطلاع، إعتاد)، و«إتبع» و«إطلع» فقد تكونان «أتبع» و«أطلع»، والكلمات الأجنبية التي تُكتب بالوجهين (إستراتيجية/استراتيجية)، والكلمات الصحيحة بلا همزة (اجتماع، انتخابات، اتفاق)، و«علي» التي قد تكون اسمًا، والألف المجردة التي تحتمل همزتين (امن، اثر، اما، امام)، و«الاف» إلا بعد رقم (3 الاف) فقد تكون حرف F (طائرات الاف 16)، و«اوت» إلا بعد رقم (20 اوت) فقد تكون «آوت»، و«انا» إلا في أول الجملة أو الاقتباس، ويُقترح فيهما التصحيح ولا يُجرى آليا، أما قبل «لله» فهي «إنا» وتُصحَّح (إنا لله وإنا إليه راجعون)، و«وان» التي لا تسبقها «أن» أو «إن» في جملتها فقد تكون اسما (بحيرة وان)، و«فان» (فان دايك)، والجمل الفارسية والأردية، و«اي» بجانب حرف لاتيني منطوق (اي سي ميلان، اوبن ايه اي) فهي الحرف I. والكلمة التي على وزن مصدر الخماسي أو السداسي بهمزة ولا تعرفها القائمة يُقترح تصحيحها ولا يُجرى آليا، فقد تكون اسما أجنبيا (إنتراخت، إسترادا)، إلا إذا اتصلت بها «ال» أو ضمير (الإنتهاء، إقتراضها) فتُصحَّح. ولا تُفحص الآيات بين القوسين المزهرين ﴿…﴾ أو بين علامتي تنصيص بعد «تعالى» أو «سبحانه» أو «عز وجل» أو اسم السورة (قوله تعالى «قال هى عصاى»، وجاء في سورة لقمان: «…»)، فهي تُنقل بحروفها. والتاء المربوطة بعد «ات» يُقترح جعلها هاء ولا تُجعل آليا، ولا تُرصد في الأسماء المنتهية بـ«اتة» (شماتة، إماتة، استماتة، شحاتة، مصراتة)، ولا تُرصد «وة» إلا بعد أفعال معروفة، فالأسماء المنتهية بها كثيرة (قوة، دعوة، خطوة). ويُترك «امين» و«اسلام» لاحتمالهما كلمات أخرى (أما «الاسلام» بأداة التعريف فلا تحتمل غير «الإسلام»)، والاسم المكتوب بلا همزة إذا كتبه المقال بها في الاسم نفسه في موضع آخر (أحمد العوضي … احمد العوضي) أو كان أول اسم في قائمة الأسماء، وكذلك الكلمة التي تبدأ اسما من أكثر من كلمة في القائمة (الامم المتحدة)، فذلك لقاعدة توحيد الأسماء.',
      en: 'Form IV verbal nouns, which do take hamza (إنتاج، إنذار، إنجاز، إنشاء، إتمام، إتاحة، إطلاع، إعتاد); إتبع and إطلع, which may be the form IV verbs أتبع and أطلع; foreign words written both ways (إستراتيجية/استراتيجية); words correct without hamza (اجتماع، انتخابات، اتفاق); علي, which may be the name; a bare alef that could hide either hamza (امن، اثر، اما، امام); الاف except after a number (3 الاف), since it may be the letter F (طائرات الاف 16), and اوت except after a number (20 اوت), since it may be آوت (sheltered), and انا except opening a sentence or a quotation, both only offered their hamza (before لله it is إنا, and fixed: إنا لله وإنا إليه راجعون); وان with no أن or إن before it in its sentence, which may be a name (بحيرة وان), and فان (فان دايك); Persian and Urdu sentences; اي beside a spelled Latin letter (اي سي ميلان، اوبن ايه اي), which is the letter I. A word shaped like a form VII, VIII or X verbal noun, written with إ that the list does not know, is offered the bare alef, not fixed: it may be a foreign name (إنتراخت، إسترادا); with the article or a pronoun (الإنتهاء، إقتراضها) it is fixed. A Quran verse in ornate brackets ﴿…﴾, or in quotation marks after تعالى, سبحانه, عز وجل or the sura’s name (قوله تعالى «قال هى عصاى»، وجاء في سورة لقمان: «…»), is not checked: it is quoted to the letter. A ta marbuta after ات is only offered ه, not fixed, and not in nouns that end in اتة (شماتة، إماتة، استماتة، شحاتة، مصراتة); وة is taken for the pronoun only after listed verbs, as many nouns end so (قوة، دعوة، خطوة). امين and اسلام, which may be other words, are left (الاسلام, with the article, can only be الإسلام), and so is a given name written bare that the article also writes with hamza in the same name (أحمد العوضي … احمد العوضي) or that starts a name of the names list, as is any word that starts a name of several words in the list (الامم المتحدة): name-consistency compares those.',
    },
  },
  defaultOptions: {},
  checkArticle({ article, names, report }) {
    const use = (span: Span, from: string, correct: string, safe: boolean): Fix => ({
      messageId: 'use',
      data: { correct },
      edits: [correctionEdit(span.start, from, correct)],
      safe,
    });
    const firstWithHamza = new Map<string, Word>();
    const bareAlef: { word: Word; right: string; entry: string }[] = [];
    const bareNames: { word: Word; right: string; entry: string; named: string }[] = [];
    /** Each word with hamza and the word after it (أحمد العوضي): a bare given name before the same word is that name's mention. */
    const namedWithHamza = new Set<string>();
    const namedAs = (entry: string, next: Word | undefined) => `${entry} ${next?.spelling.folded ?? ''}`;
    /** Nouns whose stem opens with a bare alef that is no wasl (alefStartOf): rare, most of them slips. */
    const bareAlefWords: { word: Word; previous: Word | undefined }[] = [];
    hamzaAlefWords.clear();
    if (alefKeys.size > MAX_ALEF_KEYS) {
      alefKeys.clear();
      wordFacts.clear();
    }

    for (const paragraph of article.paragraphs) {
      const verses = hasQuotedVerse(paragraph);
      for (const sentence of paragraph.sentences) {
        if (isPersianOrUrdu(sentence, paragraph)) continue;
        const { words } = sentence;
        for (let i = 0; i < words.length; i++) {
          const word = words[i];
          const facts = wordFacts.of(word.spelling);
          if (facts > HAS_LEXEME) {
            if (((facts >> 1) & 7) === BARE) bareAlefWords.push({ word, previous: words[i - 1] });
            else hamzaAlefWords.keep(word, facts);
          }
          // A Quran verse is quoted to the letter, in its own script (﴿ٱدْفَعْ بِٱلَّتِى هِىَ أَحْسَنُ﴾، قوله تعالى «قال هى عصاى»).
          if ((facts & HAS_LEXEME) === 0 || (verses && inQuotedVerse(paragraph, word.start))) continue;
          let lexeme = lexemeOf(word.spelling)!;
          const { light } = word.spelling;
          if (lexeme.kind === 'waslVerbalNoun' || lexeme.kind === 'wasl') {
            // A name the list writes so is no verbal noun, whatever its shape (إيتمار بن غفير), nor one it
            // writes with أ (إستراليا for أستراليا), which name-consistency sets right; a list's name that
            // only folds like it (اتحاد of الاتحاد الأوروبي) does not make إتحاد one.
            const list = nameListFor(names);
            const withQat = { light: light.replace('إ', 'أ'), folded: word.spelling.folded };
            if (startsListedNameAsWritten(list, word.spelling) || startsListedNameAsWritten(list, withQat)) continue;
            const correct = light.replace(HAMZA_ON_WASL, 'ا');
            const at = word.start + word.text.search(HAMZA_ON_WASL);
            report({
              span: { start: word.start, end: word.end },
              messageId: 'wasl',
              data: { word: word.text, correct },
              // The إ alone is replaced, so harakat stay. A listed word is fixed, and so is one its shape tells
              // with the article or a pronoun (الإنتهاء، إقتراضها); one of the shape alone is only offered,
              // since foreign names share it (إنتراخت، إسترادا).
              fixes: [{ messageId: 'use', data: { correct }, edits: [{ span: { start: at, end: at + 1 }, text: 'ا' }], safe: lexeme.kind === 'wasl' || isArabicByItsAffixes(light) }],
            });
            continue;
          }
          const next = words[i + 1];
          if (lexeme.kind === 'inshaa') {
            // After a preposition it is the verbal noun: تحدث عن إنشاء الله الكون (God's creation of the universe).
            const afterPreposition = i > 0 && PREPOSITIONS.has(words[i - 1].spelling.light);
            if (next && next.spelling.light === 'الله' && !afterPreposition && /^\s+$/u.test(article.prose.slice(word.end, next.start))) {
              report({
                span: { start: word.start, end: next.end },
                messageId: 'misspelled',
                data: { word: `${word.text} ${next.text}`, correct: 'إن شاء الله' },
                fixes: [use(word, word.text, `${lexeme.conjunction}إن شاء`, true)],
              });
              i++;
              continue;
            }
            if (!lexeme.alone) continue;
            lexeme = lexeme.alone;
          }
          const span = { start: word.start, end: word.end };
          if (lexeme.kind === 'family') {
            const family = next && spacesOnlyBetween(article.prose, word, next) && ((next.spelling.light.startsWith('ال') && !ARTICLE_NAMED.has(next.spelling.light)) || FAMILIES.has(next.spelling.light));
            if (family) report({ span, messageId: 'misspelled', data: { word: word.text, correct: lexeme.right }, fixes: [use(span, word.text, lexeme.right, true)] });
            continue;
          }
          switch (lexeme.kind) {
            case 'withHamza':
              if (!firstWithHamza.has(lexeme.entry)) firstWithHamza.set(lexeme.entry, word);
              if (lexeme.name) namedWithHamza.add(namedAs(lexeme.entry, next));
              break;
            case 'bareAlef':
              // اي beside another spelled Latin letter is the letter I (اي سي ميلان، اوبن ايه اي), not أي.
              if (light === 'اي' && (LETTER_NAME_NEIGHBOURS.has(words[i - 1]?.spelling.folded) || LETTER_NAME_NEIGHBOURS.has(next?.spelling.folded))) break;
              if (spellsLatinLetter(words, i)) break;
              // A house-list name (ايمن الصفدي، الامم المتحدة، للامم المتحدة) is name-consistency's, which writes the whole name.
              if (listedFormsAt(nameListFor(names), (k) => (k === 0 ? standingAlone(word.spelling.folded) : words[i + k]?.spelling.folded)).some((form) => form.words.length > 1)) break;
              if (!lexeme.name) bareAlef.push({ word, right: lexeme.right, entry: lexeme.entry });
              else bareNames.push({ word, right: lexeme.right, entry: lexeme.entry, named: namedAs(lexeme.entry, next) });
              break;
            case 'pronounHa':
              report({ span, messageId: 'pronounHa', data: { word: word.text, correct: lexeme.right }, fixes: [use(span, word.text, lexeme.right, lexeme.safe)] });
              break;
            case 'blessingHa':
              if (inBlessing(words, i)) report({ span, messageId: 'pronounHa', data: { word: word.text, correct: lexeme.right }, fixes: [use(span, word.text, lexeme.right, true)] });
              break;
            case 'an': {
              if (next && next.spelling.light === 'واحد') break; // في آن واحد: the noun آن
              if (spellsLatinLetter(words, i)) break;
              const inna = startsClause(sentence, i, article.prose);
              const correct = (inna ? 'إ' : 'أ') + light.slice(1);
              const other = (inna ? 'أ' : 'إ') + light.slice(1);
              report({
                span,
                messageId: 'anHamza',
                data: { word: word.text, correct, other },
                fixes: [use(span, word.text, correct, false), use(span, word.text, other, false)],
              });
              break;
            }
            case 'waAn': {
              // «قال إن الحكم قاس، وان موكله سيطعن»: the hamza of the clause it joins. Alone, وان may be a
              // name (بحيرة وان) unless such a clause comes before it; with a pronoun it is أن or إن.
              // After a place's noun وان is the place (ولاية وان، بحيرة وان).
              if (light === 'وان' && i > 0 && PLACE_TRIGGERS.has(words[i - 1].spelling.folded)) break;
              const hamza = parallelHamza(sentence.words, i) ?? (light === 'وان' ? undefined : 'أ');
              if (hamza === undefined) break;
              const correct = 'و' + hamza + light.slice(2);
              const other = 'و' + (hamza === 'إ' ? 'أ' : 'إ') + light.slice(2);
              report({ span, messageId: 'anHamza', data: { word: word.text, correct, other }, fixes: [use(span, word.text, correct, false), use(span, word.text, other, false)] });
              break;
            }
            case 'anna': {
              // بعد أن، قبل أن: the أن of an adverb; قال له أن يصمت: an order, أن with its verb.
              if (i > 0 && PREPOSITIONS.has(words[i - 1].spelling.light)) break;
              // Not with a pronoun (قال أنه يركز): only the bare particle takes the subjunctive; a verb in the
              // first person (أن أجلس) only after whom the order is to (قالت لي أن أجلس): أن أكبر is إن أكبر.
              if (next && light.length === 2 && isSubjunctiveShape(next.spelling.light)) break;
              if (next && light.length === 2 && next.spelling.light[0] === 'أ' && i > 0 && ORDERED.has(words[i - 1].spelling.light)) break;
              if (!followsSaying(sentence.words, i, article.prose, true)) break;
              const correct = 'إ' + light.slice(1);
              report({ span, messageId: 'annaAfterSaying', data: { word: word.text, correct }, confidence: 'medium', fixes: [use(span, word.text, correct, false)] });
              break;
            }
            case 'inna': {
              if (next && CONDITIONAL_NEXT.has(next.spelling.light)) break;
              // أشار إلى إن الألبوم …: after a preposition only أن stands, which makes what follows its object.
              const preposition = i > 0 && PREPOSITIONS.has(words[i - 1].spelling.light) && spacesOnlyBetween(article.prose, words[i - 1], word) ? words[i - 1] : undefined;
              const verb = preposition ?? statingVerbBefore(sentence.words, i, article.prose);
              if (verb === undefined) break;
              const correct = 'أ' + light.slice(1);
              report({ span, messageId: 'innaAfterStating', data: { word: word.text, verb: verb.text, correct }, confidence: 'medium', fixes: [use(span, word.text, correct, false)] });
              break;
            }
            case 'afterNumber':
              // After digits, with a proclitic before them too (و25 الف), or a number in words (ثلاثة الاف).
              if (i > 0 && (isDigit(words[i - 1].text.charCodeAt(words[i - 1].text.length - 1)) || isNumberWord(words[i - 1].spelling.folded))) report({ span, messageId: 'bareAlef', data: { word: word.text, correct: lexeme.right }, fixes: [use(span, word.text, lexeme.right, false)] });
              break;
            case 'beforeDefinite':
              if (next && spacesOnlyBetween(article.prose, word, next) && next.spelling.light.startsWith('ال') && next.spelling.light.length > 3) {
                // In quoted speech a verb's إليّ may come before its subject (نظر إلي الضابط): offered, not made.
                report({ span, messageId: 'misspelled', data: { word: word.text, correct: lexeme.right }, fixes: [use(span, word.text, lexeme.right, !isQuoted(article, word.start))] });
              }
              break;
            case 'clauseStart':
              if (next?.spelling.light === 'لله') report({ span, messageId: 'bareAlef', data: { word: word.text, correct: 'إنا' }, fixes: [use(span, word.text, 'إنا', true)] });
              else if (opensClause(sentence, i, article.prose)) report({ span, messageId: 'bareAlef', data: { word: word.text, correct: lexeme.right }, fixes: [use(span, word.text, lexeme.right, false)] });
              break;
            case 'beforeWord':
              if (next && lexeme.next.has(next.spelling.light)) report({ span, messageId: lexeme.messageId, data: { word: word.text, correct: lexeme.right }, fixes: [use(span, word.text, lexeme.right, true)] });
              break;
            case 'liAnna': {
              const correct = 'لأ' + light.slice(2);
              report({ span, messageId: 'bareAlef', data: { word: word.text, correct }, fixes: [use(span, word.text, correct, false)] });
              break;
            }
            default:
              report({
                span,
                messageId: lexeme.kind,
                data: { word: word.text, correct: lexeme.right },
                fixes: [use(span, word.text, lexeme.right, true)],
              });
          }
        }
      }
    }

    // An unlisted word written with its hamza and bare (الأمور … الامور): the bare one, as the article writes it elsewhere.
    forEachWrittenWithHamza(bareAlefWords, (word, previous, withHamza) => {
      if (hasLexeme(word.spelling) || inListedName(nameListFor(names), word, previous)) return;
      const { light } = word.spelling;
      const at = stemStart(light);
      const correct = light.slice(0, at) + withHamza.spelling.light[stemStart(withHamza.spelling.light)] + light.slice(at + 1);
      const span = { start: word.start, end: word.end };
      report({
        span,
        messageId: 'bareAlefInArticle',
        data: { word: word.text, correct },
        fixes: [use(span, word.text, correct, false)],
        related: [{ span: { start: withHamza.start, end: withHamza.end }, messageId: 'writtenWithHamza' }],
      });
    });

    // A name the article also writes with its hamza is name-consistency's, which compares the mentions of
    // one person (احمد العوضي … أحمد العوضي); another's given name with hamza (أحمد عبدالله) is no such mention.
    for (const name of bareNames) if (!namedWithHamza.has(name.named)) bareAlef.push(name);
    for (const { word, right, entry } of bareAlef) {
      const seen = firstWithHamza.get(entry);
      const span = { start: word.start, end: word.end };
      report({
        span,
        messageId: seen ? 'bareAlefInArticle' : 'bareAlef',
        data: { word: word.text, correct: right },
        fixes: [use(span, word.text, right, seen !== undefined && !BARE_ALSO_ANOTHER_WORD.has(entry))],
        related: seen ? [{ span: { start: seen.start, end: seen.end }, messageId: 'writtenWithHamza' }] : [],
      });
    }
  },
});

/**
 * The nouns of the article being checked whose stem opens with a hamza (alefStartOf), with their numbers
 * (wordFacts), in text order: kept as the scan passes them, in buffers reused from article to article.
 */
const hamzaAlefWords = new (class {
  words: Word[] = [];
  facts = new Int32Array(64);
  count = 0;

  clear(): void {
    this.words.fill(undefined as unknown as Word, 0, this.count);
    this.count = 0;
  }

  keep(word: Word, facts: number): void {
    if (this.count === this.facts.length) {
      const grown = new Int32Array(this.facts.length * 2);
      grown.set(this.facts);
      this.facts = grown;
    }
    this.words[this.count] = word;
    this.facts[this.count++] = facts;
  }
})();

/**
 * Each bare-alef noun (bareWords, with the word before each) whose stem the article also writes with one
 * hamza only (with two, أ and إ, it may be either word), passed with the first word so written.
 */
function forEachWrittenWithHamza(
  bareWords: readonly { word: Word; previous: Word | undefined }[],
  visit: (bare: Word, previous: Word | undefined, withHamza: Word) => void,
): void {
  if (bareWords.length === 0 || hamzaAlefWords.count === 0) return;
  const keyOf = (word: Word) => wordFacts.of(word.spelling) >> 4;
  /** The first word that writes each stem with hamza, or null once another hamza writes it too. */
  const withHamza = new Map<number, Word | null>(bareWords.map(({ word }) => [keyOf(word), null]));
  const kinds = new Map<number, number>();
  const { words, facts, count } = hamzaAlefWords;
  for (let k = 0; k < count; k++) {
    const key = facts[k] >> 4;
    if (!withHamza.has(key)) continue;
    const kind = (facts[k] >> 1) & 7;
    const seen = kinds.get(key);
    if (seen === undefined) {
      kinds.set(key, kind);
      withHamza.set(key, words[k]);
    } else if (seen !== kind) withHamza.set(key, null);
  }
  for (const { word, previous } of bareWords) {
    const written = withHamza.get(keyOf(word));
    if (written) visit(word, previous, written);
  }
}

/** Whether the word is a listed name's, alone or after the word before it (البحر الاحمر، البيت الابيض). */
function inListedName(list: NameList, word: Word, previous: Word | undefined): boolean {
  if (isListedNameWord(list, word.spelling.folded)) return true;
  const pair = [previous?.spelling.folded, word.spelling.folded];
  return previous !== undefined && listedFormsAt(list, (k) => pair[k]).some((form) => form.words.length >= 2);
}

/**
 * How far back a verb of saying may stand from إن: قال + a subject of up to five words, a title with its
 * office and a name of two (قال وزير الخارجية الأردني أيمن الصفدي إن), honorifics and the links of a
 * name aside (قال سعادة الشيخ جاسم بن عبدالله بن خليفة آل ثاني إن).
 */
const SAYING_REACH = 6;
/**
 * Words of the asides that stand between قال and what was said without counting towards the reach: a
 * blessing (قال رسول الله صلى الله عليه وسلم إن، رضي الله عنه), a Gulf honorific and the links of a long
 * name (سعادة الشيخ، صاحب السمو الملكي، بن، آل), a rank or a degree before the name (اللواء، الدكتور،
 * المهندس), the باسم of a spokesman's title (قال الناطق الإعلامي
 * باسم مديرية الأمن العام إن) and the wire's anonymous source (قال مسؤول لرويترز طالبا عدم نشر اسمه
 * لأنه غير مخول بالحديث إلى وسائل الإعلام إن).
 */
const ASIDE_WORDS: ReadonlySet<string> = new Set([
  'صلى', 'عليه', 'وسلم', 'رضي', 'عنه', 'عنها', 'عنهم', 'السلام', 'سبحانه', 'وتعالى', 'تعالى', 'عز', 'وجل',
  'سعادة', 'سمو', 'معالي', 'فخامة', 'صاحب', 'السمو', 'الملكي', 'الشيخ', 'الشيخة', 'بن', 'بنت', 'آل', 'باسم',
  'اللواء', 'العميد', 'العقيد', 'الفريق', 'الدكتور', 'الدكتورة', 'المهندس', 'المهندسة',
  'طالبا', 'طالبة', 'طالبين', 'مشترطا', 'مشترطة', 'عدم', 'نشر', 'ذكر', 'اسمه', 'اسمها', 'هويته', 'هويتها', 'لأنه',
  'لأنها', 'غير', 'مخول', 'مخولة', 'مخولين', 'مصرح', 'بالحديث', 'إلى', 'بالتحدث', 'بالتصريح', 'لوسائل', 'وسائل', 'الإعلام', 'للإعلام', 'علنا',
]);
/** A complementizer already between قال and this word: the word belongs to a clause of its own. */
const COMPLEMENTIZER = /^[وف]?[أإا]ن/u;

/** The hamza of the nearest أن or إن before word `index` in its sentence, if any. */
function parallelHamza(words: readonly Word[], index: number): string | undefined {
  for (let k = index - 1; k >= 0; k--) {
    const hamza = HAMZA_OF_AN.get(words[k].spelling.light);
    if (hamza) return hamza;
  }
  return undefined;
}

/** إن opens a sentence or a quotation, follows قال and حيث and begins إن شاء الله; elsewhere the particle is أن. */
function startsClause(sentence: Sentence, index: number, prose: string): boolean {
  if (opensClause(sentence, index, prose)) return true;
  const { words } = sentence;
  if (words[index + 1]?.spelling.light === 'شاء') return true; // ان شاء الله
  return followsSaying(words, index, prose);
}

/** Word `index` opens its sentence, or a quotation or what follows a colon. */
function opensClause(sentence: Sentence, index: number, prose: string): boolean {
  const { words } = sentence;
  return index === 0 || QUOTE_OPENING.test(prose.slice(words[index - 1].end, words[index].start));
}

/**
 * Word `index` follows قال (or حيث) and its subject, with no other complementizer, no comma and no opening
 * of a quotation between (قال: «أن نعمل معا خير» quotes a sentence of its own). `verbOfSaying`: قال only,
 * and no present-tense verb between, which would take أن itself (حيث يتوقع الخبراء أن …).
 */
function followsSaying(words: readonly Word[], index: number, prose: string, verbOfSaying = false): boolean {
  for (let k = index - 1, counted = 0, reach = SAYING_REACH, asideOpen = -1; k >= 0; k--) {
    const previous = words[k].spelling.light;
    if (!ASIDE_WORDS.has(previous) && ++counted > reach) break;
    if (k !== asideOpen && breaksSaying(prose, words[k].end, words[k + 1].start)) {
      // A short aside between commas right before the particle does not end the clause (قال الوزير، في
      // بيان، إن …), nor counts towards the reach; the subject before it may be as long as an office's title.
      asideOpen = k === index - 1 ? asideOpening(words, k, prose) : -1;
      if (asideOpen < 0) break;
      counted--;
      reach = 2 * SAYING_REACH;
      k = asideOpen + 1;
      continue;
    }
    // أهم ما قال أن …: قال after ما is in a relative clause, and أن opens the predicate of what heads it.
    if (INNA.has(previous)) return (!verbOfSaying || !WHERE.has(previous)) && words[k - 1]?.spelling.light !== 'ما';
    if (COMPLEMENTIZER.test(previous) || GIST.has(previous) || (verbOfSaying && isPresentVerb(words, k))) break;
  }
  return false;
}

/**
 * Where a short aside closed by the comma after word `close` opens: the word before its opening comma
 * (قال الوزير، في بيان، | قال رئيس البعثة، جيورجي هالاس،); -1 unless both marks are commas, with no
 * other mark between and at most ASIDE_LENGTH words inside.
 */
function asideOpening(words: readonly Word[], close: number, prose: string): number {
  if (!onlyComma(prose, words[close].end, words[close + 1].start)) return -1;
  for (let k = close - 1; k >= Math.max(0, close - ASIDE_LENGTH); k--) {
    if (!breaksSaying(prose, words[k].end, words[k + 1].start)) continue;
    return onlyComma(prose, words[k].end, words[k + 1].start) ? k : -1;
  }
  return -1;
}

const ASIDE_LENGTH = 4;

/** Whether the gap between two words holds a comma and spaces only. */
const onlyComma = (prose: string, from: number, to: number) => /^\s*[،,]\s*$/u.test(prose.slice(from, to));

/** قال ما معناه أن …, قال ما مفاده أن …: the gist of what was said, which takes أن. */
const GIST: ReadonlySet<string> = new Set(['معناه', 'مفاده', 'فحواه', 'مضمونه']);

/**
 * The verb of stating (ANNA_AFTER) that word `index` follows with its subject, as followsSaying finds قال:
 * no comma, colon, quotation, complementizer or present-tense verb between. Unset where a قال stands
 * before it in the clause, within twice that reach, whose إن this may be (قال الوزير الذي أكد موقفه إن …).
 */
function statingVerbBefore(words: readonly Word[], index: number, prose: string): Word | undefined {
  let verb: Word | undefined;
  for (let k = index - 1; k >= Math.max(0, index - (verb ? 2 : 1) * SAYING_REACH); k--) {
    const previous = words[k].spelling.light;
    if (breaksSaying(prose, words[k].end, words[k + 1].start)) break;
    if (INNA.has(previous)) return undefined;
    if (ANNA.has(previous)) verb ??= words[k];
    else if (!verb && (COMPLEMENTIZER.test(previous) || isPresentVerb(words, k))) break;
  }
  return verb;
}

/** Whether a comma, a semicolon, a colon or an opening quotation mark stands between `from` and `to`: the clause ends there. */
function breaksSaying(prose: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (BREAKS_SAYING.has(prose.charCodeAt(at))) return true;
  return false;
}

const BREAKS_SAYING = new Set([...'،,؛;:«“"'].map((mark) => mark.charCodeAt(0)));
const WHERE = new Set(['حيث', 'وحيث']);
/** A word shaped like a present-tense verb (يتوقع، تعتقد): a noun in ت (تقرير) also stops the search, which only loses a finding. */
const PRESENT_VERB = /^[يت]\p{L}{3,}$/u;

/**
 * Whether word k is shaped like a present-tense verb and is no name: not a given name (يوسف، تامر،
 * يلماز) nor the word after one (يلماز تونتش).
 */
function isPresentVerb(words: readonly Word[], k: number): boolean {
  return PRESENT_VERB.test(words[k].spelling.light) && !startsName(words[k].spelling.folded) && !(k > 0 && startsName(words[k - 1].spelling.folded));
}
