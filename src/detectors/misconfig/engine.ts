/**
 * The misconfiguration engine: runs checks over the resources of one IaC doc and turns their results
 * into findings with exact lines, stable fingerprints and suppressions. Pure: no I/O, no printing.
 */
import { errorMessage } from '../../core/errors.js';
import { fingerprint } from '../../core/fingerprint.js';
import type { Diagnostic, Finding } from '../../core/model.js';
import type { CheckContext, IacDoc, MisconfigCheck, ParsedResource } from './check.js';
import { annotationIgnores, inlineSuppression, parseInlineIgnores } from './suppress.js';

export interface EngineOutput {
  findings: Finding[];
  diagnostics: Diagnostic[];
}

function appliesTo(check: MisconfigCheck, r: ParsedResource): boolean {
  if (check.platform !== r.platform) return false;
  return !check.resourceTypes || check.resourceTypes.length === 0 || check.resourceTypes.includes(r.type);
}

/** A path inside a resource value as text, for fingerprints: `spec.containers[0].image`. */
export function pathText(at: readonly (string | number)[] | undefined): string {
  if (!at) return '';
  return at.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Run `checks` over every resource of `doc` (at `path`, relative to the target). */
export function runChecks(path: string, doc: IacDoc, checks: readonly MisconfigCheck[]): EngineOutput {
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  const inline = parseInlineIgnores(doc.text);
  const ctx: CheckContext = { platform: doc.platform };
  const failedChecks = new Set<string>();
  for (const resource of doc.resources) {
    const annotated = annotationIgnores(resource);
    for (const check of checks) {
      if (!appliesTo(check, resource)) continue;
      let results;
      try {
        results = check.evaluate(resource, ctx);
      } catch (err) {
        // One diagnostic per check and file: a broken check must not flood the report.
        if (!failedChecks.has(check.id)) {
          failedChecks.add(check.id);
          diagnostics.push({
            level: 'warning',
            code: 'check-error',
            path,
            message: `${check.id} failed on ${resource.name}: ${errorMessage(err)}`,
          });
        }
        continue;
      }
      const seen = new Set<string>();
      for (const result of results) {
        const range = (result.at && resource.lines(result.at)) || { startLine: resource.startLine, endLine: resource.endLine };
        const at = pathText(result.at);
        const fp = fingerprint(check.id, path, resource.name, at);
        // Two results for the same setting would be the same finding twice.
        if (seen.has(fp)) continue;
        seen.add(fp);
        const finding: Extract<Finding, { kind: 'misconfig' }> = {
          kind: 'misconfig',
          ruleId: check.id,
          title: check.title,
          severity: check.severity,
          message: result.message,
          location: { path, startLine: range.startLine, endLine: range.endLine },
          fingerprint: fp,
          resource: resource.name,
          resolution: check.remediation,
        };
        if (check.references.length > 0) finding.references = [...check.references];
        if (annotated?.has(check.id.toUpperCase())) {
          finding.suppressed = { kind: 'annotation', reason: `annotation palisade.dev/ignore on ${resource.name}` };
        } else {
          const s = inlineSuppression(inline, check.id, range.startLine, resource);
          if (s) finding.suppressed = s;
        }
        findings.push(finding);
      }
    }
  }
  return { findings, diagnostics };
}
