import { closeSync, existsSync, mkdirSync, openSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import packageJson from '../../../package.json';
import type { Locale, UserConfig } from '../engine';
import { ConfigFileError, ConfigLoader, type LoadedConfig } from '../node/config-loader';
import { severityName } from '../node/config-schema';
import { Checker, ioReason, type CheckSettings, type FileTask } from './check-file';
import { useColor } from './color';
import { shortenWarmUp } from './compile-budget';
import { FileSelectionError, repositoryRoot, selectFiles } from './files';
import { formatters } from './formatters';
import { namesJson, namesStylish } from './formatters/names';
import { relativePath, shownPath } from './formatters/text';
import { NameTally } from './list-names';
import { HELP, parseOptions, UsageError, type CliOptions } from './options';
import { checkFiles } from './pool';
import { addTotals, totalsOf, type FileResult, type Message } from './report';
import { writeAllSync } from './write-file';

// The `mudaqqiq` command: options → files → configs → checks (in worker threads) → report → exit code.

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_TROUBLE = 2;

async function main(argv: string[]): Promise<number> {
  shortenWarmUp();
  let options: CliOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return trouble(`${error.message}\nRun "mudaqqiq --help" for the options.`);
  }
  if (options.help) return print(`${HELP}\n`);
  if (options.version) return print(`${packageJson.version}\n`);

  const cwd = process.cwd();
  const overrides: UserConfig | undefined = Object.keys(options.ruleOverrides).length ? { rules: options.ruleOverrides } : undefined;
  const loader = new ConfigLoader({ configFile: options.configFile && resolve(cwd, options.configFile), overrides });
  try {
    if (options.configFile) loader.forFile(join(cwd, 'file')); // report a bad --config even when no file is checked
    if (options.printConfig !== undefined) return print(`${JSON.stringify(printableConfig(loader.forFile(resolve(cwd, options.printConfig))), null, 2)}\n`);
    if (!options.stdin && options.patterns.length === 0) {
      return trouble('no files to check: give files, directories or globs (e.g. "mudaqqiq articles/"), or --stdin.\nRun "mudaqqiq --help" for the options.');
    }
    return await run(options, loader, cwd);
  } catch (error) {
    if (error instanceof ConfigFileError || error instanceof FileSelectionError || error instanceof OutputError) return trouble(error.message);
    throw error;
  }
}

async function run(options: CliOptions, loader: ConfigLoader, cwd: string): Promise<number> {
  const configs: Record<string, UserConfig[]> = {};
  const configLocales = new Map<string, Locale | undefined>();
  const configKey = (config: LoadedConfig) => {
    const key = config.filePath ?? '';
    configs[key] ??= config.layers;
    configLocales.set(key, config.resolved.locale);
    return key;
  };
  const taskFor = (path: string): FileTask => ({ path, displayPath: relativePath(cwd, path), configKey: configKey(loader.forFile(path)) });
  const stdinPath = options.stdinFilename === undefined ? '<text>' : resolve(cwd, options.stdinFilename);
  const tasks = options.stdin
    ? [{ ...taskFor(stdinPath === '<text>' ? join(cwd, stdinPath) : stdinPath), path: stdinPath }]
    : selectFiles(options.patterns, { cwd, ignorePath: options.ignorePath, shard: options.shard }).map(taskFor);

  const envLocale = localeFromEnvironment();
  const settings: CheckSettings = {
    fixMode: options.fix ? 'fix' : options.fixDryRun ? 'dry-run' : 'none',
    encoding: options.encoding,
    locale: options.locale,
    defaultLocale: envLocale,
    configs,
    identities: options.format === 'gitlab',
  };

  if (options.listNames) return listNames(options, tasks, settings, cwd);

  const { reportStream, diffStream } = streamsOf(options);
  const sink = options.outputFile ? reportFileSink(resolve(cwd, options.outputFile), tasks) : streamSink(reportStream);
  const report = formatters[options.format]({
    cwd,
    root: repositoryRoot(cwd),
    color: !options.outputFile && useColor(reportStream),
    locale: options.locale ?? (tasks.length ? configLocales.get(tasks[0].configKey) : undefined) ?? envLocale,
    version: packageJson.version,
    shard: options.shard,
  });
  // Of what the report shows: with --quiet no warning is counted, so none fails the run through
  // --max-warnings (as in ESLint 9, whose --quiet does not run warning rules).
  const totals = totalsOf([]);
  let failed = false;
  const emit = (result: FileResult) => {
    const where = shownPath(cwd, result.path);
    if (result.skipped) process.stderr.write(`mudaqqiq: ${where}: ${result.skipped}\n`);
    for (const notice of result.notices ?? []) process.stderr.write(`mudaqqiq: ${where}: ${notice}\n`);
    if (result.failure) {
      process.stderr.write(`mudaqqiq: ${where}: ${result.failure}\n`);
      sink.write(report.unchecked(result.path, result.failure));
      failed = true;
    }
    if (result.output) process.stdout.write(result.output);
    if (result.skipped || result.failure) return;
    if (result.diff) diffStream.write(result.diff);
    const shown = options.quiet ? { ...result, messages: result.messages.filter(isError), suppressed: result.suppressed?.filter(isError) } : result;
    addTotals(totals, totalsOf(shown.messages));
    sink.write(report.file(shown));
  };

  sink.write(report.begin());
  await checkInOrder(options, tasks, settings, emit);
  sink.write(report.end({ totals, failed }));
  sink.close();

  if (failed) return EXIT_TROUBLE;
  if (totals.errorCount > 0) return EXIT_FINDINGS;
  if (options.maxWarnings >= 0 && totals.warningCount > options.maxWarnings) {
    const warnings = `${totals.warningCount} warning${totals.warningCount === 1 ? '' : 's'}`;
    process.stderr.write(`mudaqqiq: ${warnings}, more than --max-warnings ${options.maxWarnings} allows.\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

const isError = (message: Message) => message.severity === 'error';

/**
 * Where the report and the --fix-dry-run diff go. A machine-readable report keeps standard output (a CI
 * step parses it there), unless it goes to --output-file: then the diff takes standard output, and
 * otherwise standard error, never inside the report. The terminal report yields standard output to the
 * diff, so that `--fix-dry-run > fixes.patch` gives a patch, as does fixed standard input to its text.
 */
function streamsOf(options: CliOptions): { reportStream: NodeJS.WriteStream; diffStream: NodeJS.WriteStream } {
  const { stdout, stderr } = process;
  if (options.fixDryRun) return options.format === 'stylish' || options.outputFile ? { reportStream: stderr, diffStream: stdout } : { reportStream: stdout, diffStream: stderr };
  return { reportStream: options.stdin && options.fix ? stderr : stdout, diffStream: stdout };
}

/** Checks the files (or standard input) and hands each result to `emit` in path order. */
async function checkInOrder(options: CliOptions, tasks: FileTask[], settings: CheckSettings, emit: (result: FileResult) => void): Promise<void> {
  if (options.stdin) {
    emit(new Checker(settings).checkBytes(tasks[0], await readStdin(), true));
    return;
  }
  // Results arrive in the order workers finish them; they are passed on in path order as soon as they can be.
  const waiting = new Map<number, FileResult>();
  let next = 0;
  await checkFiles(tasks, settings, { workers: options.workers, workerScript: workerScript() }, (index, result) => {
    waiting.set(index, result);
    for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
      waiting.delete(next++);
      emit(ready);
    }
  });
}

/** --list-names: the names of all the files, tallied in path order, printed at the end. */
async function listNames(options: CliOptions, tasks: FileTask[], settings: CheckSettings, cwd: string): Promise<number> {
  const sink = options.outputFile ? reportFileSink(resolve(cwd, options.outputFile), tasks) : streamSink(process.stdout);
  const tally = new NameTally();
  let failed = false;
  await checkInOrder(options, tasks, { ...settings, listNames: true }, (result) => {
    const where = shownPath(cwd, result.path);
    if (result.skipped) process.stderr.write(`mudaqqiq: ${where}: ${result.skipped}\n`);
    if (result.failure) {
      process.stderr.write(`mudaqqiq: ${where}: ${result.failure}\n`);
      failed = true;
    }
    if (result.names) tally.add(result.names);
  });
  const names = tally.names();
  sink.write(options.format === 'json' ? namesJson(names) : namesStylish(names, tally.fileCount, !options.outputFile && useColor(process.stdout)));
  sink.close();
  return failed ? EXIT_TROUBLE : EXIT_OK;
}

/** Where the report goes, written as it is produced (to a file, in pieces of REPORT_CHUNK characters). */
interface Sink {
  write(text: string): void;
  close(): void;
}

function streamSink(stream: NodeJS.WriteStream): Sink {
  return {
    write: (text) => {
      if (text) stream.write(text);
    },
    close: () => {},
  };
}

/**
 * Makes the folder and the ones above it that are missing, one at a time: Node's recursive mkdirSync
 * loops forever where a folder cannot be made (under /proc), and a CI run must end.
 */
function makeFolders(folder: string): void {
  if (existsSync(folder) || dirname(folder) === folder) return;
  makeFolders(dirname(folder));
  mkdirSync(folder);
}

/**
 * The --output-file sink, refused when the file is one of those checked (`-o article.txt article.txt`, a
 * slip of the hand): opening it for the report would empty the article before it is read.
 */
function reportFileSink(path: string, tasks: readonly FileTask[]): Sink {
  const names = new Set([path, realPathOrUndefined(path)]);
  if (tasks.some((task) => names.has(task.path))) {
    throw new OutputError(`${path}: --output-file names a file being checked, which the report would overwrite; give another file for the report`);
  }
  return fileSink(path);
}

function realPathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function fileSink(path: string): Sink {
  const fail = (error: unknown): never => {
    throw new OutputError(`${path}: cannot write the report: ${ioReason(error)}`);
  };
  let fd = -1;
  try {
    makeFolders(dirname(path));
    fd = openSync(path, 'w');
  } catch (error) {
    fail(error);
  }
  // Written in pieces of REPORT_CHUNK characters, not a system call per checked file, and each write is
  // finished: a write may take only part of what it is given (a pipe named as the output file).
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    const bytes = Buffer.from(pending.join(''));
    pending = [];
    size = 0;
    try {
      writeAllSync(fd, bytes);
    } catch (error) {
      fail(error);
    }
  };
  return {
    write: (text) => {
      pending.push(text);
      size += text.length;
      if (size >= REPORT_CHUNK) flush();
    },
    close: () => {
      flush();
      closeSync(fd);
    },
  };
}

const REPORT_CHUNK = 1 << 16;

/** A problem with where the report goes: exit code 2. */
class OutputError extends Error {}

function printableConfig(config: LoadedConfig) {
  const { resolved } = config;
  return {
    configFile: config.filePath ?? null,
    rules: Object.fromEntries(resolved.rules.map((r) => [r.rule.id, [severityName(r.severity), r.options]])),
    quoteStyle: resolved.house.quoteStyle,
    headlineDoubleDot: resolved.house.headlineDoubleDot,
    locale: resolved.locale ?? null,
    names: resolved.names ?? null,
  };
}

/** ar when the user's locale is Arabic (LC_ALL, then LC_MESSAGES, then LANG), else en. */
function localeFromEnvironment(): Locale {
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  return /^ar([_.@-]|$)/i.test(LC_ALL || LC_MESSAGES || LANG || '') ? 'ar' : 'en';
}

function workerScript(): string | undefined {
  const script = join(__dirname, 'worker.js');
  return existsSync(script) ? script : undefined;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function print(text: string): number {
  process.stdout.write(text);
  return EXIT_OK;
}

function trouble(message: string): number {
  process.stderr.write(`mudaqqiq: ${message}\n`);
  return EXIT_TROUBLE;
}

// `mudaqqiq … | head` closes the pipe early: stop quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT_OK);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`mudaqqiq: internal error; please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_TROUBLE;
  },
);
