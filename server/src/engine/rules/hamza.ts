import { defineRule } from '../rule';
import type { Sentence, Word } from '../text/article';
import { forEachForm, type CliticSet } from '../text/clitics';
import { minimalEdit } from '../text/minimal-edit';
import { normalizeLight } from '../text/normalize';
import { isPersianOrUrdu } from '../text/persian-script';
import {
  AN_FORMS,
  FINAL_YA,
  INNA_AFTER,
  LI_ANNA_FORMS,
  MISSPELLINGS,
  NEEDS_HAMZA,
  OTHER_WORDS,
  WASL_VERBAL_NOUN,
  WASL_WORDS,
} from '../text/spelling-lists';
import type { Fix, Span } from '../types';

type Kind = 'misspelled' | 'finalYa' | 'wasl' | 'bareAlef';

interface Correction {
  right: string;
  kind: Kind;
  /** For a bare-alef word: its entry, to find the same word written with hamza elsewhere. */
  entry?: string;
}

const CORRECTIONS = new Map<string, Correction>();
/** Written forms of the NEEDS_HAMZA words, spelled right, to the entry they belong to. */
const WITH_HAMZA = new Map<string, string>();

function addList<T>(lists: Readonly<Record<CliticSet, readonly T[]>>, each: (set: CliticSet, item: T) => void): void {
  for (const set of Object.keys(lists) as CliticSet[]) for (const item of lists[set]) each(set, item);
}

function addCorrection(wrong: string, correction: Correction): void {
  if (!OTHER_WORDS.has(wrong)) CORRECTIONS.set(wrong, correction);
}

addList(MISSPELLINGS, (set, [wrong, right]) => forEachForm(set, wrong, right, (w, r) => addCorrection(w, { right: r, kind: 'misspelled' })));
addList(FINAL_YA, (set, [wrong, right]) => forEachForm(set, wrong, right, (w, r) => addCorrection(w, { right: r, kind: 'finalYa' })));
addList(WASL_WORDS, (set, right) => forEachForm(set, 'إ' + right.slice(1), right, (w, r) => addCorrection(w, { right: r, kind: 'wasl' })));
addList(NEEDS_HAMZA, (set, right) =>
  forEachForm(set, right.replace(/^[أإآ]|(?<=^ال)[أإآ]/u, 'ا'), right, (w, r) => {
    addCorrection(w, { right: r, kind: 'bareAlef', entry: right });
    WITH_HAMZA.set(r, right);
  }),
);

const AN = new Set(AN_FORMS);
const LI_ANNA = new Set(LI_ANNA_FORMS);
const INNA = new Set(INNA_AFTER);
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
    bareAlef: {
      ar: '«{word}» تحتاج إلى همزة: «{correct}».',
      en: '“{word}” needs a hamza: “{correct}”.',
    },
    bareAlefInArticle: {
      ar: '«{word}» تحتاج إلى همزة: «{correct}»، كما كُتبت في موضع آخر من المقال.',
      en: '“{word}” needs a hamza: “{correct}”, as the article writes it elsewhere.',
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
      ar: 'يرصد الأخطاء الإملائية الشائعة في الهمزة والياء: الى، فى، إجتماع، إنشاء الله، اكد.',
      en: 'Flags common hamza and ya misspellings such as “الى”, “فى”, “إجتماع”, “إنشاء الله”, “اكد”.',
    },
    rationale: {
      ar: 'هذه أخطاء يصححها كل مدقق لغوي دون تفكير؛ تصحيح ما لا لبس فيه آليًا يوفر وقت المحرر لما يحتاج إلى حكمه، ويبقى ما يحتمل وجهين اقتراحًا.',
      en: 'Every copy desk fixes these without a second thought. Fixing the unambiguous ones automatically saves the editor for what needs judgement; where two readings are possible the fix stays a suggestion.',
    },
    bad: 'وصل الوفد الى القاهرة فى إطار جولة تشمل إجتماعات مع المسؤولين.',
    good: 'وصل الوفد إلى القاهرة في إطار جولة تشمل اجتماعات مع المسؤولين.',
    notFlagged: {
      ar: 'المصادر المبدوءة بهمزة قطع من الفعل الرباعي (إنتاج، إنذار، إنجاز، إنشاء، إتمام، إتاحة)، والكلمات الأجنبية التي تُكتب بالوجهين (إستراتيجية/استراتيجية)، والكلمات الصحيحة بلا همزة (اجتماع، انتخابات، اتفاق)، و«علي» التي قد تكون اسمًا، والألف المجردة التي تحتمل همزتين (امن، اثر، اما)، والجمل الفارسية والأردية.',
      en: 'Form IV verbal nouns, which do take hamza (إنتاج، إنذار، إنجاز، إنشاء، إتمام، إتاحة); foreign words written both ways (إستراتيجية/استراتيجية); words correct without hamza (اجتماع، انتخابات، اتفاق); علي, which may be the name; a bare alef that could hide either hamza (امن، اثر، اما); Persian and Urdu sentences.',
    },
  },
  defaultOptions: {},
  checkArticle({ article, report }) {
    const sentences = article.paragraphs.flatMap((p) => p.sentences).filter((s) => !isPersianOrUrdu(s));
    const firstWithHamza = new Map<string, Word>();
    for (const sentence of sentences) {
      for (const word of sentence.words) {
        const entry = WITH_HAMZA.get(normalizeLight(word.text));
        if (entry !== undefined && !firstWithHamza.has(entry)) firstWithHamza.set(entry, word);
      }
    }

    const use = (span: Span, from: string, correct: string, safe: boolean): Fix => ({
      messageId: 'use',
      data: { correct },
      edits: [minimalEdit(span.start, from, correct)],
      safe,
    });

    for (const sentence of sentences) {
      const { words } = sentence;
      for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const light = normalizeLight(word.text);
        const span = { start: word.start, end: word.end };

        const next = words[i + 1];
        if ((light === 'إنشاء' || light === 'انشاء') && next && normalizeLight(next.text) === 'الله' && /^\s+$/u.test(article.prose.slice(word.end, next.start))) {
          const correct = 'إن شاء الله';
          report({
            span: { start: word.start, end: next.end },
            messageId: 'misspelled',
            data: { word: `${word.text} ${next.text}`, correct },
            fixes: [use(span, word.text, 'إن شاء', true)],
          });
          i++;
          continue;
        }

        const listed = CORRECTIONS.get(light);
        if (listed) {
          const seen = listed.entry === undefined ? undefined : firstWithHamza.get(listed.entry);
          const safe = listed.kind !== 'bareAlef' || seen !== undefined;
          report({
            span,
            messageId: seen ? 'bareAlefInArticle' : listed.kind,
            data: { word: word.text, correct: listed.right },
            fixes: [use(span, word.text, listed.right, safe)],
            related: seen ? [{ span: { start: seen.start, end: seen.end }, messageId: 'writtenWithHamza' }] : [],
          });
          continue;
        }

        const wasl = light.includes('إ') ? WASL_VERBAL_NOUN.exec(light) : null;
        if (wasl) {
          const correct = light.replace('إ', 'ا');
          const at = word.start + word.text.indexOf('إ');
          report({
            span,
            messageId: 'wasl',
            data: { word: word.text, correct },
            fixes: [{ messageId: 'use', data: { correct }, edits: [{ span: { start: at, end: at + 1 }, text: 'ا' }], safe: true }],
          });
          continue;
        }

        if (AN.has(light) && !(next && normalizeLight(next.text) === 'واحد')) {
          // في آن واحد: the noun آن, not the particle.
          const inna = startsClause(sentence, i, article.prose);
          const correct = (inna ? 'إ' : 'أ') + light.slice(1);
          const other = (inna ? 'أ' : 'إ') + light.slice(1);
          report({
            span,
            messageId: 'anHamza',
            data: { word: word.text, correct, other },
            fixes: [use(span, word.text, correct, false), use(span, word.text, other, false)],
          });
          continue;
        }

        if (LI_ANNA.has(light)) {
          const correct = 'لأ' + light.slice(2);
          report({ span, messageId: 'bareAlef', data: { word: word.text, correct }, fixes: [use(span, word.text, correct, false)] });
        }
      }
    }
  },
});

/** How far back a verb of saying may stand from إن: قال + a subject of up to three words (قال مسؤول في اللجنة إن). */
const SAYING_REACH = 4;
/** A complementizer already between قال and this word: the word belongs to a clause of its own. */
const COMPLEMENTIZER = /^[وف]?[أإا]ن/u;

/** إن opens a sentence or a quotation and follows قال and حيث; elsewhere the particle is أن. */
function startsClause(sentence: Sentence, index: number, prose: string): boolean {
  if (index === 0) return true;
  const { words } = sentence;
  if (QUOTE_OPENING.test(prose.slice(words[index - 1].end, words[index].start))) return true;
  for (let k = index - 1; k >= Math.max(0, index - SAYING_REACH); k--) {
    const previous = normalizeLight(words[k].text);
    if (INNA.has(previous)) return true;
    if (COMPLEMENTIZER.test(previous) || (k > 0 && /[،,؛;]/u.test(prose.slice(words[k - 1].end, words[k].start)))) break;
  }
  return false;
}
