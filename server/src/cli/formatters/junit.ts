import { sep } from 'node:path';
import type { Formatter } from './index';
import { XML_DECLARATION, xmlEscape } from './xml';

// JUnit XML: one test suite per file, one failing test case per finding (a passing one for information),
// or one passing test case for a clean file, so CI test views list every article checked.

export const junit: Formatter = () => ({
  begin: () => `${XML_DECLARATION}\n<testsuites>\n`,
  file(result) {
    const name = xmlEscape(result.path);
    const classname = xmlEscape(result.path.replace(/\.[^./\\]+$/, '').split(sep).join('.'));
    const count = Math.max(1, result.messages.length);
    // Information fails nothing, as it fails no exit code: its test case passes, the finding in its output.
    const failures = result.messages.filter((m) => m.severity !== 'info').length;
    let out = `  <testsuite package="org.mudaqqiq" time="0" tests="${count}" errors="0" failures="${failures}" name="${name}">\n`;
    if (result.messages.length === 0) out += `    <testcase time="0" name="${name}" classname="${classname}" />\n`;
    for (const m of result.messages) {
      const detail = `line ${m.line}, col ${m.column}, ${capitalized(m.severity)} - ${m.message} (${m.ruleId})`;
      out += `    <testcase time="0" name="org.mudaqqiq.${xmlEscape(m.ruleId)}" classname="${classname}">\n`;
      out +=
        m.severity === 'info'
          ? `      <system-out>${xmlEscape(detail)}</system-out>\n`
          : `      <failure type="${m.severity}" message="${xmlEscape(m.message)}">${xmlEscape(detail)}</failure>\n`;
      out += '    </testcase>\n';
    }
    return `${out}  </testsuite>\n`;
  },
  end: () => '</testsuites>\n',
});

function capitalized(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
