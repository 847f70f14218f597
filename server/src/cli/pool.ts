import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { Checker, type CheckSettings, type FileTask } from './check-file';
import { lowerHelperThreads } from './helper-priority';
import type { FileResult } from './report';

// Checks many files on all cores: this thread checks its share and one worker thread per other core
// checks the rest. This thread does the work of a core rather than only handing out files, since each
// worker thread pays again for loading, compiling and warming the engine. Files go out in small batches,
// so a thread that drew long articles does not hold the others up.

export interface PoolOptions {
  /** --workers (threads in all, this one included); default one per core when there is text enough. */
  workers?: number;
  /** dist/worker.js; without it (running from sources) everything is checked in this thread. */
  workerScript?: string;
}

/** Files sent to a thread, from `start` in the run's order; the worker answers with a ResultBatch. */
export interface Batch {
  start: number;
  tasks: readonly FileTask[];
}

export interface ResultBatch {
  start: number;
  results: FileResult[];
}

/** Batches a worker holds at once: it starts the next while this thread is busy with its own. */
const BATCHES_IN_FLIGHT = 2;
/** Files in a batch at most: a message's worth, small against the run. */
const MAX_BATCH = 50;
/** A batch is at most this fraction of the files left per thread (1/8 of a thread's share at the start). */
const BATCHES_PER_THREAD_LEFT = 8;

/**
 * The text a worker thread must have to pay for itself. Each thread spends about a second of processor
 * time warming the engine up (V8 compiling the rules), on the same cores the checking needs. Measured on
 * two cores (29 November, third session): 20 MB of articles take 2.04 s on one thread and 2.19 s on two,
 * 35 MB 3.26 s and 2.88 s, 50 MB 4.61 s and 3.57 s.
 */
const BYTES_PER_THREAD = 24 * 1024 * 1024;

/** --workers when given; otherwise one thread per core, but no more than the text keeps busy. */
function threadCount(tasks: readonly FileTask[], workers: number | undefined): number {
  if (workers !== undefined) return Math.min(tasks.length, workers);
  const cores = Math.min(tasks.length, availableParallelism());
  // Sizes are read only until there is text enough for every core.
  const enough = (cores - 1) * BYTES_PER_THREAD;
  let bytes = 0;
  for (let i = 0; i < tasks.length && bytes <= enough; i++) bytes += sizeOf(tasks[i].path);
  return Math.max(1, Math.min(cores, Math.ceil(bytes / BYTES_PER_THREAD)));
}

/** 0 when it cannot be read: checking it reports why. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Calls `onResult` with each task's index and result, in the order they finish. */
export async function checkFiles(
  tasks: readonly FileTask[],
  settings: CheckSettings,
  options: PoolOptions,
  onResult: (index: number, result: FileResult) => void,
): Promise<void> {
  const threads = options.workerScript ? threadCount(tasks, options.workers) : 1;
  lowerHelperThreads(threads);
  const checker = new Checker(settings);
  const checkHere = (batch: Batch) => batch.tasks.forEach((task, i) => onResult(batch.start + i, checker.checkFile(task)));
  if (threads <= 1) {
    checkHere({ start: 0, tasks });
    return;
  }
  let next = 0;
  // Batches shrink as the files run out (a share of what is left), so the threads finish together rather
  // than one waiting on the other's last batches.
  const takeBatch = (): Batch | undefined => {
    if (next >= tasks.length) return undefined;
    const start = next;
    const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil((tasks.length - start) / (threads * BATCHES_PER_THREAD_LEFT))));
    next = Math.min(tasks.length, next + size);
    return { start, tasks: tasks.slice(start, next) };
  };

  const workers: Worker[] = [];
  let failure: unknown;
  try {
    const workersDone = Promise.all(
      Array.from({ length: threads - 1 }, () => {
        const worker = new Worker(options.workerScript!, { workerData: settings });
        workers.push(worker);
        return new Promise<void>((resolve, reject) => {
          let inFlight = 0;
          const feed = () => {
            while (inFlight < BATCHES_IN_FLIGHT) {
              const batch = takeBatch();
              if (!batch) break;
              inFlight++;
              worker.postMessage(batch);
            }
            if (inFlight === 0) resolve();
          };
          worker.on('message', (batch: ResultBatch) => {
            inFlight--;
            try {
              batch.results.forEach((result, i) => onResult(batch.start + i, result));
            } catch (error) {
              reject(error);
              return;
            }
            feed();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`a worker thread stopped with exit code ${code}`));
          });
          feed();
        }).catch((error: unknown) => {
          failure ??= error;
          next = tasks.length; // stop handing out files
        });
      }),
    );
    for (let batch = takeBatch(); batch; batch = takeBatch()) {
      checkHere(batch);
      await yieldToEvents(); // let the workers' results in and send them more
    }
    await workersDone;
    if (failure !== undefined) throw failure;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
