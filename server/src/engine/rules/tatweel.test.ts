import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../lint';
import { resolveConfig } from '../config';
import { testRule } from '../testing/rule-tester';
import rule from './tatweel';

testRule(rule, [
  {
    name: 'a word split across the halves of a verse keeps the tatweel that marks the split',
    text: 'واستشهد الكاتب بقول المعري: كذب الظن لا إمام سوى العقـ ... ـل مشيرا في صبحه والمساء، وأعلنت الحكومـــة خطتها.',
    findings: [{ covers: 'ـــ' }],
    fixed: 'واستشهد الكاتب بقول المعري: كذب الظن لا إمام سوى العقـ ... ـل مشيرا في صبحه والمساء، وأعلنت الحكومة خطتها.',
  },
  {
    text: 'أعلنت الحكومـــة عن خطة جديدة.',
    findings: [{ covers: 'ـــ', messageId: 'decorative' }],
    fixed: 'أعلنت الحكومة عن خطة جديدة.',
  },
  {
    name: 'at the end of a word and on a proclitic joined to an Arabic word',
    text: 'قال الوزيـر إن الاجتماع بـالأمس كان مثمرا.',
    findings: [{ covers: 'ـ' }, { covers: 'ـ', nth: 1 }],
    fixed: 'قال الوزير إن الاجتماع بالأمس كان مثمرا.',
  },
  {
    name: 'at the start of a word it is stray; between spaces it stands for a dash',
    text: 'قال المتحدث إن ـالقرار نهائي، وإن الاجتماع ـ الذي عقد أمس ـ كان مثمرا.',
    findings: [{ covers: 'ـ' }],
    fixed: 'قال المتحدث إن القرار نهائي، وإن الاجتماع ـ الذي عقد أمس ـ كان مثمرا.',
  },
  {
    name: 'a proclitic joined to a number, a quotation, a Latin word or a percentage is correct',
    text: 'استقبل المستشفى بـ25 طبيبا، وقال لـ«الوكالة» إن الأسعار ارتفعت وبـ2% فقط، ونقل كـ"نموذج" عن لـCNN.',
    findings: [],
  },
  {
    name: 'the article joined to a number, a Latin word or a quotation is correct, alone or after a proclitic',
    text: 'وبدأت قمة مجموعة الـ20 أعمالها، فيما نقلت الـBBC تفاصيلها، وقال والـ20 وبالـ20 وللـBBC والـ«ميثاق» كلها صحيحة.',
    findings: [],
  },
  {
    name: 'the article joined to an Arabic word is decoration',
    text: 'أعلنت الـحكومة ووزارة الـمالية عن خطة للـتنمية.',
    findings: [{ covers: 'ـ' }, { covers: 'ـ', nth: 1 }, { covers: 'ـ', nth: 2 }],
    fixed: 'أعلنت الحكومة ووزارة المالية عن خطة للتنمية.',
  },
  {
    name: 'the hijri abbreviation',
    text: 'ولد في عام 1380 هـ في المدينة.',
    findings: [],
  },
  {
    name: 'the volume and page abbreviations before a number keep their tatweel; one inside a word does not',
    text: 'رواه البخاري (جـ2، صـ45) في عام 256هـ، وقال الجـمهور إن السند صحيح.',
    findings: [{ covers: 'ـ', nth: 3 }],
    fixed: 'رواه البخاري (جـ2، صـ45) في عام 256هـ، وقال الجمهور إن السند صحيح.',
  },
  {
    name: 'a letter shown in its shape with its tatweel stays; a tatweel inside a word goes',
    text: 'تكتب الهاء في وسط الكلمة هكذا: ـهـ، وفي آخرها هكذا: ـه، وكتب الطالب الكلـمة.',
    findings: [{ covers: 'ـ', nth: 3 }],
    fixed: 'تكتب الهاء في وسط الكلمة هكذا: ـهـ، وفي آخرها هكذا: ـه، وكتب الطالب الكلمة.',
  },
  {
    name: 'a tatweel seating the superscript alef, the maddah or a hamza is the Quran\'s spelling; a decorative one beside it goes',
    text: 'وقرأ الإمام ٱلرَّحْمَـٰنِ ويَـٰٓأَيُّهَا ٱلنَّاسُ ولَا تُشْرِكُوا۟ بِهِۦ شَيْـًٔا في صلاة الجمعـة.',
    findings: [{ covers: 'ـ', nth: 3 }],
    fixed: 'وقرأ الإمام ٱلرَّحْمَـٰنِ ويَـٰٓأَيُّهَا ٱلنَّاسُ ولَا تُشْرِكُوا۟ بِهِۦ شَيْـًٔا في صلاة الجمعة.',
  },
  {
    name: 'a Quran verse quoted in ornate brackets or after قال تعالى is kept to the letter; a tatweel outside it goes',
    text: 'وتلا الخطيب: ﴿وَقُل رَّبِّ زِدْنِـي عِلْمًا﴾، وقال تعالى: «إِنَّ مَعَ الْعُسْـرِ يُسْرًا»، ثم ختم الخطبـة.',
    findings: [{ covers: 'ـ', nth: 2 }],
    fixed: 'وتلا الخطيب: ﴿وَقُل رَّبِّ زِدْنِـي عِلْمًا﴾، وقال تعالى: «إِنَّ مَعَ الْعُسْـرِ يُسْرًا»، ثم ختم الخطبة.',
  },
  {
    name: 'clean twin: the same words in a quotation no verse formula introduces are prose, and their tatweel goes',
    text: 'وكتب المعلم على السبورة: «زِدْنِـي عِلْمًا»، ثم ختم الدرس.',
    findings: [{ covers: 'ـ' }],
    fixed: 'وكتب المعلم على السبورة: «زِدْنِي عِلْمًا»، ثم ختم الدرس.',
  },
  {
    name: 'a proclitic joined to an abbreviation parted by dots keeps its tatweel, as before a quotation',
    text: 'وقال مصدر أمني لـأ.ف.ب إن الوفد وصل، فيما قال متحدث آخر لـ«أ.ف.ب» ووفقا لـو.م.ع فإن الملك استقبله.',
    findings: [],
  },
  {
    name: 'clean twin: a proclitic joined to a whole word by a tatweel is decoration, before an agency\'s name or not',
    text: 'وقال مصدر أمني لـوكالة الأنباء إن الوفد وصل، وأكد ذلك بـالأمس.',
    findings: [{ covers: 'ـ' }, { covers: 'ـ', nth: 1 }],
    fixed: 'وقال مصدر أمني لوكالة الأنباء إن الوفد وصل، وأكد ذلك بالأمس.',
  },
  {
    name: 'CRLF and BOM keep positions on the original text',
    text: '\uFEFFالعنوان\r\nأعلنت الحكومـــة عن خطة.\r\n',
    findings: [{ covers: 'ـــ' }],
    fixed: '\uFEFFالعنوان\r\nأعلنت الحكومة عن خطة.\r\n',
  },
  {
    name: 'a word with harakat: its marks are part of it, and a vowelled proclitic before a number keeps its tatweel',
    text: 'قال مُحافظـــة المدينة إن الحُكومـــة خصصت بِـ25 مليونا للمشروع.',
    findings: [{ covers: 'ـــ' }, { covers: 'ـــ', nth: 1 }],
    fixed: 'قال مُحافظة المدينة إن الحُكومة خصصت بِـ25 مليونا للمشروع.',
  },
]);

it('tatweel: quotes the whole word, harakat and all', () => {
  const config = resolveConfig({ rules: { tatweel: 'warning' } });
  const { findings } = lint('عنوان\n\nقال مُحافظـــة المدينة إن الحُكومـــة ستعمل.\n', config);
  assert.deepEqual(
    findings.filter((f) => f.ruleId === 'tatweel').map((f) => f.data?.word),
    ['مُحافظـــة', 'الحُكومـــة'],
  );
});
