// Test 3 of issue 3: the packaged extension in a real VS Code (code-server + Chromium), offline.
// Needs code-server and Chromium; runs scripts/e2e-setup.sh when they are missing and fails (never skips)
// when they cannot be had. Screenshots go to test-results/e2e/ (git-ignored): look at them.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  SCREENSHOTS,
  editorText,
  ensureTools,
  goTo,
  linesOutOfReadingOrder,
  messagesOutOfReadingOrder,
  openFile,
  outlineRowsRunTogether,
  openWorkspace,
  packagedExtension,
  runCommand,
  waitUntil,
  type Session,
} from './code-server';

const TATWEEL = '\u0640';
const REMOVE_TATWEEL = /tatweel|التطويل/i;

describe('the .vsix in code-server', { timeout: 10 * 60_000 }, () => {
  let session: Session;
  let page: Page;

  before(async () => {
    ensureTools();
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    session = await openWorkspace({ vsix: packagedExtension() });
    page = session.page;
  });

  after(async () => {
    await session?.close();
  });

  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  let failures = 0;
  /** A scenario; when it fails, a screenshot of what was on screen goes next to the others. */
  const scenario = (name: string, body: () => Promise<void>) =>
    it(name, async () => {
      try {
        await body();
      } catch (error) {
        await shot(`failed-${++failures}`).catch(() => undefined);
        throw error;
      }
    });
  const problemRows = (p: Page) => p.locator('.markers-panel .monaco-list-row');

  scenario('opens a .news article as Arabic News and lists its tatweel in the Problems panel', async () => {
    await openFile(page, 'article.news');
    await page.locator('.statusbar-item', { hasText: 'Arabic News' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Control+Shift+M');
    const row = problemRows(page).filter({ hasText: 'tatweel' }).first();
    await row.waitFor({ timeout: 60_000 }).catch(async (error) => {
      await shot('01-problems-missing');
      throw new Error(`${error}\ncode-server output:\n${session.log()}`);
    });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /الحكومـــة/, 'the message names the word');
    assert.match(text, /mudaqqiq/);
    assert.match(text, /Ln 2/);
    assert.deepEqual(await linesOutOfReadingOrder(page), [], 'every Arabic line reads right to left');
    await shot('01-problems');
  });

  scenario('gives its messages in Arabic when mudaqqiq.locale says so', async () => {
    mkdirSync(join(session.workspace, '.vscode'), { recursive: true });
    writeFileSync(join(session.workspace, '.vscode', 'settings.json'), JSON.stringify({ 'mudaqqiq.locale': 'ar' }));
    await problemRows(page).filter({ hasText: 'مدّة زخرفية' }).first().waitFor({ timeout: 30_000 });
    assert.deepEqual(await messagesOutOfReadingOrder(page), [], 'Arabic messages read right to left, the full stop last (on the left)');
    await shot('02-problems-in-arabic');
  });

  scenario('applies the quick fix from the light-bulb menu (Ctrl+.) and the text changes', async () => {
    const row = problemRows(page).filter({ hasText: 'tatweel' }).first();
    // Opens the finding in the editor, selected, with the focus there. On the message: the rule id in the
    // middle of the row is a link to the rule's documentation.
    await row.locator('.marker-message-details, .monaco-highlighted-label').first().dblclick();
    await page.locator('.editor-instance .monaco-editor.focused').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout: 15_000 });
    await menu.locator('.monaco-list-row.action', { hasText: REMOVE_TATWEEL }).first().waitFor({ timeout: 15_000 });
    await shot('03-quick-fix-menu');
    // The menu takes keys, not clicks (a pointer block covers it until the mouse moves): walk to the fix.
    const focusedFix = menu.locator('.monaco-list-row.action.focused', { hasText: REMOVE_TATWEEL });
    for (let step = 0; step < 10 && (await focusedFix.count()) === 0; step++) await page.keyboard.press('ArrowDown');
    assert.equal(await focusedFix.count(), 1, 'the tatweel fix is in the light-bulb menu');
    assert.deepEqual(await linesOutOfReadingOrder(page), [], 'a selection leaves the reading order alone');
    await page.keyboard.press('Enter');
    await waitUntil('the tatweel to leave the editor', 15_000, async () => ((await editorText(page)).includes(TATWEEL) ? undefined : true));
    assert.match(await editorText(page), /أعلنت الحكومة يوم الثلاثاء/);
    await problemRows(page).filter({ hasText: 'tatweel' }).first().waitFor({ state: 'detached', timeout: 15_000 });
    await page.keyboard.press('Control+S');
    await waitUntil('the fix to reach the disk', 10_000, async () =>
      readFileSync(join(session.workspace, 'article.news'), 'utf8').includes('أعلنت الحكومة يوم') ? true : undefined,
    );
    await shot('04-after-quick-fix');
  });

  scenario('shows the headline and the paragraphs in the Outline', async () => {
    // Fold the file tree away so that the Outline has the sidebar to itself.
    await page.locator('.pane-header', { hasText: 'workspace' }).first().click();
    await runCommand(page, 'Focus on Outline View');
    const outline = page.locator('.outline-pane .outline-tree');
    await outline.locator('.monaco-list-row').first().waitFor({ timeout: 15_000 });
    for (const start of ['الحكومة تعلن خطة', 'أعلنت', 'وقال', 'وتشمل']) {
      await outline.locator('.monaco-list-row', { hasText: start }).first().waitFor({ timeout: 10_000 });
    }
    await shot('05-outline');
  });

  scenario('shows the article status next to the language mode', async () => {
    await page.locator('.statusbar-item', { hasText: 'Arabic News' }).first().waitFor();
    await page.locator('#status\\.languageStatus').click();
    const hover = page.locator('.hover-language-status');
    await hover.filter({ hasText: /No problems|Problems: \d+/ }).first().waitFor({ timeout: 10_000 });
    assert.match((await hover.allInnerTexts()).join(' '), /Errors: \d+ · Warnings: \d+ · Information: \d+/);
    await shot('06-language-status');
    await page.keyboard.press('Escape');
  });

  scenario('checks every article in the workspace and lists the results in the Problems panel', async () => {
    await runCommand(page, 'Mudaqqiq: Check all articles in the workspace');
    await page.locator('.markers-panel').waitFor({ timeout: 15_000 });
    await problemRows(page).filter({ hasText: 'earlier.news' }).first().waitFor({ timeout: 60_000 });
    await problemRows(page).filter({ hasText: 'الأطفـــال' }).first().waitFor({ timeout: 10_000 });
    assert.equal(await problemRows(page).filter({ hasText: 'notes.txt' }).count(), 0, 'English notes are not checked');
    await shot('07-check-workspace');
  });

  scenario('fixes all problems of an article with the command', async () => {
    await openFile(page, 'archive/earlier.news');
    await runCommand(page, 'Mudaqqiq: Fix all problems in this article');
    await waitUntil('the fixes to reach the editor', 15_000, async () => ((await editorText(page)).includes(TATWEEL) ? undefined : true));
    assert.match(await editorText(page), /لكتب الأطفال للمرة الأولى/);
    await shot('08-fix-all');
  });

  scenario('shows its output channel', async () => {
    await runCommand(page, 'Mudaqqiq: Show output');
    const selected = () =>
      page.evaluate(() => [...document.querySelectorAll<HTMLSelectElement>('.panel select')].map((s) => s.selectedOptions[0]?.text));
    await waitUntil('the Mudaqqiq output channel', 10_000, async () => ((await selected()).includes('Mudaqqiq') ? true : undefined));
    await shot('09-output');
  });

  // names.news: واشنطن in the headline and the lede, وواشنطون in the third line (a listed variant).
  const NAMES = 'names.news';
  const nameRows = (line: number) => problemRows(page).filter({ hasText: 'name-consistency' }).filter({ hasText: `[Ln ${line},` });

  scenario('shows the names of an article in the Outline, each with its count and other spellings', async () => {
    await openFile(page, NAMES);
    await runCommand(page, 'Focus on Outline View');
    const outline = page.locator('.outline-pane .outline-tree');
    await outline.locator('.monaco-list-row', { hasText: 'الأسماء' }).first().waitFor({ timeout: 15_000 });
    await outline.locator('.monaco-list-row', { hasText: 'أماكن' }).first().waitFor({ timeout: 10_000 });
    const washington = outline.locator('.monaco-list-row', { hasText: '3 · واشنطون' }).first();
    await washington.waitFor({ timeout: 10_000 });
    assert.match(await washington.innerText(), /واشنطن/);
    await outline.locator('.monaco-list-row', { hasText: 'سامي العمري' }).first().waitFor({ timeout: 10_000 });
    assert.deepEqual(await outlineRowsRunTogether(page), [], 'a name and its detail stay apart');
    await shot('10-outline-names');
    // Choosing a name goes to its first mention: the headline's واشنطن (line 1, columns 23 to 29).
    await washington.click();
    await page.locator('.statusbar-item', { hasText: /Ln 1, Col (23|29)/ }).first().waitFor({ timeout: 10_000 });
  });

  scenario('adds a spelling to the workspace name list from the light-bulb menu, and its finding goes', async () => {
    await page.keyboard.press('Control+Shift+M');
    const row = nameRows(3).first();
    await row.waitFor({ timeout: 30_000 });
    await row.locator('.marker-message-details, .monaco-highlighted-label').first().dblclick();
    await page.locator('.editor-instance .monaco-editor.focused').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout: 15_000 });
    const addToList = /قائمة الأسماء/;
    await menu.locator('.monaco-list-row.action', { hasText: addToList }).first().waitFor({ timeout: 15_000 });
    await shot('11-add-to-name-list-menu');
    const focused = menu.locator('.monaco-list-row.action.focused', { hasText: addToList });
    for (let step = 0; step < 10 && (await focused.count()) === 0; step++) await page.keyboard.press('ArrowDown');
    assert.equal(await focused.count(), 1, 'the name-list action is in the light-bulb menu');
    await page.keyboard.press('Enter');
    // The extension saves the list it edited; the server reloads it from disk.
    const config = join(session.workspace, '.mudaqqiq.json');
    const saved = await waitUntil('the name list on disk', 15_000, async () => {
      const text = existsSync(config) ? readFileSync(config, 'utf8') : '';
      return text.includes('واشنطون') ? text : undefined;
    });
    const entry = (JSON.parse(saved) as { names: { preferred: string; variants?: string[] }[] }).names[0];
    assert.equal(entry.preferred, 'واشنطون');
    assert.ok(entry.variants?.includes('واشنطن'));
    await row.waitFor({ state: 'detached', timeout: 30_000 });
    await nameRows(1).first().waitFor({ timeout: 15_000 });
    await shot('12-after-name-list');
  });

  scenario('renames a name with F2: every spelling of it, proclitics kept', async () => {
    await openFile(page, NAMES);
    await goTo(page, 1, 25);
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input, .rename-box textarea').first();
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await input.inputValue(), 'واشنطن');
    await input.fill('واشنطون');
    await shot('13-rename');
    await page.keyboard.press('Enter');
    await waitUntil('the rename to reach the editor', 15_000, async () => ((await editorText(page)).includes('واشنطن') ? undefined : true));
    const text = await editorText(page);
    assert.match(text, /يبحث في واشنطون التعاون/);
    assert.match(text, /الأميركي في واشنطون، الاثنين/);
    assert.match(text, /بين عمّان وواشنطون في مجالي/);
    await waitUntil('no name finding left', 15_000, async () =>
      (await problemRows(page).filter({ hasText: 'name-consistency' }).count()) === 0 ? true : undefined,
    );
    await shot('14-after-rename');
  });

  scenario('says that a text it leaves alone is not checked, rather than that it has no problems', async () => {
    await openFile(page, 'notes.txt');
    await page.locator('#status\\.languageStatus').click();
    const hover = page.locator('.hover-language-status');
    await hover.filter({ hasText: 'Not checked: not an Arabic article' }).first().waitFor({ timeout: 10_000 });
    assert.doesNotMatch((await hover.allInnerTexts()).join(' '), /No problems/);
    await shot('15-status-not-checked');
    await page.keyboard.press('Escape');
  });
});
