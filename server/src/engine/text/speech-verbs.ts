import { foldLetters } from './normalize';

// Verbs of saying that introduce direct speech in news copy (`وقال: «…»`), in the inflections a wire story
// uses: the third-person past (قال، قالت، قالوا) and, for verbs used in the present too, the third-person
// present (يقول، تقول، يقولون، يقولان), each with و or ف before it. The past dual is left out: قالا is rare
// in copy and ردا، ذكرا، كتبا are nouns.

/** Past tense (third person masculine singular) and, where the present is used for speech, its present. */
const VERBS: [past: string, present?: string][] = [
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
  ['أجاب', 'يجيب'],
  ['رد', 'يرد'],
  ['هتف', 'يهتف'],
];

const PAST_ENDINGS = ['', 'ت', 'وا'];
const PRESENT_ENDINGS = ['', 'ون', 'ان'];

const FORMS = new Set<string>();
for (const [past, present] of VERBS) {
  for (const ending of PAST_ENDINGS) FORMS.add(foldLetters(past + ending));
  if (!present) continue;
  const stem = present.slice(1);
  for (const person of ['ي', 'ت']) for (const ending of PRESENT_ENDINGS) FORMS.add(foldLetters(person + stem + ending));
}

const CONJUNCTION = /^[وف]/;

/** `قال`, `وقالت`, `فيضيف`: a verb of saying, compared letter-folded and without harakat. */
export function isSpeechVerb(word: string): boolean {
  const folded = foldLetters(word);
  return FORMS.has(folded) || (CONJUNCTION.test(folded) && FORMS.has(folded.slice(1)));
}
