import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rules } from '../../server/src/engine';
import { NLS_FILES, ROOT, readJson, syncedNls, syncedPackageJson } from '../scripts/sync-manifest';

const STALE = 'out of date: run `npx tsx client/scripts/sync-manifest.ts`';

describe('extension manifest', () => {
  const pkg = readJson('package.json') as any;

  it('package.json holds the keys sync-manifest writes', () => {
    assert.deepEqual(pkg, syncedPackageJson(pkg), `package.json is ${STALE}`);
  });

  it('the mudaqqiq.rules setting offers exactly the engine rules', () => {
    const properties = pkg.contributes.configuration.properties['mudaqqiq.rules'].properties;
    assert.deepEqual(Object.keys(properties).sort(), rules.map((r) => r.id).sort());
  });

  for (const [locale, file] of Object.entries(NLS_FILES) as ['en' | 'ar', string][]) {
    it(`${file} has every string package.json uses, and the current rule summaries`, () => {
      const nls = readJson(file) as Record<string, string>;
      assert.deepEqual(nls, syncedNls(nls, locale), `${file} is ${STALE}`);
      const used = [...JSON.stringify(pkg).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
      assert.deepEqual(used.filter((key) => !nls[key]), []);
    });
  }

  it('the English and Arabic nls files have the same keys', () => {
    assert.deepEqual(Object.keys(readJson(NLS_FILES.ar)).sort(), Object.keys(readJson(NLS_FILES.en)).sort());
  });

  it('every vscode.l10n.t string in the client has an Arabic translation, and no translation is unused', () => {
    const sources = readdirSync(join(ROOT, 'client', 'src'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(ROOT, 'client', 'src', f), 'utf8'))
      .join('\n');
    const used = new Set([...sources.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
    assert.ok(used.size > 0);
    const bundle = readJson(join(pkg.l10n, 'bundle.l10n.ar.json')) as Record<string, string>;
    assert.deepEqual([...used].filter((s) => !bundle[s]), [], 'missing from l10n/bundle.l10n.ar.json');
    assert.deepEqual(Object.keys(bundle).filter((s) => !used.has(s)), [], 'unused in l10n/bundle.l10n.ar.json');
    for (const [english, arabic] of Object.entries(bundle)) {
      const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
      assert.deepEqual(placeholders(arabic), placeholders(english), `placeholders of "${english}"`);
    }
  });

  it('every file the manifest points at exists', () => {
    const paths = [
      pkg.main,
      pkg.icon,
      ...pkg.contributes.languages.map((l: any) => l.configuration).filter(Boolean),
      ...pkg.contributes.grammars.map((g: any) => g.path),
      ...pkg.contributes.jsonValidation.map((j: any) => j.url),
    ];
    assert.deepEqual(paths.filter((p: string) => !existsSync(join(ROOT, p))), []);
  });

  it('engines.vscode accepts VS Code 1.100 (code-server 4.100.3)', () => {
    assert.match(pkg.engines.vscode, /^\^1\.(\d+)\.0$/);
    assert.ok(Number(pkg.engines.vscode.match(/^\^1\.(\d+)/)[1]) <= 100);
  });
});
