import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Directives } from './directives';

describe('inline directives', () => {
  const text = [
    'سطر 0',
    '<!-- mudaqqiq-disable-next-line tatweel -->',
    'سطر 2',
    '<!-- mudaqqiq-disable -->',
    'سطر 4',
    '<!-- mudaqqiq-enable -->',
    'سطر 6',
    '<!-- mudaqqiq-disable hamza tatweel -->',
    'سطر 8',
  ].join('\n');
  const directives = new Directives(text);
  const offsetOfLine = (n: number) => text.split('\n').slice(0, n).join('\n').length + 1;

  it('disable-next-line silences the named rule on the next line only', () => {
    assert.equal(directives.isDisabled('tatweel', offsetOfLine(2)), true);
    assert.equal(directives.isDisabled('hamza', offsetOfLine(2)), false);
    assert.equal(directives.isDisabled('tatweel', 0), false);
  });
  it('disable … enable silences every rule in between', () => {
    assert.equal(directives.isDisabled('hamza', offsetOfLine(4)), true);
    assert.equal(directives.isDisabled('hamza', offsetOfLine(6)), false);
  });
  it('disable with rule ids silences only those to the end', () => {
    assert.equal(directives.isDisabled('tatweel', offsetOfLine(8)), true);
    assert.equal(directives.isDisabled('stray-period', offsetOfLine(8)), false);
    const hamzaAt = text.indexOf('hamza');
    assert.deepEqual(directives.unknownRuleIds((id) => id === 'tatweel'), [{ ruleId: 'hamza', span: { start: hamzaAt, end: hamzaAt + 5 }, line: 7 }]);
  });
  it('finds each rule id where it is written, commas and spaces around it', () => {
    const written = 'نص\n<!--mudaqqiq-disable hamzah,tatweel ,  stray-priod-->';
    const unknown = new Directives(written).unknownRuleIds((id) => id === 'tatweel');
    assert.deepEqual(
      unknown.map(({ ruleId, span }) => [ruleId, written.slice(span.start, span.end)]),
      [
        ['hamzah', 'hamzah'],
        ['stray-priod', 'stray-priod'],
      ],
    );
  });
});
