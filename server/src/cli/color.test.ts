import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useColor } from './color';

describe('useColor', () => {
  const terminal = { isTTY: true };
  const pipe = { isTTY: false };

  it('colours a terminal but not a pipe or a dumb terminal', () => {
    assert.equal(useColor(terminal, {}), true);
    assert.equal(useColor(pipe, {}), false);
    assert.equal(useColor(terminal, { TERM: 'dumb' }), false);
  });

  it('FORCE_COLOR 0 or false turns colour off, even on a terminal; any other value turns it on, even through a pipe', () => {
    for (const value of ['0', 'false']) {
      assert.equal(useColor(terminal, { FORCE_COLOR: value }), false, value);
      assert.equal(useColor(pipe, { FORCE_COLOR: value }), false, value);
    }
    for (const value of ['1', 'true', '2', '3', '']) {
      assert.equal(useColor(pipe, { FORCE_COLOR: value }), true, JSON.stringify(value));
      assert.equal(useColor(terminal, { FORCE_COLOR: value, TERM: 'dumb' }), true, JSON.stringify(value));
    }
  });

  it('a non-empty NO_COLOR turns colour off, whatever FORCE_COLOR says', () => {
    assert.equal(useColor(terminal, { NO_COLOR: '1' }), false);
    assert.equal(useColor(pipe, { NO_COLOR: '1', FORCE_COLOR: '1' }), false);
    assert.equal(useColor(terminal, { NO_COLOR: '' }), true);
  });
});
