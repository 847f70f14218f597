import { mapPacked } from '../../engine/packed';
import { totalsOf } from '../report';
import type { Formatter } from './index';

// ESLint's `json` format, field for field, so tools that read ESLint reports read ours. Severity 2 is an
// error; warnings and information findings are both 1.

/** The counts of one file's entry: ESLint's, with no fatal message unless said. */
interface Counts {
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export const json: Formatter = () => {
  let files = 0;
  const entry = (filePath: string, messages: object[], counts: Counts) =>
    (files++ ? ',' : '') + JSON.stringify({ filePath, messages, suppressedMessages: [], ...counts, usedDeprecatedRules: [] });
  return {
    begin: () => '[',
    file(result) {
      const t = totalsOf(result.messages);
      const messages = mapPacked(result.messages, (m) => ({
        ruleId: m.ruleId,
        severity: m.severity === 'error' ? 2 : 1,
        message: m.message,
        line: m.line,
        column: m.column,
        messageId: m.messageId,
        endLine: m.endLine,
        endColumn: m.endColumn,
        ...(m.fix ? { fix: m.fix } : {}),
        ...(m.suggestions ? { suggestions: m.suggestions } : {}),
      }));
      return entry(result.path, messages, {
        errorCount: t.errorCount,
        fatalErrorCount: 0,
        warningCount: t.warningCount + t.infoCount,
        fixableErrorCount: t.fixableErrorCount,
        fixableWarningCount: t.fixableWarningCount + t.fixableInfoCount,
      });
    },
    // As ESLint reports a file it cannot parse: one fatal message, without a rule.
    unchecked: (path, reason) =>
      entry(path, [{ ruleId: null, fatal: true, severity: 2, message: reason }], {
        errorCount: 1,
        fatalErrorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      }),
    end: () => ']\n',
  };
};
