import { testRule } from '../testing/rule-tester';
import rule from './spelling-consistency';

testRule(rule, [
  {
    name: 'a Quran verse keeps its spelling and is not counted; words that differ only in ه/ة or ى/ي but are two words stay',
    text: 'قال الخطيب إن كل مسؤول سيسأل، مستشهدا بقوله تعالى: ﴿إِنَّ الْعَهْدَ كَانَ مَسْئُولًا﴾ وبقوله ﴿وَكَانَ الْمَسْئُولُ﴾. وأسقط الجيش الصاروخ الموجه قبل وصول الموجة الثانية، ونعى الوسط الفني الموسيقي الراحل صانع الموسيقى الشرقية.',
    findings: [],
  },
  {
    name: 'a Quran verse in quotation marks that تعالى introduces keeps its spelling and is not counted either',
    text: 'قال الخطيب إن كل مسؤول سيسأل، مستشهدا بقوله تعالى: «إن العهد كان مسئولا»، وإن المسؤولية جماعية.',
    findings: [],
  },
  {
    name: 'a quotation no تعالى introduces is a quotation like any: its spelling is offered',
    text: 'قال الخطيب إن كل مسؤول سيسأل، وإن الله تعالى رحيم، مضيفا: «كل مسئول سيحاسب»، وإن المسؤولية جماعية.',
    findings: [{ covers: 'مسئول', messageId: 'inconsistent' }],
    suggested: 'قال الخطيب إن كل مسؤول سيسأل، وإن الله تعالى رحيم، مضيفا: «كل مسؤول سيحاسب»، وإن المسؤولية جماعية.',
  },
  {
    name: 'Egyptian ى on a nisba or participle in م: المصرى beside المصري is one word misspelled',
    text: 'قال البنك إن الاقتصاد المصري يتحسن، وإن الجنيه المصري استقر، وإن القطاع المصرى نما، وإن البنك المركزي والبنك المركزى والعام الماضي والعام الماضى تغيرت.',
    findings: [{ covers: 'المصرى' }, { covers: 'المركزى' }, { covers: 'الماضى' }],
    fixed: 'قال البنك إن الاقتصاد المصري يتحسن، وإن الجنيه المصري استقر، وإن القطاع المصري نما، وإن البنك المركزي والبنك المركزي والعام الماضي والعام الماضي تغيرت.',
  },
  {
    name: 'words in م where ى and ي are two words: a participle or noun of place of a weak verb',
    text: 'قال إن المعنى واضح وإن الطرف المعني حاضر، وإن المصلى مزدحم وإن المصلي وصل، وإن المستوى مرتفع والسطح المستوي، وإن المنحنى صاعد والجسر المنحني، وإن الملتقى انطلق وإن الرجل الملتقي بهم غادر.',
    findings: [],
  },
  {
    name: 'the hamza seat: the minority form, with the first majority occurrence as related information',
    text: 'قال مسؤول في الوزارة إن الخطة جاهزة، وأكد مسؤول آخر ذلك، بينما نفى مسئول ثالث الخبر.',
    findings: [{ covers: 'مسئول', messageId: 'inconsistent', related: ['مسؤول'] }],
    fixed: 'قال مسؤول في الوزارة إن الخطة جاهزة، وأكد مسؤول آخر ذلك، بينما نفى مسؤول ثالث الخبر.',
  },
  {
    name: 'in quotation marks, a title or a quotation may keep the spelling it was printed in: the spelling is offered',
    text: 'ونشرت الصحيفة ملفا بعنوان «شئون عربية في عام صعب»، فيما خصصت الصحف الأخرى صفحاتها للشؤون المحلية، ووصف مسؤول الشؤون الخارجية الوضع بالصعب.',
    findings: [{ covers: 'شئون', messageId: 'inconsistent' }],
    suggested: 'ونشرت الصحيفة ملفا بعنوان «شؤون عربية في عام صعب»، فيما خصصت الصحف الأخرى صفحاتها للشؤون المحلية، ووصف مسؤول الشؤون الخارجية الوضع بالصعب.',
  },
  {
    name: 'one word with and without proclitics: المسؤول، ومسئول، للمسؤول',
    text: 'التقى المسؤول بالصحفيين.\nوقال مسؤول ومسئول آخر إن الرسالة وصلت للمسؤول.',
    findings: [{ covers: 'ومسئول', related: ['المسؤول'] }],
    fixed: 'التقى المسؤول بالصحفيين.\nوقال مسؤول ومسؤول آخر إن الرسالة وصلت للمسؤول.',
  },
  {
    name: 'a tie between two seats of the hamza before و goes to the standard ؤ, whichever comes first',
    text: 'تتولى الإدارة شئون الموظفين وشؤون المالية.',
    findings: [{ covers: 'شئون', related: ['وشؤون'] }],
    fixed: 'تتولى الإدارة شؤون الموظفين وشؤون المالية.',
  },
  {
    name: 'a tie between the seats of a word and its inflection goes to the standard ؤ too',
    text: 'وقال مسؤول في الوزارة إن الوزير استقال، والتقى الوزير مسئولين آخرين.',
    findings: [{ covers: 'مسئولين', related: ['مسؤول'] }],
    fixed: 'وقال مسؤول في الوزارة إن الوزير استقال، والتقى الوزير مسؤولين آخرين.',
  },
  {
    name: 'final ة/ه on a definite word, with an indefinite ة in the majority',
    text: 'قالت الهيئة إن هيئة المحلفين ستجتمع، وأضافت الهيئه أن الموعد لم يتحدد.',
    findings: [{ covers: 'الهيئه', related: ['الهيئة'] }],
    fixed: 'قالت الهيئة إن هيئة المحلفين ستجتمع، وأضافت الهيئة أن الموعد لم يتحدد.',
  },
  {
    name: 'final ى/ي on a definite word',
    text: 'جرى ذلك في العام الثاني من الولاية، ثم في العام الثانى أعلن الحزب الفائز في الدور الثاني.',
    findings: [{ covers: 'الثانى', related: ['الثاني'] }],
    fixed: 'جرى ذلك في العام الثاني من الولاية، ثم في العام الثاني أعلن الحزب الفائز في الدور الثاني.',
  },
  {
    name: 'a tie between final ي and ى goes to ي, unless the word ends in ى',
    text: 'تناول الاجتماع الوضع الدولى والتعاون الدولي، وبحث المرحلة الكبرى والقضايا الكبري.',
    findings: [{ covers: 'الدولى' }, { covers: 'الكبري' }],
    fixed: 'تناول الاجتماع الوضع الدولي والتعاون الدولي، وبحث المرحلة الكبرى والقضايا الكبرى.',
  },
  {
    name: 'a tie between final ة and ه goes to ة, even when ه comes first',
    text: 'زار الوفد المدرسه ثم عاد إلى المدرسة.',
    findings: [{ covers: 'المدرسه', related: ['المدرسة'] }],
    fixed: 'زار الوفد المدرسة ثم عاد إلى المدرسة.',
  },
  {
    name: 'a misspelled majority does not turn an indefinite ة into ه (it may be a pronoun elsewhere): the definite ه is the misspelling',
    text: 'أعلنت الهيئه نتائجها، وقالت الهيئه إن هيئة أخرى ستراجعها.',
    findings: [{ covers: 'الهيئه' }, { covers: 'الهيئه', nth: 1 }],
    fixed: 'أعلنت الهيئة نتائجها، وقالت الهيئة إن هيئة أخرى ستراجعها.',
  },
  {
    name: 'an Egyptian-style majority in ى does not turn the right ي into it',
    text: 'تراجع الجنيه المصرى أمام الدولار، وقال البنك المركزي المصري إن التراجع مؤقت، فيما وصف الاقتصاد المصرى بأنه متماسك.',
    findings: [{ covers: 'المصرى' }, { covers: 'المصرى', nth: 1 }],
    fixed: 'تراجع الجنيه المصري أمام الدولار، وقال البنك المركزي المصري إن التراجع مؤقت، فيما وصف الاقتصاد المصري بأنه متماسك.',
  },
  {
    name: 'different words with the same letters: حملة/حمله، على/علي، لدى/لدي',
    text: 'قاد الحزب حملة واسعة ثم حمله أنصاره على الأكتاف، وقال علي إن لدى الحزب خطة، وقال: «لدي أمل».',
    findings: [],
  },
  {
    name: 'harakat are ignored: عَلَم and عِلم are one spelling',
    text: 'رفع المتظاهرون عَلَم البلاد، وقالوا إن عِلم الحكومة بالأمر مؤكد، ورفعوا العلم مرة أخرى.',
    findings: [],
  },
  {
    name: 'the alef is not folded: أمن/آمن/امن, أن/إن, أثر/إثر',
    text: 'أكد أن أمن الحدود مستقر، وقال إن الوزير آمن بالفكرة وامن، وغادر إثر الاجتماع دون أثر.',
    findings: [],
  },
  {
    name: 'definite pairs that are different words: المعنى/المعني، المدعي/المدعى، القوى/القوي، الأولى/الأولي، الأسرى/الأسري',
    text: 'أكد الطرف المعني بهذا المعنى، وطلب المدعي العام من المدعى عليه الحضور، وتحدث عن القوى الكبرى والرجل القوي، وعن الجولة الأولى والتقرير الأولي، وعن الأسرى والعنف الأسري.',
    findings: [],
  },
  {
    name: 'a feminine elative or a noun in ى beside a nisba in ي is two words: العظمى/العظمي',
    text: 'وقالت الدراسة إن الغالبية العظمى من النساء يعانين من ضعف الهيكل العظمي.',
    findings: [],
  },
  {
    name: 'two words in ى and ي: الدعوى/الدعوي، الشورى/الشوري، اليمنى/اليمني، البلوى/البلوي',
    text: 'رفعت الجمعية الدعوى لوقف نشاطها الدعوي، وقالت إن رأي الشورى ملزم وإن دورها الشوري لا يقتصر على النصح، ورفع يده اليمنى أمام الوفد اليمني. وقال سالم البلوي إن المزارعين صبروا على البلوى سنوات.',
    findings: [],
  },
  {
    name: 'two words in ة and ه: الكرة/الكره',
    text: 'وانتقد الاتحاد خطاب الكره في الملاعب، وقال إن الكرة للجميع.',
    findings: [],
  },
  {
    name: 'a nisba or a word in ة written with ى or ه is still one word spelled two ways: العربى، الكبري، المدرسه',
    text: 'تناول الأمن العربي والتعاون العربى والقمة الكبرى والقضايا الكبرى والمرحلة الكبري، وزار المدرسة ثم المدرسه.',
    findings: [{ covers: 'العربى' }, { covers: 'الكبري' }, { covers: 'المدرسه' }],
    fixed: 'تناول الأمن العربي والتعاون العربي والقمة الكبرى والقضايا الكبرى والمرحلة الكبرى، وزار المدرسة ثم المدرسة.',
  },
  {
    name: 'the majority is counted over the inflections of a stem: مسؤول ×2 and المسؤولين against مسئولين',
    text: 'قال مسؤول في الوزارة إن مسؤول آخر أكد الخبر، وقال مسئولين إن المسؤولين غادروا.',
    findings: [{ covers: 'مسئولين', messageId: 'inconsistent', related: ['المسؤولين'] }],
    fixed: 'قال مسؤول في الوزارة إن مسؤول آخر أكد الخبر، وقال مسؤولين إن المسؤولين غادروا.',
  },
  {
    name: 'an inflection written against the seat the article uses for its stem: مسؤول ×2, مسئولية',
    text: 'قال مسؤول في الوزارة إن مسؤول آخر أكد الخبر، وحمّل الوزارة مسئولية التأخير.',
    findings: [{ covers: 'مسئولية', related: ['مسؤول'] }],
    fixed: 'قال مسؤول في الوزارة إن مسؤول آخر أكد الخبر، وحمّل الوزارة مسؤولية التأخير.',
  },
  {
    name: 'an inflection with a proclitic, anchored by its stem: لمسئولية beside المسؤول',
    text: 'أكد المسؤول أن المسؤولين غادروا، وأن لمسئولية الوزارة حدودا.',
    findings: [{ covers: 'لمسئولية', related: ['المسؤول'] }],
    fixed: 'أكد المسؤول أن المسؤولين غادروا، وأن لمسؤولية الوزارة حدودا.',
  },
  {
    name: 'one seat throughout a stem and its inflections is clean',
    text: 'قال مسؤول في الوزارة إن مسؤول آخر أكد الخبر، وقال مسؤولين إن المسؤولين غادروا، وحمّل الوزارة مسؤولية التأخير.',
    findings: [],
  },
  {
    name: 'only a hamza before و is a house choice across inflections: شيء/شيئا، جزء/جزئي، بئر/بؤرة، مؤذن/مئذنة are other words or forms',
    text: 'لم يتغير شيء ولم يبق شيء ولم يحدث شيئا جديدا، وانسحب جزء من القوات وجزء آخر انسحابا جزئيا، وحفروا بئر المياه قرب بئر أخرى وبؤرة التوتر، ورفع المؤذن الأذان وصعد المؤذن المئذنة.',
    findings: [],
  },
  {
    name: 'a hamza seat elsewhere than before و tells two words apart: بؤر/بئر، بؤس/بئس',
    text: 'وسيطر الجيش على بؤر التوتر، وتراجعت بؤر المسلحين، وحفر الأهالي بئر مياه. وقال: «بئس القرار»، وشكا السكان بؤس الحال وبؤس الخدمات.',
    findings: [],
  },
  {
    name: 'names are left to name-consistency: a surname found by the names detector',
    text: 'قال مهدي الحمداني إن الخطة جاهزة، وقال الحمدانى إن الموعد ثابت. وقال خالد العتيبي إن الوفد وصل، وأضاف العتيبى أن الاجتماع انتهى.',
    findings: [],
  },
  {
    name: 'beside a name, a word that is not one is still compared',
    text: 'قال مهدي الحمداني إن الجولة الثانية بدأت، وقال الحمداني إن الجولة الثانيه تأجلت، وإن الجولة الثانية حاسمة.',
    findings: [{ covers: 'الثانيه' }],
    fixed: 'قال مهدي الحمداني إن الجولة الثانية بدأت، وقال الحمداني إن الجولة الثانية تأجلت، وإن الجولة الثانية حاسمة.',
  },
  {
    name: 'bare alef for hamza is left to the hamza rule: الى/إلى',
    text: 'وصل الوفد الى القاهرة ثم إلى الإسكندرية ثم إلى أسوان.',
    findings: [],
  },
  {
    name: 'names are left to name-consistency: a surname from the name list',
    text: 'قال رئيس الوزراء محمد شياع السوداني إن الحكومة مستعدة، وأضاف السوداني أن الموعد ثابت، ثم ختم السودانى كلمته.',
    findings: [],
  },
  {
    name: 'a Persian sentence is not compared',
    text: 'قال المسؤول إن الخطة جاهزة، وأكد المسؤول ذلك. او گفت که مسئول این کار است.',
    findings: [],
  },
  {
    name: 'a noun in ى beside a verb in ي (التقوى، تقوي) is two words; the noun misspelled in ي is fixed to ى',
    text: 'وأكد الخطيب أن الصيام يعلم التقوى، وأن الرياضة تقوي الجسم، وأن التقوي زاد المؤمن.',
    findings: [{ covers: 'التقوي', related: ['التقوى'] }],
    fixed: 'وأكد الخطيب أن الصيام يعلم التقوى، وأن الرياضة تقوي الجسم، وأن التقوى زاد المؤمن.',
  },
  {
    name: 'a noun whose final ه is the root\'s (المياه، الاتجاه) keeps it against a misspelling in ة, however few write it so',
    text: 'شح المياه\nوتراجعت المياة في السد، وطالب المزارعون بحصص أكبر من المياه. وتغير الاتجاة العام، ثم تغير الاتجاه بعد الأمطار، وعادت الاتجاة إلى الصعود.',
    findings: [
      { covers: 'المياة', related: ['المياه'] },
      { covers: 'الاتجاة', related: ['الاتجاه'] },
      { covers: 'الاتجاة', nth: 1, related: ['الاتجاه'] },
    ],
    fixed: 'شح المياه\nوتراجعت المياه في السد، وطالب المزارعون بحصص أكبر من المياه. وتغير الاتجاه العام، ثم تغير الاتجاه بعد الأمطار، وعادت الاتجاه إلى الصعود.',
  },
  {
    name: 'clean: a noun in ى beside a verb in ي',
    text: 'وأكد الخطيب أن الصيام يعلم التقوى، وأن الرياضة تقوي الجسم.',
    findings: [],
  },
  {
    name: 'CRLF and BOM keep positions on the original text',
    text: '\uFEFFالعنوان\r\nقال مسؤول إن الخطة جاهزة.\r\nوأكد مسؤول آخر ذلك، ونفى مسئول ثالث الخبر.\r\n',
    findings: [{ covers: 'مسئول', related: ['مسؤول'] }],
    fixed: '\uFEFFالعنوان\r\nقال مسؤول إن الخطة جاهزة.\r\nوأكد مسؤول آخر ذلك، ونفى مسؤول ثالث الخبر.\r\n',
  },
]);
