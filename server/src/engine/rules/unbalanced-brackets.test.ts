import { testRule } from '../testing/rule-tester';
import rule from './unbalanced-brackets';

testRule(rule, [
  {
    name: 'an unclosed bracket',
    text: 'وصل المدرب (52 عاما إلى المطار مساء أمس.',
    findings: [{ covers: '(', messageId: 'unclosed', related: [] }],
  },
  {
    name: 'a stray closing bracket',
    text: 'وأعلنت الوزارة) أن الطريق سيعاد فتحه صباح الغد.',
    findings: [{ covers: ')', messageId: 'unopened' }],
  },
  {
    name: 'a closer before its opener: each points at the other',
    text: 'وقال المتحدث باسم الجيش) العقيد أحمد (إن القوات انسحبت.',
    findings: [
      { covers: ')', messageId: 'unopened', related: ['('] },
      { covers: '(', messageId: 'unclosed', related: [')'] },
    ],
  },
  {
    name: 'a round bracket closed with a square one',
    text: 'ونقلت وكالة الأنباء (واس] عن مصدر مسؤول أن الاجتماع تأجل.',
    findings: [{ covers: ']', messageId: 'mismatched', related: ['('] }],
  },
  {
    name: 'an inner bracket left open inside a closed one',
    text: 'وبلغ عدد السكان (بحسب إحصاء [2020) نحو مليون نسمة.',
    findings: [{ covers: '[', messageId: 'unclosed' }],
  },
  {
    name: 'a bracket left open in a quotation does not unbalance the quotation, only the bracket',
    text: 'وقال: «وصلنا (بعد منتصف الليل» ثم غادر.',
    findings: [{ covers: '(' }],
  },
  {
    name: 'balanced and nested brackets, brackets inside quotations',
    text: 'القاهرة (رويترز) - أعلنت الهيئة [في بيان (مقتضب)] أن «الموعد (المقرر سلفا)» لم يتغير.',
    findings: [],
  },
  {
    name: 'list markers at a paragraph start and inline, after و too',
    text: '1) خفض الإنفاق العام.\nأ) رفع الأجور.\nb) review the budget.\nوتشمل الخطة: 1) خفض الإنفاق، 2) رفع الأجور، ب) دعم الصادرات.\nوقررت المحكمة ما يلي: أولا) رفض الدعوى. ثانيا) إلزام المدعي بالمصاريف. ثامناً) النفاذ.\nاختر بين 1) الرحلة القصيرة و2) الرحلة الطويلة و3) رحلة الصحراء.',
    findings: [],
  },
  {
    name: 'list markers after an opening quotation mark, a colon or a comma with no space, numbered by section, in Roman numerals',
    text: 'وجاء في البيان: «أ) رفع الأجور، ب) خفض الضرائب».\nوتشمل الخطة:1) خفض الإنفاق،2) رفع الأجور.\nوتشمل الخطة: 1.1) خفض الإنفاق، 1.2) رفع الأجور.\nوتشمل الخطة: i) cutting spending, ii) raising wages.',
    findings: [],
  },
  {
    name: 'a closing bracket after a word in a quotation or after a colon and a word is still stray',
    text: 'وجاء في البيان: «رفع الأجور) وخفض الضرائب».\nوتشمل الخطة:الإنفاق) والأجور.',
    findings: [{ covers: ')', messageId: 'unopened' }, { covers: ')', nth: 1, messageId: 'unopened' }],
  },
  {
    name: 'an enumeration inside an aside: the aside closes at its last bracket',
    text: 'وتشمل الخطة (وهي الثالثة منذ 2020: 1) خفض الإنفاق، 2) رفع الأجور) إجراءات أخرى.\nوقسمت الدراسة الشركات إلى: (أ) شركات كبرى، و(ب) شركات متوسطة.',
    findings: [],
  },
  {
    name: 'with no bracket to spare, a number before a closing bracket ends the aside, a Quran reference too',
    text: 'وتشمل الخطة (وهي الثالثة منذ 2020 إجراءات أخرى.\nقال تعالى: ﴿وأن ليس للإنسان إلا ما سعى﴾ (النجم: 39) صدق الله العظيم.',
    findings: [{ covers: '(', messageId: 'unclosed' }],
  },
  {
    name: 'the ornate brackets of a Quran verse, in either order, spaced, inside an aside',
    text: 'واستشهد الخطيب بقوله تعالى: ﴿إن الله مع الصابرين﴾.\nواستشهد الخطيب بقوله تعالى: ﴾إن الله مع الصابرين﴿.\nواستشهد الخطيب بقوله تعالى: ﴿ إن الله مع الصابرين ﴾.\nوختم الخطيب (مستشهدا بقوله تعالى ﴿إن الله مع الصابرين﴾) كلمته.',
    findings: [],
  },
  {
    name: 'a Quran verse missing an ornate bracket, or closed with a round one',
    text: 'واستشهد الخطيب بقوله تعالى: ﴿إن الله مع الصابرين.\nواستشهد الخطيب بقوله تعالى: إن الله مع الصابرين﴾.\nواستشهد الخطيب بقوله تعالى: ﴿إن الله مع الصابرين) وختم كلمته.',
    findings: [
      { covers: '﴿', messageId: 'unclosed' },
      { covers: '﴾', messageId: 'unopened' },
      { covers: ')', messageId: 'mismatched', related: ['﴿'] },
    ],
  },
  {
    name: 'emoticons',
    text: 'وكتب على حسابه :) ثم أضاف :-( قبل أن يحذف التغريدة ;)',
    findings: [],
  },
  {
    name: 'a face with a long mouth, standing alone or written onto its word before a quotation mark',
    text: 'وكتب أحد المتابعين: «مبروك للجميع :))» وكتب آخر: «يا للأسف :((»، وكتب ثالث "مبروك:)" ورابع: هههه :-)) ثم حذف التغريدة.',
    findings: [],
  },
  {
    name: 'a face inside a bracket: the bracket closes after it; a closing bracket after a word is still stray',
    text: 'وكتب المدرب (وهو سعيد جدا :)) أن الفريق جاهز.\nوكتب المدرب وهو سعيد جدا) أن الفريق جاهز :)',
    findings: [{ covers: ')', nth: 2, messageId: 'unopened' }],
  },
  {
    name: 'brackets in URLs and link targets are not prose',
    text: 'انظر https://en.wikipedia.org/wiki/Gaza_(city) و[التقرير](https://example.com/a_(b).',
    kind: 'markdown',
    findings: [],
  },
  {
    name: 'Markdown: a link target with balanced parentheses, with and without a title',
    text: 'اقرأ المزيد في [ويكيبيديا](https://ar.wikipedia.org/wiki/بايثون_(لغة_برمجة)) وفي [الدليل](https://example.org/a_(b)_(c) "الدليل (الكامل)") عن تاريخ اللغة (منذ 1991).',
    kind: 'markdown',
    findings: [],
  },
  {
    name: 'a URL or web address in square brackets: the brackets are prose, the URL stops before them',
    text: 'ونشرت الوزارة البيان على موقعها [www.moh.gov.sa] مساء أمس، وأحالت إلى المصدر [https://example.org/r].',
    findings: [],
  },
  {
    name: 'Markdown: a link whose text is a web address',
    text: '# البنك المركزي يثبت الفائدة\n\nونشر البنك البيان على موقعه [www.cbe.org.eg](https://www.cbe.org.eg) مساء أمس.\n',
    kind: 'markdown',
    findings: [],
  },
  {
    name: 'a square bracket before a URL and never closed is still flagged',
    text: 'ونشرت الوزارة البيان على موقعها [www.moh.gov.sa مساء أمس.',
    findings: [{ covers: '[', messageId: 'unclosed' }],
  },
  {
    name: 'a list-marker-like closer still closes an open bracket',
    text: 'وذكرت الوكالة (في الفقرة 3) أن الموعد لم يتغير.',
    findings: [],
  },
  {
    name: 'checking is within a paragraph',
    text: 'وصل المدرب (52 عاما\nإلى المطار).',
    findings: [{ covers: '(' }, { covers: ')' }],
  },
]);
