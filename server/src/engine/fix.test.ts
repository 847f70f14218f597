import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
});
