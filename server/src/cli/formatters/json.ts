import { mapPacked } from '../../engine/packed';
import { totalsOf, type Message } from '../report';
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

const eslintMessage = (m: Message) => ({
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
});

export const json: Formatter = () => {
  let files = 0;
  const entry = (filePath: string, messages: object[], counts: Counts, suppressedMessages: object[] = []) =>
    (files++ ? ',' : '') + JSON.stringify({ filePath, messages, suppressedMessages, ...counts, usedDeprecatedRules: [] });
  return {
    begin: () => '[',
    file(result) {
      const t = totalsOf(result.messages);
      // As ESLint lists what its disable comments silence: the message, and the directive with its reason.
      const suppressed = (result.suppressed ?? []).map((m) => ({ ...eslintMessage(m), suppressions: [{ kind: 'directive', justification: m.justification }] }));
      return entry(result.path, mapPacked(result.messages, eslintMessage), {
        errorCount: t.errorCount,
        fatalErrorCount: 0,
        warningCount: t.warningCount + t.infoCount,
        fixableErrorCount: t.fixableErrorCount,
        fixableWarningCount: t.fixableWarningCount + t.fixableInfoCount,
      }, suppressed);
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
