import type { ToolInfo } from './core/model.js';

/** Kept in step with package.json by version.test.ts. */
export const VERSION = '0.1.0';
export const TOOL: ToolInfo = { name: 'palisade', version: VERSION };
