import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules, type UserConfig } from '../../src/engine';
import { ARTICLE_RULES_LIMIT, changedPart, ConfigCaches, MAX_FINDINGS, runCheck, runFix } from '../../src/lsp/check';

const only = (...ids: string[]): UserConfig => ({ rules: Object.fromEntries(rules.map((r) => [r.id, ids.includes(r.id) ? 'warning' : 'off'])) });
const SENTENCE = 'وأعلنت الحكومـــة الثلاثاء خطة جديدة لإعادة إعمار الأحياء المتضررة من السيول في الشتاء.\n';

describe('one check', () => {
  it('runs every rule on an article and outlines it', () => {
    const text = `عنوان الخبر\n${SENTENCE}${SENTENCE}`;
    const output = runCheck({ text, kind: 'plain', layers: [only('tatweel', 'duplicate-sentence')] }, new ConfigCaches());
    assert.deepEqual(output.findings.map((f) => f.ruleId).sort(), ['duplicate-sentence', 'tatweel', 'tatweel']);
    assert.equal(output.limited, false);
    assert.deepEqual(output.outline().blocks.map((b) => b.role), ['headline', 'lede', 'paragraph']);
  });

  it('finds the names of the article once, for the outline and rename, in the working text', () => {
    const text = '\uFEFFوفد يزور واشنطن\r\nوصل الوفد إلى واشنطن، وقال إن المباحثات بين بغداد وواشنطون ستطول.\r\n';
    const output = runCheck({ text, kind: 'plain', layers: [only('name-consistency')] }, new ConfigCaches());
    const washington = output.names.find((n) => n.preferred === 'واشنطن');
    assert.deepEqual(washington?.counts, [{ form: 'واشنطن', count: 2 }, { form: 'واشنطون', count: 1 }]);
    assert.deepEqual(output.findings.map((f) => text.slice(f.span.start, f.span.end)), ['واشنطون']);
    const places = output.outline().names.filter((n) => n.kind === 'place');
    assert.deepEqual(places.map((n) => [n.name, n.count, n.spans.map((s) => text.slice(s.start, s.end))]), [
      ['واشنطن', 3, ['واشنطن', 'واشنطن', 'واشنطون']],
      ['بغداد', 1, ['بغداد']],
    ]);
  });

  it('runs only the paragraph rules on a text beyond an article\'s size, and keeps the first findings', () => {
    const text = `عنوان\n${SENTENCE.repeat(Math.ceil(ARTICLE_RULES_LIMIT / SENTENCE.length) + 1)}`;
    const output = runCheck({ text, kind: 'plain', layers: [only('tatweel', 'duplicate-sentence')] }, new ConfigCaches());
    assert.equal(output.limited, true);
    assert.ok(output.findings.every((f) => f.ruleId === 'tatweel'));
    assert.equal(output.findings.length, MAX_FINDINGS);
    assert.ok(output.omittedFindings > 10_000);
    assert.deepEqual(output.names, [], 'no names beyond an article\'s size');
  });

  it('keeps the most severe findings when it cannot show them all: one error after thousands of warnings is shown', () => {
    const text = `عنوان\n${'ذهب الوزير الى القاهرة.\n'.repeat(MAX_FINDINGS + 500)}وقال: «لن نتراجع.\n`;
    const layer = only('hamza');
    const output = runCheck({ text, kind: 'plain', layers: [{ rules: { ...layer.rules, 'unbalanced-quotes': 'error' } }] }, new ConfigCaches());
    assert.equal(output.findings.length, MAX_FINDINGS);
    assert.equal(output.omittedFindings, 501);
    assert.deepEqual(
      output.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId),
      ['unbalanced-quotes'],
    );
    assert.ok(output.findings.every((f, k) => k === 0 || output.findings[k - 1].span.start <= f.span.start), 'in text order');
  });

  it('fixes with the engine\'s fix loop, as one edit of what changed', () => {
    const text = `عنوان\n${SENTENCE}`;
    const caches = new ConfigCaches();
    const edit = runFix({ text, kind: 'plain', layers: [only('tatweel')] }, caches);
    assert.deepEqual(edit, { span: { start: text.indexOf('ـ'), end: text.lastIndexOf('ـ') + 1 }, text: '' });
    assert.equal(runFix({ text: `عنوان\n${SENTENCE.replace('ـــ', '')}`, kind: 'plain', layers: [only('tatweel')] }, caches), undefined);
  });

  it('never cuts a surrogate pair or a CRLF in the edit of what changed', () => {
    assert.deepEqual(changedPart('ab😀c', 'ab😃c'), { span: { start: 2, end: 4 }, text: '😃' });
    assert.deepEqual(changedPart('x\r\ny', 'x\ny'), { span: { start: 1, end: 3 }, text: '\n' });
    assert.equal(changedPart('same', 'same'), undefined);
  });

  it('keeps one resolved configuration and paragraph cache per set of layers', () => {
    const caches = new ConfigCaches();
    assert.equal(caches.get([only('tatweel')]), caches.get([only('tatweel')]));
    assert.notEqual(caches.get([only('tatweel')]), caches.get([only('hamza')]));
  });
});
