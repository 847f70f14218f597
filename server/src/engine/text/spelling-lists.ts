import type { CliticSet } from './clitics';

// Word lists behind the hamza and persian-letters rules (editorial-rules.md §6, §7). Each list holds bare
// stems; clitics.ts expands them with و/ف/ب/ل/ك/ال and pronoun suffixes as each entry's CliticSet allows.
// An entry's CliticSet is chosen so that no expanded form is another real word (و + احد is واحد).

type Pairs = readonly (readonly [wrong: string, right: string])[];

/** The safe list: misspellings that are wrong in every context. */
export const MISSPELLINGS: Readonly<Record<CliticSet, Pairs>> = {
  // With its pronouns too, but not الينا (also the name Alina) nor after و (واليه is also his governor).
  none: [
    ['الى', 'إلى'],
    ['اليه', 'إليه'],
    ['اليها', 'إليها'],
    ['اليهم', 'إليهم'],
    ['اليهما', 'إليهما'],
    ['اليهن', 'إليهن'],
    ['اليك', 'إليك'],
    ['اليكم', 'إليكم'],
    ['اليكما', 'إليكما'],
  ],
  conjunction: [
    ['اذا', 'إذا'],
    // حتى with a dotted ya, the reverse of فى: no word is so written.
    ['حتي', 'حتى'],
    ['لاكن', 'لكن'],
    ...['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني', 'ك', 'كم'].map((pronoun): [string, string] => ['لاكن' + pronoun, 'لكن' + pronoun]),
    ['هاكذا', 'هكذا'],
    // إن شاء الله، ما شاء الله and الحمد لله written as one word.
    ['إنشاءالله', 'إن شاء الله'],
    ['انشاءالله', 'إن شاء الله'],
    ['ماشاءالله', 'ما شاء الله'],
    ['ماشاء', 'ما شاء'],
    ['الحمدلله', 'الحمد لله'],
    // A medial hamza on the wrong seat or none: no other word is written so.
    ['تسائل', 'تساءل'],
    ['تسائلت', 'تساءلت'],
    ['يتسائل', 'يتساءل'],
    ['تتسائل', 'تتساءل'],
  ],
  preposition: [
    ['ذالك', 'ذلك'],
    ['هاذا', 'هذا'],
    ['هاذه', 'هذه'],
    ['هذة', 'هذه'],
    ['هاؤلاء', 'هؤلاء'],
    ['شيئ', 'شيء'],
    ['شئ', 'شيء'],
    ['شىء', 'شيء'],
  ],
  noun: [
    ['مسالة', 'مسألة'],
    ['سوال', 'سؤال'],
    ['قرائة', 'قراءة'],
    // A medial hamza dropped from a verbal noun of the pattern تفعيل: no other word is so written.
    ['تاجيل', 'تأجيل'],
    ['تاكيد', 'تأكيد'],
    ['تاثير', 'تأثير'],
    ['تاخير', 'تأخير'],
    ['ماساة', 'مأساة'],
    // A final hamza after ي or ى of a plural on the pattern مفاعل: its seat is the ي alone (ملاجئ، مبادئ).
    // And of a singular on the pattern فاعل (لاجئ، طارئ): written يء or ىء, as old print wrote it.
    ...['ملاجئ', 'مخابئ', 'شواطئ', 'مبادئ', 'موانئ', 'مرافئ', 'طوارئ', 'لاجئ', 'طارئ', 'هادئ', 'ناشئ', 'قارئ', 'شاطئ'].flatMap((right): [string, string][] => [
      [right.slice(0, -1) + 'يء', right],
      [right.slice(0, -1) + 'ىء', right],
    ]),
    // On the pattern فعيل the ي is the word's own, the hamza alone after it (بريء، بطيء), not on ى.
    ...['بريء', 'بطيء', 'جريء'].map((right): [string, string] => [right.slice(0, -2) + 'ىء', right]),
    // مستشفى with a dotted ya: no word is so written but مستشفيّ (my hospital), which news copy never writes.
    ['مستشفي', 'مستشفى'],
  ],
  // Never the dual (اللذان، اللتين), which has the doubled lam and another ending.
  definite: [
    ['اللة', 'الله'],
    ['اللذي', 'الذي'],
    ['اللتي', 'التي'],
    ['الشيئ', 'الشيء'],
    ['الشئ', 'الشيء'],
    ['الشىء', 'الشيء'],
    ['التسائل', 'التساؤل'],
    ['التفائل', 'التفاؤل'],
    // عيد الأضحى with a dotted ya: no word is so written.
    ['الأضحي', 'الأضحى'],
    ['الاضحي', 'الأضحى'],
  ],
};

/**
 * Words that end in ي written with a final ى (common in Egyptian copy). Only words with no ى reading:
 * not على/علي (the preposition and the name), لدى/لدي, رأى/رأي.
 */
export const FINAL_YA: Readonly<Record<CliticSet, Pairs>> = {
  none: [
    ['فى', 'في'], // وفى is the verb “fulfilled”
    ['أى', 'أي'],
    ['اى', 'أي'],
  ],
  conjunction: [
    ['هى', 'هي'],
    ['كى', 'كي'],
    ['لكى', 'لكي'],
    // Present verbs in ى that have no passive in ى (not يجرى، يعنى، يقضى، يحكى, which يُجرى، يُعنى … are).
    ['يكفى', 'يكفي'],
    ['يأتى', 'يأتي'],
    ['تأتى', 'تأتي'],
    ['ينتهى', 'ينتهي'],
    ['تنتهى', 'تنتهي'],
    ['يعانى', 'يعاني'],
    ['تعانى', 'تعاني'],
  ],
  preposition: [],
  noun: [],
  definite: [
    ['الذى', 'الذي'],
    ['التى', 'التي'],
  ],
};

/** The endings of the past in the third person: هو، هي، هم، and the duals هما (انتقلا) and هما feminine (انتقلتا). */
const THIRD_PERSON_ENDINGS = ['', 'ت', 'وا', 'ا', 'تا'];
/** The endings of the subject in the first and second persons: أنا and أنتَ (انتقلتُ), نحن (انتقلنا), أنتم (انتقلتم). */
const SUBJECT_ENDINGS = ['ت', 'نا', 'تم'];
const SHADDA = '\u0651';

/** A subject ending after a stem that ends in its first letter writes it once, doubled: التفتُّ، امتحنّا. */
const withSubject = (stem: string, ending: string) => (stem.endsWith(ending[0]) ? stem + ending.slice(1) : stem + ending);

/**
 * The past of a derived verb in the persons a news story writes (THIRD_PERSON_ENDINGS, SUBJECT_ENDINGS). The
 * verb's spelling tells its kind: a doubled verb is listed with its shadda (استمرّ: استمرت، استمررنا), a
 * hollow one ends in ا and a letter (اختار: اختارت، اخترنا), a defective one in ى (انتهى: انتهت، انتهوا، انتهينا).
 */
function pastPersons(verb: string): string[] {
  let third: string[];
  let subject: string[];
  if (verb.endsWith(SHADDA)) {
    const stem = verb.slice(0, -1);
    third = THIRD_PERSON_ENDINGS.map((ending) => stem + ending);
    subject = SUBJECT_ENDINGS.map((ending) => withSubject(stem + stem.at(-1), ending));
  } else if (verb.endsWith('ى')) {
    const stem = verb.slice(0, -1);
    third = [verb, ...['ت', 'وا', 'يا', 'تا'].map((ending) => stem + ending)];
    subject = SUBJECT_ENDINGS.map((ending) => stem + 'ي' + ending);
  } else {
    const short = verb.at(-2) === 'ا' ? verb.slice(0, -2) + verb.at(-1) : verb;
    third = THIRD_PERSON_ENDINGS.map((ending) => verb + ending);
    subject = SUBJECT_ENDINGS.map((ending) => withSubject(short, ending));
  }
  // هي and أنا are one written word in most verbs (انتقلت).
  return [...new Set([...third, ...subject])];
}

/**
 * Past verbs of forms VII, VIII and X that news copy writes, often with إ (إنتقل، إلتقينا، إستقبلوا). Each
 * written with إ in any of its persons is no other word: the form IV verbs beside them begin with أ (أنتج،
 * أتمّ), and the form IV nouns that begin with إ have one letter, not two, before their long ا (إنتاج).
 * Left out: اتّبع and اطّلع, which written with إ may as well be slips for the form IV verbs أتبع and أطلع,
 * and the one form that is another word, إعتاد (preparing, the form IV noun), in OTHER_WORDS.
 */
const WASL_PAST_VERBS = [
  // Going and coming.
  'انتقل', 'انطلق', 'انسحب', 'انضمّ', 'اتجه', 'انتشر', 'اقترب', 'ابتعد', 'اجتاز', 'اقتحم', 'اخترق', 'انصرف',
  'التحق', 'اتصل', 'احتشد', 'استقرّ', 'امتدّ', 'انحرف', 'انقلب', 'انزلق', 'انفصل', 'انشقّ', 'اعتصم', 'احتمى',
  'اختفى', 'استدار', 'اعتلى', 'ارتقى', 'انتهى', 'التفت', 'استيقظ', 'اصطفّ', 'انفضّ',
  // Meeting, talks and ceremonies.
  'اجتمع', 'التقى', 'استقبل', 'استضاف', 'استدعى', 'اعتذر', 'انعقد', 'اختتم', 'افتتح', 'احتفل', 'احتفى', 'احتضن',
  'استعرض', 'استمع', 'اتفق', 'اختلف', 'استأنف', 'استكمل', 'اكتمل', 'ارتبط', 'استشار', 'استعان', 'اصطحب', 'انتظر',
  // Statements and positions.
  'اعتبر', 'اعترف', 'انتقد', 'اتهم', 'اقترح', 'استنكر', 'استهجن', 'استبعد', 'استغرب', 'ادعى', 'اشترط', 'التزم',
  'امتنع', 'اعترض', 'احتجّ', 'اكتفى', 'استطرد', 'استدرك', 'استشهد', 'استهلّ', 'اختصر', 'امتدح', 'استفسر', 'استنتج',
  'اعتقد', 'ارتأى', 'اقتنع', 'اشتكى', 'اقتضى', 'استجاب', 'انتهز', 'استوضح',
  // Elections, parties and office.
  'انتخب', 'اختار', 'استقال', 'اقترع', 'اكتسح', 'انتزع', 'اتحد', 'انقسم', 'احتلّ', 'استقطب', 'انتصر', 'انهزم',
  'استعاد', 'استولى', 'احتكر', 'اعتمد', 'اعتزل', 'استلم', 'انحاز', 'انتمى', 'انتسب', 'انخرط', 'اندمج', 'استحدث',
  // Markets and money.
  'ارتفع', 'انخفض', 'استثمر', 'اقترض', 'استورد', 'استهلك', 'ادخر', 'استحوذ', 'اشترى', 'استأجر', 'استفاد', 'احتاج',
  'انكمش', 'انتعش', 'ازداد', 'اتسع', 'استنزف', 'اكتسب', 'اقتطع', 'استردّ', 'استحقّ', 'استوعب', 'استخرج', 'استغلّ',
  'استنفد', 'اقتنى', 'امتلك', 'ازدهر', 'اقتصر', 'اكتتب', 'اقتسم', 'استرجع', 'استغنى', 'استمرّ',
  // Conflict, crime and disaster.
  'اندلع', 'انفجر', 'اعتقل', 'اغتال', 'اجتاح', 'اشتبك', 'استهدف', 'اختطف', 'احتجز', 'استسلم', 'ارتكب', 'اعتدى',
  'احترق', 'انهار', 'انتحر', 'احتدم', 'اشتدّ', 'اضطرّ', 'اصطدم', 'انتفض', 'اشتعل', 'استخدم', 'استعمل', 'انتشل',
  'انتهك', 'ابتزّ', 'اختلس', 'احتال', 'اقتاد', 'ارتطم', 'استجوب', 'استدرج', 'انتقم', 'اشتبه', 'استنفر', 'اقترف',
  'اغتصب',
  // Sport and everyday.
  'احتسب', 'احترف', 'اقتنص', 'استبدل', 'اهتمّ', 'احترم', 'اعتنى', 'احتفظ', 'استطاع', 'اتخذ', 'اتضح', 'استغرق',
  'استمتع', 'اكتشف', 'ابتكر', 'اخترع', 'ابتسم', 'استراح', 'استعدّ', 'امتاز', 'ارتدى', 'اعتاد',
];

/**
 * Words that begin with hamzat al-wasl, so with a plain alef, and are often written with إ. The verbal
 * nouns of forms VII, VIII and X are matched by WASL_VERBAL_NOUN; listed here are the wasl nouns and the
 * form VIII nouns whose ت is doubled (اتّفاق), whose letters look like a form IV noun (إتمام، إتقان) and so
 * cannot be told apart by shape. اتّباع/إتباع and اطّلاع/إطلاع (informing: إطلاع الرأي العام) are both words
 * and are not listed. The past verbs of those forms (WASL_PAST_VERBS) are listed in their persons.
 */
export const WASL_WORDS: Readonly<Record<CliticSet, readonly string[]>> = {
  none: [],
  conjunction: WASL_PAST_VERBS.flatMap(pastPersons),
  preposition: [],
  noun: [
    'ابن', 'ابنة', 'اسم', 'امرأة', 'اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثنتا',
    'اتفاق', 'اتفاقات', 'اتفاقية', 'اتفاقيات', 'اتصال', 'اتصالات', 'اتهام', 'اتهامات', 'اتخاذ', 'اتجاه',
    'اتجاهات', 'اتحاد', 'اتساع', 'اتضاح', 'اتزان', 'اتكال', 'اتقاء', 'اتعاظ', 'ادعاء', 'ادعاءات', 'ادخار',
    // The verbal nouns of forms VII, VIII and X that copy misspells most: fixed outright, where other words
    // of their shape, foreign names among them (إنتراخت، إسترادا), are only offered the bare alef.
    'اجتماع', 'اجتماعات', 'انتخاب', 'انتخابات', 'انسحاب', 'استقبال', 'استقالة', 'استثمار', 'استثمارات', 'استخدام',
    'استمرار', 'استيراد', 'انتقال', 'انتشار', 'انخفاض', 'ارتفاع', 'استعداد', 'استعدادات', 'اعتقال', 'اعتقالات',
    'اعتداء', 'اعتداءات', 'انتهاك', 'انتهاكات', 'احتلال', 'احتجاج', 'احتجاجات', 'اجتياح', 'انفجار', 'انهيار',
    'اقتراح', 'استهداف', 'استئناف', 'استقرار', 'انتقاد', 'اعتماد', 'احتفال', 'اختيار', 'اختبار', 'ارتكاب', 'انطلاق',
    'انعقاد', 'امتداد', 'اكتشاف', 'استعادة', 'استضافة', 'استقلال', 'استفتاء', 'انقلاب', 'انقسام', 'استخراج',
    'اقتصاد', 'اضطراب', 'اضطرابات', 'اصطدام', 'ازدحام', 'استكمال', 'استمرارية', 'استجابة', 'استعراض', 'استحقاق',
    'استحقاقات', 'انتظار', 'انتقام', 'اختفاء', 'اختطاف', 'اغتيال', 'اجتهاد', 'اعتراف', 'اعتراض', 'انضمام',
    'انتهاء', 'احتياطي', 'احتياطيات', 'احتياط', 'اقتراض', 'التزام', 'التزامات', 'استحواذ', 'امتحان', 'امتحانات',
    'ارتباط', 'استغفار', 'اعتكاف', 'اقتراب', 'استثناء', 'احتواء', 'اختلاف', 'احتكار', 'استيعاب', 'اكتفاء',
    'انخراط', 'انتعاش', 'انكماش', 'ارتياح', 'استقطاب', 'استنكار', 'اتجار',
  ],
  definite: [],
};

const C = '[بتثجحخدذرزسشصضطظعغفقكلمنهويءؤئ]';

/**
 * A verbal noun of a derived verb (forms VII, VIII, X) written with إ: `prefix` is its proclitics, the
 * إ follows. Shapes after the إ: VII نفعال (انسحاب); VIII فتعال (اجتماع), with ط after ص/ض/ط (اصطدام) and
 * د after ز/د (ازدحام); X ستفعال (استقبال) and the hollow ستفالة (استقالة). Form IV nouns (إنتاج، إنذار،
 * إنجاز، إتمام) have one letter, not two, between the إ and the long ا, so they never match; foreign words
 * such as إستراتيجية end in letters no suffix here allows.
 */
export const WASL_VERBAL_NOUN = new RegExp(
  `^(?<prefix>[وف]?[بلك]?(?:ال)?|[وف]?لل)إ` +
    `(?:ن${C}${C}ا${C}|${C}ت${C}ا${C}|[صضط]ط${C}ا${C}|[زد]د${C}ا${C}|ست${C}${C}ا${C}|ست${C}ا${C})` +
    `(?:ات|يات|ية|يين|يون|ين|ان|ي|يا|ة|ت|ا)?(?:ها|هما|هم|هن|ه|نا|كم|ك)?$`,
  'u',
);

/**
 * Words that need a hamza on their first alef and are often written bare. Suggestions, since a bare alef
 * may hide either hamza (امن: أمن or آمن), unless the article writes the same word with its hamza. Left
 * out on purpose: words whose bare form is another word or whose hamza is ambiguous (اثر: أثر/إثر، اما:
 * أما/إما، الا: ألا/إلا، الاعلام: الإعلام/الأعلام، امام: أمام/إمام، امين: أمين/آمين، امن), and names, which
 * are name-consistency's but for a few given names (GIVEN_NAMES_NEED_HAMZA).
 */
export const NEEDS_HAMZA: Readonly<Record<CliticSet, readonly string[]>> = {
  // أم, the conjunction or the mother of a kunya (أم خالد); not beside a spelled Latin letter (ام بي سي).
  none: ['أو', 'أي', 'أم'],
  conjunction: [
    'أكد', 'أكدت', 'أكدوا', 'أعلن', 'أعلنت', 'أعلنوا', 'أشار', 'أشارت', 'أشاروا', 'أضاف', 'أضافت', 'أضافوا',
    'أوضح', 'أوضحت', 'أفاد', 'أفادت', 'أعرب', 'أعربت', 'أصدر', 'أصدرت', 'أطلق', 'أطلقت', 'أصبح', 'أصبحت',
    'أجرى', 'أجرت', 'أبلغ', 'أبلغت', 'أبدى', 'أبدت', 'أظهر', 'أظهرت', 'أسفر', 'أسفرت', 'أعاد', 'أعادت', 'أقام',
    'أقامت', 'أصيب', 'أصيبت', 'أصيبوا', 'أيضا', 'إذ', 'أكدا', 'أعلنا', 'أشارا', 'أضافا', 'أوضحا', 'أبديا', 'أبدوا',
    'أنشأ', 'أنشأت', 'أنهى', 'أنهت', 'أحرز', 'أحرزت', 'أحرزوا', 'أشاد', 'أشادت', 'أشادوا', 'أمضى', 'أمضت', 'أظن',
    // Verbs of court and police copy whose bare forms are no other word (أحيل المتهم، أفرجت السلطات، أدلى بأقواله).
    'أحيل', 'أحيلت', 'أفرج', 'أفرجت', 'أوقف', 'أوقفت', 'أودع', 'أودعت', 'أدلى', 'أدلت', 'أشرفت',
    'أحال', 'أحالت', 'أيدت', 'أجلت', 'أمرت', 'ألقى', 'ألقت', 'أدان', 'أدانت', 'أدين', 'أرجأ', 'أرجأت', 'أنكر',
    'أقر', 'أقرت', 'ألزم', 'ألزمت', 'أسندت', 'أعدم', 'أعدمت',
    // Verbs of conflict and disaster copy, bare no other word (أغلق المعبر، أخلت القوات، أسقطت الدفاعات، أدت
    // الغارات، أصيبا بجروح); not أدى, whose bare form after و is وادى, the valley in ى (وادى النيل).
    'أغلق', 'أغلقت', 'أخلى', 'أخلت', 'أرسل', 'أرسلت', 'أسقط', 'أسقطت', 'أدت', 'أصيبا',
  ],
  preposition: ['أثناء', 'أجل'],
  noun: [
    'أكثر', 'أقل', 'أول', 'أولى', 'أخرى', 'أخير', 'أخيرة', 'أكبر', 'أعلى', 'أدنى', 'أسبوع', 'أيام', 'أشهر',
    'أعوام', 'أمس', 'آخر', 'أفراد', 'أطفال', 'أشخاص', 'أعضاء', 'أسعار', 'أنباء', 'أخبار', 'أزمة', 'أسرة', 'أعمال',
    'أرض', 'أطراف', 'أسباب', 'أهداف', 'أرقام', 'أسرى', 'أمير', 'أمم', 'أمني', 'أمنية', 'أوضاع', 'أهمية', 'أودية',
    'أساس', 'أسلحة', 'إطار', 'إعلان', 'إجراء', 'إجراءات', 'إدارة', 'إصابة', 'إصابات', 'إضافة', 'إنسان', 'إنساني',
    'إنسانية', 'إقليم', 'إقليمي', 'إقليمية', 'إصلاح', 'إصلاحات', 'إنتاج', 'إنجاز', 'إنشاء', 'إعادة', 'إلغاء',
    'إطلاق', 'إرهاب', 'إرهابي', 'إرهابية', 'أحد', 'أستاذ', 'أساتذة', 'أسرع', 'إلكتروني', 'إلكترونية', 'إلكترونيات',
    // Form IV verbal nouns no other word shares when written bare (not أعداد، أرجاء، أخطار، أشراف، أجلاء).
    'إخراج', 'إرسال', 'إخلاء', 'إغلاق', 'إبلاغ', 'إدخال', 'إسقاط', 'إصدار', 'إنقاذ', 'إفراج', 'إخضاع', 'إيقاف',
    'إلزام', 'إنهاء', 'إيداع', 'إعفاء', 'إحباط', 'إحراز', 'إحالة', 'إدانة', 'إشادة', 'إغاثة', 'إقامة', 'إجابة',
    'إفادة', 'إثارة', 'إقرار', 'إجازة', 'إجازات',
    // Plurals of the pattern أفعال and أفعلة whose bare forms are no other word (not إحياء، أسر).
    'أكراد', 'أقباط', 'أطباء', 'أسواق', 'أحزاب', 'أموال', 'أنصار', 'أبناء', 'أجهزة', 'أعداء', 'أصوات', 'أمطار',
    'أوراق', 'أنظمة', 'أرباح',
    // Of religious copy: not أذان, whose bare form may be آذان (ears).
    'إفطار', 'إمساك', 'إحرام', 'أضحية', 'أضاحي', 'أوقاف', 'إسلامي', 'إسلامية', 'أئمة', 'أداء',
    // Numbers and a day that every dateline and tally writes (الأربعاء، أربعة قتلى); not اثنين, whose alef is wasl.
    'أربع', 'أربعة', 'أربعون', 'أربعين', 'أربعاء',
    // Months that datelines write, in both calendars (آذار/مارس) and the Maghreb's (أفريل); not آب, whose bare form
    // is أب (father), nor أوت, whose bare form is آوت (sheltered) but after a number (hamza.ts).
    'أبريل', 'أغسطس', 'أكتوبر', 'آذار', 'أيار', 'أيلول', 'أفريل',
    // Words of news prose whose bare forms are no other word (في أعقاب، إزاء، نتائج إيجابية).
    'أعقاب', 'إزاء', 'إيجابي', 'إيجابية', 'إيجابيات',
    // The English language and adjective, in both transliterations (بالإنجليزية، الإنكليزي); bare, no other word.
    'إنجليزي', 'إنجليزية', 'إنكليزي', 'إنكليزية',
    // Plurals of news prose whose bare forms are no other word (هيئة الأرصاد، لأولياء الأمور، في أنحاء البلاد).
    'أرصاد', 'أولياء', 'أنحاء', 'أوساط', 'أجواء', 'أجانب', 'أمراض', 'أدوية', 'أقاليم', 'أدلة', 'أهالي',
    // The civil (الحرب الأهلية) and the club's name (الأهلي), bare no other word.
    'أهلي', 'أهلية',
    // Of health, science and economic copy, bare no other word (الأبحاث، أنواع السرطان، سيارات الإسعاف، أطباء
    // الأسنان، ثاني أكسيد الكربون، الناتج المحلي الإجمالي); not أعراض (إعراض, turning away), ألبان (البان, a tree) nor أنهار (انهار, collapsed).
    'أبحاث', 'أنواع', 'أجسام', 'أورام', 'أوبئة', 'أدوات', 'أقمار', 'أشعة', 'أغذية', 'أطعمة', 'أنسجة', 'أوعية',
    'أكسيد', 'أكسجين', 'أوكسجين', 'إجمالي', 'إجمالية', 'إحصاءات', 'إسعاف', 'إنعاش', 'أسنان', 'إدمان', 'إسهال',
    'أمعاء', 'إعاقة', 'أجنة', 'أمهات', 'أعصاب', 'إرهاق',
    // Of court copy, bare no other word (حكم الإعدام، الإهمال، السرقة بالإكراه، أقوال الشهود، النظام الأساسي).
    // Not إحكام/أحكام, إشغال/أشغال, إبعاد/أبعاد: each bare form is two words.
    'إعدام', 'إهمال', 'إكراه', 'أقوال', 'أساسي', 'أساسية', 'إجرامي', 'إجرامية', 'إقالة', 'إخفاء', 'إتلاف', 'إسناد',
    // Of culture and arts copy, bare no other word (جائزة أفضل ممثل، إيرادات الأفلام، أغاني الألبوم، أمسية شعرية).
    // Not ألبوم (البوم, the owl), أحداث (إحداث, causing), أدوار (إدوار, a name) nor أبطال (إبطال, annulling).
    'أفضل', 'أجمل', 'أبرز', 'أفلام', 'أغنية', 'أغاني', 'إيرادات', 'أمسية', 'إبداع',
    // Of politics, government and economic copy, bare no other word (أولويات الحكومة، الأغلبية البرلمانية،
    // الاستثمار الأجنبي، الإضراب العام، سوق الأسهم، بالإجماع). Not أهم (واهم, deluded; فاهم), nor a pair whose
    // bare form is two words: أشعار/إشعار، أضرار/إضرار، أنفاق/إنفاق، أعلام/إعلام، أشراك/إشراك.
    'إجماع', 'أولوية', 'أولويات', 'أغلبية', 'أقلية', 'أجنبي', 'أجنبية', 'أسلوب', 'أخطر', 'إحصاء', 'إحصائية', 'إمكانية',
    'إمكانيات', 'أزمات', 'أسبوعي', 'أسبوعية', 'أكاديمي', 'إعلامي', 'إعلامية', 'إداري', 'إدارية', 'إلزامي',
    'إصلاحي', 'إرشادات', 'إنشاءات', 'أسهم', 'إضراب', 'إضرابات', 'أسئلة', 'أزياء',
    // Of sports, energy and property copy, bare no other word (دورة الألعاب الأولمبية، الوقود الأحفوري، أصحاب الأراضي).
    'ألعاب', 'أولمبي', 'أولمبية', 'أولمبياد', 'أحفوري', 'أحفورية', 'أصحاب',
    // Of disaster and relief copy, bare no other word (إخماد الحرائق، إجلاء السكان، إيواء النازحين).
    'إخماد', 'إجلاء', 'إيواء', 'إطفاء', 'إنذار', 'أراضي', 'أراض', 'أشجار', 'إمكانات', 'إيراد',
    // Elatives, and the adjective of heritage copy, bare no other word (أقدم مقبرة، أهم كشف، بعثة أثرية).
    'أقدم', 'أهم', 'أطول', 'أحدث', 'أقرب', 'أصغر', 'أسوأ', 'أثري', 'أثرية',
    // Of labour copy (الأجر الشهري، الأسر المستفيدة).
    'أجر', 'أسر', 'أجور',
    // The Amazigh language and people of Maghreb copy (اللغة الأمازيغية), bare no other word.
    'أمازيغي', 'أمازيغية',
  ],
  // With the article, religious copy's nouns have one reading (الإسلام, where اسلام may be أسلم).
  definite: ['الآن', 'الإسلام', 'الإفتاء', 'الإسراء', 'الإنجيل', 'الإفاضة'],
};

/**
 * Given names written with a hamza that no other reading of their bare form has (احمد، ابراهيم، اسامة),
 * and أبو, which heads a kunya, so a bare alef is a slip: offered like NEEDS_HAMZA. Not امين (آمين, amen) nor اسلام (إسلام، أسلم).
 */
export const GIVEN_NAMES_NEED_HAMZA: Readonly<Record<CliticSet, readonly string[]>> = {
  none: [],
  // The head of a kunya (ابو عمار، وابو خالد), bare no other word; not after ب، ل or ك (بابو، كابو are names and words).
  conjunction: ['أبو'],
  preposition: ['أحمد', 'إبراهيم', 'أسامة', 'إسماعيل', 'أيمن', 'أنور', 'أشرف', 'إحسان', 'إياد', 'أسعد', 'أمجد', 'أكرم'],
  noun: [],
  definite: [],
};

/**
 * Past verbs of the plural with the pronoun ه written ة (قدموة، اعتقلوة): no word ends so. Only verbs
 * whose letters before وة make no noun in وة (قوة، دعوة، خطوة، ثروة …).
 */
export const PRONOUN_HA_AFTER_VERBS: readonly string[] = [
  'قدم', 'شاهد', 'اعتقل', 'قتل', 'سأل', 'أبلغ', 'استقبل', 'نقل', 'اختطف', 'أطلق', 'اتهم', 'منح', 'سلم', 'وجد',
  'أخبر', 'ترك', 'ضرب', 'أعدم', 'انتخب', 'رفض', 'دعم', 'حمل', 'عرف', 'وصف', 'طالب', 'اعتبر', 'أنقذ',
].map((verb) => verb + 'وه');

/**
 * Entries of NEEDS_HAMZA whose bare form is also another word, a verb (اخر: أخّر delayed) or a verbal noun
 * with إ (اعمال القانون: إعمال, applying; اخبار النيابة: إخبار, informing): the hamza is offered, never
 * written by itself, even where the article writes the word with it elsewhere.
 */
export const BARE_ALSO_ANOTHER_WORD: ReadonlySet<string> = new Set(['آخر', 'أعمال', 'أخبار']);

/**
 * Words the lists or the shapes take for misspellings that are other words: واحد and واحدا (one), لامس
 * (touched), لازمة (needed), the names باول and لامين, musical forms in اتة (سوناتة، كانتاتة) and the Libyan
 * cities مصراتة and صبراتة, whose ة is no pronoun, foreign given names with the shape of a verbal noun
 * (إستيبان، إستيفان: Esteban, István), places so shaped (إنديانا، إنديان ويلز، the Moroccan إنزكان), whatever proclitic they take
 * (وإنديانا), the Yemeni town باجل, which reads as بأجل bare, إعتاد, the form IV noun of أعتد
 * (preparing), which is the past اعتاد written with إ, واهم (deluded), no و + أهم, and أبن (eulogised), no
 * ابن written with a hamza.
 */
export const OTHER_WORDS: ReadonlySet<string> = new Set([
  'واحد', 'واحدا', 'لامس', 'لازمة', 'لامين', 'باول', 'باجل', 'وباجل',
  'سوناتة', 'كانتاتة', 'مصراتة', 'صبراتة',
  'إستيبان', 'إستيفان', 'إستفان', 'إستيفانو', 'إستيفانيا', 'إستيلا', 'إنديانا', 'إنديانابوليس', 'إنديان', 'إنزكان',
  'إعتاد', 'واهم', 'أبن',
]);

/**
 * أن/إن written bare, with the pronouns joined to it. Which hamza depends on the sentence (إن after قال,
 * أن after most other verbs), so the rule only suggests.
 */
export const AN_FORMS: readonly string[] = ['ان', 'انه', 'انها', 'انهم', 'انهما', 'انهن', 'اننا', 'انني', 'انك', 'انكم'];

/** لأن written bare: always أ. */
export const LI_ANNA_FORMS: readonly string[] = ['لان', 'لانه', 'لانها', 'لانهم', 'لاننا'];

/**
 * Verbs of stating that take أن, not إن, with their conjunctions (أكد المحامي أن موكله بريء): a clause
 * after them written إن is a slip. Not أضاف, which some desks let take إن as قال does.
 */
export const ANNA_AFTER: readonly string[] = [
  'أكد', 'أكدت', 'أكدوا', 'يؤكد', 'تؤكد', 'أوضح', 'أوضحت', 'أعلن', 'أعلنت', 'أفاد', 'أفادت', 'كشف', 'كشفت',
  'اعتبر', 'اعتبرت', 'ذكر', 'ذكرت',
].flatMap((verb) => [verb, 'و' + verb, 'ف' + verb]);

/** Forms of قال (and حيث) after which أن/إن is إن. */
export const INNA_AFTER: readonly string[] = [
  'قال', 'وقال', 'فقال', 'قالت', 'وقالت', 'فقالت', 'قالوا', 'وقالوا', 'يقول', 'ويقول', 'تقول', 'وتقول', 'يقولون',
  'ويقولون', 'نقول', 'أقول', 'قائلا', 'قائلة', 'حيث', 'وحيث',
  // The passive: it is said that (يقال إن، قيل إن).
  'يقال', 'ويقال', 'قيل', 'وقيل',
];

/**
 * Words that end in alef maqsura (ى), to decide a final Persian ی. A final ی not listed here and not in
 * FINAL_YA_WORDS gets both fixes as suggestions. على is left out: with a Persian keyboard علی is as
 * often the name علي.
 */
export const ALEF_MAQSURA_WORDS: Readonly<Record<CliticSet, readonly string[]>> = {
  none: [],
  conjunction: [
    'إلى', 'حتى', 'لدى', 'متى', 'سوى', 'يرى', 'ترى', 'نرى', 'جرى', 'أجرى', 'مضى', 'رأى', 'سعى', 'يسعى', 'تسعى',
    'انتهى', 'اشترى', 'تلقى', 'التقى', 'ألقى', 'أبدى', 'أدى', 'أعطى', 'تولى', 'يتولى', 'عانى', 'استدعى', 'ادعى',
    'أمسى', 'أضحى', 'يبقى', 'تبقى', 'موسى', 'عيسى', 'مصطفى', 'يحيى', 'ليلى', 'سلمى', 'مرتضى', 'مجتبى',
  ],
  preposition: [],
  noun: [
    'مدى', 'أخرى', 'كبرى', 'صغرى', 'عظمى', 'أولى', 'قصوى', 'أقصى', 'أدنى', 'أعلى', 'مستوى', 'مستشفى', 'ملتقى',
    'منتدى', 'مبنى', 'معنى', 'مرمى', 'مقهى', 'مأوى', 'مسعى', 'ذكرى', 'فتوى', 'دعوى', 'شكوى', 'فوضى', 'قوى',
    'قرى', 'رؤى', 'موسيقى', 'جدوى', 'أسرى', 'قتلى', 'جرحى', 'مرضى', 'عدوى', 'تقوى', 'نجوى', 'صدى',
  ],
  definite: [],
};

/**
 * Definite stems in ى that with ي are another word, a nisba or a name: a feminine elative or a noun in ى
 * (العظمى/العظمي skeletal, الشورى/الشوري consultative, الدعوى/الدعوي missionary, اليمنى/اليمني Yemeni,
 * البشرى/البشري human, الأولى/الأولي primary, الموسيقى/الموسيقي musician, البلوى/البلوي, الحلوى/الحلوي,
 * اليسرى/اليسري, المنفى/المنفي the surname of Libya's محمد المنفي, المجرى/المجري Hungarian, البنى/البني
 * brown and a surname, الحمى/الحمي, الهدى/الهدي). Written with the article they are never a person's name;
 * without it some are given names (يسرى، يمنى، بشرى، هدى).
 */
export const DEFINITE_STEMS_BESIDE_NISBAS: readonly string[] = [
  'أولى', 'أسرى', 'وسطى', 'عظمى', 'شورى', 'دعوى', 'يمنى', 'مثلى', 'سفلى', 'بشرى', 'حسنى', 'موسيقى',
  'بلوى', 'حلوى', 'يسرى', 'منفى', 'مجرى', 'بنى', 'حمى', 'هدى',
];

/** Words that end in ي, the other half of the same decision. */
export const FINAL_YA_WORDS: Readonly<Record<CliticSet, readonly string[]>> = {
  none: ['في'],
  conjunction: ['هي', 'كي', 'لكي', 'أي'],
  preposition: [],
  noun: [],
  definite: ['الذي', 'التي'],
};
