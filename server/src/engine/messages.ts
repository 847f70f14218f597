import type { AnyRule } from './rule';
import { ruleById } from './rules';
import type { Finding, Locale, Localized } from './types';

export interface FormatOptions {
  /**
   * Wrap each filled-in value in Unicode first-strong isolates (U+2068 … U+2069) so that a Latin value in
   * an Arabic message, or an Arabic value in an English one, keeps its order. For UIs that render bidi
   * text (the editor); terminals show the marks as they are, so the CLI leaves them out.
   */
  isolate?: boolean;
}

/**
 * The most UTF-16 code units of a value a message shows. A value quotes the text (a word, a run of marks, a
 * number), which may be a whole line: 50,000 tatweels in one word are 50,000 findings, each quoting it.
 */
const MAX_SHOWN_VALUE = 120;

/** `value`, cut to MAX_SHOWN_VALUE units and an ellipsis when longer, never inside a surrogate pair. */
function shownValue(value: string): string {
  if (value.length <= MAX_SHOWN_VALUE) return value;
  const cut = (value.charCodeAt(MAX_SHOWN_VALUE - 1) & 0xfc00) === 0xd800 ? MAX_SHOWN_VALUE - 1 : MAX_SHOWN_VALUE;
  return `${value.slice(0, cut)}…`;
}

export function fillTemplate(template: string, data: Record<string, string> | undefined, options: FormatOptions = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data?.[key];
    if (value === undefined) return whole;
    const shown = shownValue(value);
    return options.isolate ? `\u2068${shown}\u2069` : shown;
  });
}

export function localized(text: Localized, locale: Locale): string {
  return text[locale] || text.en;
}

export function ruleMessage(rule: AnyRule, messageId: string, data: Record<string, string> | undefined, locale: Locale, options?: FormatOptions): string {
  const template = rule.messages[messageId];
  if (!template) throw new Error(`rule ${rule.id} has no message "${messageId}"`);
  return fillTemplate(localized(template, locale), data, options);
}

export function findingMessage(finding: Pick<Finding, 'ruleId' | 'messageId' | 'data'>, locale: Locale, options?: FormatOptions): string {
  const rule = ruleById.get(finding.ruleId);
  if (!rule) throw new Error(`unknown rule ${finding.ruleId}`);
  return ruleMessage(rule, finding.messageId, finding.data, locale, options);
}

export const DOCS_BASE_URL = 'https://github.com/mudaqqiq/mudaqqiq/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
