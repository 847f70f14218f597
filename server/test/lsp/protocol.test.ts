// Protocol tests: the built server (dist/server.js, run `npm run build` first) spawned over stdio and
// driven as an editor drives it. Assertions stay on the tatweel rule, whose findings are fixed; other
// rules may add findings of their own to the same texts without breaking these tests.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Command, Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { frame, rejectsWithCode, ROOT, TestClient } from './client';

const ARTICLE = readFileSync(join(ROOT, 'test-fixtures', 'lsp', 'article.news'), 'utf8');
/** Turns the duplicate rules off for the rest of a text made of copies, whose errors would be the diagnostics kept. */
const NO_DUPLICATES = '<!-- mudaqqiq-disable duplicate-sentence near-duplicate-sentence -->\n';
const FIXED = ARTICLE.replace(/\u0640+/g, '');
const tatweel = (items: Diagnostic[]) => items.filter((d) => d.code === 'tatweel');
/** Arabic in a left-to-right list row: one right-to-left isolate. */
const rli = (text: string) => `\u2067${text}\u2069`;

function covered(text: string, d: Diagnostic): string {
  const document = TextDocument.create('x:', 'x', 0, text);
  return text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end));
}

async function codeActions(client: TestClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
}

function rejectsWithInvalidParams(client: TestClient, method: string, params: unknown): Promise<void> {
  return rejectsWithCode(client.connection.sendRequest(method, params), -32602, `${method} ${JSON.stringify(params)}`);
}

/** Applies a code action's edit through the client mirror and waits until the server has the new version. */
async function apply(client: TestClient, uri: string, action: CodeAction | undefined): Promise<string> {
  assert.ok(action?.edit, 'no such code action');
  assert.ok(client.applyWorkspaceEdit(action.edit), 'edit not applicable');
  return client.text(uri);
}

describe('language server over stdio (pull diagnostics)', () => {
  let client: TestClient;
  let settings: Record<string, unknown> = {};

  before(async () => {
    client = await TestClient.start({ pull: true, settings: () => settings });
  });
  after(async () => client.stop());

  it('announces incremental sync, pull diagnostics, code actions, hover, symbols, rename and commands', () => {
    const { capabilities, serverInfo } = client.initializeResult;
    assert.equal(serverInfo?.name, 'mudaqqiq-language-server');
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(capabilities.diagnosticProvider, { identifier: 'mudaqqiq', interFileDependencies: false, workspaceDiagnostics: false });
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.mudaqqiq'] });
    assert.equal(capabilities.hoverProvider, true);
    assert.ok(capabilities.documentSymbolProvider);
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    assert.deepEqual(capabilities.executeCommandProvider, { commands: ['mudaqqiq.fixAll', 'mudaqqiq.checkWorkspace', 'mudaqqiq.applyEdit'] });
  });

  it('registers the config-file watcher and configuration changes dynamically', async () => {
    await client.until(() => client.registrations.length >= 2, 3000, 'registrations');
    assert.deepEqual([...client.registrations].sort(), ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
  });

  it('pulls diagnostics with code, documentation link, source, severity, message and fixes in data', async () => {
    const uri = 'untitled:pull-1';
    await client.open(uri, ARTICLE);
    const items = tatweel(await client.pullItems(uri));
    assert.deepEqual(items.map((d) => [d.range.start.line, covered(ARTICLE, d)]), [
      [0, 'ـــ'],
      [2, 'ـــ'],
    ]);
    const [first] = items;
    assert.equal(first.source, 'mudaqqiq');
    assert.equal(first.severity, 2);
    assert.equal(first.codeDescription?.href, 'https://github.com/mudaqqiq/mudaqqiq/blob/main/docs/rules/tatweel.md');
    assert.equal(first.message, 'Decorative tatweel (kashida) in “\u2068الحكومـــة\u2069”: remove it.');
    assert.deepEqual(first.data, { fixes: [{ title: 'Remove the tatweel', safe: true, edits: [{ range: first.range, newText: '' }] }] });
    const status = await client.until(() => client.statuses.find((s) => s.uri === uri && !s.busy), 3000, 'status');
    assert.ok(status.warnings >= 2);
  });

  it('answers "unchanged" for an unchanged document and a full report after an incremental change', async () => {
    const uri = 'untitled:pull-2';
    await client.open(uri, ARTICLE);
    const firstReport = await client.pull(uri);
    assert.equal(firstReport.kind, 'full');
    const again = await client.pull(uri, firstReport.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: firstReport.resultId });

    await client.replace(uri, 'الحكومـــة،', 'الحكومة،');
    await client.replace(uri, 'في مؤتمر صحفي', 'في مؤتمـــر صحفي');
    const changed = await client.pull(uri, firstReport.resultId);
    assert.equal(changed.kind, 'full');
    assert.notEqual(changed.resultId, firstReport.resultId);
    const text = client.text(uri);
    assert.deepEqual(tatweel(changed.items!).map((d) => [d.range.start.line, covered(text, d)]), [
      [0, 'ـــ'],
      [4, 'ـــ'],
    ]);
  });

  it('gives a full report for a document closed and opened again with another text, its version back at 1', async () => {
    const uri = 'untitled:reopened';
    await client.open(uri, ARTICLE);
    const before = await client.pull(uri);
    assert.equal(tatweel(before.items!).length, 2);
    await client.close(uri);
    await client.open(uri, FIXED);
    const after = await client.pull(uri, before.resultId);
    assert.equal(after.kind, 'full');
    assert.notEqual(after.resultId, before.resultId);
    assert.deepEqual(tatweel(after.items!), []);
  });

  it('takes a document opened again without a close as a new text, though its version is the same', async () => {
    const uri = 'untitled:opened-twice';
    await client.open(uri, ARTICLE);
    assert.equal(tatweel(await client.pullItems(uri)).length, 2);
    await client.open(uri, FIXED);
    assert.deepEqual(tatweel(await client.pullItems(uri)), []);
  });

  it('offers a preferred quick fix that removes the tatweel', async () => {
    const uri = 'untitled:actions-1';
    await client.open(uri, ARTICLE);
    const [first] = tatweel(await client.pullItems(uri));
    const actions = await codeActions(client, uri, [first]);
    const fix = actions.find((a) => a.title === 'Remove the tatweel');
    assert.equal(fix?.kind, 'quickfix');
    assert.equal(fix?.isPreferred, true);
    const text = await apply(client, uri, fix);
    assert.equal(text, ARTICLE.replace('الحكومـــة تقر', 'الحكومة تقر'));
    assert.deepEqual(tatweel(await client.pullItems(uri)).map((d) => d.range.start.line), [2]);
  });

  it('fixes all problems of one rule in the file', async () => {
    const uri = 'untitled:actions-2';
    await client.open(uri, ARTICLE);
    const items = tatweel(await client.pullItems(uri));
    const actions = await codeActions(client, uri, [items[0]]);
    const text = await apply(client, uri, actions.find((a) => a.title === 'Fix all tatweel problems in this file'));
    assert.equal(text, FIXED);
  });

  it('keeps a fix of many edits out of the diagnostic and takes it from the check when asked', async () => {
    const uri = 'untitled:actions-everywhere';
    const sentences = [...Array(30).fill('وصل الوفد إلى واشنطن أمس.'), ...Array(25).fill('وقال مسؤول في واشنطون إن المباحثات ستطول.')];
    const text = `<!-- mudaqqiq-disable duplicate-sentence near-duplicate-sentence -->\nوفد يزور واشنطن\n${sentences.join('\n')}\n`;
    await client.open(uri, text);
    const names = (await client.pullItems(uri)).filter((d) => d.code === 'name-consistency');
    assert.equal(names.length, 25);
    const everywhere = (names[0].data as { fixes: object[] }).fixes[1];
    assert.equal('edits' in everywhere, false, 'the 25 edits stay on the server');
    const actions = await codeActions(client, uri, [names[0]]);
    assert.equal(await apply(client, uri, actions.find((a) => a.title.endsWith('everywhere in this article'))), text.replaceAll('واشنطون', 'واشنطن'));
  });

  it('fixes a diagnostic the client names as the server checked the text now open, not by the edits the client sends', async () => {
    const uri = 'untitled:actions-reopened';
    await client.open(uri, ARTICLE);
    const [old] = tatweel(await client.pullItems(uri));
    // Closed and opened again at version 1 with another text, as editors that restart versions do.
    await client.close(uri);
    const other = `سطر أول\n${ARTICLE}`;
    await client.open(uri, other);
    const [current] = tatweel(await client.pullItems(uri));
    const fromOldText = await codeActions(client, uri, [old]);
    const removeTatweel = fromOldText.find((a) => a.title === 'Remove the tatweel');
    if (removeTatweel) assert.equal(await apply(client, uri, removeTatweel), other.replace(covered(other, current), ''));
    // Made-up edits in a diagnostic's data are not sent back.
    const forged = { ...current, data: { fixes: [{ title: 'Remove the tatweel', safe: true, edits: [{ range: { start: { line: 99, character: 0 }, end: { line: 0, character: 3 } }, newText: 'x' }] }] } };
    const actions = await codeActions(client, uri, [forged]);
    const edits = actions.flatMap((a) => Object.values(a.edit?.changes ?? {}).flat().concat((a.edit?.documentChanges ?? []).flatMap((c) => ('edits' in c ? c.edits : []))));
    assert.ok(edits.length > 0 && edits.every((e) => e.range.start.line <= e.range.end.line && e.range.end.line < other.split('\n').length));
  });

  it('disables the rule for one line, keeping the line\'s indentation', async () => {
    const uri = 'untitled:actions-3';
    const indented = ARTICLE.replace('أعلنت', '  أعلنت');
    await client.open(uri, indented);
    const second = tatweel(await client.pullItems(uri))[1];
    const actions = await codeActions(client, uri, [second]);
    const text = await apply(client, uri, actions.find((a) => a.title === 'Disable tatweel for this line'));
    assert.equal(text, indented.replace('  أعلنت', '  <!-- mudaqqiq-disable-next-line tatweel -->\n  أعلنت'));
    assert.deepEqual(tatweel(await client.pullItems(uri)).map((d) => d.range.start.line), [0]);
  });

  it('disables a second rule for a line in the directive already there, which a second directive line would cut off', async () => {
    const uri = 'untitled:actions-3b';
    const silenced = ARTICLE.replace('أعلنت الحكومـــة، الثلاثاء،', '<!-- mudaqqiq-disable-next-line hamza -->\nأعلنت الحكومـــة، الثلاثاء، الى');
    await client.open(uri, silenced);
    const second = tatweel(await client.pullItems(uri))[1];
    const actions = await codeActions(client, uri, [second]);
    const text = await apply(client, uri, actions.find((a) => a.title === 'Disable tatweel for this line'));
    assert.equal(text, silenced.replace('next-line hamza', 'next-line hamza tatweel'));
    const items = await client.pullItems(uri);
    assert.deepEqual(tatweel(items).map((d) => d.range.start.line), [0]);
    assert.deepEqual(items.filter((d) => d.code === 'hamza'), []);
  });

  it('disables the rule for a line that goes on with a Markdown paragraph at the end of the line before, leaving the paragraph whole', async () => {
    const uri = 'untitled:actions-3c.md';
    const wrapped = `# ${ARTICLE}`.replace('«سنبدأ بالمدارس', '«سنبدأ\nبالمـــدارس');
    await client.open(uri, wrapped, 'markdown');
    const onWrappedLine = tatweel(await client.pullItems(uri))[2];
    assert.equal(onWrappedLine.range.start.line, 5);
    const actions = await codeActions(client, uri, [onWrappedLine]);
    const text = await apply(client, uri, actions.find((a) => a.title === 'Disable tatweel for this line'));
    assert.equal(text, wrapped.replace('«سنبدأ\n', '«سنبدأ <!-- mudaqqiq-disable-next-line tatweel -->\n'));
    const items = await client.pullItems(uri);
    assert.deepEqual(tatweel(items).map((d) => d.range.start.line), [0, 2]);
    assert.deepEqual(items.filter((d) => d.code === 'unbalanced-quotes'), [], 'the quotation is still one');
  });

  it('disables the rule for a Markdown list item, table row or quoted line on the line itself, for a directive line would split the list, table or quote', async () => {
    const cases: [string, string, string][] = [
      // A tight list.
      ['- وصل الوفد إلى القاهرة.\n- أعلنت الحكومـــة خطة.\n', 'خطة.\n', 'خطة. <!-- mudaqqiq-disable-line tatweel -->\n'],
      // A loose list.
      ['1. وصل الوفد إلى القاهرة.\n\n2. أعلنت الحكومـــة خطة.\n', 'خطة.\n', 'خطة. <!-- mudaqqiq-disable-line tatweel -->\n'],
      // The first item after a paragraph, its hard line break kept.
      ['مقدمة الخبر.\n\n- أعلنت الحكومـــة خطة.  \n- وصل الوفد.\n', 'خطة.  \n', 'خطة. <!-- mudaqqiq-disable-line tatweel -->  \n'],
      // A table row: inside its last cell.
      ['| البلد | الموقف |\n|---|---|\n| الأردن | رحب |\n| مصر | أعلنت الحكومـــة خطة |\n', 'خطة |', 'خطة <!-- mudaqqiq-disable-line tatweel --> |'],
      // The first row under the delimiter row.
      ['| البلد | الموقف |\n|---|---|\n| مصر | أعلنت الحكومـــة خطة |\n', 'خطة |', 'خطة <!-- mudaqqiq-disable-line tatweel --> |'],
      // The second paragraph of a block quote: a directive line between its paragraphs would make two quotes of it.
      ['> قال الوزير إن الخطة جاهزة.\n>\n> وأضاف أن الحكومـــة ستبدأ غدا.\n', 'غدا.\n', 'غدا. <!-- mudaqqiq-disable-line tatweel -->\n'],
      // A quote nested in a quote.
      ['> قال الوزير:\n>\n> > أعلنت الحكومـــة خطة.\n', 'خطة.\n', 'خطة. <!-- mudaqqiq-disable-line tatweel -->\n'],
      // A row silenced for another rule already: the rule joins that directive.
      [
        '| البلد | الموقف |\n|---|---|\n| مصر | أعلنت الحكومـــة خطة الى <!-- mudaqqiq-disable-line hamza --> |\n',
        'disable-line hamza -->',
        'disable-line hamza tatweel -->',
      ],
    ];
    for (const [index, [body, from, to]] of cases.entries()) {
      const uri = `untitled:actions-structure-${index}.md`;
      const markdown = `# عنوان الخبر\n\n${body}`;
      await client.open(uri, markdown, 'markdown');
      const items = tatweel(await client.pullItems(uri));
      assert.equal(items.length, 1, body);
      const actions = await codeActions(client, uri, items);
      const text = await apply(client, uri, actions.find((a) => a.title === 'Disable tatweel for this line'));
      assert.equal(text, markdown.replace(from, to), body);
      const after = await client.pullItems(uri);
      assert.deepEqual(tatweel(after), [], body);
      assert.deepEqual(after.filter((d) => d.code === 'hamza'), [], body);
    }
  });

  it('disables the rule for a line that goes on with a hard-wrapped plain-text paragraph at the end of the line before', async () => {
    const uri = 'untitled:actions-3d.txt';
    const wrapped = readFileSync(join(ROOT, 'test-fixtures', 'hard-wrapped.clean.txt'), 'utf8').replace('لا نملك خيارا', 'لا نملك خيـــارا');
    await client.open(uri, wrapped, 'plaintext');
    const [onWrappedLine] = tatweel(await client.pullItems(uri));
    assert.equal(onWrappedLine.range.start.line, 15);
    const actions = await codeActions(client, uri, [onWrappedLine]);
    const text = await apply(client, uri, actions.find((a) => a.title === 'Disable tatweel for this line'));
    assert.equal(text, wrapped.replace('ذروة الصيف، لكننا\n', 'ذروة الصيف، لكننا <!-- mudaqqiq-disable-next-line tatweel -->\n'));
    const items = await client.pullItems(uri);
    assert.deepEqual(tatweel(items), []);
    assert.deepEqual(items.filter((d) => d.code === 'unbalanced-quotes'), [], 'the quotation is still one');
  });

  it('disables the rule for the file, after Markdown front matter', async () => {
    const uri = 'untitled:actions-4.md';
    const markdown = `---\ntitle: إعمار\n---\n# ${ARTICLE}`;
    await client.open(uri, markdown, 'markdown');
    const items = tatweel(await client.pullItems(uri));
    assert.equal(items.length, 2);
    const actions = await codeActions(client, uri, [items[1]]);
    const text = await apply(client, uri, actions.find((a) => a.title === 'Disable tatweel for this file'));
    assert.equal(text, `---\ntitle: إعمار\n---\n<!-- mudaqqiq-disable tatweel -->\n# ${ARTICLE}`);
    assert.deepEqual(tatweel(await client.pullItems(uri)), []);
  });

  it('warns at a rule id a directive names that no rule has, with no quick fix of a rule\'s', async () => {
    const uri = 'untitled:unknown-directive-rule';
    const text = `<!-- mudaqqiq-disable tatweel, hamzah -->\n${ARTICLE}`;
    await client.open(uri, text);
    const items = await client.pullItems(uri);
    const slips = items.filter((d) => d.code === undefined);
    assert.deepEqual(slips.map((d) => [covered(text, d), d.severity, d.source]), [['hamzah', 2, 'mudaqqiq']]);
    assert.match(slips[0].message, /^“hamzah” is no Mudaqqiq rule, so this directive silences nothing\. The rules: duplicate-sentence, /);
    assert.deepEqual(tatweel(items), [], 'the directive still silences the rule it names rightly');
    assert.deepEqual(await codeActions(client, uri, slips), []);
  });

  it('warns at a directive whose own name is mistyped, naming the directives', async () => {
    const uri = 'untitled:mistyped-directive';
    const text = `<!-- mudaqqiq-disable-nextline tatweel -->\n${ARTICLE}`;
    await client.open(uri, text);
    const slips = (await client.pullItems(uri)).filter((d) => d.code === undefined);
    assert.deepEqual(slips.map((d) => [covered(text, d), d.severity]), [['mudaqqiq-disable-nextline', 2]]);
    assert.equal(slips[0].message, '“mudaqqiq-disable-nextline” is no Mudaqqiq directive, so it silences nothing. The directives: mudaqqiq-disable, mudaqqiq-enable, mudaqqiq-disable-line, mudaqqiq-disable-next-line');
  });

  it('disables the rule for the file after the front matter of a Markdown file that starts with a BOM', async () => {
    const uri = 'untitled:actions-5.md';
    const markdown = `\uFEFF---\ntitle: إعمار\n---\n# ${ARTICLE}`;
    await client.open(uri, markdown, 'markdown');
    const items = tatweel(await client.pullItems(uri));
    const actions = await codeActions(client, uri, [items[0]]);
    const text = await apply(client, uri, actions.find((a) => a.title === 'Disable tatweel for this file'));
    assert.equal(text, `\uFEFF---\ntitle: إعمار\n---\n<!-- mudaqqiq-disable tatweel -->\n# ${ARTICLE}`);
  });

  it('disables the rule for the first line of a file that starts with a BOM after the BOM, which stays first', async () => {
    for (const [uri, languageId, first] of [
      ['untitled:actions-6.md', 'markdown', '# الحكومـــة تقر خطة'],
      ['untitled:actions-7.md', 'markdown', '- الحكومـــة تقر خطة'],
      ['untitled:actions-8.txt', 'plaintext', 'الحكومـــة تقر خطة'],
    ]) {
      const body = ARTICLE.slice(ARTICLE.indexOf('\n'));
      await client.open(uri, `\uFEFF${first}${body}`, languageId);
      const [onFirstLine] = tatweel(await client.pullItems(uri));
      assert.equal(onFirstLine.range.start.line, 0);
      const actions = await codeActions(client, uri, [onFirstLine]);
      const text = await apply(client, uri, actions.find((a) => a.title === 'Disable tatweel for this line'));
      const expected = first.startsWith('- ') ? `${first} <!-- mudaqqiq-disable-line tatweel -->` : `<!-- mudaqqiq-disable-next-line tatweel -->\n${first}`;
      assert.equal(text, `\uFEFF${expected}${body}`, uri);
      assert.deepEqual(tatweel(await client.pullItems(uri)).map((d) => d.range.start.line), [expected.includes('\n') ? 3 : 2], uri);
    }
  });

  it('gives source.fixAll.mudaqqiq for editor.codeActionsOnSave, and the mudaqqiq.fixAll command', async () => {
    const uri = 'untitled:fix-all-1';
    await client.open(uri, ARTICLE);
    await client.pullItems(uri);
    const [action] = await codeActions(client, uri, [], ['source.fixAll']);
    assert.equal(action.kind, 'source.fixAll.mudaqqiq');
    assert.equal(await apply(client, uri, action), FIXED);
    assert.deepEqual(await codeActions(client, uri, [], ['source.fixAll']), []);

    const other = 'untitled:fix-all-2';
    await client.open(other, ARTICLE);
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'mudaqqiq.fixAll', arguments: [other] });
    assert.deepEqual(result, { applied: true });
    assert.equal(client.text(other), FIXED);
    assert.deepEqual(tatweel(await client.pullItems(other)), []);
  });

  it('tells the writer, in the document\'s language, and logs it when the editor fails the fix-all edit', async () => {
    const arabic = await TestClient.start({ pull: true, locale: 'ar' });
    try {
      const uri = 'untitled:fix-all-failed';
      await arabic.open(uri, ARTICLE);
      arabic.applyEditError = 'the file is read-only';
      const result = await arabic.connection.sendRequest('workspace/executeCommand', { command: 'mudaqqiq.fixAll', arguments: [uri] });
      assert.deepEqual(result, { applied: false, failureReason: 'the file is read-only' });
      const told = await arabic.until(() => arabic.messages.find((m) => m.type === 2), 3000, 'a warning');
      assert.equal(told.message, rli('مدقق: لم يطبّق المحرر التعديل، فلم يتغير شيء (\u2068the file is read-only\u2069).'));
      assert.ok(arabic.logs.includes('workspace/applyEdit: the client did not apply the edit: the file is read-only'), arabic.logs.join('\n'));
      assert.equal(arabic.text(uri), ARTICLE);
    } finally {
      await arabic.stop();
    }
  });

  it('outlines the article: headline, lede, numbered paragraphs, quotations named by their speaker, names with counts', async () => {
    const uri = 'untitled:symbols';
    await client.open(uri, ARTICLE);
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail ?? '', s.range.start.line, (s.children ?? []).map((c) => [c.name, c.detail])]),
      [
        [rli('الحكومـــة تقر خطة لإعادة إعمار الأحياء المتضررة'), 'headline', 0, []],
        [rli('أعلنت الحكومـــة، الثلاثاء، خطة لإعادة إعمار …'), 'lede', 2, []],
        [rli('وقال وزير الإسكان سالم الراشد في …'), 'paragraph 2', 4, [[rli('وزير الإسكان سالم الراشد: «سنبدأ بالمدارس والمستشفيات قبل نهاية العام»'), 'quotation']]],
        [rli('وأضاف: «التمويل متوفر، والعمل سيبدأ فور …'), 'paragraph 3', 6, [[rli('وزير الإسكان سالم الراشد: «التمويل متوفر، والعمل سيبدأ فور انتهاء …»'), 'quotation']]],
        [rli('ويقدر خبراء كلفة الإعمار بنحو ثلاثة …'), 'paragraph 4', 8, []],
        ['Names', '1', 8, [['People', '1']]],
      ],
    );
  });

  it('outlines a Markdown article by its sections: each heading holds the blocks after it', async () => {
    const uri = 'untitled:symbols.md';
    const text = '# وزير الخارجية يبحث الأزمة في جنيف\n\n## خلفية\n\nالتقى الوزير بعدد من المسؤولين في جنيف لبحث الأزمة.\n\n## تفاصيل\n\nوشملت المحادثات ملف اللاجئين.\n';
    await client.open(uri, text, 'markdown');
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.filter((s) => s.name !== 'Names').map((s) => [s.name, s.detail ?? '', s.range.start.line, s.range.end.line, (s.children ?? []).map((c) => [c.name, c.detail ?? ''])]),
      [
        [rli('وزير الخارجية يبحث الأزمة في جنيف'), 'headline', 0, 0, []],
        [rli('خلفية'), 'section', 2, 4, [[rli('التقى الوزير بعدد من المسؤولين في …'), 'lede']]],
        [rli('تفاصيل'), 'section', 6, 8, [[rli('وشملت المحادثات ملف اللاجئين.'), 'paragraph 2']]],
      ],
    );
  });

  it('explains a finding on hover, with an example and its correction', async () => {
    const uri = 'untitled:hover';
    await client.open(uri, ARTICLE);
    const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 7 } });
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(value, /Flags the tatweel character/);
    assert.match(value, /Example: أعلنت الحكومـــة عن خطة جديدة\./);
    assert.match(value, /Corrected: أعلنت الحكومة عن خطة جديدة\./);
    assert.match(value, /\(https:\/\/github\.com\/mudaqqiq\/mudaqqiq\/blob\/main\/docs\/rules\/tatweel\.md\)/);
    assert.deepEqual(hover.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 9 } });
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } });
    assert.equal(nothing, null);
  });

  it('re-checks on configuration change: severity, rule off, locale', async () => {
    const uri = 'untitled:config';
    await client.open(uri, ARTICLE);
    assert.equal(tatweel(await client.pullItems(uri))[0].severity, 2);

    const refreshes = client.refreshes;
    settings = { rules: { tatweel: 'error' }, locale: 'ar' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.refreshes > refreshes, 3000, 'diagnostic refresh');
    const [first] = tatweel(await client.pullItems(uri));
    assert.equal(first.severity, 1);
    assert.equal(first.message, rli('مدّة زخرفية (تطويل) داخل الكلمة «\u2068الحكومـــة\u2069»: احذفها.'), 'an Arabic message reads right to left, full stop last');
    const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: first.range.start });
    assert.match((hover.contents as MarkupContent).value, /يرصد حرف التطويل/);

    settings = { rules: { tatweel: 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(tatweel(await client.pullItems(uri)), []);

    settings = { enable: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await client.pullItems(uri), []);
    settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('checks plain text and Markdown only when mostly Arabic, and only listed languages', async () => {
    await client.open('untitled:arabic.txt', ARTICLE, 'plaintext');
    assert.equal(tatweel(await client.pullItems('untitled:arabic.txt')).length, 2);
    await client.open('untitled:english.txt', `An English note that quotes one Arabic word: الحكومـــة.\n${'More English text here. '.repeat(5)}`, 'plaintext');
    assert.deepEqual(await client.pullItems('untitled:english.txt'), []);
    const statusOf = (uri: string) => client.until(() => client.statuses.find((s) => s.uri === uri && !s.busy), 3000, `status of ${uri}`);
    assert.equal((await statusOf('untitled:english.txt')).checked, false, 'the status item must not say "No problems" of a text it left alone');
    assert.equal((await statusOf('untitled:arabic.txt')).checked, true);
    await client.open('untitled:code.py', ARTICLE, 'python');
    assert.deepEqual(await client.pullItems('untitled:code.py'), []);
    // The Latin of directives is no prose: a short article with two of them is still checked.
    const directed = 'خبر قصير\n<!-- mudaqqiq-disable-next-line repeated-word -- quoted as said -->\nقال «نعم نعم».\n<!-- mudaqqiq-disable-next-line hamza -->\nأعلنت الحكومـــة خطة.\n';
    await client.open('untitled:directed.txt', directed, 'plaintext');
    assert.equal(tatweel(await client.pullItems('untitled:directed.txt')).length, 1);
  });

  it('reads .mudaqqiq.json walking up from the file and reloads it when the watcher reports a change', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mudaqqiq-lsp-'));
    try {
      writeFileSync(join(folder, '.mudaqqiq.json'), JSON.stringify({ rules: { tatweel: 'error' } }));
      const uri = pathToFileURL(join(folder, 'nested', 'article.news')).toString();
      await client.open(uri, ARTICLE);
      assert.deepEqual(tatweel(await client.pullItems(uri)).map((d) => d.severity), [1, 1]);

      writeFileSync(join(folder, '.mudaqqiq.json'), '{ // comments are allowed\n "rules": { "tatweel": "info" } }');
      const refreshes = client.refreshes;
      const configUri = pathToFileURL(join(folder, '.mudaqqiq.json')).toString();
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      await client.until(() => client.refreshes > refreshes, 3000, 'diagnostic refresh');
      assert.deepEqual(tatweel(await client.pullItems(uri)).map((d) => d.severity), [3, 3]);

      writeFileSync(join(folder, '.mudaqqiq.json'), '{ "rules": { "no-such-rule": "error" } }');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      assert.deepEqual(tatweel(await client.pullItems(uri)).map((d) => d.severity), [2, 2], 'an invalid config file falls back to the defaults');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('checks article files on disk with progress and publishes their diagnostics', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mudaqqiq-ws-'));
    try {
      writeFileSync(join(folder, 'one.news'), ARTICLE);
      writeFileSync(join(folder, 'two.txt'), '\uFEFFعنوان الخبر\nوصل الوزيـــر إلى العاصمة.\n');
      writeFileSync(join(folder, 'notes.json'), '{}');
      const folderUri = pathToFileURL(folder).toString();
      const result = await client.connection.sendRequest('workspace/executeCommand', {
        command: 'mudaqqiq.checkWorkspace',
        arguments: [{ folder: folderUri }],
        workDoneToken: 'check-1',
      });
      const { files, checked, warnings } = result as { files: number; checked: number; warnings: number };
      assert.deepEqual([files, checked], [2, 2]);
      assert.ok(warnings >= 3);
      const two = client.published.get(`${folderUri}/two.txt`);
      assert.deepEqual(tatweel(two!.diagnostics).map((d) => d.range), [{ start: { line: 1, character: 9 }, end: { line: 1, character: 12 } }]);
      assert.equal(tatweel(client.published.get(`${folderUri}/one.news`)!.diagnostics).length, 2);
      const kinds = client.progress.filter((p) => (p as { token: string }).token === 'check-1').map((p) => (p as { value: { kind: string } }).value.kind);
      assert.equal(kinds[0], 'begin');
      assert.equal(kinds[kinds.length - 1], 'end');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('checks a document too large for the main thread in the worker, answering other requests meanwhile', async () => {
    const big = 'untitled:big.news';
    const paragraph = 'وقال المتحدث باسم الوزارة إن الفرق الفنية تواصل عملها في المناطق المتضررة منذ أيام.\n';
    const text = `${ARTICLE}\n${NO_DUPLICATES}${paragraph.repeat(Math.ceil(400_000 / paragraph.length))}`;
    await client.open(big, text);
    const small = 'untitled:small.news';
    await client.open(small, ARTICLE);
    const pulled = client.pullItems(big);
    const started = Date.now();
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: small } });
    const answeredIn = Date.now() - started;
    assert.ok(answeredIn < 1000, `documentSymbol took ${answeredIn} ms`);
    // The worker makes the diagnostics: the same as the main thread's for the article both texts begin with.
    const fromWorker = tatweel(await pulled);
    assert.equal(fromWorker.length, 2);
    assert.deepEqual(fromWorker, tatweel(await client.pullItems(small)));
    const status = await client.until(() => client.statuses.find((s) => s.uri === big && s.busy), 3000, 'busy status');
    assert.equal(status.busy, true);
  });

  it('passes a text of over a million characters, its diagnostics and its fixed text between the threads intact', async () => {
    // One sentence over and over: the duplicate rules would flag every copy and their fixes remove them.
    const headline = '<!-- mudaqqiq-disable duplicate-sentence near-duplicate-sentence -->\nعنوان الخبر\n';
    const sentence = 'وأعلنت الحكومـــة الثلاثاء خطة جديدة لإعادة إعمار الأحياء المتضررة من السيول في الشتاء.\n';
    const one = 'untitled:one-sentence.news';
    await client.open(one, headline + sentence);
    const [expected] = tatweel(await client.pullItems(one));
    const big = 'untitled:sentences.news';
    const copies = Math.ceil(1_100_000 / sentence.length);
    await client.open(big, headline + sentence.repeat(copies));
    const items = tatweel(await client.pullItems(big));
    assert.ok(items.length > 500, `${items.length} tatweel diagnostics`);
    // The same diagnostic on every line, in text order, as the main thread makes it for the first.
    const onLine = (line: number) => JSON.parse(JSON.stringify(expected).replaceAll('"line":2,', `"line":${line},`)) as Diagnostic;
    assert.deepEqual(items, items.map((_, i) => onLine(i + 2)));
    const [fixAll] = await codeActions(client, big, [], ['source.fixAll']);
    assert.equal(await apply(client, big, fixAll), headline + sentence.replace('ـــ', '').repeat(copies));
  });

  it('answers bad requests with an error or an empty result and keeps serving', async () => {
    const send = (method: string, params: unknown) => client.connection.sendRequest(method, params);
    const rejects = (method: string, params: unknown) => rejectsWithInvalidParams(client, method, params);
    const uri = 'untitled:bad';
    await client.open(uri, ARTICLE);
    // Unknown document: empty results.
    assert.equal(await send('textDocument/hover', { textDocument: { uri: 'untitled:nowhere' }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await send('textDocument/documentSymbol', { textDocument: { uri: 'untitled:nowhere' } }), []);
    assert.deepEqual(await send('textDocument/diagnostic', { textDocument: { uri: 'untitled:nowhere' } }), { kind: 'full', items: [] });
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    assert.deepEqual(await send('textDocument/codeAction', { textDocument: { uri: 'untitled:nowhere' }, range, context: { diagnostics: [] } }), []);
    // Positions out of range: nothing there.
    assert.equal(await send('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: 0 } }), null);
    assert.equal(await send('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 9999 } }), null);
    // Malformed params: InvalidParams.
    await rejects('textDocument/hover', {});
    await rejects('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 0 } });
    await rejects('textDocument/hover', { textDocument: { uri }, position: { line: 'one', character: 0 } });
    await rejects('textDocument/documentSymbol', { textDocument: { uri: 42 } });
    await rejects('textDocument/diagnostic', { textDocument: null });
    await rejects('textDocument/codeAction', { textDocument: { uri }, range });
    await rejects('textDocument/codeAction', { textDocument: { uri }, range: { start: range.end, end: range.start }, context: { diagnostics: [] } });
    await rejects('workspace/executeCommand', { command: 'mudaqqiq.fixAll', arguments: [] });
    await rejects('workspace/executeCommand', { command: 'mudaqqiq.checkWorkspace', arguments: [['https://example.com/a.news']] });
    await rejects('workspace/executeCommand', { command: 'mudaqqiq.noSuchCommand' });
    await rejects('textDocument/prepareRename', { textDocument: { uri } });
    await rejects('textDocument/prepareRename', { textDocument: { uri }, position: { line: 0, character: 1.5 } });
    await rejects('textDocument/rename', { textDocument: { uri }, position: { line: -1, character: 0 }, newName: 'بغداد' });
    await rejects('textDocument/rename', { textDocument: {}, position: { line: 0, character: 0 }, newName: 'بغداد' });
    // Unknown documents and positions past the end for rename: nothing to rename, or an error that says so.
    assert.equal(await send('textDocument/prepareRename', { textDocument: { uri: 'untitled:nowhere' }, position: { line: 0, character: 0 } }), null);
    assert.equal(await send('textDocument/rename', { textDocument: { uri: 'untitled:nowhere' }, position: { line: 0, character: 0 }, newName: 'بغداد' }), null);
    assert.equal(await send('textDocument/prepareRename', { textDocument: { uri }, position: { line: 999, character: 0 } }), null);
    assert.equal(await send('textDocument/rename', { textDocument: { uri }, position: { line: 999, character: 0 }, newName: 'بغداد' }), null);
    await rejectsWithCode(send('textDocument/prepareRename', { textDocument: { uri }, position: { line: 0, character: 9999 } }), -32803, 'prepareRename past the line');
    // A file: URI of no open document, and ranges past the end: empty, or the actions of what the range does reach.
    assert.deepEqual(await send('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere/article.news' } }), []);
    const past = { line: 999, character: 0 };
    assert.deepEqual(await send('textDocument/codeAction', { textDocument: { uri }, range: { start: past, end: past }, context: { diagnostics: [] } }), []);
    const reaching = (await send('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: past }, context: { diagnostics: [] } })) as CodeAction[];
    assert.ok(reaching.some((a) => a.title === 'Remove the tatweel'));
    // Notifications about documents the server does not know, and garbage, are ignored.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'untitled:nowhere', version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'untitled:nowhere' } });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 'none' });
    // A code action with a diagnostic from elsewhere and stale data.
    const stale = { range, message: 'x', source: 'mudaqqiq', code: 'tatweel', data: { version: -5, fixes: 'no' } };
    assert.ok(Array.isArray(await send('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [stale] } })));
    // Still serving.
    assert.equal(tatweel(await client.pullItems(uri)).length, 2);
    assert.equal(client.child.exitCode, null);
  });

  it('answers malformed params with InvalidParams, never an internal error, and ignores a didOpen without text', async () => {
    const uri = 'untitled:malformed';
    await client.open(uri, ARTICLE);
    const position = { line: 0, character: 7 };
    const range = { start: position, end: position };
    const nullParams = await client.sendRaw('textDocument/hover', null);
    assert.equal(nullParams.error?.code, -32602, JSON.stringify(nullParams));
    await rejectsWithInvalidParams(client, 'textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [null] } });
    // A diagnostic of ours but for its range, which is compared with the server's.
    const [ours] = tatweel(await client.pullItems(uri));
    await rejectsWithInvalidParams(client, 'textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [{ ...ours, range: null }] } });
    await rejectsWithInvalidParams(client, 'workspace/executeCommand', { command: 'mudaqqiq.checkWorkspace', arguments: 'file:///tmp' });
    await rejectsWithInvalidParams(client, 'workspace/executeCommand', { command: 'mudaqqiq.checkWorkspace', arguments: ['file://h/x'] });

    const noText = 'untitled:no-text';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: noText, languageId: 'arabic-news', version: 1 } });
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: noText }, position }), null);
    assert.deepEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: noText } }), []);
    assert.deepEqual(await client.pull(noText), { kind: 'full', items: [] });
    assert.ok(client.logs.some((line) => line.startsWith('ignored textDocument/didOpen')), client.logs.join('\n'));
    await client.open(noText, ARTICLE);
    assert.equal(tatweel(await client.pullItems(noText)).length, 2);
  });

  it('checks a document whose file: URI names no local path (a host, an encoded slash) as an untitled one', async () => {
    for (const uri of ['file://fileserver/share/a.news', 'file:///tmp/a%2Fb.news']) {
      await client.open(uri, ARTICLE);
      assert.equal(tatweel(await client.pullItems(uri)).length, 2, uri);
      const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 7 } });
      assert.match((hover.contents as MarkupContent).value, /tatweel/, uri);
      const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      assert.equal(symbols[0].detail, 'headline', uri);
    }
  });

  it('holds rule settings to the config file\'s schema: a bad option falls back to its default, reported once', async () => {
    // The rule's own example of a long sentence: over the default limit of 40 words.
    const long = 'وقال المتحدث باسم وزارة الموارد المائية في مؤتمر صحافي عقده في بغداد يوم الاثنين إن الوزارة ستبدأ الأسبوع المقبل تنفيذ خطة لتوزيع الحصص المائية على المحافظات الجنوبية بعد أن تراجعت مناسيب نهري دجلة والفرات إلى أدنى مستوياتها منذ عقود بسبب قلة الأمطار وبناء السدود في دول المنبع.';
    const text = `${ARTICLE}\n${long}\n`;
    const longSentences = async (uri: string) => (await client.pullItems(uri)).filter((d) => d.code === 'long-sentence');
    /** The limit a message names (an isolate, for right-to-left text). */
    const limitIn = (message: string) => message.match(/limit of \u2068(.*?)\u2069/)?.[1];
    const configure = async (maxWords: unknown) => {
      settings = { rules: { 'long-sentence': ['info', { maxWords }] } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    };
    try {
      await configure(5);
      await client.open('untitled:long-1', text);
      assert.ok((await longSentences('untitled:long-1')).every((d) => limitIn(d.message) === '5'), 'a good option is taken');

      for (const [maxWords, problem] of [['x', 'must be integer'], [-5, 'must be >= 1'], [3.5, 'must be integer']] as const) {
        await configure(maxWords);
        const reported = () => client.logs.filter((line) => line.startsWith(`mudaqqiq.rules.long-sentence: option maxWords ${problem} (got ${JSON.stringify(maxWords)})`));
        const found = await longSentences('untitled:long-1');
        assert.deepEqual(found.map((d) => [d.severity, limitIn(d.message)]), [[3, '40']], `maxWords ${maxWords}`);
        await client.open(`untitled:long-${maxWords}`, text);
        assert.equal((await longSentences(`untitled:long-${maxWords}`)).length, 1);
        assert.equal(reported().length, 1, client.logs.join('\n'));
      }
    } finally {
      settings = {};
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }
  });

  it('logs a message it cannot read, answers a body that is not JSON with a parse error, and keeps serving', async () => {
    const uri = 'untitled:after-garbage';
    client.child.stdin!.write(frame('{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": '));
    client.child.stdin!.write('Content-Type: text/plain\r\n\r\n');
    await client.open(uri, ARTICLE);
    assert.equal(tatweel(await client.pullItems(uri)).length, 2);
    const logged = client.logs.filter((line) => line.startsWith('could not read a message'));
    assert.equal(logged.length, 2, logged.join('\n'));
    assert.match(logged[0], /JSON/);
    assert.match(logged[1], /Content-Length/);
    assert.deepEqual(client.responsesWithoutId.map((r) => r.error?.code), [-32700]);
  });

  it('answers a message with an id but no method with InvalidRequest, and ignores one without an id', { timeout: 10_000 }, async () => {
    for (const fields of [{}, { method: 42 }, { method: null, params: {} }]) {
      const response = await client.sendRawMessage(fields);
      assert.equal(response.error?.code, -32600, JSON.stringify(response));
      assert.match(response.error?.message ?? '', /not a JSON-RPC request/);
    }
    client.child.stdin!.write(frame('{"jsonrpc": "2.0", "id": true, "method": "textDocument/hover"}'));
    client.child.stdin!.write(frame('[1, 2]'));
    const uri = 'untitled:after-malformed';
    await client.open(uri, ARTICLE);
    assert.equal(tatweel(await client.pullItems(uri)).length, 2);
    const ignored = client.logs.filter((line) => line.startsWith('ignored a message that is not JSON-RPC'));
    assert.deepEqual(ignored, ['ignored a message that is not JSON-RPC: textDocument/hover with the id true', 'ignored a message that is not JSON-RPC: [1,2]']);
  });

  it('keeps diagnostics on the tatweel through ranged edits of a CRLF text with a BOM and astral characters, one edit splitting a surrogate pair', async () => {
    const uri = 'untitled:crlf-astral';
    await client.open(uri, `\uFEFF📰 ${ARTICLE.replace(/\n/g, '\r\n').replace('أعلنت', '📌 أعلنت')}`);
    const document = client.documents.get(uri)!;
    const onTatweel = async (count: number, what: string) => {
      const items = tatweel(await client.pullItems(uri));
      assert.equal(items.length, count, what);
      for (const d of items) assert.equal(covered(client.text(uri), d), 'ـــ', what);
    };
    await onTatweel(2, 'opened');
    const at = (offset: number) => document.positionAt(offset);
    // Between the two halves of 📌, then out again: the text is whole again.
    const pin = client.text(uri).indexOf('📌') + 1;
    await client.change(uri, [{ range: { start: at(pin), end: at(pin) }, newText: 'خبر ' }]);
    await onTatweel(2, 'a surrogate pair split');
    await client.change(uri, [{ range: { start: at(pin), end: at(pin + 4) }, newText: '' }]);
    await onTatweel(2, 'the pair joined again');
    // A line break added and one taken away before the tatweel of the lede, and a tatweel typed after it.
    await client.replace(uri, 'الثلاثاء، ', 'الثلاثاء،\r\n');
    await client.replace(uri, '\r\n\r\nوقال', ' وقال');
    await client.replace(uri, 'مؤتمر', 'مؤتمـــر');
    await onTatweel(3, 'lines added and removed');
  });

  it('takes a change that sends the whole text', async () => {
    const uri = 'untitled:whole';
    await client.open(uri, ARTICLE);
    assert.equal(tatweel(await client.pullItems(uri)).length, 2);
    await client.changeAll(uri, FIXED);
    assert.deepEqual(tatweel(await client.pullItems(uri)), []);
    await client.changeAll(uri, ARTICLE);
    assert.equal(tatweel(await client.pullItems(uri)).length, 2);
  });
});

describe('language server process', () => {
  it('exits when its input ends: 0 after a shutdown request, 1 without', async () => {
    const plain = await TestClient.start();
    assert.equal(await plain.endInput(), 1);
    const shutDown = await TestClient.start();
    await shutDown.connection.sendRequest('shutdown');
    assert.equal(await shutDown.endInput(), 0);
    await Promise.all([plain.stop(), shutDown.stop()]);
  });

  it('serves over Node IPC, the VS Code client\'s transport', async () => {
    const client = await TestClient.start({ pull: true, settings: () => ({}), transport: 'ipc' });
    const uri = 'untitled:ipc.news';
    await client.open(uri, ARTICLE);
    assert.equal(tatweel(await client.pullItems(uri)).length, 2);
    const exited = new Promise((resolve) => client.child.once('exit', resolve));
    await client.stop();
    assert.equal(await exited, 0);
  });
});

describe('language server for a client that answers workspace/configuration with null, as Neovim does', () => {
  it('keeps the settings of initializationOptions, and an empty didChangeConfiguration changes nothing', async () => {
    const client = await TestClient.start({ pull: false, settings: () => null, initializationOptions: { rules: { tatweel: 'error' } } });
    try {
      const uri = 'untitled:null-configuration';
      await client.open(uri, ARTICLE);
      const opened = await client.until(() => client.published.get(uri), 3000, 'diagnostics on open');
      assert.deepEqual(tatweel(opened.diagnostics).map((d) => d.severity), [1, 1]);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await client.replace(uri, 'ويقدر', 'ويقدّر');
      const changed = await client.until(() => (client.published.get(uri)?.version === 2 ? client.published.get(uri) : undefined), 3000, 'diagnostics after edit');
      assert.deepEqual(tatweel(changed.diagnostics).map((d) => d.severity), [1, 1]);
    } finally {
      await client.stop();
    }
  });
});

describe('language server over stdio (push diagnostics, no workspace/configuration)', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ pull: false, initializationOptions: { mudaqqiq: { locale: 'ar', rules: { tatweel: 'error' } } } });
  });
  after(async () => client.stop());

  it('does not offer pull diagnostics', () => {
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
  });

  it('publishes on open and after a typing pause, with settings from initializationOptions', async () => {
    const uri = 'untitled:push';
    await client.open(uri, ARTICLE);
    const opened = await client.until(() => client.published.get(uri), 3000, 'diagnostics on open');
    assert.equal(opened.version, 1);
    const items = tatweel(opened.diagnostics);
    assert.deepEqual(items.map((d) => d.severity), [1, 1]);
    assert.match(items[0].message, /^\u2067مدّة زخرفية/);

    await client.replace(uri, 'الحكومـــة تقر', 'الحكومة تقر');
    await client.replace(uri, 'أعلنت الحكومـــة', 'أعلنت الحكومة');
    const changed = await client.until(() => (client.published.get(uri)?.version === 3 ? client.published.get(uri) : undefined), 3000, 'diagnostics after edit');
    assert.deepEqual(tatweel(changed.diagnostics), []);
    assert.equal(client.statuses.filter((s) => s.uri === uri && s.version === 2).length, 0, 'the version typed over was never checked');
  });

  it('takes pushed settings from didChangeConfiguration and clears diagnostics on close', async () => {
    const uri = 'untitled:push-2';
    await client.open(uri, ARTICLE);
    await client.until(() => client.published.get(uri), 3000, 'diagnostics on open');
    client.published.delete(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { mudaqqiq: { rules: { tatweel: 'info' } } } });
    const after = await client.until(() => client.published.get(uri), 3000, 'diagnostics after configuration change');
    assert.deepEqual(tatweel(after.diagnostics).map((d) => d.severity), [3, 3]);
    assert.match(tatweel(after.diagnostics)[0].message, /^Decorative tatweel/, 'locale auto: the client said en');
    client.published.delete(uri);
    await client.close(uri);
    const closed = await client.until(() => client.published.get(uri), 3000, 'cleared diagnostics');
    assert.deepEqual(closed.diagnostics, []);
  });
});

describe('language server for a client that watches no files for it, as Neovim 0.7-0.9 (and 0.10+ on Linux)', () => {
  let client: TestClient;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'mudaqqiq-unwatched-'));
    mkdirSync(join(folder, 'nested'));
    client = await TestClient.start({
      capabilities: {
        textDocument: { synchronization: { didSave: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
        workspace: { applyEdit: true, workspaceFolders: true },
        // Neovim 0.10+ offers these, UTF-8 first.
        general: { positionEncodings: ['utf-8', 'utf-32', 'utf-16'] },
      },
    });
  });

  it('counts characters in UTF-16 code units, the encoding every client takes, whatever else it offers', async () => {
    assert.ok([undefined, 'utf-16'].includes(client.initializeResult.capabilities.positionEncoding));
    const uri = 'untitled:astral.news';
    // Two astral characters (two UTF-16 units, four UTF-8 bytes each) before the tatweel on its line.
    await client.open(uri, `${ARTICLE}\n📌 وصل 🇮🇶 الوزيـــر.\n`);
    const published = await client.until(() => client.published.get(uri), 3000, 'diagnostics');
    const line = ARTICLE.split('\n').length;
    assert.deepEqual(tatweel(published.diagnostics).at(-1)?.range, { start: { line, character: 17 }, end: { line, character: 20 } });
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads .mudaqqiq.json again when a document is saved or opened after the file changed, was created or broke', async () => {
    assert.deepEqual(client.registrations, []);
    writeFileSync(join(folder, '.mudaqqiq.json'), JSON.stringify({ rules: { tatweel: 'error' } }));
    const uri = pathToFileURL(join(folder, 'nested', 'article.news')).toString();
    const severities = async (what: string, expected: number[], save = true) => {
      client.published.delete(uri);
      if (save) await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
      const published = await client.until(() => client.published.get(uri), 3000, what);
      assert.deepEqual(tatweel(published.diagnostics).map((d) => d.severity), expected, what);
    };
    await client.open(uri, ARTICLE);
    await severities('on open', [1, 1], false);

    writeFileSync(join(folder, '.mudaqqiq.json'), '{ "rules": { "tatweel": "info" } }');
    await severities('the file changed', [3, 3]);

    writeFileSync(join(folder, 'nested', '.mudaqqiq.json'), '{ "rules": { "tatweel": "off" } }');
    await severities('a nearer file created', []);

    writeFileSync(join(folder, 'nested', '.mudaqqiq.json'), '{ "rules": { "tatweel": "error" ');
    await severities('a broken file: the defaults', [2, 2]);
    assert.ok(client.messages.some((m) => /nested\/\.mudaqqiq\.json:1:\d+: malformed JSON/.test(m.message)), JSON.stringify(client.messages));

    rmSync(join(folder, 'nested', '.mudaqqiq.json'));
    const other = pathToFileURL(join(folder, 'other.news')).toString();
    client.published.delete(uri);
    await client.open(other, ARTICLE);
    const published = await client.until(() => client.published.get(uri), 3000, 'opening another document after the nearer file went');
    assert.deepEqual(tatweel(published.diagnostics).map((d) => d.severity), [3, 3]);
  });
});

describe('language server for a client that refuses the file watcher it announced it could register', () => {
  it('reads a changed .mudaqqiq.json again when a document is saved', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mudaqqiq-refused-'));
    const client = await TestClient.start({ refuseRegistrations: true });
    try {
      await client.until(() => client.registrations.includes('workspace/didChangeWatchedFiles'), 3000, 'the registration');
      writeFileSync(join(folder, '.mudaqqiq.json'), '{ "rules": { "tatweel": "error" } }');
      const uri = pathToFileURL(join(folder, 'article.news')).toString();
      await client.open(uri, ARTICLE);
      await client.until(() => client.published.get(uri), 3000, 'diagnostics on open');
      writeFileSync(join(folder, '.mudaqqiq.json'), '{ "rules": { "tatweel": "info" } }');
      client.published.delete(uri);
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
      const published = await client.until(() => client.published.get(uri), 3000, 'diagnostics on save');
      assert.deepEqual(tatweel(published.diagnostics).map((d) => d.severity), [3, 3]);
    } finally {
      await client.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('language server status of a huge document', () => {
  // Over the size checked in the worker (256 K characters), and long enough to check that the close or
  // the edit arrives while the check runs. The tests read its tatweel warnings (NO_DUPLICATES).
  const HUGE = `${NO_DUPLICATES}${`${ARTICLE}\n`.repeat(Math.ceil(1_500_000 / Buffer.byteLength(`${ARTICLE}\n`)))}`;
  const endOfBusy = (client: TestClient, uri: string) =>
    client.until(() => {
      const busy = client.statuses.findIndex((s) => s.uri === uri && s.busy);
      return busy >= 0 && client.statuses.slice(busy + 1).find((s) => s.uri === uri && !s.busy);
    }, 20_000, `a status after the busy one of ${uri}`);

  it('ends with busy false when the document closes during its check', async () => {
    const client = await TestClient.start();
    try {
      const uri = 'untitled:huge-closed.news';
      await client.open(uri, HUGE);
      await client.until(() => client.statuses.find((s) => s.uri === uri && s.busy), 5000, 'busy status');
      await client.close(uri);
      const status = await endOfBusy(client, uri);
      assert.equal(status.busy, false);
    } finally {
      await client.stop();
    }
  });

  it('answers a cancelled pull and the pulls of rapid edits behind it, each with a report or a cancellation, and keeps serving', { timeout: 60_000 }, async () => {
    const client = await TestClient.start({ pull: true, settings: () => ({}) });
    try {
      const uri = 'untitled:huge-rapid.news';
      await client.open(uri, HUGE);
      const outcome = (request: Promise<unknown>) => request.then((report) => (report as { kind: string }).kind, (error: { code?: number }) => error.code);
      const source = new CancellationTokenSource();
      const cancelled = outcome(client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token));
      source.cancel();
      const pulls = [cancelled];
      for (let i = 0; i < 5; i++) {
        await client.replace(uri, 'الحكومـــة', 'الحكومة');
        pulls.push(outcome(client.pull(uri)));
      }
      // A report, RequestCancelled, or ServerCancelled for a version edited over (the client asks again).
      for (const result of await Promise.all(pulls)) assert.ok(['full', -32800, -32802].includes(result as string | number), String(result));
      const text = client.text(uri);
      const items = tatweel(await client.pullItems(uri));
      assert.ok(items.length > 0 && items.every((d) => covered(text, d) === 'ـــ'));
      assert.deepEqual(items[0].range.start, client.documents.get(uri)!.positionAt(text.indexOf('ـــ')));
      assert.equal(client.child.exitCode, null);
    } finally {
      await client.stop();
    }
  });

  it('ends with busy false when an edit supersedes the check and nothing checks again until a save', async () => {
    const client = await TestClient.start({ initializationOptions: { run: 'onSave' } });
    try {
      const uri = 'untitled:huge-edited.news';
      await client.open(uri, HUGE);
      await client.until(() => client.statuses.find((s) => s.uri === uri && s.busy), 5000, 'busy status');
      await client.replace(uri, 'الحكومـــة تقر', 'الحكومة تقر');
      const status = await endOfBusy(client, uri);
      assert.deepEqual([status.busy, status.version], [false, 1]);
    } finally {
      await client.stop();
    }
  });
});

describe('language server for a client without Markdown hovers or workspace/applyEdit', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({
      capabilities: {
        textDocument: { hover: { contentFormat: ['plaintext'] }, publishDiagnostics: { dataSupport: true } },
        workspace: { applyEdit: false },
      },
    });
  });
  after(async () => client.stop());

  it('explains a finding on hover in plain text', async () => {
    const uri = 'untitled:plain-hover';
    await client.open(uri, ARTICLE);
    const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 7 } });
    const { kind, value } = hover.contents as MarkupContent;
    assert.equal(kind, 'plaintext');
    assert.match(value, /^Decorative tatweel .*\n\ntatweel — /);
    assert.match(value, /\nExample: أعلنت الحكومـــة عن خطة جديدة\.\n/);
    assert.match(value, /\nDocumentation: https:\/\/github\.com\/mudaqqiq\/mudaqqiq\/blob\/main\/docs\/rules\/tatweel\.md$/);
    assert.doesNotMatch(value, /\*\*|\\|`|\]\(/, 'no Markdown');
  });

  it('does not send workspace/applyEdit for mudaqqiq.fixAll, and says why', async () => {
    const uri = 'untitled:no-apply-edit';
    await client.open(uri, ARTICLE);
    await client.until(() => client.published.get(uri), 3000, 'diagnostics');
    await assert.rejects(
      () => client.connection.sendRequest('workspace/executeCommand', { command: 'mudaqqiq.fixAll', arguments: [uri] }),
      (error: { code?: number; message?: string }) => error.code === -32803 && /cannot apply edits/.test(error.message ?? ''),
    );
    assert.equal(client.applyEditRequests, 0);
    assert.equal(client.text(uri), ARTICLE);
  });
});

describe('language server for a client without code action literals or nested symbols', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({
      capabilities: {
        textDocument: { publishDiagnostics: { dataSupport: true }, codeAction: {}, documentSymbol: {} },
        workspace: { applyEdit: true },
      },
    });
  });
  after(async () => client.stop());

  it('gives each code action as a command that applies its edit (LSP: no literals without codeActionLiteralSupport)', async () => {
    const uri = 'untitled:commands-only';
    await client.open(uri, ARTICLE);
    const published = await client.until(() => client.published.get(uri), 3000, 'diagnostics');
    const [first] = tatweel(published.diagnostics);
    const commands: { title: string; command: string; arguments: unknown[]; edit?: unknown }[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: first.range,
      context: { diagnostics: [first] },
    });
    assert.ok(commands.length > 0);
    for (const command of commands) {
      assert.equal(command.command, 'mudaqqiq.applyEdit');
      assert.equal(command.edit, undefined);
    }
    const remove = commands.find((c) => c.title === 'Remove the tatweel')!;
    await client.connection.sendRequest('workspace/executeCommand', { command: remove.command, arguments: remove.arguments });
    assert.equal(client.applyEditRequests, 1);
    assert.equal(client.text(uri), ARTICLE.replace('الحكومـــة تقر', 'الحكومة تقر'));
  });

  it('tells the writer and logs it when the editor refuses the edit of a command', async () => {
    const uri = 'untitled:commands-refused';
    await client.open(uri, ARTICLE);
    const published = await client.until(() => client.published.get(uri), 3000, 'diagnostics');
    const [first] = tatweel(published.diagnostics);
    const commands: Command[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } });
    const remove = commands.find((c) => c.title === 'Remove the tatweel')!;
    // Closed before the command runs: the editor has no such document to edit.
    await client.close(uri);
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: remove.command, arguments: remove.arguments });
    assert.deepEqual(result, { applied: false, failureReason: 'not applied' });
    const told = await client.until(() => client.messages.find((m) => m.type === 2), 3000, 'a warning');
    assert.equal(told.message, 'Mudaqqiq: the editor did not apply the edit, so nothing changed.');
    assert.ok(client.logs.includes('workspace/applyEdit: the client did not apply the edit'), client.logs.join('\n'));
  });

  it('answers a command whose workspace edit is malformed with InvalidParams, sending the editor nothing, and keeps serving', async () => {
    const uri = 'untitled:commands-malformed';
    await client.open(uri, ARTICLE);
    const edits: unknown[] = [
      null,
      {},
      { changes: { [uri]: [{ range: 7, newText: 'x' }] } },
      { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] } },
      { changes: { [uri]: 'x' } },
      { documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ newText: 'x' }] }] },
      { documentChanges: [{ edits: [] }] },
    ];
    const before = client.applyEditRequests;
    for (const edit of edits) {
      await rejectsWithInvalidParams(client, 'workspace/executeCommand', { command: 'mudaqqiq.applyEdit', arguments: [edit] });
    }
    assert.equal(client.applyEditRequests, before);
    const start = { line: 0, character: 0 };
    const result = await client.connection.sendRequest('workspace/executeCommand', {
      command: 'mudaqqiq.applyEdit',
      arguments: [{ documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: { start, end: start }, newText: 'عاجل: ' }] }] }],
    });
    assert.deepEqual(result, { applied: true });
    assert.equal(client.text(uri), `عاجل: ${ARTICLE}`);
  });

  it('gives the outline as flat symbol information, each naming its container and carrying its detail in its name', async () => {
    const uri = 'untitled:flat-symbols';
    await client.open(uri, ARTICLE);
    await client.until(() => client.published.get(uri), 3000, 'diagnostics');
    const symbols: { name: string; location: { uri: string }; containerName?: string; children?: unknown }[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 3);
    assert.ok(symbols.every((s) => s.location.uri === uri && s.children === undefined));
    assert.deepEqual(
      symbols.map((s) => [s.name, s.containerName]),
      [
        [`${rli('الحكومـــة تقر خطة لإعادة إعمار الأحياء المتضررة')} (headline)`, undefined],
        [`${rli('أعلنت الحكومـــة، الثلاثاء، خطة لإعادة إعمار …')} (lede)`, undefined],
        [`${rli('وقال وزير الإسكان سالم الراشد في …')} (paragraph 2)`, undefined],
        [`${rli('وزير الإسكان سالم الراشد: «سنبدأ بالمدارس والمستشفيات قبل نهاية العام»')} (quotation)`, rli('وقال وزير الإسكان سالم الراشد في …')],
        [`${rli('وأضاف: «التمويل متوفر، والعمل سيبدأ فور …')} (paragraph 3)`, undefined],
        [`${rli('وزير الإسكان سالم الراشد: «التمويل متوفر، والعمل سيبدأ فور انتهاء …»')} (quotation)`, rli('وأضاف: «التمويل متوفر، والعمل سيبدأ فور …')],
        [`${rli('ويقدر خبراء كلفة الإعمار بنحو ثلاثة …')} (paragraph 4)`, undefined],
        ['Names (1)', undefined],
        ['People (1)', 'Names'],
        [`${rli('سالم الراشد')} (1)`, 'People'],
      ],
    );
  });
});
