import type { AnyRule, HouseStyle } from './rule';
import { rules, ruleById } from './rules';
import type { Locale, SeveritySetting } from './types';

// The configuration as data. Reading files is the adapters' job; this module only validates and merges
// the objects they read.

export type RuleSetting = SeveritySetting | 'warn' | [SeveritySetting | 'warn', Record<string, unknown>?];

/** The shape of `.mudaqqiq.json`. */
export interface UserConfig {
  $schema?: string;
  rules?: Record<string, RuleSetting>;
  quoteStyle?: HouseStyle['quoteStyle'];
  headlineDoubleDot?: boolean;
  locale?: Locale;
  /** The newsroom's name list (see the names rule): entries, or a path to a JSON file of entries. */
  names?: unknown;
}

export interface ResolvedRule {
  rule: AnyRule;
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  rules: ResolvedRule[];
  house: HouseStyle;
  locale?: Locale;
  names?: unknown;
}

export const DEFAULT_HOUSE_STYLE: HouseStyle = { quoteStyle: 'auto', headlineDoubleDot: true };

export class ConfigError extends Error {}

/** Later configs win; `rules` merge per rule, options per key. */
export function resolveConfig(...layers: (UserConfig | undefined)[]): ResolvedConfig {
  const settings = new Map<string, { severity: SeveritySetting; options: Record<string, unknown> }>();
  for (const rule of rules) settings.set(rule.id, { severity: rule.defaultSeverity, options: { ...rule.defaultOptions } });
  const house = { ...DEFAULT_HOUSE_STYLE };
  let locale: Locale | undefined;
  let names: unknown;
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, setting] of Object.entries(layer.rules ?? {})) {
      const current = settings.get(id);
      if (!current) throw unknownRule(id);
      const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
      current.severity = parseSeverity(severity, id);
      if (options) current.options = { ...current.options, ...options };
    }
    if (layer.quoteStyle !== undefined) house.quoteStyle = layer.quoteStyle;
    if (layer.headlineDoubleDot !== undefined) house.headlineDoubleDot = layer.headlineDoubleDot;
    if (layer.locale !== undefined) locale = layer.locale;
    if (layer.names !== undefined) names = layer.names;
  }
  return {
    rules: rules.map((rule) => ({ rule, ...settings.get(rule.id)! })),
    house,
    locale,
    names,
  };
}

export function parseSeverity(value: unknown, ruleId: string): SeveritySetting {
  if (value === 'warn' || value === 'warning' || value === 1) return 'warning';
  if (value === 'error' || value === 2) return 'error';
  if (value === 'info') return 'info';
  if (value === 'off' || value === 0) return 'off';
  throw new ConfigError(`rule "${ruleId}": severity must be one of off, info, warn, error (got ${JSON.stringify(value)})`);
}

export function unknownRule(id: string): ConfigError {
  return new ConfigError(`unknown rule "${id}"; known rules: ${rules.map((r) => r.id).join(', ')}`);
}

export function isKnownRule(id: string): boolean {
  return ruleById.has(id);
}
