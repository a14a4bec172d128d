/**
 * Worker thread entry: analyzes files sent by the pool (worker-pool.ts) with the built-in analyzer
 * registry, so parsing runs on every core while the main thread walks and merges. Results finished in
 * one turn of the event loop go back as one message (see worker-pool.ts for why).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ANALYZERS } from '../analyzers/index.js';
import { DOC_DETECTORS } from '../detectors/index.js';
import type { DetectorConfig } from '../detectors/types.js';
import { analyzeFile, readCappedSync, siblingsOf } from './analyze-file.js';
import type { JobBatch, ResultBatch } from './worker-pool.js';

interface Init {
  targetAbs: string;
  rootReal: string;
  maxFileSize: number;
  detectorConfig: DetectorConfig;
}

const init = workerData as Init;
const byId = new Map(ANALYZERS.map((a) => [a.id, a]));
const siblings = siblingsOf(init.targetAbs, init.rootReal, init.maxFileSize, { sync: true });
const detection = { detectors: DOC_DETECTORS, config: init.detectorConfig, read: readCappedSync };

let done: ResultBatch['results'] = [];
let replyScheduled = false;
/** Results are sent at least every REPLY_EVERY files, so the pool refills the queue before it runs dry. */
const REPLY_EVERY = 8;
function send(): void {
  const results = done;
  done = [];
  if (results.length > 0) parentPort!.postMessage({ results } satisfies ResultBatch);
}
function reply(entry: ResultBatch['results'][number]): void {
  done.push(entry);
  if (done.length >= REPLY_EVERY) send();
  if (replyScheduled) return;
  replyScheduled = true;
  setImmediate(() => {
    replyScheduled = false;
    send();
  });
}

// One file at a time: starting a whole batch at once would hold every file's bytes in memory together
// (a batch of large lockfiles), and the work is CPU-bound anyway.
const queue: JobBatch['jobs'] = [];
let draining = false;
async function drain(): Promise<void> {
  draining = true;
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    try {
      reply({ id: next.id, result: await analyzeFile(next.job, byId, siblings, detection) });
    } catch (err) {
      reply({ id: next.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  draining = false;
}

parentPort!.on('message', (msg: JobBatch) => {
  queue.push(...msg.jobs);
  if (!draining) void drain();
});
