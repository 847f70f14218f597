import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveConfig } from '../config';
import { fixText } from '../fix';
import { lint } from '../lint';
import { testRule } from '../testing/rule-tester';
import rule from './quote-style';

/** Titles in straight quotes, then a quotation of speech in guillemets left open: the fix of unbalanced-quotes closes it. */
const OPEN_SPEECH = 'وقال الوزير إن القضاء "مستقل" وإن "الحكم" نهائي.\nوقال: «سنستقبل أول سفينة الأسبوع المقبل.';
/** A quotation reopened in its second paragraph and closed there, short, then a short one in curly quotes. */
const REOPENED = '«سنواصل العمل حتى آخر يوم.\n«ولن نتراجع».\nوأضاف: “القرار نهائي”.';
/** A guillemet article with a quotation of speech in straight quotes left open. */
const OPEN_STRAIGHT = 'وقال الوزير: «سنواصل العمل حتى النهاية».\nوأضاف: «لن نتراجع عن قرارنا».\nوقال المتحدث: "سنستقبل أول سفينة الأسبوع المقبل.';
/** Titles in straight quotes, then a quotation of speech opened with a guillemet typed twice. */
const DOUBLED_OPENER = 'ووصف "الخطة" بأنها "طموحة".\nوقال: ««لن نتراجع عن قرارنا».';
/** Quotations in the curly convention ”…“, then one left open in the other, “. */
const OPEN_CURLY = 'وقال: ”سنواصل العمل حتى النهاية“.\nوأضاف: ”لن نتراجع عن قرارنا“.\nوتابع: “الموعد ثابت ولن يتغير.';
/** Titles in straight quotes, then a quotation of speech in guillemets run on over two paragraphs without reopening. */
const RUN_ON = 'ووصف الوزير "الخطة" بأنها "طموحة".\nوقال: «بدأنا العمل هنا قبل عامين.\nواليوم نحن أكثر عددا».';

testRule(rule, [
  {
    name: 'a string of code in straight quotes (a call, an assignment) is no quotation; a straight quotation beside it still is',
    text: 'وقال المتحدث: «الخدمة متاحة للجميع». ويكفي أن يكتب المطور print("مرحبا بالعالم") أو client.create(input="لخص الخبر") لتجربتها. وقال الخبير: «النموذج سريع». وأضاف "إنه رخيص".',
    findings: [{ covers: '"', nth: 4 }],
    fixed: 'وقال المتحدث: «الخدمة متاحة للجميع». ويكفي أن يكتب المطور print("مرحبا بالعالم") أو client.create(input="لخص الخبر") لتجربتها. وقال الخبير: «النموذج سريع». وأضاف «إنه رخيص».',
  },
  {
    name: 'a quotation left open is counted by its marks: the titles in another style follow it, the open one is left to unbalanced-quotes',
    text: OPEN_SPEECH,
    findings: [{ covers: '"' }, { covers: '"', nth: 2 }],
    fixed: 'وقال الوزير إن القضاء «مستقل» وإن «الحكم» نهائي.\nوقال: «سنستقبل أول سفينة الأسبوع المقبل.',
  },
  {
    name: 'a quotation left open in the style of the titles: nothing to convert',
    text: 'وقال الوزير إن القضاء «مستقل» وإن «الحكم» نهائي.\nوقال: «سنستقبل أول سفينة الأسبوع المقبل.',
    findings: [],
  },
  {
    name: 'a quotation left open in another style than the article\'s: flagged, not converted',
    text: OPEN_STRAIGHT,
    findings: [{ covers: '"', messageId: 'mixedStyles', related: ['«سنواصل العمل حتى النهاية»'] }],
  },
  {
    name: 'a quotation left open in the article\'s style: not flagged',
    text: 'وقال الوزير: «سنواصل العمل حتى النهاية».\nوأضاف: «لن نتراجع عن قرارنا».\nوقال المتحدث: «سنستقبل أول سفينة الأسبوع المقبل.',
    findings: [],
  },
  {
    name: 'a quotation left open in the other curly convention: flagged, not converted',
    text: OPEN_CURLY,
    findings: [{ covers: '“', nth: 2, messageId: 'mixedCurly', related: ['”سنواصل العمل حتى النهاية“'] }],
  },
  {
    name: 'a quotation left open in the article\'s curly convention: not flagged',
    text: 'وقال: ”سنواصل العمل حتى النهاية“.\nوأضاف: ”لن نتراجع عن قرارنا“.\nوتابع: ”الموعد ثابت ولن يتغير.',
    findings: [],
  },
  {
    name: 'a quotation run on over paragraphs in another style: flagged at its opener, not converted',
    text: 'وقال: «سنواصل العمل حتى النهاية».\nوأضاف: «لن نتراجع عن قرارنا».\nوقالت: "بدأنا العمل هنا قبل عامين.\nواليوم نحن أكثر عددا".',
    findings: [{ covers: '"', messageId: 'mixedStyles' }],
  },
  {
    name: 'a quotation run on over paragraphs in the article\'s style: not flagged',
    text: 'وقال: «سنواصل العمل حتى النهاية».\nوأضاف: «لن نتراجع عن قرارنا».\nوقالت: «بدأنا العمل هنا قبل عامين.\nواليوم نحن أكثر عددا».',
    findings: [],
  },
  {
    name: 'quotations left open outvote one closed: the closed one follows them',
    text: 'وقال: «سنواصل العمل حتى النهاية».\nوأضاف: "لن نتراجع عن قرارنا.\nوتابع: "الموعد ثابت ولن يتغير.',
    findings: [{ covers: '«', related: [] }],
    fixed: 'وقال: "سنواصل العمل حتى النهاية".\nوأضاف: "لن نتراجع عن قرارنا.\nوتابع: "الموعد ثابت ولن يتغير.',
  },
  {
    name: 'quotations left open in the style of the closed one: nothing is flagged',
    text: 'وقال: «سنواصل العمل حتى النهاية».\nوأضاف: «لن نتراجع عن قرارنا.\nوتابع: «الموعد ثابت ولن يتغير.',
    findings: [],
  },
  {
    name: 'a quotation reopened in each paragraph is one quotation of speech, however short its last paragraph: the short one in another style follows it',
    text: REOPENED,
    findings: [{ covers: '“', messageId: 'mixedStyles' }],
    fixed: '«سنواصل العمل حتى آخر يوم.\n«ولن نتراجع».\nوأضاف: «القرار نهائي».',
  },
  {
    name: 'a quotation reopened in each paragraph, the one after it in its style: nothing is flagged',
    text: '«سنواصل العمل حتى آخر يوم.\n«ولن نتراجع».\nوأضاف: «القرار نهائي».',
    findings: [],
  },
  {
    name: 'a quotation run on over paragraphs without reopening is counted, as speech: the titles in another style follow it',
    text: RUN_ON,
    findings: [{ covers: '"' }, { covers: '"', nth: 2 }],
    fixed: 'ووصف الوزير «الخطة» بأنها «طموحة».\nوقال: «بدأنا العمل هنا قبل عامين.\nواليوم نحن أكثر عددا».',
  },
  {
    name: 'a quotation run on over paragraphs, the titles in its style: nothing is flagged',
    text: 'ووصف الوزير «الخطة» بأنها «طموحة».\nوقال: «بدأنا العمل هنا قبل عامين.\nواليوم نحن أكثر عددا».',
    findings: [],
  },
  {
    name: 'a quotation opened with a guillemet typed twice is counted, as the pair nested in the extra mark is not',
    text: DOUBLED_OPENER,
    findings: [{ covers: '"' }, { covers: '"', nth: 2 }],
    fixed: 'ووصف «الخطة» بأنها «طموحة».\nوقال: ««لن نتراجع عن قرارنا».',
  },
  {
    name: 'a quotation opened with a guillemet typed twice, the titles in its style: nothing is flagged',
    text: 'ووصف «الخطة» بأنها «طموحة».\nوقال: ««لن نتراجع عن قرارنا».',
    findings: [],
  },
  {
    name: 'a quotation reopened in each of its paragraphs is converted whole: the openers of the paragraphs it goes on from too',
    text: 'وقال الوزير: «سنواصل العمل حتى النهاية». وأضاف: «لن نتراجع عن قرارنا». وقال المتحدث: «الموعد ثابت ولن يتغير».\nوقال الرئيس: "إن المرحلة صعبة.\n"وأدعو الجميع إلى التكاتف.\n"فالوطن للجميع".\nوقال النائب: "نحن شركاء في المسيرة".',
    findings: [{ covers: '"', nth: 2 }, { covers: '"', nth: 4 }],
    fixed: 'وقال الوزير: «سنواصل العمل حتى النهاية». وأضاف: «لن نتراجع عن قرارنا». وقال المتحدث: «الموعد ثابت ولن يتغير».\nوقال الرئيس: «إن المرحلة صعبة.\n«وأدعو الجميع إلى التكاتف.\n«فالوطن للجميع».\nوقال النائب: «نحن شركاء في المسيرة».',
  },
  {
    name: 'a paragraph with a mark left without a partner has its quotations flagged, not converted (an inch mark inside one)',
    text: 'قال الرئيس التنفيذي إن الجهاز «الأفضل في فئته»، وإن الشركة «ضاعفت إنتاجها» هذا العام.\nوقال المدير الإقليمي: "نطرح الشاشة بمقاس 65" في الأسواق الخليجية الشهر المقبل".',
    findings: [{ covers: '"' }],
  },
  {
    name: 'titles and names in quotation marks do not outvote speech: the style of the quotation is kept, the titles follow it',
    text: 'وتعرض دار "الشروق" رواية "الطريق" وديوان "أوراق الخريف"، وقال مديرها لـ"الوكالة": «الإقبال كبير هذا العام».',
    findings: [{ covers: '"' }, { covers: '"', nth: 2 }, { covers: '"', nth: 4 }, { covers: '"', nth: 6 }],
    fixed: 'وتعرض دار «الشروق» رواية «الطريق» وديوان «أوراق الخريف»، وقال مديرها لـ«الوكالة»: «الإقبال كبير هذا العام».',
  },
  {
    name: 'the one quotation of speech in another style than the names in guillemets follows them: «…» is kept',
    text: 'وأطلقت «أبل» نظارة «فيجن برو» في مؤتمر «المطورين».\nوقال كوك: “هذه بداية عصر جديد”.',
    findings: [{ covers: '“', messageId: 'mixedStyles', related: ['«أبل»'] }],
    fixed: 'وأطلقت «أبل» نظارة «فيجن برو» في مؤتمر «المطورين».\nوقال كوك: «هذه بداية عصر جديد».',
  },
  {
    name: 'speech and names disagree without guillemets: speech keeps its style, and converting is only offered',
    text: 'وتعرض دار "الشروق" رواية "الطريق" وديوان "أوراق الخريف".\nوقال مديرها: “الإقبال كبير هذا العام”.',
    findings: [{ covers: '"' }, { covers: '"', nth: 2 }, { covers: '"', nth: 4 }],
    suggested: 'وتعرض دار “الشروق” رواية “الطريق” وديوان “أوراق الخريف”.\nوقال مديرها: “الإقبال كبير هذا العام”.',
  },
  {
    name: 'outlets named in guillemets beside speech in straight quotes: a convention for names, not quotations in another style',
    text: 'وقال الوزير: "الصحافة الجادة شريك في التنمية". وأضاف: "سنواصل دعم المؤسسات".\nونقلت صحيفة «هسبريس» وجريدة «الخبر» عن مصادر أن الدورة المقبلة في تونس، وبثت قناة «الجزيرة» الجلسة، ونشرت مجلة «العربي» ووكالة «سبأ» الخبر.',
    findings: [],
  },
  {
    name: 'parties, lists, campaigns, companies, projects and landmarks named in straight quotes beside speech in guillemets, after باسم or a preposition written apart too: a convention for names',
    text: 'قوائم مستقلة تنافس "فتح" في الانتخابات و"حماس" تقاطع\n\nوقال المتحدث باسم "حماس" إن الحركة «لن تكون جزءا من هذه الانتخابات».\n\nوتتنافس قائمة "الخليل أولا" المدعومة من "فتح" مع قائمة "نبض البلد"، ورد عضو في حركة "فتح" في تصريح لـ"وفا" قائلا: «الانتخابات حق لكل مواطن».\n\nوصوت 94 في المئة بـ"نعم"، وقال المتحدث باسم حملة "لا" إن النتيجة «معروفة مسبقا».\n\nوكشفت شركة "روشن" تصاميم معلم "المكعب" في مشروع "العروس" ضمن مهرجان "الرياض".',
    findings: [],
  },
  {
    name: 'unions, leagues, ships, trains, camps, storms and summits named in straight quotes beside speech in guillemets: names too',
    text: 'الرابطة تعلن الإضراب\n\nوأعلنت نقابة "المعلمين" ورابطة "الأساتذة" الإضراب، وفازت قائمة "القصرين أولا" بسبعة مقاعد. وقال النقيب: «لن نتراجع عن مطالبنا».\n\nوأنقذت سفينة "أوشن فايكنغ" 73 مهاجرا، وتأخر قطار "البراق" ووصلت المساعدات إلى مخيم "الزعتري".\n\nوخلفت عاصفة "دانيال" آلاف القتلى، وبحثت قمة "كوب 29" تمويل المناخ. وقال رئيس البلدية: «المدينة منكوبة بالكامل».',
    findings: [],
  },
  {
    name: 'a crop\'s variety, a hotel, a team, a fair, a unit, an exercise and a base named in guillemets beside speech in curly quotes: names too',
    text: 'مصر تتوسع في أصناف القمح\n\nوزعت وزارة الزراعة تقاوي صنف «سخا 95» على المزارعين، ونزل الوفد في فندق «مينا هاوس»، وفاز فريق «كايرو ستيبس» بالجائزة، وافتتحت معارض «أهلا رمضان».\n\nوتبنت كتيبة «جنين» الهجوم، وأجرت فرقة «الحسم» مناورات «درع الصحراء» قرب قاعدة «الظفرة».\n\nوقال مدير المعهد: “الصنف الجديد يتحمل الجفاف”.\n\nوقال المزارع: “الإنتاج زاد هذا العام”.',
    findings: [],
  },
  {
    name: 'a quotation after a head with the article may be what it says: counted as speech (وقال إن الاتحاد «قلق»)',
    text: 'الاتحاد قلق\n\nوقال المتحدث إن الاتحاد "قلق" من تراجع الحريات. وقال النقيب: «لن نتراجع». وأضاف: «الإضراب مستمر».',
    findings: [{ covers: '"' }],
    fixed: 'الاتحاد قلق\n\nوقال المتحدث إن الاتحاد «قلق» من تراجع الحريات. وقال النقيب: «لن نتراجع». وأضاف: «الإضراب مستمر».',
  },
  {
    name: 'an agency credit in quotation marks in a dateline is its name, not a quotation',
    text: 'الرابطة تعلن الإضراب\n\nبيروت - "الوطنية" - أعلنت الرابطة الإضراب، وقالت رئيستها: «لن نقبل بعد اليوم بالوعود».',
    findings: [],
  },
  {
    name: 'a name in guillemets with no head to name it an outlet is counted as before: the names follow speech',
    text: 'وقال الوزير: "الصحافة الجادة شريك في التنمية". وأضاف: "سنواصل دعم المؤسسات".\nونقلت «هسبريس» عن مصادر أن الدورة المقبلة في تونس، وبثت قناة «الجزيرة» الجلسة.',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }],
    fixed: 'وقال الوزير: "الصحافة الجادة شريك في التنمية". وأضاف: "سنواصل دعم المؤسسات".\nونقلت "هسبريس" عن مصادر أن الدورة المقبلة في تونس، وبثت قناة "الجزيرة" الجلسة.',
  },
  {
    name: 'series, games, apps and platforms named in guillemets beside speech in straight quotes: names too',
    text: 'وقال الوزير: "التطبيقات سهلت حياة الناس كثيرا". وأضاف: "سنطلق المزيد قريبا".\nوأطلقت الوزارة تطبيق «توكلنا» ومنصة «مدرستي» ولعبتها «رحلة المعرفة»، وعرضت القناة مسلسل «باب الحارة».',
    findings: [],
  },
  {
    name: 'an app named in guillemets with no head beside it is counted as before: the names follow speech',
    text: 'وقال الوزير: "التطبيقات سهلت حياة الناس كثيرا". وأضاف: "سنطلق المزيد قريبا".\nوأطلقت الوزارة «توكلنا» ومنصة «مدرستي».',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }],
    fixed: 'وقال الوزير: "التطبيقات سهلت حياة الناس كثيرا". وأضاف: "سنطلق المزيد قريبا".\nوأطلقت الوزارة "توكلنا" ومنصة "مدرستي".',
  },
  {
    name: 'nicknames in straight quotes after الملقب بـ، المعروف بـ، يلقب بـ beside speech in guillemets: names, not quotations in another style',
    text: 'وتغلب الهلال الملقب بـ"الزعيم" على النصر المعروف بـ"العالمي"، وقال مدربه: «الفوز مستحق بعد أداء كبير». وأشاد بالحارس الذي يلقب بـ"الأخطبوط".',
    findings: [],
  },
  {
    name: 'weapons and units in straight quotes after their noun (من طراز، صواريخ، دبابة، مسيرات، منظومة، لواء) beside speech in guillemets: names',
    text: 'وأطلقت الفصائل صواريخ "غراد" على المستوطنات، وقال المتحدث: «سنواصل الرد على كل اعتداء».\nوقال شاهد إن دبابة "ميركافا" توغلت، وإن مسيرات "شاهد" ومنظومة "باتريوت" وطائرات من طراز "إف-16" شاركت في الهجوم، وإن لواء "غولاني" انسحب. وأضاف: «رأيناها من النافذة قبل الفجر».',
    findings: [],
  },
  {
    name: 'speech after عملية, a description in quotation marks, still counts as speech: two styles of speech are a mix',
    text: 'ووصف الوزير الهجوم بأنه عملية "إرهابية جبانة تستهدف المدنيين"، وقال: «سنلاحق المنفذين أينما كانوا». وأضاف: «لن يفلت أحد من العقاب».',
    findings: [{ covers: '"' }],
    fixed: 'ووصف الوزير الهجوم بأنه عملية «إرهابية جبانة تستهدف المدنيين»، وقال: «سنلاحق المنفذين أينما كانوا». وأضاف: «لن يفلت أحد من العقاب».',
  },
  {
    name: 'a weapon\'s name in straight quotes with no noun before it beside speech in guillemets is counted as before',
    text: 'وقال شاهد إن "الميركافا" توغلت في الحي، وأضاف: «رأيناها من النافذة قبل الفجر». وقال آخر: «لم ننم طوال الليل».',
    findings: [{ covers: '"' }],
    fixed: 'وقال شاهد إن «الميركافا» توغلت في الحي، وأضاف: «رأيناها من النافذة قبل الفجر». وقال آخر: «لم ننم طوال الليل».',
  },
  {
    name: 'works in straight quotes with their year in brackets, and a nickname quoted again as after its head, beside speech in guillemets: names',
    text: '"الكروان" في عامه الثمانين\nيحتفل المطرب حسن الشريف، المعروف بـ"الكروان"، بعيد ميلاده. ولحن له أغنيته الأولى "يا ليل الصبر" (1966)، وأشهر أفلامه "صوت من الريف" (1974).\nويقول: «كان أبي يأخذني إلى المولد على كتفه».',
    findings: [],
  },
  {
    name: 'speech in straight quotes beside dated works in them and speech in guillemets is a mix',
    text: 'يحتفل المطرب حسن الشريف، المعروف بـ"الكروان"، بعيد ميلاده. ولحن له أغنيته الأولى "يا ليل الصبر" (1966).\nويقول: «كان أبي يأخذني إلى المولد على كتفه». وقال الناقد إن الشريف "حمل صوت الموالد إلى الإذاعة".',
    findings: [{ covers: '"' }, { covers: '"', nth: 2 }, { covers: '"', nth: 4 }],
  },
  {
    name: 'a quotation of speech followed by a number in brackets that is no year counts as speech',
    text: 'وقال المتحدث إن "الوضع صعب جدا في المدينة" (3)، وأضاف: «سنعود إلى بيوتنا قريبا». وقال آخر: «لم ننم طوال الليل».',
    findings: [{ covers: '"' }],
    fixed: 'وقال المتحدث إن «الوضع صعب جدا في المدينة» (3)، وأضاف: «سنعود إلى بيوتنا قريبا». وقال آخر: «لم ننم طوال الليل».',
  },
  {
    name: 'a nickname in straight quotes with no head beside speech in guillemets is counted as before',
    text: 'وتغلب "الزعيم" على النصر، وقال مدربه: «الفوز مستحق بعد أداء كبير». وأضاف: «سنواصل العمل».',
    findings: [{ covers: '"' }],
    fixed: 'وتغلب «الزعيم» على النصر، وقال مدربه: «الفوز مستحق بعد أداء كبير». وأضاف: «سنواصل العمل».',
  },
  {
    name: 'outlets named in two styles beside speech in a third: names written two ways are flagged',
    text: 'وقال الوزير: “الصحافة الجادة شريك في التنمية”. وأضاف: “سنواصل دعم المؤسسات”. وتابع: “الموعد ثابت”.\nونقلت صحيفة «هسبريس» عن مصادر أن الدورة المقبلة في تونس، وبثت قناة "الجزيرة" الجلسة.',
    findings: [{ covers: '«' }, { covers: '"' }],
    fixed: 'وقال الوزير: “الصحافة الجادة شريك في التنمية”. وأضاف: “سنواصل دعم المؤسسات”. وتابع: “الموعد ثابت”.\nونقلت صحيفة “هسبريس” عن مصادر أن الدورة المقبلة في تونس، وبثت قناة “الجزيرة” الجلسة.',
  },
  {
    name: 'house style: an outlet named in another style is flagged like any quotation',
    text: 'وقال الوزير: "الصحافة الجادة شريك في التنمية".\nونقلت صحيفة «هسبريس» الخبر.',
    config: { quoteStyle: 'straight' },
    findings: [{ covers: '«', messageId: 'houseStyle' }],
    fixed: 'وقال الوزير: "الصحافة الجادة شريك في التنمية".\nونقلت صحيفة "هسبريس" الخبر.',
  },
  {
    name: 'the title of a Markdown link definition is no quotation: its marks are the syntax\'s',
    kind: 'markdown',
    text: '# تقرير\n\nقال الوزير إن التضخم «مرتفع» وإن «الأسعار ستتراجع» قريبا، بحسب [التقرير الكامل][ref].\n\n[ref]: https://example.org/report "التقرير"\n',
    findings: [],
  },
  {
    name: 'inch marks after numbers are not quotation marks to convert',
    config: { quoteStyle: 'guillemets' },
    text: 'وقال المدير: «الإقبال كبير».\nوتبيع المتاجر أجهزة بشاشات 55" و65" بأسعار مخفضة.',
    findings: [],
  },
  {
    name: 'a quotation in Latin script keeps its own marks, and is not counted',
    text: 'وقالت العالمة: «الجليد يحفظ الحياة».\nوختمت محاضرتها بعبارة "Life always finds a way, and so do we" وسط تصفيق.\nوأضافت: «الوقت ينفد».',
    findings: [],
  },
  {
    name: 'one paragraph quoting in curly marks in a guillemet article',
    text: 'وقال الوزير: «سنواصل العمل».\nوأضاف: «لن نتراجع».\nوقال المتحدث: “الموعد ثابت”.',
    findings: [{ covers: '“', messageId: 'mixedStyles', related: ['«سنواصل العمل»'] }],
    fixed: 'وقال الوزير: «سنواصل العمل».\nوأضاف: «لن نتراجع».\nوقال المتحدث: «الموعد ثابت».',
  },
  {
    name: 'outlets named in straight quotes after a verb of saying or أما are names too, beside speech in guillemets',
    text: 'ورأت "الغارديان" أن الرواية «عمل شجاع عن مدينة تأكل أبناءها». أما "التايمز" فكانت أقل حماسة، وقالت صحيفة "لوموند" إن الترجمة «جاءت أمينة للأصل».',
    findings: [],
  },
  {
    name: 'straight quotes with guillemets, in one paragraph',
    text: 'ووصف "الخطة" بأنها «طموحة» و«واقعية».',
    findings: [{ covers: '"', messageId: 'mixedStyles' }],
    fixed: 'ووصف «الخطة» بأنها «طموحة» و«واقعية».',
  },
  {
    name: 'a tie keeps the style used first, and converting is only offered',
    text: 'وقال: "سنواصل العمل".\nوأضاف: «لن نتراجع».',
    findings: [{ covers: '«', related: ['"سنواصل العمل"'] }],
    suggested: 'وقال: "سنواصل العمل".\nوأضاف: "لن نتراجع".',
  },
  {
    name: 'the two curly conventions mixed: the minority one is flagged',
    text: 'وقال: “سنواصل العمل”.\nوأضاف: ”لن نتراجع“.\nوتابع: ”الموعد ثابت“.',
    findings: [{ covers: '“', messageId: 'mixedCurly', related: ['”لن نتراجع“'] }],
    fixed: 'وقال: ”سنواصل العمل“.\nوأضاف: ”لن نتراجع“.\nوتابع: ”الموعد ثابت“.',
  },
  {
    name: 'the curly conventions mixed in quotations nested in guillemets, one each: converting is only offered',
    text: 'وقال: «نقلنا إليهم “لا تفاوض” أمس».\nوأضاف: «وقلنا ”لا تنازل“ اليوم».',
    findings: [{ covers: '”', nth: 1, messageId: 'mixedCurly' }],
    suggested: 'وقال: «نقلنا إليهم “لا تفاوض” أمس».\nوأضاف: «وقلنا “لا تنازل” اليوم».',
  },
  {
    name: 'curly quotes converted to the article style follow its curly convention',
    text: 'وقال: ”سنواصل العمل“.\nوأضاف: ”لن نتراجع“.\nوتابع: «الموعد ثابت».',
    findings: [{ covers: '«', messageId: 'mixedStyles' }],
    fixed: 'وقال: ”سنواصل العمل“.\nوأضاف: ”لن نتراجع“.\nوتابع: ”الموعد ثابت“.',
  },
  {
    name: 'house style: every quotation not in it, even in a consistent article',
    text: 'وقال: “سنواصل العمل”.\nوأضاف: “لن نتراجع”.',
    config: { quoteStyle: 'guillemets' },
    findings: [{ covers: '“', messageId: 'houseStyle', related: [] }, { covers: '“', nth: 1, messageId: 'houseStyle' }],
    fixed: 'وقال: «سنواصل العمل».\nوأضاف: «لن نتراجع».',
  },
  {
    name: 'house style straight: a quotation holding a straight-quoted one is flagged but not converted',
    text: 'وقال: «نقلنا إليهم "لا تفاوض" أمس».\nوأضاف: "لن نتراجع".',
    config: { quoteStyle: 'straight' },
    findings: [{ covers: '«', messageId: 'houseStyle' }],
  },
  {
    name: 'house style curly in an article with no curly quotes: “…”',
    text: 'وقال: «سنواصل العمل».',
    config: { quoteStyle: 'curly' },
    findings: [{ covers: '«' }],
    fixed: 'وقال: “سنواصل العمل”.',
  },
  {
    name: 'nested quotations in another style are correct; an outer one holding the kept style is flagged, not converted',
    text: 'وقال الوزير: «نقلنا إليهم رسالة واضحة: “لا تفاوض قبل وقف النار”».\nوأضاف: «لن نتراجع».\nوقال: “سمعنا ردهم «بالرفض»”.',
    findings: [{ covers: '“', nth: 1 }],
    suggested: 'وقال الوزير: «نقلنا إليهم رسالة واضحة: “لا تفاوض قبل وقف النار”».\nوأضاف: «لن نتراجع».\nوقال: “سمعنا ردهم «بالرفض»”.',
  },
  {
    name: 'the convention mix is article-wide',
    text: 'وقال: ”سنواصل العمل“.\nوأضاف: ”لن نتراجع“.\n\nملاحظة: “أخرى”.',
    findings: [{ covers: '“', nth: 2 }],
    fixed: 'وقال: ”سنواصل العمل“.\nوأضاف: ”لن نتراجع“.\n\nملاحظة: ”أخرى“.',
  },
  {
    name: 'either curly convention by itself: “…”',
    text: 'وقال: “سنواصل العمل”.\nوأضاف: “لن نتراجع”.',
    findings: [],
  },
  {
    name: 'either curly convention by itself: ”…“',
    text: 'وقال: ”سنواصل العمل“ ووصف ”الخطة“ بأنها ”طموحة“.',
    findings: [],
  },
  {
    name: 'two quotations in each style: neither is used most, and the message says so; the first style is kept, the conversion offered',
    text: 'وقال الوزير: "الخطة جاهزة للتنفيذ الآن". وأضاف: "سنبدأ الأسبوع المقبل بالتنفيذ".\nوقال المتحدث: «نحن مستعدون تماما للمرحلة». وتابع: «الموعد ثابت ولن يتغير».',
    findings: [{ covers: '«', messageId: 'mixedStylesEven' }, { covers: '«', nth: 1, messageId: 'mixedStylesEven' }],
  },
  {
    name: 'a quotation left open in another style is flagged as it will be once closed, without a fix: closing it is unbalanced-quotes’ fix; a mismatched pair is neither style',
    text: 'وقال: «سنواصل العمل».\nوأضاف: “لن نتراجع.\nوتابع: «الموعد” ثابت.',
    findings: [{ covers: '“', messageId: 'mixedStylesEven', related: ['«سنواصل العمل»'] }],
  },
  {
    name: 'a quotation left open in the article’s style, and a mismatched pair: not a matter of style',
    text: 'وقال: «سنواصل العمل».\nوأضاف: «لن نتراجع.\nوتابع: «الموعد” ثابت.',
    findings: [],
  },
]);

describe('quote-style with unbalanced-quotes and every other rule', () => {
  const config = resolveConfig();
  const cases: [string, string][] = [
    [OPEN_SPEECH, 'وقال الوزير إن القضاء «مستقل» وإن «الحكم» نهائي.\nوقال: «سنستقبل أول سفينة الأسبوع المقبل».'],
    [REOPENED, '«سنواصل العمل حتى آخر يوم.\n«ولن نتراجع».\nوأضاف: «القرار نهائي».'],
    [OPEN_STRAIGHT, 'وقال الوزير: «سنواصل العمل حتى النهاية».\nوأضاف: «لن نتراجع عن قرارنا».\nوقال المتحدث: «سنستقبل أول سفينة الأسبوع المقبل».'],
    [DOUBLED_OPENER, 'ووصف «الخطة» بأنها «طموحة».\nوقال: «لن نتراجع عن قرارنا».'],
    [OPEN_CURLY, 'وقال: ”سنواصل العمل حتى النهاية“.\nوأضاف: ”لن نتراجع عن قرارنا“.\nوتابع: ”الموعد ثابت ولن يتغير“.'],
    [RUN_ON, 'ووصف الوزير «الخطة» بأنها «طموحة».\nوقال: «بدأنا العمل هنا قبل عامين.\nواليوم نحن أكثر عددا».'],
  ];
  for (const [text, fixed] of cases) {
    it(`never offers to convert a mark unbalanced-quotes reports, and one --fix leaves nothing for another: ${text.slice(0, 30)}`, () => {
      const { findings } = lint(text, config);
      const unbalanced = new Set(findings.filter((f) => f.ruleId === 'unbalanced-quotes').map((f) => f.span.start));
      for (const f of findings.filter((f) => f.ruleId === 'quote-style')) {
        const edited = f.fixes.flatMap((fix) => fix.edits.map((edit) => edit.span.start));
        assert.ok(!unbalanced.has(f.span.start) || f.fixes.length === 0, `quote-style offers a fix for a mark unbalanced-quotes reports at ${f.span.start}`);
        assert.ok(edited.every((at) => !unbalanced.has(at)), `quote-style edits a mark unbalanced-quotes reports, for the finding at ${f.span.start}`);
      }
      const once = fixText(text, config);
      assert.equal(once.output, fixed);
      assert.equal(once.remaining.filter((f) => f.ruleId === 'quote-style').length, 0);
      assert.equal(fixText(once.output, config).passes, 0, 'a second --fix changes the text again');
    });
  }
});
