import { defineRule } from '../rule';
import type { Paragraph } from '../text/article';
import { continuedQuotation, followsTitleHead, imbalanceFindings, marksOf, quotedStanzas, runOnQuotations, type Quotation, type UnmatchedMark } from '../text/pairs';
import { OPAQUE } from '../text/prose';
import type { Fix, ReportedFinding } from '../types';

export default defineRule({
  id: 'unbalanced-quotes',
  category: 'quotes',
  defaultSeverity: 'error',
  fixable: 'safe',
  scope: 'article',
  messages: {
    unclosed: {
      ar: 'علامة التنصيص {mark} تفتح اقتباسا لا يُغلق في هذه الفقرة.',
      en: 'The quotation mark {mark} opens a quotation that is not closed in this paragraph.',
    },
    unopened: {
      ar: 'علامة التنصيص {mark} تغلق اقتباسا لم يُفتح في هذه الفقرة.',
      en: 'The quotation mark {mark} closes a quotation that was not opened in this paragraph.',
    },
    mismatched: {
      ar: 'اقتباس يُفتح بالعلامة {open} ويُغلق بالعلامة {close}: العلامتان لا تتقابلان.',
      en: 'A quotation opened with {open} is closed with {close}: the marks do not match.',
    },
    reversedCloser: {
      ar: 'العلامة {mark} هنا تغلق الاقتباس المفتوح قبلها، فهي مقلوبة: {right}.',
      en: 'The mark {mark} here closes the quotation opened before it, turned the wrong way: {right}.',
    },
    reversedOpener: {
      ar: 'العلامة {mark} هنا تفتح الاقتباس المغلق بعدها، فهي مقلوبة: {right}.',
      en: 'The mark {mark} here opens the quotation closed after it, turned the wrong way: {right}.',
    },
    turn: { ar: 'اكتب {right}', en: 'Write {right}' },
    deleteDoubled: { ar: 'احذف العلامة المكررة {mark}', en: 'Delete the doubled {mark}' },
    candidate: { ar: 'لعلها العلامة المقابلة: {mark}', en: 'Possibly its partner: {mark}' },
    partner: { ar: 'العلامة المقابلة: {mark}', en: 'Its partner: {mark}' },
    opener: { ar: 'هنا يُفتح الاقتباس بالعلامة {mark}', en: 'The quotation opens here with {mark}' },
    closeBeforeStop: {
      ar: 'أغلق الاقتباس بالعلامة {mark} قبل النقطة الأخيرة',
      en: 'Close the quotation with {mark} before the final full stop',
    },
    closeBeforeFirstStop: {
      ar: 'أغلق الاقتباس بالعلامة {mark} قبل نقطة الجملة الأولى منه',
      en: 'Close the quotation with {mark} before the full stop of its first sentence',
    },
    closeBeforeReporter: {
      ar: 'أغلق الاقتباس بالعلامة {mark} قبل كلام الناقل',
      en: 'Close the quotation with {mark} before the reporter’s words',
    },
    closeBeforeBrackets: {
      ar: 'أغلق الاقتباس بالعلامة {mark} قبل المصدر بين القوسين في آخره',
      en: 'Close the quotation with {mark} before the source in brackets at its end',
    },
  },
  docs: {
    summary: {
      ar: 'يرصد علامة تنصيص لا تقابلها أخرى في الفقرة، واقتباسا يُفتح بعلامة ويُغلق بعلامة من نوع آخر، والعلامة المقلوبة («لن نتراجع«) ويقلبها.',
      en: 'Flags a quotation mark with no partner in its paragraph, a quotation closed with a mark of another kind, and a guillemet turned the wrong way (“«لن نتراجع«”), which it turns.',
    },
    rationale: {
      ar: 'الاقتباس المفتوح لا يُعرف أين ينتهي فيه كلام المصدر ويبدأ كلام المحرر، وهذا خطأ في النسبة قبل أن يكون خطأ في الشكل.',
      en: 'An open quotation leaves the reader unsure where the source stops speaking and the reporter resumes: a misattribution before it is a typo.',
    },
    bad: 'وقال الوزير: «سنواصل العمل حتى آخر يوم.',
    good: 'وقال الوزير: «سنواصل العمل حتى آخر يوم».',
    notFlagged: {
      ar: 'الاصطلاحان في علامات التنصيص المزدوجة: “…” و”…“، والاقتباس المتداخل « … “ … ” … »، والاقتباس الممتد على فقرات تُفتح كل منها بعلامة ولا يُغلق إلا في آخره، أو يُفتح في أولها ويُغلق في إحدى الفقرات الأربع التالية دون إعادة فتحا، أو في أي فقرة بعدها إن كان نصا كاملا أُعلن في الفقرة قبله (فيما يلي نصها:) وفُتح في أول سطره، واقتباس الشعر الممتد على أبياته سطرا سطرا، والعلامات داخل الروابط والبريد الإلكتروني والشيفرة. ولا يُصلح تلقائيا إلا حين لا يحتمل الموضع غير وجه واحد: علامة فتح وحيدة في الفقرة، لا يليها إلا ما أُغلق من اقتباسات قبلها، بعد نقطتين رأسيتين لا يسبقهما ما يدل على عنوان (بعنوان:، تحت شعار:)، وتنتهي الجملة الأخيرة داخل الاقتباس؛ وفي غير ذلك يُقترح الإصلاح ولا يُطبق، فقد تفتح العلامة اسما أو عنوانا لا يُعرف أين ينتهي، وكذلك إذا تلا الفاصلةَ داخله كلامُ الناقل (، مضيفا، متوقعا، وفق ما نقلت، في بيان، خلال مؤتمر صحفي) أو تلاه بلا فاصلة (وأضاف أن، مؤكدا أن) أو نُسب الكلام إلى مصدره بفاصلة أو بلا فاصلة (كما نقلت الوكالة، بحسب ما نقله التلفزيون، نقلا عن مصدر، بحسب بيان للجيش، في مقابلة مع رويترز) أو بين قوسين (بحسب البيان)، أو ختمه مصدر حديث أو آية بين قوسين ((رواه البخاري)، [النور: 31])، أو ختمت المنشورَ المقتبس رموزٌ تعبيرية أو وسم يليه كلام الناقل بالواو (❤️ وقد حصد المنشور …)، فيُقترح إغلاقه قبل كلام الناقل أو القوسين أيضا. وتُحذف العلامة المكررة سهوا، ملاصقة أو بينهما مسافة، قابلت إحداهما علامة أخرى («« … ») أو لم تقابل أيٌّ منهما شيئا، فيُبلغ عنهما مرة واحدة. وإذا أُغلق بعد علامة الفتح قوس لم يُفتح (تعالى: «إن الله مع الصابرين﴾ …) اقتُرح الإغلاق ولم يُطبق، فلعل الاقتباس ينتهي عنده.',
      en: 'Either curly convention, “…” or ”…“; nested quotations « … “ … ” … »; a quotation of several paragraphs, each opening with the mark and only the last closing it, or opened in one and closed within the next four without reopening, or further on for a full text announced in the paragraph before (فيما يلي نصها:) and opened at its first line; a quotation of verse running over its lines, a line a paragraph; marks inside URLs, e-mail addresses and code. The automatic fix is made only when there is one way to read the text: a single opening mark in the paragraph, with any other quotation closed before it, after a colon that no title’s head leads (بعنوان:، تحت شعار:), inside whose quotation the last sentence ends; otherwise it is a suggestion, since the mark may open a name or a title whose end is a guess, and so it is when the reporter’s words follow a comma inside it (، مضيفا، متوقعا، وفق ما نقلت، في بيان، خلال مؤتمر صحفي), or follow with none (وأضاف أن، مؤكدا أن) or the source is cited, with a comma, without, or in brackets (كما نقلت الوكالة، بحسب ما نقله التلفزيون، نقلا عن مصدر، بحسب بيان للجيش، في مقابلة مع رويترز، (بحسب البيان)), or a hadith’s or a verse’s source in brackets ends it ((رواه البخاري)، [النور: 31]), or emoji or a hashtag may end a quoted post before the reporter goes on with و (❤️ وقد حصد المنشور …): the quotation is offered closed before the reporter’s words or the brackets too. A mark typed twice, side by side or a space apart, loses the one left over, whether the other pairs («« … ») or neither does, which is then one finding. When a bracket that opened nowhere closes after the opener (تعالى: «إن الله مع الصابرين﴾ …), the closer is only offered: the quotation may end there.',
    },
  },
  defaultOptions: {},
  // Article scope: whether a quotation goes on into the next paragraph depends on that paragraph.
  checkArticle({ article, report }) {
    const { paragraphs } = article;
    // The marks a verse or a quotation run over paragraphs accounts for, worked out for the first paragraph
    // with a mark left unmatched: most articles have none.
    let inVerse: Set<number> | undefined;
    let runOn: Set<number> | undefined;
    paragraphs.forEach((paragraph, index) => {
      const scan = marksOf(paragraph).quotes;
      const imbalance = imbalanceFindings(scan, paragraph);
      // A reversed guillemet is an unmatched mark, which imbalanceFindings reports: most paragraphs have none.
      // Or the inner pair of two quotations each with one mark turned («سنواصل«. وأضاف: »لن نتراجع»), which pair nested.
      if (imbalance.length === 0) {
        for (const turn of nestedInsideOut(paragraph, scan.pairs)) report(turnedFinding(paragraph, turn));
        return;
      }
      inVerse ??= new Set(quotedStanzas(article).flatMap(({ open, close }) => [open, close]));
      runOn ??= runOnQuotations(paragraphs);
      const continued = continuedQuotation(paragraph, paragraphs[index + 1], scan.unmatched);
      const reversed = reversedGuillemets(paragraph, scan.unmatched, scan.pairs);
      const turned = new Set(reversed.flatMap(({ pair, at }) => [pair, at]));
      for (const turn of nestedInsideOut(paragraph, scan.pairs)) if (!turned.has(turn.at)) reversed.push(turn);
      for (const turn of reversed) report(turnedFinding(paragraph, turn));
      const findings = imbalance.filter((finding) => !turned.has(finding.span.start));
      const only = scan.unmatched[0];
      // The opener is the only mark after the quotations closed before it (شركة «النيل» … : «نتوقع …).
      if (scan.unmatched.length === 1 && only.role === 'opener' && scan.pairs.every((pair) => pair.close < only.at) && continued === undefined && !inVerse.has(only.at)) {
        const fixes = closeBeforeFinalStop(paragraph, only.at, only.closer!);
        if (fixes.length) findings[0].fixes = fixes;
      }
      const unmatchedAt = new Set(scan.unmatched.map((mark) => mark.at));
      for (const finding of findings) {
        const at = finding.span.start;
        const twin = doubledTwin(paragraph, at);
        if (twin !== undefined) {
          // Both marks left unmatched (««سنواصل …): one finding, on the first.
          if (twin < at && unmatchedAt.has(twin)) continue;
          // The extra mark goes, with the space typed between the two.
          const span = twin < at && !unmatchedAt.has(twin) ? { start: twin + 1, end: at + 1 } : { start: at, end: twin };
          const mark = paragraph.text[at - paragraph.start];
          finding.fixes = [{ messageId: 'deleteDoubled', data: { mark }, edits: [{ span, text: '' }], safe: true }];
        }
        if (at !== continued && !inVerse.has(at) && !runOn.has(at)) report(finding);
      }
    });
  },
});

/**
 * Guillemets typed the wrong way round: two unmatched marks of one kind in a row, the second where a
 * quotation ends (after a word, before a mark or a space: «لن نتراجع«.) or the first where one begins
 * (after a space, before a word: »لن نتراجع»), or both marks of a pair (»لن نتراجع«.). Each with the mark
 * it pairs with and the mark to write. Between the two, a pair whose marks are each where the other belongs
 * («. وأضاف: ») is two more turned marks: a paragraph of quotations all turned (»سنواصل العمل«. وأضاف:
 * »لن نتراجع«.) pairs its middle marks inside out, and turning only the first and last would nest them.
 */
function reversedGuillemets(paragraph: Paragraph, unmatched: readonly UnmatchedMark[], pairs: readonly Quotation[]): Turn[] {
  const found: Turn[] = [];
  const endsHere = (at: number) => endsQuotationAt(paragraph, at);
  const beginsHere = (at: number) => beginsQuotationAt(paragraph, at);
  for (let k = 0; k + 1 < unmatched.length; k++) {
    const [first, second] = [unmatched[k], unmatched[k + 1]];
    if (first.mark === '«' && second.mark === '«' && endsHere(second.at)) found.push({ pair: first.at, at: second.at, right: '»' });
    else if (first.mark === '»' && second.mark === '»' && beginsHere(first.at)) found.push({ pair: second.at, at: first.at, right: '«' });
    // »لن نتراجع«: both turned, as a page set left to right writes them.
    else if (first.mark === '»' && second.mark === '«' && beginsHere(first.at) && endsHere(second.at)) {
      found.push({ pair: second.at, at: first.at, right: '«' }, { pair: first.at, at: second.at, right: '»' });
    } else continue;
    for (const q of pairs) if (first.at < q.open && q.close < second.at && isInsideOut(paragraph, q)) found.push(...turnedPair(q));
    k++;
  }
  return found;
}

/** A guillemet to turn: where it is, the mark it pairs with, and the mark to write. */
interface Turn {
  pair: number;
  at: number;
  right: string;
}

function turnedFinding(paragraph: Paragraph, { pair, at, right }: Turn): ReportedFinding {
  const span = { start: at, end: at + 1 };
  return {
    span,
    messageId: right === '»' ? 'reversedCloser' : 'reversedOpener',
    data: { mark: paragraph.text[at - paragraph.start], right },
    related: [{ span: { start: pair, end: pair + 1 }, messageId: 'partner', data: { mark: paragraph.text[pair - paragraph.start] } }],
    fixes: [{ messageId: 'turn', data: { right }, edits: [{ span, text: right }], safe: true }],
  };
}

/** «…» whose opener stands where a quotation ends and whose closer where one begins («. وأضاف: »). */
function isInsideOut(paragraph: Paragraph, q: Quotation): boolean {
  return q.style === 'guillemets' && q.matched && endsQuotationAt(paragraph, q.open) && beginsQuotationAt(paragraph, q.close);
}

const turnedPair = (q: Quotation): Turn[] => [
  { pair: q.close, at: q.open, right: '»' },
  { pair: q.open, at: q.close, right: '«' },
];

/**
 * The inside-out pairs nested in another: «سنواصل العمل«. وأضاف: »لن نتراجع». pairs as one quotation
 * holding «. وأضاف: », which are the first quotation's closer and the second's opener, each turned.
 */
function nestedInsideOut(paragraph: Paragraph, pairs: readonly Quotation[]): Turn[] {
  const found: Turn[] = [];
  for (const q of pairs) if (q.depth > 0 && isInsideOut(paragraph, q)) found.push(...turnedPair(q));
  return found;
}

/** After a word, before a space or a mark: where a quotation's closer stands. */
function endsQuotationAt(paragraph: Paragraph, at: number): boolean {
  const { text, start } = paragraph;
  return !/\s/u.test(text[at - start - 1] ?? ' ') && ENDS_QUOTATION.test(text[at - start + 1] ?? ' ');
}

/** After a space or a mark, before a letter or digit: where a quotation's opener stands. */
function beginsQuotationAt(paragraph: Paragraph, at: number): boolean {
  const { text, start } = paragraph;
  return ENDS_QUOTATION.test(text[at - start - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[at - start + 1] ?? ' ');
}

/**
 * The same mark typed beside an unmatched one, or a space away (««سنواصل …»، «لن نتراجع»»، « «سنواصل): a
 * slip of the key. The first of the two is left over when both are unmatched, the unmatched one when the
 * other pairs; either way one mark is deleted.
 */
function doubledTwin(paragraph: Paragraph, at: number): number | undefined {
  const { text, start } = paragraph;
  const k = at - start;
  const mark = text[k];
  if (text[k - 1] === mark) return at - 1;
  if (text[k + 1] === mark) return at + 1;
  if (text[k - 1] === ' ' && text[k - 2] === mark) return at - 2;
  if (text[k + 1] === ' ' && text[k + 2] === mark) return at + 2;
  return undefined;
}

/** What may follow a quotation's last mark, or precede its first: a space, a mark, the paragraph's end. */
const ENDS_QUOTATION = /^[\s.,،؛;:!?؟…)]$/u;

/**
 * كما نقلت الوكالة، حسبما أفاد، وفق ما أوردت: the source the reporter cites, a third-person verb of passing
 * on news after كما or its kin, with a comma before it or without. Not ذكرت or قالت, which a speaker says of
 * himself or of others (كما ذكرت سابقا، كما قال الرئيس), nor جاء (كما جاء في الاتفاق).
 */
const AS_REPORTED = String.raw`(?:كما|حسبما|حسب ما|بحسب ما|وفق ما|وفقا لما)\s+(?:نقل|نقلت|[أا]فاد|[أا]فادت|[أا]ورد|[أا]وردت)(?:ه|ها)?`;
/**
 * The reporter going on without a comma, or a stop (لن نتفاوض مع الميليشيا وأضاف أن …، مؤكدا أن …، وتابع
 * قائلا): a speaker tells of himself in the first person, so the verb of saying in the third ends what he
 * said.
 */
const REPORTER_GOES_ON = String.raw`(?:و(?:[أا]ضاف|[أا]ضافت|[أا]كد|[أا]كدت|تابع|تابعت)\s+(?:[أا]ن|[أا]نه|[أا]نها|قائلا|قائلة)|(?:مضيفا|مضيفة|مؤكدا|مؤكدة|مشيرا|مشيرة)\s+(?:[أا]ن|إلى))`;
/** A source cited by what it issued or where it was said: بحسب بيان للجيش، وفق مصادر، في مقابلة مع رويترز. */
const SOURCE_CITED = String.raw`(?:[وف]?(?:بحسب|حسب|وفق|وفقا ل)\s*(?:بيان|تصريح|تصريحات|مصدر|مصادر)|في (?:مقابلة|حديث|تصريح|تصريحات) (?:مع|ل))`;

/**
 * A comma and the reporter's words that go on after a quotation: مضيفا، لافتا إلى، متوقعا، وفق ما نقلت، بحسب،
 * حسبما أفادت، نقلا عن، في إشارة إلى، في بيان، خلال مؤتمر صحفي، ودعا، وأشار، وشدد; and without the comma the source cited (كما نقلت
 * الوكالة، بحسب ما نقله التلفزيون، نقلا عن مصدر، بحسب بيان للجيش، في مقابلة مع رويترز), or in brackets
 * (آخر يوم (بحسب البيان).). The quotation most likely closes
 * before them. A speaker telling of others in the third person (وأكد الجميع أن …) is rarer, and the end of
 * the paragraph stays offered. Wire copy often drops the hamza of أضاف، أشار، أوضح، أكد.
 */
const REPORTING_TAIL = new RegExp(
  String.raw`(?:(?:[،,]\s*|\s*\()(?:و?(?:مضيفا|مضيفة|لافتا|لافتة|مشيرا|مشيرة|موضحا|موضحة|مؤكدا|مؤكدة|متابعا|متابعة|معتبرا|معتبرة|محذرا|محذرة|داعيا|داعية|مشددا|مشددة|منوها|منوهة|مبينا|مبينة|معربا|معربة|متوقعا|متوقعة|مستدركا|مستدركة)|[وف]?(?:وفق|وفقا|حسب|بحسب|حسبما|بحسبما)|نقلا عن|في إشارة|على حد|في (?:تصريح|تصريحات|بيان|مقابلة|حديث|كلمة)|خلال (?:مؤتمر|لقاء|مقابلة|كلمة)|و(?:دعا|دعت|[أا]ضاف|[أا]ضافت|تابع|تابعت|قال|قالت|[أا]شار|[أا]شارت|[أا]وضح|[أا]وضحت|[أا]كد|[أا]كدت|لفت|لفتت|شدد|شددت)|${AS_REPORTED})|\s(?:${AS_REPORTED}|${SOURCE_CITED}|نقلا عن)|(?<![.؟!…])\s${REPORTER_GOES_ON})(?=[\s،,.]|$)`,
  'u',
);

/**
 * Emoji, or a hashtag (masked in the prose, as a link is), and then a word in و: where a quoted post may
 * end and the reporter go on (❤️ وقد حصد المنشور …); a hashtag before its verb is the sentence's subject.
 */
const POST_END = new RegExp(String.raw`(?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*|${OPAQUE}+)(?=\s+و\p{L})`, 'u');

/**
 * A source in round or square brackets right before the paragraph's final stop: a hadith's narrator
 * (رواه البخاري، متفق عليه), a verse's sura or book, chapter and verse ([النور: 31]، (متى 5: 9)). Other words
 * in brackets there are the speaker's own (حتى 15 مايو (أيار)).
 */
const CLOSING_BRACKETS = /\s*[([](?:(?:رواه|أخرجه|متفق عليه|صححه)[^()[\]]*|(?:سورة\s+)?\p{L}+(?:\s+\p{L}+)?\s*(?:\p{Nd}+\s*)?:\s*\p{Nd}+(?:\s*[-–]\s*\p{Nd}+)?)[)\]]\.$/u;

/** The colon, and any space after it, right before an opening mark. */
const COLON_BEFORE = /:\s*$/;

/**
 * The paragraph's only quotation mark opens a quotation in its last sentence, which ends with a full stop:
 * the quotation most likely ends there. Safe only after a colon (`وقال: «…`), where the mark opens what
 * was said, and no reporter's words follow a comma (REPORTING_TAIL); elsewhere, or after a colon that a
 * title's head leads (`بعنوان: «الطريق إلى …`, `تحت شعار: «…`), it may open a name or a title (`شركة «نماء
 * للاستثمار عن …`) whose end is anyone's guess, and the fix is a suggestion. So it is when a bracket opens
 * inside the quotation and is left open (`«الموعد ثابت (وفق البيان.`): a closer at the stop would fall
 * inside the bracket, and the quotation more likely ends before it; when a bracket closes there that
 * opened nowhere, which may be where the quotation ends (`تعالى: «إن الله مع الصابرين﴾ وأضاف …`); and when
 * emoji or a hashtag with words after them may end a quoted post.
 */
function closeBeforeFinalStop(paragraph: Paragraph, opener: number, closer: string): Fix[] {
  const { text, start } = paragraph;
  const last = paragraph.sentences[paragraph.sentences.length - 1];
  if (!last || !text.endsWith('.') || text.endsWith('..')) return [];
  const stop = start + text.length - 1;
  if (stop - opener < 2) return [];
  const lead = COLON_BEFORE.exec(text.slice(Math.max(0, opener - start - 8), opener - start));
  const afterColon = lead !== null && !followsTitleHead(text, opener - start - lead[0].length);
  const closeAt = (at: number, safe: boolean, messageId = 'closeBeforeStop'): Fix => ({ messageId, data: { mark: closer }, edits: [{ span: { start: at, end: at }, text: closer }], safe });
  // «نحن هنا ولن نغادر، مضيفا أن …: the reporter's words after a comma end what was said before them.
  const tail = REPORTING_TAIL.exec(text.slice(opener - start));
  if (tail) return [closeAt(opener + tail.index, false, 'closeBeforeReporter'), closeAt(stop, false)];
  // «أحلى ليلة في حياتي ❤️❤️ وقد حصد المنشور …: a quoted post may end at its emoji or its hashtag, the
  // reporter going on after it with و. Both closes are offered.
  // «من صام رمضان … غفر له ما تقدم من ذنبه (رواه البخاري).: the source in brackets at the end is most
  // likely the reporter's, but may be the speaker's; both closes are offered.
  const brackets = CLOSING_BRACKETS.exec(text.slice(opener - start));
  if (brackets) return [closeAt(opener + brackets.index, false, 'closeBeforeBrackets'), closeAt(stop, false)];
  const postEnd = POST_END.exec(text.slice(opener - start, stop - start));
  if (postEnd) return [closeAt(opener + postEnd.index + postEnd[0].length, false, 'closeBeforeReporter'), closeAt(stop, false)];
  const strayBracket = marksOf(paragraph).brackets.unmatched.some((bracket) => bracket.at > opener);
  if (opener >= last.start) return [closeAt(stop, afterColon && !strayBracket)];
  if (!afterColon) return [];
  // What was said after a colon runs over several sentences: to the end of the first, or of the last?
  // Both are offered, the editor knows.
  const first = paragraph.sentences.find((s) => s.start <= opener && opener < s.end);
  const firstStop = first && text[first.end - 1 - start] === '.' ? first.end - 1 : undefined;
  return firstStop === undefined ? [closeAt(stop, false)] : [closeAt(firstStop, false, 'closeBeforeFirstStop'), closeAt(stop, false)];
}
