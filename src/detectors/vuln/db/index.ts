/** The local OSV database: open, import, update, locate. See README.md in this folder. */
export { openVulnDb, SCHEMA_VERSION, type VulnDb } from './store.js';
export { importVulnDb, type ImportOptions, type ImportResult, type DbProgress } from './import.js';
export {
  updateVulnDb,
  DEFAULT_BASE_URL,
  DEFAULT_ECOSYSTEMS,
  type UpdateOptions,
  type UpdateResult,
  type EcosystemUpdate,
} from './update.js';
export { defaultDbPath, dbStaleness, DEFAULT_MAX_AGE_DAYS, type Staleness } from './paths.js';
export type { HttpOptions } from './http.js';
