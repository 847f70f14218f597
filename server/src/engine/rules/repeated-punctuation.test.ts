import { testRule } from '../testing/rule-tester';
import rule from './repeated-punctuation';

testRule(rule, [
  {
    name: 'a comma beside a semicolon or before a colon goes: the stronger mark is meant; initials keep their dot before a comma',
    text: 'وقالت معلمة من نابلس،: «لن نتراجع». وارتفع المؤشر 9% ، ؛ وهي نسبة كبيرة، وزار عاصمة ليتوانيا؛، وحكم على المتهم م. ق.، بالسجن.',
    findings: [{ covers: '،:', messageId: 'commaBefore' }, { covers: '، ؛', messageId: 'commaBefore' }, { covers: '؛،', messageId: 'commaBefore' }],
    fixed: 'وقالت معلمة من نابلس: «لن نتراجع». وارتفع المؤشر 9% ؛ وهي نسبة كبيرة، وزار عاصمة ليتوانيا؛ وحكم على المتهم م. ق.، بالسجن.',
  },
  {
    name: 'a headline joining a second story with و after two dots keeps them, as the head\'s dots; two dots before another word are an ellipsis',
    text: 'المركزي يثبت الفائدة عند 27 نقطة أساس.. والبورصة ترتفع\n\nقال البنك إن القرار جاء.. بعد مراجعة طويلة.',
    findings: [{ covers: '..', nth: 1, messageId: 'twoDots' }],
    suggested: 'المركزي يثبت الفائدة عند 27 نقطة أساس.. والبورصة ترتفع\n\nقال البنك إن القرار جاء… بعد مراجعة طويلة.',
  },
  {
    name: 'a headline joining a second story with و and a number after two dots keeps them too (… و7 جامعات)',
    text: 'جامعة القاهرة الأولى محليا.. و7 جامعات مصرية بين أفضل 1000\n\nوقالت الجامعة إن الترتيب.. لم يفاجئها.',
    findings: [{ covers: '..', nth: 1, messageId: 'twoDots' }],
    suggested: 'جامعة القاهرة الأولى محليا.. و7 جامعات مصرية بين أفضل 1000\n\nوقالت الجامعة إن الترتيب… لم يفاجئها.',
  },
  {
    name: 'the sub-headlines of a bulletin keep the headline convention «العراق.. عنوان»; two dots in its sentences are an improvised ellipsis',
    text: 'نشرة المساء\n\nالعراق.. البرلمان يقر الموازنة\n\nوأقر البرلمان الموازنة بعد جلسة طويلة.. واعترض نواب.\n\nلبنان.. الحكومة تقر خطة الكهرباء\n',
    findings: [{ covers: '..', nth: 1 }],
  },
  {
    name: 'the dot of an abbreviation (هـ.، م.، د.) with a comma after it is no doubled mark; a full stop with one is',
    text: 'مع اقتراب شهر رمضان 1445 هـ.، في ظل غلاء الأسعار، وفي عام 1950 م.، توسعت المدينة. ووصل الوفد.، ثم غادر.',
    findings: [{ covers: '.،', nth: 2, messageId: 'commaAndStop' }],
  },
  {
    name: 'doubled comma, semicolon, question and exclamation marks',
    text: 'هل انتهت الأزمة؟؟ لا أحد يعرف!! وقال المتحدث،، إن المحادثات مستمرة؛؛ ولم يحدد موعدا.',
    findings: [
      { covers: '؟؟', messageId: 'repeated' },
      { covers: '!!', messageId: 'repeated' },
      { covers: '،،', messageId: 'repeated' },
      { covers: '؛؛', messageId: 'repeated' },
    ],
    fixed: 'هل انتهت الأزمة؟ لا أحد يعرف! وقال المتحدث، إن المحادثات مستمرة؛ ولم يحدد موعدا.',
  },
  {
    name: 'a quoted post keeps its doubled exclamation and question marks: there the fix is offered; doubled commas are slips anywhere',
    text: 'وكتب اللاعب: «شكرا للجماهير!! هل رأيتم الهدف؟؟» وقال المدرب: «الفوز مهم،، جدا».',
    findings: [{ covers: '!!' }, { covers: '؟؟' }, { covers: '،،' }],
    fixed: 'وكتب اللاعب: «شكرا للجماهير!! هل رأيتم الهدف؟؟» وقال المدرب: «الفوز مهم، جدا».',
    suggested: 'وكتب اللاعب: «شكرا للجماهير! هل رأيتم الهدف؟» وقال المدرب: «الفوز مهم، جدا».',
  },
  {
    name: 'a work\'s title after the word that names it keeps its doubled exclamation marks as published; a quoted cry of two words is offered one',
    text: 'وغنت الفرقة أغنية «يا سلام!!» من ألبوم قديم، وقدمت مسرحية «ليه كده؟؟» الشهر الماضي، وهتف الجمهور: «يا سلام!!».',
    findings: [{ covers: '!!', nth: 1, messageId: 'repeated' }],
    suggested: 'وغنت الفرقة أغنية «يا سلام!!» من ألبوم قديم، وقدمت مسرحية «ليه كده؟؟» الشهر الماضي، وهتف الجمهور: «يا سلام!».',
  },
  {
    name: 'a title or a front page\'s headline in quotation marks keeps its two dots; two dots in a quoted sentence are offered an ellipsis',
    text: 'وصدرت رواية «بيروت.. مدينتي» هذا العام، وكتب الراشد مقالا بعنوان «رئيس جديد.. ونظام قديم»، وعنونت «لوموند» صفحتها الأولى: «باكو.. الحد الأدنى»، وقال الكاتب: «انتظرنا طويلا.. ثم جاء الفرج».',
    findings: [{ covers: '..', nth: 3, messageId: 'twoDots' }],
    suggested: 'وصدرت رواية «بيروت.. مدينتي» هذا العام، وكتب الراشد مقالا بعنوان «رئيس جديد.. ونظام قديم»، وعنونت «لوموند» صفحتها الأولى: «باكو.. الحد الأدنى»، وقال الكاتب: «انتظرنا طويلا… ثم جاء الفرج».',
  },
  {
    name: 'the dot of a Latin abbreviation before a comma is no doubled mark',
    text: 'وتضم القائمة دولا عدة (e.g., مصر والأردن) وشركات أخرى (Apple Inc., Google) وفق التقرير.',
    findings: [],
  },
  {
    name: 'longer runs, and a run that holds a question and an exclamation',
    text: 'أهذا معقول؟؟؟ نعم!!! بل مدهش؟؟!! وغريب!؟!',
    findings: [{ covers: '؟؟؟' }, { covers: '!!!' }, { covers: '؟؟!!' }, { covers: '!؟!' }],
    fixed: 'أهذا معقول؟ نعم! بل مدهش؟! وغريب!؟',
  },
  {
    name: 'a mark typed twice with blanks between: the blanks and the second mark go',
    text: 'العنوان\nانتهى الاجتماع. . وغادر الوفد، ، ثم عاد؟ ؟ نعم.  .',
    findings: [
      { covers: '. .', messageId: 'repeated' },
      { covers: '، ،', messageId: 'repeated' },
      { covers: '؟ ؟', messageId: 'repeated' },
      { covers: '.  .', messageId: 'repeated' },
    ],
    fixed: 'العنوان\nانتهى الاجتماع. وغادر الوفد، ثم عاد؟ نعم.',
  },
  {
    name: 'a spaced ellipsis, and different marks with a blank between, are not doubled marks',
    text: 'العنوان\nوطال الانتظار . . . ثم جاء الخبر. ! وقيل: هل؟ !',
    findings: [],
  },
  {
    name: 'a comma and a full stop together, either way round: one goes, the comma mid-paragraph and the stop at its end',
    text: 'العنوان\nانتهى الاجتماع.، وأضاف أن الخطة جاهزة،. وأنها تشمل 30 فيلما، . إضافة إلى برامج أخرى،.\nوعاد الوفد...، ثم غادر، ...',
    findings: [
      { covers: '.،', messageId: 'commaAndStop' },
      { covers: '،.' },
      { covers: '، .' },
      { covers: '،.', nth: 1 },
    ],
    fixed: 'العنوان\nانتهى الاجتماع.، وأضاف أن الخطة جاهزة،. وأنها تشمل 30 فيلما، . إضافة إلى برامج أخرى،.\nوعاد الوفد...، ثم غادر، ...',
    suggested: 'العنوان\nانتهى الاجتماع، وأضاف أن الخطة جاهزة، وأنها تشمل 30 فيلما، إضافة إلى برامج أخرى.\nوعاد الوفد...، ثم غادر، ...',
  },
  {
    name: 'of a Latin and an Arabic form of one mark, the Arabic one is kept',
    text: 'ارتفع التضخم إلى 2.7%, ، في حين وصل الوفد,، وسأل المراسل: متى?؟',
    findings: [
      { covers: ', ،', messageId: 'repeated' },
      { covers: ',،' },
      { covers: '?؟' },
    ],
    fixed: 'ارتفع التضخم إلى 2.7%، في حين وصل الوفد، وسأل المراسل: متى؟',
  },
  {
    name: 'Latin and Arabic forms of one mark count as one kind',
    text: 'وصل الوفد،, وسأل المراسل: متى؟?',
    findings: [{ covers: '،,' }, { covers: '؟?' }],
    fixed: 'وصل الوفد، وسأل المراسل: متى؟',
  },
  {
    name: 'two dots in body text are an improvised ellipsis: a suggestion, not a deletion',
    text: 'العنوان\nانتظرنا.. وطال الانتظار..',
    findings: [
      { covers: '..', messageId: 'twoDots' },
      { covers: '..', nth: 1, messageId: 'twoDots' },
    ],
    suggested: 'العنوان\nانتظرنا… وطال الانتظار…',
  },
  {
    name: 'two dots in a headline that are not after its head',
    text: 'وصل الوفد إلى بغداد وانتظرنا.. ولم يأت',
    findings: [{ covers: '..', messageId: 'twoDots' }],
  },
  {
    name: 'too many dots, and an ellipsis with extra dots',
    text: 'العنوان\nوطال الانتظار.... ثم جاء الخبر…. وقيل إن الرد قادم……',
    findings: [
      { covers: '....', messageId: 'extraDots' },
      { covers: '….', messageId: 'extraDots' },
      { covers: '……', messageId: 'extraDots' },
    ],
    fixed: 'العنوان\nوطال الانتظار... ثم جاء الخبر… وقيل إن الرد قادم…',
  },
  {
    name: 'the headline convention when the house style forbids it',
    config: { headlineDoubleDot: false },
    text: 'العراق.. انتخابات مبكرة في الربيع\nقالت المفوضية إن الموعد نهائي.',
    findings: [{ covers: '..', messageId: 'headlineDots' }],
    suggested: 'العراق: انتخابات مبكرة في الربيع\nقالت المفوضية إن الموعد نهائي.',
  },
  {
    name: 'the headline convention after a title in quotation marks opening the headline («يا ليل يا ليل».. فيديو)',
    text: '«يا ليل يا ليل».. فيديو عفوي يتحول إلى ظاهرة\n\nغنى الشاب موالا في الشارع، فانتشر المقطع.. على نطاق واسع.',
    findings: [{ covers: '..', nth: 1, messageId: 'twoDots' }],
    suggested: '«يا ليل يا ليل».. فيديو عفوي يتحول إلى ظاهرة\n\nغنى الشاب موالا في الشارع، فانتشر المقطع… على نطاق واسع.',
  },
  {
    name: 'the headline convention: two dots after the head of the headline',
    text: 'العراق.. انتخابات مبكرة في الربيع\nقالت المفوضية إن الموعد نهائي.',
    findings: [],
  },
  {
    name: 'the headline head may be a name of a few words',
    text: 'الأمم المتحدة.. تحذير من موجة جفاف\nحذرت المنظمة من موجة جفاف.',
    findings: [],
  },
  {
    name: 'Markdown headline convention',
    kind: 'markdown',
    text: '---\ntitle: x\n---\n\n# غزة.. هدنة جديدة\n\nأعلن الوسطاء الهدنة.',
    findings: [],
  },
  {
    name: 'a full stop after a question or exclamation mark: the sentence has ended already',
    text: 'العنوان\nماذا بعد؟. لا أحد يعرف! . وسأل: هل انتهى؟!. وأعلنت Yahoo!. النتائج، وقال: «هل تعود؟». ثم غادر؟...',
    findings: [{ covers: '؟.' }, { covers: '! .' }, { covers: '!.' }],
    fixed: 'العنوان\nماذا بعد؟ لا أحد يعرف! وسأل: هل انتهى؟! وأعلنت Yahoo!. النتائج، وقال: «هل تعود؟». ثم غادر؟...',
  },
  {
    name: 'ellipsis, ؟! and !؟ are correct',
    text: 'انتظرنا... ثم انتظرنا… أهذا معقول؟! نعم!؟ وقال: «...».',
    findings: [],
  },
  {
    name: 'ranges and URLs',
    text: 'العنوان\nالأرقام من 1..10 على https://example.com/a..b/?x=1,,2 للمتابعة.',
    findings: [],
  },
  {
    name: 'the article\'s headline may lead with a phrase of up to five words that a preposition opens',
    text: 'بعد 84 عاما من العطاء.. البحرين تودع شاعر البحر\nوأحيت البحرين أمس ذكرى الشاعر.',
    findings: [],
  },
  {
    name: 'the article\'s headline may lead with a phrase of up to seven words that names a person, by a title or a given name',
    text: 'رحيل الروائي المصري إبراهيم أصلان.. صوت الهامش\nغيب الموت أمس الروائي المصري إبراهيم أصلان.',
    findings: [],
  },
  {
    name: 'Markdown: a name-led topic in the first heading',
    kind: 'markdown',
    text: '# وزير الخارجية السعودي فيصل بن فرحان.. جولة خليجية\n\nبدأ الوزير جولة خليجية.',
    findings: [],
  },
  {
    name: 'the same name-led phrase before two dots in the body is an improvised ellipsis',
    text: 'العنوان\nرحيل الروائي المصري إبراهيم أصلان.. صوت الهامش.',
    findings: [{ covers: '..', messageId: 'twoDots' }],
    suggested: 'العنوان\nرحيل الروائي المصري إبراهيم أصلان… صوت الهامش.',
  },
  {
    name: 'a headline of a long clause with no one named before two dots: an improvised ellipsis',
    text: 'انتظر الأهالي طويلا أمام بوابة المعبر المغلقة.. ولم يأت أحد\nوقال شهود إن المعبر ظل مغلقا.',
    findings: [{ covers: '..', messageId: 'twoDots' }],
    suggested: 'انتظر الأهالي طويلا أمام بوابة المعبر المغلقة… ولم يأت أحد\nوقال شهود إن المعبر ظل مغلقا.',
  },
  {
    name: 'a sub-headline keeps the topic to three words: a longer run before two dots is an improvised ellipsis',
    text: 'نشرة المساء\n\nفي ذكرى رحيله العاشرة.. البحرين تستعيد شاعر البحر\n',
    findings: [{ covers: '..' }],
    suggested: 'نشرة المساء\n\nفي ذكرى رحيله العاشرة… البحرين تستعيد شاعر البحر\n',
  },
]);
