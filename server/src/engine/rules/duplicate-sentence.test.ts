import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixText } from '../fix';
import { lint } from '../lint';
import { configFor, testRule } from '../testing/rule-tester';
import type { TextKind } from '../text/prose';
import rule from './duplicate-sentence';

const HEADLINE = 'العراق يعلن خطة لتقاسم المياه\n';
const QUOTE = 'لن نسمح بأن تتحول أزمة المياه إلى صراع بين المحافظات';
const BACKGROUND = 'وكانت الحكومة قد أعلنت في مارس الماضي خطة لترشيد استهلاك المياه في المحافظات الجنوبية.';
const OTHER = 'وأعلنت الوزارة خطة لتوزيع الحصص المائية على المزارعين قبل الموسم الصيفي.';

const LIVE_OPENING = 'افتتح الرئيس أعمال القمة الاقتصادية بكلمة دعا فيها إلى تعزيز التعاون بين الدول الأعضاء.';
const LIVE_ARRIVAL = 'وصل وفد البنك الدولي إلى مقر القمة في ساعة متأخرة من صباح اليوم.';

testRule(rule, [
  {
    name: 'the dot of ق.م. ends the sentence before و, as an era after its year does: the sentence after it is a copy; before another word it goes on',
    text:
      'معبد الشمس\nوتعرض المعبد للنهب مرات عدة على أيدي الغزاة القادمين من الشمال.\nويقع المعبد على تلة تطل على النهر، وبني عام 300 ق.م. وتعرض المعبد للنهب مرات عدة على أيدي الغزاة القادمين من الشمال.\n' +
      'ويقع القصر على الضفة الأخرى، وبني عام 250 ق.م. في عهد الملك نفسه الذي أمر بتوسيع المعبد.\n',
    findings: [{ covers: 'وتعرض المعبد للنهب مرات عدة على أيدي الغزاة القادمين من الشمال.', nth: 1 }],
    fixed:
      'معبد الشمس\nوتعرض المعبد للنهب مرات عدة على أيدي الغزاة القادمين من الشمال.\nويقع المعبد على تلة تطل على النهر، وبني عام 300 ق.م.\n' +
      'ويقع القصر على الضفة الأخرى، وبني عام 250 ق.م. في عهد الملك نفسه الذي أمر بتوسيع المعبد.\n',
  },
  {
    name: 'المئة and المائة are one word: a sentence written again with the other is a copy',
    text: 'نسبة المشاركة\nوبلغت نسبة المشاركة في الانتخابات البلدية 31.4 في المئة، وهي أدنى نسبة منذ عقدين.\nوقال رئيس الهيئة إن النتائج النهائية ستعلن بعد البت في الطعون.\nوبلغت نسبة المشاركة في الانتخابات البلدية 31.4 في المائة، وهي أدنى نسبة منذ عقدين.\n',
    findings: [{ covers: 'وبلغت نسبة المشاركة في الانتخابات البلدية 31.4 في المائة، وهي أدنى نسبة منذ عقدين.' }],
    fixed: 'نسبة المشاركة\nوبلغت نسبة المشاركة في الانتخابات البلدية 31.4 في المئة، وهي أدنى نسبة منذ عقدين.\nوقال رئيس الهيئة إن النتائج النهائية ستعلن بعد البت في الطعون.\n',
  },
  {
    name: 'the refrain of a poem, lines with no full stop, repeats by design; a line of the poem pasted again in the prose after it is flagged',
    text: 'رثاء المدينة\nوكتب الشاعر في رثاء مدينته قصيدة نشرها أمس على صفحته.\nسلامٌ على المدينة التي نامت على الجرح طويلا\nوغنت للغريب وللقريب أغنية المساء الأخيرة\nسلامٌ على المدينة التي نامت على الجرح طويلا\n\nولقيت القصيدة صدى واسعا بين القراء في المدينة وخارجها.\nوغنت للغريب وللقريب أغنية المساء الأخيرة\n',
    findings: [{ covers: 'وغنت للغريب وللقريب أغنية المساء الأخيرة', nth: 1 }],
    fixed: 'رثاء المدينة\nوكتب الشاعر في رثاء مدينته قصيدة نشرها أمس على صفحته.\nسلامٌ على المدينة التي نامت على الجرح طويلا\nوغنت للغريب وللقريب أغنية المساء الأخيرة\nسلامٌ على المدينة التي نامت على الجرح طويلا\n\nولقيت القصيدة صدى واسعا بين القراء في المدينة وخارجها.\n',
  },
  {
    name: 'a quotation the text says is said again is no duplicate; the speaker saying it again elsewhere is',
    text: 'سيول\nوقال المحافظ: «سنعيد بناء كل بيت هدمته السيول في هذه المدينة».\nوهتف الأهالي خلفه مرددين العبارة ذاتها: «سنعيد بناء كل بيت هدمته السيول في هذه المدينة».\nوأضاف المحافظ في مؤتمر صحفي: «سنعيد بناء كل بيت هدمته السيول في هذه المدينة».\n',
    findings: [{ covers: 'سنعيد بناء كل بيت هدمته السيول في هذه المدينة', nth: 2, messageId: 'duplicateQuotation' }],
  },
  {
    name: 'a quotation the text calls a headline or a title, or the same words again, is no duplicate',
    text: 'عرض الصحف\nأقر البرلمان الموازنة العامة بأغلبية 88 صوتا بعد جلسة استمرت 12 ساعة.\nوعنونت صحيفة «الصباح» صفحتها الأولى: «أقر البرلمان الموازنة العامة بأغلبية 88 صوتا بعد جلسة استمرت 12 ساعة».\nوعنونت «المدى» بالعنوان نفسه: «أقر البرلمان الموازنة العامة بأغلبية 88 صوتا بعد جلسة استمرت 12 ساعة».\nوكتب المطيري مقالا عنوانه «الانتخابات وحدها لا تصنع دولة القانون في أي بلد عربي»، وختم مقاله بالعبارة نفسها: «الانتخابات وحدها لا تصنع دولة القانون في أي بلد عربي».\n',
    findings: [],
  },
  {
    name: 'a quotation said again is no duplicate when the copy that says so comes first, as in a live blog run newest first',
    text: 'مباشر: مفاوضات\nتحديث 19:50\nوكرر الوزير العبارة ذاتها التي قالها صباحا: «لسنا بعيدين عن اتفاق، لكن التفاصيل ما زالت صعبة».\nتحديث 11:30\nقال الوزير للصحفيين إن المحادثات تتقدم، مضيفا: «لسنا بعيدين عن اتفاق، لكن التفاصيل ما زالت صعبة».\n',
    findings: [],
  },
  {
    name: 'words a headline put first, quoted again, are the headline\'s: no duplicate',
    text: 'عرض الصحف\nوعنونت صحيفة «الصباح» صفحتها الأولى: «الناخبون يعاقبون الأحزاب القديمة في كل الدوائر الانتخابية».\nوقال محلل سياسي للصحيفة: «الناخبون يعاقبون الأحزاب القديمة في كل الدوائر الانتخابية».\n',
    findings: [],
  },
  {
    name: 'one result under each subhead of a roundup is that subhead\'s; under one subhead twice it is a duplicate',
    text: 'أسواق الخليج\nالكويت\nاستقر المؤشر العام دون تغيير يذكر في تعاملات ضعيفة قبل عطلة نهاية الأسبوع.\nالبحرين\nاستقر المؤشر العام دون تغيير يذكر في تعاملات ضعيفة قبل عطلة نهاية الأسبوع.\nاستقر المؤشر العام دون تغيير يذكر في تعاملات ضعيفة قبل عطلة نهاية الأسبوع.\n',
    findings: [{ covers: 'استقر المؤشر العام دون تغيير يذكر في تعاملات ضعيفة قبل عطلة نهاية الأسبوع.', nth: 2 }],
    fixed: 'أسواق الخليج\nالكويت\nاستقر المؤشر العام دون تغيير يذكر في تعاملات ضعيفة قبل عطلة نهاية الأسبوع.\nالبحرين\nاستقر المؤشر العام دون تغيير يذكر في تعاملات ضعيفة قبل عطلة نهاية الأسبوع.\n',
  },
  {
    name: 'Markdown subheads head their sections too',
    kind: 'markdown',
    text: '# أسواق الخليج\n\n## الكويت\n\nاستقر المؤشر العام دون تغيير يذكر في تعاملات ضعيفة قبل عطلة نهاية الأسبوع.\n\n## البحرين\n\nاستقر المؤشر العام دون تغيير يذكر في تعاملات ضعيفة قبل عطلة نهاية الأسبوع.\n',
    findings: [],
  },
  {
    name: 'an update the summary at the top restates is no duplicate, nor are two items of the summary compared with the story',
    text: 'مباشر: زلزال في الجنوب\nأبرز ما حدث:\nارتفاع حصيلة القتلى إلى 62 قتيلا بحسب وزارة الصحة في العاصمة.\nفرق الإنقاذ تواصل البحث عن ناجين تحت أنقاض المباني المنهارة.\n\nتحديث 14:20\nارتفاع حصيلة القتلى إلى 62 قتيلا بحسب وزارة الصحة في العاصمة.\n',
    findings: [],
  },
  {
    name: 'a summary under a Markdown heading, and an update under another',
    kind: 'markdown',
    text: '# مباشر: زلزال في الجنوب\n\n## أبرز ما حدث\n\nارتفاع حصيلة القتلى إلى 62 قتيلا بحسب وزارة الصحة في العاصمة.\n\n## تحديث 14:20\n\nارتفاع حصيلة القتلى إلى 62 قتيلا بحسب وزارة الصحة في العاصمة.\n',
    findings: [],
  },
  {
    name: 'the story under a bold summary box is no section of its heading: its sentence pasted under a later subhead is a duplicate',
    kind: 'markdown',
    text: '# زلزال يضرب شرق تركيا\n\n**أبرز ما حدث**\n\n- زلزال بقوة 6.2 درجة يضرب ولاية ملاطية.\n- مقتل 8 أشخاص وإصابة العشرات.\n\nأنقرة - ضرب زلزال بقوة 6.2 درجة ولاية ملاطية شرق تركيا فجر الجمعة.\n\nوقالت الهيئة إن الزلزال وقع على عمق عشرة كيلومترات، وتلته أكثر من 30 هزة ارتدادية.\n\n## خلفية\n\nوتقع تركيا على عدد من الصدوع الزلزالية النشطة.\n\nوقالت الهيئة إن الزلزال وقع على عمق عشرة كيلومترات، وتلته أكثر من 30 هزة ارتدادية.\n',
    findings: [{ covers: 'وقالت الهيئة إن الزلزال وقع على عمق عشرة كيلومترات، وتلته أكثر من 30 هزة ارتدادية.', nth: 1 }],
    fixed: '# زلزال يضرب شرق تركيا\n\n**أبرز ما حدث**\n\n- زلزال بقوة 6.2 درجة يضرب ولاية ملاطية.\n- مقتل 8 أشخاص وإصابة العشرات.\n\nأنقرة - ضرب زلزال بقوة 6.2 درجة ولاية ملاطية شرق تركيا فجر الجمعة.\n\nوقالت الهيئة إن الزلزال وقع على عمق عشرة كيلومترات، وتلته أكثر من 30 هزة ارتدادية.\n\n## خلفية\n\nوتقع تركيا على عدد من الصدوع الزلزالية النشطة.\n',
  },
  {
    name: 'the lines of plain text after the bullets of a summary are the story, not more items: a sentence of theirs pasted later is a duplicate',
    text: 'زلزال يضرب شرق تركيا\nأبرز ما حدث:\n- زلزال بقوة 6.2 درجة يضرب ولاية ملاطية.\n- مقتل 8 أشخاص وإصابة العشرات.\nأنقرة - ضرب زلزال بقوة 6.2 درجة ولاية ملاطية شرق تركيا فجر الجمعة.\nوقالت الهيئة إن الزلزال وقع على عمق عشرة كيلومترات، وتلته أكثر من 30 هزة ارتدادية.\nخلفية\nوتقع تركيا على عدد من الصدوع الزلزالية النشطة.\nوقالت الهيئة إن الزلزال وقع على عمق عشرة كيلومترات، وتلته أكثر من 30 هزة ارتدادية.\n',
    findings: [{ covers: 'وقالت الهيئة إن الزلزال وقع على عمق عشرة كيلومترات، وتلته أكثر من 30 هزة ارتدادية.', nth: 1 }],
    fixed: 'زلزال يضرب شرق تركيا\nأبرز ما حدث:\n- زلزال بقوة 6.2 درجة يضرب ولاية ملاطية.\n- مقتل 8 أشخاص وإصابة العشرات.\nأنقرة - ضرب زلزال بقوة 6.2 درجة ولاية ملاطية شرق تركيا فجر الجمعة.\nوقالت الهيئة إن الزلزال وقع على عمق عشرة كيلومترات، وتلته أكثر من 30 هزة ارتدادية.\nخلفية\nوتقع تركيا على عدد من الصدوع الزلزالية النشطة.\n',
  },
  {
    name: 'an update of two sentences pasted twice goes whole, in one deletion',
    text: 'مباشر: انفجار في الميناء\nتحديث 10:50\nهز انفجار قوي مستودعا في الجهة الشرقية من ميناء المدينة. وقال شهود عيان إن زجاج النوافذ تحطم على بعد كيلومترين.\nهز انفجار قوي مستودعا في الجهة الشرقية من ميناء المدينة. وقال شهود عيان إن زجاج النوافذ تحطم على بعد كيلومترين.\n',
    findings: [
      { covers: 'هز انفجار قوي مستودعا في الجهة الشرقية من ميناء المدينة.', nth: 1 },
      { covers: 'وقال شهود عيان إن زجاج النوافذ تحطم على بعد كيلومترين.', nth: 1 },
    ],
    fixed: 'مباشر: انفجار في الميناء\nتحديث 10:50\nهز انفجار قوي مستودعا في الجهة الشرقية من ميناء المدينة. وقال شهود عيان إن زجاج النوافذ تحطم على بعد كيلومترين.\n',
  },
  {
    name: 'a sentence that points back at the one before (كما … مماثلة) and a formula after another lead: warnings, their deletion offered',
    text: 'برقيات\nبعث سمو أمير البلاد ببرقية تعزية إلى رئيس جمهورية طاجيكستان في ضحايا الزلزال.\nكما بعث سمو ولي العهد الشيخ صباح خالد الحمد الصباح ببرقية تعزية مماثلة.\nوفي برقية أخرى، بعث سمو أمير البلاد ببرقية تعزية إلى رئيس دولة الإمارات بوفاة الشيخ هزاع.\nكما بعث سمو ولي العهد الشيخ صباح خالد الحمد الصباح ببرقية تعزية مماثلة.\nتلقى سمو الأمير اتصالا هاتفيا من الرئيس التركي. وجرى خلال الاتصال استعراض علاقات التعاون الثنائي وسبل دعمها وتطويرها.\nكما تلقى سموه اتصالا من رئيسة الوزراء الإيطالية. وجرى خلال الاتصال استعراض علاقات التعاون الثنائي وسبل دعمها وتطويرها.\n',
    findings: [
      { covers: 'كما بعث سمو ولي العهد الشيخ صباح خالد الحمد الصباح ببرقية تعزية مماثلة.', nth: 1, severity: 'warning' },
      { covers: 'وجرى خلال الاتصال استعراض علاقات التعاون الثنائي وسبل دعمها وتطويرها.', nth: 1, severity: 'warning' },
    ],
    suggested: 'برقيات\nبعث سمو أمير البلاد ببرقية تعزية إلى رئيس جمهورية طاجيكستان في ضحايا الزلزال.\nكما بعث سمو ولي العهد الشيخ صباح خالد الحمد الصباح ببرقية تعزية مماثلة.\nوفي برقية أخرى، بعث سمو أمير البلاد ببرقية تعزية إلى رئيس دولة الإمارات بوفاة الشيخ هزاع.\nتلقى سمو الأمير اتصالا هاتفيا من الرئيس التركي. وجرى خلال الاتصال استعراض علاقات التعاون الثنائي وسبل دعمها وتطويرها.\nكما تلقى سموه اتصالا من رئيسة الوزراء الإيطالية.\n',
  },
  {
    name: 'a party\'s "no comment" after different paragraphs may be about another party: a warning, its deletion offered',
    text: 'هواتف جديدة\n\nوأعلنت أبل عن هاتفها الجديد في مؤتمر للمطورين بكاليفورنيا.\n\nولم ترد الشركة على طلب رويترز للتعليق حتى وقت نشر هذا الخبر.\n\nوأعلنت غوغل بدورها عن هاتف منافس بسعر أقل في المؤتمر نفسه.\n\nولم ترد الشركة على طلب رويترز للتعليق حتى وقت نشر هذا الخبر.\n',
    findings: [{ covers: 'ولم ترد الشركة على طلب رويترز للتعليق حتى وقت نشر هذا الخبر.', nth: 1, severity: 'warning' }],
    suggested: 'هواتف جديدة\n\nوأعلنت أبل عن هاتفها الجديد في مؤتمر للمطورين بكاليفورنيا.\n\nولم ترد الشركة على طلب رويترز للتعليق حتى وقت نشر هذا الخبر.\n\nوأعلنت غوغل بدورها عن هاتف منافس بسعر أقل في المؤتمر نفسه.\n',
  },
  {
    name: 'a feature that opens and closes on a refrain the sentence says is repeated: a warning, its deletion offered',
    text: 'سوق الكتب القديمة\n\n«الكتاب ليس خضارا، لا يباع بالقوة»، يردد الحاج عبد القادر كلما سأله زبون عن السعر.\n\nيجلس الحاج منذ أربعين عاما أمام دكانه الصغير في السوق العتيق، ويرتب الكتب كل صباح.\n\n«الكتاب ليس خضارا، لا يباع بالقوة»، يردد الحاج عبد القادر كلما سأله زبون عن السعر.\n',
    findings: [{ covers: '«الكتاب ليس خضارا، لا يباع بالقوة»، يردد الحاج عبد القادر كلما سأله زبون عن السعر.', nth: 1, severity: 'warning' }],
    suggested: 'سوق الكتب القديمة\n\n«الكتاب ليس خضارا، لا يباع بالقوة»، يردد الحاج عبد القادر كلما سأله زبون عن السعر.\n\nيجلس الحاج منذ أربعين عاما أمام دكانه الصغير في السوق العتيق، ويرتب الكتب كل صباح.\n',
  },
  {
    name: 'a short sentence typed twice in a row is a stutter: deleted; said twice in a quotation it is meant',
    text: 'سوق الذهب\nويضم أكثر من 4000 محل. ويضم أكثر من 4000 محل. وقال أحد التجار: «لن نغلق. لن نغلق».\n',
    findings: [{ covers: 'ويضم أكثر من 4000 محل.', nth: 1 }],
    fixed: 'سوق الذهب\nويضم أكثر من 4000 محل. وقال أحد التجار: «لن نغلق. لن نغلق».\n',
  },
  {
    name: 'the same line closing each item of a record (the vote after each article) may be meant: a warning, its deletion offered',
    text: 'البرلمان يقر مادتين\nثم ناقش المجلس المادة 12 المتعلقة بصلاحيات رئيس البلدية.\n\nوأقرت المادة بأغلبية 87 صوتا مقابل 12 صوتا من الحاضرين.\n\nثم ناقش المجلس المادة 13 المتعلقة بموازنات البلديات.\n\nوأقرت المادة بأغلبية 87 صوتا مقابل 12 صوتا من الحاضرين.\n',
    findings: [{ covers: 'وأقرت المادة بأغلبية 87 صوتا مقابل 12 صوتا من الحاضرين.', nth: 1, severity: 'warning' }],
    suggested: 'البرلمان يقر مادتين\nثم ناقش المجلس المادة 12 المتعلقة بصلاحيات رئيس البلدية.\n\nوأقرت المادة بأغلبية 87 صوتا مقابل 12 صوتا من الحاضرين.\n\nثم ناقش المجلس المادة 13 المتعلقة بموازنات البلديات.\n',
  },
  {
    name: 'a prayer quoted from two officials in the same words is no duplicate',
    text: 'رحيل الروائي سليم الحداد\nوقال وزير الثقافة: «نسأل الله أن يتغمد الفقيد بواسع رحمته ويسكنه فسيح جناته».\nوقال رئيس اتحاد الكتاب: «نسأل الله أن يتغمد الفقيد بواسع رحمته ويسكنه فسيح جناته».\n',
    findings: [],
  },
  {
    name: 'a "no comment" pasted right after itself, on its line or the next, is a stutter: deleted',
    text: 'هواتف جديدة\n\nوأعلنت أبل عن هاتفها الجديد في مؤتمر للمطورين بكاليفورنيا.\n\nولم ترد الشركة على طلب رويترز للتعليق حتى وقت نشر هذا الخبر. ولم ترد الشركة على طلب رويترز للتعليق حتى وقت نشر هذا الخبر.\n\nوأعلنت غوغل بدورها عن هاتف منافس بسعر أقل في المؤتمر نفسه.\nولم تعلق شركة غوغل على الاتفاق الجديد مع الموردين حتى الآن.\nولم تعلق شركة غوغل على الاتفاق الجديد مع الموردين حتى الآن.\n',
    findings: [
      { covers: 'ولم ترد الشركة على طلب رويترز للتعليق حتى وقت نشر هذا الخبر.', nth: 1 },
      { covers: 'ولم تعلق شركة غوغل على الاتفاق الجديد مع الموردين حتى الآن.', nth: 1 },
    ],
    fixed: 'هواتف جديدة\n\nوأعلنت أبل عن هاتفها الجديد في مؤتمر للمطورين بكاليفورنيا.\n\nولم ترد الشركة على طلب رويترز للتعليق حتى وقت نشر هذا الخبر.\n\nوأعلنت غوغل بدورها عن هاتف منافس بسعر أقل في المؤتمر نفسه.\nولم تعلق شركة غوغل على الاتفاق الجديد مع الموردين حتى الآن.\n',
  },
  {
    name: 'a preamble each decree under its own number repeats is no duplicate',
    text: 'أمران ملكيان\nالرقم: أ/112\nبعد الاطلاع على النظام الأساسي للحكم، الصادر بالأمر الملكي رقم (أ/90) بتاريخ 27/8/1412هـ.\nيعين الأستاذ فهد بن عبدالله آل الشيخ نائبا لوزير البلديات.\nالرقم: أ/113\nبعد الاطلاع على النظام الأساسي للحكم، الصادر بالأمر الملكي رقم (أ/90) بتاريخ 27/8/1412هـ.\nيعين الدكتور خالد بن سعد العتيبي رئيسا للهيئة العامة للعقار.\n',
    findings: [],
  },
  {
    name: 'a preamble under two documents\' headers that differ in one line of several is no duplicate',
    text: 'أوامر ملكية\nالرقم: أ/112\nالتاريخ: 14/8/1446هـ\nبعون الله تعالى\nنحن سلمان بن عبدالعزيز آل سعود\nملك المملكة العربية السعودية\nبعد الاطلاع على النظام الأساسي للحكم، الصادر بالأمر الملكي رقم (أ/90) بتاريخ 27/8/1412هـ.\nيعين الأستاذ فهد بن عبدالله آل الشيخ نائبا لوزير البلديات.\nالرقم: أ/113\nالتاريخ: 14/8/1446هـ\nبعون الله تعالى\nنحن سلمان بن عبدالعزيز آل سعود\nملك المملكة العربية السعودية\nبعد الاطلاع على النظام الأساسي للحكم، الصادر بالأمر الملكي رقم (أ/90) بتاريخ 27/8/1412هـ.\nيعين الدكتور خالد بن سعد العتيبي رئيسا للهيئة العامة للعقار.\n',
    findings: [],
  },
  {
    name: 'a short line without a full stop right after itself is pasted twice, not a refrain',
    text: 'نشرة المساء\nانتخابات محلية في دمشق وحلب وسط إقبال متفاوت على الصناديق\nانتخابات محلية في دمشق وحلب وسط إقبال متفاوت على الصناديق\nوقالت اللجنة إن النتائج تعلن غدا.\n',
    findings: [{ covers: 'انتخابات محلية في دمشق وحلب وسط إقبال متفاوت على الصناديق', nth: 1 }],
  },
  {
    name: 'a speaker repeating a sentence within one quotation repeats by design; the sentence again in another quotation is flagged, its deletion only offered',
    text: 'الرئيس يتحدى\nوقال الرئيس في خطابه أمام البرلمان: «لن نركع لأحد مهما طال الحصار علينا. لن نركع لأحد مهما طال الحصار علينا. هذا عهدنا لشعبنا».\nوختم الرئيس خطابه بالقول: «لن نركع لأحد مهما طال الحصار علينا».\n',
    findings: [{ covers: 'لن نركع لأحد مهما طال الحصار علينا', nth: 2, messageId: 'duplicateQuotation' }],
  },
  {
    name: 'the clauses of two decrees quoted in full repeat their formula: flagged, the deletion only offered',
    text: 'أوامر ملكية\nصدر أمر ملكي بتعيين وزير للتعليم.\nأولا: يعين الدكتور خالد بن محمد وزيرا للتعليم بمرتبة وزير.\nثانيا: يبلغ أمرنا هذا للجهات المختصة لاعتماده وتنفيذه.\nوصدر أمر ملكي آخر بتعيين نائب لوزير الصحة.\nأولا: يعين المهندس سعد بن علي نائبا لوزير الصحة بالمرتبة الممتازة.\nثانيا: يبلغ أمرنا هذا للجهات المختصة لاعتماده وتنفيذه.\n',
    findings: [{ covers: 'ثانيا: يبلغ أمرنا هذا للجهات المختصة لاعتماده وتنفيذه.', nth: 1 }],
    suggested: 'أوامر ملكية\nصدر أمر ملكي بتعيين وزير للتعليم.\nأولا: يعين الدكتور خالد بن محمد وزيرا للتعليم بمرتبة وزير.\nثانيا: يبلغ أمرنا هذا للجهات المختصة لاعتماده وتنفيذه.\nوصدر أمر ملكي آخر بتعيين نائب لوزير الصحة.\nأولا: يعين المهندس سعد بن علي نائبا لوزير الصحة بالمرتبة الممتازة.\n',
  },
  {
    name: 'a refrain the text announces is flagged, its deletion only offered',
    text: 'لا لبيع الحديقة!\nالحديقة ليست ملكا للبلدية، إنها ملك لأهل الحي جميعا.\nأيها السادة في المجلس، اسمعوها منا مرة أخرى، وبصوت واحد:\nالحديقة ليست ملكا للبلدية، إنها ملك لأهل الحي جميعا.\n',
    findings: [{ covers: 'الحديقة ليست ملكا للبلدية، إنها ملك لأهل الحي جميعا.', nth: 1 }],
    suggested: 'لا لبيع الحديقة!\nالحديقة ليست ملكا للبلدية، إنها ملك لأهل الحي جميعا.\nأيها السادة في المجلس، اسمعوها منا مرة أخرى، وبصوت واحد:\n',
  },
  {
    name: 'a paragraph set in bold is a sentence like any other: its later plain copy goes',
    kind: 'markdown',
    text: '# معرض الكتاب\n\n**انطلق معرض القاهرة الدولي للكتاب أمس بمشاركة أكثر من ألف دار نشر.**\n\nوقال المنظمون إن الإقبال كبير.\n\nانطلق معرض القاهرة الدولي للكتاب أمس بمشاركة أكثر من ألف دار نشر.\n',
    findings: [{ covers: 'انطلق معرض القاهرة الدولي للكتاب أمس بمشاركة أكثر من ألف دار نشر.', nth: 1 }],
    fixed: '# معرض الكتاب\n\n**انطلق معرض القاهرة الدولي للكتاب أمس بمشاركة أكثر من ألف دار نشر.**\n\nوقال المنظمون إن الإقبال كبير.\n',
  },
  {
    name: 'a sentence ends at its mark inside bold, before a footnote marker or a closing tag: the sentence after it is told apart',
    kind: 'markdown',
    text: '# حملة التطعيم\n\nوقال الوزير إن فرق التطعيم ستزور المدارس ورياض الأطفال في كل المحافظات.[^1] وقال الوزير إن فرق التطعيم ستزور المدارس ورياض الأطفال في كل المحافظات.\n\n**تستمر الحملة أسبوعين وتشمل مخيمات اللاجئين والقرى البعيدة في البادية.** تستمر الحملة أسبوعين وتشمل مخيمات اللاجئين والقرى البعيدة في البادية.\n\n[^1]: في مؤتمر صحفي.\n',
    findings: [
      { covers: 'وقال الوزير إن فرق التطعيم ستزور المدارس ورياض الأطفال في كل المحافظات.', nth: 1 },
      { covers: 'تستمر الحملة أسبوعين وتشمل مخيمات اللاجئين والقرى البعيدة في البادية.', nth: 1 },
    ],
    fixed: '# حملة التطعيم\n\nوقال الوزير إن فرق التطعيم ستزور المدارس ورياض الأطفال في كل المحافظات.[^1]\n\n**تستمر الحملة أسبوعين وتشمل مخيمات اللاجئين والقرى البعيدة في البادية.**\n\n[^1]: في مؤتمر صحفي.\n',
  },
  {
    name: 'a sentence pasted again before a backslash hard break is a duplicate; the line after the break is another sentence',
    kind: 'markdown',
    text: '# الفائدة\n\nوكان البنك قد رفع الفائدة بواقع 600 نقطة أساس في مارس الماضي. وكان البنك قد رفع الفائدة بواقع 600 نقطة أساس في مارس الماضي.\\\nويرى محللون أن دورة التيسير النقدي قد تبدأ في النصف الثاني من العام.\n',
    findings: [{ covers: 'وكان البنك قد رفع الفائدة بواقع 600 نقطة أساس في مارس الماضي.', nth: 1 }],
    fixed: '# الفائدة\n\nوكان البنك قد رفع الفائدة بواقع 600 نقطة أساس في مارس الماضي.\\\nويرى محللون أن دورة التيسير النقدي قد تبدأ في النصف الثاني من العام.\n',
  },
  {
    name: 'two sentences, one in bold and one before a footnote marker, that differ are no duplicates',
    kind: 'markdown',
    text: '# حملة التطعيم\n\nوقال الوزير إن فرق التطعيم ستزور المدارس ورياض الأطفال في كل المحافظات.[^1] وأضاف أن الحملة تستمر أسبوعين وتشمل القرى البعيدة.\n\n**تستمر الحملة أسبوعين وتشمل مخيمات اللاجئين والقرى البعيدة في البادية.** وتعمل المراكز من الثامنة صباحا حتى الثالثة عصرا.\n\n[^1]: في مؤتمر صحفي.\n',
    findings: [],
  },
  {
    name: 'the bullets of a summary above the story restate its sentences by design, in Markdown as in plain text',
    kind: 'markdown',
    text: '# المركزي الأوروبي يخفض الفائدة\n\n**ملخص:**\n\n- خفض البنك المركزي الأوروبي سعر الفائدة ربع نقطة.\n* رئيسة البنك تتوقع تراجع التضخم في الربع المقبل.\n\nخفض البنك المركزي الأوروبي سعر الفائدة ربع نقطة. وجاء القرار بعد اجتماع في فرانكفورت.\n\nوقالت رئيسة البنك تتوقع تراجع التضخم في الربع المقبل.\n',
    findings: [],
  },
  {
    name: 'a summary bullet of plain text',
    text: 'المركزي الأوروبي يخفض الفائدة\nملخص:\n- خفض البنك المركزي الأوروبي سعر الفائدة ربع نقطة.\nخفض البنك المركزي الأوروبي سعر الفائدة ربع نقطة. وجاء القرار بعد اجتماع في فرانكفورت.\n',
    findings: [],
  },
  {
    name: 'a live blog entry that is only a copy goes with its time stamp, the last entry as one in the middle; a suggestion, since a blog may run newest first',
    text: `تغطية مباشرة للقمة\n\n10:45 بتوقيت غرينتش\n${LIVE_OPENING}\n\n11:20 بتوقيت غرينتش\n${LIVE_ARRIVAL}\n\nالساعة ١١:٤٥ صباحا\n${LIVE_OPENING}\n\n12.05 GMT\n${LIVE_ARRIVAL}\n`,
    findings: [{ covers: LIVE_OPENING, nth: 1 }, { covers: LIVE_ARRIVAL, nth: 1 }],
    suggested: `تغطية مباشرة للقمة\n\n10:45 بتوقيت غرينتش\n${LIVE_OPENING}\n\n11:20 بتوقيت غرينتش\n${LIVE_ARRIVAL}\n`,
  },
  {
    name: 'time stamps in bold as a CMS pastes them, one flagged urgent, make a live blog: a copied entry is only suggested for deletion',
    text: `تغطية مباشرة للقمة\n\n**10:45 ت.غ**\n${LIVE_OPENING}\n\n**11:20 ت.غ** — عاجل\n${LIVE_ARRIVAL}\n\n**11:45 ت.غ**\n${LIVE_OPENING}\n`,
    findings: [{ covers: LIVE_OPENING, nth: 1, severity: 'warning' }],
    suggested: `تغطية مباشرة للقمة\n\n**10:45 ت.غ**\n${LIVE_OPENING}\n\n**11:20 ت.غ** — عاجل\n${LIVE_ARRIVAL}\n`,
  },
  {
    name: 'Markdown: a stamp on an entry\'s first line (a soft line break) heads the entry: a copied entry is found, its deletion with its stamp suggested',
    kind: 'markdown',
    text: `# تغطية مباشرة للقمة\n\n**10:45 ت.غ**\n${LIVE_OPENING}\n\n**11:20 ت.غ**\n${LIVE_ARRIVAL}\n\n**11:45 ت.غ**\n${LIVE_OPENING}\n`,
    findings: [{ covers: LIVE_OPENING, nth: 1, severity: 'warning' }],
    suggested: `# تغطية مباشرة للقمة\n\n**10:45 ت.غ**\n${LIVE_OPENING}\n\n**11:20 ت.غ**\n${LIVE_ARRIVAL}\n`,
  },
  {
    name: 'Markdown: entries under stamps on their first lines that differ are not copies',
    kind: 'markdown',
    text: `# تغطية مباشرة للقمة\n\n**10:45 ت.غ**\n${LIVE_OPENING}\n\n**11:20 ت.غ**\n${LIVE_ARRIVAL}\n\n**11:45 ت.غ**\nوألقى الأمين العام كلمة دعا فيها إلى إصلاح آليات العمل المشترك بين الدول الأعضاء.\n`,
    findings: [],
  },
  {
    name: 'lines in bold that hold more than a time are no stamps: a copied paragraph under them is an error, deleted',
    text: `تغطية مباشرة للقمة\n\n**10:45 افتتاح القمة**\n${LIVE_OPENING}\n\n**11:20 وصول الوفود**\n${LIVE_ARRIVAL}\n\n**11:45 كلمة الرئيس**\n${LIVE_OPENING}\n`,
    findings: [{ covers: LIVE_OPENING, nth: 1, severity: 'error' }],
    fixed: `تغطية مباشرة للقمة\n\n**10:45 افتتاح القمة**\n${LIVE_OPENING}\n\n**11:20 وصول الوفود**\n${LIVE_ARRIVAL}\n\n**11:45 كلمة الرئيس**\n`,
  },
  {
    name: 'an interviewer named in a transcript may put a question again, and so may one labelled س/',
    text: 'حوار مع مديرة المتحف\nليلى حسن: متى تنتهي أعمال الترميم في المتحف الوطني بشكل كامل؟\nد. منى الراشد: نهاية العام المقبل إذا وصل التمويل.\nليلى حسن: وما الذي تأخر؟\nد. منى الراشد: القاعة الكبرى.\nليلى حسن: متى تنتهي أعمال الترميم في المتحف الوطني بشكل كامل؟\nد. منى الراشد: كما قلت، نهاية العام المقبل.\nس/ كم تبلغ الكلفة الإجمالية لمشروع ترميم المتحف الوطني؟\nج/ نحو 40 مليون دولار.\nس/ كم تبلغ الكلفة الإجمالية لمشروع ترميم المتحف الوطني؟\nج/ قلت نحو 40 مليونا.\n',
    findings: [],
  },
  {
    name: 'a statement repeated under a speaker\'s name in a transcript is a duplicate all the same',
    text: 'حوار مع مديرة المتحف\nليلى حسن: تأخر مشروع ترميم المتحف الوطني عامين عن موعده الأصلي.\nد. منى الراشد: بسبب السقف.\nليلى حسن: وما الذي تأخر؟\nد. منى الراشد: القاعة الكبرى.\nليلى حسن: تأخر مشروع ترميم المتحف الوطني عامين عن موعده الأصلي.\nد. منى الراشد: نعم.\n',
    findings: [{ covers: 'ليلى حسن: تأخر مشروع ترميم المتحف الوطني عامين عن موعده الأصلي.', nth: 1 }],
    fixed: 'حوار مع مديرة المتحف\nليلى حسن: تأخر مشروع ترميم المتحف الوطني عامين عن موعده الأصلي.\nد. منى الراشد: بسبب السقف.\nليلى حسن: وما الذي تأخر؟\nد. منى الراشد: القاعة الكبرى.\nد. منى الراشد: نعم.\n',
  },
  {
    name: 'a question a story quotes twice after a verb of saying is no transcript\'s',
    text: 'الأسعار ترتفع\nوقال الوزير: هل يعقل أن تبقى أسعار الخبز على حالها طوال العام المقبل؟\nوأضاف: سنراجع الدعم.\nوقال الوزير: هل يعقل أن تبقى أسعار الخبز على حالها طوال العام المقبل؟\nوأضاف: لن نرفع السعر.\n',
    findings: [{ covers: 'وقال الوزير: هل يعقل أن تبقى أسعار الخبز على حالها طوال العام المقبل؟', nth: 1 }],
    fixed: 'الأسعار ترتفع\nوقال الوزير: هل يعقل أن تبقى أسعار الخبز على حالها طوال العام المقبل؟\nوأضاف: سنراجع الدعم.\nوأضاف: لن نرفع السعر.\n',
  },
  {
    name: 'a time stamp written as a Markdown heading goes with its copied entry',
    kind: 'markdown',
    text: `# تغطية مباشرة للقمة\n\n### 10:45 بتوقيت مكة المكرمة\n\n${LIVE_OPENING}\n\n### 11:20 بتوقيت مكة المكرمة\n\n${LIVE_OPENING}\n\n### 11:40 بتوقيت مكة المكرمة\n\n${LIVE_ARRIVAL}\n`,
    findings: [{ covers: LIVE_OPENING, nth: 1 }],
    suggested: `# تغطية مباشرة للقمة\n\n### 10:45 بتوقيت مكة المكرمة\n\n${LIVE_OPENING}\n\n### 11:40 بتوقيت مكة المكرمة\n\n${LIVE_ARRIVAL}\n`,
  },
  {
    name: 'the time stamp stays when its entry has more than the copy, and a line that opens with a time is no stamp',
    text: `تغطية مباشرة للقمة\n10:45 بتوقيت غرينتش\n${LIVE_OPENING}\n11:20 بتوقيت غرينتش\n${LIVE_OPENING}\n${LIVE_ARRIVAL}\n11:45 وصل الوفد الأخير\n${LIVE_OPENING}\n`,
    findings: [{ covers: LIVE_OPENING, nth: 1 }, { covers: LIVE_OPENING, nth: 2 }],
    suggested: `تغطية مباشرة للقمة\n10:45 بتوقيت غرينتش\n${LIVE_OPENING}\n11:20 بتوقيت غرينتش\n${LIVE_ARRIVAL}\n11:45 وصل الوفد الأخير\n`,
  },
  {
    name: 'label lines are no sentences: a source line under each box, a signature under each tweet, box items',
    text: 'العنوان\nارتفع التضخم في الربع الأول من العام الجاري.\n• التضخم السنوي في المدن: 3.2%\nالمصدر: الجهاز المركزي للتعبئة العامة والإحصاء\nوتراجعت البطالة إلى أدنى مستوى لها منذ سنوات.\n• التضخم السنوي في المدن: 3.2%\nالمصدر: الجهاز المركزي للتعبئة العامة والإحصاء\n— المديرية العامة للدفاع المدني في المحافظة (@CivilDefense_E)\n— المديرية العامة للدفاع المدني في المحافظة (@CivilDefense_E)\n',
    findings: [],
  },
  {
    name: 'a pasted paragraph goes whole: the short sentences after the duplicate that repeat the first copy\'s go with it',
    text: 'العنوان\nوأعلنت الحكومة خطة لدعم المزارعين المتضررين من موجة الجفاف. بما في ذلك تأجيل الأقساط.\nوقال الوزير إن الخطة تبدأ الشهر المقبل.\nوأعلنت الحكومة خطة لدعم المزارعين المتضررين من موجة الجفاف. بما في ذلك تأجيل الأقساط.\n',
    findings: [{ covers: 'وأعلنت الحكومة خطة لدعم المزارعين المتضررين من موجة الجفاف.', nth: 1 }],
    fixed: 'العنوان\nوأعلنت الحكومة خطة لدعم المزارعين المتضررين من موجة الجفاف. بما في ذلك تأجيل الأقساط.\nوقال الوزير إن الخطة تبدأ الشهر المقبل.\n',
  },
  {
    name: 'within a paragraph the run ends where the copies part',
    text: 'العنوان\nوأعلنت الحكومة خطة لدعم المزارعين المتضررين من موجة الجفاف. وهذا مهم.\nوقال الوزير إن الخطة تبدأ. وأعلنت الحكومة خطة لدعم المزارعين المتضررين من موجة الجفاف. وذلك مهم.\n',
    findings: [{ covers: 'وأعلنت الحكومة خطة لدعم المزارعين المتضررين من موجة الجفاف.', nth: 1 }],
    fixed: 'العنوان\nوأعلنت الحكومة خطة لدعم المزارعين المتضررين من موجة الجفاف. وهذا مهم.\nوقال الوزير إن الخطة تبدأ. وذلك مهم.\n',
  },
  {
    name: 'a sentence that goes on from another, as its original does, is about what it follows: its deletion is only offered',
    text: 'الطقس\nالخميس: أجواء صحوة مع ضباب صباحي على السواحل الشرقية. وتكون الرياح شمالية غربية خفيفة إلى معتدلة السرعة على معظم المناطق.\nالجمعة: سحب ركامية ممطرة على مرتفعات جازان وعسير. وتكون الرياح شمالية غربية خفيفة إلى معتدلة السرعة على معظم المناطق.\n',
    findings: [{ covers: 'وتكون الرياح شمالية غربية خفيفة إلى معتدلة السرعة على معظم المناطق.', nth: 1 }],
    suggested: 'الطقس\nالخميس: أجواء صحوة مع ضباب صباحي على السواحل الشرقية. وتكون الرياح شمالية غربية خفيفة إلى معتدلة السرعة على معظم المناطق.\nالجمعة: سحب ركامية ممطرة على مرتفعات جازان وعسير.\n',
  },
  {
    name: 'a copy on its own of a sentence that went on from another is about what it follows too: its deletion is only offered',
    text: 'العنوان\nأطلق الحوثيون خمس طائرات مسيرة باتجاه جازان. تم اعتراض جميع الطائرات المسيرة قبل وصولها إلى أهدافها.\nوفي اليوم التالي أطلقوا ست طائرات أخرى باتجاه خميس مشيط.\nتم اعتراض جميع الطائرات المسيرة قبل وصولها إلى أهدافها.\n',
    findings: [{ covers: 'تم اعتراض جميع الطائرات المسيرة قبل وصولها إلى أهدافها.', nth: 1 }],
    suggested: 'العنوان\nأطلق الحوثيون خمس طائرات مسيرة باتجاه جازان. تم اعتراض جميع الطائرات المسيرة قبل وصولها إلى أهدافها.\nوفي اليوم التالي أطلقوا ست طائرات أخرى باتجاه خميس مشيط.\n',
  },
  {
    name: 'one result under each label of a list is that label\'s; a result repeated under one label is a duplicate',
    text: 'نتائج الانتخابات\nالدائرة الأولى (طنجة):\nفاز مرشح حزب الأحرار بالمقعد الأول بفارق كبير.\nالدائرة الثانية (تطوان):\nفاز مرشح حزب الأحرار بالمقعد الأول بفارق كبير.\nفاز مرشح حزب الأحرار بالمقعد الأول بفارق كبير.\n',
    findings: [{ covers: 'فاز مرشح حزب الأحرار بالمقعد الأول بفارق كبير.', nth: 2 }],
    fixed: 'نتائج الانتخابات\nالدائرة الأولى (طنجة):\nفاز مرشح حزب الأحرار بالمقعد الأول بفارق كبير.\nالدائرة الثانية (تطوان):\nفاز مرشح حزب الأحرار بالمقعد الأول بفارق كبير.\n',
  },
  {
    name: 'a line repeated in each labelled section of a schedule is that section\'s, even after another line; twice in one section it is a duplicate',
    text: 'جدول انقطاع التيار\nيوم الأحد:\nينقطع التيار عن المنصور واليرموك من الساعة 08:00 حتى 12:00.\nولا يشمل القطع المستشفيات والمراكز الصحية ومحطات ضخ المياه.\nيوم الاثنين:\nينقطع التيار عن الكرادة والعرصات من الساعة 09:00 حتى 13:00.\nولا يشمل القطع المستشفيات والمراكز الصحية ومحطات ضخ المياه.\nولا يشمل القطع المستشفيات والمراكز الصحية ومحطات ضخ المياه.\n',
    findings: [{ covers: 'ولا يشمل القطع المستشفيات والمراكز الصحية ومحطات ضخ المياه.', nth: 2 }],
    fixed: 'جدول انقطاع التيار\nيوم الأحد:\nينقطع التيار عن المنصور واليرموك من الساعة 08:00 حتى 12:00.\nولا يشمل القطع المستشفيات والمراكز الصحية ومحطات ضخ المياه.\nيوم الاثنين:\nينقطع التيار عن الكرادة والعرصات من الساعة 09:00 حتى 13:00.\nولا يشمل القطع المستشفيات والمراكز الصحية ومحطات ضخ المياه.\n',
  },
  {
    name: 'the items of a brief that are sentences are compared among themselves: an item given twice is a duplicate, its deletion offered',
    text: 'موجز الأخبار\n- وأعلنت الإدارة العامة للمرور ضبط 2300 مخالفة خلال حملة تفتيشية في محافظة حولي.\n- وقال مسؤول إن الحملة مستمرة حتى نهاية الشهر الجاري في جميع المحافظات.\n- وأعلنت الإدارة العامة للمرور ضبط 2300 مخالفة خلال حملة تفتيشية في محافظة حولي.\n• التضخم: 3.2 في المئة على أساس سنوي.\n• التضخم: 3.2 في المئة على أساس سنوي.\n',
    findings: [{ covers: '- وأعلنت الإدارة العامة للمرور ضبط 2300 مخالفة خلال حملة تفتيشية في محافظة حولي.', nth: 1, severity: 'error' }],
  },
  {
    name: 'deleting a copy that would take half of its line\'s markup with it (**…**) is offered, not made',
    kind: 'markdown',
    text: '# العنوان\n\nوقال الوزير إن الوضع هادئ في المدينة بعد أيام من التوتر.\n\n**وقال الوزير إن الوضع هادئ في المدينة بعد أيام من التوتر. وأضاف أن الحكومة تتابع الوضع عن كثب.**\n',
    findings: [{ covers: '**وقال الوزير إن الوضع هادئ في المدينة بعد أيام من التوتر.' }],
    fixed: '# العنوان\n\nوقال الوزير إن الوضع هادئ في المدينة بعد أيام من التوتر.\n\n**وقال الوزير إن الوضع هادئ في المدينة بعد أيام من التوتر. وأضاف أن الحكومة تتابع الوضع عن كثب.**\n',
  },
  {
    name: 'the question an interviewer puts to each person of a vox pop is no duplicate; a repeated answer is',
    text: 'استطلاع آراء\nأحمد، موظف:\nس: ما الذي تنتظره من الحكومة الجديدة في الأشهر الأولى؟\nج: خفض الأسعار ورفع الأجور في القطاع العام.\nسهى، معلمة:\nس: ما الذي تنتظره من الحكومة الجديدة في الأشهر الأولى؟\nج: خفض الأسعار ورفع الأجور في القطاع العام.\n',
    findings: [{ covers: 'ج: خفض الأسعار ورفع الأجور في القطاع العام.', nth: 1 }],
    fixed: 'استطلاع آراء\nأحمد، موظف:\nس: ما الذي تنتظره من الحكومة الجديدة في الأشهر الأولى؟\nج: خفض الأسعار ورفع الأجور في القطاع العام.\nسهى، معلمة:\nس: ما الذي تنتظره من الحكومة الجديدة في الأشهر الأولى؟\n',
  },
  {
    name: 'a background sentence pasted twice as its own line: the later line goes',
    text: `${HEADLINE}${BACKGROUND}\n${OTHER}\n${BACKGROUND}\n`,
    findings: [{ covers: BACKGROUND, nth: 1, messageId: 'duplicate', severity: 'error', related: [BACKGROUND] }],
    fixed: `${HEADLINE}${BACKGROUND}\n${OTHER}\n`,
  },
  {
    name: 'a quoted sentence repeated as a bare line (quotes ignored)',
    text: `${HEADLINE}«${QUOTE}».\n${OTHER}\n${QUOTE}.\n`,
    findings: [{ covers: `${QUOTE}.`, related: [`«${QUOTE}».`] }],
    fixed: `${HEADLINE}«${QUOTE}».\n${OTHER}\n`,
  },
  {
    name: 'a short utterance quoted twice on lines of its own (a chair\'s call to order) may be said again: flagged with less confidence, its deletion a suggestion',
    text: `${HEADLINE}وتعالت الأصوات في القاعة مع بدء التصويت على بند الرواتب.\n«النظام من فضلكم، عودوا إلى مقاعدكم يا حضرات النواب».\nوغادر نواب المعارضة القاعة احتجاجا ثم عادوا بعد ربع ساعة.\n«النظام من فضلكم، عودوا إلى مقاعدكم يا حضرات النواب».\n`,
    findings: [{ covers: '«النظام من فضلكم، عودوا إلى مقاعدكم يا حضرات النواب».', nth: 1, severity: 'warning' }],
    suggested: `${HEADLINE}وتعالت الأصوات في القاعة مع بدء التصويت على بند الرواتب.\n«النظام من فضلكم، عودوا إلى مقاعدكم يا حضرات النواب».\nوغادر نواب المعارضة القاعة احتجاجا ثم عادوا بعد ربع ساعة.\n`,
  },
  {
    name: 'a long quotation pasted twice on lines of its own is a pasted copy: the later goes',
    text: `${HEADLINE}«${QUOTE}، ولن نقبل بأي حل لا يضمن حصة عادلة لكل محافظة من مياه النهرين».\n${OTHER}\n«${QUOTE}، ولن نقبل بأي حل لا يضمن حصة عادلة لكل محافظة من مياه النهرين».\n`,
    findings: [{ covers: `«${QUOTE}، ولن نقبل بأي حل لا يضمن حصة عادلة لكل محافظة من مياه النهرين».`, nth: 1, severity: 'error' }],
    fixed: `${HEADLINE}«${QUOTE}، ولن نقبل بأي حل لا يضمن حصة عادلة لكل محافظة من مياه النهرين».\n${OTHER}\n`,
  },
  {
    name: 'a short quoted utterance repeated as a bare line is a pasted copy: the later goes',
    text: `${HEADLINE}«النظام من فضلكم، عودوا إلى مقاعدكم يا حضرات النواب».\n${OTHER}\nالنظام من فضلكم، عودوا إلى مقاعدكم يا حضرات النواب.\n`,
    findings: [{ covers: 'النظام من فضلكم، عودوا إلى مقاعدكم يا حضرات النواب.', severity: 'error' }],
    fixed: `${HEADLINE}«النظام من فضلكم، عودوا إلى مقاعدكم يا حضرات النواب».\n${OTHER}\n`,
  },
  {
    name: 'a quotation inside an attributed sentence, later standing alone; blank-line paragraphs stay single-spaced',
    text: `${HEADLINE}\nوقال وزير الموارد المائية: «${QUOTE}».\n\n${OTHER}\n\n${QUOTE}.\n\nوتنتهي المهلة نهاية الشهر.\n`,
    findings: [{ covers: `${QUOTE}.`, nth: 0, related: [QUOTE] }],
    fixed: `${HEADLINE}\nوقال وزير الموارد المائية: «${QUOTE}».\n\n${OTHER}\n\nوتنتهي المهلة نهاية الشهر.\n`,
  },
  {
    name: 'a pull-quote above the attributed quotation: the quotation is flagged, deleting the pull-quote is a suggestion',
    text: `${HEADLINE}«${QUOTE}»\n${OTHER}\nوقال وزير الموارد المائية: «${QUOTE}».\n`,
    findings: [{ covers: QUOTE, nth: 1, messageId: 'duplicateQuotation', related: [`«${QUOTE}»`] }],
    suggested: `${HEADLINE}${OTHER}\nوقال وزير الموارد المائية: «${QUOTE}».\n`,
  },
  {
    name: 'a duplicate inside a paragraph takes the space before it; diacritics, hamza forms and spacing are ignored',
    text: `${HEADLINE}${BACKGROUND} ${OTHER} وكانت الحكومةُ قد اعلنت في  مارس الماضي خطة لترشيد استهلاك المياه في المحافظات الجنوبية. وتنتهي المهلة نهاية الشهر.\n`,
    findings: [{ covers: 'وكانت الحكومةُ قد اعلنت في  مارس الماضي خطة لترشيد استهلاك المياه في المحافظات الجنوبية.' }],
    fixed: `${HEADLINE}${BACKGROUND} ${OTHER} وتنتهي المهلة نهاية الشهر.\n`,
  },
  {
    name: 'a duplicate that opens its paragraph takes the space after it',
    text: `${HEADLINE}${BACKGROUND}\n${BACKGROUND} ${OTHER}\n`,
    findings: [{ covers: BACKGROUND, nth: 1 }],
    fixed: `${HEADLINE}${BACKGROUND}\n${OTHER}\n`,
  },
  {
    name: 'the last line without a line break: the break before it goes',
    text: `${HEADLINE}${BACKGROUND}\n\n${OTHER}\n\n${BACKGROUND}`,
    findings: [{ covers: BACKGROUND, nth: 1 }],
    fixed: `${HEADLINE}${BACKGROUND}\n\n${OTHER}`,
  },
  {
    name: 'three copies: both later ones point at the first',
    text: `${HEADLINE}${BACKGROUND}\n${BACKGROUND}\n${OTHER}\n${BACKGROUND}\n`,
    findings: [
      { covers: BACKGROUND, nth: 1, related: [BACKGROUND] },
      { covers: BACKGROUND, nth: 2, related: [BACKGROUND] },
    ],
    fixed: `${HEADLINE}${BACKGROUND}\n${OTHER}\n`,
  },
  {
    name: 'the lede with its dateline, repeated later without it',
    text: `${HEADLINE}بغداد (رويترز) - أعلنت وزارة الموارد المائية العراقية خطة جديدة لتقاسم مياه دجلة والفرات.\n${OTHER}\nأعلنت وزارة الموارد المائية العراقية خطة جديدة لتقاسم مياه دجلة والفرات.\n`,
    findings: [{ covers: 'أعلنت وزارة الموارد المائية العراقية خطة جديدة لتقاسم مياه دجلة والفرات.', nth: 1 }],
    fixed: `${HEADLINE}بغداد (رويترز) - أعلنت وزارة الموارد المائية العراقية خطة جديدة لتقاسم مياه دجلة والفرات.\n${OTHER}\n`,
  },
  {
    name: 'Markdown: a repeated paragraph between blank lines',
    kind: 'markdown',
    text: `# العراق يعلن خطة لتقاسم المياه\n\n${BACKGROUND}\n\n${OTHER}\n\n${BACKGROUND}\n\nوتنتهي المهلة نهاية الشهر.\n`,
    findings: [{ covers: BACKGROUND, nth: 1 }],
    fixed: `# العراق يعلن خطة لتقاسم المياه\n\n${BACKGROUND}\n\n${OTHER}\n\nوتنتهي المهلة نهاية الشهر.\n`,
  },
  {
    name: 'CRLF and BOM',
    text: `\uFEFF${HEADLINE.trim()}\r\n${BACKGROUND}\r\n\r\n${OTHER}\r\n\r\n${BACKGROUND}\r\n`,
    findings: [{ covers: BACKGROUND, nth: 1 }],
    fixed: `\uFEFF${HEADLINE.trim()}\r\n${BACKGROUND}\r\n\r\n${OTHER}\r\n`,
  },
  {
    name: 'short formulaic sentences repeat by nature',
    text: `${HEADLINE}وأضاف المتحدث. ${BACKGROUND}\nوأضاف المتحدث. ${OTHER}\nوتابع قائلا إن الحكومة ستقرر.\nوتابع قائلا إن الحكومة ستقرر.\n`,
    findings: [],
  },
  {
    name: 'datelines repeat in a compiled story',
    text: `${HEADLINE}بغداد (رويترز) - ${BACKGROUND}\nبغداد (رويترز) - ${OTHER}\n`,
    findings: [],
  },
  {
    name: 'a lede that echoes the headline',
    text: 'أعلنت وزارة الموارد المائية العراقية خطة جديدة لتقاسم مياه دجلة والفرات.\nأعلنت وزارة الموارد المائية العراقية خطة جديدة لتقاسم مياه دجلة والفرات.\n',
    findings: [],
  },
  {
    name: 'lists of names',
    text: `${HEADLINE}وحضر الاجتماع وزير الخارجية فؤاد حسين، ووزير الدفاع ثابت العباسي، ووزير المالية طيف سامي.\n${OTHER}\nوحضر الاجتماع وزير الخارجية فؤاد حسين، ووزير الدفاع ثابت العباسي، ووزير المالية طيف سامي.\n`,
    findings: [],
  },
  {
    name: 'a sentence with asides between commas is not a list',
    text: `${HEADLINE}وأكد الوزير، مساء الاثنين، استعداد الحكومة للحوار مع المحتجين.\n${OTHER}\nوأكد الوزير، مساء الاثنين، استعداد الحكومة للحوار مع المحتجين.\n`,
    findings: [{ covers: 'وأكد الوزير، مساء الاثنين، استعداد الحكومة للحوار مع المحتجين.', nth: 1 }],
    fixed: `${HEADLINE}وأكد الوزير، مساء الاثنين، استعداد الحكومة للحوار مع المحتجين.\n${OTHER}\n`,
  },
  {
    name: 'sentences that differ only in a URL or an e-mail address are not duplicates: the address is content',
    text:
      `${HEADLINE}وللتسجيل يرجى زيارة الموقع https://moh.gov.sa/register قبل نهاية الشهر.\n${OTHER}\n` +
      'وللتسجيل يرجى زيارة الموقع https://moe.gov.sa/apply قبل نهاية الشهر.\n' +
      'وللاستفسار يرجى مراسلة الوزارة على العنوان info@moh.gov.sa قبل نهاية الشهر.\n' +
      'وللاستفسار يرجى مراسلة الوزارة على العنوان help@moe.gov.sa قبل نهاية الشهر.\n',
    findings: [],
  },
  {
    name: 'sentences with the same URL or e-mail address are duplicates',
    text:
      `${HEADLINE}وللتسجيل يرجى زيارة الموقع https://moh.gov.sa/register قبل نهاية الشهر.\n${OTHER}\n` +
      'وللتسجيل يرجى زيارة الموقع https://moh.gov.sa/register قبل نهاية الشهر.\n' +
      'وللاستفسار يرجى مراسلة الوزارة على العنوان info@moh.gov.sa قبل نهاية الشهر.\n' +
      'وللاستفسار يرجى مراسلة الوزارة على العنوان info@moh.gov.sa قبل نهاية الشهر.\n',
    findings: [
      { covers: 'وللتسجيل يرجى زيارة الموقع https://moh.gov.sa/register قبل نهاية الشهر.', nth: 1 },
      { covers: 'وللاستفسار يرجى مراسلة الوزارة على العنوان info@moh.gov.sa قبل نهاية الشهر.', nth: 1 },
    ],
    fixed:
      `${HEADLINE}وللتسجيل يرجى زيارة الموقع https://moh.gov.sa/register قبل نهاية الشهر.\n${OTHER}\n` +
      'وللاستفسار يرجى مراسلة الوزارة على العنوان info@moh.gov.sa قبل نهاية الشهر.\n',
  },
  {
    name: 'Markdown: a quotation repeated with another link target or inline code is no duplicate',
    kind: 'markdown',
    text:
      `# العراق يعلن خطة لتقاسم المياه\n\nوقال الوزير: «التفاصيل الكاملة للخطة منشورة على [موقع الوزارة](https://mowr.gov.iq/plan)».\n\n${OTHER}\n\n` +
      'التفاصيل الكاملة للخطة منشورة على [موقع الوزارة](https://mowr.gov.iq/faq).\n\n' +
      'ويُشغَّل البرنامج بالأمر `plan --all` على حواسيب المحافظات الجنوبية كلها.\n\n' +
      'ويُشغَّل البرنامج بالأمر `plan --south` على حواسيب المحافظات الجنوبية كلها.\n',
    findings: [],
  },
  {
    name: 'Markdown: HTML tags and comments are markup, not content: the copy without them is a duplicate',
    kind: 'markdown',
    text: `# العراق يعلن خطة لتقاسم المياه\n\nوكانت الحكومة قد أعلنت في <b>مارس الماضي</b> خطة لترشيد استهلاك المياه <!-- تحقق --> في المحافظات الجنوبية.\n\n${OTHER}\n\n${BACKGROUND}\n`,
    findings: [{ covers: BACKGROUND }],
    fixed: `# العراق يعلن خطة لتقاسم المياه\n\nوكانت الحكومة قد أعلنت في <b>مارس الماضي</b> خطة لترشيد استهلاك المياه <!-- تحقق --> في المحافظات الجنوبية.\n\n${OTHER}\n`,
  },
  {
    name: 'different sentences that share most words are the near-duplicate rule’s business',
    text: `${HEADLINE}${BACKGROUND}\nوكانت الحكومة قد أعلنت في مارس الماضي خطة لترشيد استهلاك المياه في المحافظات الشمالية.\n`,
    findings: [],
  },
]);

testRule(rule, [
  {
    name: 'a two-sentence quotation whose first sentence later stands alone',
    text: `${HEADLINE}وقال الوزير: «${QUOTE}. وسنحاسب كل من يتجاوز حصته المقررة».\n${OTHER}\n${QUOTE}.\n`,
    findings: [{ covers: `${QUOTE}.`, nth: 1, related: [`${QUOTE}.`] }],
    fixed: `${HEADLINE}وقال الوزير: «${QUOTE}. وسنحاسب كل من يتجاوز حصته المقررة».\n${OTHER}\n`,
  },
  {
    name: 'Markdown: a repeated list item goes with its marker, as a suggestion: a list may repeat an item under another heading',
    kind: 'markdown',
    text: `# العراق يعلن خطة لتقاسم المياه\n\n- ${BACKGROUND}\n- ${OTHER}\n- ${BACKGROUND}\n`,
    findings: [{ covers: BACKGROUND, nth: 1 }],
    suggested: `# العراق يعلن خطة لتقاسم المياه\n\n- ${BACKGROUND}\n- ${OTHER}\n`,
  },
  {
    name: 'a refrain of a poem quoted a line a paragraph, a line ending in a comma among them, is no duplicate',
    text: 'شاعرة تقرأ في عمّان\nوقرأت من قصيدتها:\n«كان أبي يترك الباب مفتوحا للريح\nويقول سيعود من غاب،\nكان أبي يترك الباب مفتوحا للريح»\n',
    findings: [],
  },
  {
    name: 'a poem quoted a line a paragraph, its lines ending in full stops too, repeats its refrain by design',
    text: 'أمسية شعرية\nوقرأتها كاملة:\n«كان أبي يترك الباب مفتوحا للريح\nويقول: سيعود من غاب...\nكان أبي يترك الباب مفتوحا للريح\nلكن الباب يبقى مفتوحا.\nكان أبي يترك الباب مفتوحا للريح»\nووقف الجمهور يصفق طويلا بعد القصيدة.\n',
    findings: [],
  },
  {
    name: 'a verdict the text says is read again to the next defendant is no duplicate',
    text: 'نص الحكم\nونادى القاضي أحمد سالم، وتلا عليه الحكم: «حكمت المحكمة حضوريا بمعاقبتك بالسجن المشدد خمس سنوات». ثم نادى أحمد سليم، وتلا عليه الحكم نفسه: «حكمت المحكمة حضوريا بمعاقبتك بالسجن المشدد خمس سنوات».\n',
    findings: [],
  },
  {
    name: 'a sentence the one before says is said again (أعيدها حرفا بحرف) is a warning, its deletion offered',
    text: 'عنوان المقال\nكتبت في هذه الزاوية قبل عام: «إن وزارة تعد ولا تفي تعلم المواطن ألا يصدق أحدا». واليوم أعيدها حرفا بحرف، لأن شيئا لم يتغير.\nإن وزارة تعد ولا تفي تعلم المواطن ألا يصدق أحدا.\n',
    findings: [{ covers: 'إن وزارة تعد ولا تفي تعلم المواطن ألا يصدق أحدا.', severity: 'warning' }],
    suggested: 'عنوان المقال\nكتبت في هذه الزاوية قبل عام: «إن وزارة تعد ولا تفي تعلم المواطن ألا يصدق أحدا». واليوم أعيدها حرفا بحرف، لأن شيئا لم يتغير.\n',
  },
]);

describe('duplicate-sentence on random assemblies of wire sentences', () => {
  const pool = [
    BACKGROUND,
    OTHER,
    `«${QUOTE}».`,
    `${QUOTE}.`,
    `وقال وزير الموارد المائية: «${QUOTE}».`,
    'بغداد (رويترز) - أعلنت وزارة الموارد المائية العراقية خطة جديدة لتقاسم مياه دجلة والفرات.',
    'أعلنت وزارة الموارد المائية العراقية خطة جديدة لتقاسم مياه دجلة والفرات.',
    'وأضاف المتحدث.',
  ];
  const separators = [' ', '\n', '\n\n', '\r\n', '\r\n\r\n'];
  const article = fc
    .array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...separators)), { minLength: 1, maxLength: 12 })
    .map((parts) => `العنوان\n${parts.map(([sentence, separator]) => sentence + separator).join('')}`);
  const config = configFor(rule);
  const longestBlankRun = (text: string) => Math.max(0, ...(text.replace(/\r/g, '').match(/\n+/g) ?? []).map((run) => run.length));

  it('fixing leaves no duplicate it may delete, no doubled or dangling space and no wider blank run', () => {
    fc.assert(
      fc.property(article, fc.constantFrom<TextKind>('plain', 'markdown'), (text, kind) => {
        const { output } = fixText(text, config, { kind });
        // A copy that goes on from another sentence, as its original does, is only offered for deletion.
        const left = lint(output, config, { kind }).findings.filter((f) => f.messageId === 'duplicate' && f.fixes.some((fix) => fix.safe));
        assert.deepEqual(left, []);
        // The pieces hold no double space and no space at a line's edge, so none may appear.
        assert.doesNotMatch(output.trimEnd(), / {2}|[ \t]\r?\n|\n[ \t]/, JSON.stringify(output));
        assert.ok(longestBlankRun(output) <= longestBlankRun(text), JSON.stringify(output));
      }),
      { numRuns: 300 },
    );
  });
});

describe('duplicate-sentence on a paragraph of many copies', () => {
  it('reports each copy and --fix leaves one, however long the run of copies', () => {
    const text = `العنوان\n${`${BACKGROUND} `.repeat(300).trimEnd()}\n`;
    const config = configFor(rule);
    assert.equal(lint(text, config).findings.length, 299);
    assert.equal(fixText(text, config).output, `العنوان\n${BACKGROUND}\n`);
  });
});
