/**
 * `palisade checks list [--platform X] [--format table|json]` and `palisade checks show ID [--format …]`:
 * the built-in misconfiguration checks (src/detectors/misconfig/checks). Registered by main.ts with
 * addChecksCommand(program, io, setExit). Prints only through `io`.
 * Exit codes: 0 ok, 1 `show` of an unknown id, 2 usage errors (thrown to main as PalisadeError).
 */
import type { Command } from 'commander';
import { PalisadeError } from '../core/errors.js';
import type { MisconfigCheck } from '../detectors/misconfig/check.js';
import { CHECKS } from '../detectors/misconfig/checks/index.js';
import { PLATFORMS } from '../detectors/misconfig/platforms.js';
import type { CliIO } from './main.js';

interface ChecksFlags {
  platform?: string;
  format?: string;
}

/** Plain data for JSON output (no functions). */
export function checkInfo(c: MisconfigCheck) {
  return {
    id: c.id,
    platform: c.platform,
    title: c.title,
    severity: c.severity,
    resourceTypes: [...(c.resourceTypes ?? [])],
    description: c.description,
    remediation: c.remediation,
    references: [...c.references],
    kics: [...(c.kics ?? [])],
  };
}

function format(flags: ChecksFlags): 'table' | 'json' {
  const f = flags.format ?? 'table';
  if (f !== 'table' && f !== 'json') throw new PalisadeError('bad-usage', `unknown --format ${f} (table, json)`);
  return f;
}

export function listChecks(flags: ChecksFlags, checks: readonly MisconfigCheck[] = CHECKS): string {
  if (flags.platform !== undefined && !PLATFORMS.includes(flags.platform as MisconfigCheck['platform'])) {
    throw new PalisadeError('bad-usage', `unknown --platform ${flags.platform} (${PLATFORMS.join(', ')})`);
  }
  const selected = checks.filter((c) => flags.platform === undefined || c.platform === flags.platform).slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (format(flags) === 'json') return JSON.stringify(selected.map(checkInfo), null, 2) + '\n';
  const rows = selected.map((c) => [c.id, c.platform, c.severity.toUpperCase(), c.title]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['ID', 'PLATFORM', 'SEVERITY'][i]!.length));
  const line = (r: string[]) => r.map((v, i) => (i < 3 ? v.padEnd(widths[i]!) : v)).join('  ').trimEnd();
  return [line(['ID', 'PLATFORM', 'SEVERITY', 'TITLE']), ...rows.map(line), '', `${selected.length} checks`].join('\n') + '\n';
}

export function showCheck(id: string, flags: ChecksFlags, checks: readonly MisconfigCheck[] = CHECKS): string | undefined {
  const c = checks.find((x) => x.id.toUpperCase() === id.toUpperCase());
  if (!c) return undefined;
  if (format(flags) === 'json') return JSON.stringify(checkInfo(c), null, 2) + '\n';
  const out = [
    `${c.id}  ${c.title}`,
    `Platform:    ${c.platform}${c.resourceTypes?.length ? ` (${c.resourceTypes.join(', ')})` : ''}`,
    `Severity:    ${c.severity.toUpperCase()}`,
    '',
    c.description,
    '',
    `Remediation: ${c.remediation}`,
  ];
  if (c.references.length) out.push('', 'References:', ...c.references.map((r) => `  - ${r}`));
  if (c.kics?.length) out.push('', `KICS: ${c.kics.join('; ')}`);
  out.push('', `Suppress: # palisade:ignore:${c.id} <reason>${c.platform === 'kubernetes' ? `  or annotation palisade.dev/ignore: "${c.id}"` : ''}`);
  return out.join('\n') + '\n';
}

export function addChecksCommand(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const checks = program.command('checks').description('list and explain the built-in misconfiguration checks');
  checks
    .command('list')
    .description('list checks')
    .option('--platform <platform>', `only one platform: ${PLATFORMS.join(', ')}`)
    .option('--format <format>', 'table or json', 'table')
    .action((flags: ChecksFlags) => {
      io.stdout(listChecks(flags));
      setExit(0);
    });
  checks
    .command('show')
    .argument('<id>', 'check id, e.g. PAL-DF-001')
    .description('show one check: risk, remediation, references')
    .option('--format <format>', 'table or json', 'table')
    .action((id: string, flags: ChecksFlags) => {
      const text = showCheck(id, flags);
      if (text === undefined) {
        io.stderr(`unknown check ${id}: see \`palisade checks list\`\n`);
        setExit(2); // a usage error, like every unknown name on the command line
        return;
      }
      io.stdout(text);
      setExit(0);
    });
}
