import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOptions, UsageError } from './options';

describe('parseOptions', () => {
  it('refuses an empty path (an unset variable) to every option that takes one, short or long', () => {
    const cases: [string[], string][] = [
      [['-o', '', 'a.txt'], '--output-file'],
      [['--output-file=', 'a.txt'], '--output-file'],
      [['-c', ' ', 'a.txt'], '--config'],
      [['--config', '', 'a.txt'], '--config'],
      [['--ignore-path', '', 'a.txt'], '--ignore-path'],
      [['--print-config', ''], '--print-config'],
      [['--stdin', '--stdin-filename', ''], '--stdin-filename'],
    ];
    for (const [argv, option] of cases) {
      assert.throws(() => parseOptions(argv), new UsageError(`${option}: an empty path was given (an unset variable?); name a file`), argv.join(' '));
    }
    assert.equal(parseOptions(['-o', 'report.txt', 'a.txt']).outputFile, 'report.txt');
  });
});
