import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine';
import type { ArticleOutline, NameKind, OutlineBlock, OutlineName, OutlineQuotation } from '../engine/outline';
import { rangeOf } from './diagnostics';
import { isolatedIfArabic, t } from './strings';

// The article outline as hierarchical document symbols (VS Code's Outline view and breadcrumbs):
// headline, lede and paragraphs, each with its quotations (in Markdown, under the section of their
// heading), then the names group: people, organisations
// and places, each name with its count and the other spellings the article uses, at its first mention.
//
// Names and details holding Arabic are right-to-left isolates: the Outline lays out a row's name and
// detail side by side in a left-to-right line, and two Arabic runs next to each other would otherwise
// be reordered as one (the speaker running into the quotation).

export function documentSymbols(document: TextDocument, outline: ArticleOutline, locale: Locale): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  // A Markdown section holds the blocks after its heading, to the next heading.
  let section: DocumentSymbol | undefined;
  for (const block of outline.blocks) {
    const symbol = blockSymbol(document, block, locale);
    if (block.role === 'section') symbols.push((section = symbol));
    else if (section && block.role !== 'headline') {
      section.children!.push(symbol);
      section.range = { start: section.range.start, end: symbol.range.end };
    } else symbols.push(symbol);
  }
  if (outline.omittedBlocks > 0) {
    const end = document.positionAt(document.getText().length);
    symbols.push({
      name: isolatedIfArabic(t('omittedBlocks', locale, { count: outline.omittedBlocks })),
      kind: SymbolKind.Null,
      range: { start: end, end },
      selectionRange: { start: end, end },
    });
  }
  const names = namesSymbol(document, outline.names, locale);
  if (names) symbols.push(names);
  return symbols;
}

function blockSymbol(document: TextDocument, block: OutlineBlock, locale: Locale): DocumentSymbol {
  const range = rangeOf(document, block.span);
  return {
    name: isolatedIfArabic(block.label || '…'),
    detail: block.role === 'paragraph' ? undefined : isolatedIfArabic(t(block.role, locale)),
    kind: block.role === 'headline' || block.role === 'section' ? SymbolKind.Namespace : SymbolKind.String,
    range,
    selectionRange: range,
    children: block.quotations.map((q) => quotationSymbol(document, q, locale)),
  };
}

/** `speaker: «first words …»`, or the quotation alone when no verb of saying names who said it. */
function quotationSymbol(document: TextDocument, quotation: OutlineQuotation, locale: Locale): DocumentSymbol {
  const range = rangeOf(document, quotation.span);
  const quoted = quotation.label ? `«${quotation.label}»` : t('quotation', locale);
  return {
    name: isolatedIfArabic(quotation.speaker ? `${quotation.speaker}: ${quoted}` : quoted),
    detail: isolatedIfArabic(t('quotation', locale)),
    kind: SymbolKind.Event,
    range,
    selectionRange: range,
  };
}

const NAME_KINDS: NameKind[] = ['person', 'organisation', 'place'];
const NAME_SYMBOL_KIND: Record<NameKind, SymbolKind> = { person: SymbolKind.Constant, organisation: SymbolKind.Struct, place: SymbolKind.Field };

/** The names group; none when the article names nobody (an empty group would only be noise). */
function namesSymbol(document: TextDocument, names: OutlineName[], locale: Locale): DocumentSymbol | undefined {
  const groups: DocumentSymbol[] = [];
  for (const kind of NAME_KINDS) {
    const members = names.filter((n) => n.kind === kind && n.spans.length > 0).map((n) => nameSymbol(document, n));
    if (members.length > 0) groups.push(groupSymbol(isolatedIfArabic(t(kind, locale)), SymbolKind.Namespace, members));
  }
  return groups.length > 0 ? groupSymbol(isolatedIfArabic(t('names', locale)), SymbolKind.Package, groups) : undefined;
}

/** One name, at its first mention: choosing it goes there. Detail: `3 · واشنطون، واشنطن`. */
function nameSymbol(document: TextDocument, name: OutlineName): DocumentSymbol {
  const first = rangeOf(document, name.spans[0]);
  const detail = name.variants.length > 0 ? `${name.count} · ${name.variants.join('، ')}` : String(name.count);
  return { name: isolatedIfArabic(name.name), detail: isolatedIfArabic(detail), kind: NAME_SYMBOL_KIND[name.kind], range: first, selectionRange: first };
}

/** A group spans its members (a symbol's range holds its children's) and selects the first of them. */
function groupSymbol(name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol {
  const range: Range = {
    start: children.map((c) => c.range.start).reduce((a, b) => (before(b, a) ? b : a)),
    end: children.map((c) => c.range.end).reduce((a, b) => (before(a, b) ? b : a)),
  };
  return { name, kind, range, selectionRange: children[0].selectionRange, children };
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * The outline for a client without hierarchicalDocumentSymbolSupport: the same symbols as a flat list,
 * each naming the one it sits in (LSP: such a client takes SymbolInformation[]).
 */
export function flatSymbols(uri: string, symbols: readonly DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((symbol) => [
    { name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.range }, ...(container === undefined ? {} : { containerName: container }) },
    ...flatSymbols(uri, symbol.children ?? [], symbol.name),
  ]);
}
