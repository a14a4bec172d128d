import { PalisadeError } from '../../core/errors.js';

/**
 * `report.createdAt` as `YYYY-MM-DDThh:mm:ssZ`: SPDX 2.3 requires exactly this form (UTC, no fraction),
 * and using it in CycloneDX too keeps the two documents of one scan in agreement.
 */
export function utcSeconds(createdAt: string): string {
  const ms = Date.parse(createdAt);
  if (Number.isNaN(ms))
    throw new PalisadeError('invalid-report', `report.createdAt is not a date: ${createdAt}`);
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
