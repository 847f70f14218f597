import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Checker, type CheckSettings, type FileTask } from './check-file';
import type { FileResult } from './report';

// Checks many files on all cores. Files go to worker threads in small batches, so a worker that drew
// long articles does not hold the others up.

export interface PoolOptions {
  /** --workers; default one per core. 1 checks in this thread. */
  workers?: number;
  /** dist/worker.js; without it (running from sources) everything is checked in this thread. */
  workerScript?: string;
}

/** Calls `onResult` with each task's index and result, in the order they finish. */
export async function checkFiles(
  tasks: readonly FileTask[],
  settings: CheckSettings,
  options: PoolOptions,
  onResult: (index: number, result: FileResult) => void,
): Promise<void> {
  const size = Math.min(tasks.length, options.workers ?? availableParallelism());
  if (size <= 1 || !options.workerScript) {
    const checker = new Checker(settings);
    tasks.forEach((task, index) => onResult(index, checker.checkFile(task)));
    return;
  }
  const batchSize = Math.max(1, Math.min(50, Math.ceil(tasks.length / (size * 8))));
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = size;
      const feed = (worker: Worker) => {
        if (next >= tasks.length) {
          if (--running === 0) resolve();
          return;
        }
        const start = next;
        next = Math.min(tasks.length, next + batchSize);
        worker.postMessage({ start, tasks: tasks.slice(start, next) });
      };
      for (let i = 0; i < size; i++) {
        const worker = new Worker(options.workerScript!, { workerData: settings });
        workers.push(worker);
        worker.on('message', (batch: { start: number; results: FileResult[] }) => {
          try {
            batch.results.forEach((result, i) => onResult(batch.start + i, result));
          } catch (error) {
            reject(error);
            return;
          }
          feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`a worker thread stopped with exit code ${code}`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
