// The scenarios of the code-server test (client/test/e2e/code-server.test.ts), through the VS Code API in
// the extension host: diagnostics, the language list, Arabic messages, the quick fix, the outline, the
// workspace check, fix-all, the output channel, the names (outline group, the workspace name list, also
// open in the editor with unsaved changes, rename),
// the arabic-news editor defaults and the config schema.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const TATWEEL = '\u0640';
const WORKSPACE = vscode.ConfigurationTarget.Workspace;

function fileUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, path);
}

function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

function tatweelIn(uri: vscode.Uri): vscode.Diagnostic | undefined {
  return vscode.languages.getDiagnostics(uri).find((d) => ruleOf(d) === 'tatweel');
}

async function until<T>(what: string, timeoutMs: number, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children)]);
}

describe('Mudaqqiq in the VS Code extension host', () => {
  let article: vscode.TextDocument;

  before(async () => {
    article = await vscode.workspace.openTextDocument(fileUri('article.news'));
    await vscode.window.showTextDocument(article);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('mudaqqiq').update('locale', undefined, WORKSPACE);
    await vscode.workspace.getConfiguration('mudaqqiq').update('languages', undefined, WORKSPACE);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens .news files as arabic-news, with word wrap and no ambiguous-character highlighting', () => {
    assert.equal(article.languageId, 'arabic-news');
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'arabic-news' });
    assert.equal(editor.get('wordWrap'), 'on');
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
  });

  it('lists the tatweel with its rule, source and documentation link', async () => {
    const diagnostic = await until('the tatweel diagnostic', 30_000, () => tatweelIn(article.uri));
    assert.equal(diagnostic.source, 'mudaqqiq');
    assert.equal(article.getText(diagnostic.range), TATWEEL.repeat(3));
    assert.equal(diagnostic.range.start.line, 1);
    assert.match(diagnostic.message, /الحكومـــة/);
    assert.ok(typeof diagnostic.code === 'object' && diagnostic.code.target.toString().includes('tatweel'));
  });

  it('checks only the languages in mudaqqiq.languages, restarting when the list changes', async () => {
    const mudaqqiq = vscode.workspace.getConfiguration('mudaqqiq');
    await mudaqqiq.update('languages', ['markdown', 'plaintext'], WORKSPACE);
    await until('the article to be left alone', 30_000, () => (tatweelIn(article.uri) ? undefined : true));
    await mudaqqiq.update('languages', undefined, WORKSPACE);
    await until('the article to be checked again', 30_000, () => tatweelIn(article.uri));
  });

  it('gives its messages in Arabic when mudaqqiq.locale says so', async () => {
    await vscode.workspace.getConfiguration('mudaqqiq').update('locale', 'ar', WORKSPACE);
    await until('an Arabic message', 30_000, () => (tatweelIn(article.uri)?.message.includes('مدّة زخرفية') ? true : undefined));
  });

  it('offers a preferred quick fix that removes the tatweel', async () => {
    const diagnostic = await until('the tatweel diagnostic', 30_000, () => tatweelIn(article.uri));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      article.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // The command's results do not carry their diagnostics; at this range there is only the tatweel.
    const fix = actions.find((action) => action.isPreferred);
    assert.ok(fix?.edit, `a preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(fix.title, /التطويل|tatweel/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(article.lineAt(1).text, /^أعلنت الحكومة يوم الثلاثاء/);
    await until('the diagnostic to go', 30_000, () => (tatweelIn(article.uri) ? undefined : true));
  });

  it('outlines the headline and the paragraphs', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', article.uri);
    const names = flatten(symbols ?? []).map((symbol) => symbol.name);
    assert.ok(names[0]?.includes('الحكومة تعلن خطة'), `headline first: ${names.join(' | ')}`);
    for (const start of ['أعلنت', 'وقال', 'وتشمل']) {
      assert.ok(names.some((name) => name.includes(start)), `a paragraph starting ${start}: ${names.join(' | ')}`);
    }
  });

  it('checks every article in the workspace, leaving English notes alone', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; checked: number; warnings: number }>('mudaqqiq.checkWorkspace');
    assert.ok(result && result.checked >= 1, JSON.stringify(result));
    await until('the archived article’s tatweel', 30_000, () => tatweelIn(fileUri('archive/earlier.news')));
    assert.deepEqual(vscode.languages.getDiagnostics(fileUri('notes.txt')), []);
  });

  it('fixes all problems of the active article with the command', async () => {
    const earlier = await vscode.workspace.openTextDocument(fileUri('archive/earlier.news'));
    await vscode.window.showTextDocument(earlier);
    await until('its diagnostics', 30_000, () => tatweelIn(earlier.uri));
    await vscode.commands.executeCommand('mudaqqiq.fixAll');
    await until('the tatweel to go', 15_000, () => (earlier.getText().includes(TATWEEL) ? undefined : true));
    assert.match(earlier.getText(), /لكتب الأطفال للمرة الأولى/);
  });

  it('shows its output channel', async () => {
    await vscode.commands.executeCommand('mudaqqiq.showOutput');
  });

  // names.news: واشنطن in the headline and the lede, وواشنطون in the third line (a listed variant).
  const nameFindings = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => ruleOf(d) === 'name-consistency');

  it('outlines the names of an article: count and other spellings, at the first mention', async () => {
    const names = await vscode.workspace.openTextDocument(fileUri('names.news'));
    await vscode.window.showTextDocument(names);
    const all = flatten((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', names.uri)) ?? []);
    const washington = all.find((symbol) => symbol.name.includes('واشنطن') && symbol.detail.includes('واشنطون'));
    assert.ok(washington, `واشنطن among: ${all.map((s) => `${s.name} ${s.detail}`).join(' | ')}`);
    assert.match(washington.detail, /^\u2067?3 · واشنطون/);
    assert.equal(washington.selectionRange.start.line, 0, 'its first mention is in the headline');
    assert.equal(names.getText(washington.selectionRange), 'واشنطن');
  });

  it('adds a spelling to the workspace name list, saved, and its finding goes', async () => {
    const names = await vscode.workspace.openTextDocument(fileUri('names.news'));
    const finding = await until('the variant of واشنطن', 30_000, () => nameFindings(names.uri).find((d) => names.getText(d.range) === 'واشنطون'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', names.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const add = actions.find((action) => /name list|قائمة الأسماء/.test(action.title));
    assert.ok(add?.edit && add.command, `the name-list action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
    const config = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri('.mudaqqiq.json')))) as { names: { preferred: string }[] };
    assert.deepEqual(config.names.map((entry) => entry.preferred), ['واشنطون'], 'saved to disk');
    await until('the finding to go', 30_000, () => (nameFindings(names.uri).some((d) => names.getText(d.range) === 'واشنطون') ? undefined : true));
  });

  it('adds to the name list open with changes not saved: the editor’s copy, which it leaves unsaved', async () => {
    const names = await vscode.workspace.openTextDocument(fileUri('names.news'));
    const config = await vscode.workspace.openTextDocument(fileUri('.mudaqqiq.json'));
    const onDisk = config.getText();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(config.uri, new vscode.Position(1, 0), '  // the house spellings, being revised\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // واشنطون is the house spelling now (the test before): واشنطن is flagged.
    const finding = await until('واشنطن flagged', 30_000, () => nameFindings(names.uri).find((d) => names.getText(d.range) === 'واشنطن'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', names.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const add = actions.find((action) => /name list|قائمة الأسماء/.test(action.title));
    assert.ok(add?.edit, `the name-list action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(add.command, undefined, 'a file with the writer’s unsaved changes is not saved for them');
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    const text = config.getText();
    assert.match(text, /^\{\n {2}\/\/ the house spellings, being revised\n/);
    const entries = JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')) as { names: { preferred: string }[] };
    assert.deepEqual(entries.names.map((entry) => entry.preferred), ['واشنطن'], 'the entry renamed in the editor’s copy');
    assert.ok(config.isDirty);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(config.uri)), onDisk);
    await vscode.window.showTextDocument(config);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('renames every spelling of a name, keeping the proclitics joined to it', async () => {
    const names = await vscode.workspace.openTextDocument(fileUri('names.news'));
    await vscode.window.showTextDocument(names);
    const headline = names.lineAt(0).text;
    const position = new vscode.Position(0, headline.indexOf('واشنطن') + 2);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', names.uri, position, 'واشنطون');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(!names.getText().includes('واشنطن'), names.getText());
    assert.match(names.getText(), /بين عمّان وواشنطون في مجالي/);
    await until('one spelling left', 30_000, () => (nameFindings(names.uri).length === 0 ? true : undefined));
  });

  it('opens .mudaqqiq.json as JSON with comments and validates it against the schema', async () => {
    const uri = fileUri('.mudaqqiq.json');
    const config = '{\n  // house style\n  "rules": { "no-such-rule": "warn" }\n}\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(config));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'jsonc');
    const problems = await until('the schema to flag the unknown rule', 30_000, () => {
      const found = vscode.languages.getDiagnostics(uri).filter((d) => d.message.includes('no-such-rule'));
      return found.length > 0 ? found : undefined;
    });
    assert.ok(problems.every((d) => d.source !== 'mudaqqiq'));
  });
});
