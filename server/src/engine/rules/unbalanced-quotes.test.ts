import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../lint';
import { configFor, testRule } from '../testing/rule-tester';
import rule from './unbalanced-quotes';

testRule(rule, [
  {
    name: 'a bracket left open inside the unclosed quotation: a closer at the stop would fall inside it, a suggestion only',
    text: 'وقال المتحدث: «الموعد ثابت، والقرار نهائي (وفق البيان.\nوقال الوزير: «سنواصل العمل (بعد موافقة البرلمان) حتى آخر يوم.',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }],
    fixed: 'وقال المتحدث: «الموعد ثابت، والقرار نهائي (وفق البيان.\nوقال الوزير: «سنواصل العمل (بعد موافقة البرلمان) حتى آخر يوم».',
    suggested: 'وقال المتحدث: «الموعد ثابت، والقرار نهائي» (وفق البيان.\nوقال الوزير: «سنواصل العمل (بعد موافقة البرلمان) حتى آخر يوم».',
  },
  {
    name: 'a single opener after quotations closed before it is fixed at the final stop; a pair after it leaves only a finding',
    text:
      'الفائدة\nوقال كبير الاقتصاديين في شركة «النيل» للأوراق المالية لوكالة فرانس برس: «نتوقع أن يبقي البنك الفائدة دون تغيير.\n' +
      'وقال المحلل: «نتوقع أن تبقى شركة «النيل» في الصدارة هذا العام.\n',
    findings: [{ covers: '«', nth: 1 }, { covers: '«', nth: 2 }],
    fixed:
      'الفائدة\nوقال كبير الاقتصاديين في شركة «النيل» للأوراق المالية لوكالة فرانس برس: «نتوقع أن يبقي البنك الفائدة دون تغيير».\n' +
      'وقال المحلل: «نتوقع أن تبقى شركة «النيل» في الصدارة هذا العام.\n',
  },
  {
    name: 'a quotation of several paragraphs opens each and closes only the last',
    text: 'تقرير\nوقالت المقررة الخاصة أمام المجلس: «لقد استمعت إلى شهادات 74 شخصا، وتتطابق رواياتهم.\n«وتقع المسؤولية على السلطات أيضا.\n«وأدعو إلى فتح هذه المراكز أمام المراقبين».',
    findings: [],
  },
  {
    name: 'an unclosed quotation before a paragraph that does not open with its mark is still reported',
    text: 'تقرير\nوقالت المقررة الخاصة: «لقد استمعت إلى شهادات 74 شخصا.\nوأضافت أن المراكز مغلقة.',
    findings: [{ covers: '«', messageId: 'unclosed' }],
    fixed: 'تقرير\nوقالت المقررة الخاصة: «لقد استمعت إلى شهادات 74 شخصا».\nوأضافت أن المراكز مغلقة.',
  },
  {
    name: 'both guillemets of a pair turned (»…«, as a page set left to right writes them): each turned',
    text: 'وقال الوزير: »سنواصل العمل حتى آخر يوم«.',
    findings: [
      { covers: '»', messageId: 'reversedOpener', related: ['«'] },
      { covers: '«', messageId: 'reversedCloser', related: ['»'] },
    ],
    fixed: 'وقال الوزير: «سنواصل العمل حتى آخر يوم».',
  },
  {
    name: 'two quotations in a paragraph, both turned (»…«. … »…«.): the middle marks pair inside out and are turned too, not left to nest',
    text: 'وقال الوزير: »سنواصل العمل«. وأضاف: »لن نتراجع عن القرار«.',
    findings: [
      { covers: '»', messageId: 'reversedOpener' },
      { covers: '«', messageId: 'reversedCloser' },
      { covers: '»', nth: 1, messageId: 'reversedOpener' },
      { covers: '«', nth: 1, messageId: 'reversedCloser' },
    ],
    fixed: 'وقال الوزير: «سنواصل العمل». وأضاف: «لن نتراجع عن القرار».',
  },
  {
    name: 'the first quotation of a paragraph with its closer turned, the second with its opener: the middle marks, inside out, are turned with them',
    text: 'وقال الوزير: «سنواصل العمل«. وأضاف: »لن نتراجع عن القرار». وقال المتحدث: »الموعد ثابت«.',
    findings: [
      { covers: '«', nth: 1, messageId: 'reversedCloser' },
      { covers: '»', messageId: 'reversedOpener' },
      { covers: '»', nth: 2, messageId: 'reversedOpener' },
      { covers: '«', nth: 2, messageId: 'reversedCloser' },
    ],
    fixed: 'وقال الوزير: «سنواصل العمل». وأضاف: «لن نتراجع عن القرار». وقال المتحدث: «الموعد ثابت».',
  },
  {
    name: 'a turned pair around a quotation nested the right way round (»قال «نعم» ثم غادر«): only the outer marks are turned',
    text: 'وكتب المراسل: »قال الوزير «نعم» ثم غادر القاعة«.',
    findings: [
      { covers: '»', messageId: 'reversedOpener' },
      { covers: '«', nth: 1, messageId: 'reversedCloser' },
    ],
    fixed: 'وكتب المراسل: «قال الوزير «نعم» ثم غادر القاعة».',
  },
  {
    name: 'a quotation nested the right way round in another (قال «نعم» ثم غادر): nothing is flagged',
    text: 'وكتب المراسل: «قال الوزير «نعم» ثم غادر القاعة».',
    findings: [],
  },
  {
    name: 'two quotations in a paragraph the right way round: nothing is flagged',
    text: 'وقال الوزير: «سنواصل العمل». وأضاف: «لن نتراجع عن القرار».',
    findings: [],
  },
  {
    name: 'a mark typed twice («« or »»), one of the two pairing: the other is deleted',
    text: 'وقال الوزير: ««سنواصل العمل حتى آخر يوم».',
    findings: [{ covers: '«', messageId: 'unclosed' }],
    fixed: 'وقال الوزير: «سنواصل العمل حتى آخر يوم».',
  },
  {
    name: 'a closer typed twice: the one left over is deleted; nested marks of two kinds are no slip',
    text: 'وأضاف الوزير: «لن نتراجع»». وقال المتحدث: «“القرار نهائي”».',
    findings: [{ covers: '»', nth: 1, messageId: 'unopened' }],
    fixed: 'وأضاف الوزير: «لن نتراجع». وقال المتحدث: «“القرار نهائي”».',
  },
  {
    name: 'two marks typed together, neither pairing: one finding, the doubled mark deleted',
    text: 'وقال الوزير: ««سنواصل العمل حتى آخر يوم، وأضاف أن الخطة جاهزة\nوأكد أن المفاوضات مستمرة»» وأن الاتفاق قريب',
    findings: [{ covers: '«', messageId: 'unclosed' }, { covers: '»', messageId: 'unopened' }],
    fixed: 'وقال الوزير: «سنواصل العمل حتى آخر يوم، وأضاف أن الخطة جاهزة\nوأكد أن المفاوضات مستمرة» وأن الاتفاق قريب',
  },
  {
    name: 'a doubled opener neither of which pairs, after a colon: the doubled mark deleted, then the quotation closed at the stop',
    text: 'وقال الوزير: ««سنواصل العمل حتى آخر يوم.',
    findings: [{ covers: '«', messageId: 'unclosed' }],
    fixed: 'وقال الوزير: «سنواصل العمل حتى آخر يوم».',
  },
  {
    name: 'a mark typed twice with a space between, one of the two pairing: the other is deleted with the space',
    text: 'وأضاف الوزير: «لن نتراجع» » ثم غادر.\nوقال الوزير: « «سنواصل العمل حتى آخر يوم».',
    findings: [{ covers: '»', nth: 1, messageId: 'unopened' }, { covers: '«', nth: 1, messageId: 'unclosed' }],
    fixed: 'وأضاف الوزير: «لن نتراجع» ثم غادر.\nوقال الوزير: «سنواصل العمل حتى آخر يوم».',
  },
  {
    name: 'two openers together that both pair (a quotation that starts with a title): nothing is flagged',
    text: 'وكتب المراسل: ««الشروق» صحيفة يومية تصدر في القاهرة».',
    findings: [],
  },
  {
    name: 'a quotation that a stray bracket may close (a verse closed with its ornate bracket alone): a suggestion only, before the reporter\'s words first',
    text: 'وقال الخطيب: «إن الله مع الصابرين﴾ وأضاف أن الصبر مفتاح الفرج.',
    findings: [{ covers: '«', messageId: 'unclosed' }],
    suggested: 'وقال الخطيب: «إن الله مع الصابرين﴾» وأضاف أن الصبر مفتاح الفرج.',
  },
  {
    name: 'the reporter going on with no comma (وأضاف أن، مؤكدا أن): the quotation is offered closed before him or at the stop, neither made',
    text: 'وقال البرهان: «لن نتفاوض مع الميليشيا وأضاف أن الجيش سيواصل القتال حتى استعادة كل المدن.',
    findings: [{ covers: '«', messageId: 'unclosed' }],
    suggested: 'وقال البرهان: «لن نتفاوض مع الميليشيا» وأضاف أن الجيش سيواصل القتال حتى استعادة كل المدن.',
  },
  {
    name: 'a closer ending a quotation run on from the paragraph before, then an opener running on into the next: neither turned',
    text: 'وقالت المتحدثة: «بدأنا العمل عام 1995.\nواليوم نحن أكثر عددا»، وأضافت: «سنواصل العمل حتى آخر يوم.\n«ولن نتراجع».',
    findings: [],
  },
  {
    name: 'a single unclosed guillemet whose quotation ends the paragraph: closed before the full stop',
    text: 'وقال الوزير: «سنواصل العمل حتى آخر يوم.',
    findings: [{ covers: '«', messageId: 'unclosed' }],
    fixed: 'وقال الوزير: «سنواصل العمل حتى آخر يوم».',
  },
  {
    name: 'the fix follows the opener: “ closes with ”, ” with “, " with "',
    text: 'قال المتحدث: “لن نتراجع عن القرار.\nقال المتحدث: ”لن نتراجع عن القرار.\nقال المتحدث: "لن نتراجع عن القرار.',
    findings: [{ covers: '“' }, { covers: '”' }, { covers: '"' }],
    fixed: 'قال المتحدث: “لن نتراجع عن القرار”.\nقال المتحدث: ”لن نتراجع عن القرار“.\nقال المتحدث: "لن نتراجع عن القرار".',
  },
  {
    name: 'without a colon the mark may open a name or a title, whose end is a guess: a suggestion only',
    text: 'وأعلنت شركة «نماء للاستثمار عن أرباح بلغت 5 ملايين دولار في الربع الأول.\nقال المتحدث “لن نتراجع عن القرار.',
    findings: [{ covers: '«' }, { covers: '“' }],
    fixed: 'وأعلنت شركة «نماء للاستثمار عن أرباح بلغت 5 ملايين دولار في الربع الأول.\nقال المتحدث “لن نتراجع عن القرار.',
    suggested: 'وأعلنت شركة «نماء للاستثمار عن أرباح بلغت 5 ملايين دولار في الربع الأول».\nقال المتحدث “لن نتراجع عن القرار”.',
  },
  {
    name: 'after a colon that a title\'s head leads (بعنوان:، تحت شعار:) the mark opens a title, whose end is a guess: a suggestion only',
    text: 'وصدر للكاتب كتاب جديد بعنوان: «الطريق إلى الشمال عن دار النشر العربية.\nوانطلق المؤتمر تحت شعار: «معا نحو المستقبل بمشاركة 40 دولة.',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }],
    suggested: 'وصدر للكاتب كتاب جديد بعنوان: «الطريق إلى الشمال عن دار النشر العربية».\nوانطلق المؤتمر تحت شعار: «معا نحو المستقبل بمشاركة 40 دولة».',
  },
  {
    name: 'after a colon that a speaker or a statement leads, the quotation is closed at the stop',
    text: 'وجاء في البيان: «اتفق الطرفان على وقف إطلاق النار.\nوكتب الوزير على حسابه في منصة إكس: «لن نتراجع عن القرار.',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }],
    fixed: 'وجاء في البيان: «اتفق الطرفان على وقف إطلاق النار».\nوكتب الوزير على حسابه في منصة إكس: «لن نتراجع عن القرار».',
  },
  {
    name: 'the opener after a colon in an earlier sentence: the quotation ends after the first sentence or the last, two suggestions',
    text: 'وقال الوزير: «سنواصل العمل. وأضاف أن الحكومة ستعلن خطتها الأسبوع المقبل.',
    findings: [{ covers: '«', messageId: 'unclosed' }],
    suggested: 'وقال الوزير: «سنواصل العمل». وأضاف أن الحكومة ستعلن خطتها الأسبوع المقبل.',
  },
  {
    name: 'the opener without a colon in an earlier sentence: where it ends is a guess, no fix',
    text: 'وأعلنت شركة «نماء للاستثمار عن أرباحها. وأضافت أن التوزيعات تبدأ الشهر المقبل.',
    findings: [{ covers: '«', messageId: 'unclosed' }],
  },
  {
    name: 'no final full stop, or a question: no fix',
    text: 'وتساءل النائب: «إلى متى ننتظر؟\nالعنوان: «الحكومة تستقيل',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }],
  },
  {
    name: 'another quotation closed before the opener: fixed at the final stop',
    text: 'ووصف الخطة بأنها «طموحة» وقال: «سنبدأ التنفيذ غدا.',
    findings: [{ covers: '«', nth: 1, messageId: 'unclosed' }],
    fixed: 'ووصف الخطة بأنها «طموحة» وقال: «سنبدأ التنفيذ غدا».',
  },
  {
    name: 'a closer with no opener, related to the opener it may belong to',
    text: 'وأكد أن المفاوضات مستمرة» وأن «الاتفاق قريب.',
    findings: [
      { covers: '»', messageId: 'unopened', related: ['«'] },
      { covers: '«', messageId: 'unclosed', related: ['»'] },
    ],
  },
  {
    name: 'a lone closer',
    text: 'وأكد أن المفاوضات مستمرة» حتى الآن.',
    findings: [{ covers: '»', messageId: 'unopened', related: [] }],
  },
  {
    name: 'a guillemet closed with a curly mark, and a curly quotation closed with a guillemet',
    text: 'وقال إن «الوضع صعب” ثم غادر.\nوقال إن “الوضع صعب» ثم غادر.',
    findings: [
      { covers: '”', messageId: 'mismatched', related: ['«'] },
      { covers: '»', messageId: 'mismatched', related: ['“'] },
    ],
  },
  {
    name: 'curly marks of one glyph at both ends do not pair',
    text: 'وقال إن ”الوضع صعب” ثم غادر.\nوقال إن “الوضع صعب“ ثم غادر.',
    findings: [
      { covers: '”', nth: 1, messageId: 'mismatched' },
      { covers: '“', nth: 1, messageId: 'mismatched' },
    ],
  },
  {
    name: 'an odd straight quote: the one that closes nothing',
    text: 'وقال "نعم" ثم أضاف "لا أعرف" وتابع أن الأمر محسوم" تماما.',
    findings: [{ covers: '"', nth: 4, messageId: 'unopened' }],
  },
  {
    name: 'a straight mark after a number, with no quotation open, is the mark of inches or seconds',
    text: 'تباع أجهزة بشاشات 55" و65" وشاشة 32" بسعر مخفض.\nوصدرت رواية "1984" عام 1949، وقال البائع: "العرض حتى 2025" ثم غادر.',
    findings: [],
  },
  {
    name: 'an even number of straight quotes is balanced, even with the spaces on the wrong side',
    text: 'وقال الوزير إن" الوضع مستقر" وإن الحكومة تسيطر على الموقف.',
    findings: [],
  },
  {
    name: 'an inner quotation left open inside a closed one',
    text: 'وقال: «نقلنا عنه “لا تفاوض» ولم يعلق.',
    findings: [{ covers: '“', messageId: 'unclosed' }],
  },
  {
    name: 'both curly conventions, each by itself, are valid pairs',
    text: 'وقال الرئيس “لن نتراجع” ثم غادر.\nوقال الرئيس ”لن نتراجع“ ثم غادر.\nووصف ”الخطة“ بأنها ”طموحة“ و”واقعية“.',
    findings: [],
  },
  {
    name: 'nested quotation',
    text: 'وقال الوزير: «نقلنا إليهم رسالة واضحة: “لا تفاوض قبل وقف النار” وننتظر ردهم».',
    findings: [],
  },
  {
    name: 'marks joined to a proclitic, straight pairs, spaces inside marks',
    text: 'ونقل لـ"الوكالة" عن مصدر و"آخرين" أن “ الاتفاق ” وشيك، ونقلت كـ«نموذج» عن و«الحياة».',
    findings: [],
  },
  {
    name: 'quotes in inline code are not prose, nor a quotation around a URL',
    text: 'راجع «https://example.com/a?b=1» واكتب `say "hi` في الخانة.',
    kind: 'markdown',
    findings: [],
  },
  {
    name: 'Markdown: a hashtag opening a wrapped line is no heading, so the quotation goes on over it; left open, it is reported at its opener',
    text:
      '# حملة على مواقع التواصل\n\nوقال الناشط إن «الوسم الذي أطلقناه أمس\n#غزة_الآن تصدر قائمة الأكثر تداولا في المنطقة».\n\n' +
      'وقالت ناشطة أخرى إن «الوسم الذي أطلقته الحملة\n#صوت_الطلاب تصدر القائمة في ساعات.\n',
    kind: 'markdown',
    findings: [{ covers: '«', nth: 1, messageId: 'unclosed' }],
    suggested:
      '# حملة على مواقع التواصل\n\nوقال الناشط إن «الوسم الذي أطلقناه أمس\n#غزة_الآن تصدر قائمة الأكثر تداولا في المنطقة».\n\n' +
      'وقالت ناشطة أخرى إن «الوسم الذي أطلقته الحملة\n#صوت_الطلاب تصدر القائمة في ساعات».\n',
  },
  {
    name: 'a quotation may span sentences and contain an ellipsis',
    text: 'وقال: «لن نتراجع. لن نتراجع… أبدا». ثم غادر القاعة.',
    findings: [],
  },
  {
    name: 'a quotation of verse runs over its lines, a line a paragraph',
    text: 'وختمت الشاعرة أمسيتها بقصيدتها الأشهر، فقالت:\n«أنا بنت هذا النهر\nأحمل طينه في كفي\nوأغني للغريب»\nوصفق الحضور طويلا.',
    findings: [],
  },
  {
    name: 'checking is within a paragraph',
    text: 'وقال الوزير: «سنواصل العمل\nحتى آخر يوم».',
    findings: [{ covers: '«' }, { covers: '»' }],
  },
  {
    name: 'the source cited in brackets at the end (بحسب البيان، نقلا عن): the quotation is offered closed before the bracket or at the stop, neither made',
    text: 'وقال الوزير: «سنواصل العمل حتى آخر يوم (بحسب البيان).\nوقال المتحدث: «الموعد ثابت (نقلا عن مصدر في الوزارة).',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }],
    suggested: 'وقال الوزير: «سنواصل العمل حتى آخر يوم» (بحسب البيان).\nوقال المتحدث: «الموعد ثابت» (نقلا عن مصدر في الوزارة).',
  },
  {
    name: 'a hadith\'s or a verse\'s source in brackets at the end: the quotation is offered closed before them or at the stop, neither made',
    text:
      'واستشهد الخطيب بقول النبي صلى الله عليه وسلم: «من صام رمضان إيمانا واحتسابا غفر له ما تقدم من ذنبه (رواه البخاري).\n' +
      'وقال تعالى: «وتوبوا إلى الله جميعا أيها المؤمنون لعلكم تفلحون [النور: 31].',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }],
    suggested:
      'واستشهد الخطيب بقول النبي صلى الله عليه وسلم: «من صام رمضان إيمانا واحتسابا غفر له ما تقدم من ذنبه» (رواه البخاري).\n' +
      'وقال تعالى: «وتوبوا إلى الله جميعا أيها المؤمنون لعلكم تفلحون» [النور: 31].',
  },
  {
    name: 'the source cited without a comma by what it issued or where it spoke (بحسب ما نقله، بحسب بيان، في مقابلة مع): the quotation is offered closed before it or at the stop, neither made',
    text: 'وقال العقيد: «لقد دمرنا أربعة مواقع للمسلحين بحسب ما نقله التلفزيون الرسمي.\nوقال الضابط: «أسقطنا ثلاث مسيرات بحسب بيان للجيش.\nوقال القائد: «نحن مستعدون في مقابلة مع رويترز.\nوقال الكعبي: «نتوقع أن تتجاوز المبيعات 10 مليارات درهم، متوقعا أن تبدأ التسليمات في 2028.\nوقال المدير: «النتائج قوية، في بيان للشركة.',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }, { covers: '«', nth: 2 }, { covers: '«', nth: 3 }, { covers: '«', nth: 4 }],
  },
  {
    name: 'a quoted post may end at its emoji or its hashtag, the reporter going on after them: both closes offered, neither made',
    text: 'وكتبت المعجبة على حسابها: «أحلى ليلة في حياتي ❤️❤️ وقد حصد المنشور أكثر من 50 ألف إعجاب.\nوكتب المغني: «شكرا لكم #ليلة_العمر وقد تفاعل معه الآلاف.',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }],
    suggested: 'وكتبت المعجبة على حسابها: «أحلى ليلة في حياتي ❤️❤️» وقد حصد المنشور أكثر من 50 ألف إعجاب.\nوكتب المغني: «شكرا لكم #ليلة_العمر» وقد تفاعل معه الآلاف.',
  },
  {
    name: 'a bracket of the speaker\'s own words at the end (أيار، بعد موافقة البرلمان) stays inside: closed at the stop',
    text: 'وقال الوزير: «سنواصل العمل حتى 15 مايو (أيار).\nوقال المتحدث: «سنعلن الموعد قريبا (بعد موافقة البرلمان).',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }],
    fixed: 'وقال الوزير: «سنواصل العمل حتى 15 مايو (أيار)».\nوقال المتحدث: «سنعلن الموعد قريبا (بعد موافقة البرلمان)».',
  },
  {
    name: 'the reporter\'s words after a comma (مضيفا، وفق ما نقلت) end an unclosed quotation before them: both ends are offered, neither made',
    text: 'وقال الوزير: «نحن هنا ولن نغادر، مضيفا أن الوضع هادئ.',
    findings: [{ covers: '«' }],
    fixed: 'وقال الوزير: «نحن هنا ولن نغادر، مضيفا أن الوضع هادئ.',
    suggested: 'وقال الوزير: «نحن هنا ولن نغادر»، مضيفا أن الوضع هادئ.',
  },
  {
    name: 'so do وأشار، وأكد، ولفت، حسبما، نقلا عن after the comma, with the hamza or without: not closed at the final stop on its own',
    text: 'وأضاف: «سننتظر نتائج التحقيق، وأشارت الوزارة إلى أن اللجنة ستجتمع.\nوقال: «الطرق مزدحمة، واكد أن الأجرة ارتفعت.\nوقال: «لن نتراجع، ولفت إلى أن الحكومة ماضية.\nوقال: «سنعود قريبا، حسبما أفادت الوكالة.\nوقال: «الوضع هادئ، نقلا عن مصدر في الوزارة.',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }, { covers: '«', nth: 2 }, { covers: '«', nth: 3 }, { covers: '«', nth: 4 }],
    fixed: 'وأضاف: «سننتظر نتائج التحقيق، وأشارت الوزارة إلى أن اللجنة ستجتمع.\nوقال: «الطرق مزدحمة، واكد أن الأجرة ارتفعت.\nوقال: «لن نتراجع، ولفت إلى أن الحكومة ماضية.\nوقال: «سنعود قريبا، حسبما أفادت الوكالة.\nوقال: «الوضع هادئ، نقلا عن مصدر في الوزارة.',
    suggested: 'وأضاف: «سننتظر نتائج التحقيق»، وأشارت الوزارة إلى أن اللجنة ستجتمع.\nوقال: «الطرق مزدحمة»، واكد أن الأجرة ارتفعت.\nوقال: «لن نتراجع»، ولفت إلى أن الحكومة ماضية.\nوقال: «سنعود قريبا»، حسبما أفادت الوكالة.\nوقال: «الوضع هادئ»، نقلا عن مصدر في الوزارة.',
  },
  {
    name: 'the source cited after كما or حسبما, with a comma or without (كما نقلت الوكالة), ends an unclosed quotation before it: offered, not made',
    text: 'وقال المتحدث باسم الشرطة: «عثرنا على السيارة قرب الحدود والتحقيق مستمر كما نقلت الوكالة.\nوقال المتحدث: «التحقيق مستمر، كما أفادت الوكالة الرسمية.\nوقال المتحدث: «سنعلن النتائج قريبا حسبما أوردت القناة.\nوقال المتحدث: «الوضع هادئ نقلا عن مصدر في الوزارة.',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }, { covers: '«', nth: 2 }, { covers: '«', nth: 3 }],
    fixed: 'وقال المتحدث باسم الشرطة: «عثرنا على السيارة قرب الحدود والتحقيق مستمر كما نقلت الوكالة.\nوقال المتحدث: «التحقيق مستمر، كما أفادت الوكالة الرسمية.\nوقال المتحدث: «سنعلن النتائج قريبا حسبما أوردت القناة.\nوقال المتحدث: «الوضع هادئ نقلا عن مصدر في الوزارة.',
    suggested: 'وقال المتحدث باسم الشرطة: «عثرنا على السيارة قرب الحدود والتحقيق مستمر» كما نقلت الوكالة.\nوقال المتحدث: «التحقيق مستمر»، كما أفادت الوكالة الرسمية.\nوقال المتحدث: «سنعلن النتائج قريبا» حسبما أوردت القناة.\nوقال المتحدث: «الوضع هادئ» نقلا عن مصدر في الوزارة.',
  },
  {
    name: 'كما with a verb the speaker says of himself or of others (كما وعدنا، كما ذكرت سابقا، كما قال الرئيس) is his: the quotation closes at the final stop',
    text: 'وقال المتحدث: «سنعيد الإعمار كما وعدنا الناس.\nوقال المتحدث: «الوضع صعب كما ذكرت سابقا.\nوقال المتحدث: «سنمضي قدما كما قال الرئيس.',
    findings: [{ covers: '«' }, { covers: '«', nth: 1 }, { covers: '«', nth: 2 }],
    fixed: 'وقال المتحدث: «سنعيد الإعمار كما وعدنا الناس».\nوقال المتحدث: «الوضع صعب كما ذكرت سابقا».\nوقال المتحدث: «سنمضي قدما كما قال الرئيس».',
  },
  {
    name: 'a quotation that runs on over paragraph breaks without reopening, closed a few paragraphs on, is one quotation',
    text: 'مديرة المستشفى: نعمل بنصف الطاقم\n\nوقالت الشريف: «بدأت العمل هنا عام 1995، وكنا عشرة أطباء فقط.\n\nاليوم نحن أكثر عددا، لكن الضغط أكبر بكثير.\n\nوالأدوية لا تكفي».\n\nوأضافت أن الوزارة وعدت بزيادة الميزانية.',
    findings: [],
  },
  {
    name: 'a full text announced in the paragraph before (فيما يلي نصها:) may run on over many paragraphs from its salutation, without reopening',
    text: 'نص كلمة الرئيس\nألقى الرئيس كلمة أمام البرلمان، فيما يلي نصها:\n"بسم الله الرحمن الرحيم\nالسيد رئيس مجلس الأمة،\nالسيدات والسادة النواب،\nيسعدني أن أقف اليوم أمامكم في افتتاح هذه الدورة، التي تأتي في ظرف إقليمي ودولي دقيق.\nلقد التزمنا أمام الشعب ببناء جزائر جديدة، قوية باقتصادها، منيعة بمؤسساتها.\nإن الدولة ماضية في تنفيذ برنامج الإصلاحات، ولن تتراجع عنه مهما كانت التحديات.\nوالسلام عليكم ورحمة الله تعالى وبركاته".',
    findings: [],
  },
  {
    name: 'a full text announced by what it is (فيما يلي نص التعميم:، وجاء في التعميم:) runs on over its numbered items too',
    text: 'الوزارة تصدر تعميما\nفيما يلي نص التعميم:\n«أولا: يسجل العامل في نظام حماية الأجور.\nثانيا: يصرف الأجر في موعده.\nثالثا: يحظر احتجاز جواز سفر العامل.\nرابعا: يوفر صاحب العمل السكن الملائم.\nخامسا: يحق للعامل نقل خدماته بعد انتهاء العقد.\nسادسا: يعمل بهذا التعميم من تاريخ صدوره».\nوجاء في التعميم:\n«أولا: يصرف الأجر في موعده.\nثانيا: يحظر احتجاز الجواز.\nثالثا: يوفر السكن.\nرابعا: يعمل به من تاريخ صدوره.\nخامسا: تلغى التعاميم السابقة.\nسادسا: ينشر في الجريدة الرسمية».',
    findings: [],
  },
  {
    name: 'the same text not announced: a quotation opened at a salutation and closed six paragraphs on is left open',
    text: 'نص كلمة الرئيس\nألقى الرئيس كلمة أمام البرلمان.\n"بسم الله الرحمن الرحيم\nالسيد رئيس مجلس الأمة،\nالسيدات والسادة النواب،\nيسعدني أن أقف اليوم أمامكم في افتتاح هذه الدورة، التي تأتي في ظرف إقليمي ودولي دقيق.\nلقد التزمنا أمام الشعب ببناء جزائر جديدة، قوية باقتصادها، منيعة بمؤسساتها.\nإن الدولة ماضية في تنفيذ برنامج الإصلاحات، ولن تتراجع عنه مهما كانت التحديات.\nوالسلام عليكم ورحمة الله تعالى وبركاته".',
    findings: [{ covers: '"', messageId: 'unclosed' }, { covers: '"', nth: 1 }],
  },
  {
    name: 'an unclosed quotation whose paragraph is followed by a closer too far on, or by another quotation left open, is reported',
    text: 'وقال المدير: «سنبدأ العمل باكرا.\nوقال الوزير: «لن نتأخر.\nوأضاف أن العمال جاهزون».',
    findings: [{ covers: '«', messageId: 'unclosed' }],
    fixed: 'وقال المدير: «سنبدأ العمل باكرا».\nوقال الوزير: «لن نتأخر.\nوأضاف أن العمال جاهزون».',
  },
  {
    name: 'a guillemet turned the wrong way, where a quotation ends or begins, is turned',
    text: 'خبر\nوقال الوزير: «لن نتراجع«. وأضاف أن الحكومة ماضية.\nوكتب آخر: »سنعود إلى بيوتنا» ثم غادر.',
    findings: [
      { covers: '«', nth: 1, messageId: 'reversedCloser' },
      { covers: '»', messageId: 'reversedOpener' },
    ],
    fixed: 'خبر\nوقال الوزير: «لن نتراجع». وأضاف أن الحكومة ماضية.\nوكتب آخر: «سنعود إلى بيوتنا» ثم غادر.',
  },
  {
    name: 'two quotations left open are two findings, not a turned mark',
    text: 'خبر\nوقال الوزير: «لن نتراجع، وقال آخر: «سنعود إلى بيوتنا.',
    findings: [
      { covers: '«', messageId: 'unclosed' },
      { covers: '«', nth: 1, messageId: 'unclosed' },
    ],
  },
  {
    name: 'CRLF and BOM keep positions on the original text',
    text: '\uFEFFالعنوان\r\nوقال الوزير: «سنواصل العمل حتى آخر يوم.\r\n',
    findings: [{ covers: '«' }],
    fixed: '\uFEFFالعنوان\r\nوقال الوزير: «سنواصل العمل حتى آخر يوم».\r\n',
  },
  {
    name: 'a poem quoted a line a paragraph, a line ending in a comma among them, is one quotation',
    text: 'شاعرة تقرأ في عمّان\nوقرأت من قصيدتها:\n«كان أبي يترك الباب مفتوحا للريح\nويقول سيعود من غاب،\nكان أبي يترك الباب مفتوحا للريح»\n',
    findings: [],
  },
  {
    name: 'a poem quoted a line a paragraph, its lines ending in full stops too, is one quotation',
    text: 'أمسية شعرية\nوقرأتها كاملة:\n«كان أبي يترك الباب مفتوحا للريح\nويقول: سيعود من غاب...\nلكن الباب يبقى مفتوحا.\nكان أبي يترك الباب مفتوحا للريح»\n',
    findings: [],
  },
]);

it('unbalanced-quotes: a quotation of several sentences is offered closed at its first sentence and at the last, each fix saying which', () => {
  const text = 'فأجاب بهدوء: «من يحب الكتاب لا يسرقه. وإن سرقه فقد أخذ حقه، والله يسامحه.';
  const [finding] = lint(text, configFor(rule)).findings;
  assert.deepEqual(
    finding.fixes.map((fix) => [fix.messageId, fix.edits[0].span.start, fix.safe]),
    [
      ['closeBeforeFirstStop', text.indexOf('.'), false],
      ['closeBeforeStop', text.lastIndexOf('.'), false],
    ],
  );
});
