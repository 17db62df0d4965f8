/**
 * Tenancy: tenants, users, memberships and erased tenants.
 *
 * Plants finding 1 (User.tenantId beside TenantMember: users without the membership their tenantId implies, and
 * members of tenants other than their user's) and finding 11 (Tenant.contextConfig JSON in four shapes). The
 * erased tenants made here are the ones whose ids linger in the help analytics tables (finding 5, help.ts).
 */
import type { Row, RowSeed, SeedContext } from '../context.js';
import { company } from '../values/people.js';
import { DAY, EPOCH_START, SEED_NOW } from '../values/time.js';

/** The keys the comment on Tenant.contextConfig lists, with the type each one takes. */
export const CONTEXT_CONFIG_KEYS = {
  includeCompetitors: 'boolean',
  includeReviews: 'boolean',
  maxSources: 'integer',
  tone: 'string',
  language: 'string',
  refreshIntervalDays: 'integer',
} as const;
type ConfigKey = keyof typeof CONTEXT_CONFIG_KEYS;
const KEYS = Object.keys(CONTEXT_CONFIG_KEYS) as ConfigKey[];
const UNKNOWN_KEYS = ['includeSocialProof', 'legacyMode', 'maxCompetitors', 'promptVersion', 'toneOverride', 'includeFaqs'];

export interface GhostTenant {
  id: string;
  name: string;
  slug: string;
  deletedAt: number;
}

/** Tenants that existed once and were erased; their ids survive only where nothing enforced a foreign key. */
export function ghostTenants(ctx: SeedContext): GhostTenant[] {
  return ctx.state('tenancy:ghosts', () => {
    const rng = ctx.rng('tenancy:ghosts');
    const count = Math.max(2, Math.round(ctx.options.scale.tenants * 0.15));
    return Array.from({ length: count }, () => {
      const c = company(rng);
      return {
        id: `c${rng.base36(24)}`,
        name: c.name,
        slug: `${c.slug}-${rng.base36(4)}`,
        deletedAt: SEED_NOW - rng.int(10, 700) * DAY,
      };
    });
  });
}

/** Users as the membership planting needs them: id and the tenant their tenantId names (null for platform staff). */
interface UserRef {
  id: string;
  tenant: number | null;
}

export function seedTenancy(ctx: SeedContext): void {
  seedTenants(ctx);
  seedUsers(ctx);
  seedMemberships(ctx);
  seedTenantDeletions(ctx);
}

function contextConfig(ctx: SeedContext, shape: 'valid' | 'partial' | 'unknown' | 'malformed', i: number): unknown {
  const rng = ctx.rng(`tenancy:contextConfig:${i}`);
  const value = (key: ConfigKey): unknown => {
    switch (key) {
      case 'includeCompetitors':
      case 'includeReviews':
        return rng.chance(0.7);
      case 'maxSources':
        return rng.int(3, 25);
      case 'tone':
        return rng.pick(['friendly', 'professional', 'playful', 'authoritative', 'conversational']);
      case 'language':
        return rng.pick(['en', 'en-GB', 'de', 'fr', 'es', 'hi']);
      case 'refreshIntervalDays':
        return rng.pick([7, 14, 30, 60, 90]);
    }
  };
  const object = (keys: readonly ConfigKey[]) => Object.fromEntries(keys.map((k) => [k, value(k)]));
  switch (shape) {
    case 'valid':
      return object(KEYS);
    case 'partial': {
      const keep = rng.sample(KEYS.length, rng.int(1, KEYS.length - 1)).map((j) => KEYS[j]!);
      return object(keep);
    }
    case 'unknown': {
      const known = rng.chance(0.5) ? KEYS : rng.sample(KEYS.length, rng.int(1, KEYS.length - 1)).map((j) => KEYS[j]!);
      const out: Record<string, unknown> = object(known);
      for (const j of rng.sample(UNKNOWN_KEYS.length, rng.int(1, 2))) {
        const key = UNKNOWN_KEYS[j]!;
        out[key] = /^(include|legacy)/.test(key) ? rng.chance(0.5) : /max|Version/.test(key) ? rng.int(1, 9) : 'warm';
      }
      return out;
    }
    case 'malformed': {
      // Three ways the blob went wrong in real data: a known key with the wrong type (some with a lossless reading
      // such as "12", some only an operator can read, such as "ten"), an array, a plain string. The array and the
      // string are always the same ones, so one mapping entry (demo-mapping.json) says what each meant.
      switch (i % 3) {
        case 0: {
          const out: Record<string, unknown> = object(KEYS);
          out.maxSources = rng.pick(['ten', '12', 'all']);
          if (rng.chance(0.5)) out.includeCompetitors = rng.pick(['yes', 'true', 1]);
          if (rng.chance(0.5)) out.refreshIntervalDays = rng.pick(['30', 'monthly']);
          return out;
        }
        case 1:
          return ['includeCompetitors', 'includeReviews', 12];
        default:
          return 'includeCompetitors=true;maxSources=12;tone=friendly';
      }
    }
  }
}

function seedTenants(ctx: SeedContext): void {
  ctx.override('Tenant', {
    fields: {
      status: (rc) => rc.rng.weighted(['active', 'trial', 'past_due', 'suspended', 'closed'], [70, 10, 8, 5, 7]),
      contextConfig: () => null,
    },
    finish: (rows) => {
      const kinds = ['context_config_valid', 'context_config_partial', 'context_config_unknown_keys', 'context_config_malformed'] as const;
      const shapes = {
        context_config_valid: 'valid',
        context_config_partial: 'partial',
        context_config_unknown_keys: 'unknown',
        context_config_malformed: 'malformed',
      } as const;
      const sets = ctx.partition([...kinds], rows.length);
      for (const kind of kinds) {
        const chosen = sets.get(kind)!;
        let n = 0;
        rows.forEach((row, i) => {
          if (!chosen.has(i)) return;
          row.contextConfig = contextConfig(ctx, shapes[kind], n++);
          ctx.anomalies.add(kind, String(row.id));
        });
      }
      const malformed = rows.filter((r) => ctx.anomalies.ids('context_config_malformed').includes(String(r.id)));
      ctx.anomalies.details('context_config_valid', {
        keys: CONTEXT_CONFIG_KEYS,
        tenantsWithoutConfig: rows.filter((r) => r.contextConfig === null).length,
      });
      ctx.anomalies.details('context_config_partial', { keys: CONTEXT_CONFIG_KEYS });
      ctx.anomalies.details('context_config_unknown_keys', { keys: CONTEXT_CONFIG_KEYS, unknownKeysUsed: UNKNOWN_KEYS });
      ctx.anomalies.details('context_config_malformed', {
        keys: CONTEXT_CONFIG_KEYS,
        byShape: {
          wrongTypes: malformed.filter(
            (r) => r.contextConfig !== null && typeof r.contextConfig === 'object' && !Array.isArray(r.contextConfig),
          ).length,
          array: malformed.filter((r) => Array.isArray(r.contextConfig)).length,
          string: malformed.filter((r) => typeof r.contextConfig === 'string').length,
        },
        wrongTypedValues: wrongTypedValues(malformed),
      });
    },
  });
}

/** The values of documented keys whose JSON type is not the key's, as JSON text, with how many configs hold each, per key. */
function wrongTypedValues(configs: readonly Row[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const { contextConfig } of configs) {
    if (contextConfig === null || typeof contextConfig !== 'object' || Array.isArray(contextConfig)) continue;
    for (const [key, value] of Object.entries(contextConfig as Record<string, unknown>)) {
      const type = CONTEXT_CONFIG_KEYS[key as ConfigKey];
      const fits = type === 'integer' ? Number.isInteger(value) : typeof value === type;
      if (!type || fits) continue;
      const counts = (out[key] ??= {});
      counts[JSON.stringify(value)] = (counts[JSON.stringify(value)] ?? 0) + 1;
    }
  }
  return out;
}

function seedUsers(ctx: SeedContext): void {
  ctx.override('User', {
    fields: {
      firstName: (rc) => (rc.rng.chance(0.93) ? rc.person().first : null),
      lastName: (rc) => (rc.rng.chance(0.93) ? rc.person().last : null),
      status: (rc) => rc.rng.weighted(['active', 'invited', 'disabled'], [85, 8, 7]),
      isPlatformAdmin: () => false,
    },
    finish: (rows, _ctx, tenants) => {
      // A few platform staff accounts belong to no tenant: the agency's own support people.
      const staff = new Set(ctx.rng('tenancy:staff').sample(rows.length, Math.max(1, Math.round(rows.length * 0.02))));
      const users: UserRef[] = rows.map((row, i) => {
        if (staff.has(i)) {
          row.tenantId = null;
          row.isPlatformAdmin = true;
        }
        return { id: String(row.id), tenant: staff.has(i) ? null : tenants[i]! };
      });
      ctx.shared.set('tenancy:users', users);
    },
  });
}

function seedMemberships(ctx: SeedContext): void {
  ctx.override('TenantMember', {
    rows: () => {
      const users = ctx.shared.get('tenancy:users') as UserRef[];
      const withTenant = users.filter((u) => u.tenant !== null);
      const withoutMembership = ctx.choose('user_without_membership', withTenant.length);
      const inOtherTenant = ctx.choose('member_of_other_tenant', withTenant.length);
      const rng = ctx.rng('tenancy:memberships');
      const tenantCount = ctx.tenants.length;
      const seeds: RowSeed[] = [];
      const ownersSeen = new Set<number>();
      withTenant.forEach((user, i) => {
        const t = user.tenant!;
        if (withoutMembership.has(i)) {
          ctx.anomalies.add('user_without_membership', user.id);
        } else {
          const role = ownersSeen.has(t) ? rng.weighted(['admin', 'member', 'viewer'], [2, 6, 2]) : 'owner';
          ownersSeen.add(t);
          seeds.push({ tenant: t, values: { tenantId: ctx.tenants[t]!.id, userId: user.id, role } });
        }
        if (inOtherTenant.has(i) && tenantCount > 1) {
          // A consultant of the agency working inside a second client's workspace.
          let other = rng.int(0, tenantCount - 2);
          if (other >= t) other++;
          seeds.push({
            tenant: other,
            values: {
              tenantId: ctx.tenants[other]!.id,
              userId: user.id,
              role: rng.pick(['admin', 'member', 'viewer']),
              __otherTenant: true,
            },
          });
        }
      });
      ctx.anomalies.details('user_without_membership', {
        users: withoutMembership.size,
        usersWithoutTenant: users.length - withTenant.length,
      });
      return seeds;
    },
    finish: (rows) => {
      const users = new Set<string>();
      for (const row of rows) {
        if (row.__otherTenant) {
          ctx.anomalies.add('member_of_other_tenant', String(row.id));
          users.add(String(row.userId));
        }
        delete row.__otherTenant;
      }
      ctx.anomalies.details('member_of_other_tenant', { members: ctx.anomalies.ids('member_of_other_tenant').length, users: users.size });
    },
  });
}

function seedTenantDeletions(ctx: SeedContext): void {
  ctx.override('TenantDeletion', {
    rows: () =>
      ghostTenants(ctx).map((g) => ({
        tenant: -1,
        values: {
          tenantSlug: g.slug,
          tenantName: g.name,
          status: 'completed',
          createdAt: Math.max(EPOCH_START, g.deletedAt - 30 * DAY),
          scheduledFor: g.deletedAt,
          completedAt: g.deletedAt + 3_600_000,
        } satisfies Row,
      })),
    fields: {
      updatedAt: (rc) => (typeof rc.row.completedAt === 'number' ? rc.row.completedAt : rc.createdAt),
      purgeSummary: (rc) => ({ activities: rc.rng.int(10, 900), leads: rc.rng.int(0, 400), blog_posts: rc.rng.int(0, 120) }),
    },
  });
}
