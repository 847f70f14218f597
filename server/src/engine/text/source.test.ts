import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceText } from './source';

describe('SourceText', () => {
  it('leaves LF text alone', () => {
    const source = new SourceText('أ\nب');
    assert.equal(source.text, 'أ\nب');
    assert.deepEqual(source.span({ start: 2, end: 3 }), { start: 2, end: 3 });
  });
  it('maps spans past a BOM and CRLF line ends onto the original', () => {
    const original = '\uFEFFأب\r\nجد\r\nهو';
    const source = new SourceText(original);
    assert.equal(source.text, 'أب\nجد\nهو');
    assert.equal(source.eol, '\r\n');
    const at = (s: string) => source.text.indexOf(s);
    for (const word of ['أب', 'جد', 'هو']) {
      const span = source.span({ start: at(word), end: at(word) + 2 });
      assert.equal(original.slice(span.start, span.end), word);
    }
    const lineBreak = source.span({ start: 2, end: 3 });
    assert.equal(original.slice(lineBreak.start, lineBreak.end), '\r\n');
  });
  it('writes CRLF into edits of a CRLF file', () => {
    const source = new SourceText('أ\r\nب\r\n');
    assert.deepEqual(source.edit({ span: { start: 1, end: 1 }, text: '\nج' }), { span: { start: 1, end: 1 }, text: '\r\nج' });
  });
});
