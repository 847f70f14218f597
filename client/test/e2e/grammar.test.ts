// The arabic-news TextMate grammar, tokenized by the same vscode-textmate and Oniguruma that VS Code uses
// (taken from the code-server install, so the regexes are judged by the real engine, not JavaScript's).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { CODE_SERVER, ROOT, ensureTools } from './code-server';

type Scopes = [text: string, scope: string][];
let tokenizeLines: (text: string) => Scopes[];

/** The scopes of `text`'s tokens that mean something (not the root scope), as [token text, innermost scope]. */
function scopesOf(text: string): Scopes {
  return tokenizeLines(text).flat();
}

function scopeAt(text: string, token: string): string | undefined {
  return scopesOf(text).find(([t]) => t === token)?.[1];
}

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
  it('marks the first non-blank line, and only it, as the headline', () => {
    const lines = tokenizeLines('\n  \nالحكومة تعلن خطة جديدة  \nأعلنت الحكومة خطة جديدة.\nسطر ثالث.');
    assert.deepEqual(lines[2], [['الحكومة تعلن خطة جديدة', 'markup.heading.1.headline.arabic-news']]);
    assert.deepEqual(lines.slice(3), [[], []]);
  });

  it('keeps numbers and quotations inside the headline recognisable', () => {
    const [headline] = tokenizeLines('ارتفاع الأسعار 3.5% في «أسبوع»');
    assert.ok(headline.some(([t, s]) => t === '3.5%' && s === 'constant.numeric.arabic-news'));
    assert.ok(headline.some(([t, s]) => t === 'أسبوع' && s === 'string.quoted.guillemets.arabic-news'));
  });

  const body = (line: string) => `العنوان\n${line}`;

  it('scopes quotations in every convention, nested ones included', () => {
    for (const [text, quoted, scope] of [
      ['قال: «نعم» ثم مضى.', 'نعم', 'string.quoted.guillemets.arabic-news'],
      ['قال: “نعم” ثم مضى.', 'نعم', 'string.quoted.curly.arabic-news'],
      ['قال: ”نعم“ ثم مضى.', 'نعم', 'string.quoted.curly.reversed.arabic-news'],
      ['قال: "نعم" ثم مضى.', 'نعم', 'string.quoted.straight.arabic-news'],
      ['قال: «وصف الخطة بأنها “تاريخية” أمس».', 'تاريخية', 'string.quoted.curly.arabic-news'],
    ]) {
      assert.equal(scopeAt(body(text), quoted), scope, text);
    }
    assert.equal(scopeAt(body('قال: «نعم» ثم مضى.'), '«'), 'punctuation.definition.quote.begin.arabic-news');
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    const lines = tokenizeLines('العنوان\nقال: «نعم ثم مضى.\nفقرة تالية.');
    assert.deepEqual(lines[2], []);
  });

  it('scopes numbers in Western, Arabic-Indic and Persian digits', () => {
    for (const number of ['2024', '3.5', '2,500', '٢٠٢٤', '٣٫٥', '۱۴۰۲', '40%', '٤٠٪']) {
      assert.equal(scopeAt(body(`بلغت النسبة ${number} هذا العام.`), number), 'constant.numeric.arabic-news', number);
    }
  });

  it('scopes dates, and leaves a month name that is a verb or a noun alone', () => {
    for (const date of ['12 مارس 2024', '١٢ آذار ٢٠٢٤', 'تشرين الأول 2023', '3 أيار (مايو) 2021', '12/3/2024', '1445 هـ', '2024م']) {
      assert.equal(scopeAt(body(`جرى ذلك في ${date} وسط حضور كبير.`), date), 'constant.numeric.date.arabic-news', date);
    }
    assert.equal(scopeAt(body('مارس الضغط على الحكومة.'), 'مارس'), undefined);
    assert.deepEqual(tokenizeLines(body('زار آب مدينته.'))[1], []);
  });

  it('scopes inline directives: the kind and the rule ids', () => {
    const line = body('نص <!-- mudaqqiq-disable-next-line tatweel, hamza --> نص');
    assert.equal(scopeAt(line, 'mudaqqiq-disable-next-line'), 'keyword.control.directive.arabic-news');
    assert.equal(scopeAt(line, 'tatweel'), 'variable.other.rule-id.arabic-news');
    assert.equal(scopeAt(line, 'hamza'), 'variable.other.rule-id.arabic-news');
    assert.equal(scopeAt(body('نص <!-- ملاحظة للمحرر --> نص'), ' ملاحظة للمحرر '), 'comment.block.arabic-news');
  });
});
