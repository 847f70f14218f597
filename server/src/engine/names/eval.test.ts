import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateNames } from '../../../../scripts/eval-names';

// The labelled evaluation set in test-fixtures/names (see scripts/eval-names.ts): the targets of issue 4.
describe('name-consistency on the labelled evaluation set', () => {
  const result = evaluateNames();
  const show = (misses: { file: string; line: number; text: string }[]) => misses.map((m) => `${m.file}:${m.line} ${m.text}`).join('\n');

  it('has at least 40 articles', () => {
    assert.ok(result.articles >= 40, `${result.articles} articles`);
  });
  it('reaches precision 0.95', () => {
    assert.ok(result.precision >= 0.95, `precision ${result.precision.toFixed(3)}; false positives:\n${show(result.falsePositives)}`);
  });
  it('reaches recall 0.9', () => {
    assert.ok(result.recall >= 0.9, `recall ${result.recall.toFixed(3)}; missed:\n${show(result.missed)}`);
  });
  it('gives no finding on any clean twin', () => {
    assert.deepEqual(result.dirtyTwins, []);
  });
});
