import { testRule } from '../testing/rule-tester';
import rule from './mixed-digits';

testRule(rule, [
  {
    name: 'a quotation in Persian keeps its own digits',
    text: 'وكتب الوزير بالفارسية: «۴۵۰ میلیون دلار برای بازسازی نمی\u200cدهیم»، وقال إن الخطة تكلف 450 مليونا على 3 سنوات.',
    findings: [],
  },
  {
    name: 'a number joined by a dot to a Latin code is part of it: variant names (XBB.1.5، JN.1، BA.2.86)',
    text: 'رصدت المنظمة ١٢ إصابة بالمتحور XBB.1.5 و٧ إصابات بالمتحور JN.1 وإصابتين بالمتحور BA.2.86 خلال أسبوع.',
    findings: [],
  },
  {
    name: 'a hashtag is a name to be found by, kept as written: its digits are not the article\'s',
    text: 'أطلقت الوزارة في ١٥ أكتوبر ٢٠٢٣ حملة في ٣٢٠ مركزا عبر وسم #صحتك_2023 ووسم #COP28 وهاشتاغ ＃عام_2023.',
    findings: [],
  },
  {
    name: 'Arabic-Indic digits in an article written in Western digits',
    text: 'قُتل 12 شخصا في عام 2014، وأصيب ٣٠ آخرون.',
    findings: [{ covers: '٣٠', messageId: 'minoritySystem', related: ['12'] }],
    fixed: 'قُتل 12 شخصا في عام 2014، وأصيب 30 آخرون.',
  },
  {
    name: 'Western digits in an article written in Arabic-Indic digits, across paragraphs',
    text: 'ارتفع عدد الضحايا إلى ٤٥\nوقالت الوزارة إن ١٢ مستشفى تعمل منذ ٢٠١٩\nوأضافت أن 7 فرق وصلت.',
    findings: [{ covers: '7', related: ['٤٥'] }],
    fixed: 'ارتفع عدد الضحايا إلى ٤٥\nوقالت الوزارة إن ١٢ مستشفى تعمل منذ ٢٠١٩\nوأضافت أن ٧ فرق وصلت.',
  },
  {
    name: 'stoppage time is two numbers, not a telephone prefix: the digits after its + are converted too',
    text: 'فاز الفريق 3-1 في 2025 بعد 12 مباراة و40 نقطة، وسجل الهدف في الدقيقة (٤٥+٢).',
    findings: [{ covers: '٤٥', related: ['3'] }, { covers: '٢', related: ['3'] }],
    fixed: 'فاز الفريق 3-1 في 2025 بعد 12 مباراة و40 نقطة، وسجل الهدف في الدقيقة (45+2).',
  },
  {
    name: 'Western digits after the + of stoppage time in copy of Arabic-Indic digits',
    text: 'فاز المنتخب ٣-١ في ٢٠٢٥ بعد ١٢ مباراة و٤٠ نقطة، وسجل الهدف في الدقيقة (٩٠+4).',
    findings: [{ covers: '4', related: ['٣'] }],
    fixed: 'فاز المنتخب ٣-١ في ٢٠٢٥ بعد ١٢ مباراة و٤٠ نقطة، وسجل الهدف في الدقيقة (٩٠+٤).',
  },
  {
    name: 'Persian digits are a third system',
    text: 'وقع الحادث عام 2020 وتكرر عام 2021 ثم عام ۲۰۲۳.',
    findings: [{ covers: '۲۰۲۳' }],
    fixed: 'وقع الحادث عام 2020 وتكرر عام 2021 ثم عام 2023.',
  },
  {
    name: 'Persian digits are never the target, even when more numbers are written in them: the conversion is then offered',
    text: 'وأصيب ۲۵ شخصا في الزلزال الذي بلغت قوته ۶.۴ درجات، ونقل 12 إلى المستشفى.',
    findings: [{ covers: '۲۵', severity: 'warning' }, { covers: '۶.۴', severity: 'warning' }],
    suggested: 'وأصيب 25 شخصا في الزلزال الذي بلغت قوته 6.4 درجات، ونقل 12 إلى المستشفى.',
  },
  {
    name: 'a tie goes to the system used first, and a majority under twice the rest is only offered',
    text: 'بلغ العدد ٥٠ ثم 60.\nوارتفع من ١٠ إلى ٢٠ ثم 30 و40.',
    findings: [{ covers: '60', messageId: 'tiedSystem' }, { covers: '30', messageId: 'tiedSystem' }, { covers: '40', messageId: 'tiedSystem' }],
    suggested: 'بلغ العدد ٥٠ ثم ٦٠.\nوارتفع من ١٠ إلى ٢٠ ثم ٣٠ و٤٠.',
  },
  {
    name: 'in a tie the message says the article has as many numbers in the other digits and takes those it writes first',
    text: 'قتل 12 شخصا في هجوم على سوق شعبية، وأصيب ٣٠ آخرون.\nوقالت الشرطة إن الهجوم وقع عند الساعة 10 صباحا، وإن ٤ من المصابين في حال حرجة.',
    findings: [
      { covers: '٣٠', messageId: 'tiedSystem', severity: 'warning' },
      { covers: '٤', messageId: 'tiedSystem' },
    ],
    suggested: 'قتل 12 شخصا في هجوم على سوق شعبية، وأصيب 30 آخرون.\nوقالت الشرطة إن الهجوم وقع عند الساعة 10 صباحا، وإن 4 من المصابين في حال حرجة.',
  },
  {
    name: 'one number more in one system is a majority, not a tie',
    text: 'قتل 12 شخصا في هجوم على سوق شعبية، وأصيب ٣٠ آخرون.\nوقالت الشرطة إن الهجوم وقع عند الساعة 10 صباحا، وإن 4 من المصابين في حال حرجة.',
    findings: [{ covers: '٣٠', messageId: 'minoritySystem' }],
    fixed: 'قتل 12 شخصا في هجوم على سوق شعبية، وأصيب 30 آخرون.\nوقالت الشرطة إن الهجوم وقع عند الساعة 10 صباحا، وإن 4 من المصابين في حال حرجة.',
  },
  {
    name: 'dots that group thousands become the thousands separator; one dot or comma before three digits is a decimal or a group, so the conversion is offered',
    text: 'بلغ الدين ٣ مليارات في ٢٠٢٤ و٥ سنوات و٧ أشهر و٩ أيام و٤ ساعات، ثم 2.500.000 دينار و1.200 طن.',
    findings: [{ covers: '2.500.000' }, { covers: '1.200' }],
    fixed: 'بلغ الدين ٣ مليارات في ٢٠٢٤ و٥ سنوات و٧ أشهر و٩ أيام و٤ ساعات، ثم ٢٬٥٠٠٬٠٠٠ دينار و1.200 طن.',
    suggested: 'بلغ الدين ٣ مليارات في ٢٠٢٤ و٥ سنوات و٧ أشهر و٩ أيام و٤ ساعات، ثم ٢٬٥٠٠٬٠٠٠ دينار و١٫٢٠٠ طن.',
  },
  {
    name: 'numbers in codes, tickers, web addresses, telephone numbers and IBANs are not converted and do not vote',
    text: 'اشترت الشركة ١٢ طائرة بقيمة ٣ مليارات دولار في ٢٠٢٤ تسلم خلال ٥ سنوات، من طرازي A350-1000 و777-300ER، وارتفع سهمها 1120.SR، وفق موقع moh.gov.sa/ar/2024/news، وللاستفسار +971 4 123 4567 أو الحساب SA03 8000 0000 6080 1016 7519.',
    findings: [],
  },
  {
    name: 'separators: Arabic ٫ and ٬ become . and , in Western digits; others stay',
    text: 'بلغ النمو 3.5 بالمئة و4 بالمئة، مقابل ٢٫٥ بالمئة، وبيع 2,500 سهم.',
    findings: [{ covers: '٢٫٥' }],
    fixed: 'بلغ النمو 3.5 بالمئة و4 بالمئة، مقابل 2.5 بالمئة، وبيع 2,500 سهم.',
  },
  {
    name: 'a comma that groups no thousands is a decimal comma and becomes the decimal separator',
    text: 'وارتفع المؤشر ١,٥٪ وبلغت الصفقات ٢,٥ مليار و٣,٧٥٠ مليون ريال في ١٢ شركة، مقابل 2,5 مليار أمس.',
    findings: [{ covers: '2,5' }],
    fixed: 'وارتفع المؤشر ١,٥٪ وبلغت الصفقات ٢,٥ مليار و٣,٧٥٠ مليون ريال في ١٢ شركة، مقابل ٢٫٥ مليار أمس.',
  },
  {
    name: 'into Western digits a decimal comma becomes a dot, a thousands comma stays',
    text: 'وارتفع المؤشر 1.5% وبلغت الصفقات 3,750 مليون ريال في 12 شركة و40 مصرفا و7 صناديق، مقابل ١,٥٪ و١,٢٥٠,٠٠٠ أمس.',
    findings: [{ covers: '١,٥' }, { covers: '١,٢٥٠,٠٠٠' }],
    fixed: 'وارتفع المؤشر 1.5% وبلغت الصفقات 3,750 مليون ريال في 12 شركة و40 مصرفا و7 صناديق، مقابل 1.5% و1,250,000 أمس.',
  },
  {
    name: 'a number mixing systems inside itself',
    text: 'في عام 2015 ثم 20١6.',
    findings: [{ covers: '20١6' }],
    fixed: 'في عام 2015 ثم 2016.',
  },
  {
    name: 'numbers joined to Latin letters stay Western and are not counted: F-16، COVID-19، G20، 5G',
    text: 'أسقطت طائرة F-16 في ٢٠٢٠ خلال جائحة COVID-19 وقمة G20 وإطلاق شبكات 5G عام ٢٠٢١.',
    findings: [],
  },
  {
    name: 'a number a space away from a Latin word is part of a name or a code: not counted, not converted',
    text: 'تسلمت الهيئة ٣ طائرات من طراز Boeing 787 وطائرتين من طراز Airbus 350، في صفقة قيمتها ٢٫٤ مليار دولار.\nوتعمل الأنظمة بنظام Windows 11 ومعيار ISO 9001 وتحديث iOS 17.5 ومؤشر S&P 500 وشبكات Wi-Fi 7 بتردد 5 GHz.',
    findings: [],
  },
  {
    name: 'an account\'s handle is a name, kept as written like a hashtag',
    text: 'أعلنت الهيئة في ١٢ مايو ٢٠٢٤ تسلم ٣ طائرات عبر حسابها @gaca_2024 وحساب @WHO2030.',
    findings: [],
  },
  {
    name: 'into Arabic-Indic digits the decimal and thousands separators and the percent sign follow: ٢.٣ would read ٢٠٣',
    text: 'ارتفع المؤشر ١٫٢٪ إلى ٤٥٠ نقطة، وصعد السهم 2.3% إلى 85.40 ريال، وبلغت الصفقات 1,250,000 ريال في ١٢ شركة و٣٠ مصرفا و٧ صناديق و٤ شركات تأمين.',
    findings: [{ covers: '2.3' }, { covers: '85.40' }, { covers: '1,250,000' }],
    fixed: 'ارتفع المؤشر ١٫٢٪ إلى ٤٥٠ نقطة، وصعد السهم ٢٫٣٪ إلى ٨٥٫٤٠ ريال، وبلغت الصفقات ١٬٢٥٠٬٠٠٠ ريال في ١٢ شركة و٣٠ مصرفا و٧ صناديق و٤ شركات تأمين.',
  },
  {
    name: 'into Western digits the percent sign follows too; a time keeps its colon',
    text: 'ارتفع المؤشر 1.2% إلى 450 نقطة في الساعة 10:30، وصعد السهم ٢٫٣٪ إلى 85 ريالا.',
    findings: [{ covers: '٢٫٣' }],
    fixed: 'ارتفع المؤشر 1.2% إلى 450 نقطة في الساعة 10:30، وصعد السهم 2.3% إلى 85 ريالا.',
  },
  {
    name: 'numbers inside URLs are not prose',
    text: 'نشر التقرير في ٢٠٢٤ على https://example.com/2024/05/report.',
    findings: [],
  },
  {
    name: 'a Quran verse in ornate brackets keeps its verse number; a mix outside it is fixed',
    text: 'يبدأ الموسم في 2026 بمشاركة 1500 طالب، وتلا الخطيب: ﴿إِنَّ مَعَ ٱلۡعُسۡرِ يُسۡرٗا ۝٦﴾، وحضر ٣٠٠ مصل.',
    findings: [{ covers: '٣٠٠' }],
    fixed: 'يبدأ الموسم في 2026 بمشاركة 1500 طالب، وتلا الخطيب: ﴿إِنَّ مَعَ ٱلۡعُسۡرِ يُسۡرٗا ۝٦﴾، وحضر 300 مصل.',
  },
  {
    name: 'clean: a verse number in Arabic-Indic digits in copy of Western digits',
    text: 'يبدأ الموسم في 2026، وتلا الخطيب: ﴿إِنَّ مَعَ ٱلۡعُسۡرِ يُسۡرٗا ۝٦﴾، وحضر 300 مصل.',
    findings: [],
  },
  {
    name: 'a verse number in ornate brackets (﴿٩﴾) within a quoted verse\'s brackets is the verse\'s; a mix after the verse is fixed',
    text: 'يبدأ الموسم في 2026 بمشاركة 1500 طالب، وتلا الخطيب: ﴿إِنَّا نَحْنُ نَزَّلْنَا ٱلذِّكْرَ وَإِنَّا لَهُ لَحَٰفِظُونَ ﴿٩﴾﴾، وحضر ٣٠٠ مصل.',
    findings: [{ covers: '٣٠٠' }],
    fixed: 'يبدأ الموسم في 2026 بمشاركة 1500 طالب، وتلا الخطيب: ﴿إِنَّا نَحْنُ نَزَّلْنَا ٱلذِّكْرَ وَإِنَّا لَهُ لَحَٰفِظُونَ ﴿٩﴾﴾، وحضر 300 مصل.',
  },
  {
    name: 'clean: verse numbers in ornate brackets within a quoted passage and after its verses',
    text: 'يبدأ الموسم في 2026، وتلا الخطيب: ﴿إِنَّا نَحْنُ نَزَّلْنَا ٱلذِّكْرَ وَإِنَّا لَهُ لَحَٰفِظُونَ ﴿٩﴾﴾، ثم قرأ: ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ﴿٣﴾ مَٰلِكِ يَوْمِ ٱلدِّينِ ﴿٤﴾، وحضر 300 مصل.',
    findings: [],
  },
  {
    name: 'a reference\'s dots stay dots (a decree\'s 2.20.293، a law\'s 31.08، a dotted date, an hour, a version): its conversion is offered',
    text: 'صدر المرسوم رقم 2.20.293 تطبيقا للقانون رقم 31.08 في 15.03.2026 على الساعة 10.30، وصدرت النسخة 2.1.3، وبلغ عدد المستفيدين ١٢٠٠ و٣٥٠٠ و٤٢٠٠ و٥١٠٠ و٦٢٠٠ و٧٣٠٠ و٨٤٠٠ و٩٥٠٠ و١٠٦٠٠ و١١٧٠٠ و١٢٨٠٠.',
    findings: [
      { covers: '2.20.293' },
      { covers: '31.08' },
      { covers: '15.03.2026' },
      { covers: '10.30' },
      { covers: '2.1.3' },
    ],
    suggested: 'صدر المرسوم رقم ٢.٢٠.٢٩٣ تطبيقا للقانون رقم ٣١.٠٨ في ١٥.٠٣.٢٠٢٦ على الساعة ١٠.٣٠، وصدرت النسخة ٢.١.٣، وبلغ عدد المستفيدين ١٢٠٠ و٣٥٠٠ و٤٢٠٠ و٥١٠٠ و٦٢٠٠ و٧٣٠٠ و٨٤٠٠ و٩٥٠٠ و١٠٦٠٠ و١١٧٠٠ و١٢٨٠٠.',
  },
  {
    name: 'a keycap emoji keeps its ASCII digit and is no number of the article',
    text: '1️⃣ اطحن ١٥ غراما من البن، 2️⃣ وأضف ٢٥٠ مل من الماء، 3⃣ واتركه ٤ دقائق.',
    findings: [],
  },
  {
    name: 'financial copy in Arabic-Indic digits: tickers and indices in Latin keep theirs, with ٪, ٫, ٬, ranges and dates',
    text: 'وأغلق سهم أرامكو (٢٢٢٢) عند ٣١٫٩٥ ريال، وارتفع المؤشر «تاسي» ٠٫٤٪ إلى ١٢٬٦٥٠ نقطة في ١٥/٣/٢٠٢٤، وصعد مؤشر S&P 500 وسهم AAPL ومؤشر EGX30 خلال الفترة ٢٠٢٠–٢٠٢٤.',
    findings: [],
  },
  {
    name: 'financial copy in Arabic-Indic digits with one number typed half in Western digits: the number is converted whole, its separator and percent sign too',
    text: 'وأغلق سهم أرامكو (٢٢٢٢) عند ٣1٫٩٥ ريال، وارتفع المؤشر «تاسي» ٠.4% إلى ١٢٬٦٥٠ نقطة في ١٥/٣/٢٠٢٤.',
    findings: [{ covers: '٣1٫٩٥' }, { covers: '٠.4' }],
    fixed: 'وأغلق سهم أرامكو (٢٢٢٢) عند ٣١٫٩٥ ريال، وارتفع المؤشر «تاسي» ٠٫٤٪ إلى ١٢٬٦٥٠ نقطة في ١٥/٣/٢٠٢٤.',
  },
  {
    name: 'Arabic-Indic digits with a Latin dot (١٧.٦ reads as ١٧٠٦) or percent sign take ٫ and ٪; dots that group thousands take ٬',
    text: 'ارتفع التضخم إلى ١٧.٦ في المئة، وبلغت البطالة ٩٠% في المخيمات و١٢.٥% في المدن، والدين ٢.٥٠٠.٠٠٠ دينار.',
    findings: [{ covers: '١٧.٦', messageId: 'foreignMark' }, { covers: '٩٠%' }, { covers: '١٢.٥%' }, { covers: '٢.٥٠٠.٠٠٠' }],
    fixed: 'ارتفع التضخم إلى ١٧٫٦ في المئة، وبلغت البطالة ٩٠٪ في المخيمات و١٢٫٥٪ في المدن، والدين ٢٬٥٠٠٬٠٠٠ دينار.',
  },
  {
    name: 'one Latin dot before three Arabic-Indic digits is a decimal point or a thousands separator: the conversion is offered; a reference keeps its dots',
    text: 'صدر القانون رقم ٣١.٠٨ في ١٥.٠٣.٢٠٢٦، ونقل ١.٢٠٠ طن من المساعدات.',
    findings: [{ covers: '١.٢٠٠', messageId: 'foreignMark' }],
    suggested: 'صدر القانون رقم ٣١.٠٨ في ١٥.٠٣.٢٠٢٦، ونقل ١٫٢٠٠ طن من المساعدات.',
  },
  {
    name: 'Western digits with the Arabic decimal or thousands separator take . and ,; the Arabic percent sign after them stays',
    text: 'نما الاقتصاد 1٫6 في المئة، وارتفعت الأسعار 2٫5٪ في 2024، وبيع 12٬500 سهم.',
    findings: [{ covers: '1٫6', messageId: 'foreignMark' }, { covers: '2٫5' }, { covers: '12٬500' }],
    fixed: 'نما الاقتصاد 1.6 في المئة، وارتفعت الأسعار 2.5٪ في 2024، وبيع 12,500 سهم.',
  },
  {
    name: 'clean: Arabic-Indic digits with their own separators and percent sign',
    text: 'ارتفع التضخم إلى ١٧٫٦ في المئة، وبلغت البطالة ٩٠٪ في المخيمات و١٢٫٥٪ في المدن، والدين ٢٬٥٠٠٬٠٠٠ دينار.',
    findings: [],
  },
  {
    name: 'clean: Western digits with their own separators, and ٪ after them',
    text: 'نما الاقتصاد 1.6 في المئة، وارتفعت الأسعار 2.5٪ في 2024، وبيع 12,500 سهم.',
    findings: [],
  },
  {
    name: 'one system only',
    text: 'قُتل 12 شخصا في عام 2014 وأصيب 30.',
    findings: [],
  },
  {
    name: 'CRLF and BOM keep positions on the original text',
    text: '\uFEFFالعنوان\r\nقُتل 12 شخصا في عام 2014.\r\nوأصيب ٣٠ آخرون.\r\n',
    findings: [{ covers: '٣٠', related: ['12'] }],
    fixed: '\uFEFFالعنوان\r\nقُتل 12 شخصا في عام 2014.\r\nوأصيب 30 آخرون.\r\n',
  },
]);
