// Test 4 of issue 3: the extension-host suite in a desktop VS Code that @vscode/test-electron downloads.
//   npm run test:vscode            (VS Code stable; VSCODE_TEST_VERSION=1.100.3 for the oldest we support)
// It needs the internet to download VS Code (and a display, or xvfb-run, on Linux), so it is NOT part of
// CI here. CI runs the same suite in code-server instead (client/test/e2e/extension-host.test.ts).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './build-suite';

const ROOT = join(__dirname, '..', '..', '..');

async function main(): Promise<void> {
  const suite = await buildSuite();
  const home = mkdtempSync(join(tmpdir(), 'mudaqqiq-vscode-'));
  const workspace = join(home, 'workspace');
  cpSync(join(ROOT, 'test-fixtures', 'vscode', 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION ?? 'stable',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suite,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        join(home, 'data'),
      ],
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
