import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUSINESS_NAMES_FIXTURES, evaluateNames, SECOND_NAMES_FIXTURES, SPORTS_NAMES_FIXTURES } from '../../../../scripts/eval-names';

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

// The second set, written later by a writer who had not read the detector (see scripts/eval-names.ts).
// Precision holds the same bar; recall has no target in the issue, and its floor keeps what is reached.
describe('name-consistency on the second labelled set', () => {
  const result = evaluateNames(SECOND_NAMES_FIXTURES);
  const show = (misses: { file: string; line: number; text: string }[]) => misses.map((m) => `${m.file}:${m.line} ${m.text}`).join('\n');

  it('reaches precision 0.95', () => {
    assert.ok(result.precision >= 0.95, `precision ${result.precision.toFixed(3)}; false positives:\n${show(result.falsePositives)}`);
  });
  it('keeps recall at 0.7 or more', () => {
    assert.ok(result.recall >= 0.7, `recall ${result.recall.toFixed(3)}; missed:\n${show(result.missed)}`);
  });
  it('gives no finding on any clean twin', () => {
    assert.deepEqual(result.dirtyTwins, []);
  });
});

// Sports wire copy (see scripts/eval-names.ts): many foreign names, clubs named by their cities. Precision
// holds the same bar; the recall floor keeps what is reached.
describe('name-consistency on the sports set', () => {
  const result = evaluateNames(SPORTS_NAMES_FIXTURES);
  const show = (misses: { file: string; line: number; text: string }[]) => misses.map((m) => `${m.file}:${m.line} ${m.text}`).join('\n');

  it('reaches precision 0.95', () => {
    assert.ok(result.precision >= 0.95, `precision ${result.precision.toFixed(3)}; false positives:\n${show(result.falsePositives)}`);
  });
  it('keeps recall at 0.95 or more', () => {
    assert.ok(result.recall >= 0.95, `recall ${result.recall.toFixed(3)}; missed:\n${show(result.missed)}`);
  });
  it('gives no finding on any clean twin', () => {
    assert.deepEqual(result.dirtyTwins, []);
  });
});

// Business and economy copy (see scripts/eval-names.ts): central banks, ministers, exchanges, East Asian
// companies and executives. Precision holds the same bar; the recall floor keeps what is reached.
describe('name-consistency on the business set', () => {
  const result = evaluateNames(BUSINESS_NAMES_FIXTURES);
  const show = (misses: { file: string; line: number; text: string }[]) => misses.map((m) => `${m.file}:${m.line} ${m.text}`).join('\n');

  it('reaches precision 0.95', () => {
    assert.ok(result.precision >= 0.95, `precision ${result.precision.toFixed(3)}; false positives:\n${show(result.falsePositives)}`);
  });
  it('keeps recall at 0.7 or more', () => {
    assert.ok(result.recall >= 0.7, `recall ${result.recall.toFixed(3)}; missed:\n${show(result.missed)}`);
  });
  it('gives no finding on any clean twin', () => {
    assert.deepEqual(result.dirtyTwins, []);
  });
});
