import { parentPort, workerData } from 'node:worker_threads';
import { Checker, type CheckSettings, type FileTask } from './check-file';

// A worker thread of the CLI (bundled as dist/worker.js): checks the batches of files it is sent.

const checker = new Checker(workerData as CheckSettings);

parentPort!.on('message', (batch: { start: number; tasks: FileTask[] }) => {
  parentPort!.postMessage({ start: batch.start, results: batch.tasks.map((task) => checker.checkFile(task)) });
});
