/**
 * The generic generator: builds every row of every model from the plan, related the way the schema relates them.
 * Domain modules steer it through overrides (src/context.ts); everything they do not steer comes from the field
 * names and types (src/values/fields.ts).
 */
import type { FieldGenerator, Row, RowContext, RowSeed, SeedContext, TableState, TenantInfo } from './context.js';
import type { ModelPlan, Plan } from './plan.js';
import type { Rng } from './random.js';
import type { FieldInfo, ModelInfo, RelationInfo } from './schema/types.js';
import { softReferenceGenerator, softReferenceTarget } from './softRefs.js';
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

  /** The rows to generate: a tenant per row, and preset values when a domain module decided the rows. */
  private seedsFor(mp: ModelPlan): { tenants: ArrayLike<number>; values?: (Row | undefined)[] } {
    const override = this.ctx.overrides.get(mp.model.name);
    if (override?.rows) {
      // Rows are stored grouped by tenant; a stable sort keeps the domain module's order within a tenant.
      const seeds: RowSeed[] = override
        .rows(this.ctx)
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

  private generateTable(mp: ModelPlan): GeneratedTable {
    const { ctx } = this;
    const model = mp.model;
    const override = ctx.overrides.get(model.name);
    const rng = ctx.rng(`values:${model.name}`);
    const idRng = ctx.rng(`ids:${model.name}`);
    const pickRng = ctx.rng(`relations:${model.name}`);
    const isTenantModel = mp.kind === 'tenant';
    const deferredFields = new Set(mp.deferred.flatMap((r) => r.fields));

    const pkField = model.primaryKey.length === 1 ? model.fieldByName.get(model.primaryKey[0]!) : undefined;
    const makeId = pkField && !pkField.foreignKey ? idGenerator(pkField) : undefined;
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
    const fkFields = new Set(model.relations.flatMap((r) => r.fields));

    const generators: { field: FieldInfo; gen: FieldGenerator }[] = [];
    let createdAtField: FieldInfo | undefined;
    for (const f of model.fields) {
      if (f === pkField && makeId) continue;
      if (fkFields.has(f.name) || f.name === tenantField) continue;
      if (f.name === 'createdAt') createdAtField = f;
      const custom = override?.fields?.[f.name];
      const enumValues = f.kind === 'enum' ? ctx.schema.enums.get(f.type)?.values : undefined;
      const softTarget = softReferenceTarget(ctx.schema, model, f);
      const generic = softTarget ? softReferenceGenerator(ctx, f, softTarget) : genericGenerator(model, f, enumValues);
      generators.push({ field: f, gen: custom ?? generic });
    }
    // Ordinals (version 1, 2, 3 ... / position 0, 1, 2 ... per parent) count up per parent row instead of being
    // random: that is what the writers do, and it keeps @@unique([parentId, version]) satisfied by construction.
    // Days of a daily series (@@unique([propertyId, day])) count back from the seeded "now" per parent, likewise.
    const sequenced = new Set<string>();
    for (const g of generators) {
      const f = g.field;
      const unique = model.uniques.find((u) => u.includes(f.name) && u.length > 1 && u.every((x) => x === f.name || fkFields.has(x) || x === tenantField));
      if (!override?.fields?.[f.name] && f.type === 'DateTime' && !f.isList && unique) {
        const scope = unique.filter((x) => x !== f.name);
        const next = new Map<string, number>();
        g.gen = (rc) => {
          const key = scope.map((x) => String(rc.row[x])).join(KEY_SEPARATOR);
          const n = next.get(key) ?? 1;
          next.set(key, n + 1);
          return Math.floor(SEED_NOW / DAY) * DAY - n * DAY;
        };
        sequenced.add(f.name);
        continue;
      }
      if (override?.fields?.[f.name] || f.type !== 'Int' || f.isList || !SEQUENCE_NAMES.test(f.name)) continue;
      const scope = unique
        ? unique.filter((x) => x !== f.name)
        : (model.relations.find((r) => r.isRequired && r.target !== model.name && r.fields[0] !== tenantField)?.fields ?? []);
      if (scope.length === 0) continue;
      const start = /position|step|index/i.test(f.name) ? 0 : 1;
      const next = new Map<string, number>();
      sequenced.add(f.name);
      g.gen = (rc) => {
        const key = scope.map((x) => String(rc.row[x])).join(KEY_SEPARATOR);
        const n = next.get(key) ?? start;
        next.set(key, n + 1);
        return n;
      };
    }
    // createdAt first: other timestamps are placed after it.
    if (createdAtField) {
      const i = generators.findIndex((g) => g.field === createdAtField);
      generators.unshift(...generators.splice(i, 1));
    }

    const guards: UniqueGuard[] = model.uniques
      .filter((u) => !(makeId && u.length === 1 && u[0] === pkField!.name))
      .map((fields) => ({ fields, seen: new Set<string>(), nextAttempt: new Map<string, number>() }));

    // Rows are built from one literal with every field, so V8 gives them all one fast shape instead of growing
    // each object field by field (which costs memory and garbage-collection time at millions of rows).
    const newRow = new Function(`return { ${model.fields.map((f) => `${JSON.stringify(f.name)}: undefined`).join(', ')} };`) as () => Row;
    const seeds = this.seedsFor(mp);
    let tenantOfPrevious = -2;
    let tenantRow = 0;
    let tenantFirstRow = 0;

    let personCache: Person | undefined;
    let companyCache: Company | undefined;
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
        if (!personCache) {
          const domain = PERSONNEL.test(model.name) ? rc.tenantInfo?.domain : undefined;
          personCache = person(rng, domain);
        }
        return personCache;
      },
      company: () => (companyCache ??= company(rng)),
    };

    const seedCount = seeds.tenants.length;
    const NO_PRESET: Row = {};
    // Streaming needs every seed to become a row (so the planters can count exactly) and no look back at earlier
    // rows: no finish hook, no self-relation, no one-to-one key that can run out, no unique made only of keys.
    const streamable =
      !override?.finish &&
      selfRelations.length === 0 &&
      !model.relations.some((r) => r.isOneToOne && r.target !== model.name) &&
      !(override?.rows && guards.length > 0) &&
      guards.every((g) =>
        g.fields.some((f) => {
          const field = model.fieldByName.get(f)!;
          // A field that is counted per parent, or one enforceUniques can make unique (a string or a number).
          return sequenced.has(f) || (!fkFields.has(f) && f !== tenantField && field.kind === 'scalar' && ['String', 'Int', 'BigInt'].includes(field.type));
        }),
      );
    let current = { tenant: -1, createdAt: 0 };
    const self = this;
    function* produce(): Generator<Row> {
      for (let s = 0; s < seedCount; s++) {
        const t = seeds.tenants[s]!;
        const presetValues = seeds.values?.[s];
        if (t !== tenantOfPrevious) {
          tenantOfPrevious = t;
          tenantRow = 0;
          tenantFirstRow = produced;
        }
        personCache = undefined;
        companyCache = undefined;
        const row: Row = newRow();
        if (presetValues) Object.assign(row, presetValues);
        const preset = presetValues ?? NO_PRESET;
        rc.row = row;
        rc.tenant = t;
        rc.tenantInfo = t >= 0 ? ctx.tenants[t] : undefined;
        rc.index = produced;
        rc.tenantRow = tenantRow;

        if (makeId && row[pkField!.name] === undefined) row[pkField!.name] = makeId(idRng, produced);
        if (tenantField && !isTenantModel && t >= 0 && row[tenantField] === undefined) {
          row[tenantField] = ctx.tenants[t]!.id;
        }

        let base = isTenantModel
          ? EPOCH_START + ((t + pickRng.next()) / Math.max(1, self.plan.tenants)) * (SEED_NOW - EPOCH_START) * 0.85
          : (rc.tenantInfo?.createdAt ?? EPOCH_START);
        let ok = true;
        for (const p of pickers) {
          const r = p.relation;
          // Keys the domain module preset stay; it also owns their timing.
          if (p.single !== undefined ? row[p.single] !== undefined : r.fields.every((f) => row[f] !== undefined)) continue;
          if (!r.isRequired && !pickRng.chance(p.setProbability)) {
            for (const f of r.fields) row[f] = null;
            continue;
          }
          const j = self.pickParent(r, t, pickRng, model.name);
          if (j < 0) {
            if (r.isRequired) {
              ok = false;
              break;
            }
            for (const f of r.fields) row[f] = null;
            continue;
          }
          if (p.byPrimaryKey) row[p.single!] = p.parent.ids[j];
          else self.assignKey(r, j, row);
          const parentCreatedAt = p.parent.createdAt[j]!;
          if (parentCreatedAt > base) base = parentCreatedAt;
        }
        if (!ok) {
          if (streamable) throw new Error(`${model.name}: no parent row for a required key although the plan provided one`);
          continue;
        }
        for (const r of selfRelations) {
          if (r.fields.every((f) => row[f] !== undefined)) continue;
          const earlier = produced - tenantFirstRow;
          if (r.isRequired || (earlier > 0 && pickRng.chance(0.3))) {
            const j = tenantFirstRow + pickRng.int(0, r.isRequired ? earlier : earlier - 1);
            const source = j === produced ? row : rows[j]!;
            r.fields.forEach((f, i) => (row[f] = source[r.references[i]!]));
            if (j < produced) base = Math.max(base, rowCreatedAt[j]!);
          } else {
            for (const f of r.fields) row[f] = null;
          }
        }
        for (const f of deferredFields) if (row[f] === undefined) row[f] = null;

        rc.createdAt =
          typeof preset.createdAt === 'number'
            ? preset.createdAt
            : isTenantModel
              ? Math.floor(base)
              : Math.floor(base + pickRng.next() * (SEED_NOW - base));

        for (const g of generators) {
          if (row[g.field.name] !== undefined) continue;
          rc.field = g.field;
          row[g.field.name] = g.gen(rc);
        }

        if (!self.enforceUniques(guards, row, preset, model, t, pickRng, fkFields)) {
          if (streamable) throw new Error(`${model.name}: could not keep a unique constraint for a row of a streamed table`);
          continue;
        }

        if (isTenantModel) {
          const comp = rc.company();
          const info: TenantInfo = {
            index: t,
            id: String(row[pkField!.name]),
            name: typeof row.name === 'string' ? row.name : comp.name,
            slug: typeof row.slug === 'string' ? row.slug : slugify(typeof row.name === 'string' ? row.name : comp.name),
            domain: comp.domain,
            createdAt: rc.createdAt,
          };
          ctx.tenants[t] = info;
        }
        current = { tenant: t, createdAt: typeof row.createdAt === 'number' ? row.createdAt : rc.createdAt };
        produced++;
        tenantRow++;
        yield row;
      }
    }

    let produced = 0;
    const rows: Row[] = [];
    const rowTenants: number[] = [];
    const rowCreatedAt: number[] = [];
    const recorder = this.recorder(mp);

    if (streamable) {
      const planters = ctx.rowPlanters.map((begin) => begin(model, seedCount)).filter((f) => f !== undefined);
      return {
        model,
        columns: model.fields,
        rowCount: seedCount,
        *batches() {
          let batch: Row[] = [];
          for (const row of produce()) {
            for (const plant of planters) plant(row);
            recorder.add(row, current.tenant, current.createdAt);
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

    for (const row of produce()) {
      rows.push(row);
      rowTenants.push(current.tenant);
      rowCreatedAt.push(current.createdAt);
    }
    override?.finish?.(rows, ctx, rowTenants);
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

  private enforceUniques(
    guards: UniqueGuard[],
    row: Row,
    preset: Row,
    model: ModelInfo,
    t: number,
    rng: Rng,
    fkFields: Set<string>,
  ): boolean {
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
        const fixable = g.fields.find((f) => preset[f] === undefined && !fkFields.has(f) && f !== model.tenantField && ['String', 'Int', 'BigInt'].includes(model.fieldByName.get(f)!.type) && model.fieldByName.get(f)!.kind === 'scalar');
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
        const relation = model.relations.find((r) => r.fields.some((f) => g.fields.includes(f) && preset[f] === undefined && f !== model.tenantField) && r.target !== model.name);
        if (!relation) return false;
        const j = this.pickParent(relation, t, rng, model.name);
        if (j < 0) return false;
        this.assignKey(relation, j, row);
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

  private assignKey(r: RelationInfo, j: number, row: Row): void {
    const parent = this.ctx.table(r.target);
    r.fields.forEach((f, i) => {
      const ref = r.references[i]!;
      row[f] =
        parent.model.primaryKey.length === 1 && parent.model.primaryKey[0] === ref ? parent.ids[j] : parent.kept.get(ref)![j];
    });
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
  private recorder(mp: ModelPlan): { add(row: Row, tenant: number, createdAt: number): void; finish(): void } {
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
          this.assignKey(r, j, values);
          rows.push([id, ...r.fields.map((f) => values[f])]);
        });
        if (rows.length > 0) out.push({ model, keyField, fields, rows });
      }
    }
    return out;
  }
}
