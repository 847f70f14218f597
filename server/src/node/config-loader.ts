import type { ErrorObject, ValidateFunction } from 'ajv';
import { createScanner, findNodeAtLocation, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser/lib/esm/main';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, resolveConfig, rules, type ResolvedConfig, type UserConfig } from '../engine';
import { buildConfigSchema, nameListItems } from './config-schema';

// Finds, reads and validates `.mudaqqiq.json` for the CLI and the language server.
//
//   const loader = new ConfigLoader({ configFile, overrides });
//   const { resolved, filePath } = loader.forFile('/articles/a.txt');
//
// The nearest `.mudaqqiq.json` walking up from the file's folder applies (no cascading); `configFile`
// replaces the search. A config file is data: it is parsed as JSON with comments and validated, nothing in
// it is executed. Problems throw ConfigFileError naming the file, line and column.

export const CONFIG_FILE_NAME = '.mudaqqiq.json';

export class ConfigFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}:${column}`}: ${problem}`);
  }
}

export interface LoadedConfig {
  /** The config file that applies, if any. */
  filePath?: string;
  /** Plain data, merged in this order by resolveConfig(): the file, then the overrides. Safe to post to a worker. */
  layers: UserConfig[];
  resolved: ResolvedConfig;
}

export interface ConfigLoaderOptions {
  /** Use this file for every checked file instead of searching (the CLI's --config). */
  configFile?: string;
  /** Applied over whatever file applies (the CLI's --rule). */
  overrides?: UserConfig;
}

export class ConfigLoader {
  private readonly fileInFolder = new Map<string, string | null>();
  private readonly loaded = new Map<string | null, LoadedConfig>();
  private readonly configFile?: string;

  constructor(private readonly options: ConfigLoaderOptions = {}) {
    this.configFile = options.configFile && resolve(options.configFile);
  }

  /** The configuration for a file (which need not exist), given by absolute path. */
  forFile(path: string): LoadedConfig {
    return this.load(this.configFile ?? this.findConfigFile(dirname(path)));
  }

  /** The nearest `.mudaqqiq.json` in `folder` or above it. */
  findConfigFile(folder: string): string | null {
    const cached = this.fileInFolder.get(folder);
    if (cached !== undefined) return cached;
    const candidate = join(folder, CONFIG_FILE_NAME);
    const parent = dirname(folder);
    const found = isFile(candidate) ? candidate : parent === folder ? null : this.findConfigFile(parent);
    this.fileInFolder.set(folder, found);
    return found;
  }

  /** Forgets what was found and read, after config files change (the language server). */
  clear(): void {
    this.fileInFolder.clear();
    this.loaded.clear();
  }

  private load(filePath: string | null): LoadedConfig {
    let config = this.loaded.get(filePath);
    if (!config) {
      const layers = [...(filePath ? [readConfigFile(filePath)] : []), ...(this.options.overrides ? [this.options.overrides] : [])];
      let resolved: ResolvedConfig;
      try {
        resolved = resolveConfig(...layers);
      } catch (error) {
        if (error instanceof ConfigError) throw new ConfigFileError(filePath ?? 'command line', error.message);
        throw error;
      }
      config = { filePath: filePath ?? undefined, layers, resolved };
      this.loaded.set(filePath, config);
    }
    return config;
  }
}

/** Reads, parses and validates one config file; a `names` path is replaced by the entries it holds. */
export function readConfigFile(path: string): UserConfig {
  validators.config ??= compile(buildConfigSchema());
  const config = readJsonFile(path, 'config file', validators.config) as UserConfig;
  if (typeof config.names === 'string') {
    validators.names ??= compile(nameListItems());
    config.names = readJsonFile(resolve(dirname(path), config.names), `names file (named in ${path})`, validators.names);
  }
  return config;
}

const validators: { config?: ValidateFunction; names?: ValidateFunction } = {};

/** What the schema of `.mudaqqiq.json` finds wrong with `value`: nothing when a config file holding it would be taken. */
export function configSchemaErrors(value: unknown): readonly ErrorObject[] {
  validators.config ??= compile(buildConfigSchema());
  return validators.config(value) ? [] : (validators.config.errors ?? []);
}

function compile(schema: Record<string, unknown>): ValidateFunction {
  // Loaded here, not at start-up: most runs have no config file, and loading Ajv costs every start milliseconds.
  const { default: Ajv } = require('ajv') as typeof import('ajv');
  return new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
}

function readJsonFile(path: string, what: string, validate: ValidateFunction): unknown {
  const text = readText(path, what);
  const tree = parseJsonc(path, text);
  const value = nodeValue(tree);
  if (!validate(value)) throw schemaError(path, text, tree, validate.errors ?? []);
  return value;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (error as Error).message;
    throw new ConfigFileError(path, `cannot read the ${what}: ${reason}`);
  }
}

function parseJsonc(path: string, text: string): Node {
  // Before parsing: the parser and nodeValue recurse, so a file nested thousands of levels deep would
  // overflow the stack instead of being refused.
  const deep = offsetDeeperThan(text, MAX_DEPTH);
  if (deep !== undefined) {
    const { line, column } = lineColumn(text, deep);
    throw new ConfigFileError(path, `nested more than ${MAX_DEPTH} levels deep; a config file is a few levels deep`, line, column);
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const { line, column } = lineColumn(text, errors[0].offset);
    throw new ConfigFileError(path, `malformed JSON: ${describeParseError(errors[0])}; fix the file (comments are allowed)`, line, column);
  }
  if (!tree) throw new ConfigFileError(path, 'the file is empty; it must hold a JSON object such as {"rules": {}}');
  return tree;
}

/** Deeper than any config or name list, and shallow enough for the recursion of the parser, nodeValue and the validator. */
const MAX_DEPTH = 64;

/** Where the first object or array nested deeper than `limit` inside the outermost one opens, found by scanning tokens. */
function offsetDeeperThan(text: string, limit: number): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (++depth > limit + 1) return scanner.getTokenOffset();
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      depth--;
    }
  }
  return undefined;
}

function describeParseError(error: ParseError): string {
  return printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Plain value of a parse tree, as JSON.parse builds it: a key such as `__proto__` is an own property. */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) Object.defineProperty(out, key.value as string, { value: nodeValue(value), writable: true, enumerable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function schemaError(path: string, text: string, tree: Node, errors: ErrorObject[]): ConfigFileError {
  const error = mostSpecific(errors);
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const unknownKey = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
  const at = findNodeAtLocation(tree, [...segments, ...(unknownKey === undefined ? [] : [unknownKey])].map(segmentKey));
  const offset = at ? (unknownKey && at.parent?.type === 'property' ? at.parent.offset : at.offset) : 0;
  const { line, column } = lineColumn(text, offset);
  return new ConfigFileError(path, describeSchemaError(error, segments, unknownKey, at?.value), line, column);
}

/** The deepest error: for a `oneOf` it names what is wrong inside the closest alternative. */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const concrete = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
  const pool = concrete.length ? concrete : errors;
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  // An unknown rule id or key beats a complaint about the shape of its value.
  return pool.reduce((best, e) =>
    (e.keyword === 'additionalProperties') > (best.keyword === 'additionalProperties') || depth(e) > depth(best) ? e : best,
  );
}

function describeSchemaError(error: ErrorObject, segments: string[], unknownKey: string | undefined, value: unknown): string {
  const where = segments.length ? segments.reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path ? `${path}.${s}` : s), '') : 'the top level';
  if (unknownKey !== undefined) {
    if (segments.length === 1 && segments[0] === 'rules') {
      return `unknown rule "${unknownKey}"; known rules: ${rules.map((r) => r.id).join(', ')}`;
    }
    const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
    const place = segments.length ? ` in ${where}` : '';
    return `unknown setting "${unknownKey}"${place}; ${known.length ? `known settings: ${known.join(', ')}` : 'it takes none'}`;
  }
  const severityAt = segments[0] === 'rules' && (segments.length === 2 || (segments.length === 3 && segments[2] === '0'));
  if (severityAt && (segments.length === 3 || typeof value === 'string')) {
    return `rule "${segments[1]}": severity must be one of off, info, warn, error (got ${JSON.stringify(value)})`;
  }
  if (severityAt) return `rule "${segments[1]}": give a severity (off, info, warn, error) or [severity, options]`;
  if (error.keyword === 'enum') return `${where} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where} ${error.message ?? 'is not valid'}`;
}

function segmentKey(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
