import { startsName } from '../names/detect';
import { withoutConjunction } from '../names/forms';
import { listedFormsAt, nameListFor, type NameList } from '../names/list';
import { mapPacked } from '../packed';
import { defineRule } from '../rule';
import { isListItem, isMarkdownSection, isPullQuote, type Article, type Paragraph, type Sentence } from '../text/article';
import { isInterviewerQuestion } from '../text/interview';
import { foldLetters } from '../text/normalize';
import { OPAQUE } from '../text/prose';
import { quotesPrayer } from '../text/prayer';
import { endBeforeClosers } from '../text/punctuation';
import { sentenceForm, STEM_ID_LIMIT, stemOfId, stemOfWord, type SentenceForm, type SentenceFormCache } from '../text/sentence-forms';

// Tuned on the case table: a restated fact keeps nearly all its content words (containment) while the
// whole of both sentences still overlaps well (Jaccard); two facts about one place or one speaker share
// the place or the speaker and little else.
const MIN_JACCARD = 0.6;
const MIN_CONTAINMENT = 0.8;
const MIN_JACCARD_WITH_CONTAINMENT = 0.4;
/** Every pair that passes shares at least this share of the larger sentence's stems. */
const MIN_OVERLAP = Math.min(MIN_JACCARD, MIN_JACCARD_WITH_CONTAINMENT);
/**
 * A stem met in this many sentences stops being indexed or probed: it would make pairs of everything
 * (a table of near-identical lines), and rarer stems find real restatements.
 */
const MAX_POSTINGS = 100;
/** Counts above this rank alike; the order only has to be the same for every sentence. */
const MAX_RANKED_COUNT = 2 ** 31 / STEM_ID_LIMIT - 1;

interface Compared {
  sentence: Sentence;
  form: SentenceForm;
  /**
   * Where its stems sit in `ranks`: (sentences of the article using the stem) × STEM_ID_LIMIT + stem id,
   * ascending from `start`: rarest first, one order for every sentence, which prefix filtering and merging need.
   */
  start: number;
  size: number;
  /** A question is compared with questions only: an answer restates its question (س: متى يبدأ …؟ ج: يبدأ …). */
  isQuestion: boolean;
  /** The sentence before it in the article, compared or not. */
  before: Sentence | undefined;
  paragraph: Paragraph;
}

/** The ranked stems of the article's compared sentences, one run after another (see Compared). */
let ranks: Int32Array = new Int32Array(1024);

export default defineRule({
  id: 'near-duplicate-sentence',
  category: 'duplication',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'article',
  messages: {
    nearDuplicate: {
      ar: 'جملة شبه مكررة: تعيد ما ورد في جملة سابقة («{other}»).',
      en: 'Near-duplicate sentence: it restates an earlier sentence (“{other}”).',
    },
    earlierSentence: { ar: 'الجملة السابقة التي تحمل المعلومة نفسها.', en: 'The earlier sentence with the same fact.' },
  },
  docs: {
    summary: {
      ar: 'يرصد الجملة التي تعيد معلومة وردت في جملة سابقة بتغيير طفيف في الصياغة.',
      en: 'Flags a sentence that restates an earlier sentence’s fact with small changes in wording.',
    },
    rationale: {
      ar: 'حين تُجمع القصة من أكثر من مصدر تتكرر المعلومة نفسها بصيغتين بعد فقرات، فيبدو الخبر محشوا. يقرر المحرر أي الصيغتين يبقي.',
      en: 'A story assembled from several sources ends up stating one fact twice, a few paragraphs apart, and reads padded. The editor decides which wording stays.',
    },
    bad:
      'السكان يعودون إلى المدينة\n' +
      'انسحبت القوات من المدينة في 2019 بعد ثلاث سنوات من القتال.\n' +
      'وأعاد السكان بناء السوق القديمة خلال العامين التاليين.\n' +
      'وفي عام 2019 انسحبت القوات من المدينة بعد قتال دام ثلاث سنوات.\n',
    good:
      'السكان يعودون إلى المدينة\n' +
      'انسحبت القوات من المدينة في 2019 بعد ثلاث سنوات من القتال.\n' +
      'وأعاد السكان بناء السوق القديمة خلال العامين التاليين.\n',
    notFlagged: {
      ar: 'جملتان عن واقعتين مختلفتين في المدينة نفسها أو على لسان المتحدث نفسه، والجملة نفسها بمكان أو اسم أو لقب آخر (كما في الأخبار المجمّعة، وقد تذكر كل جملة جهتها قبل بلدها: وأعلنت المحكمة العليا في السعودية … / وأعلنت دار الإفتاء في مصر …، أو الحكم نفسه لمتهمين يُذكر كل منهما باسمه الكامل أو بحرفيه الأولين (المتهم أ. ن. / المتهم ر. ك.)، أو عبارة البرقية نفسها للملك ثم لولي العهد، أو البرقية الجوابية بالصيغة نفسها لكل متلق يُذكر بلقبه «أمير البلاد» أو بضمير التفخيم بعد ذكر غيره «وبعث سموه»، أو لحاكمي بلدين يذكر أحدهما ببلده والآخر باسمه) أو بكلمة تقابل الأخرى (الشمالية والجنوبية، الأول والثاني، الماضي والمقبل، ارتفع وانخفض، على أساس سنوي وعلى أساس ربعي)، أما إبدال كلمة بمرادفها (ارتفع/صعد، بداية/مطلع، أصبح/بات) فإعادة للمعلومة؛ والجمل التي تختلف أرقامها (بالأرقام أو بالكلمات)، والطرفان نفساهما معكوسين (الفائز والخاسر في مباراة، والمتهِم والمتهَم في اتهامات متبادلة)، والخبر ونفيه (قال … / ونفت … أن يكون …)، والدعاء الواحد ينقل عن شخصين (أدعو الله أن يتقبل منا / نسأل الله أن يتقبل منا)، والفعل المماثل لفاعل آخر (وبعث ولي العهد برقية مماثلة)، والجواب الذي يعيد صياغة سؤاله، والسؤال يعيده المحاور، والجملة التي تقول إنها تكرر ما قيل (أكرر، للتذكير)، وقوائم الأسماء، والجمل القصيرة، والجملة القصيرة التي لا تشارك الأطول منها إلا اسم شخص وكلمة (قال المتحدث باسم طالبان ذبيح الله مجاهد إن الحكومة ترحب بالمساعدات / وأضاف ذبيح الله مجاهد أن الحكومة ستوزعها)، ونص رابط أو صورة يقوم وحده في سطره في ماركداون (خبر ذو صلة: «اقرأ أيضا: [ … ](…)»)، والاقتباس البارز في ماركداون («> …» لا تسبقه نقطتان) يعيد جملة من المتن عمدا، وتكرار المقدمة للعنوان، وتكرار الجملة الأولى من قسم في ماركداون لعنوانه (## …)، والتكرار الحرفي (تتولاه قاعدة duplicate-sentence).',
      en: 'Two different facts about one city or from one speaker, one sentence pattern filled with another place, name or title (as in a roundup, where each sentence may also name its own body before its place (وأعلنت المحكمة العليا في السعودية … / وأعلنت دار الإفتاء في مصر …), one ruling for two defendants named in full or by their initials (المتهم أ. ن. / المتهم ر. ك.), or one cable formula for the king and then the crown prince, or one reply formula for each recipient of a cable, named by a title («أمير البلاد») or by a pronoun of honour after another is named («وبعث سموه»), or for the rulers of two countries, one named by his country and the other by name) or with a word that contrasts (north and south, first and second, last week and next, a rise and a fall, a year’s change and a quarter’s), though one word swapped for a synonym (ارتفع/صعد، بداية/مطلع، أصبح/بات) is a restatement; sentences whose numbers differ (in figures or in words), the same two parties the other way round (the winner and the loser of a match, the accuser and the accused of mutual accusations), a claim and its denial (قال … / ونفت … أن يكون …), one prayer quoted from two people (أدعو الله أن يتقبل منا / نسأل الله أن يتقبل منا), a like act by another (وبعث ولي العهد برقية مماثلة), an answer restating its question, an interviewer’s question put again, a sentence that says it repeats (أكرر، للتذكير), lists of names, short sentences, a short sentence that shares with a longer one only a person’s name and a word (قال المتحدث باسم طالبان ذبيح الله مجاهد إن الحكومة ترحب بالمساعدات / وأضاف ذبيح الله مجاهد أن الحكومة ستوزعها), the text of a Markdown link or picture alone on its line (a related story: “اقرأ أيضا: [ … ](…)”), a Markdown pull quote (“> …” that no colon announces), which restates the body by design, a lede echoing the headline, or a Markdown section’s first sentence its heading (## …), and exact repeats (the duplicate-sentence rule reports those).',
    },
  },
  defaultOptions: {},
  checkArticle({ article, sentenceForms, names, report }) {
    const compared = comparableSentences(article, sentenceForms);
    const list = nameListFor(names);
    // Prefix filtering: two sets sharing at least t stems share one among each set's |X| - t + 1 rarest,
    // so only those are indexed (with their position) and probed, and common stems rarely build long lists.
    // Keyed by stem id (a small integer) rather than rank: within one article each stem has one rank.
    postings.startArticle();
    const lastProbe = new Int32Array(compared.length).fill(-1);
    for (let index = 0; index < compared.length; index++) {
      const later = compared[index];
      const { size } = later;
      let best: { earlier: Compared; index: number; jaccard: number } | undefined;
      for (let position = 0; position < size - Math.ceil(MIN_OVERLAP * size) + 1; position++) {
        const stem = ranks[later.start + position] & (STEM_ID_LIMIT - 1);
        if (postings.count(stem) >= MAX_POSTINGS) continue;
        for (let entry = postings.first(stem); entry !== -1; entry = postings.next(entry)) {
          const candidate = postings.sentence(entry);
          if (lastProbe[candidate] === index) continue;
          lastProbe[candidate] = index;
          const earlier = compared[candidate];
          if (earlier.isQuestion !== later.isQuestion) continue;
          // The first meeting is at the pair's rarest shared stem: only it and what follows can be shared.
          const possible = Math.min(size - position, earlier.size - postings.position(entry));
          if (possible < requiredOverlap(size, earlier.size)) continue;
          const jaccard = nearDuplicateJaccard(earlier, later, list);
          // Equal scores go to the earliest sentence: the probe order follows stem ids, which depend on
          // what the process checked before, and the finding must not.
          if (!best || jaccard > best.jaccard || (jaccard === best.jaccard && candidate < best.index)) {
            if (jaccard > 0) best = { earlier, index: candidate, jaccard };
          }
        }
        postings.add(stem, index, position);
      }
      if (!best || repeatsOnPurpose(later) || (best.jaccard < MIN_JACCARD && sharesLittleButNames(best.earlier, later, list))) continue;
      const { sentence: first } = best.earlier;
      report({
        span: { start: later.sentence.start, end: later.sentence.end },
        messageId: 'nearDuplicate',
        data: { other: excerpt(first.original) },
        related: [{ span: { start: first.start, end: first.end }, messageId: 'earlierSentence' }],
      });
    }
  },
});

/**
 * Each stem's (sentence, position) entries in one article, as linked lists in typed arrays kept from
 * article to article: a stem's list belongs to the current article only when its stamp says so, so
 * nothing is cleared in between and no list is allocated.
 */
class PostingLists {
  private article = 0;
  private stampOf: Int32Array = new Int32Array(1024);
  private headOf: Int32Array = new Int32Array(1024);
  private countOf: Int32Array = new Int32Array(1024);
  private entries = 0;
  private sentences: Int32Array = new Int32Array(1024);
  private positions: Int32Array = new Int32Array(1024);
  private nexts: Int32Array = new Int32Array(1024);

  startArticle(): void {
    this.article++;
    this.entries = 0;
  }

  count(stem: number): number {
    return stem < this.stampOf.length && this.stampOf[stem] === this.article ? this.countOf[stem] : 0;
  }

  /** The stem's latest entry, or -1. */
  first(stem: number): number {
    return this.count(stem) > 0 ? this.headOf[stem] : -1;
  }

  next(entry: number): number {
    return this.nexts[entry];
  }

  sentence(entry: number): number {
    return this.sentences[entry];
  }

  position(entry: number): number {
    return this.positions[entry];
  }

  add(stem: number, sentence: number, position: number): void {
    if (stem >= this.stampOf.length) {
      this.stampOf = growTo(this.stampOf, stem);
      this.headOf = growTo(this.headOf, stem);
      this.countOf = growTo(this.countOf, stem);
    }
    const entry = this.entries++;
    if (entry >= this.nexts.length) {
      this.sentences = growTo(this.sentences, entry);
      this.positions = growTo(this.positions, entry);
      this.nexts = growTo(this.nexts, entry);
    }
    const count = this.count(stem);
    this.sentences[entry] = sentence;
    this.positions[entry] = position;
    this.nexts[entry] = count > 0 ? this.headOf[stem] : -1;
    this.stampOf[stem] = this.article;
    this.headOf[stem] = entry;
    this.countOf[stem] = count + 1;
  }
}

const postings = new PostingLists();

let stemCounts: Int32Array = new Int32Array(1024);

/** Whether a question mark ends the sentence, closing quotes and brackets after it allowed: read from its end. */
function isQuestion(text: string): boolean {
  const last = text[endBeforeClosers(text) - 1];
  return last === '؟' || last === '?';
}

const BOLD = String.raw`(?:\*\*|__)?`;
/**
 * A Markdown link or picture alone, after a short label if any (`اقرأ أيضا: [عنوان الخبر](…)`,
 * `**للمزيد:** [...](…)`, `![صورة الوزير](…)`): the title of another story or a picture's description,
 * which restate the story by design. Its target is masked.
 */
const LINK_ALONE = new RegExp(String.raw`^${BOLD}(?:[^\n.؟?!:«»[\]*_]{1,30}${BOLD}:${BOLD}\s*)?${BOLD}!?\[[^[\]]+\]${OPAQUE}+${BOLD}[.؟!]?$`);

/**
 * The sentences long enough to compare, the headline, list items and pull quotes left out (as
 * duplicate-sentence leaves them), a link alone too, and later exact copies (the other rule reports them), with their stems
 * ranked by how few sentences of the article use them.
 */
function comparableSentences(article: Article, kept: SentenceFormCache | undefined): Compared[] {
  const seenKeys = new Set<string>();
  const compared: Compared[] = [];
  let stems = 0;
  let before: Sentence | undefined;
  for (const paragraph of article.paragraphs) {
    if (paragraph.isHeadline || isListItem(article.source, paragraph) || isPullQuote(article, paragraph) || isMarkdownSection(article, paragraph)) continue;
    for (const sentence of paragraph.sentences) {
      const previous = before;
      before = sentence;
      if (sentence.text.includes(OPAQUE) && LINK_ALONE.test(sentence.text)) continue;
      const form = sentenceForm(sentence, kept);
      const isCopy = form.comparable && seenKeys.has(form.key);
      seenKeys.add(form.key);
      for (const part of form.quotedParts) seenKeys.add(part.key);
      if (!form.comparable || isCopy) continue;
      compared.push({ sentence, form, start: stems, size: form.stemIds.length, isQuestion: isQuestion(sentence.text), before: previous, paragraph });
      stems += form.stemIds.length;
      for (const id of form.stemIds) {
        if (id >= stemCounts.length) stemCounts = growTo(stemCounts, id);
        stemCounts[id]++;
      }
    }
  }
  if (stems > ranks.length) ranks = new Int32Array(Math.max(stems, ranks.length * 2));
  for (const { form, start, size } of compared) {
    form.stemIds.forEach((id, i) => (ranks[start + i] = Math.min(stemCounts[id], MAX_RANKED_COUNT) * STEM_ID_LIMIT + id));
    sortRange(ranks, start, start + size);
  }
  for (const { form } of compared) for (const id of form.stemIds) stemCounts[id] = 0;
  return compared;
}

/**
 * An interviewer putting a question again (as duplicate-sentence allows), or a sentence that says it
 * repeats what was said (وأنا أكرر: …، للتذكير: …). Asked only of a near duplicate.
 */
const repeatsOnPurpose = ({ sentence, paragraph }: Compared) => isInterviewerQuestion(paragraph.text) || SAYS_IT_REPEATS.test(sentence.text);

/** What says a sentence repeats on purpose: أكرر، أعيدها، للتذكير، نعود إلى السؤال. */
const SAYS_IT_REPEATS = /(?:^|[\s«"“(:،])(?:[وف]?(?:أكرر|اكرر|أكررها|نكرر|أعيد|أعيدها|نعيد)|للتذكير|نذكر بأن|نعود إلى السؤال)(?=[\s:،,]|$)/u;

/** Insertion sort of values[from, to): a sentence has a few dozen stems at most. */
function sortRange(values: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const value = values[i];
    let j = i;
    for (; j > from && values[j - 1] > value; j--) values[j] = values[j - 1];
    values[j] = value;
  }
}

function growTo(values: Int32Array, index: number): Int32Array {
  const grown = new Int32Array(Math.max(values.length * 2, index + 1));
  grown.set(values);
  return grown;
}

/** The fewest shared stems with which sets of these sizes can be near duplicates. */
function requiredOverlap(sizeA: number, sizeB: number): number {
  // Jaccard s / (a + b - s) ≥ j  ⟺  s ≥ j (a + b) / (1 + j); the epsilon absorbs rounding.
  const forJaccard = (j: number) => Math.ceil((j * (sizeA + sizeB)) / (1 + j) - 1e-9);
  const forContainment = Math.ceil(MIN_CONTAINMENT * Math.min(sizeA, sizeB) - 1e-9);
  return Math.min(forJaccard(MIN_JACCARD), Math.max(forContainment, forJaccard(MIN_JACCARD_WITH_CONTAINMENT)));
}

/** The Jaccard index of the two stem sets when they are near duplicates, otherwise 0. */
function nearDuplicateJaccard(a: Compared, b: Compared, list: NameList): number {
  let shared = 0;
  for (let i = a.start, j = b.start, endA = a.start + a.size, endB = b.start + b.size; i < endA && j < endB; ) {
    if (ranks[i] === ranks[j]) {
      shared++;
      i++;
      j++;
    } else if (ranks[i] < ranks[j]) i++;
    else j++;
  }
  const jaccard = shared / (a.size + b.size - shared);
  const containment = shared / Math.min(a.size, b.size);
  if (jaccard < MIN_JACCARD && !(containment >= MIN_CONTAINMENT && jaccard >= MIN_JACCARD_WITH_CONTAINMENT)) return 0;
  if (sharesQuotation(a.form, b.form) || eachHasItsOwn(a.form.figures, b.form.figures) || differentSlots(a, b, list)) return 0;
  if (swappedParties(a.sentence, b.sentence) || inOneOnly(a.sentence, b.sentence, DENIALS) || inOneOnly(a.sentence, b.sentence, LIKE_ANOTHER)) return 0;
  // Two people quoted saying the same prayer (نسأل الله أن يتقبل منا / أدعو الله أن يتقبل منا).
  if (quotesPrayer(a.sentence.text) && quotesPrayer(b.sentence.text)) return 0;
  return jaccard;
}

/** How many stems a sentence held inside another must share with it besides the words of names. */
const MIN_SHARED_FACTS = 2;

/**
 * A short sentence held inside a longer one by a long name and a word (قال المتحدث باسم طالبان ذبيح الله
 * مجاهد إن الحكومة ترحب … / وأضاف ذبيح الله مجاهد أن الحكومة ستوزعها): the name is one person, not facts
 * the two share. Asked only of a pair about to be reported; a name's words are known by the given names
 * and the list, not by the detector, which this rule does not wait for (it may run in another thread).
 */
function sharesLittleButNames(a: Compared, b: Compared, list: NameList): boolean {
  let facts = 0;
  for (const id of sharedStems(a, b)) if (!isPersonNameWord(stemOfId(id), list) && ++facts >= MIN_SHARED_FACTS) return false;
  return true;
}

/** A word of a person's name: a given name, a listed person's, or the name of God in one (عبد الله، ذبيح الله). */
const isPersonNameWord = (stem: string, list: NameList) =>
  stem === GOD || startsName(stem) || list.firstNames.has(stem) || (list.byFirstWord.get(stem)?.some((form) => form.entry.kind === 'person') ?? false);
const GOD = 'الله';

/** The stem ids of `a` that `b` has too. */
const sharedStems = (a: Compared, b: Compared) => stemsOf(a, b, true, Infinity);

/**
 * A denial, folded (نفى، نفت، ينفي، نافيا): a sentence that denies another restates its words, not its fact
 * (قال الجيش إن قواته استعادت … / ونفت قوات الدعم السريع أن يكون الجيش استعاد …).
 */
const DENIALS = new Set(['نفي', 'نفت', 'ونفي', 'ونفت', 'ينفي', 'تنفي', 'نفوا', 'ونفوا', 'ينفون', 'نافيا', 'نافيه']);

/**
 * «مماثل» (similar), folded: the wire's formula for the next sender of a cable (وبعث ولي العهد برقية تهنئة
 * مماثلة) says itself that it reports a second act like the first, not the first again.
 */
const LIKE_ANOTHER = new Set(['مماثل', 'مماثله', 'مماثلا', 'مماثلان', 'مماثلين', 'مماثلتان', 'مماثلتين', 'مماثلات']);

/** One of the two sentences has a word of `words` (folded) and the other none. */
function inOneOnly(a: Sentence, b: Sentence, words: ReadonlySet<string>): boolean {
  const has = (sentence: Sentence) => sentence.words.some((w) => words.has(w.spelling.folded));
  return has(a) !== has(b);
}

/** Words that set one party against another, folded: «فاز الهلال على النصر» is no «فاز النصر على الهلال». */
const PARTY_LINKS = new Set(['علي', 'ضد', 'امام']);

/**
 * The two sentences set the same two parties against each other the other way round: the winner and
 * the loser of a match, or the two sides of a case, swapped (فاز الهلال على النصر / فاز النصر على
 * الهلال), the accuser and the accused (اتهم الجيش قوات الدعم السريع بـ… / اتهمت قوات الدعم السريع
 * الجيش بـ…), or two words that name them swapped. Every word of both may be shared, and it is another fact.
 */
function swappedParties(a: Sentence, b: Sentence): boolean {
  const linked = new Set<string>();
  forEachLinkedPair(a, (before, after) => linked.add(`${before} ${after}`));
  let swapped = false;
  forEachLinkedPair(b, (before, after) => (swapped ||= before !== after && linked.has(`${after} ${before}`)));
  return swapped || isRotation(partiesOf(a), partiesOf(b)) || swapsTwoWords(a, b);
}

/**
 * Whether the words the sentences share, in their order, differ only in two that have changed places: the
 * two sides of a mutual accusation by their adjectives (قالت وزارة الدفاع الروسية إن القوات الأوكرانية
 * قصفت … / في المقابل، قالت وزارة الدفاع الأوكرانية إن القوات الروسية قصفت …).
 */
function swapsTwoWords(a: Sentence, b: Sentence): boolean {
  const wordsOf = (sentence: Sentence) => mapPacked(sentence.words, (word) => withoutConjunction(word.spelling.folded));
  const [allA, allB] = [wordsOf(a), wordsOf(b)];
  const inA = new Set(allA);
  const inB = new Set(allB);
  const sharedA = allA.filter((word) => inB.has(word));
  const sharedB = allB.filter((word) => inA.has(word));
  if (sharedA.length !== sharedB.length) return false;
  const differing: number[] = [];
  for (let k = 0; k < sharedA.length; k++) if (sharedA[k] !== sharedB[k] && differing.push(k) > 2) return false;
  if (differing.length !== 2) return false;
  const [x, y] = differing;
  // Sides named by a nisba or a name; two adjectives of praise swapped (أطيب التهاني وأصدق التمنيات) restate.
  const namesSide = (word: string) => NISBA_SHAPE.test(word) || startsName(word);
  return sharedA[x] === sharedB[y] && sharedA[y] === sharedB[x] && namesSide(sharedA[x]) && namesSide(sharedA[y]);
}

/** A nisba with the article, folded, masculine or feminine: الروسي، الأوكرانيه. */
const NISBA_SHAPE = /^ال.{2,}ي[ه]?$/u;

/**
 * Verbs whose subject acts against their object, folded, without و or ف: the two parties after them,
 * the other way round, are the other side's act.
 */
const ONE_AGAINST_ANOTHER = new Set(
  ['اتهم', 'اتهمت', 'يتهم', 'تتهم', 'حمل', 'حملت', 'يحمل', 'تحمل', 'هاجم', 'هاجمت', 'يهاجم', 'تهاجم', 'انتقد', 'انتقدت', 'هزم', 'هزمت', 'قصف', 'قصفت', 'استهدف', 'استهدفت'].map(foldLetters),
);

/**
 * The words after a verb of ONE_AGAINST_ANOTHER up to the charge (a word in ب: بنهب، بالمسؤولية) or the
 * sentence's end, folded: its subject and its object. Empty without such a verb.
 */
function partiesOf(sentence: Sentence): string[] {
  const { words } = sentence;
  const verb = words.findIndex((word) => ONE_AGAINST_ANOTHER.has(withoutConjunction(word.spelling.folded)));
  if (verb < 0) return [];
  const parties: string[] = [];
  // A party named as the subject and then as the object: الديمقراطيون، الديمقراطيين.
  for (let k = verb + 1; k < words.length && words[k].spelling.folded[0] !== 'ب'; k++) parties.push(words[k].spelling.folded.replace(PLURAL_CASE, ''));
  return parties;
}

/** The case ending of a sound masculine plural or a dual, on a word long enough to have one. */
const PLURAL_CASE = /(?<=.{4})(?:ون|ين|ان)$/u;

/** Whether `b` is `a` with its words turned round at a point other than its start (X Y → Y X). */
function isRotation(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  for (let at = 1; at < a.length; at++) if (b.every((word, k) => word === a[(k + at) % a.length])) return true;
  return false;
}

/** Each pair of words on either side of a PARTY_LINKS word, folded. */
function forEachLinkedPair(sentence: Sentence, visit: (before: string, after: string) => void): void {
  const { words } = sentence;
  for (let k = 1; k + 1 < words.length; k++) {
    if (PARTY_LINKS.has(words[k].spelling.folded)) visit(words[k - 1].spelling.folded, words[k + 1].spelling.folded);
  }
}

/**
 * One template filled differently, two facts: each sentence names someone the other does not, by a given
 * name and more (`وقضت المحكمة بسجن المتهم الأول سامر الخطيب …` and `… المتهم الثاني خالد الرواشدة …`) or
 * by a title (`وأعرب الملك …` and `وعبر سمو ولي العهد …`), or by their countries (`بعث ملك البحرين …` and
 * `بعث خادم الحرمين الشريفين الملك سلمان …`);
 * the words that differ include two of different WORD_GROUPS (`يوم الأحد` … `يوم الاثنين`); or a slot or
 * two differ in words that share no three letters (`… في محافظة البصرة.` and `… في محافظة ميسان.`),
 * unless the one word of each is of one group: a synonym (`ارتفع`/`صعد`، `بداية`/`مطلع`) restates. A
 * restatement also adds or drops words, or changes a word's form (`خفض`/`ستخفض`).
 */
function differentSlots(a: Compared, b: Compared, list: NameList): boolean {
  const onlyA = unshared(a, b, MAX_UNSHARED);
  const onlyB = unshared(b, a, MAX_UNSHARED);
  if (sendsForAnother(b, a) || sendsForAnother(a, b)) return true;
  if (onlyA.length === 0 || onlyB.length === 0) return false;
  if (eachHasItsOwn(rulersCountries(a.sentence, list), rulersCountries(b.sentence, list))) return true;
  const eachHas = (test: (folded: string) => boolean) =>
    onlyA.some((id) => hasWordOfStem(a.sentence, id, test)) && onlyB.some((id) => hasWordOfStem(b.sentence, id, test));
  if (onlyA.length >= 2 && onlyB.length >= 2) {
    if (eachHas(startsName) || (namesNobody(a.sentence) && namesNobody(b.sentence) && hasOwnSenderTitle(a, b) && hasOwnSenderTitle(b, a))) return true;
    // وأعلنت المحكمة العليا في السعودية أن … / وأعلنت دار الإفتاء في مصر أن …: a roundup, each its place's.
    if (eachHas((folded) => listedPlaceAt([folded], 0, list) !== undefined)) return true;
  }
  if (onlyA.some((x) => onlyB.some((y) => groupsOf(x, y) === 'different'))) return true;
  if (onlyA.length > 2 || onlyB.length > 2) return false;
  if (!onlyA.every((x) => onlyB.every((y) => !shareThreeLetters(stemOfId(x), stemOfId(y))))) return false;
  return !(onlyA.length === 1 && onlyB.length === 1 && groupsOf(onlyA[0], onlyB[0]) === 'same');
}

/**
 * The titles, folded, by which state-agency copy names the sender of a cable alone (وأعرب الملك … / وعبر
 * سمو ولي العهد …): two sentences that name nobody, each with one the other lacks, are two people's acts.
 * Where a name is written, a second title is more likely the same person's (وزير الطاقة / الأمير عبد العزيز).
 */
const SENDER_TITLES = new Set(['الملك', 'العاهل', 'خادم', 'ولي', 'الأمير', 'السلطان', 'الشيخ', 'الرئيس', 'رئيس', 'نائب'].map(foldLetters));
/** A sender's title, with its article or in construct without it (أمير البلاد، ملك البحرين). */
const isSenderTitle = (folded: string) => SENDER_TITLES.has(folded) || SENDER_TITLES.has(`ال${folded}`);

/** The preposition على as written, which folds to the name علي. */
const ALA = /^[وف]?على$/;
const namesNobody = (sentence: Sentence) => !sentence.words.some((w) => startsName(w.spelling.folded) && !ALA.test(w.spelling.light));

/**
 * The stems of sender titles in `a` that `b` lacks, all of them: honours pad a title (حضرة صاحب السمو أمير
 * البلاد حفظه الله ورعاه) beyond the few unshared stems differentSlots reads, and which few those are
 * follows stem ids, which depend on what the process read before.
 */
const ownSenderTitles = (a: Compared, b: Compared) => unshared(a, b, Infinity).filter((id) => hasWordOfStem(a.sentence, id, isSenderTitle));
const hasOwnSenderTitle = (a: Compared, b: Compared) => ownSenderTitles(a, b).length > 0;

/** Pronouns of honour that name a cable's sender (وبعث سموه، كما أعرب جلالته), folded. */
const HONORIFICS = new Set(['سموه', 'سموها', 'جلالته', 'جلالتها', 'فخامته', 'معاليه', 'معاليها', 'سيادته', 'دولته', 'سعادته'].map(foldLetters));

/**
 * وبعث سموه ببرقية جوابية …: a sender named by a pronoun of honour alone, as a sentence's first or second
 * word after its verb, is the one the sentence before names. When that sentence lacks the sender's title
 * that only the other sentence has (ولي العهد), they are two people's acts: state-agency copy gives each
 * recipient of a cable the same reply formula.
 */
function sendsForAnother(pronounSide: Compared, titled: Compared): boolean {
  const { words } = pronounSide.sentence;
  if (pronounSide.before === undefined || !words.slice(1, 3).some((w) => HONORIFICS.has(w.spelling.folded))) return false;
  const titles = ownSenderTitles(titled, pronounSide).map(stemOfId);
  return titles.length > 0 && !pronounSide.before.words.some((w) => titles.includes(stemOfWord(w.spelling.light) ?? ''));
}

/** Words of a state between a ruler's title and its name (أمير دولة الكويت، ملك مملكة البحرين), folded. */
const STATE_WORDS = new Set(['دولة', 'مملكة', 'سلطنة', 'إمارة', 'جمهورية'].map(foldLetters));

/**
 * A ruler's title that names the country without its name, folded, and that country as the name list
 * prefers it: خادم الحرمين الشريفين is the king of Saudi Arabia, like ملك السعودية.
 */
const COUNTRY_TITLES: readonly (readonly [string[], string])[] = [[foldLetters('خادم الحرمين الشريفين').split(' '), 'السعودية']];

/**
 * The countries whose rulers the sentence names by title: after a title (ملك البحرين، أمير دولة الكويت,
 * SENDER_TITLES without their article too) a listed place, as the list prefers it; and the countries of
 * COUNTRY_TITLES. A ruler named by name alone (الملك سلمان) has no country here: he may be ملك السعودية.
 */
function rulersCountries(sentence: Sentence, list: NameList): string[] {
  const folded = sentence.words.map((w) => w.spelling.folded);
  const countries: string[] = [];
  folded.forEach((word, i) => {
    for (const [title, country] of COUNTRY_TITLES) if (title.every((part, k) => folded[i + k] === part)) countries.push(country);
    if (!isSenderTitle(word)) return;
    const place = listedPlaceAt(folded, i + 1, list) ?? (STATE_WORDS.has(folded[i + 1]) ? listedPlaceAt(folded, i + 2, list) : undefined);
    if (place) countries.push(place);
  });
  return countries;
}

/** The preferred name of the listed place whose words, folded, start at `words[i]`. */
function listedPlaceAt(words: readonly string[], i: number, list: NameList): string | undefined {
  return listedFormsAt(list, (k) => words[i + k]).find((form) => form.entry.kind === 'place')?.entry.preferred;
}

/**
 * Whether the stem passes `test`, or a word of the sentence with that stem does: the stem drops a first
 * و/ف/ب/ل as a clitic, which is the name's own letter in فهد، فيصل، وليد، بدر, and the article of a title.
 */
function hasWordOfStem(sentence: Sentence, id: number, test: (folded: string) => boolean): boolean {
  const stem = stemOfId(id);
  return test(stem) || sentence.words.some((w) => test(w.spelling.folded) && stemOfWord(w.spelling.light) === stem);
}

/** How many stems of each sentence differentSlots reads: a template differs in a name and a word or two around it. */
const MAX_UNSHARED = 6;

/** Up to `limit` stem ids of `a` missing from `b`. */
const unshared = (a: Compared, b: Compared, limit: number) => stemsOf(a, b, false, limit);

/** Up to `limit` stem ids of `a` that `b` has too (`inB`) or lacks, merging the two in rank order. */
function stemsOf(a: Compared, b: Compared, inB: boolean, limit: number): number[] {
  const stems: number[] = [];
  const endB = b.start + b.size;
  let j = b.start;
  for (let i = a.start; i < a.start + a.size && stems.length < limit; i++) {
    while (j < endB && ranks[j] < ranks[i]) j++;
    if ((j < endB && ranks[j] === ranks[i]) === inB) stems.push(ranks[i] & (STEM_ID_LIMIT - 1));
  }
  return stems;
}

/**
 * Words of one group say the same thing in wire copy (ارتفع/صعد، بداية/مطلع، أصبح/بات); words of two groups
 * tell two facts apart: directions, ordinals, times, days and months, rises and falls, wins, assent and
 * refusal, a year's change and a quarter's.
 */
const WORD_GROUPS: readonly string[] = [
  'شمال شمالي الشمالية', 'جنوب جنوبي الجنوبية', 'شرق شرقي الشرقية', 'غرب غربي الغربية', 'وسط الوسطى',
  'الأول الأولى أول', 'الثاني الثانية', 'الثالث الثالثة', 'الرابع الرابعة', 'الخامس الخامسة', 'السادس السادسة',
  'السابع السابعة', 'الثامن الثامنة', 'التاسع التاسعة', 'العاشر العاشرة', 'الأخير الأخيرة',
  // The dual and plural of "last" are "past" (اليومين الأخيرين، الأيام الماضية); the singular is also "final" (الجولة الأخيرة).
  'الماضي الماضية السابق السابقة المنصرم المنصرمة الفائت الفائتة الماضيين الماضيتين السابقين السابقتين الأخيرين الأخيرتين',
  'المقبل المقبلة القادم القادمة المقبلين المقبلتين القادمين القادمتين',
  'الحالي الحالية الجاري الجارية', 'جميعا جميعها كلها كلهم',
  'أمس', 'اليوم', 'غدا', 'صباح صباحا', 'ظهر ظهرا', 'مساء', 'ليل ليلا', 'بداية بدء مطلع مستهل', 'نهاية ختام',
  'الأحد', 'الاثنين الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
  'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  'ارتفع ارتفعت صعد صعدت زاد زادت قفز قفزت ارتفاع زيادة',
  'انخفض انخفضت تراجع تراجعت هبط هبطت انخفاض هبوط خسر خسرت خسارة',
  'فاز فازت فوز تغلب تغلبت انتصر انتصرت حصد حصدت', 'تعادل تعادلت',
  'وافق وافقت موافقة أقر أقرت أيد أيدت تأييد', 'رفض رفضت', 'أعلى الأعلى', 'أدنى الأدنى',
  'أصيب أصيبت جرح جرحت', 'أعلن أعلنت كشف كشفت أفاد أفادت', 'التشريعية البرلمانية', 'استمر استمرت دام دامت امتد امتدت',
  'يعرف يعرفون تعرف يدرك يدركون تدرك', 'يبقى تبقى يظل تظل', 'واضح واضحة ظاهر ظاهرة جلي جلية',
  'يسكن يسكنه يسكنها يسكنون تسكن تسكنه تسكنها يقطن يقطنه يقطنها يقطنون تقطن تقطنه تقطنها',
  'أصبح أصبحت بات باتت صار صارت', 'الأغلبية الغالبية', 'أسفر أسفرت أدى أدت', 'تشريد تهجير',
  // Periods a change is measured over: a year's change and a quarter's are two facts.
  'سنوي السنوي سنويا', 'ربعي الربعي ربعيا فصلي الفصلي', 'شهري الشهري شهريا',
];
const GROUP_OF: ReadonlyMap<string, number> = new Map(
  WORD_GROUPS.flatMap((group, index) => group.split(' ').map((word): [string, number] => [stemOfWord(word) ?? word, index])),
);

/** Whether two stems are of one of WORD_GROUPS, of two, or not both of any. */
function groupsOf(x: number, y: number): 'same' | 'different' | undefined {
  const groupX = GROUP_OF.get(stemOfId(x));
  const groupY = GROUP_OF.get(stemOfId(y));
  if (groupX === undefined || groupY === undefined) return undefined;
  return groupX === groupY ? 'same' : 'different';
}

/** Whether two stems share three letters in a row before their endings: forms of one word (خفض، ستخفض). */
function shareThreeLetters(x: string, y: string): boolean {
  const [a, b] = [x.replace(INFLECTION_ENDING, ''), y.replace(INFLECTION_ENDING, '')];
  for (let i = 0; i + 3 <= a.length; i++) if (b.includes(a.slice(i, i + 3))) return true;
  return false;
}

/** The plural, dual, feminine and nisba endings, which words of two roots share (البتروكيماويات، المغذيات). */
const INFLECTION_ENDING = /(?:يات|ات|ون|ين|ان|يه|ه)$/;

/** One quotes the other, or both quote one sentence: the duplicate-sentence rule's finding. */
function sharesQuotation(a: SentenceForm, b: SentenceForm): boolean {
  return (
    a.quotedParts.some((part) => part.key === b.key || b.quotedParts.some((other) => other.key === part.key)) ||
    b.quotedParts.some((part) => part.key === a.key)
  );
}

/**
 * Each has an item the other lacks: a figure or an address (different facts, or a correction, which is no
 * repetition to delete), or a ruler's country.
 */
function eachHasItsOwn(a: readonly string[], b: readonly string[]): boolean {
  return a.some((n) => !b.includes(n)) && b.some((n) => !a.includes(n));
}

/** The first words of a sentence, for messages. */
function excerpt(text: string, maxWords = 6): string {
  const words = text.trim().split(/\s+/);
  return words.length <= maxWords ? text.trim() : `${words.slice(0, maxWords).join(' ')} …`;
}
