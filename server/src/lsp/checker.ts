import { Worker } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import type { ArticleOutline } from '../engine/outline';
import { ConfigCaches, runCheck, runFix, type CheckInput, type CheckOutput } from './check';
import { diagnosticsOf, type DiagnosticsTarget } from './diagnostics';

// Runs checks: on the main thread for articles, in a worker thread for huge documents. The engine is
// synchronous and does about 10 MB/s, so an article takes milliseconds, but a 10 MB document would hold
// the event loop for a second; in the worker it holds nothing but its own queue, and hovers, outlines and
// other documents keep being answered. The worker is started on first need and shared by all documents.

/** Texts longer than this (UTF-16 units, about 25 ms of checking) go to the worker. */
export const LARGE_DOCUMENT = 256 * 1024;

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

type Task = { op: 'check'; input: CheckInput; target: DiagnosticsTarget } | { op: 'fix'; input: CheckInput };
export type WorkerRequest = Task & { id: number };
export type WorkerResponse =
  | (Omit<CheckedText, 'outline'> & { id: number; outline: ArticleOutline })
  | { id: number; output: string }
  | { id: number; error: string };

interface Job {
  request: WorkerRequest;
  /** Jobs of one document: a queued job is dropped when a newer one with the same key arrives. */
  key: string;
  resolve(response: WorkerResponse): void;
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

  /** Validates config layers, resolving them once; throws ConfigError. */
  validate(layers: CheckInput['layers']): void {
    this.caches.get(layers);
  }

  isLarge(text: string): boolean {
    return this.workerScript !== undefined && text.length > this.largeDocument;
  }

  /** `target`: the document the diagnostics are for, as of `input.text`. */
  async check(input: CheckInput, key: string, target: DiagnosticsTarget): Promise<CheckedText> {
    if (!this.isLarge(input.text)) return checkWithDiagnostics(input, target, this.caches);
    // The worker sends the diagnostics ready: their positions are counted on its copy of the text, so the
    // main thread does not count the lines of a huge document nor convert its findings in one go.
    const response = await this.pool().run({ op: 'check', input, target }, key);
    if (!('findings' in response)) throw new Error('unexpected worker response');
    const { findings, omittedFindings, limited, names, diagnostics, outline } = response;
    return { findings, omittedFindings, limited, names, diagnostics, outline: () => outline };
  }

  async fix(input: CheckInput, key: string): Promise<string> {
    if (!this.isLarge(input.text)) return runFix(input, this.caches);
    const response = await this.pool().run({ op: 'fix', input }, key);
    if (!('output' in response)) throw new Error('unexpected worker response');
    return response.output;
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

class LargeDocumentWorker {
  private thread: Worker | undefined;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly script: string) {}

  run(task: Task, key: string): Promise<WorkerResponse> {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].key === key && this.queue[i].request.op === task.op) this.queue.splice(i, 1)[0].reject(new Superseded());
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { ...task, id: this.nextId++ }, key, resolve, reject });
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
    void thread?.terminate();
  }

  private pump(): void {
    clearTimeout(this.idleTimer);
    if (this.running) return;
    if (this.queue.length === 0) {
      this.idleTimer = setTimeout(() => this.stop(), WORKER_IDLE_MS).unref();
      return;
    }
    this.running = this.queue.shift()!;
    this.start().postMessage(this.running.request);
  }

  private start(): Worker {
    if (this.thread) return this.thread;
    const thread = new Worker(this.script, { workerData: { mudaqqiqWorker: true } });
    thread.unref();
    thread.on('message', (response: WorkerResponse) => {
      const job = this.running;
      if (!job || job.request.id !== response.id) return;
      this.running = undefined;
      if ('error' in response) job.reject(new Error(response.error));
      else job.resolve(response);
      this.pump();
    });
    const fail = (error: Error) => {
      this.thread = undefined;
      const job = this.running;
      this.running = undefined;
      job?.reject(error);
      this.pump();
    };
    thread.on('error', fail);
    thread.on('exit', (code) => {
      if (this.thread === thread) fail(new Error(`check worker exited with code ${code}`));
    });
    this.thread = thread;
    return thread;
  }
}

function checkWithDiagnostics(input: CheckInput, target: DiagnosticsTarget, caches: ConfigCaches): CheckedText {
  const output = runCheck(input, caches);
  return { ...output, diagnostics: diagnosticsOf(output.findings, input.text, target) };
}

/** The worker thread's side: answers check and fix requests until the thread is terminated. */
export function serveWorker(port: { on(event: 'message', listener: (request: WorkerRequest) => void): void; postMessage(response: WorkerResponse): void }): void {
  const caches = new ConfigCaches();
  port.on('message', (request) => {
    try {
      if (request.op === 'check') {
        const { findings, omittedFindings, limited, names, diagnostics, outline } = checkWithDiagnostics(request.input, request.target, caches);
        port.postMessage({ id: request.id, findings, omittedFindings, limited, names, diagnostics, outline: outline() });
      } else {
        port.postMessage({ id: request.id, output: runFix(request.input, caches) });
      }
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
