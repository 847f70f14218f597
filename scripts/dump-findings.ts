// Every finding of the test fixtures and of the bench corpus, one JSON line per file, so that a change made
// for speed can be shown to change no finding: dump before and after, then compare the two files.
//   npx tsx scripts/dump-findings.ts before.jsonl [corpus megabytes, default 10]
//   cmp before.jsonl after.jsonl
// Fixtures are checked with every rule on (the ones off by default too), corpus articles with the defaults.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { kindOf } from '../server/src/cli/check-file';
import { lint, resolveConfig } from '../server/src/engine';
import { buildCorpus } from './bench-corpus';

const [output, megabytes = '10'] = process.argv.slice(2);
if (!output) throw new Error('usage: dump-findings.ts <output.jsonl> [corpus megabytes]');

const root = join(__dirname, '..');
const textFiles = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return textFiles(path);
      return /\.(txt|md|markdown|news)$/.test(name) ? [path] : [];
    });

const everyRule = resolveConfig({ rules: { 'long-sentence': 'warn', 'colon-before-quote': 'warn' } });
const defaults = resolveConfig();
const corpus = buildCorpus(join(root, '.bench', `corpus-${megabytes}`), Number(megabytes));
const lines: string[] = [];
let findingCount = 0;
for (const [files, config] of [[textFiles(join(root, 'test-fixtures')), everyRule], [corpus.files, defaults]] as const) {
  for (const file of files) {
    const { findings } = lint(readFileSync(file, 'utf8'), config, { kind: kindOf(file) });
    findingCount += findings.length;
    lines.push(JSON.stringify({ file: relative(root, file), findings }));
  }
}
writeFileSync(output, lines.join('\n') + '\n');
console.log(`${lines.length} files, ${findingCount} findings -> ${output}`);
