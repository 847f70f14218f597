import { testRule } from '../testing/rule-tester';
import rule from './persian-letters';

testRule(rule, [
  {
    name: 'a Persian quotation inside an Arabic sentence is left as written; a Persian-typed word outside it is fixed',
    text: 'وكتب الوزير على منصة إكس بالفارسية: «ما تحت فشار مذاکره نمی\u200cکنیم»، وأکد المتحدث ذلك.',
    findings: [{ covers: 'وأکد' }],
    fixed: 'وكتب الوزير على منصة إكس بالفارسية: «ما تحت فشار مذاکره نمی\u200cکنیم»، وأكد المتحدث ذلك.',
  },
  {
    name: 'a quotation whose words are all in ی among Arabic ي and ك is Persian pasted in; one Persian-typed word in quotation marks is not',
    text: 'ونشرت وكالة «ایسنا» الإيرانية خبرا بعنوان «دیدار وزیر خارجه با همتای عمانی» أي لقاء وزير الخارجية بنظيره العماني.\nونشرت وكالة «ایرنا» خبرا بعنوان «سفر رئیس جمهور به نیویورک».',
    findings: [{ covers: 'ایسنا' }, { covers: 'ایرنا' }],
    fixed: 'ونشرت وكالة «ايسنا» الإيرانية خبرا بعنوان «دیدار وزیر خارجه با همتای عمانی» أي لقاء وزير الخارجية بنظيره العماني.\nونشرت وكالة «ايرنا» خبرا بعنوان «سفر رئیس جمهور به نیویورک».',
  },
  {
    name: 'a word joined by a non-joiner is in Persian spelling: the letter swap is only offered',
    text: 'وقال آیت\u200cالله خامنه\u200cای إن الحكومة تحظى بدعمه، وزار مدینة قم.',
    findings: [{ covers: 'آیت' }, { covers: 'ای' }, { covers: 'مدینة' }],
    fixed: 'وقال آیت\u200cالله خامنه\u200cای إن الحكومة تحظى بدعمه، وزار مدينة قم.',
    suggested: 'وقال آيت\u200cالله خامنه\u200cاي إن الحكومة تحظى بدعمه، وزار مدينة قم.',
  },
  {
    name: 'medial ی is ي, and a listed final ی is ى',
    text: 'وصل الوفد إلی المدینة بعد رحلة طویلة.',
    findings: [
      { covers: 'إلی', messageId: 'persian' },
      { covers: 'المدینة' },
      { covers: 'طویلة' },
    ],
    fixed: 'وصل الوفد إلى المدينة بعد رحلة طويلة.',
  },
  {
    name: 'ک is ك anywhere, ھ is ه',
    text: 'قالت الحکومة إن ھذا القرار یخصك ولک أن ترفضه.',
    findings: [{ covers: 'الحکومة' }, { covers: 'ھذا' }, { covers: 'یخصك' }, { covers: 'ولک' }],
    fixed: 'قالت الحكومة إن هذا القرار يخصك ولك أن ترفضه.',
  },
  {
    name: 'listed words ending in ي: في، التي، الذي، هي',
    text: 'أعلنت الوزارة فی بیان الخطة التی أقرها المجلس الذی اجتمع أمس، وهی خطة عاجلة.',
    findings: [{ covers: 'فی' }, { covers: 'بیان' }, { covers: 'التی' }, { covers: 'الذی' }, { covers: 'وهی' }],
    fixed: 'أعلنت الوزارة في بيان الخطة التي أقرها المجلس الذي اجتمع أمس، وهي خطة عاجلة.',
  },
  {
    name: 'listed words ending in ى, with their clitics',
    text: 'نُقل الجرحى حتی المستشفی وإلی مستشفیات أخری، ولدی الوزارة خطة کبری.',
    findings: [
      { covers: 'حتی' },
      { covers: 'المستشفی' },
      { covers: 'وإلی' },
      { covers: 'مستشفیات' },
      { covers: 'أخری' },
      { covers: 'ولدی' },
      { covers: 'کبری' },
    ],
    fixed: 'نُقل الجرحى حتى المستشفى وإلى مستشفيات أخرى، ولدى الوزارة خطة كبرى.',
  },
  {
    name: 'a final ی in a word not on the lists: both fixes, as suggestions',
    text: 'قال المسؤول المصری إن الاتفاق نهائی.',
    findings: [
      { covers: 'المصری', messageId: 'ambiguousFinal' },
      { covers: 'نهائی', messageId: 'ambiguousFinal' },
    ],
    suggested: 'قال المسؤول المصري إن الاتفاق نهائي.',
  },
  {
    name: 'a final ی in a word not on the lists that the article writes one way elsewhere is respelled so; both ways, it stays open',
    text: 'قال وزير البيئة اللبنانی إن الحرائق تحت السيطرة. وأكد الوزير اللبناني أن الفرق تعمل. وقال نظيره المصری إن بلاده سترسل طائرات، وكتب الموقع الأول المصري، والثاني المصرى.',
    findings: [
      { covers: 'اللبنانی', messageId: 'persian' },
      { covers: 'المصری', messageId: 'ambiguousFinal' },
    ],
    fixed: 'قال وزير البيئة اللبناني إن الحرائق تحت السيطرة. وأكد الوزير اللبناني أن الفرق تعمل. وقال نظيره المصری إن بلاده سترسل طائرات، وكتب الموقع الأول المصري، والثاني المصرى.',
  },
  {
    name: 'علی may be على or the name علي',
    text: 'حصل علی موافقة.',
    findings: [{ covers: 'علی', messageId: 'ambiguousFinal' }],
    suggested: 'حصل علي موافقة.',
  },
  {
    name: 'Persian sentences are left alone: function words, a function word and a word joined in Persian spelling, or letters Arabic does not use',
    text: 'وقال المتحدث: «من این کتاب را خواندم». ورفع المحتجون لافتة کتب علیها «مرگ بر دیکتاتور». وكتب ظريف على حسابه بالفارسية: ایران قوی است و تسلیم نمی\u200cشود.',
    findings: [],
  },
  {
    name: 'an Arabic sentence that names someone in Persian spelling is Arabic: its Persian-typed words are fixed, the name is left',
    text: 'وقال الرئیس الإيراني مسعود پزشکیان إن الحکومة ستدرس العرض.',
    findings: [{ covers: 'الرئیس' }, { covers: 'الحکومة' }],
    fixed: 'وقال الرئيس الإيراني مسعود پزشکیان إن الحكومة ستدرس العرض.',
  },
  {
    name: 'a Kurdish place name in an Arabic sentence is left; the Arabic words around it are fixed',
    text: 'وقالت مصادر محلیة إن القصف طال قرى فی قضاء ڕانیە شمال السليمانية.',
    findings: [{ covers: 'محلیة' }, { covers: 'فی' }],
    fixed: 'وقالت مصادر محلية إن القصف طال قرى في قضاء ڕانیە شمال السليمانية.',
  },
  {
    name: 'clean: the same sentences typed with Arabic letters around the name',
    text: 'وقال الرئيس الإيراني مسعود پزشکیان إن الحكومة ستدرس العرض.\nوقالت مصادر محلية إن القصف طال قرى في قضاء ڕانیە شمال السليمانية.',
    findings: [],
  },
  {
    name: 'a Persian clause unquoted in an Arabic sentence outnumbers its Arabic signs; Kurdish and Urdu sentences have none',
    text: 'وكتب وزير الخارجية على منصة إكس بالفارسية: ایران گام به گام پیش می\u200cرود.\nسەرۆکی هەرێمی کوردستان گەیشتە بەغدا.\nوزیر اعظم نے کہا کہ حکومت مذاکرات کے لیے تیار ہے۔',
    findings: [],
  },
  {
    name: 'ە and ۀ are not flagged',
    text: 'نقلت الصحيفة عنوانا كرديا فيه كلمة ئەو وكلمة خانۀ الفارسية.',
    findings: [],
  },
  {
    name: 'harakat on the letters are kept',
    text: 'سَلَّمَ عَلَیْهِ.',
    findings: [{ covers: 'عَلَیْهِ' }],
    fixed: 'سَلَّمَ عَلَيْهِ.',
  },
  {
    name: 'a word in ى whose twin in ي is as common (رأی، مبنی، معنی) is offered both ways; one without (مستوی) is fixed',
    text: 'وفي رأی الخبراء أن القرار مبنی على التوصيات، وأنه معنی بالقضية، وأن المستوی مرتفع.',
    findings: [
      { covers: 'رأی', messageId: 'ambiguousFinal' },
      { covers: 'مبنی', messageId: 'ambiguousFinal' },
      { covers: 'معنی', messageId: 'ambiguousFinal' },
      { covers: 'المستوی', messageId: 'persian' },
    ],
    fixed: 'وفي رأی الخبراء أن القرار مبنی على التوصيات، وأنه معنی بالقضية، وأن المستوى مرتفع.',
    suggested: 'وفي رأي الخبراء أن القرار مبني على التوصيات، وأنه معني بالقضية، وأن المستوى مرتفع.',
  },
  {
    name: 'CRLF and BOM keep positions on the original text',
    text: '\uFEFFالعنوان\r\nوصل الوفد إلی المدینة.\r\n',
    findings: [{ covers: 'إلی' }, { covers: 'المدینة' }],
    fixed: '\uFEFFالعنوان\r\nوصل الوفد إلى المدينة.\r\n',
  },
]);
