import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import packageJson from '../../../package.json';
import type { Locale, UserConfig } from '../engine';
import { ConfigFileError, ConfigLoader, type LoadedConfig } from '../node/config-loader';
import { severityName } from '../node/config-schema';
import { Checker, type CheckSettings, type FileTask } from './check-file';
import { FileSelectionError, selectFiles } from './files';
import { formatters } from './formatters';
import { relativePath } from './formatters/text';
import { HELP, parseOptions, UsageError, type CliOptions } from './options';
import { checkFiles } from './pool';
import { sumTotals } from './report';

// The `mudaqqiq` command: options → files → configs → checks (in worker threads) → report → exit code.

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_TROUBLE = 2;

async function main(argv: string[]): Promise<number> {
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
    if (error instanceof ConfigFileError || error instanceof FileSelectionError) return trouble(error.message);
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
  };
  const results = options.stdin
    ? [new Checker(settings).checkBytes(tasks[0], await readStdin(), true)]
    : await checkFiles(tasks, settings, { workers: options.workers, workerScript: workerScript() });

  let failed = false;
  for (const result of results) {
    if (result.skipped) process.stderr.write(`mudaqqiq: ${relativePath(cwd, result.path)}: ${result.skipped}\n`);
    if (result.failure) {
      process.stderr.write(`mudaqqiq: ${relativePath(cwd, result.path)}: ${result.failure}\n`);
      failed = true;
    }
  }

  // Text on standard output (a diff, or fixed standard input) sends the report to standard error.
  const fixedOutput = results.flatMap((r) => (r.output ? [r.output] : []));
  const diffs = results.flatMap((r) => (r.diff ? [r.diff] : []));
  for (const bytes of fixedOutput) process.stdout.write(bytes);
  for (const diff of diffs) process.stdout.write(diff);
  const reportStream = options.fix && options.stdin || options.fixDryRun ? process.stderr : process.stdout;

  const shown = options.quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') })) : results;
  const report = formatters[options.format](
    shown.filter((r) => !r.skipped && !r.failure),
    {
      cwd,
      color: !options.outputFile && useColor(reportStream),
      locale: options.locale ?? (tasks.length ? configLocales.get(tasks[0].configKey) : undefined) ?? envLocale,
      version: packageJson.version,
      shard: options.shard,
      failed,
    },
  );
  if (options.outputFile) {
    const file = resolve(cwd, options.outputFile);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, report);
    } catch (error) {
      return trouble(`${file}: cannot write the report: ${(error as Error).message}`);
    }
  } else if (report) {
    reportStream.write(report);
  }

  if (failed) return EXIT_TROUBLE;
  const totals = sumTotals(results);
  if (totals.errorCount > 0) return EXIT_FINDINGS;
  if (options.maxWarnings >= 0 && totals.warningCount > options.maxWarnings) {
    process.stderr.write(`mudaqqiq: ${totals.warningCount} warnings, more than --max-warnings ${options.maxWarnings} allows.\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

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

/** NO_COLOR turns colour off, FORCE_COLOR on; otherwise colour on a terminal. */
function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`mudaqqiq: internal error; please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_TROUBLE;
  },
);
