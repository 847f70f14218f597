import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FNV_BASIS, FNV_PRIME, MAX_SPELLINGS, spellingAt } from './spellings';

/** The record of the word text.slice(start, end), hashed as splitWords hashes it. */
function spelling(text: string, start = 0, end = text.length) {
  let hash = FNV_BASIS;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return spellingAt(text, start, end, hash);
}

describe('spellings', () => {
  it('give one record to a word wherever it is written, and its forms', () => {
    const record = spelling('وصل الوفد', 4, 9);
    assert.equal(spelling('الوفد'), record);
    assert.deepEqual([record.text, record.light, record.folded], ['الوفد', 'الوفد', 'الوفد']);
    assert.equal(spelling('أَحْمد').light, 'أحمد');
    assert.notEqual(spelling('الوفد'), spelling('الوفدا'));
    assert.notEqual(spelling('الوفد'), spelling('الوفذ'));
  });
  it('keep finding words as the table grows and after it is emptied for a new epoch', () => {
    const first = spelling('القاهرة');
    const words = Array.from({ length: MAX_SPELLINGS + 10 }, (_, n) => `كلمة${n}`);
    const records = words.map((word) => spelling(word));
    const renewed = spelling('القاهرة');
    assert.equal(renewed.text, 'القاهرة');
    assert.ok(renewed.epoch > first.epoch);
    assert.equal(spelling('القاهرة'), renewed);
    const last = words.length - 1;
    assert.equal(spelling(words[last]), records[last]);
    assert.deepEqual(records.slice(0, 3).map((r) => r.text), words.slice(0, 3));
  });
});
