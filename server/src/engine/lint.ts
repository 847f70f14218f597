import { BoundedCache } from './bounded-cache';
import type { ResolvedConfig, ResolvedRule } from './config';
import { Directives, type Suppression } from './directives';
import type { RuleContext } from './rule';
import { parseArticle, type Article, type Paragraph } from './text/article';
import { OPAQUE, type TextKind } from './text/prose';
import { SentenceFormCache } from './text/sentence-forms';
import { SourceText } from './text/source';
import type { Finding, Fix, ReportedFinding, Severity, SeveritySetting, Span } from './types';

export interface LintOptions {
  kind?: TextKind;
  /** Keeps paragraph-rule results between runs over edited versions of a text (the language server). */
  cache?: ParagraphCache;
}

export interface LintResult {
  findings: Finding[];
  /** Findings an inline directive silences, with its reason: for reports that keep them (ESLint's json). */
  suppressed: SuppressedFinding[];
  /** The parsed article, in working-text offsets; `source` maps them to the original. */
  article: Article;
  source: SourceText;
}

/** A finding an inline directive silences. */
export interface SuppressedFinding extends Suppression {
  finding: Finding;
}

export function lint(text: string, config: ResolvedConfig, options: LintOptions = {}): LintResult {
  const source = new SourceText(text);
  const article = parseArticle(source.text, options.kind ?? 'plain');
  const directives = new Directives(source.text);
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  // One cache entry per paragraph, looked up once for all the paragraph rules.
  const cached = options.cache && article.paragraphs.map((p) => options.cache!.findingsFor(p, article, restOfLine(article.source, p.end)));
  for (const resolved of config.rules) {
    if (resolved.severity === 'off') continue;
    for (const finding of runRule(resolved, article, config, options.cache?.sentenceForms, cached)) {
      const original = toOriginal(finding, source);
      const suppression = directives.suppressionAt(finding.ruleId, finding.span.start);
      if (suppression) suppressed.push({ finding: original, justification: suppression.justification });
      else findings.push(original);
    }
  }
  findings.sort(inTextOrder);
  suppressed.sort((a, b) => inTextOrder(a.finding, b.finding));
  return { findings, suppressed, article, source };
}

function inTextOrder(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId);
}

function runRule(
  resolved: ResolvedRule,
  article: Article,
  config: ResolvedConfig,
  sentenceForms: SentenceFormCache | undefined,
  cachedByParagraph: Map<string, Finding[]>[] | undefined,
): Finding[] {
  const { rule, options } = resolved;
  const findings: Finding[] = [];
  let sink = findings;
  const context: RuleContext<Record<string, unknown>> = {
    article,
    options,
    house: config.house,
    names: config.names,
    sentenceForms,
    report: (reported) => sink.push(complete(reported, resolved)),
  };
  if (rule.scope === 'article') {
    rule.checkArticle(context);
    return findings;
  }
  const { paragraphs } = article;
  if (!cachedByParagraph) {
    for (const paragraph of paragraphs) rule.checkParagraph(paragraph, context);
    return findings;
  }
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    const byRule = cachedByParagraph[index];
    const cached = byRule.get(rule.id);
    if (cached) {
      for (const finding of cached) findings.push(shift(finding, paragraph.start));
      continue;
    }
    sink = [];
    rule.checkParagraph(paragraph, context);
    byRule.set(rule.id, sink.map((f) => shift(f, -paragraph.start)));
    for (const finding of sink) findings.push(finding);
    sink = findings;
  }
  return findings;
}

/** Every finding gets the same fields in the same order, so the code reading findings sees one object shape. */
function complete(reported: ReportedFinding, resolved: ResolvedRule): Finding {
  return {
    ruleId: resolved.rule.id,
    span: reported.span,
    messageId: reported.messageId,
    data: reported.data,
    severity: effectiveSeverity(resolved.severity, reported.confidence),
    fixes: reported.fixes ?? [],
    related: reported.related ?? [],
    confidence: reported.confidence,
  };
}

function effectiveSeverity(setting: SeveritySetting, confidence: Finding['confidence']): Severity {
  const severity = setting === 'off' ? 'info' : setting;
  if (confidence !== 'medium') return severity;
  return severity === 'error' ? 'warning' : 'info';
}

function mapFinding(finding: Finding, mapSpan: (span: Span) => Span, mapFix: (fix: Fix) => Fix): Finding {
  return {
    ...finding,
    span: mapSpan(finding.span),
    fixes: finding.fixes.map(mapFix),
    related: finding.related.map((r) => ({ ...r, span: mapSpan(r.span) })),
  };
}

function shift(finding: Finding, delta: number): Finding {
  const move = (span: Span): Span => ({ start: span.start + delta, end: span.end + delta });
  return mapFinding(finding, move, (fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, span: move(e.span) })) }));
}

function toOriginal(finding: Finding, source: SourceText): Finding {
  if (source.text === source.original) return finding; // LF and no BOM: the offsets are the original's
  return mapFinding(
    finding,
    (span) => source.span(span),
    (fix) => ({ ...fix, edits: fix.edits.map((e) => source.edit(e)) }),
  );
}

/**
 * Paragraph-rule findings keyed by the paragraph's text, stored relative to its start, so an edit
 * re-checks only the paragraphs it touched; and the sentence forms the article rules compare. One cache
 * serves one configuration; bounded in entries.
 */
export class ParagraphCache {
  private readonly entries: BoundedCache<string, Map<string, Finding[]>>;
  readonly sentenceForms = new SentenceFormCache();

  constructor(paragraphsPerGeneration = 10_000) {
    this.entries = new BoundedCache(paragraphsPerGeneration);
  }

  /**
   * The findings of each paragraph rule on this paragraph, by rule id; empty for a paragraph not seen
   * before. `tail`: the rest of the paragraph's last line, where a rule may flag trailing spaces. A masked
   * run reads OPAQUE whatever it holds, and a rule may ask the source what that is (a tag, an address):
   * a paragraph with one is keyed by its source too. The kind is in the key: two spaces at a line end
   * inside a paragraph are a Markdown line break, and trailing spaces in hard-wrapped plain text.
   */
  findingsFor(paragraph: Paragraph, article: Article, tail: string): Map<string, Finding[]> {
    const masked = paragraph.text.includes(OPAQUE) ? article.source.slice(paragraph.start, paragraph.end) : '';
    const key = `${article.kind}${paragraph.isHeadline ? 'h' : 'p'}\u0000${paragraph.text}\u0000${tail}\u0000${masked}`;
    let byRule = this.entries.get(key);
    if (!byRule) {
      byRule = new Map();
      this.entries.set(key, byRule);
    }
    return byRule;
  }
}

/** What follows a paragraph on its last line: blanks, or non-prose such as a heading's closing hashes. */
function restOfLine(source: string, paragraphEnd: number): string {
  const lineEnd = source.indexOf('\n', paragraphEnd);
  return source.slice(paragraphEnd, lineEnd === -1 ? source.length : lineEnd);
}
