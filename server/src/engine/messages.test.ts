import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingMessage, fillTemplate } from './messages';
import { lint, resolveConfig } from '.';

describe('messages', () => {
  it('fill a template with its values as they are', () => {
    assert.equal(fillTemplate('“{word}” is written “{correct}”.', { word: 'إستراتيجية', correct: 'استراتيجية' }), '“إستراتيجية” is written “استراتيجية”.');
  });

  it('quote a long value by its first 120 code units, never cutting a surrogate pair', () => {
    assert.equal(fillTemplate('{run}', { run: '!'.repeat(500) }), `${'!'.repeat(120)}…`);
    const emoji = '😀'.repeat(100); // the 120th code unit is a pair's first half
    assert.equal(fillTemplate('{run}', { run: `a${emoji}` }), `a${'😀'.repeat(59)}…`);
  });

  it('stay short for a word of 50,000 tatweels, each of which is a finding quoting it', () => {
    const { findings } = lint(`عنوان\n\n${'بـ'.repeat(50_000)}`, resolveConfig());
    assert.ok(findings.length > 1000);
    for (const locale of ['ar', 'en'] as const) assert.ok(Math.max(...findings.map((f) => findingMessage(f, locale).length)) < 300);
  });
});
