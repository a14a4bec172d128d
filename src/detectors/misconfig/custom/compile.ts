/**
 * Compiles a custom check (CEL condition) into a MisconfigCheck. CEL (https://cel.dev, spec
 * https://github.com/google/cel-spec) is non-Turing-complete and side-effect free, so user expressions
 * cannot loop forever or touch the host. Evaluated with @marcbachmann/cel-js.
 */
import { Environment } from '@marcbachmann/cel-js';
import { PalisadeError, errorMessage } from '../../../core/errors.js';
import type { MisconfigCheck, ParsedResource } from '../check.js';
import type { CustomCheckSpec } from './schema.js';

const env = new Environment({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false })
  .registerVariable('resource', 'dyn')
  .registerVariable('resourceType', 'string')
  .registerVariable('resourceName', 'string');

/** Replace what CEL cannot hold (undefined, functions) and keep plain data. */
function toCel(v: unknown): unknown {
  if (v === undefined || typeof v === 'function') return null;
  if (Array.isArray(v)) return v.map(toCel);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined && typeof x !== 'function') out[k] = toCel(x);
    return out;
  }
  return v;
}

/** Throws PalisadeError('custom-check-cel') when the condition does not parse. */
export function compileCustomCheck(spec: CustomCheckSpec): MisconfigCheck {
  let program: (ctx: Record<string, unknown>) => unknown;
  try {
    program = env.parse(spec.condition) as unknown as (ctx: Record<string, unknown>) => unknown;
  } catch (err) {
    throw new PalisadeError('custom-check-cel', `${spec.id}: invalid CEL condition: ${errorMessage(err)}`, { cause: err });
  }
  return {
    id: spec.id,
    slug: spec.id.toLowerCase(),
    platform: spec.platform,
    title: spec.title,
    severity: spec.severity,
    description: spec.description ?? '',
    remediation: spec.remediation ?? '',
    references: spec.references ?? [],
    resourceTypes: spec.resourceTypes ?? [],
    evaluate(resource: ParsedResource) {
      const out = program({ resource: toCel(resource.value), resourceType: resource.type, resourceName: resource.name });
      if (typeof out !== 'boolean') {
        throw new PalisadeError('custom-check-type', `condition returned ${typeof out === 'bigint' ? 'int' : typeof out}, expected bool`);
      }
      return out ? [{ message: spec.message.replaceAll('{{name}}', resource.name) }] : [];
    },
  };
}
