// A real, independent LSP client: headless Neovim (Debian's `neovim`, 0.7) starts the built server
// (dist/server.js) with its own LSP client, opens the fixture and reports what it saw (see
// neovim-client.lua). Neovim 0.7 has no pull diagnostics, so this also covers push mode.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, SERVER } from './client';

const FIXTURE = join(ROOT, 'test-fixtures', 'lsp', 'article.news');
const SCRIPT = join(__dirname, 'neovim-client.lua');
const TIMEOUT_MS = 60_000;

interface NeovimResult {
  steps: string[];
  error?: string;
  diagnostics?: { lnum: number; col: number; end_col: number; code: string; source: string; severity: number; message: string }[];
  symbols?: { name: string; detail?: string; children?: { name: string }[] }[];
  actions?: { title: string; kind: string; isPreferred: boolean }[];
  after?: string;
  diagnosticsAfter?: { lnum: number; code: string }[];
  renamed?: string;
}

function runNeovim(): Promise<NeovimResult> {
  const folder = mkdtempSync(join(tmpdir(), 'mudaqqiq-nvim-'));
  const out = join(folder, 'result.json');
  const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
    env: { ...process.env, MUDAQQIQ_OUT: out, MUDAQQIQ_SERVER: SERVER, MUDAQQIQ_FIXTURE: FIXTURE, MUDAQQIQ_NODE: process.execPath },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`nvim did not finish within ${TIMEOUT_MS} ms\n${stderr}`));
    }, TIMEOUT_MS);
    child.on('exit', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(readFileSync(out, 'utf8')) as NeovimResult);
      } catch (error) {
        reject(new Error(`nvim wrote no result (${(error as Error).message})\n${stderr}`));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });
}

const hasNeovim = spawnSync('nvim', ['--version']).status === 0;
describe('Neovim as the LSP client', () => {
  it('shows diagnostics, the outline, a quick fix that applies and a rename', { skip: !hasNeovim && process.env.MUDAQQIQ_SKIP_NEOVIM === '1' ? 'nvim not installed' : false }, async () => {
    assert.ok(hasNeovim, 'nvim is not installed (apt-get install neovim), or set MUDAQQIQ_SKIP_NEOVIM=1');
    const result = await runNeovim();
    assert.equal(result.error, undefined, `Neovim client failed after ${result.steps.join(' → ')}: ${result.error}`);

    const tatweel = result.diagnostics!.filter((d) => d.code === 'tatweel');
    assert.deepEqual(tatweel.map((d) => [d.lnum, d.source, d.severity]), [
      [0, 'mudaqqiq', 2],
      [2, 'mudaqqiq', 2],
    ]);
    // Neovim draws bidi isolates as code points (<2068>): it gets plain text.
    assert.match(tatweel[0].message, /^Decorative tatweel \(kashida\) in “الحكومـــة”/);
    // Neovim columns are bytes: "الحكوم" is six two-byte letters.
    assert.deepEqual([tatweel[0].col, tatweel[0].end_col], [12, 18]);

    assert.deepEqual(
      result.symbols!.map((s) => [s.name, s.detail ?? '', (s.children ?? []).map((c) => c.name)]),
      [
        ['الحكومـــة تقر خطة لإعادة إعمار الأحياء المتضررة', 'headline', []],
        ['أعلنت الحكومـــة، الثلاثاء، خطة لإعادة إعمار …', 'lede', []],
        ['وقال وزير الإسكان سالم الراشد في …', 'paragraph 2', ['وزير الإسكان سالم الراشد: «سنبدأ بالمدارس والمستشفيات قبل نهاية العام»']],
        ['وأضاف: «التمويل متوفر، والعمل سيبدأ فور …', 'paragraph 3', ['وزير الإسكان سالم الراشد: «التمويل متوفر، والعمل سيبدأ فور انتهاء …»']],
        ['ويقدر خبراء كلفة الإعمار بنحو ثلاثة …', 'paragraph 4', []],
        ['Names', '1', ['People']],
      ],
    );

    const titles = result.actions!.map((a) => a.title);
    assert.deepEqual(result.actions!.find((a) => a.isPreferred), { title: 'Remove the tatweel', kind: 'quickfix', isPreferred: true });
    assert.ok(titles.includes('Fix all tatweel problems in this file'));
    assert.ok(titles.includes('Disable tatweel for this line'));
    assert.ok(titles.includes('Disable tatweel for this file'));

    const fixture = readFileSync(FIXTURE, 'utf8');
    assert.equal(result.after, fixture.replace('الحكومـــة تقر', 'الحكومة تقر').replace(/\n$/, ''));
    assert.deepEqual(result.diagnosticsAfter!.filter((d) => d.code === 'tatweel').map((d) => d.lnum), [2]);
    assert.equal(result.renamed, result.after.replace('سالم الراشد', 'سالم الراشدي'));
  });
});
