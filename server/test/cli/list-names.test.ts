// Needs `npm run build` first: these tests run dist/cli.js (`npm test` builds before it tests).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { encode } from '../../src/cli/encoding';
import { NameTally, type ArticleName, type ListedName } from '../../src/cli/list-names';
import { nameListFor, parseNameEntries } from '../../src/engine/names/list';
import { FIXTURES, runCli, sandbox } from './helpers';

// --list-names over the articles of test-fixtures/cli/names: washington.txt (واشنطن three times and
// واشنطون once, Blinken and his surname, an unlisted analyst twice), isis.txt (داعش introduced after
// تنظيم الدولة الإسلامية, واشنطون, the analyst spelt اسامه) and raid.md (داعش not introduced, واشنطن; a
// code block with واشنطون, which is not prose).

const ARTICLES = { 'names/washington.txt': '@names/washington.txt', 'names/isis.txt': '@names/isis.txt', 'names/raid.md': '@names/raid.md' };

const listed = (stdout: string): ListedName[] => JSON.parse(stdout);
const named = (names: ListedName[], preferred: string): ListedName => {
  const name = names.find((n) => n.preferred === preferred);
  assert.ok(name, `${preferred} is listed: ${names.map((n) => n.preferred).join(', ')}`);
  return name;
};
const formCounts = (name: ListedName) => Object.fromEntries(name.forms.map((f) => [f.form, [f.role, f.count]]));

describe('--list-names', () => {
  const dir = sandbox(ARTICLES, null);

  it('tallies each name over the articles: mentions, articles, and every written form', () => {
    const run = runCli(['--list-names', '--format', 'json', 'names'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const names = listed(run.stdout);

    const washington = named(names, 'واشنطن');
    assert.deepEqual(formCounts(washington), { واشنطن: ['preferred', 4], واشنطون: ['variant', 2] });
    assert.equal(washington.count, 6);
    assert.equal(washington.files, 3);
    assert.equal(washington.source, 'list');
    assert.deepEqual(washington.variants, ['واشنطون']);

    // The alias introduced in one article and used bare in another is one organisation.
    const isis = named(names, 'تنظيم الدولة الإسلامية');
    assert.deepEqual(formCounts(isis), { داعش: ['alias', 3], 'تنظيم الدولة الإسلامية': ['preferred', 1] });
    // The aliases the articles use first, then the rest of the house entry's.
    assert.equal(isis.aliases[0], 'داعش');
    assert.ok(isis.aliases.includes('الدولة الإسلامية في العراق والشام'), isis.aliases.join('، '));
    assert.equal(isis.files, 2);

    const blinken = named(names, 'أنتوني بلينكن');
    assert.deepEqual(blinken.surnames, ['بلينكن']);
    assert.deepEqual(formCounts(blinken), { 'أنتوني بلينكن': ['preferred', 1], بلينكن: ['surname', 1] });

    // Unlisted, spelt two ways in two articles: one name, preferred as written most.
    const analyst = named(names, 'أسامة الخطيب');
    assert.equal(analyst.source, 'article');
    assert.deepEqual(analyst.variants, ['اسامه الخطيب']);
    assert.equal(analyst.count, 3);
    assert.equal(analyst.files, 2);
    assert.ok(!names.some((n) => n.preferred === 'اسامه الخطيب'));
  });

  it('lists people, organisations and places in that order, each most mentioned first', () => {
    const names = listed(runCli(['--list-names', '--format', 'json', 'names'], { cwd: dir }).stdout);
    const kinds = names.map((n) => n.kind);
    assert.deepEqual(kinds, [...kinds].sort((a, b) => ['person', 'organisation', 'place'].indexOf(a) - ['person', 'organisation', 'place'].indexOf(b)));
    for (let i = 1; i < names.length; i++) {
      if (names[i].kind === names[i - 1].kind) assert.ok(names[i].count <= names[i - 1].count, `${names[i - 1].preferred} before ${names[i].preferred}`);
    }
    for (const name of names) {
      const counts = name.forms.map((f) => f.count);
      assert.deepEqual(counts, [...counts].sort((a, b) => b - a), name.preferred);
      assert.equal(name.count, counts.reduce((a, b) => a + b, 0), name.preferred);
    }
  });

  it('JSON entries are name-list entries once count, files, source and forms are dropped', () => {
    const names = listed(runCli(['--list-names', '--format', 'json', 'names'], { cwd: dir }).stdout);
    assert.ok(names.length > 0);
    for (const name of names) {
      const keys = Object.keys(name);
      assert.deepEqual(keys.filter((k) => k !== 'surnames' && k !== 'aliasVariants'), ['preferred', 'kind', 'variants', 'aliases', 'count', 'files', 'source', 'forms']);
      assert.ok(!('surnames' in name) || name.kind === 'person');
      for (const form of name.forms) assert.deepEqual(Object.keys(form), ['form', 'role', 'count']);
    }
    const entries = names.map(({ count, files, source, forms, ...entry }) => entry);
    assert.deepEqual(parseNameEntries(entries), entries);
    assert.ok(nameListFor(entries).entries.length > entries.length, 'merges over the shipped list');
  });

  it('a surname written otherwise than the name spells it carries the spelling it should have; a misspelt full name is a variant', () => {
    const misspelt = sandbox({ 'a.txt': 'العنوان\n\nوقال وزير الخارجية الأميركي أنتوني بلينكن في أربيل إن الحوار ضروري. وأضاف بلينكين في اربيل أن الوقت ينفد.\n' }, null);
    const names = listed(runCli(['--list-names', '-f', 'json', 'a.txt'], { cwd: misspelt }).stdout);
    assert.deepEqual(named(names, 'أنتوني بلينكن').forms, [
      { form: 'أنتوني بلينكن', role: 'preferred', count: 1 },
      { form: 'بلينكين', role: 'surname', count: 1, surname: 'بلينكن' },
    ]);
    assert.deepEqual(named(names, 'أربيل').forms, [
      { form: 'أربيل', role: 'preferred', count: 1 },
      { form: 'اربيل', role: 'variant', count: 1 },
    ]);
  });

  it("a listed name's entry keeps the house list's spellings, so written back as the desk's list it loses none", () => {
    const boeing = sandbox({ 'a.txt': 'العنوان\n\nتسلمت الشركة طائرات بوينغ الجديدة.\n' }, null);
    const names = listed(runCli(['--list-names', '-f', 'json', 'a.txt'], { cwd: boeing }).stdout);
    assert.deepEqual(named(names, 'بوينغ').variants, ['بوينج', 'بوينق']);
    const entries = names.map(({ count, files, source, forms, ...entry }) => entry);
    const house = sandbox({ 'b.txt': 'العنوان\n\nتسلمت الشركة طائرات بوينغ، وقالت بوينغ إن بوينج ستسلم المزيد.\n' }, { names: entries });
    const check = JSON.parse(runCli(['-f', 'json', 'b.txt'], { cwd: house }).stdout)[0];
    assert.deepEqual(check.messages.map((m: { ruleId: string }) => m.ruleId), ['name-consistency']);
  });

  it('prints a readable list by default: forms at the end of each line, a summary last', () => {
    const run = runCli(['--list-names', 'names'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.deepEqual(lines.filter((l) => /^[A-Z]/.test(l)), ['People', 'Organisations', 'Places']);
    const at = lines.findIndex((l) => l.endsWith('listed    واشنطن'));
    assert.match(lines[at], /^ {2}6 {2}in 3 articles {2}listed {4}واشنطن$/);
    assert.match(lines[at + 1], /^ +4 {2}preferred {2}واشنطن$/);
    assert.match(lines[at + 2], /^ +2 {2}variant {4}واشنطون$/);
    assert.ok(lines.some((l) => /^ {2}3 {2}in 2 articles {2}unlisted {2}أسامة الخطيب$/.test(l)));
    // A name written only in its preferred form gets no form lines.
    const cairo = lines.findIndex((l) => l.endsWith('القاهرة'));
    assert.match(lines[cairo + 1], /^ {2}\d+ {2}in /);
    assert.match(run.stdout, /\n\d+ names in 3 articles: \d+ people, 1 organisation, \d+ places\n$/);
    assert.doesNotMatch(run.stdout, /\x1b\[/, 'no colour with NO_COLOR');
  });

  it('gives the same list with one worker and with two', () => {
    const many = sandbox(
      Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [`archive/${String(i).padStart(2, '0')}-${['washington.txt', 'isis.txt', 'raid.md'][i % 3]}`, `@names/${['washington.txt', 'isis.txt', 'raid.md'][i % 3]}`]),
      ),
      null,
    );
    for (const format of ['json', 'stylish']) {
      const one = runCli(['--list-names', '--workers', '1', '--format', format, 'archive'], { cwd: many });
      const two = runCli(['--list-names', '--workers', '2', '--format', format, 'archive'], { cwd: many });
      assert.equal(one.code, 0, one.stderr);
      assert.equal(two.code, 0, two.stderr);
      assert.equal(two.stdout, one.stdout, format);
    }
    assert.equal(named(listed(runCli(['--list-names', '--workers', '2', '-f', 'json', 'archive'], { cwd: many }).stdout), 'واشنطن').files, 12);
  });

  it('reads standard input; --stdin-filename picks Markdown', () => {
    const raid = readFileSync(join(FIXTURES, 'names', 'raid.md'), 'utf8');
    const plain = listed(runCli(['--list-names', '--stdin', '-f', 'json'], { cwd: dir, input: raid }).stdout);
    assert.deepEqual(formCounts(named(plain, 'واشنطن')), { واشنطن: ['preferred', 1], واشنطون: ['variant', 1] });
    const markdown = runCli(['--list-names', '--stdin', '--stdin-filename', 'raid.md', '-f', 'json'], { cwd: dir, input: raid });
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.deepEqual(formCounts(named(listed(markdown.stdout), 'واشنطن')), { واشنطن: ['preferred', 1] });
    assert.equal(runCli(['--list-names', '--stdin'], { cwd: dir, input: 'خبر قصير بلا أسماء.\n' }).stdout, 'No names found in 1 article.\n');
  });

  it("a newsroom list in .mudaqqiq.json sets the preferred form and lists the desk's own names", () => {
    const house = sandbox(ARTICLES, {
      names: [
        { preferred: 'واشنطون', kind: 'place', variants: ['واشنطن'] },
        { preferred: 'أسامة الخطيب', kind: 'person', variants: [], surnames: ['الخطيب'] },
      ],
    });
    const names = listed(runCli(['--list-names', '-f', 'json', 'names'], { cwd: house }).stdout);
    const washington = named(names, 'واشنطون');
    assert.deepEqual(formCounts(washington), { واشنطن: ['variant', 4], واشنطون: ['preferred', 2] });
    assert.deepEqual(washington.variants, ['واشنطن']);
    assert.equal(named(names, 'أسامة الخطيب').source, 'list');
    assert.ok(!names.some((n) => n.preferred === 'واشنطن'));
  });

  it('--shard, --ignore-path and --encoding choose and read the files as a check does', () => {
    const washingtonIn = (args: string[], cwd = dir) => {
      const run = runCli(['--list-names', '-f', 'json', ...args], { cwd });
      assert.equal(run.code, 0, run.stderr);
      return named(listed(run.stdout), 'واشنطن');
    };
    const shards = [washingtonIn(['--shard', '1/2', 'names']), washingtonIn(['--shard', '2/2', 'names'])];
    assert.equal(shards[0].files + shards[1].files, 3);
    assert.equal(shards[0].count + shards[1].count, 6);

    writeFileSync(join(dir, 'skip-isis'), 'isis.txt\n');
    assert.deepEqual(formCounts(washingtonIn(['--ignore-path', 'skip-isis', 'names'])), { واشنطن: ['preferred', 4], واشنطون: ['variant', 1] });

    const old = sandbox({ 'old.txt': encode(readFileSync(join(FIXTURES, 'names', 'washington.txt'), 'utf8'), 'windows-1256') }, null);
    assert.equal(washingtonIn(['--encoding', 'windows-1256', 'old.txt'], old).count, 4);
  });

  it('a file it cannot read is exit 2, naming it, after listing the others; -o writes the list to a file', () => {
    const broken = sandbox({ ...ARTICLES, 'names/broken.txt': new Uint8Array([0xd9, 0x88, 0xff, 0x0a]) }, null);
    const run = runCli(['--list-names', '-f', 'json', '-o', 'names.json', 'names'], { cwd: broken });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /names\/broken\.txt: it is not valid UTF-8/);
    assert.equal(run.stdout, '');
    assert.equal(named(listed(readFileSync(join(broken, 'names.json'), 'utf8')), 'واشنطن').files, 3);
  });

  it('fixes nothing: --fix or --fix-dry-run with it is a usage error, as is a format other than stylish or json', () => {
    for (const args of [['--fix'], ['--fix-dry-run'], ['--format', 'sarif']]) {
      const run = runCli(['--list-names', ...args, 'names'], { cwd: dir });
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /--list-names/);
      assert.equal(run.stdout, '');
    }
    assert.equal(readFileSync(join(dir, 'names', 'washington.txt'), 'utf8'), readFileSync(join(FIXTURES, 'names', 'washington.txt'), 'utf8'));
  });

  it('--help describes it and the JSON shape', () => {
    const help = runCli(['--help'], { cwd: dir }).stdout.replace(/\s+/g, ' ');
    assert.ok(help.includes(' --list-names list the people, organisations and places '));
    assert.ok(help.includes('{preferred, kind, variants, aliases, surnames?, aliasVariants?, count, files, source, forms: [{form, role, count, surname?}]}'));
  });
});

describe('NameTally', () => {
  const person = (preferred: string, ...forms: [string, ArticleName['forms'][number]['role'], number][]): ArticleName => ({
    kind: 'person',
    preferred,
    source: 'article',
    forms: forms.map(([form, role, count]) => ({ form, role, count })),
  });

  it('an article that writes two spellings joins the names other articles wrote one way each', () => {
    const tally = new NameTally();
    tally.add([person('كريم ناصر', ['كريم ناصر', 'preferred', 1])]);
    tally.add([person('كريم ناصير', ['كريم ناصير', 'preferred', 2])]);
    assert.equal(tally.names().length, 2);
    tally.add([person('كريم ناصر', ['كريم ناصر', 'preferred', 1], ['كريم ناصير', 'variant', 1])]);
    assert.deepEqual(tally.names(), [
      {
        preferred: 'كريم ناصير',
        kind: 'person',
        variants: ['كريم ناصر'],
        aliases: [],
        count: 5,
        files: 3,
        source: 'article',
        forms: [
          { form: 'كريم ناصير', role: 'preferred', count: 3 },
          { form: 'كريم ناصر', role: 'variant', count: 2 },
        ],
      },
    ]);
  });

  it('a shared surname joins nothing: two people', () => {
    const tally = new NameTally();
    tally.add([person('علي ناصر', ['علي ناصر', 'preferred', 1], ['ناصر', 'surname', 2])]);
    tally.add([person('حسن ناصر', ['حسن ناصر', 'preferred', 1], ['ناصر', 'surname', 1])]);
    assert.deepEqual(
      tally.names().map((n) => [n.preferred, n.surnames]),
      [
        ['علي ناصر', ['ناصر']],
        ['حسن ناصر', ['ناصر']],
      ],
    );
  });

  it('a spelling in hamza or final ة/ه is the same name across articles', () => {
    const tally = new NameTally();
    tally.add([person('أسامة حمدان', ['أسامة حمدان', 'preferred', 1])]);
    tally.add([person('اسامه حمدان', ['اسامه حمدان', 'preferred', 1])]);
    assert.deepEqual(tally.names().map((n) => [n.preferred, n.variants, n.files]), [['أسامة حمدان', ['اسامه حمدان'], 2]]);
  });

  it('keeps the spelling the rule chose over a misspelling written more often (حمزة over حمزه), not over another transliteration', () => {
    const tally = new NameTally();
    tally.add([person('حمزة الأحمد', ['حمزه الأحمد', 'variant', 2], ['حمزة الأحمد', 'preferred', 1])]);
    tally.add([person('حمزه الأحمد', ['حمزه الأحمد', 'preferred', 1])]);
    tally.add([person('كريم ناصر', ['كريم ناصر', 'preferred', 1], ['كريم ناصير', 'variant', 2])]);
    assert.deepEqual(tally.names().map((n) => [n.preferred, n.variants]), [
      ['حمزة الأحمد', ['حمزه الأحمد']],
      ['كريم ناصير', ['كريم ناصر']],
    ]);
  });
});
