import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { Checker, type CheckSettings, type FileTask } from './check-file';
import { lowerHelperThreads } from './helper-priority';
import type { FileResult } from './report';
import { mergeShares, RULE_SHARES } from './rule-shares';

// Checks many files on all cores: this thread checks its share and one worker thread per other core
// checks the rest. This thread does the work of a core rather than only handing out files, since each
// worker thread pays again for loading, compiling and warming the engine. Up to 48 MB of text a
// thread, the threads split the rules (rule-shares.ts) and each checks every file for its share, so that
// each rule is warmed up once; past that, they split the files and run every rule. Every thread takes its next
// file from a counter in shared memory as soon as it is done with the last, and once its share has no file
// left it helps with the other's: no thread waits for another to hand it work, and the threads finish
// within a file of each other.

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
  /**
   * Int32s shared by every thread, one per share of the rules when the threads split them, else one: the
   * index of the next file to check for that share.
   */
  nextFiles: SharedArrayBuffer;
  /** The share the thread takes files for first. */
  firstShare: number;
}

/** A file to check, and the share of the rules to run on it (undefined: all of them). */
export interface Work {
  index: number;
  share: number | undefined;
}

/** Results a worker sends at once; `done` with its last. */
export interface ResultBatch {
  results: [work: Work, result: FileResult][];
  done: boolean;
}

/** Files a thread checks between passing results on: a message's worth, small against the run. */
export const RESULTS_PER_MESSAGE = 16;

/**
 * The text a worker thread must have to pay for itself. Each thread spends about a second of processor
 * time warming up the rules it runs (V8 compiling them), on the same cores the checking needs. Measured on
 * two cores with the rules split between the threads (30 November, whole-process times, one and two
 * threads taking turns, four pairs each): 10.5 MB of the bench corpus took 1.93–2.06 s on one thread and
 * 2.03–2.22 s on two, 21 MB 3.19–3.39 s and 2.78–3.26 s.
 */
const BYTES_PER_THREAD = 16 * 1024 * 1024;

/**
 * The text per thread up to which the threads split the rules rather than the files. Splitting the rules
 * saves each thread warming up the other share's rules, and costs reading and parsing every file in each
 * share. Measured on two cores (30 November, whole-process times, two threads, taking turns): the 52.7 MB
 * bench corpus took 4.93–5.26 s with the rules split and 5.51–5.74 s with the files split (three runs
 * each); the corpus twice over (105 MB) 8.53 and 9.56 s against 8.45 and 8.65 s; four times (210 MB)
 * 14.64 and 15.63 s against 14.47 and 15.02 s.
 */
const SPLIT_RULES_BYTES_PER_THREAD = 48 * 1024 * 1024;

/** The files whose sizes estimate the text of a run, spread over the list: a long run stats no more files than a short one. */
const SIZE_SAMPLE = 64;

/** The bytes of all the files, from the sizes of SIZE_SAMPLE of them spread over the list (all of them when there are no more). */
function estimatedBytes(tasks: readonly FileTask[]): number {
  const step = Math.max(1, tasks.length / SIZE_SAMPLE);
  let sampled = 0;
  let bytes = 0;
  for (let at = 0; at < tasks.length; at += step, sampled++) bytes += sizeOf(tasks[Math.floor(at)].path);
  return sampled === 0 ? 0 : (bytes / sampled) * tasks.length;
}

/** --workers when given; otherwise one thread per core, but no more than the text keeps busy. */
function threadCount(tasks: readonly FileTask[], workers: number | undefined, bytes: number): number {
  if (workers !== undefined) return Math.min(tasks.length, workers);
  const cores = Math.min(tasks.length, availableParallelism());
  return Math.max(1, Math.min(cores, Math.ceil(bytes / BYTES_PER_THREAD)));
}

/** Only a check splits the rules: --fix applies the fixes of every rule together, and --list-names runs none. */
function splitsRules(settings: CheckSettings, threads: number, bytes: number): boolean {
  return threads > 1 && settings.fixMode === 'none' && !settings.listNames && bytes <= threads * SPLIT_RULES_BYTES_PER_THREAD;
}

/** 0 when it cannot be read: checking it reports why. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * The share thread `thread` (this one is 0) checks files for first, taking them in turn: this thread, which
 * also writes the report, starts on the last share, the lighter (rule-shares.ts).
 */
function firstShareOf(thread: number, shares: number): number {
  return (thread + shares - 1) % shares;
}

/**
 * The next file for a thread, from its first share's counter and, once that share has no file left, from
 * another's; undefined when every file is taken for every share.
 */
export function takeWork(nextFiles: Int32Array, fileCount: number, firstShare: number): Work | undefined {
  const shares = nextFiles.length;
  for (let k = 0; k < shares; k++) {
    const share = (firstShare + k) % shares;
    const index = Atomics.add(nextFiles, share, 1);
    if (index < fileCount) return { index, share: shares > 1 ? share : undefined };
  }
  return undefined;
}

/** Calls `onResult` with each task's index and result, in the order they finish. */
export async function checkFiles(
  tasks: readonly FileTask[],
  settings: CheckSettings,
  options: PoolOptions,
  onResult: (index: number, result: FileResult) => void,
): Promise<void> {
  const bytes = options.workerScript ? estimatedBytes(tasks) : 0;
  const threads = options.workerScript ? threadCount(tasks, options.workers, bytes) : 1;
  lowerHelperThreads(threads);
  const checker = new Checker(settings);
  if (threads <= 1) {
    tasks.forEach((task, index) => onResult(index, checker.checkFile(task)));
    return;
  }
  const shares = splitsRules(settings, threads, bytes) ? RULE_SHARES : 1;
  const nextFiles = new SharedArrayBuffer(shares * Int32Array.BYTES_PER_ELEMENT);
  const counters = new Int32Array(nextFiles);
  const stopHandingOut = () => counters.fill(tasks.length);
  // A file's result is passed on once every share has checked it.
  const sharesDone = new Map<number, FileResult[]>();
  const collect = ({ index, share }: Work, result: FileResult) => {
    if (share === undefined) return onResult(index, result);
    const parts = sharesDone.get(index) ?? [];
    parts[share] = result;
    if (parts.filter(Boolean).length < shares) sharesDone.set(index, parts);
    else {
      sharesDone.delete(index);
      onResult(index, mergeShares(parts));
    }
  };

  const workers: Worker[] = [];
  let failure: unknown;
  try {
    const workersDone = Promise.all(
      Array.from({ length: threads - 1 }, (_, k) => {
        const job: WorkerJob = { settings, tasks, nextFiles, firstShare: firstShareOf(k + 1, shares) };
        const worker = new Worker(options.workerScript!, { workerData: job });
        workers.push(worker);
        return new Promise<void>((resolve, reject) => {
          worker.on('message', ({ results, done }: ResultBatch) => {
            try {
              for (const [work, result] of results) collect(work, result);
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
    const ownShare = firstShareOf(0, shares);
    for (let work = takeWork(counters, tasks.length, ownShare); work; work = takeWork(counters, tasks.length, ownShare)) {
      collect(work, checker.checkFile(tasks[work.index], work.share));
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
