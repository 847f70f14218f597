// The arabic-news TextMate grammar, tokenized by the same vscode-textmate and Oniguruma that VS Code uses
// (taken from the code-server install, so the regexes are judged by the real engine, not JavaScript's).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { CODE_SERVER, ROOT, ensureTools } from './code-server';

type Scopes = [text: string, scope: string][];
let tokenizeLines: (text: string) => Scopes[];

before(async () => {
  ensureTools();
  const modules = join(dirname(CODE_SERVER), '..', 'code-server', 'lib', 'vscode', 'node_modules');
  const oniguruma = require(join(modules, 'vscode-oniguruma'));
  const textmate = require(join(modules, 'vscode-textmate'));
  const wasm = readFileSync(join(modules, 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => JSON.parse(readFileSync(join(ROOT, 'syntaxes', 'arabic-news.tmLanguage.json'), 'utf8')),
  });
  const grammar = await registry.loadGrammar('text.arabic-news');
  tokenizeLines = (text) => {
    let state = textmate.INITIAL;
    return text.split('\n').map((line) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      return result.tokens
        .map((t: { startIndex: number; endIndex: number; scopes: string[] }) => [line.slice(t.startIndex, t.endIndex), t.scopes.at(-1)!] as [string, string])
        .filter(([, scope]: [string, string]) => scope !== 'text.arabic-news');
    });
  };
});

describe('arabic-news grammar', () => {
  it('marks the first non-blank line, and only it, as the headline, in one token', () => {
    const lines = tokenizeLines('\n  \nارتفاع الأسعار 3.5% في «أسبوع»  \nأعلنت الحكومة خطة جديدة.\nسطر ثالث.');
    assert.deepEqual(lines[2], [['ارتفاع الأسعار 3.5% في «أسبوع»', 'markup.heading.1.headline.arabic-news']]);
    assert.deepEqual(lines.slice(3), [[], []]);
  });

  const body = (line: string) => `العنوان\n${line}`;
  const bodyScopes = (line: string) => tokenizeLines(body(line))[1];
  const scopeIn = (line: string, token: string) => bodyScopes(line).find(([t]) => t === token)?.[1];

  it('scopes quotations in every convention, nested ones included', () => {
    for (const [text, quoted, scope] of [
      ['قال: «نعم» ثم مضى.', 'نعم', 'meta.quote.guillemets.arabic-news'],
      ['قال: “نعم” ثم مضى.', 'نعم', 'meta.quote.curly.arabic-news'],
      ['قال: ”نعم“ ثم مضى.', 'نعم', 'meta.quote.curly.reversed.arabic-news'],
      ['قال: "نعم" ثم مضى.', 'نعم', 'meta.quote.straight.arabic-news'],
      ['قال: «وصف الخطة بأنها “تاريخية” أمس».', 'تاريخية', 'meta.quote.curly.arabic-news'],
    ]) {
      assert.equal(scopeIn(text, quoted), scope, text);
    }
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    assert.deepEqual(tokenizeLines('العنوان\nقال: «نعم ثم مضى.\nفقرة تالية.')[2], []);
  });

  it('scopes numbers in Western, Arabic-Indic and Persian digits', () => {
    for (const number of ['2024', '3.5', '2,500', '٢٠٢٤', '٣٫٥', '۱۴۰۲', '40%', '٤٠٪']) {
      assert.equal(scopeIn(`بلغت النسبة ${number} هذا العام.`, number), 'meta.number.arabic-news', number);
    }
  });

  it('scopes dates, and leaves a month name that is a verb or a noun alone', () => {
    for (const date of ['12 مارس 2024', '١٢ آذار ٢٠٢٤', 'تشرين الأول 2023', '3 أيار (مايو) 2021', '12/3/2024', '1445 هـ', '2024م']) {
      assert.equal(scopeIn(`جرى ذلك في ${date} وسط حضور كبير.`, date), 'meta.date.arabic-news', date);
    }
    assert.deepEqual(bodyScopes('مارس الضغط على الحكومة.'), []);
    assert.deepEqual(bodyScopes('زار آب مدينته.'), []);
  });

  it('scopes a directive on a line of its own: the kind and the rule ids, not the words of its reason', () => {
    const line = '<!-- mudaqqiq-disable-next-line tatweel, hamza -->';
    assert.equal(scopeIn(line, 'mudaqqiq-disable-next-line'), 'keyword.control.directive.arabic-news');
    assert.equal(scopeIn(line, 'tatweel'), 'variable.other.rule-id.arabic-news');
    assert.equal(scopeIn(line, 'hamza'), 'variable.other.rule-id.arabic-news');
    assert.equal(scopeIn('<!-- ملاحظة للمحرر -->', '<!-- ملاحظة للمحرر -->'), 'comment.block.arabic-news');
    const withReason = '<!-- mudaqqiq-disable tatweel -- the logo keeps its hamza -->';
    assert.equal(scopeIn(withReason, 'tatweel'), 'variable.other.rule-id.arabic-news');
    assert.equal(scopeIn(withReason, ' -- the logo keeps its hamza '), 'comment.block.directive.arabic-news', 'the reason holds no rule ids');
  });

  // VS Code lays out the differently coloured pieces of a line holding Arabic from left to right, each an
  // isolated run: colouring a word inside an Arabic line would scramble the line's reading order.
  it('colours nothing inside an Arabic line (meta scopes only, which themes leave alone)', () => {
    const line = 'وقال الوزير في 12 مارس 2024 إن الخطة ستكلف 3.5 مليار: «سننجزها “قريبا” <!-- mudaqqiq-disable tatweel --> بإذن الله».';
    const scopes = bodyScopes(line).map(([, scope]) => scope);
    assert.ok(scopes.length > 0);
    assert.deepEqual(scopes.filter((scope) => !scope.startsWith('meta.')), []);
  });
});
