// Protocol tests of the names features (issue 4, "Editor"): the names group of the outline, rename
// (textDocument/prepareRename and rename) and the code action that adds a spelling to the workspace name
// list. Same harness as protocol.test.ts: the built server (dist/server.js) over stdio.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CreateFile, Diagnostic, DocumentSymbol, Position, Range, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT, TestClient } from './client';

const ARTICLE = readFileSync(join(ROOT, 'test-fixtures', 'lsp', 'names.news'), 'utf8');
const rli = (text: string) => `\u2067${text}\u2069`;
const names = (items: Diagnostic[]) => items.filter((d) => d.code === 'name-consistency');

function covered(text: string, range: Range): string {
  const document = TextDocument.create('x:', 'x', 0, text);
  return text.slice(document.offsetAt(range.start), document.offsetAt(range.end));
}

/** The position of the `nth` occurrence of `word` in the text, plus `into` characters. */
function positionOf(text: string, word: string, nth = 1, into = 0): Position {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(word, at + 1);
  assert.ok(at >= 0, `no ${word} ${nth} in the text`);
  return TextDocument.create('x:', 'x', 0, text).positionAt(at + into);
}

async function codeActions(client: TestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
}

/** Writes a code action's edit of a file on disk, as an editor does when it applies the edit and saves. */
function applyToDisk(edit: WorkspaceEdit): string[] {
  const written: string[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      assert.equal(change.kind, 'create');
      writeFileSync(new URL((change as CreateFile).uri), '');
      continue;
    }
    const { textDocument, edits } = change as TextDocumentEdit;
    const path = new URL(textDocument.uri);
    const before = TextDocument.create(textDocument.uri, 'jsonc', 0, readFileSync(path, 'utf8'));
    writeFileSync(path, TextDocument.applyEdits(before, edits as { range: Range; newText: string }[]));
    written.push(textDocument.uri);
  }
  return written;
}

/** A server whose workspace is a new temporary folder, for the tests of one describe block. */
function serverInTempFolder(prefix: string): { client: TestClient; folder: string } {
  const workspace = {} as { client: TestClient; folder: string };
  before(async () => {
    workspace.folder = mkdtempSync(join(tmpdir(), prefix));
    workspace.client = await TestClient.start({ pull: true, settings: () => ({}), workspaceFolders: [pathToFileURL(workspace.folder).toString()] });
  });
  after(async () => {
    await workspace.client.stop();
    rmSync(workspace.folder, { recursive: true, force: true });
  });
  return workspace;
}

describe('names in the language server', () => {
  const workspace = serverInTempFolder('mudaqqiq-names-');

  it('outlines the names: people and places, each group with how many, each name with its count and other spellings, at its first mention', async () => {
    const uri = 'untitled:names-outline';
    await workspace.client.open(uri, ARTICLE);
    const symbols: DocumentSymbol[] = await workspace.client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const group = symbols[symbols.length - 1];
    assert.deepEqual([group.name, group.detail], ['Names', '4']);
    // After the last paragraph, holding no text: last in the Outline, which orders by position, and never
    // where the cursor is (the breadcrumbs show the paragraph of a mention).
    const end = symbols[symbols.length - 2].range.end;
    for (const g of [group, ...group.children!]) assert.deepEqual([g.range, g.selectionRange], [{ start: end, end }, { start: end, end }], g.name);
    const shown = (s: DocumentSymbol): unknown => [s.name, s.detail, covered(ARTICLE, s.selectionRange), ...(s.children?.length ? [s.children.map(shown)] : [])];
    assert.deepEqual(group.children!.map(shown), [
      [
        'People',
        '2',
        '',
        [
          [rli('سامر الجبوري'), rli('2 · الجبوري'), 'سامر الجبوري'],
          [rli('أحمد الحمدان'), rli('2 · احمد الحمدان'), 'أحمد الحمدان'],
        ],
      ],
      [
        'Places',
        '2',
        '',
        [
          [rli('واشنطن'), rli('3 · واشنطون'), 'واشنطن'],
          [rli('بغداد'), '1', 'بغداد'],
        ],
      ],
    ]);
    const washington = group.children![1].children![0];
    assert.deepEqual(washington.selectionRange.start, { line: 0, character: 18 }, 'the first mention, in the headline');
    const quotation = symbols.flatMap((s) => s.children ?? []).find((s) => s.detail === 'quotation');
    assert.equal(quotation?.name, rli('المتحدث باسم الوفد سامر الجبوري: «نريد اتفاقا واضحا يحدد موعد الانسحاب»'), 'the speaker and the quotation apart');
  });

  it('names and details in Arabic when the locale is Arabic', async () => {
    const arabic = await TestClient.start({ pull: true, locale: 'ar' });
    try {
      const uri = 'untitled:names-outline-ar';
      await arabic.open(uri, ARTICLE);
      const symbols: DocumentSymbol[] = await arabic.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      const group = symbols[symbols.length - 1];
      assert.deepEqual([group.name, ...group.children!.map((c) => c.name)], [rli('الأسماء'), rli('أشخاص'), rli('أماكن')]);
      // A number filled into Arabic is isolated, as in every Arabic message of the server.
      assert.deepEqual(symbols.slice(0, 3).map((s) => s.detail), [rli('العنوان'), rli('المقدمة'), rli('الفقرة \u20682\u2069')]);
    } finally {
      await arabic.stop();
    }
  });

  it('prepares a rename on any mention, proclitics included, and refuses one off a name', async () => {
    const uri = 'untitled:names-prepare';
    await workspace.client.open(uri, ARTICLE);
    const prepare = (position: Position) => workspace.client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position });
    // On the و of وواشنطون: the name is what follows it.
    const result = (await prepare(positionOf(ARTICLE, 'وواشنطون'))) as { range: Range; placeholder: string };
    assert.equal(covered(ARTICLE, result.range), 'واشنطون');
    assert.equal(result.placeholder, 'واشنطون');
    const surname = (await prepare(positionOf(ARTICLE, 'الجبوري أن', 1, 3))) as { range: Range; placeholder: string };
    assert.deepEqual([covered(ARTICLE, surname.range), surname.placeholder], ['الجبوري', 'الجبوري']);
    await assert.rejects(prepare(positionOf(ARTICLE, 'المباحثات')), (error: { code?: number; message?: string }) => {
      assert.equal(error.code, -32803);
      assert.equal(error.message, 'There is no name of a person, organisation or place here.');
      return true;
    });
    assert.equal(await prepare({ line: 99, character: 0 }), null);
  });

  it('renames every spelling of a name, keeping the proclitics joined to it', async () => {
    const uri = 'untitled:names-rename';
    await workspace.client.open(uri, ARTICLE);
    const rename = async (position: Position, newName: string) => {
      const edit: WorkspaceEdit = await workspace.client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position, newName });
      assert.ok(workspace.client.applyWorkspaceEdit(edit));
      await workspace.client.pullItems(uri);
      return workspace.client.text(uri);
    };
    // On the lede's واشنطن: the headline's, this one and وواشنطون (its و kept).
    const renamed = await rename(positionOf(ARTICLE, 'واشنطن', 2), 'واشنطن دي سي');
    assert.equal(renamed, ARTICLE.replaceAll('واشنطون', 'واشنطن').replaceAll('واشنطن', 'واشنطن دي سي'));
    assert.match(renamed, /بين بغداد وواشنطن دي سي ستتواصل/);

    // A person by the full name: every spelling of it (the surname the same, so its mentions alone stay).
    const text = workspace.client.text(uri);
    assert.equal(await rename(positionOf(text, 'احمد الحمدان'), 'أحمد الحمداني'), text.replace('أحمد الحمدان', 'أحمد الحمداني').replace('احمد الحمدان', 'أحمد الحمداني'));
    assert.deepEqual(names(await workspace.client.pullItems(uri)), [], 'one spelling left');

    // A surname: the surname after the full name and the last word of the full name.
    const before = workspace.client.text(uri);
    assert.equal(await rename(positionOf(before, 'الجبوري أن'), 'العبيدي'), before.replace('سامر الجبوري', 'سامر العبيدي').replace('وأضاف الجبوري', 'وأضاف العبيدي'));
  });

  it('renames a person from the full name: the surname alone, in every spelling, takes the new surname', async () => {
    const uri = 'untitled:names-rename-surnames';
    const text = 'وصل أنطونيو غوتيريش إلى جنيف.\n\nوقال جوتيريش إن الوضع صعب. وأشار غوتيريش إلى التقرير.\n';
    await workspace.client.open(uri, text);
    await workspace.client.pullItems(uri);
    const edit: WorkspaceEdit = await workspace.client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: positionOf(text, 'أنطونيو', 1, 2), newName: 'أنطونيو غوتيرس' });
    assert.ok(workspace.client.applyWorkspaceEdit(edit));
    assert.equal(workspace.client.text(uri), 'وصل أنطونيو غوتيرس إلى جنيف.\n\nوقال غوتيرس إن الوضع صعب. وأشار غوتيرس إلى التقرير.\n');
  });

  it('renames every mention of a name in a document checked in the worker, its names brought over in pieces', async () => {
    const uri = 'untitled:names-rename-huge';
    // Past the worker's threshold (256 K characters), with thousands of mentions of one name: more than one piece holds.
    const paragraph = 'وصل الوفد إلى واشنطن صباح اليوم في زيارة رسمية تستمر أياما.\n';
    const text = `${ARTICLE}${paragraph.repeat(Math.ceil(300_000 / paragraph.length))}`;
    await workspace.client.open(uri, text);
    await workspace.client.pullItems(uri);
    const edit: WorkspaceEdit = await workspace.client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: positionOf(text, 'واشنطن', 2), newName: 'واشنطن دي سي' });
    assert.ok(workspace.client.applyWorkspaceEdit(edit));
    assert.equal(workspace.client.text(uri), text.replaceAll('واشنطون', 'واشنطن').replaceAll('واشنطن', 'واشنطن دي سي'));
  });

  it('answers a rename off a name or with an empty name with an error', async () => {
    const uri = 'untitled:names-rename-bad';
    await workspace.client.open(uri, ARTICLE);
    const send = (position: Position, newName: unknown) => workspace.client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position, newName });
    await assert.rejects(send(positionOf(ARTICLE, 'المباحثات'), 'اسم'), (error: { code?: number }) => error.code === -32803);
    await assert.rejects(send(positionOf(ARTICLE, 'واشنطن'), '  '), (error: { code?: number }) => error.code === -32602);
    await assert.rejects(send(positionOf(ARTICLE, 'واشنطن'), 42), (error: { code?: number }) => error.code === -32602);
    for (const slip of ['واشنطن\u0000', 'واشنطن\tدي سي', 'واشنطن\u2028دي سي']) {
      await assert.rejects(send(positionOf(ARTICLE, 'واشنطن'), slip), (error: { code?: number }) => error.code === -32602, JSON.stringify(slip));
    }
    assert.equal(workspace.client.text(uri), ARTICLE);
  });
});

/** Writes `text` to `path` and opens it as an article. */
async function openArticle(client: TestClient, path: string, text = ARTICLE): Promise<string> {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  const uri = pathToFileURL(path).toString();
  await client.open(uri, text);
  return uri;
}

async function flagged(client: TestClient, uri: string, form: string): Promise<Diagnostic> {
  const found = names(await client.pullItems(uri)).find((d) => covered(ARTICLE, d.range) === form);
  assert.ok(found, `${form} is flagged`);
  return found;
}

/** The action that adds `form` to the workspace name list, offered on its finding. */
async function addAction(client: TestClient, uri: string, form: string): Promise<CodeAction> {
  const actions = await codeActions(client, uri, await flagged(client, uri, form));
  const action = actions.find((a) => a.title === `Add “${form}” to the workspace name list as the preferred spelling`);
  assert.ok(action?.edit, `no such action among ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

/** The entries of a name list in JSON with comments, by preferred spelling. */
function preferredIn(text: string): string[] {
  const json = JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')) as { names: { preferred: string }[] } | { preferred: string }[];
  return (Array.isArray(json) ? json : json.names).map((e) => e.preferred);
}

describe('adding a spelling to the workspace name list', () => {
  const workspace = serverInTempFolder('mudaqqiq-name-list-');

  const open = (path: string) => openArticle(workspace.client, path);
  const reloaded = async (uri: string, changed: string) => {
    const refreshes = workspace.client.refreshes;
    await workspace.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: changed, type: 2 }] });
    await workspace.client.until(() => workspace.client.refreshes > refreshes, 3000, 'diagnostic refresh');
    return names(await workspace.client.pullItems(uri)).map((d) => covered(ARTICLE, d.range));
  };

  it('creates .mudaqqiq.json at the workspace folder root, and the spelling is then the house spelling', async () => {
    const uri = await open(join(workspace.folder, 'desk', 'story.news'));
    const action = await addAction(workspace.client, uri, 'واشنطون');
    const configUri = pathToFileURL(join(workspace.folder, '.mudaqqiq.json')).toString();
    const [create, edit] = action.edit!.documentChanges!;
    assert.deepEqual(create, { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
    const inserted = (edit as TextDocumentEdit).edits[0].newText;
    const written = JSON.parse(inserted) as { names: { preferred: string; kind: string; variants: string[] }[] };
    assert.deepEqual(written.names.map((e) => [e.preferred, e.kind]), [['واشنطون', 'place']]);
    assert.ok(written.names[0].variants.includes('واشنطن'));
    assert.equal(action.kind, 'quickfix');

    assert.deepEqual(applyToDisk(action.edit!), [configUri]);
    assert.deepEqual(await reloaded(uri, configUri), ['واشنطن', 'واشنطن', 'احمد الحمدان'], 'واشنطون is the house spelling now; the others are flagged');
  });

  it('adds to the names array of an existing .mudaqqiq.json, keeping its comments and replacing the entry it renames', async () => {
    const sub = join(workspace.folder, 'agency');
    mkdirSync(sub, { recursive: true });
    const configPath = join(sub, '.mudaqqiq.json');
    const config = [
      '{',
      '  // house style of the agency desk',
      '  "rules": { "tatweel": "error" },',
      '  "names": [',
      '    // our spelling of the capital',
      '    { "preferred": "واشنطن", "kind": "place", "variants": ["وشنطن"] },',
      '    { "preferred": "بغداد", "kind": "place" }',
      '  ]',
      '}',
      '',
    ].join('\n');
    writeFileSync(configPath, config);
    const uri = await open(join(sub, 'story.news'));
    const action = await addAction(workspace.client, uri, 'واشنطون');
    const configUri = pathToFileURL(configPath).toString();
    const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri: configUri, version: null });
    applyToDisk(action.edit!);
    const after = readFileSync(configPath, 'utf8');
    assert.match(after, /\/\/ house style of the agency desk/);
    assert.match(after, /\/\/ our spelling of the capital/);
    assert.match(after, /"rules": \{ "tatweel": "error" \}/);
    const entries = JSON.parse(after.replace(/\/\/.*$/gm, '')).names as { preferred: string; variants?: string[] }[];
    assert.deepEqual(entries.map((e) => e.preferred), ['واشنطون', 'بغداد'], 'the entry for the same name is replaced in place');
    assert.ok(entries[0].variants?.includes('واشنطن') && entries[0].variants.includes('وشنطن'));
    assert.deepEqual(await reloaded(uri, configUri), ['واشنطن', 'واشنطن', 'احمد الحمدان']);
  });

  it('writes into the names file that .mudaqqiq.json points to, and watches that file', async () => {
    const sub = join(workspace.folder, 'bureau');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, '.mudaqqiq.json'), '{ "names": "house-names.json" }\n');
    const namesPath = join(sub, 'house-names.json');
    writeFileSync(namesPath, '[\n  { "preferred": "بغداد", "kind": "place" }\n]\n');
    const registered = workspace.client.registrationOptions.length;
    const uri = await open(join(sub, 'story.news'));
    await workspace.client.pullItems(uri);
    const namesUri = pathToFileURL(namesPath).toString();
    const watcher = await workspace.client.until(() => workspace.client.registrationOptions.slice(registered).find((o) => JSON.stringify(o).includes('house-names.json')), 3000, 'names file watcher');
    assert.deepEqual(watcher, { watchers: [{ globPattern: { baseUri: pathToFileURL(sub).toString(), pattern: 'house-names.json' } }] });

    const action = await addAction(workspace.client, uri, 'احمد الحمدان');
    const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
    assert.equal(change.textDocument.uri, namesUri);
    applyToDisk(action.edit!);
    const entries = JSON.parse(readFileSync(namesPath, 'utf8')) as { preferred: string; kind: string; variants?: string[] }[];
    assert.deepEqual(entries, [
      { preferred: 'بغداد', kind: 'place' },
      { preferred: 'احمد الحمدان', kind: 'person', variants: ['أحمد الحمدان'] },
    ]);
    assert.deepEqual(await reloaded(uri, namesUri), ['واشنطون', 'أحمد الحمدان'], 'a change of the names file reloads the configuration');
  });

  it('offers no name-list action on an untitled document, and titles it in Arabic', async () => {
    const uri = 'untitled:names-untitled';
    await workspace.client.open(uri, ARTICLE);
    const diagnostic = names(await workspace.client.pullItems(uri))[0];
    const actions = await codeActions(workspace.client, uri, diagnostic);
    assert.ok(!actions.some((a) => a.title.includes('name list')), 'an untitled document has no workspace list');

    const arabic = await TestClient.start({ pull: true, locale: 'ar', workspaceFolders: [pathToFileURL(workspace.folder).toString()] });
    try {
      const path = join(workspace.folder, 'arabic', 'story.news');
      mkdirSync(join(workspace.folder, 'arabic'), { recursive: true });
      writeFileSync(path, ARTICLE);
      const fileUri = pathToFileURL(path).toString();
      await arabic.open(fileUri, ARTICLE);
      const [first] = names(await arabic.pullItems(fileUri)).filter((d) => covered(ARTICLE, d.range) === 'احمد الحمدان');
      const titles = ((await arabic.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: fileUri }, range: first.range, context: { diagnostics: [first] } })) as CodeAction[]).map((a) => a.title);
      assert.ok(titles.includes(rli('أضف «\u2068احمد الحمدان\u2069» إلى قائمة الأسماء في مساحة العمل كتابةً معتمدة')), titles.join(' | '));
      assert.ok(titles.every((title) => title.startsWith('\u2067') && title.endsWith('\u2069')), 'Arabic titles read right to left in the menu');
    } finally {
      await arabic.stop();
    }
  });
});

describe('adding spellings to the name list one after another', () => {
  const workspace = serverInTempFolder('mudaqqiq-name-list-twice-');

  it('edits the copy of .mudaqqiq.json open in the editor, by its version, so that the second addition keeps the first and the writer’s unsaved change', async () => {
    const sub = join(workspace.folder, 'open');
    mkdirSync(sub, { recursive: true });
    const configPath = join(sub, '.mudaqqiq.json');
    const onDisk = '{\n  "names": [\n    { "preferred": "بغداد", "kind": "place" }\n  ]\n}\n';
    writeFileSync(configPath, onDisk);
    const uri = await openArticle(workspace.client, join(sub, 'story.news'));
    const configUri = pathToFileURL(configPath).toString();
    await workspace.client.open(configUri, onDisk, 'jsonc');
    // The writer's own change, not saved.
    await workspace.client.replace(configUri, '{\n', '{\n  // house style, being written\n  "rules": { "tatweel": "error" },\n');
    const edited = workspace.client.text(configUri);

    const first = await addAction(workspace.client, uri, 'واشنطون');
    const offeredBefore = await addAction(workspace.client, uri, 'احمد الحمدان');
    const [change] = first.edit!.documentChanges! as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri: configUri, version: 2 }, 'an edit of the open copy, at its version');
    assert.ok(workspace.client.applyWorkspaceEdit(first.edit!));
    assert.equal(workspace.client.applyWorkspaceEdit(offeredBefore.edit!), false, 'an action offered before the first was applied is refused, not applied to a text it was not made for');

    const second = await addAction(workspace.client, uri, 'احمد الحمدان');
    assert.deepEqual((second.edit!.documentChanges![0] as TextDocumentEdit).textDocument, { uri: configUri, version: 3 });
    assert.ok(workspace.client.applyWorkspaceEdit(second.edit!));
    const text = workspace.client.text(configUri);
    assert.deepEqual(preferredIn(text), ['بغداد', 'واشنطون', 'احمد الحمدان']);
    assert.ok(text.startsWith(edited.slice(0, edited.indexOf('"names"'))), 'the unsaved change stays');
    assert.equal(readFileSync(configPath, 'utf8'), onDisk, 'the server writes nothing itself');

    // Closed without saving: the list on disk again, at no version.
    await workspace.client.close(configUri);
    const fromDisk = await addAction(workspace.client, uri, 'واشنطون');
    const [diskChange] = fromDisk.edit!.documentChanges! as TextDocumentEdit[];
    assert.deepEqual(diskChange.textDocument, { uri: configUri, version: null });
  });

  it('adds the second spelling to the .mudaqqiq.json the first one made, before the watcher tells of it', async () => {
    const uri = await openArticle(workspace.client, join(workspace.folder, 'story.news'));
    const configPath = join(workspace.folder, '.mudaqqiq.json');
    applyToDisk((await addAction(workspace.client, uri, 'واشنطون')).edit!);
    // No didChangeWatchedFiles yet: the server still knows of no config file for the article.
    const second = await addAction(workspace.client, uri, 'احمد الحمدان');
    assert.ok(second.edit!.documentChanges!.every((c) => !('kind' in c)), 'no second file made over the first');
    applyToDisk(second.edit!);
    assert.deepEqual(preferredIn(readFileSync(configPath, 'utf8')), ['واشنطون', 'احمد الحمدان']);
  });

  it('has a client that can sync files on registration sync the config and names files, and checks neither as an article', async () => {
    const client = await TestClient.start({ pull: true, dynamicSync: true, settings: () => ({}), workspaceFolders: [pathToFileURL(workspace.folder).toString()] });
    try {
      const selectorOf = (method: string) =>
        client.registrationOptions.filter((_, i) => client.registrations[i] === method).map((o) => (o as { documentSelector: unknown }).documentSelector);
      await client.until(() => selectorOf('textDocument/didClose').length > 0, 3000, 'sync registrations');
      const config = [{ scheme: 'file', pattern: '**/.mudaqqiq.json' }];
      for (const method of ['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose']) assert.deepEqual(selectorOf(method), [config], method);
      assert.equal((client.registrationOptions[client.registrations.indexOf('textDocument/didChange')] as { syncKind: number }).syncKind, 2);

      const sub = join(workspace.folder, 'bureau');
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, '.mudaqqiq.json'), '{ "names": "house-names.txt" }\n');
      writeFileSync(join(sub, 'house-names.txt'), '[]\n');
      await client.pullItems(await openArticle(client, join(sub, 'story.news')));
      await client.until(() => selectorOf('textDocument/didOpen').length > 1, 3000, 'names file sync');
      assert.deepEqual(selectorOf('textDocument/didOpen')[1], [{ scheme: 'file', pattern: '**/house-names.txt' }]);

      // A config or names file open under a language that is checked: still no article.
      const tatweel = 'الحكومـــة تقر خطة جديدة لإعادة إعمار الأحياء المتضررة\n';
      for (const file of ['.mudaqqiq.json', 'house-names.txt']) {
        const fileUri = pathToFileURL(join(sub, file)).toString();
        await client.open(fileUri, tatweel, 'plaintext');
        assert.deepEqual(await client.pullItems(fileUri), [], file);
        assert.deepEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: fileUri } }), [], file);
      }
    } finally {
      await client.stop();
    }
  });
});
