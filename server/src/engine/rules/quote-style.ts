import { mapPacked } from '../packed';
import { defineRule, type HouseStyle } from '../rule';
import type { Article, Paragraph } from '../text/article';
import { datelineLength } from '../text/dateline';
import {
  CLOSER_OF,
  continuedQuotation,
  followsTitleHead,
  isDatedWork,
  isLatinQuotation,
  isTitleLike,
  marksOf,
  OPENER_OF,
  quotationsOf,
  quotedStanzas,
  runOnQuotations,
  wordBeforeOpener,
  type Quotation,
  type QuoteStyle,
  type UnmatchedMark,
} from '../text/pairs';
import { isSpeechVerb } from '../text/speech-verbs';
import type { Fix, ReportedFinding } from '../types';

type Family = Exclude<HouseStyle['quoteStyle'], 'auto'>;

const SHOWN: Record<QuoteStyle, string> = { guillemets: '«…»', curly: '“…”', 'curly-reversed': '”…“', straight: '"…"' };

const familyOf = (style: QuoteStyle): Family => (style === 'curly-reversed' ? 'curly' : style);

export default defineRule({
  id: 'quote-style',
  category: 'quotes',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'article',
  messages: {
    mixedStyles: {
      ar: 'اقتباس بالعلامتين {used} والمقال يستعمل {expected} في أغلب اقتباساته.',
      en: 'A quotation in {used} while the article mostly uses {expected}.',
    },
    mixedStylesEven: {
      ar: 'اقتباس بالعلامتين {used} بجانب اقتباسات بالعلامتين {expected}: يلتزم المقال نوعا واحدا.',
      en: 'A quotation in {used} beside quotations in {expected}: the article should keep to one style.',
    },
    houseStyle: {
      ar: 'اقتباس بالعلامتين {used} والأسلوب المعتمد في التحرير {expected}.',
      en: 'A quotation in {used}; the house style is {expected}.',
    },
    mixedCurly: {
      ar: 'علامتا التنصيص هنا على صورة {used} وفي سائر المقال على صورة {expected}.',
      en: 'Curly quotes written {used} here and {expected} elsewhere in the article.',
    },
    articleStyle: { ar: 'أول اقتباس بالعلامتين {expected}', en: 'The first quotation in {expected}' },
    useStyle: { ar: 'استعمل {expected}', en: 'Use {expected}' },
  },
  docs: {
    summary: {
      ar: 'يرصد المقال الذي يخلط أنواع علامات التنصيص («…» و“…” و"…")، أو يخلط صورتي العلامتين المعقوفتين (“…” و”…“).',
      en: 'Flags an article that mixes quotation styles («…», “…”, "…"), or the two curly conventions (“…” and ”…“).',
    },
    rationale: {
      ar: 'توحيد علامات التنصيص من أسلوب التحرير: المقال الواحد بعلامتين مختلفتين يبدو مجموعا من مصادر لم تُراجع.',
      en: 'One quotation style per article is basic house style: an article quoting in two styles reads as pieces pasted together unedited.',
    },
    bad: 'وقال الوزير: «سنواصل العمل». وأضاف: «لن نتراجع». وقال المتحدث: “الموعد ثابت”.',
    good: 'وقال الوزير: «سنواصل العمل». وأضاف: «لن نتراجع». وقال المتحدث: «الموعد ثابت».',
    notFlagged: {
      ar: 'الاقتباس المتداخل بنوع آخر داخل الاقتباس (« … “ … ” … »)، وأي من صورتي العلامتين المعقوفتين وحدها: “…” أو ”…“، والاقتباس المكتوب بحروف لاتينية كله ("Life finds a way")، وأسماء الصحف والقنوات والوكالات والمنصات وعناوين المؤلفات والمسلسلات والألعاب والتطبيقات بعد ما يسميها (صحيفة «هسبريس»، قناة «الجزيرة»، رواية «الطريق»، تطبيق «توكلنا»)، وأسماء الأحزاب والقوائم والتحالفات والحملات بعد ما يسميها (حزب «…»، قائمة «…»، حملة «…»، المتحدث باسم «…»)، والاسم أو الكلمة بعد حرف جر مفصول (لـ«رويترز»، بـ«نعم»)، وأسماء الأسلحة والوحدات العسكرية بعد ما يسميها (صواريخ «غراد»، من طراز «كورنيت»، لواء «غولاني») والألقاب بعد «الملقب» و«المعروف بـ» و«يلقب بـ» و«الشهير بـ» (الملقب بـ«الزعيم») وعناوين المؤلفات تتبعها سنتها بين قوسين («أغاني الحقل» (1964)) وما يتكرر منها بلا ما يسميه بعلامتيه نفسيهما، إن كُتبت كلها بنوع واحد غير نوع الاقتباسات الأخرى، فذلك أسلوب للأسماء لا خلط (ما لم يُحدَّد أسلوب في الإعدادات). والأسلوب المختار هو الأكثر في اقتباسات المقال وفي اقتباسات الكلام منها (ثلاث كلمات فأكثر)، ويُعد كل اقتباس مرة واحدة بعلامتيه مغلقا كان أو غير مغلق (ويُرصد غير المغلق بأسلوب آخر ولا يُحوَّل، فإغلاقه من إصلاح قاعدة علامات التنصيص غير المتوازنة)، والاقتباس الذي يُعاد فتحه في كل فقرة من فقراته اقتباسَ كلام، فإن اختلفا بقيت «…» إن اختارها أحدهما، وإلا فأسلوب اقتباسات الكلام ويُقترح التحويل ولا يُجرى آليا (وعند التساوي الأسبق، ويُقترح التحويل كذلك)، أو الأسلوب المعتمد في الإعدادات (quoteStyle).',
      en: 'A quotation nested in another in a different style (« … “ … ” … »), either curly convention by itself: “…” or ”…“, a quotation all in Latin script ("Life finds a way"), and names of outlets, platforms, works, series, games and apps after the word that names them (صحيفة «هسبريس»، قناة «الجزيرة»، رواية «الطريق»، تطبيق «توكلنا»), of parties, lists, alliances and campaigns after theirs (حزب «…»، قائمة «…»، حملة «…»، المتحدث باسم «…»), a name or word after a preposition written apart (لـ«رويترز»، بـ«نعم»), of weapons and units after theirs (صواريخ «غراد»، من طراز «كورنيت»، لواء «غولاني») nicknames after الملقب, المعروف بـ, يلقب بـ or الشهير بـ (الملقب بـ«الزعيم»), titles with their year in brackets after them («أغاني الحقل» (1964)), and any of these quoted again without its head in the same marks, when all of them are in one style other than the other quotations’: a convention for names, not a mix (unless a house style is configured). The style kept is the one the article’s quotations use most and its quotations of speech (three words or more) use most, each counted once by the marks it is written with, closed or not (one left open in another style is flagged but not converted: closing it is unbalanced-quotes’ fix), a quotation reopened in each of its paragraphs as speech; where the two differ, «…» if either keeps it, else the style of speech, the conversion then only offered (ties: the first used, the conversion only offered too), or the configured house style (quoteStyle).',
    },
  },
  defaultOptions: {},
  checkArticle({ article, house, report }) {
    const byParagraph = mapPacked(article.paragraphs, (paragraph) => {
      const quotations = quotationsOf(paragraph);
      // A quotation in Latin script is a Latin run, whose marks are its own (editorial-rules.md §4); a
      // string of code is code's.
      return quotations.length === 0 ? quotations : quotations.filter((q) => !isLatinQuotation(article.prose, q) && !isCodeString(article.prose, q));
    });
    const outer = matchedQuotations(byParagraph, (q) => q.depth === 0);
    const allVotes = votesOf(article, byParagraph);
    const titles = house.quoteStyle === 'auto' ? titleFamily(allVotes) : undefined;
    const votes = titles === undefined ? allVotes : allVotes.filter((v) => familyOf(v.style) !== titles);
    const usedMost = house.quoteStyle === 'auto' ? articleStyle(votes) : { value: house.quoteStyle, tied: false };
    if (usedMost === undefined) return;
    const chosen = usedMost.value;

    const offFamily = new Set(outer.filter((q) => familyOf(q.style) !== chosen && familyOf(q.style) !== titles));
    const keptCurly = matchedQuotations(byParagraph, (q) => familyOf(q.style) === 'curly' && !offFamily.has(q));
    // A curly quotation left open keeps its convention when it is closed, and is counted for it as it is.
    const openCurly = chosen === 'curly' ? votes.filter((v) => !v.paired && familyOf(v.style) === 'curly') : [];
    const curlyMost = mostUsed([...mapPacked(keptCurly, (q) => q.style), ...mapPacked(openCurly, (v) => v.style)]) ?? { value: 'curly' as const, tied: false };
    const convention = curlyMost.value;
    const target: QuoteStyle = chosen === 'curly' ? convention : chosen;

    // Where neither style is used most (two and two, or speech in one and the rest in the other), none is "mostly" used.
    const mixedMessage = house.quoteStyle !== 'auto' ? 'houseStyle' : usedMost.tied ? 'mixedStylesEven' : 'mixedStyles';
    const firstIn = (style: QuoteStyle, among: Quotation[]) => among.find((q) => q.style === style);
    const exemplar = house.quoteStyle === 'auto' ? firstIn(target, outer) : undefined;
    byParagraph.forEach((pairs, p) => {
      // A mark left without a partner puts the pairing of the paragraph's others in doubt (a quotation
      // holding an inch mark: "بمقاس 65" في …"), so none of them is converted.
      const paired = marksOf(article.paragraphs[p]).quotes.unmatched.length === 0;
      pairs.forEach((q, index) => {
        if (offFamily.has(q)) {
          const convertible = paired && !nested(pairs, index).some((inner) => familyOf(inner.style) === chosen);
          const continuedFrom = openersContinued(article.paragraphs, p, q.open);
          report(finding(q, target, mixedMessage, exemplar, convertible, !usedMost.tied, continuedFrom));
        }
      });
    });
    const curlyExemplar = firstIn(convention, keptCurly);
    for (const q of keptCurly) if (q.style !== convention) report(finding(q, convention, 'mixedCurly', curlyExemplar, true, !curlyMost.tied));
    // A quotation left open in another style is flagged as it will be once closed, without a fix: closing
    // it is unbalanced-quotes' fix, in its own marks, and converting the opener alongside would mismatch them.
    for (const vote of votes) {
      if (vote.paired) continue;
      const messageId = familyOf(vote.style) !== chosen ? mixedMessage : chosen === 'curly' && vote.style !== convention ? 'mixedCurly' : undefined;
      if (messageId === undefined) continue;
      const to = messageId === 'mixedCurly' ? convention : target;
      for (const at of vote.marks) report(finding({ open: at, close: at, style: vote.style }, to, messageId, messageId === 'mixedCurly' ? curlyExemplar : exemplar, false, false));
    }
  },
});

/**
 * The style of the article: the one its quotations use most, and its quotations of speech too. Titles and
 * names in quotation marks (رواية "الطريق"، لـ"الوكالة") are many in some copy, the quotation of speech
 * one; a quotation of speech in another style is one among titles («أبل»، «فيجن برو»). Where the two
 * counts disagree, «…», the Arabic mark, is kept if either count keeps it; otherwise speech's style,
 * and converting is only offered.
 */
function articleStyle(votes: readonly Vote[]): { value: Family; tied: boolean } | undefined {
  const all = mostUsed(mapPacked(votes, (v) => familyOf(v.style)));
  const spoken = mostUsed(votes.flatMap((v) => (v.speech ? [familyOf(v.style)] : [])));
  if (all === undefined || spoken === undefined || spoken.value === all.value) return spoken ?? all;
  if (spoken.value === 'guillemets') return spoken;
  if (all.value === 'guillemets') return all;
  return { value: spoken.value, tied: true };
}

/**
 * A name of a few words right after a verb of saying, or after أما, that the sentence goes on after: who
 * says (وقالت «رويترز» إن، ورأت "التايمز" أن), the topic (أما "التايمز" فكانت). Not after a verb of
 * describing, whose object it may be (ووصف "الخطة" بأنها).
 */
function namesWhoSays(prose: string, q: Quotation): boolean {
  const before = wordBeforeOpener(prose, q.open);
  if (before === undefined || !(isSpeechVerb(before) || TOPIC.has(before))) return false;
  const inside = prose.slice(q.open + 1, q.close).trim();
  return inside !== '' && inside.split(/\s+/u).length <= NAME_WORDS && /^\s+[\p{L}]/u.test(prose.slice(q.close + 1, q.close + 3));
}

const NAME_WORDS = 3;
/** أما before a topic. */
const TOPIC = new Set(['أما', 'وأما']);

/**
 * The style an article keeps for names alone, beside its quotations in another: صحيفة «هسبريس» and قناة
 * «الجزيرة» in an article quoting speech in "…". One family whose every quotation follows a head naming a
 * work, an outlet or a nickname (followsTitleHead) is a convention of its own, not a quotation in the other style;
 * two such families are names written two ways, and count as before.
 */
function titleFamily(votes: readonly Vote[]): Family | undefined {
  const headedOnly = new Map<Family, boolean>();
  for (const v of votes) headedOnly.set(familyOf(v.style), (headedOnly.get(familyOf(v.style)) ?? true) && v.headed);
  const titles = [...headedOnly].filter(([, headed]) => headed);
  return titles.length === 1 && headedOnly.size > 1 ? titles[0][0] : undefined;
}

/** One quotation's say in the article's style: the marks it is written with, and whether it quotes speech rather than a title. */
interface Vote {
  at: number;
  /** The closing mark of a paired quotation; -1 for marks left without a partner. */
  close: number;
  style: QuoteStyle;
  speech: boolean;
  /** A pair right after a head that names it a work, an outlet's name or a nickname: رواية «…»، صحيفة «…»، الملقب بـ«…». */
  headed: boolean;
  /** False for marks left without a partner in their paragraph: a quotation left open, or run on over paragraphs. */
  paired: boolean;
  /** The marks left without a partner it is counted for. */
  marks: number[];
}

/**
 * The article's quotations in text order, each counted once, closed or not, so that closing one
 * (unbalanced-quotes' fix) does not change the vote: an outermost pair; a quotation reopened in each of
 * its paragraphs (continuedQuotation), at its last paragraph, or run on over them (runOnQuotations,
 * quotedStanzas), at its opener, both as speech, however short their last paragraph; and per paragraph
 * and style, the marks left without a partner, as one quotation (two may be one with a mark turned,
 * «لن نتراجع«), that runs from an opener to the paragraph's end or to a closer from its start; not beside
 * a pair of their style, whose marks they may be (a closer typed twice, which unbalanced-quotes deletes),
 * nor inside another quotation.
 */
/** Whether offset `at` is in the dateline its paragraph opens with: an agency's credit (بيروت - "الوطنية" -) is its name. */
function inDateline(paragraph: Paragraph, at: number): boolean {
  return at - paragraph.start < datelineLength(paragraph.text);
}

function votesOf(article: Article, byParagraph: readonly (readonly Quotation[])[]): Vote[] {
  const { paragraphs, prose } = article;
  const votes: Vote[] = [];
  let runOnSpeech: Set<number> | undefined;
  let runOnEnds: Set<number> | undefined;
  byParagraph.forEach((pairs, p) => {
    const paragraph = paragraphs[p];
    const { unmatched } = marksOf(paragraph).quotes;
    if (pairs.length === 0 && unmatched.length === 0) return; // most paragraphs quote nothing
    const reopened = p > 0 && continuedQuotation(paragraphs[p - 1], paragraph, marksOf(paragraphs[p - 1]).quotes.unmatched) !== undefined;
    const opensReopened = (at: number) => reopened && opensParagraph(paragraph, at);
    const here: Vote[] = [];
    for (const q of pairs) {
      if (q.depth === 0 && q.matched) here.push({ at: q.open, close: q.close, style: q.style, speech: opensReopened(q.open) || !isTitleLike(prose, q), headed: followsTitleHead(prose, q.open) || isDatedWork(prose, q.close + 1) || namesWhoSays(prose, q) || inDateline(paragraph, q.open), paired: true, marks: [] });
    }
    if (unmatched.length > 0) {
      if (!runOnSpeech || !runOnEnds) {
        const stanzas = quotedStanzas(article);
        runOnSpeech = new Set([...runOnQuotations(paragraphs), ...stanzas.map((s) => s.open)]);
        runOnEnds = new Set(stanzas.map((s) => s.close));
      }
      const continued = continuedQuotation(paragraph, paragraphs[p + 1], unmatched);
      const pairedStyles = new Set(here.map((v) => v.style));
      // Per style, the marks and the stretch they may quote: from the first opener to the paragraph's end,
      // from its start to the last closer. Classed once a style, so a paragraph of thousands of marks
      // costs no more than one of two.
      const byStyle = new Map<QuoteStyle, { marks: number[]; from: number; to: number }>();
      let outer = 0;
      const outerPairs = unmatched.length > 0 ? quotationsOf(paragraph).filter((q) => q.depth === 0).sort((x, y) => x.open - y.open) : [];
      for (const mark of unmatched) {
        const { at, role } = mark;
        // Marks and quotations in text order: the quotation that may hold this mark is the last opened before it.
        while (outer + 1 < outerPairs.length && outerPairs[outer + 1].open <= at) outer++;
        const inside = outerPairs[outer] !== undefined && outerPairs[outer].open <= at && at <= outerPairs[outer].close;
        if (at === continued || runOnEnds.has(at) || (runOnSpeech.has(at) && role === 'closer') || inside) continue;
        const style = styleOfMark(mark);
        if (runOnSpeech.has(at)) {
          const extent: Quotation = { open: at, close: paragraph.end, depth: 0, matched: false, style };
          if (!isLatinQuotation(prose, extent)) here.push({ at, close: -1, style, speech: true, headed: false, paired: false, marks: [at] });
          continue;
        }
        // Beside a pair of its style, a mark may be one of its own (an inch mark, a closer typed twice).
        if (pairedStyles.has(style)) continue;
        const group = byStyle.get(style) ?? { marks: [], from: paragraph.end, to: paragraph.start };
        byStyle.set(style, group);
        group.marks.push(at);
        group.from = Math.min(group.from, role === 'opener' ? at : paragraph.start);
        group.to = Math.max(group.to, role === 'opener' ? paragraph.end : at);
      }
      for (const [style, { marks, from, to }] of byStyle) {
        const extent: Quotation = { open: from, close: to, depth: 0, matched: false, style };
        if (isLatinQuotation(prose, extent)) continue;
        here.push({ at: marks[0], close: -1, style, speech: opensReopened(marks[0]) || !isTitleLike(prose, extent), headed: false, paired: false, marks });
      }
      here.sort((a, b) => a.at - b.at);
    }
    votes.push(...here);
  });
  headNamesAgain(prose, votes);
  return votes;
}

/** A string of code in straight quotes, after a call's bracket or an assignment: print("مرحبا")، input="لخص الخبر". */
function isCodeString(prose: string, q: Quotation): boolean {
  return q.style === 'straight' && CODE_BEFORE_STRING.test(prose.slice(Math.max(0, q.open - MAX_CODE_LOOKBEHIND), q.open));
}

const CODE_BEFORE_STRING = /[A-Za-z_][\w.]*(?:\(|\s*=)\s*$/;
const MAX_CODE_LOOKBEHIND = 40;

/**
 * A title or a nickname quoted again without its head, in the marks it had there («الكروان» after المعروف
 * بـ«الكروان»), is the same name: headed too.
 */
function headNamesAgain(prose: string, votes: Vote[]): void {
  const textOf = (v: Vote) => prose.slice(v.at + 1, v.close);
  let headed: Set<string> | undefined;
  for (const v of votes) if (v.headed && !v.speech) (headed ??= new Set()).add(familyOf(v.style) + textOf(v));
  if (headed === undefined) return;
  for (const v of votes) if (!v.headed && v.paired && !v.speech && headed.has(familyOf(v.style) + textOf(v))) v.headed = true;
}

/** The style of a mark left without a partner: an opener's by the closer it waits for, a closer's by its glyph. */
function styleOfMark({ mark, role, closer }: UnmatchedMark): QuoteStyle {
  if (mark === '«' || mark === '»') return 'guillemets';
  if (mark === '"') return 'straight';
  return (role === 'opener' ? closer : mark) === '”' ? 'curly' : 'curly-reversed';
}

/** The matched quotations of all paragraphs that `keep` keeps, in text order. */
function matchedQuotations(byParagraph: readonly (readonly Quotation[])[], keep: (q: Quotation) => boolean): Quotation[] {
  const kept: Quotation[] = [];
  for (const pairs of byParagraph) for (const q of pairs) if (q.matched && keep(q)) kept.push(q);
  return kept;
}

/**
 * The most frequent value (ties go to the one seen first), and whether another is as frequent: then no
 * style is the article's, and converting the others is only offered.
 */
function mostUsed<T>(values: T[]): { value: T; tied: boolean } | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  let tied = false;
  for (const [value, count] of counts) {
    if (best === undefined || count > counts.get(best)!) {
      best = value;
      tied = false;
    } else if (count === counts.get(best)) {
      tied = true;
    }
  }
  return best === undefined ? undefined : { value: best, tied };
}

/** The pairs inside `pairs[index]`: pairs nest properly and are sorted by opening mark, so they follow it. */
function nested(pairs: readonly Quotation[], index: number): Quotation[] {
  const inside: Quotation[] = [];
  for (let j = index + 1; j < pairs.length && pairs[j].open < pairs[index].close; j++) inside.push(pairs[j]);
  return inside;
}

/**
 * The openers of the paragraphs before paragraph `p` that the quotation opening it at `open` goes on from,
 * the way wire copy reopens each paragraph of a long quotation (« … ¶ « … »): converting the last
 * paragraph's pair alone would leave the openers before it in the other style, and unclosed.
 */
function openersContinued(paragraphs: readonly Paragraph[], p: number, open: number): number[] {
  const openers: number[] = [];
  for (let k = p - 1, opening = open; k >= 0 && opensParagraph(paragraphs[k + 1], opening); k--) {
    const { unmatched } = marksOf(paragraphs[k]).quotes;
    const opener = unmatched.length === 1 ? continuedQuotation(paragraphs[k], paragraphs[k + 1], unmatched) : undefined;
    if (opener === undefined) break;
    openers.push(opener);
    opening = opener;
  }
  return openers;
}

/** Whether only spaces stand before offset `at` in the paragraph. */
/** Nothing but blanks before `at` in its paragraph: told by where the first other character is, however far `at` is. */
const opensParagraph = (paragraph: Paragraph, at: number) => {
  const first = paragraph.text.search(/\S/);
  return first === -1 || at - paragraph.start <= first;
};

function finding(
  q: Pick<Quotation, 'open' | 'close' | 'style'>,
  target: QuoteStyle,
  messageId: string,
  exemplar: Quotation | undefined,
  convertible: boolean,
  safe: boolean,
  continuedFrom: readonly number[] = [],
): ReportedFinding {
  const data = { used: SHOWN[q.style], expected: SHOWN[target] };
  const fix: Fix = {
    messageId: 'useStyle',
    data,
    edits: [
      ...continuedFrom.map((at) => ({ span: { start: at, end: at + 1 }, text: OPENER_OF[target] })),
      { span: { start: q.open, end: q.open + 1 }, text: OPENER_OF[target] },
      { span: { start: q.close, end: q.close + 1 }, text: CLOSER_OF[target] },
    ],
    safe,
  };
  return {
    span: { start: q.open, end: q.open + 1 },
    messageId,
    data,
    fixes: convertible ? [fix] : [],
    related: exemplar ? [{ span: { start: exemplar.open, end: exemplar.close + 1 }, messageId: 'articleStyle', data }] : [],
  };
}
