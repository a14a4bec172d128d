/**
 * The `misconfig` document-stage detector: for every `iac` doc (src/detectors/misconfig/check.ts:
 * IacDoc) it runs the built-in checks of the doc's platform (checks/index.ts) and the user's custom
 * CEL checks (config `customChecks`, loaded by custom/load.ts from `--checks DIR`).
 */
import type { Doc } from '../../core/model.js';
import type { DetectorContext, DetectorOutput, DocDetector } from '../types.js';
import type { IacDoc, MisconfigCheck, Platform } from './check.js';
import { CHECKS } from './checks/index.js';
import { compileCustomCheck } from './custom/compile.js';
import type { CustomCheckSpec } from './custom/schema.js';
import { runChecks } from './engine.js';

/** Settings of the detector (DetectorConfig['misconfig']): plain data, sent to worker threads. */
export interface MisconfigConfig {
  customChecks?: CustomCheckSpec[];
  /** Check ids to skip. */
  skip?: string[];
}

const byPlatform = new Map<Platform, MisconfigCheck[]>();
for (const c of CHECKS) {
  const list = byPlatform.get(c.platform) ?? [];
  list.push(c);
  byPlatform.set(c.platform, list);
}

// Compiled once per config object (each worker holds one copy of the config).
const compiled = new WeakMap<object, Map<Platform, MisconfigCheck[]>>();

function checksFor(platform: Platform, config: MisconfigConfig | undefined): MisconfigCheck[] {
  const builtIn = byPlatform.get(platform) ?? [];
  if (!config || (!config.customChecks?.length && !config.skip?.length)) return builtIn;
  let table = compiled.get(config);
  if (!table) {
    table = new Map();
    const skip = new Set(config.skip ?? []);
    const custom: MisconfigCheck[] = [];
    for (const spec of config.customChecks ?? []) {
      try {
        custom.push(compileCustomCheck(spec));
      } catch {
        // The loader already reported it; a spec that slipped through is skipped, not fatal.
      }
    }
    for (const c of [...CHECKS, ...custom]) {
      if (skip.has(c.id)) continue;
      const list = table.get(c.platform) ?? [];
      list.push(c);
      table.set(c.platform, list);
    }
    compiled.set(config, table);
  }
  return table.get(platform) ?? [];
}

function isIacDoc(x: unknown): x is IacDoc {
  return !!x && typeof x === 'object' && Array.isArray((x as IacDoc).resources) && typeof (x as IacDoc).platform === 'string';
}

export const misconfig: DocDetector = {
  id: 'misconfig',
  scanner: 'misconfig',
  docKinds: ['iac'],
  detect(doc: Doc, ctx: DetectorContext): DetectorOutput {
    if (!isIacDoc(doc.content)) return { findings: [] };
    const iac = doc.content;
    return runChecks(doc.path, iac, checksFor(iac.platform, ctx.config as MisconfigConfig | undefined));
  },
};
