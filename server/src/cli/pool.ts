import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { Checker, type CheckSettings, type FileTask } from './check-file';
import { lowerHelperThreads } from './helper-priority';
import type { FileResult } from './report';

// Checks many files on all cores: this thread checks its share and one worker thread per other core
// checks the rest. This thread does the work of a core rather than only handing out files, since each
// worker thread pays again for loading, compiling and warming the engine. Every thread takes the next
// file from one counter in shared memory as soon as it is done with the last: no thread waits for
// another to hand it work, and the threads finish within a file of each other.

export interface PoolOptions {
  /** --workers (threads in all, this one included); default one per core when there is text enough. */
  workers?: number;
  /** dist/worker.js; without it (running from sources) everything is checked in this thread. */
  workerScript?: string;
}

/** What a worker thread is started with. */
export interface WorkerJob {
  settings: CheckSettings;
  tasks: readonly FileTask[];
  /** One Int32: the index of the next file to take, shared by every thread. */
  nextFile: SharedArrayBuffer;
}

/** Results a worker sends at once; `done` with its last. */
export interface ResultBatch {
  results: [index: number, result: FileResult][];
  done: boolean;
}

/** Files a thread checks between passing results on: a message's worth, small against the run. */
export const RESULTS_PER_MESSAGE = 16;

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

/** The index of the next file for this thread to check, or -1 when every file is taken. */
export function takeFile(nextFile: Int32Array, fileCount: number): number {
  const index = Atomics.add(nextFile, 0, 1);
  return index < fileCount ? index : -1;
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
  if (threads <= 1) {
    tasks.forEach((task, index) => onResult(index, checker.checkFile(task)));
    return;
  }
  const job: WorkerJob = { settings, tasks, nextFile: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
  const nextFile = new Int32Array(job.nextFile);
  const stopHandingOut = () => Atomics.store(nextFile, 0, tasks.length);

  const workers: Worker[] = [];
  let failure: unknown;
  try {
    const workersDone = Promise.all(
      Array.from({ length: threads - 1 }, () => {
        const worker = new Worker(options.workerScript!, { workerData: job });
        workers.push(worker);
        return new Promise<void>((resolve, reject) => {
          worker.on('message', ({ results, done }: ResultBatch) => {
            try {
              for (const [index, result] of results) onResult(index, result);
            } catch (error) {
              reject(error);
              return;
            }
            if (done) resolve();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => reject(new Error(`a worker thread stopped with exit code ${code} before its last results`)));
        }).catch((error: unknown) => {
          failure ??= error;
          stopHandingOut();
        });
      }),
    );
    let checkedHere = 0;
    for (let index = takeFile(nextFile, tasks.length); index >= 0; index = takeFile(nextFile, tasks.length)) {
      onResult(index, checker.checkFile(tasks[index]));
      // Now and then the workers' results are let in, so the report goes on in order as it is written.
      if (++checkedHere % RESULTS_PER_MESSAGE === 0) await yieldToEvents();
    }
    await workersDone;
    if (failure !== undefined) throw failure;
  } finally {
    stopHandingOut();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
