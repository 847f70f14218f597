import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { resolveConfig } from './config';
import { fixText, safeFixOf } from './fix';
import { lint } from './lint';
import { rules } from './rules';
import type { TextKind } from './text/prose';

// Random article-like text: Arabic words with harakat and tatweel, Latin, digits of three systems,
// every punctuation mark the rules look at, quotes and brackets, controls, surrogate pairs, line ends.
const pieces = [
  'الحكومة', 'أعلن', 'الى', 'في', 'في في', 'مسؤول', 'مسئول', 'بما في ذلك', 'الذي', 'حيث', 'لبنان', 'قال', 'وأضاف',
  'الحكومـــة', 'بـ25', 'لـ«الوكالة»', 'کتاب', 'ی', 'عَلَم', '2019', '٢٠١٩', '۲۰۱۹', '3.5', '2,500', '10:30',
  'Reuters', 'AFP', 'https://example.com/a?b=1', 'a@b.co', '😀', '\uD83D', '\uDE00',
  '.', '،', ',', ';', '؛', '?', '؟', '!', '…', '..', '...', ':', '«', '»', '“', '”', '"', '(', ')', '[', ']',
  ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\u200F', '\u200B', '\u00A0', '\u202B', '\uFEFF', '#', '- ', '1. ',
  '<!-- mudaqqiq-disable-next-line -->', '```', '---',
];
const articleText = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((parts) => parts.join(''));
const anyKind = fc.constantFrom<TextKind>('plain', 'markdown');

// Every rule on, long-sentence and the house-style rules included.
const config = resolveConfig({ rules: Object.fromEntries(rules.map((r) => [r.id, 'warning'])) });
const runs = Number(process.env.FUZZ_RUNS ?? 300);

describe('fuzz: the engine on random text', () => {
  it('never throws, keeps every span inside the text and every fix free of self-overlap', () => {
    fc.assert(
      fc.property(articleText, anyKind, (text, kind) => {
        for (const finding of lint(text, config, { kind }).findings) {
          const spans = [finding.span, ...finding.related.map((r) => r.span), ...finding.fixes.flatMap((f) => f.edits.map((e) => e.span))];
          for (const { start, end } of spans) assert.ok(0 <= start && start <= end && end <= text.length, `${finding.ruleId}: span ${start}-${end} outside 0-${text.length}`);
          for (const fix of finding.fixes) {
            const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
            edits.forEach((e, i) => i > 0 && assert.ok(edits[i - 1].span.end <= e.span.start, `${finding.ruleId}: fix edits overlap`));
          }
        }
      }),
      { numRuns: runs },
    );
  });

  it('leaves nothing safely fixable after fixing', () => {
    fc.assert(
      fc.property(articleText, anyKind, (text, kind) => {
        const { output } = fixText(text, config, { kind });
        const left = lint(output, config, { kind }).findings.filter((f) => safeFixOf(f));
        assert.deepEqual(left.map((f) => `${f.ruleId} ${JSON.stringify(output.slice(f.span.start, f.span.end))}`), []);
      }),
      { numRuns: runs },
    );
  });

  it('gives CRLF, CR and BOM text the same findings as LF text, at the same places', () => {
    fc.assert(
      fc.property(articleText.map((t) => t.replace(/\r/g, '').replace(/^\uFEFF+/, '')), anyKind, (lfText, kind) => {
        const crlfText = '\uFEFF' + lfText.replace(/\n/g, '\r\n');
        const crText = lfText.replace(/\n/g, '\r');
        const describe = (text: string) =>
          lint(text, config, { kind }).findings.map((f) => `${f.ruleId}:${text.slice(f.span.start, f.span.end).replace(/\r\n?/g, '\n')}`);
        assert.deepEqual(describe(crlfText), describe(lfText));
        assert.deepEqual(describe(crText), describe(lfText));
      }),
      { numRuns: runs },
    );
  });
});
