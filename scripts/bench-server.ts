// `npm run bench:server`: the language server as an editor sees it, over stdio (dist/server.js, built by
// the npm script first). Start-up to the initialize answer; 200 single-character edits to a 1,000-word and
// a 20,000-word article, each timed from didChange to its fresh pulled diagnostics (no debounce on pull);
// server memory with 100 open articles; and a 10 MB document opened and edited while hovers and outlines
// of another document keep being asked for. Articles are built from test-fixtures/ (scripts/bench-corpus).
// Prints figures against their targets; asserts nothing. BENCH_TRANSPORT=ipc talks to the server over
// Node IPC, as the VS Code client does, instead of stdio.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from '../server/test/lsp/client';
import { fixtureParagraphs, makeArticle } from './bench-corpus';

const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 10);
/** BENCH_ONLY=startup,edits,memory,huge runs a part. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const part = (name: string) => !ONLY || ONLY.includes(name);
const transport = process.env.BENCH_TRANSPORT === 'ipc' ? 'ipc' : 'stdio';
/** A server with pull diagnostics and no settings, over the chosen transport. */
const startClient = () => TestClient.start({ pull: true, settings: () => ({}), transport });

const report = (what: string, figure: string, target = '') => console.log(`${what.padEnd(58)} ${figure.padStart(16)}   ${target}`);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Park–Miller: deterministic articles and edit positions from run to run. */
function seeded(seed: number): () => number {
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

const paragraphs = fixtureParagraphs();
const vocabulary = [...new Set(paragraphs.join(' ').match(/[\u0621-\u064A]{3,}/g) ?? [])];
const article = (random: () => number, words: number) => makeArticle(random, paragraphs, vocabulary, words);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function rssMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

async function startup(): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    const client = await startClient();
    times.push(performance.now() - start);
    await client.stop();
  }
  report('start-up: spawn to initialize answer, median of 7', `${percentile(times, 50).toFixed(0)} ms`, 'target < 300 ms');
  report('start-up: slowest of 7', `${Math.max(...times).toFixed(0)} ms`);
}

async function edits(words: number, target: number): Promise<void> {
  const client = await startClient();
  const random = seeded(words);
  const text = article(random, words);
  const uri = `untitled:bench-${words}.news`;
  const document = await client.open(uri, text);
  const first = await client.pull(uri);
  const times: number[] = [];
  let resultId = first.resultId;
  for (let i = 0; i < EDITS; i++) {
    // A letter typed at a random place in the body (after the headline), as a writer edits.
    const bodyStart = document.getText().indexOf('\n') + 1;
    const at = bodyStart + Math.floor(random() * (document.getText().length - bodyStart));
    const position = document.positionAt(at);
    const start = performance.now();
    await client.change(uri, [{ range: { start: position, end: position }, newText: 'ن' }]);
    const fresh = await client.pull(uri, resultId);
    times.push(performance.now() - start);
    if (fresh.kind !== 'full') throw new Error('an edit gave no fresh diagnostics');
    resultId = fresh.resultId;
  }
  const diagnostics = (await client.pullItems(uri)).length;
  report(`${wordCount(text).toLocaleString('en')}-word article: first check (cold)`, `${(await timeFirstPull(words)).toFixed(1)} ms`);
  report(`${wordCount(text).toLocaleString('en')}-word article, ${EDITS} edits: p50 edit → diagnostics`, `${percentile(times, 50).toFixed(1)} ms`);
  report(`${wordCount(text).toLocaleString('en')}-word article, ${EDITS} edits: p95 edit → diagnostics`, `${percentile(times, 95).toFixed(1)} ms`, `target < ${target} ms (${diagnostics} diagnostics)`);
  await client.stop();
}

/** A fresh server's first pull of the article: parse, all rules, no cache. */
async function timeFirstPull(words: number): Promise<number> {
  const client = await startClient();
  const text = article(seeded(words), words);
  await client.open('untitled:cold.news', text);
  const start = performance.now();
  await client.pull('untitled:cold.news');
  const time = performance.now() - start;
  await client.stop();
  return time;
}

async function memory(): Promise<void> {
  const client = await startClient();
  const random = seeded(100);
  let totalWords = 0;
  for (let i = 0; i < 100; i++) {
    const text = article(random, 600 + Math.floor(random() * 600));
    totalWords += wordCount(text);
    const uri = `untitled:open-${i}.news`;
    await client.open(uri, text);
    await client.pull(uri);
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  }
  const { rss, peak } = rssMb(client.child.pid!);
  report(`100 open articles (${totalWords.toLocaleString('en')} words), checked and outlined: RSS`, `${rss.toFixed(0)} MB`, `target < 150 MB (peak ${peak.toFixed(0)} MB)`);
  await client.stop();
}

async function hugeDocument(): Promise<void> {
  const client = await startClient();
  const small = 'untitled:small.news';
  const smallText = article(seeded(7), 800);
  const smallDocument = await client.open(small, smallText);
  await client.pull(small);

  const random = seeded(10);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < BIG_MB * 1024 * 1024) {
    const part = article(random, 1000);
    parts.push(part, '\n');
    bytes += Buffer.byteLength(part) + 1;
  }
  const bigText = parts.join('');
  const big = 'untitled:huge.news';

  // Ask about the small document without pause while the big one is opened, checked and edited. A
  // request sent behind the 10 MB didOpen (or a full-text didChange) on the one connection is answered
  // after it whatever the server does: those are counted apart, timed from their sending (right after the
  // big message is written) and, for information, from the big message's first byte.
  const probes: { start: number; latency: number }[] = [];
  const behind: { sent: number; answered: number }[] = [];
  const documentSymbol = () => client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: small } });
  /**
   * Sends a big message, then a request. The request's wait is counted from the message's first byte
   * (after the client's own encoding; over IPC, from the send) to its answer, and from the moment the
   * client's write is done (the last byte is in the socket's buffer, not necessarily read yet).
   */
  const requestBehind = async (method: string, send: () => Promise<unknown>) => {
    const sent = performance.now();
    await send(); // resolves when the client's write is done
    const written = performance.now();
    await documentSymbol();
    const answered = performance.now();
    behind.push({ sent, answered });
    const firstByte = Math.max(sent, client.encodedAt.get(method) ?? 0);
    return { encoding: firstByte - sent, waiting: answered - firstByte, afterWrite: answered - written };
  };
  let busy = true;
  const prober = (async () => {
    let i = 0;
    while (busy) {
      const start = performance.now();
      if (i++ % 2 === 0) {
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: smallDocument.positionAt(Math.floor(smallText.length / 2)) });
      } else {
        await documentSymbol();
      }
      probes.push({ start, latency: performance.now() - start });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();

  await new Promise((resolve) => setTimeout(resolve, 100));
  let bigDocument!: TextDocument;
  const open = await requestBehind('textDocument/didOpen', async () => (bigDocument = await client.open(big, bigText)));
  const first = await client.pull(big);
  const firstCheck = performance.now() - behind[0].sent;
  const editTimes: number[] = [];
  let resultId = first.resultId;
  for (let i = 0; i < 5; i++) {
    const position = bigDocument.positionAt(Math.floor(random() * bigDocument.getText().length));
    const start = performance.now();
    await client.change(big, [{ range: { start: position, end: position }, newText: 'ن' }]);
    const fresh = await client.pull(big, resultId);
    resultId = fresh.resultId;
    editTimes.push(performance.now() - start);
  }
  const middle = bigDocument.getText().length >> 1;
  const whole = await requestBehind('textDocument/didChange', () => client.changeAll(big, `${bigDocument.getText().slice(0, middle)}ن${bigDocument.getText().slice(middle)}`));
  await client.pull(big, resultId);
  busy = false;
  await prober;
  const { rss, peak } = rssMb(client.child.pid!);
  // Left out too: requests in flight while the client itself encoded a big message (its event loop held).
  const others = probes.filter((p) => !behind.some((b) => p.start <= b.answered && p.start + p.latency >= b.sent)).map((p) => p.latency);
  const size = `${(bytes / 1024 / 1024).toFixed(0)} MB document`;
  for (const [what, figures] of [['didOpen', open], ['full-text didChange', whole]] as const) {
    report(`${size}: ${what}, client's encoding`, `${figures.encoding.toFixed(0)} ms`);
    // A request cannot be sent before the big message ahead of it on the one connection is written: the
    // server holds it from then on. Counted from the big message's first byte, the 10 MB transfer is in too.
    report(`  request behind it: sent → answer`, `${figures.afterWrite.toFixed(0)} ms`, 'target < 100 ms');
    report(`  request behind it: big message's first byte → answer`, `${figures.waiting.toFixed(0)} ms`);
  }
  report(`${size}: open → first diagnostics (worker)`, `${firstCheck.toFixed(0)} ms`, `(${(first.items ?? []).length} diagnostics shown)`);
  report(`${size}: edit → fresh diagnostics, median of 5`, `${percentile(editTimes, 50).toFixed(0)} ms`);
  report('meanwhile: hover/documentSymbol on another document, p95', `${percentile(others, 95).toFixed(1)} ms`, `(${others.length} requests)`);
  report('meanwhile: hover/documentSymbol on another document, max', `${Math.max(...others).toFixed(1)} ms`, 'target < 100 ms');
  report(`server RSS with the ${size} open`, `${rss.toFixed(0)} MB`, `(peak ${peak.toFixed(0)} MB)`);
  await client.stop();
}

async function main(): Promise<void> {
  console.log(`language server benchmark: node ${process.version}, ${transport}, ${paragraphs.length} fixture paragraphs\n`);
  if (part('startup')) await startup();
  if (part('edits')) {
    await edits(1000, 30);
    await edits(20000, 100);
  }
  if (part('memory')) await memory();
  if (part('huge')) await hugeDocument();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
