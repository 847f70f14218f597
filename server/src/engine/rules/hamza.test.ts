import { testRule } from '../testing/rule-tester';
import rule from './hamza';

testRule(rule, [
  {
    name: 'الاف after a number is آلاف and انا opening a sentence or a quotation is أنا: offered, not fixed',
    text: 'وقال المزارع: «انا لا أملك غير هذه الأرض»، مضيفا أن 3 الاف شجرة احترقت. انا أعرف هذا الطريق جيدا، قالها السائق.',
    findings: [{ covers: 'انا' }, { covers: 'الاف' }, { covers: 'انا', nth: 1 }],
    fixed: 'وقال المزارع: «انا لا أملك غير هذه الأرض»، مضيفا أن 3 الاف شجرة احترقت. انا أعرف هذا الطريق جيدا، قالها السائق.',
    suggested: 'وقال المزارع: «أنا لا أملك غير هذه الأرض»، مضيفا أن 3 آلاف شجرة احترقت. أنا أعرف هذا الطريق جيدا، قالها السائق.',
  },
  {
    name: 'الاف with no number before it, which may be the F (الاف 16), and انا inside a clause or before لله (إنا لله) are left alone',
    text: 'وحلقت طائرات الاف 16 فوق المدينة، ونزحت الاف الأسر. وقالت الأم: «انا لله وانا إليه راجعون»، وقال إن ما حدث يعني انا لا نملك الخيار.',
    findings: [],
  },
  {
    name: 'a listed noun in the accusative, with its alef, written bare is offered its hamza',
    text: 'كان الفقيد انسانا نبيلا، ووصل اخيرا وفد يضم اطفالا واشخاصا قضوا اسبوعا كاملا هناك.',
    findings: [{ covers: 'انسانا' }, { covers: 'اخيرا' }, { covers: 'اطفالا' }, { covers: 'واشخاصا' }, { covers: 'اسبوعا' }],
    suggested: 'كان الفقيد إنسانا نبيلا، ووصل أخيرا وفد يضم أطفالا وأشخاصا قضوا أسبوعا كاملا هناك.',
  },
  {
    name: 'the day الأربعاء and the number أربعة written bare: fixed where the article writes them with hamza, offered elsewhere; اثنين keeps its wasl',
    text: 'وصل الوفد الاربعاء في زيارة تستمر اربعة أيام، ويغادر يوم الاثنين بعد لقاء اثنين من الوزراء. وكانت أربعة وفود قد زارت البلاد منذ مطلع العام، آخرها قبل اربعين يوما.',
    findings: [{ covers: 'الاربعاء' }, { covers: 'اربعة' }, { covers: 'اربعين' }],
    fixed: 'وصل الوفد الاربعاء في زيارة تستمر أربعة أيام، ويغادر يوم الاثنين بعد لقاء اثنين من الوزراء. وكانت أربعة وفود قد زارت البلاد منذ مطلع العام، آخرها قبل اربعين يوما.',
    suggested: 'وصل الوفد الأربعاء في زيارة تستمر أربعة أيام، ويغادر يوم الاثنين بعد لقاء اثنين من الوزراء. وكانت أربعة وفود قد زارت البلاد منذ مطلع العام، آخرها قبل أربعين يوما.',
  },
  {
    name: 'months of both calendars written bare in a dateline: fixed where the article writes them with hamza, offered elsewhere',
    text: 'بيروت (6 اذار/مارس) - أعلنت الحكومة أن الانتخابات ستجرى في ايار/مايو، بعد تأجيلها من أيلول الماضي، وأن الموازنة تقر في اكتوبر. وكانت الحكومة قد أعلنت في أبريل الماضي خطة تنتهي في ابريل المقبل، وحددت اغسطس موعدا للمراجعة.',
    findings: [{ covers: 'اذار' }, { covers: 'ايار' }, { covers: 'اكتوبر' }, { covers: 'ابريل' }, { covers: 'اغسطس' }],
    fixed: 'بيروت (6 اذار/مارس) - أعلنت الحكومة أن الانتخابات ستجرى في ايار/مايو، بعد تأجيلها من أيلول الماضي، وأن الموازنة تقر في اكتوبر. وكانت الحكومة قد أعلنت في أبريل الماضي خطة تنتهي في أبريل المقبل، وحددت اغسطس موعدا للمراجعة.',
    suggested: 'بيروت (6 آذار/مارس) - أعلنت الحكومة أن الانتخابات ستجرى في أيار/مايو، بعد تأجيلها من أيلول الماضي، وأن الموازنة تقر في أكتوبر. وكانت الحكومة قد أعلنت في أبريل الماضي خطة تنتهي في أبريل المقبل، وحددت أغسطس موعدا للمراجعة.',
  },
  {
    name: 'أعقاب، إزاء and إيجابي written bare, with their clitics and endings: offered',
    text: 'وجاء القرار في اعقاب الهجوم، وعبر الوزير عن قلقه ازاء التصعيد، ووصف النتائج بأنها ايجابية، وقال إن للخطة ايجابيات، وإن الرد كان ايجابيا.',
    findings: [{ covers: 'اعقاب' }, { covers: 'ازاء' }, { covers: 'ايجابية' }, { covers: 'ايجابيات' }, { covers: 'ايجابيا', nth: 1 }],
    suggested: 'وجاء القرار في أعقاب الهجوم، وعبر الوزير عن قلقه إزاء التصعيد، ووصف النتائج بأنها إيجابية، وقال إن للخطة إيجابيات، وإن الرد كان إيجابيا.',
  },
  {
    name: 'إنجليزي and إنكليزي written bare, with the article and its prepositions: offered',
    text: 'وتعمل الفرقة على ألبوم باللغة الانجليزية، وتغني بالانكليزية في جولتها، ومع مدرب انجليزي.',
    findings: [{ covers: 'الانجليزية' }, { covers: 'بالانكليزية' }, { covers: 'انجليزي', nth: 1 }],
    suggested: 'وتعمل الفرقة على ألبوم باللغة الإنجليزية، وتغني بالإنكليزية في جولتها، ومع مدرب إنجليزي.',
  },
  {
    name: 'إجازة (leave) written bare, with a pronoun too: offered, as the article never writes it with hamza',
    text: 'وعاد الموظفون من اجازاتهم بعد اجازة طويلة.',
    findings: [{ covers: 'اجازاتهم' }, { covers: 'اجازة' }],
    suggested: 'وعاد الموظفون من إجازاتهم بعد إجازة طويلة.',
  },
  {
    name: 'لاكن with a pronoun, and إلكتروني written bare',
    text: 'حاولت الحكومة، لاكنها فشلت. وأطلقت الوزارة الموقع الإلكتروني، ودعت إلى استخدام البريد الالكتروني.',
    findings: [{ covers: 'لاكنها' }, { covers: 'الالكتروني' }],
    fixed: 'حاولت الحكومة، لكنها فشلت. وأطلقت الوزارة الموقع الإلكتروني، ودعت إلى استخدام البريد الإلكتروني.',
  },
  {
    name: 'clean: واحدا (one), and accusatives that take no alef (أسرةً، إصاباتٍ، أعضاءً)',
    text: 'لم يترك واحدا منهم، وزار أسرة الضحية، وسجل إصابات كثيرة، وعيّن أعضاء جددا.',
    findings: [],
  },
  {
    name: 'أستاذ، أساتذة and أسرع written bare are offered their hamza',
    text: 'وقال الاستاذ إن اسرع حل هو الحوار بين الاساتذة والطلاب.',
    findings: [{ covers: 'الاستاذ' }, { covers: 'اسرع' }, { covers: 'الاساتذة' }],
    suggested: 'وقال الأستاذ إن أسرع حل هو الحوار بين الأساتذة والطلاب.',
  },
  {
    name: 'words of religious copy written bare: fixed where the article writes them with hamza, offered elsewhere; اذان (أذان or آذان) stays',
    text: 'ووزعت الجمعية وجبات الإفطار، وامتدت موائد الافطار حتى الامساك، ورفع الاذان في موعده.',
    findings: [{ covers: 'الافطار' }, { covers: 'الامساك' }],
    fixed: 'ووزعت الجمعية وجبات الإفطار، وامتدت موائد الإفطار حتى الامساك، ورفع الاذان في موعده.',
    suggested: 'ووزعت الجمعية وجبات الإفطار، وامتدت موائد الإفطار حتى الإمساك، ورفع الاذان في موعده.',
  },
  {
    name: 'a foreign name of a verbal noun\'s shape is only offered the bare alef; a listed verbal noun is fixed',
    text: 'وفاز إنتراخت فرانكفورت في إجتماع الاتحاد، فيما خسر إنديانا بيسرز، وسجل المكسيكي إسترادا هدفين.',
    findings: [{ covers: 'إنتراخت' }, { covers: 'إجتماع' }, { covers: 'إسترادا' }],
    fixed: 'وفاز إنتراخت فرانكفورت في اجتماع الاتحاد، فيما خسر إنديانا بيسرز، وسجل المكسيكي إسترادا هدفين.',
  },
  {
    name: 'إنشاء الله after a preposition is the verbal noun, not the formula',
    text: 'تحدث الخطيب عن إنشاء الله الكون من العدم في ستة أيام.',
    findings: [],
  },
  {
    name: 'plurals of the pattern أفعال written bare are offered their hamza',
    text: 'قال مسؤول إن عدد الاكراد في المنطقة يتجاوز مليونين، وارتفعت الاسعار في الاسواق.',
    findings: [{ covers: 'الاكراد' }, { covers: 'الاسعار' }, { covers: 'الاسواق' }],
    suggested: 'قال مسؤول إن عدد الأكراد في المنطقة يتجاوز مليونين، وارتفعت الأسعار في الأسواق.',
  },
  {
    name: 'Form IV verbal nouns written bare: fixed where the article writes them with hamza, offered elsewhere; bare forms that are other words stay',
    text: 'بدأ إخراج الفيلم في مارس، وتأخر اخراج الجزء الثاني بعد اغلاق الاستوديو، فيما ارتفعت اعداد الزوار في ارجاء المدينة.',
    findings: [{ covers: 'اخراج' }, { covers: 'اغلاق' }],
    fixed: 'بدأ إخراج الفيلم في مارس، وتأخر إخراج الجزء الثاني بعد اغلاق الاستوديو، فيما ارتفعت اعداد الزوار في ارجاء المدينة.',
    suggested: 'بدأ إخراج الفيلم في مارس، وتأخر إخراج الجزء الثاني بعد إغلاق الاستوديو، فيما ارتفعت اعداد الزوار في ارجاء المدينة.',
  },
  {
    name: 'foreign given names with the shape of a verbal noun are names, not misspellings',
    text: 'وقال المدرب إستيبان كامبياسو إن فريقه جاهز، فيما قال المدير إستيفان مولر إن إستيراد المعدات تأخر.',
    findings: [{ covers: 'إستيراد' }],
    fixed: 'وقال المدرب إستيبان كامبياسو إن فريقه جاهز، فيما قال المدير إستيفان مولر إن استيراد المعدات تأخر.',
  },
  // The safe list: fixed by --fix.
  {
    name: 'الى، فى، اذا are fixed',
    text: 'وصل الوفد الى العاصمة فى ساعة متأخرة، واذا تأخر الرد فسيغادر.',
    findings: [
      { covers: 'الى', messageId: 'misspelled' },
      { covers: 'فى', messageId: 'finalYa' },
      { covers: 'واذا', messageId: 'misspelled' },
    ],
    fixed: 'وصل الوفد إلى العاصمة في ساعة متأخرة، وإذا تأخر الرد فسيغادر.',
  },
  {
    name: 'أن after قال and its subject is a slip for إن: offered; not after أكد, after another إن, opening a quotation, after بعد, nor before its verb',
    text: 'وقال الوزير أن الحضور كان كبيرا، وقالت الوزارة في بيان أنها ستعلن النتائج. وأكد المتحدث أن الوفد وصل، وقال إن الاجتماع بدأ وأن الجلسة طويلة. وقال: أن نعمل معا خير. وقال بعد أن انتهى الاجتماع إنه راض، وقال له أن يصمت.',
    findings: [
      { covers: 'أن', nth: 0, messageId: 'annaAfterSaying', severity: 'info' },
      { covers: 'أنها', messageId: 'annaAfterSaying', severity: 'info' },
    ],
    suggested: 'وقال الوزير إن الحضور كان كبيرا، وقالت الوزارة في بيان إنها ستعلن النتائج. وأكد المتحدث أن الوفد وصل، وقال إن الاجتماع بدأ وأن الجلسة طويلة. وقال: أن نعمل معا خير. وقال بعد أن انتهى الاجتماع إنه راض، وقال له أن يصمت.',
  },
  {
    name: 'الى with its pronouns is fixed; not الينا, a name too, nor واليه, also his governor',
    text: 'وأسندت المحكمة اليهما التهمة، وأرسل اليه الوزير كتابا، وقال اليكم البيان. وزارت الينا المدينة، وشكر واليه الأهالي.',
    findings: [
      { covers: 'اليهما', messageId: 'misspelled' },
      { covers: 'اليه', nth: 1, messageId: 'misspelled' },
      { covers: 'اليكم', messageId: 'misspelled' },
    ],
    fixed: 'وأسندت المحكمة إليهما التهمة، وأرسل إليه الوزير كتابا، وقال إليكم البيان. وزارت الينا المدينة، وشكر واليه الأهالي.',
  },
  {
    name: 'التى، الذى and the relative pronoun after a preposition',
    text: 'هذه هي الخطة التى أعلنها الوزير الذى تولى المنصب، وهي تختلف عن المقترح الذي سبقها وعن الورقة للتى قدمتها اللجنة.',
    findings: [{ covers: 'التى' }, { covers: 'الذى' }, { covers: 'للتى' }],
    fixed: 'هذه هي الخطة التي أعلنها الوزير الذي تولى المنصب، وهي تختلف عن المقترح الذي سبقها وعن الورقة للتي قدمتها اللجنة.',
  },
  {
    name: 'إنشاء الله, لاكن, ذالك and their proclitics',
    text: 'قال إنه سيعود إنشاء الله، ولاكن الموعد لم يحدد بعد، لذالك ينتظر الجميع، وكذالك الصحفيون.',
    findings: [
      { covers: 'إنشاء الله', messageId: 'misspelled' },
      { covers: 'ولاكن' },
      { covers: 'لذالك' },
      { covers: 'وكذالك' },
    ],
    fixed: 'قال إنه سيعود إن شاء الله، ولكن الموعد لم يحدد بعد، لذلك ينتظر الجميع، وكذلك الصحفيون.',
  },
  {
    name: 'اللذي، اللتي، هاؤلاء with their proclitics; the dual اللذان، اللتين is right',
    text: 'القرار اللذي أعلنه الوزير والخطة اللتي قدمتها اللجنة، وبهاؤلاء الخبراء، وباللذي سبقه، والرجلان اللذان وصلا والمرأتين اللتين غادرتا.',
    findings: [{ covers: 'اللذي' }, { covers: 'اللتي' }, { covers: 'وبهاؤلاء' }, { covers: 'وباللذي' }],
    fixed: 'القرار الذي أعلنه الوزير والخطة التي قدمتها اللجنة، وبهؤلاء الخبراء، وبالذي سبقه، والرجلان اللذان وصلا والمرأتين اللتين غادرتا.',
  },
  {
    name: 'a medial or final hamza on the wrong seat, or dropped, where no other word is written so',
    text: 'وتسائل مراقبون عن المسالة، وطرح الصحفي السوال عن قرائته للمشهد، ولم يتغير أي شيئ، وسط التسائل عن سبب التفائل، وبالمسالة ذاتها.',
    findings: [{ covers: 'وتسائل' }, { covers: 'المسالة' }, { covers: 'السوال' }, { covers: 'قرائته' }, { covers: 'شيئ' }, { covers: 'التسائل' }, { covers: 'التفائل' }, { covers: 'وبالمسالة' }],
    fixed: 'وتساءل مراقبون عن المسألة، وطرح الصحفي السؤال عن قراءته للمشهد، ولم يتغير أي شيء، وسط التساؤل عن سبب التفاؤل، وبالمسألة ذاتها.',
  },
  {
    name: 'the right spellings of those words, and a hamza before a suffix',
    text: 'وتساءل مراقبون عن المسألة، وطرح سؤالا عن قراءته، ولم يتغير شيء، ولم يقل شيئا، وسط التساؤل والتفاؤل.',
    findings: [],
  },
  {
    name: 'a listed name shaped like a verbal noun is a name (إيتمار بن غفير), and so is a place so shaped (إنديانا); a listed name that only folds like a misspelt word does not protect it (إتحاد)',
    text: 'قال الوزير إيتمار بن غفير إن الحكومة مستمرة، وأضاف إيتمار أن حزبه لن ينسحب، مؤكدا إستمرار العمل مع إتحاد الطلبة في إنديانا.',
    findings: [{ covers: 'إستمرار', messageId: 'wasl' }, { covers: 'إتحاد', messageId: 'wasl' }],
    fixed: 'قال الوزير إيتمار بن غفير إن الحكومة مستمرة، وأضاف إيتمار أن حزبه لن ينسحب، مؤكدا استمرار العمل مع اتحاد الطلبة في إنديانا.',
  },
  {
    name: 'شيء with its hamza on a seat (شئ) is fixed, with a preposition and the article too; شيء, شيئا and شئون are right',
    text: 'ولم يخرج الوسيط بشئ يذكر، وبقي الشئ الوحيد المؤكد أن شيئا لم يتغير، وأن لا شيء يقال في شئون الحرب.',
    findings: [{ covers: 'بشئ', messageId: 'misspelled' }, { covers: 'الشئ', messageId: 'misspelled' }],
    fixed: 'ولم يخرج الوسيط بشيء يذكر، وبقي الشيء الوحيد المؤكد أن شيئا لم يتغير، وأن لا شيء يقال في شئون الحرب.',
  },
  {
    name: 'حتى with a dotted ya is fixed; حتى, and علي that may be the name, are left',
    text: 'وتأخرت الرحلة حتي المساء، وانتظر الركاب حتى الفجر، وقال علي إن الموعد تغير وحتي الآن لا جديد.',
    findings: [{ covers: 'حتي', messageId: 'misspelled' }, { covers: 'وحتي', messageId: 'misspelled' }],
    fixed: 'وتأخرت الرحلة حتى المساء، وانتظر الركاب حتى الفجر، وقال علي إن الموعد تغير وحتى الآن لا جديد.',
  },
  {
    name: 'أرباح written bare is offered its hamza, and fixed where the article writes it with hamza',
    text: 'وأعلنت الشركة ارتفاع أرباحها الفصلية، فيما تراجع السهم بعمليات جني ارباح.',
    findings: [{ covers: 'ارباح' }],
    fixed: 'وأعلنت الشركة ارتفاع أرباحها الفصلية، فيما تراجع السهم بعمليات جني أرباح.',
  },
  {
    name: 'ال standing alone before a family\'s name is آل',
    text: 'توج الشيخ منصور بن زايد ال نهيان الفائزين بحضور الشيخ محمد ال الشيخ وال مكتوم.',
    findings: [{ covers: 'ال', nth: 1, messageId: 'misspelled' }, { covers: 'ال', nth: 4 }, { covers: 'وال' }],
    fixed: 'توج الشيخ منصور بن زايد آل نهيان الفائزين بحضور الشيخ محمد آل الشيخ وآل مكتوم.',
  },
  {
    name: 'ال alone before any other word may be the article itself, or cut off its word',
    text: 'وتدخل أداة التعريف ال على الأسماء، وكتب ال مشروع منفصلة خطأ.',
    findings: [],
  },
  {
    name: 'final ى where the word must end in ي',
    text: 'وهى لا تكفى لكى يبدأ المشروع، ولا أى مشروع آخر.',
    findings: [{ covers: 'وهى' }, { covers: 'لكى' }, { covers: 'أى' }],
    fixed: 'وهي لا تكفى لكي يبدأ المشروع، ولا أي مشروع آخر.',
  },
  {
    name: 'ى that is right: على، لدى، حتى، مستشفى; علي may be the name',
    text: 'حصل علي على موافقة لدى وصوله حتى المستشفى ومبنى الإدارة.',
    findings: [],
  },

  // Hamzat al-wasl in verbal nouns of derived verbs.
  {
    name: 'the past verbs of forms VII, VIII and X written with إ are fixed; written with a plain alef, and a form IV verb with إ-less أ, they are right',
    text: 'وإستمرت الجلسة ساعتين بعد أن إرتفعت الأصوات، ثم إنسحب النواب وإتفقوا على العودة. واستمر النقاش وارتفع التوتر، وأعلن الرئيس أن المجلس انتهى من القراءة.',
    findings: [
      { covers: 'وإستمرت', messageId: 'wasl' },
      { covers: 'إرتفعت', messageId: 'wasl' },
      { covers: 'إنسحب', messageId: 'wasl' },
      { covers: 'وإتفقوا', messageId: 'wasl' },
    ],
    fixed: 'واستمرت الجلسة ساعتين بعد أن ارتفعت الأصوات، ثم انسحب النواب واتفقوا على العودة. واستمر النقاش وارتفع التوتر، وأعلن الرئيس أن المجلس انتهى من القراءة.',
  },
  {
    name: 'the listed examples: forms VII, VIII, X and the doubled ت of اتفاق',
    text: 'بعد إجتماع مطول أعلن الحزب مقاطعة إنتخابات الربيع، وقدم رئيسه إستقالة مكتوبة، ورفض إتفاق الهدنة وطالب بإنسحاب القوات.',
    findings: [
      { covers: 'إجتماع', messageId: 'wasl' },
      { covers: 'إنتخابات', messageId: 'wasl' },
      { covers: 'إستقالة', messageId: 'wasl' },
      { covers: 'إتفاق', messageId: 'wasl' },
      { covers: 'بإنسحاب', messageId: 'wasl' },
    ],
    fixed: 'بعد اجتماع مطول أعلن الحزب مقاطعة انتخابات الربيع، وقدم رئيسه استقالة مكتوبة، ورفض اتفاق الهدنة وطالب بانسحاب القوات.',
  },
  {
    name: 'by pattern, with ال، لل، و and suffixes, not only the listed words',
    text: 'تأجلت الإنتخابات بسبب الإضطرابات، وأعلن وزير الإقتصاد للإعلاميين إستعداده للإستثمار وإستقالته بعد الإصطدام والإزدحام.',
    findings: [
      { covers: 'الإنتخابات' },
      { covers: 'الإضطرابات' },
      { covers: 'الإقتصاد' },
      { covers: 'إستعداده' },
      { covers: 'للإستثمار' },
      { covers: 'وإستقالته' },
      { covers: 'الإصطدام' },
      { covers: 'والإزدحام' },
    ],
    fixed: 'تأجلت الانتخابات بسبب الاضطرابات، وأعلن وزير الاقتصاد للإعلاميين استعداده للاستثمار واستقالته بعد الاصطدام والازدحام.',
  },
  {
    name: 'wasl nouns: ابن، اسم، اثنين، امرأة',
    text: 'وصل إبن الوزير يوم الإثنين مع إمرأة لم يذكر إسمها.',
    findings: [{ covers: 'إبن' }, { covers: 'الإثنين' }, { covers: 'إمرأة' }, { covers: 'إسمها' }],
    fixed: 'وصل ابن الوزير يوم الاثنين مع امرأة لم يذكر اسمها.',
  },
  {
    name: 'form IV verbal nouns take hamza: إنتاج، إنسان، إنذار، إنجاز، إنشاء، إتمام، إتاحة، إتقان',
    text: 'تحدث الوزير عن إنتاج النفط وحقوق الإنسان وإنذار الشركات وإنجاز المشروع وإنشاء الجسر وإتمام الصفقة وإتاحة البيانات وإتقان العمل.',
    findings: [],
  },
  {
    name: 'a foreign word written both ways, and the correct wasl spellings',
    text: 'ناقش الاجتماع الإستراتيجية الجديدة والاستراتيجية السابقة، وتلقت اللجنة استقالة بعد انتخابات واتفاق وانسحاب.',
    findings: [],
  },
  {
    name: 'the bare اتباع is both إتباع and اتّباع: not listed',
    text: 'دعا إلى إتباع القواعد.',
    findings: [],
  },

  // Bare alef: suggestions, or safe when the article writes the word with hamza.
  {
    name: 'bare alef is a suggestion when the article has no hamza form of the word',
    text: 'اكد المتحدث ان الافراد سيعودون الى منازلهم او يبقون.',
    findings: [
      { covers: 'اكد', messageId: 'bareAlef' },
      { covers: 'ان', messageId: 'anHamza' },
      { covers: 'الافراد', messageId: 'bareAlef' },
      { covers: 'الى', messageId: 'misspelled' },
      { covers: 'او', messageId: 'bareAlef' },
    ],
    fixed: 'اكد المتحدث ان الافراد سيعودون إلى منازلهم او يبقون.',
    suggested: 'أكد المتحدث أن الأفراد سيعودون إلى منازلهم أو يبقون.',
  },
  {
    name: 'the dual and plural of the verbs of reporting need their hamza too',
    text: 'وكان الناديان قد ابديا اهتماما بضم اللاعب، واكدا أنهما سيقدمان عرضا، فيما ابدوا هم تحفظا.',
    findings: [
      { covers: 'ابديا', messageId: 'bareAlef' },
      { covers: 'واكدا', messageId: 'bareAlef' },
      { covers: 'ابدوا', messageId: 'bareAlef' },
    ],
    suggested: 'وكان الناديان قد أبديا اهتماما بضم اللاعب، وأكدا أنهما سيقدمان عرضا، فيما أبدوا هم تحفظا.',
  },
  {
    name: 'bare alef is fixed when the article writes the same word with hamza, with clitics or without',
    text: 'وأكد الوزير أن الأطفال بخير.\nثم اكد المتحدث أن عدد الاطفال ارتفع.',
    findings: [
      { covers: 'اكد', messageId: 'bareAlefInArticle', related: ['وأكد'] },
      { covers: 'الاطفال', messageId: 'bareAlefInArticle', related: ['الأطفال'] },
    ],
    fixed: 'وأكد الوزير أن الأطفال بخير.\nثم أكد المتحدث أن عدد الأطفال ارتفع.',
  },
  {
    name: 'words right without hamza, and forms that are other words: واحد، لامس، لازمة، باول، الله',
    text: 'اجتمع واحد من المسؤولين مع باول، وقال إن السعر لامس حدا جديدا وإن الخطوة لازمة بإذن الله.',
    findings: [],
  },

  // أن/إن by context: always a suggestion.
  {
    name: 'ان after قال and at the start of a quotation is إن, after other verbs أن',
    text: 'وقال الوزير ان الحكومة مستعدة، وأضاف: «انه يوم مهم»، وأعلن انها ستوقع، لانه يوم الحسم.',
    findings: [
      { covers: 'ان' },
      { covers: 'انه', nth: 0 },
      { covers: 'انها' },
      { covers: 'لانه', messageId: 'bareAlef' },
    ],
    suggested: 'وقال الوزير إن الحكومة مستعدة، وأضاف: «إنه يوم مهم»، وأعلن أنها ستوقع، لأنه يوم الحسم.',
  },
  {
    name: 'أكد takes أن, and a verb after قال … إن starts a clause of its own',
    text: 'قال المتحدث إن الحكومة قررت ان تنسحب، وأكد وزير الدفاع ان القوات جاهزة، وقال إنه يريد ان يطمئن الناس.',
    findings: [{ covers: 'ان' }, { covers: 'ان', nth: 1 }, { covers: 'ان', nth: 2 }],
    suggested: 'قال المتحدث إن الحكومة قررت أن تنسحب، وأكد وزير الدفاع أن القوات جاهزة، وقال إنه يريد أن يطمئن الناس.',
  },
  {
    name: 'وان coordinates a clause with the أن or إن before it and takes its hamza; with a pronoun and no such clause, أن is likelier',
    text: 'وقال المحامي إن الحكم قاس، وان موكله سيطعن فيه. وأكد الوزير أن الاتفاق قريب، وانه سيوقع قريبا. ويعتقد الخبراء وانهم واثقون.',
    findings: [
      { covers: 'وان', messageId: 'anHamza' },
      { covers: 'وانه', messageId: 'anHamza' },
      { covers: 'وانهم', messageId: 'anHamza' },
    ],
    suggested: 'وقال المحامي إن الحكم قاس، وإن موكله سيطعن فيه. وأكد الوزير أن الاتفاق قريب، وأنه سيوقع قريبا. ويعتقد الخبراء وأنهم واثقون.',
  },
  {
    name: 'clean: وان alone with no clause before it, or after a place\'s noun, is a name (بحيرة وان، ولاية وان), and فان is a Dutch name\'s (فان دايك)',
    text: 'وزار الوفد بحيرة وان شرق تركيا، وسجل فان دايك هدفا. وأكد المسؤول أن الزلزال ضرب ولاية وان.',
    findings: [],
  },
  {
    name: 'قال with a subject of three words',
    text: 'وقال مسؤول في اللجنة ان الموعد ثابت.',
    findings: [{ covers: 'ان' }],
    suggested: 'وقال مسؤول في اللجنة إن الموعد ثابت.',
  },
  {
    name: 'قال with a subject of a title, its office and a name: five words',
    text: 'وقال وزير النقل خالد الحسيني ان الخطة جاهزة، وقال وزير الخارجية الأردني أيمن الصفدي أن المحادثات مثمرة.',
    findings: [{ covers: 'ان', messageId: 'anHamza' }, { covers: 'أن', messageId: 'annaAfterSaying' }],
    suggested: 'وقال وزير النقل خالد الحسيني إن الخطة جاهزة، وقال وزير الخارجية الأردني أيمن الصفدي إن المحادثات مثمرة.',
  },
  {
    name: 'ان opening a sentence is إن, and في آن واحد is left alone',
    text: 'ان الاتفاق صامد. وصلوا في ان واحد.',
    findings: [{ covers: 'ان' }],
    suggested: 'إن الاتفاق صامد. وصلوا في ان واحد.',
  },
  {
    name: 'ان شاء الله is إن',
    text: 'سيعود الوفد غدا ان شاء الله.',
    findings: [{ covers: 'ان' }],
    suggested: 'سيعود الوفد غدا إن شاء الله.',
  },
  {
    name: 'a bare alef whose hamza is ambiguous is not listed: امام (أمام/إمام), امين, امن, اثر, اما',
    text: 'وقف امام المسجد امين الصندوق، وقال إن امن المدينة مستقر، ورحل اثر الحادث، اما الوفد فبقي.',
    findings: [],
  },

  {
    name: 'a Persian sentence is not checked',
    text: 'او گفت که این برنامه ادامه دارد.',
    findings: [],
  },
  {
    name: 'harakat inside the word are kept',
    text: 'حضر إِجتماعَ اللجنة.',
    findings: [{ covers: 'إِجتماعَ' }],
    fixed: 'حضر اِجتماعَ اللجنة.',
  },
  {
    name: 'CRLF and BOM keep positions on the original text',
    text: '\uFEFFالعنوان\r\nوصل الوفد الى القاهرة.\r\n',
    findings: [{ covers: 'الى' }],
    fixed: '\uFEFFالعنوان\r\nوصل الوفد إلى القاهرة.\r\n',
  },
  {
    name: 'a dropped medial hamza (تاجيل، التاكيد)، a present verb in ى with no passive (يكفى، تأتى): fixed; the bare أنشأ and الأودية offered',
    text: 'وقررت اللجنة تاجيل الاجتماع مع التاكيد على الموعد، وقال إن المبلغ لا يكفى وإن الأمطار تأتى متأخرة والقرى تعانى، وإن الوزارة انشأت سدودا في الاودية.',
    findings: [
      { covers: 'تاجيل', messageId: 'misspelled' },
      { covers: 'التاكيد', messageId: 'misspelled' },
      { covers: 'يكفى', messageId: 'finalYa' },
      { covers: 'تأتى', messageId: 'finalYa' },
      { covers: 'تعانى', messageId: 'finalYa' },
      { covers: 'انشأت', messageId: 'bareAlef' },
      { covers: 'الاودية', messageId: 'bareAlef' },
    ],
    fixed: 'وقررت اللجنة تأجيل الاجتماع مع التأكيد على الموعد، وقال إن المبلغ لا يكفي وإن الأمطار تأتي متأخرة والقرى تعاني، وإن الوزارة انشأت سدودا في الاودية.',
    suggested: 'وقررت اللجنة تأجيل الاجتماع مع التأكيد على الموعد، وقال إن المبلغ لا يكفي وإن الأمطار تأتي متأخرة والقرى تعاني، وإن الوزارة أنشأت سدودا في الأودية.',
  },
  {
    name: 'the bare انهى is offered its hamza',
    text: 'وانهى اللاعب مسيرته بعد عشرين عاما في الملاعب.',
    findings: [{ covers: 'وانهى', messageId: 'bareAlef' }],
    suggested: 'وأنهى اللاعب مسيرته بعد عشرين عاما في الملاعب.',
  },
  {
    name: 'clean: a passive in ى (يُجرى، يعنى) and words that hold تا',
    text: 'وقال إن التحقيق يجرى حاليا، وإن المركز يعنى بالتراث، وإن تامر زار تايوان.',
    findings: [],
  },
  {
    name: 'اخر may be the verb أخّر: آخر is offered, not written, even where the article writes it elsewhere',
    text: 'وأعلنت البلدية آخر موعد للتسجيل. وقال إن المقاول اخر تسليم الجسر شهرين.',
    findings: [{ covers: 'اخر', nth: 0, messageId: 'bareAlefInArticle' }],
    suggested: 'وأعلنت البلدية آخر موعد للتسجيل. وقال إن المقاول آخر تسليم الجسر شهرين.',
  },
  {
    name: 'a handle in Arabic letters is an account\'s name, kept as written like a hashtag',
    text: 'وكتب حساب @غزه_الان أن القصف مستمر، ونشر الوسم #غزه_الان المقطع.',
    findings: [],
  },
  {
    name: 'the name of God is never written in ة: اللة، واللة، باللة',
    text: 'وقال الداعية عبد اللة الكتاني إن الاستعانة باللة واجبة، واللة المستعان.',
    findings: [
      { covers: 'اللة', messageId: 'misspelled' },
      { covers: 'باللة', messageId: 'misspelled' },
      { covers: 'واللة', messageId: 'misspelled' },
    ],
    fixed: 'وقال الداعية عبد الله الكتاني إن الاستعانة بالله واجبة، والله المستعان.',
  },
  {
    name: 'clean: the name of God and words that end in لة',
    text: 'وقال الداعية عبد الله الكتاني إن الحمد لله، والله المستعان، وإن الدولة والقبلة والرحلة بخير.',
    findings: [],
  },
  {
    name: 'a Quran verse in ornate brackets is quoted to the letter, in its own script',
    text: 'وختم الكاتب مقاله بقوله تعالى: ﴿ٱدْفَعْ بِٱلَّتِى هِىَ أَحْسَنُ﴾ وبقوله ﴿بالتى هى أحسن﴾، وكتب هى في ختام المقال.',
    findings: [{ covers: 'هى', nth: 1, messageId: 'finalYa' }],
    fixed: 'وختم الكاتب مقاله بقوله تعالى: ﴿ٱدْفَعْ بِٱلَّتِى هِىَ أَحْسَنُ﴾ وبقوله ﴿بالتى هى أحسن﴾، وكتب هي في ختام المقال.',
  },
]);
