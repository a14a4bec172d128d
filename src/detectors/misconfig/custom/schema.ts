/**
 * JSON Schema (draft 2020-12 subset understood by ajv) of a custom check file; documented in
 * docs/custom-checks.md. Kept as data so the loader and the docs agree.
 */
import { PLATFORMS } from '../platforms.js';

export const CUSTOM_CHECK_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'severity', 'platform', 'condition', 'message'],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$', maxLength: 64 },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    severity: { enum: ['critical', 'high', 'medium', 'low', 'info'] },
    platform: { enum: [...PLATFORMS] },
    resourceTypes: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
    description: { type: 'string' },
    remediation: { type: 'string' },
    references: { type: 'array', items: { type: 'string' } },
    condition: { type: 'string', minLength: 1, maxLength: 10000 },
    message: { type: 'string', minLength: 1 },
  },
} as const;

/** A custom check exactly as written in its YAML file (plain data: it crosses to worker threads). */
export interface CustomCheckSpec {
  id: string;
  title: string;
  severity: 'critical' | 'high' | 'medium' | 'low' | 'info';
  platform: (typeof PLATFORMS)[number];
  resourceTypes?: string[];
  description?: string;
  remediation?: string;
  references?: string[];
  /** CEL over `resource` (the value), `resourceType` and `resourceName`; true when MISCONFIGURED. */
  condition: string;
  message: string;
  /** File it came from (set by the loader), for diagnostics. */
  source?: string;
}
