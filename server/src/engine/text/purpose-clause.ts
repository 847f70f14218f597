// Whether a word is the لـ of purpose on a verb or a verbal noun (لتحديد، لإعادة، للمساعدة، لتعود), told
// apart from the many nouns and names that begin with ل (لبنان، لندن، ليبيا، لجنة، ليلة) and from the
// particles لكن، لذلك، لقد، لم، لن، لا، لدى by the shape of what follows the ل, not by a list of words:
// Arabic verbal nouns of the derived forms and imperfect verbs have fixed patterns that nouns rarely share.
// Input: the light form (no harakat or tatweel), hamza kept, since لإ… and لا… are told apart by it.

/**
 * Verbal nouns of the derived forms, after the ل or the لل of the article: Form III مفاعلة (مساعدة،
 * مواجهة); Form IV إفعال، إفالة (إنهاء، إعلان، إعادة); Form VII انفعال; Form VIII افتعال (its ت turned
 * ط or د, or merged with a first radical ت ط د: اتخاذ، اطلاع); Form X استفعال.
 */
const DERIVED_VERBAL_NOUN = /^(?:م\p{L}ا\p{L}{2}ة|إ\p{L}{2}ا\p{L}ة?|إ\p{L}ا\p{L}ة|[اإ](?:ست\p{L}{1,2}|ن\p{L}{2}|\p{L}[تطد]\p{L}|[تطد]\p{L})ا\p{L}+)$/u;

/** ت and three letters or more: the verbal nouns of Forms II, V and VI (تحديد، توصل، تبادل، تسوية) and the imperfect (تعود). */
const T_INITIAL = /^ت\p{L}{3,}$/u;

/**
 * An imperfect verb after لـ, prefix ي or ن and three letters or more (ليتمكن، لنواصل). The first person
 * أ is left out: after ل it begins comparatives and nouns (لأكثر، لأول، لأسباب).
 */
const IMPERFECT_VERB = /^[ين]\p{L}{3,}$/u;
/**
 * Imperfects that keep only two letters after the prefix (assimilated and doubled roots: ليتم، ليصل،
 * ليضع، ليرد) and hollow ones whose last radical is ن (ليكون، لتكون), which look like nouns by length or
 * ending.
 */
const SHORT_IMPERFECT = /^[تين](?:تم|صل|ضع|جد|قف|مر|حل|رد|\p{L}ون)$/u;
/** What a subjunctive verb never ends in: ة (ليلة) and the dual and plural ن (لينين، ليبرمان). */
const NOT_SUBJUNCTIVE_ENDING = /(?:ة|ين|ان)$/;

/** Plurals (لتحقيقات), nisba nouns in ون (لتلفزيون) and country names in يا (ليبيا، لتركيا). */
const NOMINAL_ENDING = /(?:ات|ون|يا)$/;
/** A long vowel straight after the prefix (لتاريخ، لنادي), or a four-letter فعال noun (لنظام، لتيار، لنواب). */
const NOMINAL_SHAPE = /^(?:[تين]ا|[تين]\p{L}ا\p{L}$)/u;

/** Form I verbal nouns common in purpose clauses; Form I has no pattern to tell them from other nouns. */
const FORM_I_VERBAL_NOUNS = new Set([
  'دعم', 'منع', 'حماية', 'ضمان', 'وقف', 'بحث', 'حل', 'حصول', 'حد', 'فتح', 'رفع', 'خفض', 'نقل', 'نشر', 'جمع',
  'دفع', 'فرض', 'كشف', 'دراسة', 'قتال', 'صياغة', 'طلب', 'بناء', 'حفظ', 'ردع', 'جذب', 'شراء', 'بيع', 'حث', 'رصد',
  'أداء',
]);

/** Nouns of a verbal-noun or verb shape that open sentences as «لـ… موقف» (للاتحاد الأوروبي موقف). */
const NOUNS_OF_VERBAL_SHAPE = new Set([
  'اتحاد', 'اتفاق', 'اقتصاد', 'احتلال', 'اجتماع', 'تحالف', 'تنظيم', 'تونس', 'تشاد', 'إيران', 'إسلام', 'إنسان',
  'إذاعة',
]);

export function isPurposeLam(word: string): boolean {
  if (word.length < 3 || word[0] !== 'ل' || word.startsWith('ليس')) return false;
  const definite = word.startsWith('لل');
  const rest = word.slice(definite ? 2 : 1);
  if (!definite && SHORT_IMPERFECT.test(rest)) return true;
  if (NOUNS_OF_VERBAL_SHAPE.has(rest) || NOMINAL_ENDING.test(rest)) return false;
  if (isVerbalNounOfPurpose(rest)) return true;
  if (NOMINAL_SHAPE.test(rest)) return false;
  if (T_INITIAL.test(rest)) return true;
  return !definite && IMPERFECT_VERB.test(rest) && !NOT_SUBJUNCTIVE_ENDING.test(rest);
}

/**
 * Whether the word is ل (or لل) and a verbal noun of purpose (لبحث، لأداء، لمناقشة، للاستماع): the shapes
 * of isPurposeLam that no foreign name takes, which a verb's shapes do (ليندنر، ليفاندوفسكي).
 */
export function isLamOnVerbalNoun(word: string): boolean {
  if (word.length < 4 || word[0] !== 'ل') return false;
  const rest = word.slice(word.startsWith('لل') ? 2 : 1);
  return !NOUNS_OF_VERBAL_SHAPE.has(rest) && !NOMINAL_ENDING.test(rest) && isVerbalNounOfPurpose(rest);
}

const isVerbalNounOfPurpose = (rest: string) => FORM_I_VERBAL_NOUNS.has(rest) || isDerivedVerbalNoun(rest);

/** Whether the word, in its light form, has the shape of a verbal noun of a derived form (DERIVED_VERBAL_NOUN): إعلان، اعتماد، استقبال. */
export const isDerivedVerbalNoun = (light: string): boolean => DERIVED_VERBAL_NOUN.test(light);

/** A present verb after أن (أن يصمت، أن تعود، أن نعمل): the subjunctive of an order, a wish, a purpose or a result. */
export const isSubjunctiveShape = (light: string): boolean => SUBJUNCTIVE.test(light);
const SUBJUNCTIVE = /^[يتن]\p{L}{2,}$/u;
