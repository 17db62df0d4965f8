import { expectedCount, type AnomalyKind } from './anomalies/kinds.js';
import type { AnomalyRecorder } from './manifest.js';
import { Rng } from './random.js';
import type { Scale } from './scales.js';
import type { FieldInfo, ModelInfo, RelationInfo, SchemaInfo } from './schema/types.js';
import type { Company, Person } from './values/people.js';

/** A row as the generator builds it: field name → value (DateTime as epoch milliseconds, Json as a JS value). */
export type Row = Record<string, unknown>;

/** One row to generate: the tenant it belongs to (-1 for none) and values fixed in advance. */
export interface RowSeed {
  tenant: number;
  values?: Row;
}

export interface TenantInfo {
  index: number;
  id: string;
  name: string;
  slug: string;
  domain: string;
  createdAt: number;
}

/** What the generator remembers of a generated table (not the rows themselves: those stream to the database). */
export interface TableState {
  model: ModelInfo;
  /** Primary key value per row (composite keys joined by U+0000). */
  ids: string[];
  /** Tenant index per row, -1 when the row belongs to no tenant. */
  tenantOf: number[];
  createdAt: number[];
  /** First row of each tenant; rows are stored grouped by tenant. Length = tenants + 1. */
  tenantStart: number[];
  /** Values of columns other tables reference (non-primary-key relation targets). */
  kept: Map<string, unknown[]>;
}

/** Values available to a field generator while it builds one row. */
export interface RowContext {
  ctx: SeedContext;
  rng: Rng;
  model: ModelInfo;
  field: FieldInfo;
  tenant: number;
  tenantInfo?: TenantInfo;
  /** Ordinal of this row in its table, and within its tenant. */
  index: number;
  tenantRow: number;
  row: Row;
  createdAt: number;
  /** The person this row is about (lazily made, one per row so name and email agree). */
  person(): Person;
  /** A company this row is about (one per row). */
  company(): Company;
}

export type FieldGenerator = (rc: RowContext) => unknown;

/** How a domain module changes the generic generation of one model. */
export interface ModelOverride {
  /** Rows per tenant instead of the generic plan (scoped and derived models). */
  perTenant?: (tenant: number, generic: number, ctx: SeedContext) => number;
  /** Total rows instead of the generic plan (global models). */
  total?: (generic: number, ctx: SeedContext) => number;
  /**
   * Full control over which rows exist: called when the model's turn comes (earlier tables are done), returns
   * the rows in tenant order with any preset values. Replaces the counts of the plan.
   */
  rows?: (ctx: SeedContext) => RowSeed[];
  /** Value generators by field name; they win over the generic ones. */
  fields?: Record<string, FieldGenerator>;
  /** Probability that an optional foreign key is set (default 0.75), by relation field name. */
  optionalFk?: Record<string, number>;
  /**
   * Called with every generated row of the table before it is written: the place to plant anomalies with exact
   * counts. Must keep unique constraints and foreign keys valid.
   */
  finish?: (rows: Row[], ctx: SeedContext, tenants: number[]) => void;
}

export interface SeedOptionsResolved {
  seed: number;
  scale: Scale;
  rates: Record<AnomalyKind, number>;
}

/** Shared state of one seeding run, handed to every domain module. */
export class SeedContext {
  readonly overrides = new Map<string, ModelOverride>();
  /** Extra ordering: [model, mustComeAfter]. */
  readonly dependencies: [string, string][] = [];
  /**
   * Planters that touch rows of any table (statuses): called once per table with its final row count, they return a
   * function that sees every row in order (after the table's own `finish`), or undefined when the table is not
   * theirs. Rows may stream, so a planter must decide row by row (selection sampling gives exact counts).
   */
  readonly rowPlanters: ((model: ModelInfo, rowCount: number) => ((row: Row) => void) | undefined)[] = [];
  /** Called once after every table is generated (deferred details of the manifest). */
  readonly finalizers: (() => void)[] = [];
  readonly tables = new Map<string, TableState>();
  readonly tenants: TenantInfo[] = [];
  /** Free-form state domain modules share with each other (e.g. the prospect domain pool). */
  readonly shared = new Map<string, unknown>();

  constructor(
    readonly schema: SchemaInfo,
    readonly options: SeedOptionsResolved,
    readonly anomalies: AnomalyRecorder,
  ) {}

  get seed(): number {
    return this.options.seed;
  }

  /** An independent random stream for a purpose; the same label always gives the same stream. */
  rng(label: string): Rng {
    return Rng.from(this.options.seed, label);
  }

  has(model: string): boolean {
    return this.schema.modelByName.has(model);
  }

  model(name: string): ModelInfo {
    const model = this.schema.modelByName.get(name);
    if (!model) {
      throw new Error(`The seed expects a model "${name}" in ${this.schema.path}, but the schema has none.`);
    }
    return model;
  }

  field(model: string, field: string): FieldInfo {
    const f = this.model(model).fieldByName.get(field);
    if (!f) throw new Error(`The seed expects a field "${model}.${field}" in ${this.schema.path}, but the model has none.`);
    return f;
  }

  relation(model: string, field: string): RelationInfo {
    const m = this.model(model);
    const r = m.relations.find((x) => x.fields.includes(field) || x.name === field);
    if (!r) throw new Error(`The seed expects "${model}.${field}" to be a relation in ${this.schema.path}.`);
    return r;
  }

  /** Registers (or extends) the override of a model. */
  override(model: string, override: ModelOverride): void {
    this.model(model);
    const current = this.overrides.get(model) ?? {};
    const merged: ModelOverride = { ...current, ...override };
    merged.fields = { ...current.fields, ...override.fields };
    merged.optionalFk = { ...current.optionalFk, ...override.optionalFk };
    if (current.finish && override.finish) {
      const a = current.finish;
      const b = override.finish;
      merged.finish = (rows, ctx, tenants) => {
        a(rows, ctx, tenants);
        b(rows, ctx, tenants);
      };
    }
    this.overrides.set(model, merged);
  }

  /** `model` is generated after `after` (for domain logic that reads the earlier table). */
  after(model: string, after: string): void {
    this.model(model);
    this.model(after);
    this.dependencies.push([model, after]);
  }

  table(model: string): TableState {
    const t = this.tables.get(model);
    if (!t) throw new Error(`Table of model "${model}" is not generated yet; declare the order with ctx.after().`);
    return t;
  }

  rate(kind: AnomalyKind): number {
    return this.anomalies.rate(kind);
  }

  /**
   * Chooses which of `population` items get anomaly `kind`: exactly expectedCount(rate, population) distinct
   * indices, from a stream named after the kind (so adding a kind does not reshuffle the others).
   */
  choose(kind: AnomalyKind, population: number, rate = this.rate(kind)): Set<number> {
    this.anomalies.population(kind, population);
    return new Set(this.rng(`anomaly:${kind}`).sample(population, expectedCount(rate, population)));
  }

  /**
   * Like choose(), when only `eligible` of the population can carry the anomaly (e.g. keywords of tenants that have
   * another keyword to repeat): expectedCount(rate, population) indices of [0, eligible), fewer only if there are
   * not that many eligible items.
   */
  chooseAmong(kind: AnomalyKind, population: number, eligible: number): Set<number> {
    this.anomalies.population(kind, population);
    return new Set(this.rng(`anomaly:${kind}`).sample(eligible, Math.min(eligible, expectedCount(this.rate(kind), population))));
  }

  /**
   * Splits `population` items into disjoint sets, one per kind, each of exactly expectedCount(rate, population)
   * items (for kinds that are alternatives of each other, e.g. the shapes of a JSON config).
   */
  partition(kinds: AnomalyKind[], population: number): Map<AnomalyKind, Set<number>> {
    const order = this.rng(`partition:${kinds.join(',')}`).shuffle(Array.from({ length: population }, (_, i) => i));
    const out = new Map<AnomalyKind, Set<number>>();
    let offset = 0;
    for (const kind of kinds) {
      this.anomalies.population(kind, population);
      const k = Math.min(expectedCount(this.rate(kind), population), population - offset);
      out.set(kind, new Set(order.slice(offset, offset + k)));
      offset += k;
    }
    return out;
  }

  /** Shared state of the domain modules, created on first use. */
  state<T>(key: string, create: () => T): T {
    if (!this.shared.has(key)) this.shared.set(key, create());
    return this.shared.get(key) as T;
  }

  /** Rows of `model` that belong to tenant `t` are indices [start, end). */
  tenantRange(model: string, t: number): [number, number] {
    const table = this.table(model);
    return [table.tenantStart[t] ?? 0, table.tenantStart[t + 1] ?? 0];
  }
}
