import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../lint';
import { configFor, testRule } from '../testing/rule-tester';
import rule from './near-duplicate-sentence';

const HEADLINE = 'القوات تعود إلى المدينة بعد خمس سنوات\n';
const FACT = 'انسحبت القوات من المدينة في 2019 بعد ثلاث سنوات من القتال.';
const RESTATED = 'وفي عام 2019 انسحبت القوات من المدينة بعد قتال دام ثلاث سنوات.';
const FILLER = 'وأعاد السكان بناء السوق القديمة خلال العامين التاليين.';

testRule(rule, [
  {
    name: 'two pilgrims quoted saying one prayer are two people praying, no restatement',
    text: 'عنوان\n\nوقال المعتمر محمد عارف: «جئت بعد أن ادخرت ثلاث سنوات. أدعو الله أن يتقبل منا، وأن يجعلنا من عتقائه من النار». وقال المعتمر عبد القادر بوزيد: «نسأل الله أن يتقبل منا، وأن يجعلنا من عتقائه من النار».\n',
    findings: [],
  },
  {
    name: 'one ruling for two defendants named by their initials is two facts',
    text: 'عنوان\n\nوقضت المحكمة بسجن المتهم أ. ن. خمس سنوات بتهمة الاحتيال وغسل الأموال وإبعاده عن الدولة.\n\nوقضت المحكمة بسجن المتهم ر. ك. خمس سنوات بتهمة الاحتيال وغسل الأموال وإبعاده عن الدولة.\n',
    findings: [],
  },
  {
    name: 'a short sentence held inside a longer one only by a long name and a word tells another fact; the same speaker restating the fact is flagged',
    text:
      'كابول\n\nكابول (رويترز) - قال المتحدث باسم طالبان ذبيح الله مجاهد إن الحكومة ترحب بالمساعدات.\n\n' +
      'وأضاف ذبيح الله مجاهد أن الحكومة ستوزعها.\n\nوقال ذبيح الله مجاهد مجددا إن الحكومة ترحب بالمساعدات.\n',
    findings: [{ covers: 'وقال ذبيح الله مجاهد مجددا إن الحكومة ترحب بالمساعدات.', messageId: 'nearDuplicate' }],
  },
  {
    name: 'a roundup whose sentences each name their own body and country tells two facts',
    text:
      'عنوان\n\nوأعلنت المحكمة العليا في السعودية أن الخميس المتمم لشهر رمضان، وأن الجمعة أول أيام عيد الفطر.\n\n' +
      'وأعلنت دار الإفتاء في مصر أن الخميس المتمم لشهر رمضان، وأن الجمعة أول أيام عيد الفطر.\n\n' +
      'وأعلنت دائرة الإفتاء العام في الأردن أن الخميس المتمم لشهر رمضان، وأن الجمعة أول أيام عيد الفطر.\n',
    findings: [],
  },
  {
    name: 'the answer of a Q&A restates its question',
    text: 'متى يبدأ رمضان؟\nس: متى يبدأ شهر رمضان في السعودية هذا العام؟\nج: يبدأ شهر رمضان في السعودية هذا العام يوم السبت بحسب الحسابات الفلكية.\n',
    findings: [],
  },
  {
    name: 'the same two teams the other way round are two results, not a restatement',
    text: 'نتائج الجولة\nوتغلب الهلال على النصر بثلاثة أهداف مقابل هدف في الجولة العاشرة من الدوري السعودي.\nوفي الجولة نفسها تغلب النصر على الهلال بثلاثة أهداف مقابل هدف في مباراة الإياب من الدوري السعودي.\n',
    findings: [],
  },
  {
    name: 'the accuser and the accused the other way round are two accusations, not a restatement; in the same order, restated',
    text: 'اتهامات متبادلة\nواتهم الجيش قوات الدعم السريع بنهب القوافل المتجهة إلى الفاشر.\nفي المقابل، اتهمت قوات الدعم السريع الجيش بنهب القوافل المتجهة إلى الفاشر.\nاتهم الديمقراطيون الجمهوريين بعرقلة مشروع قانون المساعدات في مجلس النواب.\nواتهم الجمهوريون الديمقراطيين بعرقلة مشروع قانون المساعدات في مجلس النواب.\nوقالت الأمم المتحدة إن الجيش اتهم قوات الدعم السريع بنهب القوافل المتجهة إلى الفاشر.\n',
    findings: [{ covers: 'وقالت الأمم المتحدة إن الجيش اتهم قوات الدعم السريع بنهب القوافل المتجهة إلى الفاشر.', messageId: 'nearDuplicate' }],
  },
  {
    name: 'two words swapped, the sides of a mutual accusation by their adjectives, are the other side\'s claim',
    text: 'تبادل الاتهامات\nوقالت وزارة الدفاع الروسية إن القوات الأوكرانية قصفت محيط محطة زابوريجيا النووية بطائرات مسيرة.\nفي المقابل، قالت وزارة الدفاع الأوكرانية إن القوات الروسية قصفت محيط محطة زابوريجيا النووية بطائرات مسيرة.\n',
    findings: [],
  },
  {
    name: 'Markdown: a section\'s first sentence restating its heading is its lede, as the article\'s restates its headline',
    text: '# النشرة الاقتصادية\n\n## البنك المركزي المصري يثبت أسعار الفائدة للمرة الثانية على التوالي\n\nثبت البنك المركزي المصري أسعار الفائدة للمرة الثانية على التوالي.\n',
    kind: 'markdown',
    findings: [],
  },
  {
    name: 'the same two teams in the same order are restated',
    text: 'نتائج الجولة\nوتغلب الهلال على النصر بثلاثة أهداف مقابل هدف في الجولة العاشرة من الدوري السعودي.\nوفي الجولة نفسها تغلب الهلال على النصر بثلاثة أهداف مقابل هدف في مباراة الإياب من الدوري السعودي.\n',
    findings: [{ covers: 'وفي الجولة نفسها تغلب الهلال على النصر بثلاثة أهداف مقابل هدف في مباراة الإياب من الدوري السعودي.', messageId: 'nearDuplicate' }],
  },
  {
    name: 'numbers written as words tell two facts apart as figures do',
    text: 'غارات على غزة\nقتل ثلاثة فلسطينيين في غارة إسرائيلية على منزل في خان يونس جنوب قطاع غزة فجر الثلاثاء.\nوقتل خمسة فلسطينيين في غارة إسرائيلية على منزل في رفح جنوب قطاع غزة فجر الثلاثاء.\n',
    findings: [],
  },
  {
    name: 'a number in words and the same number in figures are one fact restated',
    text: 'انهيار مبنى في الإسكندرية\nلقي سبعة أشخاص حتفهم وأصيب 12 آخرون إثر انهيار مبنى سكني من خمسة طوابق في حي العطارين وسط الإسكندرية فجر الخميس.\nوقال المحافظ إن البحث مستمر.\nوقتل 7 أشخاص وأصيب 12 آخرون في انهيار المبنى السكني المكون من خمسة طوابق بحي العطارين في الإسكندرية فجر الخميس.\n',
    findings: [{ covers: 'وقتل 7 أشخاص وأصيب 12 آخرون في انهيار المبنى السكني المكون من خمسة طوابق بحي العطارين في الإسكندرية فجر الخميس.', messageId: 'nearDuplicate' }],
  },
  {
    name: 'a setext heading over === is the headline, which the lede may echo, though a ### heading comes later',
    kind: 'markdown',
    text:
      'وزير الخارجية يبحث الأزمة في جنيف\n==================================\n\nالتقى وزير الخارجية بعدد من المسؤولين في جنيف لبحث الأزمة.\n\n' +
      'خلفية\n-----\n\nبدأت الأزمة قبل عامين عندما أغلقت الحدود.\n\n### موقف المعارضة\n\nرفضت المعارضة الزيارة.\n',
    findings: [],
  },
  {
    name: 'under a setext subhead, a sentence restating the lede is flagged',
    kind: 'markdown',
    text:
      'وزير الخارجية يبحث الأزمة في جنيف\n==================================\n\nالتقى وزير الخارجية بعدد من المسؤولين في جنيف لبحث الأزمة.\n\n' +
      'خلفية\n-----\n\nبدأت الأزمة قبل عامين عندما أغلقت الحدود.\n\nوبحث وزير الخارجية الأزمة في جنيف مع عدد من المسؤولين.\n',
    findings: [{ covers: 'وبحث وزير الخارجية الأزمة في جنيف مع عدد من المسؤولين.', messageId: 'nearDuplicate' }],
  },
  {
    name: 'the bullets of a summary above the story restate its facts by design',
    kind: 'markdown',
    text: '# المركزي الأوروبي يخفض الفائدة\n\n- خفض البنك المركزي الأوروبي سعر الفائدة ربع نقطة مئوية في اجتماعه الأخير.\n\nوخفض البنك المركزي الأوروبي في اجتماعه الأخير سعر الفائدة ربع نقطة مئوية، وجاء القرار بعد اجتماع في فرانكفورت.\n',
    findings: [],
  },
  {
    name: 'a pull quote (> …) sets the body\'s words apart, trimmed, by design',
    kind: 'markdown',
    text: '# الانتخابات البلدية: قراءة في النتائج\n\nوتقول الباحثة إن هذا الجيل لا يقرأ البرامج الانتخابية، بل يقرأ سجل المرشح في الحي.\n\n> هذا الجيل لا يقرأ البرامج الانتخابية، بل يقرأ سجل المرشح في الحي.\n',
    findings: [],
  },
  {
    name: 'a quotation block after a colon is the body\'s own words, compared with the rest',
    kind: 'markdown',
    text: '# الانتخابات البلدية: قراءة في النتائج\n\nوتقول الباحثة إن هذا الجيل لا يقرأ البرامج الانتخابية، بل يقرأ سجل المرشح في الحي.\n\nوأضافت:\n\n> هذا الجيل لا يقرأ البرامج الانتخابية، بل يقرأ سجل المرشح في الحي.\n',
    findings: [{ covers: 'هذا الجيل لا يقرأ البرامج الانتخابية، بل يقرأ سجل المرشح في الحي.', nth: 1, messageId: 'nearDuplicate' }],
  },
  {
    name: 'a link alone, after a label or not, names another story or a picture: its text restating a sentence is by design',
    kind: 'markdown',
    text:
      '# الحكومة تقر خطة لدعم المزارعين\n\n' +
      'وقال وزير الزراعة إن الخطة تستهدف صغار المزارعين في المحافظات الجنوبية.\n\n' +
      '**اقرأ أيضا:** [وزير الزراعة: الخطة تستهدف صغار المزارعين في المحافظات الجنوبية](https://example.com/a)\n\n' +
      '[الخطة الزراعية تستهدف صغار المزارعين في المحافظات الجنوبية](https://example.com/b)\n\n' +
      '![وزير الزراعة يتحدث عن خطة صغار المزارعين في المحافظات الجنوبية](/img/wazir.jpg)\n',
    findings: [],
  },
  {
    name: 'a link inside a sentence of the story is its prose: the sentence restating another is flagged',
    kind: 'markdown',
    text:
      '# الحكومة تقر خطة لدعم المزارعين\n\n' +
      'وقال وزير الزراعة إن الخطة تستهدف صغار المزارعين في المحافظات الجنوبية.\n\n' +
      'وأكد وزير الزراعة أن [الخطة](https://example.com/a) تستهدف صغار المزارعين في المحافظات الجنوبية.\n',
    findings: [{ covers: 'وأكد وزير الزراعة أن [الخطة](https://example.com/a) تستهدف صغار المزارعين في المحافظات الجنوبية.', messageId: 'nearDuplicate' }],
  },
  {
    name: 'an item of a data box is not compared with the sentence that reports its figure',
    text: 'العنوان\n• الاحتياطيات الدولية لدى البنك المركزي: 46.1 مليار دولار\nوارتفعت الاحتياطيات الدولية لدى البنك المركزي إلى 46.1 مليار دولار بنهاية أيار.\n',
    findings: [],
  },
  {
    name: 'the same fact restated with other words and order',
    text: `${HEADLINE}${FACT}\n${FILLER}\n${RESTATED}\n`,
    findings: [{ covers: RESTATED, messageId: 'nearDuplicate', severity: 'warning', related: [FACT] }],
  },
  {
    name: 'a fact repeated inside a longer sentence, with the article and conjunctions changed',
    text:
      `${HEADLINE}قررت الحكومة خفض أسعار الوقود بنسبة 10 بالمئة اعتبارا من الشهر المقبل.\n${FILLER}\n` +
      'وقال مسؤول إن حكومة البلاد قررت خفض أسعار الوقود بنسبة 10 بالمئة اعتبارا من الشهر المقبل بعد احتجاجات.\n',
    findings: [
      {
        covers: 'وقال مسؤول إن حكومة البلاد قررت خفض أسعار الوقود بنسبة 10 بالمئة اعتبارا من الشهر المقبل بعد احتجاجات.',
        related: ['قررت الحكومة خفض أسعار الوقود بنسبة 10 بالمئة اعتبارا من الشهر المقبل.'],
      },
    ],
  },
  {
    name: 'restated within one paragraph, diacritics and hamza forms aside',
    text: `${HEADLINE}${FILLER} وأكد المحافظ أن إعادة إعمار الجسر الرئيسي ستكتمل قبل نهاية العام. ${FACT} وأكّد المحافظ ان اعادة اعمار الجسر الرئيسي ستكتمل قبل نهاية هذا العام الجاري.\n`,
    findings: [
      {
        covers: 'وأكّد المحافظ ان اعادة اعمار الجسر الرئيسي ستكتمل قبل نهاية هذا العام الجاري.',
        related: ['وأكد المحافظ أن إعادة إعمار الجسر الرئيسي ستكتمل قبل نهاية العام.'],
      },
    ],
  },
  {
    name: 'a third restatement points at the closest earlier wording',
    text: `${HEADLINE}${FACT}\n${FILLER}\n${RESTATED}\nوفي عام 2019 انسحبت القوات من المدينة بعد قتال دام ثلاث سنوات كاملة.\n`,
    findings: [
      { covers: RESTATED, related: [FACT] },
      { covers: 'وفي عام 2019 انسحبت القوات من المدينة بعد قتال دام ثلاث سنوات كاملة.', related: [RESTATED] },
    ],
  },
  {
    name: 'two distinct facts about the same city',
    text:
      `${HEADLINE}قصفت الطائرات مواقع في مدينة الموصل شمالي العراق يوم الثلاثاء.\n` +
      'وافتتحت الحكومة جسرا جديدا في مدينة الموصل شمالي العراق يوم الأحد.\n' +
      'وتضم مدينة الموصل شمالي العراق أكبر جامعة في المنطقة الشمالية.\n',
    findings: [],
  },
  {
    name: 'the same minister saying two different things',
    text:
      `${HEADLINE}وقال وزير الخارجية إن بلاده مستعدة لاستئناف المفاوضات مع الجانب الإيراني.\n` +
      'وقال وزير الخارجية إن بلاده لن تقبل أي شروط مسبقة من الجانب الإيراني.\n' +
      'وأضاف وزير الخارجية أن بلاده تنتظر ردا رسميا من الجانب الإيراني خلال أيام.\n',
    findings: [],
  },
  {
    name: 'the same statistic for two places with different figures',
    text:
      `${HEADLINE}وسجلت وزارة الصحة 120 إصابة جديدة بالحمى النزفية في محافظة ذي قار.\n` +
      'وسجلت وزارة الصحة 85 إصابة جديدة بالحمى النزفية في محافظة ميسان.\n',
    findings: [],
  },
  {
    name: 'one template with a different place, or a different place and day',
    text:
      `${HEADLINE}وأعلنت وزارة الصحة تسجيل إصابات جديدة بالكوليرا في محافظة البصرة.\n` +
      'وأعلنت وزارة الصحة تسجيل إصابات جديدة بالكوليرا في محافظة ميسان.\n' +
      'وقتل شخصان في انفجار عبوة ناسفة استهدفت دورية للشرطة في بغداد يوم الاثنين.\n' +
      'وقتل شخصان في انفجار عبوة ناسفة استهدفت دورية للشرطة في كركوك يوم الثلاثاء.\n',
    findings: [],
  },
  {
    name: 'an interviewer putting a question again, and a sentence that says it repeats (أكرر، للتذكير), restate on purpose',
    text:
      'حوار\nس: هل تندم على قرار الاستقالة بعد كل ما جرى في الأسابيع الماضية من الخلافات؟\n' +
      'ج: لم أستقل هربا من المسؤولية، بل احتجاجا على إهمال المكتبة الوطنية منذ سنوات.\n' +
      'س: نعود إلى السؤال الذي أجلته: هل تندم على قرار الاستقالة بعد كل ما جرى في الأسابيع الماضية؟\n' +
      'ج: وأنا أكرر: لم أستقل هربا من المسؤولية، بل احتجاجا على إهمال المكتبة الوطنية.\n',
    findings: [],
  },
  {
    name: 'the last two days for the past two, all for every one and أفادت for أعلنت restate too',
    text:
      'موسم الحج\nوأعلنت الوزارة أن عدد الحجاج القادمين من الخارج بلغ مليونا و600 ألف حاج هذا الموسم.\n' +
      'وتعاملت الفرق الطبية مع أكثر من ألفي حالة إجهاد حراري خلال اليومين الماضيين في المشاعر المقدسة.\n' +
      'وقالت الوزارة إن الاستعدادات اكتملت في المشاعر المقدسة قبل يوم التروية بأيام، وإن الحالات عولجت جميعا.\n' +
      'وأفادت الوزارة أن عدد الحجاج القادمين من الخارج بلغ مليونا و600 ألف حاج هذا الموسم.\n' +
      'وتعاملت الفرق الطبية مع أكثر من ألفي حالة إجهاد حراري خلال اليومين الأخيرين في المشاعر المقدسة.\n' +
      'وقالت الوزارة إن الاستعدادات اكتملت في المشاعر المقدسة قبل يوم التروية بأيام، وإن الحالات عولجت كلها.\n',
    findings: [
      { covers: 'وأفادت الوزارة أن عدد الحجاج القادمين من الخارج بلغ مليونا و600 ألف حاج هذا الموسم.', messageId: 'nearDuplicate' },
      { covers: 'وتعاملت الفرق الطبية مع أكثر من ألفي حالة إجهاد حراري خلال اليومين الأخيرين في المشاعر المقدسة.', messageId: 'nearDuplicate' },
      { covers: 'وقالت الوزارة إن الاستعدادات اكتملت في المشاعر المقدسة قبل يوم التروية بأيام، وإن الحالات عولجت كلها.', messageId: 'nearDuplicate' },
    ],
  },
  {
    name: 'the last round is no past round: the singular of الأخير stays apart',
    text:
      'الدوري\nوخسر الفريق أمام منافسه بهدفين دون رد في الجولة الماضية من الدوري على ملعبه.\n' +
      'وقال المدرب إن اللاعبين بذلوا جهدا كبيرا رغم الغيابات الكثيرة.\n' +
      'وخسر الفريق أمام منافسه بهدفين دون رد في الجولة الأخيرة من الدوري على ملعبه.\n',
    findings: [],
  },
  {
    name: 'one word swapped for a synonym is a restatement, not a new slot',
    text: 'الكوليرا في نينوى\nوسجلت وزارة الصحة العراقية إصابات جديدة بالكوليرا في محافظة نينوى منذ بداية العام الحالي.\nوقال المتحدث إن الفرق الطبية تعمل على مدار الساعة.\nوسجلت وزارة الصحة العراقية إصابات جديدة بالكوليرا في محافظة نينوى منذ مطلع العام الحالي.\n',
    findings: [{ covers: 'وسجلت وزارة الصحة العراقية إصابات جديدة بالكوليرا في محافظة نينوى منذ مطلع العام الحالي.', messageId: 'nearDuplicate' }],
  },
  {
    name: 'lives for lives (يقطنه/يسكنه) is a restatement',
    text: 'المسجد الجديد\nوقال مصلون إن المسجد يسد حاجة كبيرة في الحي الذي يقطنه أكثر من مئة ألف نسمة.\nوأضاف الإمام أن الدروس تبدأ غدا بعد صلاة العصر.\nوقال مصلون إن المسجد يسد حاجة كبيرة في الحي الذي يسكنه أكثر من مئة ألف نسمة.\n',
    findings: [{ covers: 'وقال مصلون إن المسجد يسد حاجة كبيرة في الحي الذي يسكنه أكثر من مئة ألف نسمة.', messageId: 'nearDuplicate' }],
  },
  {
    name: 'lasted for lasted (استمرت/دامت) is a restatement; another figure is another fact',
    text: 'القمة\nوجاء الاتفاق بعد مفاوضات شاقة استمرت 19 ساعة، مما أدى إلى إرهاق الوفود وتقديم تنازلات لم تكن مطروحة في بداية القمة.\nوجاء الاتفاق بعد مفاوضات شاقة دامت 19 ساعة، مما أدى إلى إرهاق الوفود وتقديم تنازلات لم تكن مطروحة في بداية القمة.\nوجاء الاتفاق الثاني بعد مفاوضات شاقة دامت 12 ساعة، مما أدى إلى إرهاق الوفود وتقديم تنازلات لم تكن مطروحة في بداية القمة.\n',
    findings: [{ covers: 'وجاء الاتفاق بعد مفاوضات شاقة دامت 19 ساعة، مما أدى إلى إرهاق الوفود وتقديم تنازلات لم تكن مطروحة في بداية القمة.', messageId: 'nearDuplicate' }],
  },
  {
    name: 'the same result for two segments named by words of two roots is two facts, though their plurals end alike',
    text: 'سابك\nقطاع البتروكيماويات: ارتفعت الإيرادات 12% على أساس سنوي بدعم من زيادة الكميات المبيعة وتحسن الأسعار.\nقطاع المغذيات الزراعية: ارتفعت الإيرادات 12% على أساس سنوي بدعم من زيادة الكميات المبيعة وتحسن الأسعار.\n',
    findings: [],
  },
  {
    name: 'one word that contrasts with the other (north and south, first and second, rise and fall) is another fact',
    text: 'الطقس\nوتوقعت هيئة الأرصاد هطول أمطار غزيرة على المناطق الشمالية من البلاد خلال الأيام المقبلة.\nوتوقعت هيئة الأرصاد هطول أمطار غزيرة على المناطق الجنوبية من البلاد خلال الأيام المقبلة.\nوارتفعت أسعار الخضراوات في الأسواق المحلية بعد موجة الأمطار الأخيرة.\nوانخفضت أسعار الخضراوات في الأسواق المحلية بعد موجة الأمطار الأخيرة.\n',
    findings: [],
  },
  {
    name: 'one template for two of several: a family name, a ministry, a district and another day are two facts; فاز and تغلب say one',
    text: 'جلسة المحكمة\nوحكمت المحكمة على الجبوري بالسجن ست سنوات بتهمة الإضرار العمد بالمال العام.\nوحكمت المحكمة على الربيعي بالسجن ست سنوات بتهمة الإضرار العمد بالمال العام.\nولم يتسن الحصول على تعليق فوري من وزارة الدفاع الإسرائيلية بشأن الغارة.\nولم يتسن الحصول على تعليق فوري من وزارة الخارجية الإسرائيلية بشأن الغارة.\nوتنقطع المياه عن حي الأمير حسن يوم الأحد من الساعة 8 صباحا حتى 4 عصرا.\nوتنقطع المياه عن حي معصوم يوم الاثنين من الساعة 8 صباحا حتى 4 عصرا.\nوفاز الهلال على الشباب 2-1 يوم الجمعة في الجولة العشرين من الدوري السعودي.\nوتغلب الهلال على الشباب 2-1 يوم الجمعة في الجولة العشرين من الدوري السعودي.\n',
    findings: [{ covers: 'وتغلب الهلال على الشباب 2-1 يوم الجمعة في الجولة العشرين من الدوري السعودي.', messageId: 'nearDuplicate' }],
  },
  {
    name: 'a claim and its denial share their words, not their fact',
    text: 'معارك كردفان\nقال الجيش السوداني إن قواته استعادت السيطرة على مدينة بارا في ولاية شمال كردفان بعد معارك عنيفة مع قوات الدعم السريع.\nوأضاف المتحدث أن العمليات مستمرة.\nونفت قوات الدعم السريع أن يكون الجيش استعاد السيطرة على مدينة بارا في ولاية شمال كردفان بعد معارك عنيفة.\n',
    findings: [],
  },
  {
    name: 'a cable «مماثلة» is the next sender’s, not the first cable again; the same cable restated without it is',
    text:
      'برقيات تهنئة\nوبعث رئيس الدولة برقية تهنئة إلى الرئيس الفرنسي بمناسبة العيد الوطني لبلاده.\n' +
      'وبعث نائب رئيس الدولة برقية تهنئة مماثلة إلى الرئيس الفرنسي بمناسبة العيد الوطني لبلاده.\n' +
      'كما بعث رئيس الدولة برقية تهنئة إلى الرئيس الفرنسي لمناسبة العيد الوطني لبلاده الصديقة.\n',
    findings: [{ covers: 'كما بعث رئيس الدولة برقية تهنئة إلى الرئيس الفرنسي لمناسبة العيد الوطني لبلاده الصديقة.', related: ['وبعث رئيس الدولة برقية تهنئة إلى الرئيس الفرنسي بمناسبة العيد الوطني لبلاده.'] }],
  },
  {
    name: 'one cable formula for two senders known by their titles alone is two facts; by one title it is restated',
    text:
      'برقيات تهنئة\nوأعرب الملك عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة لفخامته، ولحكومة وشعب جمهورية كوريا المزيد من التقدم والازدهار.\n' +
      'وعبر سمو ولي العهد عن أطيب التهاني وأصدق التمنيات بالصحة والسعادة لفخامته، ولحكومة وشعب جمهورية كوريا اطراد التقدم والازدهار.\n' +
      'كما أعرب الملك عن أطيب التهاني وأصدق التمنيات بالصحة والسعادة لفخامته، ولحكومة وشعب جمهورية كوريا الصديق المزيد من التقدم والازدهار.\n',
    findings: [
      {
        covers: 'كما أعرب الملك عن أطيب التهاني وأصدق التمنيات بالصحة والسعادة لفخامته، ولحكومة وشعب جمهورية كوريا الصديق المزيد من التقدم والازدهار.',
        related: ['وأعرب الملك عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة لفخامته، ولحكومة وشعب جمهورية كوريا المزيد من التقدم والازدهار.'],
      },
    ],
  },
  {
    name: 'the reply formula for each recipient of a cable, the sender named by a title in construct (أمير البلاد) or by a pronoun of honour after another is named, is each one\'s act',
    text:
      'برقيات جوابية\nتلقى سمو أمير البلاد برقية تهنئة من رئيس دولة الإمارات بمناسبة العيد الوطني.\n' +
      'وقد بعث حضرة صاحب السمو أمير البلاد حفظه الله ورعاه ببرقية جوابية ضمنها سموه خالص شكره على ما أبداه من تهان طيبة، متمنيا لسموه موفور الصحة والعافية.\n' +
      'كما تلقى سمو ولي العهد برقية تهنئة مماثلة.\n' +
      'وبعث سمو ولي العهد ببرقية جوابية ضمنها سموه خالص شكره على ما أبداه من تهان طيبة، متمنيا لسموه موفور الصحة والعافية.\n' +
      'وتلقى سمو رئيس مجلس الوزراء برقية تهنئة مماثلة.\n' +
      'وبعث سموه ببرقية جوابية ضمنها سموه خالص شكره على ما أبداه من تهان طيبة، متمنيا لسموه موفور الصحة والعافية.\n',
    findings: [],
  },
  {
    name: 'the reply formula under a pronoun of honour right after a sentence naming the same sender restates',
    text:
      'برقيات جوابية\nوبعث سمو ولي العهد ببرقية جوابية ضمنها سموه خالص شكره على ما أبداه من تهان طيبة، متمنيا لسموه موفور الصحة والعافية.\n' +
      'وأشاد سمو ولي العهد بعمق العلاقات الأخوية بين البلدين.\n' +
      'وبعث سموه ببرقية جوابية ضمنها سموه خالص شكره على ما أبداه من تهان طيبة، متمنيا لسموه موفور الصحة والعافية.\n',
    findings: [
      {
        covers: 'وبعث سموه ببرقية جوابية ضمنها سموه خالص شكره على ما أبداه من تهان طيبة، متمنيا لسموه موفور الصحة والعافية.',
        related: ['وبعث سمو ولي العهد ببرقية جوابية ضمنها سموه خالص شكره على ما أبداه من تهان طيبة، متمنيا لسموه موفور الصحة والعافية.'],
      },
    ],
  },
  {
    name: 'one cable formula for two rulers, one named by title and country and the other by name, is two facts; the same ruler named both ways is restated',
    text:
      'برقيات تهنئة\nبعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة لأخيه رئيس دولة الإمارات العربية المتحدة، بمناسبة نجاح العملية الجراحية التي أجريت له.\n' +
      'وبعث ملك البحرين برقية تهنئة لأخيه رئيس دولة الإمارات العربية المتحدة، بمناسبة نجاح العملية الجراحية التي أجريت له.\n' +
      'وبعث أمير دولة الكويت برقية تهنئة لأخيه رئيس دولة الإمارات العربية المتحدة، بمناسبة نجاح العملية الجراحية التي أجريت له.\n' +
      'وبعث ملك السعودية برقية تهنئة لأخيه رئيس دولة الإمارات العربية المتحدة، بمناسبة نجاح العملية الجراحية التي أجريت له.\n',
    findings: [
      {
        covers: 'وبعث ملك السعودية برقية تهنئة لأخيه رئيس دولة الإمارات العربية المتحدة، بمناسبة نجاح العملية الجراحية التي أجريت له.',
        related: ['بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة لأخيه رئيس دولة الإمارات العربية المتحدة، بمناسبة نجاح العملية الجراحية التي أجريت له.'],
      },
    ],
  },
  {
    name: 'one court ruling for two defendants named in full is two facts',
    text: 'أحكام في قضية الفساد\nوقضت المحكمة بسجن المتهم الأول سامر الخطيب عشر سنوات مع الأشغال الشاقة وتغريمه مليون دينار.\nوقضت المحكمة بسجن المتهم الثاني خالد الرواشدة عشر سنوات مع الأشغال الشاقة وتغريمه مليون دينار.\n',
    findings: [],
  },
  {
    name: 'one ruling for two defendants whose given names start with a clitic letter (فهد، وليد) is two facts',
    text: 'أحكام في قضية غسل الأموال\nوقضت المحكمة الجزائية في الرياض بسجن المتهم فهد العتيبي عشر سنوات وتغريمه مليون ريال بتهمة غسل الأموال.\nوقضت المحكمة الجزائية في جدة بسجن المتهم وليد الشمري عشر سنوات وتغريمه مليون ريال بتهمة غسل الأموال.\n',
    findings: [],
  },
  {
    name: 'a changed word form is a restatement, not a new slot',
    text:
      `${HEADLINE}وقررت الحكومة خفض أسعار الوقود في المحافظات الجنوبية اعتبارا من الشهر المقبل.\n${FILLER}\n` +
      'وستخفض الحكومة أسعار الوقود في المحافظات الجنوبية اعتبارا من الشهر المقبل.\n',
    findings: [{ covers: 'وستخفض الحكومة أسعار الوقود في المحافظات الجنوبية اعتبارا من الشهر المقبل.' }],
  },
  {
    name: 'two lists of names that share most names',
    text:
      `${HEADLINE}وضم الوفد الأول محمد علي، وأحمد حسن، وسعيد جابر، وعلي منصور.\n` +
      'وضم الوفد الثاني محمد علي، وأحمد حسن، وسعيد جابر، وكريم منصور.\n',
    findings: [],
  },
  {
    name: 'exact duplicates, bare or quoted, are the duplicate-sentence rule’s',
    text:
      `${HEADLINE}${FACT}\n${FILLER}\n${FACT}\n` +
      'وقال قائد العمليات في مؤتمر صحافي: «لن نسمح بعودة المسلحين إلى أحياء المدينة القديمة».\n' +
      'لن نسمح بعودة المسلحين إلى أحياء المدينة القديمة.\n',
    findings: [],
  },
  {
    name: 'a lede restating the headline',
    text: `انسحاب القوات من المدينة في 2019 بعد ثلاث سنوات من القتال\n${RESTATED}\n`,
    findings: [],
  },
  {
    name: 'one sentence with another URL or e-mail address: another fact (or a correction), as with figures',
    text:
      `${HEADLINE}وللتسجيل يرجى زيارة الموقع https://moh.gov.sa/register قبل نهاية الشهر.\n${FILLER}\n` +
      'وللتسجيل يرجى زيارة الموقع https://moe.gov.sa/apply قبل نهاية الشهر.\n' +
      'وللاستفسار يرجى مراسلة الوزارة على العنوان info@moh.gov.sa قبل نهاية الشهر.\n' +
      'وللاستفسار يرجى مراسلة الوزارة على العنوان help@moe.gov.sa قبل نهاية الشهر الجاري.\n',
    findings: [],
  },
  {
    name: 'a restatement that keeps its URL',
    text:
      `${HEADLINE}وللتسجيل في البرنامج الصحي يرجى زيارة الموقع https://moh.gov.sa/register قبل نهاية الشهر.\n${FILLER}\n` +
      'وللتسجيل في البرنامج الصحي يرجى زيارة موقع الوزارة https://moh.gov.sa/register قبل نهاية الشهر الجاري.\n',
    findings: [
      {
        covers: 'وللتسجيل في البرنامج الصحي يرجى زيارة موقع الوزارة https://moh.gov.sa/register قبل نهاية الشهر الجاري.',
        related: ['وللتسجيل في البرنامج الصحي يرجى زيارة الموقع https://moh.gov.sa/register قبل نهاية الشهر.'],
      },
    ],
  },
  {
    name: 'short sentences',
    text: `${HEADLINE}وأضاف المتحدث أن الوضع هادئ.\nوقال المتحدث إن الوضع هادئ تماما.\n`,
    findings: [],
  },
]);

it('near-duplicate-sentence quotes the earlier sentence as written, never the mask over its URL', () => {
  const earlier = 'وأعلنت https://moh.gov.sa الوزارة فتح باب التسجيل في البرنامج الصحي قبل نهاية الشهر.';
  const text = `${HEADLINE}${earlier}\n${FILLER}\nوأعلنت https://moh.gov.sa الوزارة فتح باب التسجيل في البرنامج الصحي قبل نهاية الشهر الجاري.\n`;
  const [finding] = lint(text, configFor(rule)).findings;
  assert.equal(finding?.data?.other, 'وأعلنت https://moh.gov.sa الوزارة فتح باب التسجيل …');
});

it('near-duplicate-sentence stays fast on a 20,000-word document', () => {
  // Zipf-like draws from a synthetic vocabulary, so common stems have long postings as in real copy.
  let seed = 7;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const vocabulary = Array.from({ length: 4000 }, () =>
    Array.from({ length: 3 + Math.floor(random() * 5) }, () => letters[Math.floor(random() * letters.length)]).join(''),
  );
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)];
  const paragraphs: string[] = ['عنوان التقرير الطويل'];
  for (let words = 0; words < 20_000; ) {
    const sentences = Array.from({ length: 3 }, () => {
      const length = 8 + Math.floor(random() * 20);
      words += length;
      return `${Array.from({ length }, word).join(' ')}.`;
    });
    paragraphs.push(sentences.join(' '));
  }
  const text = paragraphs.join('\n');
  const config = configFor(rule);
  const started = performance.now();
  lint(text, config);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 1000, `took ${Math.round(elapsed)} ms`);
});
