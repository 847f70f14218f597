import { startsName } from '../names/detect';
import { COMPOUND_HEAD, isNisba } from '../names/forms';
import { listedFormsAt, nameListFor, type NameList } from '../names/list';
import { NOT_NAMES, RAW_FUNCTION_WORDS } from '../names/vocabulary';
import { defineRule } from '../rule';
import type { Paragraph, Word } from '../text/article';
import { isProcliticLetter } from '../text/clitics';
import { hasArabicLetter } from '../text/normalize';
import { followsWorkKind, marksOf, quotationAt } from '../text/pairs';
import { LETTER_N, LETTER_NAMES, mayBeVerseLine } from '../text/punctuation';
import { FNV_BASIS, FNV_PRIME, SpellingNumbers } from '../text/spellings';
import { inOrnateBrackets, isVerseLine } from '../text/verse';
import type { ReportedFinding, TextEdit } from '../types';

const HARAKAT = /[\u064B-\u0652\u0670]/;
const DIGIT = /\p{Nd}/u;
const GAP = /^\s+$/;
/** What may follow an emphatic «لا لا»: a closing mark or punctuation, or the ل of a chant (لا لا للتمديد). */
const AFTER_EMPHASIS = /^\s*(?:[،,؛;.!؟?…:»”"')\]]|$|ل)/;

/**
 * Doubled on purpose: «هو هو» (the very same), «كلا كلا», «نعم نعم» and «هيهات هيهات» (emphasis), the
 * words a prayer, a hymn or the talbiya repeats (آمين آمين، سبحانك سبحانك، لبيك لبيك، أوصنا أوصنا), the dialects' «شوي
 * شوي» and «بشويش بشويش» (slowly), and what a name or a term doubles: a missile's class (صواريخ أرض أرض، جو جو، سطح
 * سطح), laughter (ها ها), names and loanwords (ميليشيات ماي ماي، توك توك، بادن بادن), diseases and their
 * carriers (مرض بري بري، ذبابة تسي تسي).
 */
const IDIOMATIC_DOUBLES = new Set([
  ...['هو', 'هي', 'هم', 'كلا', 'نعم', 'هيهات', 'آمين', 'امين', 'سبحانك', 'لبيك', 'أوصنا', 'هوشعنا', 'قدوس', 'شوي', 'شوية', 'بشويش'],
  ...['أرض', 'ارض', 'جو', 'سطح', 'بحر', 'ها', 'هه', 'ماي', 'توك', 'بادن', 'بري', 'تسي'],
]);
/** العام is an adjective (public, general) and the year: the two in a row before a word that dates the year. */
const YEAR = 'العام';
const YEAR_ADJECTIVES = new Set(['المقبل', 'الماضي', 'الحالي', 'الجاري', 'المنصرم', 'القادم', 'السابق', 'الفائت', 'نفسه']);

/** /ŋ/ at the end: a transliterated syllable, no Arabic word; doubled, a name (يانغ يانغ، لانغ لانغ، بونغ بونغ). */
const TRANSLITERATED_NG = /نغ$/;
/** Nouns repeated to warn or urge, written without their harakat (الحذر الحذر). */
const WARNINGS = new Set(['الحذر', 'الصبر', 'العجل', 'النجاة']);
/** A final fatha, the accusative of a noun repeated to warn (الحذرَ). */
const FATHA_END = /\u064e$/u;
/**
 * Given names that a full name often repeats because the father bears the same name (محمد محمد مرسي،
 * بطرس بطرس غالي): the commonest in news copy, not a register of names.
 */
const REPEATED_IN_FULL_NAMES = new Set(
  ['محمد', 'أحمد', 'محمود', 'علي', 'حسن', 'حسين', 'إبراهيم', 'مصطفى', 'عثمان', 'بطرس', 'يوسف', 'سعيد'].flatMap((name) => [name, name.replace(/^[أإ]/u, 'ا')]),
);
/** The word before a run of إن, spaced or dotted (سي of سي إن إن إن المفاوضات or سي.إن.إن إن, the last إن being the conjunction). */
const WORD_BEFORE = /(\p{L}+)(?:[ \t.]+إن)*[ \t.]*$/u;
const WORD_AFTER = /^[ \t.]*(\p{L}+)/u;

/** Prepositions that a slip writes again after their conjunction (وفي في، وعلى على): never doubled on purpose. */
const PREPOSITIONS = new Set(['في', 'على', 'إلى', 'عن', 'مع']);

/** وفي في: the preposition with a conjunction, then again without it. */
function isConjoinedDouble(first: string, second: string): boolean {
  return first.length === second.length + 1 && (first[0] === 'و' || first[0] === 'ف') && first.endsWith(second) && PREPOSITIONS.has(second);
}

/**
 * A hash of what a doubled word is matched by: its light form, without the conjunction before a
 * preposition (وفي → في). Equal for both words of every pair that the exact test above may take, so the
 * scan over every word compares numbers kept by spelling and reads the words' text only for a candidate.
 */
const doubleKeyOf = new SpellingNumbers(({ light }) => {
  const bare = (light[0] === 'و' || light[0] === 'ف') && PREPOSITIONS.has(light.slice(1)) ? light.slice(1) : light;
  let hash = FNV_BASIS;
  for (let i = 0; i < bare.length; i++) hash = Math.imul(hash ^ bare.charCodeAt(i), FNV_PRIME);
  return hash >>> 1; // 31 bits: never SpellingNumbers' unset value
});

/**
 * Doubles that are two words as often as a slip, with the reading that makes them two: «مَن مِن الحاضرين»
 * (who among), «تعلم مِن مَن سبقه» (from whom), and the question «لِمَ لَمْ تحضر؟» (why did … not).
 */
const AMBIGUOUS_DOUBLES: ReadonlyMap<string, string> = new Map([
  ['من', '«مَن مِن» / «مِن مَن»'],
  ['لم', '«لِمَ لَمْ»'],
]);
/**
 * بعد twice after a negation in its clause may be «بعدُ» (yet) closing it and the preposition opening
 * the next phrase (لم تصل المساعدات بعد بعد مرور شهر), a comma left out rather than a word doubled.
 */
const AFTER = 'بعد';
const YET_THEN_AFTER = '«بعدُ، بعدَ»';
const NEGATION_BEFORE = /(?:^|[\s،,])[وف]?(?:لم|لما|لن|ليس|ليست|ما)\s[^.،,؛;:؟?!]*$/u;
/** How far back the negation of بعدُ may come. */
const NEGATION_REACH = 60;
/**
 * Words that name a unit and a rank (قائد اللواء اللواء الركن سامي الدليمي، قائد الفريق الفريق أول): the
 * unit's commander, then his rank.
 */
const UNITS_AND_RANKS: ReadonlySet<string> = new Set(['اللواء', 'الفريق']);
/**
 * Function words and adverbs that end in ا like an indefinite accusative but are never doubled on
 * purpose, so «هذا هذا» stays a typo while «بيتا بيتا» is a distributive reduplication.
 */
const PARTICLES_IN_ALEF = new Set([
  'هذا', 'إذا', 'اذا', 'لذا', 'كذا', 'هكذا', 'لما', 'مما', 'عما', 'فيما', 'بينما', 'حينما', 'كلما', 'طالما',
  'ربما', 'إنما', 'انما', 'أما', 'اما', 'إما', 'أيضا', 'ايضا',
]);
/**
 * Nouns in ة that Arabic doubles for manner or distribution («خطوة خطوة», «كلمة كلمة»). Unlike the
 * accusative in ا, a word in ة has no case ending to tell a reduplication from a typo («حكومة حكومة»,
 * «جلسة جلسة»), so only these are taken as deliberate.
 */
const REDUPLICATED_IN_TA_MARBUTA = new Set([
  'خطوة', 'كلمة', 'مرة', 'دقيقة', 'ساعة', 'لحظة', 'قطعة', 'صفحة', 'نقطة', 'قطرة', 'حبة', 'جملة', 'ورقة',
  'واحدة', 'مرحلة', 'دفعة', 'درجة', 'قرية', 'غرفة', 'منطقة', 'مدينة', 'بلدة', 'حارة', 'طبقة', 'فقرة', 'خيمة',
  'شقة', 'حالة', 'ثانية', 'شريحة', 'لقطة', 'سيارة', 'حافلة', 'شاحنة', 'حقيبة', 'عائلة', 'أسرة', 'مدرسة',
  'شجرة', 'نخلة', 'حجرة', 'لبنة', 'كسرة', 'لقمة',
  // A bill voted article by article (صوت المجلس على القانون مادة مادة).
  'مادة',
]);
/** Numbers that a double multiplies (ألف ألف دينار, a million in older prose; مليون مليون, a trillion): as often meant as a slip. */
const MULTIPLIED_NUMBERS = new Set(['ألف', 'الف', 'مليون', 'مليار']);
/** A Latin word of two letters or more. */
const LATIN_WORD = /^[A-Za-z]{2,}$/;
/** What ends a doubled word that is a phrase of its own in a quotation: a mark, or يا calling someone. */
const CHANT_END = /^\s*(?:[،,؛;!؟?.…»”“"]|يا\s)/u;
/** Pronoun suffixes (منها، لنا، كما) and plural verbs (قالوا): not an indefinite accusative noun. */
const SUFFIXED_OR_VERB = /(?:ها|نا|هما|كما|وا)$/;

export default defineRule({
  id: 'repeated-word',
  category: 'spelling',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'paragraph',
  messages: {
    repeated: {
      ar: 'الكلمة «{word}» مكررة مرتين متتاليتين.',
      en: 'The word “{word}” is written twice in a row.',
    },
    repeatedMaybe: {
      ar: 'الكلمة «{word}» مكررة: إن لم تكن {reading} فاحذف إحداهما.',
      en: 'The word “{word}” is written twice: unless it reads {reading}, delete one.',
    },
    deleteSecond: { ar: 'احذف «{word}» المكررة', en: 'Delete the repeated “{word}”' },
  },
  docs: {
    summary: {
      ar: 'يرصد الكلمة المكتوبة مرتين متتاليتين مثل «في في».',
      en: 'Flags a word written twice in a row, such as «في في».',
    },
    rationale: {
      ar: 'تكرار الكلمة خطأ نقر شائع ينجو من القراءة السريعة لأن العين تقفز عن الكلمة الثانية.',
      en: 'A doubled word is a common keying slip that survives a quick read because the eye skips the second copy.',
    },
    bad: 'وصل الوفد إلى إلى القاهرة صباح الأحد.',
    good: 'وصل الوفد إلى القاهرة صباح الأحد.',
    notFlagged: {
      ar: 'التكرار المقصود: فعل «ما» أو «من» وجوابه بلفظه (ما فات فات، ما كتبه كتبه، من قرأ قرأ، فمن لا يتكلم يتكلم غيره)، والنكرة المنصوبة للتوزيع أو التدرج (بيتا بيتا، خطوة خطوة، واحدا واحدا، جدا جدا، زوجين زوجين، مثنى مثنى، فرادى فرادى) إلا بعد عدد يميزها (12 أسبوعا أسبوعا خطأ)، و«بين بين» بمعنى بين الأمرين قبل علامة ترقيم، و«هو هو» بمعنى «نفسه»، و«كلا كلا» و«نعم نعم» و«هيهات هيهات» وما يكرره الدعاء والترتيل والتلبية (آمين آمين، سبحانك سبحانك، لبيك لبيك، أوصنا أوصنا)، و«شوي شوي» و«بشويش بشويش» العاميتان، والمقطع المنقول المختوم بـ«نغ» المكرر في الأسماء (يانغ يانغ، لانغ لانغ، بونغ بونغ)، وما يكرره اسم أو مصطلح: فئة الصاروخ (أرض أرض، جو جو، سطح سطح) والضحك (ها ها) والأسماء والكلمات الدخيلة (ماي ماي، توك توك، بادن بادن) والأمراض وناقلاتها (بري بري، تسي تسي)، والتحذير والإغراء (الحذرَ الحذرَ، الصبرَ الصبرَ، الله الله في وطنكم) و«لا لا» قبل علامة ترقيم أو في هتاف (لا لا للتمديد) أو في كلام منقول («لا لا أصدق»)، و«العام العام» صفةً ثم سنةً (الدين العام العام المقبل)، و«ما» الموصولة قبل «ما زال» (وهو ما ما زال قائما)، و«كان» اسمَ المدينة قبل الفعل (مهرجان كان كان حاضرا)، والاسم المعطوف المكرر تخصصه نسبة بعده (وزارة التربية والتعليم والتعليم العالي)، والكلمة المعطوفة بالواو ثلاث مرات (كتبنا وكتبنا وكتبنا، مرة ومرة ومرة)، والكلمة المكررة ثلاث مرات فأكثر في اقتباس (نشيد «بلادي بلادي بلادي»)، أو مرتين في اقتباس قبل علامة ترقيم أو نداء أو معرّفة بأل في أول الاقتباس (هتاف «ارحل ارحل يا وزير»، «الأهلي الأهلي فوق الجميع»)، والاسم المكرر في الأسماء الكاملة (محمد محمد مرسي، بطرس بطرس غالي)، والأرقام (10 10)، والكلمتان المشكولتان بشكل مختلف (مَن مِن)، وما يفصل بينهما علامة ترقيم. وداخل الاقتباس المباشر (ولو لم يُغلق) وبيت الشعر، وفي «من من» و«لم لم» (فقد تكونان «مِن مَن» و«لِمَ لَمْ») و«بعد بعد» بعد نفي في جملتها (لم تصل المساعدات بعد بعد مرور شهر، فقد تكون «بعدُ، بعدَ»)، وفي الكلمة اللاتينية المكررة بين كلمتين عربيتين (مبيعات iPhone iPhone وحده) فقد تكون اسما (جزيرة Bora Bora)، وفي النكرة المختومة بالتاء المربوطة (حكومة حكومة، جلسة جلسة) غير ما يُكرر عادة للتوزيع (قرية قرية، غرفة غرفة، درجة درجة)، وفي العدد المكرر للمضاعفة (ألف ألف، مليون مليون)، وفي الكلمة المكررة في عنوان عمل بعد نوعه (أغنية نيويورك نيويورك)، وفي الاسم الأول المكرر في اسم كامل، واسم الأب بين الاسم الأول وبقية الاسم (يحيى يحيى الشامي، علي صالح صالح الحضرمي، محمد السيد السيد الشربيني)، وفي اسم الوحدة ثم الرتبة (قائد اللواء اللواء الركن)، وفي الكلمة القصيرة المختومة بحرف مد أو بحرف مد ونون على هيئة الاسم المنقول (دجاج بيري بيري، شابو شابو، الباندا يوان يوان، خين خين وي)، يُقترح الحذف ولا يُطبق تلقائيا، فالكلام المنقول يبقى كما قيل («والله والله»)، وكذلك الكلمة المكررة بين اسم علم واسم فقد تكون اسما (فرديناند ماري ماري ماركوس)، أو بعد بقية اسم هيئة في القائمة فقد تكون آخر الاسم ثم الكلمة نفسها اسما (حركة الشباب الشباب في المخيمات)؛ ولا تُفحص الآيات بين القوسين المزهرين ﴿…﴾، ولا أسماء الحروف اللاتينية في الاختصارات (بي بي سي)، ولا الحرف المفرد المكرر في الأحرف الأولى (م ع ع).',
      en: 'Deliberate doubling: the verb of ما or من and its answer in the same word (ما فات فات، ما كتبه كتبه، من قرأ قرأ، فمن لا يتكلم يتكلم غيره), an indefinite accusative repeated for distribution or gradation (بيتا بيتا، خطوة خطوة، واحدا واحدا، جدا جدا، زوجين زوجين، مثنى مثنى، فرادى فرادى), except after a number that counts it (12 أسبوعا أسبوعا is a slip), «بين بين» (so-so) before punctuation, «هو هو» meaning “the very same”, «كلا كلا», «نعم نعم», «هيهات هيهات», what a prayer, a hymn or the talbiya repeats (آمين آمين، سبحانك سبحانك، لبيك لبيك، أوصنا أوصنا), dialect «شوي شوي» and «بشويش بشويش» (slowly), a transliterated syllable in نغ doubled in a name (يانغ يانغ، لانغ لانغ، بونغ بونغ), what a name or a term doubles: the class of a missile (أرض أرض، جو جو، سطح سطح), laughter (ها ها), names and loanwords (ماي ماي، توك توك، بادن بادن), diseases and their carriers (بري بري، تسي تسي), a noun repeated to warn or urge (الحذرَ الحذرَ، الصبرَ الصبرَ، الله الله في وطنكم), «لا لا» before punctuation, in a chant (لا لا للتمديد) or in quoted speech («لا لا أصدق»), «العام العام» as the adjective and the year (الدين العام العام المقبل), the relative ما before «ما زال» (وهو ما ما زال قائما), the city of Cannes before the verb (مهرجان كان كان حاضرا); a conjoined noun again with a nisba that narrows it to another thing (وزارة التربية والتعليم والتعليم العالي); a word said three times joined by و (كتبنا وكتبنا وكتبنا، مرة ومرة ومرة); a word three times or more in a row inside a quotation (the anthem «بلادي بلادي بلادي»), or twice before a mark or a call, or with the article opening the quotation (the chants «ارحل ارحل يا وزير»، «الأهلي الأهلي فوق الجميع»); a given name repeated in a full name (محمد محمد مرسي، بطرس بطرس غالي); numbers (10 10); two words with different harakat (مَن مِن); words separated by punctuation. Inside a direct quotation (one left open too) or a line of verse, for «من من» and «لم لم» (which may read «مِن مَن» and «لِمَ لَمْ») and «بعد بعد» after a negation in its clause (لم تصل المساعدات بعد بعد مرور شهر, which may read «بعدُ، بعدَ»), for a Latin word doubled between Arabic words (مبيعات iPhone iPhone وحده), which may be a name (جزيرة Bora Bora), for an indefinite word in ة (حكومة حكومة، جلسة جلسة) other than those doubled for distribution (قرية قرية، غرفة غرفة، درجة درجة), for a number doubled to multiply (ألف ألف، مليون مليون), for a word doubled in a work’s title after its kind (أغنية نيويورك نيويورك), for a given name doubled in a full name, or a father’s name between a given name and the rest of the name (يحيى يحيى الشامي، علي صالح صالح الحضرمي، محمد السيد السيد الشربيني), for a unit’s name and then a rank (قائد اللواء اللواء الركن), and for a short word in a long vowel, or a long vowel and ن, the shape of a transliterated name (دجاج بيري بيري، شابو شابو، الباندا يوان يوان، خين خين وي), the deletion is offered, not made: quoted speech stays as it was said («والله والله»), and so is a word doubled between a given name and a name, which may be a name itself (فرديناند ماري ماري ماركوس), or after the rest of a listed body’s name, whose last word it may be before the same word as a noun (حركة الشباب الشباب في المخيمات); a Quran verse in ﴿…﴾ is not checked, nor Latin letters spelled out in an acronym (بي بي سي), nor a letter alone repeated in initials (م ع ع).',
    },
  },
  defaultOptions: {},
  checkParagraph(paragraph, { names, report }) {
    // Pairs run across sentence ends too, where the full stop between them keeps them apart.
    let beforeFirst: Word | undefined;
    let first: Word | undefined;
    let firstKey = -1;
    for (const sentence of paragraph.sentences) {
      const { words } = sentence;
      for (let k = 0; k < words.length; k++) {
        const second = words[k];
        const secondKey = doubleKeyOf.of(second.spelling);
        if (first && secondKey === firstKey && (second.spelling.light === first.spelling.light || isConjoinedDouble(first.spelling.light, second.spelling.light))) {
          reportDouble(paragraph, first, second, beforeFirst, k + 1 < words.length ? words[k + 1] : undefined, nameListFor(names), report);
        }
        beforeFirst = first;
        first = second;
        firstKey = secondKey;
      }
    }
  },
});

/** Whether `word` is there and written as `other` (harakat and tatweel aside). */
function sameWord(word: Word | undefined, other: Word): boolean {
  return word !== undefined && word.spelling.light === other.spelling.light;
}

/** `before` and `after`: the words right before and after the pair in its sentence, if any. */
function reportDouble(paragraph: Paragraph, first: Word, second: Word, before: Word | undefined, after: Word | undefined, list: NameList, report: (finding: ReportedFinding) => void): void {
  const { text, start: base } = paragraph;
  // The word stands a third time right before or after the pair.
  const tripled = sameWord(before, second) || sameWord(after, second);
  const word = second.spelling.light;
  const gap = text.slice(first.end - base, second.start - base);
  if (!GAP.test(gap)) return;
  const conjoined = first.spelling.light !== word;
  // A Latin word doubled between Arabic words (مبيعات iPhone iPhone وحده) is a slip, though a name may
  // double too (جزيرة Bora Bora): offered, not made.
  const latinBetweenArabic = !conjoined && LATIN_WORD.test(word) && before !== undefined && after !== undefined && hasArabicLetter(before.spelling.light) && hasArabicLetter(after.spelling.light);
  // After an indefinite accusative noun the doubled accusative is its adjective said twice (ارتفاعا
  // مطردا مطردا، نموا كبيرا كبيرا), no distribution (فتشوا المنازل منزلا منزلا): offered, not made.
  const adjectiveTwice =
    !conjoined && before !== undefined && before.spelling.light !== word && isIndefiniteAccusative(word) && isIndefiniteAccusative(before.spelling.light) && GAP.test(text.slice(before.end - base, first.start - base));
  if (!conjoined && !latinBetweenArabic && !adjectiveTwice && isDeliberate(word, first, second, text.slice(second.end - base, second.end - base + 3), before)) return;
  // ما فات فات، ما كتبه كتبه، من قرأ قرأ، فمن لا يتكلم يتكلم غيره: the verb of ما or من and then its answer, said again on purpose.
  if (!conjoined && !tripled && VERB_SHAPE.test(word) && !SLIP_WORDS.has(word) && CONDITION_BEFORE.test(text.slice(Math.max(0, first.start - base - 12), first.start - base))) return;
  // وهو ما ما زال قائما: the relative ما, then the ما of «ما زال» (still).
  if (word === 'ما' && after !== undefined && STILL_VERBS.has(after.spelling.light)) return;
  // مهرجان كان كان الوزير حاضرا: the festival's city, then the verb.
  if (word === 'كان' && before !== undefined && FESTIVAL.test(before.spelling.light)) return;
  // Said again and again with و (كتبنا وكتبنا وكتبنا، مرة ومرة ومرة): a series of three, not a slip.
  if (!conjoined && word[0] === 'و' && (tripled || before?.spelling.light === word.slice(1))) return;
  // «التربية والتعليم والتعليم العالي»: the second of two conjoined nouns is narrowed by its nisba, another thing.
  if (!conjoined && word.startsWith('وال') && after !== undefined && isNarrowingNisba(after.spelling.folded)) return;
  if (word === LETTER_N && inAcronym(text.slice(0, first.start - base), text.slice(second.end - base))) return;
  // «الدين العام العام المقبل»: the adjective (public) and then the year.
  if (word === YEAR && after !== undefined && YEAR_ADJECTIVES.has(after.spelling.light)) return;
  // A Quran verse is quoted to the letter (﴿هيهات هيهات لما توعدون﴾).
  if (inOrnateBrackets(paragraph, first.start)) return;
  const twoWordsReading =
    AMBIGUOUS_DOUBLES.get(word) ??
    (word === AFTER && NEGATION_BEFORE.test(text.slice(Math.max(0, first.start - base - NEGATION_REACH), first.start - base)) ? YET_THEN_AFTER : undefined) ??
    (UNITS_AND_RANKS.has(word) ? `«${word}ِ، ${word}ُ»` : undefined);
  // An indefinite noun in ة may be doubled for distribution like those listed (قرية قرية، غرفة غرفة) or
  // by a slip (حكومة حكومة), and a number to multiply (ألف ألف): the deletion is offered, not made.
  // A work's title after its kind may double a word (أغنية نيويورك نيويورك، أغنية بيروت بيروت), and a full
  // name a given name, the father's the same (يحيى يحيى الشامي، علي صالح صالح الحضرمي).
  const titled = !conjoined && followsWorkKind(text, first.start - base);
  // So may a father's name between a given name and the rest of the name (محمد السيد السيد الشربيني، أحمد
  // شعبان شعبان عبد الحميد).
  const givenNameTwice =
    !conjoined &&
    !RAW_FUNCTION_WORDS.has(second.spelling.light) &&
    (startsName(second.spelling.folded) || (before !== undefined && after !== undefined && startsName(before.spelling.folded) && continuesName(after.spelling.folded) && !NOT_NAMES.has(second.spelling.folded)));
  const ambiguous =
    latinBetweenArabic ||
    adjectiveTwice ||
    titled ||
    givenNameTwice ||
    twoWordsReading !== undefined ||
    (!conjoined && ((word.endsWith('ة') && !word.startsWith('ال')) || mayBeTransliterated(word) || MULTIPLIED_NUMBERS.has(word)));
  // Quoted speech is kept as it was said («والله والله»), and a line of verse as it was written, a short
  // line with no full stop too (a line of a poem or a song quoted over several): there the deletion is
  // only offered.
  const quotation = quotationAt(paragraph, first.start);
  // A quotation left open before the pair (a closing mark forgotten) is quoted speech still.
  const quoted = (quotation !== undefined && second.end <= quotation.close) || isVerseLine(paragraph) || mayBeVerseLine(paragraph) || opensBefore(paragraph, first.start);
  // Quoted three times or more in a row, a word is meant: an anthem, a chant («بلادي بلادي بلادي»); and
  // twice when the pair is a phrase of its own, before a mark or a call («ارحل ارحل يا وزير»، «وداد وداد،»).
  // …and so is a name or a noun with the article that opens its quotation (the chant «الأهلي الأهلي فوق الجميع»).
  if (quoted && (tripled || CHANT_END.test(text.slice(second.end - base)) || (word.startsWith('ال') && opensQuotation(text, first.start - base)))) return;
  // «لا لا أصدق»: a speaker's no said twice, which a comma would mark, not a slip to delete.
  if (word === 'لا' && quotation !== undefined && second.end <= quotation.close) return;
  // A word alone on its line before the second (a Markdown label run on into its text: «- رفح» then
  // «رفح مدينة …») may be a heading and its subject.
  const aloneOnLine = gap.includes('\n') && !text.slice(text.lastIndexOf('\n', first.start - base - 1) + 1, first.start - base).trim();
  // The last word of a body's name and the same word as a noun (حركة الشباب الشباب في المخيمات، تنظيم القاعدة
  // القاعدة العسكرية): two words, or a slip.
  const afterName = !conjoined && endsListedOrganisation(list, before, first);
  // Between a given name and a name, the pair may be a name of its own (فرديناند بونغ بونغ ماركوس).
  const inName = before !== undefined && after !== undefined && startsName(before.spelling.folded) && startsName(after.spelling.folded);
  report({
    span: { start: first.start, end: second.end },
    messageId: twoWordsReading ? 'repeatedMaybe' : 'repeated',
    data: { word: second.text, ...(twoWordsReading ? { reading: twoWordsReading } : {}) },
    ...(ambiguous ? { confidence: 'medium' as const } : {}),
    fixes: [
      {
        messageId: 'deleteSecond',
        data: { word: second.text },
        edits: [doubleDeletion(text, base, gap, first, second)],
        safe: !ambiguous && !quoted && !aloneOnLine && !inName && !afterName,
      },
    ],
  });
}

/** A word that goes on with a person's name: a given name, a family nisba (الشربيني), عبد of a compound. */
const continuesName = (folded: string) => startsName(folded) || isNisba(folded) || folded === COMPOUND_HEAD;

/** Whether the word at `at` (in the paragraph's text) comes right after an opening quotation mark. */
const opensQuotation = (text: string, at: number) => at > 0 && OPENING_QUOTE.test(text[at - 1]);
const OPENING_QUOTE = /[«“"]/;

/** Whether a quotation mark with no partner opens before offset `at` in the paragraph. */
function opensBefore(paragraph: Paragraph, at: number): boolean {
  return marksOf(paragraph).quotes.unmatched.some((mark) => mark.role === 'opener' && mark.at < at);
}

/** Whether `last`, after `before`, ends a listed organisation's name of one or two words (حركة الشباب، بتنظيم القاعدة). */
function endsListedOrganisation(list: NameList, before: Word | undefined, last: Word): boolean {
  const bare = (word: Word) => (isProcliticLetter(word.spelling.folded[0]) ? word.spelling.folded.slice(1) : word.spelling.folded);
  const isOrganisation = (words: string[]) => listedFormsAt(list, (k) => words[k]).some((form) => form.words.length === words.length && form.entry.kind === 'organisation');
  if (isOrganisation([last.spelling.folded]) || isOrganisation([bare(last)])) return true;
  return before !== undefined && (isOrganisation([before.spelling.folded, last.spelling.folded]) || isOrganisation([bare(before), last.spelling.folded]));
}

/**
 * The second word goes with the space before it; across a line break, with the spaces after it instead,
 * so that the line break stays where the writer (or the wire's wrapping) put it.
 */
function doubleDeletion(text: string, base: number, gap: string, first: Word, second: Word): TextEdit {
  if (gap.includes('\n')) {
    SPACES_BEFORE_WORD.lastIndex = second.end - base;
    const spacesAfter = SPACES_BEFORE_WORD.exec(text)?.[0].length;
    if (spacesAfter !== undefined) return { span: { start: second.start, end: second.end + spacesAfter }, text: '' };
  }
  return { span: { start: first.end, end: second.end }, text: '' };
}

const SPACES_BEFORE_WORD = /[ \t]+(?=[^\s\p{P}])/uy;

/** The verbs «ما» makes «still» or «as long as» (ما زال، ما يزال، ما دام، ما برح، ما انفك، ما فتئ). */
const STILL_VERBS = new Set(['زال', 'زالت', 'زالوا', 'يزال', 'تزال', 'يزالون', 'دام', 'دامت', 'برح', 'برحت', 'انفك', 'انفكت', 'فتئ', 'فتئت']);
/** The festival of Cannes (مهرجان كان), with a proclitic. */
const FESTIVAL = /^[وفب]?ل?مهرجان$/;

/**
 * A past verb of three letters, with an object pronoun or not, or a present one (فات، كتبه، حدث، يتكلم),
 * not a noun after the preposition من (من جنوب جنوب).
 */
const VERB_SHAPE = /^(?:[^ال\s]..(?:ه|ها|هم|هما|هن)?|[يت].{2,})$/u;

/** ما or من (with و or ف), and لا after من, right before the first of the pair. */
const CONDITION_BEFORE = /(?:^|[\s«"“(])[وف]?(?:ما|من(?:\s+لا)?)\s+$/u;

/** `before`: the word right before the pair, if any. */
function isDeliberate(word: string, first: Word, second: Word, after: string, before: Word | undefined): boolean {
  if (DIGIT.test(word) || !hasArabicLetter(word)) return true;
  // A letter alone but و is an initial: the editors' initials that close a wire (ع س ن / م ع ع).
  if (word.length === 1 && word !== 'و') return true;
  if (first.text !== second.text && HARAKAT.test(first.text) && HARAKAT.test(second.text)) return true;
  // As written, not folded: على على is the preposition doubled, not the name علي.
  if (IDIOMATIC_DOUBLES.has(word) || REPEATED_IN_FULL_NAMES.has(second.spelling.light) || LETTER_NAMES.has(word) || TRANSLITERATED_NG.test(word)) return true;
  // A warning or an urging repeats its noun in the accusative (الحذرَ الحذرَ، الصبرَ الصبرَ، الله الله في وطنكم).
  if (WARNINGS.has(word) || (word === 'الله' && after.trim().startsWith('في')) || (word.startsWith('ال') && FATHA_END.test(first.text) && FATHA_END.test(second.text))) return true;
  // بين بين (so-so) ends its phrase, as لا لا does.
  if (word === 'لا' || word === 'بين') return AFTER_EMPHASIS.test(after);
  // A number counts the noun after it (12 أسبوعا): the same noun again is a slip, not a distribution.
  const counted = before !== undefined && DIGIT.test(before.spelling.light);
  return DISTRIBUTIVES.has(word) || (isIndefiniteAccusative(word) && !counted);
}

/**
 * A word of up to four letters ending in a long vowel, or a long vowel and ن, without the article and no
 * function word (بيري، ماهي، شابو، ني، يوان، تشين، خين): the shape of a foreign name or dish doubled (دجاج
 * بيري بيري، شابو شابو، الباندا يوان يوان، الناشطة خين خين وي), so its deletion is offered, while a doubled
 * preposition or particle (في في، كان كان) is a slip.
 */
function mayBeTransliterated(word: string): boolean {
  return word.length <= 4 && LONG_VOWEL_END.test(word) && !word.startsWith('ال') && !SLIP_WORDS.has(word);
}

/** With the Persian ی too, which a Persian keyboard types for ي (persian-letters reports it). */
const LONG_VOWEL_END = /[اويی]ن?$/;
/** Short words in a long vowel (and ن) that are doubled only by a slip: prepositions, particles, pronouns, كان. */
const SLIP_WORDS = new Set([
  ...['في', 'الى', 'إلى', 'لا', 'ما', 'أو', 'او', 'لو', 'كي', 'هذا', 'إذا', 'اذا', 'أي', 'أنا', 'نحو', 'ذو', 'أبو', 'أيضا', 'لدي'],
  ...['كان', 'دون', 'أين', 'اين', 'حين', 'بين', 'يكون', 'تكون'],
]);

/** A nisba with the article, masculine or feminine (العالي، الصحية): an adjective that narrows the noun before it. */
const isNarrowingNisba = (folded: string) => isNisba(folded.endsWith('يه') ? folded.slice(0, -1) : folded);

/** Words of number doubled for distribution that end in no alef: زوجين زوجين، اثنين اثنين، مثنى مثنى، فرادى فرادى. */
const DISTRIBUTIVES = new Set(['زوجين', 'اثنين', 'اثنتين', 'مثنى', 'ثلاث', 'رباع', 'فرادى']);

/** Whether a letter name is the word before a doubled إن (and the إن before it) or the word after it: سي إن إن، وسي إن إن، إن إن بي. */
function inAcronym(before: string, after: string): boolean {
  return isLetterName(WORD_BEFORE.exec(before)?.[1] ?? '') || LETTER_NAMES.has(WORD_AFTER.exec(after)?.[1] ?? '');
}

/** A letter name, or one with a proclitic written onto it (وسي of ونقلت بي بي سي وسي إن إن). */
const isLetterName = (word: string) => LETTER_NAMES.has(word) || (isProcliticLetter(word[0]) && LETTER_NAMES.has(word.slice(1)));

/** «بيتا», «خطوة», «شيئا»: an indefinite noun, the form Arabic doubles for distribution and gradation. */
function isIndefiniteAccusative(word: string): boolean {
  if (word.length < 3 || word.startsWith('ال')) return false;
  if (word.endsWith('ة')) return REDUPLICATED_IN_TA_MARBUTA.has(word);
  return word.endsWith('ا') && !PARTICLES_IN_ALEF.has(word) && !SUFFIXED_OR_VERB.test(word);
}
