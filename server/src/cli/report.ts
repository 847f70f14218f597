import type { Severity } from '../engine';
import type { ArticleName } from './list-names';

// What checking one file yields, as plain data (it crosses from worker threads). Positions are in UTF-16
// code units of the file's text without its BOM, with its own line ends; lines and columns are 1-based and
// end columns exclusive, as in ESLint.

export interface Replacement {
  range: [number, number];
  text: string;
}

/** Where a message or a place it points at stands: 1-based lines and columns, and offsets, without the BOM. */
export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  length: number;
}

export interface Message extends Place {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  /** Other places the finding points at (the first copy of a duplicate), each with what it is there. */
  related?: (Place & { message: string })[];
  /** The safe fix, its edits merged into one replacement as ESLint does. */
  fix?: Replacement;
  /** What the safe fix does, e.g. “Remove the tatweel”. */
  fixDescription?: string;
  /** Every edit of the safe fix, for formats that keep them apart (SARIF). */
  fixEdits?: Replacement[];
  suggestions?: { desc: string; fix: Replacement }[];
  /**
   * What the finding is, whatever the language of the messages and wherever it stands: its message id,
   * the data its message is filled with and the text it flags. Given when CheckSettings.identities asks.
   */
  identity?: string;
}

/** A finding an inline directive silences, with the reason written after `--` (empty when none). */
export interface SuppressedMessage extends Message {
  justification: string;
}

export interface FileResult {
  /** Absolute path, or the --stdin-filename (absolute) or `<text>` for standard input. */
  path: string;
  messages: Message[];
  /** Left out when there are none, which is nearly always. */
  suppressed?: SuppressedMessage[];
  /** Why the file was not checked: binary (a notice) or a problem that makes the run exit with 2. */
  skipped?: string;
  /** What the writer should know about the file that is no finding (a directive naming no rule). */
  notices?: string[];
  failure?: string;
  /** How many safe fixes --fix applied (written) or would apply (dry run). */
  fixesApplied?: number;
  /** --fix-dry-run: the unified diff of the fixes. */
  diff?: string;
  /** --fix on standard input: the fixed bytes to print (a skipped binary input's own). */
  output?: Uint8Array;
  /** --list-names: the names of the article, instead of messages. */
  names?: ArticleName[];
}

export interface Totals {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  fixableInfoCount: number;
}

export function totalsOf(messages: readonly Message[]): Totals {
  const totals: Totals = { errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, fixableInfoCount: 0 };
  for (const m of messages) {
    if (m.severity === 'error') {
      totals.errorCount++;
      if (m.fix) totals.fixableErrorCount++;
    } else if (m.severity === 'warning') {
      totals.warningCount++;
      if (m.fix) totals.fixableWarningCount++;
    } else {
      totals.infoCount++;
      if (m.fix) totals.fixableInfoCount++;
    }
  }
  return totals;
}

export function addTotals(sum: Totals, more: Totals): void {
  for (const key of Object.keys(sum) as (keyof Totals)[]) sum[key] += more[key];
}
