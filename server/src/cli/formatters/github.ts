import type { Severity } from '../../engine';
import type { Formatter } from './index';
import { relativePath } from './text';

// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const github: Formatter = (context) => ({
  begin: () => '',
  file(result) {
    const file = escapeProperty(relativePath(context.root, result.path));
    let out = '';
    for (const m of result.messages) {
      // The runner drops an annotation with columns over more than one line: such a finding marks its lines.
      const columns = m.endLine === m.line ? `,col=${m.column},endColumn=${m.endColumn}` : '';
      const properties = `file=${file},line=${m.line},endLine=${m.endLine}${columns},title=${escapeProperty(`mudaqqiq(${m.ruleId})`)}`;
      out += `::${COMMAND[m.severity]} ${properties}::${escapeData(m.message)}\n`;
    }
    return out;
  },
  unchecked: (path, reason) => `::error file=${escapeProperty(relativePath(context.root, path))},title=mudaqqiq::${escapeData(reason)}\n`,
  end: () => '',
});

/** GitHub's escaping of a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping of a command's property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
