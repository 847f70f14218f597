import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stylish } from './formatters/stylish';
import { totalsOf } from './report';

describe('stylish', () => {
  const context = { cwd: '/desk', root: '/desk', color: false, locale: 'en', version: '0.0.0' } as const;

  it('names a file it could not check, with why, and counts it as an error, as the other formats do', () => {
    const report = stylish(context);
    const out = [
      report.begin(),
      report.unchecked('/desk/old.txt', 'it is not valid UTF-8 (line 1)'),
      report.file({ path: '/desk/clean.txt', messages: [] }),
      report.end({ totals: totalsOf([]), failed: true }),
    ].join('');
    assert.equal(out, '\nold.txt\n  error  it is not valid UTF-8 (line 1)\n\n✖ 1 problem (1 error, 0 warnings)\n\n');
  });

  it("keeps a reason of several lines under its file, each line's control characters shown", () => {
    const out = stylish(context).unchecked('/desk/a.txt', 'internal error:\nError: boom\u001b[31m\n    at check');
    assert.equal(out, '\na.txt\n  error  internal error:\n  Error: boom<U+001B>[31m\n      at check\n');
  });
});
