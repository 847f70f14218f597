import { foldLetters } from './normalize';

// Verbs of saying in news copy, in the inflections a wire story uses: the third-person past (قال، قالت،
// قالوا) and, for verbs used in the present too, the third-person present (يقول، تقول، يقولون، يقولان), each
// with و or ف before it. The past dual is left out: قالا is rare in copy and ردا، ذكرا، كتبا are nouns.
// Two kinds: the verbs that quote (وقال: «…»), and those that report the gist of what was said through a
// particle (أشار إلى أن، لفت إلى، نوه إلى، شدد على أن، اعتبر أن، رأى أن، بينت أن), after which a wire story
// puts a quotation as often (وأشار الوزير إلى أن «…») but which also have senses that are no saying (رأى
// «الفيلم»، لفت «الأنظار»).

/** Past tense (third person masculine singular) and, where the present is used for speech, its present. */
type Verb = [past: string, present?: string];

/** أجاب, whose speaker is the one asked (isAnswerVerb). */
const ANSWER: Verb = ['أجاب', 'يجيب'];

const QUOTING_VERBS: Verb[] = [
  ['قال', 'يقول'],
  ['أضاف', 'يضيف'],
  ['أكد', 'يؤكد'],
  ['أوضح', 'يوضح'],
  ['تابع'],
  ['صرح', 'يصرح'],
  ['ذكر'],
  ['أعلن', 'يعلن'],
  ['أردف'],
  ['استطرد'],
  ['استدرك'],
  ['ختم'],
  ['زاد'],
  ['كتب', 'يكتب'],
  ['غرد', 'يغرد'],
  ['علق'],
  ['حذر', 'يحذر'],
  ['تساءل', 'يتساءل'],
  ['سأل', 'يسأل'],
  ANSWER,
  ['رد', 'يرد'],
  ['هتف', 'يهتف'],
];

/**
 * The participle of قال that introduces the words themselves (وغرد قائلا «…»): quoting, for the colon before the
 * quotation, but no verb for the other uses of the lists (a cue that a person is named, a speaker's label).
 */
const QUOTING_PARTICIPLES = ['قائلا', 'قائلة', 'قائلين'];

/** The present of شدد and اعتبر is left out: تشدد is also a noun, يعتبر also the passive (is considered). */
const REPORTING_VERBS: Verb[] = [['أشار', 'يشير'], ['لفت'], ['نوه'], ['شدد'], ['اعتبر']];
/**
 * Reporting forms the endings do not make, of a verb with a weak last letter (رأت، رأوا، يرون), and of بيّن
 * only the ones that cannot be the preposition بين.
 */
const IRREGULAR_REPORTING_FORMS = ['رأت', 'رأوا', 'يرى', 'ترى', 'يرون', 'بينت', 'بينوا'];
/** Forms that are a verb of saying only after و or ف: رأى folds like the noun رأي (في رأي الخبراء). */
const CONJOINED_REPORTING_FORMS = ['ورأى', 'فرأى'];

/** Words that read as و or ف before a form and are not: فرات (a name; رأت folds to رات). */
const NOT_CONJOINED = new Set(['فرات'].map(foldLetters));

const PAST_ENDINGS = ['', 'ت', 'وا'];
const PRESENT_ENDINGS = ['', 'ون', 'ان'];

function formsOf(verbs: readonly Verb[]): string[] {
  const forms: string[] = [];
  for (const [past, present] of verbs) {
    for (const ending of PAST_ENDINGS) forms.push(foldLetters(past + ending));
    if (!present) continue;
    const stem = present.slice(1);
    for (const person of ['ي', 'ت']) for (const ending of PRESENT_ENDINGS) forms.push(foldLetters(person + stem + ending));
  }
  return forms;
}

const SAYING_FORMS = formsOf(QUOTING_VERBS);
const QUOTING_FORMS = new Set([...SAYING_FORMS, ...QUOTING_PARTICIPLES.map(foldLetters)]);
const FORMS = new Set([...SAYING_FORMS, ...formsOf(REPORTING_VERBS), ...IRREGULAR_REPORTING_FORMS.map(foldLetters)]);
/** Matched as they are, never with the conjunction taken off. */
const WHOLE_FORMS = new Set(CONJOINED_REPORTING_FORMS.map(foldLetters));

const CONJUNCTION = /^[وف]/;

function isForm(forms: ReadonlySet<string>, folded: string): boolean {
  return forms.has(folded) || (CONJUNCTION.test(folded) && forms.has(folded.slice(1)) && !NOT_CONJOINED.has(folded));
}

const ANSWER_FORMS = new Set(formsOf([ANSWER]));

/** `أجاب`, `فأجابت`, `يجيب`: a form of أجاب, whose speaker is the one asked, not the one who spoke last. */
export function isAnswerVerb(word: string): boolean {
  return isForm(ANSWER_FORMS, foldLetters(word));
}

/** `قال`, `وقالت`, `فيضيف`, `وأشار`, `ويرى`: a verb of saying of either kind, compared letter-folded and without harakat. */
export function isSpeechVerb(word: string): boolean {
  const folded = foldLetters(word);
  return isForm(FORMS, folded) || WHOLE_FORMS.has(folded);
}

/** `قال`, `وأضافت`, `قائلا`: a verb of saying that takes the words themselves, not only their gist (وأشار إلى أن). */
export function isQuotingVerb(word: string): boolean {
  return isForm(QUOTING_FORMS, foldLetters(word));
}
