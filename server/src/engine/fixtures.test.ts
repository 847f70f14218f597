import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { resolveConfig } from './config';
import { lint, ParagraphCache } from './lint';
import type { TextKind } from './text/prose';

// Composed articles in test-fixtures/: `<name>.expected.json` names the article, the rules it is about and
// every finding of those rules; `<name>.clean.<ext>` is its corrected twin, which must give no finding at
// all under the default configuration.
interface Expectation {
  article: string;
  clean: string;
  rules: string[];
  findings: { ruleId: string; line: number; covers: string }[];
}

const fixturesDir = join(__dirname, '..', '..', '..', 'test-fixtures');
const config = resolveConfig();
const kindOf = (file: string): TextKind => (/\.(md|markdown)$/.test(file) ? 'markdown' : 'plain');

/** The findings of the expectation's rules in `text`, by line and covered text (line ends read as LF). */
function findingsOfRules(text: string, expected: Expectation): Expectation['findings'] {
  const { findings } = lint(text, config, { kind: kindOf(expected.article) });
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  return findings
    .filter((f) => expected.rules.includes(f.ruleId))
    .map((f) => ({ ruleId: f.ruleId, line: lineOf(f.span.start), covers: text.slice(f.span.start, f.span.end).replace(/\r\n/g, '\n') }));
}

describe('fixtures', () => {
  const expectations = readdirSync(fixturesDir).filter((f) => f.endsWith('.expected.json')).sort();
  it('exist', () => assert.ok(expectations.length > 0));
  for (const file of expectations) {
    const expected = JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')) as Expectation;
    const text = readFileSync(join(fixturesDir, expected.article), 'utf8');
    it(`${expected.article} gives exactly its expected findings`, () => {
      assert.deepEqual(findingsOfRules(text, expected), expected.findings);
    });
    it(`${expected.article} gives them with CRLF line ends too`, () => {
      assert.deepEqual(findingsOfRules(text.replace(/\n/g, '\r\n'), expected), expected.findings);
    });
    it(`${expected.article} gives the same findings from the language server's paragraph cache, its twin checked first`, () => {
      const cache = new ParagraphCache();
      const kind = kindOf(expected.article);
      lint(readFileSync(join(fixturesDir, expected.clean), 'utf8'), config, { kind, cache });
      assert.deepEqual(lint(text, config, { kind, cache }).findings, lint(text, config, { kind }).findings);
    });
    it(`${expected.clean} gives no finding`, () => {
      const text = readFileSync(join(fixturesDir, expected.clean), 'utf8');
      const { findings } = lint(text, config, { kind: kindOf(expected.clean) });
      assert.deepEqual(findings.map((f) => `${f.ruleId}: ${text.slice(f.span.start, f.span.end)}`), []);
    });
  }
});
