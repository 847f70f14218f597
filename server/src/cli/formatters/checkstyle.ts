import type { Formatter } from './index';
import { XML_DECLARATION, xmlEscape } from './xml';

// Checkstyle XML, as ESLint writes it (Jenkins, GitLab and many CI dashboards read it).

export const checkstyle: Formatter = () => ({
  begin: () => `${XML_DECLARATION}\n<checkstyle version="4.3">\n`,
  file(result) {
    let out = `  <file name="${xmlEscape(result.path)}">\n`;
    for (const m of result.messages) {
      out += `    <error line="${m.line}" column="${m.column}" severity="${m.severity}" message="${xmlEscape(`${m.message} (${m.ruleId})`)}" source="mudaqqiq.rules.${xmlEscape(m.ruleId)}" />\n`;
    }
    return `${out}  </file>\n`;
  },
  unchecked: (path, reason) =>
    `  <file name="${xmlEscape(path)}">\n    <error line="1" column="1" severity="error" message="${xmlEscape(reason)}" source="mudaqqiq" />\n  </file>\n`,
  end: () => '</checkstyle>\n',
});
