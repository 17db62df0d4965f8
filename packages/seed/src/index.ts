/**
 * @leadmetrics/seed: deterministic, realistic data for every model of the legacy Leadmetrics schema, with the
 * anomalies the migrations must survive planted on purpose and listed in a manifest.
 *
 *   seedDatabase({ databaseUrl, scale, seed })  → loads a database that has the legacy schema, returns the manifest
 *   generate({ scale, seed })                    → the same rows and manifest without a database
 */
import type { Row } from './context.js';
import type { DeferredUpdate } from './generator.js';
import type { Manifest } from './manifest.js';
import { produceSeed, type GenerateOptions } from './seed-run.js';

export { seedDatabase, writeManifest } from './seed-database.js';
export type { SeedDatabaseOptions, SeedProgress } from './seed-database.js';
export { ANOMALY_KINDS, ANOMALY_KIND_NAMES, expectedCount, resolveRates } from './anomalies/kinds.js';
export type { AnomalyKind, AnomalyKindInfo, AnomalyRates } from './anomalies/kinds.js';
export type { Manifest, AnomalyRecord } from './manifest.js';
export { SCALES, resolveScale } from './scales.js';
export type { Scale, ScaleName } from './scales.js';
export type { GenerateOptions } from './seed-run.js';
export { SeedRefusedError, assertLocal, isLocalHost } from './safety.js';
export { loadSchema, LEGACY_SCHEMA_PATH } from './schema/read-schema.js';
export type { Row } from './context.js';
export { DEFAULT_DOMAINS } from './domains/index.js';
export type { DomainModule } from './domains/index.js';
export { normaliseEmail } from './domains/crm.js';
export { normaliseKeyword } from './domains/seo.js';
export { normaliseStatus, statusFields, PRODUCTION_STATUSES, unlistedStatuses } from './domains/statuses.js';
export { isWellFormedLogEntry } from './domains/billing.js';
export { sameFaqs, type FaqEntry } from './domains/content.js';
export { CONTEXT_CONFIG_KEYS } from './domains/tenancy.js';
export { SEED_NOW, EPOCH_START } from './values/time.js';
export { DEMO_MAPPING_FILE, loadDemoMapping } from './demo-mapping.js';

export interface Generated {
  manifest: Manifest;
  /** Rows by model name, as loaded (DateTime as epoch milliseconds, Json as JS values), deferred keys applied. */
  tables: Record<string, Row[]>;
}

/** Generates every row and the manifest without touching a database (for tests and inspection; keep it small). */
export async function generate(options: GenerateOptions = {}): Promise<Generated> {
  const tables: Record<string, Row[]> = {};
  const { manifest } = await produceSeed(options, {
    onRows: (model, rows) => {
      const list = (tables[model.name] ??= []);
      for (const row of rows) list.push(row);
    },
    onDeferred: (update: DeferredUpdate) => {
      const rows = tables[update.model.name]!;
      const byId = new Map(rows.map((r) => [String(r[update.keyField.name]), r]));
      for (const [id, ...values] of update.rows) {
        const row = byId.get(String(id))!;
        update.fields.forEach((f, i) => (row[f.name] = values[i]));
      }
    },
  });
  return { manifest, tables };
}
