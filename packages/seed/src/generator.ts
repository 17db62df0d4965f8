/**
 * The generic generator: builds every row of every model from the plan, related the way the schema relates them.
 * Domain modules steer it through overrides (src/context.ts); everything they do not steer comes from the field
 * names and types (src/values/fields.ts).
 */
import type { FieldGenerator, ModelOverride, Row, RowContext, RowSeed, SeedContext, TableState, TenantInfo } from './context.js';
import type { ModelPlan, Plan } from './plan.js';
import type { Rng } from './random.js';
import type { FieldInfo, ModelInfo, RelationInfo } from './schema/types.js';
import { softReferenceGenerator, softReferenceTarget } from './soft-references.js';
import { genericGenerator } from './values/fields.js';
import { company, person, slugify, type Company, type Person } from './values/people.js';
import { DAY, EPOCH_START, SEED_NOW } from './values/time.js';

export interface GeneratedTable {
  model: ModelInfo;
  /** Columns in COPY order. */
  columns: FieldInfo[];
  rowCount: number;
  /**
   * The rows, in batches. A table whose rows a domain module must see all at once is generated before it is yielded
   * (one batch); any other table streams: its rows are made while they are read and forgotten once encoded, which
   * halves the generator's work at millions of rows (no garbage collector copying rows that wait in memory).
   * Read it to the end exactly once; the table counts as generated when the last batch has been read.
   */
  batches(): Iterable<Row[]>;
}

const BATCH_ROWS = 2000;

/** Foreign keys filled after every table exists (cycle breakers): one UPDATE per row. */
export interface DeferredUpdate {
  model: ModelInfo;
  keyField: FieldInfo;
  fields: FieldInfo[];
  /** [primary key, ...values of `fields`] */
  rows: unknown[][];
}

const PERSONNEL = /user|member|invite|staff|employee|teammate|admin/i;
const KEY_SEPARATOR = '\u0001';
const SEQUENCE_NAMES = /^(version|revision|position|sequence|step|attempt|ordinal)$/i;

interface UniqueGuard {
  fields: string[];
  seen: Set<string>;
  /** Next suffix to try per colliding key, so the thousandth "dentist near me" does not retry 999 suffixes. */
  nextAttempt: Map<string, number>;
}

interface Picker {
  relation: RelationInfo;
  /** Probability the key is set when it is optional. */
  setProbability: number;
  /** The key field when the relation has one (almost always); the hot loop avoids closures then. */
  single?: string;
  /** True when the key references the target's single primary key (so the value is in TableState.ids). */
  byPrimaryKey: boolean;
  parent: TableState;
}

/** Makes a colliding value unique again, keeping it looking like what it is. */
export function uniquify(value: unknown, attempt: number): unknown {
  if (typeof value === 'number') return value + attempt;
  if (typeof value === 'bigint') return value + BigInt(attempt);
  if (typeof value !== 'string') return value;
  const at = value.indexOf('@');
  if (at > 0 && !/\s/.test(value)) return `${value.slice(0, at)}${attempt}${value.slice(at)}`;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value)) {
    const dot = value.indexOf('.');
    return `${value.slice(0, dot)}${attempt}${value.slice(dot)}`;
  }
  if (/^https?:\/\//.test(value)) return `${value.replace(/\/$/, '')}${value.includes('?') ? '&' : '?'}v=${attempt}`;
  return /\s/.test(value) ? `${value} ${attempt}` : `${value}-${attempt}`;
}

function idGenerator(field: FieldInfo): (rng: Rng, index: number) => string | number {
  const def = field.default as { name?: string } | undefined;
  if (field.type === 'Int' || field.type === 'BigInt') return (_rng, index) => index + 1;
  switch (def?.name) {
    case 'uuid':
      return (rng) => {
        const h = rng.hex(32);
        return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[rng.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
      };
    case 'nanoid':
      return (rng) => rng.base36(21);
    default:
      // cuid v1 shape: 'c' + 24 base-36 characters.
      return (rng) => `c${rng.base36(24)}`;
  }
}

/** The rows to generate: a tenant per row, and preset values when a domain module decided the rows. */
interface RowSeeds {
  tenants: ArrayLike<number>;
  values?: (Row | undefined)[];
}

/** What later tables need of a table, gathered row by row while it is made. */
interface TableRecorder {
  add(row: Row, tenant: number, createdAt: number): void;
  finish(): void;
}

interface ColumnGenerator {
  field: FieldInfo;
  gen: FieldGenerator;
}

const NO_PRESET: Row = {};

function rowSeeds(ctx: SeedContext, mp: ModelPlan): RowSeeds {
  const override = ctx.overrides.get(mp.model.name);
  if (override?.rows) {
    // Rows are stored grouped by tenant; a stable sort keeps the domain module's order within a tenant.
    const seeds: RowSeed[] = override
      .rows(ctx)
      .map((s, i) => ({ s, i }))
      .sort((a, b) => a.s.tenant - b.s.tenant || a.i - b.i)
      .map((x) => x.s);
    return { tenants: seeds.map((s) => s.tenant), values: seeds.map((s) => s.values) };
  }
  if (mp.kind === 'global') return { tenants: new Int32Array(mp.globalRows).fill(-1) };
  const tenants = new Int32Array(mp.perTenant.reduce((a, b) => a + b, 0));
  let i = 0;
  mp.perTenant.forEach((n, t) => {
    tenants.fill(t, i, i + n);
    i += n;
  });
  return { tenants };
}

/** Copies the referenced values of parent row `j` of relation `r` into the row's key fields. */
function assignKey(ctx: SeedContext, r: RelationInfo, j: number, row: Row): void {
  const parent = ctx.table(r.target);
  r.fields.forEach((f, i) => {
    const ref = r.references[i]!;
    row[f] = parent.model.primaryKey.length === 1 && parent.model.primaryKey[0] === ref ? parent.ids[j] : parent.kept.get(ref)![j];
  });
}

/**
 * How each row links to other tables: a picker per relation to another table, and the self-relations apart (they
 * copy keys from earlier rows of the same table). The tenant key is no relation to pick: it is the row's tenant.
 */
function relationPickers(
  ctx: SeedContext,
  mp: ModelPlan,
  override: ModelOverride | undefined,
): { pickers: Picker[]; selfRelations: RelationInfo[] } {
  const model = mp.model;
  const tenantField = model.tenantField;
  const pickers: Picker[] = [];
  const selfRelations: RelationInfo[] = [];
  for (const r of model.relations) {
    if (mp.deferred.includes(r)) continue;
    if (r.fields.length === 1 && r.fields[0] === tenantField) continue;
    if (r.target === model.name) {
      selfRelations.push(r);
      continue;
    }
    const p = override?.optionalFk?.[r.name] ?? override?.optionalFk?.[r.fields[0]!] ?? 0.75;
    const parent = ctx.table(r.target);
    pickers.push({
      relation: r,
      setProbability: r.isRequired ? 1 : p,
      single: r.fields.length === 1 ? r.fields[0] : undefined,
      byPrimaryKey: r.fields.length === 1 && parent.model.primaryKey.length === 1 && parent.model.primaryKey[0] === r.references[0],
      parent,
    });
  }
  return { pickers, selfRelations };
}

/**
 * A value generator for every column that is neither a key nor the generated id: the domain module's where it has
 * one, else the soft-reference or generic one. createdAt comes first: other timestamps are placed after it.
 */
function columnGenerators(
  ctx: SeedContext,
  model: ModelInfo,
  override: ModelOverride | undefined,
  generatedKey: FieldInfo | undefined,
  fkFields: Set<string>,
): ColumnGenerator[] {
  const generators: ColumnGenerator[] = [];
  let createdAtField: FieldInfo | undefined;
  for (const f of model.fields) {
    if (f === generatedKey) continue;
    if (fkFields.has(f.name) || f.name === model.tenantField) continue;
    if (f.name === 'createdAt') createdAtField = f;
    const custom = override?.fields?.[f.name];
    const enumValues = f.kind === 'enum' ? ctx.schema.enums.get(f.type)?.values : undefined;
    const softTarget = softReferenceTarget(ctx.schema, model, f);
    const generic = softTarget ? softReferenceGenerator(ctx, f, softTarget) : genericGenerator(model, f, enumValues);
    generators.push({ field: f, gen: custom ?? generic });
  }
  if (createdAtField) {
    const i = generators.findIndex((g) => g.field === createdAtField);
    generators.unshift(...generators.splice(i, 1));
  }
  return generators;
}

/** Days of a daily series per parent: yesterday, the day before ... counted back from the seeded "now". */
function dailySeriesGenerator(scope: string[]): FieldGenerator {
  const next = new Map<string, number>();
  return (rc) => {
    const key = scope.map((x) => String(rc.row[x])).join(KEY_SEPARATOR);
    const n = next.get(key) ?? 1;
    next.set(key, n + 1);
    return Math.floor(SEED_NOW / DAY) * DAY - n * DAY;
  };
}

/** Ordinals per parent: start, start + 1, start + 2 ... */
function ordinalGenerator(scope: string[], start: number): FieldGenerator {
  const next = new Map<string, number>();
  return (rc) => {
    const key = scope.map((x) => String(rc.row[x])).join(KEY_SEPARATOR);
    const n = next.get(key) ?? start;
    next.set(key, n + 1);
    return n;
  };
}

/**
 * Ordinals (version 1, 2, 3 ... / position 0, 1, 2 ... per parent) count up per parent row instead of being random:
 * that is what the writers do, and it keeps @@unique([parentId, version]) satisfied by construction. Days of a daily
 * series (@@unique([propertyId, day])) count back from the seeded "now" per parent, likewise. Replaces those columns'
 * generators and returns their names.
 */
function countPerParent(
  model: ModelInfo,
  override: ModelOverride | undefined,
  generators: ColumnGenerator[],
  fkFields: Set<string>,
): Set<string> {
  const tenantField = model.tenantField;
  const sequenced = new Set<string>();
  for (const g of generators) {
    const f = g.field;
    const unique = model.uniques.find(
      (u) => u.includes(f.name) && u.length > 1 && u.every((x) => x === f.name || fkFields.has(x) || x === tenantField),
    );
    if (!override?.fields?.[f.name] && f.type === 'DateTime' && !f.isList && unique) {
      g.gen = dailySeriesGenerator(unique.filter((x) => x !== f.name));
      sequenced.add(f.name);
      continue;
    }
    if (override?.fields?.[f.name] || f.type !== 'Int' || f.isList || !SEQUENCE_NAMES.test(f.name)) continue;
    const scope = unique
      ? unique.filter((x) => x !== f.name)
      : (model.relations.find((r) => r.isRequired && r.target !== model.name && r.fields[0] !== tenantField)?.fields ?? []);
    if (scope.length === 0) continue;
    sequenced.add(f.name);
    g.gen = ordinalGenerator(scope, /position|step|index/i.test(f.name) ? 0 : 1);
  }
  return sequenced;
}

/** A guard per unique constraint, except the generated id's own (generated ids do not collide). */
function uniqueGuards(model: ModelInfo, generatedKey: FieldInfo | undefined): UniqueGuard[] {
  return model.uniques
    .filter((u) => !(generatedKey && u.length === 1 && u[0] === generatedKey.name))
    .map((fields) => ({ fields, seen: new Set<string>(), nextAttempt: new Map<string, number>() }));
}

/**
 * Streaming needs every seed to become a row (so the planters can count exactly) and no look back at earlier rows:
 * no finish hook, no self-relation, no one-to-one key that can run out, no unique made only of keys.
 */
function isStreamable(
  model: ModelInfo,
  override: ModelOverride | undefined,
  selfRelations: RelationInfo[],
  guards: UniqueGuard[],
  sequenced: Set<string>,
  fkFields: Set<string>,
): boolean {
  return (
    !override?.finish &&
    selfRelations.length === 0 &&
    !model.relations.some((r) => r.isOneToOne && r.target !== model.name) &&
    !(override?.rows && guards.length > 0) &&
    guards.every((g) =>
      g.fields.some((f) => {
        const field = model.fieldByName.get(f)!;
        // A field that is counted per parent, or one enforceUniques can make unique (a string or a number).
        return (
          sequenced.has(f) ||
          (!fkFields.has(f) && f !== model.tenantField && field.kind === 'scalar' && ['String', 'Int', 'BigInt'].includes(field.type))
        );
      }),
    )
  );
}

/**
 * Rows are built from one literal with every field, so V8 gives them all one fast shape instead of growing each
 * object field by field (which costs memory and garbage-collection time at millions of rows).
 */
function rowFactory(model: ModelInfo): () => Row {
  return new Function(`return { ${model.fields.map((f) => `${JSON.stringify(f.name)}: undefined`).join(', ')} };`) as () => Row;
}

/**
 * Makes the rows of one table. What holds for the whole table (key pickers, value generators, unique guards) is
 * worked out once in the constructor, so the per-row steps only read it.
 */
class TableProducer {
  readonly model: ModelInfo;
  readonly override: ModelOverride | undefined;
  readonly seedCount: number;
  readonly streamable: boolean;
  /** Tenant and createdAt of the row yielded last. */
  currentTenant = -1;
  currentCreatedAt = 0;

  private readonly rng: Rng;
  private readonly idRng: Rng;
  private readonly pickRng: Rng;
  private readonly isTenantModel: boolean;
  private readonly deferredFields: Set<string>;
  private readonly pkField: FieldInfo | undefined;
  private readonly makeId: ((rng: Rng, index: number) => string | number) | undefined;
  private readonly tenantField: string | undefined;
  private readonly pickers: Picker[];
  private readonly selfRelations: RelationInfo[];
  private readonly fkFields: Set<string>;
  private readonly generators: ColumnGenerator[];
  private readonly guards: UniqueGuard[];
  private readonly newRow: () => Row;
  private readonly seeds: RowSeeds;
  private readonly rc: RowContext;
  private personCache: Person | undefined;
  private companyCache: Company | undefined;

  /** Rows made so far, and where the current tenant's rows began. */
  private produced = 0;
  private tenantRow = 0;
  private tenantFirstRow = 0;
  private tenantOfPrevious = -2;
  /** Filled only when the table is collected: self-relations copy keys from earlier rows. */
  private readonly rows: Row[] = [];
  private readonly rowTenants: number[] = [];
  private readonly rowCreatedAt: number[] = [];

  constructor(
    private readonly generator: SeedGenerator,
    private readonly ctx: SeedContext,
    mp: ModelPlan,
  ) {
    const model = (this.model = mp.model);
    const override = (this.override = ctx.overrides.get(model.name));
    this.rng = ctx.rng(`values:${model.name}`);
    this.idRng = ctx.rng(`ids:${model.name}`);
    this.pickRng = ctx.rng(`relations:${model.name}`);
    this.isTenantModel = mp.kind === 'tenant';
    this.deferredFields = new Set(mp.deferred.flatMap((r) => r.fields));
    const pkField = (this.pkField = model.primaryKey.length === 1 ? model.fieldByName.get(model.primaryKey[0]!) : undefined);
    this.makeId = pkField && !pkField.foreignKey ? idGenerator(pkField) : undefined;
    const generatedKey = this.makeId ? pkField : undefined;
    this.tenantField = model.tenantField;
    ({ pickers: this.pickers, selfRelations: this.selfRelations } = relationPickers(ctx, mp, override));
    this.fkFields = new Set(model.relations.flatMap((r) => r.fields));
    this.generators = columnGenerators(ctx, model, override, generatedKey, this.fkFields);
    const sequenced = countPerParent(model, override, this.generators, this.fkFields);
    this.guards = uniqueGuards(model, generatedKey);
    this.newRow = rowFactory(model);
    this.seeds = rowSeeds(ctx, mp);
    this.seedCount = this.seeds.tenants.length;
    this.rc = this.rowContext();
    this.streamable = isStreamable(model, override, this.selfRelations, this.guards, sequenced, this.fkFields);
  }

  /** The one context every value generator of the table is handed; it is pointed at each row in turn. */
  private rowContext(): RowContext {
    const { ctx, rng, model } = this;
    const rc: RowContext = {
      ctx,
      rng,
      model,
      field: model.fields[0]!,
      tenant: -1,
      index: 0,
      tenantRow: 0,
      row: {},
      createdAt: EPOCH_START,
      person: () => {
        if (!this.personCache) {
          const domain = PERSONNEL.test(model.name) ? rc.tenantInfo?.domain : undefined;
          this.personCache = person(rng, domain);
        }
        return this.personCache;
      },
      company: () => (this.companyCache ??= company(rng)),
    };
    return rc;
  }

  /**
   * The rows, made one by one as they are read. A seed whose row cannot be made (no parent for a required key, a
   * unique that cannot be kept) is skipped; a streamed table cannot skip, since its row count is announced.
   */
  *produce(): Generator<Row> {
    const { seeds, seedCount, rc, model } = this;
    for (let s = 0; s < seedCount; s++) {
      const t = seeds.tenants[s]!;
      const presetValues = seeds.values?.[s];
      const row = this.startRow(t, presetValues);
      const preset = presetValues ?? NO_PRESET;
      const afterParents = this.linkParents(row, t, this.earliestCreatedAt(t));
      if (afterParents === undefined) {
        if (this.streamable) throw new Error(`${model.name}: no parent row for a required key although the plan provided one`);
        continue;
      }
      const earliest = this.linkSelfRelations(row, afterParents);
      for (const f of this.deferredFields) if (row[f] === undefined) row[f] = null;
      rc.createdAt = this.createdAtOf(preset, earliest);
      this.generateColumnValues(row);
      if (!this.enforceUniques(row, preset, t)) {
        if (this.streamable) throw new Error(`${model.name}: could not keep a unique constraint for a row of a streamed table`);
        continue;
      }
      if (this.isTenantModel) this.registerTenant(row, t);
      this.currentTenant = t;
      this.currentCreatedAt = typeof row.createdAt === 'number' ? row.createdAt : rc.createdAt;
      this.produced++;
      this.tenantRow++;
      yield row;
    }
  }

  /** Every row at once with its tenant and createdAt, for a table that is handed over whole. */
  collect(): { rows: Row[]; tenants: number[]; createdAt: number[] } {
    for (const row of this.produce()) {
      this.rows.push(row);
      this.rowTenants.push(this.currentTenant);
      this.rowCreatedAt.push(this.currentCreatedAt);
    }
    return { rows: this.rows, tenants: this.rowTenants, createdAt: this.rowCreatedAt };
  }

  /** A new row of tenant `t` holding its preset values, its id and its tenant key; the row context points at it. */
  private startRow(t: number, presetValues: Row | undefined): Row {
    if (t !== this.tenantOfPrevious) {
      this.tenantOfPrevious = t;
      this.tenantRow = 0;
      this.tenantFirstRow = this.produced;
    }
    this.personCache = undefined;
    this.companyCache = undefined;
    const row: Row = this.newRow();
    if (presetValues) Object.assign(row, presetValues);
    const rc = this.rc;
    rc.row = row;
    rc.tenant = t;
    rc.tenantInfo = t >= 0 ? this.ctx.tenants[t] : undefined;
    rc.index = this.produced;
    rc.tenantRow = this.tenantRow;

    const { makeId, pkField, tenantField } = this;
    if (makeId && row[pkField!.name] === undefined) row[pkField!.name] = makeId(this.idRng, this.produced);
    if (tenantField && !this.isTenantModel && t >= 0 && row[tenantField] === undefined) {
      row[tenantField] = this.ctx.tenants[t]!.id;
    }
    return row;
  }

  /** Before its parents are known: tenants are spread over the seeded years, other rows start with their tenant. */
  private earliestCreatedAt(t: number): number {
    return this.isTenantModel
      ? EPOCH_START + ((t + this.pickRng.next()) / Math.max(1, this.generator.plan.tenants)) * (SEED_NOW - EPOCH_START) * 0.85
      : (this.rc.tenantInfo?.createdAt ?? EPOCH_START);
  }

  /**
   * Fills the row's foreign keys to other tables; returns the earliest the row can be created (after every parent),
   * or undefined when a required key finds no parent.
   */
  private linkParents(row: Row, t: number, base: number): number | undefined {
    const pickRng = this.pickRng;
    for (const p of this.pickers) {
      const r = p.relation;
      // Keys the domain module preset stay; it also owns their timing.
      if (p.single !== undefined ? row[p.single] !== undefined : r.fields.every((f) => row[f] !== undefined)) continue;
      if (!r.isRequired && !pickRng.chance(p.setProbability)) {
        for (const f of r.fields) row[f] = null;
        continue;
      }
      const j = this.generator.pickParent(r, t, pickRng, this.model.name);
      if (j < 0) {
        if (r.isRequired) return undefined;
        for (const f of r.fields) row[f] = null;
        continue;
      }
      if (p.byPrimaryKey) row[p.single!] = p.parent.ids[j];
      else assignKey(this.ctx, r, j, row);
      const parentCreatedAt = p.parent.createdAt[j]!;
      if (parentCreatedAt > base) base = parentCreatedAt;
    }
    return base;
  }

  /** Points self-relations at an earlier row of the same tenant (or the row itself); returns the updated earliest time. */
  private linkSelfRelations(row: Row, base: number): number {
    const { pickRng, produced, tenantFirstRow } = this;
    for (const r of this.selfRelations) {
      if (r.fields.every((f) => row[f] !== undefined)) continue;
      const earlier = produced - tenantFirstRow;
      if (r.isRequired || (earlier > 0 && pickRng.chance(0.3))) {
        const j = tenantFirstRow + pickRng.int(0, r.isRequired ? earlier : earlier - 1);
        const source = j === produced ? row : this.rows[j]!;
        r.fields.forEach((f, i) => (row[f] = source[r.references[i]!]));
        if (j < produced) base = Math.max(base, this.rowCreatedAt[j]!);
      } else {
        for (const f of r.fields) row[f] = null;
      }
    }
    return base;
  }

  /** A preset createdAt wins; a tenant is created at its earliest; any other row between its earliest and "now". */
  private createdAtOf(preset: Row, earliest: number): number {
    if (typeof preset.createdAt === 'number') return preset.createdAt;
    return this.isTenantModel ? Math.floor(earliest) : Math.floor(earliest + this.pickRng.next() * (SEED_NOW - earliest));
  }

  private generateColumnValues(row: Row): void {
    const rc = this.rc;
    for (const g of this.generators) {
      if (row[g.field.name] !== undefined) continue;
      rc.field = g.field;
      row[g.field.name] = g.gen(rc);
    }
  }

  /** Later rows of every table read their tenant's id, name, domain and creation time. */
  private registerTenant(row: Row, t: number): void {
    const comp = this.rc.company();
    const info: TenantInfo = {
      index: t,
      id: String(row[this.pkField!.name]),
      name: typeof row.name === 'string' ? row.name : comp.name,
      slug: typeof row.slug === 'string' ? row.slug : slugify(typeof row.name === 'string' ? row.name : comp.name),
      domain: comp.domain,
      createdAt: this.rc.createdAt,
    };
    this.ctx.tenants[t] = info;
  }

  /**
   * Keeps the table's unique constraints: a colliding string or number gets a suffix; a collision made only of keys
   * and presets re-picks a foreign key. False when the row cannot be made unique.
   */
  private enforceUniques(row: Row, preset: Row, t: number): boolean {
    const { guards, model, fkFields } = this;
    const rng = this.pickRng;
    // Fast path, taken by nearly every row: no key collides, so each key is computed once and remembered.
    const keys: (string | null)[] = [];
    let collision = false;
    for (const g of guards) {
      let key: string | null = '';
      for (let i = 0; i < g.fields.length; i++) {
        const v = row[g.fields[i]!];
        if (v === null || v === undefined) {
          key = null;
          break;
        }
        key = i === 0 ? String(v) : key + KEY_SEPARATOR + String(v);
      }
      if (key !== null && g.seen.has(key)) {
        collision = true;
        break;
      }
      keys.push(key);
    }
    if (!collision) {
      guards.forEach((g, i) => {
        if (keys[i] !== null) g.seen.add(keys[i]!);
      });
      return true;
    }
    for (let pass = 0; pass < 20; pass++) {
      let clean = true;
      for (const g of guards) {
        const values = g.fields.map((f) => row[f]);
        if (values.some((v) => v === null || v === undefined)) continue;
        let key = values.map(String).join(KEY_SEPARATOR);
        if (!g.seen.has(key)) continue;
        clean = false;
        const fixable = g.fields.find(
          (f) =>
            preset[f] === undefined &&
            !fkFields.has(f) &&
            f !== model.tenantField &&
            ['String', 'Int', 'BigInt'].includes(model.fieldByName.get(f)!.type) &&
            model.fieldByName.get(f)!.kind === 'scalar',
        );
        if (fixable) {
          const original = row[fixable];
          const collided = key;
          let attempt = g.nextAttempt.get(collided) ?? 2;
          for (; g.seen.has(key); attempt++) {
            row[fixable] = uniquify(original, attempt - (typeof original === 'number' ? 1 : 0));
            key = g.fields.map((f) => String(row[f])).join(KEY_SEPARATOR);
          }
          g.nextAttempt.set(collided, attempt);
          continue;
        }
        // Only keys and presets: re-pick a foreign key of the constraint, or give up on this row.
        const relation = model.relations.find(
          (r) =>
            r.fields.some((f) => g.fields.includes(f) && preset[f] === undefined && f !== model.tenantField) && r.target !== model.name,
        );
        if (!relation) return false;
        const j = this.generator.pickParent(relation, t, rng, model.name);
        if (j < 0) return false;
        assignKey(this.ctx, relation, j, row);
      }
      if (clean) {
        for (const g of guards) {
          const values = g.fields.map((f) => row[f]);
          if (values.some((v) => v === null || v === undefined)) continue;
          g.seen.add(values.map(String).join(KEY_SEPARATOR));
        }
        return true;
      }
    }
    return false;
  }
}

/** A table whose rows are made while its batches are read, and forgotten once read. */
function streamedTable(ctx: SeedContext, producer: TableProducer, recorder: TableRecorder): GeneratedTable {
  const { model, seedCount } = producer;
  const planters = ctx.rowPlanters.map((begin) => begin(model, seedCount)).filter((f) => f !== undefined);
  return {
    model,
    columns: model.fields,
    rowCount: seedCount,
    *batches() {
      let batch: Row[] = [];
      for (const row of producer.produce()) {
        for (const plant of planters) plant(row);
        recorder.add(row, producer.currentTenant, producer.currentCreatedAt);
        batch.push(row);
        if (batch.length === BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
      recorder.finish();
    },
  };
}

/** A table made whole before it is handed over, so its finish hook and the planters see every row. */
function collectedTable(ctx: SeedContext, producer: TableProducer, recorder: TableRecorder): GeneratedTable {
  const { model } = producer;
  const { rows, tenants: rowTenants, createdAt: rowCreatedAt } = producer.collect();
  producer.override?.finish?.(rows, ctx, rowTenants);
  for (const begin of ctx.rowPlanters) {
    const plant = begin(model, rows.length);
    if (plant) for (const row of rows) plant(row);
  }
  if (rows.length !== rowTenants.length) {
    throw new Error(`${model.name}: a finish hook changed the number of rows without keeping the tenant list in step`);
  }
  // Rows added by hooks carry their own createdAt.
  rows.forEach((r, i) => recorder.add(r, rowTenants[i]!, typeof r.createdAt === 'number' ? r.createdAt : (rowCreatedAt[i] ?? EPOCH_START)));
  recorder.finish();
  return {
    model,
    columns: model.fields,
    rowCount: rows.length,
    *batches() {
      yield rows;
    },
  };
}

export class SeedGenerator {
  private readonly oneToOneCursors = new Map<string, number[]>();
  private readonly deferredRows = new Map<string, { ids: string[]; tenants: number[] }>();
  private readonly keptColumns = new Map<string, Set<string>>();

  constructor(
    private readonly ctx: SeedContext,
    readonly plan: Plan,
  ) {
    // Columns other tables reference by something else than a single primary key must be remembered.
    for (const m of plan.order) {
      for (const r of m.relations) {
        const target = ctx.schema.modelByName.get(r.target)!;
        const byPk = target.primaryKey.length === 1 && r.references.length === 1 && r.references[0] === target.primaryKey[0];
        if (!byPk) {
          const set = this.keptColumns.get(r.target) ?? new Set<string>();
          for (const f of r.references) set.add(f);
          this.keptColumns.set(r.target, set);
        }
      }
    }
  }

  /** Generates the tables one by one, in plan order. Each is complete (anomalies planted) when yielded. */
  *tables(): Generator<GeneratedTable> {
    for (const model of this.plan.order) {
      yield this.generateTable(this.plan.models.get(model.name)!);
    }
  }

  private generateTable(mp: ModelPlan): GeneratedTable {
    const producer = new TableProducer(this, this.ctx, mp);
    const recorder = this.recorder(mp);
    return producer.streamable ? streamedTable(this.ctx, producer, recorder) : collectedTable(this.ctx, producer, recorder);
  }

  /** Index of a parent row for relation `r` of a row in tenant `t`, or -1 when there is none to take. */
  pickParent(r: RelationInfo, t: number, rng: Rng, childModel: string): number {
    const parent = this.ctx.table(r.target);
    const parentPlan = this.plan.models.get(r.target)!;
    let start = 0;
    let end = parent.ids.length;
    if (parentPlan.kind === 'tenant') {
      if (t >= 0) {
        start = t;
        end = t + 1;
      }
    } else if (parentPlan.kind !== 'global' && t >= 0) {
      start = parent.tenantStart[t]!;
      end = parent.tenantStart[t + 1]!;
    }
    if (end <= start) return -1;
    if (r.isOneToOne) {
      const key = `${childModel}.${r.name}`;
      let cursors = this.oneToOneCursors.get(key);
      if (!cursors) {
        cursors = [];
        this.oneToOneCursors.set(key, cursors);
      }
      const slot = t >= 0 && parentPlan.kind !== 'global' ? t : this.plan.tenants;
      const next = cursors[slot] ?? 0;
      if (start + next >= end) return -1;
      cursors[slot] = next + 1;
      return start + next;
    }
    return start + Math.floor(rng.next() * (end - start));
  }

  /** What later tables need of a finished table: ids, tenants, timestamps and referenced columns, not the rows. */
  private recorder(mp: ModelPlan): TableRecorder {
    const model = mp.model;
    const pk = model.primaryKey;
    const ids: string[] = [];
    const tenants: number[] = [];
    const createdAt: number[] = [];
    const kept = new Map<string, unknown[]>();
    for (const f of this.keptColumns.get(model.name) ?? []) kept.set(f, []);
    return {
      add: (row, tenant, created) => {
        ids.push(pk.length === 1 ? String(row[pk[0]!]) : pk.map((f) => String(row[f])).join('\u0000'));
        tenants.push(tenant);
        createdAt.push(created);
        for (const [f, values] of kept) values.push(row[f]);
      },
      finish: () => this.record(mp, ids, tenants, createdAt, kept),
    };
  }

  private record(mp: ModelPlan, ids: string[], tenants: number[], createdAt: number[], kept: Map<string, unknown[]>): void {
    const model = mp.model;
    const tenantStart: number[] = new Array(this.plan.tenants + 1).fill(ids.length);
    for (let i = ids.length - 1; i >= 0; i--) if (tenants[i]! >= 0) tenantStart[tenants[i]!] = i;
    // Tenants without rows start where the next tenant starts, so every range [start(t), start(t+1)) is right.
    for (let t = this.plan.tenants - 1; t >= 0; t--) tenantStart[t] = Math.min(tenantStart[t]!, tenantStart[t + 1]!);
    const state: TableState = { model, ids, tenantOf: tenants, createdAt, tenantStart, kept };
    this.ctx.tables.set(model.name, state);
    if (mp.deferred.length > 0) this.deferredRows.set(model.name, { ids, tenants });
  }

  /** Fills the foreign keys that were left NULL to break cycles, now that every table exists. */
  deferredUpdates(): DeferredUpdate[] {
    const out: DeferredUpdate[] = [];
    for (const model of this.plan.order) {
      const mp = this.plan.models.get(model.name)!;
      if (mp.deferred.length === 0) continue;
      const state = this.deferredRows.get(model.name)!;
      const rng = this.ctx.rng(`deferred:${model.name}`);
      const keyField = model.fieldByName.get(model.primaryKey[0]!)!;
      for (const r of mp.deferred) {
        const fields = r.fields.map((f) => model.fieldByName.get(f)!);
        const rows: unknown[][] = [];
        state.ids.forEach((id, i) => {
          if (!rng.chance(0.6)) return;
          const j = this.pickParent(r, state.tenants[i]!, rng, model.name);
          if (j < 0) return;
          const values: Row = {};
          assignKey(this.ctx, r, j, values);
          rows.push([id, ...r.fields.map((f) => values[f])]);
        });
        if (rows.length > 0) out.push({ model, keyField, fields, rows });
      }
    }
    return out;
  }
}
