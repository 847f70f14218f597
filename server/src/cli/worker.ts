import { parentPort, workerData } from 'node:worker_threads';
import { Checker } from './check-file';
import { RESULTS_PER_MESSAGE, takeFile, type ResultBatch, type WorkerJob } from './pool';

// A worker thread of the CLI (bundled as dist/worker.js): takes files from the shared counter until none
// is left, and sends their results in small messages, the last marked done.

const { settings, tasks, nextFile } = workerData as WorkerJob;
const checker = new Checker(settings);
const next = new Int32Array(nextFile);
let results: ResultBatch['results'] = [];
for (let index = takeFile(next, tasks.length); index >= 0; index = takeFile(next, tasks.length)) {
  results.push([index, checker.checkFile(tasks[index])]);
  if (results.length === RESULTS_PER_MESSAGE) {
    parentPort!.postMessage({ results, done: false } satisfies ResultBatch);
    results = [];
  }
}
parentPort!.postMessage({ results, done: true } satisfies ResultBatch);
