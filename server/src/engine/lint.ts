import { BoundedCache } from './bounded-cache';
import type { ResolvedConfig, ResolvedRule } from './config';
import { Directives } from './directives';
import type { RuleContext } from './rule';
import { parseArticle, type Article, type Paragraph } from './text/article';
import type { TextKind } from './text/prose';
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
  /** The parsed article, in working-text offsets; `source` maps them to the original. */
  article: Article;
  source: SourceText;
}

export function lint(text: string, config: ResolvedConfig, options: LintOptions = {}): LintResult {
  const source = new SourceText(text);
  const article = parseArticle(source.text, options.kind ?? 'plain');
  const directives = new Directives(source.text);
  const findings: Finding[] = [];
  for (const resolved of config.rules) {
    if (resolved.severity === 'off') continue;
    for (const finding of runRule(resolved, article, config, options.cache)) {
      if (directives.isDisabled(finding.ruleId, finding.span.start)) continue;
      findings.push(toOriginal(finding, source));
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, article, source };
}

function runRule(resolved: ResolvedRule, article: Article, config: ResolvedConfig, cache: ParagraphCache | undefined): Finding[] {
  const { rule, options } = resolved;
  const findings: Finding[] = [];
  const context = (sink: Finding[]): RuleContext<Record<string, unknown>> => ({
    article,
    options,
    house: config.house,
    names: config.names,
    sentenceForms: cache?.sentenceForms,
    report: (reported) => sink.push(complete(reported, resolved)),
  });
  if (rule.scope === 'article') {
    rule.checkArticle(context(findings));
    return findings;
  }
  for (const paragraph of article.paragraphs) {
    const tail = cache ? restOfLine(article.source, paragraph.end) : '';
    const cached = cache?.get(rule.id, paragraph, tail);
    if (cached) {
      for (const finding of cached) findings.push(shift(finding, paragraph.start));
      continue;
    }
    const own: Finding[] = [];
    rule.checkParagraph(paragraph, context(own));
    cache?.set(rule.id, paragraph, own.map((f) => shift(f, -paragraph.start)), tail);
    for (const finding of own) findings.push(finding);
  }
  return findings;
}

function complete(reported: ReportedFinding, resolved: ResolvedRule): Finding {
  return {
    ...reported,
    ruleId: resolved.rule.id,
    severity: effectiveSeverity(resolved.severity, reported.confidence),
    fixes: reported.fixes ?? [],
    related: reported.related ?? [],
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
  private readonly entries: BoundedCache<string, Finding[]>;
  readonly sentenceForms = new SentenceFormCache();

  constructor(perGeneration = 25_000) {
    this.entries = new BoundedCache(perGeneration);
  }

  /** `tail`: the rest of the paragraph's last line, where a paragraph rule may flag trailing spaces. */
  get(ruleId: string, paragraph: Paragraph, tail = ''): Finding[] | undefined {
    return this.entries.get(key(ruleId, paragraph, tail));
  }

  set(ruleId: string, paragraph: Paragraph, findings: Finding[], tail = ''): void {
    this.entries.set(key(ruleId, paragraph, tail), findings);
  }
}

function key(ruleId: string, paragraph: Paragraph, tail: string): string {
  return `${ruleId}\u0000${paragraph.isHeadline ? 'h' : 'p'}\u0000${paragraph.text}\u0000${tail}`;
}

/** What follows a paragraph on its last line: blanks, or non-prose such as a heading's closing hashes. */
function restOfLine(source: string, paragraphEnd: number): string {
  const lineEnd = source.indexOf('\n', paragraphEnd);
  return source.slice(paragraphEnd, lineEnd === -1 ? source.length : lineEnd);
}
