import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, resolveConfig } from '../engine';
import { articleOutline } from '../engine/outline';
import { documentSymbols } from './symbols';

function symbolsOf(text: string): DocumentSymbol[] {
  const document = TextDocument.create('untitled:a.md', 'markdown', 1, text);
  return documentSymbols(document, articleOutline(lint(text, resolveConfig(), { kind: 'markdown' })), 'en');
}

/** Each symbol by its name without isolates, the lines its range spans and its children but quotations. */
const shown = (symbol: DocumentSymbol): unknown[] => [
  symbol.name.replace(/[\u2066-\u2069]/g, ''),
  `${symbol.range.start.line}-${symbol.range.end.line}`,
  ...(symbol.children?.length ? [symbol.children.filter((c) => c.detail !== 'quotation').map(shown)] : []),
];

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
});
