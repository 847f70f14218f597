// Writes the extension's part of package.json (contributes, activation, scripts that package and test it)
// and the rule descriptions of package.nls*.json, from the engine's rule list, so that the `mudaqqiq.rules`
// setting always offers exactly the rules that exist. Other keys of package.json are left as they are.
// Run after adding a rule or changing a rule's summary:  npx tsx client/scripts/sync-manifest.ts
// client/test/manifest.test.ts fails when the files on disk differ from what this would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../server/src/engine';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { SEVERITY_NAMES, severityName } from '../../server/src/node/config-schema';

export const ROOT = join(__dirname, '..', '..');
export const LANGUAGE_ID = 'arabic-news';
export const FILE_EXTENSIONS = ['.news', '.arnews'];
export const NLS_FILES = { en: 'package.nls.json', ar: 'package.nls.ar.json' } as const;
const RULE_KEY_PREFIX = 'config.rules.';

type Json = Record<string, unknown>;

/** The package.json keys this script owns, with their values. */
export function manifestKeys(): Json {
  return {
    icon: 'client/media/icon.png',
    categories: ['Linters', 'Programming Languages'],
    keywords: ['arabic', 'news', 'copy editing', 'proofreading', 'عربي', 'تدقيق'],
    l10n: './l10n',
    activationEvents: [
      // arabic-news activates by itself (its own language); these are the other checked languages.
      'onLanguage:markdown',
      'onLanguage:plaintext',
      'workspaceContains:**/.mudaqqiq.json',
    ],
    capabilities: {
      untrustedWorkspaces: { supported: true },
      virtualWorkspaces: false,
    },
    contributes: {
      languages: [
        {
          id: LANGUAGE_ID,
          aliases: ['Arabic News', 'خبر عربي'],
          extensions: FILE_EXTENSIONS,
          configuration: './language-configuration.json',
        },
        // The config loader reads .mudaqqiq.json as JSON with comments; so should the editor.
        { id: 'jsonc', filenames: ['.mudaqqiq.json'] },
      ],
      grammars: [{ language: LANGUAGE_ID, scopeName: 'text.arabic-news', path: './syntaxes/arabic-news.tmLanguage.json' }],
      configurationDefaults: {
        [`[${LANGUAGE_ID}]`]: {
          'editor.wordWrap': 'on',
          // Proportional Arabic glyphs wrap correctly only with the DOM-measured strategy.
          'editor.wrappingStrategy': 'advanced',
          // VS Code renders every highlighted or coloured piece of a line that holds Arabic as an isolated
          // run and lays the pieces out left to right, scrambling the line's reading order. So nothing may
          // cut an Arabic line into pieces: no ambiguous or non-ASCII highlighting (every Arabic letter
          // would be cut out), no invisible-character highlighting (the invisible-characters rule reports
          // and removes those characters instead), no whitespace rendering in a selection.
          'editor.unicodeHighlight.ambiguousCharacters': false,
          'editor.unicodeHighlight.nonBasicASCII': false,
          'editor.unicodeHighlight.invisibleCharacters': false,
          'editor.renderWhitespace': 'none',
          // Prose: completing words from the same article only gets in the way.
          'editor.wordBasedSuggestions': 'off',
          'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
        },
      },
      configuration: {
        title: '%config.title%',
        properties: {
          // The server asks for these per document (workspace/configuration with its URI), so a folder of a
          // multi-root workspace may set its own; the language list is the client's document selector.
          'mudaqqiq.enable': { type: 'boolean', default: true, scope: 'resource', description: '%config.enable%' },
          'mudaqqiq.run': {
            type: 'string',
            enum: ['onType', 'onSave'],
            enumDescriptions: ['%config.run.onType%', '%config.run.onSave%'],
            default: 'onType',
            scope: 'resource',
            description: '%config.run%',
          },
          'mudaqqiq.locale': {
            type: 'string',
            enum: ['auto', 'ar', 'en'],
            enumDescriptions: ['%config.locale.auto%', '%config.locale.ar%', '%config.locale.en%'],
            default: 'auto',
            scope: 'resource',
            description: '%config.locale%',
          },
          'mudaqqiq.rules': {
            type: 'object',
            default: {},
            scope: 'resource',
            additionalProperties: false,
            markdownDescription: '%config.rules%',
            properties: Object.fromEntries(
              rules.map((rule) => [
                rule.id,
                {
                  type: 'string',
                  enum: [...SEVERITY_NAMES],
                  default: severityName(rule.defaultSeverity),
                  description: `%${RULE_KEY_PREFIX}${rule.id}%`,
                },
              ]),
            ),
          },
          'mudaqqiq.languages': {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            default: DEFAULT_SETTINGS.languages,
            scope: 'window',
            markdownDescription: '%config.languages%',
          },
          'mudaqqiq.trace.server': {
            type: 'string',
            enum: ['off', 'messages', 'verbose'],
            default: 'off',
            scope: 'window',
            description: '%config.trace%',
          },
        },
      },
      jsonValidation: [{ fileMatch: '.mudaqqiq.json', url: './schemas/mudaqqiq.schema.json' }],
      commands: [
        { command: 'mudaqqiq.fixAll', title: '%command.fixAll%', category: '%command.category%' },
        { command: 'mudaqqiq.checkWorkspace', title: '%command.checkWorkspace%', category: '%command.category%' },
        { command: 'mudaqqiq.showOutput', title: '%command.showOutput%', category: '%command.category%' },
      ],
      menus: {
        commandPalette: [
          { command: 'mudaqqiq.fixAll', when: 'editorIsOpen' },
          { command: 'mudaqqiq.checkWorkspace', when: 'workspaceFolderCount > 0' },
        ],
        'editor/context': [{ command: 'mudaqqiq.fixAll', when: `editorLangId == ${LANGUAGE_ID}`, group: '1_modification' }],
      },
    },
  };
}

/** The package.json scripts this script owns. */
export function manifestScripts(): Record<string, string> {
  return {
    package: 'node scripts/build.mjs --minify && vsce package --no-dependencies --skip-license',
    'test:e2e': 'npm run package && node scripts/run-tests.mjs client/test/manifest.test.ts client/test/package.test.ts client/test/e2e',
    'test:vscode': 'npm run build && tsx client/test/vscode/run.ts',
  };
}

/** The rule descriptions of the `mudaqqiq.rules` setting, per locale. */
export function ruleDescriptions(locale: 'en' | 'ar'): Record<string, string> {
  return Object.fromEntries(
    rules.map((rule) => [`${RULE_KEY_PREFIX}${rule.id}`, rule.docs.summary[locale] || rule.docs.summary.en || rule.id]),
  );
}

export function readJson(file: string): Json {
  return JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Json;
}

/** package.json with this script's keys set; other keys keep their order and values. */
export function syncedPackageJson(current: Json): Json {
  const next: Json = { ...current, ...manifestKeys() };
  next.scripts = { ...(current.scripts as Record<string, string>), ...manifestScripts() };
  return next;
}

/** An nls file with the hand-written strings kept and the rule descriptions regenerated. */
export function syncedNls(current: Record<string, string>, locale: 'en' | 'ar'): Record<string, string> {
  const handWritten = Object.entries(current).filter(([key]) => !key.startsWith(RULE_KEY_PREFIX));
  return { ...Object.fromEntries(handWritten), ...ruleDescriptions(locale) };
}

function write(file: string, value: unknown): void {
  writeFileSync(join(ROOT, file), `${JSON.stringify(value, null, 2)}\n`);
}

if (require.main === module) {
  write('package.json', syncedPackageJson(readJson('package.json')));
  for (const [locale, file] of Object.entries(NLS_FILES) as ['en' | 'ar', string][]) {
    write(file, syncedNls(readJson(file) as Record<string, string>, locale));
  }
}
