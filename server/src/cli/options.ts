import { parseArgs } from 'node:util';
import { isKnownRule, rules, type Locale, type SeveritySetting } from '../engine';
import { SUPPORTED_ENCODINGS, normalizeEncoding, type Encoding } from './encoding';
import { FORMAT_NAMES, type FormatName } from './formatters';

/** A problem with the command line: exit code 2 with the message and a pointer to --help. */
export class UsageError extends Error {}

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  outputFile?: string;
  fix: boolean;
  fixDryRun: boolean;
  stdin: boolean;
  stdinFilename?: string;
  configFile?: string;
  ruleOverrides: Record<string, SeveritySetting>;
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  locale?: Locale;
  printConfig?: string;
  /** --list-names: print the names the files use instead of checking them. */
  listNames: boolean;
  shard?: { index: number; count: number };
  ignorePath?: string;
  encoding: Encoding;
  workers?: number;
  version: boolean;
  help: boolean;
}

export const HELP = `Usage: mudaqqiq [options] [files | directories | globs]

Checks Arabic news copy. Directories and globs give the .txt, .md, .markdown, .news and .arnews files
(skipping node_modules, .git and ignored paths); .md and .markdown files are read as Markdown.

Output:
  -f, --format NAME        stylish (default), json, sarif, github, gitlab, checkstyle or junit
  -o, --output-file FILE   write the report to FILE instead of standard output
      --quiet              report errors only; warnings then fail nothing, even with --max-warnings
      --max-warnings N     exit with 1 when there are more than N warnings
      --locale ar|en       language of the messages (default: config, then LC_ALL, LC_MESSAGES or
                           LANG, then en)

Fixing:
      --fix                apply the safe fixes to the files, in place (in the file's own encoding)
      --fix-dry-run        print the safe fixes as a unified diff; write nothing. The report and the
                           exit code are of what the fixes leave, as with --fix. The diff goes to
                           standard output and the stylish report to standard error; a machine
                           format (json, sarif, …) keeps standard output and the diff goes to
                           standard error; with --output-file the diff is on standard output

Input:
      --stdin              check standard input; with --fix, print the fixed text on standard output
                           and the report on standard error
      --stdin-filename F   the name to report for standard input (also picks Markdown and the config)
      --ignore-path FILE   ignore file in gitignore syntax (default: .mudaqqiqignore in the working
                           directory, if there is one)
      --encoding NAME      ${SUPPORTED_ENCODINGS.join(', ')} (default: utf-8); a file that is
                           valid UTF-8 beyond ASCII is read as UTF-8 whatever it says
      --shard K/N          check only the K-th of N stable parts of the files (CI matrix jobs)

Names:
      --list-names         list the people, organisations and places the files name instead of checking
                           them: each name's preferred form (the house list's, else the spelling used
                           most, or its right spelling where that one is a misspelling of it), listed
                           or unlisted, its mentions and articles, and each written form
                           (variant, alias, surname) with its count; by kind, most mentioned first.
                           --format json gives an array of {preferred, kind, variants, aliases,
                           surnames?, aliasVariants?, count, files, source, forms: [{form, role,
                           count, surname?}]} (surname: how a surname written otherwise is spelled):
                           drop count, files, source and forms and an entry fits "names" in
                           .mudaqqiq.json (a listed name keeps every spelling of its house entry).
                           Exits with 0 (or 2, as below): names are not findings.

Configuration:
  -c, --config FILE        use this config file instead of the nearest .mudaqqiq.json
      --rule ID:SEVERITY   set a rule to off, info, warn or error (repeatable)
      --print-config FILE  print the configuration that applies to FILE, and exit

Other:
      --workers N          threads that check files, the main one included (default: one per core,
                           one per 16 MB of files at most); up to 48 MB a thread, they split the
                           rules between them rather than the files
  -v, --version            print the version
  -h, --help               print this help

Exit codes: 0 no errors (and warnings within --max-warnings; info findings never count),
1 errors or too many warnings, 2 a usage, configuration or file problem.`;

/** Every option the command takes; --help and the README's table of options list each (options.test.ts). */
export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  locale: { type: 'string' },
  'print-config': { type: 'string' },
  'list-names': { type: 'boolean' },
  shard: { type: 'string' },
  'ignore-path': { type: 'string' },
  encoding: { type: 'string' },
  workers: { type: 'string' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options that take a path: an empty one is an unset variable (`-o "$REPORT"`), not the default. */
const PATH_OPTIONS = ['output-file', 'config', 'ignore-path', 'stdin-filename', 'print-config'] as const;

export function parseOptions(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values: v, positionals } = parsed;
  for (const option of PATH_OPTIONS) {
    if (v[option]?.trim() === '') throw new UsageError(`--${option}: an empty path was given (an unset variable?); name a file`);
  }

  const format = (v.format ?? 'stylish') as FormatName;
  if (!FORMAT_NAMES.includes(format)) throw new UsageError(`unknown format "${v.format}"; use one of ${FORMAT_NAMES.join(', ')}`);
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (v.stdin && positionals.length) throw new UsageError('give either --stdin or files, not both');
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (v.locale !== undefined && v.locale !== 'ar' && v.locale !== 'en') throw new UsageError(`--locale must be ar or en (got "${v.locale}")`);
  if (v['list-names']) {
    if (v.fix || v['fix-dry-run']) throw new UsageError(`--list-names lists names and fixes nothing: leave out ${v.fix ? '--fix' : '--fix-dry-run'}`);
    if (format !== 'stylish' && format !== 'json') throw new UsageError(`--list-names prints stylish or json, not ${format}`);
  }
  const encoding = normalizeEncoding(v.encoding ?? 'utf-8');
  if (!encoding) throw new UsageError(`unsupported --encoding "${v.encoding}"; use one of ${SUPPORTED_ENCODINGS.join(', ')}`);

  return {
    patterns: positionals,
    format,
    outputFile: v['output-file'],
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'],
    configFile: v.config,
    ruleOverrides: parseRuleOverrides(v.rule ?? []),
    maxWarnings: v['max-warnings'] === undefined ? -1 : wholeNumber('--max-warnings', v['max-warnings'], 0),
    quiet: v.quiet ?? false,
    locale: v.locale as Locale | undefined,
    printConfig: v['print-config'],
    listNames: v['list-names'] ?? false,
    shard: v.shard === undefined ? undefined : parseShard(v.shard),
    ignorePath: v['ignore-path'],
    encoding,
    workers: v.workers === undefined ? undefined : wholeNumber('--workers', v.workers, 1),
    version: v.version ?? false,
    help: v.help ?? false,
  };
}

function parseRuleOverrides(values: string[]): Record<string, SeveritySetting> {
  const overrides: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const match = /^([^:]+):(off|info|warn|warning|error)$/.exec(value.trim());
    const id = match?.[1] ?? value.split(':')[0];
    if (!isKnownRule(id)) {
      throw new UsageError(`--rule ${value}: unknown rule "${id}"; known rules: ${rules.map((r) => r.id).join(', ')}`);
    }
    if (!match) throw new UsageError(`--rule ${value}: write ID:SEVERITY with a severity of off, info, warn or error`);
    overrides[id] = match[2] === 'warn' ? 'warning' : (match[2] as SeveritySetting);
  }
  return overrides;
}

function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard ${value}: write K/N with 1 ≤ K ≤ N, e.g. --shard 2/4`);
  }
  return { index, count };
}

function wholeNumber(option: string, value: string, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${option} needs a whole number of at least ${min} (got "${value}")`);
  return Number(value);
}
