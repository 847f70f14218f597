import type { NameEntry } from '../names/list';
import { testRule } from '../testing/rule-tester';
import rule from './name-consistency';

// A newsroom list of our own, injected through the config as a desk would, so the cases do not depend on
// the shipped list's spellings.
const names: NameEntry[] = [
  { preferred: 'واشنطن', kind: 'place', variants: ['واشنطون'], aliases: [] },
  { preferred: 'إيران', kind: 'place', variants: [], aliases: [] },
  { preferred: 'العراق', kind: 'place', variants: [], aliases: [] },
  { preferred: 'قطر', kind: 'place', variants: [], aliases: [] },
  { preferred: 'أميركا', kind: 'place', variants: ['أمريكا'], aliases: [] },
  { preferred: 'أوروبا', kind: 'place', variants: ['أوربا'], aliases: [] },
  { preferred: 'أنتوني بلينكن', kind: 'person', variants: [], aliases: [], surnames: ['بلينكن'] },
  { preferred: 'أنطونيو غوتيريش', kind: 'person', variants: ['أنطونيو جوتيريش'], aliases: [], surnames: ['غوتيريش'] },
  { preferred: 'محمد شياع السوداني', kind: 'person', variants: [], aliases: [], surnames: ['السوداني'] },
  { preferred: 'تنظيم الدولة الإسلامية', kind: 'organisation', variants: [], aliases: ['داعش'] },
  { preferred: 'الأمم المتحدة', kind: 'organisation', variants: [], aliases: [] },
  { preferred: 'كييف', kind: 'place', variants: ['كييڤ'], aliases: [] },
];
const config = { names };

testRule(rule, [
  {
    name: 'hamza: a listed name without its hamza',
    text: 'وصل الوفد إلى إيران أمس.\nوقال مسؤول إن ايران ستستضيف الجولة المقبلة.',
    config,
    findings: [{ covers: 'ايران', messageId: 'houseSpelling', related: ['إيران'] }],
    fixed: 'وصل الوفد إلى إيران أمس.\nوقال مسؤول إن إيران ستستضيف الجولة المقبلة.',
  },
  {
    name: 'a listed variant with proclitics: the fix keeps وب',
    text: 'تستضيف واشنطن القمة المقبلة، وبواشنطون يجتمع الوزراء الأسبوع المقبل.',
    config,
    findings: [{ covers: 'واشنطون', messageId: 'houseSpelling' }],
    fixed: 'تستضيف واشنطن القمة المقبلة، وبواشنطن يجتمع الوزراء الأسبوع المقبل.',
  },
  {
    name: 'a long vowel added in transliteration, on a surname after the full name',
    text: 'التقى وزير الخارجية الأميركي أنتوني بلينكن نظيره الفرنسي.\nوقال بلينكين إن المحادثات كانت صريحة، وأضاف بلينكن أن الخلاف قائم.',
    config,
    findings: [{ covers: 'بلينكين', related: ['بلينكن'] }],
    fixed: 'التقى وزير الخارجية الأميركي أنتوني بلينكن نظيره الفرنسي.\nوقال بلينكن إن المحادثات كانت صريحة، وأضاف بلينكن أن الخلاف قائم.',
  },
  {
    name: 'the letters for /g/: جوتيريش is a listed variant, جوتيرش an unlisted spelling at a verb of saying',
    text: 'دعا الأمين العام للأمم المتحدة أنطونيو جوتيريش إلى وقف القتال.\nوقال غوتيريش إن الوضع خطير، وأضاف جوتيرش أن الوقت ينفد.',
    config,
    findings: [{ covers: 'أنطونيو جوتيريش' }, { covers: 'جوتيرش' }],
    fixed: 'دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف القتال.\nوقال غوتيريش إن الوضع خطير، وأضاف غوتيريش أن الوقت ينفد.',
  },
  {
    name: 'the letter for /v/ and a dropped long vowel',
    text: 'قصفت القوات الروسية كييڤ ليلا، وأعلنت سلطات كييف حظر التجول، وقال سكان في كيف إن الانفجارات هزت المدينة.',
    config,
    findings: [{ covers: 'كييڤ' }],
    fixed: 'قصفت القوات الروسية كييف ليلا، وأعلنت سلطات كييف حظر التجول، وقال سكان في كيف إن الانفجارات هزت المدينة.',
  },
  {
    name: 'أميركا/أمريكا and أوروبا/أوربا',
    text: 'تراجعت صادرات أوروبا إلى أمريكا هذا العام، بينما زادت واردات أوربا من آسيا.',
    config,
    findings: [{ covers: 'أمريكا' }, { covers: 'أوربا' }],
    fixed: 'تراجعت صادرات أوروبا إلى أميركا هذا العام، بينما زادت واردات أوروبا من آسيا.',
  },
  {
    name: 'final ى/ي on a surname',
    text: 'أعلن رئيس الوزراء العراقي محمد شياع السوداني خطة جديدة.\nوقال السودانى إن الحكومة ماضية في الإصلاح.',
    config,
    findings: [{ covers: 'السودانى' }],
    fixed: 'أعلن رئيس الوزراء العراقي محمد شياع السوداني خطة جديدة.\nوقال السوداني إن الحكومة ماضية في الإصلاح.',
  },
  {
    name: 'ل + ال written لل: the fix keeps the merged article',
    text: 'قدم الوفد مذكرة إلى الأمم المتحدة، ووجه رسالة ثانية للامم المتحدة.',
    config,
    findings: [{ covers: 'لامم المتحدة' }],
    fixed: 'قدم الوفد مذكرة إلى الأمم المتحدة، ووجه رسالة ثانية للأمم المتحدة.',
  },
  {
    name: 'an unlisted person: the spelling the article uses most wins; ة/ه on a first name',
    text: 'قالت الناشطة فاطمة الكعبي إن الحملة مستمرة.\nوأضافت فاطمه الكعبي أن المتطوعين كثر.\nوختمت فاطمة الكعبي بدعوة إلى التبرع.',
    config,
    findings: [{ covers: 'فاطمه الكعبي', messageId: 'articleSpelling', related: ['فاطمة الكعبي', 'فاطمة الكعبي'] }],
    fixed: 'قالت الناشطة فاطمة الكعبي إن الحملة مستمرة.\nوأضافت فاطمة الكعبي أن المتطوعين كثر.\nوختمت فاطمة الكعبي بدعوة إلى التبرع.',
  },
  {
    name: 'an unlisted foreign name: a doubled letter, found at two verbs of saying',
    text: 'قالت المدربة الأميركية جيل كيلي إن فريقها جاهز.\nوأضافت كيلي أن الإصابات كثيرة، وقالت كيلّي إن الجمهور سيصنع الفارق، وختمت كيللي حديثها.',
    config,
    findings: [{ covers: 'كيللي', messageId: 'articleSpelling' }],
    fixed: 'قالت المدربة الأميركية جيل كيلي إن فريقها جاهز.\nوأضافت كيلي أن الإصابات كثيرة، وقالت كيلّي إن الجمهور سيصنع الفارق، وختمت كيلي حديثها.',
  },
  {
    name: 'ties go to the first spelling',
    text: 'قال رئيس البلدية سامر الحداد إن المياه عادت.\nوأكد سامر الحدّاد أن الأعمال مستمرة، وقال سامر الحداد ثانية إن الخطة جاهزة، ثم قال ســامر الحداد إنه متفائل.',
    config,
    findings: [],
  },
  {
    name: 'two names for one entity, no introduction: the alias is a suggestion, not a safe fix',
    text: 'تبنى تنظيم الدولة الإسلامية الهجوم.\nوكان داعش قد هدد بشن هجمات.',
    config,
    findings: [{ covers: 'داعش', messageId: 'alias' }],
    suggested: 'تبنى تنظيم الدولة الإسلامية الهجوم.\nوكان تنظيم الدولة الإسلامية قد هدد بشن هجمات.',
  },
  {
    name: '"use everywhere" edits every differing mention, once, and is not applied by --fix',
    text: 'وصل الوزير إلى إيران أمس. وقال إن ايران شريك، وإن علاقات ايران مع جيرانها تتحسن.',
    config,
    findings: [{ covers: 'ايران' }, { covers: 'ايران', nth: 1 }],
    fixed: 'وصل الوزير إلى إيران أمس. وقال إن إيران شريك، وإن علاقات إيران مع جيرانها تتحسن.',
  },
  {
    name: 'quoted spellings are flagged by default',
    text: 'وقال الوزير: «سنزور ايران قريبا». وتستعد إيران للزيارة، وتأمل إيران في نتائج.',
    config,
    findings: [{ covers: 'ايران' }],
    fixed: 'وقال الوزير: «سنزور إيران قريبا». وتستعد إيران للزيارة، وتأمل إيران في نتائج.',
  },
  {
    name: 'ignoreInQuotations: a quotation may spell a name its own way',
    text: 'وقال الوزير: «سنزور ايران قريبا». وتستعد إيران للزيارة، وتأمل إيران في نتائج.',
    config,
    options: { ignoreInQuotations: true },
    findings: [],
  },
  {
    name: 'CRLF and BOM keep positions on the original text',
    text: '\uFEFFإيران تستضيف القمة\r\nوقال مسؤول إن ايران مستعدة.\r\n',
    config,
    findings: [{ covers: 'ايران' }],
    fixed: '\uFEFFإيران تستضيف القمة\r\nوقال مسؤول إن إيران مستعدة.\r\n',
  },
  // ---- must not flag
  {
    name: 'a surname after the full name is correct',
    text: 'أعلن رئيس الوزراء العراقي محمد شياع السوداني خطة جديدة. وقال السوداني إن الحكومة ماضية في الإصلاح.',
    config,
    findings: [],
  },
  {
    name: 'different people who share a name part',
    text: 'قال الرئيس جو بايدن إن بلاده ستدعم الاتفاق.\nوأكد نجله هانتر بايدن أنه لن يترشح.\nوقال الوزير محمد العلي إن الموعد ثابت، وأضاف الوزير محمد الحسن أن الوفد جاهز، وقال أحمد العلي إن الاجتماع انتهى.',
    config,
    findings: [],
  },
  {
    name: 'different Arabic names that differ by a long vowel are different names',
    text: 'قال النائب محمود الخطيب إن الجلسة تأجلت، وقال النائب محمد الخطيب إنه سيصوت ضد القانون، وأضاف حسين العلي وحسن العلي أن اللجنة ستجتمع.',
    config,
    findings: [],
  },
  {
    name: 'words that merely look alike and inflections',
    text: 'أعلنت العراق خطة وقال مسؤول عراقي إن الوفد العراقي وصل. وأكد مسؤول قطري أن قطر والدوحة مستعدتان، وقالت الخارجية الأميركية إن المبعوث الأميركي سيزور إيران وإن الإيرانيين مستعدون.',
    config,
    findings: [],
  },
  {
    name: 'an alias introduced in brackets on first mention, then used alone',
    text: 'تبنى تنظيم الدولة الإسلامية (داعش) الهجوم.\nوكان داعش قد هدد بشن هجمات، وقال خبراء إن تنظيم الدولة الإسلامية ما زال قادرا على الضرب.',
    config,
    findings: [],
  },
  {
    name: 'an alias introduced with المعروف باسم',
    text: 'تبنى تنظيم الدولة الإسلامية المعروف باسم «داعش» الهجوم.\nوكان داعش قد هدد بشن هجمات.',
    config,
    findings: [],
  },
  {
    name: 'an alias introduced with أو ما يعرف بـ',
    text: 'تبنى تنظيم الدولة الإسلامية أو ما يعرف بداعش الهجوم. وكان داعش قد هدد بشن هجمات.',
    config,
    findings: [],
  },
  {
    name: 'an alias used alone is one name, not two',
    text: 'تبنى داعش الهجوم. وكان داعش قد هدد بشن هجمات.',
    config,
    findings: [],
  },
  {
    name: 'a second reference by description is good style',
    text: 'دعت الأمم المتحدة إلى وقف القتال، وقالت المنظمة الدولية إن المساعدات لا تصل.',
    config,
    findings: [],
  },
  {
    name: 'proclitics on a name are not spellings',
    text: 'عاد الوفد من واشنطن، وفي واشنطن وبواشنطن ولواشنطن ذكريات كثيرة. وقال مسؤول في إيران وبإيران ولإيران إن الموقف ثابت.',
    config,
    findings: [],
  },
  {
    name: 'harakat and tatweel are not spellings',
    text: 'وصل الوفد إلى إِيران. وقال مسؤول إن إيـران مستعدة.',
    config,
    findings: [],
  },
  {
    name: 'common words after a verb of saying are not names',
    text: 'وقال مسؤول إن الاتفاق قريب. وقالت مصادر إن الموعد ثابت. وأضاف أيضا أن الوفد وصل. وقالت الحكومة إن الخطة جاهزة. وقالت الحكومه إن الخطة جاهزة.',
    config,
    findings: [],
  },
  {
    name: 'a preposition spelled like the name علي is not the name',
    text: 'قال الشيخ علي الحسيني إن الاتفاق على الطاولة، وأكد علي الحسيني أن الرد علي الرسالة قريب.',
    config,
    findings: [],
  },
]);
