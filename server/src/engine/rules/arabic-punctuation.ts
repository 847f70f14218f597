import { defineRule } from '../rule';
import { isArabicLetter } from '../text/normalize';
import { facingOf, familyOf, isDigit, isHaraka, isLatinLetter, type Facing } from '../text/punctuation';

const LATIN_MARK = /[,;?]/g;
const ARABIC_FORM: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
/** How far to look for a letter, and for the partner of a bracket the mark stands outside of. */
const LOOKAROUND = 64;
const PARTNER_REACH = 300;

type Side = 'arabic' | 'latin' | 'neutral';

/**
 * The script of the nearest letter on one side of the mark. Spaces, numbers and harakat are passed over,
 * and so are brackets and quotes, except that a quotation or bracket the mark stands outside of is passed
 * whole: in `قالت «Game of Thrones», وأضافت` the comma belongs to the Arabic sentence around the title.
 */
function sideOf(text: string, mark: number, step: 1 | -1, facing: (i: number) => Facing | undefined): Side {
  const enclosing: Facing = step === -1 ? 'close' : 'open';
  let k = mark + step;
  for (let budget = LOOKAROUND; budget > 0 && k >= 0 && k < text.length; budget--, k += step) {
    const code = text.charCodeAt(k);
    if (isArabicLetter(code)) return 'arabic';
    if (isLatinLetter(code)) return 'latin';
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x25 || code === 0x0640 || isDigit(code) || isHaraka(code)) continue;
    const family = familyOf(text[k]);
    if (family === undefined) return 'neutral';
    if (facing(k) === enclosing) {
      const partner = partnerOf(text, k, step, family, facing);
      if (partner === -1) return 'neutral';
      k = partner;
    }
  }
  return 'neutral';
}

function partnerOf(text: string, at: number, step: 1 | -1, family: string, facing: (i: number) => Facing | undefined): number {
  const wanted: Facing = facing(at) === 'open' ? 'close' : 'open';
  for (let k = at + step, reach = PARTNER_REACH; reach > 0 && k >= 0 && k < text.length; reach--, k += step) {
    if (family.includes(text[k]) && facing(k) === wanted) return k;
  }
  return -1;
}

export default defineRule({
  id: 'arabic-punctuation',
  category: 'punctuation',
  defaultSeverity: 'warning',
  fixable: 'safe',
  scope: 'paragraph',
  messages: {
    latinMark: {
      ar: 'علامة ترقيم لاتينية «{mark}» في نص عربي: استعمل «{arabic}».',
      en: 'Latin “{mark}” in Arabic text: use “{arabic}”.',
    },
    useArabic: { ar: 'استبدل بها «{arabic}»', en: 'Replace with “{arabic}”' },
  },
  docs: {
    summary: {
      ar: 'يرصد الفاصلة والفاصلة المنقوطة وعلامة الاستفهام اللاتينية بين كلمات عربية.',
      en: 'Flags the Latin comma, semicolon and question mark between Arabic words.',
    },
    rationale: {
      ar: 'العلامات اللاتينية تنقلب اتجاهها وتلتصق بغير موضعها في النص العربي، وتفسد البحث والتقسيم الآلي للجمل؛ والعربية لها علاماتها: ، ؛ ؟',
      en: 'Latin marks face the wrong way in Arabic text and break search and sentence splitting; Arabic has its own marks: ، ؛ ؟',
    },
    bad: 'هل انتهت المفاوضات? قال المتحدث, إن الجولة المقبلة تبدأ غدا; ولم يحدد مكانها.',
    good: 'هل انتهت المفاوضات؟ قال المتحدث، إن الجولة المقبلة تبدأ غدا؛ ولم يحدد مكانها.',
    notFlagged: {
      ar: 'الأرقام (2,500) والأوقات (10:30) والعبارات اللاتينية (Reuters, AFP أو Washington Post?) والروابط وعناوين البريد: الفاصلة بين كلمتين لاتينيتين تبقى لاتينية.',
      en: 'Numbers (2,500), times (10:30), Latin runs (Reuters, AFP or Washington Post?), URLs and e-mail addresses: a comma between Latin words stays Latin.',
    },
  },
  defaultOptions: {},
  checkParagraph(paragraph, { report }) {
    const { text, start: base } = paragraph;
    if (!/[,;?]/.test(text)) return;
    const facing = facingOf(text);
    for (const m of text.matchAll(LATIN_MARK)) {
      const at = m.index;
      const mark = m[0];
      if (isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1))) continue; // 2,500
      const before = sideOf(text, at, -1, facing);
      const after = sideOf(text, at, 1, facing);
      if (before === 'latin' || after === 'latin' || (before !== 'arabic' && after !== 'arabic')) continue;
      const arabic = ARABIC_FORM[mark];
      const span = { start: base + at, end: base + at + 1 };
      report({
        span,
        messageId: 'latinMark',
        data: { mark, arabic },
        fixes: [{ messageId: 'useArabic', data: { arabic }, edits: [{ span, text: arabic }], safe: true }],
      });
    }
  },
});
