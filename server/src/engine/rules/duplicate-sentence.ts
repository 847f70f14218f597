import { defineRule } from '../rule';
import { isAnnounced, isListItem, isMarkdownSection, isPullQuote, type Article, type Paragraph, type Sentence, type Word } from '../text/article';
import { isInterviewerQuestion, isSpeakersQuestion, transcriptSpeakers } from '../text/interview';
import { followsTitleHead, inOneQuotedStanza, marksOf, PAIR_MARKS, quotationAt } from '../text/pairs';
import { isPrayer } from '../text/prayer';
import { isShortBareLine, mayBeVerseLine } from '../text/punctuation';
import { isVerseLine } from '../text/verse';
import { sentenceForm, type SentenceFormCache } from '../text/sentence-forms';
import type { Fix, Span } from '../types';

const SPACE = /\s/;

interface FirstCopy {
  span: Span;
  /** Set when the copy is a whole sentence (not a quotation inside one); `index` is its paragraph's. */
  sentence?: { paragraph: Paragraph; index: number; sentence: Sentence; position: number };
  /** The copy is a quotation the text says is said again or is a headline (see SAID_AGAIN_OR_TITLED). */
  saidAgain?: boolean;
}

export default defineRule({
  id: 'duplicate-sentence',
  category: 'duplication',
  defaultSeverity: 'error',
  fixable: 'safe',
  scope: 'article',
  messages: {
    duplicate: {
      ar: 'جملة مكررة: وردت هذه الجملة من قبل في المقال.',
      en: 'Duplicate sentence: it already appears earlier in the article.',
    },
    duplicateQuotation: {
      ar: 'اقتباس مكرر: وردت هذه الجملة من قبل في المقال.',
      en: 'Duplicate quotation: this sentence already appears earlier in the article.',
    },
    firstCopy: { ar: 'الموضع الأول للجملة.', en: 'The first occurrence.' },
    removeLater: { ar: 'احذف الجملة المكررة', en: 'Delete the repeated sentence' },
    removeEarlier: { ar: 'احذف النسخة المنفردة السابقة', en: 'Delete the earlier stand-alone copy' },
  },
  docs: {
    summary: {
      ar: 'يرصد الجملة التي تتكرر حرفيا في المقال، بعد تجاهل علامات التنصيص والترقيم والمسافات والتشكيل.',
      en: 'Flags a sentence that appears twice in an article, ignoring quotes, punctuation, spacing and diacritics.',
    },
    rationale: {
      ar: 'تُجمع أخبار الوكالات من قطع: اقتباس بارز يبقى في المتن، أو فقرة خلفية تُلصق مرتين. الجملة المكررة خطأ يراه القارئ فورا.',
      en: 'Wire copy is assembled from pieces: a pull-quote left in the body, a background paragraph pasted twice. A repeated sentence is an error every reader notices.',
    },
    bad:
      'العراق يعلن خطة لتقاسم المياه\n' +
      'وقال وزير الموارد المائية: «لن نسمح بأن تتحول أزمة المياه إلى صراع بين المحافظات».\n' +
      'وأعلنت الوزارة خطة لتوزيع الحصص المائية على المزارعين قبل الموسم الصيفي.\n' +
      'لن نسمح بأن تتحول أزمة المياه إلى صراع بين المحافظات.\n',
    good:
      'العراق يعلن خطة لتقاسم المياه\n' +
      'وقال وزير الموارد المائية: «لن نسمح بأن تتحول أزمة المياه إلى صراع بين المحافظات».\n' +
      'وأعلنت الوزارة خطة لتوزيع الحصص المائية على المزارعين قبل الموسم الصيفي.\n',
    notFlagged: {
      ar: 'الجمل القصيرة المتكررة بطبيعتها (أقل من خمس كلمات ذات معنى، مثل «وأضاف المتحدث.») إلا أن تُكتب مرتين متتاليتين خارج الاقتباس، وسطر المكان والوكالة، وتكرار المقدمة للعنوان، وتكرار الجملة الأولى من قسم في ماركداون لعنوانه (## …)، وقوائم الأسماء، وأسطر المصدر والتوقيع وبنود الجداول والقوائم («المصدر: …»، «— …»، «• التضخم: …»)، ونقاط الملخص فوق الخبر التي تعيد جمله عمدا، والاقتباس البارز في ماركداون («> …» لا تسبقه نقطتان) يعيد جملة من المتن عمدا (ويُقارن بالاقتباسات البارزة الأخرى وحدها)، وسؤال المحاور الذي يطرحه على كل مشارك في استطلاع الآراء («س: …؟»، «س/ …؟») أو يعيده في حوار يسمي المتحاورين («ليلى حسن: …؟»)، والنتيجة الواحدة تحت كل عنوان فرعي من قائمة («الدائرة الأولى: …»، «## الكويت»)، أو السطر الذي يتكرر في كل قسم من جدول تحت عنوانه («يوم الأحد: …»)، ولازمة القصيدة أو الأغنية بين أبياتها، ولازمة المقال (جملة تقوم فقرة وحدها ثلاث مرات فأكثر بعد فقرات مختلفة)، والجملة يكررها المتكلم في الاقتباس الواحد («لن نركع. لن نركع»)، والدعاء يقوله أكثر من شخص بالألفاظ نفسها («نسأل الله أن يتغمد الفقيد بواسع رحمته»)، والاقتباس الذي يقول النص إنه يُردَّد (وهتف الأهالي مرددين العبارة ذاتها: «…»، وختم مقاله بالعبارة نفسها: «…»، وختم الأمسية بالبيت نفسه: «…»، وقال مجددا: «…»، وعاد ليقول: «…») أو إنه عنوان (وعنونت الصحيفة صفحتها الأولى: «…»، تقرير بعنوان «…»). والجملة التي تحيل إلى ما قبلها («كما بعث ولي العهد ببرقية مماثلة»، «وجرى خلال الاستقبال استعراض العلاقات») أو التي تقول إن كلامها يُردَّد (لازمة التقرير: «…»، يردد الحاج كلما سأله زبون) أو التي تقول الجملة قبلها إنها تُعاد («واليوم أعيدها حرفا بحرف») والعبارة الثابتة التي تلي جملا مختلفة (خاتمة كل خبر بروتوكولي) والعبارات الثابتة في كل مرسوم ينقله الخبر كاملا («بعد الاطلاع على …»، «يبلغ أمرنا هذا للجهات المختصة») أو تختم كل بند من محضر أو من حصاد جولة في فقرة وحدها (نتيجة التصويت بعد كل مادة من مشروع قانون، والعبارة نفسها بعد كل مباراة تفتتحها مدينتها: «وفي بريدة، …») وامتناع طرف عن التعليق بعد فقرات مختلفة («ولم ترد الشركة على طلب رويترز للتعليق») والعبارة القصيرة بين علامتي تنصيص في المرتين (نداء رئيس الجلسة «النظام من فضلكم…»، والهتاف) ومداخل التغطية المباشرة قد تتكرر عمدا: يُنبَّه إليها تحذيرا ويُقترح حذفها ولا يُحذف تلقائيا. ويُقترح حذف الجملة المكررة ولا يُحذف تلقائيا إذا جاء أصلها بعد جملة أخرى في فقرته، فهو عن ما قبله وقد تكون هي كذلك (رياح كل يوم في النشرة الجوية)، إلا أن تلي أصلها أو نسخة أخرى.',
      en: 'Short formulaic sentences (under five content words, such as “وأضاف المتحدث.”), unless typed twice in a row outside a quotation, datelines, a lede that echoes the headline, or a Markdown section’s first sentence its heading (## …), lists of names, source, signature and box-item lines («المصدر: …», «— …», «• التضخم: …»), and the bulleted summary above a story, which restates its sentences by design, a Markdown pull quote (“> …” that no colon announces), which sets a sentence of the body apart by design (compared only with other pull quotes), the question an interviewer puts to each person of a vox pop (“س: …؟”, “س/ …؟”) or again in a transcript that names who speaks (“ليلى حسن: …؟”), one result under each label or subhead of a list (“الدائرة الأولى: …”, “## الكويت”), or a line that each labelled section of a schedule repeats (“يوم الأحد: …”), the refrain of a poem or song among its lines, a column’s refrain (a sentence that is a paragraph of its own three times or more, after a different paragraph each time), a sentence a speaker says twice in one quotation («لن نركع. لن نركع»), a prayer several people are quoted saying in the same words (“«نسأل الله أن يتغمد الفقيد بواسع رحمته»”), and a quotation the text says is said again (“وهتف الأهالي مرددين العبارة ذاتها: «…»”, “ختم مقاله بالعبارة نفسها: «…»”, “وختم الأمسية بالبيت نفسه: «…»”, “وقال مجددا: «…»”, “وعاد ليقول: «…»”) or is a headline or a title (“وعنونت الصحيفة صفحتها الأولى: «…»”, “تقرير بعنوان «…»”). A sentence that points back at the one before (“كما بعث ولي العهد ببرقية مماثلة”, “وجرى خلال الاستقبال استعراض العلاقات”), that says its words are said again (a feature’s refrain: “«…»، يردد الحاج كلما سأله زبون”) or that the one before says is said again (“واليوم أعيدها حرفا بحرف”), a formula that follows different sentences (the closing line of each protocol item), the set lines of each decree a story quotes in full (“بعد الاطلاع على …”, “يبلغ أمرنا هذا للجهات المختصة”), or closes each item of a record or a roundup in a paragraph of its own (the vote after each article of a bill, the same line after each match opened by its city: “وفي بريدة، …”), a party’s “no comment” after different paragraphs (“ولم ترد الشركة على طلب رويترز للتعليق”), a short utterance quoted both times (a chair’s call to order «النظام من فضلكم…», a chant) and a live blog’s entries may repeat by design: they are reported as warnings, their deletion offered. A copy of a sentence that goes on from another sentence of its paragraph may be about what it follows, as its original is (each day’s wind in a forecast): its deletion is offered, not made, unless it follows its original or another copy.',
    },
  },
  defaultOptions: {},
  checkArticle({ article, sentenceForms, report }) {
    // List items' keys meet only one another, and so do pull quotes'.
    const firstByKey = new Map<string, FirstCopy>();
    const firstListItemByKey = new Map<string, FirstCopy>();
    const firstPullQuoteByKey = new Map<string, FirstCopy>();
    const firstSectionHeadingByKey = new Map<string, FirstCopy>();
    const copies = new Set<Sentence>();
    let liveBlog: boolean | undefined;
    let markup: MarkupAhead | undefined;
    let summaryItems: ReadonlySet<number> | undefined;
    let speakers: ReadonlySet<string> | undefined;
    let refrains: ReadonlySet<string> | undefined;
    /**
     * A copy of `original`, its deletion made unless it may be in context (or would cut markup), and
     * reported with medium confidence when it may be meant.
     */
    const reportCopy = (copy: Sentence, original: Span, deletion: Span, inContext: boolean, mayBeMeant: boolean) =>
      report({
        span: { start: copy.start, end: copy.end },
        messageId: 'duplicate',
        related: [{ span: { start: original.start, end: original.end }, messageId: 'firstCopy' }],
        fixes: [{ messageId: 'removeLater', edits: [{ span: deletion, text: '' }], safe: !inContext && !cutsMarkup(article.source, deletion, (markup ??= new MarkupAhead(article.source))) }],
        ...(mayBeMeant ? { confidence: 'medium' as const } : {}),
      });
    article.paragraphs.forEach((paragraph, index) => {
      if (paragraph.isHeadline) return; // a lede may echo the headline
      // An interviewer puts one question to each person of a vox pop.
      if (isInterviewerQuestion(paragraph.text)) return;
      // The story restates the items of its summary by design, a bulleted list or lines under a summary's
      // heading (أبرز ما حدث:): they are compared among themselves.
      const inList = isListItem(article.source, paragraph) || (summaryItems ??= summaryItemsOf(article)).has(index);
      // A pull quote (> «…») sets a sentence of the body apart, repeating it by design; a section's heading
      // (## البنك المركزي يبقي الفائدة) is its item's headline, which its first sentence may echo.
      const firstCopies = inList
        ? firstListItemByKey
        : isPullQuote(article, paragraph)
          ? firstPullQuoteByKey
          : isMarkdownSection(article, paragraph)
            ? firstSectionHeadingByKey
            : firstByKey;
      const stamp = stampLineLength(paragraph);
      paragraph.sentences.forEach((written, position) => {
        // An entry's stamp on its first line (**10:30 ت.غ**⏎نص المدخل) heads the entry, as one on a line of its own does.
        const sentence = position === 0 && stamp > 0 ? afterStamp(written, paragraph.start + stamp) : written;
        const form = sentenceForm(sentence, sentenceForms);
        // A sentence too short to compare, typed twice in a row (ويضم أكثر من 4000 محل. ويضم أكثر من 4000 محل.),
        // is a stutter all the same, outside a quotation, where a speaker may say it twice («لا. لا.»); so is
        // a paragraph of that one sentence, a full one, pasted again right after it (not a signature line).
        const previous =
          paragraph.sentences[position - 1] ?? (position === 0 && paragraph.sentences.length === 1 && index > 0 && !inList && isFullSentence(sentence) ? article.paragraphs[index - 1].sentences.at(-1) : undefined);
        if (!form.comparable && previous !== undefined && isStutter(previous, sentence) && !isWithinQuotation(paragraph, sentence) && !isVerseLine(paragraph)) {
          reportCopy(sentence, previous, sentenceDeletion(article, paragraph, sentence), false, false);
          return;
        }
        const first = form.comparable ? firstCopies.get(form.key) : undefined;
        // One result under each label or subhead of a list (الدائرة الأولى: … الدائرة الثانية: …) is that label's.
        if (first?.sentence && position === 0 && sectionLabel(article.paragraphs, index) !== undefined && differentLabels(article.paragraphs, first.sentence, index)) {
          // A copy later in this section is this one's.
          firstCopies.set(form.key, { span: { start: sentence.start, end: sentence.end }, sentence: { paragraph, index, sentence, position } });
          return;
        }
        if (first) {
          // An interviewer may put a question again: «س: …؟» is passed over above, and so is one that a
          // transcript labels with the name of the one who asks (ليلى حسن: …؟).
          if (isSpeakersQuestion(paragraph, (speakers ??= transcriptSpeakers(article)))) return;
          // A poem's refrain, a column's, and a speaker saying a sentence twice in one quotation, repeat by design.
          if ((first.sentence && isRefrain(article.paragraphs, first.sentence.index, index)) || inOneQuotation(paragraph, first.span, sentence) || inOneQuotedStanza(article, first.span.start, sentence.start)) return;
          // A live blog's entry, pasted under each new stamp, is no refrain.
          if (first.sentence && paragraph.sentences.length === 1 && !(liveBlog ??= isLiveBlog(article)) && (refrains ??= paragraphRefrains(article, sentenceForms)).has(form.key)) return;
          const last = first.sentence ? lastOfCopiedRun(paragraph, position, first.sentence, sentenceForms) : sentence;
          // Deleting is safe for a pasted copy, not for a repeat in context: a list item under another
          // heading, a refrain the text announces (بصوت واحد: …), a speaker's within a quotation or a
          // poem's, an entry of a live blog, which may run newest first; and a copy of a sentence that goes
          // on from another one, about what it follows (the wind of one day of a forecast, the half-time
          // score of one match, the fate of one attack's drones): the copy may be about what it follows in
          // turn. Unless the copy follows its original or another copy: then it is a stutter or a pasted run.
          const isOriginalOrCopy = (earlier: Sentence | undefined) => earlier !== undefined && (earlier === first.sentence?.sentence || copies.has(earlier));
          const originalGoesOn = first.sentence !== undefined && first.sentence.paragraph.sentences[0] !== first.sentence.sentence;
          // Each item of a record closed by the same line in a paragraph of its own: the vote after each
          // article of a bill (ثم ناقش المجلس المادة 12 … ¶ وأقرت المادة بأغلبية … ¶ ثم ناقش المجلس المادة 13 …).
          const closesItems = position === 0 && first.sentence !== undefined && first.sentence.sentence === first.sentence.paragraph.sentences[0] && sameItemOpening(article.paragraphs[first.sentence.index - 1], article.paragraphs[index - 1]);
          const followsCopy = isOriginalOrCopy(paragraph.sentences[position - 1]);
          // A "no comment" right after its copy is pasted, though a line break part them.
          const followsCopyInArticle = position > 0 ? followsCopy : isOriginalOrCopy(article.paragraphs[index - 1]?.sentences.at(-1));
          // A formula every protocol item closes with, the preamble and closing lines of each decree a story
          // quotes in full (بعد الاطلاع على …، وبناء على …، يبلغ أمرنا هذا …), a sentence that points back at another (كما … مماثلة),
          // a party's "no comment", one that says its words are said again (a feature's refrain: «…»، يردد
          // الحاج كلما سأله زبون) or the sentence before says so (أعيدها حرفا بحرف), a short utterance
          // quoted both times (a chair's call to order, a chant), and a live blog's entries may repeat by
          // design: those are reported with less confidence.
          const mayBeMeant =
            (originalGoesOn && !followsCopyInArticle) ||
            closesItems ||
            REFERS_BACK.test(sentence.text) ||
            DECREE_FORMULA.test(sentence.text) ||
            (!followsCopyInArticle && SAID_AGAIN_OR_TITLED.test(sentence.text)) ||
            (!followsCopyInArticle && NO_COMMENT.test(sentence.text)) ||
            saidAgainBefore(article, index, position) ||
            (first.sentence !== undefined && isShortQuotedUtterance(first.sentence.paragraph, first.sentence.sentence) && isShortQuotedUtterance(paragraph, sentence)) ||
            (liveBlog ??= isLiveBlog(article));
          const inContext =
            mayBeMeant ||
            inList ||
            isAnnounced(article.prose, sentence.start) ||
            isWithinQuotation(paragraph, sentence) ||
            isInStanza(article.paragraphs, index);
          copies.add(sentence);
          reportCopy(sentence, first.span, duplicateDeletion(article, index, sentence, last), inContext, mayBeMeant);
          return;
        }
        if (form.comparable) firstCopies.set(form.key, { span: { start: sentence.start, end: sentence.end }, sentence: { paragraph, index, sentence, position } });
        for (const part of form.quotedParts) {
          const span = { start: sentence.start + part.start, end: sentence.start + part.end };
          const earlier = firstCopies.get(part.key);
          // وهتف الأهالي مرددين العبارة ذاتها: «…»: the text says the words are said again, or are a headline
          // or a work's title (بتقريرها «…»); in either copy, since a live blog runs newest first.
          const saidAgain = SAID_AGAIN_OR_TITLED.test(article.prose.slice(sentence.start, span.start)) || followsTitleHead(article.prose, span.start);
          if (!earlier) {
            firstCopies.set(part.key, { span, saidAgain });
            continue;
          }
          // Each official quoted in an obituary may say the same prayer («نسأل الله أن يتغمد الفقيد بواسع رحمته»).
          if (saidAgain || earlier.saidAgain || isPrayer(article.prose.slice(span.start, span.end))) continue;
          // A quotation inside a longer sentence cannot simply go; the earlier bare copy (a pull-quote) can.
          const fixes: Fix[] = earlier.sentence
            ? [{ messageId: 'removeEarlier', edits: [{ span: sentenceDeletion(article, earlier.sentence.paragraph, earlier.sentence.sentence), text: '' }], safe: false }]
            : [];
          report({ span, messageId: 'duplicateQuotation', related: [{ span: earlier.span, messageId: 'firstCopy' }], fixes });
        }
      });
    });
  },
});

/**
 * What says that a quotation is said again (ردد/مرددين، كرر، العبارة ذاتها، الحكم نفسه، بالعنوان نفسه، بالبيت نفسه،
 * وقال مجددا، وقال مرة أخرى، وقال من جديد، وكررها، وعاد ليقول، وأعاد القول، وأعاد المستخدمون نشر), or
 * that it is a headline or a title, which may repeat a sentence of the story (وعنونت الصحيفة صفحتها
 * الأولى: «…»، تقرير بعنوان «…»).
 */
const SAID_AGAIN_OR_TITLED =
  /(?:^|[\s،,])(?:[وف]?(?:ردد|رددت|رددوا|يردد|يرددون|تردد|مرددا|مرددين|مرددة|مرددات|كرر|كررت|كرروا|كررها|كرره|كررتها|يكرر|مكررا|أكرر|أكررها|أكرره|نكرر|أعيد|أعيدها|أعيده|نعيد|عنون|عنونت|عنونوا|تعنون)|ب?(?:العبارة|الكلمات|الجملة|الهتاف|الشعار|العنوان|الحكم|القرار|النص|البيت|الأبيات|المطلع|المقطع|السطر|اللازمة|القصيدة) (?:ذاتها|ذاته|نفسها|نفسه)|بعنوان|عنوانه|عنوانها|حرفا بحرف|مجدد(?:ا|اً|ًا)|مرة أخرى|من جديد|(?:قال|قالت|قالها|قالتها) ثانية|[وف]?(?:عاد|عادت) (?:ليقول|ليكرر|لتقول|لتكرر)|[وف]?(?:أعاد|أعادت) (?:القول|التأكيد)|[وف]?(?:أعاد|أعادت|أعادوا)(?:\s+[^\s،,:]+){0,3}\s+نشر)(?=[\s،,:]|$)/u;


/**
 * A short line that labels what follows: one ending in a colon (الدائرة الأولى (طنجة):), a subhead of a
 * few words without punctuation (الكويت، ## البحرين), or a key of words and its value (الرقم: أ/112), not a
 * time (10:45 بتوقيت غرينتش).
 */
const LABEL = /^(?:[^\n.؟?!]{1,60}:|[^\n.؟?!:،,؛«»"]{1,40}|\p{L}[^\n.؟?!:،,؛«»"\d]{0,19}:[^\n.؟?!:،,؛«»"]{1,20})$/u;

/**
 * The set lines of a decree, which each decree a story quotes in full repeats: its preamble (بعون الله
 * تعالى، نحن …، بعد الاطلاع على …، وبناء على …) and its closing (يبلغ أمرنا هذا للجهات المختصة، يعمل بهذا
 * المرسوم من تاريخ …).
 */
const DECREE_FORMULA = /^[وف]?(?:بعون الله|نحن |بعد الاطلاع|بناء على|يبلغ (?:أمرنا|قرارنا|مرسومنا)|يعمل بهذا|ينشر هذا)/u;

/**
 * A sentence that points back at what comes before it (كما بعث ولي العهد ببرقية تعزية مماثلة، وجرى خلال
 * الاستقبال استعراض العلاقات): its copy may be about something else, another cable of another occasion,
 * another reception.
 */
const REFERS_BACK = /^(?:[وف]?كما|و?كذلك|بدوره|بدورها|بدورهم)\s|مماثل|(?:خلال|في) (?:الاستقبال|اللقاء|الاجتماع|الاتصال|المباحثات|الجلسة|الزيارة)(?![\p{L}])/u;

/**
 * A sentence that says a party gave no comment (ولم ترد الشركة على طلب رويترز للتعليق، ورفض المتحدث
 * التعليق): wire copy closes each party's paragraph with one, about another party each time.
 */
const NO_COMMENT = /لم [تي](?:رد|تسن|علق|عقب|جب)(?!\p{L})|(?:رفض|امتنع)[تا]?\s+(?:عن\s+)?التعليق|للتعليق/u;

/** The heading of a summary above or inside a story, bold or not: أبرز ما حدث، أبرز النقاط، ملخص، باختصار، في سطور. */
const SUMMARY_HEADING = /^(?:\*\*|__)?(?:أبرز (?:ما حدث|ما جاء|ما ورد|النقاط|التطورات|الأحداث)|أهم (?:ما ورد|ما جاء|النقاط|التطورات)|ملخص|الملخص|باختصار|في سطور)[^\n]{0,30}:?(?:\*\*|__)?$/u;

/** How many paragraphs a label heads: a day of a schedule, a region of a forecast, a few lines each. */
const MAX_SECTION_PARAGRAPHS = 4;

/**
 * The label line that heads the section paragraph `index` is in, if one does within a few paragraphs
 * (يوم الاثنين: ¶ ينقطع التيار عن … ¶ ولا يشمل القطع …). Not across an interviewer's question: the
 * answer under it is a person's, whose label names who speaks.
 */
function sectionLabel(paragraphs: readonly Paragraph[], index: number): string | undefined {
  for (let k = index - 1; k >= 0 && k >= index - MAX_SECTION_PARAGRAPHS && !paragraphs[k].isHeadline; k--) {
    const text = paragraphs[k].text.trim();
    // A summary's heading heads its items, which are compared apart, not the story that follows them.
    if (SUMMARY_HEADING.test(text)) return undefined;
    if (LABEL.test(text)) return labelRunEndingAt(paragraphs, k);
    if (isInterviewerQuestion(text)) return undefined;
  }
  return undefined;
}

/**
 * The label lines that head a section together, up to line `k`: a document's header (الرقم: أ/112 ¶
 * التاريخ: … ¶ بعون الله تعالى), whose lines two sections may share but for one.
 */
function labelRunEndingAt(paragraphs: readonly Paragraph[], k: number): string {
  let run = paragraphs[k].text.trim();
  for (let j = k - 1; j >= 0 && k - j < MAX_HEADER_LINES && !paragraphs[j].isHeadline; j--) {
    const text = paragraphs[j].text.trim();
    if (!LABEL.test(text)) break;
    run = `${text}\n${run}`;
  }
  return run;
}

/** How many label lines a section's header runs to. */
const MAX_HEADER_LINES = 8;

/**
 * The paragraphs that are items of a summary under its heading (أبرز ما حدث:): the sentences of their own
 * right after the heading, up to a label, a subhead or a time stamp, a paragraph of several sentences, or
 * a line without the bullet of the items before it (or with one they lack), which are the story's.
 */
function summaryItemsOf(article: Article): ReadonlySet<number> {
  const { paragraphs, source } = article;
  const items = new Set<number>();
  paragraphs.forEach((heading, k) => {
    if (heading.isHeadline || heading.text.length > MAX_SUMMARY_HEADING || !SUMMARY_HEADING.test(heading.text.trim())) return;
    const bulleted = k + 1 < paragraphs.length && isListItem(source, paragraphs[k + 1]);
    for (let i = k + 1; i < paragraphs.length && i <= k + MAX_SUMMARY_ITEMS; i++) {
      const item = paragraphs[i];
      if (item.sentences.length !== 1 || LABEL.test(item.text.trim()) || isShortBareLine(item) || isListItem(source, item) !== bulleted) break;
      items.add(i);
    }
  });
  return items;
}

/** The longest a summary's heading is. */
const MAX_SUMMARY_HEADING = 40;
/** How many items a summary's heading heads. */
const MAX_SUMMARY_ITEMS = 8;

/** The first copy also opens its paragraph, in a section of a label of its own, other than the later copy's. */
function differentLabels(paragraphs: readonly Paragraph[], first: { paragraph: Paragraph; index: number; sentence: Sentence }, index: number): boolean {
  if (first.paragraph.sentences[0] !== first.sentence) return false;
  const label = sectionLabel(paragraphs, first.index);
  return label !== undefined && label !== sectionLabel(paragraphs, index);
}

/**
 * The last sentence of the copied run a duplicate starts: the sentences after it that repeat those after
 * the first copy go with it. One too short to compare (بما في ذلك تأجيل الأقساط.) would be left stranded;
 * one compared is a duplicate of its own, whose deletion would overlap this one's on the space between
 * them, so that --fix deleted half the run. A run is followed for MAX_COPIED_RUN sentences at most: in a
 * paragraph of thousands of copies every copy starts a run to its end, and --fix takes a longer run in
 * pieces, pass after pass.
 */
function lastOfCopiedRun(paragraph: Paragraph, position: number, first: { paragraph: Paragraph; position: number }, kept: SentenceFormCache | undefined): Sentence {
  const copy = paragraph.sentences;
  const original = first.paragraph.sentences;
  let j = position;
  let i = first.position;
  const end = Math.min(copy.length, position + MAX_COPIED_RUN);
  while (j + 1 < end && i + 1 < original.length) {
    const next = sentenceForm(copy[j + 1], kept);
    if (next.key !== sentenceForm(original[i + 1], kept).key) break;
    i++;
    j++;
  }
  return copy[j];
}

const MAX_COPIED_RUN = 1000;

/**
 * A live blog's time stamp on a line of its own (11:45 بتوقيت غرينتش، الساعة ١٠:٣٠ صباحا، 09.15 GMT،
 * عاجل 20:30، 10:30 ت.غ — عاجل), bold as a CMS pastes it (**10:30 ت.غ**): the entry under it ends at
 * the next stamp.
 */
const TIME_STAMP =
  /^(?:\*\*|__)?(?:عاجل\s*[|:-]?\s*)?(?:الساعة\s+)?[\d٠-٩]{1,2}[:.][\d٠-٩]{2}(?:\s*(?:ص|م|صباحا|صباحاً|مساء|مساءً|ظهرا|ظهراً|عصرا|عصراً|فجرا|فجراً|ليلا|ليلاً))?(?:\s*(?:GMT|UTC|ت\.?\s?غ|غرينتش|غرينيتش|(?:بتوقيت|بالتوقيت)(?:\s+[\p{L}\d+:]+){1,2}))?(?:\*\*|__)?(?:\s*[|:\-–—]\s*عاجل)?$/u;

/**
 * The deletion of a duplicate from `sentence` to `last`. When the duplicate is the whole entry of a live
 * blog, the time stamp above it goes too, or it would head nothing.
 */
function duplicateDeletion(article: Article, index: number, sentence: Sentence, last: Sentence): Span {
  const { paragraphs } = article;
  const paragraph = paragraphs[index];
  const opensParagraph = sentence.start <= paragraph.sentences[0].start + stampLineLength(paragraph);
  const isWholeEntry = opensParagraph && last === paragraph.sentences.at(-1) && (index + 1 === paragraphs.length || opensWithStamp(paragraphs[index + 1]));
  // An entry under a stamp on its first line goes with the stamp.
  const deletion = sentenceDeletion(article, paragraph, isWholeEntry ? paragraph.sentences[0] : sentence, last);
  const stamp = paragraphs[index - 1];
  if (!isWholeEntry || !isTimeStamp(stamp)) return deletion;
  return { start: sentenceDeletion(article, stamp, stamp.sentences[0], stamp.sentences.at(-1)).start, end: deletion.end };
}

/** Full stops and the like at a sentence's end, and the spaces before them. */
const TERMINAL_RUN = /[\s.؟?!…]*$/;

/**
 * The deletion of sentences that a quotation or a bracket opened before them closes at their end
 * («خرجنا بما نلبس فقط. البيت كله ذهب».): from the end of the sentence before them to the closing mark,
 * which stays, with one terminal mark before it (فقط».، فقط؟»، فقط.»). None when the closer is not theirs.
 */
function deletionInsideQuotation(paragraph: Paragraph, sentence: Sentence, last: Sentence): Span | undefined {
  const { quotes, brackets } = marksOf(paragraph);
  let close = Infinity;
  let open = 0;
  for (const pairs of [quotes.pairs, brackets.pairs] as const) {
    for (const pair of pairs) {
      if (pair.open < sentence.start && pair.close >= sentence.start && pair.close < last.end && pair.close < close) ({ close, open } = pair);
    }
  }
  if (close === Infinity) return undefined;
  const previous = paragraph.sentences[paragraph.sentences.indexOf(sentence) - 1];
  // The sentence before must be inside the same quotation, and end there, not close one of its own.
  if (previous === undefined || previous.end <= open || PAIR_MARKS.includes(previous.text.trimEnd().at(-1) ?? '')) return undefined;
  const previousText = previous.text.trimEnd();
  const previousEnd = previous.start + previousText.length;
  const previousTerminal = TERMINAL_RUN.exec(previousText)![0];
  const copyText = last.text.slice(0, close - last.start);
  const copyTerminal = TERMINAL_RUN.exec(copyText)![0].trim();
  // «A. B.» keeps A's mark inside; «A. B». keeps the one after the closer, and A's only if it says more than a full stop (؟، !).
  const start = copyTerminal || previousTerminal.trim() !== '.' ? previousEnd : previousEnd - previousTerminal.length;
  return { start, end: close };
}

/** Marks of Markdown or HTML markup (**…**، <p>…</p>، [نص](رابط)) that come in pairs. */
const MARKUP = /[*_<>[\]`~|]/g;

/**
 * Whether deleting `span` from `source` takes part of a line's markup with it: `**X. Y.**` without its X
 * loses its opening `**`, `<p>X. Y.</p>` its `<p>`. Deleting whole lines takes whole markup.
 */
function cutsMarkup(source: string, span: Span, markup: MarkupAhead): boolean {
  const wholeLines = (span.start === 0 || source[span.start - 1] === '\n') && (span.end === source.length || source[span.end - 1] === '\n');
  return !wholeLines && markup.from(span.start) < span.end;
}

/**
 * Where the first markup character at or after a place is: searched forward once for the places a rule
 * asks about in text order, however long the deletions that reach past them.
 */
class MarkupAhead {
  private searchedFrom = Infinity;
  private next = 0;

  constructor(private readonly source: string) {}

  from(at: number): number {
    // Nothing between searchedFrom and next is markup, so the answer from anywhere between is next.
    if (at < this.searchedFrom || at > this.next) {
      MARKUP.lastIndex = at;
      this.searchedFrom = at;
      this.next = MARKUP.exec(this.source)?.index ?? this.source.length;
    }
    return this.next;
  }
}

function isTimeStamp(paragraph: Paragraph | undefined): paragraph is Paragraph {
  return paragraph !== undefined && !paragraph.isHeadline && TIME_STAMP.test(paragraph.text);
}

/** A stamp is short: a first line longer than this is no stamp, and the search for its end stops here. */
const MAX_STAMP_LINE = 48;

/**
 * The length of the time stamp on a paragraph's first line, its line break included, when an entry
 * follows it in the same paragraph (a Markdown soft break: **10:30 ت.غ**⏎نص المدخل); else 0.
 */
function stampLineLength(paragraph: Paragraph): number {
  const lineEnd = paragraph.text.slice(0, MAX_STAMP_LINE + 1).indexOf('\n');
  return lineEnd > 0 && !paragraph.isHeadline && TIME_STAMP.test(paragraph.text.slice(0, lineEnd).trimEnd()) ? lineEnd + 1 : 0;
}

/** A paragraph that is a stamp, or that a stamp opens: where a live blog's entry begins. */
const opensWithStamp = (paragraph: Paragraph) => isTimeStamp(paragraph) || stampLineLength(paragraph) > 0;

/** The sentence without the stamp line that opens it: `from` is where its entry begins. */
function afterStamp(sentence: Sentence, from: number): Sentence {
  const cut = from - sentence.start;
  return { start: from, end: sentence.end, text: sentence.text.slice(cut), original: sentence.original.slice(cut), words: sentence.words.filter((word) => word.start >= from), attached: [] };
}

/**
 * Two paragraphs that differ but open with the same words: two items of one record (ثم ناقش المجلس المادة
 * 12، … 13), or of a roundup, each opened by its place (وفي بريدة، تعادل … / وفي الأحساء، تعادل …).
 */
function sameItemOpening(a: Paragraph | undefined, b: Paragraph | undefined): boolean {
  if (a === undefined || b === undefined || a === b || a.text === b.text) return false;
  const [x, y] = [a.sentences[0]?.words, b.sentences[0]?.words];
  if (!x || !y || x.length < ITEM_OPENING_WORDS || y.length < ITEM_OPENING_WORDS) return false;
  if (x[0].spelling === y[0].spelling && ROUNDUP_OPENERS.has(x[0].spelling.light) && commaAfter(a, x[1]) && commaAfter(b, y[1])) return true;
  for (let k = 0; k < ITEM_OPENING_WORDS; k++) if (x[k].spelling !== y[k].spelling) return false;
  return true;
}

const ITEM_OPENING_WORDS = 3;
/** What opens a roundup's item before its place and a comma (وفي بريدة،). */
const ROUNDUP_OPENERS: ReadonlySet<string> = new Set(['وفي', 'في', 'وعلى', 'وأمام']);
const commaAfter = (paragraph: Paragraph, word: Word) => paragraph.text[word.end - paragraph.start] === '،';

/** The same sentence of three words or more written twice in a row: the second a stutter of the first. */
function isStutter(previous: Sentence, sentence: Sentence): boolean {
  return sentence.words.length >= MIN_STUTTER_WORDS && previous.text.trim() === sentence.text.trim();
}

const MIN_STUTTER_WORDS = 3;

/** A sentence of MIN_PASTED_WORDS words or more that ends with its stop, as a pasted paragraph's does. */
const isFullSentence = (sentence: Sentence) => sentence.words.length >= MIN_PASTED_WORDS && /[.؟?!]["»”)]?$/u.test(sentence.text.trimEnd());
const MIN_PASTED_WORDS = 6;

/** Whether the sentence stands inside a quotation opened before it: a speaker's words, not a pasted copy. */
function isWithinQuotation(paragraph: Paragraph, sentence: Sentence): boolean {
  const quotation = quotationAt(paragraph, sentence.start);
  return quotation !== undefined && quotation.open < sentence.start;
}

/**
 * Whether the sentence is a short utterance inside quotation marks («النظام من فضلكم، عودوا إلى مقاعدكم»):
 * a live report may quote it each time it is said. A long quotation twice over is a pasted copy.
 */
function isShortQuotedUtterance(paragraph: Paragraph, sentence: Sentence): boolean {
  const last = sentence.words.at(-1);
  if (last === undefined || sentence.words.length > MAX_UTTERANCE_WORDS) return false;
  const quotation = quotationAt(paragraph, sentence.start);
  return quotation !== undefined && quotation.close >= last.end;
}

const MAX_UTTERANCE_WORDS = 10;

/** Whether a sentence and its earlier copy stand in one quotation (a speaker repeating himself: «نريد العدالة. نريد العدالة»). */
function inOneQuotation(paragraph: Paragraph, original: Span, copy: Sentence): boolean {
  const quotation = quotationAt(paragraph, copy.start);
  return quotation !== undefined && quotation.open < copy.start && original.start >= paragraph.start && original.end > quotation.open;
}

/** Whether both lines are lines of one poem or song, with others between them: the copy is its refrain (a line right after itself is pasted twice). */
function isRefrain(paragraphs: readonly Paragraph[], originalIndex: number, copyIndex: number): boolean {
  if (copyIndex - originalIndex < 2 || !isInStanza(paragraphs, originalIndex) || !isInStanza(paragraphs, copyIndex)) return false;
  for (let k = originalIndex + 1; k < copyIndex; k++) if (!isVerseLikeLine(paragraphs[k])) return false;
  return true;
}

/**
 * The keys of the sentences that are a paragraph of their own three times or more, after a different
 * paragraph each time and never after itself: the refrain a column comes back to (ليس هذا ما وعدتمونا
 * به …). A paragraph pasted again stands twice, or after the same paragraph when a run is pasted.
 */
function paragraphRefrains(article: Article, kept: SentenceFormCache | undefined): ReadonlySet<string> {
  const refrains = new Set<string>();
  const copies = new Map<string, { count: number; after: string }>();
  article.paragraphs.forEach((paragraph, index) => {
    if (paragraph.isHeadline || paragraph.sentences.length !== 1) return;
    const form = sentenceForm(paragraph.sentences[0], kept);
    if (!form.comparable) return;
    const after = article.paragraphs[index - 1]?.text ?? '';
    const last = copies.get(form.key);
    if (after === paragraph.text || last?.after === after) return;
    const count = (last?.count ?? 0) + 1;
    copies.set(form.key, { count, after });
    if (count >= REFRAIN_COPIES) refrains.add(form.key);
  });
  return refrains;
}

const REFRAIN_COPIES = 3;

/**
 * Whether the paragraph is a line of a poem or a song: short, with no mark at its end, beside another such
 * line (prose ends its paragraphs with a full stop).
 */
function isInStanza(paragraphs: readonly Paragraph[], index: number): boolean {
  return isVerseLikeLine(paragraphs[index]) && (isVerseLikeLine(paragraphs[index - 1]) || isVerseLikeLine(paragraphs[index + 1]));
}

function isVerseLikeLine(paragraph: Paragraph | undefined): boolean {
  return paragraph !== undefined && !paragraph.isHeadline && mayBeVerseLine(paragraph);
}

/** Whether the sentence before the one at `position` of paragraph `index` says what follows is said again (واليوم أعيدها حرفا بحرف). */
function saidAgainBefore(article: Article, index: number, position: number): boolean {
  const paragraph = article.paragraphs[index];
  const before = position > 0 ? paragraph.sentences[position - 1] : article.paragraphs[index - 1]?.sentences.at(-1);
  return before !== undefined && SAID_AGAIN_OR_TITLED.test(before.text);
}

/** Entries under two time stamps or more. */
function isLiveBlog(article: Article): boolean {
  let stamps = 0;
  for (const paragraph of article.paragraphs) if (opensWithStamp(paragraph) && ++stamps === 2) return true;
  return false;
}

/**
 * The text to delete to remove the sentences from `sentence` to `last` (by default itself) of a paragraph,
 * with the space that separates them from their neighbours; sentences that are their whole paragraph take
 * its line (and the blank lines before it), so no empty line or double space is left.
 */
function sentenceDeletion(article: Article, paragraph: Paragraph, sentence: Sentence, last: Sentence = sentence): Span {
  const { source, prose } = article;
  const isWholeParagraph = !prose.slice(paragraph.start, sentence.start).trim() && !prose.slice(last.end, paragraph.end).trim();
  if (!isWholeParagraph) {
    const insideQuotation = deletionInsideQuotation(paragraph, sentence, last);
    if (insideQuotation) return insideQuotation;
    let { start } = sentence;
    let { end } = last;
    if (start > paragraph.start) while (start > paragraph.start && SPACE.test(prose[start - 1])) start--;
    else while (end < paragraph.end && SPACE.test(prose[end])) end++;
    return { start, end };
  }
  let start = source.lastIndexOf('\n', paragraph.start - 1) + 1;
  const lineEnd = source.indexOf('\n', paragraph.end);
  if (lineEnd === -1) {
    // The last line: take the line break before it instead of the one after.
    while (start > 0 && SPACE.test(source[start - 1])) start--;
    return { start, end: source.length };
  }
  while (start > 0) {
    const previousLineStart = source.lastIndexOf('\n', start - 2) + 1;
    if (source.slice(previousLineStart, start - 1).trim()) break;
    start = previousLineStart;
  }
  return { start, end: lineEnd + 1 };
}
