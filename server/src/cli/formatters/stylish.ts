import pc from 'picocolors';
import type { Severity } from '../../engine';
import type { Totals } from '../report';
import type { Formatter } from './index';
import { columnsOf, padColumns, printable, shownPath } from './text';

// ESLint's default look: the file, then one aligned line per finding, then a summary.

/** The severities as the Arabic report names them. */
const ARABIC_SEVERITY: Record<Severity, string> = { error: 'خطأ', warning: 'تحذير', info: 'ملاحظة' };

export const stylish: Formatter = (context) => {
  const c = pc.createColors(context.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const arabic = context.locale === 'ar';
  const severityWord = (severity: Severity) => (arabic ? ARABIC_SEVERITY[severity] : severity);
  const heading = (path: string) => `\n${c.underline(shownPath(context.cwd, path))}\n`;
  let uncheckedCount = 0;
  return {
    begin: () => '',
    file(result) {
      if (result.messages.length === 0) return '';
      const rows = result.messages.map((m) => [`${m.line}:${m.column}`, severityWord(m.severity), printable(m.message), m.ruleId, m.severity] as const);
      const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => columnsOf(row[i]))));
      let out = heading(result.path);
      for (const [position, word, message, ruleId, severity] of rows) {
        out += `  ${c.dim(position.padEnd(widths[0]))}  ${paint[severity](padColumns(word, widths[1]))}  ${padColumns(message, widths[2])}  ${c.dim(ruleId)}\n`;
      }
      return out;
    },
    // As ESLint shows a file it cannot parse: an error without a rule, counted in the summary. A reason of
    // several lines (an internal error's stack) stays indented under the file.
    unchecked(path, reason) {
      uncheckedCount++;
      return `${heading(path)}  ${paint.error(severityWord('error'))}  ${reason.split('\n').map(printable).join('\n  ')}\n`;
    },
    end({ totals }) {
      const t = { ...totals, errorCount: totals.errorCount + uncheckedCount };
      const problems = t.errorCount + t.warningCount + t.infoCount;
      if (problems === 0) return '';
      const emphasis = (text: string) => (t.errorCount ? c.red : c.yellow)(c.bold(text));
      if (arabic) return `\n${emphasis(arabicSummary(t, problems))}\n\n`;
      const counts = [plural(t.errorCount, 'error'), plural(t.warningCount, 'warning'), ...(t.infoCount ? [plural(t.infoCount, 'info')] : [])];
      let out = `\n${emphasis(`✖ ${plural(problems, 'problem')} (${counts.join(', ')})`)}\n`;
      if (t.fixableErrorCount + t.fixableWarningCount + t.fixableInfoCount > 0) {
        // ESLint's line, with the info findings named when some are fixable: they are not warnings here.
        const fixable = t.fixableInfoCount
          ? `${plural(t.fixableErrorCount, 'error')}, ${plural(t.fixableWarningCount, 'warning')} and ${plural(t.fixableInfoCount, 'info')}`
          : `${plural(t.fixableErrorCount, 'error')} and ${plural(t.fixableWarningCount, 'warning')}`;
        out += `${emphasis(`  ${fixable} potentially fixable with the \`--fix\` option.`)}\n`;
      }
      return `${out}\n`;
    },
  };
};

/**
 * The summary in Arabic, as counts after labels (المشكلات: 11), which need no agreement of number and noun.
 * The fixable line names the info findings only when some are fixable, as the English one does.
 */
function arabicSummary(t: Totals, problems: number): string {
  const counts = [`الأخطاء: ${t.errorCount}`, `التحذيرات: ${t.warningCount}`, ...(t.infoCount ? [`الملاحظات: ${t.infoCount}`] : [])];
  let out = `✖ المشكلات: ${problems} (${counts.join('، ')})`;
  if (t.fixableErrorCount + t.fixableWarningCount + t.fixableInfoCount > 0) {
    const fixable = [`الأخطاء: ${t.fixableErrorCount}`, `التحذيرات: ${t.fixableWarningCount}`, ...(t.fixableInfoCount ? [`الملاحظات: ${t.fixableInfoCount}`] : [])];
    out += `\n  يمكن إصلاحها بالخيار \`--fix\` (${fixable.join('، ')}).`;
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}
