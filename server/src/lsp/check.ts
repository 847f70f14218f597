import { fixText, lint, ParagraphCache, resolveConfig, rules, type Finding, type ResolvedConfig, type TextEdit, type TextKind, type UserConfig } from '../engine';
import { findNames, type NameEntity } from '../engine/names/detect';
import { nameListFor } from '../engine/names/list';
import { articleOutline, outlineNames, type ArticleOutline } from '../engine/outline';
import { parseArticle, type Article } from '../engine/text/article';
import { SourceText } from '../engine/text/source';
import { minimalEdit } from '../engine/text/minimal-edit';

// One check of one text, the same on the main thread and in the worker that takes huge documents.

export interface CheckInput {
  text: string;
  kind: TextKind;
  /** Plain config layers (file, then editor settings), merged by resolveConfig. */
  layers: UserConfig[];
}

export interface CheckOutput {
  /** At most MAX_FINDINGS findings in text order, the most severe kept (mostSevere). */
  findings: Finding[];
  /** Findings beyond MAX_FINDINGS, left out so that a pathological document cannot flood the editor. */
  omittedFindings: number;
  /** Only the paragraph rules ran: the text is beyond ARTICLE_RULES_LIMIT. */
  limited: boolean;
  /** The people, organisations and places the article names, spans in the working text (none when limited). */
  names: NameEntity[];
  outline(): ArticleOutline;
}

/** More diagnostics than anyone reads in one file; VS Code's Problems panel stops listing about here. */
export const MAX_FINDINGS = 1000;
/** Outline entries kept for a huge document. */
export const MAX_OUTLINE_BLOCKS = 2000;
/**
 * Beyond this many characters (some 1.3 million words) a text is a dump, not an article: only the
 * paragraph rules run, which bounds the worker's time and memory. Below it the server gives the CLI's
 * findings. Every rule's cost grows in step with the text: with all rules a 10 MB text takes 7-7.5 s
 * from open to diagnostics in the worker, other requests wait at most 58-66 ms meanwhile and the server
 * holds 1.6-2.4 GB (29 November). That holds because a big fix (name-consistency's "use this spelling
 * everywhere", an edit per mention) stays out of the diagnostics (see DiagnosticData).
 */
export const ARTICLE_RULES_LIMIT = 8_000_000;

const PARAGRAPH_RULES_ONLY: UserConfig = {
  rules: Object.fromEntries(rules.filter((r) => r.scope === 'article').map((r) => [r.id, 'off'])),
};

function layersFor(input: CheckInput): { layers: UserConfig[]; limited: boolean } {
  const limited = input.text.length > ARTICLE_RULES_LIMIT;
  return { layers: limited ? [...input.layers, PARAGRAPH_RULES_ONLY] : input.layers, limited };
}

interface ConfigEntry {
  config: ResolvedConfig;
  /** Paragraph-rule results for this configuration, so an edit re-checks only the paragraphs it touched. */
  cache: ParagraphCache;
}

/** Resolved configurations and their paragraph caches, by layers; a few live at once (one per folder). */
export class ConfigCaches {
  private readonly entries = new Map<string, ConfigEntry>();

  constructor(private readonly maxEntries = 8) {}

  /** Throws ConfigError when the layers are invalid. */
  get(layers: UserConfig[]): ConfigEntry {
    const key = JSON.stringify(layers);
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
    } else {
      entry = { config: resolveConfig(...layers), cache: new ParagraphCache() };
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, entry);
    return entry;
  }
}

export function runCheck(input: CheckInput, caches: ConfigCaches): CheckOutput {
  const { layers, limited } = layersFor(input);
  const { config, cache } = caches.get(layers);
  const { text, kind } = input;
  const { findings, article } = lint(text, config, { kind, cache });
  const names = limited ? [] : namesIn(article, config);
  let outline: ArticleOutline | undefined;
  return {
    findings: mostSevere(findings, MAX_FINDINGS),
    omittedFindings: Math.max(0, findings.length - MAX_FINDINGS),
    limited,
    names,
    // Parsed again when asked for rather than keeping the parsed article of every open document.
    outline: () => (outline ??= outlineOf(text, kind, names)),
  };
}

const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/**
 * The `limit` most severe findings, in text order: a document of thousands of warnings does not hide its
 * one error (the first ones in text order of each severity are kept).
 */
function mostSevere(findings: Finding[], limit: number): Finding[] {
  if (findings.length <= limit) return findings;
  const kept = findings.map((finding, index) => ({ finding, index }));
  kept.sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index);
  return kept
    .slice(0, limit)
    .sort((a, b) => a.index - b.index)
    .map(({ finding }) => finding);
}

/**
 * The article's names as the name-consistency rule sees them: the detection is kept per article, so
 * when the rule ran it is not repeated; only the entities are formed.
 */
function namesIn(article: Article, config: ResolvedConfig): NameEntity[] {
  const rule = config.rules.find((r) => r.rule.id === 'name-consistency');
  return findNames(article, nameListFor(config.names), { ignoreQuotations: rule?.options.ignoreInQuotations === true });
}

function outlineOf(text: string, kind: TextKind, names: NameEntity[]): ArticleOutline {
  const source = new SourceText(text);
  return articleOutline({ article: parseArticle(source.text, kind), source }, { maxBlocks: MAX_OUTLINE_BLOCKS, names: outlineNames(names) });
}

/**
 * Every safe fix applied (the engine's fix loop, as `mudaqqiq --fix` does it), as one edit covering only
 * what changed; none when nothing did.
 */
export function runFix(input: CheckInput, caches: ConfigCaches): TextEdit | undefined {
  const { config, cache } = caches.get(layersFor(input).layers);
  return changedPart(input.text, fixText(input.text, config, { kind: input.kind, cache }).output);
}

/** What changed from `before` to `after`, as one edit of `before`, so markers and the cursor stay put. */
export function changedPart(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let { start, end } = minimalEdit(0, before, after).span;
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && isTrailingUnit(before.charCodeAt(start))) start--;
  while (end < before.length && isTrailingUnit(before.charCodeAt(end))) end++;
  return { span: { start, end }, text: after.slice(start, after.length - (before.length - end)) };
}

function isTrailingUnit(code: number): boolean {
  return (code >= 0xdc00 && code <= 0xdfff) || code === 0x0a;
}
