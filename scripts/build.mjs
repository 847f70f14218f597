// Bundles what ships: the CLI, its worker, the language server and the VS Code client.
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...shared,
    entryPoints: { cli: 'server/src/cli/main.ts', worker: 'server/src/cli/worker.ts', server: 'server/src/lsp/main.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({ ...shared, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
]);
