/**
 * Worker thread entry: analyzes files sent by the pool (worker-pool.ts) with the built-in analyzer
 * registry, so parsing runs on every core while the main thread walks and merges.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ANALYZERS } from '../analyzers/index.js';
import { DOC_DETECTORS } from '../detectors/index.js';
import type { DetectorConfig } from '../detectors/types.js';
import { analyzeFile, readCappedSync, siblingsOf, type FileJob } from './analyze-file.js';

interface Init {
  targetAbs: string;
  rootReal: string;
  maxFileSize: number;
  detectorConfig: DetectorConfig;
}

const init = workerData as Init;
const byId = new Map(ANALYZERS.map((a) => [a.id, a]));
const siblings = siblingsOf(init.targetAbs, init.rootReal, init.maxFileSize);
const detection = { detectors: DOC_DETECTORS, config: init.detectorConfig, read: readCappedSync };

parentPort!.on('message', (msg: { id: number; job: FileJob }) => {
  analyzeFile(msg.job, byId, siblings, detection).then(
    (result) => parentPort!.postMessage({ id: msg.id, result }),
    (err: unknown) => parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
