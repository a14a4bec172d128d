/**
 * Loads custom checks from `--checks DIR`: every *.yaml / *.yml file directly in DIR (one check per
 * YAML document, so a file may hold several, separated by `---`). Returns plain data plus diagnostics:
 * an invalid file never stops the scan. Also compiles each condition once so a bad CEL expression is
 * reported here, at load time, rather than once per scanned file.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { PalisadeError, errorMessage } from '../../../core/errors.js';
import type { Diagnostic } from '../../../core/model.js';
import { CHECKS } from '../checks/index.js';
import { compileCustomCheck } from './compile.js';
import { CUSTOM_CHECK_SCHEMA, type CustomCheckSpec } from './schema.js';

const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile<CustomCheckSpec>(CUSTOM_CHECK_SCHEMA);

export interface LoadedCustomChecks {
  checks: CustomCheckSpec[];
  diagnostics: Diagnostic[];
}

function invalid(file: string, message: string): Diagnostic {
  return { level: 'error', code: 'custom-check-invalid', path: file, message };
}

/** Validate and compile the checks of one YAML text (exported for tests). */
export function parseCustomChecks(text: string, file: string, taken: Set<string> = new Set(CHECKS.map((c) => c.id))): LoadedCustomChecks {
  const checks: CustomCheckSpec[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of parseAllDocuments(text)) {
    if ('errors' in doc && doc.errors.length > 0) {
      diagnostics.push(invalid(file, `not valid YAML: ${doc.errors[0]!.message}`));
      continue;
    }
    const data: unknown = doc.toJS();
    if (data === null || data === undefined) continue;
    if (!validate(data)) {
      const why = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()).join('; ');
      diagnostics.push(invalid(file, `does not match the custom check schema: ${why}`));
      continue;
    }
    if (taken.has(data.id)) {
      diagnostics.push(invalid(file, `${data.id}: id already used by another check`));
      continue;
    }
    try {
      compileCustomCheck(data);
    } catch (err) {
      diagnostics.push(invalid(file, errorMessage(err)));
      continue;
    }
    taken.add(data.id);
    checks.push({ ...data, source: file });
  }
  return { checks, diagnostics };
}

/** Read every *.yaml/*.yml of `dir` (sorted). Throws PalisadeError('custom-checks-dir') when DIR is unreadable. */
export async function loadCustomChecks(dir: string): Promise<LoadedCustomChecks> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile() && /\.ya?ml$/i.test(d.name)).map((d) => d.name).sort();
  } catch (err) {
    throw new PalisadeError('custom-checks-dir', `cannot read custom checks folder ${dir}: ${errorMessage(err)}`, { cause: err });
  }
  const out: LoadedCustomChecks = { checks: [], diagnostics: [] };
  const taken = new Set(CHECKS.map((c) => c.id));
  for (const name of names) {
    const file = path.join(dir, name);
    const r = parseCustomChecks(await readFile(file, 'utf8'), file, taken);
    out.checks.push(...r.checks);
    out.diagnostics.push(...r.diagnostics);
  }
  return out;
}
