// The LSP lifecycle as the spec sets it (and lifecycle.ts enforces it for every handler): nothing is
// served before `initialize` nor after `shutdown`, `initialize` and `initialized` count once, and an
// `initialize` with malformed params is refused without setting anything up. The built server over stdio.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { rejectsWithCode, ROOT, SERVER, TestClient } from './client';

const ARTICLE = readFileSync(join(ROOT, 'test-fixtures', 'lsp', 'article.news'), 'utf8');
const tatweel = (items: Diagnostic[]) => items.filter((d) => d.code === 'tatweel');
const ServerNotInitialized = -32002;
const InvalidRequest = -32600;
const InvalidParams = -32602;

function hover(client: TestClient, uri: string) {
  return client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 7 } });
}

/** A request that is answered only after every message sent before it has been handled. */
function roundTrip(client: TestClient) {
  return client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'untitled:round-trip' } });
}

describe('language server lifecycle', () => {
  it('refuses requests with ServerNotInitialized and drops notifications before initialize', async () => {
    const client = TestClient.spawn();
    try {
      const uri = 'untitled:early.news';
      await client.open(uri, ARTICLE);
      await rejectsWithCode(hover(client, uri), ServerNotInitialized, 'hover');
      await rejectsWithCode(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), ServerNotInitialized, 'documentSymbol');
      await rejectsWithCode(client.connection.sendRequest('shutdown'), ServerNotInitialized, 'shutdown');

      await client.initialize();
      // The early didOpen was dropped: the server does not know the document, and nothing failed meanwhile.
      assert.deepEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), []);
      assert.deepEqual(client.logs, []);
      await client.open('untitled:on-time.news', ARTICLE);
      const published = await client.until(() => client.published.get('untitled:on-time.news'), 3000, 'diagnostics');
      assert.equal(tatweel(published.diagnostics).length, 2);
      assert.equal(client.published.has(uri), false);
    } finally {
      await client.stop();
    }
  });

  it('refuses a second initialize and ignores a second initialized', async () => {
    const client = await TestClient.start();
    try {
      await client.until(() => client.registrations.length >= 2, 3000, 'registrations');
      const registered = [...client.registrations];
      await rejectsWithCode(client.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }), InvalidRequest, 'second initialize');
      await client.connection.sendNotification('initialized', {});
      await roundTrip(client);
      assert.deepEqual(client.registrations, registered, 'the second initialized registers nothing again');
      // Still serving under the first initialize.
      const uri = 'untitled:after-second-initialize.news';
      await client.open(uri, ARTICLE);
      const published = await client.until(() => client.published.get(uri), 3000, 'diagnostics');
      assert.equal(tatweel(published.diagnostics).length, 2);
    } finally {
      await client.stop();
    }
  });

  it('after shutdown refuses requests with InvalidRequest and drops notifications, then exits on exit', async () => {
    const client = await TestClient.start();
    const uri = 'untitled:shutdown.news';
    await client.open(uri, ARTICLE);
    await client.until(() => client.published.get(uri), 3000, 'diagnostics on open');
    await client.connection.sendRequest('shutdown');

    await rejectsWithCode(hover(client, uri), InvalidRequest, 'hover after shutdown');
    await rejectsWithCode(client.connection.sendRequest('shutdown'), InvalidRequest, 'second shutdown');
    await client.replace(uri, 'الحكومـــة تقر', 'الحكومة تقر');
    // Longer than the typing pause after which a change is checked and published.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(client.published.get(uri)?.version, 1, 'nothing published after shutdown');

    const exited = new Promise((resolve) => client.child.once('exit', resolve));
    await client.stop();
    assert.equal(await exited, 0);
  });

  it('refuses an initialize with malformed params with InvalidParams, and takes a good one after it', async () => {
    const client = TestClient.spawn();
    try {
      await rejectsWithCode(client.connection.sendRequest('initialize', {}), InvalidParams, 'initialize {}');
      await rejectsWithCode(client.initialize({ workspaceFolders: 'x' as never }), InvalidParams, 'workspaceFolders "x"');
      await rejectsWithCode(client.initialize({ workspaceFolders: [null] as never }), InvalidParams, 'workspaceFolders [null]');
      await rejectsWithCode(hover(client, 'untitled:x'), ServerNotInitialized, 'hover after a refused initialize');

      await client.initialize();
      const uri = 'untitled:after-bad-initialize.news';
      await client.open(uri, ARTICLE);
      const published = await client.until(() => client.published.get(uri), 3000, 'diagnostics');
      assert.equal(tatweel(published.diagnostics).length, 2);
    } finally {
      await client.stop();
    }
  });

  it('gives a terminal editor plain text: Helix and Neovim draw bidi isolates as code points', async () => {
    for (const [name, isolated] of [['helix', false], ['Neovim', false], ['Visual Studio Code', true]] as const) {
      const client = TestClient.spawn();
      try {
        await client.initialize({ clientInfo: { name }, locale: 'ar' });
        const uri = 'untitled:isolates.news';
        await client.open(uri, ARTICLE);
        const published = await client.until(() => client.published.get(uri), 3000, 'diagnostics');
        const message = tatweel(published.diagnostics)[0].message;
        assert.equal(/[\u2066-\u2069]/.test(message), isolated, `${name}: ${JSON.stringify(message)}`);
        assert.match(message, /^\u2067?مدّة زخرفية \(تطويل\) داخل الكلمة «\u2068?الحكومـــة\u2069?»/);
      } finally {
        await client.stop();
      }
    }
  });

  it('takes a locale that is not a string as absent, with a warning, and keeps checking', async () => {
    const client = TestClient.spawn();
    try {
      await client.initialize({ locale: 5 as never });
      const uri = 'untitled:bad-locale.news';
      await client.open(uri, ARTICLE);
      const published = await client.until(() => client.published.get(uri), 3000, 'diagnostics');
      assert.match(tatweel(published.diagnostics)[0].message, /^Decorative tatweel/, 'messages in the default language');
      assert.equal(client.logs.filter((line) => /locale must be a string/.test(line)).length, 1, client.logs.join('\n'));
      assert.equal(client.logs.filter((line) => /checking/.test(line)).length, 0, client.logs.join('\n'));
    } finally {
      await client.stop();
    }
  });
});

describe('the command line', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', input: '' });

  it('without a transport, says how to start the server (exit 2), not a stack trace', () => {
    const bare = run();
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /^Usage: mudaqqiq-language-server --stdio /);
    assert.doesNotMatch(bare.stderr, /\bat /);
    assert.equal(run('--help').status, 0);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(run('--version').stdout, `${version}\n`);
  });
});
