import { parentPort, workerData } from 'node:worker_threads';
import { Checker } from './check-file';
import { RESULTS_PER_MESSAGE, takeWork, type ResultBatch, type WorkerJob } from './pool';

// A worker thread of the CLI (bundled as dist/worker.js): takes files from the shared counters until none
// is left, and sends their results in small messages, the last marked done.

const { settings, tasks, nextFiles, firstShare } = workerData as WorkerJob;
const checker = new Checker(settings);
const counters = new Int32Array(nextFiles);
let results: ResultBatch['results'] = [];
for (let work = takeWork(counters, tasks.length, firstShare); work; work = takeWork(counters, tasks.length, firstShare)) {
  results.push([work, checker.checkFile(tasks[work.index], work.share)]);
  if (results.length === RESULTS_PER_MESSAGE) {
    parentPort!.postMessage({ results, done: false } satisfies ResultBatch);
    results = [];
  }
}
parentPort!.postMessage({ results, done: true } satisfies ResultBatch);
