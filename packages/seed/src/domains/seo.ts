/**
 * SEO: keywords and the rows that point at them.
 *
 * Plants finding 12 (nothing stops the same keyword twice in a tenant): a share of Keyword rows repeat another
 * keyword of their tenant in another letter case or spacing, and rankings, content links, competitor observations
 * and SERP snapshots point at the repeats, so merging them must re-point those rows (and, for ContentKeyword,
 * collapse links that become identical).
 */
import type { Row, RowSeed, SeedContext } from '../context.js';
import type { Rng } from '../random.js';
import { keyword } from '../values/people.js';
import { DAY, SEED_NOW } from '../values/time.js';

/** The comparison ANOMALIES.md defines for keywords: trimmed, inner whitespace collapsed, lower-cased. */
export function normaliseKeyword(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

type Variant = 'exact' | 'case' | 'whitespace' | 'case_and_whitespace';
const VARIANTS: Variant[] = ['case', 'whitespace', 'case_and_whitespace', 'exact'];

function variantOf(text: string, variant: Variant, rng: Rng): string {
  const titled = (t: string) => (rng.chance(0.5) ? t.replace(/\b\w/g, (c) => c.toUpperCase()) : t.toUpperCase());
  const spaced = (t: string) => rng.pick([` ${t}`, `${t} `, t.replace(' ', '  '), ` ${t.replace(' ', '   ')} `]);
  switch (variant) {
    case 'exact':
      return text;
    case 'case':
      return titled(text);
    case 'whitespace':
      return spaced(text) === text ? `${text} ` : spaced(text);
    case 'case_and_whitespace':
      return spaced(titled(text));
  }
}

const REFERENCING = ['KeywordRanking', 'ContentKeyword', 'CompetitorKeyword', 'SerpSnapshot'] as const;

export function seedSeo(ctx: SeedContext): void {
  seedKeywords(ctx);
  seedKeywordRankings(ctx);
  seedContentKeywordConflicts(ctx);
  countReferencingRows(ctx);
}

/** Keywords distinct per tenant after normalisation, then the planted repeats of another keyword of their tenant. */
function seedKeywords(ctx: SeedContext): void {
  ctx.override('Keyword', {
    fields: {
      keyword: (rc) => keyword(rc.rng),
      status: (rc) => rc.rng.weighted(['tracked', 'suggested', 'paused', 'archived'], [70, 15, 10, 5]),
    },
    finish: (rows, _ctx, tenants) => {
      const rng = ctx.rng('seo:keywords');
      // Ordinary keywords are distinct per tenant after normalisation; only the planted repeats are not.
      const seen = new Map<number, Set<string>>();
      rows.forEach((row, i) => {
        const set = seen.get(tenants[i]!) ?? new Set<string>();
        seen.set(tenants[i]!, set);
        let text = String(row.keyword);
        for (let attempt = 0; set.has(normaliseKeyword(text)); attempt++) {
          text = attempt < 8 ? keyword(rng) : `${keyword(rng)} ${attempt}`;
        }
        row.keyword = text;
        set.add(normaliseKeyword(text));
      });
      // Repeats need another keyword of their tenant to repeat.
      const byTenant = new Map<number, number[]>();
      tenants.forEach((t, i) => byTenant.set(t, [...(byTenant.get(t) ?? []), i]));
      const eligible = rows.map((_, i) => i).filter((i) => byTenant.get(tenants[i]!)!.length >= 2);
      const chosen = new Set([...ctx.chooseAmong('keyword_duplicates', rows.length, eligible.length)].map((j) => eligible[j]!));
      const groups = new Map<string, { canonical: string; duplicates: string[]; normalised: string }>();
      const byVariant: Record<Variant, number> = { exact: 0, case: 0, whitespace: 0, case_and_whitespace: 0 };
      let v = 0;
      rows.forEach((row, i) => {
        if (!chosen.has(i)) return;
        const t = tenants[i]!;
        // The keyword repeated: another, not itself chosen, keyword of the same tenant.
        const candidates = byTenant.get(t)!.filter((j) => j !== i && !chosen.has(j));
        if (candidates.length === 0) throw new Error(`keyword_duplicates: tenant ${t} has no keyword left to repeat`);
        const target = rows[candidates[rng.int(0, candidates.length - 1)]!]!;
        const variant = VARIANTS[v++ % VARIANTS.length]!;
        row.keyword = variantOf(String(target.keyword), variant, rng);
        // Added later than the original, as the findFirst-then-create race does.
        const original = target.createdAt as number;
        row.createdAt = Math.max(original + 1, Math.min(SEED_NOW, original + rng.int(1, 90) * DAY));
        row.updatedAt = row.createdAt;
        byVariant[variant]++;
        const group = groups.get(String(target.id)) ?? {
          canonical: String(target.id),
          duplicates: [],
          normalised: normaliseKeyword(String(target.keyword)),
        };
        group.duplicates.push(String(row.id));
        groups.set(String(target.id), group);
        ctx.anomalies.add('keyword_duplicates', String(row.id));
      });
      ctx.shared.set('seo:duplicateKeywords', new Set(ctx.anomalies.ids('keyword_duplicates')));
      ctx.shared.set('seo:groups', groups);
      ctx.anomalies.details('keyword_duplicates', {
        groups: groups.size,
        redundantRows: chosen.size,
        byVariant,
        members: Object.fromEntries([...groups.values()].map((g) => [g.canonical, g.duplicates])),
      });
    },
  });
}

/** Every repeat is ranked, so merging has rows to re-point. */
function seedKeywordRankings(ctx: SeedContext): void {
  ctx.override('KeywordRanking', {
    rows: () => {
      const keywords = ctx.table('Keyword');
      const duplicates = ctx.shared.get('seo:duplicateKeywords') as Set<string>;
      const rng = ctx.rng('seo:rankings');
      const seeds: RowSeed[] = [];
      keywords.ids.forEach((id, i) => {
        let n = rng.int(0, 3);
        if (duplicates.has(id)) n = Math.max(1, n);
        for (let d = 0; d < n; d++) {
          seeds.push({
            tenant: keywords.tenantOf[i]!,
            values: { keywordId: id, checkedOn: Math.floor((SEED_NOW - (d + 1) * DAY) / DAY) * DAY },
          });
        }
      });
      return seeds;
    },
    fields: {
      position: (rc) => (rc.rng.chance(0.85) ? rc.rng.int(1, 100) : null),
      previousPosition: (rc) => (rc.row.position === null ? null : Math.max(1, (rc.row.position as number) + rc.rng.int(-5, 5))),
    },
  });
}

/** A post linked to both spellings of one keyword: after the merge those two links are one. */
function seedContentKeywordConflicts(ctx: SeedContext): void {
  ctx.override('ContentKeyword', {
    finish: (rows, _ctx, tenants) => {
      const groups = ctx.shared.get('seo:groups') as Map<string, { canonical: string; duplicates: string[] }>;
      const rng = ctx.rng('seo:contentConflicts');
      const links = new Set(rows.map((r) => `${String(r.blogPostId)}\u0001${String(r.keywordId)}`));
      let conflicts = 0;
      const outRows: Row[] = [];
      const outTenants: number[] = [];
      rows.forEach((row, i) => {
        outRows.push(row);
        outTenants.push(tenants[i]!);
        const group = groups.get(String(row.keywordId));
        if (!group || !rng.chance(0.5)) return;
        const key = `${String(row.blogPostId)}\u0001${group.duplicates[0]!}`;
        if (links.has(key)) return;
        links.add(key);
        conflicts++;
        // Inserted right after its twin, so the rows stay grouped by tenant.
        outRows.push({ ...row, id: `c${rng.base36(24)}`, keywordId: group.duplicates[0]!, isPrimary: false });
        outTenants.push(tenants[i]!);
      });
      rows.splice(0, rows.length, ...outRows);
      tenants.splice(0, tenants.length, ...outTenants);
      ctx.shared.set('seo:contentConflicts', conflicts);
    },
  });
}

/** The rows of each referencing table that point at a repeat, recorded in the manifest with the content conflicts. */
function countReferencingRows(ctx: SeedContext): void {
  for (const model of REFERENCING) {
    ctx.override(model, {
      finish: (rows: Row[]) => {
        const duplicates = ctx.shared.get('seo:duplicateKeywords') as Set<string>;
        const counts = ctx.state('seo:referencing', () => ({}) as Record<string, number>);
        counts[ctx.model(model).table] = rows.filter((r) => duplicates.has(String(r.keywordId))).length;
      },
    });
  }
  ctx.finalizers.push(() => {
    ctx.anomalies.details('keyword_duplicates', {
      referencingRows: ctx.shared.get('seo:referencing'),
      contentKeywordConflicts: ctx.shared.get('seo:contentConflicts') ?? 0,
    });
  });
}
