// Needs `npm run build` first: these tests run dist/cli.js (`npm test` builds before it tests).
import assert from 'node:assert/strict';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Checker } from '../../src/cli/check-file';
import { encode, UnencodableError } from '../../src/cli/encoding';
import { ONLY_TATWEEL, runCli, sandbox, TATWEEL_LINE } from './helpers';

const checked = (stdout: string, dir: string): string[] =>
  JSON.parse(stdout).map((f: { filePath: string }) => f.filePath.slice(dir.length + 1));

describe('which files are checked', () => {
  const dir = sandbox({
    'articles/a.txt': 'خبر.\n',
    'articles/b.md': 'خبر.\n',
    'articles/c.markdown': 'خبر.\n',
    'articles/d.news': 'خبر.\n',
    'articles/d2.arnews': 'خبر.\n',
    'articles/e.html': 'خبر.\n',
    'articles/deep/f.txt': 'خبر.\n',
    'articles/node_modules/g.txt': 'خبر.\n',
    'articles/drafts/h.txt': 'خبر.\n',
    'articles/notes.tmp.txt': 'خبر.\n',
    'other/i.md': 'خبر.\n',
    'other/j.log': 'خبر.\n',
  });

  it('directories give their article files, skipping node_modules and .git', () => {
    const run = runCli(['--format', 'json', 'articles'], { cwd: dir });
    assert.deepEqual(checked(run.stdout, dir), [
      'articles/a.txt',
      'articles/b.md',
      'articles/c.markdown',
      'articles/d.news',
      'articles/d2.arnews',
      'articles/deep/f.txt',
      'articles/drafts/h.txt',
      'articles/notes.tmp.txt',
    ]);
  });

  it('globs match article files; a file named outright is checked whatever its extension', () => {
    const run = runCli(['--format', 'json', 'articles/**/*.md', 'other/*', 'other/j.log'], { cwd: dir });
    assert.deepEqual(checked(run.stdout, dir), ['articles/b.md', 'other/i.md', 'other/j.log']);
  });

  it('.mudaqqiqignore (gitignore syntax) leaves paths out; --ignore-path names another file', () => {
    writeFileSync(join(dir, '.mudaqqiqignore'), '# not for publication\ndrafts/\n*.tmp.txt\n');
    writeFileSync(join(dir, 'ci-ignore'), 'deep/\n');
    const byDefault = checked(runCli(['--format', 'json', 'articles'], { cwd: dir }).stdout, dir);
    assert.deepEqual(byDefault, ['articles/a.txt', 'articles/b.md', 'articles/c.markdown', 'articles/d.news', 'articles/d2.arnews', 'articles/deep/f.txt']);
    const other = checked(runCli(['--format', 'json', '--ignore-path', 'ci-ignore', 'articles'], { cwd: dir }).stdout, dir);
    assert.ok(!other.includes('articles/deep/f.txt') && other.includes('articles/drafts/h.txt'));
    assert.equal(runCli(['--ignore-path', 'missing-ignore', 'articles'], { cwd: dir }).code, 2);
  });

  it('Markdown files are read as Markdown: code blocks are not prose', () => {
    const md = sandbox({ 'article.md': '@article.md', 'article.txt': '@article.md' });
    const [asMarkdown, asText] = JSON.parse(runCli(['--format', 'json', 'article.md', 'article.txt'], { cwd: md }).stdout);
    assert.equal(asMarkdown.messages.length, 1);
    assert.equal(asMarkdown.messages[0].line, 3);
    assert.equal(asText.messages.length, 2);
  });
});

describe('inline directives', () => {
  it('a directive naming no rule is said on stderr, with the line and the known rules; the check goes on', () => {
    const dir = sandbox({ 'a.txt': `العنوان\n<!-- mudaqqiq-disable-next-line tatweel, hamza-typo -->\n${TATWEEL_LINE}\n` });
    const run = runCli(['--format', 'json', 'a.txt'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout)[0].messages, []);
    assert.match(run.stderr, /^mudaqqiq: a\.txt: line 2: this directive silences nothing: unknown rule "hamza-typo"; known rules: duplicate-sentence, /);
    assert.doesNotMatch(run.stderr, /"tatweel"/);
  });

  it('a mistyped directive is said to be no directive, with the directives, not taken for a rule', () => {
    const dir = sandbox({ 'a.txt': `العنوان\n<!-- mudaqqiq-disable-nextline tatweel -->\n${TATWEEL_LINE}\n` });
    const run = runCli(['--format', 'json', 'a.txt'], { cwd: dir });
    assert.equal(JSON.parse(run.stdout)[0].messages.length, 1, 'it silences nothing');
    assert.equal(
      run.stderr,
      'mudaqqiq: a.txt: line 2: this directive silences nothing: "mudaqqiq-disable-nextline" is no directive; the directives are mudaqqiq-disable, mudaqqiq-enable, mudaqqiq-disable-line, mudaqqiq-disable-next-line\n',
    );
  });
});

describe('--stdin', () => {
  it('checks standard input, reported as <text>', () => {
    const dir = sandbox();
    const run = runCli(['--stdin', '--format', 'json'], { cwd: dir, input: `${TATWEEL_LINE}\n` });
    const [file] = JSON.parse(run.stdout);
    assert.equal(file.filePath, '<text>');
    assert.equal(file.messages[0].ruleId, 'tatweel');
  });

  it('--stdin-filename names it, picks Markdown and finds the config from its folder', () => {
    const dir = sandbox({ 'desk/.mudaqqiq.json': JSON.stringify({ rules: { ...ONLY_TATWEEL.rules, tatweel: 'error' } }) });
    const markdown = '# عنوان\n\n```\nالحكومـــة\n```\n\nأعلنت الحكومـــة.\n';
    const run = runCli(['--stdin', '--stdin-filename', 'desk/story.md', '--format', 'json'], { cwd: dir, input: markdown });
    assert.equal(run.code, 1);
    const [file] = JSON.parse(run.stdout);
    assert.equal(file.filePath, join(dir, 'desk', 'story.md'));
    assert.deepEqual(file.messages.map((m: { line: number; severity: number }) => [m.line, m.severity]), [[7, 2]]);
  });

  it('cannot be combined with files', () => {
    assert.equal(runCli(['--stdin', 'a.txt'], { cwd: sandbox() }).code, 2);
  });
});

describe('bad input', () => {
  const windows1256 = encode('الحكومــة أعلنت الخطة.\n', 'windows-1256');

  it('a file that is not UTF-8 is exit 2 naming it, advising --encoding windows-1256 when it fits', () => {
    const dir = sandbox({ 'old.txt': windows1256, 'good.txt': 'خبر.\n' });
    const run = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /old\.txt: it is not valid UTF-8 \(line 1\) and looks like windows-1256: pass --encoding windows-1256, or re-save it as UTF-8/);
    const [good, old] = JSON.parse(run.stdout);
    assert.equal(good.filePath, join(dir, 'good.txt'), 'the other files are still reported');
    assert.deepEqual([old.filePath, old.fatalErrorCount, old.messages[0].fatal], [join(dir, 'old.txt'), 1, true]);
    const latin = sandbox({ 'latin.txt': Buffer.from('caf\xe9\n', 'latin1') });
    assert.match(runCli(['latin.txt'], { cwd: latin }).stderr, /latin\.txt: it is not valid UTF-8 \(line 1\): re-save it as UTF-8, or pass --encoding/);
  });

  it('--encoding windows-1256 and iso-8859-6 read old newsroom files', () => {
    const dir = sandbox({ 'old.txt': windows1256 });
    const run = runCli(['--encoding', 'windows-1256', '--format', 'json', 'old.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout)[0].messages[0].message, 'Decorative tatweel (kashida) in “الحكومــة”: remove it.');
    const iso = sandbox({ 'iso.txt': encode('الحكومــة\n', 'iso-8859-6') });
    const isoRun = runCli(['--encoding', 'iso-8859-6', '--format', 'json', 'iso.txt'], { cwd: iso });
    assert.match(JSON.parse(isoRun.stdout)[0].messages[0].message, /الحكومــة/);
    assert.equal(runCli(['--encoding', 'koi8-r', 'iso.txt'], { cwd: iso }).code, 2);
  });

  it('a folder mixing the old encodings: each file is told its own, none is read in the wrong one', () => {
    const iso = encode('وقالت الحكومــة إن الوزير سيزور المدينة.\n', 'iso-8859-6');
    const dir = sandbox({ 'old.txt': windows1256, 'iso.txt': iso, 'new.txt': `${TATWEEL_LINE}\n` });
    const plain = runCli(['.'], { cwd: dir });
    assert.equal(plain.code, 2);
    assert.match(plain.stderr, /iso\.txt: it is not valid UTF-8 \(line 1\) and looks like iso-8859-6: pass --encoding iso-8859-6/);
    assert.match(plain.stderr, /old\.txt: it is not valid UTF-8 \(line 1\) and looks like windows-1256: pass --encoding windows-1256/);
    const fixed = runCli(['--fix', '--encoding', 'windows-1256', '--format', 'json', '.'], { cwd: dir });
    assert.equal(fixed.code, 2);
    assert.match(fixed.stderr, /iso\.txt: it reads as iso-8859-6, not windows-1256: check it with --encoding iso-8859-6 \(apart from the windows-1256 files\)/);
    assert.deepEqual(readFileSync(join(dir, 'iso.txt')), Buffer.from(iso), 'not fixed as windows-1256 text');
    assert.deepEqual(readFileSync(join(dir, 'old.txt')), Buffer.from(encode('الحكومة أعلنت الخطة.\n', 'windows-1256')), 'the windows-1256 file is fixed');
    assert.equal(JSON.parse(fixed.stdout).length, 3, 'every file in the report');
    const isoRun = runCli(['--encoding', 'iso-8859-6', 'iso.txt', 'old.txt'], { cwd: dir });
    assert.match(isoRun.stderr, /old\.txt: it reads as windows-1256, not iso-8859-6/);
    assert.match(isoRun.stdout, /الحكومــة/);
  });

  it('text goes back into a single-byte encoding only when the encoding holds every character', () => {
    assert.equal(new TextDecoder('iso-8859-6').decode(encode('قال، الحكومة\n', 'iso-8859-6')), 'قال، الحكومة\n');
    assert.throws(() => encode('قال «الوزير»', 'iso-8859-6'), (error: unknown) => error instanceof UnencodableError && /U\+00AB/.test(error.message));
  });

  it('empty standard input is no finding but is said, in case the command before the pipe failed', () => {
    const run = runCli(['--stdin', '--format', 'json'], { cwd: sandbox(), input: '' });
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout)[0].messages, []);
    assert.match(run.stderr, /^mudaqqiq: <text>: standard input is empty, so nothing was checked/);
    assert.equal(runCli(['--stdin'], { cwd: sandbox(), input: 'خبر.\n' }).stderr, '');
  });

  it('--output-file naming a checked file is exit 2 before anything is written: the article is kept', () => {
    const dir = sandbox({ 'story.txt': `${TATWEEL_LINE}\n`, 'other.txt': 'خبر.\n' });
    symlinkSync('story.txt', join(dir, 'link.txt'));
    for (const args of [['-o', 'story.txt', 'story.txt'], ['--fix', '-o', 'link.txt', '.'], ['--stdin', '--stdin-filename', 'story.txt', '-o', 'story.txt']]) {
      const run = runCli(args, { cwd: dir, input: 'خبر.\n' });
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /txt: --output-file names a file being checked, which the report would overwrite; give another file for the report/);
      assert.equal(readFileSync(join(dir, 'story.txt'), 'utf8'), `${TATWEEL_LINE}\n`, args.join(' '));
    }
  });

  it('--output-file under a file, not a folder, is exit 2 saying so', () => {
    const dir = sandbox({ 'story.txt': `${TATWEEL_LINE}\n` });
    const run = runCli(['-o', 'story.txt/report.json', 'story.txt'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /story\.txt\/report\.json: cannot write the report: a part of the path is a file, not a directory; check the path/);
  });

  it('a file removed while the check runs is named as gone, exit 2', () => {
    const settings = { fixMode: 'none' as const, encoding: 'utf-8' as const, defaultLocale: 'en' as const, configs: {} };
    const path = join(sandbox(), 'moved.txt');
    const result = new Checker(settings).checkFile({ path, displayPath: 'moved.txt', configKey: '' });
    assert.equal(result.failure, 'cannot read it: it was removed or renamed while the check ran; check it again where it is now');
  });

  it('a binary file is skipped with a message', () => {
    const dir = sandbox({ 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'good.txt': 'خبر.\n' });
    const run = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.match(run.stderr, /image\.txt: binary file \(it contains NUL bytes\), not checked/);
    assert.equal(JSON.parse(run.stdout).length, 1);
  });

  it('a UTF-16 file is exit 2 with the advice to re-save it as UTF-8', () => {
    const dir = sandbox({ 'wide.txt': Buffer.from('\uFEFFخبر\n', 'utf16le') });
    const run = runCli(['wide.txt'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /wide\.txt: it is UTF-16; re-save it as UTF-8/);
  });

  it('a UTF-16 file with no byte order mark is exit 2 too, not skipped as binary', () => {
    const little = Buffer.from('أعلنت الوزارة خطة من 3 مراحل.\r\n', 'utf16le');
    const dir = sandbox({ 'le.txt': little, 'be.txt': Buffer.from(little).swap16(), 'image.txt': Buffer.from([0x89, 0x50, 0x00, 0x1a, 0x00, 0x0a, 0x00, 0x00]) });
    const run = runCli(['.'], { cwd: dir });
    assert.equal(run.code, 2);
    for (const name of ['le', 'be']) assert.match(run.stderr, new RegExp(`${name}\\.txt: it is UTF-16 \\(without a byte order mark\\); re-save it as UTF-8`));
    assert.match(run.stderr, /image\.txt: binary file/, 'bytes that do not read as text are still binary');
  });

  it('an empty file gives no findings', () => {
    const dir = sandbox({ 'empty.txt': '' });
    const run = runCli(['--format', 'json', 'empty.txt'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout)[0].messages, []);
  });

  it('an unreadable file is exit 2 naming it', () => {
    // A symbolic link that points at itself cannot be opened, even by root (CI runs as root).
    const dir = sandbox({});
    symlinkSync('loop.txt', join(dir, 'loop.txt'));
    const run = runCli(['--format', 'json', 'loop.txt'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /loop\.txt: cannot read it: a symbolic link on the way loops/, 'there, not missing');
    assert.match(JSON.parse(run.stdout)[0].messages[0].message, /cannot read it/, 'named in the report too');
  });
});
