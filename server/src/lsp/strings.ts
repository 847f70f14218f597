import { fillTemplate, type Locale, type Localized } from '../engine';
import { hasArabicLetter } from '../engine/text/normalize';

// The server's own words (rule messages and docs come from the rules).

const STRINGS = {
  fixAllOfRule: { ar: 'أصلح كل مشكلات {rule} في هذا الملف', en: 'Fix all {rule} problems in this file' },
  fixAll: { ar: 'أصلح كل ما يمكن إصلاحه تلقائيا (مدقق)', en: 'Fix all auto-fixable problems (Mudaqqiq)' },
  disableLine: { ar: 'عطّل {rule} في هذا السطر', en: 'Disable {rule} for this line' },
  disableFile: { ar: 'عطّل {rule} في هذا الملف', en: 'Disable {rule} for this file' },
  headline: { ar: 'العنوان', en: 'headline' },
  byline: { ar: 'التوقيع', en: 'byline' },
  lede: { ar: 'المقدمة', en: 'lede' },
  section: { ar: 'قسم', en: 'section' },
  paragraph: { ar: 'الفقرة {number}', en: 'paragraph {number}' },
  quotation: { ar: 'اقتباس', en: 'quotation' },
  question: { ar: 'سؤال', en: 'question' },
  answer: { ar: 'جواب', en: 'answer' },
  names: { ar: 'الأسماء', en: 'Names' },
  person: { ar: 'أشخاص', en: 'People' },
  organisation: { ar: 'منظمات', en: 'Organisations' },
  place: { ar: 'أماكن', en: 'Places' },
  omittedBlocks: { ar: '… و{count} فقرة أخرى', en: '… {count} more paragraphs' },
  example: { ar: 'مثال', en: 'Example' },
  correction: { ar: 'التصحيح', en: 'Corrected' },
  notFlagged: { ar: 'لا يُرصد', en: 'Not flagged' },
  documentation: { ar: 'التوثيق', en: 'Documentation' },
  omittedFindings: {
    ar: 'عُرضت أول {shown} ملاحظة فقط من {total} في {uri}.',
    en: 'Showing the first {shown} of {total} findings in {uri}.',
  },
  limited: {
    ar: 'مدقق: النص طويل جدا ({size} حرف)، فلم تُفحص إلا الفقرات كلٌّ على حدة؛ التكرار والتوحيد على مستوى المقال لم يُفحصا.',
    en: 'Mudaqqiq: this text is very long ({size} characters), so only paragraph checks ran; repetition and consistency across the article were not checked.',
  },
  checkingWorkspace: { ar: 'مدقق: فحص المقالات', en: 'Mudaqqiq: checking articles' },
  notAName: { ar: 'ليس هنا اسم شخص أو منظمة أو مكان.', en: 'There is no name of a person, organisation or place here.' },
  unknownDirectiveRule: {
    ar: 'ليست «{rule}» من قواعد مدقق، فلا يعطّل هذا التوجيه شيئا. القواعد: {rules}',
    en: '“{rule}” is no Mudaqqiq rule, so this directive silences nothing. The rules: {rules}',
  },
  unknownDirective: {
    ar: 'ليس «{directive}» من توجيهات مدقق، فلا يعطّل شيئا. التوجيهات: {directives}',
    en: '“{directive}” is no Mudaqqiq directive, so it silences nothing. The directives: {directives}',
  },
  editNotApplied: {
    ar: 'مدقق: لم يطبّق المحرر التعديل، فلم يتغير شيء.',
    en: 'Mudaqqiq: the editor did not apply the edit, so nothing changed.',
  },
  editFailed: {
    ar: 'مدقق: لم يطبّق المحرر التعديل، فلم يتغير شيء ({reason}).',
    en: 'Mudaqqiq: the editor did not apply the edit, so nothing changed ({reason}).',
  },
  addToNameList: {
    ar: 'أضف «{form}» إلى قائمة الأسماء في مساحة العمل كتابةً معتمدة',
    en: 'Add “{form}” to the workspace name list as the preferred spelling',
  },
} satisfies Record<string, Localized>;

export type StringId = keyof typeof STRINGS;

/**
 * Whether text is wrapped in bidi isolates (below). Editors that lay lines out with the Unicode bidi
 * algorithm (VS Code) need them; terminal editors draw them as code points (Neovim's `<2068>`), so
 * those clients get plain text (setIsolates, at initialize). One client per server process.
 */
let isolates = true;

/** Terminal editors, by the name their LSP client gives in initialize's clientInfo. */
const DRAWS_ISOLATES_AS_CODES = /\b(?:n?vim|neovim|helix|emacs|eglot|lsp-mode|kakoune|kak-lsp|sublime)\b/i;

export function setIsolates(clientName: string | undefined): void {
  isolates = clientName === undefined || !DRAWS_ISOLATES_AS_CODES.test(clientName);
}

/** The `isolate` option of the engine's message templates: each filled-in value in its own isolate. */
export const isolatingValues = (): boolean => isolates;

export function t(id: StringId, locale: Locale, data?: Record<string, string | number>): string {
  const values = data && Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)]));
  return fillTemplate(STRINGS[id][locale], values, { isolate: isolates && locale === 'ar' && data !== undefined });
}

/**
 * Arabic text for a line of a left-to-right interface (the Problems panel, the light-bulb menu): one
 * right-to-left isolate (U+2067 … U+2069), so that its words, its Latin runs and its final full stop
 * sit in reading order whatever the line around it.
 */
export function inReadingOrder(text: string, locale: Locale): string {
  return isolates && locale === 'ar' ? `\u2067${text}\u2069` : text;
}

/** A label that may hold Arabic (a symbol name, a detail): isolated right to left when it does. */
export function isolatedIfArabic(text: string): string {
  return isolates && hasArabicLetter(text) ? `\u2067${text}\u2069` : text;
}

/** 5781891 → "5,781,891", without toLocaleString, whose first call loads ICU's number formats (some 10 ms). */
export function withThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
