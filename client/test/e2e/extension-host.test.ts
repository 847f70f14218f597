// The extension-host suite of test 4 (client/test/vscode/suite), run here in code-server's extension host
// since @vscode/test-electron cannot download VS Code on these machines. The extension is loaded from the
// repository as a development extension, so dist/ must be built (npm run build or npm run package).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildSuite } from '../vscode/build-suite';
import type { SuiteResults } from '../vscode/suite/index';
import { ROOT, ensureTools, openWorkspace, waitUntil } from './code-server';

describe('the extension-host suite in code-server', { timeout: 5 * 60_000 }, () => {
  it('passes', async (t) => {
    ensureTools();
    for (const bundle of ['client.js', 'server.js']) {
      assert.ok(existsSync(join(ROOT, 'dist', bundle)), `dist/${bundle} is missing: run npm run build`);
    }
    const testsPath = await buildSuite();
    const home = mkdtempSync(join(tmpdir(), 'mudaqqiq-suite-'));
    const resultsFile = join(home, 'results.json');
    const session = await openWorkspace({ development: { extensionPath: ROOT, testsPath }, env: { MUDAQQIQ_SUITE_RESULTS: resultsFile } });
    try {
      const results = await waitUntil('the suite to finish', 180_000, async () =>
        existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as SuiteResults) : undefined,
      ).catch((error) => {
        throw new Error(`${error}\ncode-server output:\n${session.log()}`);
      });
      for (const title of results.passed) t.diagnostic(`passed: ${title}`);
      assert.deepEqual(results.failed, []);
      assert.ok(results.passed.length >= 10, `only ${results.passed.length} passed: ${results.passed.join(' | ')}`);
    } finally {
      await session.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
