import type { Platform } from './check.js';

/** Every platform of check.ts, in the order docs list them. */
export const PLATFORMS: readonly Platform[] = ['dockerfile', 'kubernetes', 'terraform', 'cloudformation', 'compose', 'github-actions'];
