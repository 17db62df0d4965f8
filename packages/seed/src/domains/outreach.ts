/**
 * Link building and outreach: campaigns, backlinks and their health checks, outreach targets, and the crawl cache
 * shared by every tenant.
 *
 * Plants finding 4 (CrawlCache, keyed by domain and shared by all tenants, holds the scraped recipient's email and
 * name: those domains are the ones several tenants' backlinks and outreach targets use) and finding 9
 * (BacklinkHealth knows its campaign and the checked URL, not its backlink: most rows match exactly one backlink
 * of their campaign by URL, some match none or several).
 */
import type { Row, RowSeed, SeedContext } from '../context.js';
import type { Rng } from '../random.js';
import { person, slugify } from '../values/people.js';
import { TLDS } from '../values/vocab.js';

const PUBLISHER_PREFIXES = ['the', 'daily', 'local', 'smart', 'modern', 'city', 'urban', 'green', 'pro', 'indie', 'open', 'bright'];
const PUBLISHER_TOPICS = [
  'smallbiz',
  'marketingweekly',
  'dentalnews',
  'homeguide',
  'fitnessjournal',
  'legalinsider',
  'techreview',
  'foodie',
  'travelnotes',
  'realtyreport',
  'growthhub',
  'startupdigest',
  'petlife',
  'autoworld',
  'solartimes',
  'designmag',
  'parentingtoday',
  'financebrief',
  'healthline',
  'eventscene',
];

/** Bare host of a URL, lower-cased, without www. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

interface DomainPool {
  domains: string[];
  pick(rng: Rng): string;
}

/** Websites that publish links; a few are pitched by many tenants, most by one or two. */
function domainPool(ctx: SeedContext): DomainPool {
  return ctx.state('outreach:pool', () => {
    const rng = ctx.rng('outreach:pool');
    const size = Math.max(24, Math.round(ctx.options.scale.rows / 250));
    const seen = new Set<string>();
    const domains: string[] = [];
    while (domains.length < size) {
      const name = `${rng.chance(0.5) ? rng.pick(PUBLISHER_PREFIXES) : ''}${rng.pick(PUBLISHER_TOPICS)}${rng.chance(0.3) ? rng.int(1, 99) : ''}.${rng.pick(TLDS)}`;
      if (!seen.has(name)) {
        seen.add(name);
        domains.push(name);
      }
    }
    return { domains, pick: (r: Rng) => domains[r.skewed(domains.length, 2.2)]! };
  });
}

interface HealthPlanEntry {
  type: 'match' | 'no_match' | 'ambiguous';
  campaignId: string;
  url: string;
  backlinkId?: string;
  createdAt: number;
}

/** Domain → tenants using it (all, and those prospecting it with an outreach target), and through which tables. */
type Usage = Map<string, { tenants: Set<number>; prospectors: Set<number>; backlinks: number; outreachTargets: number }>;

function usage(ctx: SeedContext): Usage {
  return ctx.state('outreach:usage', () => new Map());
}

export function seedOutreach(ctx: SeedContext): void {
  ctx.after('CrawlCache', 'Backlink');
  ctx.after('CrawlCache', 'OutreachTarget');
  seedBacklinks(ctx);
  seedOutreachTargets(ctx);
  seedCrawlCache(ctx);
}

function seedBacklinks(ctx: SeedContext): void {
  ctx.override('Backlink', {
    fields: {
      sourceUrl: (rc) =>
        `https://${domainPool(ctx).pick(rc.rng)}/${slugify(`${rc.rng.pick(['guide', 'resources', 'blog', 'news', 'partners'])} ${rc.rng.int(1, 9999)}`)}`,
      targetUrl: (rc) => `https://${rc.tenantInfo?.domain ?? 'example.com'}/${rc.rng.pick(['', 'services', 'blog', 'pricing', 'about'])}`,
      status: (rc) => rc.rng.weighted(['live', 'pending', 'lost', 'rejected'], [70, 15, 10, 5]),
    },
    finish: (rows, _ctx, tenants) => {
      const rng = ctx.rng('outreach:backlinks');
      // URLs are unique within a campaign before anything is planted.
      const byCampaign = new Map<string, Set<string>>();
      for (const row of rows) {
        const set = byCampaign.get(String(row.campaignId)) ?? new Set<string>();
        byCampaign.set(String(row.campaignId), set);
        let url = String(row.sourceUrl);
        for (let n = 2; set.has(url); n++) url = `${String(row.sourceUrl)}-${n}`;
        row.sourceUrl = url;
        set.add(url);
      }

      const { plan, planTenants } = planHealthChecks(ctx, rows, tenants, rng);
      ctx.shared.set('outreach:healthPlan', { plan, planTenants });
      recordUsage(ctx, rows, tenants, (r) => hostOf(String(r.sourceUrl)), 'backlinks');
    },
  });

  ctx.override('BacklinkHealth', {
    rows: () => {
      const { plan, planTenants } = ctx.shared.get('outreach:healthPlan') as { plan: HealthPlanEntry[]; planTenants: number[] };
      return plan.map((entry, i): RowSeed => ({
        tenant: planTenants[i]!,
        values: { campaignId: entry.campaignId, url: entry.url, createdAt: entry.createdAt, __plan: entry },
      }));
    },
    fields: {
      httpStatus: (rc) =>
        (rc.row.__plan as HealthPlanEntry).type === 'no_match' && rc.rng.chance(0.5) ? 404 : rc.rng.weighted([200, 301], [9, 1]),
      isLive: (rc) => rc.row.httpStatus === 200 && rc.rng.chance(0.9),
    },
    finish: (rows) => {
      const pairs: Record<string, string> = {};
      const noMatch: string[] = [];
      const ambiguous: string[] = [];
      for (const row of rows) {
        const entry = row.__plan as HealthPlanEntry;
        delete row.__plan;
        if (entry.type === 'match') {
          pairs[String(row.id)] = entry.backlinkId!;
          ctx.anomalies.add('backlink_health_matchable', String(row.id));
        } else {
          (entry.type === 'ambiguous' ? ambiguous : noMatch).push(String(row.id));
          ctx.anomalies.add('backlink_health_unmatchable', String(row.id));
        }
      }
      ctx.anomalies.details('backlink_health_matchable', { backlinkOf: pairs });
      ctx.anomalies.details('backlink_health_unmatchable', {
        noMatch: noMatch.length,
        ambiguous: ambiguous.length,
        ambiguousIds: ambiguous,
      });
    },
  });
}

/**
 * Plans the health checks: ~70% of a tenant's backlinks get one; a share of them cannot be matched (a near-miss
 * URL, or a page two backlinks of one campaign share). Each entry's tenant sits at the same index of planTenants.
 */
function planHealthChecks(
  ctx: SeedContext,
  rows: Row[],
  tenants: readonly number[],
  rng: Rng,
): { plan: HealthPlanEntry[]; planTenants: number[] } {
  const perTenant = new Map<number, number[]>();
  rows.forEach((_, i) => perTenant.set(tenants[i]!, [...(perTenant.get(tenants[i]!) ?? []), i]));
  const healthCount = [...perTenant.values()].reduce((n, list) => n + Math.floor(list.length * 0.7), 0);
  const unmatchable = ctx.choose('backlink_health_unmatchable', healthCount);
  ctx.anomalies.population('backlink_health_matchable', healthCount);
  const plan: HealthPlanEntry[] = [];
  const planTenants: number[] = [];
  let position = 0;
  for (const [t, list] of [...perTenant.entries()].sort((a, b) => a[0] - b[0])) {
    const n = Math.floor(list.length * 0.7);
    const available = rng.shuffle([...list]);
    for (let k = 0; k < n; k++, position++) {
      const checkedAt = (x: Row) => x.createdAt as number;
      if (!unmatchable.has(position)) {
        const b = rows[available.pop()!]!;
        plan.push({
          type: 'match',
          campaignId: String(b.campaignId),
          url: String(b.sourceUrl),
          backlinkId: String(b.id),
          createdAt: checkedAt(b),
        });
      } else if (position % 3 === 0 && available.length >= 2) {
        // Two backlinks of one campaign on the same page: the link was re-acquired and recorded twice.
        const b = rows[available.pop()!]!;
        const twinIndex = available.findIndex((j) => rows[j]!.campaignId === b.campaignId);
        if (twinIndex >= 0) {
          const twin = rows[available.splice(twinIndex, 1)[0]!]!;
          twin.sourceUrl = b.sourceUrl;
          plan.push({ type: 'ambiguous', campaignId: String(b.campaignId), url: String(b.sourceUrl), createdAt: checkedAt(b) });
        } else {
          plan.push({
            type: 'no_match',
            campaignId: String(b.campaignId),
            url: nearMiss(String(b.sourceUrl), rng),
            createdAt: checkedAt(b),
          });
        }
      } else {
        // The checked page is not exactly any backlink's: a rewritten URL or a link removed since.
        const b = rows[available.length > 0 ? available[rng.int(0, available.length - 1)]! : list[0]!]!;
        plan.push({ type: 'no_match', campaignId: String(b.campaignId), url: nearMiss(String(b.sourceUrl), rng), createdAt: checkedAt(b) });
      }
      planTenants.push(t);
    }
  }
  return { plan, planTenants };
}

/** A URL that is not the backlink's, though a person would say it is: other scheme, trailing slash, www. */
function nearMiss(url: string, rng: Rng): string {
  switch (rng.int(0, 2)) {
    case 0:
      return url.replace(/^https:/, 'http:');
    case 1:
      return url.endsWith('/') ? url.slice(0, -1) : `${url}/`;
    default:
      return url.replace('://', '://www.');
  }
}

function recordUsage(
  ctx: SeedContext,
  rows: Row[],
  tenants: number[],
  domainOf: (r: Row) => string,
  via: 'backlinks' | 'outreachTargets',
): void {
  const map = usage(ctx);
  rows.forEach((row, i) => {
    const domain = domainOf(row);
    if (!domain) return;
    const entry = map.get(domain) ?? { tenants: new Set<number>(), prospectors: new Set<number>(), backlinks: 0, outreachTargets: 0 };
    entry.tenants.add(tenants[i]!);
    if (via === 'outreachTargets') entry.prospectors.add(tenants[i]!);
    entry[via]++;
    map.set(domain, entry);
  });
}

function seedOutreachTargets(ctx: SeedContext): void {
  ctx.override('OutreachTarget', {
    fields: {
      domain: (rc) => domainPool(ctx).pick(rc.rng),
      status: (rc) => rc.rng.weighted(['new', 'contacted', 'replied', 'won', 'lost', 'skipped'], [20, 35, 15, 10, 15, 5]),
    },
    finish: (rows, _ctx, tenants) => recordUsage(ctx, rows, tenants, (r) => String(r.domain), 'outreachTargets'),
  });
}

function seedCrawlCache(ctx: SeedContext): void {
  ctx.override('CrawlCache', {
    // One cache row per domain any tenant's backlinks or outreach targets use.
    rows: () => [...usage(ctx).keys()].map((domain) => ({ tenant: -1, values: { domain } })),
    fields: {
      recipientEmail: () => null,
      recipientName: () => null,
      contactPageUrl: (rc) => (rc.rng.chance(0.6) ? `https://${String(rc.row.domain)}/contact` : null),
      isBlocked: (rc) => rc.rng.chance(0.05),
      hasCaptcha: (rc) => rc.rng.chance(0.1),
    },
    finish: (rows) => {
      const used = usage(ctx);
      const rng = ctx.rng('outreach:recipients');
      // Personal data sits preferably on domains several tenants use: that is where it leaks between tenants.
      // A third of it sits on domains where some tenant has only a backlink (it never talked to anyone
      // there), as production data does: the person must not be handed to that tenant.
      const usageOf = (i: number) => used.get(String(rows[i]!.domain))!;
      const backlinkOnly = (i: number) => [...usageOf(i).tenants].filter((t) => !usageOf(i).prospectors.has(t));
      const amount = ctx.chooseAmong('crawl_cache_personal_data', rows.length, rows.length).size;
      const linkedOnly = rng.shuffle(rows.map((_, i) => i).filter((i) => backlinkOnly(i).length > 0)).slice(0, Math.ceil(amount / 3));
      const first = new Set(linkedOnly);
      const shared = rows.map((_, i) => i).filter((i) => !first.has(i) && usageOf(i).tenants.size >= 2);
      const single = rows.map((_, i) => i).filter((i) => !first.has(i) && usageOf(i).tenants.size < 2);
      const candidates = [...linkedOnly, ...rng.shuffle(shared), ...rng.shuffle(single)];
      const chosen = new Set(candidates.slice(0, amount));
      const tenantIds = (set: Iterable<number>) => [...set].sort((a, b) => a - b).map((t) => ctx.tenants[t]!.id);
      const attribution: Record<
        string,
        { domain: string; tenantIds: string[]; prospectedBy: string[]; backlinkOnly: string[]; backlinks: number; outreachTargets: number }
      > = {};
      rows.forEach((row, i) => {
        if (!chosen.has(i)) return;
        const domain = String(row.domain);
        const p = person(rng, domain);
        const r = rng.next();
        row.recipientEmail = r < 0.15 ? `editor@${domain}` : p.email;
        row.recipientName = r < 0.15 ? null : r < 0.25 && row.recipientEmail ? null : p.full;
        if (row.recipientName === null && row.recipientEmail === null) row.recipientEmail = p.email;
        const u = used.get(domain)!;
        attribution[String(row.id)] = {
          domain,
          tenantIds: tenantIds(u.tenants),
          prospectedBy: tenantIds(u.prospectors),
          backlinkOnly: tenantIds(backlinkOnly(i)),
          backlinks: u.backlinks,
          outreachTargets: u.outreachTargets,
        };
        ctx.anomalies.add('crawl_cache_personal_data', String(row.id));
      });
      ctx.anomalies.details('crawl_cache_personal_data', {
        usedBy: attribution,
        onSharedDomains: Object.values(attribution).filter((a) => a.tenantIds.length >= 2).length,
        onDomainsWithBacklinkOnlyTenants: Object.values(attribution).filter((a) => a.backlinkOnly.length > 0).length,
        prospectedByNoTenant: Object.values(attribution).filter((a) => a.prospectedBy.length === 0).length,
        withEmail: rows.filter((r) => r.recipientEmail !== null).length,
        withName: rows.filter((r) => r.recipientName !== null).length,
      });
    },
  });
}
