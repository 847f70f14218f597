// The .vsix that `npm run package` makes: small, holding only what the installed extension reads, and
// self-contained: its client and server load nothing from outside it (checked by running them from a copy
// outside the repository, where no node_modules can be found).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { packagedExtension } from './e2e/code-server';
import { zipEntries, type ZipEntry } from './zip';

const MAX_BYTES = 2 * 1024 * 1024;
/** What the installed extension reads; README, CHANGELOG and LICENSE join it once they exist. */
const EXPECTED = [
  'extension/package.json',
  'extension/package.nls.json',
  'extension/package.nls.ar.json',
  'extension/l10n/bundle.l10n.ar.json',
  'extension/language-configuration.json',
  'extension/syntaxes/arabic-news.tmLanguage.json',
  'extension/schemas/mudaqqiq.schema.json',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/client/media/icon.png',
];
const OPTIONAL = /^extension\/(readme\.md|changelog\.md|license(\.md|\.txt)?)$/i;
const VSCE_FILES = ['[Content_Types].xml', 'extension.vsixmanifest'];

describe('the packaged .vsix', () => {
  let vsix: string;
  let entries: ZipEntry[];
  let unpacked: string;

  before(() => {
    vsix = packagedExtension();
    entries = zipEntries(readFileSync(vsix));
    unpacked = mkdtempSync(join(tmpdir(), 'mudaqqiq-vsix-'));
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      mkdirSync(dirname(join(unpacked, entry.name)), { recursive: true });
      writeFileSync(join(unpacked, entry.name), entry.read());
    }
  });

  after(() => rmSync(unpacked, { recursive: true, force: true }));

  it('stays under 2 MB', () => {
    const bytes = readFileSync(vsix).length;
    assert.ok(bytes < MAX_BYTES, `${vsix} is ${bytes} bytes`);
  });

  it('holds what the extension reads and nothing else: no sources, tests, fixtures, docs, maps or node_modules', () => {
    const names = entries.map((e) => e.name).filter((n) => !n.endsWith('/'));
    const unexpected = names.filter((n) => !EXPECTED.includes(n) && !VSCE_FILES.includes(n) && !OPTIONAL.test(n));
    assert.deepEqual(unexpected, []);
    assert.deepEqual(EXPECTED.filter((n) => !names.includes(n)), []);
  });

  it('holds every file its manifest points at', () => {
    const manifest = JSON.parse(readFileSync(join(unpacked, 'extension', 'package.json'), 'utf8'));
    const paths: string[] = [
      manifest.main,
      manifest.icon,
      join(manifest.l10n, 'bundle.l10n.ar.json'),
      ...manifest.contributes.languages.flatMap((l: { configuration?: string }) => l.configuration ?? []),
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
      ...manifest.contributes.jsonValidation.map((j: { url: string }) => j.url),
    ];
    const names = new Set(entries.map((e) => e.name));
    assert.deepEqual(paths.filter((p) => !names.has(join('extension', p))), []);
  });

  it('bundles every module the client and server require, except Node built-ins and vscode', () => {
    const builtins = new Set(builtinModules);
    const isBuiltin = (name: string) => name.startsWith('node:') || builtins.has(name.split('/')[0]);
    for (const [file, allowed] of [
      ['client.js', ['vscode']],
      ['server.js', []],
    ] as const) {
      const code = readFileSync(join(unpacked, 'extension', 'dist', file), 'utf8');
      // Not inside a string literal (Ajv keeps `'require("ajv/dist/runtime/equal")'` as text for its standalone mode).
      const required = [...code.matchAll(/(?<!['"`])\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
      assert.ok(required.length > 0, `${file} requires something`);
      const external = [...new Set(required)].filter((name) => !isBuiltin(name) && !(allowed as readonly string[]).includes(name));
      assert.deepEqual(external, [], file);
    }
  });

  it('loads its client with nothing but vscode from outside the package', () => {
    // A stand-in for the vscode module that answers every property, so the bundle's top level can run.
    const probe = `
      const Module = require('node:module');
      const { builtinModules } = Module;
      const stub = new Proxy(function () {}, { get: (t, key) => key === Symbol.toPrimitive ? () => '' : stub, apply: () => stub, construct: () => stub });
      const outside = [];
      const load = Module._load;
      Module._load = function (request, parent, isMain) {
        if (request === 'vscode') return stub;
        if (!request.startsWith('node:') && !builtinModules.includes(request) && !request.startsWith('.') && !request.startsWith('/')) outside.push(request);
        return load.apply(this, arguments);
      };
      const client = require(process.argv[1]);
      console.log(JSON.stringify({ outside, exports: Object.keys(client).sort() }));`;
    const run = spawnSync(process.execPath, ['-e', probe, join(unpacked, 'extension', 'dist', 'client.js')], {
      cwd: unpacked,
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { outside: [], exports: ['activate', 'deactivate'] });
  });

  it('runs its server from the unpacked copy: initialize, open an article, publish its findings', async () => {
    const server = spawn(process.execPath, [join(unpacked, 'extension', 'dist', 'server.js'), '--stdio'], {
      cwd: unpacked,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    server.stderr.on('data', (chunk) => (stderr += chunk));
    const connection: MessageConnection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.listen();
    const uri = `file://${join(unpacked, 'article.news')}`;
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        if (params.uri === uri && params.diagnostics.length > 0) resolve(params);
      }),
    );
    const timeout = (ms: number) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms; stderr: ${stderr}`)), ms).unref());
    try {
      const init = (await Promise.race([
        connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null }),
        timeout(15_000),
      ])) as { serverInfo?: { name: string } };
      assert.equal(init.serverInfo?.name, 'mudaqqiq-language-server');
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'arabic-news', version: 1, text: 'عنوان الخبر\nأعلنت الحكومـــة خطة جديدة.\n' },
      });
      const { diagnostics } = await Promise.race([published, timeout(15_000)]);
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['tatweel'],
      );
      await Promise.race([connection.sendRequest('shutdown'), timeout(5_000)]);
      await connection.sendNotification('exit');
    } finally {
      connection.dispose();
      server.kill();
    }
  });
});
