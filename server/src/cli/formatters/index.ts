import type { Locale } from '../../engine';
import type { FileResult } from '../report';
import { checkstyle } from './checkstyle';
import { github } from './github';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'checkstyle', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** For what is not a finding's message: rule descriptions in SARIF. */
  locale: Locale;
  version: string;
  shard?: { index: number; count: number };
  /** Whether the run had a usage, configuration or file problem (exit code 2). */
  failed: boolean;
}

/** Results are sorted by path; messages in text order. The report ends with a newline (or is empty). */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, checkstyle, junit };
