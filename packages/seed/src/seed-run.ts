/**
 * One seeding run without a database: plan, generate, encode to COPY text, hash, and build the manifest. The
 * database loader (seed-database.ts) and `generate()` both drive it, so what the tests inspect is what gets loaded.
 */
import { createHash, type Hash } from 'node:crypto';
import { BOOKKEEPING_TABLES } from '@leadmetrics/db/migrations';
import { resolveRates, type AnomalyRates } from './anomalies/kinds.js';
import { SeedContext, type Row } from './context.js';
import { rowEncoder } from './copy.js';
import { DEFAULT_DOMAINS, type DomainModule } from './domains/index.js';
import { SeedGenerator, type DeferredUpdate } from './generator.js';
import { AnomalyRecorder, type Manifest } from './manifest.js';
import { buildPlan, type Plan } from './plan.js';
import { resolveScale, type ScaleName } from './scales.js';
import { loadSchema } from './schema/read-schema.js';
import type { FieldInfo, ModelInfo, SchemaInfo } from './schema/types.js';
import { softReferences } from './soft-references.js';

export interface GenerateOptions {
  scale?: ScaleName;
  seed?: number;
  /** Anomaly rates by kind (share of the kind's population, 0..1); unset kinds use their defaults. */
  rates?: AnomalyRates;
  /** Prisma schema to generate for; the legacy schema by default. */
  schemaPath?: string;
  /** Already-parsed schema (wins over schemaPath). */
  schema?: SchemaInfo;
  /** Domain modules to apply, in order; the full set by default. */
  domains?: DomainModule[];
}

/** A table ready to be written: its rows as COPY text, produced in chunks. */
export interface EncodedTable {
  model: ModelInfo;
  columns: FieldInfo[];
  rowCount: number;
  /** COPY text (UTF-8) in chunks of a few thousand rows. Iterate once. */
  chunks(): Iterable<Buffer>;
}

export interface TableProgress {
  table: string;
  model: string;
  rows: number;
  tablesDone: number;
  tablesTotal: number;
  rowsDone: number;
  rowsPlanned: number;
}

export interface SeedRunHooks {
  /** Receives each table once it is generated; must consume its chunks before resolving to stream them. */
  onTable?(table: EncodedTable): Promise<void> | void;
  onDeferred?(update: DeferredUpdate): Promise<void> | void;
  /** Sees every row (in batches) as it is encoded, for callers that want the rows themselves. */
  onRows?(model: ModelInfo, rows: Row[]): void;
  onProgress?(progress: TableProgress): void;
}

export interface SeedRunResult {
  manifest: Manifest;
  plan: Plan;
  ctx: SeedContext;
}

const CHUNK_ROWS = 2000;

/** Everything a run decides before the first row: the schema, each domain's counts and overrides, the plan and the generator. */
export function planSeed(options: GenerateOptions = {}): { ctx: SeedContext; plan: Plan; generator: SeedGenerator } {
  const scale = resolveScale(options.scale ?? 'demo');
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed)) throw new Error(`The seed must be an integer, got ${seed}.`);
  const rates = resolveRates(options.rates);
  const schema = options.schema ?? loadSchema(options.schemaPath);
  const ctx = new SeedContext(schema, { seed, scale, rates }, new AnomalyRecorder(rates));
  for (const domain of options.domains ?? DEFAULT_DOMAINS) domain(ctx);
  // The migrations' own accounting tables (ledger, quarantine) belong to the migrations, not to seeded data.
  for (const model of schema.models) {
    if (BOOKKEEPING_TABLES.includes(model.table)) ctx.override(model.name, { total: () => 0, perTenant: () => 0 });
  }
  const soft = softReferences(schema).map((s) => [s.model.name, s.target.name] as [string, string]);
  const plan = buildPlan(ctx, soft);
  return { ctx, plan, generator: new SeedGenerator(ctx, plan) };
}

/** Generates every planned table as COPY chunks (handed to the hooks, which load them), hashing each, and returns the manifest. */
export async function produceSeed(options: GenerateOptions, hooks: SeedRunHooks = {}): Promise<SeedRunResult> {
  const { ctx, plan, generator } = planSeed(options);
  const hashes = new Map<string, { model: string; rows: number; hash: Hash }>();
  let tablesDone = 0;
  let rowsDone = 0;
  for (const table of generator.tables()) {
    const hash = createHash('sha256');
    const encode = rowEncoder(table.columns);
    const batches = table.batches()[Symbol.iterator]();
    let rowCount = 0;
    let drained = false;
    function* chunks(): Iterable<Buffer> {
      for (let next = batches.next(); !next.done; next = batches.next()) {
        const rows = next.value;
        hooks.onRows?.(table.model, rows);
        rowCount += rows.length;
        for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
          const end = Math.min(rows.length, start + CHUNK_ROWS);
          let text = '';
          for (let i = start; i < end; i++) text += encode(rows[i]!);
          // Encoded once: the same bytes are hashed and sent.
          const bytes = Buffer.from(text, 'utf8');
          hash.update(bytes);
          yield bytes;
        }
      }
      drained = true;
    }
    const iterator = chunks()[Symbol.iterator]();
    const once: Iterable<Buffer> = { [Symbol.iterator]: () => iterator };
    await hooks.onTable?.({ model: table.model, columns: table.columns, rowCount: table.rowCount, chunks: () => once });
    // Whatever the sink did not read is generated all the same: later tables and the checksum depend on it.
    for (let next = iterator.next(); !next.done; next = iterator.next());
    if (!drained) throw new Error(`${table.model.name}: its rows were not read to the end`);
    if (rowCount !== table.rowCount) throw new Error(`${table.model.name}: announced ${table.rowCount} rows, produced ${rowCount}`);
    hashes.set(table.model.table, { model: table.model.name, rows: rowCount, hash });
    tablesDone++;
    rowsDone += rowCount;
    hooks.onProgress?.({
      table: table.model.table,
      model: table.model.name,
      rows: rowCount,
      tablesDone,
      tablesTotal: plan.order.length,
      rowsDone,
      rowsPlanned: plan.plannedRows,
    });
  }
  for (const update of generator.deferredUpdates()) {
    const entry = hashes.get(update.model.table)!;
    for (const r of update.rows) entry.hash.update(`UPDATE\t${r.map((v) => JSON.stringify(v)).join('\t')}\n`);
    await hooks.onDeferred?.(update);
  }
  for (const finalize of ctx.finalizers) finalize();

  const tables: Manifest['tables'] = {};
  let totalRows = 0;
  for (const [table, entry] of [...hashes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    tables[table] = { model: entry.model, rows: entry.rows, checksum: entry.hash.digest('hex') };
    totalRows += entry.rows;
  }
  const manifest: Manifest = {
    version: 1,
    seed: ctx.options.seed,
    scale: ctx.options.scale.name,
    schemaHash: ctx.schema.hash,
    totalRows,
    tables,
    anomalies: ctx.anomalies.toManifest(),
  };
  return { manifest, plan, ctx };
}
