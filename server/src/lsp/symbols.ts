import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine';
import type { ArticleOutline, NameKind, OutlineBlock, OutlineName, OutlineQuotation } from '../engine/outline';
import { rangeOf } from './diagnostics';
import { isolatedIfArabic, t } from './strings';

// The article outline as hierarchical document symbols (VS Code's Outline view and breadcrumbs):
// headline, byline, lede and paragraphs (numbered from the lede, as a desk counts them; an interview's
// questions and answers named by who speaks them, `سامي العلي: لن نفرض …`, detail `answer · paragraph 4`), each with its
// quotations (in Markdown, under the section of their heading), then the names group: people,
// organisations and places, each group with how many names it holds, each name with its count and the
// other spellings the article uses, at its first mention.
//
// The names group and its kinds are no part of the text's structure: they take an empty range after
// the last block. A range over the mentions would overlap the paragraphs and start among them: the
// Outline, which orders by position, would show the group after the headline, and breadcrumbs and sticky
// scroll would put the cursor in it. So the groups do not hold their names' ranges (VS Code nests by
// `children`, and LSP asks no more); the cursor on a mention is in its paragraph.
//
// Names and details holding Arabic are right-to-left isolates: the Outline lays out a row's name and
// detail side by side in a left-to-right line, and two Arabic runs next to each other would otherwise
// be reordered as one (the speaker running into the quotation).

export function documentSymbols(document: TextDocument, outline: ArticleOutline, locale: Locale): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  // A Markdown section holds the blocks after its heading, to the next heading of its level or a higher
  // one (a `###` sits in the `##` before it), and spans them all.
  const sections: { level: number; symbol: DocumentSymbol }[] = [];
  let paragraphs = 0;
  for (const block of outline.blocks) {
    if (block.role === 'lede' || block.role === 'paragraph') paragraphs++;
    const symbol = blockSymbol(document, block, paragraphs, locale);
    const level = block.level ?? 0;
    // The headline stands above every section.
    if (block.role === 'headline') sections.length = 0;
    else if (block.role === 'section') while (sections.length > 0 && sections.at(-1)!.level >= level) sections.pop();
    (sections.at(-1)?.symbol.children ?? symbols).push(symbol);
    for (const open of sections) open.symbol.range = { start: open.symbol.range.start, end: symbol.range.end };
    if (block.role === 'section') sections.push({ level, symbol });
  }
  const end = document.positionAt(document.getText().length);
  if (outline.omittedBlocks > 0) {
    symbols.push({
      name: isolatedIfArabic(t('omittedBlocks', locale, { count: outline.omittedBlocks })),
      kind: SymbolKind.Null,
      range: { start: end, end },
      selectionRange: { start: end, end },
    });
  }
  const lastBlock = outline.blocks.at(-1);
  const afterBlocks = lastBlock && outline.omittedBlocks === 0 ? document.positionAt(lastBlock.span.end) : end;
  const names = namesSymbol(document, outline.names, locale, { start: afterBlocks, end: afterBlocks });
  if (names) symbols.push(names);
  return symbols;
}

/** `number`: the paragraph's place in the article, the lede's 1. */
function blockSymbol(document: TextDocument, block: OutlineBlock, number: number, locale: Locale): DocumentSymbol {
  const range = rangeOf(document, block.span);
  const label = block.label || '…';
  const role = block.role === 'paragraph' ? t('paragraph', locale, { number }) : t(block.role, locale);
  return {
    name: isolatedIfArabic(block.speaker ? `${block.speaker}: ${label}` : label),
    detail: isolatedIfArabic(block.turn ? `${t(block.turn, locale)} · ${role}` : role),
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

/** The names group, at `at`; none when the article names nobody (an empty group would only be noise). */
function namesSymbol(document: TextDocument, names: OutlineName[], locale: Locale, at: Range): DocumentSymbol | undefined {
  const groups: DocumentSymbol[] = [];
  for (const kind of NAME_KINDS) {
    const members = names.filter((n) => n.kind === kind && n.spans.length > 0).map((n) => nameSymbol(document, n));
    if (members.length > 0) groups.push(groupSymbol(isolatedIfArabic(t(kind, locale)), SymbolKind.Namespace, members, members.length, at));
  }
  const count = groups.reduce((sum, group) => sum + group.children!.length, 0);
  return groups.length > 0 ? groupSymbol(isolatedIfArabic(t('names', locale)), SymbolKind.Package, groups, count, at) : undefined;
}

/** One name, at its first mention: choosing it goes there. Detail: `3 · واشنطون، واشنطن`. */
function nameSymbol(document: TextDocument, name: OutlineName): DocumentSymbol {
  const first = rangeOf(document, name.spans[0]);
  const detail = name.variants.length > 0 ? `${name.count} · ${name.variants.join('، ')}` : String(name.count);
  return { name: isolatedIfArabic(name.name), detail: isolatedIfArabic(detail), kind: NAME_SYMBOL_KIND[name.kind], range: first, selectionRange: first };
}

/** `names`: how many it holds. */
function groupSymbol(name: string, kind: SymbolKind, children: DocumentSymbol[], names: number, at: Range): DocumentSymbol {
  return { name, detail: String(names), kind, range: at, selectionRange: at, children };
}

/**
 * The outline for a client without hierarchicalDocumentSymbolSupport: the same symbols as a flat list,
 * each naming the one it sits in (LSP: such a client takes SymbolInformation[]). SymbolInformation has no
 * detail, so the name carries it: `واشنطن (3 · واشنطون)`, a paragraph's role or number.
 */
export function flatSymbols(uri: string, symbols: readonly DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((symbol) => [
    {
      name: symbol.detail ? `${symbol.name} (${symbol.detail})` : symbol.name,
      kind: symbol.kind,
      location: { uri, range: symbol.range },
      ...(container === undefined ? {} : { containerName: container }),
    },
    ...flatSymbols(uri, symbol.children ?? [], symbol.name),
  ]);
}
