import { defineRule } from '../rule';
import type { Article, Paragraph, Word } from '../text/article';
import { isArabicLetter } from '../text/normalize';
import { inPersianQuotation, isPersianOrUrdu } from '../text/persian-script';
import { OPAQUE } from '../text/prose';
import { quotationAt } from '../text/pairs';
import { doublesMarkBefore, endsAsSentence, facingOf, headlineTopicDotsAt, inSpacedEllipsis, isArabicMark, isBlank, isDigit, isHaraka, isLatinLetter, isLatinLetterOrDigit, isProclitic, joinsLetterNames, LETTER_NAMES, type Facing } from '../text/punctuation';
import { lineAround } from '../text/source';
import type { Fix, ReportedFinding } from '../types';
import { inOrnateBrackets, isVerseLine, WIDE_GAP } from '../text/verse';

/**
 * Where something can be wrong: a run of spaces that is not one plain space between words, or a mark
 * that may lack the space after or before it. Single spaces between words, the bulk of any text, never
 * reach the checks.
 */
// Every alternative starts with a blank or a mark (the lookbehind comes after the space it is about), so
// the regex engine skips quickly over the letters in between; and with a character of its own, so at each
// space, most of them between words, it takes the space once and tries what may follow, not three
// alternatives from the start (a run of blanks is taken whole from its first, as [ \t]{2,}|\t would).
const SPOTS = /\t[ \t]*| (?:[ \t]+|(?<=[([«"“”﴾﴿] )|(?=[،؛؟!.:,;?)\]»"“”﴾﴿\n]))|[،؛؟!.:,;?()[\]«»"“”﴾﴿]/g;
/** Marks that take no space before and one after. */
const SPACED_MARKS = '،؛؟!.:,;?';
/** The spaces that part a quoted line of verse's halves: more than a slip's two. */
const HEMISTICH_GAP = 3;
/** Gaps on a line that make it a row of a table: two part three columns. */
const TABLE_ROW_GAPS = 2;
/** A gap between the columns of a table pasted as text: a tab, or three spaces or more (aligned by hand). */
const COLUMN_GAP = /\t| {3,}/;
/** Words on a row of two columns (المدينة المنورة⇥45/30، مرشح المعارضة   1,209,037): a cell, not a sentence, on each side. */
const MAX_TWO_COLUMN_ROW_WORDS = 8;

const HARAKAT = /[\u064B-\u0652\u0670]/g;

/** Runs of digits, found by a native search: few to a paragraph. */
const DIGIT_RUNS = /[0-9٠-٩۰-۹]+/g;

/** An Arabic letter, not the tatweel. */
const isJoiningLetter = (code: number) => code >= 0x621 && code <= 0x64a && code !== 0x640;
/** Any letter or the tatweel: what a glued word must not run on from (الـ20، G42). */
const isLetterOrTatweel = (code: number) => isLetter(code) || code === 0x640;
/** Prepositions of two letters and more a number may be glued to (المادة 99من). */
const GLUED_PREPOSITIONS = new Set(['من', 'في', 'عن', 'على', 'إلى']);

/** Letters that abbreviate a title or a word with a dot after a proclitic (ود.، وم.، وأ.د.، بص.، بج.، وق.م). */
const ABBREVIATED_LETTERS = 'دمأصجق';
/** A short word and a dot after an acronym's dot: the run of dotted letters goes on (بي.في.إم). */
const DOTTED_RUN_GOES_ON = /^\p{L}{1,4}\./u;

export default defineRule({
  id: 'punctuation-spacing',
  category: 'punctuation',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'paragraph',
  messages: {
    spaceBefore: {
      ar: 'مسافة قبل «{mark}»: العلامة تلتصق بالكلمة التي قبلها.',
      en: 'Space before “{mark}”: the mark belongs against the word before it.',
    },
    missingSpaceAfter: {
      ar: 'لا مسافة بعد «{mark}»: افصل بينها وبين الكلمة التالية بمسافة.',
      en: 'No space after “{mark}”: put one space before the next word.',
    },
    spaceInside: {
      ar: 'مسافة داخل «{mark}»: القوس وعلامة التنصيص يلتصقان بما بينهما.',
      en: 'Space just inside “{mark}”: brackets and quotes hug what they enclose.',
    },
    missingSpaceBefore: {
      ar: 'لا مسافة قبل «{mark}»: افصل بينها وبين الكلمة السابقة بمسافة.',
      en: 'No space before the opening “{mark}”: put one space after the previous word.',
    },
    missingSpaceAfterClose: {
      ar: 'لا مسافة بعد «{mark}»: افصل بينها وبين الكلمة التالية بمسافة.',
      en: 'No space after the closing “{mark}”: put one space before the next word.',
    },
    multipleSpaces: { ar: 'أكثر من مسافة بين كلمتين.', en: 'More than one space between words.' },
    numberGlued: {
      ar: 'لا مسافة بين الكلمة والرقم في «{run}»: افصل بينهما بمسافة.',
      en: 'No space between the word and the number in “{run}”: put one space between them.',
    },
    detachedConjunction: {
      ar: 'حرف العطف «و» منفصل عن «{word}» بمسافة: الواو تلتصق بما بعدها.',
      en: 'The conjunction و stands apart from “{word}”: it is written onto the word after it.',
    },
    detachedPreposition: {
      ar: '«{proclitic}» منفصلة عن «{word}» بمسافة: حرف الجر يلتصق بما بعده ({joined}).',
      en: '“{proclitic}” stands apart from “{word}”: the preposition is written onto it ({joined}).',
    },
    tab: { ar: 'مسافة جدولة (Tab) وسط السطر.', en: 'A tab in the middle of a line.' },
    trailing: { ar: 'مسافة زائدة في آخر السطر.', en: 'Trailing space at the end of the line.' },
    removeSpace: { ar: 'احذف المسافة', en: 'Remove the space' },
    deleteConjunction: { ar: 'احذف الواو الزائدة', en: 'Delete the stray و' },
    insertSpace: { ar: 'أضف مسافة', en: 'Insert a space' },
    oneSpace: { ar: 'اكتفِ بمسافة واحدة', en: 'Use one space' },
    write: { ar: 'اكتب «{joined}»', en: 'Write “{joined}”' },
  },
  docs: {
    summary: {
      ar: 'يرصد المسافات الخاطئة حول علامات الترقيم والأقواس وعلامات التنصيص، والمسافات المكررة والزائدة، وواو العطف المنفصلة عما بعدها (و الوفد، و 15)، وحرف الجر المنفصل عن الرقم أو علامة التنصيص (بـ 20، لـ «واس»)، والكلمة الملتصقة بالرقم (بنسبة22%، 3ملايين).',
      en: 'Flags wrong spacing around punctuation, brackets and quotes, doubled, tab and trailing spaces, the conjunction و typed apart from its word (“و الوفد”, “و 15”), a preposition typed apart from a number or a quotation (“بـ 20”, “لـ «واس»”), and a word written onto a number (“بنسبة22%”, “3ملايين”).',
    },
    rationale: {
      ar: 'المسافة قبل الفاصلة أو النقطة تجعل العلامة تبدأ السطر التالي عند الالتفاف، وغياب المسافة بعدها يلصق كلمتين، والمسافات المكررة تشوّه المحاذاة وتفسد البحث.',
      en: 'A space before a comma or full stop lets the mark wrap onto the next line, a missing space after it glues two words, and doubled spaces spoil justification and search.',
    },
    bad: 'قال المدرب(52 عاما) ، إن الفريق  جاهز.وأضاف: « سنفوز ».',
    good: 'قال المدرب (52 عاما)، إن الفريق جاهز. وأضاف: «سنفوز».',
    notFlagged: {
      ar: 'الأعداد العشرية (3.5) والأوقات (10:30) والاختصارات (أ.ف.ب) والعناوين الإلكترونية تحت نطاق عربي إذا كان فيها شرطة أو نقطة ثانية أو مسار (وزارة-الصحة.السعودية، بوابة.الحكومة.مصر) واسم الموقع الإخباري المنتهي بـ«.نت» (العربية.نت) وعلامة الحذف (... و… و. . .) وحروف العطف والجر الملتصقة بما بعدها (لـ«الوكالة»، و(أ.ف.ب))، والمسافة البادئة في أول السطر، والبنود الفرعية الملاصقة لرقم البند (المادة 12(أ)، الفقرة (2)(ب))، وأرقام المراجع بين قوسين معقوفين ملاصقة للكلمة أو النقطة التي توثقها (النتائج[1]، كبيرة.[2])، والأقواس داخل الصيغ الكيميائية (25(OH)D، CO2(g))، ولواحق التأنيث والجمع بين قوسين ملاصقة لكلمتها (كل مواطن(ة)، المتقدمين(ات))، والفراغ الواسع بين شطري البيت في الشعر المشكول، وفي غير المشكول إذا تقارب طول الشطرين وخلا السطر من علامات النثر، وفي النثر المسافات حول النجمة الفاصلة بين الشطرين (تعرفني  *  والسيف) والفراغ بثلاث مسافات فأكثر داخل الاقتباس، ومسافات الجدولة أو المسافات العريضة بين أعمدة جدول منسوخ نصا (ثلاثة أعمدة فأكثر، أو عمودين في سطر قصير يجاوره سطر مثله: الرياض      46/31)، والمسافة قبل علامة لاتينية بعد كلمة لاتينية على الطريقة الفرنسية («Où va la mer ?») أو بعد رقم بين كلمتين لاتينيتين («Médi 1 : Pourquoi») والمسافتين داخل علامتي التنصيص « » حول اقتباس كله بحروف لاتينية (« C’est un festival unique »)، وعلامة التعجب أو الاستفهام في آخر عنوان لاتيني إذا كتبت بعد علامة التنصيص الفاتحة كما تظهر في السطر العربي («!Oh, What a Night»)، والنقاط داخل اسم الحساب (@youssef.hakim)، ونقطتا العنوان «العراق.. عنوان» ما لم يمنعهما أسلوب الدار، والواو بين حرفين أو رقمين مفردين (أ و ب، 2 و 3)، والحرف المفرد الذي يسمي بندا أو نوعا (الفقرة و، فيتامين ب 12، المجموعة ب). وحرف الجر المفرد بلا تطويل قبل رقم (ب 20 مليونا) يُقترح وصله بالتطويل (بـ20) ولا يوصل تلقائيا، فقد يكون الحرف رمزا.',
      en: 'Decimals (3.5), times (10:30), abbreviations (أ.ف.ب), web addresses under an Arabic country’s domain with a hyphen, a second dot or a path (وزارة-الصحة.السعودية، بوابة.الحكومة.مصر), a news site named with .نت (العربية.نت), ellipses (..., … and . . .), proclitics written onto a quotation or bracket (لـ«الوكالة»، و(أ.ف.ب)), leading indentation, a sub-clause written onto its clause number (المادة 12(أ)، الفقرة (2)(ب)), a numbered reference in square brackets against the word or full stop it cites for (النتائج[1]، كبيرة.[2]), a bracket inside a chemical formula (25(OH)D, CO2(g)), a feminine or plural ending bracketed onto its word (كل مواطن(ة)، المتقدمين(ات)), the wide gap between the hemistichs of a line of verse (vowelled, or unvowelled with halves of about the same length and no mark of prose), and inside prose the spaces around a star that parts them (تعرفني  *  والسيف) or a gap of three spaces or more in a quotation, the tabs or wide gaps of spaces of a table pasted as text (three columns or more, or two on a short line beside another such: الرياض      46/31), a space before a Latin mark after a Latin word as French typography has it («Où va la mer ?», or after a number between two Latin words: «Médi 1 : Pourquoi») and the spaces inside guillemets that hold a quotation all in Latin script (« C’est un festival unique »), the ! or ? of a Latin title typed first after its opening mark, as a right-to-left line shows it («!Oh, What a Night»), the dots inside a handle (@youssef.hakim), the headline convention «العراق.. عنوان» unless the house style forbids it, and و between two single letters or digits (أ و ب، 2 و 3), and a letter that labels a clause or a kind (الفقرة و، فيتامين ب 12، المجموعة ب). A bare ب، ل or ك before a number (ب 20 مليونا) is offered the tatweel that joins it (بـ20), not given it, since a letter alone may be a label.',
    },
  },
  defaultOptions: {},
  checkParagraph(paragraph, { article, house, report }) {
    new SpacingCheck(paragraph, article, house.headlineDoubleDot ? headlineTopicDotsAt(paragraph) : -1, report).run();
    reportDetachedProclitics(paragraph, report);
  },
});

/** The letters a proclitic starts with (isProcliticLetter), by code: read from the text, not from a word's record. */
const PROCLITIC_CODES = new Set([...'وفبلك'].map((letter) => letter.charCodeAt(0)));
/** The longest proclitic typed apart that is looked at: two letters and a tatweel (وبـ 20). */
const MAX_DETACHED_LENGTH = 3;

/** Nouns a letter labels, which may stand before a number: الفقرة و، البند ب 2، فيتامين ب 12، المجموعة ب. */
const LABELLED_NOUNS = new Set(['فقرة', 'الفقرة', 'بند', 'البند', 'والفقرة', 'والبند', 'فيتامين', 'مجموعة', 'المجموعة', 'فئة', 'الفئة', 'ملحق', 'الملحق']);

const isDigitWord = (word: Word) => isDigit(word.text.charCodeAt(0));

/**
 * و typed as a word of its own before an Arabic word or a number (وصل الوزير و الوفد، و 15 جريحا): the
 * space after it goes. So it does after a proclitic written with its tatweel before a number, a Latin
 * word, a quotation or a bracket (بـ 20 مليونا، لـ BBC، لـ «واس»), which §7 of the editorial rules joins
 * so (بـ20، لـ«واس»). A bare ب، ل or ك before a
 * number (ب 20 مليونا) is offered the tatweel, not given it: a letter alone may label (فيتامين ب 12).
 * Not between single letters (أ و ب، 2 و 3), where و joins two symbols, nor in a Quran verse quoted as
 * written, nor in Persian, which writes it apart (ملت ایران و منشور).
 */
function reportDetachedProclitics(paragraph: Paragraph, report: (finding: ReportedFinding) => void): void {
  const { text, start } = paragraph;
  for (const sentence of paragraph.sentences) {
    const { words } = sentence;
    for (let k = 0; k + 1 < words.length; k++) {
      const word = words[k];
      // Most words are longer or start with another letter: told from offsets and one character of the
      // text, which costs every paragraph less than searching it for lone letters did.
      if (word.end - word.start > MAX_DETACHED_LENGTH || !PROCLITIC_CODES.has(text.charCodeAt(word.start - start))) continue;
      const next = words[k + 1];
      if (text[word.end - start] !== ' ') continue;
      // لـ «واس»، بـ (20): a quotation or bracket opens between the space and the word, which the tatweel joins to.
      const mark = next.start === word.end + 2 && OPENING_MARKS.includes(text[word.end + 1 - start]) ? text[word.end + 1 - start] : '';
      if (next.start !== word.end + 1 + mark.length) continue;
      // A letter after a dot is an abbreviation's (ص.ب 12).
      if (word.start > start && !isBlank(text.charCodeAt(word.start - start - 1))) continue;
      const detached = mark ? (endsWithJoiningTatweel(word.text) ? 'withTatweel' : undefined) : detachment(word, next);
      if (detached === undefined || (k > 0 && words[k - 1].spelling.light.length < 2)) continue;
      // The letter names a clause or a kind (الفقرة و من المادة 7، فيتامين ب 12), as أ and هـ do.
      if (k > 0 && LABELLED_NOUNS.has(words[k - 1].spelling.light)) continue;
      if (isPersianOrUrdu(sentence, paragraph) || inOrnateBrackets(paragraph, word.start) || inPersianQuotation(paragraph, word.start)) continue;
      const space = { start: word.end, end: next.start - mark.length };
      const span = { start: word.start, end: next.end };
      if (detached === 'conjunction') {
        // Before a word in و the lone و may be a slip of its own (ستتدخل و وأكد), not one apart (و وزير): both are offered.
        const beforeWaw = next.text.startsWith('و');
        const join: Fix = { messageId: 'removeSpace', edits: [{ span: space, text: '' }], safe: !beforeWaw };
        const fixes = beforeWaw ? [join, { messageId: 'deleteConjunction', edits: [{ span: { start: word.start, end: next.start }, text: '' }], safe: false }] : [join];
        report({ span, messageId: 'detachedConjunction', data: { word: next.text }, fixes });
        continue;
      }
      const joined = detached === 'withTatweel' ? word.text + mark + next.text : `${word.text}\u0640${next.text}`;
      report({
        span,
        messageId: 'detachedPreposition',
        data: { proclitic: word.text, word: mark + next.text, joined },
        ...(detached === 'bare' ? { confidence: 'medium' as const } : {}),
        fixes: [{ messageId: 'write', data: { joined }, edits: [{ span: space, text: detached === 'bare' ? '\u0640' : '' }], safe: detached === 'withTatweel' }],
      });
    }
  }
}

/** What may open between a proclitic's tatweel and its word: a quotation mark of either convention, a bracket. */
const OPENING_MARKS = '«“”"([';

/** A proclitic written with the tatweel that joins it to what cannot take it (لـ، وبـ). */
const endsWithJoiningTatweel = (text: string) => text.endsWith('\u0640') && isProclitic(text.slice(0, -1));

/**
 * How `word` stands apart from `next`: و before an Arabic word or a number, a proclitic with its tatweel
 * before a number or a Latin word, a bare ب، ل or ك before a number; undefined for anything else.
 */
function detachment(word: Word, next: Word): 'conjunction' | 'withTatweel' | 'bare' | undefined {
  const { text } = word;
  if (text === 'و') return isDigitWord(next) || (next.spelling.light.length >= 2 && isArabicLetter(next.text.charCodeAt(0))) ? 'conjunction' : undefined;
  if (text.endsWith('\u0640')) return endsWithJoiningTatweel(text) && (isDigitWord(next) || isLatinLetter(next.text.charCodeAt(0))) ? 'withTatweel' : undefined;
  return text.length === 1 && isProclitic(text) && text !== 'ف' && isDigitWord(next) ? 'bare' : undefined;
}

/**
 * A bracketed letter or number of one to three characters at `open`, written right after a clause number
 * in legal and official references: المادة 12(أ)، الفقرة (2)(ب).
 */
function isSubclause(text: string, open: number): boolean {
  if (text[open] !== '(') return false;
  let k = open + 1;
  while (k < text.length && k - open <= SUBCLAUSE_LENGTH && (isArabicLetter(text.charCodeAt(k)) || isDigit(text.charCodeAt(k)))) k++;
  return k > open + 1 && text[k] === ')';
}

const SUBCLAUSE_LENGTH = 3;

/** Endings a notice brackets onto a word to address women or groups too. */
const BRACKETED_ENDINGS = ['ة', 'ات', 'ين', 'ون'];

/**
 * A feminine or plural ending bracketed onto its word at `open` (كل مواطن(ة)، المتقدمين(ات)): part of
 * the word, which a space would cut off. No ending is a word of its own, so no aside is taken for one.
 */
function isBracketedEnding(text: string, open: number): boolean {
  return text[open] === '(' && BRACKETED_ENDINGS.some((ending) => text.startsWith(ending, open + 1) && text[open + 1 + ending.length] === ')');
}

/**
 * A footnote reference at `at` of the source: Markdown's `[^1]` (masked in Markdown, as written in plain
 * text), or a number in square brackets (`[1]`), which science copy sets against the word or full stop
 * it cites a source for (النتائج[1]، كبيرة.[2]).
 */
function isFootnoteReference(source: string, at: number): boolean {
  if (source[at] !== '[') return false;
  if (source[at + 1] === '^') return true;
  let k = at + 1;
  while (k < source.length && k - at <= REFERENCE_DIGITS && isDigit(source.charCodeAt(k))) k++;
  return k > at + 1 && source[k] === ']';
}

const REFERENCE_DIGITS = 3;

/**
 * A bracket inside a chemical formula at `open`, after a digit: the formula runs on past its closer with
 * no space (25(OH)D), or has Latin letters before the digit and in the bracket (CO2(g)). No space goes
 * inside it; a number before an Arabic or Latin aside (عام 2020(…)، كوفيد-19(COVID-19)) still takes one.
 */
function isFormulaBracket(text: string, open: number): boolean {
  if (text[open] !== '(') return false;
  let close = open + 1;
  while (close < text.length && close - open <= FORMULA_GROUP_LENGTH && isLatinLetterOrDigit(text.charCodeAt(close))) close++;
  if (close === open + 1 || text[close] !== ')') return false;
  if (isLatinLetterOrDigit(text.charCodeAt(close + 1))) return true;
  let start = open;
  while (start > 0 && open - start <= FORMULA_GROUP_LENGTH && isDigit(text.charCodeAt(start - 1))) start--;
  return isLatinLetter(text.charCodeAt(start - 1)) && isLatinLetter(text.charCodeAt(open + 1));
}

/** The longest group of a formula's letters and digits looked through: OH, SO4, g, aq. */
const FORMULA_GROUP_LENGTH = 4;

/** A line of a few words at most, counted up to the bound only: a row of two cells, not prose. */
function isShortRow(line: string): boolean {
  let words = 0;
  for (let i = 0; i < line.length; i++) {
    if (!isBlank(line.charCodeAt(i)) && (i === 0 || isBlank(line.charCodeAt(i - 1))) && ++words > MAX_TWO_COLUMN_ROW_WORDS) return false;
  }
  return words > 1;
}

/** A short line parted by a tab or a wide gap of spaces, and no sentence: a row of a table of two columns or more. */
function isShortGappedRow(line: string): boolean {
  return isShortRow(line) && WIDE_GAP.test(line) && !endsAsSentence(line);
}

/** One paragraph's scan; a class rather than closures so a paragraph costs one allocation. */
class SpacingCheck {
  private readonly text: string;
  private readonly base: number;
  private readonly source: string;
  private readonly markdown: boolean;
  private readonly facing: (index: number) => Facing | undefined;

  constructor(
    private readonly paragraph: Paragraph,
    article: Article,
    /** The headline topic's two dots (`العراق.. عنوان`) when the house allows them: they count as one stop. */
    private readonly topicDots: number,
    private readonly report: (finding: ReportedFinding) => void,
  ) {
    this.text = paragraph.text;
    this.base = paragraph.start;
    this.source = article.source;
    this.markdown = article.kind === 'markdown';
    this.facing = facingOf(this.text);
  }

  run(): void {
    const { text, source } = this;
    SPOTS.lastIndex = 0;
    for (let m = SPOTS.exec(text); m !== null; m = SPOTS.exec(text)) {
      const i = m.index;
      const ch = text[i];
      if (ch === ' ' || ch === '\t') this.checkSpaces(i, i + m[0].length);
      else if (SPACED_MARKS.includes(ch)) this.checkAfterMark(i);
      else if (this.facing(i) === 'open') this.checkBeforeOpener(i);
      else if (this.facing(i) === 'close') this.checkAfterCloser(i);
    }
    this.checkNumbersGlued();
    // Paragraphs are trimmed: spaces after the last visible character, up to the line end, are flagged
    // here (the paragraph cache keys on them too). Masked closing hashes of a heading are not spaces.
    const end = this.paragraph.end;
    let lineEnd = source.indexOf('\n', end);
    if (lineEnd === -1) lineEnd = source.length;
    if (lineEnd > end && /^[ \t]+$/.test(source.slice(end, lineEnd))) {
      this.replace(text.length, text.length + lineEnd - end, 'trailing', undefined, 'removeSpace', '');
    }
  }

  private checkSpaces(from: number, to: number): void {
    const { text } = this;
    const before = text[from - 1];
    const after = text[to];
    if (before === undefined || before === '\n') return; // indentation
    const run = text.slice(from, to);
    if (after === undefined || after === '\n') {
      // Before a line break inside a paragraph, two spaces or more are a Markdown hard line break, as is a
      // backslash (masked as a space); in hard-wrapped plain text they trail their line like any others.
      if (this.markdown && (/^ {2,}$/.test(run) || this.source[this.base + to - 1] === '\\')) return;
      this.replace(from, to, 'trailing', undefined, 'removeSpace', '');
    } else if (this.facing(from - 1) === 'open') {
      if (before === '«' && isFrenchSpaced(text, from - 1, text.indexOf('»', to))) return;
      this.replace(from, to, 'spaceInside', before, 'removeSpace', '');
    } else if (this.facing(to) === 'close') {
      if (after === '»' && isFrenchSpaced(text, text.lastIndexOf('«', from), to)) return;
      this.replace(from, to, 'spaceInside', after, 'removeSpace', '');
    } else if (doublesMarkBefore(text, to)) {
      // A doubled mark (`انتهى . .`, `فيلما، .`): repeated-punctuation's, blanks and all.
    } else if (after === ':' && isDigit(before.charCodeAt(0)) && text[to + 1] === ' ' && isDigit(text.charCodeAt(to + 2))) {
      // Spaced the same on both sides between numbers, a score or a time (2 : 1، 10 : 30): left as written.
    } else if (this.takesNoSpaceBefore(to)) {
      // French typography spaces a Latin ? ; : ! after a Latin word («Où va la mer ?»): a Latin run's own.
      if (!isArabicMark(after) && after !== '.' && (isLatinLetter(before.charCodeAt(0)) || numbersInFrenchPhrase(text, from, to))) return;
      this.replace(from, to, 'spaceBefore', to === this.topicDots ? '..' : after, 'removeSpace', '');
    } else if (run !== ' ' && !isVerseLine(this.paragraph) && !this.partsHemistichs(from, to, before, after) && !this.padsTableCell(before, after) && !(COLUMN_GAP.test(run) && this.isTableRow(from))) {
      // A line of verse parts its hemistichs with a wide gap.
      this.replace(from, to, run.includes('\t') ? 'tab' : 'multipleSpaces', undefined, 'oneSpace', ' ');
    }
  }

  /**
   * The gap between the halves of a line of verse inside prose: spaces around the star that parts them
   * (تعرفني  *  والسيف), or a wide gap of spaces inside a quotation («إذا رأيت نيوب الليث بارزة     فلا تظنن»).
   */
  private partsHemistichs(from: number, to: number, before: string, after: string): boolean {
    const { text } = this;
    if ((before === '*' && text[from - 2] === ' ') || (after === '*' && text[to + 1] === ' ')) return true;
    return to - from >= HEMISTICH_GAP && quotationAt(this.paragraph, this.base + from) !== undefined;
  }

  /** Spaces against a `|` of a Markdown table row: the padding that aligns its columns in the source. */
  private padsTableCell(before: string, after: string): boolean {
    return (before === '|' || after === '|') && this.text.startsWith('|');
  }

  /**
   * The line of `at` parts three columns or more with tabs or wide gaps of spaces (الحزب⇥المقاعد⇥التغير،
   * الفجر      4:32      4:31) and does not end as a sentence, as prose with slips in its spacing does: a row
   * of a table pasted as text. Two short columns are one too beside a line parted the same way: results
   * copy lists a city and its temperatures, a candidate and the votes (الرياض      46/31).
   */
  private isTableRow(at: number): boolean {
    // The spots come in order, so the line of the last one asked about is kept: a line is read once.
    if (at < this.row.start || at >= this.row.end) {
      const { text } = this;
      const { start, end } = lineAround(text, at);
      const line = text.slice(start, end);
      const columns = line.split(COLUMN_GAP).length;
      const table = !endsAsSentence(line) && (columns > TABLE_ROW_GAPS || (isShortRow(line) && this.besideShortRow(this.base + start, this.base + end)));
      this.row = { start, end, table };
    }
    return this.row.table;
  }

  /** Whether the source line before or after the one from `start` to `end` is a short row parted by a wide gap. */
  private besideShortRow(start: number, end: number): boolean {
    const { source } = this;
    const lineAt = (at: number) => {
      const line = lineAround(source, at);
      return source.slice(line.start, line.end);
    };
    const lineStart = lineAround(source, start).start;
    if (lineStart > 0 && isShortGappedRow(lineAt(lineStart - 1))) return true;
    const lineEnd = lineAround(source, end).end;
    return lineEnd < source.length && isShortGappedRow(lineAt(lineEnd + 1));
  }

  private row = { start: 0, end: 0, table: false };

  private takesNoSpaceBefore(i: number): boolean {
    const ch = this.text[i];
    if (ch === '.') return this.isFullStop(i);
    if (ch === '!' && this.text[i + 1] === '[') return false; // a Markdown image: ![alt](url)
    return SPACED_MARKS.includes(ch);
  }

  /** `.` as a full stop: not part of an ellipsis, spaced or not, or a decimal; the headline topic's two dots count as one. */
  private isFullStop(i: number): boolean {
    const { text } = this;
    return i === this.topicDots || (text[i - 1] !== '.' && text[i + 1] !== '.' && !isDigit(text.charCodeAt(i + 1)) && !inSpacedEllipsis(text, i));
  }

  private checkAfterMark(i: number): void {
    const { text } = this;
    const mark = text[i];
    const next = i + 1;
    if (next === text.length) return; // the mark ends the paragraph
    const code = text.charCodeAt(next);
    if (!isArabicLetter(code) && !isLatinLetter(code) && text[next] !== OPAQUE && this.facing(next) !== 'open') return;
    // Markup takes no space: an HTML tag (`الآن.</p>`، `عمّان،<br>`), a footnote reference (`الضفة.[^1]`).
    if ((text[next] === OPAQUE && this.source[this.base + next] === '<') || isFootnoteReference(this.source, this.base + next)) return;
    // An abbreviation's dot runs on to the next letter (أ.ف.ب، د.محمد، جيه.بي), not to a bracket or quote: م. ع. (45 عاما).
    if (mark === '.' && i !== this.topicDots + 1 && (!this.isFullStop(i) || (this.isAbbreviationDot(i) && this.facing(next) !== 'open') || joinsLetterNames(text, i) || endsSiteName(text, i))) return;
    if (mark === '!' && text[next] === '[') return; // a Markdown image
    // A Latin title's own ! or ? typed first, where a right-to-left line shows it (أغنية «!Oh, What a Night»):
    // it ends no sentence, and the title runs on.
    if ((mark === '!' || mark === '?') && this.facing(i - 1) === 'open' && isLatinLetter(code)) return;
    if (!isArabicMark(mark) && isLatinLetterOrDigit(text.charCodeAt(i - 1)) && isLatinLetter(code)) return; // e.g, Note:this
    this.insertSpace(i, next, 'missingSpaceAfter');
  }

  /**
   * `أ.ف.ب`, `وص.ب`, `د.محمد`, `هـ.ش`, `بي.في.إم`: a dot after a one-letter word (هـ its letter and
   * tatweel), after a Latin letter spelled out that a dotted run goes on from, or inside one; a proclitic is
   * allowed before a letter that abbreviates (ود.محمد), but a word of two letters (له.وقد، به.ثم) ends a
   * sentence.
   */
  private isAbbreviationDot(i: number): boolean {
    const { text } = this;
    const letterEnd = text[i - 1] === '\u0640' ? i - 1 : i;
    let wordStart = letterEnd;
    while (wordStart > 0 && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    const length = letterEnd - wordStart;
    if (length === 1 || text[wordStart - 1] === '.' || (LETTER_NAMES.has(text.slice(wordStart, letterEnd)) && DOTTED_RUN_GOES_ON.test(text.slice(i + 1, i + 7)))) return true;
    return length === 2 && isProclitic(text[wordStart]) && ABBREVIATED_LETTERS.includes(text[wordStart + 1]);
  }

  private checkBeforeOpener(i: number): void {
    const { text } = this;
    let wordEnd = i;
    while (wordEnd > 0 && isHaraka(text.charCodeAt(wordEnd - 1))) wordEnd--;
    const last = text.charCodeAt(wordEnd - 1);
    if (!isArabicLetter(last) && !isDigit(last)) return;
    if (isFootnoteReference(this.source, this.base + i)) return;
    if (isDigit(last) ? isSubclause(text, i) || isFormulaBracket(text, i) : isBracketedEnding(text, i)) return;
    let wordStart = wordEnd;
    while (wordStart > 0 && (isArabicLetter(text.charCodeAt(wordStart - 1)) || isHaraka(text.charCodeAt(wordStart - 1)))) wordStart--;
    if (isProclitic(text.slice(wordStart, wordEnd).replace(HARAKAT, ''))) return;
    this.insertSpace(i, i, 'missingSpaceBefore');
  }

  private checkAfterCloser(i: number): void {
    const { text } = this;
    const next = i + 1;
    if (next === text.length) return; // the closer ends the paragraph
    // Not a Markdown link or footnote reference («مرتفع»[^2]), nor the sub-clause of a numbered clause: (2)(ب).
    const opens = this.facing(next) === 'open' && !(text[i] === ']' && text[next] === '(') && !isFootnoteReference(this.source, this.base + next) && !(text[i] === ')' && isSubclause(text, next));
    if (opens || isArabicLetter(text.charCodeAt(next))) this.insertSpace(i, next, 'missingSpaceAfterClose');
  }

  private replace(start: number, end: number, messageId: string, mark: string | undefined, fixId: string, replacement: string): void {
    const span = { start: this.base + start, end: this.base + end };
    this.report({
      span,
      messageId,
      data: mark === undefined ? undefined : { mark },
      fixes: [{ messageId: fixId, edits: [{ span, text: replacement }], safe: true }],
    });
  }

  /** Reports the mark at `mark` and offers a space at `at`. */
  /**
   * A word of three letters or more written onto a number (بنسبة22%، عام2024، 3ملايين), or a number onto
   * a preposition (المادة 99من): a space is missing. Not a proclitic alone (ب20، و15), an era (2023م،
   * 1445هـ), a unit of two letters (20كم) or a number joined by a hyphen (كوفيد-19).
   */
  private checkNumbersGlued(): void {
    const { text } = this;
    DIGIT_RUNS.lastIndex = 0;
    for (let m = DIGIT_RUNS.exec(text); m !== null; m = DIGIT_RUNS.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // Before the digits: a word of three letters or more, not a hashtag's (#غزة2024).
      let wordStart = start;
      while (wordStart > 0 && isJoiningLetter(text.charCodeAt(wordStart - 1))) wordStart--;
      if (start - wordStart >= 3 && !isLetterOrTatweel(text.charCodeAt(wordStart - 1)) && text[wordStart - 1] !== '#') this.reportGlued(wordStart, end, start);
      // After them: a word of three letters or more, or a preposition.
      let wordEnd = end;
      while (wordEnd < text.length && isJoiningLetter(text.charCodeAt(wordEnd))) wordEnd++;
      if (wordEnd > end && !isLetterOrTatweel(text.charCodeAt(wordEnd)) && (wordEnd - end >= 3 || GLUED_PREPOSITIONS.has(text.slice(end, wordEnd)))) this.reportGlued(start, wordEnd, end);
    }
  }

  private reportGlued(from: number, to: number, at: number): void {
    this.report({
      span: { start: this.base + from, end: this.base + to },
      messageId: 'numberGlued',
      data: { run: this.text.slice(from, to) },
      fixes: [{ messageId: 'insertSpace', edits: [{ span: { start: this.base + at, end: this.base + at }, text: ' ' }], safe: true }],
    });
  }

  private insertSpace(mark: number, at: number, messageId: string): void {
    const point = { start: this.base + at, end: this.base + at };
    this.report({
      span: { start: this.base + mark, end: this.base + mark + 1 },
      messageId,
      data: { mark: this.text[mark] },
      fixes: [{ messageId: 'insertSpace', edits: [{ span: point, text: ' ' }], safe: true }],
    });
  }
}

function isLetter(code: number): boolean {
  return isArabicLetter(code) || isLatinLetter(code);
}

/**
 * The dot of `.نت` closing a news site's name (العربية.نت، الجزيرة.نت): .net spelled in Arabic, no full
 * stop. Only نت as a whole word: a sentence may open with نتائج, not with نت alone.
 */
function endsSiteName(text: string, dot: number): boolean {
  return text.startsWith('نت', dot + 1) && isArabicLetter(text.charCodeAt(dot - 1)) && !isLetter(text.charCodeAt(dot + 3)) && !isDigit(text.charCodeAt(dot + 3));
}

/**
 * Whether the spaces before the mark at `to` follow a number inside a French phrase, which French
 * typography spaces as after a word: a Latin word, the number, the mark, then a Latin word (Médi 1 :
 * Pourquoi، Ligue 1 : le bilan); not a number in Arabic copy (والرقم 3 : النتيجة).
 */
function numbersInFrenchPhrase(text: string, from: number, to: number): boolean {
  let start = from;
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  if (start === from || text[start - 1] !== ' ' || !isLatinLetter(text.charCodeAt(start - 2))) return false;
  return text[to + 1] === ' ' && isLatinLetter(text.charCodeAt(to + 2));
}

/**
 * Whether guillemets at `open` and `close` hold a quotation all in Latin script spaced inside on both
 * sides, as French typography spaces them (« C'est un festival unique »): a Latin run's own.
 */
function isFrenchSpaced(text: string, open: number, close: number): boolean {
  if (open === -1 || close <= open + 2 || text[open + 1] !== ' ' || text[close - 1] !== ' ') return false;
  let latin = false;
  for (let i = open + 2; i < close - 1; i++) {
    const code = text.charCodeAt(i);
    if (isArabicLetter(code)) return false;
    latin ||= isLatinLetter(code);
  }
  return latin;
}
