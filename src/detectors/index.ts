/**
 * The explicit registry of document-stage detectors (secret, misconfig, …). The vulnerability detector
 * works on the whole inventory instead and is called by scan.ts directly.
 */
import { misconfig } from './misconfig/index.js';
import { secret } from './secret/index.js';
import type { DocDetector } from './types.js';

export const DOC_DETECTORS: readonly DocDetector[] = [
  misconfig,
  secret,
];

export type { DetectorConfig, DetectorContext, DetectorOutput, DocDetector, ScannerId } from './types.js';
