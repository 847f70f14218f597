import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stylish } from './formatters/stylish';
import { totalsOf, type Message } from './report';

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

  it('in Arabic names the severities and sums up in Arabic, counts after labels', () => {
    const message = (severity: 'error' | 'warning', fixed: boolean): Message => ({
      ...{ ruleId: 'hamza', messageId: 'misspelled', severity, message: 'رسالة', line: 3, column: 7, endLine: 3, endColumn: 10, offset: 20, length: 3 },
      ...(fixed ? { fix: { range: [20, 23], text: 'إلى' } } : {}),
    });
    const messages = [message('error', true), message('warning', false)];
    const report = stylish({ ...context, locale: 'ar' });
    const out = report.file({ path: '/desk/a.txt', messages: [...messages] }) + report.end({ totals: totalsOf(messages), failed: false });
    assert.equal(
      out,
      '\na.txt\n  3:7  خطأ    رسالة  hamza\n  3:7  تحذير  رسالة  hamza\n\n✖ المشكلات: 2 (الأخطاء: 1، التحذيرات: 1)\n  يمكن إصلاحها بالخيار `--fix` (الأخطاء: 1، التحذيرات: 0).\n\n',
    );
  });

  it("keeps a reason of several lines under its file, each line's control characters shown", () => {
    const out = stylish(context).unchecked('/desk/a.txt', 'internal error:\nError: boom\u001b[31m\n    at check');
    assert.equal(out, '\na.txt\n  error  internal error:\n  Error: boom<U+001B>[31m\n      at check\n');
  });
});
