import { rules, type AnyRule } from '../engine';
import { nameListSchema } from '../engine/names/list';

// The JSON Schema of `.mudaqqiq.json`, built from the rule metadata so that it can never disagree with the
// rules that exist. The config loader validates against it; `npm run docs` writes it to
// schemas/mudaqqiq.schema.json for editors, and a test fails when that file is stale.

export const CONFIG_SCHEMA_ID = 'https://github.com/mudaqqiq/mudaqqiq/blob/main/schemas/mudaqqiq.schema.json';

/** The severities a config file may give a rule. */
export const SEVERITY_NAMES = ['off', 'info', 'warn', 'error'] as const;

export type JsonSchema = Record<string, unknown>;

export function buildConfigSchema(): JsonSchema {
  const severity = { type: 'string', enum: [...SEVERITY_NAMES], description: 'off, info, warn or error.' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'Mudaqqiq configuration (.mudaqqiq.json)',
    description: 'Settings for the Mudaqqiq Arabic copy-desk checker. JSON with comments.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The schema of this file, for editors.' },
      rules: {
        type: 'object',
        description: 'Each rule: a severity, or [severity, options].',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSettingSchema(rule, severity)])),
      },
      quoteStyle: {
        type: 'string',
        enum: ['auto', 'guillemets', 'curly', 'straight'],
        default: 'auto',
        description: 'The house quotation marks: «guillemets», “curly”, "straight", or auto (the style the article uses most).',
      },
      headlineDoubleDot: {
        type: 'boolean',
        default: true,
        description: 'Allow the headline convention of two dots after the first word (العراق.. عنوان).',
      },
      locale: {
        type: 'string',
        enum: ['ar', 'en'],
        description: 'Language of the messages; the --locale option wins.',
      },
      names: {
        description: "The newsroom's name list for the name-consistency rule: an array of entries, or the path of a JSON file holding that array (relative to this config file).",
        oneOf: [nameListItems(), { type: 'string', minLength: 1 }],
      },
    },
  };
}

/** The name list's schema, to be nested (draft-07 allows `$schema` only at the root). */
export function nameListItems(): JsonSchema {
  const { $schema: _root, title: _title, ...schema } = nameListSchema;
  return schema;
}

function ruleSettingSchema(rule: AnyRule, severity: JsonSchema): JsonSchema {
  const options = rule.optionsSchema ?? { type: 'object', properties: {}, additionalProperties: false };
  return {
    description: `${rule.docs.summary.en || rule.id} Default: ${severityName(rule.defaultSeverity)}.`,
    oneOf: [
      severity,
      { type: 'array', items: [severity, options], minItems: 1, maxItems: 2, additionalItems: false },
    ],
  };
}

/** The config-file spelling of a severity (the engine says `warning`, config files say `warn`). */
export function severityName(severity: string): (typeof SEVERITY_NAMES)[number] {
  return severity === 'warning' ? 'warn' : (severity as (typeof SEVERITY_NAMES)[number]);
}
