import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { resolveConfig, type UserConfig } from '../config';
import { fixText } from '../fix';
import { lint, ParagraphCache } from '../lint';
import { configFor, testRule } from '../testing/rule-tester';
import arabicPunctuation from './arabic-punctuation';
import rule from './punctuation-spacing';
import repeatedPunctuation from './repeated-punctuation';

/** A paragraph hard-wrapped as some wires send it, with two spaces left at the end of its first line. */
const WRAPPED =
  'وزارة الزراعة تعلن خطة لدعم مزارعي القمح\n\n' +
  'أعلنت وزارة الزراعة اليوم الثلاثاء خطة لدعم مزارعي القمح في  \n' +
  'المحافظات الشمالية، تشمل قروضا ميسرة وبذورا محسنة، بعد موسم جفاف\n' +
  'هو الأقسى منذ عقد.\n';

testRule(rule, [
  {
    name: 'a lone و before a word in و may be a stray و of its own (ستتدخل و وأكد) or written apart (و وزير): joining it and deleting it are both offered, neither made',
    text: 'وقال إن الحكومة ستتدخل و وأكد أن الخطة جاهزة، وحضر الرئيس و وزير الخارجية.',
    findings: [{ covers: 'و وأكد' }, { covers: 'و وزير' }],
    suggested: 'وقال إن الحكومة ستتدخل ووأكد أن الخطة جاهزة، وحضر الرئيس ووزير الخارجية.',
  },
  {
    name: 'a word written onto a number, or a number onto a preposition, needs a space; a proclitic, an era, a unit of two letters, a hyphen and a hashtag do not',
    text: 'ارتفعت الأسعار بنسبة22% في عام2024، ووصل 3ملايين زائر وفق المادة 99من القانون. وحصل ب20 صوتا و15 امتناعا عام 2023م ومسافة 20كم في كوفيد-19 عام 1445هـ و#غزة2024 والـ20.',
    findings: [{ covers: 'بنسبة22', messageId: 'numberGlued' }, { covers: 'عام2024', messageId: 'numberGlued' }, { covers: '3ملايين', messageId: 'numberGlued' }, { covers: '99من', messageId: 'numberGlued' }],
    fixed: 'ارتفعت الأسعار بنسبة 22% في عام 2024، ووصل 3 ملايين زائر وفق المادة 99 من القانون. وحصل ب20 صوتا و15 امتناعا عام 2023م ومسافة 20كم في كوفيد-19 عام 1445هـ و#غزة2024 والـ20.',
  },
  {
    name: 'a full stop after a word of two letters led by a proclitic (له.وقد، به.ثم) needs its space, an abbreviation after one (ود.محمد) or a dotted acronym (بي.في.إم) does not',
    text: 'إن الحرية لا نقيض له.وقد أعلن الكاتب رأيه، وكتب به.ثم غادر، والتقى الوزير ود.محمد سالم من شركة بي.في.إم للوساطة.',
    findings: [{ covers: '.', nth: 0 }, { covers: '.', nth: 1 }],
    fixed: 'إن الحرية لا نقيض له. وقد أعلن الكاتب رأيه، وكتب به. ثم غادر، والتقى الوزير ود.محمد سالم من شركة بي.في.إم للوساطة.',
  },
  {
    name: 'the halves of a line of verse inside prose keep their gap: a star between spaces, or a wide gap in a quotation; two spaces in a quotation are a slip',
    text: 'وألقى الشاعر: الخيل والليل والبيداء تعرفني  *  والسيف والرمح. وردد الجمهور: «إذا رأيت نيوب الليث بارزة     فلا تظنن أن الليث يبتسم»، وقال «إنها  أمسية جميلة».',
    findings: [{ covers: '  ', nth: 6, messageId: 'multipleSpaces' }],
    fixed: 'وألقى الشاعر: الخيل والليل والبيداء تعرفني  *  والسيف والرمح. وردد الجمهور: «إذا رأيت نيوب الليث بارزة     فلا تظنن أن الليث يبتسم»، وقال «إنها أمسية جميلة».',
  },
  {
    name: 'a Latin title\'s ! typed first after its opening mark, as a right-to-left line shows it, takes no space after; after a word it does',
    text: 'افتتحت الفرقة الحفل بأغنية «!Oh, What a Night» ثم قدمت أغنية جديدة!Oh لم يسمعها الجمهور.',
    findings: [{ covers: '!', nth: 1, messageId: 'missingSpaceAfter' }],
    fixed: 'افتتحت الفرقة الحفل بأغنية «!Oh, What a Night» ثم قدمت أغنية جديدة! Oh لم يسمعها الجمهور.',
  },
  {
    name: 'the dots of an Instagram or TikTok handle between Latin letters are its own; a full stop before an Arabic word after a handle is not',
    text: 'وكتب المدير على حسابه في «إنستغرام» (@youssef.hakim) شكرا للجمهور، ونشرت الفرقة الصور على @nso.lebanon.وقالت إنها سعيدة.',
    findings: [{ covers: '.', nth: 2, messageId: 'missingSpaceAfter' }],
    fixed: 'وكتب المدير على حسابه في «إنستغرام» (@youssef.hakim) شكرا للجمهور، ونشرت الفرقة الصور على @nso.lebanon. وقالت إنها سعيدة.',
  },
  {
    name: 'the conjunction و typed apart from its word is joined to it; between single letters it stays',
    text: 'وصل الوزير و الوفد إلى القاهرة، و ذلك بعد رحلة طويلة. والخياران أ و ب مطروحان.',
    findings: [
      { covers: 'و الوفد', messageId: 'detachedConjunction' },
      { covers: 'و ذلك', messageId: 'detachedConjunction' },
    ],
    fixed: 'وصل الوزير والوفد إلى القاهرة، وذلك بعد رحلة طويلة. والخياران أ و ب مطروحان.',
  },
  {
    name: 'a footnote reference sits against a closing quote; a colon spaced alike between numbers (a score, a time) is left as written',
    kind: 'markdown',
    text: '# تقرير\n\nقال الوزير إن التضخم «مرتفع»[^2]، وانتهت المباراة 2 : 1 في الساعة 10 : 30 مساء.\n\n[^2]: وفق المركزي.\n',
    findings: [],
  },
  {
    name: 'Markdown markup after a mark takes no space: a footnote reference, an HTML tag',
    kind: 'markdown',
    text: '# دراسة\n\nأظهرت دراسة أن الصيام يخفض الوزن بنسبة 5%.[^2] وبقي الباحث في عمّان،<br>حيث عمل حتى الآن.</p>\n\n[^2]: متوسط المشاركين.\n',
    findings: [],
  },
  {
    name: 'the markup of site generators takes no space: a task box, a container fence, an attribute list, an emoji shortcode',
    kind: 'markdown',
    text: '# الحملة {#top}\n\n:::note\n- [ ] مراجعة الأرقام مع الوزارة.\n:::\n\nقال الوزير إن الحملة تبدأ غدا :syringe: في كل المحافظات.\n{: .lead}\n\n[اشترك](https://x.y/a){.button} الآن.\n',
    findings: [],
  },
  {
    name: 'a space inside a bracket of prose is still one beside that markup',
    kind: 'markdown',
    text: '# الحملة {#top}\n\n- [ ] مراجعة [ الأرقام] مع الوزارة.\n',
    findings: [{ covers: ' ', nth: 6, messageId: 'spaceInside' }],
    fixed: '# الحملة {#top}\n\n- [ ] مراجعة [الأرقام] مع الوزارة.\n',
  },
  {
    name: 'a backslash hard break is no trailing space; one space ending a line of the paragraph is',
    kind: 'markdown',
    text: '# الفائدة\n\nرفع البنك الفائدة في مارس الماضي.\\\nويرى محللون أن التيسير قريب. \nوقد يبدأ في الصيف.\n',
    findings: [{ covers: ' ', nth: 10, messageId: 'trailing' }],
    fixed: '# الفائدة\n\nرفع البنك الفائدة في مارس الماضي.\\\nويرى محللون أن التيسير قريب.\nوقد يبدأ في الصيف.\n',
  },
  {
    name: 'the padding that aligns the columns of a Markdown table stays, the colons of its delimiter row too; two spaces between words of a cell do not',
    kind: 'markdown',
    text: '# نتائج\n\nأعلنت الهيئة النتائج.\n\n| الحزب          | المقاعد | النسبة |\n| :------------- | :-----: | -----: |\n| حزب  الوسط     |   45    |  12%   |\n',
    findings: [{ covers: '  ', nth: 9, messageId: 'multipleSpaces' }],
    fixed: '# نتائج\n\nأعلنت الهيئة النتائج.\n\n| الحزب          | المقاعد | النسبة |\n| :------------- | :-----: | -----: |\n| حزب الوسط     |   45    |  12%   |\n',
  },
  {
    name: 'the ornate brackets of a Quran verse are spaced as brackets are, whichever way round they are written',
    text: 'ونشر الناشطون الآية﴿وَقُل رَّبِّ زِدْنِي عِلْمًا﴾على صفحاتهم، وقال الخطيب: ﴾ إِنَّ مَعَ الْعُسْرِ يُسْرًا ﴿ ثم مضى.',
    findings: [
      { covers: '﴿', messageId: 'missingSpaceBefore' },
      { covers: '﴾', messageId: 'missingSpaceAfterClose' },
      { covers: ' ', nth: 9, messageId: 'spaceInside' },
      { covers: ' ', nth: 13, messageId: 'spaceInside' },
    ],
    fixed: 'ونشر الناشطون الآية ﴿وَقُل رَّبِّ زِدْنِي عِلْمًا﴾ على صفحاتهم، وقال الخطيب: ﴾إِنَّ مَعَ الْعُسْرِ يُسْرًا﴿ ثم مضى.',
  },
  {
    name: 'a verse in ornate brackets spaced as it should be',
    text: 'ونشر الناشطون الآية ﴿وَقُل رَّبِّ زِدْنِي عِلْمًا﴾ على صفحاتهم، وقال الخطيب: ﴾إِنَّ مَعَ الْعُسْرِ يُسْرًا﴿ ثم مضى.',
    findings: [],
  },
  {
    name: 'a verse number in ornate brackets within a quoted verse is a pair of its own: the verse\'s brackets pair around it',
    text: 'وتلا الإمام: ﴿ إِنَّا نَحْنُ نَزَّلْنَا ٱلذِّكْرَ وَإِنَّا لَهُ لَحَٰفِظُونَ ﴿٩﴾﴾ثم دعا للحفظة.',
    findings: [
      { covers: ' ', nth: 2, messageId: 'spaceInside' },
      { covers: '﴾', nth: 1, messageId: 'missingSpaceAfterClose' },
    ],
    fixed: 'وتلا الإمام: ﴿إِنَّا نَحْنُ نَزَّلْنَا ٱلذِّكْرَ وَإِنَّا لَهُ لَحَٰفِظُونَ ﴿٩﴾﴾ ثم دعا للحفظة.',
  },
  {
    name: 'clean: verse numbers in ornate brackets, within a quoted verse and after the verses of a passage',
    text: 'وتلا الإمام: ﴿إِنَّا نَحْنُ نَزَّلْنَا ٱلذِّكْرَ وَإِنَّا لَهُ لَحَٰفِظُونَ ﴿٩﴾﴾ ثم قرأ: ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ﴿٣﴾ مَٰلِكِ يَوْمِ ٱلدِّينِ ﴿٤﴾ ودعا للحفظة.',
    findings: [],
  },
  {
    name: 'space before a comma, a full stop, a question mark and a colon',
    text: 'قال الوزير ، إن الاجتماع انتهى . وسأل : هل يعود الوفد ؟',
    findings: [
      { covers: ' ', nth: 1, messageId: 'spaceBefore' },
      { covers: ' ', nth: 5, messageId: 'spaceBefore' },
      { covers: ' ', nth: 7, messageId: 'spaceBefore' },
      { covers: ' ', nth: 11, messageId: 'spaceBefore' },
    ],
    fixed: 'قال الوزير، إن الاجتماع انتهى. وسأل: هل يعود الوفد؟',
  },
  {
    name: 'no space after a mark',
    text: 'وصل الوفد،وبدأت المحادثات.وقال المتحدث:إن الجولة طويلة؛لكنها ضرورية؟!ثم غادر!ولم يعلق.',
    findings: [
      { covers: '،', messageId: 'missingSpaceAfter' },
      { covers: '.', messageId: 'missingSpaceAfter' },
      { covers: ':', messageId: 'missingSpaceAfter' },
      { covers: '؛', messageId: 'missingSpaceAfter' },
      { covers: '!', messageId: 'missingSpaceAfter' },
      { covers: '!', nth: 1, messageId: 'missingSpaceAfter' },
    ],
    fixed: 'وصل الوفد، وبدأت المحادثات. وقال المتحدث: إن الجولة طويلة؛ لكنها ضرورية؟! ثم غادر! ولم يعلق.',
  },
  {
    name: 'no space between a mark and an opening quotation, or after a closing one',
    text: 'وقال:«سنعود»وغادر القاعة،«بلا تعليق»(نقلا عن مرافقيه).',
    findings: [
      { covers: ':', messageId: 'missingSpaceAfter' },
      { covers: '»', messageId: 'missingSpaceAfterClose' },
      { covers: '،', messageId: 'missingSpaceAfter' },
      { covers: '»', nth: 1, messageId: 'missingSpaceAfterClose' },
    ],
    fixed: 'وقال: «سنعود» وغادر القاعة، «بلا تعليق» (نقلا عن مرافقيه).',
  },
  {
    name: 'space just inside brackets and quotes',
    text: 'قال المدرب ( 52 عاما ) إن الفريق « جاهز » للمباراة.',
    findings: [
      { covers: ' ', nth: 2, messageId: 'spaceInside' },
      { covers: ' ', nth: 4, messageId: 'spaceInside' },
      { covers: ' ', nth: 8, messageId: 'spaceInside' },
      { covers: ' ', nth: 9, messageId: 'spaceInside' },
    ],
    fixed: 'قال المدرب (52 عاما) إن الفريق «جاهز» للمباراة.',
  },
  {
    name: 'an opening bracket or quotation glued to the word before it',
    text: 'قال المدرب(52 عاما) إن الفريق«جاهز» منذ عام 2020(بحسب النادي).',
    findings: [
      { covers: '(', messageId: 'missingSpaceBefore' },
      { covers: '«', messageId: 'missingSpaceBefore' },
      { covers: '(', nth: 1, messageId: 'missingSpaceBefore' },
    ],
    fixed: 'قال المدرب (52 عاما) إن الفريق «جاهز» منذ عام 2020 (بحسب النادي).',
  },
  {
    name: 'straight quotes nested in straight quotes pair by no order: their spacing is left as written',
    text: 'وقالت الأم: "ابني قال لي: "سأعود بعد ساعة"، ولم يعد".',
    findings: [],
  },
  {
    name: 'straight quotes: the first of a pair opens, the second closes',
    text: 'وصف الوزير الخطة بأنها " واقعية "ثم قال"سنبدأ غدا".',
    findings: [
      { covers: ' ', nth: 4, messageId: 'spaceInside' },
      { covers: ' ', nth: 5, messageId: 'spaceInside' },
      { covers: '"', nth: 1, messageId: 'missingSpaceAfterClose' },
      { covers: '"', nth: 2, messageId: 'missingSpaceBefore' },
    ],
    fixed: 'وصف الوزير الخطة بأنها "واقعية" ثم قال "سنبدأ غدا".',
  },
  {
    name: 'curly quotes in either direction',
    text: 'قال ” لن نتراجع “ ثم أضاف “ الحوار مستمر ”.',
    findings: [
      { covers: ' ', nth: 1, messageId: 'spaceInside' },
      { covers: ' ', nth: 3, messageId: 'spaceInside' },
      { covers: ' ', nth: 7, messageId: 'spaceInside' },
      { covers: ' ', nth: 9, messageId: 'spaceInside' },
    ],
    fixed: 'قال ”لن نتراجع“ ثم أضاف “الحوار مستمر”.',
  },
  {
    name: 'runs of spaces, a tab mid-line and trailing spaces',
    text: 'العنوان\nقال\tالوزير  إن   الأمر محسوم. \nوأضاف أن القرار نهائي.\t\n',
    findings: [
      { covers: '\t', messageId: 'tab' },
      { covers: '  ', messageId: 'multipleSpaces' },
      { covers: '   ', messageId: 'multipleSpaces' },
      { covers: ' ', nth: 6, messageId: 'trailing' },
      { covers: '\t', nth: 1, messageId: 'trailing' },
    ],
    fixed: 'العنوان\nقال الوزير إن الأمر محسوم.\nوأضاف أن القرار نهائي.\n',
  },
  {
    name: 'a space run before a mark is removed whole, a tab before a bracket too',
    text: 'انتهى الاجتماع   ، وقال المتحدث\t) إن الجولة القادمة بعد أسبوع.',
    findings: [
      { covers: '   ', messageId: 'spaceBefore' },
      { covers: '\t', messageId: 'spaceInside' },
    ],
    fixed: 'انتهى الاجتماع، وقال المتحدث) إن الجولة القادمة بعد أسبوع.',
  },
  {
    name: 'the headline topic: two dots take no space before and one after',
    text: 'العراق ..انتخابات مبكرة في الربيع\nقالت المفوضية إن الموعد نهائي.',
    findings: [
      { covers: ' ', messageId: 'spaceBefore' },
      { covers: '.', nth: 1, messageId: 'missingSpaceAfter' },
    ],
    fixed: 'العراق.. انتخابات مبكرة في الربيع\nقالت المفوضية إن الموعد نهائي.',
  },
  {
    name: 'CRLF and BOM keep positions on the original text',
    text: '\uFEFFالعنوان\r\nقال الوزير ، إن الاجتماع انتهى.  \r\n',
    findings: [{ covers: ' ', nth: 1 }, { covers: '  ' }],
    fixed: '\uFEFFالعنوان\r\nقال الوزير، إن الاجتماع انتهى.\r\n',
  },
  {
    name: 'decimals, times, thousands, abbreviations (the solar Hijri هـ.ش too) and ellipses',
    text: 'ارتفع المؤشر 3.5 نقطة و2,500 سهم في الساعة 10:30، بحسب (أ.ف.ب) وص.ب 12 ود.محمد، في 1404 هـ.ش. أو 1447 هـ.ق. وU.S. وe.g. انتظرنا... ثم انتظرنا…ولم يأت أحد.',
    findings: [],
  },
  {
    name: 'Latin letters spelled out and joined by dots are an acronym; a full stop after a letter name before a word is not',
    text: 'وقال محللون لدى جيه.بي مورغان وإتش.إس.بي.سي إن الطلب تراجع، ونقلت شبكة سي.إن.إن عن آر.بي.سي أن الأسهم هبطت.وقال المحلل سي.وأضاف.',
    findings: [{ covers: '.', nth: 8 }, { covers: '.', nth: 9 }],
    fixed: 'وقال محللون لدى جيه.بي مورغان وإتش.إس.بي.سي إن الطلب تراجع، ونقلت شبكة سي.إن.إن عن آر.بي.سي أن الأسهم هبطت. وقال المحلل سي. وأضاف.',
  },
  {
    name: 'a space before an ellipsis is a matter of style; a mark before a digit needs no space',
    text: 'قال الوزير ... ثم صمت. وبلغت النسبة:25 بالمئة،3 منها خارج البلاد.',
    findings: [],
  },
  {
    name: 'proclitics written onto a quotation or a bracket',
    text: 'وقال لـ«الوكالة» إن الخبر نقل عن و(أ.ف.ب) وب"رويترز" وكـ«نموذج» ول«الحياة».',
    findings: [],
  },
  {
    name: 'nested quotations and brackets after marks and before marks',
    text: 'قال: «وصفها بأنها “خطة واقعية” (في المرحلة الأولى)»، ثم غادر.',
    findings: [],
  },
  {
    name: 'straight quotes with an odd count are left to the quote rules',
    text: 'قال الوزير " إن الخطة " واقعية " وغادر.',
    findings: [],
  },
  {
    name: 'Latin punctuation between Latin letters',
    text: 'نشرت الصحيفة ملف report.pdf بعنوان Note:this على موقع example.org للجميع.',
    findings: [],
  },
  {
    name: 'a Latin name that opens with a dot (a framework, an extension, a domain) is no spaced full stop',
    text: 'وتعمل المنصة بإطار .NET 8، وتحفظ الإعدادات في ملف .env، وتصدر التقارير بصيغة .pdf، وتسجل تحت النطاق .gov.sa و.com (.io). وتستخدم النطاق .sa.',
    findings: [],
  },
  {
    name: 'a full stop spaced away from its word and glued to the next Arabic one is still flagged',
    text: 'وتعمل المنصة بإطار جديد .وتحفظ الإعدادات في ملف واحد.',
    findings: [{ covers: ' ', nth: 3, messageId: 'spaceBefore' }, { covers: '.', messageId: 'missingSpaceAfter' }],
    fixed: 'وتعمل المنصة بإطار جديد. وتحفظ الإعدادات في ملف واحد.',
  },
  {
    name: 'a file named in Arabic keeps the dot before its extension',
    text: 'نشرت الوزارة ملف البيانات.xlsx والتقرير_النهائي.PDF على موقعها.',
    findings: [],
  },
  {
    name: 'an address under an Arabic country\'s domain, with a hyphen, a second dot or a path, keeps its dots',
    text: 'العنوان\nوأطلقت الوزارة بوابة المواعيد وزارة-الصحة.السعودية، ويمكن أيضا زيارة بوابة.الحكومة.مصر أو موقع.مصر/الخدمات للاطلاع على الخدمات.',
    findings: [],
  },
  {
    name: 'one dot between two words is a missing space, whatever the second (عمان.الاردن، موقع.مصر), as is one before a country spelled with hamza',
    text: 'العنوان\nوزار الوزير عمان.الاردن في جولة إقليمية، ودعا إلى زيارة موقع.مصر للتسجيل. ووصل الوفد إلى عمان.الأردن ستستضيف الجولة المقبلة.',
    findings: [{ covers: '.', nth: 0 }, { covers: '.', nth: 1 }, { covers: '.', nth: 3 }],
    fixed: 'العنوان\nوزار الوزير عمان. الاردن في جولة إقليمية، ودعا إلى زيارة موقع. مصر للتسجيل. ووصل الوفد إلى عمان. الأردن ستستضيف الجولة المقبلة.',
  },
  {
    name: 'a news site named with .نت keeps its dot',
    text: 'العنوان\nونقلت العربية.نت عن مصادر أن الوفد وصل، وقال الوزير لـ"الجزيرة.نت" إن المحادثات بدأت.',
    findings: [],
  },
  {
    name: 'a word that only begins with نت after a dot is a missing space',
    text: 'العنوان\nوأعلنت اللجنة.نتائج الجولة الأولى، وقال رئيسها.نتوقع مشاركة أوسع.',
    findings: [{ covers: '.', nth: 0 }, { covers: '.', nth: 1 }],
    fixed: 'العنوان\nوأعلنت اللجنة. نتائج الجولة الأولى، وقال رئيسها. نتوقع مشاركة أوسع.',
  },
  {
    name: 'URLs, e-mails and code spans are opaque words',
    kind: 'markdown',
    text: '# العنوان\n\nانظر: https://example.com/a?b=c ثم `code` والبريد news@example.com و[الرابط](https://example.com).',
    findings: [],
  },
  {
    name: 'an opaque URL glued to a mark still needs the space',
    text: 'العنوان\nالرابط:https://example.com/news للمتابعة.',
    findings: [{ covers: ':' }],
    fixed: 'العنوان\nالرابط: https://example.com/news للمتابعة.',
  },
  {
    name: 'when the house forbids the headline dots they are repeated-punctuation\'s business, not a spacing question',
    config: { headlineDoubleDot: false },
    text: 'العراق.. انتخابات مبكرة في الربيع\nقالت المفوضية إن الموعد نهائي.',
    findings: [],
  },
  {
    name: 'an ellipsis may take a space before it, but not two',
    text: 'العنوان\nانتظرنا  ... ثم انتظرنا ...',
    findings: [{ covers: '  ', messageId: 'multipleSpaces' }],
    fixed: 'العنوان\nانتظرنا ... ثم انتظرنا ...',
  },
  {
    name: 'a spaced ellipsis keeps its spaces, inside it and before it',
    text: 'العنوان\nوطال الانتظار . . . ثم جاء الخبر: انتهى كل شيء . . .',
    findings: [],
  },
  {
    name: 'two spaced dots are no ellipsis: the space before the first is a space before a full stop',
    text: 'العنوان\nانتهى . . وغادر الوفد.',
    findings: [{ covers: ' ', messageId: 'spaceBefore' }],
    fixed: 'العنوان\nانتهى. . وغادر الوفد.',
  },
  {
    name: 'the headline convention with its usual spacing',
    text: 'العراق.. انتخابات مبكرة في الربيع\nقالت المفوضية إن الموعد نهائي.',
    findings: [],
  },
  {
    name: 'hard-wrapped plain text: spaces at the end of a line inside a paragraph trail it',
    text: WRAPPED,
    findings: [{ covers: '  ', messageId: 'trailing' }],
    fixed: WRAPPED.replace('  \n', '\n'),
  },
  {
    name: 'the same text in Markdown: two spaces at a line end inside a paragraph are a hard line break',
    kind: 'markdown',
    text: WRAPPED,
    findings: [],
  },
  {
    name: 'Markdown: indentation, block markers, hard line breaks, images and footnotes',
    kind: 'markdown',
    text: '# العراق.. عنوان\n\n> قال الوزير إن الخطة جاهزة،  \n> وإن التنفيذ يبدأ غدا.\n\n- البند الأول\n    تابع البند\n\nانظر الصورة ![خريطة](map.png) والحاشية[^1].\n',
    findings: [],
  },
  {
    name: 'a line of verse keeps the wide gap between its hemistichs; a vowelless line with one is a slip',
    text: 'العنوان\nأَنا الَّذي نَظَرَ الأَعمى إِلى أَدَبي     وَأَسمَعَت كَلِماتي مَن بِهِ صَمَمُ\nوقال المتحدث إن   الوفد وصل.',
    findings: [{ covers: '   ', nth: 3, messageId: 'multipleSpaces' }],
    fixed: 'العنوان\nأَنا الَّذي نَظَرَ الأَعمى إِلى أَدَبي     وَأَسمَعَت كَلِماتي مَن بِهِ صَمَمُ\nوقال المتحدث إن الوفد وصل.',
  },
  {
    name: 'unvowelled verse keeps the tab between its hemistichs; a tab in a sentence, or between halves unlike in length, is a slip',
    text: 'العنوان\nقال الشاعر:\nبلادي وإن جارت علي عزيزة\tوأهلي وإن ضنوا علي كرام\nإذا المرء لم يدنس من اللؤم عرضه     فكل رداء يرتديه جميل\nوأكد الوزير أن\tالحكومة ستعلن خطتها الجديدة للإصلاح الاقتصادي قريبا\nوصل الوفد إلى المطار\tواستقبله الوزير، ثم غادر.',
    findings: [
      { covers: '\t', nth: 1, messageId: 'tab' },
      { covers: '\t', nth: 2, messageId: 'tab' },
    ],
    fixed: 'العنوان\nقال الشاعر:\nبلادي وإن جارت علي عزيزة\tوأهلي وإن ضنوا علي كرام\nإذا المرء لم يدنس من اللؤم عرضه     فكل رداء يرتديه جميل\nوأكد الوزير أن الحكومة ستعلن خطتها الجديدة للإصلاح الاقتصادي قريبا\nوصل الوفد إلى المطار واستقبله الوزير، ثم غادر.',
  },
  {
    name: 'a table pasted as text parts its columns with tabs; one tab in a sentence is a slip',
    text: 'العنوان\nالحزب\tالمقاعد\tالتغير\nالأحرار\t102\t+65\nوقال المتحدث إن\tالنتائج نهائية.',
    findings: [{ covers: '\t', nth: 4, messageId: 'tab' }],
    fixed: 'العنوان\nالحزب\tالمقاعد\tالتغير\nالأحرار\t102\t+65\nوقال المتحدث إن النتائج نهائية.',
  },
  {
    name: 'a timetable aligned with spaces keeps its columns; a sentence with wide gaps is a slip',
    text: 'مواقيت الصلاة\nالصلاة        عمان      إربد\nالفجر         4:32      4:31\nالظهر         12:35     12:34\nوقالت   الوزارة إن   المواقيت تقريبية.',
    findings: [
      { covers: '   ', nth: 31, messageId: 'multipleSpaces' },
      { covers: '   ', nth: 32, messageId: 'multipleSpaces' },
    ],
    fixed: 'مواقيت الصلاة\nالصلاة        عمان      إربد\nالفجر         4:32      4:31\nالظهر         12:35     12:34\nوقالت الوزارة إن المواقيت تقريبية.',
  },
  {
    name: 'a table of two columns aligned by hand keeps its gaps (a city and its temperatures, a candidate and the votes); one such line alone, or beside a sentence, is a slip',
    text:
      'درجات الحرارة\nالرياض        46/31\nجدة           39/29\nالمرشح\tالأصوات\nمرشح الائتلاف\t1,978,806\n\n' +
      'وسجلت الدمام    49 درجة\nوقالت الهيئة إن   النتائج أولية.',
    findings: [
      { covers: '    ', nth: 13, messageId: 'multipleSpaces' },
      { covers: '   ', nth: 17, messageId: 'multipleSpaces' },
    ],
    fixed:
      'درجات الحرارة\nالرياض        46/31\nجدة           39/29\nالمرشح\tالأصوات\nمرشح الائتلاف\t1,978,806\n\n' +
      'وسجلت الدمام 49 درجة\nوقالت الهيئة إن النتائج أولية.',
  },
  {
    name: 'و typed apart from a number is joined to it, and a proclitic with its tatweel too; between single digits و stays apart',
    text: 'وقتل 12 شخصا و 15 جريحا في الهجوم، وقدرت الخسائر بـ 20 مليون دولار وفق تقرير لـ BBC، وتراوحت الحرارة بين 2 و 3 درجات.',
    findings: [
      { covers: 'و 15', messageId: 'detachedConjunction' },
      { covers: 'بـ 20', messageId: 'detachedPreposition' },
      { covers: 'لـ BBC', messageId: 'detachedPreposition' },
    ],
    fixed: 'وقتل 12 شخصا و15 جريحا في الهجوم، وقدرت الخسائر بـ20 مليون دولار وفق تقرير لـBBC، وتراوحت الحرارة بين 2 و 3 درجات.',
  },
  {
    name: 'a proclitic with its tatweel typed apart from a quotation or bracket (لـ «واس»، بـ (20)) is joined to it',
    text: 'وقال مصدر لـ «واس» إن المحكمة قضت بتغريمه بـ (20) ألف ريال، وفق ما نقلت صحيفة لـ "عكاظ".',
    findings: [
      { covers: 'لـ «واس', messageId: 'detachedPreposition' },
      { covers: 'بـ (20', messageId: 'detachedPreposition' },
      { covers: 'لـ "عكاظ', messageId: 'detachedPreposition' },
    ],
    fixed: 'وقال مصدر لـ«واس» إن المحكمة قضت بتغريمه بـ(20) ألف ريال، وفق ما نقلت صحيفة لـ"عكاظ".',
  },
  {
    name: 'a proclitic written onto its quotation, and و or a bare letter before one, are left alone',
    text: 'وقال مصدر لـ«واس» إن المحكمة قضت بتغريمه بـ(20) ألف ريال، وأكد المحامي و «الوكالة» ذلك، ونصت الفقرة ب (2) على الغرامة.',
    findings: [],
  },
  {
    name: 'a bare ب before a number is offered the tatweel, not given it; a letter that labels a kind or a group stays apart',
    text: 'وقدرت الخسائر ب 20 مليون دولار، وأوصى الأطباء بتناول فيتامين ب 12 يوميا، وتصدر المنتخب المجموعة ب 6 نقاط.',
    findings: [{ covers: 'ب 20', messageId: 'detachedPreposition', severity: 'info' }],
    fixed: 'وقدرت الخسائر ب 20 مليون دولار، وأوصى الأطباء بتناول فيتامين ب 12 يوميا، وتصدر المنتخب المجموعة ب 6 نقاط.',
    suggested: 'وقدرت الخسائر بـ20 مليون دولار، وأوصى الأطباء بتناول فيتامين ب 12 يوميا، وتصدر المنتخب المجموعة ب 6 نقاط.',
  },
  {
    name: 'the letter و that names a clause (الفقرة و) stays apart',
    text: 'ونصت الفقرة و من المادة 7 على حق البلدية في فرض الرسوم، وأقر المجلس و الحكومة ذلك.',
    findings: [{ covers: 'و الحكومة', messageId: 'detachedConjunction' }],
    fixed: 'ونصت الفقرة و من المادة 7 على حق البلدية في فرض الرسوم، وأقر المجلس والحكومة ذلك.',
  },
  {
    name: 'Persian writes و apart: not joined in a Persian quotation',
    text: 'وكتب المرشد على إكس بالفارسية: «ما در برابر دشمن تسلیم نمی‌شویم و ملت ایران ایستاده است». وقال الوزير و الوفد إن الرد قادم.',
    findings: [{ covers: 'و الوفد', messageId: 'detachedConjunction' }],
    fixed: 'وكتب المرشد على إكس بالفارسية: «ما در برابر دشمن تسلیم نمی‌شویم و ملت ایران ایستاده است». وقال الوزير والوفد إن الرد قادم.',
  },
  {
    name: 'an emoticon is spaced as a word, inside quotation marks too',
    text: 'العنوان\nوكتب المغرد: "شكرا للجميع :)" بعد الفوز، وكتب آخر: «خسرنا :-(».',
    findings: [],
  },
  {
    name: 'French typography spaces a Latin mark after a Latin word',
    text: 'العنوان\nويعرض فيلم «Où va la mer ?» وكتاب «Pourquoi pas ; demain» للمخرجة نادية بلقاسم.',
    findings: [],
  },
  {
    name: 'French typography spaces a colon after a number inside a French phrase',
    text: 'العنوان\nوبثت القناة تقريرا بعنوان «Médi 1 : Pourquoi le Maroc mise sur l’Afrique» ضمن برنامجها الأسبوعي.',
    findings: [],
  },
  {
    name: 'a space before a colon after a number is flagged when Arabic stands on either side',
    text: 'العنوان\nوبثت قناة Médi 1 : تقريرا عن القارة، وكان السؤال 3 : Pourquoi.',
    findings: [{ covers: ' ', nth: 3, messageId: 'spaceBefore' }, { covers: ' ', nth: 10, messageId: 'spaceBefore' }],
    fixed: 'العنوان\nوبثت قناة Médi 1: تقريرا عن القارة، وكان السؤال 3: Pourquoi.',
  },
  {
    name: 'French typography spaces guillemets around a quotation all in Latin script; around Arabic words the spaces are flagged',
    text: 'العنوان\nوقال المهندس: « C\'est un festival unique »، ثم أضاف: « هذا مهرجان فريد ».',
    findings: [
      { covers: ' ', nth: 10, messageId: 'spaceInside' },
      { covers: ' ', nth: 13, messageId: 'spaceInside' },
    ],
    fixed: 'العنوان\nوقال المهندس: « C\'est un festival unique »، ثم أضاف: «هذا مهرجان فريد».',
  },
  {
    name: 'an initial before a bracket takes its space, as a full stop does',
    text: 'العنوان\nوقال المتحدث إن المتهم هو المواطن م. ع.(45 عاما)، وإن السيارة.(المسروقة) ضبطت، ونقلت أ.ف.ب.«الخبر».',
    findings: [{ covers: '.', nth: 1 }, { covers: '.', nth: 2 }, { covers: '.', nth: 5 }],
    fixed: 'العنوان\nوقال المتحدث إن المتهم هو المواطن م. ع. (45 عاما)، وإن السيارة. (المسروقة) ضبطت، ونقلت أ.ف.ب. «الخبر».',
  },
  {
    name: 'the sub-clause of a numbered clause takes no space: 12(أ), (2)(ب)',
    text: 'العنوان\nوفقا للمادة 12(أ) من القانون، والفقرة (2)(ب) من المادة 15، والبند 4(12).',
    findings: [],
  },
  {
    name: 'a longer bracket after a number, or a bracket after a word, still takes its space',
    text: 'العنوان\nبلغ العدد 52(عاما كاملة) والمادة(أ).',
    findings: [{ covers: '(' }, { covers: '(', nth: 1 }],
    fixed: 'العنوان\nبلغ العدد 52 (عاما كاملة) والمادة (أ).',
  },
  {
    name: 'a bracket inside a chemical formula after a digit takes no space: 25(OH)D, CO2(g)',
    text: 'العنوان\nوينصح الأطباء بفحص فيتامين D (25(OH)D) في الدم، ويتحول المركب CO2(g) إلى حمض في الماء.',
    findings: [],
  },
  {
    name: 'a number before an Arabic or Latin aside still takes its space, a formula\'s digits too',
    text: 'العنوان\nتوفي عام 2020(عن 65 عاما) بعد إصابته بكوفيد-19(COVID-19) وبفيروس H5N1(إنفلونزا الطيور).',
    findings: [{ covers: '(' }, { covers: '(', nth: 1 }, { covers: '(', nth: 2 }],
    fixed: 'العنوان\nتوفي عام 2020 (عن 65 عاما) بعد إصابته بكوفيد-19 (COVID-19) وبفيروس H5N1 (إنفلونزا الطيور).',
  },
  {
    name: 'a numbered reference in square brackets sits against the word, quote or full stop it cites for, in plain text too',
    text: 'العنوان\nقال الباحثون إن النتائج مهمة[1]، وإن الفارق «كبير»[2]، وإن العينة كبيرة.[3] وأكدت دراسة ثانية ذلك[١٢].',
    findings: [],
  },
  {
    name: 'a bracket that holds a letter or a long number after a word takes its space; a word glued after a reference takes one too',
    text: 'العنوان\nوردت الفقرة في الدراسة[أ] وفي الجدول[1234]، وقال الباحثون إن العينة كبيرة.[2]وأكدت دراسة ثانية ذلك.',
    findings: [{ covers: '[' }, { covers: '[', nth: 1 }, { covers: ']', nth: 2 }],
    fixed: 'العنوان\nوردت الفقرة في الدراسة [أ] وفي الجدول [1234]، وقال الباحثون إن العينة كبيرة.[2] وأكدت دراسة ثانية ذلك.',
  },
  {
    name: 'a feminine or plural ending bracketed onto its word is part of the word',
    text: 'العنوان\nودعت الوزارة كل مواطن(ة) إلى التسجيل، وعلى المتقدمين(ات) إرفاق الشهادات، ويحق للموظف(ة) التقدم.',
    findings: [],
  },
  {
    name: 'a bracket that holds a word, even one that starts like an ending, takes its space',
    text: 'العنوان\nودعت الوزارة المواطنين(ومنهم المقيمون) إلى التسجيل، وأعلنت الخطة(اتفاق 2030).',
    findings: [{ covers: '(' }, { covers: '(', nth: 1 }],
    fixed: 'العنوان\nودعت الوزارة المواطنين (ومنهم المقيمون) إلى التسجيل، وأعلنت الخطة (اتفاق 2030).',
  },
  {
    name: 'Markdown reference links: the label after ] is syntax, full, collapsed or shortcut',
    kind: 'markdown',
    text: '# العنوان\n\nراجع تقرير الصندوق [آفاق الاقتصاد العالمي][1]، وراجع أيضا [الدليل][] و[الملحق].\n\n[1]: https://example.org/weo\n',
    findings: [],
  },
  {
    name: 'in plain text ][ is prose: the missing space is reported',
    text: 'العنوان\nراجع [التقرير][الملحق] للمزيد.',
    findings: [{ covers: ']', messageId: 'missingSpaceAfterClose' }],
    fixed: 'العنوان\nراجع [التقرير] [الملحق] للمزيد.',
  },
  {
    name: 'guillemets the other way round face no known way: the quote rules report them, the spaces are left',
    text: 'العنوان\nوتابع: »لن نتراجع«.',
    findings: [],
  },
  {
    name: 'financial copy: decimals, thousands, times, dates, ranges, abbreviations and Latin company names need no space',
    text: 'وارتفع المؤشر EGX30 بنسبة 1.8% إلى 29,450 نقطة في الساعة 14:30 يوم 2024/3/15، وتراوحت القيم خلال الفترة 2020-2024 بين 3 و4.5 مليار جنيه منذ عام 3000 ق.م، وفق شركة Apple, Inc. (AAPL) على العنوان ص.ب 37.',
    findings: [],
  },
  {
    name: 'financial copy with a space before a comma, a semicolon and a colon, and inside a bracket',
    text: 'وارتفع المؤشر بنسبة 1.8% ، وربح 12.3 مليار جنيه ؛ وقال المحلل : «السوق مستقرة» (وفق البيان ).',
    findings: [{ covers: ' ', nth: 3, messageId: 'spaceBefore' }, { covers: ' ', nth: 8, messageId: 'spaceBefore' }, { covers: ' ', nth: 11, messageId: 'spaceBefore' }, { covers: ' ', nth: 16 }],
    fixed: 'وارتفع المؤشر بنسبة 1.8%، وربح 12.3 مليار جنيه؛ وقال المحلل: «السوق مستقرة» (وفق البيان).',
  },
]);

it('punctuation-spacing: the paragraph cache sees trailing spaces come and go', () => {
  const config = configFor(rule);
  const cache = new ParagraphCache();
  const count = (text: string) => lint(text, config, { cache }).findings.length;
  assert.equal(count('العنوان\nقال الوزير إن الخطة جاهزة.'), 0);
  assert.equal(count('العنوان\nقال الوزير إن الخطة جاهزة.  '), 1);
  assert.equal(count('العنوان\nقال الوزير إن الخطة جاهزة.'), 0);
});

it('punctuation-spacing: the paragraph cache tells apart a Markdown paragraph and a hard-wrapped one of the same text', () => {
  const config = configFor(rule);
  const cache = new ParagraphCache();
  assert.equal(lint(WRAPPED, config, { kind: 'markdown', cache }).findings.length, 0);
  assert.equal(lint(WRAPPED, config, { kind: 'plain', cache }).findings.length, 1);
});

it('punctuation-spacing: the paragraph cache tells apart masked runs that hold a tag and an address', () => {
  const config = configFor(rule);
  const cache = new ParagraphCache();
  const count = (text: string) => lint(text, config, { kind: 'markdown', cache }).findings.length;
  assert.equal(count('# العنوان\n\nقال الوزير،<br>حيث بقي.'), 0);
  assert.equal(count('# العنوان\n\nقال الوزير،#abcحيث بقي.'), 1);
});

describe('the three punctuation rules together', () => {
  const ours = [arabicPunctuation.id, rule.id, repeatedPunctuation.id];
  const config = resolveConfig({
    rules: Object.fromEntries(resolveConfig().rules.map(({ rule: r }) => [r.id, ours.includes(r.id) ? 'warning' : 'off'])),
  } as UserConfig);
  const safeFindings = (text: string) => lint(text, config).findings.filter((f) => f.fixes.some((x) => x.safe));

  it('fix messy copy in a few passes, leaving only the suggestions', () => {
    const messy =
      'العراق ..انتخابات مبكرة  \n' +
      'قالت المفوضية ,, إن الموعد نهائي??وأضاف المتحدث:"سنعلن الأسماء"(خلال أسبوع) .\n' +
      'وسأل المراسل : هل تتأخر النتائج ?! فأجاب« لا » ،، ثم غادر!!\tوانتظرنا.. طويلا....\n' +
      'ونقلت وكالتا Reuters, AFP أن 2,500 ناخب سجلوا قبل الساعة 10:30 بنسبة 3.5 بالمئة ; وفق (أ.ف.ب).';
    const result = fixText(messy, config);
    assert.equal(
      result.output,
      'العراق.. انتخابات مبكرة\n' +
        'قالت المفوضية، إن الموعد نهائي؟ وأضاف المتحدث: "سنعلن الأسماء" (خلال أسبوع).\n' +
        'وسأل المراسل: هل تتأخر النتائج؟! فأجاب «لا»، ثم غادر! وانتظرنا.. طويلا...\n' +
        'ونقلت وكالتا Reuters, AFP أن 2,500 ناخب سجلوا قبل الساعة 10:30 بنسبة 3.5 بالمئة؛ وفق (أ.ف.ب).',
    );
    assert.ok(result.passes <= 3, `took ${result.passes} passes`);
    assert.deepEqual(result.remaining.map((f) => f.messageId), ['twoDots']);
  });

  it('converge on any mix of letters, digits, spaces and marks, and never undo one another', () => {
    const piece = fc.constantFrom(
      'قال', 'و', 'لـ', 'قالَ', 'الوزير', 'ص', 'Reuters', 'AFP', 'U', '2', '500', '٣', 'https://example.com', ' ', ' ', '  ',
      '\t', '\n', '،', ',', '؛', ';', '؟', '?', '!', '.', '..', '...', '…', ':', '(', ')', '[', ']', '«', '»', '"', '“', '”',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const result = fixText(text, config);
        assert.ok(result.passes < 10, `no convergence: ${JSON.stringify(text)}`);
        assert.deepEqual(safeFindings(result.output), [], `a safe fix is left in ${JSON.stringify(result.output)}`);
      }),
      { numRuns: 3000 },
    );
  });
});
