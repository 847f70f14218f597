import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { rules } from '../../src/engine';

// Running the built CLI (dist/cli.js) in throw-away folders. The CLI tests need `npm run build` first;
// `npm test` builds before it tests.

export const ROOT = join(__dirname, '..', '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const FIXTURES = join(ROOT, 'test-fixtures', 'cli');

/** Every rule off but tatweel (a finished rule), so the tests do not move as other rules change. */
export const ONLY_TATWEEL = { rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.id === 'tatweel' ? 'warn' : 'off'])) };

export const TATWEEL_LINE = 'أعلنت الحكومـــة عن خطة جديدة.';
export const FIXED_LINE = 'أعلنت الحكومة عن خطة جديدة.';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Longer than any CLI run of the tests takes on a busy machine. */
const CLI_TIMEOUT_MS = 60_000;

export function runCli(args: string[], options: { cwd: string; input?: string | Uint8Array; env?: Record<string, string | undefined> }): CliRun {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` before the CLI tests`);
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  // A run that does not end (a thread left holding the process) fails its test instead of stalling the suite.
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, input: options.input, env: env as NodeJS.ProcessEnv, timeout: CLI_TIMEOUT_MS });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), stdoutBytes: result.stdout };
}

/**
 * A temporary folder holding `files` (text is written as UTF-8; `@name` copies test-fixtures/cli/name) and,
 * unless `config` is null, a .mudaqqiq.json with `config` (by default only tatweel on).
 */
export function sandbox(files: Record<string, string | Uint8Array> = {}, config: object | null = ONLY_TATWEEL): string {
  const dir = mkdtempSync(join(tmpdir(), 'mudaqqiq-cli-'));
  if (config) writeFileSync(join(dir, '.mudaqqiq.json'), JSON.stringify(config, null, 2));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof content === 'string' && content.startsWith('@')) copyFileSync(join(FIXTURES, content.slice(1)), path);
    else writeFileSync(path, content);
  }
  return dir;
}
