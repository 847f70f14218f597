// `npm run eval:names`: precision and recall of the name-consistency rule on the labelled evaluation sets.
// test-fixtures/names/ is the set of issue 4; test-fixtures/names-second/ was written later, by a writer who
// had not read the detector, to show how the rule does on copy not written with it in mind;
// test-fixtures/names-sports/ is sports wire copy (transfers, match reports, Olympic results, tennis), dense
// with transliterated players, clubs and stadiums, its variants of the kinds transliteration makes (long
// vowels, ج/غ for /g/, ف/ڤ for /v/, hamza forms, ة/ه); test-fixtures/names-business/ is business and
// economy copy (central banks, finance ministers, OPEC+, the IMF and the World Bank, exchanges and their
// indices, Chinese, Japanese and Korean companies and executives, Latin acronyms beside Arabic names). In each, an
// article `<n>.txt` has injected name variants, `<n>.labels.json` lists the mentions a copy editor must see
// flagged, and `<n>.clean.txt` is its corrected twin.
//
// A finding is a true positive when it covers (overlaps) a labelled mention; every finding on a clean
// twin is a false positive. Recall counts the labelled mentions that some finding covers.
// `--verbose` lists every miss and every false positive.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, resolveConfig, rules, type Finding } from '../server/src/engine';

export const NAMES_FIXTURES = join(__dirname, '..', 'test-fixtures', 'names');
export const SECOND_NAMES_FIXTURES = join(__dirname, '..', 'test-fixtures', 'names-second');
export const SPORTS_NAMES_FIXTURES = join(__dirname, '..', 'test-fixtures', 'names-sports');
export const BUSINESS_NAMES_FIXTURES = join(__dirname, '..', 'test-fixtures', 'names-business');
const RULE = 'name-consistency';

interface Label {
  line: number;
  start: number;
  end: number;
  text: string;
  preferred: string;
}

interface Labelled {
  article: string;
  clean: string;
  labels: Label[];
}

export interface Miss {
  file: string;
  line: number;
  text: string;
}

export interface NamesEvaluation {
  articles: number;
  labels: number;
  findings: number;
  truePositives: number;
  recalled: number;
  precision: number;
  recall: number;
  /** Labelled mentions no finding covers. */
  missed: Miss[];
  /** Findings that cover no label, on articles and on clean twins. */
  falsePositives: Miss[];
  /** Clean twins with at least one finding. */
  dirtyTwins: string[];
}

const config = resolveConfig({ rules: Object.fromEntries(rules.map((r) => [r.id, r.id === RULE ? 'warning' : 'off'])) });

function findingsOf(text: string): Finding[] {
  return lint(text, config).findings.filter((f) => f.ruleId === RULE);
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const overlaps = (f: Finding, l: Label) => f.span.start < l.end && l.start < f.span.end;

export function evaluateNames(dir = NAMES_FIXTURES): NamesEvaluation {
  const sets = readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Labelled);
  const result: NamesEvaluation = {
    articles: sets.length,
    labels: 0,
    findings: 0,
    truePositives: 0,
    recalled: 0,
    precision: 1,
    recall: 1,
    missed: [],
    falsePositives: [],
    dirtyTwins: [],
  };
  for (const set of sets) {
    const text = readFileSync(join(dir, set.article), 'utf8');
    for (const label of set.labels) {
      if (text.slice(label.start, label.end) !== label.text) throw new Error(`${set.article}: label "${label.text}" is not at ${label.start}`);
    }
    const findings = findingsOf(text);
    result.labels += set.labels.length;
    result.findings += findings.length;
    for (const f of findings) {
      if (set.labels.some((l) => overlaps(f, l))) result.truePositives++;
      else result.falsePositives.push({ file: set.article, line: lineOf(text, f.span.start), text: text.slice(f.span.start, f.span.end) });
    }
    for (const l of set.labels) {
      if (findings.some((f) => overlaps(f, l))) result.recalled++;
      else result.missed.push({ file: set.article, line: l.line, text: l.text });
    }
    const clean = readFileSync(join(dir, set.clean), 'utf8');
    const cleanFindings = findingsOf(clean);
    result.findings += cleanFindings.length;
    if (cleanFindings.length > 0) result.dirtyTwins.push(set.clean);
    for (const f of cleanFindings) result.falsePositives.push({ file: set.clean, line: lineOf(clean, f.span.start), text: clean.slice(f.span.start, f.span.end) });
  }
  result.precision = result.findings === 0 ? 1 : result.truePositives / result.findings;
  result.recall = result.labels === 0 ? 1 : result.recalled / result.labels;
  return result;
}

if (require.main === module) {
  const verbose = process.argv.includes('--verbose');
  for (const [dir, targets] of [
    [NAMES_FIXTURES, ['(target ≥ 0.95)', '(target ≥ 0.90)']],
    [SECOND_NAMES_FIXTURES, ['', '']],
    [SPORTS_NAMES_FIXTURES, ['', '']],
    [BUSINESS_NAMES_FIXTURES, ['', '']],
  ] as const) {
    const r = evaluateNames(dir);
    console.log(`name-consistency on ${r.articles} labelled articles and their clean twins (${dir})`);
    console.log(`labelled mentions ${r.labels}, findings ${r.findings} (${r.truePositives} on a label)`);
    console.log(`precision ${r.precision.toFixed(3)}   ${targets[0]}`);
    console.log(`recall    ${r.recall.toFixed(3)}   ${targets[1]}`);
    console.log(`clean twins with findings: ${r.dirtyTwins.length}`);
    if (verbose || r.missed.length + r.falsePositives.length <= 20) {
      for (const m of r.missed) console.log(`  missed   ${m.file}:${m.line}  ${m.text}`);
      for (const m of r.falsePositives) console.log(`  false +  ${m.file}:${m.line}  ${m.text}`);
    }
    console.log('');
  }
}
