import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(__dirname, '..', '..', '..');

/** Bundles the extension-host suite into one file that VS Code can load; returns its path. */
export async function buildSuite(): Promise<string> {
  const suite = join(ROOT, 'dist', 'test', 'vscode', 'suite.js');
  await build({
    entryPoints: [join(__dirname, 'suite', 'index.ts')],
    outfile: suite,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return suite;
}
