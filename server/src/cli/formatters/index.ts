import type { Locale } from '../../engine';
import type { FileResult, Totals } from '../report';
import { checkstyle } from './checkstyle';
import { github } from './github';
import { gitlab } from './gitlab';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'checkstyle', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatContext {
  cwd: string;
  /** What CI formats give paths from: the repository root (see repositoryRoot). */
  root: string;
  color: boolean;
  /** For what is not a finding's message: rule descriptions in SARIF. */
  locale: Locale;
  version: string;
  shard?: { index: number; count: number };
}

export interface RunOutcome {
  totals: Totals;
  /** Whether the run had a usage, configuration or file problem (exit code 2). */
  failed: boolean;
}

/**
 * Writes a report piece by piece, so a run over a whole archive never holds the report in memory: `begin`,
 * then `file` or `unchecked` for each file in path order, then `end`. The pieces joined end with a newline
 * (or are empty).
 */
export interface ReportBuilder {
  begin(): string;
  file(result: FileResult): string;
  /**
   * A file the run could not read, check or fix, and why (the run exits with 2): named in the report too,
   * where its format has a place for it, so a CI view that shows only the report shows the file.
   */
  unchecked(path: string, reason: string): string;
  end(outcome: RunOutcome): string;
}

export type Formatter = (context: FormatContext) => ReportBuilder;

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, gitlab, checkstyle, junit };
