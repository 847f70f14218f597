import { sep } from 'node:path';
import type { Formatter } from './index';
import { XML_DECLARATION, xmlEscape } from './xml';

// JUnit XML: one test suite per file, one failing test case per finding (a passing one for information),
// or one passing test case for a clean file, so CI test views list every article checked.

export const junit: Formatter = () => ({
  begin: () => `${XML_DECLARATION}\n<testsuites>\n`,
  file(result) {
    const name = xmlEscape(result.path);
    const classname = classnameOf(result.path);
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
  // An error, not a failure: the article was not checked at all.
  unchecked(path, reason) {
    const name = xmlEscape(path);
    let out = `  <testsuite package="org.mudaqqiq" time="0" tests="1" errors="1" failures="0" name="${name}">\n`;
    out += `    <testcase time="0" name="${name}" classname="${classnameOf(path)}">\n`;
    out += `      <error message="${xmlEscape(reason)}">${xmlEscape(reason)}</error>\n`;
    return `${out}    </testcase>\n  </testsuite>\n`;
  },
  end: () => '</testsuites>\n',
});

/** The file's path without its extension, dotted as a Java class name. */
function classnameOf(path: string): string {
  return xmlEscape(path.replace(/\.[^./\\]+$/, '').split(sep).join('.'));
}

function capitalized(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
