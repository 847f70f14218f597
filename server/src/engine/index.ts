// The engine's public face: text in, findings and fixes out. No I/O, no editor imports.
export { resolveConfig, ConfigError, isKnownRule, parseSeverity, unknownRule, type UserConfig, type ResolvedConfig, type RuleSetting } from './config';
export { lint, ParagraphCache, type LintOptions, type LintResult, type SuppressedFinding } from './lint';
export { applyEdits, fixText, nonOverlappingFixes, safeFixOf, type FixResult } from './fix';
export { findingMessage, ruleMessage, fillTemplate, localized, ruleDocsUrl } from './messages';
export { rules, ruleById } from './rules';
export { DIRECTIVE_NAMES, Directives, lineIndexOf, lineStartsOf } from './directives';
export type { AnyRule, HouseStyle } from './rule';
export type { Article, Paragraph, Sentence, Word } from './text/article';
export type { TextKind } from './text/prose';
export * from './types';
