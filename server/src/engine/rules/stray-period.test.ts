import { testRule } from '../testing/rule-tester';
import rule from './stray-period';

testRule(rule, [
  {
    name: 'a relative pronoun after a percentage, and ما يعني after a stop, are offered the comma',
    text: 'وبلغت نسبة النجاح 78.5%. التي تعد الأعلى منذ عقد، وارتفع عدد الناجحين بنسبة كبيرة. ما يعني أن الجامعات ستستقبل أعدادا أكبر.',
    findings: [{ covers: '. التي', messageId: 'mayDepend', severity: 'info' }, { covers: '. ما يعني', messageId: 'mayDepend', severity: 'info' }],
    suggested: 'وبلغت نسبة النجاح 78.5%، التي تعد الأعلى منذ عقد، وارتفع عدد الناجحين بنسبة كبيرة، ما يعني أن الجامعات ستستقبل أعدادا أكبر.',
  },
  {
    name: 'Markdown emphasis or a link beside the stop: the phrase and the word before are read through it, the markup left where it is',
    kind: 'markdown',
    text: '# الضرائب\n\nأقرت الحكومة حزمة إعفاءات واسعة. **بما في ذلك** ضريبة الدخل، ووجهت الدعوة إلى [للمستثمرين](https://example.com/a). الذين يستوفون الشروط، وإلى **المصدرين**. الذين يصدرون أكثر.\n',
    findings: [{ covers: '. **بما في ذلك' }, { covers: '. الذين' }, { covers: '. الذين', nth: 1 }],
    fixed: '# الضرائب\n\nأقرت الحكومة حزمة إعفاءات واسعة، **بما في ذلك** ضريبة الدخل، ووجهت الدعوة إلى [للمستثمرين](https://example.com/a)، الذين يستوفون الشروط، وإلى **المصدرين**، الذين يصدرون أكثر.\n',
  },
  {
    name: 'a relative pronoun whose verb is one of saying describes the name before the stop: what was said is no predicate of its own',
    text: 'وأشاد المسؤولون بالرئيس الأوكراني فولوديمير زيلينسكي. الذي قال في تصريحات للصحفيين إن الدعم يجب أن يستمر.',
    findings: [{ covers: '. الذي', messageId: 'relativePronoun' }],
    fixed: 'وأشاد المسؤولون بالرئيس الأوكراني فولوديمير زيلينسكي، الذي قال في تصريحات للصحفيين إن الدعم يجب أن يستمر.',
  },
  {
    name: 'a stop between two verses of the Quran quoted after تعالى or «الآية الكريمة» is the text\'s; outside the verse it is still stray',
    text: 'واستشهد الخطيب بقوله تعالى «ذلك الكتاب لا ريب فيه هدى للمتقين. الذين يؤمنون بالغيب»، وبالآية الكريمة «من شر الوسواس الخناس. الذي يوسوس في صدور الناس». وأشاد بالمصلين. الذين حضروا مبكرا.',
    findings: [{ covers: '. الذين', nth: 1 }],
    fixed: 'واستشهد الخطيب بقوله تعالى «ذلك الكتاب لا ريب فيه هدى للمتقين. الذين يؤمنون بالغيب»، وبالآية الكريمة «من شر الوسواس الخناس. الذي يوسوس في صدور الناس». وأشاد بالمصلين، الذين حضروا مبكرا.',
  },
  {
    name: 'a subordinate clause fronted before its main clause, a comma within its first dozen words, opens a sentence; without the comma it may continue the one before',
    text: 'رأي\nلا إصلاح بلا قدوة. لكي ينجح أي إصلاح، لا بد أن يبدأ المدير بنفسه. وأغلقت المدارس أبوابها. لكي تحمي الأطفال من البرد القارس في الشتاء.\nولا يملك اللاجئون وثائق رسمية. لكي تصل القوافل إلى المخيمات المحاصرة في الشمال، لا بد من هدنة.\n',
    findings: [{ covers: '. لكي', nth: 1, severity: 'info' }],
  },
  {
    name: 'a relative pronoun after a name with its plus (أوبك+) continues the sentence: the stop becomes a comma',
    text: 'النفط\nوتراجعت الأسعار بعد قرار خفض الإنتاج في تحالف أوبك+. الذي يضم دول المنظمة وحلفاءها بقيادة روسيا.\n',
    findings: [{ covers: '. الذي' }],
    fixed: 'النفط\nوتراجعت الأسعار بعد قرار خفض الإنتاج في تحالف أوبك+، الذي يضم دول المنظمة وحلفاءها بقيادة روسيا.\n',
  },
  {
    name: 'a purpose fronted before its main clause, after a comma, opens a sentence of its own; a purpose alone after the stop may continue the one before',
    text: 'وقالت الوزارة إن المشروع سينجز خلال عامين. لتسريع التنفيذ، شكلت الوزارة لجنة فنية.\nواتفق الطرفان على جدول زمني. لتسهيل انسحاب القوات من المدينة.',
    findings: [{ covers: '. لتسهيل', messageId: 'purposeClause' }],
  },
  {
    name: 'إلى جانب after a stop, followed by a noun with no verb, is offered its comma; إلى جانب ذلك opens a sentence',
    text: 'ويشارك في المهرجان فنانون من 15 دولة عربية. إلى جانب عروض مسرحية للأطفال. إلى جانب ذلك، أعلنت الهيئة برنامجا جديدا.',
    findings: [{ covers: '. إلى جانب', severity: 'info' }],
  },
  {
    name: 'an additive opener and a noun with no verb continue the sentence before; before ذلك, or with a verb or a fronted phrase, it is a sentence',
    text: 'ومن المتوقع أن يصدر عن الاجتماع إعلان مشترك. إضافة إلى خطة عمل تمتد خمس سنوات.\nوارتفعت الأسعار في الربع الأول. إضافة إلى ذلك، تراجعت الصادرات.\nوتضررت المحاصيل بشدة. علاوة على الخسائر البشرية، دمر الإعصار الطرق.\nوانتهى الاجتماع دون اتفاق. فضلا عن ذلك انسحب الوفد.',
    findings: [{ covers: '. إضافة إلى', messageId: 'mayDepend', severity: 'info' }],
    suggested: 'ومن المتوقع أن يصدر عن الاجتماع إعلان مشترك، إضافة إلى خطة عمل تمتد خمس سنوات.\nوارتفعت الأسعار في الربع الأول. إضافة إلى ذلك، تراجعت الصادرات.\nوتضررت المحاصيل بشدة. علاوة على الخسائر البشرية، دمر الإعصار الطرق.\nوانتهى الاجتماع دون اتفاق. فضلا عن ذلك انسحب الوفد.',
  },
  {
    name: 'التي opening a sentence whose predicate is a copula (كانت) is only a suggestion; after an indefinite noun, which takes no relative pronoun, nothing',
    text: 'انتهت المسابقة بعد البيان الختامي. التي فازت بالجائزة الأولى كانت طالبة من الجنوب.\nانتهت المسابقة دون أن يصدر أي بيان. التي فازت بالجائزة الأولى كانت طالبة من الجنوب.',
    findings: [{ covers: '. التي', messageId: 'mayDepend', severity: 'info' }],
    suggested: 'انتهت المسابقة بعد البيان الختامي، التي فازت بالجائزة الأولى كانت طالبة من الجنوب.\nانتهت المسابقة دون أن يصدر أي بيان. التي فازت بالجائزة الأولى كانت طالبة من الجنوب.',
  },
  {
    name: 'a relative pronoun after an indefinite noun or before a future verb may open a sentence: a suggestion; after a listed name it continues it',
    text: 'انقطعت المياه عن الحي ثلاثة أيام. الذي يريده السكان الآن حل دائم. وانتشرت دوريات الشرطة في الشوارع. الذي يخالف قرار الحظر سيعاقب. وعاد الوفد من غزة. التي تعاني من حصار طويل.',
    // The first الذي, after an indefinite noun and before يريده, which a «what» clause takes, opens a sentence.
    findings: [
      { covers: '. الذي', nth: 1, messageId: 'mayDepend', severity: 'info' },
      { covers: '. التي', messageId: 'relativePronoun' },
    ],
    fixed: 'انقطعت المياه عن الحي ثلاثة أيام. الذي يريده السكان الآن حل دائم. وانتشرت دوريات الشرطة في الشوارع. الذي يخالف قرار الحظر سيعاقب. وعاد الوفد من غزة، التي تعاني من حصار طويل.',
  },
  {
    name: 'الذين opening a sentence whose predicate is a defective verb (رووا) is only a suggestion',
    text: 'اندلع الحريق في الطابق الثالث من المبنى قرابة منتصف الليل. الذين نجوا منه رووا لنا تفاصيل مروعة عن الساعات الأولى.',
    findings: [{ covers: '. الذين', messageId: 'mayDepend', severity: 'info' }],
    suggested: 'اندلع الحريق في الطابق الثالث من المبنى قرابة منتصف الليل، الذين نجوا منه رووا لنا تفاصيل مروعة عن الساعات الأولى.',
  },
  {
    name: 'بينهم or من بينهم and a number, in digits or words, count part of the tally before: fixed to a comma',
    text: 'وقتل 27 شخصا في الغارات على المخيم. بينهم 9 أطفال و5 نساء.\nوأصيب 120 آخرون بجروح. من بينهم ثلاث نساء في حالة حرجة.',
    findings: [{ covers: '. بينهم', messageId: 'dependentPhrase' }, { covers: '. من بينهم', messageId: 'dependentPhrase' }],
    fixed: 'وقتل 27 شخصا في الغارات على المخيم، بينهم 9 أطفال و5 نساء.\nوأصيب 120 آخرون بجروح، من بينهم ثلاث نساء في حالة حرجة.',
  },
  {
    name: 'a rounded count (بينهم نحو، من بينهم أكثر من) and منهم before a number count part of the tally too; منهم before no number opens a sentence',
    text: 'ويموت 8 ملايين شخص سنويا. بينهم نحو 1.3 مليون من غير المدخنين.\nوأصيب 300 شخص. منهم 12 طفلا.\nونزح الآلاف. من بينهم أكثر من 40 طفلا.\nوتجمع الناس في الساحة. منهم من بكى.',
    findings: [{ covers: '. بينهم' }, { covers: '. منهم' }, { covers: '. من بينهم' }],
    fixed: 'ويموت 8 ملايين شخص سنويا، بينهم نحو 1.3 مليون من غير المدخنين.\nوأصيب 300 شخص، منهم 12 طفلا.\nونزح الآلاف، من بينهم أكثر من 40 طفلا.\nوتجمع الناس في الساحة. منهم من بكى.',
  },
  {
    name: 'a letter a word labels (فيتامين د.) is no doctor\'s title: its stop may be stray',
    text: 'وترتبط الأمراض بنقص فيتامين د. بما في ذلك هشاشة العظام.',
    findings: [{ covers: '. بما في ذلك' }],
    fixed: 'وترتبط الأمراض بنقص فيتامين د، بما في ذلك هشاشة العظام.',
  },
  {
    name: 'بينهم before no number, and بينهما, may open a sentence: nothing',
    text: 'وتوزع المحتجون على تيارات عدة. بينهم من يطالب بإسقاط الحكومة.\nوتقدم الهلال على النصر في الترتيب. بينهما 3 نقاط فقط.\nوقتل 27 شخصا، بينهم 9 أطفال.',
    findings: [],
  },
  {
    name: 'the dot of a Latin abbreviation is no full stop: شركة Blue Origin Inc. التي',
    text: 'وقعت ناسا عقدا مع شركة Blue Origin Inc. التي يملكها جيف بيزوس، ومع شركة Acme Ltd. الذي تأسست في لندن.',
    findings: [],
  },
  {
    name: 'the last dot of a series of dotted Latin words, and et al., is the abbreviation\'s: J. Clin. Oncol. التي، Ph.D. التي',
    text: 'ونشرت النتائج في مجلة J. Clin. Oncol. التي تصدر شهريا، وأعدها فريق Smith et al. الذي يعمل في هارفارد بإشراف حامل شهادة Ph.D. التي نالها من ستانفورد.',
    findings: [],
  },
  {
    name: 'after a Latin word that follows no abbreviation, the dot is a stray full stop before a relative pronoun, as after an Arabic name',
    text: 'وعمل الباحث في وكالة NASA. التي أرسلت أول إنسان إلى القمر، ونشر في مجلة Nature. التي تعد من أعرق المجلات.',
    findings: [{ covers: '. التي', messageId: 'relativePronoun' }, { covers: '. التي', nth: 1, messageId: 'relativePronoun' }],
    fixed: 'وعمل الباحث في وكالة NASA، التي أرسلت أول إنسان إلى القمر، ونشر في مجلة Nature، التي تعد من أعرق المجلات.',
  },
  {
    name: 'the dot after an era, spaced from its year or written onto it (1445 هـ.، 1445هـ.، 2023م.), is the abbreviation\'s; after a plain word it is a full stop',
    text: 'بدأ موسم العمرة في العام 1445 هـ. الذي يشهد إقبالا كبيرا. وبدأ موسم الحج في العام 1445هـ. الذي شهد أعلى درجات حرارة. وافتتح الجسر عام 2023م. الذي يربط ضفتي النهر. وتعثر العمل في المصنع الجديد. الذي شهد أزمة مالية حادة.',
    findings: [{ covers: '. الذي', nth: 3, messageId: 'relativePronoun' }],
    fixed: 'بدأ موسم العمرة في العام 1445 هـ. الذي يشهد إقبالا كبيرا. وبدأ موسم الحج في العام 1445هـ. الذي شهد أعلى درجات حرارة. وافتتح الجسر عام 2023م. الذي يربط ضفتي النهر. وتعثر العمل في المصنع الجديد، الذي شهد أزمة مالية حادة.',
  },
  {
    name: 'the era\'s dot ends a sentence before a conjunction (2015م. والتي، 2015 م. والتي), yet it is the era\'s, no stray full stop; after a plain word it is one',
    text: 'افتتح المستشفى الجامعي عام 2015م. والتي شهدت أيضا افتتاح كلية الطب. وافتتحت المكتبة المركزية عام 2016 م. والتي تضم نصف مليون كتاب. وتأخر العمل في المبنى الجديد. والذي تعثر بسبب نقص التمويل.',
    findings: [{ covers: '. والذي', messageId: 'relativePronoun' }],
    fixed: 'افتتح المستشفى الجامعي عام 2015م. والتي شهدت أيضا افتتاح كلية الطب. وافتتحت المكتبة المركزية عام 2016 م. والتي تضم نصف مليون كتاب. وتأخر العمل في المبنى الجديد، والذي تعثر بسبب نقص التمويل.',
  },
  {
    name: 'مما with its verb, an object and then its subject in أن is a sentence of its own; مما يعني أن، مما يشير إلى أن and مما دفع … إلى أن تتدخل state a consequence',
    text: 'وسجلت البطالة 14 في المئة. مما يزيد الأمر تعقيدا أن الثقة بوسائل الإعلام ضعيفة. ودفن في جبل اللويبدة. مما زاد الحزن على رحيله أن كتابه الأخير لم يصدر. وانتهى الاجتماع دون بيان. مما زاد التوتر أن ترامب غادر مبكرا. وتراجعت العملة. مما يعني أن الأسعار سترتفع. وتراجع الدينار. مما دفع الحكومة إلى أن تتدخل.',
    findings: [{ covers: '. مما يعني' }, { covers: '. مما دفع' }],
    fixed: 'وسجلت البطالة 14 في المئة. مما يزيد الأمر تعقيدا أن الثقة بوسائل الإعلام ضعيفة. ودفن في جبل اللويبدة. مما زاد الحزن على رحيله أن كتابه الأخير لم يصدر. وانتهى الاجتماع دون بيان. مما زاد التوتر أن ترامب غادر مبكرا. وتراجعت العملة، مما يعني أن الأسعار سترتفع. وتراجع الدينار، مما دفع الحكومة إلى أن تتدخل.',
  },
  {
    name: 'the dot of a taxonomic or reference abbreviation (spp.، sp.، var.، ca.) is no full stop',
    text: 'ورصد الغواصون مستعمرات من أنواع Acropora spp. التي تبني معظم الحواجز، وأنواعا من جنس Conus sp. بما في ذلك أنواع سامة.',
    findings: [],
  },
  {
    name: 'the dot after a unit (م، ث after a decimal or a distance) is a full stop: م is metres there, no era',
    text: 'فاز العداء بسباق 400 م. مما أدى إلى تأهله، وسجل زميله 9.87 ث. بما في ذلك زمن رد الفعل، وقفزت البطلة 6.85 م. مما أدى إلى فوزها بالذهبية. وافتتح الملعب عام 1985 م. مما جعله الأقدم.',
    findings: [{ covers: '. مما أدى' }, { covers: '. بما في ذلك' }, { covers: '. مما أدى', nth: 1 }],
    fixed: 'فاز العداء بسباق 400 م، مما أدى إلى تأهله، وسجل زميله 9.87 ث، بما في ذلك زمن رد الفعل، وقفزت البطلة 6.85 م، مما أدى إلى فوزها بالذهبية. وافتتح الملعب عام 1985 م. مما جعله الأقدم.',
  },
  {
    name: 'the dot of ق.م. is the era\'s: no stray full stop before a relative pronoun after it, with و or without; after a plain word it is one',
    text: 'بني المعبد عام 300 ق.م. والذي لا تزال أعمدته قائمة حتى اليوم. وشيد الملك القصر في القرن الرابع ق.م. الذي شهد ازدهار التجارة. وتراجعت التجارة في المدينة القديمة. التي فقدت مكانتها لاحقا.',
    findings: [{ covers: '. التي', messageId: 'relativePronoun' }],
    fixed: 'بني المعبد عام 300 ق.م. والذي لا تزال أعمدته قائمة حتى اليوم. وشيد الملك القصر في القرن الرابع ق.م. الذي شهد ازدهار التجارة. وتراجعت التجارة في المدينة القديمة، التي فقدت مكانتها لاحقا.',
  },
  {
    name: 'a semicolon before بما في ذلك does not cut the sentence as a full stop does, and is left to the writer',
    text: 'ووقعت الحكومة اتفاقا مع النقابات على زيادة الأجور؛ بما في ذلك رواتب المتقاعدين.',
    findings: [],
  },
  {
    text: 'اتفق الطرفان على جدول زمني. بما في ذلك موعد الانسحاب.',
    findings: [{ covers: '. بما في ذلك', messageId: 'dependentPhrase', severity: 'warning' }],
    fixed: 'اتفق الطرفان على جدول زمني، بما في ذلك موعد الانسحاب.',
  },
  {
    name: 'the inclusive phrases',
    text: 'شمل العفو مئات المعتقلين. بمن فيهم صحفيون. وتضررت المباني. بما فيها المدارس. وغادر السكان. بمن فيهن النساء.',
    findings: [{ covers: '. بمن فيهم' }, { covers: '. بما فيها' }, { covers: '. بمن فيهن' }],
    fixed: 'شمل العفو مئات المعتقلين، بمن فيهم صحفيون. وتضررت المباني، بما فيها المدارس. وغادر السكان، بمن فيهن النساء.',
  },
  {
    name: 'مما + a verb of consequence, with or without قد, hamza or not',
    text: 'ارتفعت أسعار الوقود. مما أدى إلى موجة احتجاجات. وتأخر صرف الرواتب. مما قد يعني أزمة جديدة. وأغلقت الطرق. مما ادى إلى شلل الحركة.',
    findings: [{ covers: '. مما أدى' }, { covers: '. مما قد يعني' }, { covers: '. مما ادى' }],
    fixed: 'ارتفعت أسعار الوقود، مما أدى إلى موجة احتجاجات. وتأخر صرف الرواتب، مما قد يعني أزمة جديدة. وأغلقت الطرق، مما ادى إلى شلل الحركة.',
  },
  {
    name: 'ما أسفر عن and ما تسبب, the casualty formulas, as ما أدى إلى; not their pseudo-cleft',
    text: 'وضرب الزلزال المنطقة فجرا. ما أسفر عن مقتل 37 شخصا. واستمرت الأمطار طوال الليل. ما تسبب في غرق أحياء بكاملها. ما تسبب في الحادث هو السرعة.',
    findings: [{ covers: '. ما أسفر عن' }, { covers: '. ما تسبب' }],
    fixed: 'وضرب الزلزال المنطقة فجرا، ما أسفر عن مقتل 37 شخصا. واستمرت الأمطار طوال الليل، ما تسبب في غرق أحياء بكاملها. ما تسبب في الحادث هو السرعة.',
  },
  {
    name: 'a relative pronoun after a stop inside quoted speech is offered its comma, not given it: it may open a sentence of its own',
    text: 'وقالت الممرضة: «نستقبل عشرات الحوامل يوميا في قسم الولادة. التي تحتاج إلى عملية قيصرية تنتظر دورها ساعات».',
    findings: [{ covers: '. التي', severity: 'info' }],
    suggested: 'وقالت الممرضة: «نستقبل عشرات الحوامل يوميا في قسم الولادة، التي تحتاج إلى عملية قيصرية تنتظر دورها ساعات».',
  },
  {
    name: 'ما دفع، ما أثار and ما اضطر state a consequence too; not their pseudo-cleft, nor a question',
    text: 'وأغلقت السلطات المعبر لأسباب أمنية. ما دفع التجار إلى الاحتجاج. وارتفعت الأسعار. ما أثار غضب المواطنين. ما أثار القلق هو تراجع الصادرات. ما دفع الحكومة إلى ذلك؟',
    findings: [{ covers: '. ما دفع' }, { covers: '. ما أثار' }],
    fixed: 'وأغلقت السلطات المعبر لأسباب أمنية، ما دفع التجار إلى الاحتجاج. وارتفعت الأسعار، ما أثار غضب المواطنين. ما أثار القلق هو تراجع الصادرات. ما دفع الحكومة إلى ذلك؟',
  },
  {
    name: 'ما أدى إلى, and الأمر الذي',
    text: 'انقطعت الكهرباء ساعات. ما أدى إلى توقف المستشفيات. وتراجعت الصادرات. الأمر الذي أضر بالعملة.',
    findings: [{ covers: '. ما أدى إلى' }, { covers: '. الأمر الذي' }],
    fixed: 'انقطعت الكهرباء ساعات، ما أدى إلى توقف المستشفيات. وتراجعت الصادرات، الأمر الذي أضر بالعملة.',
  },
  {
    name: 'a relative pronoun continuing the previous noun',
    text: 'زار الوزير المدينة القديمة. التي تضررت في الزلزال، والتقى السكان. الذين طالبوا بالتعويض.',
    findings: [{ covers: '. التي', messageId: 'relativePronoun' }, { covers: '. الذين' }],
    fixed: 'زار الوزير المدينة القديمة، التي تضررت في الزلزال، والتقى السكان، الذين طالبوا بالتعويض.',
  },
  {
    name: 'harakat on the phrase',
    text: 'أُغلقت الحدود. بِما في ذلك المعابر التجارية.',
    findings: [{ covers: '. بِما في ذلك' }],
    fixed: 'أُغلقت الحدود، بِما في ذلك المعابر التجارية.',
  },
  {
    name: 'medium: subordinators, suggestion only',
    text: 'عقد الاجتماع في الرياض. حيث بحث الجانبان الملف الأمني. وانسحبت القوات الأولى. بينما بقيت الثانية. وأجل التصويت. لأن النصاب لم يكتمل. وعجلت الحكومة بالقرار. كي تطمئن الأسواق.',
    findings: [
      { covers: '. حيث', messageId: 'mayDepend', severity: 'info' },
      { covers: '. بينما', severity: 'info' },
      { covers: '. لأن', severity: 'info' },
      { covers: '. كي', severity: 'info' },
    ],
    suggested: 'عقد الاجتماع في الرياض، حيث بحث الجانبان الملف الأمني. وانسحبت القوات الأولى، بينما بقيت الثانية. وأجل التصويت، لأن النصاب لم يكتمل. وعجلت الحكومة بالقرار، كي تطمئن الأسواق.',
  },
  {
    name: 'clean: a purpose phrase that points back at the sentence before (لتحقيق ذلك) opens a sentence of its own, as an exhortation before أن does (لنتذكر أن)',
    text: 'وطالب الأطباء بزيادة عدد الأسرة. لتحقيق ذلك تحتاج الوزارة إلى تمويل إضافي. بدأت الحرب قبل عشر سنوات. لنتذكر أن الحرب الأهلية بدأت بحادثة صغيرة.',
    findings: [],
  },
  {
    name: 'medium: a purpose clause, لـ + verbal noun or verb',
    text: 'وصل الوفد إلى بغداد. لتحديد موعد الانتخابات. وشكلت لجنة. لإعادة الإعمار. وتوجه المتطوعون إلى القرى. للمساعدة في الإغاثة. وغادر اللاعب الملعب. لتعود المباراة بعد دقائق. وأرسلت الأمم المتحدة فريقا. ليتمكن من الوصول إلى المنطقة. وحضر الخبراء. للاطلاع على النتائج. واجتمع القادة. لاتخاذ قرار نهائي.',
    findings: [
      { covers: '. لتحديد', messageId: 'purposeClause', severity: 'info' },
      { covers: '. لإعادة' },
      { covers: '. للمساعدة' },
      { covers: '. لتعود' },
      { covers: '. ليتمكن' },
      { covers: '. للاطلاع' },
      { covers: '. لاتخاذ' },
    ],
  },
  {
    name: 'medium: a verbless opener cut from its main clause',
    text: 'وفي إطار الجهود الدولية لإنهاء الأزمة. زار المبعوث الأممي دمشق أمس. وبحسب مصادر مطلعة. فإن المحادثات متعثرة.',
    findings: [
      { covers: '. زار', messageId: 'fragment', severity: 'info' },
      { covers: '. فإن', messageId: 'fragment' },
    ],
    suggested: 'وفي إطار الجهود الدولية لإنهاء الأزمة، زار المبعوث الأممي دمشق أمس. وبحسب مصادر مطلعة، فإن المحادثات متعثرة.',
  },
  {
    name: 'an opener phrase in a complete sentence is fine',
    text: 'وفي إطار الزيارة التقى الوزير نظيره. كما زار المتحف الوطني. وبحسب البيان، فإن الزيارة تستمر يومين. وفي سياق متصل أعلنت الوزارة خطة جديدة. وستبدأ الخطة الشهر المقبل.',
    findings: [],
  },
  {
    name: 'words beginning with ل that do open sentences',
    text: 'تعثرت المفاوضات. لكن الوسطاء متفائلون. وارتفعت الأسعار. لذلك تدخل البنك المركزي. ولهذا أسباب. لقد تغير الوضع. وانتهى الاجتماع. لم يصدر بيان. وتأجلت الجلسة. لن يعود الوفد قبل الخميس. وتحدث الوزير. لا أحد يعرف موعد الاتفاق. وطلب الجيش تعزيزات. لدى الجيش خطة بديلة. وأعيد فتح المطار. للمرة الأولى منذ عامين تهبط طائرة مدنية.',
    findings: [],
  },
  {
    name: 'names and nouns beginning with ل',
    text: 'وصل الموفد. لبنان يرحب بالمبادرة. وغادر الوزير. لندن تترقب الرد. وتوقفت المحادثات. ليبيا تنتظر موعدا جديدا. وتأجل التصويت. لجنة الخبراء لم تنه عملها. وتواصل القصف. ليلة أمس كانت الأعنف. وعقدت قمة. للاتحاد الأوروبي موقف مختلف. وتحدث المندوب. لتونس دور تاريخي. وانتهت الجولة. لنظام الحكم حلفاء أقوياء. وسقط المطر. ليلا هبت عاصفة. وتقدم الضيوف في الدقيقة 85. ليفربول كان الطرف الأفضل. وسجل المهاجم هدف التعادل. ليونيل ميسي صنع الهدف.',
    findings: [],
  },
  {
    name: 'a full stop after an abbreviation, in a numbered list, in a decimal or an ellipsis',
    text: 'قال د. حيث أحمد إن الوضع هادئ، ونقلت أ.ف.ب. التي حضرت المؤتمر ذلك. 1. بما في ذلك البند الأول. ارتفع المؤشر 3.5 في المئة. انتظرنا... حيث لا أحد يعرف.',
    findings: [],
  },
  {
    name: 'a relative pronoun opening a new paragraph is a real sentence',
    text: 'زار الوزير المدينة القديمة.\nالذي حدث أمس لم يكن مفاجئا.',
    findings: [],
  },
  {
    name: 'مما and a consequence verb carrying its object pronoun',
    text: 'وأنفق النادي مئات الملايين على تجديد صفوفه. مما جعله من أكثر الأندية إنفاقا. وتراجعت الإيرادات. مما دفعها إلى الاقتراض. وانهار الجليد. مما أطلق موجة مياه قوية.',
    findings: [{ covers: '. مما جعله' }, { covers: '. مما دفعها' }, { covers: '. مما أطلق' }],
    fixed: 'وأنفق النادي مئات الملايين على تجديد صفوفه، مما جعله من أكثر الأندية إنفاقا. وتراجعت الإيرادات، مما دفعها إلى الاقتراض. وانهار الجليد، مما أطلق موجة مياه قوية.',
  },
  {
    name: 'a period inside a quotation is the quotation\'s',
    text: 'وقال: «انتهى الأمر.» التي كانت خاتمة الكلام.',
    findings: [],
  },
  {
    name: 'a full stop inside the closing quotation mark before a phrase that cannot stand alone: it goes, and a comma follows the mark',
    text: 'قال الرئيس: "سنواصل العمل." مما يعني أن المفاوضات ستستمر. وقال: «سنراجع كل العقود.» بما في ذلك عقود الطاقة. وأضاف: “لن نتراجع.” بينما رفض الوزير التعليق.',
    findings: [
      { covers: '." مما يعني', messageId: 'dependentPhrase' },
      { covers: '.» بما في ذلك', messageId: 'dependentPhrase' },
      { covers: '.” بينما', messageId: 'mayDepend', severity: 'info' },
    ],
    fixed: 'قال الرئيس: "سنواصل العمل"، مما يعني أن المفاوضات ستستمر. وقال: «سنراجع كل العقود»، بما في ذلك عقود الطاقة. وأضاف: “لن نتراجع.” بينما رفض الوزير التعليق.',
    suggested: 'قال الرئيس: "سنواصل العمل"، مما يعني أن المفاوضات ستستمر. وقال: «سنراجع كل العقود»، بما في ذلك عقود الطاقة. وأضاف: “لن نتراجع”، بينما رفض الوزير التعليق.',
  },
  {
    name: 'clean: a quotation ending with a question or an exclamation, and a new sentence after a quoted one',
    text: 'وتساءل: «هل سنراجع كل العقود؟» بما في ذلك عقود الطاقة. وهتف: «انتهى الحصار!» مما يعني أن المعابر فتحت. وقال: «سنواصل العمل.» وأضاف أن المفاوضات ستستمر.',
    findings: [],
  },
  {
    name: 'a relative pronoun after a number, a bracket or a closing quote: likely stray, a suggestion; after a Latin word, a name, stray',
    text:
      'أسندت النيابة إليه مخالفة القانون رقم 5 لسنة 2020. الذي يعاقب على نشر الأخبار الكاذبة. ' +
      'ووصل الوفد إلى مقر منظمة الصحة العالمية (WHO). التي تستضيف الاجتماع السنوي. ' +
      'وقال الوزير إن الحكومة أقرت «خطة الطوارئ». التي أعدتها الوزارة منذ أشهر. ' +
      'وتعاقدت الهيئة مع شركة Apple. التي تملك المنصة.',
    findings: [
      { covers: '. الذي', messageId: 'mayDepend', severity: 'info' },
      { covers: '. التي', messageId: 'mayDepend', severity: 'info' },
      { covers: '. التي', nth: 1, messageId: 'mayDepend', severity: 'info' },
      { covers: '. التي', nth: 2, messageId: 'relativePronoun' },
    ],
    fixed:
      'أسندت النيابة إليه مخالفة القانون رقم 5 لسنة 2020. الذي يعاقب على نشر الأخبار الكاذبة. ' +
      'ووصل الوفد إلى مقر منظمة الصحة العالمية (WHO). التي تستضيف الاجتماع السنوي. ' +
      'وقال الوزير إن الحكومة أقرت «خطة الطوارئ». التي أعدتها الوزارة منذ أشهر. ' +
      'وتعاقدت الهيئة مع شركة Apple، التي تملك المنصة.',
    suggested:
      'أسندت النيابة إليه مخالفة القانون رقم 5 لسنة 2020، الذي يعاقب على نشر الأخبار الكاذبة. ' +
      'ووصل الوفد إلى مقر منظمة الصحة العالمية (WHO)، التي تستضيف الاجتماع السنوي. ' +
      'وقال الوزير إن الحكومة أقرت «خطة الطوارئ»، التي أعدتها الوزارة منذ أشهر. ' +
      'وتعاقدت الهيئة مع شركة Apple، التي تملك المنصة.',
  },
  {
    name: 'مما opening a sentence, and the pseudo-cleft ما أدى إلى … هو',
    text: 'عقد المؤتمر أمس. مما لا شك فيه أن النتائج مهمة. وتعثرت المحادثات. ما أدى إلى الأزمة هو غياب الثقة. وصدر البيان. مما جاء فيه أن الهدنة مستمرة.',
    findings: [],
  },
  {
    name: 'ما أدى إلى opening a question stands alone; with a predicate of its own (كان) it is only a suggestion',
    text: 'وتأجلت الجلسة للمرة الرابعة. ما أدى إلى ذلك؟ يقول المحامي إن الشهود تغيبوا. واستمع القاضي إلى الشهود. ما أدى إلى تأجيل الجلسة كان غياب المحامي.',
    findings: [{ covers: '. ما أدى إلى', nth: 1, messageId: 'mayDepend', severity: 'info' }],
    suggested: 'وتأجلت الجلسة للمرة الرابعة. ما أدى إلى ذلك؟ يقول المحامي إن الشهود تغيبوا. واستمع القاضي إلى الشهود، ما أدى إلى تأجيل الجلسة كان غياب المحامي.',
  },
  {
    name: 'a relative pronoun that may not describe the noun before the stop is only a suggestion: الذي after a dual in تين, الذين after a feminine, التي after a plural in ون or a masculine singular',
    text: 'وأصدرت المحكمة حكمين في القضيتين. الذي صدر بحق المتهم الأول قابل للطعن. وعقدت الحكومة. الذين حضروا الاجتماع وقعوا البيان. ووصل المراقبون. التي أرسلتهم المنظمة كانت في الانتظار. وأقرت اللجنة الخطة. التي أعدتها الوزارة. وأصيب السائق في الحادث. التي كانت معه نجت.',
    // الذين after الحكومة and التي after المراقبون have predicates of their own as well (وقعوا، كانت): sentences.
    findings: [
      { covers: '. الذي', messageId: 'mayDepend', severity: 'info' },
      { covers: '. التي', nth: 1, messageId: 'relativePronoun' },
      { covers: '. التي', nth: 2, messageId: 'mayDepend', severity: 'info' },
    ],
    fixed: 'وأصدرت المحكمة حكمين في القضيتين. الذي صدر بحق المتهم الأول قابل للطعن. وعقدت الحكومة. الذين حضروا الاجتماع وقعوا البيان. ووصل المراقبون. التي أرسلتهم المنظمة كانت في الانتظار. وأقرت اللجنة الخطة، التي أعدتها الوزارة. وأصيب السائق في الحادث. التي كانت معه نجت.',
  },
  {
    name: 'a verbless opener before a main clause whose verb starts with a root و',
    text: 'وفي إطار الجهود الدولية لإنهاء الأزمة. وصل المبعوث الأممي إلى العاصمة أمس.',
    findings: [{ covers: '. وصل', severity: 'info' }],
    suggested: 'وفي إطار الجهود الدولية لإنهاء الأزمة، وصل المبعوث الأممي إلى العاصمة أمس.',
  },
  {
    name: 'a relative pronoun opening a sentence with a predicate of its own: maybe a real sentence, a suggestion; none after a noun it cannot describe (الجبلية. الذين)',
    text: 'وصلت فرق الإنقاذ إلى القرية المنكوبة مساء السبت. الذي رأيناه هناك لا يوصف، كما قال أحد المسعفين. وانهارت مئات المنازل في القرى الجبلية. الذين فقدوا منازلهم يقيمون الآن في خيام. وزار الوزير القرية. التي انقطعت عنها الكهرباء في يناير الماضي.',
    findings: [
      { covers: '. الذي', messageId: 'mayDepend', severity: 'info' },
      { covers: '. التي', messageId: 'relativePronoun' },
    ],
    fixed: 'وصلت فرق الإنقاذ إلى القرية المنكوبة مساء السبت. الذي رأيناه هناك لا يوصف، كما قال أحد المسعفين. وانهارت مئات المنازل في القرى الجبلية. الذين فقدوا منازلهم يقيمون الآن في خيام. وزار الوزير القرية، التي انقطعت عنها الكهرباء في يناير الماضي.',
  },
  {
    name: 'more predicates of their own: an obligation, the أن of a pseudo-cleft, a plural past verb',
    text: 'ودعت الهيئة السكان إلى البقاء في منازلهم. الذين يضطرون إلى الخروج عليهم تجنب الأودية. وانتهت الجولة الأولى. الذي تغير هذه المرة أن الوفدين جلسا معا. وفتحت المدارس أبوابها للنازحين. الذين وصلوا أولا حصلوا على غرف.',
    findings: [
      { covers: '. الذين', messageId: 'mayDepend', severity: 'info' },
      { covers: '. الذي', nth: 1, messageId: 'mayDepend', severity: 'info' },
      { covers: '. الذين', nth: 1, messageId: 'mayDepend', severity: 'info' },
    ],
  },
  {
    name: 'a future plural verb is a predicate of its own; with a noun the pronoun cannot describe as well, the pronoun opens a sentence',
    text: 'وشارك عشرات الشعراء في المهرجان. الذين فازوا بالجوائز سيشاركون في جولة عربية. وأجلي مئات السكان من القرى المنكوبة. الذين رفضوا المغادرة حوصروا بالمياه. انهار السدان في ليلة واحدة. الذي حدث في درنة لم يكن قضاء وقدرا.',
    findings: [{ covers: '. الذين', messageId: 'mayDepend', severity: 'info' }],
  },
  {
    name: 'اللواتي after a feminine singular may open a sentence: a suggestion; after a plural in ات it continues it',
    text: 'وحضرت عشرات الكاتبات الأمسية. اللواتي قرأن نصوصهن نلن تصفيقا حارا. وكرمت الوزارة الطبيبات. اللواتي عملن في المستشفيات الميدانية.',
    findings: [
      { covers: '. اللواتي', messageId: 'mayDepend', severity: 'info' },
      { covers: '. اللواتي', nth: 1, messageId: 'relativePronoun' },
    ],
    fixed: 'وحضرت عشرات الكاتبات الأمسية. اللواتي قرأن نصوصهن نلن تصفيقا حارا. وكرمت الوزارة الطبيبات، اللواتي عملن في المستشفيات الميدانية.',
  },
  {
    name: 'a relative pronoun before a verb that a «what» clause takes (يهم، يلفت، جرى) may open a sentence whose predicate is a noun: a suggestion',
    text: 'وأعلنت الوزارة نتائج الامتحان الموحد. الذي يهم الطلاب الآن موعد التسجيل في الجامعات. وصل الوفد إلى المطار. الذي جرى بعد ذلك بقي سرا. وقعت الحكومة الاتفاق. الذي ينص على وقف إطلاق النار.',
    findings: [
      { covers: '. الذي', messageId: 'mayDepend', severity: 'info' },
      { covers: '. الذي', nth: 1, messageId: 'mayDepend', severity: 'info' },
      { covers: '. الذي', nth: 2, messageId: 'relativePronoun' },
    ],
    fixed: 'وأعلنت الوزارة نتائج الامتحان الموحد. الذي يهم الطلاب الآن موعد التسجيل في الجامعات. وصل الوفد إلى المطار. الذي جرى بعد ذلك بقي سرا. وقعت الحكومة الاتفاق، الذي ينص على وقف إطلاق النار.',
  },
  {
    name: 'a relative pronoun opening a pseudo-cleft, with its own predicate',
    text: 'وانتهت الجلسة الثالثة دون اتفاق بين الكتل. الذي يثير القلق هو غياب التوافق. وتضررت عشرات المنازل. التي تضررت أكثر هي بيوت الطين. ودفع العمال الثمن. الذين يدفعون الثمن هم الفقراء.',
    findings: [],
  },
  {
    name: 'extraPhrases: the newsroom’s own, high confidence',
    options: { extraPhrases: ['فضلا عن'] },
    text: 'تضررت المنازل. فضلا عن المحاصيل. حيث غمرت المياه الحقول.',
    findings: [{ covers: '. فضلا عن', severity: 'warning' }, { covers: '. حيث', severity: 'info' }],
    fixed: 'تضررت المنازل، فضلا عن المحاصيل. حيث غمرت المياه الحقول.',
  },
  {
    name: 'CRLF and a Markdown paragraph over two lines',
    kind: 'markdown',
    text: '# العنوان\r\n\r\nاتفق الطرفان على جدول زمني.\r\nبما في ذلك موعد الانسحاب.\r\n',
    findings: [{ covers: '.\r\nبما في ذلك' }],
    fixed: '# العنوان\r\n\r\nاتفق الطرفان على جدول زمني،\r\nبما في ذلك موعد الانسحاب.\r\n',
  },
  {
    name: 'a stop before closing Markdown (bold, a link, a footnote marker) is stray as any: it alone becomes a comma, the markup stays',
    kind: 'markdown',
    text: '# الحملة\n\nوتشمل الحملة كل **المحافظات.** بما في ذلك القرى البعيدة. وتزور الفرق [المخيمات.](https://x.y/a) بما في ذلك مخيم الزعتري. وتستمر أسبوعين.[^1] بما في ذلك أيام العطلة.\n\n[^1]: بيان الوزارة.\n',
    findings: [
      { covers: '.** بما في ذلك', messageId: 'dependentPhrase' },
      { covers: '.](https://x.y/a) بما في ذلك', messageId: 'dependentPhrase' },
      { covers: '.[^1] بما في ذلك', messageId: 'dependentPhrase' },
    ],
    fixed: '# الحملة\n\nوتشمل الحملة كل **المحافظات،** بما في ذلك القرى البعيدة. وتزور الفرق [المخيمات،](https://x.y/a) بما في ذلك مخيم الزعتري. وتستمر أسبوعين،[^1] بما في ذلك أيام العطلة.\n\n[^1]: بيان الوزارة.\n',
  },
  {
    name: 'a stop before closing Markdown and a sentence that may start on its own stays',
    kind: 'markdown',
    text: '# الحملة\n\nوتشمل الحملة كل **المحافظات.** وتزور الفرق [المخيمات.](https://x.y/a) وتستمر أسبوعين.[^1] وبدأت أمس.\n\n[^1]: بيان الوزارة.\n',
    findings: [],
  },
  {
    name: 'a noun in ة with a pronoun (استدامته) is feminine: الذي after it may open its own sentence, the comma is offered',
    text: 'ونص القانون على إعداد الخطط التي تضمن استدامته. الذي يعزز مكانة الإمارة وجهة ثقافية عالمية.',
    findings: [{ covers: '. الذي', messageId: 'mayDepend' }],
    suggested: 'ونص القانون على إعداد الخطط التي تضمن استدامته، الذي يعزز مكانة الإمارة وجهة ثقافية عالمية.',
  },
  {
    name: 'أن after a preposition (دون أن) is inside the relative clause, no predicate of its own: the stop is still flagged',
    text: 'والتزم الرئيس أمام الناخبين بخطة المئة يوم. التي انتهت منذ ثمانية أشهر دون أن نرى منها إلا اللافتات.',
    findings: [{ covers: '. التي', messageId: 'mayDepend' }],
    suggested: 'والتزم الرئيس أمام الناخبين بخطة المئة يوم، التي انتهت منذ ثمانية أشهر دون أن نرى منها إلا اللافتات.',
  },
  {
    name: 'إن after a verb of saying opens what was said, no predicate of its own: the stop before الذي is a slip',
    text: 'والتقى الوفد المتحدث الرسمي. الذي قال في مؤتمر صحفي إن العملية الانتخابية جرت في ظروف عادية.',
    findings: [{ covers: '. الذي', messageId: 'relativePronoun' }],
    fixed: 'والتقى الوفد المتحدث الرسمي، الذي قال في مؤتمر صحفي إن العملية الانتخابية جرت في ظروف عادية.',
  },
  {
    name: 'the clean twin: the comma before الذي قال إن',
    text: 'والتقى الوفد المتحدث الرسمي، الذي قال في مؤتمر صحفي إن العملية الانتخابية جرت في ظروف عادية.',
    findings: [],
  },
  {
    name: 'وذلك and a word of time, cause or means is a circumstance of the sentence before: a comma is offered',
    text: 'وستطلق الشركة الخدمة في السعودية. وذلك بعد موافقة هيئة الاتصالات. وتأجل الافتتاح. وذلك بسبب الأمطار.',
    findings: [
      { covers: '. وذلك بعد', messageId: 'mayDepend', severity: 'info' },
      { covers: '. وذلك بسبب', messageId: 'mayDepend', severity: 'info' },
    ],
    suggested: 'وستطلق الشركة الخدمة في السعودية، وذلك بعد موافقة هيئة الاتصالات. وتأجل الافتتاح، وذلك بسبب الأمطار.',
  },
  {
    name: 'a reporter\'s participle (مشيرا إلى، مضيفا أنها) opens no sentence, nor does والتي: fixed',
    text: 'وقالت الوزيرة إن المدينة صامدة. مشيرة إلى أن الإمدادات وصلت. وأكد المتحدث أن القوات انسحبت. مضيفا أنها ستعود. ونقل الجرحى إلى المستشفى. والتي كانت مكتظة.',
    findings: [
      { covers: '. مشيرة إلى', messageId: 'dependentPhrase' },
      { covers: '. مضيفا أنها', messageId: 'dependentPhrase' },
      { covers: '. والتي', messageId: 'relativePronoun' },
    ],
    fixed: 'وقالت الوزيرة إن المدينة صامدة، مشيرة إلى أن الإمدادات وصلت. وأكد المتحدث أن القوات انسحبت، مضيفا أنها ستعود. ونقل الجرحى إلى المستشفى، والتي كانت مكتظة.',
  },
  {
    name: 'معربا عن، مشددة على and متهما إياها open no sentence either: fixed',
    text: 'ودافع الوزير عن القرار. معربا عن أسفه للضحايا. وردت النيابة على الطعن. مشددة على سلامة الإجراءات. وطلب الدفاع رد هيئة المحكمة. متهما إياها بعدم الحياد.',
    findings: [
      { covers: '. معربا عن', messageId: 'dependentPhrase' },
      { covers: '. مشددة على', messageId: 'dependentPhrase' },
      { covers: '. متهما إياها', messageId: 'dependentPhrase' },
    ],
    fixed: 'ودافع الوزير عن القرار، معربا عن أسفه للضحايا. وردت النيابة على الطعن، مشددة على سلامة الإجراءات. وطلب الدفاع رد هيئة المحكمة، متهما إياها بعدم الحياد.',
  },
  {
    name: 'the same participles after a comma, or fronted before the sentence\'s verb with a comma of their own, are clean',
    text: 'ودافع الوزير عن القرار، معربا عن أسفه للضحايا. وطلب الدفاع رد هيئة المحكمة، متهما إياها بعدم الحياد.\nمتهما إياها بعدم الحياد، طلب الدفاع رد هيئة المحكمة.',
    findings: [],
  },
  {
    name: 'a reporter\'s participle fronted before the sentence\'s own verb (مشيرا إلى الخريطة، قال) may open it: a comma is offered',
    text: 'وتراجع منسوب السد إلى مستوى قياسي. مشيرا إلى الخريطة، قال المهندس إن المخزون لا يكفي.',
    findings: [{ covers: '. مشيرا إلى', messageId: 'mayDepend', severity: 'info' }],
  },
  {
    name: 'clean: the participles after a comma, and one opening a paragraph',
    text: 'وقالت الوزيرة إن المدينة صامدة، مشيرة إلى أن الإمدادات وصلت.\nمشيرا إلى الخريطة، قال الضابط إن القوات انسحبت.',
    findings: [],
  },
  {
    name: 'الأمر الذي sums up the sentence before; heading a pseudo-cleft (… هو …) it opens a sentence',
    text: 'وتراجعت أسعار النفط 5% خلال الأسبوع. الأمر الذي أثار قلق المستثمرين. وتراجعت الأسهم أيضا. الأمر الذي يقلق المستثمرين أكثر هو تباطؤ الطلب الصيني.',
    findings: [{ covers: '. الأمر الذي', messageId: 'dependentPhrase' }],
    fixed: 'وتراجعت أسعار النفط 5% خلال الأسبوع، الأمر الذي أثار قلق المستثمرين. وتراجعت الأسهم أيضا. الأمر الذي يقلق المستثمرين أكثر هو تباطؤ الطلب الصيني.',
  },
  {
    name: 'مما and the future of a consequence verb (مما سيعزز) goes on from the sentence before',
    text: 'ووقعت الشركتان اتفاق شراكة. مما سيعزز حضورهما في السوق.',
    findings: [{ covers: '. مما سيعزز', messageId: 'dependentPhrase' }],
    fixed: 'ووقعت الشركتان اتفاق شراكة، مما سيعزز حضورهما في السوق.',
  },
  {
    name: 'a note or an emphasis (علما بأنه، لا سيما) goes on from the sentence before; بحيث is offered a comma',
    text: 'ويفتح المتحف أبوابه يوميا. علما بأنه يغلق في الأعياد. ويقصده السياح من كل مكان. لا سيما في الصيف. ووزعت المقاعد. بحيث يجلس الجميع.',
    findings: [
      { covers: '. علما بأنه', messageId: 'dependentPhrase' },
      { covers: '. لا سيما', messageId: 'dependentPhrase' },
      { covers: '. بحيث', messageId: 'mayDepend', severity: 'info' },
    ],
    fixed: 'ويفتح المتحف أبوابه يوميا، علما بأنه يغلق في الأعياد. ويقصده السياح من كل مكان، لا سيما في الصيف. ووزعت المقاعد. بحيث يجلس الجميع.',
    suggested: 'ويفتح المتحف أبوابه يوميا، علما بأنه يغلق في الأعياد. ويقصده السياح من كل مكان، لا سيما في الصيف. ووزعت المقاعد، بحيث يجلس الجميع.',
  },
  {
    name: 'وذلك and على إثر، جراء، نظرا، تحسبا or بحسب, as with إثر، بسبب، بهدف and وفق: a comma is offered; after a comma, nothing',
    text: 'وأعلنت الحكومة حالة الطوارئ في ثلاث محافظات. وذلك على إثر الأمطار الغزيرة. وأغلقت المدارس. وذلك جراء السيول. وعلقت الرحلات. وذلك نظرا لسوء الأحوال الجوية. وأخليت القرى. وذلك تحسبا لموجة أمطار جديدة. وارتفع عدد الضحايا إلى عشرة. وذلك بحسب بيان الدفاع المدني. وفتحت الملاجئ، وذلك على إثر نزوح مئات الأسر.',
    findings: [
      { covers: '. وذلك على إثر', messageId: 'mayDepend', severity: 'info' },
      { covers: '. وذلك جراء', messageId: 'mayDepend', severity: 'info' },
      { covers: '. وذلك نظرا', messageId: 'mayDepend', severity: 'info' },
      { covers: '. وذلك تحسبا', messageId: 'mayDepend', severity: 'info' },
      { covers: '. وذلك بحسب', messageId: 'mayDepend', severity: 'info' },
    ],
    suggested: 'وأعلنت الحكومة حالة الطوارئ في ثلاث محافظات، وذلك على إثر الأمطار الغزيرة. وأغلقت المدارس، وذلك جراء السيول. وعلقت الرحلات، وذلك نظرا لسوء الأحوال الجوية. وأخليت القرى، وذلك تحسبا لموجة أمطار جديدة. وارتفع عدد الضحايا إلى عشرة، وذلك بحسب بيان الدفاع المدني. وفتحت الملاجئ، وذلك على إثر نزوح مئات الأسر.',
  },
  {
    name: 'clean: وذلك with a verb of its own opens a sentence',
    text: 'وستطلق الشركة الخدمة في السعودية. وذلك يعني أن الأسعار ستنخفض. وذلك ما أكده الوزير.',
    findings: [],
  },
]);
