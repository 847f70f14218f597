// A deterministic corpus of article-like text for the benchmarks, built from our own composed fixtures:
// paragraphs are sampled with a seeded generator and varied (numbers changed, some words swapped for
// other fixture words) so sentences rarely repeat and no cache can flatter the figures.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
}

const FIXTURES = join(__dirname, '..', 'test-fixtures');

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fixtureTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixtureTexts(path);
    return /\.(txt|md|news)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

export function fixtureParagraphs(): string[] {
  const paragraphs = fixtureTexts(FIXTURES)
    .flatMap((text) => text.replace(/\r/g, '').split(/\n+/))
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 8 && !p.startsWith('<!--') && !p.startsWith('#') && !p.startsWith('---'));
  if (paragraphs.length < 10) throw new Error(`too few fixture paragraphs in ${FIXTURES} to build a corpus`);
  return paragraphs;
}

/** One article of roughly `words` words. */
export function makeArticle(random: () => number, paragraphs: string[], vocabulary: string[], words: number): string {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const lines: string[] = [];
  let count = 0;
  const headline = pick(paragraphs).split(/\s+/).slice(0, 8).join(' ').replace(/[.،؛:]+$/, '');
  lines.push(headline);
  while (count < words) {
    const varied = pick(paragraphs)
      .replace(/\d+/g, () => String(Math.floor(random() * 3000)))
      .split(' ')
      .map((word) => (random() < 0.15 && /^[\u0621-\u064A]+$/.test(word) ? pick(vocabulary) : word))
      .join(' ');
    count += varied.split(' ').length;
    lines.push(varied);
  }
  return lines.join('\n') + '\n';
}

/** Writes (or reuses) `megabytes` of articles of about 700 words each under `dir`. */
export function buildCorpus(dir: string, megabytes: number, seed = 2026): Corpus {
  const stamp = join(dir, '.corpus.json');
  const paragraphs = fixtureParagraphs();
  const signature = JSON.stringify({ megabytes, seed, paragraphs: paragraphs.length, chars: paragraphs.join('').length });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === signature) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
    return { dir, files, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(seed);
  const vocabulary = [...new Set(paragraphs.join(' ').match(/[\u0621-\u064A]{3,}/g) ?? [])];
  const files: string[] = [];
  let bytes = 0;
  while (bytes < megabytes * 1024 * 1024) {
    const text = makeArticle(random, paragraphs, vocabulary, 500 + Math.floor(random() * 400));
    const file = join(dir, `article-${String(files.length).padStart(5, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(stamp, signature);
  return { dir, files, bytes };
}
