import { testRule } from '../testing/rule-tester';
import rule from './arabic-punctuation';

testRule(rule, [
  {
    name: 'a question about a Latin name with a number after its hyphen is an Arabic question: its ? is flagged',
    text: 'ما هو GPT-5?\n\nهل تعرف Llama-4?\n\nوقالت الشركة إن طائرات F-16, وصلت.',
    findings: [{ covers: '?' }, { covers: '?', nth: 1 }, { covers: ',' }],
    fixed: 'ما هو GPT-5؟\n\nهل تعرف Llama-4؟\n\nوقالت الشركة إن طائرات F-16، وصلت.',
  },
  {
    name: 'a question mark after a Latin word ends an Arabic question that opens with a question word; a Latin title keeps its own',
    text: 'هل تعرف ChatGPT? إنه برنامج محادثة شهير. وسأل: هل جربت iPhone? فقال نعم. وعرض فيلم Who Framed Roger Rabbit? في القاعة.',
    findings: [{ covers: '?' }, { covers: '?', nth: 1 }],
    fixed: 'هل تعرف ChatGPT؟ إنه برنامج محادثة شهير. وسأل: هل جربت iPhone؟ فقال نعم. وعرض فيلم Who Framed Roger Rabbit? في القاعة.',
  },
  {
    name: 'the dot of a version or an address is no sentence end: the question word before it still opens the question',
    text: 'فهل ينجح تحديث iOS 18.2? يقول المحللون إن ذلك ممكن. وهل تعرف Node.js? إنها بيئة تشغيل.',
    findings: [{ covers: '?' }, { covers: '?', nth: 1 }],
    fixed: 'فهل ينجح تحديث iOS 18.2؟ يقول المحللون إن ذلك ممكن. وهل تعرف Node.js؟ إنها بيئة تشغيل.',
  },
  {
    name: 'a full stop before a version still ends the sentence that asked: the ? after it is a Latin title\'s',
    text: 'هل انتهى العرض. وعرضت الشركة على أجهزة iOS 18.2 فيلم Who Framed Roger Rabbit? للمستخدمين.',
    findings: [],
  },
  {
    name: 'a ? after a Latin title inside a question that ends with its own ؟ is the title\'s',
    text: 'هل جربت لعبة Guess Who? في المقهى؟',
    findings: [],
  },
  {
    name: 'a comma after a company suffix (Inc., Corp.) with an Arabic word next is the Arabic sentence\'s; inside the name it stays',
    text: 'وأعلنت شركة Apple, Inc., التي تتخذ من كاليفورنيا مقرا، نتائجها. ونافستها Huawei Technologies Co., Ltd. وXiaomi Corp.',
    findings: [{ covers: ',', nth: 1, messageId: 'latinMark' }],
    fixed: 'وأعلنت شركة Apple, Inc.، التي تتخذ من كاليفورنيا مقرا، نتائجها. ونافستها Huawei Technologies Co., Ltd. وXiaomi Corp.',
  },
  {
    name: 'a comma after a Latin abbreviation is the Latin phrase\'s',
    text: 'وتضم القائمة دولا عدة (e.g., مصر والأردن) وفق التقرير.',
    findings: [],
  },
  {
    name: 'a post quoted in English keeps its marks, hashtags and all',
    text: 'وكتب على إكس: "Proud of our team! #UAE, #Dubai" بعد الفوز، وكتب آخر: "Well done, guys; see you?" ثم غادر.',
    findings: [],
  },
  {
    name: 'a comma between two hashtags or handles in an Arabic sentence is the sentence\'s',
    text: 'وتصدر الوسمان #غزة, #السودان قائمة الأكثر تداولا, وكتبت @WHO, @UNICEF عنهما.',
    findings: [{ covers: ',' }, { covers: ',', nth: 1 }, { covers: ',', nth: 2 }],
    fixed: 'وتصدر الوسمان #غزة، #السودان قائمة الأكثر تداولا، وكتبت @WHO، @UNICEF عنهما.',
  },
  {
    name: 'the semicolon of an HTML character reference is markup',
    text: 'قال الوزير&nbsp;إن الحكومة &quot;ملتزمة&quot; بالإصلاحات &mdash; وفق البيان&#1548; أمس.',
    findings: [],
  },
  {
    name: 'a comma between masked runs with no Arabic word around them stays',
    text: 'المصادر: www.reuters.com, www.afp.com. Follow @WHO, @UNICEF for updates.',
    findings: [],
  },
  {
    name: 'comma, semicolon and question mark between Arabic words',
    text: 'هل انتهت المفاوضات? قال المتحدث, إن الجولة المقبلة تبدأ غدا; ولم يحدد مكانها.',
    findings: [
      { covers: '?', messageId: 'latinMark' },
      { covers: ',', messageId: 'latinMark' },
      { covers: ';', messageId: 'latinMark' },
    ],
    fixed: 'هل انتهت المفاوضات؟ قال المتحدث، إن الجولة المقبلة تبدأ غدا؛ ولم يحدد مكانها.',
  },
  {
    name: 'a comma with no space after it, and a question mark at the end of the paragraph',
    text: 'وصل الوفد,وبدأت المحادثات. فهل تنجح هذه المرة?',
    findings: [{ covers: ',' }, { covers: '?' }],
    fixed: 'وصل الوفد،وبدأت المحادثات. فهل تنجح هذه المرة؟',
  },
  {
    name: 'numbers and percentages between the mark and the Arabic word are passed over',
    text: 'في الأعوام 2019, 2020 و2021 ارتفع السعر 25%, فهل يتكرر ذلك في 2030?',
    findings: [{ covers: ',' }, { covers: ',', nth: 1 }, { covers: '?' }],
    fixed: 'في الأعوام 2019، 2020 و2021 ارتفع السعر 25%، فهل يتكرر ذلك في 2030؟',
  },
  {
    name: 'a list of years or figures in an Arabic sentence takes the Arabic comma; a comma that groups thousands stays',
    text: 'وارتفعت صادرات المملكة في الأعوام 2019, 2020, 2021 لتبلغ 12,500 مليون ريال في العام الأخير.',
    findings: [{ covers: ',' }, { covers: ',', nth: 1 }],
    fixed: 'وارتفعت صادرات المملكة في الأعوام 2019، 2020، 2021 لتبلغ 12,500 مليون ريال في العام الأخير.',
  },
  {
    name: 'after a pair that holds Arabic words, at the end of a line too, the mark is the Arabic sentence\'s',
    text: 'التانيت الفضي: «الغرفة رقم 7» (تونس),\nالتانيت البرونزي: «البحر» (المغرب), وجائزة الجمهور لفيلم «الطريق»,',
    findings: [{ covers: ',' }, { covers: ',', nth: 1 }, { covers: ',', nth: 2 }],
    fixed: 'التانيت الفضي: «الغرفة رقم 7» (تونس)،\nالتانيت البرونزي: «البحر» (المغرب)، وجائزة الجمهور لفيلم «الطريق»،',
  },
  {
    name: 'after a Latin title in quotation marks or brackets the mark belongs to the Arabic sentence',
    text: 'عرضت القناة مسلسل «Game of Thrones», ونقلت وكالة (AFP), عن المخرج سؤاله: هل شاهدتم «The Crown»?',
    findings: [{ covers: ',' }, { covers: ',', nth: 1 }, { covers: '?' }],
    fixed: 'عرضت القناة مسلسل «Game of Thrones»، ونقلت وكالة (AFP)، عن المخرج سؤاله: هل شاهدتم «The Crown»؟',
  },
  {
    name: 'inside an Arabic quotation, and with harakat on the last letter',
    text: 'وسأل الوزير: «متى يعودُ النازحون?» ثم قال "لن نتأخرَ, ولن نتراجع".',
    findings: [{ covers: '?' }, { covers: ',' }],
    fixed: 'وسأل الوزير: «متى يعودُ النازحون؟» ثم قال "لن نتأخرَ، ولن نتراجع".',
  },
  {
    name: 'a comma after an e-mail address or a URL in an Arabic sentence',
    text: 'للتواصل: news@example.com, أو عبر الموقع https://example.com/news, والخط الساخن.',
    findings: [{ covers: ',' }, { covers: ',', nth: 1 }],
    fixed: 'للتواصل: news@example.com، أو عبر الموقع https://example.com/news، والخط الساخن.',
  },
  {
    name: 'a doubled Latin mark is converted here; repeated-punctuation removes the extra one',
    text: 'هل وصل الوفد,, أم تأخر?',
    findings: [{ covers: ',' }, { covers: ',', nth: 1 }, { covers: '?' }],
    fixed: 'هل وصل الوفد،، أم تأخر؟',
  },
  {
    name: 'a comma between scores in an Arabic sentence is the sentence\'s: the search for a letter passes over 6-3 and (7-4)',
    text: 'وفاز اللاعب 6-3, 7-6 (7-4), 6-3 في المباراة النهائية, وتقدم بنتيجة 2:1, 3.5 نقطة.',
    findings: [{ covers: ',' }, { covers: ',', nth: 1 }, { covers: ',', nth: 2 }, { covers: ',', nth: 3 }],
    fixed: 'وفاز اللاعب 6-3، 7-6 (7-4)، 6-3 في المباراة النهائية، وتقدم بنتيجة 2:1، 3.5 نقطة.',
  },
  {
    name: 'a comma between scores in a Latin phrase stays',
    text: 'وكتب الموقع: Sinner won the final, scores 6-3, 7-6 (7-4), 6-3.',
    findings: [],
  },
  {
    name: 'a space before the comma of a number\'s thousands (3 ,500) leaves it a number\'s: no Arabic comma',
    text: 'وأطلقت القوات 3 ,500 قذيفة مدفعية في الأيام 2019 ,2020 الماضية.',
    findings: [{ covers: ',', nth: 1 }],
    fixed: 'وأطلقت القوات 3 ,500 قذيفة مدفعية في الأيام 2019 ،2020 الماضية.',
  },
  {
    name: 'numbers, decimals and times are left alone',
    text: 'غادر 2,500 شخص المدينة، وارتفع المؤشر 3.5 نقطة، ووصل الوفد في الساعة 10:30 صباحا بعد رحلة من 1;2 ساعات.',
    findings: [],
  },
  {
    name: 'a thousands separator with a zero-width space after it is still a thousands separator',
    text: 'بلغت الإيرادات 42,\u200b300 دينار.',
    findings: [],
  },
  {
    name: 'Arabic-Indic digits with a Latin separator',
    text: 'بلغ عدد النازحين ٢,٥٠٠ شخص.',
    findings: [],
  },
  {
    name: 'a comma between Latin words stays Latin, even inside Arabic text',
    text: 'قالت وكالتا Reuters, AFP إن الاجتماع انتهى، ونشرت Washington Post? تقريرا عن «Yes, we can».',
    findings: [],
  },
  {
    name: 'a Latin question ending the paragraph, and a question mark after a Latin word before Arabic: the title\'s own',
    text: 'ونشرت الصحيفة مقالا بعنوان Who Framed Roger Rabbit? ثم سحبته، وآخر بعنوان Washington Post?',
    findings: [],
  },
  {
    name: 'a comma or semicolon after a Latin word with an Arabic word next is the Arabic sentence\'s',
    text: 'نشر الفريق الشيفرة على منصة GitHub, تحت رخصة مفتوحة، وسأل مراسل The Times; ثم نشرت الصحيفة مقالا عن «Yes, we can», وانتهى.',
    findings: [{ covers: ',' }, { covers: ';' }, { covers: ',', nth: 2 }],
    fixed: 'نشر الفريق الشيفرة على منصة GitHub، تحت رخصة مفتوحة، وسأل مراسل The Times؛ ثم نشرت الصحيفة مقالا عن «Yes, we can»، وانتهى.',
  },
  {
    name: 'marks inside URLs and e-mail addresses are masked',
    text: 'التفاصيل على https://example.com/search?q=a,b;c وعلى الموقع www.example.org/?id=7 للمتابعة.',
    findings: [],
  },
  {
    name: 'Arabic marks already in place',
    text: 'هل وصل الوفد؟ نعم، وبدأت المحادثات؛ ولم يصدر بيان.',
    findings: [],
  },
  {
    name: 'Markdown: code spans are not prose',
    kind: 'markdown',
    text: '# العنوان\n\nاستعمل الأمر `split(a, b)` ثم `a;b` لتقسيم النص.',
    findings: [],
  },
  {
    name: 'Markdown: the attributes of an embed set one a line are not prose; the prose after its closing `>` is',
    kind: 'markdown',
    text: '# فيضانات\n\n<iframe\n  src="https://www.youtube.com/embed/x"\n  title="مشاهد, من الفيضانات"\n  allowfullscreen></iframe>\n\n<img src="a.jpg"\n  alt="الوزير, أمس"> الوزير في الموقع, أمس.\n',
    findings: [{ covers: ',', nth: 2 }],
    fixed: '# فيضانات\n\n<iframe\n  src="https://www.youtube.com/embed/x"\n  title="مشاهد, من الفيضانات"\n  allowfullscreen></iframe>\n\n<img src="a.jpg"\n  alt="الوزير, أمس"> الوزير في الموقع، أمس.\n',
  },
]);
