// A real VS Code for the end-to-end test: code-server 4.100.3 (VS Code 1.100 served to a browser, with its
// extension host on Node) with the packaged .vsix installed, driven by Playwright in Debian's Chromium.
// See ../../../../shared/real-vscode-offline.md for why it is code-server and not @vscode/test-electron here.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = join(__dirname, '..', '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
export const CODE_SERVER = join(process.env.CODE_SERVER_E2E_HOME ?? join(homedir(), '.cache', 'code-server-e2e'), 'node_modules', '.bin', 'code-server');
export const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');
const FIXTURE_WORKSPACE = join(ROOT, 'test-fixtures', 'vscode', 'workspace');
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** Keeps the workbench quiet: no welcome page, tips, update or telemetry prompts over what we look at. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'editor.fontFamily': "'DejaVu Sans Mono', 'DejaVu Sans', monospace",
  'chat.commandCenter.enabled': false,
  'outline.collapseItems': 'alwaysExpand',
};

/** Runs scripts/e2e-setup.sh when code-server or Chromium is missing; throws if they are still missing. */
export function ensureTools(): void {
  if (!existsSync(CODE_SERVER) || !existsSync(CHROMIUM)) {
    const setup = spawnSync('bash', [join(ROOT, 'scripts', 'e2e-setup.sh')], { stdio: 'inherit', timeout: 15 * 60_000 });
    if (setup.status !== 0) throw new Error(`scripts/e2e-setup.sh failed (${setup.status ?? setup.signal})`);
  }
  for (const tool of [CODE_SERVER, CHROMIUM]) if (!existsSync(tool)) throw new Error(`missing ${tool}: run scripts/e2e-setup.sh`);
}

/** What goes into the .vsix: when any of it is newer than the file, the file is stale. */
const PACKAGE_INPUTS = [
  'package.json',
  'package.nls.json',
  'package.nls.ar.json',
  'language-configuration.json',
  '.vscodeignore',
  'l10n',
  'syntaxes',
  'schemas',
  'client/src',
  'client/media',
  'server/src',
];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * The .vsix that `npm run package` makes, made here when it is missing or older than its sources. Test
 * files running side by side take turns (flock), so that no two packagings write the same files at once.
 */
export function packagedExtension(): string {
  const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = join(ROOT, `${name}-${version}.vsix`);
  const stale = () => !existsSync(vsix) || statSync(vsix).mtimeMs < Math.max(...PACKAGE_INPUTS.map((p) => newestChange(join(ROOT, p))));
  if (stale()) {
    const lock = join(tmpdir(), 'mudaqqiq-package.lock');
    const build = spawnSync('flock', [lock, 'npm', 'run', 'package'], { cwd: ROOT, stdio: 'inherit', timeout: 5 * 60_000 });
    if (build.status !== 0 || stale()) throw new Error('npm run package did not produce a fresh .vsix');
  }
  return vsix;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntil<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError}` : ''}`);
}

export interface Session {
  page: Page;
  workspace: string;
  /** code-server's own output, for failure messages. */
  log: () => string;
  close(): Promise<void>;
}

export interface WorkspaceOptions {
  /** The packaged extension to install. */
  vsix?: string;
  /** Or run the extension from its folder as a development extension, with an extension-host test suite. */
  development?: { extensionPath: string; testsPath: string };
  /** Extra environment for code-server and so for its extension host. */
  env?: Record<string, string>;
}

/**
 * Starts code-server on a free loopback port with a fresh extensions folder (holding the .vsix, when
 * given) and a copy of the fixture workspace, and opens it in Chromium. Everything lives in a temporary
 * folder that close() removes, after stopping the browser and the server.
 */
export async function openWorkspace(options: WorkspaceOptions): Promise<Session> {
  const home = mkdtempSync(join(tmpdir(), 'mudaqqiq-e2e-'));
  const dataDir = join(home, 'data');
  const extensionsDir = join(home, 'extensions');
  const workspace = join(home, 'workspace');
  cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  mkdirSync(join(dataDir, 'User'), { recursive: true });
  writeFileSync(join(dataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const common = ['--extensions-dir', extensionsDir, '--user-data-dir', dataDir];

  if (options.vsix) {
    const install = spawnSync(CODE_SERVER, [...common, '--install-extension', options.vsix], { encoding: 'utf8', timeout: 120_000 });
    if (install.status !== 0) throw new Error(`code-server --install-extension failed:\n${install.stdout}\n${install.stderr}`);
  }

  const port = await freePort();
  let output = '';
  const server: ChildProcess = spawn(
    CODE_SERVER,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...common,
      workspace,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } },
  );
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  let browser: Browser | undefined;

  const close = async () => {
    await browser?.close().catch(() => undefined);
    // code-server runs its extension host and our language server as children: stop the whole group.
    if (server.exitCode === null && server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([new Promise((r) => server.once('exit', r)), new Promise((r) => setTimeout(r, 5000))]);
      if (server.exitCode === null) {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    rmSync(home, { recursive: true, force: true });
  };

  try {
    const url = `http://127.0.0.1:${port}`;
    await waitUntil('code-server to answer', 60_000, async () => {
      if (server.exitCode !== null) throw new Error(`code-server exited (${server.exitCode}):\n${output}`);
      return (await fetch(`${url}/healthz`)).ok ? true : undefined;
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, timeout: 60_000 });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const query = new URLSearchParams({ folder: workspace });
    if (options.development) {
      // How VS Code for the web is told to load an extension under development and run its tests.
      const remote = (path: string) => `vscode-remote://remote${path}`;
      query.set('payload', JSON.stringify([
        ['extensionDevelopmentPath', remote(options.development.extensionPath)],
        ['extensionTestsPath', remote(options.development.testsPath)],
      ]));
    }
    await page.goto(`${url}/?${query}`, { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return { page, workspace, log: () => output, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Runs a command from the command palette by its title as the palette shows it. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const fileName = relativePath.split('/').pop()!;
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(relativePath);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: 15_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
}

/**
 * The text the active editor shows, its rendered lines joined in order (word wrap splits a line into
 * several), with the non-breaking spaces Monaco renders turned back into spaces.
 */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    const lines = editor ? ([...editor.querySelectorAll('.view-lines .view-line')] as HTMLElement[]) : [];
    return lines
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '))
      .join('');
  });
}

/**
 * Lines of the active editor whose words are not laid out right to left. Arabic reads from the right, so
 * in a rendered line of Arabic words and numbers each word must start left of the one before it. VS Code
 * breaks this when something cuts a line into differently styled pieces (see the grammar's comment).
 */
export async function linesOutOfReadingOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    const lines = editor ? ([...editor.querySelectorAll('.view-lines .view-line')] as HTMLElement[]) : [];
    const wrong: string[] = [];
    for (const line of lines) {
      const words: { text: string; left: number }[] = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/[^\s\u00a0\u00b7\u2e31\u2192]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          words.push({ text: match[0], left: range.getBoundingClientRect().left });
        }
      }
      if (words.length < 2 || words.some((w) => /[A-Za-z]/.test(w.text))) continue;
      if (words.some((word, i) => i > 0 && word.left >= words[i - 1].left)) wrong.push(words.map((w) => w.text).join(' '));
    }
    return wrong;
  });
}

export { waitUntil };

/**
 * Arabic messages in the Problems panel that do not read right to left: their Arabic words must be laid
 * out from the right, and a final full stop must sit left of the last word (not at the far right, where
 * a left-to-right line puts it unless the message is a right-to-left isolate).
 */
export async function messagesOutOfReadingOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wrong: string[] = [];
    for (const message of document.querySelectorAll<HTMLElement>('.markers-panel .marker-message')) {
      const node = document.createTreeWalker(message, NodeFilter.SHOW_TEXT).nextNode();
      const text = node?.textContent ?? '';
      const firstStrong = /[A-Za-z\u0621-\u064a]/.exec(text)?.[0];
      if (!node || !firstStrong || /[A-Za-z]/.test(firstStrong)) continue;
      // No named helpers in here: the test runner's transform would wrap them in a function the page lacks.
      const range = document.createRange();
      const words: { text: string; left: number }[] = [];
      for (const match of text.matchAll(/[\u0621-\u064a\u064b-\u0652\u0640]+/g)) {
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        words.push({ text: match[0], left: range.getBoundingClientRect().left });
      }
      const outOfOrder = words.some((word, i) => i > 0 && word.left >= words[i - 1].left);
      const stop = text.search(/\.[\u2069]*$/);
      let stopMisplaced = false;
      if (stop >= 0 && words.length > 0) {
        range.setStart(node, stop);
        range.setEnd(node, stop + 1);
        stopMisplaced = range.getBoundingClientRect().left > words[words.length - 1].left;
      }
      if (outOfOrder || stopMisplaced) wrong.push(text);
    }
    return wrong;
  });
}

/** Outline rows whose name and detail run into each other: in a left-to-right row the detail follows the name. */
export async function outlineRowsRunTogether(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wrong: string[] = [];
    for (const row of document.querySelectorAll<HTMLElement>('.outline-pane .monaco-list-row')) {
      const name = row.querySelector('.label-name');
      const detail = row.querySelector('.label-description');
      if (!name || !detail || !(detail.textContent ?? '').trim()) continue;
      if (detail.getBoundingClientRect().left < name.getBoundingClientRect().right - 1) wrong.push(`${name.textContent} | ${detail.textContent}`);
    }
    return wrong;
  });
}

/** Puts the cursor at a line and column (1-based) of the active editor with Go to Line (Ctrl+G). */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}
