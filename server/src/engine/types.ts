// The engine's vocabulary. Everything here is plain data so that the CLI, the language server and
// worker threads can pass it around (structured clone) without the rule objects.

/** Offsets are UTF-16 code units into the text the engine was given (the original, with BOM and CRLF). */
export interface Span {
  start: number;
  end: number;
}

export type Locale = 'ar' | 'en';
export type Localized = Record<Locale, string>;

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type Category =
  | 'duplication'
  | 'punctuation'
  | 'quotes'
  | 'spelling'
  | 'characters'
  | 'names'
  | 'style';

export interface TextEdit {
  span: Span;
  text: string;
}

/** A change offered to the writer. `safe` fixes are applied by `--fix` and fix-all; others are suggestions. */
export interface Fix {
  messageId: string;
  data?: Record<string, string>;
  edits: TextEdit[];
  safe: boolean;
}

export interface RelatedSpan {
  span: Span;
  messageId: string;
  data?: Record<string, string>;
}

/**
 * What a rule reports. Messages are kept as ids plus data so each face renders them in its own locale.
 * `confidence: 'medium'` lowers the configured severity by one step (error → warning → info).
 */
export interface Finding {
  ruleId: string;
  span: Span;
  messageId: string;
  data?: Record<string, string>;
  severity: Severity;
  fixes: Fix[];
  related: RelatedSpan[];
  confidence?: 'high' | 'medium';
}

export type ReportedFinding = Omit<Finding, 'ruleId' | 'severity' | 'fixes' | 'related'> & {
  fixes?: Fix[];
  related?: RelatedSpan[];
};

export interface RuleDocs {
  /** One line: what the rule flags. */
  summary: Localized;
  /** Why a copy desk cares. */
  rationale: Localized;
  /** Must hold at least one finding under the default options. */
  bad: string;
  /** The corrected text: no finding. */
  good: string;
  /** What the rule deliberately leaves alone. */
  notFlagged?: Localized;
}
