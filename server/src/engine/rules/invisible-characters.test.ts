import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../lint';
import { findingMessage } from '../messages';
import { configFor, testRule } from '../testing/rule-tester';
import rule from './invisible-characters';

testRule(rule, [
  {
    name: 'a zero-width space inside a handle or a hashtag goes, so as not to split it',
    text: 'وكتبت الشركة @G42\u200bai على منصة إكس تحت وسم #الذكاء\u200b_الاصطناعي أمس.',
    findings: [{ covers: '\u200b' }, { covers: '\u200b', nth: 1 }],
    fixed: 'وكتبت الشركة @G42ai على منصة إكس تحت وسم #الذكاء_الاصطناعي أمس.',
  },
  {
    name: 'a right-to-left mark after a word',
    text: 'قال الوزير\u200f إن الاجتماع انتهى.',
    findings: [{ covers: '\u200f', messageId: 'invisible', severity: 'error' }],
    fixed: 'قال الوزير إن الاجتماع انتهى.',
  },
  {
    name: 'left-to-right mark, Arabic letter mark, embeddings, overrides and isolates',
    text: 'نقلت وكالة Reuters\u200e أن \u061cالوفد وصل، وقال \u202bالمتحدث\u202c إن \u202eالموعد\u202c و\u2067الجدول\u2069 ثابتان، وكتب \u2066ID 42\u2069 و\u2068رقم\u2069 و\u202aكذا\u202c و\u202dهنا\u202c.',
    findings: [
      { covers: '\u200e' },
      { covers: '\u061c' },
      { covers: '\u202b' },
      { covers: '\u202c' },
      { covers: '\u202e' },
      { covers: '\u202c', nth: 1 },
      { covers: '\u2067' },
      { covers: '\u2069' },
      { covers: '\u2066' },
      { covers: '\u2069', nth: 1 },
      { covers: '\u2068' },
      { covers: '\u2069', nth: 2 },
      { covers: '\u202a' },
      { covers: '\u202c', nth: 2 },
      { covers: '\u202d' },
      { covers: '\u202c', nth: 3 },
    ],
    fixed: 'نقلت وكالة Reuters أن الوفد وصل، وقال المتحدث إن الموعد والجدول ثابتان، وكتب ID 42 ورقم وكذا وهنا.',
  },
  {
    name: 'a run of several marks is one finding',
    text: 'وصل الوفد\u200f\u200e\u200f إلى العاصمة.',
    findings: [{ covers: '\u200f\u200e\u200f' }],
    fixed: 'وصل الوفد إلى العاصمة.',
  },
  {
    name: 'a no-break space between words becomes a space; next to a space it goes',
    text: 'بلغ العدد 25\u00a0طبيبا و30 \u00a0ممرضا و40\u202fمسعفا.',
    findings: [
      { covers: '\u00a0', messageId: 'nonBreaking' },
      { covers: '\u00a0', nth: 1, messageId: 'invisible' },
      { covers: '\u202f', messageId: 'nonBreaking' },
    ],
    fixed: 'بلغ العدد 25 طبيبا و30 ممرضا و40 مسعفا.',
  },
  {
    name: 'zero-width spaces, word joiners, a byte order mark inside the text and soft hyphens are removed',
    text: 'أعلنت\u200b الحكومة\u2060 خطة\ufeff جديدة للإصلا\u00adحات.',
    findings: [{ covers: '\u200b' }, { covers: '\u2060' }, { covers: '\ufeff' }, { covers: '\u00ad' }],
    fixed: 'أعلنت الحكومة خطة جديدة للإصلاحات.',
  },
  {
    name: 'a zero-width space alone between two words is a word break: it becomes a space',
    text: 'وأكد الوزير أن\u200bالإيرادات ارتفعت بنسبة 5%\u200bخلال العام.',
    findings: [
      { covers: '\u200b', messageId: 'nonBreaking' },
      { covers: '\u200b', nth: 1, messageId: 'nonBreaking' },
    ],
    fixed: 'وأكد الوزير أن الإيرادات ارتفعت بنسبة 5% خلال العام.',
  },
  {
    name: 'a zero-width space against a mark or inside a bracket shows nothing: it is removed, not made a space',
    text: 'أعلنت الوزارة\u200b. وقالت إن «\u200bالخطة» جاهزة\u200b، وإن التنفيذ (\u200bفورا) سيبدأ.',
    findings: [{ covers: '\u200b' }, { covers: '\u200b', nth: 1 }, { covers: '\u200b', nth: 2 }, { covers: '\u200b', nth: 3 }],
    fixed: 'أعلنت الوزارة. وقالت إن «الخطة» جاهزة، وإن التنفيذ (فورا) سيبدأ.',
  },
  {
    name: 'a zero-width space inside a number is nothing; between two letters it may part two words or sit in one: the editor decides',
    text: 'أعلنت الحكو\u200bمة أن المبلغ ١٢٬\u200b٥٠٠ دينار و42,\u200b300 دولار.',
    findings: [
      { covers: '\u200b', messageId: 'invisible', severity: 'warning' },
      { covers: '\u200b', nth: 1, messageId: 'invisible', severity: 'error' },
      { covers: '\u200b', nth: 2, messageId: 'invisible', severity: 'error' },
    ],
    fixed: 'أعلنت الحكو\u200bمة أن المبلغ ١٢٬٥٠٠ دينار و42,300 دولار.',
    suggested: 'أعلنت الحكومة أن المبلغ ١٢٬٥٠٠ دينار و42,300 دولار.',
  },
  {
    name: 'a zero-width space inside a Latin run (an e-mail address) is removed or a space, the editor decides: a space would break it too',
    text: 'وراسلوا العنوان info@exa\u200bmple.com للاستفسار.',
    findings: [{ covers: '\u200b', severity: 'warning' }],
    suggested: 'وراسلوا العنوان info@example.com للاستفسار.',
  },
  {
    name: 'a no-break space against a mark (French spacing) goes: a plain space there would be one too many',
    text: 'وقال الوزير\u00a0: «\u00a0الاتفاق نهائي\u00a0»\u00a0، وأضاف أن التنفيذ (\u00a0فورا) سيبدأ\u00a0.',
    findings: [
      { covers: '\u00a0', messageId: 'invisible' },
      { covers: '\u00a0', nth: 1, messageId: 'invisible' },
      { covers: '\u00a0', nth: 2, messageId: 'invisible' },
      { covers: '\u00a0', nth: 3, messageId: 'invisible' },
      { covers: '\u00a0', nth: 4, messageId: 'invisible' },
      { covers: '\u00a0', nth: 5, messageId: 'invisible' },
    ],
    fixed: 'وقال الوزير: «الاتفاق نهائي»، وأضاف أن التنفيذ (فورا) سيبدأ.',
  },
  {
    name: 'clean twin: a no-break space between a mark and the next word is a space',
    text: 'وقال الوزير:\u00a0«الاتفاق نهائي»\u00a0وأضاف أن التنفيذ\u00a0(فورا) سيبدأ.',
    findings: [
      { covers: '\u00a0', messageId: 'nonBreaking' },
      { covers: '\u00a0', nth: 1, messageId: 'nonBreaking' },
      { covers: '\u00a0', nth: 2, messageId: 'nonBreaking' },
    ],
    fixed: 'وقال الوزير: «الاتفاق نهائي» وأضاف أن التنفيذ (فورا) سيبدأ.',
  },
  {
    name: 'a no-break space grouping the thousands of a number goes: a plain one would let the number break',
    text: 'بلغ عدد الزوار 1\u202f200 زائر و3\u00a0500 مشارك.',
    findings: [{ covers: '\u202f', messageId: 'invisible' }, { covers: '\u00a0', messageId: 'invisible' }],
    fixed: 'بلغ عدد الزوار 1200 زائر و3500 مشارك.',
  },
  {
    name: 'a no-break space between two numbers (times, dates, years, scores, a list) is a space; a zero-width one there shows nothing',
    text: 'الفجر والشروق: 4:32\u00a05:58، في الموعدين 14/6\u00a015/6، في الأعوام 2024\u00a02025، بنتيجتي 2-1 و3\u00a01، والأرقام الفائزة: 12\u00a045\u00a067، والرقم 911\u200b115.',
    findings: [
      { covers: '\u00a0', messageId: 'nonBreaking' },
      { covers: '\u00a0', nth: 1, messageId: 'nonBreaking' },
      { covers: '\u00a0', nth: 2, messageId: 'nonBreaking' },
      { covers: '\u00a0', nth: 3, messageId: 'nonBreaking' },
      { covers: '\u00a0', nth: 4, messageId: 'nonBreaking' },
      { covers: '\u00a0', nth: 5, messageId: 'nonBreaking' },
      { covers: '\u200b', messageId: 'invisible' },
    ],
    fixed: 'الفجر والشروق: 4:32 5:58، في الموعدين 14/6 15/6، في الأعوام 2024 2025، بنتيجتي 2-1 و3 1، والأرقام الفائزة: 12 45 67، والرقم 911115.',
  },
  {
    name: 'a no-break space between the groups of a telephone number is a space, not a thousands separator',
    text: 'للاستفسار: +971\u00a04\u00a0123\u00a04567 أو البريد الإلكتروني.',
    findings: [
      { covers: '\u00a0', messageId: 'nonBreaking' },
      { covers: '\u00a0', nth: 1, messageId: 'nonBreaking' },
      { covers: '\u00a0', nth: 2, messageId: 'nonBreaking' },
    ],
    fixed: 'للاستفسار: +971 4 123 4567 أو البريد الإلكتروني.',
  },
  {
    name: 'a zero-width space between a digit and a mark of its number goes: it shows nothing there',
    text: 'وبلغ العجز 5\u200b,600 مليون دينار، وارتفع السهم 3.2\u200b% في 12\u200b/3/2026، وقال 5%\u200bخلال العام.',
    findings: [
      { covers: '\u200b', messageId: 'invisible' },
      { covers: '\u200b', nth: 1, messageId: 'invisible' },
      { covers: '\u200b', nth: 2, messageId: 'invisible' },
      { covers: '\u200b', nth: 3, messageId: 'nonBreaking' },
    ],
    fixed: 'وبلغ العجز 5,600 مليون دينار، وارتفع السهم 3.2% في 12/3/2026، وقال 5% خلال العام.',
  },
  {
    name: 'a direction mark before a signed number sets its sign\'s side (an Arabic letter mark before Arabic-Indic digits too); one elsewhere goes',
    text: 'وتنخفض الحرارة إلى \u200e-3 درجات ليلا و\u061c-٥ في الجبال، وقال\u200e المتنبئ\u061c إن الصقيع متوقع.',
    findings: [{ covers: '\u200e', nth: 1, messageId: 'invisible' }, { covers: '\u061c', nth: 1, messageId: 'invisible' }],
    fixed: 'وتنخفض الحرارة إلى \u200e-3 درجات ليلا و\u061c-٥ في الجبال، وقال المتنبئ إن الصقيع متوقع.',
  },
  {
    name: 'a direction mark that orders the text on screen stays: LTR after the marks ending a Latin run, RLM between a Latin run and a punctuation mark or before a paragraph\'s first Latin letter',
    text: '\u200fCNN: كتب المطور بلغة C++\u200e وبلغة C#\u200e لشركتي Apple\u200f، Google\u200f، ونشرت Yahoo!\u200e النتائج، ويمكن مراسلة الوزارة على complaints@mol.gov.qa\u200f، أو الاتصال بها.',
    findings: [],
  },
  {
    name: 'clean twin: the same marks beside Arabic words or before a space order nothing, and go',
    text: 'كتب المطور\u200e بلغة البرمجة\u200f، وقال الوزير\u200f: إن شركة Apple\u200f نشرت الخبر.',
    findings: [{ covers: '\u200e' }, { covers: '\u200f' }, { covers: '\u200f', nth: 1 }, { covers: '\u200f', nth: 2 }],
    fixed: 'كتب المطور بلغة البرمجة، وقال الوزير: إن شركة Apple نشرت الخبر.',
  },
  {
    name: 'a joiner, a word joiner, a byte order mark and a soft hyphen inside a word or after a proclitic join its letters: they go',
    text: 'قال الوزير إن الاتفا\u200dق نهائي وإن الخط\u2060ة جديدة و\ufeffشاملة للإصلا\u00adحات.',
    findings: [
      { covers: '\u200d', messageId: 'invisible' },
      { covers: '\u2060', messageId: 'invisible' },
      { covers: '\ufeff', messageId: 'invisible' },
      { covers: '\u00ad', messageId: 'invisible' },
    ],
    fixed: 'قال الوزير إن الاتفاق نهائي وإن الخطة جديدة وشاملة للإصلاحات.',
  },
  {
    name: 'a leading byte order mark is the file’s, not the text’s',
    text: '\ufeffالعنوان\nأعلنت الحكومة خطة جديدة.',
    findings: [],
  },
  {
    name: 'stray joiners in Arabic words',
    text: 'قال الوزير\u200c إن الاتفاق\u200d نهائي.',
    findings: [{ covers: '\u200c' }, { covers: '\u200d' }],
    fixed: 'قال الوزير إن الاتفاق نهائي.',
  },
  {
    name: 'a non-joiner between two letters is a half-space that may part two words (بيت‌لاهيا، الوزير‌إن) or a word\'s parts (القرار‌ات), whether the letter before joins or not: the editor decides; before a word with the article it is a space (الحكومة‌السورية)',
    text: 'قصفت الطائرات بلدة بيت\u200cلاهيا، وقالت الحكومة\u200cالسورية إن القرار\u200cات صدرت، وقال الوزير\u200cإن الهدنة صامدة.',
    findings: [
      { covers: '\u200c', severity: 'warning' },
      { covers: '\u200c', nth: 1, severity: 'error' },
      { covers: '\u200c', nth: 2, severity: 'warning' },
      { covers: '\u200c', nth: 3, severity: 'warning' },
    ],
    fixed: 'قصفت الطائرات بلدة بيت\u200cلاهيا، وقالت الحكومة السورية إن القرار\u200cات صدرت، وقال الوزير\u200cإن الهدنة صامدة.',
    suggested: 'قصفت الطائرات بلدة بيتلاهيا، وقالت الحكومة السورية إن القرارات صدرت، وقال الوزيرإن الهدنة صامدة.',
  },
  {
    name: 'a narrow no-break space before the percent sign, French typography, goes: no space there in Arabic copy',
    text: 'وارتفعت الإيرادات بنسبة 9\u202f% خلال الربع الثالث.',
    findings: [{ covers: '\u202f' }],
    fixed: 'وارتفعت الإيرادات بنسبة 9% خلال الربع الثالث.',
  },
  {
    name: 'a joiner or a word joiner before a word with the article stands for a space (الجمعيات‍المحلية): removing it would merge two words',
    text: 'وتوزع الجمعيات\u200dالمحلية وجبات على النازحين، وتشرف البلديات\u2060الأخرى على التوزيع.',
    findings: [{ covers: '\u200d', messageId: 'nonBreaking' }, { covers: '\u2060', messageId: 'nonBreaking' }],
    fixed: 'وتوزع الجمعيات المحلية وجبات على النازحين، وتشرف البلديات الأخرى على التوزيع.',
  },
  {
    name: 'after a proclitic alone (و‌الترفيهية، ب​الحكومة) a non-joiner or a zero-width space goes: a space would part the proclitic from its word',
    text: 'وتشمل الخطة المرافق و\u200cالترفيهية، وأشاد ب\u200bالحكومة.',
    findings: [{ covers: '\u200c' }, { covers: '\u200b' }],
    fixed: 'وتشمل الخطة المرافق والترفيهية، وأشاد بالحكومة.',
  },
  {
    name: 'after the article alone, with a proclitic or none (ال‌مصلين، وال‌حجاج، لل‌طلاب), a non-joiner goes: a space would part the article from its word',
    text: 'وأدى ال\u200cمصلين صلاة العيد وال\u200cحجاج في مكة، وللطلاب وال\u200cطالبات عطلة، وقال المدير الم\u200cالي إن الأرباح زادت.',
    findings: [{ covers: '\u200c' }, { covers: '\u200c', nth: 1 }, { covers: '\u200c', nth: 2 }, { covers: '\u200c', nth: 3 }],
    fixed: 'وأدى المصلين صلاة العيد والحجاج في مكة، وللطلاب والطالبات عطلة، وقال المدير الم\u200cالي إن الأرباح زادت.',
    suggested: 'وأدى المصلين صلاة العيد والحجاج في مكة، وللطلاب والطالبات عطلة، وقال المدير المالي إن الأرباح زادت.',
  },
  {
    name: 'before ال that leads no word of its own (a suffix, a word\'s last letters), a non-joiner or a zero-width space sits inside one word: the editor decides',
    text: 'وتوالت على التو\u200cالي الاحتف\u200cالات بالفوز، ورفعت الجماهير\u200b الأعلام وغنت للمعلو\u200bالي.',
    findings: [{ covers: '\u200c', severity: 'warning' }, { covers: '\u200c', nth: 1, severity: 'warning' }, { covers: '\u200b', severity: 'error' }, { covers: '\u200b', nth: 1, severity: 'warning' }],
    fixed: 'وتوالت على التو\u200cالي الاحتف\u200cالات بالفوز، ورفعت الجماهير الأعلام وغنت للمعلو\u200bالي.',
    suggested: 'وتوالت على التوالي الاحتفالات بالفوز، ورفعت الجماهير الأعلام وغنت للمعلوالي.',
  },
  {
    name: 'a non-joiner before Persian ی or ک, or after می, belongs to a Persian word quoted in an Arabic sentence',
    text: 'وتحمل مجموعته عنوان «حنجره\u200cی زخمی» وديوانه «کتاب\u200cها» وعبارة «می\u200cروم»، بينما هنا مدرسة\u200cي عربية.',
    findings: [{ covers: '\u200c', nth: 3, severity: 'warning' }],
    suggested: 'وتحمل مجموعته عنوان «حنجره\u200cی زخمی» وديوانه «کتاب\u200cها» وعبارة «می\u200cروم»، بينما هنا مدرسةي عربية.',
  },
  {
    name: 'a non-joiner inside a Persian sentence and a joiner inside an emoji sequence are correct',
    text: 'قال المتحدث: «من می\u200cخواهم این کار را انجام دهم». ونشر صورة العائلة 👨\u200d👩\u200d👧 والعلم 🏳️\u200d🌈.',
    findings: [],
  },
  {
    name: 'CRLF keeps positions on the original text',
    text: 'العنوان\r\nقال الوزير\u200f إن الاجتماع انتهى.\r\n',
    findings: [{ covers: '\u200f' }],
    fixed: 'العنوان\r\nقال الوزير إن الاجتماع انتهى.\r\n',
  },
]);

it('invisible-characters names each character in its message', () => {
  const { findings } = lint('وصل الوفد\u200f\u200e إلى العاصمة.', configFor(rule));
  assert.equal(findingMessage(findings[0], 'en'), 'Invisible character in the text: RIGHT-TO-LEFT MARK U+200F, LEFT-TO-RIGHT MARK U+200E. Remove it.');
  assert.match(findingMessage(findings[0], 'ar'), /علامة الاتجاه من اليمين إلى اليسار، علامة الاتجاه من اليسار إلى اليمين/);
});
