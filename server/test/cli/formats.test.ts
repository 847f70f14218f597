// Needs `npm run build` first: these tests run dist/cli.js (`npm test` builds before it tests).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { ruleDocsUrl, rules } from '../../src/engine';
import { printable } from '../../src/cli/formatters/text';
import { xmlEscape } from '../../src/cli/formatters/xml';
import { FIXED_LINE, runCli, sandbox, TATWEEL_LINE } from './helpers';

const MESSAGE = 'Decorative tatweel (kashida) in “الحكومـــة”: remove it.';

describe('report formats', () => {
  const dir = sandbox({ 'tatweel.txt': '@tatweel.txt', 'clean.txt': '@clean.txt' });

  it('json is ESLint’s format, positions 1-based in UTF-16 code units, with the fix', () => {
    const run = runCli(['--format', 'json', 'tatweel.txt', 'clean.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report, [
      {
        filePath: join(dir, 'clean.txt'),
        messages: [],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: join(dir, 'tatweel.txt'),
        messages: [
          {
            ruleId: 'tatweel',
            severity: 1,
            message: MESSAGE,
            line: 1,
            column: 13,
            messageId: 'decorative',
            endLine: 1,
            endColumn: 16,
            fix: { range: [12, 15], text: '' },
          },
        ],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 1,
        usedDeprecatedRules: [],
      },
    ]);
    const { range, text } = report[1].messages[0].fix;
    const source = readFileSync(join(dir, 'tatweel.txt'), 'utf8');
    assert.equal(source.slice(0, range[0]) + text + source.slice(range[1]), `${FIXED_LINE}\n`);
  });

  it('json counts errors as severity 2', () => {
    const run = runCli(['--format', 'json', '--rule', 'tatweel:error', 'tatweel.txt'], { cwd: dir });
    const [file] = JSON.parse(run.stdout);
    assert.equal(file.messages[0].severity, 2);
    assert.deepEqual([file.errorCount, file.warningCount, file.fixableErrorCount, file.fixableWarningCount], [1, 0, 1, 0]);
  });

  it('json lists what a directive silences under suppressedMessages, with the reason written after --', () => {
    const silenced = sandbox({
      'silenced.txt': `<!-- mudaqqiq-disable-next-line tatweel -- the hamza desk keeps the logo's kashida -->\n${TATWEEL_LINE}\n`,
    });
    const run = runCli(['--format', 'json', 'silenced.txt'], { cwd: silenced });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '', 'the words of the reason are no rule ids');
    const [file] = JSON.parse(run.stdout);
    assert.deepEqual(file.messages, []);
    assert.deepEqual(
      file.suppressedMessages.map((m: { ruleId: string; line: number; suppressions: unknown }) => [m.ruleId, m.line, m.suppressions]),
      [['tatweel', 2, [{ kind: 'directive', justification: "the hamza desk keeps the logo's kashida" }]]],
    );
    const quiet = JSON.parse(runCli(['--format', 'json', '--quiet', 'silenced.txt'], { cwd: silenced }).stdout);
    assert.deepEqual(quiet[0].suppressedMessages, [], '--quiet leaves out silenced warnings too');
  });

  it('sarif is SARIF 2.1.0 with every rule’s metadata, results pointing at them, regions and fixes', () => {
    const run = runCli(['--format', 'sarif', 'tatweel.txt', 'clean.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const log = JSON.parse(run.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const [sarifRun] = log.runs;
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'mudaqqiq');
    assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), rules.map((r) => r.id));
    for (const rule of driver.rules) {
      assert.equal(rule.helpUri, ruleDocsUrl(rule.id));
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.name, rule.id);
      assert.ok(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level), rule.id);
    }
    const tatweelRule = driver.rules.find((r: { id: string }) => r.id === 'tatweel');
    assert.equal(tatweelRule.defaultConfiguration.level, 'warning');
    assert.equal(sarifRun.results.length, 1);
    const [result] = sarifRun.results;
    assert.equal(result.ruleId, 'tatweel');
    assert.equal(driver.rules[result.ruleIndex].id, 'tatweel');
    assert.equal(result.level, 'warning');
    assert.equal(result.message.text, MESSAGE);
    const location = result.locations[0].physicalLocation;
    assert.deepEqual(location.artifactLocation, { uri: 'tatweel.txt', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(location.region, { startLine: 1, startColumn: 13, endLine: 1, endColumn: 16, charOffset: 12, charLength: 3 });
    assert.deepEqual(result.fixes[0].artifactChanges[0].replacements, [{ deletedRegion: { charOffset: 12, charLength: 3 }, insertedContent: { text: '' } }]);
    assert.equal(result.fixes[0].description.text, 'Remove the tatweel');
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    assert.equal(sarifRun.invocations[0].executionSuccessful, true);
  });

  it('sarif points a finding at the places it relates to: a duplicate at its first copy', () => {
    const sentence = 'وقالت الشركة إنها ستعين ممثلا قانونيا في أوروبا خلال الشهر المقبل.';
    const copied = sandbox({ 'copy.txt': `العنوان\n\n${sentence}\n\nوتواجه الشركة غرامات كبيرة في القارة.\n\n${sentence}\n` }, null);
    const run = runCli(['--format', 'sarif', 'copy.txt'], { cwd: copied });
    const [result] = JSON.parse(run.stdout).runs[0].results;
    assert.equal(result.ruleId, 'duplicate-sentence');
    assert.equal(result.locations[0].physicalLocation.region.startLine, 7);
    assert.equal(result.relatedLocations.length, 1);
    assert.deepEqual(result.relatedLocations[0].physicalLocation.region, { startLine: 3, startColumn: 1, endLine: 3, endColumn: sentence.length + 1, charOffset: 9, charLength: sentence.length });
    assert.equal(result.relatedLocations[0].message.text, 'The first occurrence.');
  });

  it('github prints workflow annotations, escaping what GitHub needs escaped', () => {
    const run = runCli(['--format', 'github', 'tatweel.txt'], { cwd: dir });
    assert.equal(run.stdout, `::warning file=tatweel.txt,line=1,endLine=1,col=13,endColumn=16,title=mudaqqiq(tatweel)::${MESSAGE}\n`);
    const odd = sandbox({ 'a,b:c%.txt': `${TATWEEL_LINE}\n` });
    const escaped = runCli(['--format', 'github', '--rule', 'tatweel:error', '.'], { cwd: odd });
    assert.match(escaped.stdout, /^::error file=a%2Cb%3Ac%25\.txt,line=1,/);
  });

  it('sarif, github and gitlab give paths from the repository root when the check runs in a subfolder', () => {
    const repo = sandbox({ '.git/HEAD': 'ref: refs/heads/main\n', 'desk/politics/tatweel.txt': `${TATWEEL_LINE}\n` });
    const desk = join(repo, 'desk');
    const sarifRun = JSON.parse(runCli(['--format', 'sarif', 'politics'], { cwd: desk }).stdout).runs[0];
    assert.deepEqual(sarifRun.results[0].locations[0].physicalLocation.artifactLocation, { uri: 'desk/politics/tatweel.txt', uriBaseId: '%SRCROOT%' });
    assert.equal(sarifRun.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(`${repo}/`).href);
    assert.match(runCli(['--format', 'github', 'politics'], { cwd: desk }).stdout, /^::warning file=desk\/politics\/tatweel\.txt,/);
    assert.equal(JSON.parse(runCli(['--format', 'gitlab', 'politics'], { cwd: desk }).stdout)[0].location.path, 'desk/politics/tatweel.txt');
    assert.match(runCli(['politics'], { cwd: desk }).stdout, /^\npolitics\/tatweel\.txt\n/, 'the terminal report stays relative to the working directory');
  });

  it('github gives a finding over several lines its lines only: the runner drops columns across lines', () => {
    const sentence = 'قال وزير الخارجية إن الوفد سيتوجه إلى القاهرة\nيوم الاثنين لبحث ملف التهدئة مع الجانب المصري.\n';
    const wrapped = sandbox({ 'talks.md': `# وفد إلى القاهرة\n\n${sentence}\nوأضاف أن المحادثات ستستمر ثلاثة أيام في العاصمة.\n\n${sentence}` }, { rules: { 'duplicate-sentence': 'error' } });
    const run = runCli(['--format', 'github', 'talks.md'], { cwd: wrapped });
    assert.match(run.stdout, /^::error file=talks\.md,line=8,endLine=9,title=mudaqqiq\(duplicate-sentence\)::/m);
  });

  it('gitlab is a Code Quality report: one issue per finding, fingerprints stable across line moves and unique', () => {
    const twice = sandbox({ 'twice.txt': `${TATWEEL_LINE}\n${TATWEEL_LINE}\n` });
    const run = runCli(['--format', 'gitlab', '--rule', 'tatweel:error', 'twice.txt'], { cwd: twice });
    assert.equal(run.code, 1, run.stderr);
    const issues = JSON.parse(run.stdout);
    assert.deepEqual({ ...issues[0], fingerprint: undefined }, {
      description: MESSAGE,
      check_name: 'mudaqqiq/tatweel',
      fingerprint: undefined,
      severity: 'major',
      location: { path: 'twice.txt', lines: { begin: 1 } },
    });
    assert.equal(issues[1].location.lines.begin, 2);
    assert.match(issues[0].fingerprint, /^[0-9a-f]{32}$/);
    assert.notEqual(issues[0].fingerprint, issues[1].fingerprint);
    writeFileSync(join(twice, 'twice.txt'), `سطر جديد.\n${TATWEEL_LINE}\n${TATWEEL_LINE}\n`);
    const moved = JSON.parse(runCli(['--format', 'gitlab', '--rule', 'tatweel:error', 'twice.txt'], { cwd: twice }).stdout);
    assert.deepEqual(moved.map((issue: { fingerprint: string }) => issue.fingerprint), issues.map((issue: { fingerprint: string }) => issue.fingerprint));
    assert.equal(JSON.parse(runCli(['--format', 'gitlab', 'tatweel.txt'], { cwd: dir }).stdout)[0].severity, 'minor');
    assert.deepEqual(JSON.parse(runCli(['--format', 'gitlab', 'clean.txt'], { cwd: dir }).stdout), []);
  });

  it('gitlab fingerprints do not change with the language of the messages, nor with findings added above', () => {
    const article = [
      'أعلنت الحكومـــة عن خطة جديدة لدعم المزارعين.',
      'وقال الوزيـــر إن الخطة جاهزة ، وإن التمويل متوفر.',
      'وأضاف ان الحكومـــة ستعلن التفاصيل الاسبوع المقبل.',
    ];
    const everyRule = { rules: Object.fromEntries(rules.map((rule) => [rule.id, 'warn'])) };
    const desk = sandbox({ 'story.txt': `${article.join('\n')}\n` }, everyRule);
    type Issue = { description: string; fingerprint: string; location: { lines: { begin: number } } };
    const issues = (locale: string): Issue[] => JSON.parse(runCli(['--format', 'gitlab', '--locale', locale, 'story.txt'], { cwd: desk }).stdout);
    const arabic = issues('ar');
    const english = issues('en');
    assert.ok(arabic.length >= 4, JSON.stringify(arabic));
    assert.notDeepEqual(arabic.map((issue) => issue.description), english.map((issue) => issue.description));
    assert.deepEqual(arabic.map((issue) => issue.fingerprint), english.map((issue) => issue.fingerprint));
    assert.equal(new Set(arabic.map((issue) => issue.fingerprint)).size, arabic.length, 'unique');
    // A new lede with findings of its own (tatweel in another word, a spacing slip) above the old text.
    writeFileSync(join(desk, 'story.txt'), `وصل الرئيـــس إلى العاصمة ، صباح اليوم.\n\n${article.join('\n')}\n`);
    const moved = new Map(issues('en').map((issue) => [issue.fingerprint, issue]));
    for (const issue of english) {
      assert.equal(moved.get(issue.fingerprint)?.description, issue.description, `${issue.description} got a new fingerprint`);
      assert.equal(moved.get(issue.fingerprint)?.location.lines.begin, issue.location.lines.begin + 2, `${issue.description} moved with its line`);
    }
  });

  it('checkstyle is XML with one error element per finding', () => {
    const run = runCli(['--format', 'checkstyle', 'tatweel.txt', 'clean.txt'], { cwd: dir });
    assert.match(run.stdout, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<checkstyle version="4\.3">/);
    assert.ok(run.stdout.includes(`<file name="${join(dir, 'tatweel.txt')}">`));
    assert.ok(run.stdout.includes(`<error line="1" column="13" severity="warning" message="${MESSAGE} (tatweel)" source="mudaqqiq.rules.tatweel" />`));
    assert.ok(run.stdout.trimEnd().endsWith('</checkstyle>'));
  });

  it('junit has a suite per file, a failing case per finding and a passing case for a clean file', () => {
    const run = runCli(['--format', 'junit', 'tatweel.txt', 'clean.txt'], { cwd: dir });
    const suites = run.stdout.match(/<testsuite [^>]*>/g) ?? [];
    assert.equal(suites.length, 2);
    assert.match(suites[0], /tests="1" errors="0" failures="0" name="[^"]*clean\.txt"/);
    assert.match(suites[1], /tests="1" errors="0" failures="1" name="[^"]*tatweel\.txt"/);
    assert.match(run.stdout, /<testcase time="0" name="[^"]*clean\.txt" classname="[^"]*" \/>/);
    assert.match(run.stdout, /<failure type="warning" message="[^"]+">line 1, col 13, Warning - [^<]+ \(tatweel\)<\/failure>/);
    assert.equal((run.stdout.match(/<testsuite /g) ?? []).length, (run.stdout.match(/<\/testsuite>/g) ?? []).length);
  });

  it('XML formats escape markup and drop characters XML 1.0 cannot hold', () => {
    assert.equal(xmlEscape('a<b> & "c" \u0007 \ud800'), 'a&lt;b&gt; &amp; &quot;c&quot; \\u0007 \\ud800');
    assert.equal(xmlEscape('«تقرير» 😀'), '«تقرير» 😀');
  });

  it('terminal output shows control and direction characters as code points', () => {
    assert.equal(printable('a\u001b[31mb\u202Ec\u200Cd'), 'a<U+001B>[31mb<U+202E>c<U+200C>d');
  });

  it('stylish lists findings under the file with a summary, coloured only when asked', () => {
    const run = runCli(['tatweel.txt', 'clean.txt'], { cwd: dir });
    assert.equal(run.stdout, `\ntatweel.txt\n  1:13  warning  ${MESSAGE}  tatweel\n\n✖ 1 problem (0 errors, 1 warning)\n  0 errors and 1 warning potentially fixable with the \`--fix\` option.\n\n`);
    assert.doesNotMatch(run.stdout, /\u001b\[/);
    const coloured = runCli(['tatweel.txt'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    assert.match(coloured.stdout, /\u001b\[/);
    assert.equal(runCli(['clean.txt'], { cwd: dir }).stdout, '');
  });

  it('stylish and the notices on standard error show a file name’s control characters as code points', () => {
    const name = 'red\u001b[31m.txt';
    const tricky = sandbox({ [name]: '@tatweel.txt', 'notes\u001b[2J.md': new Uint8Array([0xff, 0xfe, 0x41]) });
    const run = runCli([name, 'notes\u001b[2J.md'], { cwd: tricky });
    assert.match(run.stdout, /^red<U\+001B>\[31m\.txt\n/m);
    assert.match(run.stdout, /^notes<U\+001B>\[2J\.md\n {2}error/m);
    assert.match(run.stderr, /^mudaqqiq: notes<U\+001B>\[2J\.md: /m);
    assert.doesNotMatch(run.stdout + run.stderr, /\u001b/);
    // The machine formats name the file as it is, for the tools that open it.
    assert.equal(JSON.parse(runCli(['--format', 'json', name], { cwd: tricky }).stdout)[0].filePath, join(tricky, name));
  });

  it('stylish lines up the rule ids after Arabic messages whose harakat take no column', () => {
    const voweled = sandbox({ 'a.txt': 'وصل الوفد إلى إلى القاهرة وقال إنَّ إنَّ الحل قريب.\n' }, { rules: { 'repeated-word': 'warn' } });
    const rows = runCli(['--locale', 'ar', 'a.txt'], { cwd: voweled }).stdout.split('\n').filter((line) => line.endsWith('repeated-word'));
    assert.equal(rows.length, 2);
    const ruleColumn = (row: string) => row.replace(/\p{M}/gu, '').indexOf('repeated-word');
    assert.equal(ruleColumn(rows[0]), ruleColumn(rows[1]));
  });

  it('stylish counts info findings as info, fixable ones too', () => {
    const run = runCli(['--rule', 'tatweel:info', 'tatweel.txt'], { cwd: dir });
    assert.match(run.stdout, /✖ 1 problem \(0 errors, 0 warnings, 1 info\)\n {2}0 errors, 0 warnings and 1 info potentially fixable with the `--fix` option\.\n/);
    // ESLint's JSON has no info severity: there they are warnings.
    const json = JSON.parse(runCli(['--rule', 'tatweel:info', '--format', 'json', 'tatweel.txt'], { cwd: dir }).stdout)[0];
    assert.deepEqual([json.messages[0].severity, json.warningCount, json.fixableWarningCount], [1, 1, 1]);
  });

  it('junit passes a case of information, as the exit code does, with the finding in its output', () => {
    const run = runCli(['--rule', 'tatweel:info', '--format', 'junit', 'tatweel.txt'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /<testsuite [^>]*tests="1" errors="0" failures="0"/);
    assert.match(run.stdout, /<system-out>line 1, col 13, Info - [^<]+ \(tatweel\)<\/system-out>/);
    assert.doesNotMatch(run.stdout, /<failure/);
  });

  it('a file the run cannot read is in the report too, where the format has a place for it', () => {
    const broken = sandbox({ 'a.txt': `${TATWEEL_LINE}\n`, 'b.txt': Buffer.from('caf\xe9\n', 'latin1') });
    const reason = /not valid UTF-8 \(line 1\): re-save it as UTF-8/;
    const report = (format: string) => {
      const run = runCli(['--format', format, '.'], { cwd: broken });
      assert.equal(run.code, 2, format);
      assert.match(run.stderr, /b\.txt: it is not valid UTF-8/, format);
      return run.stdout;
    };
    const [checked, unread] = JSON.parse(report('json'));
    assert.equal(checked.messages[0].ruleId, 'tatweel');
    assert.deepEqual({ ...unread, messages: undefined }, {
      filePath: join(broken, 'b.txt'),
      messages: undefined,
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 1,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
    assert.deepEqual({ ...unread.messages[0], message: undefined }, { ruleId: null, fatal: true, severity: 2, message: undefined });
    assert.match(unread.messages[0].message, reason);
    const [invocation] = JSON.parse(report('sarif')).runs[0].invocations;
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications.length, 1);
    const [notification] = invocation.toolExecutionNotifications;
    assert.equal(notification.level, 'error');
    assert.match(notification.message.text, reason);
    assert.deepEqual(notification.locations[0].physicalLocation.artifactLocation, { uri: 'b.txt', uriBaseId: '%SRCROOT%' });
    assert.match(report('github'), /\n::error file=b\.txt,title=mudaqqiq::it is not valid UTF-8/);
    const blocker = JSON.parse(report('gitlab')).find((issue: { check_name: string }) => issue.check_name === 'mudaqqiq/unchecked');
    assert.deepEqual([blocker.severity, blocker.location.path], ['blocker', 'b.txt']);
    assert.match(report('checkstyle'), /<file name="[^"]*b\.txt">\n {4}<error line="1" column="1" severity="error" message="it is not valid UTF-8[^"]*" source="mudaqqiq" \/>/);
    const junit = report('junit');
    assert.match(junit, /<testsuite [^>]*tests="1" errors="1" failures="0" name="[^"]*b\.txt">\n {4}<testcase [^>]*>\n {6}<error message="it is not valid UTF-8/);
    assert.match(report('stylish'), /\nb\.txt\n {2}error {2}it is not valid UTF-8/);
  });

  it('--locale ar gives the messages in Arabic', () => {
    const run = runCli(['--locale', 'ar', '--format', 'json', 'tatweel.txt'], { cwd: dir });
    assert.equal(JSON.parse(run.stdout)[0].messages[0].message, 'مدّة زخرفية (تطويل) داخل الكلمة «الحكومـــة»: احذفها.');
    const fromEnvironment = runCli(['--format', 'json', 'tatweel.txt'], { cwd: dir, env: { LANG: 'ar_EG.UTF-8' } });
    assert.match(JSON.parse(fromEnvironment.stdout)[0].messages[0].message, /^مدّة/);
  });

  it('--output-file writes the report to a file, making its folders; one that cannot be made is exit 2', () => {
    const run = runCli(['--format', 'json', '--output-file', 'out/deeper/report.json', 'tatweel.txt'], { cwd: dir });
    assert.equal(run.stdout, '');
    assert.equal(JSON.parse(readFileSync(join(dir, 'out', 'deeper', 'report.json'), 'utf8'))[0].messages.length, 1);
    const impossible = runCli(['--output-file', '/proc/no-such-folder/report.json', 'tatweel.txt'], { cwd: dir });
    assert.equal(impossible.code, 2);
    assert.match(impossible.stderr, /\/proc\/no-such-folder\/report\.json: cannot write the report/);
  });
});
