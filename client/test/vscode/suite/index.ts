// Entry of the extension-host suite: VS Code loads this file and calls run() inside its extension host.
// @vscode/test-electron reads the outcome from the exit code; a runner that sees the extension host only
// from outside (client/test/e2e/extension-host.test.ts, in code-server) sets MUDAQQIQ_SUITE_RESULTS to
// a file path and reads the results from there.
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';

export interface SuiteResults {
  passed: string[];
  failed: { title: string; error: string }[];
}

export function run(): Promise<void> {
  const resultsFile = process.env.MUDAQQIQ_SUITE_RESULTS;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: !resultsFile });
  // The specs are bundled into this file: give them mocha's globals, then load them.
  mocha.suite.emit('pre-require', globalThis, 'extension.spec', mocha);
  require('./extension.spec');
  const results: SuiteResults = { passed: [], failed: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (resultsFile) writeFileSync(resultsFile, JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => results.passed.push(test.fullTitle()));
    runner.on('fail', (test, error: Error) => results.failed.push({ title: test.fullTitle(), error: error.stack ?? String(error) }));
  });
}
