import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigCaches, runCheck } from './check';
import { documentSymbols } from './symbols';

/** The outline as the server makes it, names and all. */
function symbolsOf(text: string, kind: 'markdown' | 'plain' = 'markdown'): DocumentSymbol[] {
  const document = TextDocument.create('untitled:a.md', kind === 'markdown' ? 'markdown' : 'arabic-news', 1, text);
  return documentSymbols(document, runCheck({ text, kind, layers: [] }, new ConfigCaches()).outline(), 'en');
}

/** Each symbol by its name without isolates, the lines its range spans and its children but quotations. */
const shown = (symbol: DocumentSymbol): unknown[] => [
  symbol.name.replace(/[\u2066-\u2069]/g, ''),
  `${symbol.range.start.line}-${symbol.range.end.line}`,
  ...(symbol.children?.length ? [symbol.children.filter((c) => c.detail !== 'quotation').map(shown)] : []),
];

const at = (p: Position) => `${p.line}:${p.character}`;
const notAfter = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const covers = (outer: Range, inner: Range) => notAfter(outer.start, inner.start) && notAfter(inner.end, outer.end);

/**
 * How an editor reads the ranges (VS Code's Outline orders siblings by position; its breadcrumbs and
 * sticky scroll take the first sibling whose range holds the cursor, then its children): siblings in
 * document order without overlap, each symbol's range holding its children's. The names are the
 * exception by design: their groups hold no text.
 */
function assertWellNested(symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  symbols.forEach((symbol, i) => {
    assert.ok(covers(symbol.range, symbol.selectionRange), `${symbol.name}: its selection within its range`);
    if (i > 0) assert.ok(notAfter(symbols[i - 1].range.end, symbol.range.start), `${symbol.name} after ${symbols[i - 1].name}, apart from it`);
    if (parent) assert.ok(covers(parent.range, symbol.range), `${symbol.name} within ${parent.name}`);
    if (symbol.name !== 'Names') assertWellNested(symbol.children ?? [], symbol);
  });
}

describe('document symbols', () => {
  it('nests Markdown sections by level, each spanning its blocks and its subsections', () => {
    const text = [
      'الحكومة تقر موازنة العام المقبل', // 0
      '===============================',
      '',
      'أقر مجلس الوزراء الموازنة.', // 3
      '',
      'ردود الفعل', // 5
      '----------',
      '',
      'رحبت النقابات بالموازنة.', // 8
      '',
      '### موقف المعارضة', // 10
      '',
      'رفضت المعارضة الموازنة.', // 12
      '',
      '**في البرلمان**', // 14
      '',
      'تبدأ المناقشة غدا.', // 16
      '',
      '## الخلفية', // 18
      '',
      'بدأ النقاش قبل شهرين.', // 20
    ].join('\n');
    assertWellNested(symbolsOf(text));
    assert.deepEqual(symbolsOf(text).map(shown), [
      ['الحكومة تقر موازنة العام المقبل', '0-0'],
      ['أقر مجلس الوزراء الموازنة.', '3-3'],
      [
        'ردود الفعل',
        '5-16',
        [
          ['رحبت النقابات بالموازنة.', '8-8'],
          ['موقف المعارضة', '10-16', [['رفضت المعارضة الموازنة.', '12-12'], ['في البرلمان', '14-16', [['تبدأ المناقشة غدا.', '16-16']]]]],
        ],
      ],
      ['الخلفية', '18-20', [['بدأ النقاش قبل شهرين.', '20-20']]],
    ]);
  });

  it("names an interview's questions and answers by who speaks them, and says which they are", () => {
    const text = '# الوزير: لا ضرائب جديدة\n\n**حاوره: سامر الخطيب**\n\nحاورت «الصحيفة» وزير المالية سامي العلي.\n\nس: هل تفرضون ضرائب جديدة؟\n\nج: لا، وقلت للنواب: «لن نحمل المواطن كلفة الأخطاء».\n';
    const [, , , question, answer] = symbolsOf(text);
    const plain = (s: string | undefined) => s?.replace(/[\u2066-\u2069]/g, '');
    assert.deepEqual(
      [question, answer].map((s) => [plain(s.name), plain(s.detail)]),
      [
        ['سامر الخطيب: هل تفرضون ضرائب جديدة؟', 'question · paragraph 2'],
        ['وزير المالية سامي العلي: لا، وقلت للنواب: «لن نحمل المواطن …', 'answer · paragraph 3'],
      ],
    );
    assert.equal(plain(answer.children?.[0].name), 'وزير المالية سامي العلي: «لن نحمل المواطن كلفة الأخطاء»');
  });

  it('selects a section by its heading, not by all it spans', () => {
    const [, section] = symbolsOf('# العنوان\n\n## خلفية\n\nبدأ النقاش قبل شهرين.\n');
    assert.deepEqual([section.selectionRange.start.line, section.selectionRange.end.line, section.range.end.line], [2, 2, 4]);
  });

  it('puts the names after the last block, in an empty range, each name at its first mention', () => {
    const plain = 'وفد أردني يزور واشنطن\n\nوصل وفد أردني برئاسة وزير الخارجية خالد العمري إلى واشنطن، الأحد، لبحث التعاون بين البلدين.\n\nوقال العمري إن المباحثات بين عمّان وواشنطون ستتواصل يومين.\n';
    const markdown = '# وفد أردني يزور واشنطن\n\n## الزيارة\n\nوصل وفد أردني برئاسة وزير الخارجية خالد العمري إلى واشنطن، الأحد.\n\n## المباحثات\n\nوقال العمري إن المباحثات بين عمّان وواشنطون ستتواصل يومين.\n';
    for (const [text, kind, end] of [
      [plain, 'plain', '4:58'],
      [markdown, 'markdown', '8:58'],
    ] as const) {
      const symbols = symbolsOf(text, kind);
      assertWellNested(symbols);
      const names = symbols.at(-1)!;
      assert.equal(names.name, 'Names');
      assert.equal(at(symbols.at(-2)!.range.end), end, 'the last block ends there');
      const groups = [names, ...names.children!];
      assert.deepEqual(groups.map((g) => [g.name, at(g.range.start), at(g.range.end), at(g.selectionRange.start)]), [
        ['Names', end, end, end],
        ['People', end, end, end],
        ['Places', end, end, end],
      ]);
      const firstMention = (s: DocumentSymbol) => [s.name.replace(/[\u2066-\u2069]/g, ''), text.split('\n')[s.range.start.line].slice(s.range.start.character, s.range.end.character), s.range.start.line];
      assert.deepEqual(names.children!.flatMap((g) => g.children!).map(firstMention), [
        ['خالد العمري', 'خالد العمري', kind === 'plain' ? 2 : 4],
        ['واشنطن', 'واشنطن', 0],
      ]);
    }
  });
});
