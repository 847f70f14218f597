import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../lint';
import { findingMessage } from '../messages';
import type { NameEntry } from '../names/list';
import { configFor, testRule } from '../testing/rule-tester';
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
  { preferred: 'عبد الفتاح السيسي', kind: 'person', variants: [], aliases: [], surnames: ['السيسي'] },
  { preferred: 'تركيا', kind: 'place', variants: [], aliases: [] },
  { preferred: 'دميتري بيسكوف', kind: 'person', variants: [], aliases: [], surnames: ['بيسكوف'] },
  { preferred: 'كوفي عنان', kind: 'person', variants: [], aliases: [], surnames: ['عنان'] },
  { preferred: 'السويداء', kind: 'place', variants: [], aliases: [] },
  { preferred: 'حماس', kind: 'organisation', variants: [], aliases: ['حركة المقاومة الإسلامية'] },
  { preferred: 'وكالة الأنباء السعودية', kind: 'organisation', variants: [], aliases: ['واس'] },
  { preferred: 'بدر عبد العاطي', kind: 'person', variants: [], aliases: [], surnames: ['عبد العاطي'] },
  { preferred: 'حلف شمال الأطلسي', kind: 'organisation', variants: [], aliases: ['الناتو'] },
  { preferred: 'تيمور الشرقية', kind: 'place', variants: [], aliases: [] },
  { preferred: 'نفتالي بينيت', kind: 'person', variants: ['نفتالي بينت'], aliases: [], surnames: ['بينيت'] },
  { preferred: 'يونيسف', kind: 'organisation', variants: ['يونيسيف'], aliases: [], takesArticle: true },
  { preferred: 'ميانمار', kind: 'place', variants: [], aliases: ['بورما'] },
  { preferred: 'محمد المنفي', kind: 'person', variants: [], aliases: [], surnames: ['المنفي'] },
  { preferred: 'محمد حمدان دقلو', kind: 'person', variants: [], aliases: ['حميدتي'] },
  { preferred: 'الحوثيون', kind: 'organisation', variants: [], aliases: ['أنصار الله'] },
  { preferred: 'يونيفيل', kind: 'organisation', variants: [], aliases: ['قوة الأمم المتحدة المؤقتة في لبنان'], takesArticle: true },
];
const config = { names };

testRule(rule, [
  {
    name: 'a name after a board\'s title (رئيس مجلس إدارتها) is read, and its surname in another spelling flagged',
    text: 'وقال رئيس مجلس إدارتها هيروشي تاناكا إن المبيعات ارتفعت. وأضاف تانكا أن الشركة ستوسع مصانعها.',
    findings: [{ covers: 'تانكا', messageId: 'articleSpelling' }],
    suggested: 'وقال رئيس مجلس إدارتها هيروشي تاناكا إن المبيعات ارتفعت. وأضاف تاناكا أن الشركة ستوسع مصانعها.',
  },
  {
    name: 'the board chairman named alike gives nothing',
    text: 'وقال رئيس مجلس إدارتها هيروشي تاناكا إن المبيعات ارتفعت. وأضاف تاناكا أن الشركة ستوسع مصانعها.',
    findings: [],
  },
  {
    name: 'a speaker named again before على منصة is a spelling of the minister',
    text: 'وقال وزير المالية التركي محمد شيمشك إن الحكومة ستخفض الإنفاق. وقال شيمشيك على منصة إكس إن الانضباط ضروري.',
    findings: [{ covers: 'شيمشيك', messageId: 'articleSpelling' }],
    suggested: 'وقال وزير المالية التركي محمد شيمشك إن الحكومة ستخفض الإنفاق. وقال شيمشك على منصة إكس إن الانضباط ضروري.',
  },
  {
    name: 'the minister named alike before على منصة gives nothing',
    text: 'وقال وزير المالية التركي محمد شيمشك إن الحكومة ستخفض الإنفاق. وقال شيمشك على منصة إكس إن الانضباط ضروري.',
    findings: [],
  },
  {
    name: 'a listed city after a nationality and before a name is a given name; the double surname again is the same woman',
    text: 'فازت الأميركية سيدني ماكلولين ليفرون بالذهبية، وقالت ماكلولين ليڤرون إن السباق كان صعبا.',
    findings: [{ covers: 'ماكلولين ليڤرون', messageId: 'articleSpelling' }],
    fixed: 'فازت الأميركية سيدني ماكلولين ليفرون بالذهبية، وقالت ماكلولين ليفرون إن السباق كان صعبا.',
  },
  {
    name: 'the double surname written alike gives nothing, nor a listed city after a nationality in another spelling',
    text: 'فازت الأميركية سيدني ماكلولين ليفرون بالذهبية، وقالت ماكلولين ليفرون إن السباق كان صعبا. ووصلت الطائرة الأسترالية سيدني مساء.',
    findings: [],
  },
  {
    name: 'فان leads a surname after any first word at a person cue',
    text: 'وقال المهاجم الهولندي روبن فان بيرسي إن الفريق جاهز. وأضاف ڤان بيرسي أن المباراة صعبة.',
    findings: [{ covers: 'ڤان بيرسي', messageId: 'articleSpelling' }],
    fixed: 'وقال المهاجم الهولندي روبن فان بيرسي إن الفريق جاهز. وأضاف فان بيرسي أن المباراة صعبة.',
  },
  {
    name: 'فان before an adverb is فإن, and a verb after a company nationality is no name',
    text: 'وقال المدرب يورغن فان هناك فرصة للفوز، وقال يورغن إن المباراة صعبة. والبورصة المصرية تسجل مستوى قياسيا، وقالت الصينية تتجاوز توقعاتها.',
    findings: [],
  },
  {
    name: 'a name after a title and an organisation noun in construct with a listed organisation',
    text: 'وقال رئيس شركة إنفيديا ديفيد غرينبرغ إن الطلب قوي. وقال جرينبرغ إن العرض محدود.',
    findings: [{ covers: 'جرينبرغ', messageId: 'articleSpelling' }],
  },
  {
    name: 'the same name after a title and an organisation noun, written alike',
    text: 'وقال رئيس شركة إنفيديا ديفيد غرينبرغ إن الطلب قوي. وقال غرينبرغ إن العرض محدود.',
    findings: [],
  },
  {
    name: 'a Chinese name is read family name first: its family name alone in نج for نغ is the same man',
    text: 'وقال المدير الصيني هوانغ مينغ إن المصنع جاهز. وزار هوانج خط الإنتاج أمس.',
    findings: [{ covers: 'هوانج', messageId: 'articleSpelling' }],
  },
  {
    name: 'the family name alone written alike gives nothing',
    text: 'وقال المدير الصيني هوانغ مينغ إن المصنع جاهز. وزار هوانغ خط الإنتاج أمس.',
    findings: [],
  },
  {
    name: 'two people who share a family name: the family name alone in another spelling is neither\'s',
    text: 'وقال المدير الصيني هوانغ مينغ إن المصنع جاهز. وقال الباحث هوانغ لي إن التقنية جديدة. وأضاف هوانج أن التجارب ناجحة.',
    findings: [],
  },
  {
    name: 'a Korean name in full again with its syllable in نج is flagged',
    text: 'وقال رئيس شركة سامسونغ لي جاي يونغ إن الأرباح ارتفعت. وكان لي جاي يونج قد التقى الوزير.',
    findings: [{ covers: 'لي جاي يونج', messageId: 'articleSpelling' }],
  },
  {
    name: 'the Korean name written alike gives nothing',
    text: 'وقال رئيس شركة سامسونغ لي جاي يونغ إن الأرباح ارتفعت. وكان لي جاي يونغ قد التقى الوزير.',
    findings: [],
  },
  {
    name: 'the shipped list writes the South Korean president لي جاي ميونغ',
    text: 'وقال الرئيس الكوري الجنوبي لي جيه ميونج إن الحوار ممكن.',
    findings: [{ covers: 'لي جيه ميونج', messageId: 'houseSpelling' }],
    suggested: 'وقال الرئيس الكوري الجنوبي لي جاي ميونغ إن الحوار ممكن.',
  },
  {
    name: 'a foreign surname with ط for the t another mention writes ت is the same man (emphatic ط of some transliterations)',
    text: 'وقال المدرب الياباني هيروشي هاشيموتو إن الفريق جاهز. وأضاف هاشيموطو أن المباراة صعبة.',
    findings: [{ covers: 'هاشيموطو', messageId: 'articleSpelling' }],
  },
  {
    name: 'the foreign surname written with ت both times gives nothing',
    text: 'وقال المدرب الياباني هيروشي هاشيموتو إن الفريق جاهز. وأضاف هاشيموتو أن المباراة صعبة.',
    findings: [],
  },
  {
    name: 'Arabic family names one ط/ت apart beside the same given name are two people, and ثامر/تامر are two names',
    text: 'وقال المدرب سامي العطار إن الفريق جاهز. وقال اللاعب سامي العتار إن المباراة صعبة. وقال الحكم ثامر الخطيب إن القرار صحيح، وقال المراقب تامر الخطيب إن اللقاء انتهى.',
    findings: [],
  },
  {
    name: 'a nationality after و introduces the next name of a list of results, but not after an adjective it is coordinated with',
    text: 'وحلت الأسترالية جيسيكا هال أولى، متقدمة على مواطنتها والبريطانية لورا موير. وقالت مويير إنها راضية عن الفضية.\nوقادت الشركات الأوروبية والأميركية حملة واسعة.',
    findings: [{ covers: 'مويير', messageId: 'articleSpelling' }],
    fixed: 'وحلت الأسترالية جيسيكا هال أولى، متقدمة على مواطنتها والبريطانية لورا موير. وقالت موير إنها راضية عن الفضية.\nوقادت الشركات الأوروبية والأميركية حملة واسعة.',
  },
  {
    name: 'فان leads a Dutch surname after a foreign given name, and the surname again with it in another spelling is the same',
    text: 'وأشاد المدرب بقائد الفريق فيرجيل فان دايك، وقال ڤان دايك إن الفريق جاهز.',
    findings: [{ covers: 'ڤان دايك', messageId: 'articleSpelling' }],
    fixed: 'وأشاد المدرب بقائد الفريق فيرجيل فان دايك، وقال فان دايك إن الفريق جاهز.',
  },
  {
    name: 'فان written for فإن after a name is no particle: before the article, or a noun in construct',
    text: 'وإذا وافق الوزير أحمد فان الحكومة ستتحمل المسؤولية، وإن غاب المدرب يورغن فان قرار الإدارة معلق، وقال يورغن إن القرار معلق.',
    findings: [],
  },
  {
    name: 'a lone surname with ج for the غ of the name found at a cue is its spelling anywhere, after و too',
    text: 'وقال اللاعب الألماني سيرج غنابري إن الفريق جاهز. وقال المدرب إن وصول أوليسيه وجنابري سيمنح الهجوم خيارات.',
    // Another letter is no safe fix: the copy editor chooses the spelling.
    findings: [{ covers: 'جنابري', messageId: 'articleSpelling' }],
  },
  {
    name: 'a lone surname written as at its cue is clean',
    text: 'وقال اللاعب الألماني سيرج غنابري إن الفريق جاهز. وقال المدرب إن وصول أوليسيه وغنابري سيمنح الهجوم خيارات.',
    findings: [],
  },
  {
    name: 'a name after a nationality after و written one way is clean',
    text: 'وحلت الأسترالية جيسيكا هال أولى، متقدمة على مواطنتها والبريطانية لورا موير. وقالت موير إنها راضية عن الفضية.',
    findings: [],
  },
  {
    name: 'the country before a minister\'s surname is no given name',
    text: 'وقال وزير دفاع إسرائيل كاتس إن الرد سيكون قاسيا.',
    findings: [],
  },
  {
    name: 'a given name in ى is the right spelling against its ي twin, first or not, fewer or not; a noun in ى is no surname in ي',
    text: 'قال المحامي مصطفي النجار إن موكله بريء، وأكد مصطفى النجار ذلك.\nوقال عيسي المهيري إن الوضع مستقر، وأضاف عيسي المهيري أن الحكومة تتابع، وأكد عيسى المهيري ذلك.\nوحذر الأطباء من انتشار العدوى، وقال الدكتور حسام العدوي إن العدوى تنتقل بسرعة.',
    findings: [
      { covers: 'مصطفي النجار', messageId: 'articleSpelling' },
      { covers: 'عيسي المهيري', messageId: 'articleSpelling' },
      { covers: 'عيسي المهيري', nth: 1, messageId: 'articleSpelling' },
    ],
    fixed: 'قال المحامي مصطفى النجار إن موكله بريء، وأكد مصطفى النجار ذلك.\nوقال عيسى المهيري إن الوضع مستقر، وأضاف عيسى المهيري أن الحكومة تتابع، وأكد عيسى المهيري ذلك.\nوحذر الأطباء من انتشار العدوى، وقال الدكتور حسام العدوي إن العدوى تنتقل بسرعة.',
  },
  {
    name: 'a given name in ى is not the ordinary word in ي it folds to, but a misspelling of it in ي is',
    text: 'ويحيي الموظفون الذكرى الخمسين اليوم، وقال يحيى إن الاحتفال سيستمر يومين. وفرضت السلطات حظر تجول ليلي، وقالت ليلى إن الحظر مؤلم.\nوقال مصطفى إن الوضع مستقر، وأضاف مصطفي أن الحكومة تتابع.',
    findings: [{ covers: 'مصطفي', messageId: 'articleSpelling' }],
    fixed: 'ويحيي الموظفون الذكرى الخمسين اليوم، وقال يحيى إن الاحتفال سيستمر يومين. وفرضت السلطات حظر تجول ليلي، وقالت ليلى إن الحظر مؤلم.\nوقال مصطفى إن الوضع مستقر، وأضاف مصطفى أن الحكومة تتابع.',
  },
  {
    name: 'a Quran verse names no one: its words are not the listed names they fold to',
    text: 'وختم الخطيب بقوله تعالى: ﴿ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَـٰلَمِينَ﴾، وتلا ﴿وَٱلتِّينِ وَٱلزَّيْتُونِ ۝ وَطُورِ سِينِينَ﴾ ثم زار سيناء والمغرب.',
    findings: [],
  },
  {
    name: 'words that only look like listed names: a verb spelled as a short surname\'s variant, a poet, a verb with its pronoun, a Persian slogan, continents and a tournament',
    text:
      'لندن - بينت دراسة بريطانية أن المشي يخفض ضغط الدم، وبينت النتائج أن الفائدة تظهر بعد أسابيع.\n' +
      'وأنشد الشاعر لبيد قصيدته.\n' +
      'وعاد آلاف النازحين إلى مدينة حماة، وقال أحد العائدين: «حماه الله»، والحمد لله الذي حماه من القصف.\n' +
      'وردد المتظاهرون شعار «مرگ بر آمریکا»، وقال مسؤول أميركي إن الولايات المتحدة تراقب.\n' +
      'وتستضيف الولايات المتحدة بطولة كوبا أميركا بمشاركة منتخبات أميركا الجنوبية ومنتخبين من أميركا الشمالية.\n',
    findings: [],
  },
  {
    name: 'a short surname in another spelling is taken at a cue or for a person the article names',
    text: 'وقال ترمب إن الاتفاق قريب.\nوقال رئيس الوزراء يائير لابيد إن الحكومة مستمرة، وأضاف لبيد أن الانتخابات قريبة.\n',
    findings: [
      { covers: 'ترمب', messageId: 'houseSpelling' },
      { covers: 'لبيد', messageId: 'houseSpelling' },
    ],
    fixed: 'وقال ترامب إن الاتفاق قريب.\nوقال رئيس الوزراء يائير لابيد إن الحكومة مستمرة، وأضاف لابيد أن الانتخابات قريبة.\n',
  },
  {
    name: 'a listed person\'s full name in another spelling throughout may be someone else: the house spelling is offered',
    text: 'وكرم رئيس الجامعة أنطونيو جوتيريش، وهو أكاديمي برتغالي الأصل، 12 طالبا، وقال أنطونيو جوتيريش إن الطلاب متفوقون.',
    config,
    findings: [
      { covers: 'أنطونيو جوتيريش', messageId: 'houseSpelling' },
      { covers: 'أنطونيو جوتيريش', nth: 1, messageId: 'houseSpelling' },
    ],
    suggested: 'وكرم رئيس الجامعة أنطونيو غوتيريش، وهو أكاديمي برتغالي الأصل، 12 طالبا، وقال أنطونيو غوتيريش إن الطلاب متفوقون.',
  },
  {
    name: 'a listed person\'s full name in another spelling beside the house\'s is fixed',
    text: 'وقال الأمين العام أنطونيو غوتيريش إن الوضع خطير، وأضاف أنطونيو جوتيريش أن المنظمة تتابع.',
    config,
    findings: [{ covers: 'أنطونيو جوتيريش', messageId: 'houseSpelling' }],
    fixed: 'وقال الأمين العام أنطونيو غوتيريش إن الوضع خطير، وأضاف أنطونيو غوتيريش أن المنظمة تتابع.',
  },
  {
    name: 'a place\'s name before a whole number may be a channel\'s: its house spelling is offered',
    text: 'وقالت قناة واشنطون 24 إن الوفد وصل إلى واشنطن، وأكدت مصادر في واشنطن ذلك.',
    config,
    findings: [{ covers: 'واشنطون', messageId: 'houseSpelling' }],
    suggested: 'وقالت قناة واشنطن 24 إن الوفد وصل إلى واشنطن، وأكدت مصادر في واشنطن ذلك.',
  },
  {
    name: 'a listed place after an organisation\'s noun may be the organisation\'s name: its house spelling is offered',
    text: 'وتعاقد نادي أمريكا المكسيكي مع مهاجم جديد، بينما فضل زميله الانتقال إلى أميركا.',
    findings: [{ covers: 'أمريكا', messageId: 'houseSpelling' }],
    suggested: 'وتعاقد نادي أميركا المكسيكي مع مهاجم جديد، بينما فضل زميله الانتقال إلى أميركا.',
  },
  {
    name: 'a surname after a verb of saying and its preposition before what was said (وأشارت مندوزا إلى أن) is a mention',
    text: 'وقالت المنسقة كلارا ميندوزا إن 40 شاحنة فقط عبرت. وأشارت مندوزا إلى أن الخطة لم تمول.',
    findings: [{ covers: 'مندوزا', messageId: 'articleSpelling', severity: 'info' }],
    suggested: 'وقالت المنسقة كلارا ميندوزا إن 40 شاحنة فقط عبرت. وأشارت ميندوزا إلى أن الخطة لم تمول.',
  },
  {
    name: 'a family name in العبد written apart after the full name and joined alone is one name (العبد القادر، العبدالقادر)',
    text: 'وقال الدكتور خالد العبد القادر إن المملكة زرعت 95 مليون شجرة. وأوضح العبدالقادر أن المركز يعتمد على أنواع محلية.',
    findings: [{ covers: 'العبدالقادر', messageId: 'articleSpelling' }],
    fixed: 'وقال الدكتور خالد العبد القادر إن المملكة زرعت 95 مليون شجرة. وأوضح العبد القادر أن المركز يعتمد على أنواع محلية.',
  },
  {
    name: 'a given name in الدين written apart and joined is one name (نور الدين، نورالدين)',
    text: 'وقال نور الدين بن عياد إن القطيع تراجع بنحو 20 بالمائة. وأضاف نورالدين بن عياد أن المربي الصغير لم يعد قادرا على الصمود.',
    findings: [{ covers: 'نورالدين بن عياد', messageId: 'articleSpelling' }],
    fixed: 'وقال نور الدين بن عياد إن القطيع تراجع بنحو 20 بالمائة. وأضاف نور الدين بن عياد أن المربي الصغير لم يعد قادرا على الصمود.',
  },
  {
    name: 'a Maghreb family name in بو written apart and joined is one name (بو عسكر، بوعسكر)',
    text: 'وأوضح رئيس الهيئة فاروق بو عسكر أن عدد الناخبين بلغ 87 ألفا. وبين رئيس الهيئة فاروق بوعسكر أن القائمة فازت بسبعة مقاعد، وقال فاروق بو عسكر إن النتائج نهائية.',
    findings: [{ covers: 'فاروق بوعسكر', messageId: 'articleSpelling' }],
    fixed: 'وأوضح رئيس الهيئة فاروق بو عسكر أن عدد الناخبين بلغ 87 ألفا. وبين رئيس الهيئة فاروق بو عسكر أن القائمة فازت بسبعة مقاعد، وقال فاروق بو عسكر إن النتائج نهائية.',
  },
  {
    name: 'the Gulf ق for /g/ (بوينق), a slip of ص for س (صفاقص) and دارفور written apart are listed variants; spacing alone, all through the article, is offered',
    text: 'وكانت الطائرة من طراز بوينغ 737 ماكس، وهي ثاني طائرة بوينق تتعرض لعطل، وهبطت في مطار صفاقص قادمة من فييتنام، وقال إن الوضع في دار فور يتدهور.',
    findings: [
      { covers: 'بوينق', messageId: 'houseSpelling' },
      { covers: 'صفاقص', messageId: 'houseSpelling' },
      { covers: 'فييتنام', messageId: 'houseSpelling' },
      { covers: 'دار فور', messageId: 'houseSpelling' },
    ],
    fixed: 'وكانت الطائرة من طراز بوينغ 737 ماكس، وهي ثاني طائرة بوينغ تتعرض لعطل، وهبطت في مطار صفاقس قادمة من فيتنام، وقال إن الوضع في دار فور يتدهور.',
    suggested: 'وكانت الطائرة من طراز بوينغ 737 ماكس، وهي ثاني طائرة بوينغ تتعرض لعطل، وهبطت في مطار صفاقس قادمة من فيتنام، وقال إن الوضع في دارفور يتدهور.',
  },
  {
    name: 'a listed place one word past an organisation\'s noun, proclitics and all, may be the organisation\'s name: its house spelling is offered',
    text: 'وقال المتحدث في تصريح لوكالة تونس إفريقيا للأنباء إن الحادث وقع صباحا.',
    findings: [{ covers: 'إفريقيا', messageId: 'houseSpelling' }],
    suggested: 'وقال المتحدث في تصريح لوكالة تونس أفريقيا للأنباء إن الحادث وقع صباحا.',
  },
  {
    name: 'two spellings of a name the list does not know, in ة and in ه: the first or the most written is kept, but no ة is taken off by itself (صلالة, البلوشية), nor a hamza or a madda (آزاد)',
    text: 'يقع مركز الإعصار جنوب شرق مدينة صلاله. وألغت الشركة 9 رحلات من مطار صلالة. وقالت الباحثة مريم البلوشية إن الأعاصير أسرع، وأضافت البلوشيه أن البحر أدفأ، وقالت البلوشيه إن الموسم طويل. وقال آزاد حسن شيخاني إن الحزب لم يحسم موقفه، وأضاف ازاد حسن شيخاني أن الوفد سيزور بغداد، وأوضح ازاد حسن شيخاني أن الشروط مكتوبة.',
    findings: [
      { covers: 'صلالة', messageId: 'articleSpelling' },
      { covers: 'مريم البلوشية', messageId: 'articleSpelling' },
      { covers: 'آزاد حسن شيخاني', messageId: 'articleSpelling' },
    ],
    suggested: 'يقع مركز الإعصار جنوب شرق مدينة صلاله. وألغت الشركة 9 رحلات من مطار صلاله. وقالت الباحثة مريم البلوشيه إن الأعاصير أسرع، وأضافت البلوشيه أن البحر أدفأ، وقالت البلوشيه إن الموسم طويل. وقال ازاد حسن شيخاني إن الحزب لم يحسم موقفه، وأضاف ازاد حسن شيخاني أن الوفد سيزور بغداد، وأوضح ازاد حسن شيخاني أن الشروط مكتوبة.',
  },
  {
    name: 'a listed place after an organisation\'s noun with a proclitic of its own is the place, fixed',
    text: 'وافتتحت الشركة فرعا في أمريكا بعد أن افتتح مصرف لبنان مكتبا بأمريكا.',
    findings: [
      { covers: 'أمريكا', messageId: 'houseSpelling' },
      { covers: 'أمريكا', nth: 1, messageId: 'houseSpelling' },
    ],
    fixed: 'وافتتحت الشركة فرعا في أميركا بعد أن افتتح مصرف لبنان مكتبا بأميركا.',
  },
  {
    name: 'a listed variant of two words that opens the text is replaced where it stands',
    text: 'الاتحاد الأوربي يفرض عقوبات جديدة\n\nقرر الاتحاد الأوروبي فرض عقوبات جديدة على الشركات.\n',
    findings: [{ covers: 'الاتحاد الأوربي', messageId: 'houseSpelling' }],
    fixed: 'الاتحاد الأوروبي يفرض عقوبات جديدة\n\nقرر الاتحاد الأوروبي فرض عقوبات جديدة على الشركات.\n',
  },
  {
    name: 'short words that fold onto a listed name but write another word: a hamza the name lacks, the other hamza, a pronoun',
    text: 'وقال والده إنه وجده في منزل جده بالقرية، وشارك 300 رأس إبل في المهرجان، وقالت سعاد، وهي موظفة وأم لثلاثة أطفال، إن الأسعار ارتفعت.',
    findings: [],
  },
  {
    name: 'the shipped list knows the names of wire copy: غرينتش of the time stamps, سوناطراك',
    text: '10:45 بتوقيت غرينتش - أعلنت سوناطراك استئناف الضخ.\n12:05 بتوقيت جرينتش - أكدت سونطراك عودة الإمدادات.',
    findings: [{ covers: 'جرينتش', messageId: 'houseSpelling' }, { covers: 'سونطراك', messageId: 'houseSpelling' }],
    fixed: '10:45 بتوقيت غرينتش - أعلنت سوناطراك استئناف الضخ.\n12:05 بتوقيت غرينتش - أكدت سوناطراك عودة الإمدادات.',
  },
  {
    name: 'the shipped list knows the towns of the news: هاتاي written with ط is fixed; طولكرم written apart throughout is the article\'s style, its spelling offered',
    text: 'ضرب الزلزال ولاية هطاي جنوب تركيا، واقتحمت القوات مدينة طول كرم فجرا.',
    findings: [{ covers: 'هطاي', messageId: 'houseSpelling' }, { covers: 'طول كرم', messageId: 'houseSpelling' }],
    fixed: 'ضرب الزلزال ولاية هاتاي جنوب تركيا، واقتحمت القوات مدينة طول كرم فجرا.',
  },
  {
    name: 'the towns as the shipped list writes them give nothing',
    text: 'ضرب الزلزال ولايتي هاتاي وكهرمان مرعش جنوب تركيا، واقتحمت القوات مدينة طولكرم فجرا، وقصفت الطائرات بيت حانون وبيت لاهيا.',
    findings: [],
  },
  {
    name: 'the shipped list knows UNRWA\'s full name, في الشرق الأدنى included: introduced by (أونروا) after it',
    text: 'قالت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى (أونروا) إن المستودعات فارغة. وأضاف المتحدث باسم الأونروا أن الوكالة فقدت 263 من موظفيها.',
    findings: [],
  },
  {
    name: 'UNRWA\'s full name with في الشرق الأدنى and no introduction, beside الأونروا, is flagged whole',
    text: 'قالت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى إن المستودعات فارغة. وأضاف المتحدث باسم الأونروا أن الوكالة فقدت 263 من موظفيها.',
    findings: [{ covers: 'وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى', messageId: 'alias' }],
  },
  {
    name: 'a foreign given name starts a name where no cue does, so the surname\'s other spellings are found',
    text: 'أدرك النيجيري إيمانويل أوكافور التعادل في الدقيقة 45+2. وأضاف اوكافور الهدف الثالث.\nورأى الباحث في وكالة الفضاء الأوروبية توماس برغر أن المشروع ناجح، وأوضح بيرغر أن العمل مستمر.',
    findings: [
      { covers: 'اوكافور', messageId: 'articleSpelling' },
      { covers: 'بيرغر', messageId: 'articleSpelling', severity: 'info' },
    ],
    fixed: 'أدرك النيجيري إيمانويل أوكافور التعادل في الدقيقة 45+2. وأضاف أوكافور الهدف الثالث.\nورأى الباحث في وكالة الفضاء الأوروبية توماس برغر أن المشروع ناجح، وأوضح بيرغر أن العمل مستمر.',
    suggested: 'أدرك النيجيري إيمانويل أوكافور التعادل في الدقيقة 45+2. وأضاف أوكافور الهدف الثالث.\nورأى الباحث في وكالة الفضاء الأوروبية توماس برغر أن المشروع ناجح، وأوضح برغر أن العمل مستمر.',
  },
  {
    name: 'بن written joined, as in the Maghreb, is one spelling of the name with بن apart',
    text: 'عرض فيلم للمخرج التونسي كريم بن عمر في مهرجان قرطاج. ويذكر أسلوب بنعمر بأفلام إيرانية. وقال بن عمر إن التصوير استغرق عامين، وقالت عائلة بنعمر إنها فخورة.',
    findings: [
      { covers: 'بنعمر', messageId: 'articleSpelling', severity: 'warning' },
      { covers: 'بنعمر', nth: 1, messageId: 'articleSpelling', severity: 'warning' },
    ],
    fixed: 'عرض فيلم للمخرج التونسي كريم بن عمر في مهرجان قرطاج. ويذكر أسلوب بن عمر بأفلام إيرانية. وقال بن عمر إن التصوير استغرق عامين، وقالت عائلة بن عمر إنها فخورة.',
  },
  {
    name: 'ي for ئ is no slip in a name, each some people\'s own: of two written as often, the first is kept (فايز الحايك)',
    text: 'وقال الخبير فايز الحايك إن الأسعار ترتفع قبل رمضان. وأضاف فائز الحايك أن الأسر الفقيرة أكثر تضررا.',
    findings: [{ covers: 'فائز الحايك', messageId: 'articleSpelling' }],
    fixed: 'وقال الخبير فايز الحايك إن الأسعار ترتفع قبل رمضان. وأضاف فايز الحايك أن الأسر الفقيرة أكثر تضررا.',
  },
  {
    name: 'a given name with its hamza on the bare letter of its seat is the same name (فائز، فايز، فؤاد، فواد)',
    text: 'وقال المدرب فائز العتيبي إن الفريق جاهز، وأكد فايز العتيبي أن اللاعبين في حالة جيدة.\nوقال المهندس فواد المصري إن المشروع اكتمل، وأضاف فؤاد المصري أن الافتتاح قريب، وختم فؤاد المصري كلمته.',
    findings: [
      { covers: 'فايز العتيبي', messageId: 'articleSpelling', severity: 'warning' },
      { covers: 'فواد المصري', messageId: 'articleSpelling', severity: 'warning' },
    ],
    fixed: 'وقال المدرب فائز العتيبي إن الفريق جاهز، وأكد فائز العتيبي أن اللاعبين في حالة جيدة.\nوقال المهندس فؤاد المصري إن المشروع اكتمل، وأضاف فؤاد المصري أن الافتتاح قريب، وختم فؤاد المصري كلمته.',
  },
  {
    name: 'يحيى without its last letter, بن with an alef inside a name and a kunya written joined are fixed to the right spelling, even where it comes second',
    text: 'قال المتحدث يحي الشمري إن الوفد وصل، وأضاف يحيى الشمري أن الاجتماع غدا.\nوقال الباحث محمد ابن سالم إن الدراسة انتهت، وأوضح محمد بن سالم أن النتائج قريبة.\nوقال الشيخ أبوبكر الحسني إن المسجد سيفتح، وأضاف أبو بكر الحسني أن الصلاة في موعدها.',
    findings: [
      { covers: 'يحي الشمري', messageId: 'articleSpelling', severity: 'warning' },
      { covers: 'محمد ابن سالم', messageId: 'articleSpelling', severity: 'warning' },
      { covers: 'أبوبكر الحسني', messageId: 'articleSpelling', severity: 'warning' },
    ],
    fixed: 'قال المتحدث يحيى الشمري إن الوفد وصل، وأضاف يحيى الشمري أن الاجتماع غدا.\nوقال الباحث محمد بن سالم إن الدراسة انتهت، وأوضح محمد بن سالم أن النتائج قريبة.\nوقال الشيخ أبو بكر الحسني إن المسجد سيفتح، وأضاف أبو بكر الحسني أن الصلاة في موعدها.',
  },
  {
    name: 'a village in كفر written joined where the article writes it apart is flagged, to the spelling used most',
    text: 'قصفت الطائرات بلدة كفر كلا فجرا، وقال سكان من كفر كلا إن القصف مستمر، وإن بلدة كفركلا بلا كهرباء.',
    findings: [{ covers: 'كفركلا', messageId: 'articleSpelling', severity: 'warning' }],
    fixed: 'قصفت الطائرات بلدة كفر كلا فجرا، وقال سكان من كفر كلا إن القصف مستمر، وإن بلدة كفر كلا بلا كهرباء.',
  },
  {
    name: 'a place named before its past verb (بلدة كفر كلا باتت) is the place alone, so its other spelling is found',
    text: 'وقال نازح من بلدة كفركلا إن البيت دمر، وقال آخر إن بلدة كفر كلا باتت شبه خالية، وإن مدارس بلدة كفر كلا أغلقت.',
    findings: [{ covers: 'كفركلا', messageId: 'articleSpelling', severity: 'warning' }],
    fixed: 'وقال نازح من بلدة كفر كلا إن البيت دمر، وقال آخر إن بلدة كفر كلا باتت شبه خالية، وإن مدارس بلدة كفر كلا أغلقت.',
  },
  {
    name: 'two villages in كفر, one written apart and one joined, are two places; كفر alone is the verb',
    text: 'قصفت الطائرات بلدتي كفر كلا وكفرشوبا فجرا، وقال سكان من كفر كلا إن القصف مستمر. وأضاف رئيس بلدية كفرشوبا أن الأهالي نزحوا، وإن الجيش كفر عن خطئه.',
    findings: [],
  },
  {
    name: 'a word of a place written with ه for ة after the place was named is no pronoun: its ة is restored',
    text: 'دوت صفارات الإنذار في مدينة كريات شمونة، وقال رئيس بلدية كريات شمونة إن الملاجئ مفتوحة. وأضاف أن مدينة كريات شمونه تعرضت لأضرار.',
    findings: [{ covers: 'كريات شمونه', messageId: 'articleSpelling', severity: 'warning' }],
    fixed: 'دوت صفارات الإنذار في مدينة كريات شمونة، وقال رئيس بلدية كريات شمونة إن الملاجئ مفتوحة. وأضاف أن مدينة كريات شمونة تعرضت لأضرار.',
  },
  {
    name: 'a word in ه after a place that is no word of a place named before is a pronoun (ومحيطه)',
    text: 'قصفت المدفعية بلدة عيتا الشعب وأطرافه، وقال سكان من بلدة عيتا الشعب إن القصف طال بلدة الخيام ومحيطه.',
    findings: [],
  },
  {
    name: 'a listed name in و written with an alef after it, as a verb\'s plural is, or without the hamza after its final ا, wherever it stands',
    text: 'قالت شركة أرامكو إن الإنتاج ارتفع. وكانت أرامكوا أعلنت صفقة، وتركوا القرار للمجلس.\nوقال مسؤول في صنعاء إن الطريق مفتوح، وأضاف أن سكان صنعا ينتظرون هنا.',
    findings: [
      { covers: 'أرامكوا', messageId: 'houseSpelling', severity: 'warning' },
      { covers: 'صنعا', nth: 1, messageId: 'houseSpelling', severity: 'warning' },
    ],
    fixed: 'قالت شركة أرامكو إن الإنتاج ارتفع. وكانت أرامكو أعلنت صفقة، وتركوا القرار للمجلس.\nوقال مسؤول في صنعاء إن الطريق مفتوح، وأضاف أن سكان صنعاء ينتظرون هنا.',
  },
  {
    name: 'clean: a verb\'s plural in وا in an article that names no such listed name',
    text: 'قال المسؤولون إنهم تركوا القرار للمجلس، وأضافوا أن السكان رحبوا بالخطة ومضوا في العمل.',
    findings: [],
  },
  {
    name: 'a word before أوغلو is part of the name, even one that folds like a preposition (إمام أوغلو), and the pair is its surname',
    text: 'دعا أنصار إمام اوغلو إلى التظاهر، وقال رئيس البلدية المعزول أكرم إمام أوغلو إن التهم ملفقة، وأضاف إمام أوغلو أن حزبه سيفوز.',
    findings: [{ covers: 'إمام اوغلو', messageId: 'houseSpelling', severity: 'warning' }],
    fixed: 'دعا أنصار إمام أوغلو إلى التظاهر، وقال رئيس البلدية المعزول أكرم إمام أوغلو إن التهم ملفقة، وأضاف إمام أوغلو أن حزبه سيفوز.',
  },
  {
    name: 'clean: a preposition before a name, and الله after a pronoun, are not a name\'s parts',
    text: 'وقف أكرم إمام أوغلو أمام المحكمة، وقال الشيخ زايد رحمه الله إن الوحدة قوة، ووقف الوزير أمام الصحفيين.',
    findings: [],
  },
  {
    name: 'clean: a word whose first letter looks like a proclitic, before a short listed name without its hamza, is a word (باكرا، وابل، بابل، كابل)',
    text: 'وصل الوفد إلى أكرا، وأعلنت أبل نتائجها. ويخرج الصيادون باكرا إلى البحر، وأطلق المسلحون وابل من الرصاص، وزار الوفد آثار بابل، ومدت الشركة كابل اتصالات.',
    findings: [],
  },
  {
    name: 'a listed name with a proclitic is no spelling of it with a doubled letter (وواشنطن after a nationality)',
    text: 'اشترت أنقرة طائرات F-16 الأميركية وواشنطن توافق على الصفقة. وفي واشنطن، قال المتحدث إن بلاده تدرس الخيارات.',
    findings: [],
  },
  {
    name: 'a place\'s ى is its own, not a nisba\'s ي (نينوى), nor is a noun\'s in a given name (نور الهدى)',
    text: 'وشنت القوات عملية في محافظة نينوى أسفرت عن مقتل مسلحين. وقال محافظ نينوي إن الوضع هادئ.\nوكانت بين القتلى الطالبة نور الهدى حسن. وقالت والدة نور الهدي إن ابنتها كانت في طريقها إلى المدرسة.',
    findings: [
      { covers: 'نينوي', messageId: 'articleSpelling' },
      { covers: 'نور الهدي', messageId: 'articleSpelling' },
    ],
    fixed: 'وشنت القوات عملية في محافظة نينوى أسفرت عن مقتل مسلحين. وقال محافظ نينوى إن الوضع هادئ.\nوكانت بين القتلى الطالبة نور الهدى حسن. وقالت والدة نور الهدى إن ابنتها كانت في طريقها إلى المدرسة.',
  },
  {
    name: 'a given name in ى after the article (المرتضى، العيسى) ties with its ي spelling as a nisba does: the first written wins',
    text: 'وقال الطبيب عبد الله المرتضى إن الوضع مستقر. وأضاف المرتضي أن الفرق جاهزة. وقالت العيسي إن القراءة تتغير، وأضافت العيسى أن الورق باق.',
    findings: [
      { covers: 'المرتضي', messageId: 'articleSpelling', severity: 'warning' },
      { covers: 'العيسى', messageId: 'articleSpelling', severity: 'warning' },
    ],
    fixed: 'وقال الطبيب عبد الله المرتضى إن الوضع مستقر. وأضاف المرتضى أن الفرق جاهزة. وقالت العيسي إن القراءة تتغير، وأضافت العيسي أن الورق باق.',
  },
  {
    name: 'a Mauritanian surname led by ولد is the full name\'s: its count joins the full name\'s, and ولد as a verb ends a name',
    text: 'يقول الصياد سيدي أحمد ولد بوبكر إن البحر غني.\nويقول ولد بوبكار إن الصيد تراجع.\nويقول ولد بوبكر إن الحل بيد الحكومة، وإن سامر الخطيب ولد في نواكشوط.',
    findings: [{ covers: 'ولد بوبكار', messageId: 'articleSpelling' }],
    suggested: 'يقول الصياد سيدي أحمد ولد بوبكر إن البحر غني.\nويقول ولد بوبكر إن الصيد تراجع.\nويقول ولد بوبكر إن الحل بيد الحكومة، وإن سامر الخطيب ولد في نواكشوط.',
  },
  {
    name: 'clean: a compound given name with العابدين (زين العابدين بن علي) is one person, and another who shares the surname joined (بنعلي) another',
    text: 'قال المهندس عبد الرحيم بنعلي إن المحطة أنقذت الموسم. وكان النظام في عهد الرئيس زين العابدين بن علي قد أهمل المنطقة. وأضاف بنعلي أن الكلفة مرتفعة.',
    findings: [],
  },
  {
    name: 'أميركا after الولايات المتحدة is the usual short name, not an alias to introduce; its other spelling is still one',
    text: 'وقالت الولايات المتحدة إنها سترسل مساعدات، وقال مسؤول إن أميركا لن تتخلى عن حلفائها، وإن أمريكا ستدعمهم.',
    findings: [{ covers: 'أمريكا', messageId: 'houseSpelling' }],
    fixed: 'وقالت الولايات المتحدة إنها سترسل مساعدات، وقال مسؤول إن أميركا لن تتخلى عن حلفائها، وإن أميركا ستدعمهم.',
  },
  {
    name: 'عبد الله between commas after a title starts a name as عبد الرحمن does, though الله is no name elsewhere',
    text: 'وقال المدير، عبد الله المؤيد، إن العمل مستمر. وأكد عبد الله المويد أن المشروع سينتهي قريبا.',
    findings: [{ covers: 'عبد الله المويد', messageId: 'articleSpelling' }],
    suggested: 'وقال المدير، عبد الله المؤيد، إن العمل مستمر. وأكد عبد الله المؤيد أن المشروع سينتهي قريبا.',
  },
  {
    name: 'the name after بن in a listed person\'s name is the father\'s: alone it is someone else (الملك عبدالعزيز), never that person\'s surname',
    text: 'وجه الملك سلمان بن عبد العزيز بتسهيل الحج.\nوتخرج الوزير في جامعة الملك عبدالعزيز.',
    findings: [],
  },
  {
    name: 'clean: أما and إما, ألا and إلا after a verb of saying are particles, not two spellings of a name',
    text: 'أما البنك المركزي فقال إما أن ترتفع الفائدة أو يتراجع التضخم. وأكد المدير ألا أحد يعرف المصدر، ولم يبق إلا 40 مريضا.',
    findings: [],
  },
  {
    name: 'a listed name with بن written ابن',
    text: 'بحث وزير الخارجية السعودي الأمير فيصل بن فرحان الملف، وأكد فيصل ابن فرحان موقف بلاده.',
    findings: [{ covers: 'فيصل ابن فرحان', messageId: 'houseSpelling', severity: 'warning' }],
    fixed: 'بحث وزير الخارجية السعودي الأمير فيصل بن فرحان الملف، وأكد فيصل بن فرحان موقف بلاده.',
  },
  {
    name: 'an unlisted name with بن before the noun its verb takes (ألقى صالح بن حميد خطبة) is read without it, so ابن is flagged',
    text: 'وألقى الشيخ صالح بن حميد خطبة عرفة من مسجد نمرة.\nوقال الشيخ صالح ابن حميد إن الخطبة ستترجم إلى 20 لغة.',
    findings: [{ covers: 'صالح ابن حميد', messageId: 'articleSpelling', severity: 'warning' }],
    fixed: 'وألقى الشيخ صالح بن حميد خطبة عرفة من مسجد نمرة.\nوقال الشيخ صالح بن حميد إن الخطبة ستترجم إلى 20 لغة.',
  },
  {
    name: 'the clean twin: بن throughout, and a verb taking ل and a verbal noun after a name',
    text: 'وألقى الشيخ صالح بن حميد خطبة عرفة من مسجد نمرة.\nوقال الشيخ صالح بن حميد إن الخطبة ستترجم إلى 20 لغة، وزار الرئيس خالد لبحث الأزمة.',
    findings: [],
  },
  {
    name: 'a family named by آل and a common noun is one name, its other spelling reported (with the article, maybe another family: offered)',
    text: 'وقال مدير الأرصاد رائد آل خطاب إن الأمطار غزيرة.\nوأوضح رائد آل الخطاب أن الثلوج ستتساقط.',
    findings: [{ covers: 'رائد آل الخطاب', messageId: 'articleSpelling', severity: 'info' }],
    suggested: 'وقال مدير الأرصاد رائد آل خطاب إن الأمطار غزيرة.\nوأوضح رائد آل خطاب أن الثلوج ستتساقط.',
  },
  {
    name: 'a family nisba a vowel off beside the same given name is one name; alone, a nisba a vowel off is another word',
    text: 'وقال المهندس كمال الودغيري إن العمل بدأ، وأضاف كمال الوديغيري أن التسليم قريب.\nوقال الرئيس عبد الفتاح السيسي إن الحل السياسي ممكن.',
    findings: [{ covers: 'كمال الوديغيري', messageId: 'articleSpelling', severity: 'info' }],
    suggested: 'وقال المهندس كمال الودغيري إن العمل بدأ، وأضاف كمال الودغيري أن التسليم قريب.\nوقال الرئيس عبد الفتاح السيسي إن الحل السياسي ممكن.',
  },
  {
    name: 'clean: a listed word with ب and an adjective of degree after it is a manner (بحماس كبير), not the name',
    text: 'ورحبت حركة المقاومة الإسلامية بوصول الشحنة، فيما استقبل الأطباء الخبر بحماس كبير.',
    findings: [],
  },
  {
    name: 'clean: an athlete whose surname is spelled like a listed politician\'s variant is the article\'s own person',
    text: 'قال المدافع الألماني نيكو شولتز إنه جاهز، وقال شولتز إن الفريق قوي. وسجل المهاجم النرويجي أندرياس بيدرسون هدفين، وقال بيدرسون إنه سعيد.',
    findings: [],
  },
  {
    name: 'clean: one spelling of each given name, a kunya and ابن opening a name',
    text: 'وقال المدرب فايز العتيبي إن الفريق جاهز، وأكد فايز العتيبي أن اللاعبين بخير. وقال الشيخ أبو بكر الحسني إن المسجد سيفتح، وأضاف أبو بكر الحسني أن الصلاة في موعدها. وكتب ابن خلدون مقدمته في قلعة ابن سلامة.',
    findings: [],
  },
  {
    name: 'a surname spelled with a vowel fewer wherever it stands, not only after a verb of saying',
    text: 'قالت العالمة السويدية إنغريد هولمكفيست إن الجليد يحفظ الحياة. وعادت هولمكفست من القطب الجنوبي في مارس، ووصلت ولهولمكفيست كتاب جديد.',
    findings: [{ covers: 'هولمكفست', messageId: 'articleSpelling', severity: 'info' }],
    suggested: 'قالت العالمة السويدية إنغريد هولمكفيست إن الجليد يحفظ الحياة. وعادت هولمكفيست من القطب الجنوبي في مارس، ووصلت ولهولمكفيست كتاب جديد.',
  },
  {
    name: 'a place of one word found at a cue is looked for a vowel off after a preposition, not where a common noun a cue took stands',
    text: 'قال مسؤول محلي إن الاشتباكات اندلعت في مدينة كادوقلي صباح الأحد، وإن الهدوء عاد إلى كادقلي بعد الظهر.\nوأرجأ قاض في إقليم محاكمة رئيس البلدية، وتواصل محكمة أخرى النظر في القضية.',
    findings: [{ covers: 'كادقلي', messageId: 'articleSpelling', severity: 'info' }],
    suggested: 'قال مسؤول محلي إن الاشتباكات اندلعت في مدينة كادوقلي صباح الأحد، وإن الهدوء عاد إلى كادوقلي بعد الظهر.\nوأرجأ قاض في إقليم محاكمة رئيس البلدية، وتواصل محكمة أخرى النظر في القضية.',
  },
  {
    name: '«one of» after a verb of saying is no name: the place after it is found at its own cue',
    text: 'وكان محتجون من بلدة أوباري قد أغلقوا الصمامات، وقال أحد وجهاء اوباري إن السكان أنهوا الاعتصام.',
    findings: [{ covers: 'اوباري', messageId: 'articleSpelling' }],
    fixed: 'وكان محتجون من بلدة أوباري قد أغلقوا الصمامات، وقال أحد وجهاء أوباري إن السكان أنهوا الاعتصام.',
  },
  {
    name: 'a surname whose hamza is written as its seat, with the same long vowel before it, is the same surname',
    text: 'وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن المحادثات ستستأنف، وأضاف بقايي أن الوفد سيصل غدا.',
    findings: [{ covers: 'بقايي', messageId: 'articleSpelling', severity: 'warning' }],
    fixed: 'وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن المحادثات ستستأنف، وأضاف بقائي أن الوفد سيصل غدا.',
  },
  {
    name: 'a title in construct with a listed country comes before the name it cues',
    text: 'وقال رئيس وزراء تيمور الشرقية شانانا غوسماو إن الانضمام حلم تحقق، وأضاف جوسماو أن بلاده تحتاج إلى الاستثمار.',
    findings: [{ covers: 'جوسماو', messageId: 'articleSpelling', severity: 'info' }],
    suggested: 'وقال رئيس وزراء تيمور الشرقية شانانا غوسماو إن الانضمام حلم تحقق، وأضاف غوسماو أن بلاده تحتاج إلى الاستثمار.',
  },
  {
    name: 'a Berber surname led by «آيت» is one surname, and a given name after a connector is its part',
    text: 'وقال المزارع عبد الرحيم أيت علي إن حقله تحول إلى أرض جرداء، وأضاف آيت علي أن أبناءه هاجروا إلى المدن.',
    findings: [{ covers: 'آيت علي', messageId: 'articleSpelling' }],
    fixed: 'وقال المزارع عبد الرحيم أيت علي إن حقله تحول إلى أرض جرداء، وأضاف أيت علي أن أبناءه هاجروا إلى المدن.',
  },
  {
    name: 'a compound surname ending in «الله» or «أوغلو» is one part, written apart or joined, and the surname alone is the pair',
    text: 'وقال المحلل السياسي فادي جار الله إن المفاوضات صعبة، وأضاف جارالله أن الحل يحتاج إلى وقت.\nوقال رئيس الوزراء التركي الأسبق أحمد داود أوغلو إن حزبه سيشارك، وأضاف داود اوغلو أن القرار نهائي.',
    findings: [
      { covers: 'جارالله', messageId: 'articleSpelling' },
      { covers: 'داود اوغلو', messageId: 'articleSpelling' },
    ],
    fixed: 'وقال المحلل السياسي فادي جار الله إن المفاوضات صعبة، وأضاف جار الله أن الحل يحتاج إلى وقت.\nوقال رئيس الوزراء التركي الأسبق أحمد داود أوغلو إن حزبه سيشارك، وأضاف داود أوغلو أن القرار نهائي.',
  },
  {
    name: 'a short listed spelling of a named person\'s surname before a word with the article, away from a cue, is a verb and its subject',
    text: 'وقال رئيس الوزراء السابق نفتالي بينيت إن الحكومة ستسقط. وبينت الدراسة أن الأسعار ارتفعت، وقال بينت الأحد إن الانتخابات قريبة.',
    findings: [{ covers: 'بينت', nth: 1, messageId: 'houseSpelling' }],
    fixed: 'وقال رئيس الوزراء السابق نفتالي بينيت إن الحكومة ستسقط. وبينت الدراسة أن الأسعار ارتفعت، وقال بينيت الأحد إن الانتخابات قريبة.',
  },
  {
    name: 'a short listed spelling of a named person\'s surname after a word with the article, away from a cue, is a verb after its subject',
    text: 'وقال رئيس الوزراء السابق نفتالي بينيت إن الحكومة بينت موقفها من الاتفاق.',
    findings: [],
  },
  {
    name: 'a common word with its own hamza is no spelling of a listed name\'s word with another (عادل أمام المحكمة، من أبي أحمد، عين ابل)',
    text: 'وأكد ضابط المباحث أحمد عادل أمام المحكمة أن المتهم اعترف، وقال إنه كان يتلقى التعليمات من أبي أحمد. وقصفت المدفعية بلدة ابل السقي وعين ابل.',
    findings: [],
  },
  {
    name: 'a listed person\'s name in another spelling with a family nisba after it is someone else\'s; with a nationality after it, the listed person\'s',
    text: 'وقال المواطن سلمان بن عبدالعزيز الشمري إن الأسعار ارتفعت، وقال جمال عبدالناصر الحسيني إن الوضع صعب. وقال الملك سلمان بن عبدالعزيز السعودي إن المملكة مستقرة.',
    findings: [{ covers: 'سلمان بن عبدالعزيز', nth: 1, messageId: 'houseSpelling' }],
  },
  {
    name: 'a short surname repeated away from a cue with its last letter in the other of ى and ي is a word of its own (منسى … منسي, forgotten)',
    text: 'بيروت - قال وزير الدفاع ميشال منسى إن الجيش سينتشر في الجنوب، وأضاف منسى أن ملف المفقودين بقي منسي الأثر.',
    findings: [],
  },
  {
    name: 'منه (from him) is no spelling of the given name منة',
    text: 'وحصلت الطالبة منة الله أحمد على المركز الأول، وقالت منة إن والدها ساعدها، وأنها طلبت منه مراجعة المنهج.',
    findings: [],
  },
  {
    name: 'a nasab written apart is no spelling of a surname the house writes with بن joined (بنعبد الله)',
    text: 'عمان - أدى ولي العهد الأمير الحسين بن عبد الله الثاني صلاة العيد، وحضرها الأمير هاشم بن عبدالله.',
    findings: [],
  },
  {
    name: 'a word the article has speak alone is a name whole, not a proclitic and a listed name without its hamza',
    text: 'لندن - قالت زعيمة حزب المحافظين كيمي بادنوك إن الحكومة فشلت، وأضافت بادنوك أن الانتخابات ستكون صعبة.',
    findings: [],
  },
  {
    name: 'common words a long vowel away from a listed place are not its spellings, nor its plural nisbas',
    text:
      'أقيم الحفل في مدينة العلمين، وافتتح بتلاوة الحمد لله رب العالمين، وشارك فيه الباحثون العلميون.\n' +
      'وقال رئيس الشاباك إن الكرة هزت الشباك مرتين.\n' +
      'وقال مسؤول في البحرين إن الصيادين البحريين عادوا إلى الميناء، وقدم طلاب الأزهر الأزهار للضيوف.\n' +
      'وزار الوزير البصرة وأغادير، وقال إن البصيرة مطلوبة قبل أن أغادر المدينة، ووصف فتاة سمراء في سامراء.',
    findings: [],
  },
  {
    name: 'a definite noun or elative in ى is no spelling of a nisba surname in ي',
    text: 'وقال النائب عبد الله اليمني إن الجلسة انتهت، وأصيب الحارس في يده اليمنى. وقال المحامي سعد الشوري إن مجلس الشورى سيجتمع.',
    findings: [],
  },
  {
    name: 'nor is a noun in ى a spelling of a surname in ي: البنى التحتية beside سمير البني, صدى beside جو صدي, الحمى beside خالد الحمي',
    text: 'البنى التحتية أولا\n\nوقال الخبير الاقتصادي سمير البني إن «إعادة تأهيل البنى التحتية» تسبق كل شيء. وقال الوزير جو صدي إن القرار لقي صدى واسعا، وقال الطبيب خالد الحمي إن الحمى النزفية تنتشر.',
    findings: [],
  },
  {
    name: 'a surname led by «دي» is one surname: its other spelling is found',
    text: 'وقال المبعوث الأممي ستافان دي ميستورا إن الحل ممكن، وقال ستافان دي مستورا إن الأطراف مستعدة.',
    findings: [{ covers: 'ستافان دي مستورا', messageId: 'articleSpelling', severity: 'info' }],
    suggested: 'وقال المبعوث الأممي ستافان دي ميستورا إن الحل ممكن، وقال ستافان دي ميستورا إن الأطراف مستعدة.',
  },
  {
    name: 'words a vowel from a surname with the article are not looked for away from cues',
    text: 'وقال المدير التنفيذي سامر المقبل إن الشركة تتوسع. وفي المقابل تراجعت أسهم المنافسين، وقال المقبل إن المنافسة صحية.',
    findings: [],
  },
  {
    name: 'a given name and a surname without the nasab are the full name, in the first and last slots',
    text: 'وقال وزير الإعلام سلمان بن يوسف الدوسري إن الوزارة ستواصل عملها. وأكد سلمان الدوسرى أن الخطة جاهزة، وقال الدوسري إن العمل مستمر.',
    findings: [{ covers: 'سلمان الدوسرى', messageId: 'articleSpelling' }],
    fixed: 'وقال وزير الإعلام سلمان بن يوسف الدوسري إن الوزارة ستواصل عملها. وأكد سلمان الدوسري أن الخطة جاهزة، وقال الدوسري إن العمل مستمر.',
  },
  {
    name: 'two brothers who share the surname are not one person: only a nasab may be dropped',
    text: 'وقال وزير الإعلام سلمان بن يوسف الدوسري إن الوزارة ستواصل عملها. وأكد شقيقه فهد الدوسري أن الخطة جاهزة.',
    findings: [],
  },
  {
    name: 'a tie between two spellings goes to the standard one: a hamza written, a nisba\'s ي',
    text: 'قال المتحدث باسم الشرطة ابراهيم الزعبي إن التحقيق مستمر. وأضاف إبراهيم الزعبي أن النتائج قريبة. وقال الخبير خالد المشهدانى إن الوضع صعب، وأضاف المشهداني أن الحل قريب.',
    findings: [{ covers: 'ابراهيم الزعبي' }, { covers: 'خالد المشهدانى' }],
    fixed: 'قال المتحدث باسم الشرطة إبراهيم الزعبي إن التحقيق مستمر. وأضاف إبراهيم الزعبي أن النتائج قريبة. وقال الخبير خالد المشهداني إن الوضع صعب، وأضاف المشهداني أن الحل قريب.',
  },
  {
    name: 'a nisba\'s final ي is kept however often ى is written for it; a given name\'s ى, with the article too, is kept likewise',
    text: 'قال رئيس المجلس حنفي جبالى إن القانون أقر. وأضاف جبالى أن اللائحة جاهزة، وأكد جبالي أن الحوار مستمر. وقال الشيخ سعد العيسى إن الموسم بدأ، وأضاف العيسى أن الحجز مفتوح، وأكد العيسي ذلك.',
    findings: [{ covers: 'حنفي جبالى' }, { covers: 'جبالى', nth: 1 }, { covers: 'العيسي' }],
    fixed: 'قال رئيس المجلس حنفي جبالي إن القانون أقر. وأضاف جبالي أن اللائحة جاهزة، وأكد جبالي أن الحوار مستمر. وقال الشيخ سعد العيسى إن الموسم بدأ، وأضاف العيسى أن الحجز مفتوح، وأكد العيسى ذلك.',
  },
  {
    name: 'a family name in ي after two given names is the name\'s last part, before a noun with the article too; after الرئيس a listed surname in ي is the president\'s',
    text: 'وأدت حكومة الدكتور مصطفى كمال مدبولى اليمين الدستورية أمام الرئيس. وقال مدبولي إن الحكومة ستعمل. وشدد الرئيس السيسى على أهمية المشروع، وقال الرئيس عبد الفتاح السيسي في كلمته إن الدولة ماضية.',
    findings: [{ covers: 'مصطفى كمال مدبولى' }, { covers: 'السيسى' }],
    fixed: 'وأدت حكومة الدكتور مصطفى كمال مدبولي اليمين الدستورية أمام الرئيس. وقال مدبولي إن الحكومة ستعمل. وشدد الرئيس السيسي على أهمية المشروع، وقال الرئيس عبد الفتاح السيسي في كلمته إن الدولة ماضية.',
  },
  {
    name: 'a listed place of two words run together is its house spelling\'s variant: fixed beside the house spelling, offered where the article writes it so throughout',
    text: 'وتجمع مئات في هونغ كونغ يوم الأحد، وقالت شرطة هونغكونغ إنها اعتقلت 12 شخصا.',
    findings: [{ covers: 'هونغكونغ', messageId: 'houseSpelling' }],
    fixed: 'وتجمع مئات في هونغ كونغ يوم الأحد، وقالت شرطة هونغ كونغ إنها اعتقلت 12 شخصا.',
  },
  {
    name: 'an alias introduced in brackets after the words that qualify the name; a branch of a group is a body of its own, not the group\'s other name',
    text: 'ودعت الهيئة الحكومية للتنمية في شرق أفريقيا (إيغاد) إلى وقف القتال، وقالت إيغاد إن المحادثات ستستأنف. وتبنى تنظيم الدولة الإسلامية في غرب أفريقيا الهجوم، ويعد التنظيم فرعا لتنظيم داعش.',
    findings: [],
  },
  {
    name: 'an alias introduced in brackets without its article',
    text: 'وشارك ممثلون عن حلف شمال الأطلسي (ناتو) والاتحاد الأوروبي. وأشار البيان إلى دور الناتو في تأمين الممرات.',
    config,
    findings: [],
  },
  {
    name: 'an alias introduced after a nisba that describes the name, in brackets or with «المعروف باسم»',
    text: 'وتبنى تنظيم الدولة الإسلامية الإرهابي (داعش) الهجوم. وكان داعش قد نفذ هجمات مماثلة. وقال حلف شمال الأطلسي العسكري، المعروف باسم الناتو، إن قواته جاهزة، وأضاف الناتو أن التدريبات مستمرة.',
    config,
    findings: [],
  },
  {
    name: 'an alias introduced in brackets after the name in quotation marks, or with «المعروف سابقا باسم»',
    text: 'وتبنى «تنظيم الدولة الإسلامية» (داعش) الهجوم في بيان. وكان داعش قد نفذ هجمات مماثلة. وقال حلف شمال الأطلسي، المعروف سابقا باسم الناتو، إن قواته جاهزة، وأضاف الناتو أن التدريبات مستمرة.',
    config,
    findings: [],
  },
  {
    name: 'an alias after the first word of the name it stands for: the replacement takes that word in',
    text: 'وشارك ممثلون عن حلف شمال الأطلسي في القمة. وأشار البيان إلى دور حلف الناتو في تأمين الممرات.',
    config,
    findings: [{ covers: 'الناتو', messageId: 'alias' }],
    suggested: 'وشارك ممثلون عن حلف شمال الأطلسي في القمة. وأشار البيان إلى دور حلف شمال الأطلسي في تأمين الممرات.',
  },
  {
    name: 'Persian letters in a name are persian-letters\' to report: one finding for one slip',
    text: 'وقال بلینکن في ترکیا إن الحل ممكن، وأضاف بلينكن أن تركيا شريك. وقالت الناشطة ریم العلي إن الحملة مستمرة، وأضافت ريم العلي أن التبرعات تتزايد.',
    findings: [],
  },
  {
    name: 'a short listed name misspelt: ه for its ة, its hamza dropped',
    text: 'وصل الوفد إلى غزة أمس، وقال مسؤول في غزه إن المعبر مغلق، وأعلنت شركة ابل ومنافستها أبل نتائجهما.',
    findings: [{ covers: 'غزه', messageId: 'houseSpelling' }, { covers: 'ابل', messageId: 'houseSpelling' }],
    fixed: 'وصل الوفد إلى غزة أمس، وقال مسؤول في غزة إن المعبر مغلق، وأعلنت شركة أبل ومنافستها أبل نتائجهما.',
  },
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
    name: 'a surname after على, which folds like the given name علي, is still the person named before',
    text: 'قال المهاجم الفرنسي كيليان مبابي إن الفريق جاهز.\nوعرضت الإدارة على مبابى زيادة في الراتب، وردت على بلينكين بعد أن التقت أنتوني بلينكن.',
    config,
    findings: [
      { covers: 'مبابى', messageId: 'houseSpelling' },
      { covers: 'بلينكين', messageId: 'houseSpelling' },
    ],
    fixed: 'قال المهاجم الفرنسي كيليان مبابي إن الفريق جاهز.\nوعرضت الإدارة على مبابي زيادة في الراتب، وردت على بلينكن بعد أن التقت أنتوني بلينكن.',
  },
  {
    name: 'a phrase in ب after a full name (ميسي بهدف) is not its surname: the surname written otherwise differs',
    text: 'تقدم الأرجنتيني ليونيل ميسي بهدف مبكر، ثم أضاف ميسى هدفا ثانيا، وقال ميسي إن الفوز مهم.',
    config,
    findings: [{ covers: 'ميسى', messageId: 'houseSpelling' }],
    fixed: 'تقدم الأرجنتيني ليونيل ميسي بهدف مبكر، ثم أضاف ميسي هدفا ثانيا، وقال ميسي إن الفوز مهم.',
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
    name: 'a phrase led by a preposition and the article after a title and its object is no person: مآرب (aims) stays beside the city مأرب',
    text: 'وقال مسؤول في مأرب إن القوات صامدة.\nواتهم المتحدث الأطراف الخارجية بالسعي لتحقيق مآرب سياسية.',
    findings: [],
  },
  {
    name: 'an alias in quotation marks right after the name introduces it, with أو or in brackets',
    text: 'وأعلنت حركة المقاومة الإسلامية «حماس» موقفها، وقال مسؤول إن حماس ترفض. وتبنى تنظيم الدولة الإسلامية، أو «داعش»، الهجوم، وكان داعش قد هدد.',
    config,
    findings: [],
  },
  {
    name: 'another name in quotation marks is the speaker\'s or the name itself: no alias finding',
    text: 'وقال مسؤول في تنظيم الدولة الإسلامية إن الهجوم وقع فجرا، فيما يطلق عليه خصومه اسم "داعش"، وقال أحد السكان: «رجال داعش انسحبوا».',
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
    name: 'quoted spellings are flagged by default, their fix only offered: a quoted name may be a title; in the title of a work named as one it is not flagged',
    text: 'وقال الوزير: «سنزور ايران قريبا». وتستعد إيران للزيارة، وتأمل إيران في نتائج. واستشهد بكتاب «أمريكا التي رأيت»، وبعبارة «أمريكا أولا»، وقال إن أميركا شريك.',
    config,
    findings: [{ covers: 'ايران' }, { covers: 'أمريكا', nth: 1 }],
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
    name: 'an alias introduced with المعروفون باسم, يطلقون على أنفسهم اسم, or يطلق عليه خصومه اسم',
    text: 'أعلن الحوثيون، المعروفون باسم أنصار الله، مسؤوليتهم عن الهجوم. وقال الحوثيون إن الهجوم رد على الغارات.\nوقالت الجماعة، التي يطلق عليها أنصارها اسم هيئة تحرير الشام، إنها انسحبت.\nوهاجم تنظيم الدولة الإسلامية، الذي يطلق عليه خصومه اسم داعش، القرية. وقال داعش إنه قتل جنديين.',
    findings: [],
  },
  {
    name: 'an alias introduced with المعروف باسم',
    text: 'تبنى تنظيم الدولة الإسلامية المعروف باسم «داعش» الهجوم.\nوكان داعش قد هدد بشن هجمات.',
    config,
    findings: [],
  },
  {
    name: 'a nom de guerre followed by «واسمه الحقيقي» and the real name introduces the two',
    text: 'وقال أبو محمد الجولاني، واسمه الحقيقي أحمد الشرع، إن المعركة مستمرة. وأضاف الجولاني أن قواته ستحمي المدنيين.',
    config,
    findings: [],
  },
  {
    name: 'a name followed by «واسمه» and the other name introduces the two',
    text: 'وقال أحمد الشرع، واسمه الحركي أبو محمد الجولاني، إن المعركة مستمرة. وأضاف الجولاني أن قواته ستحمي المدنيين.',
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
  {
    name: 'an adjective made from a place is no spelling of it',
    text: 'وقال إن البلاد تستحق مستقبلا أوروبيا، وإن أوروبا ستدعمها.',
    config,
    findings: [],
  },
  {
    name: 'an Arabic word with the article and ي is no spelling of a surname like it',
    text: 'وقال الرئيس المصري عبد الفتاح السيسي إن الحل السياسي هو الطريق الوحيد. وأكد السيسي أن المسار السياسي مستمر.',
    config,
    findings: [],
  },
  {
    name: 'away from a cue, a vowel swapped for another is no spelling',
    text: 'وتستضيف تركيا ملايين السوريين الذين تركوا منازلهم خلال الحرب.',
    config,
    findings: [],
  },
  {
    name: 'a cue for a place rules out a spelling of a person',
    text: 'وقال المتحدث باسم الكرملين دميتري بيسكوف إن الهجوم على مدينة بسكوف عمل إرهابي.',
    config,
    findings: [],
  },
  {
    name: 'a brother and a sister whose given names fold alike (يسري، يسرى) are two people',
    text: 'وأدلى نجلا المجني عليه، يسري فوزي (38 عاما) وشقيقته يسرى فوزي (35 عاما)، بشهادتيهما. وقالت يسرى فوزي في إفادتها إن والدها تلقى تهديدات.',
    findings: [],
  },
  {
    name: 'a work\'s title in quotation marks keeps its published spelling; a quotation of speech does not',
    text: 'وعرض المهرجان فيلم «أمريكا شيكا بيكا» (1993)، وصدر كتاب «أمريكا التي رأيت». وقال المخرج: «أمريكا لن تتغير».',
    config,
    findings: [{ covers: 'أمريكا', nth: 2 }],
    suggested: 'وعرض المهرجان فيلم «أمريكا شيكا بيكا» (1993)، وصدر كتاب «أمريكا التي رأيت». وقال المخرج: «أميركا لن تتغير».',
  },
  {
    name: 'so does في, which a place follows, with و or without; at a cue for a person the spelling is his',
    text: 'وقال الوزير فاليري كوروتوف إن المصنع سيعمل. وفي كروتوف، قال الحاكم إن الإنتاج توقف، وأضاف أن في كروتوف ملاجئ. وأكد الوزير كروتوف أنه يتابع.',
    config: { names: [...names, { preferred: 'فاليري كوروتوف', kind: 'person', variants: [], aliases: [], surnames: ['كوروتوف'] }] },
    findings: [{ covers: 'كروتوف', nth: 2 }],
    fixed: 'وقال الوزير فاليري كوروتوف إن المصنع سيعمل. وفي كروتوف، قال الحاكم إن الإنتاج توقف، وأضاف أن في كروتوف ملاجئ. وأكد الوزير كوروتوف أنه يتابع.',
  },
  {
    name: 'a place of the house list is no spelling of a person, even at a cue (بسكوف beside بيسكوف)',
    text: 'وقال دميتري بيسكوف إن الرد قادم. وفي بسكوف، قال الحاكم إن المطار تضرر.',
    findings: [],
  },
  {
    name: 'away from a cue, a short name is a vowel from ordinary words',
    text: 'وأصدر الأمين العام الأسبق كوفي عنان كتابا بعنوان «تدخلات».',
    config,
    findings: [],
  },
  {
    name: 'the feminine of a colour is no spelling of a place',
    text: 'وشهدت السويداء احتجاجات، وقال سكان إن أسعار الوقود في السوق السوداء تضاعفت.',
    config,
    findings: [],
  },
  {
    name: 'two names of one organisation side by side introduce the second',
    text: 'وأعلنت حركة المقاومة الإسلامية حماس موافقتها على المقترح، وقالت حماس إنها تنتظر الرد.',
    config,
    findings: [],
  },
  {
    name: 'an alias written another way is a spelling of the alias, not another name',
    text: 'وأعلنت أمريكا عقوبات جديدة، وقال مسؤول إن أميركا لن تتسامح، وأضاف أن أمريكا تنسق مع حلفائها.',
    config: { names: [{ preferred: 'الولايات المتحدة', kind: 'place', variants: [], aliases: ['أميركا'], aliasVariants: { أميركا: ['أمريكا'] } }] },
    findings: [
      { covers: 'أمريكا', messageId: 'houseSpelling' },
      { covers: 'أمريكا', nth: 1, messageId: 'houseSpelling' },
    ],
    fixed: 'وأعلنت أميركا عقوبات جديدة، وقال مسؤول إن أميركا لن تتسامح، وأضاف أن أميركا تنسق مع حلفائها.',
  },
  {
    name: 'the agency credit in a dateline names the source, not the news',
    text: 'استقبال رسمي في جدة\nجدة (واس) - استقبل ولي العهد رئيس وزراء باكستان.\nوذكرت وكالة الأنباء السعودية أن الجانبين استعرضا العلاقات الثنائية.',
    config,
    findings: [],
  },
  {
    name: 'a place at a trigger ends before a preposition and before an adjective',
    text: 'وقال مسؤولون إن مخيم زمزم قرب الفاشر تعرض لقصف عنيف. وأضافوا أن الوضع في مخيم زمزام كارثي.',
    config,
    findings: [{ covers: 'زمزام', messageId: 'articleSpelling', related: ['زمزم'] }],
    suggested: 'وقال مسؤولون إن مخيم زمزم قرب الفاشر تعرض لقصف عنيف. وأضافوا أن الوضع في مخيم زمزم كارثي.',
  },
  {
    name: 'a listed name with عبد written joined to the word after it',
    text: 'وقال وزير الخارجية بدر عبد العاطي إن الحوار مستمر. وأشار عبدالعاطي إلى أن الجولة المقبلة قريبة.',
    config,
    findings: [{ covers: 'عبدالعاطي', messageId: 'houseSpelling' }],
    fixed: 'وقال وزير الخارجية بدر عبد العاطي إن الحوار مستمر. وأشار عبد العاطي إلى أن الجولة المقبلة قريبة.',
  },
  {
    name: 'the adjective of a listed place follows the house spelling of the place, with its proclitics and endings; in quotation marks the fix is only offered',
    text: 'وقال مسؤول أمريكي إن الجيش الأمريكي وصل، وإن المسؤولين الأمريكيين وللأمريكيات والأوربية متفائلون.\nوقال السفير: «الموقف الأمريكي ثابت».',
    config,
    findings: [
      { covers: 'أمريكي', messageId: 'houseNisba' },
      { covers: 'الأمريكي', messageId: 'houseNisba' },
      { covers: 'الأمريكيين', messageId: 'houseNisba' },
      { covers: 'وللأمريكيات', messageId: 'houseNisba' },
      { covers: 'والأوربية', messageId: 'houseNisba' },
      { covers: 'الأمريكي', nth: 2, messageId: 'houseNisba' },
    ],
    fixed: 'وقال مسؤول أميركي إن الجيش الأميركي وصل، وإن المسؤولين الأميركيين وللأميركيات والأوروبية متفائلون.\nوقال السفير: «الموقف الأمريكي ثابت».',
  },
  {
    name: 'in an institution\'s name the house adjective is only offered: the institution may keep its own spelling',
    text: 'وتخرج في الجامعة الأمريكية بالقاهرة، ثم عمل مع الجيش الأمريكي.',
    config,
    findings: [
      { covers: 'الأمريكية', messageId: 'houseNisba' },
      { covers: 'الأمريكي', nth: 1, messageId: 'houseNisba' },
    ],
    fixed: 'وتخرج في الجامعة الأمريكية بالقاهرة، ثم عمل مع الجيش الأميركي.',
  },
  {
    name: 'a company, a newspaper or a militia that a place\'s adjective describes is no institution\'s name: fixed',
    text: 'وأعلنت الشركة الأمريكية أرباحها، ونقلت الصحيفة الأمريكية الخبر عن مسؤولين في الولايات المتحدة الأمريكية.',
    config,
    findings: [
      { covers: 'الأمريكية', messageId: 'houseNisba' },
      { covers: 'الأمريكية', nth: 1, messageId: 'houseNisba' },
      { covers: 'الأمريكية', nth: 2, messageId: 'houseNisba' },
    ],
    fixed: 'وأعلنت الشركة الأميركية أرباحها، ونقلت الصحيفة الأميركية الخبر عن مسؤولين في الولايات المتحدة الأميركية.',
  },
  {
    name: 'the adjective of a listed place without the hamza the house writes (الاردني، الايرانية، واسرائيليون), after a title and before another word with the article too',
    text: 'وقال الطبيب الاردني الآخر إن الأسرة متوفرة، وإن الحكومة الايرانية تتابع، وشارك اسرائيليون وفلسطينيون في اللقاء، وقال الرئيس الأمريكي السابق إن الحل ممكن.',
    findings: [
      { covers: 'الاردني', messageId: 'houseNisba' },
      { covers: 'الايرانية', messageId: 'houseNisba' },
      { covers: 'اسرائيليون', messageId: 'houseNisba' },
      { covers: 'الأمريكي', messageId: 'houseNisba' },
    ],
    fixed: 'وقال الطبيب الأردني الآخر إن الأسرة متوفرة، وإن الحكومة الإيرانية تتابع، وشارك إسرائيليون وفلسطينيون في اللقاء، وقال الرئيس الأميركي السابق إن الحل ممكن.',
  },
  {
    name: 'clean: the same adjectives with the house hamza, after a title and before another word with the article',
    text: 'وقال الطبيب الأردني الآخر إن الأسرة متوفرة، وإن الحكومة الإيرانية تتابع، وشارك إسرائيليون وفلسطينيون في اللقاء، وقال الرئيس الأميركي السابق إن الحل ممكن.',
    findings: [],
  },
  {
    name: 'the adjectives of listed places in the house spelling, and words that only end like one, give nothing',
    text: 'وقال مسؤول أميركي إن الجيش الأميركي وصل، وإن المسؤولين الأميركيين والأوروبية متفائلون، وإن الحكومة الإيرانية والعراقية والقطرية ترحب، وإن الأمريكتين تتابعان.',
    config,
    findings: [],
  },
  {
    name: 'after a verb of saying, an unknown word is the speaker when where it was said follows (في المؤتمر الصحفي)',
    text: 'وقال مدرب الفريق مارسيل كولر إن الأداء تحسن، وأضاف كوللر في المؤتمر الصحفي أن الإرهاق بدا واضحا.',
    findings: [{ covers: 'كوللر', messageId: 'articleSpelling', severity: 'warning' }],
    fixed: 'وقال مدرب الفريق مارسيل كولر إن الأداء تحسن، وأضاف كولر في المؤتمر الصحفي أن الإرهاق بدا واضحا.',
  },
  {
    name: 'clean: a verb of saying before a setting with the article, and the same speaker by surname',
    text: 'وقال مدرب الفريق مارسيل كولر إن الأداء تحسن، وأضاف كولر في المؤتمر الصحفي أن الإرهاق بدا واضحا، وقال المدرب في الجلسة الختامية إن الفريق جاهز.',
    findings: [],
  },
  {
    name: 'a person named right after a party is the person, not part of the party\'s name',
    text: 'وفاز مرشح حزب التقدم رامي الشمري برئاسة المجلس البلدي، وقال رامي الشمرى في كلمة لأنصاره إن العاصمة اختارت التغيير.',
    findings: [{ covers: 'رامي الشمرى', messageId: 'articleSpelling' }],
    fixed: 'وفاز مرشح حزب التقدم رامي الشمري برئاسة المجلس البلدي، وقال رامي الشمري في كلمة لأنصاره إن العاصمة اختارت التغيير.',
  },
  {
    name: 'clean: a person after a party, and a university named after a king',
    text: 'وفاز مرشح حزب التقدم رامي الشمري برئاسة المجلس البلدي، وقال رامي الشمري في كلمة لأنصاره إن طلاب جامعة الملك سعود صوتوا له.',
    findings: [],
  },
  {
    name: 'a lone surname written as another person named in full writes it, not as the listed person named in full, is that person\'s',
    text: 'قال المستشار الألماني أولاف شولتس إن وزير الخارجية الأميركي الأسبق جورج شولتز كان صديقا لألمانيا. وأضاف أن دور شولتز في نهاية الحرب الباردة لا ينسى.',
    findings: [],
  },
  {
    name: 'a lone surname in another spelling of the listed person named in full, with no one else named so, is his',
    text: 'قال المستشار الألماني أولاف شولتس إن الوضع صعب. وأضاف شولتز أن الحكومة تتابع الملف.',
    findings: [{ covers: 'شولتز', messageId: 'houseSpelling' }],
    fixed: 'قال المستشار الألماني أولاف شولتس إن الوضع صعب. وأضاف شولتس أن الحكومة تتابع الملف.',
  },
  {
    name: 'a given name with its hamza is the right spelling, however often it is written without',
    text: 'قال رئيس الوزراء إبراهيم السعدي إن الحكومة ستقدم الموازنة، وأضاف ابراهيم السعدي أن العجز سيتراجع، وختم ابراهيم السعدي حديثه بالشكر.',
    findings: [
      { covers: 'ابراهيم السعدي', messageId: 'articleSpelling' },
      { covers: 'ابراهيم السعدي', nth: 1, messageId: 'articleSpelling' },
    ],
    fixed: 'قال رئيس الوزراء إبراهيم السعدي إن الحكومة ستقدم الموازنة، وأضاف إبراهيم السعدي أن العجز سيتراجع، وختم إبراهيم السعدي حديثه بالشكر.',
  },
  {
    name: 'a listed name with ڤ for its ف is a spelling of it wherever it stands',
    text: 'ووصل الوزير إلى فيينا أمس، وغادر ڤيينا صباح اليوم.',
    findings: [{ covers: 'ڤيينا', messageId: 'houseSpelling' }],
    fixed: 'ووصل الوزير إلى فيينا أمس، وغادر فيينا صباح اليوم.',
  },
  {
    name: 'an unlisted spelling of a listed person\'s first name before his surname as listed is his full name misspelt, wherever it stands',
    text: 'وقال الرئيس الأوكراني فولوديمير زيلينسكي إن الهجوم فشل. ودعا ڤولوديمير زيلينسكي الشركاء إلى الإسراع، وحذر فلاديمر بوتين، بعد أن تحدث فلاديمير بوتين أمس.',
    findings: [
      { covers: 'ڤولوديمير زيلينسكي', messageId: 'houseSpelling' },
      { covers: 'فلاديمر بوتين', messageId: 'houseSpelling' },
    ],
    fixed: 'وقال الرئيس الأوكراني فولوديمير زيلينسكي إن الهجوم فشل. ودعا فولوديمير زيلينسكي الشركاء إلى الإسراع، وحذر فلاديمير بوتين، بعد أن تحدث فلاديمير بوتين أمس.',
  },
  {
    name: 'clean: a surname alone after a word that only looks like a spelling of the given name stays the surname',
    text: 'وقال الرئيس الأوكراني فولوديمير زيلينسكي إن الهجوم فشل، وأضاف أن زيلينسكي سيزور العاصمة.',
    findings: [],
  },
  {
    name: 'a surname joined with الله is no word with a pronoun: it ends the name of the person named, not the listed one\'s',
    text: 'وافتتح التاجر رامي نصرالله متجرا جديدا في صور. وقال نصرالله إن المتجر يوفر عشرين فرصة عمل.',
    findings: [],
  },
  {
    name: 'a listed place after the kind of a work may be its title: its house spelling is offered',
    text: 'وتصدرت رواية أمريكا لربيع علم الدين قائمة المبيعات، بعد أن زار الكاتب أميركا العام الماضي.',
    findings: [{ covers: 'أمريكا', messageId: 'houseSpelling' }],
    suggested: 'وتصدرت رواية أميركا لربيع علم الدين قائمة المبيعات، بعد أن زار الكاتب أميركا العام الماضي.',
  },
  {
    name: 'a listed name written joined throughout, where the list writes it apart, is offered the house spacing: the article\'s other names may be joined too',
    text: 'ووصل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إلى جدة، وكان في استقباله بمطار الملك عبدالعزيز الدولي أمير المنطقة.',
    findings: [{ covers: 'سلمان بن عبدالعزيز', messageId: 'houseSpelling' }],
    suggested: 'ووصل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز إلى جدة، وكان في استقباله بمطار الملك عبدالعزيز الدولي أمير المنطقة.',
  },
  {
    name: 'clean: the parties of a case (المدعي، المدعى عليه، المتوفى) and a verbal noun after a title (المدير تلقي) are no names',
    text: 'وقال المدعى عليه إن العقد مزور، وطلب المدعي العام إنزال أشد العقوبة. وقال التقرير إن المدير تلقى مبالغ من المورد، ونفى المدير تلقي مبالغ من أي جهة. وتسلمت أرملة المتوفى التعويض، وقال شقيق المتوفي إن الأسرة راضية.',
    findings: [],
  },
  {
    name: 'a given name and a surname without the middle name are the full name\'s: its misspelling is flagged',
    text: 'وقال رئيس البلدية أحمد خليل النعيمي إن المشروع اكتمل، وأضاف احمد النعيمي أن الافتتاح قريب.',
    findings: [{ covers: 'احمد النعيمي', messageId: 'articleSpelling' }],
    fixed: 'وقال رئيس البلدية أحمد خليل النعيمي إن المشروع اكتمل، وأضاف أحمد النعيمي أن الافتتاح قريب.',
  },
  {
    name: 'clean: the full name then the given name and the surname alone',
    text: 'وقال رئيس الوزراء محمد شياع السوداني إن الحكومة ماضية في خطتها، وأكد محمد السوداني أن الموازنة ستقر قريبا.',
    findings: [],
  },
  {
    name: 'a surname with the article and without it beside the same given name is one person: information, the spelling offered',
    text: 'وقال الدكتور سامر الحلبي إن الوضع صعب، وأكد سامر حلبي أن الوزارة تتابع الملف.',
    findings: [{ covers: 'سامر حلبي', messageId: 'articleSpelling', severity: 'info' }],
    suggested: 'وقال الدكتور سامر الحلبي إن الوضع صعب، وأكد سامر الحلبي أن الوزارة تتابع الملف.',
  },
  {
    name: 'clean: two people whose surnames differ by the article but not their given names',
    text: 'وقال الدكتور سامر الحلبي إن الوضع صعب، وأكد رامي حلبي أن الوزارة تتابع الملف.',
    findings: [],
  },
  {
    name: 'a handle in Arabic letters is an account\'s name, kept as written: it names no place',
    text: 'وكتب الحساب @امريكا_بالعربي أن السفارة مغلقة، وقالت أميركا إن القرار مؤقت.',
    findings: [],
  },
  {
    name: 'بن joined to a name is a Maghreb family name of its own (بنعلي): against بن علي the respelling is offered',
    text: 'وحضر محمد بنعلي الاجتماع. وقال محمد بن علي، وهو نائب آخر، إن الخطة فاشلة.',
    findings: [{ covers: 'محمد بن علي', messageId: 'articleSpelling' }],
    suggested: 'وحضر محمد بنعلي الاجتماع. وقال محمد بنعلي، وهو نائب آخر، إن الخطة فاشلة.',
  },
  {
    name: 'a kunya is a name of its own (أبو هريرة، أبو عبيدة): its two spellings are flagged',
    text: 'وروى أبو هريرة الحديث، وكان أبو هريره من أكثر الصحابة رواية. وحضر أبو عبيدة الاجتماع، وغاب أبو عبيده عن المؤتمر.',
    findings: [
      { covers: 'أبو هريره', messageId: 'articleSpelling' },
      { covers: 'أبو عبيده', messageId: 'articleSpelling' },
    ],
    fixed: 'وروى أبو هريرة الحديث، وكان أبو هريرة من أكثر الصحابة رواية. وحضر أبو عبيدة الاجتماع، وغاب أبو عبيدة عن المؤتمر.',
  },
  {
    name: 'a kunya is its two words when a noun in construct follows (وشغل أبو ناصر منصب السفير): written joined elsewhere, it is fixed apart',
    text: 'وشغل أبو ناصر منصب السفير في الكويت، وقال أبوناصر إن الشعر وظيفته.',
    findings: [{ covers: 'أبوناصر', messageId: 'articleSpelling' }],
    fixed: 'وشغل أبو ناصر منصب السفير في الكويت، وقال أبو ناصر إن الشعر وظيفته.',
  },
  {
    name: 'clean: a kunya written one way, and أبو before a noun with the article or in the dual',
    text: 'وروى أبو هريرة الحديث، وكان أبو هريرة من أكثر الصحابة رواية. وحمل أبو الطفلين ابنه إلى المستشفى، وبقي أبو طفلين آخرين في البيت.',
    findings: [],
  },
  {
    name: 'a compound after بن is one part of the name, written apart or joined (بن عبد الرحمن، بن عبدالرحمن)',
    text: 'وقال الشيخ خالد بن عبد الرحمن إن الوقف جاهز، وأضاف خالد بن عبدالرحمن أن الدروس تبدأ غدا، وختم خالد بن عبد الرحمن كلمته.',
    findings: [{ covers: 'خالد بن عبدالرحمن', messageId: 'articleSpelling' }],
    fixed: 'وقال الشيخ خالد بن عبد الرحمن إن الوقف جاهز، وأضاف خالد بن عبد الرحمن أن الدروس تبدأ غدا، وختم خالد بن عبد الرحمن كلمته.',
  },
  {
    name: 'clean: the compounds after بن tell two people apart (بن عبد الرحمن، بن عبد الرحيم)',
    text: 'وقال الشيخ خالد بن عبد الرحمن إن الوقف جاهز، وأضاف خالد بن عبد الرحيم أن الدروس تبدأ غدا.',
    findings: [],
  },
  {
    name: 'the name of God in a name is right however few write it so (عبد الله، not عبد اللة)',
    text: 'وقال عبد اللة الكتاني إن المسجد جديد. وأضاف عبد الله الكتاني أن الدروس تبدأ غدا.',
    findings: [{ covers: 'عبد اللة الكتاني', messageId: 'articleSpelling' }],
    fixed: 'وقال عبد الله الكتاني إن المسجد جديد. وأضاف عبد الله الكتاني أن الدروس تبدأ غدا.',
  },
  {
    name: 'a name that takes the article: a variant with it, after ل too, is fixed to the house spelling with it',
    text: 'حذرت اليونيسيف من تفاقم سوء التغذية بين الأطفال، وقال متحدث باسم اليونيسف إن مليون طفل بحاجة إلى مساعدة. ودعا المانحون إلى تقديم تمويل عاجل لليونيسيف.',
    findings: [
      { covers: 'اليونيسيف', messageId: 'houseSpelling' },
      { covers: 'ليونيسيف', nth: 1, messageId: 'houseSpelling' },
    ],
    fixed: 'حذرت اليونيسف من تفاقم سوء التغذية بين الأطفال، وقال متحدث باسم اليونيسف إن مليون طفل بحاجة إلى مساعدة. ودعا المانحون إلى تقديم تمويل عاجل لليونيسف.',
  },
  {
    name: 'clean: a name that takes the article, written with it and without it',
    text: 'حذرت اليونيسف من تفاقم سوء التغذية بين الأطفال، وقالت يونيسف في بيان إن مليون طفل بحاجة إلى مساعدة. ودعا المانحون إلى تقديم تمويل عاجل لليونيسف.',
    findings: [],
  },
  {
    name: 'a lone surname in another spelling after one person named by it is his',
    text: 'مدريد - سجل المهاجم خوان هيرنانديز هدفين في فوز فريقه على ضيفه. وقال هرنانديز إن الفريق استحق الفوز.',
    findings: [{ covers: 'هرنانديز', messageId: 'articleSpelling', severity: 'info' }],
    suggested: 'مدريد - سجل المهاجم خوان هيرنانديز هدفين في فوز فريقه على ضيفه. وقال هيرنانديز إن الفريق استحق الفوز.',
  },
  {
    name: 'clean: a lone surname after two people who share it (different given names) may be either\'s',
    text: 'مدريد - سجل المهاجم خوان هيرنانديز هدفين، وأضاف زميله خافيير هيرنانديز الثالث. وقال هرنانديز إن الفريق استحق الفوز.',
    findings: [],
  },
  {
    name: 'a full name in another spelling is still its own person\'s after two who share a surname',
    text: 'مدريد - سجل المهاجم خوان هيرنانديز هدفين، وأضاف زميله خافيير هيرنانديز الثالث. وقال خافيير هرنانديز إن الفريق استحق الفوز، وقال هيرنانديز إن المدرب راض.',
    findings: [{ covers: 'خافيير هرنانديز', messageId: 'articleSpelling', severity: 'info' }],
    suggested: 'مدريد - سجل المهاجم خوان هيرنانديز هدفين، وأضاف زميله خافيير هيرنانديز الثالث. وقال خافيير هيرنانديز إن الفريق استحق الفوز، وقال هيرنانديز إن المدرب راض.',
  },
  {
    name: 'a listed surname in another spelling, with no one else named by it, is the listed person\'s',
    text: 'أربيل - استقبل الزعيم الكردي مسعود بارزاني وفدا أميركيا في مصيف صلاح الدين. وقال برزاني إن الحوار مع بغداد مستمر.',
    findings: [{ covers: 'برزاني', messageId: 'houseSpelling' }],
    fixed: 'أربيل - استقبل الزعيم الكردي مسعود بارزاني وفدا أميركيا في مصيف صلاح الدين. وقال بارزاني إن الحوار مع بغداد مستمر.',
  },
  {
    name: 'clean: a listed surname after the listed person and another named by it (after a title and what it is of) may be either\'s',
    text: 'أربيل - التقى رئيس الإقليم نيجيرفان بارزاني الزعيم الكردي مسعود بارزاني في مصيف صلاح الدين. وقال برزاني إن الحوار مع بغداد مستمر.',
    findings: [],
  },
  {
    name: 'a listed surname\'s spelling after a title, what it is of and another given name is that person\'s name',
    text: 'أربيل - استقبل الزعيم الكردي مسعود بارزاني وفدا أميركيا، بحضور رئيس حكومة إقليم كردستان نيجيرفان برزاني.',
    findings: [],
  },
  {
    name: 'a listed surname\'s spelling after a verb, its subject and a noun is the listed person\'s',
    text: 'أربيل - استقبل الزعيم الكردي مسعود بارزاني وفدا أميركيا، وأكدت الخارجية دعم برزاني للحوار.',
    findings: [{ covers: 'برزاني', messageId: 'houseSpelling' }],
    fixed: 'أربيل - استقبل الزعيم الكردي مسعود بارزاني وفدا أميركيا، وأكدت الخارجية دعم بارزاني للحوار.',
  },
  {
    name: 'a listed surname\'s spelling after a title and a word that starts no name is the listed person\'s',
    text: 'أربيل - استقبل الزعيم الكردي مسعود بارزاني وفدا أميركيا، بحضور رئيس حكومة إقليم كردستان وقال برزاني إن الحوار مستمر.',
    findings: [{ covers: 'برزاني', messageId: 'houseSpelling' }],
    fixed: 'أربيل - استقبل الزعيم الكردي مسعود بارزاني وفدا أميركيا، بحضور رئيس حكومة إقليم كردستان وقال بارزاني إن الحوار مستمر.',
  },
  {
    name: 'clean: a family name and its nisba are two names (سيف البدر، سيف البدري), as العراق and العراقي are two words',
    text: 'الكويت - قال النائب سيف البدر إن الجلسة ستعقد الأسبوع المقبل، وأضاف سيف البدري أن الحكومة مدعوة للحضور. وقال البدري إن الاستجواب قائم، ورد البدر بأن الموعد مناسب.',
    findings: [],
  },
  {
    name: 'a nisba\'s final ي written ى is a spelling of it, beside the same name without the nisba',
    text: 'الكويت - قال النائب سيف البدر إن الجلسة ستعقد الأسبوع المقبل، وأضاف سيف البدرى أن الحكومة مدعوة للحضور. وقال البدري إن الاستجواب قائم.',
    findings: [{ covers: 'سيف البدرى', messageId: 'articleSpelling', severity: 'warning' }],
    fixed: 'الكويت - قال النائب سيف البدر إن الجلسة ستعقد الأسبوع المقبل، وأضاف سيف البدري أن الحكومة مدعوة للحضور. وقال البدري إن الاستجواب قائم.',
  },
  {
    name: 'the surname in ا after a foreign given name of two is part of the name, and a spelling of it alone differs (one each: the fix is offered)',
    text: 'وقال المدرب خوسيه لويس مونويرا إن الفريق جاهز. وأضاف مونيرا أن اللاعبين مستعدون.',
    findings: [{ covers: 'مونيرا', messageId: 'articleSpelling' }],
  },
  {
    name: 'clean: the surname in ا after a foreign given name of two, written alike',
    text: 'وقال المدرب خوسيه لويس مونويرا إن الفريق جاهز. وأضاف مونويرا أن اللاعبين مستعدون.',
    findings: [],
  },
  {
    name: 'a family name of two nisbas is the name, and a spelling of its last alone differs',
    text: 'وقال الوزير محمد التليلي المنصري إن الحكومة مستعدة. وأضاف المنصرى أن الموازنة جاهزة.',
    findings: [{ covers: 'المنصرى', messageId: 'articleSpelling' }],
    fixed: 'وقال الوزير محمد التليلي المنصري إن الحكومة مستعدة. وأضاف المنصري أن الموازنة جاهزة.',
  },
  {
    name: 'clean: a family name of two nisbas, and the last alone written alike',
    text: 'وقال الوزير محمد التليلي المنصري إن الحكومة مستعدة. وأضاف المنصري أن الموازنة جاهزة.',
    findings: [],
  },
  {
    name: 'a person after a title, its government and the listed place it governs, is found and a spelling of the name differs (one each: the fix is offered)',
    text: 'والتقى رئيس حكومة إقليم كردستان نيجيرفان بارزاني وفدا أميركيا. وقال نيجرفان بارزاني إن الحوار مستمر.',
    findings: [{ covers: 'نيجرفان بارزاني', messageId: 'articleSpelling' }],
  },
  {
    name: 'clean: a future verb after a name is no part of it, whatever verb follows the name again',
    text: 'وأعلن النادي أن الحارس البلجيكي تيبو كورتوا سيغيب عن المباراة. وتوقع المدرب أن الحارس البلجيكي تيبو كورتوا سيعود في مارس.',
    findings: [],
  },
  {
    name: 'a listed surname led by عبد before another surname is someone else\'s given name, whose surname in ى differs',
    text: 'وقال وزير الخارجية بدر عبد العاطي إن الحوار مستمر. وصوت النواب على إقالة وزير الاقتصاد عبد العاطي همتي. وقال همتى إنه يحترم القرار.',
    findings: [{ covers: 'همتى', messageId: 'articleSpelling' }],
    fixed: 'وقال وزير الخارجية بدر عبد العاطي إن الحوار مستمر. وصوت النواب على إقالة وزير الاقتصاد عبد العاطي همتي. وقال همتي إنه يحترم القرار.',
  },
  {
    name: 'clean: a listed surname led by عبد before another surname, and that surname alone written alike',
    text: 'وقال وزير الخارجية بدر عبد العاطي إن الحوار مستمر. وصوت النواب على إقالة وزير الاقتصاد عبد العاطي همتي. وقال همتي إنه يحترم القرار.',
    findings: [],
  },
  {
    name: 'an alias after المعروف باسم is the name, and that alias joined once differs',
    text: 'واعتقلت القوات أحمد الخبيل، المعروف باسم أبو خولة، العام الماضي. وقال مسؤول إن أنصار ابوخولة يشاركون في القتال.',
    findings: [{ covers: 'ابوخولة', messageId: 'articleSpelling' }],
    fixed: 'واعتقلت القوات أحمد الخبيل، المعروف باسم أبو خولة، العام الماضي. وقال مسؤول إن أنصار أبو خولة يشاركون في القتال.',
  },
  {
    name: 'clean: an alias after المعروف باسم, written alike again',
    text: 'واعتقلت القوات أحمد الخبيل، المعروف باسم أبو خولة، العام الماضي. وقال مسؤول إن أنصار أبو خولة يشاركون في القتال.',
    findings: [],
  },
  {
    name: 'a Maghreb surname in بن joined in the full name and written apart alone differs',
    text: 'وكان الأمين العام السابق عبد الإله بنكيران قد دعا إلى مراجعة شاملة. وقال بن كيران إن الحزب سيعود.',
    findings: [{ covers: 'بن كيران', messageId: 'articleSpelling' }],
    fixed: 'وكان الأمين العام السابق عبد الإله بنكيران قد دعا إلى مراجعة شاملة. وقال بنكيران إن الحزب سيعود.',
  },
  {
    name: 'clean: a Maghreb surname in بن joined, written alike alone',
    text: 'وكان الأمين العام السابق عبد الإله بنكيران قد دعا إلى مراجعة شاملة. وقال بنكيران إن الحزب سيعود.',
    findings: [],
  },
  {
    name: 'clean: أي (any) is no spelling of the آي of a foreign name, alone or after ل',
    text: 'وظهر الزعيم بحضور ابنته كيم جو آي. وقال إن بلاده ستتعامل بحزم مع أي استفزاز، ولا تنوي الترشح لأي منصب.\nوغنى المطرب الكوري آي يو، وقال إنه لا يريد أي شيء.',
    findings: [],
  },
  {
    name: 'a foreign name in آي written again with أي differs',
    text: 'وظهر الزعيم بحضور ابنته كيم جو آي. وقال إن بلاده ستتعامل بحزم مع أي استفزاز. وظهرت كيم جو أي في الصورة.',
    findings: [{ covers: 'كيم جو أي', messageId: 'articleSpelling' }],
    fixed: 'وظهر الزعيم بحضور ابنته كيم جو آي. وقال إن بلاده ستتعامل بحزم مع أي استفزاز. وظهرت كيم جو آي في الصورة.',
  },
  {
    name: 'clean: the nisbas of two given names after the same given name are two families (الحسيني/الحسني، الجابري/الجبري، السعيدي/السعدي)',
    text:
      'وقال الخبير محمد الحسيني إن السوق مستقر، فيما قال المحلل محمد الحسني إن الأسعار سترتفع.\n' +
      'وقال الأستاذ محمد الجابري إن المنهج جديد، وقال زميله محمد الجبري إن التطبيق صعب.\n' +
      'وقال النائب علي السعيدي إن الجلسة تأجلت، ورد النائب علي السعدي بأن النصاب اكتمل.',
    findings: [],
  },
  {
    name: 'a nisba of a given name written again with ى differs',
    text: 'وقال الخبير محمد الحسيني إن السوق مستقر، فيما قال المحلل محمد الحسني إن الأسعار سترتفع. وأضاف محمد الحسينى أن الطلب ضعيف.',
    findings: [{ covers: 'محمد الحسينى', messageId: 'articleSpelling' }],
    fixed: 'وقال الخبير محمد الحسيني إن السوق مستقر، فيما قال المحلل محمد الحسني إن الأسعار سترتفع. وأضاف محمد الحسيني أن الطلب ضعيف.',
  },
  {
    name: 'clean: family names with the article a long vowel apart, beside the same given name, are two people (الخطيب/الخطاب، العتيبي/العتابي)',
    text: 'وقال النائب محمود الخطيب إن الموازنة متأخرة، وقال زميله محمود الخطاب إن التصويت سيجرى غدا.\nوقال اللاعب فهد العتيبي إن الفريق جاهز، وقال زميله فهد العتابي إن المباراة صعبة.',
    findings: [],
  },
  {
    name: 'a family name with the article written again with ى differs',
    text: 'وقال النائب محمود الخطيب إن الموازنة متأخرة، وقال زميله محمود الخطاب إن التصويت سيجرى غدا.\nوقال اللاعب فهد العتيبي إن الفريق جاهز، وأضاف فهد العتيبى أن المباراة صعبة.',
    findings: [{ covers: 'فهد العتيبى', messageId: 'articleSpelling' }],
    fixed: 'وقال النائب محمود الخطيب إن الموازنة متأخرة، وقال زميله محمود الخطاب إن التصويت سيجرى غدا.\nوقال اللاعب فهد العتيبي إن الفريق جاهز، وأضاف فهد العتيبي أن المباراة صعبة.',
  },
  {
    name: 'clean: an alias after أو alone, or a former name after التي كانت تعرف باسم, is introduced',
    text:
      'وقال الأمين العام لحلف شمال الأطلسي، أو الناتو، إن الحلف مستعد. وعقد الناتو اجتماعا طارئا.\n' +
      'وقالت السلطات في ميانمار، التي كانت تعرف باسم بورما، إن الانتخابات ستجرى. وقال المجلس العسكري في ميانمار إن الموعد نهائي، وقال معارضون في بورما إنه مؤجل.',
    findings: [],
  },
  {
    name: 'an alias with no introduction is another name, whatever the article writes elsewhere',
    text: 'وقال الأمين العام لحلف شمال الأطلسي إن الحلف مستعد. وعقد الناتو اجتماعا طارئا.\nوقالت السلطات في ميانمار إن الانتخابات ستجرى. وقال معارضون في بورما إنها مؤجلة.',
    findings: [
      { covers: 'الناتو', messageId: 'alias' },
      { covers: 'بورما', messageId: 'alias' },
    ],
  },
  {
    name: 'clean: المنفى (exile) is a noun, no spelling of the surname المنفي',
    text: 'وقال رئيس المجلس الرئاسي الليبي محمد المنفي إن الحوار مستمر. وعاد المعارض إلى طرابلس بعد عشرين عاما في المنفى، وقال المنفي إن عودته مرحب بها.',
    findings: [],
  },
  {
    name: 'the surname المنفي written with ى in the full name differs',
    text: 'وقال رئيس المجلس الرئاسي الليبي محمد المنفي إن الحوار مستمر. وعاد المعارض إلى طرابلس بعد عشرين عاما في المنفى، واستقبله محمد المنفى في مكتبه.',
    findings: [{ covers: 'محمد المنفى', messageId: 'houseSpelling' }],
    fixed: 'وقال رئيس المجلس الرئاسي الليبي محمد المنفي إن الحوار مستمر. وعاد المعارض إلى طرابلس بعد عشرين عاما في المنفى، واستقبله محمد المنفي في مكتبه.',
  },
  {
    name: 'clean: a lone surname two people\'s names end like is the one\'s it is written as (توم براك … براك, not إيهود باراك)',
    text: 'وقال المبعوث الأميركي توم براك إن الحل سياسي. وقال رئيس الوزراء الأسبق إيهود باراك إن الحكومة فاشلة، وأضاف باراك أن الانتخابات ضرورية. وقال براك إن واشنطن تدعم الحوار.',
    findings: [],
  },
  {
    name: 'one of two people whose surnames are spellings of each other, written the other\'s way in full, differs',
    text: 'وقال المبعوث الأميركي توم براك إن الحل سياسي. وقال رئيس الوزراء الأسبق إيهود باراك إن الحكومة فاشلة، وأضاف باراك أن الانتخابات ضرورية. وقال براك إن واشنطن تدعم الحوار، وأكد توم باراك أن اللقاءات مستمرة.',
    findings: [{ covers: 'توم باراك', messageId: 'articleSpelling' }],
    suggested: 'وقال المبعوث الأميركي توم براك إن الحل سياسي. وقال رئيس الوزراء الأسبق إيهود باراك إن الحكومة فاشلة، وأضاف باراك أن الانتخابات ضرورية. وقال براك إن واشنطن تدعم الحوار، وأكد توم براك أن اللقاءات مستمرة.',
  },
  {
    name: 'clean: a nickname after الشهير بـ، المشهور باسم، المكنى، الذي يلقب بـ، المعروف شعبيا باسم or بلقب, in brackets too, is introduced',
    text:
      'وقال قائد قوات الدعم السريع محمد حمدان دقلو، الشهير بحميدتي، إن قواته ستواصل القتال. وقال حميدتي إن الحرب لن تنتهي قريبا.\n' +
      'وأعلن محمد حمدان دقلو، المشهور باسم حميدتي، هدنة. وقال حميدتي إنها إنسانية.\n' +
      'وقال محمد حمدان دقلو (المعروف بحميدتي) إن قواته تتقدم. وكان حميدتي قد أعلن حكومة موازية.\n' +
      'وقال محمد حمدان دقلو، الذي يلقب بحميدتي، إن الهدنة انتهت. وقال حميدتي إن القتال سيستمر.\n' +
      'وقال محمد حمدان دقلو، المعروف شعبيا باسم حميدتي، إن قواته صامدة. وأضاف حميدتي أن الحرب طويلة.\n' +
      'وقال محمد حمدان دقلو المعروف بلقب «حميدتي» إن قواته ستنسحب. وقال حميدتي إن الانسحاب مؤقت.\n' +
      'واعتقلت القوات أحمد الخبيل، المكنى أبو خولة، العام الماضي. وقال مسؤول إن أنصار أبو خولة يشاركون في القتال.',
    findings: [],
  },
  {
    name: 'a nickname with no introduction is another name; a kunya introduced by المكنى and written joined again differs',
    text:
      'وقال قائد قوات الدعم السريع محمد حمدان دقلو إن قواته ستواصل القتال. وقال حميدتي إن الحرب لن تنتهي قريبا.\n' +
      'واعتقلت القوات أحمد الخبيل، المكنى أبو خولة، العام الماضي. وقال مسؤول إن أنصار ابوخولة يشاركون في القتال.',
    findings: [
      { covers: 'حميدتي', messageId: 'alias' },
      { covers: 'ابوخولة', messageId: 'articleSpelling' },
    ],
    fixed:
      'وقال قائد قوات الدعم السريع محمد حمدان دقلو إن قواته ستواصل القتال. وقال حميدتي إن الحرب لن تنتهي قريبا.\n' +
      'واعتقلت القوات أحمد الخبيل، المكنى أبو خولة، العام الماضي. وقال مسؤول إن أنصار أبو خولة يشاركون في القتال.',
  },
  {
    name: 'clean: an honour after a verb that gives or wins it, spelled two ways, is no person (ومنح الرئيس وسام الاستحقاق)',
    text:
      'ومنح الرئيس وسام الاستحقاق من الدرجة الأولى للمدرب، وقلد الملك اللاعب وسام الإستحقاق.\n' +
      'وقال الفائز بوسام الشرف إن التكريم مسؤولية، ونال المهاجم وسام الشرف أيضا.\n' +
      'ومنح الوزير قلادة النيل للكاتب، وتسلم الكاتب قلاده النيل، وحصد العداء ذهبية السباق، وقال العداء ذهبيه السباق أصعب.',
    findings: [],
  },
  {
    name: 'a person named وسام written two ways differs, after a verb that gives an honour too',
    text: 'وقال اللواء وسام الأيوبي إن التحقيق مستمر، ومنح الرئيس اللواء وسام الايوبي وسام الاستحقاق.',
    findings: [{ covers: 'وسام الايوبي', messageId: 'articleSpelling' }],
    fixed: 'وقال اللواء وسام الأيوبي إن التحقيق مستمر، ومنح الرئيس اللواء وسام الأيوبي وسام الاستحقاق.',
  },
  {
    name: 'ڤ for ف is a spelling of the name wherever it stands, as a hamza is',
    text: 'وقال المدرب الألماني هانزي فليك إن الفريق جاهز، وتحسن أداء الفريق منذ وصول ڤليك إلى النادي.',
    findings: [{ covers: 'ڤليك', messageId: 'articleSpelling' }],
    fixed: 'وقال المدرب الألماني هانزي فليك إن الفريق جاهز، وتحسن أداء الفريق منذ وصول فليك إلى النادي.',
  },
  {
    name: 'clean: the same name written with ف throughout',
    text: 'وقال المدرب الألماني هانزي فليك إن الفريق جاهز، وتحسن أداء الفريق منذ وصول فليك إلى النادي.',
    findings: [],
  },
  {
    name: 'a foreign given name in ف after a title and a nationality starts the name, whose surname in ى then differs',
    text: 'وقال المدرب البلجيكي فينسنت كومباني إن الصفقة اكتملت، وأضاف كومبانى أن اللاعب جاهز.',
    findings: [{ covers: 'كومبانى', messageId: 'articleSpelling' }],
    fixed: 'وقال المدرب البلجيكي فينسنت كومباني إن الصفقة اكتملت، وأضاف كومباني أن اللاعب جاهز.',
  },
  {
    name: 'clean: a foreign given name in ف and its surname, written one way',
    text: 'وقال المدرب البلجيكي فينسنت كومباني إن الصفقة اكتملت، وأضاف كومباني أن اللاعب جاهز، فقد تابعه منذ أشهر.',
    findings: [],
  },
  {
    name: 'a writer\'s foreign given name in ف (فيودور) starts the name, whose surname in ى then differs',
    text: 'صدرت ترجمة جديدة لرواية الكاتب الروسي فيودور دوستويفسكي، وتضم رسائل دوستويفسكى إلى ناشره وصورا لمكتب دوستويفسكي.',
    findings: [{ covers: 'دوستويفسكى', messageId: 'articleSpelling' }],
    fixed: 'صدرت ترجمة جديدة لرواية الكاتب الروسي فيودور دوستويفسكي، وتضم رسائل دوستويفسكي إلى ناشره وصورا لمكتب دوستويفسكي.',
  },
  {
    name: 'clean: a writer\'s foreign given name in ف and his surname, written one way',
    text: 'صدرت ترجمة جديدة لرواية الكاتب الروسي فيودور دوستويفسكي، وتضم رسائل دوستويفسكي إلى ناشره وصورا لمكتب دوستويفسكي.',
    findings: [],
  },
  {
    name: 'a Maghreb given name of two (محمد المهدي) keeps its joined surname, whose other writing then differs',
    text: 'وقال الوزير محمد المهدي بنسعيد إن البرنامج يشمل المدن العتيقة. وقال محمد المهدي بن سعيد إن الوزارة مستعدة.',
    findings: [{ covers: 'محمد المهدي بن سعيد', messageId: 'articleSpelling' }],
    suggested: 'وقال الوزير محمد المهدي بنسعيد إن البرنامج يشمل المدن العتيقة. وقال محمد المهدي بنسعيد إن الوزارة مستعدة.',
  },
  {
    name: 'clean: a Maghreb given name of two and its joined surname, written one way',
    text: 'وقال الوزير محمد المهدي بنسعيد إن البرنامج يشمل المدن العتيقة. وقال محمد المهدي بنسعيد إن الوزارة مستعدة.',
    findings: [],
  },
  {
    name: 'a person named right after a party\'s name, from عبد on, is read apart from it, so the name\'s other spelling differs',
    text: 'وقال رئيس حركة مجتمع السلم عبد العالي حساني شريف إن حزبه يدعم المبادرة. وأكد عبد العالي حسانى شريف أن الحزب سيتابع التنفيذ.',
    findings: [{ covers: 'عبد العالي حسانى شريف', messageId: 'articleSpelling' }],
    fixed: 'وقال رئيس حركة مجتمع السلم عبد العالي حساني شريف إن حزبه يدعم المبادرة. وأكد عبد العالي حساني شريف أن الحزب سيتابع التنفيذ.',
  },
  {
    name: 'an alias followed by the nisba of the name it stands for is introduced (جماعة أنصار الله الحوثية)',
    text: 'توعد زعيم جماعة أنصار الله الحوثية عبد الملك الحوثي باستهداف السفن. وقال الحوثيون في بيان إن الهجمات ستستمر. وأعلنت جماعة أنصار الله إسقاط طائرة مسيرة.',
    findings: [],
  },
  {
    name: 'an alias with no nisba after it, and the name used too, is not introduced',
    text: 'توعد زعيم جماعة أنصار الله عبد الملك الحوثي باستهداف السفن. وقال الحوثيون في بيان إن الهجمات ستستمر.',
    findings: [{ covers: 'أنصار الله', messageId: 'alias' }],
  },
  {
    name: 'clean: a party\'s name and its leader\'s after it, written one way',
    text: 'وقال رئيس حركة مجتمع السلم عبد العالي حساني شريف إن حزبه يدعم المبادرة. وأكد عبد العالي حساني شريف أن الحزب سيتابع التنفيذ.',
    findings: [],
  },
]);

it('name-consistency: an alias not introduced is shown introduced the way wire copy does, the full name first', () => {
  const messages = (text: string) =>
    lint(text, configFor(rule, { config })).findings.map((f) => findingMessage(f, 'en'));
  assert.deepEqual(messages('وقالت قوة الأمم المتحدة المؤقتة في لبنان إن دورياتها مستمرة. وأضافت اليونيفيل أن الوضع هادئ.'), [
    '“قوة الأمم المتحدة المؤقتة في لبنان” is another name for “يونيفيل”, which this article also uses, and it is not introduced on first mention (as in “قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل)”).',
  ]);
  assert.deepEqual(messages('وقال الحوثيون في بيان إن الهجمات ستستمر. وأعلنت جماعة أنصار الله إسقاط طائرة مسيرة.'), [
    '“أنصار الله” is another name for “الحوثيون”, which this article also uses, and it is not introduced on first mention (as in “أنصار الله (الحوثيون)”).',
  ]);
});
