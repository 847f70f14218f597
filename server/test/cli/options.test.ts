// Needs `npm run build` first: these tests run dist/cli.js (`npm test` builds before it tests).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { encode } from '../../src/cli/encoding';
import { OPTIONS } from '../../src/cli/options';
import { rules } from '../../src/engine';
import { ROOT, runCli, sandbox, TATWEEL_LINE } from './helpers';

const filePaths = (stdout: string): string[] => JSON.parse(stdout).map((f: { filePath: string }) => f.filePath);

describe('exit codes', () => {
  const dir = sandbox({ 'tatweel.txt': '@tatweel.txt', 'clean.txt': '@clean.txt' });

  it('0 when there are no errors', () => {
    assert.equal(runCli(['clean.txt'], { cwd: dir }).code, 0);
    assert.equal(runCli(['tatweel.txt'], { cwd: dir }).code, 0, 'warnings alone pass');
  });

  it('1 when a finding is an error', () => {
    assert.equal(runCli(['--rule', 'tatweel:error', 'tatweel.txt'], { cwd: dir }).code, 1);
  });

  it('2 for a usage problem, naming it', () => {
    const badFormat = runCli(['--format', 'xml', 'clean.txt'], { cwd: dir });
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /unknown format "xml"; use one of stylish, json, sarif, github, gitlab, checkstyle, junit/);
    assert.equal(runCli(['--bogus', 'clean.txt'], { cwd: dir }).code, 2);
    assert.equal(runCli([], { cwd: dir }).code, 2, 'no files');
    assert.equal(runCli(['--fix', '--fix-dry-run', 'clean.txt'], { cwd: dir }).code, 2);
    assert.match(runCli(['--shard', '3/2', 'clean.txt'], { cwd: dir }).stderr, /--shard 3\/2: write K\/N/);
  });

  it('2 for a file that does not exist, and for a glob that matches nothing', () => {
    const missing = runCli(['nope.txt'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.txt: no such file or directory/);
    const glob = runCli(['drafts/**/*.md'], { cwd: dir });
    assert.equal(glob.code, 2);
    assert.match(glob.stderr, /no files match the pattern "drafts\/\*\*\/\*\.md"/);
  });

  it('2 for a glob whose files are none of them articles to check (another extension, or ignored)', () => {
    const folders = sandbox({ 'scans/page.pdf': 'x', 'drafts/a.txt': `${TATWEEL_LINE}\n`, 'desk/b.txt': `${TATWEEL_LINE}\n`, '.mudaqqiqignore': 'drafts/\n' });
    const other = runCli(['scans/*'], { cwd: folders });
    assert.equal(other.code, 2);
    assert.match(other.stderr, /the pattern "scans\/\*" matches no articles to check/);
    assert.equal(runCli(['drafts/*.txt'], { cwd: folders }).code, 2);
    assert.equal(runCli(['*/*.txt'], { cwd: folders }).code, 0, 'one article is enough');
  });

  it('2 for a directory with no article to check, and for an empty path (an unset variable)', () => {
    const folders = sandbox({ 'empty/notes.pdf': 'x', 'full/a.txt': `${TATWEEL_LINE}\n` });
    const empty = runCli(['empty'], { cwd: folders });
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /empty: no articles to check in this directory/);
    assert.equal(runCli(['full', 'full'], { cwd: folders }).code, 0, 'a directory named twice');
    const blank = runCli([''], { cwd: folders });
    assert.equal(blank.code, 2);
    assert.match(blank.stderr, /an empty path was given/);
  });
});

describe('--max-warnings and --quiet', () => {
  const dir = sandbox({ 'a.txt': `${TATWEEL_LINE}\n`, 'b.txt': `${TATWEEL_LINE}\n` });

  it('--max-warnings N fails when there are more than N warnings', () => {
    assert.equal(runCli(['--max-warnings', '2', '.'], { cwd: dir }).code, 0);
    const over = runCli(['--max-warnings', '1', '.'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /2 warnings, more than --max-warnings 1 allows/);
    assert.match(runCli(['--max-warnings', '0', 'a.txt'], { cwd: dir }).stderr, /: 1 warning, more than --max-warnings 0 allows/);
    assert.equal(runCli(['--max-warnings', 'many', '.'], { cwd: dir }).code, 2);
  });

  it('--quiet reports errors only', () => {
    const quiet = runCli(['--quiet', '--format', 'json', '.'], { cwd: dir });
    assert.equal(quiet.code, 0);
    assert.deepEqual(JSON.parse(quiet.stdout).map((f: { messages: unknown[] }) => f.messages.length), [0, 0]);
    const errors = runCli(['--quiet', '--rule', 'tatweel:error', '--format', 'json', '.'], { cwd: dir });
    assert.equal(errors.code, 1);
    assert.deepEqual(JSON.parse(errors.stdout).map((f: { errorCount: number }) => f.errorCount), [1, 1]);
  });

  it('--quiet with --max-warnings: the warnings it leaves out of the report fail nothing, as in ESLint 9', () => {
    const quiet = runCli(['--quiet', '--max-warnings', '0', '.'], { cwd: dir });
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.equal(quiet.stderr, '');
    assert.equal(runCli(['--quiet', '--max-warnings', '0', '--rule', 'tatweel:error', '.'], { cwd: dir }).code, 1, 'errors still fail');
  });
});

describe('--rule', () => {
  const dir = sandbox({ 'tatweel.txt': '@tatweel.txt' });

  it('sets a rule’s severity over the config', () => {
    assert.equal(runCli(['--rule', 'tatweel:off', '--format', 'json', 'tatweel.txt'], { cwd: dir }).stdout.includes('"ruleId"'), false);
    const info = JSON.parse(runCli(['--rule', 'tatweel:info', '--format', 'json', 'tatweel.txt'], { cwd: dir }).stdout);
    assert.equal(info[0].messages[0].severity, 1);
  });

  it('an unknown rule id is exit 2, listing the known ones', () => {
    const run = runCli(['--rule', 'tatwee:error', 'tatweel.txt'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown rule "tatwee"; known rules: /);
    for (const rule of rules) assert.ok(run.stderr.includes(rule.id), rule.id);
  });

  it('a bad severity is exit 2', () => {
    const run = runCli(['--rule', 'tatweel:loud', 'tatweel.txt'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /severity of off, info, warn or error/);
  });
});

describe('--shard', () => {
  const names = Array.from({ length: 24 }, (_, i) => `articles/${String(i).padStart(2, '0')}.txt`);
  const dir = sandbox(Object.fromEntries(names.map((name) => [name, 'خبر نظيف.\n'])));

  it('splits the files into disjoint parts that together are all of them, the same on every run', () => {
    const all = filePaths(runCli(['--format', 'json', 'articles'], { cwd: dir }).stdout);
    assert.equal(all.length, names.length);
    const parts = [1, 2, 3].map((k) => filePaths(runCli(['--format', 'json', '--shard', `${k}/3`, 'articles'], { cwd: dir }).stdout));
    assert.deepEqual(parts.flat().sort(), all);
    assert.equal(new Set(parts.flat()).size, all.length, 'disjoint');
    assert.ok(parts.every((part) => part.length > 0), 'each shard gets some files');
    assert.deepEqual(filePaths(runCli(['--format', 'json', '--shard', '2/3', 'articles'], { cwd: dir }).stdout), parts[1]);
  });
});

describe('--workers', () => {
  const files = Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [`batch/${String(i).padStart(2, '0')}.txt`, i % 3 ? `${TATWEEL_LINE}\n`.repeat(i) : 'خبر نظيف.\n']),
  );
  const dir = sandbox(files);

  it('gives the same report with one worker and with one per core, sorted by path', () => {
    for (const format of ['json', 'stylish', 'sarif']) {
      const one = runCli(['--workers', '1', '--format', format, 'batch'], { cwd: dir });
      const many = runCli(['--workers', '4', '--format', format, 'batch'], { cwd: dir });
      const auto = runCli(['--format', format, 'batch'], { cwd: dir });
      assert.equal(one.code, 0, one.stderr);
      assert.equal(many.stdout, one.stdout, format);
      assert.equal(auto.stdout, one.stdout, format);
    }
    const paths = filePaths(runCli(['--workers', '4', '--format', 'json', 'batch'], { cwd: dir }).stdout);
    assert.deepEqual(paths, [...paths].sort());
  });

  it('gives the same report when the threads split the rules between them, with every rule on', () => {
    // The composed articles, each with findings of several rules, and a file of each kind that is reported apart.
    const articles = readdirSync(join(ROOT, 'test-fixtures')).filter((name) => /\.(txt|md)$/.test(name));
    const files: Record<string, string | Uint8Array> = Object.fromEntries(articles.map((name) => [`desk/${name}`, readFileSync(join(ROOT, 'test-fixtures', name), 'utf8')]));
    files['desk/silenced.txt'] = `<!-- mudaqqiq-disable-next-line tatweel, hamza -- كما ورد في البيان -->\n${TATWEEL_LINE} وقال ان الخطة جاهزة.\n<!-- mudaqqiq-disable spelling -->\n`;
    files['desk/binary.txt'] = new Uint8Array([0x50, 0x4b, 0x00, 0x01]);
    files['desk/old.txt'] = encode('الحكومــة أعلنت الخطة.\n', 'windows-1256');
    const desk = sandbox(files, null);
    for (const format of ['json', 'sarif', 'stylish', 'checkstyle', 'junit', 'github', 'gitlab']) {
      const one = runCli(['--workers', '1', '--format', format, 'desk'], { cwd: desk });
      assert.equal(one.code, 2, one.stderr);
      for (const workers of ['2', '3']) {
        const many = runCli(['--workers', workers, '--format', format, 'desk'], { cwd: desk });
        assert.deepEqual([many.code, many.stdout, many.stderr], [one.code, one.stdout, one.stderr], `${format}, ${workers} threads`);
      }
    }
    // --fix takes every rule on each file: its threads split the files.
    const dryRun = (workers: string) => runCli(['--workers', workers, '--fix-dry-run', '--format', 'json', 'desk'], { cwd: desk });
    const [oneFix, twoFix] = [dryRun('1'), dryRun('2')];
    assert.deepEqual([twoFix.code, twoFix.stdout, twoFix.stderr], [oneFix.code, oneFix.stdout, oneFix.stderr], '--fix-dry-run');
    assert.match(oneFix.stderr, /^\+\+\+ b\/desk\//m, 'the dry run has fixes to show');
    const report = JSON.parse(runCli(['--workers', '2', '--format', 'json', 'desk'], { cwd: desk }).stdout);
    const ruleIds = new Set(report.flatMap((file: { messages: { ruleId: string }[] }) => file.messages.map((m) => m.ruleId)));
    assert.ok(ruleIds.has('name-consistency') && ruleIds.has('duplicate-sentence') && ruleIds.has('punctuation-spacing'), [...ruleIds].join());
  });
});

describe('--print-config, --version, --help', () => {
  const dir = sandbox({}, { rules: { tatweel: 'error', 'long-sentence': ['info', {}] }, quoteStyle: 'guillemets' });

  it('--print-config prints the configuration that applies to a file', () => {
    const run = runCli(['--print-config', 'any/article.txt', '--rule', 'hamza:off'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const printed = JSON.parse(run.stdout);
    assert.equal(printed.configFile, join(dir, '.mudaqqiq.json'));
    assert.deepEqual(printed.rules.tatweel, ['error', {}]);
    assert.equal(printed.rules['long-sentence'][0], 'info');
    assert.equal(printed.rules.hamza[0], 'off');
    assert.equal(printed.quoteStyle, 'guillemets');
    assert.deepEqual(Object.keys(printed.rules), rules.map((r) => r.id));
  });

  it('--version prints the package version; --help and the README list every option', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    assert.equal(runCli(['--version'], { cwd: dir }).stdout, `${version}\n`);
    const help = runCli(['--help'], { cwd: dir });
    assert.equal(help.code, 0);
    // The README's table of options, from its first row to the end of the table.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| Option | Meaning |')).split('\n\n')[0];
    for (const [name, spec] of Object.entries(OPTIONS)) {
      const written = 'short' in spec ? `-${spec.short}, --${name}` : `--${name}`;
      assert.ok(help.stdout.includes(written), `--help: ${written}`);
      assert.ok(table.includes(`\`${written} `) || table.includes(`\`${written}\``), `README: ${written}`);
    }
  });
});
