import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine';
import type { ArticleOutline, NameKind, OutlineBlock, OutlineName, OutlineQuotation } from '../engine/outline';
import { rangeOf } from './diagnostics';
import { t } from './strings';

// The article outline as hierarchical document symbols (VS Code's Outline view and breadcrumbs):
// headline, lede and paragraphs, each with its quotations, then the names group once the names rule
// provides names (an empty group would only be noise in the Outline).

export function documentSymbols(document: TextDocument, outline: ArticleOutline, locale: Locale): DocumentSymbol[] {
  const symbols = outline.blocks.map((block) => blockSymbol(document, block, locale));
  if (outline.omittedBlocks > 0) {
    const end = document.positionAt(document.getText().length);
    symbols.push({
      name: t('omittedBlocks', locale, { count: outline.omittedBlocks }),
      kind: SymbolKind.Null,
      range: { start: end, end },
      selectionRange: { start: end, end },
    });
  }
  if (outline.names.length > 0) symbols.push(namesSymbol(document, outline.names, locale));
  return symbols;
}

function blockSymbol(document: TextDocument, block: OutlineBlock, locale: Locale): DocumentSymbol {
  const range = rangeOf(document, block.span);
  return {
    name: block.label || '…',
    detail: block.role === 'paragraph' ? undefined : t(block.role, locale),
    kind: block.role === 'headline' ? SymbolKind.Namespace : SymbolKind.String,
    range,
    selectionRange: range,
    children: block.quotations.map((q) => quotationSymbol(document, q, locale)),
  };
}

function quotationSymbol(document: TextDocument, quotation: OutlineQuotation, locale: Locale): DocumentSymbol {
  const range = rangeOf(document, quotation.span);
  return {
    name: quotation.speaker ?? (quotation.label ? `«${quotation.label}»` : t('quotation', locale)),
    detail: quotation.speaker ? `«${quotation.label}»` : t('quotation', locale),
    kind: SymbolKind.Event,
    range,
    selectionRange: range,
  };
}

const NAME_KINDS: NameKind[] = ['person', 'organisation', 'place'];

function namesSymbol(document: TextDocument, names: OutlineName[], locale: Locale): DocumentSymbol {
  const whole = rangeOf(document, { start: 0, end: document.getText().length });
  const groups = NAME_KINDS.flatMap((kind) => {
    const members = names.filter((n) => n.kind === kind);
    if (members.length === 0) return [];
    return [{
      name: t(kind, locale),
      kind: SymbolKind.Namespace,
      range: whole,
      selectionRange: rangeOf(document, members[0].spans[0] ?? { start: 0, end: 0 }),
      children: members.map((name) => {
        const first = rangeOf(document, name.spans[0] ?? { start: 0, end: 0 });
        return {
          name: name.name,
          detail: [t('nameCount', locale, { count: name.count }), ...name.variants].join(' · '),
          kind: kind === 'person' ? SymbolKind.Constant : kind === 'place' ? SymbolKind.Field : SymbolKind.Struct,
          range: first,
          selectionRange: first,
        };
      }),
    }];
  });
  return { name: t('names', locale), kind: SymbolKind.Package, range: whole, selectionRange: groups[0].selectionRange, children: groups };
}
