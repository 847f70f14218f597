import { findDifferingNames, mentionEdit, nisbaVariantWords, type NameEntity, type NameMention } from '../names/detect';
import { foldName, HAMZA_ALEFS, lightName, orthographicForm, rawOffset, splitsOf } from '../names/forms';
import { nameListFor, type NameList } from '../names/list';
import { nisbaVariantOf } from '../names/nisba';
import { ORGANISATION_TRIGGERS } from '../names/vocabulary';
import { mapPacked } from '../packed';
import { defineRule } from '../rule';
import { correctionEdit } from '../text/minimal-edit';
import { followsTitleHead, isDatedWork, quotationAt } from '../text/pairs';
import type { Article } from '../text/article';
import type { Fix, RelatedSpan, ReportedFinding, TextEdit } from '../types';

interface Options {
  ignoreInQuotations: boolean;
}

/** Related information: at most this many mentions in the preferred form. */
const MAX_RELATED = 3;

export default defineRule<Options>({
  id: 'name-consistency',
  category: 'names',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'article',
  messages: {
    houseSpelling: {
      ar: 'يُكتب هذا الاسم «{preferred}» في قائمة الأسماء المعتمدة، لا «{form}».',
      en: 'The house name list spells this name “{preferred}”, not “{form}”.',
    },
    articleSpelling: {
      ar: 'الاسم «{form}» مكتوب في سائر المقال «{preferred}»: وحّد كتابته.',
      en: '“{form}” is written “{preferred}” elsewhere in this article: use one spelling.',
    },
    alias: {
      ar: '«{form}» اسم آخر لـ«{preferred}» المذكور في المقال، ولم يُقدَّم عند أول ذكر (مثل: «{introduction}»).',
      en: '“{form}” is another name for “{preferred}”, which this article also uses, and it is not introduced on first mention (as in “{introduction}”).',
    },
    houseNisba: {
      ar: 'تكتب قائمة الأسماء المعتمدة «{place}»، فالصفة منها «{preferred}» لا «{form}».',
      en: 'The house name list writes “{place}”, so its adjective is “{preferred}”, not “{form}”.',
    },
    preferredHere: { ar: 'مكتوب هنا «{preferred}»', en: 'Written “{preferred}” here' },
    use: { ar: 'اكتب «{preferred}»', en: 'Use “{preferred}”' },
    useEverywhere: { ar: 'اكتب «{preferred}» في كل المقال', en: 'Use “{preferred}” everywhere in this article' },
  },
  docs: {
    summary: {
      ar: 'يرصد الاسم (شخصا أو منظمة أو مكانا) المكتوب بأكثر من صورة في المقال الواحد، أو بغير الكتابة المعتمدة في قائمة الأسماء، والصفة المنسوبة إلى مكان في القائمة إذا خالفت كتابته المعتمدة (الأمريكي والقائمة تكتب أميركا، والاردني بلا همزة).',
      en: 'Flags a name (person, organisation or place) written more than one way in one article, or not as the house name list spells it, and the adjective of a listed place spelled otherwise than the list spells the place (“الأمريكي” where the list writes “أميركا”, “الاردني” without its hamza).',
    },
    rationale: {
      ar: 'اختلاف كتابة الاسم في المقال الواحد (إيران/ايران، واشنطن/واشنطون، غوتيريش/جوتيريش، فائز/فايز، أبو بكر/أبوبكر، سامر الحلبي/سامر حلبي) أول ما يلحظه القارئ ويفوت المدقق، ويوحي بأن الحديث عن شخصين أو مكانين.',
      en: 'The same name spelled two ways in one article (“إيران”/“ايران”, “واشنطن”/“واشنطون”, “غوتيريش”/“جوتيريش”, “فائز”/“فايز”, “أبو بكر”/“أبوبكر”, “سامر الحلبي”/“سامر حلبي”) is what readers notice first and copy desks miss most, and it reads as two different people or places.',
    },
    bad: 'قال المتحدث باسم الشرطة إبراهيم الزعبي إن التحقيق مستمر.\nوأضاف ابراهيم الزعبي أن النتائج ستعلن قريبا.',
    good: 'قال المتحدث باسم الشرطة إبراهيم الزعبي إن التحقيق مستمر.\nوأضاف إبراهيم الزعبي أن النتائج ستعلن قريبا.',
    notFlagged: {
      ar: 'ذكر الشخص باسم عائلته بعد اسمه الكامل (محمد شياع السوداني … السوداني)، وهو أول الاسم الصيني أو الكوري (كيم جونغ أون … كيم)، والأشخاص المختلفون الذين يشتركون في جزء من الاسم، والكلمات المتشابهة في الرسم (العراق/العراقي، قطر/قطري، أوروبا/أوروبيا، السيسي/السياسي، تركيا/تركوا)، والصيغ المشتقة (الأميركي/الأميركية)، ووكالة الأنباء في سطر المكان والمصدر («جدة (واس) -»)، والاسم في عنوان عمل بين علامتي تنصيص بعد نوعه أو قبل سنته (فيلم «أمريكا شيكا بيكا» (1993))، والاسم البديل المعرَّف به عند أول ذكر («تنظيم الدولة الإسلامية (داعش)» و«حركة المقاومة الإسلامية "حماس"» و«… أو "داعش"» و«بيلاروسيا أو روسيا البيضاء» أو «المعروف باسم» أو «الشهير بـ» أو «التي كانت تعرف باسم») أو الوارد بين علامات التنصيص (اسم "داعش")، والوصف بدل الاسم (المنظمة الدولية)، والاسم الذي لا يختلف إلا في حروف لوحة المفاتيح الفارسية (الریاض، وترصده قاعدة الحروف الفارسية)، وما يرد داخل الاقتباسات إذا فُعّل الخيار ignoreInQuotations. والكتابة المعتمدة هي كتابة قائمة الأسماء، وإلا فالأكثر في المقال، وعند التساوي الأسبق، إلا الصواب الإملائي فيُعتمد أيا كان عدده: «يحيى» لا «يحيي» ولا «يحي»، و«بن» بين اسمين لا «ابن» (محمد بن سالم)، والكنية مفصولة (أبو بكر لا أبوبكر)، والاسم الأول بهمزته (إبراهيم لا ابراهيم)، وياء النسبة في آخر الاسم (الصاوي لا الصاوى) ما لم تكن الألف المقصورة لاسم علم أو اسم (مصطفى، العيسى). والاسم الكامل لشخص في القائمة إذا كُتب بصورة أخرى في المقال كله قد يكون لشخص آخر، واسم المكان المتبوع برقم قد يكون اسم قناة (قناة كوردستان 24)، فتُقترح كتابتهما المعتمدة ولا تُطبق تلقائيا، وكذلك اسم المكان بعد اسم مؤسسة أو بعد كلمة من اسمها (نادي أمريكا المكسيكي، وكالة تونس إفريقيا للأنباء) أو بعد نوع العمل الذي هو عنوانه (رواية أمريكا)، والاسم الذي يكتبه المقال كله موصولا والقائمة مفصولا (عبدالعزيز)، والصفة في اسم مؤسسة (الجامعة الأمريكية بالقاهرة)، فقد تحتفظ كلها بكتابتها. والاسم المكتوب بالتاء المربوطة أو بهمزة أو مدة في أوله إذا كتبه المقال في موضع آخر بالهاء أو بألف مجردة (صلالة، صلاله؛ آزاد، ازاد) يُقترح توحيده ولا يُطبق تلقائيا، فقد تكون الهاء أو الألف المجردة هي الخطأ. والاسم الذي لا تعرفه القائمة إذا اختلفت كتابتاه في غير الهمزة والفصل والوصل وتكرار الحرف سهوا (دانييل/دانيال) فقد يكونان اسمين: يُنبَّه إليه للعلم وتُقترح الكتابة الغالبة ولا تُطبق تلقائيا.',
      en: 'A surname after the full name (محمد شياع السوداني … السوداني), the first word of a Chinese or Korean name (كيم جونغ أون … كيم), different people who share part of a name, words that merely look alike (العراق/العراقي، قطر/قطري، أوروبا/أوروبيا، السيسي/السياسي، تركيا/تركوا), inflections (الأميركي/الأميركية), the agency credit in a dateline («جدة (واس) -»), a name inside a work’s title in quotation marks after its kind or before its year (فيلم «أمريكا شيكا بيكا» (1993)), an alias introduced on first mention (“تنظيم الدولة الإسلامية (داعش)”, “حركة المقاومة الإسلامية «حماس»”, “… أو «داعش»”, “بيلاروسيا أو روسيا البيضاء” or with “المعروف باسم”, “الشهير بـ” or “التي كانت تعرف باسم”) or written in quotation marks (اسم "داعش"), a description instead of the name (المنظمة الدولية), a name that differs only in the letters of a Persian keyboard (الریاض, which persian-letters reports), and spellings inside quotations when ignoreInQuotations is set. The spelling kept is the house list’s, else the one the article uses most, ties going to the first; but the right spelling is kept however often the other is written: يحيى, not يحيي or يحي; بن between two names, not ابن (محمد بن سالم); a kunya written apart (أبو بكر, not أبوبكر); a given name with its hamza (إبراهيم, not ابراهيم); a nisba’s final ي (الصاوي, not الصاوى), where the ى is no given name’s or noun’s (مصطفى، العيسى). A listed person’s full name written another way throughout the article may be someone else’s, and a place’s name before a number a channel’s (قناة كوردستان 24): their house spelling is offered, not applied, as it is for a place’s name after an institution’s noun or a word of its name (نادي أمريكا المكسيكي، وكالة تونس إفريقيا للأنباء) or the kind of work it is the title of (رواية أمريكا), a name the whole article writes joined where the list writes it apart (عبدالعزيز), and the adjective in an institution’s name (الجامعة الأمريكية بالقاهرة): all may keep their own spelling. A name written in ة, or with a hamza or madda first, that the article writes in ه or with a bare alef elsewhere (صلالة, صلاله; آزاد, ازاد) is offered that spelling, not given it: the ه or the bare alef may be the slip. Two spellings of a name the list does not know that differ in more than hamza, spacing, joining or a letter doubled by a slip (دانييل/دانيال) may be two names: they are reported as information, and the spelling used most is offered, not applied.',
    },
  },
  defaultOptions: { ignoreInQuotations: false },
  optionsSchema: {
    type: 'object',
    properties: {
      ignoreInQuotations: {
        type: 'boolean',
        default: false,
        description: 'Leave spellings inside quotations alone: a quotation may spell a name its own way.',
      },
    },
    additionalProperties: false,
  },
  checkArticle({ article, options, names, report }) {
    const list = nameListFor(names);
    reportNisbaVariants(article, list, options, report);
    const entities = findDifferingNames(article, list, { ignoreQuotations: options.ignoreInQuotations });
    for (const entity of entities) {
      const differing = entity.mentions.filter((m) => m.differs);
      const edit = (mention: NameMention): TextEdit => {
        const wanted = mentionEdit(mention, mention.expected);
        const start = mention.proclitic === '' ? startOfRepeatedHead(article.source, mention.span.start, wanted.text) : mention.span.start;
        return correctionEdit(start, article.source.slice(start, mention.span.end), wanted.text);
      };
      const everywhere: Fix | undefined =
        differing.length > 1
          ? { messageId: 'useEverywhere', data: { preferred: sameExpected(differing) ?? entity.preferred }, edits: mapPacked(differing, edit), safe: false }
          : undefined;
      // A listed person's full name transliterated another way throughout may be someone else's (a
      // university's president named جوزيف عون is not Lebanon's جوزاف عون): that respelling is offered.
      // Not a surname alone (ترمب), nor a name only its hamza, final letters or spacing set apart
      // (ابو الغيط، عبدالفتاح البرهان, misspellings of the listed name).
      const onlyForm = entity.counts.length === 1 ? entity.counts[0].form : undefined;
      const maybeSomeoneElse =
        entity.kind === 'person' && entity.source === 'list' && onlyForm !== undefined && onlyForm.includes(' ') && lettersOf(onlyForm) !== lettersOf(differing[0].expected);
      for (const mention of differing) {
        // A work's title keeps the spelling it was published with (فيلم «أمريكا شيكا بيكا» (1993)).
        if (mention.quoted && inWorkTitle(article, mention.span.start)) continue;
        // A brother and a sister (يسري فوزي، يسرى فوزي): two given names, two people.
        if (entity.kind === 'person' && givenNameApart(mention.form, mention.expected)) continue;
        // A place's name may be a channel's before a number (قناة كوردستان 24), an institution's after its
        // noun (نادي أمريكا المكسيكي) or a work's after its kind (رواية أمريكا), which keep their own spelling.
        const ownName = entity.kind === 'place' && (BEFORE_NUMBER.test(article.source.slice(mention.span.end, mention.span.end + 8)) || namesWhatPrecedes(article.source, mention));
        // Two spellings of a name the list does not know may be two transliterations of two names
        // (دانييل، دانيال): the respelling is offered, unless only the orthography differs (إبراهيم/ابراهيم)
        // or a letter doubled by a slip (القدسي/القدسسي، كولر/كوللر), which no name writes twice.
        const twoNamesMaybe = entity.source === 'article' && withoutDoubles(orthographicForm(mention.form)) !== withoutDoubles(orthographicForm(mention.expected));
        const spacingOnly = withoutSpaces(mention.form) === withoutSpaces(mention.expected);
        // Spacing alone (عبدالعزيز for the list's عبد العزيز) in an article that never writes the name the
        // house's way is the article's style, which its other names may share: the house's is offered.
        const articleSpacing = entity.source === 'list' && spacingOnly && entity.mentions.every((m) => m.differs);
        // بن joined to the name after it is a family name of its own in the Maghreb (بنعلي، بنكيران): after
        // the same given name, محمد بنعلي and محمد بن علي may be two people, so that respelling is offered.
        const nasabOrFamily = entity.source === 'article' && spacingOnly && NASAB_AFTER_NAME.test(mention.form) !== NASAB_AFTER_NAME.test(mention.expected);
        // The article's other spelling of a name in ه for this one's ة (صلاله for صلالة), or with a bare alef
        // for this one's hamza or madda (ازاد for آزاد), is more likely the slip than this one: it is offered,
        // not made.
        const dropsMark = entity.source === 'article' && dropsWrittenMark(mention.form, mention.expected);
        report({
          span: mention.span,
          // An alias written another way (أمريكا for أميركا) is a spelling; only a name in place of another is an alias.
          messageId: !mention.spellingOnly ? 'alias' : entity.source === 'list' ? 'houseSpelling' : 'articleSpelling',
          data: { form: mention.form, preferred: mention.expected, kind: entity.kind, ...(mention.spellingOnly ? {} : { introduction: introductionOf(mention.form, mention.expected) }) },
          related: relatedOf(entity, mention),
          fixes: [
            // In quotation marks a name may be a title (كتاب «أمريكا التي رأيت»), which keeps its spelling.
            {
              messageId: 'use',
              data: { preferred: mention.expected },
              edits: [edit(mention)],
              safe: mention.spellingOnly && !mention.quoted && !maybeSomeoneElse && !ownName && !twoNamesMaybe && !articleSpacing && !nasabOrFamily && !dropsMark,
            },
            ...(everywhere ? [everywhere] : []),
          ],
          confidence: twoNamesMaybe ? 'medium' : 'high',
        });
      }
    }
  },
});

/** Each nisba of a listed place whose stem is spelled otherwise than the house spells the place, with its respelling. */
function reportNisbaVariants(article: Article, list: NameList, options: Options, report: (finding: ReportedFinding) => void): void {
  for (const { word, quoted, inInstitution } of nisbaVariantWords(article, list, { ignoreQuotations: options.ignoreInQuotations })) {
    const { stemStart, stemEnd, stem } = nisbaVariantOf(list, word.spelling.light)!;
    const start = rawOffset(word.text, stemStart);
    const end = rawOffset(word.text, stemEnd);
    const preferred = word.text.slice(0, start) + stem.house + word.text.slice(end);
    report({
      span: { start: word.start, end: word.end },
      messageId: 'houseNisba',
      data: { form: word.text, preferred, place: stem.place },
      // An institution's name may keep its own spelling (الجامعة الأمريكية بالقاهرة، الحزب الديمقراطي الكوردستاني).
      fixes: [{ messageId: 'use', data: { preferred }, edits: [correctionEdit(word.start, word.text, preferred)], safe: !quoted && !inInstitution }],
    });
  }
}

/**
 * How a name and its other name are introduced together: the name of more words first, the other in
 * brackets (تنظيم الدولة الإسلامية (داعش)، قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل)); else the house's.
 */
const introductionOf = (form: string, preferred: string) => (wordCount(form) > wordCount(preferred) ? `${form} (${preferred})` : `${preferred} (${form})`);
const wordCount = (name: string) => name.split(' ').length;

/** بن written apart after a name (محمد بن علي). */
const NASAB_AFTER_NAME = /\S\s+بن\s/u;

/**
 * Where the replacement of a mention starts: at the word before it when that word is the replacement's
 * first, so «حلف الناتو» becomes «حلف شمال الأطلسي», not «حلف حلف شمال الأطلسي».
 */
function startOfRepeatedHead(source: string, start: number, replacement: string): number {
  const head = replacement.slice(0, replacement.indexOf(' ') + 1);
  const headStart = start - head.length;
  return head !== '' && headStart >= 0 && source.startsWith(head, headStart) && !/\p{L}/u.test(source[headStart - 1] ?? '') ? headStart : start;
}

/**
 * A whole number right after a place's name: the name is a channel's or a brand's (كوردستان 24، فرانس 24),
 * unless a unit follows it, a reading at the place (في الإسكندرية 42 ملم، 44 درجة).
 */
const BEFORE_NUMBER = /^[ \u00a0]*[0-9٠-٩]+(?![.,٫٬0-9٠-٩])(?![ \u00a0]*(?:ملم|مم|درجة|درجات|كلم|كم|مترا?|%|في الم))/u;

/** Where the word that ends before `at` with only spaces between starts, or -1 when a mark or nothing comes first. */
function startOfWordBefore(source: string, at: number): number {
  let end = at;
  while (end > 0 && (source[end - 1] === ' ' || source[end - 1] === '\u00a0')) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{M}]/u.test(source[start - 1])) start--;
  return end < at && start < end ? start : -1;
}

/**
 * Whether the mention, without proclitics, follows a noun it may be the name of: an organisation's in
 * construct (نادي أمريكا، جامعة بغداد), also past one word of its name (وكالة تونس إفريقيا للأنباء), or a
 * work's kind (رواية أمريكا).
 */
function namesWhatPrecedes(source: string, mention: NameMention): boolean {
  if (mention.proclitic !== '') return false;
  if (followsTitleHead(source, mention.span.start, false)) return true;
  for (let at = mention.span.start, words = 0; words < 2; words++) {
    const start = startOfWordBefore(source, at);
    if (start < 0) return false;
    // The proclitics on the organisation's noun are the phrase's (لوكالة تونس إفريقيا).
    if (splitsOf(foldName(lightName(source.slice(start, at).trim()))).some(({ stem }) => ORGANISATION_TRIGGERS.has(stem))) return true;
    at = start;
  }
  return false;
}

/** Whether offset `at` is inside a quotation that is a work's title: after its kind (فيلم «…») or before its year («…» (1993)). */
function inWorkTitle(article: Article, at: number): boolean {
  const paragraph = article.paragraphs.find((p) => p.start <= at && at < p.end);
  const quotation = paragraph && quotationAt(paragraph, at);
  return quotation !== undefined && (followsTitleHead(article.prose, quotation.open) || isDatedWork(article.prose, quotation.close + 1));
}

/**
 * Whether rewriting `form` as `expected` turns a final ة of one of its words into ه (صلالة → صلاله), but for
 * the name of God (عبد اللة), or a first hamza or madda into a bare alef (آزاد → ازاد).
 */
function dropsWrittenMark(form: string, expected: string): boolean {
  const a = form.split(' ');
  const b = expected.split(' ');
  return (
    a.length === b.length &&
    a.some((word, k) => (word.endsWith('ة') && b[k] === word.slice(0, -1) + 'ه' && !b[k].endsWith('الله')) || (HAMZA_ALEFS.includes(word[0]) && b[k] === 'ا' + word.slice(1)))
  );
}

/** Whether two forms of a name differ in one word only, a man's given name in one and a woman's in the other (يسري/يسرى). */
function givenNameApart(form: string, expected: string): boolean {
  const a = form.split(' ');
  const b = expected.split(' ');
  if (a.length !== b.length) return false;
  const differing = a.flatMap((word, k) => (word === b[k] ? [] : [k]));
  return differing.length === 1 && GIVEN_NAMES_APART.has(a[differing[0]]) && GIVEN_NAMES_APART.has(b[differing[0]]);
}

/**
 * Given names that differ only in the letters folding makes one, a man's and a woman's (يسري، يسرى،
 * يسرا). Not مصطفي/مصطفى، يحيي/يحيى, one name misspelled.
 */
const GIVEN_NAMES_APART: ReadonlySet<string> = new Set(['يسري', 'يسرى', 'يسرا']);

const withoutSpaces = (form: string) => form.replace(/ /g, '');

/** A form with each letter written twice in a row written once. */
const withoutDoubles = (form: string) => form.replace(/(\p{L})\1/gu, '$1');

/** A name's letters, their forms folded and without spaces: what sets a transliteration apart. */
const lettersOf = (name: string) => foldName(name).replace(/ /g, '');

/** What every one of `mentions` is expected to read, when that is one text (أميركا for each أمريكا). */
function sameExpected(mentions: readonly NameMention[]): string | undefined {
  const expected = mentions[0].expected;
  return mentions.every((m) => m.expected === expected) ? expected : undefined;
}

/** The mentions written as this one should be (each written form folded once). */
function relatedOf(entity: NameEntity, mention: NameMention): RelatedSpan[] {
  const target = foldName(mention.expected);
  const written = new Set(entity.counts.filter((c) => c.form !== mention.form && foldName(c.form) === target).map((c) => c.form));
  const related: RelatedSpan[] = [];
  for (const m of entity.mentions) {
    if (related.length === MAX_RELATED) break;
    if (!m.differs && written.has(m.form)) related.push({ span: m.span, messageId: 'preferredHere', data: { preferred: mention.expected } });
  }
  return related;
}
