/**
 * Website crawler data (the tenant's own site): pages, media, forms, redirects.
 *
 * Finding 3: WebMedia.contentHash is unique across all tenants, so the legacy database cannot hold the same file
 * for two tenants. What the legacy constraint allows is planted (every hash once); the cross-tenant case is
 * written into the manifest as rows to insert after the fix (web_media_shared_hash_candidate), so a test can show
 * that the corrected constraint accepts them and the legacy one does not.
 */
import type { SeedContext } from '../context.js';
import { SEED_NOW, iso } from '../values/time.js';

export function seedWeb(ctx: SeedContext): void {
  ctx.override('WebMedia', {
    fields: {
      mimeType: (rc) => rc.rng.weighted(['image/jpeg', 'image/png', 'image/webp', 'image/svg+xml', 'application/pdf'], [5, 3, 3, 1, 1]),
      storagePath: (rc) => `media/${rc.tenantInfo?.slug ?? 'shared'}/${rc.rng.hex(2)}/${rc.rng.hex(24)}`,
    },
    finish: (rows, _ctx, tenants) => {
      const websites = ctx.table('Website');
      const rng = ctx.rng('web:sharedHashes');
      const tenantsWithWebsite = ctx.tenants
        .map((t) => t.index)
        .filter((t) => {
          const [start, end] = ctx.tenantRange('Website', t);
          return end > start;
        });
      const chosen = ctx.choose('web_media_shared_hash_candidate', rows.length);
      const pendingRows: Record<string, unknown>[] = [];
      rows.forEach((row, i) => {
        if (!chosen.has(i)) return;
        const others = tenantsWithWebsite.filter((t) => t !== tenants[i]);
        if (others.length === 0) return;
        // The same stock photo, found on another tenant's website.
        const t = others[rng.int(0, others.length - 1)]!;
        const [start, end] = ctx.tenantRange('Website', t);
        const w = rng.int(start, end - 1);
        const createdAt = Math.max(row.createdAt as number, ctx.tenants[t]!.createdAt) + 1000;
        pendingRows.push({
          id: `c${rng.base36(24)}`,
          tenantId: ctx.tenants[t]!.id,
          websiteId: websites.ids[w],
          pageId: null,
          url: `https://${ctx.tenants[t]!.domain}/wp-content/uploads/${rng.hex(6)}.${String(row.mimeType).split('/')[1]?.replace('svg+xml', 'svg') ?? 'bin'}`,
          contentHash: row.contentHash,
          mimeType: row.mimeType,
          bytes: row.bytes,
          width: row.width,
          height: row.height,
          altText: null,
          storagePath: `media/${ctx.tenants[t]!.slug}/${rng.hex(2)}/${rng.hex(24)}`,
          optimizedPath: null,
          lastSeenAt: null,
          createdAt: iso(Math.min(createdAt, SEED_NOW - 1000)),
          updatedAt: iso(Math.min(createdAt, SEED_NOW - 1000)),
        });
        ctx.anomalies.add('web_media_shared_hash_candidate', String(row.id));
      });
      ctx.anomalies.details('web_media_shared_hash_candidate', {
        table: ctx.model('WebMedia').table,
        pendingRows,
      });
    },
  });
}
