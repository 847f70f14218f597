import { defineRule } from '../rule';

// Placeholder until the rule is written: registered so that ids, config and docs are complete.
export default defineRule({
  id: 'quote-style',
  category: 'style',
  defaultSeverity: 'off',
  fixable: false,
  scope: 'paragraph',
  messages: {},
  docs: { summary: { ar: '', en: '' }, rationale: { ar: '', en: '' }, bad: '', good: '' },
  defaultOptions: {},
  checkParagraph() {},
});
