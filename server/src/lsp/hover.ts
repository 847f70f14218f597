import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { localized, ruleById, ruleDocsUrl, type Locale } from '../engine';
import type { Analysis } from './analyses';
import { rangeOf } from './diagnostics';
import { t } from './strings';

// Hover on a finding: for each rule found there, its message and the rule's explanation (summary,
// rationale, an example and its correction), in the chosen language, with a link to its page. In
// Markdown, or in plain text for a client that cannot show Markdown.

export function hoverAt(document: TextDocument, position: Position, analysis: Analysis, format: MarkupKind): Hover | null {
  const offset = document.offsetAt(position);
  const here = analysis.findings.filter((f) => f.span.start <= offset && (offset < f.span.end || offset === f.span.start));
  if (here.length === 0) return null;
  const locale = analysis.context.locale;
  const sections: string[] = [];
  const seen = new Set<string>();
  for (const finding of here) {
    if (seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    const message = analysis.diagnostics[analysis.findings.indexOf(finding)]?.message ?? '';
    sections.push(explain(finding.ruleId, message, locale, format));
  }
  const first = here[0];
  return {
    contents: { kind: format, value: sections.join(format === MarkupKind.Markdown ? '\n\n---\n\n' : '\n\n') },
    range: rangeOf(document, first.span),
  };
}

export function explain(ruleId: string, message: string, locale: Locale, format: MarkupKind): string {
  const rule = ruleById.get(ruleId)!;
  const { docs } = rule;
  const markdown = format === MarkupKind.Markdown;
  const escape = markdown ? escapeMarkdown : (text: string) => text;
  const lines = [
    markdown ? `**${escape(message)}**` : message,
    '',
    `${markdown ? `\`${ruleId}\`` : ruleId} — ${escape(localized(docs.summary, locale))}`,
    '',
    escape(localized(docs.rationale, locale)),
  ];
  if (docs.bad) lines.push('', `${t('example', locale)}: ${escape(docs.bad)}`);
  if (docs.good) lines.push('', `${t('correction', locale)}: ${escape(docs.good)}`);
  if (docs.notFlagged) lines.push('', `${t('notFlagged', locale)}: ${escape(localized(docs.notFlagged, locale))}`);
  lines.push('', markdown ? `[${t('documentation', locale)}](${ruleDocsUrl(ruleId)})` : `${t('documentation', locale)}: ${ruleDocsUrl(ruleId)}`);
  return lines.join('\n');
}

/** The Markdown punctuation that could change how a rule's text reads (emphasis, code, links, HTML). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}
