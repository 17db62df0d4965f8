/**
 * Help centre analytics. HelpPageRating and HelpSearchEvent keep a bare tenantId with no foreign key, so rows of
 * erased tenants stayed behind (finding 5): a share of them carry the id of a tenant that no longer exists.
 */
import type { AnomalyKind } from '../anomalies/kinds.js';
import type { SeedContext } from '../context.js';
import { keyword } from '../values/people.js';
import { ghostTenants } from './tenancy.js';

const HELP_QUERIES = [
  'connect google analytics',
  'invite a team member',
  'change billing email',
  'cancel subscription',
  'export leads',
  'approve blog post',
  'buy credits',
  'connect wordpress',
  'reset password',
  'add competitor',
  'schedule report',
  'what are credits',
  'delete workspace',
  'custom domain landing page',
  'webhook signature',
];
const HELP_PATHS = [
  '/help/getting-started',
  '/help/billing/invoices',
  '/help/content/approvals',
  '/help/seo/keywords',
  '/help/integrations/google-analytics',
  '/help/credits',
  '/help/crm/leads',
  '/help/outreach/campaigns',
];

function orphans(ctx: SeedContext, model: string, kind: AnomalyKind): void {
  ctx.override(model, {
    finish: (rows) => {
      const ghosts = ghostTenants(ctx);
      const rng = ctx.rng(`help:${model}`);
      const chosen = ctx.choose(kind, rows.length);
      const used = new Set<string>();
      rows.forEach((row, i) => {
        if (!chosen.has(i)) return;
        const ghost = ghosts[rng.int(0, ghosts.length - 1)]!;
        row.tenantId = ghost.id;
        used.add(ghost.id);
        ctx.anomalies.add(kind, String(row.id));
      });
      ctx.anomalies.details(kind, { missingTenantIds: [...used].sort() });
    },
  });
}

export function seedHelp(ctx: SeedContext): void {
  ctx.override('HelpPageRating', {
    fields: {
      pagePath: (rc) => rc.rng.pick(HELP_PATHS),
      helpful: (rc) => rc.rng.chance(0.72),
    },
  });
  ctx.override('HelpSearchEvent', {
    fields: {
      query: (rc) => (rc.rng.chance(0.8) ? rc.rng.pick(HELP_QUERIES) : keyword(rc.rng)),
      resultsShown: (rc) => rc.rng.weighted([0, 1, 2, 3, 5, 8, 10], [2, 2, 3, 3, 4, 3, 2]),
      clickedPath: (rc) => (rc.rng.chance(0.55) ? rc.rng.pick(HELP_PATHS) : null),
    },
  });
  orphans(ctx, 'HelpPageRating', 'help_rating_orphan');
  orphans(ctx, 'HelpSearchEvent', 'help_search_orphan');
}
