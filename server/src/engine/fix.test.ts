import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, nonOverlappingFixes } from './fix';
import type { Fix } from './types';

const fix = (start: number, end: number, text: string): Fix => ({ messageId: 'x', edits: [{ span: { start, end }, text }], safe: true });

describe('fixes', () => {
  it('apply edits in text order', () => {
    assert.equal(applyEdits('abcdef', [{ span: { start: 4, end: 5 }, text: 'E' }, { span: { start: 0, end: 1 }, text: '' }]), 'bcdEf');
  });
  it('never pick overlapping fixes, nor two insertions at one point', () => {
    const chosen = nonOverlappingFixes([fix(0, 3, 'x'), fix(2, 4, 'y'), fix(5, 5, 'a'), fix(5, 5, 'b'), fix(6, 7, 'z')]);
    assert.deepEqual(chosen.map((f) => f.edits[0].text), ['x', 'a', 'z']);
  });
});
