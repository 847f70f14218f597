import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { localized, ruleById, ruleDocsUrl, type Locale } from '../engine';
import type { Analysis } from './analyses';
import { rangeOf } from './diagnostics';
import { t } from './strings';

// Hover on a finding: for each rule found there, its message and the rule's explanation (summary,
// rationale, an example and its correction), in the chosen language, with a link to its page.

export function hoverAt(document: TextDocument, position: Position, analysis: Analysis): Hover | null {
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
    sections.push(explain(finding.ruleId, message, locale));
  }
  const first = here[0];
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: rangeOf(document, first.span),
  };
}

export function explain(ruleId: string, message: string, locale: Locale): string {
  const rule = ruleById.get(ruleId)!;
  const { docs } = rule;
  const lines = [
    `**${escape(message)}**`,
    '',
    `\`${ruleId}\` — ${escape(localized(docs.summary, locale))}`,
    '',
    escape(localized(docs.rationale, locale)),
  ];
  if (docs.bad) lines.push('', `${t('example', locale)}: ${escape(docs.bad)}`);
  if (docs.good) lines.push('', `${t('correction', locale)}: ${escape(docs.good)}`);
  if (docs.notFlagged) lines.push('', `${t('notFlagged', locale)}: ${escape(localized(docs.notFlagged, locale))}`);
  lines.push('', `[${t('documentation', locale)}](${ruleDocsUrl(ruleId)})`);
  return lines.join('\n');
}

/** The Markdown punctuation that could change how a rule's text reads (emphasis, code, links, HTML). */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}
