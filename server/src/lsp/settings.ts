import { isKnownRule, type RuleSetting } from '../engine';
import type { TextKind } from '../engine';
import { isArabicLetter } from '../engine/text/normalize';
import { configSchemaErrors } from '../node/config-loader';
import { SEVERITY_NAMES } from '../node/config-schema';

// The editor settings (section `mudaqqiq`), read leniently: a bad value falls back to its default and is
// reported once, so a typo in settings.json never switches the checker off. Rule settings are held to
// the schema of `.mudaqqiq.json`, so that the editor takes nothing a config file would be refused for.

export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  /** `auto`: the editor's display language. */
  locale: 'auto' | 'ar' | 'en';
  /** Rule id → severity (or [severity, options]), merged over `.mudaqqiq.json`. */
  rules: Record<string, RuleSetting>;
  /** Language ids that are checked. */
  languages: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  run: 'onType',
  locale: 'auto',
  rules: {},
  // `text` is what Neovim and Helix call plain text.
  languages: ['arabic-news', 'markdown', 'plaintext', 'text'],
};

/** Languages that hold all sorts of text: checked only when the document is mostly Arabic. */
const GENERIC_LANGUAGES = new Set(['markdown', 'plaintext', 'text']);

export function readSettings(raw: unknown, problems: string[] = []): Settings {
  const settings = { ...DEFAULT_SETTINGS, rules: {} as Record<string, RuleSetting> };
  if (raw === null || raw === undefined) return settings;
  if (typeof raw !== 'object') {
    problems.push('mudaqqiq settings must be an object');
    return settings;
  }
  const value = raw as Record<string, unknown>;
  if (value.enable !== undefined) {
    if (typeof value.enable === 'boolean') settings.enable = value.enable;
    else problems.push('mudaqqiq.enable must be true or false');
  }
  if (value.run !== undefined) {
    if (value.run === 'onType' || value.run === 'onSave') settings.run = value.run;
    else problems.push('mudaqqiq.run must be "onType" or "onSave"');
  }
  if (value.locale !== undefined) {
    if (value.locale === 'auto' || value.locale === 'ar' || value.locale === 'en') settings.locale = value.locale;
    else problems.push('mudaqqiq.locale must be "auto", "ar" or "en"');
  }
  if (value.languages !== undefined) {
    if (Array.isArray(value.languages) && value.languages.every((l) => typeof l === 'string')) settings.languages = value.languages;
    else problems.push('mudaqqiq.languages must be a list of language ids');
  }
  if (value.rules !== undefined) {
    if (value.rules && typeof value.rules === 'object' && !Array.isArray(value.rules)) {
      for (const [id, setting] of Object.entries(value.rules as Record<string, unknown>)) {
        if (!isKnownRule(id)) {
          problems.push(`mudaqqiq.rules: unknown rule "${id}"`);
          continue;
        }
        const valid = validRuleSetting(id, setting, problems);
        if (valid !== undefined) settings.rules[id] = valid;
      }
    } else {
      problems.push('mudaqqiq.rules must be an object of rule id → severity');
    }
  }
  return settings;
}

/**
 * The rule setting as far as the config schema takes it: a bad option is left out (its default applies),
 * a bad severity leaves the rule to its default; each is reported.
 */
function validRuleSetting(id: string, setting: unknown, problems: string[]): RuleSetting | undefined {
  const where = `mudaqqiq.rules.${id}`;
  if (ruleSettingErrors(id, setting).length === 0) return setting as RuleSetting;
  const [severity, options] = Array.isArray(setting) && setting.length === 2 ? setting : [];
  if (!SEVERITY_NAMES.includes(severity) || typeof options !== 'object' || options === null || Array.isArray(options)) {
    problems.push(`${where}: give a severity (off, info, warn, error) or [severity, options] (got ${JSON.stringify(setting)}); the rule keeps its default`);
    return undefined;
  }
  const valid: Record<string, unknown> = {};
  for (const [key, option] of Object.entries(options)) {
    const errors = ruleSettingErrors(id, [severity, { [key]: option }]);
    if (errors.length === 0) {
      valid[key] = option;
      continue;
    }
    const error = errors.find((e) => e.instancePath.endsWith(`/1/${key}`));
    const problem = error ? `option ${key} ${error.message} (got ${JSON.stringify(option)})` : `unknown option "${key}"`;
    problems.push(`${where}: ${problem}; its default applies`);
  }
  return [severity, valid] as RuleSetting;
}

/** What the schema of `.mudaqqiq.json` finds wrong with this setting of the rule. */
const ruleSettingErrors = (id: string, setting: unknown) => configSchemaErrors({ rules: { [id]: setting } });

/** Whether a document of this language and text is checked at all. */
export function isChecked(languageId: string, text: string, settings: Settings): boolean {
  if (!settings.enable || !settings.languages.includes(languageId)) return false;
  return !GENERIC_LANGUAGES.has(languageId) || isMostlyArabic(text);
}

/** Letters sampled from the start of the text: enough to decide, bounded for huge documents. */
const SAMPLE_LETTERS = 4000;
const SAMPLE_CHARS = 100_000;

/** More Arabic letters than other letters, over the first few thousand letters, comments left out. */
export function isMostlyArabic(text: string): boolean {
  let arabic = 0;
  let other = 0;
  for (let i = 0; i < text.length && i < SAMPLE_CHARS && arabic + other < SAMPLE_LETTERS; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3c && text.startsWith('<!--', i)) {
      // The Latin of a directive (<!-- mudaqqiq-disable-next-line hamza -->) is no prose: a short article
      // with two of them would stop being checked.
      const end = text.indexOf('-->', i + 4);
      if (end === -1) break;
      i = end + 2;
    } else if (isArabicLetter(code)) arabic++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) other++;
  }
  return arabic > other;
}

export function textKind(languageId: string, uri: string): TextKind {
  return languageId === 'markdown' || /\.(md|markdown)$/i.test(uri) ? 'markdown' : 'plain';
}
