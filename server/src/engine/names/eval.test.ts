import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUSINESS_NAMES_FIXTURES, evaluateNames, NAMES_FIXTURES, SECOND_NAMES_FIXTURES, SPORTS_NAMES_FIXTURES } from '../../../../scripts/eval-names';

const show = (misses: { file: string; line: number; text: string }[]) => misses.map((m) => `${m.file}:${m.line} ${m.text}`).join('\n');

/**
 * A labelled set (see scripts/eval-names.ts) holds precision 0.95, its recall at `recallFloor` or more, and
 * gives no finding on a clean twin. Only the first set's recall is issue 4's target; the later sets' floors
 * keep what was reached.
 */
function describeLabelledSet(title: string, dir: string, recallFloor: number, minArticles = 0): void {
  describe(`name-consistency on ${title}`, () => {
    const result = evaluateNames(dir);
    if (minArticles > 0) {
      it(`has at least ${minArticles} articles`, () => {
        assert.ok(result.articles >= minArticles, `${result.articles} articles`);
      });
    }
    it('reaches precision 0.95', () => {
      assert.ok(result.precision >= 0.95, `precision ${result.precision.toFixed(3)}; false positives:\n${show(result.falsePositives)}`);
    });
    it(`keeps recall at ${recallFloor} or more`, () => {
      assert.ok(result.recall >= recallFloor, `recall ${result.recall.toFixed(3)}; missed:\n${show(result.missed)}`);
    });
    it('gives no finding on any clean twin', () => {
      assert.deepEqual(result.dirtyTwins, []);
    });
  });
}

// The targets of issue 4.
describeLabelledSet('the labelled evaluation set', NAMES_FIXTURES, 0.9, 40);
// Written later by a writer who had not read the detector.
describeLabelledSet('the second labelled set', SECOND_NAMES_FIXTURES, 0.7);
// Sports wire copy: many foreign names, clubs named by their cities.
describeLabelledSet('the sports set', SPORTS_NAMES_FIXTURES, 0.95);
// Business and economy copy: central banks, ministers, exchanges, East Asian companies and executives.
describeLabelledSet('the business set', BUSINESS_NAMES_FIXTURES, 0.7);
