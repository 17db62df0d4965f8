// Seeds one demo database with the legacy schema and proves, by querying PostgreSQL, that: every table holds what
// the manifest says; every foreign key the schema declares holds (the load ran with the constraints on); every
// anomaly kind is there at its configured rate and the manifest's ids are exactly the rows that show it; and that a
// database holding rows is refused unless reset.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { quoteIdentifier } from '@leadmetrics/db';
import {
  ANOMALY_KINDS,
  expectedCount,
  loadSchema,
  seedDatabase,
  SeedRefusedError,
  type AnomalyRates,
  type Manifest,
} from '../src/index.js';
import { closeConnections, createLegacyDatabase, query, statusValuesFromSchema, tableCounts } from './helpers.js';

// Rates differ from the defaults on purpose: the test must see the configured rate, not the default one.
const RATES: AnomalyRates = {
  user_without_membership: 0.1,
  keyword_duplicates: 0.12,
  help_rating_orphan: 0.15,
  status_invalid: 0.03,
  crawl_cache_personal_data: 0.3,
};

let db: { url: string; dispose(): Promise<void> };
let manifest: Manifest;

beforeAll(async () => {
  db = await createLegacyDatabase('seed_load');
  manifest = await seedDatabase({ databaseUrl: db.url, scale: 'demo', seed: 7, rates: RATES });
});
afterAll(async () => {
  if (db) await closeConnections(db.url);
  await db?.dispose();
});

const ids = (rows: { id: unknown }[]) => rows.map((r) => String(r.id)).sort();
const sorted = (list: readonly string[]) => [...list].sort();
const count = async (sql: string, params: unknown[] = []) => Number((await query<{ n: number }>(db.url, sql, params))[0]!.n);

function anomaly(kind: keyof typeof ANOMALY_KINDS) {
  const record = manifest.anomalies[kind];
  expect(record, `manifest has no entry for ${kind}`).toBeDefined();
  return record!;
}

/** The kind's ids are as many as its configured rate asks of the population the test counted itself. */
function expectRate(kind: keyof typeof ANOMALY_KINDS, population: number) {
  const record = anomaly(kind);
  expect(record.population, `${kind}: population`).toBe(population);
  expect(record.rate).toBe(RATES[kind as keyof AnomalyRates] ?? ANOMALY_KINDS[kind].defaultRate);
  expect(record.ids.length, `${kind}: planted`).toBe(expectedCount(record.rate!, population));
  expect(record.ids.length, `${kind}: present`).toBeGreaterThan(0);
  expect(record.sampleIds).toEqual(record.ids.slice(0, 5));
}

describe('tables', () => {
  test('every table of the legacy schema holds the rows the manifest lists', async () => {
    const schema = loadSchema();
    const counts = await tableCounts(db.url);
    expect(Object.keys(manifest.tables).sort()).toEqual(schema.models.map((m) => m.table).sort());
    for (const [table, entry] of Object.entries(manifest.tables)) expect(counts[table], table).toBe(entry.rows);
    expect(manifest.totalRows).toBe(Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0));
    // Demo is about 10,000 rows, and every model is filled.
    expect(manifest.totalRows).toBeGreaterThan(8_000);
    expect(manifest.totalRows).toBeLessThan(13_000);
    expect(Object.values(manifest.tables).filter((t) => t.rows === 0)).toEqual([]);
    expect(manifest.schemaHash).toBe(schema.hash);
  });

  test('every foreign key the schema declares exists in the database and no row violates it', async () => {
    const schema = loadSchema();
    const declared = schema.models.reduce((n, m) => n + m.relations.length, 0);
    const fks = await query<{ table: string; name: string; columns: string[]; target: string; targetColumns: string[] }>(
      db.url,
      `SELECT c.relname AS table, k.conname AS name, t.relname AS target,
              ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i)::text[] AS columns,
              ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i)::text[] AS "targetColumns"
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
        WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace`,
    );
    expect(fks.length).toBe(declared);
    for (const fk of fks) {
      const orphans = await count(
        `SELECT count(*)::int AS n FROM ${quoteIdentifier(fk.table)} x WHERE ${fk.columns.map((c) => `x.${quoteIdentifier(c)} IS NOT NULL`).join(' AND ')}
           AND NOT EXISTS (SELECT 1 FROM ${quoteIdentifier(fk.target)} y WHERE ${fk.columns.map((c, i) => `y.${quoteIdentifier(fk.targetColumns[i]!)} = x.${quoteIdentifier(c)}`).join(' AND ')})`,
      );
      expect(orphans, `${fk.name}`).toBe(0);
    }
    // Foreign keys are not vacuous: most optional ones are set somewhere.
    const used = await count(`SELECT count(*)::int AS n FROM tenant_members WHERE "invitedById" IS NOT NULL`);
    expect(used).toBeGreaterThan(0);
  });

  test('the manifest names every anomaly kind of the catalog', async () => {
    for (const kind of Object.keys(ANOMALY_KINDS)) expect(manifest.anomalies[kind], kind).toBeDefined();
  });
});

describe('anomalies are planted at their rate and the manifest ids are the rows that show them', () => {
  test('finding 1: users without their membership, members of another tenant', async () => {
    const population = await count(`SELECT count(*)::int AS n FROM users WHERE "tenantId" IS NOT NULL`);
    expectRate('user_without_membership', population);
    const without = await query<{ id: string }>(
      db.url,
      `SELECT u.id FROM users u WHERE u."tenantId" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM tenant_members m WHERE m."userId" = u.id AND m."tenantId" = u."tenantId")`,
    );
    expect(ids(without)).toEqual(sorted(anomaly('user_without_membership').ids));

    expectRate('member_of_other_tenant', population);
    const other = await query<{ id: string }>(
      db.url,
      `SELECT m.id FROM tenant_members m JOIN users u ON u.id = m."userId" WHERE u."tenantId" IS NOT NULL AND u."tenantId" <> m."tenantId"`,
    );
    expect(ids(other)).toEqual(sorted(anomaly('member_of_other_tenant').ids));
  });

  test('finding 2: activities whose sourceDeliverableId names no deliverable', async () => {
    expectRate('dangling_source_deliverable', await count(`SELECT count(*)::int AS n FROM activities`));
    const dangling = await query<{ id: string }>(
      db.url,
      `SELECT a.id FROM activities a WHERE a."sourceDeliverableId" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM deliverables d WHERE d.id = a."sourceDeliverableId")`,
    );
    expect(ids(dangling)).toEqual(sorted(anomaly('dangling_source_deliverable').ids));
    // Valid source references exist too, so a migration cannot just null the column.
    expect(
      await count(`SELECT count(*)::int AS n FROM activities a JOIN deliverables d ON d.id = a."sourceDeliverableId"`),
    ).toBeGreaterThan(0);
  });

  test('finding 3: files another tenant also has, which only the per-tenant unique accepts', async () => {
    expectRate('web_media_shared_hash_candidate', await count(`SELECT count(*)::int AS n FROM web_media`));
    const record = anomaly('web_media_shared_hash_candidate');
    const pending = record.details.pendingRows as Record<string, unknown>[];
    expect(pending).toHaveLength(record.ids.length);
    for (const [i, row] of pending.entries()) {
      const [existing] = await query<{ tenantId: string; contentHash: string }>(
        db.url,
        `SELECT "tenantId", "contentHash" FROM web_media WHERE id = $1`,
        [record.ids[i]],
      );
      expect(existing!.contentHash).toBe(row.contentHash);
      expect(existing!.tenantId).not.toBe(row.tenantId);
    }
    // The legacy global unique refuses the second tenant's copy.
    const columns = Object.keys(pending[0]!);
    const insert = `INSERT INTO web_media (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
    await expect(
      query(
        db.url,
        insert,
        columns.map((c) => pending[0]![c]),
      ),
    ).rejects.toThrow(/contentHash|unique/i);
  });

  test('finding 4: personal data in the shared crawl cache, attributed to the tenants that use the domain', async () => {
    expectRate('crawl_cache_personal_data', await count(`SELECT count(*)::int AS n FROM crawl_cache`));
    const personal = await query<{ id: string; domain: string }>(
      db.url,
      `SELECT id, domain FROM crawl_cache WHERE "recipientEmail" IS NOT NULL OR "recipientName" IS NOT NULL`,
    );
    const record = anomaly('crawl_cache_personal_data');
    expect(ids(personal)).toEqual(sorted(record.ids));
    const usedBy = record.details.usedBy as Record<string, { domain: string; tenantIds: string[] }>;
    let shared = 0;
    for (const row of personal) {
      const tenants = await query<{ tenantId: string }>(
        db.url,
        `SELECT "tenantId" FROM outreach_targets WHERE domain = $1
          UNION SELECT "tenantId" FROM backlinks WHERE lower(regexp_replace(substring("sourceUrl" from '^https?://([^/]+)'), '^www\\.', '')) = $1`,
        [row.domain],
      );
      expect(tenants.map((t) => t.tenantId).sort(), row.domain).toEqual([...usedBy[row.id]!.tenantIds].sort());
      if (tenants.length >= 2) shared++;
    }
    // The point of the finding: the data is visible to several tenants.
    expect(shared).toBeGreaterThan(0);
    // Who prospected each domain (an outreach target) and who only has a backlink from it, as the database says.
    const attributed = record.details.usedBy as Record<string, { domain: string; prospectedBy: string[]; backlinkOnly: string[] }>;
    for (const row of personal) {
      const prospectors = await query<{ tenantId: string }>(db.url, `SELECT DISTINCT "tenantId" FROM outreach_targets WHERE domain = $1`, [
        row.domain,
      ]);
      expect(prospectors.map((t) => t.tenantId).sort(), row.domain).toEqual([...attributed[row.id]!.prospectedBy].sort());
      expect(attributed[row.id]!.backlinkOnly.filter((t) => attributed[row.id]!.prospectedBy.includes(t))).toEqual([]);
    }
    // Production-shaped: people on domains where some tenant only has a backlink.
    expect(Object.values(attributed).filter((a) => a.backlinkOnly.length > 0).length).toBeGreaterThan(0);
  });

  test('finding 5: help analytics rows of tenants that no longer exist', async () => {
    for (const [kind, table] of [
      ['help_rating_orphan', 'help_page_ratings'],
      ['help_search_orphan', 'help_search_events'],
    ] as const) {
      expectRate(kind, await count(`SELECT count(*)::int AS n FROM ${table}`));
      const orphans = await query<{ id: string }>(
        db.url,
        `SELECT h.id FROM ${table} h WHERE NOT EXISTS (SELECT 1 FROM tenants t WHERE t.id = h."tenantId")`,
      );
      expect(ids(orphans), kind).toEqual(sorted(anomaly(kind).ids));
    }
  });

  test('finding 7: subscription logs, long ones and malformed entries', async () => {
    const subscriptions = await count(`SELECT count(*)::int AS n FROM subscriptions`);
    expectRate('subscription_log_entries', subscriptions);
    expectRate('subscription_log_malformed', subscriptions);
    // Well-formed, as ANOMALIES.md defines it, written independently in SQL.
    const rows = await query<{ id: string; good: number; bad: number; total: number }>(
      db.url,
      `SELECT s.id,
              count(*) FILTER (WHERE ok)::int AS good, count(*) FILTER (WHERE NOT ok)::int AS bad, count(*)::int AS total
         FROM subscriptions s, LATERAL (
           SELECT (jsonb_typeof(e) = 'object' AND e ?& ARRAY['from', 'to', 'at', 'by', 'reason']
                   AND jsonb_typeof(e->'from') IN ('string', 'null') AND jsonb_typeof(e->'to') = 'string'
                   AND jsonb_typeof(e->'by') IN ('string', 'null') AND jsonb_typeof(e->'reason') IN ('string', 'null')
                   AND jsonb_typeof(e->'at') = 'string'
                   AND (e->>'at') ~ '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$') AS ok
             FROM jsonb_array_elements(s."statusChangeLogs") e) x
        GROUP BY s.id`,
    );
    const entries = anomaly('subscription_log_entries');
    const malformed = anomaly('subscription_log_malformed');
    expect(ids(rows.filter((r) => r.total > 0))).toEqual(sorted(entries.ids));
    expect(ids(rows.filter((r) => r.bad > 0))).toEqual(sorted(malformed.ids));
    expect(entries.count).toBe(rows.reduce((n, r) => n + r.good, 0));
    expect(malformed.count).toBe(rows.reduce((n, r) => n + r.bad, 0));
    expect(Math.max(...rows.map((r) => r.total))).toBeGreaterThanOrEqual(Number(entries.details.maxEntries));
    // Empty logs are the JSON array [], as the column default writes them.
    expect(await count(`SELECT count(*)::int AS n FROM subscriptions WHERE "statusChangeLogs" = '[]'::jsonb`)).toBe(
      subscriptions - entries.ids.length,
    );
  });

  test('finding 8: lead contact entries, some duplicating a Contact once case and spaces are ignored', async () => {
    const all = await query<{ id: string }>(db.url, `SELECT id FROM lead_contacts`);
    expect(ids(all)).toEqual(sorted(anomaly('lead_contact_entries').ids));
    expect(anomaly('lead_contact_entries').population).toBe(all.length);
    expectRate(
      'lead_contact_duplicates_contact',
      await count(
        `SELECT count(*)::int AS n FROM lead_contacts lc WHERE lc.channel = 'email'
            AND EXISTS (SELECT 1 FROM contacts c WHERE c."tenantId" = lc."tenantId" AND c.email IS NOT NULL)`,
      ),
    );
    const duplicates = await query<{ id: string; exact: boolean }>(
      db.url,
      `SELECT lc.id, bool_or(c.email = lc.value) AS exact FROM lead_contacts lc
         JOIN contacts c ON c."tenantId" = lc."tenantId" AND lower(btrim(c.email)) = lower(btrim(lc.value))
        WHERE lc.channel = 'email' GROUP BY lc.id`,
    );
    expect(ids(duplicates)).toEqual(sorted(anomaly('lead_contact_duplicates_contact').ids));
    // Planted duplicates differ in their raw text, so a plain equality join misses every one of them.
    expect(duplicates.filter((d) => d.exact)).toEqual([]);
  });

  test('finding 9: health rows matching exactly one backlink of their campaign, and the rest', async () => {
    const population = await count(`SELECT count(*)::int AS n FROM backlink_health`);
    expectRate('backlink_health_unmatchable', population);
    const matches = await query<{ id: string; n: number; backlink: string }>(
      db.url,
      `SELECT h.id, count(b.id)::int AS n, min(b.id) AS backlink FROM backlink_health h
         LEFT JOIN backlinks b ON b."campaignId" = h."campaignId" AND b."sourceUrl" = h.url GROUP BY h.id`,
    );
    const matchable = anomaly('backlink_health_matchable');
    expect(ids(matches.filter((m) => m.n === 1))).toEqual(sorted(matchable.ids));
    expect(ids(matches.filter((m) => m.n !== 1))).toEqual(sorted(anomaly('backlink_health_unmatchable').ids));
    expect(matchable.ids.length).toBe(population - anomaly('backlink_health_unmatchable').ids.length);
    const pairs = matchable.details.backlinkOf as Record<string, string>;
    for (const m of matches.filter((x) => x.n === 1)) expect(pairs[m.id]).toBe(m.backlink);
    // Each backlink gets at most one matching health row, so the future unique backlinkId can be backfilled.
    expect(new Set(Object.values(pairs)).size).toBe(Object.values(pairs).length);
    // Both kinds of unmatchable are there: no backlink at that URL, and several.
    expect(matches.some((m) => m.n === 0)).toBe(true);
    expect(matches.some((m) => m.n >= 2)).toBe(true);
  });

  test('finding 10: invoices whose remindersSent is not their number of reminders', async () => {
    expectRate('invoice_reminder_counter_drift', await count(`SELECT count(*)::int AS n FROM invoices`));
    const drifted = await query<{ id: string; actual: number }>(
      db.url,
      `SELECT i.id, (SELECT count(*)::int FROM invoice_reminders r WHERE r."invoiceId" = i.id) AS actual FROM invoices i
        WHERE i."remindersSent" <> (SELECT count(*) FROM invoice_reminders r WHERE r."invoiceId" = i.id)`,
    );
    const record = anomaly('invoice_reminder_counter_drift');
    expect(ids(drifted)).toEqual(sorted(record.ids));
    for (const d of drifted) expect((record.details.actualReminders as Record<string, number>)[d.id]).toBe(d.actual);
  });

  test('finding 11: context configs that are valid, partial, carry unknown keys, or are malformed', async () => {
    const tenants = await count(`SELECT count(*)::int AS n FROM tenants`);
    for (const kind of [
      'context_config_valid',
      'context_config_partial',
      'context_config_unknown_keys',
      'context_config_malformed',
    ] as const) {
      expectRate(kind, tenants);
    }
    // The classification ANOMALIES.md gives, in SQL: malformed first, then unknown keys, then complete or partial.
    const classified = await query<{ id: string; shape: string }>(
      db.url,
      `WITH known(key, type) AS (VALUES ('includeCompetitors', 'boolean'), ('includeReviews', 'boolean'), ('maxSources', 'number'),
                                      ('tone', 'string'), ('language', 'string'), ('refreshIntervalDays', 'number'))
       SELECT t.id, CASE
           WHEN jsonb_typeof(t."contextConfig") <> 'object' THEN 'malformed'
           WHEN EXISTS (SELECT 1 FROM known k WHERE t."contextConfig" ? k.key AND jsonb_typeof(t."contextConfig"->k.key) <> k.type) THEN 'malformed'
           WHEN EXISTS (SELECT 1 FROM jsonb_object_keys(t."contextConfig") j(key) WHERE j.key NOT IN (SELECT key FROM known)) THEN 'unknown_keys'
           WHEN (SELECT count(*) FROM known k WHERE t."contextConfig" ? k.key) = 6 THEN 'valid'
           ELSE 'partial' END AS shape
         FROM tenants t WHERE t."contextConfig" IS NOT NULL`,
    );
    for (const shape of ['valid', 'partial', 'unknown_keys', 'malformed']) {
      expect(ids(classified.filter((c) => c.shape === shape)), shape).toEqual(
        sorted(anomaly(`context_config_${shape}` as keyof typeof ANOMALY_KINDS).ids),
      );
    }
  });

  test('finding 12: duplicate keywords per tenant, referenced from other tables', async () => {
    expectRate('keyword_duplicates', await count(`SELECT count(*)::int AS n FROM keywords`));
    const redundant = await query<{ id: string }>(
      db.url,
      `SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY "tenantId", lower(regexp_replace(btrim(keyword), '\\s+', ' ', 'g'))
                                                      ORDER BY "createdAt", id) AS rank FROM keywords) k WHERE rank > 1`,
    );
    const record = anomaly('keyword_duplicates');
    expect(ids(redundant)).toEqual(sorted(record.ids));
    const groups = await count(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM keywords GROUP BY "tenantId", lower(regexp_replace(btrim(keyword), '\\s+', ' ', 'g')) HAVING count(*) > 1) g`,
    );
    expect(record.details.groups).toBe(groups);
    expect(record.details.redundantRows).toBe(record.ids.length);
    const referencing = await count(`SELECT count(*)::int AS n FROM keyword_rankings WHERE "keywordId" = ANY($1)`, [record.ids]);
    expect(referencing).toBeGreaterThanOrEqual(record.ids.length);
    expect((record.details.referencingRows as Record<string, number>).keyword_rankings).toBe(referencing);
  });

  test('finding 13: FAQ snapshots that differ from the live FAQs', async () => {
    expectRate('faq_snapshot_differs', await count(`SELECT count(*)::int AS n FROM blog_post_versions`));
    const differs = await query<{ id: string }>(
      db.url,
      `SELECT v.id FROM blog_post_versions v WHERE v.faqs IS NOT NULL AND (
          EXISTS (SELECT e->>'question', e->>'answer', (e->>'position')::int FROM jsonb_array_elements(v.faqs) e
                  EXCEPT SELECT question, answer, position FROM blog_post_faqs f WHERE f."blogPostId" = v."blogPostId")
       OR EXISTS (SELECT question, answer, position FROM blog_post_faqs f WHERE f."blogPostId" = v."blogPostId"
                  EXCEPT SELECT e->>'question', e->>'answer', (e->>'position')::int FROM jsonb_array_elements(v.faqs) e))`,
    );
    expect(ids(differs)).toEqual(sorted(anomaly('faq_snapshot_differs').ids));
  });

  test('finding 15: credit balances with and without ledger history', async () => {
    const balances = await count(`SELECT count(*)::int AS n FROM credit_balances`);
    expectRate('credit_balance_without_ledger', balances);
    const rows = await query<{ id: string; first: Date | null }>(
      db.url,
      `SELECT b.id, (SELECT min(l."createdAt") FROM credit_ledger l WHERE l."tenantId" = b."tenantId") AS first FROM credit_balances b`,
    );
    expect(ids(rows.filter((r) => r.first === null))).toEqual(sorted(anomaly('credit_balance_without_ledger').ids));
    expect(ids(rows.filter((r) => r.first !== null))).toEqual(sorted(anomaly('credit_balance_with_ledger').ids));
    const earliest = anomaly('credit_balance_with_ledger').details.earliestLedgerEntryAt as Record<string, string>;
    for (const r of rows.filter((x) => x.first !== null)) expect(new Date(earliest[r.id]!).getTime(), r.id).toBe(r.first!.getTime());
  });

  test('finding 16: oddly cased and invalid status strings in every status column', async () => {
    const allowedByTable = statusValuesFromSchema();
    const odd: string[] = [];
    const invalid: string[] = [];
    for (const [table, allowed] of allowedByTable) {
      const rows = await query<{ id: string; status: string }>(db.url, `SELECT id, status FROM "${table}"`);
      const tableOdd = rows.filter((r) => r.status !== r.status.trim().toLowerCase() && allowed.includes(r.status.trim().toLowerCase()));
      const tableInvalid = rows.filter((r) => !allowed.includes(r.status.trim().toLowerCase()));
      expect(tableOdd.length, `${table}: odd case`).toBe(expectedCount(anomaly('status_odd_case').rate!, rows.length));
      expect(tableInvalid.length, `${table}: invalid`).toBe(expectedCount(anomaly('status_invalid').rate!, rows.length));
      odd.push(...ids(tableOdd));
      invalid.push(...ids(tableInvalid));
    }
    expect(odd.sort()).toEqual(sorted(anomaly('status_odd_case').ids));
    expect(invalid.sort()).toEqual(sorted(anomaly('status_invalid').ids));
    expect(anomaly('status_invalid').rate).toBe(RATES.status_invalid);
  });
});

describe('safety', () => {
  test('a database that holds rows is refused, and left as it was', async () => {
    const before = await tableCounts(db.url);
    await expect(seedDatabase({ databaseUrl: db.url, scale: 'demo', seed: 8 })).rejects.toThrow(SeedRefusedError);
    await expect(seedDatabase({ databaseUrl: db.url, scale: 'demo', seed: 8 })).rejects.toThrow(/--reset/);
    expect(await tableCounts(db.url)).toEqual(before);
  });

  test('with reset, the same seed loads the same data again (here through the large-scale path)', async () => {
    const definitions = () =>
      query<{ def: string }>(
        db.url,
        `SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace
          UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
      );
    const before = await definitions();
    // deferConstraints drops the foreign keys and indexes for the load and recreates them, validating every row.
    const again = await seedDatabase({ databaseUrl: db.url, scale: 'demo', seed: 7, rates: RATES, reset: true, deferConstraints: true });
    expect(await definitions()).toEqual(before);
    expect(again.tables).toEqual(manifest.tables);
    const counts = await tableCounts(db.url);
    for (const [table, entry] of Object.entries(again.tables)) expect(counts[table], table).toBe(entry.rows);
  });
});
