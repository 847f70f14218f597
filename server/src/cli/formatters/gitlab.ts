import { createHash } from 'node:crypto';
import type { Severity } from '../../engine';
import type { Formatter } from './index';
import { relativePath } from './text';

// GitLab's Code Quality report (a subset of Code Climate's issue format): the merge request widget lists
// what a change adds or fixes, by fingerprint.

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

export const gitlab: Formatter = (context) => {
  let issues = 0;
  const entry = (path: string, checkName: string, description: string, severity: string, line: number, fingerprint: string) =>
    (issues++ ? ',' : '') + JSON.stringify({ description, check_name: checkName, fingerprint, severity, location: { path, lines: { begin: line } } });
  return {
    begin: () => '[',
    file(result) {
      const path = relativePath(context.root, result.path);
      // The same finding twice in a file (a word misspelt in two places) needs two fingerprints.
      const seen = new Map<string, number>();
      let out = '';
      for (const m of result.messages) {
        const checkName = `mudaqqiq/${m.ruleId}`;
        const key = `${checkName}\0${m.identity ?? m.message}`;
        const nth = seen.get(key) ?? 0;
        seen.set(key, nth + 1);
        out += entry(path, checkName, m.message, SEVERITY[m.severity], m.line, fingerprintOf(path, key, nth));
      }
      return out;
    },
    // One per file, whatever the reason says (a line number, an error's wording).
    unchecked(path, reason) {
      const shown = relativePath(context.root, path);
      return entry(shown, 'mudaqqiq/unchecked', reason, 'blocker', 1, fingerprintOf(shown, 'mudaqqiq/unchecked', 0));
    },
    end: () => ']\n',
  };
};

/**
 * Stable across runs, line moves and the language of the messages: the path, the check, what the finding
 * is (Message.identity, not its message, which --locale changes) and which of its equal findings in the
 * file this is, not the line, so an edit above a finding does not make it a new one.
 */
function fingerprintOf(path: string, key: string, nth: number): string {
  return createHash('sha256').update(`${path}\0${key}\0${nth}`).digest('hex').slice(0, 32);
}
