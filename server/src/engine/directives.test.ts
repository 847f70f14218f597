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
  const isSilenced = (ruleId: string, offset: number) => directives.suppressionAt(ruleId, offset) !== undefined;

  it('disable-next-line silences the named rule on the next line only', () => {
    assert.equal(isSilenced('tatweel', offsetOfLine(2)), true);
    assert.equal(isSilenced('hamza', offsetOfLine(2)), false);
    assert.equal(isSilenced('tatweel', 0), false);
  });
  it('disable … enable silences every rule in between', () => {
    assert.equal(isSilenced('hamza', offsetOfLine(4)), true);
    assert.equal(isSilenced('hamza', offsetOfLine(6)), false);
  });
  it('disable with rule ids silences only those to the end', () => {
    assert.equal(isSilenced('tatweel', offsetOfLine(8)), true);
    assert.equal(isSilenced('stray-period', offsetOfLine(8)), false);
    const hamzaAt = text.indexOf('hamza');
    assert.deepEqual(directives.unknownRuleIds((id) => id === 'tatweel'), [{ ruleId: 'hamza', span: { start: hamzaAt, end: hamzaAt + 5 }, line: 7, isDirectiveName: false }]);
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
  it('keeps the reason after two dashes, whose words are no rule ids', () => {
    const written = ['سطر 0', '<!-- mudaqqiq-disable-next-line duplicate-sentence -- the anchor repeats the hamza lede -->', 'سطر 2'].join('\n');
    const withReason = new Directives(written);
    const line2 = written.lastIndexOf('\n') + 1;
    assert.deepEqual(withReason.suppressionAt('duplicate-sentence', line2)?.justification, 'the anchor repeats the hamza lede');
    assert.equal(withReason.suppressionAt('hamza', line2), undefined);
    assert.deepEqual(withReason.unknownRuleIds((id) => id === 'duplicate-sentence'), []);
  });
  it('disable-line silences the named rules on its own line only, each of two on a table row', () => {
    const table = [
      '| البلد | الموقف |',
      '|---|---|',
      '| مصر | أعلنت الحكومـــة خطة الى <!-- mudaqqiq-disable-line tatweel --> <!-- mudaqqiq-disable-line hamza -- كما ورد في البيان --> |',
      '| الأردن | أعلنت الحكومـــة خطة الى |',
    ].join('\n');
    const directives = new Directives(table);
    const row = table.indexOf('| مصر');
    const nextRow = table.indexOf('| الأردن');
    assert.equal(directives.suppressionAt('tatweel', row + 20)?.justification, '');
    assert.equal(directives.suppressionAt('hamza', row + 26)?.justification, 'كما ورد في البيان');
    assert.equal(directives.suppressionAt('stray-period', row + 20), undefined);
    assert.equal(directives.suppressionAt('tatweel', nextRow + 20), undefined);
    assert.equal(directives.suppressionAt('hamza', nextRow + 26), undefined);
  });
  it('a mistyped kind (disable-lines, disable-nextline) silences nothing, not its rules to the end, and is reported as written', () => {
    const written = 'سطر 0 <!-- mudaqqiq-disable-lines tatweel -->\n<!-- mudaqqiq-disable-nextline hamza -->\nسطر 2\nسطر 3';
    const directives = new Directives(written);
    for (const at of [2, written.indexOf('سطر 2'), written.indexOf('سطر 3')]) {
      assert.equal(directives.suppressionAt('tatweel', at), undefined);
      assert.equal(directives.suppressionAt('hamza', at), undefined);
    }
    assert.deepEqual(
      directives.unknownRuleIds(() => true).map(({ ruleId, span, line, isDirectiveName }) => [ruleId, written.slice(span.start, span.end), line, isDirectiveName]),
      [
        ['mudaqqiq-disable-lines', 'mudaqqiq-disable-lines', 0, true],
        ['mudaqqiq-disable-nextline', 'mudaqqiq-disable-nextline', 1, true],
      ],
    );
  });
  it('a reason without rule ids silences every rule; without a reason the justification is empty', () => {
    const everyRule = new Directives('<!-- mudaqqiq-disable -- نص منقول كما ورد -->\nسطر');
    assert.equal(everyRule.suppressionAt('tatweel', 50)?.justification, 'نص منقول كما ورد');
    assert.equal(new Directives('<!-- mudaqqiq-disable tatweel -->\nسطر').suppressionAt('tatweel', 40)?.justification, '');
  });
});
