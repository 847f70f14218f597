import { defineRule } from '../rule';
import type { TextEdit } from '../types';
import { followsTitleHead, isTitleLike, quotationAt } from '../text/pairs';
import { closesAbbreviation } from '../text/article';
import { doublesMarkBefore, headlineTopicDotsAt, isArabicMark, isLatinAbbreviationDot, isLatinLetterOrDigit, markKind, stopsAfterTerminal } from '../text/punctuation';

const RUNS = /[،,]{2,}|[؛;]{2,}|[؟?!]{2,}|[.…]{2,}/g;
/** A run of exclamation and question marks: emphasis a writer may mean. */
const EXCLAMATIONS = /^[؟?!]+$/;
/** A mark, maybe blanks, a mark: the second may repeat the first (`انتهى . .`) or be a stop by a comma. */
const MARK_PAIRS = /[،,؛;؟?!.][ \t]*(?=[،,؛;؟?!.])/g;

/** A comma, maybe blanks, then a semicolon or a colon; or a semicolon and then a comma. */
const COMMA_BEFORE_STRONGER = /[،,][ \t]*(?=[؛;:])|[؛;][ \t]*(?=[،,])/g;

/**
 * A headline's second story after its two dots, opened by و and a noun with the article or a number (…
 * والبورصة ترتفع، … و7 جامعات مصرية); not ولم يأت: suspense.
 */
const SECOND_STORY = /^ +و(?:ال|[0-9٠-٩])/;

export default defineRule({
  id: 'repeated-punctuation',
  category: 'punctuation',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'paragraph',
  messages: {
    repeated: {
      ar: 'علامة مكررة «{run}»: تكفي «{kept}».',
      en: 'Repeated mark “{run}”: “{kept}” is enough.',
    },
    keep: { ar: 'اكتفِ بـ«{kept}»', en: 'Keep “{kept}”' },
    commaAndStop: {
      ar: 'فاصلة ونقطة معا «{run}»: تكفي إحداهما.',
      en: 'A comma and a full stop together “{run}”: one of them is enough.',
    },
    twoDots: {
      ar: 'نقطتان «..»: إن كان المقصود الحذف فعلامته «…».',
      en: 'Two dots “..”: if an ellipsis is meant, write “…”.',
    },
    useEllipsis: { ar: 'استبدل بهما «…»', en: 'Replace with “…”' },
    extraDots: {
      ar: 'نقاط زائدة «{run}»: علامة الحذف «{kept}».',
      en: 'Too many dots “{run}”: the ellipsis is “{kept}”.',
    },
    headlineDots: {
      ar: 'أسلوب الدار لا يجيز النقطتين بعد مطلع العنوان.',
      en: 'The house style does not allow two dots after the head of a headline.',
    },
    useColon: { ar: 'استبدل بهما نقطتين رأسيتين «:»', en: 'Replace with a colon' },
    commaBefore: {
      ar: 'فاصلة مع «{kept}» في «{run}»: تكفي «{kept}».',
      en: 'A comma with “{kept}” in “{run}”: “{kept}” is enough.',
    },
  },
  docs: {
    summary: {
      ar: 'يرصد علامات الترقيم المكررة (،، ؟؟ !! والمفصولة بمسافة «. .»)، والفاصلة والنقطة معا («،.» و«.،»)، والفاصلة مع الفاصلة المنقوطة أو قبل النقطتين الرأسيتين («،؛» و«؛،» و«،:»)، والنقطة بعد علامة الاستفهام أو التعجب («؟.»)، والنقطتين المرتجلتين بدل علامة الحذف.',
      en: 'Flags doubled punctuation (،، ؟؟ !!, and with a space between: “. .”), a comma and a full stop together (“،.”, “.،”), a comma beside a semicolon or before a colon (“،؛”, “؛،”, “،:”), a full stop after a question or exclamation mark (“؟.”), and two dots improvised for an ellipsis.',
    },
    rationale: {
      ar: 'تكرار العلامة لا يزيد المعنى ولا يليق بلغة الخبر، والنقطتان ليستا علامة ترقيم: علامة الحذف ثلاث نقاط أو «…».',
      en: 'Repeating a mark adds nothing and has no place in news copy; two dots are no mark at all: the ellipsis is three dots or “…”.',
    },
    bad: 'هل انتهت الأزمة؟؟ لا أحد يعرف!! وقال المتحدث،، إن المحادثات مستمرة. .',
    good: 'هل انتهت الأزمة؟ لا أحد يعرف! وقال المتحدث، إن المحادثات مستمرة.',
    notFlagged: {
      ar: 'علامة الحذف (... و… و. . .)، والجمع بين الاستفهام والتعجب (؟! و!؟)، ونقطتا العنوان بعد مطلعه «العراق.. عنوان» في العنوان (وفيه أيضا بعد عبارة من خمس كلمات فأقل يبدؤها حرف جر: «في ذكرى رحيله العاشرة.. عنوان»، أو من سبع كلمات فأقل تسمي شخصا بلقبه أو اسمه: «رحيل الروائي المصري إبراهيم أصلان.. عنوان»، أو بعد عنوان بين علامتي تنصيص يفتتحه: «"يا ليل يا ليل".. فيديو عفوي»، وقبل خبر ثان يعطفه العنوان بالواو على اسم معرف أو عدد: «المركزي يثبت الفائدة.. والبورصة ترتفع»، «جامعة القاهرة الأولى محليا.. و7 جامعات مصرية بين الأفضل») وفي العناوين الفرعية للنشرة (الأسطر القصيرة بلا علامة في آخرها) ما لم يمنعهما أسلوب الدار. ونقطتا العنوان المنشور بين علامتي تنصيص (رواية «بيروت.. مدينتي»، مقالا بعنوان «رئيس جديد.. ونظام قديم»)، وعلامات التعجب والاستفهام المكررة في عنوان عمل بعد ما يسميه (مسرحية «يا سلام!!»). وعلامات التعجب والاستفهام المكررة داخل الاقتباس (منشور منقول بنصه) يُقترح توحيدها ولا توحد تلقائيا.',
      en: 'The ellipsis (..., … and . . .), a question and an exclamation mark together (؟! and !؟), and the headline convention «العراق.. عنوان», in the headline (there also after a phrase of up to five words that a preposition opens: «في ذكرى رحيله العاشرة.. عنوان», or of up to seven that names a person by title or given name: «رحيل الروائي المصري إبراهيم أصلان.. عنوان», or after a title in quotation marks that opens it: «"يا ليل يا ليل".. فيديو عفوي», and before a second story joined with و and a noun with the article or a number: «المركزي يثبت الفائدة.. والبورصة ترتفع», «جامعة القاهرة الأولى محليا.. و7 جامعات مصرية بين الأفضل») and in a bulletin’s sub-headlines (short lines with no mark at their end), unless the house style forbids it. Two dots in a title in quotation marks, as published (رواية «بيروت.. مدينتي», مقالا بعنوان «رئيس جديد.. ونظام قديم»), and doubled exclamation and question marks in a work’s title after the word that names it (مسرحية «يا سلام!!»). Doubled exclamation and question marks inside a quotation (a post quoted as written) are offered for fixing, not fixed.',
    },
  },
  defaultOptions: {},
  checkParagraph(paragraph, { house, report }) {
    const { text, start: base } = paragraph;
    const topicDots = headlineTopicDotsAt(paragraph);
    const at = (start: number, end: number) => ({ start: base + start, end: base + end });
    RUNS.lastIndex = 0;
    for (let m = RUNS.exec(text); m; m = RUNS.exec(text)) {
      const run = m[0];
      const start = m.index;
      const end = start + run.length;
      const span = at(start, end);
      if (run[0] === '.' || run[0] === '…') {
        if (run === '...') continue;
        if (run === '..') {
          // The head's two dots (العراق.. عنوان), or those that join a headline's second story with و (… نقطة أساس.. والبورصة ترتفع).
          if (start === topicDots || (paragraph.isHeadline && SECOND_STORY.test(text.slice(end, end + 4)))) {
            if (house.headlineDoubleDot) continue;
            report({ span, messageId: 'headlineDots', fixes: [{ messageId: 'useColon', edits: [{ span, text: ':' }], safe: false }] });
            continue;
          }
          if (isLatinLetterOrDigit(text.charCodeAt(start - 1)) && isLatinLetterOrDigit(text.charCodeAt(end))) continue; // 1..10
          // A title keeps the dots it was published with: رواية «بيروت.. مدينتي».
          const quotation = quotationAt(paragraph, span.start);
          if (quotation && isTitleLike(text, quotation, base)) continue;
          report({ span, messageId: 'twoDots', fixes: [{ messageId: 'useEllipsis', edits: [{ span, text: '…' }], safe: false }] });
          continue;
        }
        const kept = run.includes('…') ? '…' : '...';
        const edits = kept === '...' ? [{ span: at(start + 3, end), text: '' }] : [{ span, text: '…' }];
        report({ span, messageId: 'extraDots', data: { run, kept }, fixes: [{ messageId: 'keep', data: { kept }, edits, safe: true }] });
        continue;
      }
      // Keep one mark of each kind, so `؟!` survives in `؟؟!!`: the first, or the first Arabic one (`,،`).
      const keptAt = new Map<string, number>();
      for (let i = start; i < end; i++) {
        const kind = markKind(text[i])!; // the run holds marks only
        const keptIndex = keptAt.get(kind);
        if (keptIndex === undefined || (!isArabicMark(text[keptIndex]) && isArabicMark(text[i]))) keptAt.set(kind, i);
      }
      const edits: TextEdit[] = [];
      let kept = '';
      for (let i = start; i < end; i++) {
        if (keptAt.get(markKind(text[i])!) === i) {
          kept += text[i];
          continue;
        }
        const last = edits[edits.length - 1];
        if (last && last.span.end === base + i) last.span.end++;
        else edits.push({ span: at(i, i + 1), text: '' });
      }
      if (edits.length === 0) continue;
      // A quoted post keeps its ‼ and ؟؟ as it was written («شكرا للجماهير!!»): there the fix is offered;
      // a work's title keeps them as published (مسرحية «يا سلام!!»).
      const quotation = EXCLAMATIONS.test(run) ? quotationAt(paragraph, span.start) : undefined;
      if (quotation && followsTitleHead(text, quotation.open - base)) continue;
      const verbatim = quotation !== undefined;
      report({ span, messageId: 'repeated', data: { run, kept }, fixes: [{ messageId: 'keep', data: { kept }, edits, safe: !verbatim }] });
    }
    // The same mark typed twice with blanks between: the blanks and the second mark go. A comma and a full
    // stop together: one of them goes, which one the editor decides.
    MARK_PAIRS.lastIndex = 0;
    for (let m = MARK_PAIRS.exec(text); m; m = MARK_PAIRS.exec(text)) {
      const first = m.index;
      const second = first + m[0].length;
      if (!doublesMarkBefore(text, second) || isLatinAbbreviationDot(text, first) || closesAbbreviation(text, first)) continue;
      const span = at(first, second + 1);
      const run = text.slice(first, second + 1);
      if (stopsAfterTerminal(text, first, second)) {
        const kept = text[first];
        report({ span, messageId: 'repeated', data: { run, kept }, fixes: [{ messageId: 'keep', data: { kept }, edits: [{ span: at(first + 1, second + 1), text: '' }], safe: true }] });
        continue;
      }
      if (markKind(text[first]) !== markKind(text[second])) {
        const keeping = (comma: boolean) => {
          const keptAt = (text[first] === '.') === comma ? second : first;
          const dropped = keptAt === first ? at(first + 1, second + 1) : at(first, second);
          return { messageId: 'keep', data: { kept: text[keptAt] }, edits: [{ span: dropped, text: '' }], safe: false };
        };
        // At the end of the paragraph the full stop is likelier the one meant, elsewhere the comma.
        let next = second + 1;
        while (next < text.length && /\s/.test(text[next])) next++;
        const atEnd = next === text.length;
        report({ span, messageId: 'commaAndStop', data: { run }, fixes: [keeping(!atEnd), keeping(atEnd)] });
        continue;
      }
      if (second === first + 1) continue; // a run, reported above
      // The second is kept instead when it is the Arabic form of a Latin first (`%, ، في`).
      const keepSecond = isArabicMark(text[second]) && !isArabicMark(text[first]);
      const kept = text[keepSecond ? second : first];
      const dropped = keepSecond ? at(first, second) : at(first + 1, second + 1);
      report({ span, messageId: 'repeated', data: { run, kept }, fixes: [{ messageId: 'keep', data: { kept }, edits: [{ span: dropped, text: '' }], safe: true }] });
    }
    // A comma beside a semicolon or before a colon (نابلس،: «…»، 9%،؛ وهي، ليتوانيا؛،): the comma goes, the stronger mark is meant.
    COMMA_BEFORE_STRONGER.lastIndex = 0;
    for (let m = COMMA_BEFORE_STRONGER.exec(text); m; m = COMMA_BEFORE_STRONGER.exec(text)) {
      const first = m.index;
      const second = first + m[0].length;
      const run = text.slice(first, second + 1);
      const commaFirst = text[first] === '،' || text[first] === ',';
      const kept = commaFirst ? text[second] : text[first];
      const dropped = commaFirst ? at(first, second) : at(first + 1, second + 1);
      report({ span: at(first, second + 1), messageId: 'commaBefore', data: { run, kept }, fixes: [{ messageId: 'keep', data: { kept }, edits: [{ span: dropped, text: '' }], safe: true }] });
    }
  },
});
