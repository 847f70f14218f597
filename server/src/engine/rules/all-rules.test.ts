import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../lint';
import { configFor } from '../testing/rule-tester';
import { rules } from '.';

// What every rule owes its users, checked for all of them at once.
describe('every rule', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      it('has an id of lower-case words joined by hyphens', () => {
        assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
      });
      it('has every message, the summary and the rationale in Arabic and English', () => {
        const texts = [...Object.values(rule.messages), rule.docs.summary, rule.docs.rationale];
        assert.ok(Object.keys(rule.messages).length > 0, 'no messages');
        for (const text of texts) {
          assert.ok(text.ar.trim() && /[\u0600-\u06FF]/.test(text.ar), `Arabic text missing: ${JSON.stringify(text)}`);
          assert.ok(text.en.trim() && !/[\u0600-\u06FF]{3}/.test(text.en.replace(/[“"«].*?[”"»]|\{\w+\}/g, '')) , `English text missing: ${JSON.stringify(text)}`);
        }
      });
      it('finds something in its bad example and nothing in its good one', () => {
        const config = configFor(rule);
        assert.ok(lint(rule.docs.bad, config).findings.length > 0, 'bad example gives no finding');
        assert.deepEqual(lint(rule.docs.good, config).findings, [], 'good example gives findings');
      });
    });
  }
});
