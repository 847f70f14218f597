import { parentPort, workerData } from 'node:worker_threads';
import { Checker, type CheckSettings } from './check-file';
import type { Batch, ResultBatch } from './pool';

// A worker thread of the CLI (bundled as dist/worker.js): checks the batches of files it is sent.

const checker = new Checker(workerData as CheckSettings);

parentPort!.on('message', (batch: Batch) => {
  const answer: ResultBatch = { start: batch.start, results: batch.tasks.map((task) => checker.checkFile(task)) };
  parentPort!.postMessage(answer);
});
