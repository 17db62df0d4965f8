/**
 * The plan of a run: in which order the tables are generated (parents before children) and how many rows each
 * tenant gets in each table.
 */
import type { SeedContext } from './context.js';
import { apportion, tenantShares } from './scales.js';
import type { ModelInfo, RelationInfo, SchemaInfo } from './schema/types.js';

export type ModelKind = 'tenant' | 'scoped' | 'derived' | 'global';

export interface ModelPlan {
  model: ModelInfo;
  kind: ModelKind;
  /** Scoped: the tenant key relation (absent for a bare tenantId). Derived: the relation the tenant comes through. */
  owner?: RelationInfo;
  /** Rows per tenant (tenant, scoped and derived models). */
  perTenant: number[];
  /** Rows of a global model. */
  globalRows: number;
  /** Foreign keys left NULL at first and filled after every table exists (to break cycles between tables). */
  deferred: RelationInfo[];
}

export interface Plan {
  order: ModelInfo[];
  models: Map<string, ModelPlan>;
  tenants: number;
  shares: number[];
  /** Sum of planned rows (domain modules that decide rows themselves may land a little off). */
  plannedRows: number;
}

/** Model names that usually hold many rows per parent (logs, events, versions ...). */
const HEAVY =
  /(Log|Logs|Event|History|Version|Message|Entry|Ledger|Step|Run|Attempt|Click|View|Visit|Impression|Snapshot|Metric|Metrics|Notification|Audit|Activity|Rating|Search|Result|Item|Reminder|Usage|Job|Task|Comment|Record)$/;
/** Model names that usually hold few rows per tenant (configuration, accounts ...). */
const LIGHT =
  /(Config|Setting|Settings|Preference|Preferences|Profile|Integration|Credential|Balance|Subscription|Plan|Template|Channel|Account|Brand|Website|Domain|Invite|Invitation|Deletion|Strategy)$/;

function weightOf(model: ModelInfo): number {
  if (HEAVY.test(model.name)) return 3;
  if (LIGHT.test(model.name)) return 0.4;
  return 1;
}

/** Parents before children; a cycle is broken at a nullable foreign key, which is then filled afterwards. */
export function orderModels(
  schema: SchemaInfo,
  extraDependencies: [string, string][],
  softDependencies: [string, string][] = [],
): { order: ModelInfo[]; deferred: Map<string, RelationInfo[]> } {
  const position = new Map(schema.models.map((m, i) => [m.name, i]));
  type Edge = { parent: string; relation?: RelationInfo; soft: boolean; forced: boolean };
  const edges = new Map<string, Edge[]>(schema.models.map((m) => [m.name, []]));
  for (const m of schema.models) {
    for (const r of m.relations) {
      if (r.target === m.name) continue;
      edges.get(m.name)!.push({ parent: r.target, relation: r, soft: false, forced: false });
    }
  }
  for (const [child, parent] of extraDependencies) edges.get(child)!.push({ parent, soft: false, forced: true });
  for (const [child, parent] of softDependencies) {
    if (child !== parent) edges.get(child)!.push({ parent, soft: true, forced: false });
  }

  const done = new Set<string>();
  const order: ModelInfo[] = [];
  const deferred = new Map<string, RelationInfo[]>();
  const remaining = [...schema.models].sort((a, b) => position.get(a.name)! - position.get(b.name)!);
  while (remaining.length > 0) {
    const open = (name: string) => edges.get(name)!.filter((e) => !done.has(e.parent));
    let index = remaining.findIndex((m) => open(m.name).length === 0);
    if (index < 0) {
      // Stuck in a cycle: first drop soft edges, then defer nullable foreign keys; never a required one.
      index = remaining.findIndex((m) => open(m.name).every((e) => e.soft));
      if (index >= 0) {
        const name = remaining[index]!.name;
        edges.set(
          name,
          edges.get(name)!.filter((e) => !(e.soft && !done.has(e.parent))),
        );
      } else {
        index = remaining.findIndex((m) => open(m.name).every((e) => e.soft || (e.relation && !e.relation.isRequired)));
        if (index < 0) {
          const cycle = remaining.map(
            (m) =>
              `${m.name} → ${open(m.name)
                .map((e) => e.parent)
                .join(', ')}`,
          );
          throw new Error(
            `Cannot order the models: every remaining one waits for another through a required foreign key or a ` +
              `declared dependency:\n  ${cycle.join('\n  ')}\nMake one of those keys optional or drop a ctx.after().`,
          );
        }
        const name = remaining[index]!.name;
        const keep: Edge[] = [];
        for (const e of edges.get(name)!) {
          if (done.has(e.parent)) keep.push(e);
          else if (e.relation) deferred.set(name, [...(deferred.get(name) ?? []), e.relation]);
        }
        edges.set(name, keep);
      }
    }
    const [model] = remaining.splice(index, 1);
    done.add(model!.name);
    order.push(model!);
  }
  return { order, deferred };
}

/** Global (tenant-less) tables: lookup data that grows slowly with the scale. */
function globalRowsFor(targetRows: number): number {
  return Math.max(4, Math.round(12 * Math.sqrt(targetRows / 10_000)));
}

type ModelKinds = Map<string, { kind: ModelKind; owner?: RelationInfo }>;
type RowCounts = Map<string, { perTenant: number[]; globalRows: number }>;

/** What the row counts are computed from, fixed for a plan. */
interface CountInputs {
  ctx: SeedContext;
  order: ModelInfo[];
  deferred: Map<string, RelationInfo[]>;
  kinds: ModelKinds;
  shares: number[];
}

/** Each model's kind, decided in generation order so a derived model sees its parent's kind. */
function classifyModels(schema: SchemaInfo, order: ModelInfo[], deferred: Map<string, RelationInfo[]>): ModelKinds {
  const kinds: ModelKinds = new Map();
  for (const m of order) {
    if (m.name === schema.tenantModel) {
      kinds.set(m.name, { kind: 'tenant' });
    } else if (m.tenantField) {
      kinds.set(m.name, { kind: 'scoped', owner: m.relations.find((r) => r.fields[0] === m.tenantField) });
    } else {
      const isDeferred = (r: RelationInfo) => deferred.get(m.name)?.includes(r) ?? false;
      const candidates = m.relations.filter((r) => {
        const k = kinds.get(r.target)?.kind;
        return r.isRequired && r.target !== m.name && !isDeferred(r) && (k === 'scoped' || k === 'derived' || k === 'tenant');
      });
      const owner = candidates.find((r) => !r.isOneToOne) ?? candidates[0];
      kinds.set(m.name, owner ? { kind: 'derived', owner } : { kind: 'global' });
    }
  }
  return kinds;
}

/** A tenant cannot have rows whose required parent rows it does not have. */
function limitToParentTenants(m: ModelInfo, perTenant: number[], counts: RowCounts, inputs: CountInputs): number[] {
  for (const r of m.relations) {
    if (!r.isRequired || r.target === m.name || inputs.deferred.get(m.name)?.includes(r)) continue;
    const pk = inputs.kinds.get(r.target)?.kind;
    if (pk !== 'scoped' && pk !== 'derived') continue;
    const parentCounts = counts.get(r.target)!.perTenant;
    perTenant = perTenant.map((n, t) => (parentCounts[t]! > 0 ? n : 0));
    if (r.isOneToOne) perTenant = perTenant.map((n, t) => Math.min(n, parentCounts[t]!));
  }
  return perTenant;
}

/**
 * Rows per model for a scale factor: scoped models get `factor` times their weight, spread over the tenants by
 * their shares; derived and one-to-one models follow their parents. Unrounded counts let the factor be solved for.
 */
function countRows(inputs: CountInputs, factor: number, round: boolean): RowCounts {
  const { ctx, kinds, shares } = inputs;
  const { scale } = ctx.options;
  const tenants = scale.tenants;
  const counts: RowCounts = new Map();
  for (const m of inputs.order) {
    const { kind, owner } = kinds.get(m.name)!;
    const override = ctx.overrides.get(m.name);
    let perTenant: number[] = new Array(tenants).fill(0);
    let globalRows = 0;
    if (kind === 'tenant') {
      perTenant = new Array(tenants).fill(1);
    } else if (kind === 'global') {
      globalRows = globalRowsFor(scale.rows);
      if (override?.total) globalRows = override.total(globalRows, ctx);
    } else {
      const oneToOneTenant = kind === 'scoped' && owner?.isOneToOne;
      const parent = kind === 'derived' ? counts.get(owner!.target)! : undefined;
      const oneToOneParent = m.relations.find(
        (r) =>
          r.isOneToOne &&
          r.isRequired &&
          r.target !== m.name &&
          counts.get(r.target) &&
          kinds.get(r.target)!.kind !== 'tenant' &&
          kinds.get(r.target)!.kind !== 'global',
      );
      if (oneToOneTenant) {
        perTenant = new Array(tenants).fill(1);
      } else if (oneToOneParent) {
        perTenant = counts.get(oneToOneParent.target)!.perTenant.map((n) => (round ? Math.round(n * 0.8) : n * 0.8));
      } else if (kind === 'derived') {
        const ratio = HEAVY.test(m.name) ? 2.5 : 1.2;
        perTenant = parent!.perTenant.map((n) => (round ? Math.round(n * ratio) : n * ratio));
      } else {
        const total = factor * weightOf(m);
        perTenant = round ? apportion(Math.round(total), shares) : shares.map((s) => s * total);
      }
      perTenant = limitToParentTenants(m, perTenant, counts, inputs);
      if (override?.perTenant) perTenant = perTenant.map((n, t) => override.perTenant!(t, n, ctx));
    }
    counts.set(m.name, { perTenant, globalRows });
  }
  return counts;
}

function totalRows(counts: RowCounts): number {
  let total = 0;
  for (const c of counts.values()) total += c.globalRows + c.perTenant.reduce((a, b) => a + b, 0);
  return total;
}

export function buildPlan(ctx: SeedContext, softDependencies: [string, string][] = []): Plan {
  const { schema } = ctx;
  const { scale } = ctx.options;
  const tenants = scale.tenants;
  const shares = tenantShares(tenants);
  const { order, deferred } = orderModels(schema, ctx.dependencies, softDependencies);
  const kinds = classifyModels(schema, order, deferred);
  const inputs: CountInputs = { ctx, order, deferred, kinds, shares };

  // Total rows are linear in the factor apart from the fixed part: measure both and solve for the target.
  const fixed = totalRows(countRows(inputs, 0, false));
  const perUnit = totalRows(countRows(inputs, 1, false)) - fixed;
  const factor = perUnit > 0 ? Math.max(0, (scale.rows - fixed) / perUnit) : 0;
  const counts = countRows(inputs, factor, true);

  const models = new Map<string, ModelPlan>();
  for (const m of order) {
    const { kind, owner } = kinds.get(m.name)!;
    const c = counts.get(m.name)!;
    models.set(m.name, { model: m, kind, owner, perTenant: c.perTenant, globalRows: c.globalRows, deferred: deferred.get(m.name) ?? [] });
  }
  return { order, models, tenants, shares, plannedRows: totalRows(counts) };
}
