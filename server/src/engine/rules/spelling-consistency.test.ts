import { testRule } from '../testing/rule-tester';
import rule from './spelling-consistency';

testRule(rule, [
  {
    name: 'the hamza seat: the minority form, with the first majority occurrence as related information',
    text: 'قال مسؤول في الوزارة إن الخطة جاهزة، وأكد مسؤول آخر ذلك، بينما نفى مسئول ثالث الخبر.',
    findings: [{ covers: 'مسئول', messageId: 'inconsistent', related: ['مسؤول'] }],
    fixed: 'قال مسؤول في الوزارة إن الخطة جاهزة، وأكد مسؤول آخر ذلك، بينما نفى مسؤول ثالث الخبر.',
  },
  {
    name: 'one word with and without proclitics: المسؤول، ومسئول، للمسؤول',
    text: 'التقى المسؤول بالصحفيين.\nوقال مسؤول ومسئول آخر إن الرسالة وصلت للمسؤول.',
    findings: [{ covers: 'ومسئول', related: ['المسؤول'] }],
    fixed: 'التقى المسؤول بالصحفيين.\nوقال مسؤول ومسؤول آخر إن الرسالة وصلت للمسؤول.',
  },
  {
    name: 'ties go to the form used first',
    text: 'تتولى الإدارة شئون الموظفين وشؤون المالية.',
    findings: [{ covers: 'وشؤون', related: ['شئون'] }],
    fixed: 'تتولى الإدارة شئون الموظفين وشئون المالية.',
  },
  {
    name: 'final ة/ه on a definite word, with an indefinite ة in the majority',
    text: 'قالت الهيئة إن هيئة المحلفين ستجتمع، وأضافت الهيئه أن الموعد لم يتحدد.',
    findings: [{ covers: 'الهيئه', related: ['الهيئة'] }],
    fixed: 'قالت الهيئة إن هيئة المحلفين ستجتمع، وأضافت الهيئة أن الموعد لم يتحدد.',
  },
  {
    name: 'final ى/ي on a definite word',
    text: 'جرى ذلك في العام الثاني من الولاية، ثم في العام الثانى أعلن الحزب الفائز في الدور الثاني.',
    findings: [{ covers: 'الثانى', related: ['الثاني'] }],
    fixed: 'جرى ذلك في العام الثاني من الولاية، ثم في العام الثاني أعلن الحزب الفائز في الدور الثاني.',
  },
  {
    name: 'a tie between final ي and ى goes to ي, unless the word ends in ى',
    text: 'تناول الاجتماع الوضع الدولى والتعاون الدولي، وبحث المرحلة الكبرى والقضايا الكبري.',
    findings: [{ covers: 'الدولى' }, { covers: 'الكبري' }],
    fixed: 'تناول الاجتماع الوضع الدولي والتعاون الدولي، وبحث المرحلة الكبرى والقضايا الكبرى.',
  },
  {
    name: 'a misspelled majority does not turn an indefinite ة into ه (it may be a pronoun elsewhere)',
    text: 'أعلنت الهيئه نتائجها، وقالت الهيئه إن هيئة أخرى ستراجعها.',
    findings: [],
  },
  {
    name: 'different words with the same letters: حملة/حمله، على/علي، لدى/لدي',
    text: 'قاد الحزب حملة واسعة ثم حمله أنصاره على الأكتاف، وقال علي إن لدى الحزب خطة، وقال: «لدي أمل».',
    findings: [],
  },
  {
    name: 'harakat are ignored: عَلَم and عِلم are one spelling',
    text: 'رفع المتظاهرون عَلَم البلاد، وقالوا إن عِلم الحكومة بالأمر مؤكد، ورفعوا العلم مرة أخرى.',
    findings: [],
  },
  {
    name: 'the alef is not folded: أمن/آمن/امن, أن/إن, أثر/إثر',
    text: 'أكد أن أمن الحدود مستقر، وقال إن الوزير آمن بالفكرة وامن، وغادر إثر الاجتماع دون أثر.',
    findings: [],
  },
  {
    name: 'definite pairs that are different words: المعنى/المعني، المدعي/المدعى، القوى/القوي، الأولى/الأولي، الأسرى/الأسري',
    text: 'أكد الطرف المعني بهذا المعنى، وطلب المدعي العام من المدعى عليه الحضور، وتحدث عن القوى الكبرى والرجل القوي، وعن الجولة الأولى والتقرير الأولي، وعن الأسرى والعنف الأسري.',
    findings: [],
  },
  {
    name: 'bare alef for hamza is left to the hamza rule: الى/إلى',
    text: 'وصل الوفد الى القاهرة ثم إلى الإسكندرية ثم إلى أسوان.',
    findings: [],
  },
  {
    name: 'names are left to name-consistency: a surname from the name list',
    text: 'قال رئيس الوزراء محمد شياع السوداني إن الحكومة مستعدة، وأضاف السوداني أن الموعد ثابت، ثم ختم السودانى كلمته.',
    findings: [],
  },
  {
    name: 'a Persian sentence is not compared',
    text: 'قال المسؤول إن الخطة جاهزة، وأكد المسؤول ذلك. او گفت که مسئول این کار است.',
    findings: [],
  },
  {
    name: 'CRLF and BOM keep positions on the original text',
    text: '\uFEFFالعنوان\r\nقال مسؤول إن الخطة جاهزة.\r\nوأكد مسؤول آخر ذلك، ونفى مسئول ثالث الخبر.\r\n',
    findings: [{ covers: 'مسئول', related: ['مسؤول'] }],
    fixed: '\uFEFFالعنوان\r\nقال مسؤول إن الخطة جاهزة.\r\nوأكد مسؤول آخر ذلك، ونفى مسؤول ثالث الخبر.\r\n',
  },
]);
