// Needs `npm run build` first: these tests run dist/cli.js (`npm test` builds before it tests).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLI, FIXED_LINE, runCli, sandbox, TATWEEL_LINE } from './helpers';

const WINDOWS_1256_TATWEEL = Buffer.from([0xc7, 0xe1, 0xcd, 0xdf, 0xe6, 0xe3, 0xdc, 0xdc, 0xc9, 0x0a]); // الحكومــة
const WINDOWS_1256_FIXED = Buffer.from([0xc7, 0xe1, 0xcd, 0xdf, 0xe6, 0xe3, 0xc9, 0x0a]); // الحكومة

describe('--fix', () => {
  it('writes the safe fixes and reports what is left', () => {
    const dir = sandbox({ 'a.txt': `${TATWEEL_LINE}\n` });
    const run = runCli(['--fix', '--format', 'json', 'a.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), `${FIXED_LINE}\n`);
    assert.deepEqual(JSON.parse(run.stdout)[0].messages, []);
  });

  it('keeps the BOM and CRLF line ends, and the file’s mode', () => {
    const dir = sandbox({ 'a.txt': `\uFEFFعنوان\r\n${TATWEEL_LINE}\r\nخبر آخر عن الوزارة.\r\n` });
    chmodSync(join(dir, 'a.txt'), 0o640);
    assert.equal(runCli(['--fix', 'a.txt'], { cwd: dir }).code, 0);
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), `\uFEFFعنوان\r\n${FIXED_LINE}\r\nخبر آخر عن الوزارة.\r\n`);
    assert.equal(statSync(join(dir, 'a.txt')).mode & 0o777, 0o640);
  });

  it('keeps CR line ends (old Mac files), and reports lines as editors count them', () => {
    const dir = sandbox({ 'a.txt': `عنوان\r${TATWEEL_LINE}\rخبر آخر عن الوزارة.\r` });
    const check = runCli(['--format', 'json', 'a.txt'], { cwd: dir });
    assert.deepEqual(JSON.parse(check.stdout)[0].messages.map((m: { line: number }) => m.line), [2]);
    assert.equal(runCli(['--fix', 'a.txt'], { cwd: dir }).code, 0);
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), `عنوان\r${FIXED_LINE}\rخبر آخر عن الوزارة.\r`);
  });

  it('is atomic: no temporary file is left, a link still points at its file', () => {
    const dir = sandbox({ 'real/a.txt': `${TATWEEL_LINE}\n`, 'b.txt': `${TATWEEL_LINE}\n` });
    symlinkSync(join(dir, 'real', 'a.txt'), join(dir, 'link.txt'));
    assert.equal(runCli(['--fix', 'link.txt', 'b.txt'], { cwd: dir }).code, 0);
    assert.equal(readFileSync(join(dir, 'real', 'a.txt'), 'utf8'), `${FIXED_LINE}\n`);
    assert.ok(lstatSync(join(dir, 'link.txt')).isSymbolicLink(), 'the link is kept, not replaced by a file');
    assert.equal(readFileSync(join(dir, 'link.txt'), 'utf8'), `${FIXED_LINE}\n`);
    const names = [...readdirSync(dir), ...readdirSync(join(dir, 'real'))];
    assert.deepEqual(names.filter((n) => n.includes('mudaqqiq-tmp')), []);
  });

  it('writes a file with other hard links into itself: every name gets the fixes, mode kept, nothing left over', () => {
    const dir = sandbox({ 'desk/a.txt': `عنوان\n${TATWEEL_LINE}\n` });
    const original = join(dir, 'desk', 'a.txt');
    linkSync(original, join(dir, 'archive.txt'));
    chmodSync(original, 0o640);
    const inode = statSync(original).ino;
    const run = runCli(['--fix', 'desk/a.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    for (const name of [original, join(dir, 'archive.txt')]) assert.equal(readFileSync(name, 'utf8'), `عنوان\n${FIXED_LINE}\n`);
    assert.equal(statSync(original).ino, inode);
    assert.equal(statSync(original).nlink, 2);
    assert.equal(statSync(original).mode & 0o7777, 0o640);
    assert.deepEqual(readdirSync(join(dir, 'desk')), ['a.txt']);
  });

  it('on a shared desk keeps a colleague’s file theirs, and leaves one the user may not write', (t) => {
    // A colleague is another user: root runs the CLI as nobody, where runuser is there.
    if (process.getuid?.() !== 0 || spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status !== 0) return t.skip('needs root and runuser');
    const dir = sandbox({ 'shared.txt': `${TATWEEL_LINE}\n`, 'theirs.txt': `${TATWEEL_LINE}\n` });
    chmodSync(dir, 0o777);
    chmodSync(join(dir, '.mudaqqiq.json'), 0o644);
    chmodSync(join(dir, 'shared.txt'), 0o666);
    chmodSync(join(dir, 'theirs.txt'), 0o644);
    const run = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, CLI, '--fix', 'shared.txt', 'theirs.txt'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run.status, 2, run.stderr.toString());
    assert.equal(readFileSync(join(dir, 'shared.txt'), 'utf8'), `${FIXED_LINE}\n`);
    assert.equal(statSync(join(dir, 'shared.txt')).uid, 0, 'still the colleague’s');
    assert.match(run.stderr.toString(), /theirs\.txt: cannot write the fixes: permission denied/);
    assert.equal(readFileSync(join(dir, 'theirs.txt'), 'utf8'), `${TATWEEL_LINE}\n`, 'not replaced through the writable folder');
  });

  it('writes a longer fixed text into a hard-linked file whole', () => {
    // Closing an unbalanced quotation adds a mark: the file grows.
    const dir = sandbox({ 'a.txt': 'وقال الوزير: «سنواصل العمل.\n' }, { rules: { 'unbalanced-quotes': 'error' } });
    linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const before = readFileSync(join(dir, 'a.txt'), 'utf8');
    runCli(['--fix', 'a.txt'], { cwd: dir });
    const after = readFileSync(join(dir, 'b.txt'), 'utf8');
    assert.ok(after.length > before.length, after);
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), after);
  });

  it('leaves an untouched file’s bytes alone', () => {
    const dir = sandbox({ 'clean.txt': '@clean.txt' });
    const before = statSync(join(dir, 'clean.txt')).mtimeMs;
    runCli(['--fix', 'clean.txt'], { cwd: dir });
    assert.equal(statSync(join(dir, 'clean.txt')).mtimeMs, before);
  });

  it('writes a windows-1256 file back in windows-1256', () => {
    const dir = sandbox({ 'old.txt': WINDOWS_1256_TATWEEL });
    const run = runCli(['--fix', '--encoding', 'windows-1256', 'old.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readFileSync(join(dir, 'old.txt')), WINDOWS_1256_FIXED);
  });

  it('leaves a read-only file as it is, exit 2 naming it, even for root', () => {
    const dir = sandbox({ 'locked.txt': `عنوان\n${TATWEEL_LINE}\n` });
    chmodSync(join(dir, 'locked.txt'), 0o444);
    const run = runCli(['--fix', 'locked.txt'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /locked\.txt.*cannot write the fixes: permission denied/);
    assert.equal(readFileSync(join(dir, 'locked.txt'), 'utf8'), `عنوان\n${TATWEEL_LINE}\n`);
  });

  it('keeps set-user-ID and set-group-ID bits, which a change of owner would clear', () => {
    const dir = sandbox({ 'a.txt': `${TATWEEL_LINE}\n` });
    chmodSync(join(dir, 'a.txt'), 0o6754);
    assert.equal(runCli(['--fix', 'a.txt'], { cwd: dir }).code, 0);
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), `${FIXED_LINE}\n`);
    assert.equal(statSync(join(dir, 'a.txt')).mode & 0o7777, 0o6754);
  });

  it('says it is the folder that may not be written when the file may be', (t) => {
    const dir = sandbox({ 'desk/a.txt': `${TATWEEL_LINE}\n` });
    const desk = join(dir, 'desk');
    // Root writes any folder whatever its mode: an immutable one it may not (where the file system has the flag).
    const lock = (on: boolean) =>
      process.getuid?.() === 0 ? spawnSync('chattr', [on ? '+i' : '-i', desk]).status === 0 : (chmodSync(desk, on ? 0o555 : 0o755), true);
    if (!lock(true)) return t.skip('cannot make a folder unwritable here');
    try {
      const run = runCli(['--fix', 'desk/a.txt'], { cwd: dir });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /desk\/a\.txt: cannot write the fixes: its folder \S*desk may not be written/);
      assert.equal(readFileSync(join(desk, 'a.txt'), 'utf8'), `${TATWEEL_LINE}\n`);
    } finally {
      lock(false);
    }
  });

  it('reads and writes back a UTF-8 file as UTF-8 whatever --encoding says of the archive', () => {
    const dir = sandbox({ 'new.txt': `عنوان\n${TATWEEL_LINE}\n`, 'old.txt': WINDOWS_1256_TATWEEL });
    const run = runCli(['--fix', '--encoding', 'windows-1256', 'new.txt', 'old.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(join(dir, 'new.txt'), 'utf8'), `عنوان\n${FIXED_LINE}\n`);
    assert.deepEqual(readFileSync(join(dir, 'old.txt')), WINDOWS_1256_FIXED);
  });

  it('with --stdin prints the fixed text and reports on standard error', () => {
    const dir = sandbox();
    const run = runCli(['--stdin', '--fix'], { cwd: dir, input: `${TATWEEL_LINE}\r\n` });
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `${FIXED_LINE}\r\n`);
    assert.equal(runCli(['--stdin', '--fix'], { cwd: dir, input: 'خبر.\n' }).stdout, 'خبر.\n');
  });

  it('with --stdin passes a binary input through unchanged, not an empty text in its place', () => {
    const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x0a]);
    const run = runCli(['--stdin', '--fix'], { cwd: sandbox(), input: image });
    assert.equal(run.code, 0);
    assert.deepEqual(run.stdoutBytes, image);
    assert.match(run.stderr, /binary file/);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff and writes nothing', () => {
    const dir = sandbox({ 'a.txt': `عنوان\n${TATWEEL_LINE}\n` });
    const run = runCli(['--fix-dry-run', 'a.txt'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n عنوان\n-${TATWEEL_LINE}\n+${FIXED_LINE}\n`);
    assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), `عنوان\n${TATWEEL_LINE}\n`);
  });

  it('names a file outside the working directory by its path, as git does (a/tmp/…, not a//tmp/…)', () => {
    const dir = sandbox({ 'a.txt': `${TATWEEL_LINE}\n` });
    const path = join(dir, 'a.txt');
    const run = runCli(['--fix-dry-run', path], { cwd: sandbox() });
    assert.ok(run.stdout.startsWith(`--- a/${path.replace(/^\/+/, '')}\n+++ b/${path.replace(/^\/+/, '')}\n`), run.stdout);
  });

  it('sends the stylish report to standard error so the diff on standard output is a clean patch', () => {
    const dir = sandbox({ 'a.txt': `${TATWEEL_LINE}\n`, 'b.txt': `عنوان\n${TATWEEL_LINE}\n` });
    const run = runCli(['--fix-dry-run', '--rule', 'tatweel:error', 'a.txt', 'b.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^--- a\/a\.txt\n[^]*\n--- a\/b\.txt\n/);
    assert.deepEqual(run.stdout.split('\n').filter((line) => line && !/^([-+ ]|@@ )/.test(line)), [], 'nothing but the patch');
  });

  it('keeps standard output for a machine-readable report, the diff going to standard error', () => {
    const dir = sandbox({ 'a.txt': `${TATWEEL_LINE}\n`, 'b.txt': `عنوان\n${TATWEEL_LINE}\n` });
    for (const format of ['json', 'sarif', 'gitlab']) {
      const run = runCli(['--fix-dry-run', '--rule', 'tatweel:error', '--format', format, 'a.txt', 'b.txt'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      JSON.parse(run.stdout);
      assert.match(run.stderr, /^--- a\/a\.txt\n\+\+\+ b\/a\.txt\n[^]*\n--- a\/b\.txt\n/);
    }
    const json = runCli(['--fix-dry-run', '--format', 'json', 'a.txt'], { cwd: dir });
    assert.deepEqual(JSON.parse(json.stdout)[0].messages, [], 'what is left after the fixes, as with --fix');
    assert.match(runCli(['--fix-dry-run', '--format', 'checkstyle', 'a.txt'], { cwd: dir }).stdout, /^<\?xml[^]*<\/checkstyle>\n$/);
  });

  it('with --output-file writes the report there and the diff on standard output, whatever the format', () => {
    const dir = sandbox({ 'a.txt': `${TATWEEL_LINE}\n` });
    const run = runCli(['--fix-dry-run', '--format', 'json', '--output-file', 'out/report.json', 'a.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^--- a\/a\.txt\n/);
    assert.equal(run.stderr, '');
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'))[0].messages, []);
  });
});
