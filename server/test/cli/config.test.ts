// Needs `npm run build` first: these tests run dist/cli.js (`npm test` builds before it tests).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rules } from '../../src/engine';
import { ConfigFileError, ConfigLoader, readConfigFile } from '../../src/node/config-loader';
import { ONLY_TATWEEL, runCli, sandbox, TATWEEL_LINE } from './helpers';

const severities = (stdout: string): number[] => JSON.parse(stdout).map((f: { messages: { severity: number }[] }) => f.messages[0]?.severity ?? 0);

describe('configuration files', () => {
  it('the nearest .mudaqqiq.json walking up from each file applies', () => {
    const dir = sandbox({
      'top.txt': `${TATWEEL_LINE}\n`,
      'desk/sport/deep/inner.txt': `${TATWEEL_LINE}\n`,
      'desk/sport/.mudaqqiq.json': JSON.stringify({ rules: { ...ONLY_TATWEEL.rules, tatweel: 'error' } }),
      'desk/news/plain.txt': `${TATWEEL_LINE}\n`,
    });
    const run = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(run.code, 1);
    // desk/news/plain.txt, desk/sport/deep/inner.txt, top.txt
    assert.deepEqual(severities(run.stdout), [1, 2, 1]);
  });

  it('comments and trailing commas are allowed', () => {
    const dir = sandbox({ 'a.txt': `${TATWEEL_LINE}\n` }, null);
    writeFileSync(join(dir, '.mudaqqiq.json'), `{\n  // house style\n  "rules": { "tatweel": "error", /* strict */ },\n}\n`);
    assert.equal(runCli(['a.txt'], { cwd: dir }).code, 1);
  });

  it('--config replaces the search', () => {
    const dir = sandbox({ 'a.txt': `${TATWEEL_LINE}\n`, 'ci/strict.json': JSON.stringify({ rules: { ...ONLY_TATWEEL.rules, tatweel: 'error' } }) });
    assert.equal(runCli(['a.txt'], { cwd: dir }).code, 0);
    assert.equal(runCli(['--config', 'ci/strict.json', 'a.txt'], { cwd: dir }).code, 1);
    const missing = runCli(['--config', 'ci/none.json', 'a.txt'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /ci\/none\.json: cannot read the config file: not found/);
  });

  it('malformed JSON is exit 2 with file, line and column', () => {
    const dir = sandbox({ 'a.txt': `${TATWEEL_LINE}\n` }, null);
    writeFileSync(join(dir, '.mudaqqiq.json'), '{\n  "rules": {\n    "tatweel": "error"\n    "hamza": "off"\n  }\n}\n');
    const run = runCli(['a.txt'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.ok(run.stderr.includes(`${join(dir, '.mudaqqiq.json')}:4:5: malformed JSON: comma expected`), run.stderr);
  });

  it('JSON nested thousands of levels deep is exit 2 with file, line and column, not a crash', () => {
    const dir = sandbox({ 'a.txt': `${TATWEEL_LINE}\n` }, null);
    writeFileSync(join(dir, '.mudaqqiq.json'), `{"rules": ${'['.repeat(20000)}${']'.repeat(20000)}}`);
    const run = runCli(['a.txt'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.ok(run.stderr.includes(`${join(dir, '.mudaqqiq.json')}:1:75: nested more than 64 levels deep`), run.stderr);
  });

  it('an unknown rule id is exit 2 naming the known ones, at its line and column', () => {
    const dir = sandbox({ 'a.txt': `${TATWEEL_LINE}\n` }, null);
    writeFileSync(join(dir, '.mudaqqiq.json'), '{\n  "rules": {\n    "tatweel": "warn",\n    "tatwil": "off"\n  }\n}\n');
    const run = runCli(['a.txt'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.ok(run.stderr.includes(`.mudaqqiq.json:4:5: unknown rule "tatwil"; known rules: ${rules.map((r) => r.id).join(', ')}`), run.stderr);
  });

  it('a wrong severity, option or setting is exit 2 saying what is wrong and where', () => {
    const cases: [string, RegExp][] = [
      ['{"rules": {"tatweel": "loud"}}', /:1:23: rule "tatweel": severity must be one of off, info, warn, error \(got "loud"\)/],
      ['{"rules": {"tatweel": ["warn", {"x": 1}]}}', /:1:33: unknown setting "x" in rules\.tatweel\[1\]; it takes none/],
      ['{"quoteStyle": "angled"}', /:1:16: quoteStyle must be one of "auto", "guillemets", "curly", "straight"/],
      ['{"colour": true}', /:1:2: unknown setting "colour"; known settings: \$schema, rules, quoteStyle, headlineDoubleDot, locale, names/],
      ['[]', /:1:1: the top level must be object/],
      ['{"names": [{"preferred": "واشنطن", "kind": "city"}]}', /:1:44: names\[0\]\.kind must be one of "person", "organisation", "place"/],
    ];
    for (const [text, expected] of cases) {
      const dir = sandbox({ 'a.txt': 'خبر.\n' }, null);
      writeFileSync(join(dir, '.mudaqqiq.json'), text);
      const run = runCli(['a.txt'], { cwd: dir });
      assert.equal(run.code, 2, text);
      assert.match(run.stderr, expected);
    }
  });
});

describe('config loader (shared with the language server)', () => {
  it('caches per folder, resolves a names file relative to the config, and forgets on clear()', () => {
    const dir = sandbox({ 'lists/names.json': JSON.stringify([{ preferred: 'واشنطن', kind: 'place', variants: ['واشنطون'] }]) }, { names: 'lists/names.json', locale: 'ar' });
    const loader = new ConfigLoader();
    const first = loader.forFile(join(dir, 'a', 'b.txt'));
    assert.equal(first.filePath, join(dir, '.mudaqqiq.json'));
    assert.deepEqual(first.resolved.names, [{ preferred: 'واشنطن', kind: 'place', variants: ['واشنطون'] }]);
    assert.equal(first.resolved.locale, 'ar');
    assert.equal(loader.forFile(join(dir, 'c.txt')), first);
    writeFileSync(join(dir, '.mudaqqiq.json'), '{"locale": "en"}');
    assert.equal(loader.forFile(join(dir, 'c.txt')).resolved.locale, 'ar', 'cached');
    loader.clear();
    assert.equal(loader.forFile(join(dir, 'c.txt')).resolved.locale, 'en');
  });

  it('a names file is validated too, with its line and column', () => {
    const dir = sandbox({ 'names.json': '[\n  {"preferred": "واشنطن", "kind": "place", "spelling": []}\n]\n' }, { names: 'names.json' });
    assert.throws(() => readConfigFile(join(dir, '.mudaqqiq.json')), (error: unknown) => {
      assert.ok(error instanceof ConfigFileError);
      assert.ok(error.message.startsWith(`${join(dir, 'names.json')}:2:44: unknown setting "spelling" in [0]; known settings: preferred, kind, `), error.message);
      return true;
    });
  });

  it('a missing names file is a ConfigFileError naming it', () => {
    const dir = sandbox({}, { names: 'missing.json' });
    assert.throws(() => readConfigFile(join(dir, '.mudaqqiq.json')), (error: unknown) => {
      assert.ok(error instanceof ConfigFileError);
      assert.match(error.message, /missing\.json: cannot read the names file/);
      return true;
    });
  });

  it('a key such as __proto__ stays data', () => {
    const dir = sandbox({}, null);
    writeFileSync(join(dir, '.mudaqqiq.json'), '{"__proto__": {"polluted": true}}');
    assert.throws(() => readConfigFile(join(dir, '.mudaqqiq.json')), /unknown setting "__proto__"/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
