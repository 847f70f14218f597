import { testRule } from '../testing/rule-tester';
import rule from './long-sentence';

const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'المياه' : 'وزارة')).join(' ');
const LONG =
  'وقال المتحدث باسم وزارة الموارد المائية في مؤتمر صحافي عقده في بغداد يوم الاثنين إن الوزارة ستبدأ الأسبوع المقبل تنفيذ خطة لتوزيع الحصص المائية على المحافظات الجنوبية بعد أن تراجعت مناسيب نهري دجلة والفرات إلى أدنى مستوياتها منذ عقود بسبب قلة الأمطار وبناء السدود في دول المنبع.';

testRule(rule, [
  {
    name: 'a 46-word sentence, with the sentences around it left alone',
    text: `العنوان\nأعلنت الوزارة خطة جديدة. ${LONG} وتنتهي المهلة نهاية الشهر.\n`,
    findings: [{ covers: LONG, messageId: 'long', severity: 'warning' }],
  },
  {
    name: 'exactly at the limit is fine; one word more is not',
    text: `العنوان\n${words(40)}.\n${words(41)}.\n`,
    findings: [{ covers: `${words(41)}.` }],
  },
  {
    name: 'a date, a decimal, a time and a dotted abbreviation are one word each, as a reader counts them',
    text: `العنوان\nوقال في 12.5.2024 لوكالة أ.ف.ب إن النمو بلغ 3.5 الساعة 10.30 ${words(29)}.\nوقال في 12.5.2024 لوكالة أ.ف.ب إن النمو بلغ 3.5 الساعة 10.30 ${words(30)}.\n`,
    findings: [{ covers: `وقال في 12.5.2024 لوكالة أ.ف.ب إن النمو بلغ 3.5 الساعة 10.30 ${words(30)}.` }],
  },
  {
    name: 'a sentence long only for the cable it quotes: the words of the quotation are the speaker\'s, not counted',
    text: `العنوان\nوقال الملك في برقيته: "${words(38)}".\n`,
    findings: [],
  },
  {
    name: 'a sentence whose own words, outside the quotation, pass the limit is reported with all its words',
    text: `العنوان\n${words(41)} "${words(10)}".\n`,
    findings: [{ covers: `${words(41)} "${words(10)}".` }],
  },
  {
    name: 'a line-up written as a sentence is a list of names, not a sentence to split; a long sentence with a few commas is still one',
    text:
      'العنوان\nالهلال: ياسين بونو، ياسر الشهراني، علي البليهي، كاليدو كوليبالي، سعود عبد الحميد، روبن نيفيز، سيرجي ميلينكوفيتش سافيتش، سالم الدوسري، مالكوم، ألكسندر ميتروفيتش، ماركوس ليوناردو (البدلاء: محمد العويس، حسان تمبكتي، محمد كنو، ناصر الدوسري، عبد الله الحمدان، مصعب الجوير، خالد الغنام، متعب الحربي، عبد الإله المالكي).\n' +
      'وقال مدرب الفريق في المؤتمر الصحفي الذي عقده بعد المباراة، إن اللاعبين أظهروا شخصية قوية في الشوط الثاني بعد التأخر بهدف في الدقيقة 24، وإن الفوز على منافس بهذا الحجم يمنح الفريق دفعة كبيرة قبل مباراة الثلاثاء المقبل أمام المتصدر في الجولة الأخيرة.\n',
    findings: [{ covers: 'وقال مدرب الفريق في المؤتمر الصحفي الذي عقده بعد المباراة، إن اللاعبين أظهروا شخصية قوية في الشوط الثاني بعد التأخر بهدف في الدقيقة 24، وإن الفوز على منافس بهذا الحجم يمنح الفريق دفعة كبيرة قبل مباراة الثلاثاء المقبل أمام المتصدر في الجولة الأخيرة.' }],
  },
  {
    name: 'a long paragraph of short sentences',
    text: `العنوان\n${Array.from({ length: 8 }, () => `${words(12)}.`).join(' ')}\n`,
    findings: [],
  },
  {
    name: 'a lower limit from the options',
    options: { maxWords: 10 },
    text: `العنوان\n${words(10)}. ${words(11)}؟\n`,
    findings: [{ covers: `${words(11)}؟` }],
  },
  {
    name: 'switched on as info',
    config: { rules: { 'long-sentence': 'info' } },
    text: `العنوان\n${LONG}\n`,
    findings: [{ covers: LONG, severity: 'info' }],
  },
]);
