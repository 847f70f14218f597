import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../lint';
import { findingMessage } from '../messages';
import { configFor, testRule } from '../testing/rule-tester';
import rule from './repeated-word';

testRule(rule, [
  {
    name: 'a word doubled in a work\'s title after its kind, a unit\'s name then a rank, and a given name in a full name: the deletion is offered, not made; «بشويش بشويش» is meant',
    text: 'وغنى أغنية نيويورك نيويورك لفرانك سيناترا، وقال قائد اللواء اللواء الركن سامي الدليمي إن الحفل كان كان رائعا، وقال التاجر للعمال: «بشويش بشويش على البضاعة». وقال الأسير المحرر يحيى يحيى الشامي إنه أمضى سنتين في السجن.',
    findings: [
      { covers: 'نيويورك نيويورك', severity: 'info' },
      { covers: 'اللواء اللواء', messageId: 'repeatedMaybe', severity: 'info' },
      { covers: 'كان كان', severity: 'warning' },
      { covers: 'يحيى يحيى', severity: 'info' },
    ],
    fixed: 'وغنى أغنية نيويورك نيويورك لفرانك سيناترا، وقال قائد اللواء اللواء الركن سامي الدليمي إن الحفل كان رائعا، وقال التاجر للعمال: «بشويش بشويش على البضاعة». وقال الأسير المحرر يحيى يحيى الشامي إنه أمضى سنتين في السجن.',
    suggested: 'وغنى أغنية نيويورك لفرانك سيناترا، وقال قائد اللواء الركن سامي الدليمي إن الحفل كان رائعا، وقال التاجر للعمال: «بشويش بشويش على البضاعة». وقال الأسير المحرر يحيى الشامي إنه أمضى سنتين في السجن.',
  },
  {
    name: 'diseases and their carriers double a word (بري بري، تسي تسي); typed with a Persian ی, the pair is offered, not deleted',
    text: 'وينقل المرض عبر ذبابة تسي تسي، ويسبب نقص الفيتامين مرض بري بري، وكتب المراسل ذبابة تسی تسی.',
    findings: [{ covers: 'تسی تسی', severity: 'info' }],
    suggested: 'وينقل المرض عبر ذبابة تسي تسي، ويسبب نقص الفيتامين مرض بري بري، وكتب المراسل ذبابة تسی.',
  },
  {
    name: 'a father\'s name doubled after a given name, with the article or not, may be the grandfather\'s: the deletion is offered, not made',
    text: 'وقضت المحكمة بسجن المتهم الثالث محمد السيد السيد الشربيني، والمتهم الرابع أحمد شعبان شعبان عبد الحميد.',
    findings: [
      { covers: 'السيد السيد', severity: 'info' },
      { covers: 'شعبان شعبان', severity: 'info' },
    ],
    suggested: 'وقضت المحكمة بسجن المتهم الثالث محمد السيد الشربيني، والمتهم الرابع أحمد شعبان عبد الحميد.',
  },
  {
    name: 'بعد twice after a negation may be «بعدُ» (yet) and then «بعدَ» (after): the deletion is offered; without one it is made',
    text: 'ولم تصل المساعدات بعد بعد مرور شهر على الكارثة، ووصلت القوافل بعد بعد مرور أسبوع.',
    findings: [
      { covers: 'بعد بعد', messageId: 'repeatedMaybe', severity: 'info' },
      { covers: 'بعد بعد', nth: 1, messageId: 'repeated' },
    ],
    fixed: 'ولم تصل المساعدات بعد بعد مرور شهر على الكارثة، ووصلت القوافل بعد مرور أسبوع.',
    suggested: 'ولم تصل المساعدات بعد مرور شهر على الكارثة، ووصلت القوافل بعد مرور أسبوع.',
  },
  {
    name: 'a noun with the article doubled at the opening of a quotation is a chant\'s call; doubled further in, its deletion is offered',
    text: 'وهتفت الجماهير «الأهلي الأهلي فوق الجميع»، وقال المدرب «إن المباراة كانت كانت صعبة».',
    findings: [{ covers: 'كانت كانت' }],
    suggested: 'وهتفت الجماهير «الأهلي الأهلي فوق الجميع»، وقال المدرب «إن المباراة كانت صعبة».',
  },
  {
    name: 'a word doubled in a quotation left open (its closing mark forgotten) is offered its deletion, as inside a closed one',
    text: 'وهتفت الجماهير «زعيم زعيم طوال المباراة، وغادر اللاعبون اللاعبون الملعب.',
    findings: [{ covers: 'زعيم زعيم' }, { covers: 'اللاعبون اللاعبون' }],
    fixed: 'وهتفت الجماهير «زعيم زعيم طوال المباراة، وغادر اللاعبون اللاعبون الملعب.',
    suggested: 'وهتفت الجماهير «زعيم طوال المباراة، وغادر اللاعبون الملعب.',
  },
  {
    name: 'the last word of a listed body\'s name and the same word as a noun: offered, not made',
    text: 'وتستهدف حركة الشباب الشباب في المخيمات، وهاجم مسلحون مرتبطون بتنظيم القاعدة القاعدة العسكرية.',
    findings: [{ covers: 'الشباب الشباب' }, { covers: 'القاعدة القاعدة' }],
    fixed: 'وتستهدف حركة الشباب الشباب في المخيمات، وهاجم مسلحون مرتبطون بتنظيم القاعدة القاعدة العسكرية.',
    suggested: 'وتستهدف حركة الشباب في المخيمات، وهاجم مسلحون مرتبطون بتنظيم القاعدة العسكرية.',
  },
  {
    name: 'a short doubled word in a long vowel and ن, the shape of an East Asian name, is offered its deletion; كان كان is a slip',
    text: 'واستقبلت الحديقة الباندا يوان يوان، وقالت الناشطة خين خين وي إن الوضع صعب، وإن الوفد كان كان قد وصل.',
    findings: [{ covers: 'يوان يوان', severity: 'info' }, { covers: 'خين خين', severity: 'info' }, { covers: 'كان كان' }],
    fixed: 'واستقبلت الحديقة الباندا يوان يوان، وقالت الناشطة خين خين وي إن الوضع صعب، وإن الوفد كان قد وصل.',
    suggested: 'واستقبلت الحديقة الباندا يوان، وقالت الناشطة خين وي إن الوضع صعب، وإن الوفد كان قد وصل.',
  },
  {
    name: 'a Latin word doubled between Arabic words is offered its deletion; in a Latin run it is left alone, as is a quoted «لا لا»',
    text: 'وارتفعت مبيعات iPhone iPhone وحده بنسبة كبيرة، وكتب المحلل «the the» ساخرا، وقالت الطالبة «لا لا أصدق النتيجة».',
    findings: [{ covers: 'iPhone iPhone', messageId: 'repeated', severity: 'info' }],
    suggested: 'وارتفعت مبيعات iPhone وحده بنسبة كبيرة، وكتب المحلل «the the» ساخرا، وقالت الطالبة «لا لا أصدق النتيجة».',
  },
  {
    name: 'the verb of ما or من and then its answer, the same word on purpose (ما فات فات، ما كتبه كتبه، فمن لا يتكلم يتكلم غيره); a preposition after ما, or a noun after the preposition من, is still a slip',
    text: 'ج: ما فات فات، والمخطوطات باقية. ولو همسا؛ فمن لا يتكلم يتكلم غيره باسمه. ما حدث حدث، ومن قرأ قرأ، لكن ما كتبه كتبه بدم القلب. ما في في الأمر سر، وجاؤوا من جنوب جنوب آسيا.',
    findings: [{ covers: 'في في' }, { covers: 'جنوب جنوب' }],
    fixed: 'ج: ما فات فات، والمخطوطات باقية. ولو همسا؛ فمن لا يتكلم يتكلم غيره باسمه. ما حدث حدث، ومن قرأ قرأ، لكن ما كتبه كتبه بدم القلب. ما في الأمر سر، وجاؤوا من جنوب آسيا.',
  },
  {
    name: 'the relative ما before «ما زال», the city of Cannes before the verb كان and a hymn\'s أوصنا أوصنا are meant; ما before another word is a slip',
    text: 'وهذا البند هو ما ما زال يثير الخلاف، وفي مهرجان كان كان الوزير حاضرا، ورتلت الجوقة أوصنا أوصنا في الأعالي. وهذا ما ما يحدث كل عام.',
    findings: [{ covers: 'ما ما', nth: 1 }],
    fixed: 'وهذا البند هو ما ما زال يثير الخلاف، وفي مهرجان كان كان الوزير حاضرا، ورتلت الجوقة أوصنا أوصنا في الأعالي. وهذا ما يحدث كل عام.',
  },
  {
    name: 'a word three times in a row in a quotation is meant (an anthem, a chant); a double beside it is still a slip',
    text: 'وهتف الجمهور «بلادي بلادي بلادي»، وقال المنظمون إن الحفل الحفل كان ناجحا.',
    findings: [{ covers: 'الحفل الحفل', messageId: 'repeated' }],
    fixed: 'وهتف الجمهور «بلادي بلادي بلادي»، وقال المنظمون إن الحفل كان ناجحا.',
  },
  {
    name: 'a word alone on its line repeated at the start of the next (a label run on into its text) is flagged, its deletion only offered',
    kind: 'markdown',
    text: '# مدن الحدود\n\n- رفح\nرفح مدينة حدودية في جنوب القطاع.\n',
    findings: [{ covers: 'رفح\nرفح' }],
    suggested: '# مدن الحدود\n\n- رفح\nمدينة حدودية في جنوب القطاع.\n',
  },
  {
    name: 'على doubled is the preposition, not the given name علي it folds like; a given name doubled in a full name stays',
    text: 'واتفق الطرفان على على جدول زمني، ووقّع عن الوفد علي علي حسن، وحضر محمد محمد مرسي.',
    findings: [{ covers: 'على على', messageId: 'repeated' }],
    fixed: 'واتفق الطرفان على جدول زمني، ووقّع عن الوفد علي علي حسن، وحضر محمد محمد مرسي.',
  },
  {
    name: 'a word doubled in a quotation as a phrase of its own, before a mark or a call, is a chant; a double inside a phrase is offered',
    text: 'وهتف المتظاهرون: «ارحل ارحل يا وزير»، وردد الجمهور: «وداد وداد، يا وداد». وقال المتحدث: «قررنا قررنا تأجيل الاجتماع».',
    findings: [{ covers: 'قررنا قررنا', messageId: 'repeated' }],
    suggested: 'وهتف المتظاهرون: «ارحل ارحل يا وزير»، وردد الجمهور: «وداد وداد، يا وداد». وقال المتحدث: «قررنا تأجيل الاجتماع».',
  },
  {
    name: 'a word said three times joined by و is a series (كتبنا وكتبنا وكتبنا، مرة ومرة ومرة); twice with و it is a slip',
    text: 'كتبنا وكتبنا وكتبنا، وانتظرنا وانتظرنا وانتظرنا، وسمعنا الوعود مرة ومرة ومرة. ثم كتبنا الرسالة وكتبنا وكتبنا غيرها.',
    findings: [{ covers: 'وكتبنا وكتبنا', nth: 1, messageId: 'repeated' }],
    fixed: 'كتبنا وكتبنا وكتبنا، وانتظرنا وانتظرنا وانتظرنا، وسمعنا الوعود مرة ومرة ومرة. ثم كتبنا الرسالة وكتبنا غيرها.',
  },
  {
    name: 'a conjoined noun again with a nisba narrowing it is another thing (وزارة التربية والتعليم والتعليم العالي); doubled bare, or without و, it is a slip',
    text: 'وهنأت وزيرة التربية والتعليم والتعليم العالي الطلبة، ودعت وزارة الصحة والصحة الوقائية إلى التطعيم. وتحدث عن التربية والتعليم والتعليم في المدارس، وعن التعليم التعليم العالي.',
    findings: [{ covers: 'والتعليم والتعليم', nth: 1 }, { covers: 'التعليم التعليم' }],
    fixed: 'وهنأت وزيرة التربية والتعليم والتعليم العالي الطلبة، ودعت وزارة الصحة والصحة الوقائية إلى التطعيم. وتحدث عن التربية والتعليم في المدارس، وعن التعليم العالي.',
  },
  {
    name: 'a preposition with its conjunction, then again without it',
    text: 'وفي في ركن القراءة كتب كثيرة، وعلى على الطاولة أوراق.',
    findings: [{ covers: 'وفي في' }, { covers: 'وعلى على' }],
    fixed: 'وفي ركن القراءة كتب كثيرة، وعلى الطاولة أوراق.',
  },
  {
    name: 'a Quran verse in ornate brackets is quoted to the letter, in either order of the marks',
    text: 'وذكّر بقوله تعالى: ﴿هَيْهَاتَ هَيْهَاتَ لِمَا تُوعَدُونَ﴾ [المؤمنون: 36]، وبقوله: ﴾هيهات هيهات لما توعدون﴿.',
    findings: [],
  },
  {
    name: 'Latin letters spelled out in an acronym',
    text: 'وقالت هيئة الإذاعة البريطانية بي بي سي إن البث سيستأنف، وحظرت الدولة مبيد دي دي تي، وتعاقدت مع شركة إتش إتش إل إيه.',
    findings: [],
  },
  {
    name: 'a chant doubles its لا before the ل of what it refuses; لا لا before a verb is a slip',
    text: 'وهتف المحتجون: «لا لا للتمديد»، وقال أحدهم إنه لا لا يمكن أن يقبل.',
    findings: [{ covers: 'لا لا', nth: 1 }],
    fixed: 'وهتف المحتجون: «لا لا للتمديد»، وقال أحدهم إنه لا يمكن أن يقبل.',
  },
  {
    name: 'إن doubled is the letter N of an acronym beside a letter name, and a slip elsewhere',
    text: 'وقال الوزير في مقابلة مع شبكة سي إن إن إن المفاوضات مستمرة، وقال المتحدث إن إن الوفد وصل.',
    findings: [{ covers: 'إن إن', nth: 2 }],
    fixed: 'وقال الوزير في مقابلة مع شبكة سي إن إن إن المفاوضات مستمرة، وقال المتحدث إن الوفد وصل.',
  },
  {
    name: 'the letter name before a doubled إن may carry a proclitic (وسي إن إن); a word that only opens with و and a letter name is no acronym (وسيم)',
    text: 'ونقلت قناتا بي بي سي وسي إن إن الخبر. وقال المتحدث وسيم إن إن الوفد وصل.',
    findings: [{ covers: 'إن إن', nth: 1 }],
    fixed: 'ونقلت قناتا بي بي سي وسي إن إن الخبر. وقال المتحدث وسيم إن الوفد وصل.',
  },
  {
    name: 'إن after an acronym written with dots (سي.إن.إن) is the conjunction, not a doubled word',
    text: 'وقالت شبكة سي.إن.إن إن المحكمة أجلت الجلسة.',
    findings: [],
  },
  {
    name: 'بين doubled before the words it stands between is a slip',
    text: 'وفصلت المحكمة بين بين الطرفين في النزاع.',
    findings: [{ covers: 'بين بين' }],
    fixed: 'وفصلت المحكمة بين الطرفين في النزاع.',
  },
  {
    name: 'in a line of verse the deletion is a suggestion: the line stays as the poet wrote it',
    text: 'لا لا أَبوحُ بِحُبِّ بَثنَةَ إِنَّها *** أَخَذَت عَلَيَّ مَواثِقاً وَعُهودا\nوصل الوفد إلى إلى القاهرة.',
    findings: [{ covers: 'لا لا', severity: 'warning' }, { covers: 'إلى إلى' }],
    fixed: 'لا لا أَبوحُ بِحُبِّ بَثنَةَ إِنَّها *** أَخَذَت عَلَيَّ مَواثِقاً وَعُهودا\nوصل الوفد إلى القاهرة.',
  },
  {
    name: 'inside a direct quotation the deletion is offered, not made: quoted speech stays as it was said; a doubled word that ends the quotation is its emphasis',
    text: 'وقال مواطن: «والله والله ما نعرف ما يجري»، مضيفا أن الوضع «صعب صعب»، ووصل الوفد إلى إلى القاهرة.',
    findings: [{ covers: 'والله والله' }, { covers: 'إلى إلى' }],
    fixed: 'وقال مواطن: «والله والله ما نعرف ما يجري»، مضيفا أن الوضع «صعب صعب»، ووصل الوفد إلى القاهرة.',
    suggested: 'وقال مواطن: «والله ما نعرف ما يجري»، مضيفا أن الوضع «صعب صعب»، ووصل الوفد إلى القاهرة.',
  },
  {
    text: 'وصل الوفد إلى إلى القاهرة صباح الأحد.',
    findings: [{ covers: 'إلى إلى', messageId: 'repeated', severity: 'warning' }],
    fixed: 'وصل الوفد إلى القاهرة صباح الأحد.',
  },
  {
    name: 'a preposition, a definite noun and a verb doubled',
    text: 'عقد الاجتماع في في مقر الحكومة الحكومة، ثم قال قال المتحدث إن المحادثات مستمرة.',
    findings: [{ covers: 'في في' }, { covers: 'الحكومة الحكومة' }, { covers: 'قال قال' }],
    fixed: 'عقد الاجتماع في مقر الحكومة، ثم قال المتحدث إن المحادثات مستمرة.',
  },
  {
    name: 'compared on the light form: harakat and tatweel do not hide a repeat',
    text: 'أكد الوزير أنَّ أن الحكومـة ماضية في خطتها.',
    findings: [{ covers: 'أنَّ أن' }],
    fixed: 'أكد الوزير أنَّ الحكومـة ماضية في خطتها.',
  },
  {
    name: 'a particle ending in alef is a typo, not a reduplication',
    text: 'وقال إن هذا هذا القرار نهائي، وإنه إذا إذا تأخر التنفيذ فستفرض عقوبات.',
    findings: [{ covers: 'هذا هذا' }, { covers: 'إذا إذا' }],
    fixed: 'وقال إن هذا القرار نهائي، وإنه إذا تأخر التنفيذ فستفرض عقوبات.',
  },
  {
    name: 'a pronoun-suffixed word and a plural verb are typos too',
    text: 'وأشار إلى أن اللجنة اطلعت عليها عليها أمس، وأن النواب صوتوا صوتوا بالإجماع.',
    findings: [{ covers: 'عليها عليها' }, { covers: 'صوتوا صوتوا' }],
    fixed: 'وأشار إلى أن اللجنة اطلعت عليها أمس، وأن النواب صوتوا بالإجماع.',
  },
  {
    name: 'three in a row: both repeats go',
    text: 'وصلت المساعدات من من من الأردن.',
    findings: [
      { covers: 'من من', messageId: 'repeatedMaybe', severity: 'info' },
      { covers: 'من من', nth: 1, messageId: 'repeatedMaybe' },
    ],
    suggested: 'وصلت المساعدات من الأردن.',
  },
  {
    name: '«من من» reads also as «مَن مِن»: medium confidence, suggestion only',
    text: 'ولم يتضح من من المسؤولين وقع القرار.',
    findings: [{ covers: 'من من', messageId: 'repeatedMaybe', severity: 'info' }],
    suggested: 'ولم يتضح من المسؤولين وقع القرار.',
  },
  {
    name: '«من من» may be «مِن مَن» (from whom) too: suggestion only',
    text: 'وقال المدرب إنه تعلم من من سبقه في المهنة الكثير.',
    findings: [{ covers: 'من من', messageId: 'repeatedMaybe', severity: 'info' }],
    suggested: 'وقال المدرب إنه تعلم من سبقه في المهنة الكثير.',
  },
  {
    name: '«لم لم» may be the question «لِمَ لَمْ» (why did … not): suggestion only',
    text: 'س: لم لم تترشح للانتخابات الماضية؟',
    findings: [{ covers: 'لم لم', messageId: 'repeatedMaybe', severity: 'info' }],
    suggested: 'س: لم تترشح للانتخابات الماضية؟',
  },
  {
    name: 'a line break inside a Markdown paragraph is still a gap between two words',
    kind: 'markdown',
    text: '# العنوان\n\nبدأت المفاوضات في\nفي جنيف أمس.\n',
    findings: [{ covers: 'في\nفي' }],
    fixed: '# العنوان\n\nبدأت المفاوضات في\nجنيف أمس.\n',
  },
  {
    name: 'a word doubled across a line break inside a paragraph loses the second and the space after it: the lines stay as wrapped',
    kind: 'markdown',
    text: 'عمان (رويترز) - قالت وزارة المياه الأردنية إنها ستشغل ثلاث محطات تحلية صغيرة في\nفي مناطق الأغوار قبل الصيف المقبل.\n',
    findings: [{ covers: 'في\nفي' }],
    fixed: 'عمان (رويترز) - قالت وزارة المياه الأردنية إنها ستشغل ثلاث محطات تحلية صغيرة في\nمناطق الأغوار قبل الصيف المقبل.\n',
  },
  {
    name: 'a word doubled at a line end, a mark after it, loses the line break before it',
    kind: 'markdown',
    text: 'وقالت الوزارة إنها ستشغل المحطات في الصيف\nالصيف، بحسب بيان رسمي.\n',
    findings: [{ covers: 'الصيف\nالصيف' }],
    fixed: 'وقالت الوزارة إنها ستشغل المحطات في الصيف، بحسب بيان رسمي.\n',
  },
  {
    name: 'an indefinite word in ta marbuta doubled may be a slip or a reduplication (جلسة جلسة): the deletion is offered',
    text: 'وقالت حكومة حكومة الوحدة الوطنية إنها ستعمل على فتح ممرات آمنة آمنة للمدنيين، وتابع الفريق المفاوضات جلسة جلسة.',
    findings: [
      { covers: 'حكومة حكومة', severity: 'info' },
      { covers: 'آمنة آمنة', severity: 'info' },
      { covers: 'جلسة جلسة', severity: 'info' },
    ],
    suggested: 'وقالت حكومة الوحدة الوطنية إنها ستعمل على فتح ممرات آمنة للمدنيين، وتابع الفريق المفاوضات جلسة.',
  },
  {
    name: 'a number doubled may multiply (ألف ألف دينار, a million in older prose; مليون مليون): the deletion is offered',
    text: 'وكانت خزينة الدولة في عهده تضم ألف ألف دينار، وقدرت الدراسة المسافة بنحو مليون مليون كيلومتر.',
    findings: [
      { covers: 'ألف ألف', severity: 'info' },
      { covers: 'مليون مليون', severity: 'info' },
    ],
    suggested: 'وكانت خزينة الدولة في عهده تضم ألف دينار، وقدرت الدراسة المسافة بنحو مليون كيلومتر.',
  },
  {
    name: 'a number written once, and a number word doubled with the article, which multiplies nothing: fixed',
    text: 'وكانت خزينة الدولة في عهده تضم ألف دينار، وتجاوز عدد الزوار الألف الألف في يومين.',
    findings: [{ covers: 'الألف الألف' }],
    fixed: 'وكانت خزينة الدولة في عهده تضم ألف دينار، وتجاوز عدد الزوار الألف في يومين.',
  },
  {
    name: 'reduplications in ta marbuta of manner and distribution',
    text: 'قرأت اللجنة التقرير كلمةً كلمةً وصفحة صفحة وجملة جملة، وتابعت الأحداث ساعة ساعة ولحظة لحظة ودقيقة دقيقة، وفككت الجهاز قطعة قطعة ونقطة نقطة، وتسرب الماء قطرة قطرة، وتكرر الأمر مرة مرة، وجمعت الحبوب حبة حبة والأوراق ورقة ورقة، ومشطت فرق الإغاثة المنطقة قرية قرية والمبنى غرفة غرفة، وتراجعت الحرارة درجة درجة، وفتشت الشرطة السيارات سيارة سيارة والحقائب حقيبة حقيبة، وعادت القرية إلى الحياة شجرة شجرة ولبنة لبنة.',
    findings: [],
  },
  {
    name: 'a bill voted article by article (مادة مادة) is a reduplication; the article doubled with ال is a slip',
    text: 'وصوت المجلس على مشروع القانون مادة مادة، ثم أحال المادة المادة 12 إلى اللجنة.',
    findings: [{ covers: 'المادة المادة' }],
    fixed: 'وصوت المجلس على مشروع القانون مادة مادة، ثم أحال المادة 12 إلى اللجنة.',
  },
  {
    name: 'an accusative doubled after an indefinite accusative noun is its adjective said twice: its deletion is offered',
    text: 'وسجلت الأسعار ارتفاعا مطردا مطردا خلال العام، وفتشت القوات المنازل منزلا منزلا.',
    findings: [{ covers: 'مطردا مطردا' }],
    suggested: 'وسجلت الأسعار ارتفاعا مطردا خلال العام، وفتشت القوات المنازل منزلا منزلا.',
  },
  {
    name: 'reduplications: an indefinite accusative repeated for gradation or distribution',
    text: 'تقدمت القوات رويدا رويدا وفتشت القرية بيتا بيتا، وراجع المحققون الوثائق حرفا حرفا واستجوبوا الشهود واحدا واحدا، وتتحسن الأوضاع شيئا شيئا، وتهاجر الطيور زوجين زوجين، ودخل الطلاب اثنين اثنين، وعاد الباحثون فرادى فرادى، وجاءت النتائج بين بين، فلا هي نجاح ولا فشل.',
    findings: [],
  },
  {
    name: 'an accusative counted by the number before it, written twice, is a slip, not a distribution',
    text: 'وتلقى المشاركون العلاج 40 أسبوعا أسبوعا، وفقدوا 11 كيلوغراما كيلوغراما في المتوسط.',
    findings: [{ covers: 'أسبوعا أسبوعا' }, { covers: 'كيلوغراما كيلوغراما' }],
    fixed: 'وتلقى المشاركون العلاج 40 أسبوعا، وفقدوا 11 كيلوغراما في المتوسط.',
  },
  {
    name: 'the same accusative doubled for distribution after the counted noun is meant',
    text: 'وتابع الأطباء المشاركين 40 أسبوعا، أسبوعا أسبوعا، وقاسوا أوزانهم يوما يوما على مدى 280 يوما.',
    findings: [],
  },
  {
    name: 'reduplications ending in ta marbuta, and different words',
    text: 'سيجري الانسحاب خطوة خطوة، وتتراجع الأسعار شيئا فشيئا ويوما بعد يوم، والوضع «مقلق جدا جدا» كما قال.',
    findings: [],
  },
  {
    name: '«هو هو» meaning the very same, and emphatic answers',
    text: 'قال إن الموقف هو هو لم يتغير، وإن المشكلة هي هي، وردّ المتظاهرون: «كلا كلا للتقسيم»، «نعم نعم للحوار»، «لا لا، لن نتراجع»، وختم: «هيهات هيهات أن نعود».',
    findings: [],
  },
  {
    name: 'a given name repeated in a full name',
    text: 'التقى الوزير محمد محمد عبد الرحمن واحمد احمد سالم، واستذكر الأمين العام الأسبق بطرس بطرس غالي.',
    findings: [],
  },
  {
    name: 'numbers are not words',
    text: 'سجلت المحطة 10 10 درجات في يومين متتاليين، و٢٠ ٢٠ في الأسبوع التالي.',
    findings: [],
  },
  {
    name: 'different harakat make different words',
    text: 'سأل الصحفي مَن مِن الوزراء حضر الجلسة.',
    findings: [],
  },
  {
    name: 'punctuation or a sentence end between the two',
    text: 'قال الوزير: لا، لا تفاوض قبل وقف النار. في في المساء... انتهى. في المساء عاد الوفد.',
    findings: [{ covers: 'في في' }],
    fixed: 'قال الوزير: لا، لا تفاوض قبل وقف النار. في المساء... انتهى. في المساء عاد الوفد.',
  },
  {
    name: '«لا لا» before a word is a typo',
    text: 'وقال إن الحكومة لا لا تنوي رفع الأسعار.',
    findings: [{ covers: 'لا لا' }],
    fixed: 'وقال إن الحكومة لا تنوي رفع الأسعار.',
  },
  {
    name: 'Latin words are left to other tools',
    text: 'ونقلت the the Guardian الخبر.',
    findings: [],
  },
  {
    name: 'a word doubled between a given name and a name may be a name itself: the deletion is offered',
    text: 'ووصل الوزير الفلبيني فرديناند ماري ماري ماركوس إلى طوكيو، وقال محمد إن الوفد وصل إلى إلى العاصمة.',
    findings: [{ covers: 'ماري ماري' }, { covers: 'إلى إلى' }],
    fixed: 'ووصل الوزير الفلبيني فرديناند ماري ماري ماركوس إلى طوكيو، وقال محمد إن الوفد وصل إلى العاصمة.',
    suggested: 'ووصل الوزير الفلبيني فرديناند ماري ماركوس إلى طوكيو، وقال محمد إن الوفد وصل إلى العاصمة.',
  },
  {
    name: 'a transliterated syllable in نغ doubled is a name (يانغ يانغ، لانغ لانغ، بونغ بونغ); a prayer\'s, the talbiya\'s and a dialect\'s words (شوي شوي) are repeated',
    text: 'وقالت الباحثة الصينية يانغ يانغ إن النموذج دقيق، وعزف لانغ لانغ مقطوعة، ووصل فرديناند بونغ بونغ ماركوس. ورفع المصلون أيديهم وقالوا آمين آمين، ورددوا سبحانك سبحانك يا رب، وهتف الحجاج لبيك لبيك، وقال السائق: «شوي شوي على الطريق».',
    findings: [],
  },
  {
    name: 'a missile\'s class, laughter and names that double a word (أرض أرض، جو جو، ها ها، ماي ماي، توك توك) are meant',
    text: 'وأطلقت القوات صواريخ أرض أرض وصاروخ جو جو، وكتب مستخدم: ها ها ها، هذه كذبة. وهاجمت ميليشيات ماي ماي قرية، وصور سائق توك توك المشهد في بادن بادن.',
    findings: [],
  },
  {
    name: 'العام العام before a word that dates the year is the adjective and the year; before another word a slip',
    text: 'وتوقعت الوزارة أن يرتفع الدين العام العام المقبل، وكان المدير العام العام الماضي قد حذر من ذلك، وقالت إن القطاع العام العام يعاني.',
    findings: [{ covers: 'العام العام', nth: 2 }],
    fixed: 'وتوقعت الوزارة أن يرتفع الدين العام العام المقبل، وكان المدير العام العام الماضي قد حذر من ذلك، وقالت إن القطاع العام يعاني.',
  },
  {
    name: 'a short word doubled that may be a foreign name or dish (بيري بيري، شابو شابو، باغو باغو) is offered, a doubled particle fixed',
    text: 'جربنا دجاج بيري بيري في لشبونة، وتذوقنا شابو شابو في طوكيو، ثم زرنا باغو باغو، وعدنا في في الصباح.',
    findings: [
      { covers: 'بيري بيري', severity: 'info' },
      { covers: 'شابو شابو', severity: 'info' },
      { covers: 'باغو باغو', severity: 'info' },
      { covers: 'في في' },
    ],
    fixed: 'جربنا دجاج بيري بيري في لشبونة، وتذوقنا شابو شابو في طوكيو، ثم زرنا باغو باغو، وعدنا في الصباح.',
    suggested: 'جربنا دجاج بيري في لشبونة، وتذوقنا شابو في طوكيو، ثم زرنا باغو، وعدنا في الصباح.',
  },
  {
    name: 'a word doubled by a slip beside a prayer is still flagged',
    text: 'ورفع المصلون أيديهم وقالوا آمين، ثم عادوا إلى إلى منازلهم.',
    findings: [{ covers: 'إلى إلى' }],
    fixed: 'ورفع المصلون أيديهم وقالوا آمين، ثم عادوا إلى منازلهم.',
  },
  {
    name: 'a word doubled in a line of a song quoted over several lines, before a call, is the song\'s',
    text: 'وغنت الفرقة:\n«حلم حلم يا ليل\nخذني إلى البحر»\nووصل الوفد إلى إلى العاصمة',
    findings: [{ covers: 'إلى إلى' }],
    suggested: 'وغنت الفرقة:\n«حلم حلم يا ليل\nخذني إلى البحر»\nووصل الوفد إلى العاصمة',
  },
  {
    name: 'initials, a letter alone repeated, close a wire: no doubled word',
    text: 'وبعث سمو أمير البلاد ببرقية تعزية إلى رئيس جمهورية طاجيكستان. (النهاية)\nع س ن / م ع ع',
    findings: [],
  },
  {
    name: 'a noun repeated to warn or urge (الحذرَ الحذرَ، الصبر الصبر، الله الله في) is meant',
    text: 'وكتب: الحذرَ الحذرَ من الفتنة، والصبر الصبر على الشدائد، والله الله في وطنكم.',
    findings: [],
  },
]);

it('repeated-word names the reading that makes an ambiguous double two words', () => {
  const { findings } = lint('وتساءل: لم لم يحضر من من دعاهم؟', configFor(rule));
  assert.deepEqual(
    findings.map((finding) => findingMessage(finding, 'en')),
    [
      'The word “لم” is written twice: unless it reads «لِمَ لَمْ», delete one.',
      'The word “من” is written twice: unless it reads «مَن مِن» / «مِن مَن», delete one.',
    ],
  );
  assert.equal(findingMessage(findings[0], 'ar'), 'الكلمة «لم» مكررة: إن لم تكن «لِمَ لَمْ» فاحذف إحداهما.');
});
