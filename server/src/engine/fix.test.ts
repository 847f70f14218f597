import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits, nonOverlappingFixes } from './fix';
import type { Fix } from './types';

const fix = (start: number, end: number, text: string): Fix => ({ messageId: 'x', edits: [{ span: { start, end }, text }], safe: true });

describe('fixes', () => {
  it('apply edits in text order', () => {
    assert.equal(applyEdits('abcdef', [{ span: { start: 4, end: 5 }, text: 'E' }, { span: { start: 0, end: 1 }, text: '' }]), 'bcdEf');
  });
  it('refuse an edit outside the text or overlapping another rather than garble the text', () => {
    const edit = (start: number, end: number) => ({ span: { start, end }, text: 'x' });
    assert.throws(() => applyEdits('abcdef', [edit(-6, -6)]), RangeError);
    assert.throws(() => applyEdits('abcdef', [edit(5, 7)]), RangeError);
    assert.throws(() => applyEdits('abcdef', [edit(0, 3), edit(2, 4)]), RangeError);
    assert.equal(applyEdits('abcdef', [edit(0, 3), edit(3, 3), edit(6, 6)]), 'xxdefx');
  });
  it('never pick overlapping fixes, nor two insertions at one point', () => {
    const chosen = nonOverlappingFixes([fix(0, 3, 'x'), fix(2, 4, 'y'), fix(5, 5, 'a'), fix(5, 5, 'b'), fix(6, 7, 'z')]);
    assert.deepEqual(chosen.map((f) => f.edits[0].text), ['x', 'a', 'z']);
  });
  it('pick, among fixes of several edits, what comparing every edit with every other picks', () => {
    const overlaps = (a: Fix['edits'][number], b: Fix['edits'][number]) => a.span.start === b.span.start || (a.span.start < b.span.end && b.span.start < a.span.end);
    // The plain rule, in the order of each fix's first edit: a fix is taken when none of its edits touches another.
    const reference = (fixes: Fix[]) => {
      const taken: Fix['edits'] = [];
      return [...fixes]
        .sort((a, b) => Math.min(...a.edits.map((e) => e.span.start)) - Math.min(...b.edits.map((e) => e.span.start)))
        .filter((candidate) => {
          const clashes = candidate.edits.some((e, i) => taken.some((t) => overlaps(e, t)) || candidate.edits.some((o, j) => i < j && overlaps(e, o)));
          if (!clashes) taken.push(...candidate.edits);
          return !clashes;
        });
    };
    const edit = fc.tuple(fc.nat(60), fc.nat(4)).map(([start, length]) => ({ span: { start, end: start + length }, text: 'x' }));
    const fixes = fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits): Fix => ({ messageId: 'x', edits, safe: true })), { maxLength: 30 });
    fc.assert(fc.property(fixes, (candidates) => assert.deepEqual(nonOverlappingFixes(candidates), reference(candidates))), { numRuns: 2000 });
  });
});
