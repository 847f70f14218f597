import { setPriority } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding, Span, TextEdit } from '../engine';
import type { NameEntity } from '../engine/names/detect';
import type { ArticleOutline } from '../engine/outline';
import { ConfigCaches, runCheck, runFix, type CheckInput, type CheckOutput } from './check';
import { diagnosticsOf, type DiagnosticsTarget } from './diagnostics';

// Runs checks: on the main thread for articles, in a worker thread for huge documents. The engine is
// synchronous and does about 10 MB/s, so an article takes milliseconds, but a 10 MB document would hold
// the event loop for a second; in the worker it holds nothing but its own queue, and hovers, outlines and
// other documents keep being answered. The worker is started on first need and shared by all documents.
//
// Texts and results cross between the threads in pieces, which the main thread sends or takes one per
// turn of its event loop: copying a 10 MB text, or a thousand findings with their diagnostics, in one
// go holds it 10-15 ms; a piece holds it a millisecond or two, and requests are read in between.

/** Texts longer than this (UTF-16 units, about 25 ms of checking) go to the worker. */
export const LARGE_DOCUMENT = 256 * 1024;
/** UTF-16 units of text in a piece. */
const TEXT_PIECE = 1 << 20;
/**
 * Findings (with their diagnostics) in a piece of a check's results, and the edits and related places
 * they may hold between them: a name-consistency finding on a huge text carries an edit for every
 * mention of the name ("use this spelling everywhere"), hundreds of them.
 */
const FINDINGS_PIECE = 100;
const FINDING_PARTS_PIECE = 1000;
/**
 * Name mentions in a piece: a 10 MB text names thousands of entities with half a million mentions (some
 * 150 bytes each to copy), and one entity can have thousands, so pieces are cut by mentions, not names.
 */
const MENTIONS_PIECE = 1000;

/** A newer request for the same document replaced this one before it ran. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer version of the document');
  }
}

/** A check and its findings as diagnostics, made where the check ran. */
export interface CheckedText extends CheckOutput {
  diagnostics: Diagnostic[];
}

type Task = { op: 'check'; target: DiagnosticsTarget } | { op: 'fix' };

/** To the worker: the pieces of a task's text, then the task with the rest of its input. */
export type WorkerRequest = { textPiece: string } | { id: number; task: Task; input: Omit<CheckInput, 'text'> };
/** From the worker: a task done, its result left on the results port in `pieces` messages; or its failure. */
export type WorkerResponse = { id: number; pieces: number } | { id: number; error: string };
/**
 * On the results port: the edit of a fix, its text in pieces and then its span (nothing when nothing
 * changed); or a check's findings and names in pieces and then the rest of it.
 */
export type ResultPiece =
  | { id: number; text: string }
  | { id: number; span: Span }
  | { id: number; findings: Finding[]; diagnostics: Diagnostic[] }
  /** `continued`: the last name's mentions go on in the next piece. */
  | { id: number; names: NameEntity[]; continued: boolean }
  | { id: number; outline: ArticleOutline; omittedFindings: number; limited: boolean };

interface Job {
  id: number;
  task: Task;
  input: CheckInput;
  /** Jobs of one document: a queued job is dropped when a newer one with the same key arrives. */
  key: string;
  resolve(pieces: ResultPiece[]): void;
  reject(error: Error): void;
}

export class Checker {
  private readonly caches = new ConfigCaches();
  private worker: LargeDocumentWorker | undefined;

  /** `workerScript`: the file that runs `serveWorker()` in a worker thread (the bundled server itself). */
  constructor(
    private readonly workerScript: string | undefined,
    private readonly largeDocument = LARGE_DOCUMENT,
  ) {}

  isLarge(text: string): boolean {
    return this.workerScript !== undefined && text.length > this.largeDocument;
  }

  /** `target`: the document the diagnostics are for, as of `input.text`; a newer check of it replaces a queued one. */
  async check(input: CheckInput, target: DiagnosticsTarget): Promise<CheckedText> {
    if (!this.isLarge(input.text)) return checkWithDiagnostics(input, target, this.caches);
    // The worker sends the diagnostics ready, their positions counted on its copy of the text: the main
    // thread does not convert the findings of a huge document.
    return checkedFrom(await this.pool().run({ op: 'check', target }, input, target.uri));
  }

  /** The safe fixes as one edit covering what changed (worked out in the worker for a huge text, which sends back only that). */
  async fix(input: CheckInput, key: string): Promise<TextEdit | undefined> {
    if (!this.isLarge(input.text)) return runFix(input, this.caches);
    const pieces = await this.pool().run({ op: 'fix' }, input, key);
    const last = pieces[pieces.length - 1];
    if (!last) return undefined;
    if (!('span' in last)) throw new Error('unexpected worker response');
    return { span: last.span, text: pieces.map((piece) => ('text' in piece ? piece.text : '')).join('') };
  }

  dispose(): void {
    this.worker?.dispose();
  }

  private pool(): LargeDocumentWorker {
    return (this.worker ??= new LargeDocumentWorker(this.workerScript!));
  }
}

/** A worker left idle this long is stopped: a huge document's heap is worth giving back. */
const WORKER_IDLE_MS = 30_000;

interface Thread {
  worker: Worker;
  /** Where the worker leaves results, taken a piece at a time (no 'message' listener, so they wait). */
  results: MessagePort;
}

class LargeDocumentWorker {
  private thread: Thread | undefined;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly script: string) {}

  run(task: Task, input: CheckInput, key: string): Promise<ResultPiece[]> {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].key === key && this.queue[i].task.op === task.op) this.queue.splice(i, 1)[0].reject(new Superseded());
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, input, key, resolve, reject });
      this.pump();
    });
  }

  dispose(): void {
    for (const job of this.queue.splice(0)) job.reject(new Error('checker stopped'));
    this.stop();
  }

  private stop(): void {
    clearTimeout(this.idleTimer);
    const thread = this.thread;
    this.thread = undefined;
    thread?.results.close();
    void thread?.worker.terminate();
  }

  private pump(): void {
    clearTimeout(this.idleTimer);
    if (this.running) return;
    if (this.queue.length === 0) {
      this.idleTimer = setTimeout(() => this.stop(), WORKER_IDLE_MS).unref();
      return;
    }
    this.running = this.queue.shift()!;
    void this.send(this.running, this.start());
  }

  private async send(job: Job, thread: Thread): Promise<void> {
    const { text, ...input } = job.input;
    for (const textPiece of piecesOf(text)) {
      if (this.running !== job) return;
      thread.worker.postMessage({ textPiece } satisfies WorkerRequest);
      await nextTurn();
    }
    if (this.running === job) thread.worker.postMessage({ id: job.id, task: job.task, input } satisfies WorkerRequest);
  }

  private async receive(job: Job, response: WorkerResponse, results: MessagePort): Promise<void> {
    try {
      if ('error' in response) throw new Error(response.error);
      const pieces: ResultPiece[] = [];
      while (pieces.length < response.pieces) {
        await nextTurn();
        if (this.running !== job) return; // the worker failed meanwhile, and the job with it
        const piece = receiveMessageOnPort(results)?.message as ResultPiece | undefined;
        if (!piece) throw new Error('check worker results missing');
        if (piece.id === job.id) pieces.push(piece);
      }
      job.resolve(pieces);
    } catch (error) {
      job.reject(error as Error);
    }
    this.running = undefined;
    this.pump();
  }

  private start(): Thread {
    if (this.thread) return this.thread;
    const { port1: results, port2: workerResults } = new MessageChannel();
    results.unref();
    const worker = new Worker(this.script, { workerData: { mudaqqiqWorker: true, results: workerResults }, transferList: [workerResults] });
    worker.unref();
    const thread: Thread = { worker, results };
    worker.on('message', (response: WorkerResponse) => {
      const job = this.running;
      if (job && job.id === response.id) void this.receive(job, response, results);
    });
    const fail = (error: Error) => {
      if (this.thread === thread) this.thread = undefined;
      results.close();
      const job = this.running;
      this.running = undefined;
      job?.reject(error);
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.thread === thread) fail(new Error(`check worker exited with code ${code}`));
    });
    this.thread = thread;
    return thread;
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += TEXT_PIECE) pieces.push(text.slice(start, start + TEXT_PIECE));
  return pieces;
}

function checkWithDiagnostics(input: CheckInput, target: DiagnosticsTarget, caches: ConfigCaches): CheckedText {
  const output = runCheck(input, caches);
  return { ...output, diagnostics: diagnosticsOf(output.findings, input.text, target) };
}

/** A check's results cut into pieces for the main thread; the outline (the last piece) is made here. */
function checkPieces(id: number, checked: CheckedText): ResultPiece[] {
  const { findings, diagnostics } = checked;
  const pieces: ResultPiece[] = [];
  for (let start = 0, end = 0; start < findings.length; start = end) {
    let parts = 0;
    while (end < findings.length && end - start < FINDINGS_PIECE && (end === start || parts + partsOf(findings[end]) <= FINDING_PARTS_PIECE)) {
      parts += partsOf(findings[end++]);
    }
    pieces.push({ id, findings: findings.slice(start, end), diagnostics: diagnostics.slice(start, end) });
  }
  for (const { names, continued } of namePieces(checked.names)) pieces.push({ id, names, continued });
  pieces.push({ id, outline: firstMentionsOnly(checked.outline()), omittedFindings: checked.omittedFindings, limited: checked.limited });
  return pieces;
}

function partsOf(finding: Finding): number {
  return finding.related.length + finding.fixes.reduce((sum, fix) => sum + fix.edits.length, 0);
}

/** Names in pieces of at most MENTIONS_PIECE mentions; a name with more is split across pieces. */
function namePieces(entities: NameEntity[]): { names: NameEntity[]; continued: boolean }[] {
  const pieces: { names: NameEntity[]; continued: boolean }[] = [];
  let names: NameEntity[] = [];
  let room = MENTIONS_PIECE;
  for (const entity of entities) {
    let start = 0;
    do {
      const end = Math.min(entity.mentions.length, start + room);
      names.push(start === 0 && end === entity.mentions.length ? entity : { ...entity, mentions: entity.mentions.slice(start, end) });
      room -= end - start;
      start = end;
      if (room === 0) {
        pieces.push({ names, continued: end < entity.mentions.length });
        names = [];
        room = MENTIONS_PIECE;
      }
    } while (start < entity.mentions.length);
  }
  if (names.length > 0) pieces.push({ names, continued: false });
  return pieces;
}

/** The outline shows a name at its first mention: its other spans (hundreds of thousands in a huge text) stay here. */
function firstMentionsOnly(outline: ArticleOutline): ArticleOutline {
  return { ...outline, names: outline.names.map((name) => ({ ...name, spans: name.spans.slice(0, 1) })) };
}

function fixPieces(id: number, edit: TextEdit | undefined): ResultPiece[] {
  return edit ? [...piecesOf(edit.text).map((text) => ({ id, text })), { id, span: edit.span }] : [];
}

function checkedFrom(pieces: ResultPiece[]): CheckedText {
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  const names: NameEntity[] = [];
  let continued = false;
  for (const piece of pieces) {
    if ('findings' in piece) {
      findings.push(...piece.findings);
      diagnostics.push(...piece.diagnostics);
    } else if ('names' in piece) {
      const [first, ...rest] = piece.names;
      if (continued) names[names.length - 1].mentions.push(...first.mentions);
      else names.push(first);
      names.push(...rest);
      continued = piece.continued;
    }
  }
  const last = pieces[pieces.length - 1];
  if (!last || !('outline' in last)) throw new Error('unexpected worker response');
  const { outline, omittedFindings, limited } = last;
  return { findings, omittedFindings, limited, names, diagnostics, outline: () => outline };
}

/** The worker thread's side: answers check and fix requests until the thread is terminated. */
export function serveWorker(
  port: { on(event: 'message', listener: (request: WorkerRequest) => void): void; postMessage(response: WorkerResponse): void },
  results: MessagePort,
): void {
  // The nice value is per thread on Linux: this lowers the worker alone, so that on a busy machine the
  // main thread, which answers the editor, gets a processor before the checking in the background.
  if (process.platform === 'linux') setPriority(10);
  const caches = new ConfigCaches();
  let textPieces: string[] = [];
  port.on('message', (request) => {
    if ('textPiece' in request) {
      textPieces.push(request.textPiece);
      return;
    }
    const input: CheckInput = { ...request.input, text: textPieces.join('') };
    textPieces = [];
    try {
      const pieces =
        request.task.op === 'check'
          ? checkPieces(request.id, checkWithDiagnostics(input, request.task.target, caches))
          : fixPieces(request.id, runFix(input, caches));
      for (const piece of pieces) results.postMessage(piece);
      port.postMessage({ id: request.id, pieces: pieces.length });
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
