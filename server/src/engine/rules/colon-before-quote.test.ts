import { testRule } from '../testing/rule-tester';
import rule from './colon-before-quote';

testRule(rule, [
  {
    text: 'وقال المتحدث إن الاجتماع انتهى، وأضاف «سنواصل الحوار».',
    findings: [{ covers: 'وأضاف', messageId: 'missingColon' }],
    fixed: 'وقال المتحدث إن الاجتماع انتهى، وأضاف: «سنواصل الحوار».',
  },
  {
    name: 'inflections, hamza-less spelling and every quotation style',
    text: 'قالت «لن نتراجع». وأكدوا “نحن مستعدون”. واكد "الأمر محسوم"، وتقول ”لا شيء تغير“. ويضيف «هذا ما لدينا».',
    findings: [{ covers: 'قالت' }, { covers: 'وأكدوا' }, { covers: 'واكد' }, { covers: 'وتقول' }, { covers: 'ويضيف' }],
    fixed: 'قالت: «لن نتراجع». وأكدوا: “نحن مستعدون”. واكد: "الأمر محسوم"، وتقول: ”لا شيء تغير“. ويضيف: «هذا ما لدينا».',
  },
  {
    name: 'with harakat on the verb; the quotation may end the paragraph',
    text: 'وقالَ «الوضع تحت السيطرة»',
    findings: [{ covers: 'وقالَ' }],
    fixed: 'وقالَ: «الوضع تحت السيطرة»',
  },
  {
    name: 'the participle قائلا, قائلة, قائلين introduces the quotation like the verb',
    text: 'وغرد ماسك قائلاً "المستقبل مشرق". وردت الوزيرة قائلة «لا تعليق لدينا». وهتف المحتجون قائلين “نريد العدالة”.',
    findings: [{ covers: 'قائلاً' }, { covers: 'قائلة' }, { covers: 'قائلين' }],
    fixed: 'وغرد ماسك قائلاً: "المستقبل مشرق". وردت الوزيرة قائلة: «لا تعليق لدينا». وهتف المحتجون قائلين: “نريد العدالة”.',
  },
  {
    name: 'قائلا with a colon already, or with the words said indirectly',
    text: 'وغرد ماسك قائلا: "المستقبل مشرق". وردت الوزيرة قائلة إن «الأمر لا يستحق التعليق».',
    findings: [],
  },
  {
    name: 'already with a colon',
    text: 'وقال: «سنواصل الحوار»، وأضاف: «لا عودة إلى الوراء».',
    findings: [],
  },
  {
    name: 'indirect speech: something between the verb and the quotation',
    text: 'وقال الوزير إن «الحكومة ماضية في الإصلاح»، وأضاف أن «الأزمة عابرة».',
    findings: [],
  },
  {
    name: 'a verb that reports the gist of speech through a particle (أشار إلى) asks for no colon: before a quotation it has other senses',
    text: 'وحضر المخرج الحفل ورأى «العرض الأول». وفي المهرجان لفت «الأنظار».',
    findings: [],
  },
  {
    name: 'a quoted name or term is not speech',
    text: 'وقالت «حماس» إنها تدرس المقترح، وأعلن «حالة الطوارئ» في المدينة، وذكر «الاتفاق» مرتين في خطابه.',
    findings: [],
  },
  {
    name: 'a full stop inside the closing mark ends the sentence there: the quotation is the whole complement, though the next sentence follows it',
    text: 'وختم الوزير كلمته، وقال «سنواصل الحوار مع جميع الأطراف.» وغادر القاعة بعد ذلك.',
    findings: [{ covers: 'وقال' }],
    fixed: 'وختم الوزير كلمته، وقال: «سنواصل الحوار مع جميع الأطراف.» وغادر القاعة بعد ذلك.',
  },
  {
    name: 'a question mark or an ellipsis inside the closing mark does not end the complement: a quoted title may end with one',
    text: 'وكتب «من يحكم العالم؟» عام 2010 قبل أن يتفرغ للتدريس. وقال «سنواصل الحوار...» ثلاث مرات في كلمته.',
    findings: [],
  },
  {
    name: 'not a verb of saying',
    text: 'وزار «المتحف الوطني». وشاهد «عرضا مسرحيا».',
    findings: [],
  },
  {
    name: 'an unclosed quotation is the quote rules’ business',
    text: 'وقال «سنواصل الحوار.',
    findings: [],
  },
  {
    name: 'a word that merely contains a verb of saying',
    text: 'ونشر الكاتب مقال «الأزمة»، ثم نقال «الحل».',
    findings: [],
  },
]);
