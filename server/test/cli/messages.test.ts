import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toMessages } from '../../src/cli/check-file';
import type { Finding } from '../../src/engine';

// How findings become report messages (no build needed: this runs the sources).

const finding = (start: number, end: number, fixes: Finding['fixes'] = []): Finding => ({
  ruleId: 'tatweel',
  span: { start, end },
  messageId: 'decorative',
  data: { word: 'x' },
  severity: 'warning',
  fixes,
  related: [],
});

describe('report messages', () => {
  it('count lines and UTF-16 columns on the original text, without the BOM', () => {
    const text = '\uFEFFأ😀ب\r\nسطر ثان';
    const [first, second] = toMessages(text, [finding(3, 4), finding(7, 10)], 'en');
    assert.deepEqual([first.line, first.column, first.endLine, first.endColumn, first.offset, first.length], [1, 3, 1, 4, 2, 1]);
    assert.deepEqual([second.line, second.column, second.endLine, second.endColumn, second.offset], [2, 1, 2, 4, 6]);
  });

  it('merge a fix of several edits into one replacement, as ESLint does, and keep the edits for SARIF', () => {
    const text = 'abcdefgh';
    const fix = { messageId: 'remove', safe: true, edits: [{ span: { start: 5, end: 6 }, text: 'F' }, { span: { start: 1, end: 2 }, text: '' }] };
    const [message] = toMessages(text, [finding(1, 6, [fix])], 'en');
    assert.deepEqual(message.fix, { range: [1, 6], text: 'cdeF' });
    assert.deepEqual(message.fixEdits, [{ range: [5, 6], text: 'F' }, { range: [1, 2], text: '' }]);
    assert.equal(message.fixDescription, 'Remove the tatweel');
  });

  it('offer fixes that are not safe as suggestions', () => {
    const suggestion = { messageId: 'remove', safe: false, edits: [{ span: { start: 0, end: 1 }, text: '' }] };
    const [message] = toMessages('abc', [finding(0, 1, [suggestion])], 'ar');
    assert.equal(message.fix, undefined);
    assert.deepEqual(message.suggestions, [{ desc: 'احذف التطويل', fix: { range: [0, 1], text: '' } }]);
  });
});
