// `npm run bench`: engine throughput (all default rules, without name detection, and each rule), a 1,000-word article, the CLI on
// one worker and on all cores, peak memory, and textlint on the same files, side by side: on a 10 MB part
// of the corpus and on all of it (each command run BENCH_RUNS times, 3 by default, its median time
// reported, but textlint on the whole corpus, run once). Prints figures
// and the targets they are measured against; it asserts nothing (timings belong in reports, not tests).
// It runs from a bundle (npm run bench builds it into .bench/) so it measures the code that ships.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint, resolveConfig, rules, type ResolvedConfig, type TextKind } from '../server/src/engine';
import { buildCorpus, fixtureParagraphs, makeArticle } from './bench-corpus';

const root = join(__dirname, '..');
const benchDir = join(root, '.bench');
const corpusMegabytes = Number(process.env.BENCH_CORPUS_MB ?? 50);
/**
 * The files textlint and the CLI both check: enough that the CLI's fixed cost (starting, and V8 warming
 * the engine up over the first few hundred articles, about half a second) does not stand for its throughput.
 */
const textlintMegabytes = Number(process.env.BENCH_TEXTLINT_MB ?? 10);
const perRuleMegabytes = Number(process.env.BENCH_PER_RULE_MB ?? 10);

const MB = 1024 * 1024;
const report = (what: string, figure: string, target = '') => {
  console.log(`${what.padEnd(48)} ${figure.padStart(14)}   ${target}`);
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** MB/s over all `texts`, after a warm-up long enough for V8 to have optimised the hot code. */
function throughput(texts: string[], bytes: number, config: ResolvedConfig): number {
  for (const text of texts.slice(0, 300)) lint(text, config);
  const start = performance.now();
  for (const text of texts) lint(text, config);
  return bytes / MB / ((performance.now() - start) / 1000);
}

function onlyRule(id: string): ResolvedConfig {
  return resolveConfig({ rules: Object.fromEntries(rules.map((r) => [r.id, r.id === id ? 'warning' : 'off'])) });
}

/** Runs of each CLI and textlint command: the median time is reported, so one busy moment does not set a figure. */
const commandRuns = Number(process.env.BENCH_RUNS ?? 3);

interface CommandTiming {
  seconds: number;
  maxRssMb: number;
  status: number | null;
}

/**
 * Each command run `commandRuns` times, taking turns (so a slow spell of the machine falls on all of them
 * alike): the run of median time of each, with the largest peak memory of its runs.
 */
function timeMedians(commands: readonly (readonly [command: string, args: readonly string[]])[]): CommandTiming[] {
  const runs = commands.map((): CommandTiming[] => []);
  for (let round = 0; round < commandRuns; round++) commands.forEach(([command, args], i) => runs[i].push(timeCommand(command, args)));
  return runs.map((timings) => {
    const sorted = [...timings].sort((a, b) => a.seconds - b.seconds);
    return { ...sorted[Math.floor(sorted.length / 2)], maxRssMb: Math.max(...timings.map((run) => run.maxRssMb)) };
  });
}

function timeCommand(command: string, args: readonly string[]): CommandTiming {
  const rssFile = join(benchDir, 'max-rss.txt');
  rmSync(rssFile, { force: true });
  const start = performance.now();
  const run = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, MUDAQQIQ_MAX_RSS_FILE: rssFile, NODE_OPTIONS: `-r ${join(root, 'scripts', 'max-rss.cjs')}` },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * MB,
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.error) throw run.error;
  let maxRssMb = NaN;
  try {
    maxRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    // the command did not run under Node
  }
  return { seconds, maxRssMb, status: run.status };
}

/** Texts of `size` characters made of one repeated unit, each a worst case for some scan of the engine. */
function pathologicalTexts(size: number): [name: string, text: string, kind: TextKind][] {
  const units: [string, string, TextKind][] = [
    ['one Latin word', 'a', 'plain'],
    ['one Arabic word', 'ب', 'plain'],
    ['a one-letter word repeated', 'ب ', 'plain'],
    ['verses in ornate brackets', '﴿ب ', 'plain'],
    ['Arabic-Indic digits in one long word', '١ب', 'plain'],
    ['dots', '.', 'plain'],
    ['spaces', ' ', 'plain'],
    ['opening brackets', '(', 'plain'],
    ['straight quotes', '"', 'plain'],
    ['opening guillemets', '«', 'plain'],
    ['curly quotes', '“', 'plain'],
    ['faces with a long mouth', ':)) ', 'plain'],
    ['doubled dots', '.. ', 'plain'],
    ['tatweel', 'ـ', 'plain'],
    ['non-joiners after a Persian letter', 'ی\u200c', 'plain'],
    ['short sentences with a non-joiner', 'ب\u200c. ', 'plain'],
    ['addresses', 'a@b.c ', 'plain'],
    ['web addresses', 'www.a ', 'plain'],
    ['unclosed directives', '<!-- mudaqqiq-disable ', 'plain'],
    ['unclosed comments', '<!--', 'markdown'],
    ['unclosed link targets', '[a](', 'markdown'],
    ['unclosed tags', '<a ', 'markdown'],
    ['inline code marks', '`', 'markdown'],
  ];
  return units.map(([name, unit, kind]) => [name, `عنوان\n\n${unit.repeat(Math.ceil(size / unit.length))}`, kind]);
}

function hasTaskset(): boolean {
  return spawnSync('taskset', ['--version']).status === 0;
}

function main(): void {
  mkdirSync(benchDir, { recursive: true });
  const corpus = buildCorpus(join(benchDir, 'corpus'), corpusMegabytes);
  const texts = corpus.files.map((f) => readFileSync(f, 'utf8'));
  const cores = availableParallelism();
  console.log(`corpus: ${corpus.files.length} articles, ${(corpus.bytes / MB).toFixed(1)} MB; ${cores} cores; node ${process.version}\n`);

  const defaults = resolveConfig();
  // Each measured twice, alternately, keeping the better: the machine may be busy for a moment.
  const withoutNamesConfig = resolveConfig({ rules: { 'name-consistency': 'off' } });
  let withNames = 0;
  let withoutNames = 0;
  for (let round = 0; round < 2; round++) {
    withNames = Math.max(withNames, throughput(texts, corpus.bytes, defaults));
    withoutNames = Math.max(withoutNames, throughput(texts, corpus.bytes, withoutNamesConfig));
  }
  report('engine, all default rules, one core', `${withNames.toFixed(1)} MB/s`, 'target ≥ 10 MB/s');
  report('engine, default rules but name-consistency', `${withoutNames.toFixed(1)} MB/s`);
  report('time name detection adds to the engine', `+${((withoutNames / withNames - 1) * 100).toFixed(0)}%`, 'target ≤ 20%');

  const article = makeArticle(() => 0.37, fixtureParagraphs(), ['الحكومة'], 1000);
  for (let i = 0; i < 50; i++) lint(article, defaults);
  const times = Array.from({ length: 300 }, () => {
    const start = performance.now();
    lint(article, defaults);
    return performance.now() - start;
  });
  report(`one ${article.split(/\s+/).length}-word article, median warm`, `${median(times).toFixed(2)} ms`, 'target < 5 ms');

  // Runs of one character or unit: a pattern that retries at every position of such a run takes time
  // quadratic in its length (seconds at this size), where a linear scan takes milliseconds.
  let slowest = { name: '', ms: 0 };
  for (const [name, text, kind] of pathologicalTexts(100_000)) {
    const start = performance.now();
    lint(text, defaults, { kind });
    const ms = performance.now() - start;
    if (ms > slowest.ms) slowest = { name, ms };
  }
  report(`slowest pathological 100,000-character text (${slowest.name})`, `${slowest.ms.toFixed(0)} ms`);

  let subsetBytes = 0;
  const subset = texts.filter((t) => (subsetBytes += Buffer.byteLength(t)) <= perRuleMegabytes * MB);
  const subsetSize = subset.reduce((s, t) => s + Buffer.byteLength(t), 0);
  for (const rule of rules) {
    report(`  rule ${rule.id}${rule.defaultSeverity === 'off' ? ' (off by default)' : ''}`, `${throughput(subset, subsetSize, onlyRule(rule.id)).toFixed(1)} MB/s`);
  }

  const cli = join(root, 'dist', 'cli.js');
  const cliArgs = (workers: number, files: string[]) => [cli, '--workers', String(workers), '--format', 'json', '--output-file', join(benchDir, 'cli-output.json'), ...files];
  // One thread still has the other cores for V8's compiler and garbage collector threads: the run on one
  // core is pinned to a single CPU (taskset, from util-linux).
  console.log(`\ncommands below: median of ${commandRuns} runs each, taking turns`);
  const [one, all, oneCore] = timeMedians([
    [process.execPath, cliArgs(1, [corpus.dir])],
    [process.execPath, cliArgs(cores, [corpus.dir])],
    ...(hasTaskset() ? [['taskset', ['--cpu-list', '0', process.execPath, ...cliArgs(1, [corpus.dir])]] as const] : []),
  ]);
  if (oneCore) report('CLI on the corpus, 1 thread on one core (wall)', `${oneCore.seconds.toFixed(2)} s`);
  report(`CLI on the corpus, 1 thread on ${cores} cores (wall)`, `${one.seconds.toFixed(2)} s`);
  report(`CLI on the corpus, ${cores} threads on ${cores} cores (wall)`, `${all.seconds.toFixed(2)} s`);
  if (oneCore) report(`CLI speed-up, ${cores} cores over one core`, `${(oneCore.seconds / all.seconds).toFixed(2)}×`, 'target ≥ 1.6× on 2 cores');
  report(`CLI speed-up, ${cores} threads over 1 thread`, `${(one.seconds / all.seconds).toFixed(2)}×`);
  report('CLI peak memory, whole corpus', `${Math.max(one.maxRssMb, all.maxRssMb).toFixed(0)} MB`, 'target < 300 MB');
  if (one.status !== 0 && one.status !== 1) console.warn(`warning: the CLI exited with ${one.status}`);

  const textlintDir = join(benchDir, 'textlint-subset');
  rmSync(textlintDir, { recursive: true, force: true });
  mkdirSync(textlintDir, { recursive: true });
  let copied = 0;
  for (const file of corpus.files) {
    if (copied >= textlintMegabytes * MB) break;
    cpSync(file, join(textlintDir, file.slice(corpus.dir.length + 1)));
    copied += Buffer.byteLength(readFileSync(file));
  }
  const textlintArgs = (dir: string) => [textlintBin, '--config', join(root, 'scripts', 'textlint-bench', '.textlintrc.json'), '--format', 'json', '--output-file', join(benchDir, 'textlint-output.json'), join(dir, '*.txt')];
  const [textlint, ours] = timeMedians([
    [process.execPath, textlintArgs(textlintDir)],
    [process.execPath, cliArgs(1, [textlintDir])],
  ]);
  compareWithTextlint(`${(copied / MB).toFixed(1)} MB`, copied, textlint, ours);
  // The whole corpus as well, against the CLI's one-thread runs above: the same files for both tools, as
  // the comparison asks. textlint takes over a minute on it, a run long enough to be timed once.
  console.log('\ntextlint on the whole corpus: one run, against the median of the CLI on 1 thread above');
  compareWithTextlint('whole corpus', corpus.bytes, timeCommand(process.execPath, textlintArgs(corpus.dir)), one);
}

const textlintBin = join(root, 'node_modules', 'textlint', 'bin', 'textlint.js');

function compareWithTextlint(files: string, bytes: number, textlint: CommandTiming, ours: CommandTiming): void {
  const textlintRate = bytes / MB / textlint.seconds;
  const ourRate = bytes / MB / ours.seconds;
  report(`textlint, 4 rules, ${files}, one process (wall)`, `${textlint.seconds.toFixed(2)} s`, `${textlintRate.toFixed(2)} MB/s`);
  report(`mudaqqiq CLI, all rules, same files, 1 worker`, `${ours.seconds.toFixed(2)} s`, `${ourRate.toFixed(2)} MB/s`);
  report(`ratio over textlint, ${files}`, `${(ourRate / textlintRate).toFixed(1)}×`, 'target ≥ 10×');
  if (textlint.status !== 0 && textlint.status !== 1) console.warn(`warning: textlint exited with ${textlint.status}`);
}

main();
