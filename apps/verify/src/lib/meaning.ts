// Meaning, row by row. Counting rows and values proves nothing was lost to an auditor; these checks
// prove that what the application reads from a row still means what it meant before the migrations:
//   - every blog post lists exactly the FAQs it listed before (a version's FAQ in the live list is
//     an old answer shown as current);
//   - every contact entry is still the entry of the lead it was captured from (on the row, or, where
//     the migration overwrote the lead, in the quarantine), and sits on that lead's contact;
//   - a person found by the crawler went only to the tenants that prospected the domain (never to a
//     tenant with only a backlink from it), and what no tenant used is kept nowhere;
//   - each planted near-duplicate keyword was merged into its keeper, and the database now refuses
//     that keyword again in another case or spacing;
//   - every tenant's typed context settings hold what its JSON config said (meaning-settings.ts);
//   - every status change a subscription's JSON log held is one log row, the same change at the same
//     time (meaning-status-log.ts).
// `captureMeaning` runs after the seed and before the migrations; `checkMeaning` after them. Each
// check belongs to the finding whose migration changes that meaning and runs only when the run
// applies it.
import { withPgClient, type Finding } from '@leadmetrics/db';
import { QUARANTINE_TABLE } from '@leadmetrics/db/migrations';
import type { ValueMappingEntry } from '@leadmetrics/db/migrations';
import type { Manifest } from '@leadmetrics/seed';
import type pg from 'pg';
import { contextSettings } from './meaning-settings.js';
import { statusChangeLog } from './meaning-status-log.js';

export interface MeaningCheckResult {
  check: string;
  migration: string;
  /** Rows (posts, contact entries, people, keywords, tenants, log entries) compared one by one. */
  rows: number;
  /** One line per row whose meaning changed (the first ones when there are many). */
  problems: string[];
}

export type Before = Record<string, unknown>;

/** What a check reads after the migrations besides the database: the folder, the seed's manifest, the operator's mapping. */
export interface MeaningContext {
  migration: string;
  manifest: Manifest | undefined;
  mapping: readonly ValueMappingEntry[];
}

export interface MeaningCheck {
  name: string;
  finding: number;
  before(client: pg.Client): Promise<Before>;
  after(client: pg.Client, before: Before, context: MeaningContext): Promise<{ rows: number; problems: string[] }>;
}

export type MeaningSnapshot = Record<string, Before>;

const SHOWN = 10;

/** The first problems, and how many more there were. */
function shown(problems: string[]): string[] {
  return problems.length <= SHOWN ? problems : [...problems.slice(0, SHOWN), `... and ${problems.length - SHOWN} more`];
}

const liveFaqLists: MeaningCheck = {
  name: 'every post lists the FAQs it listed before',
  finding: 13,
  async before(client) {
    const rows = await client.query<{ post: string; faqs: string }>(FAQ_LISTS);
    return { lists: new Map(rows.rows.map((r) => [r.post, r.faqs])) };
  },
  async after(client, before) {
    const lists = before.lists as Map<string, string>;
    const now = new Map((await client.query<{ post: string; faqs: string }>(FAQ_LISTS)).rows.map((r) => [r.post, r.faqs]));
    const problems: string[] = [];
    const count = (faqs: string | undefined) => (faqs ? (JSON.parse(faqs) as unknown[]).length : 0);
    for (const post of new Set([...lists.keys(), ...now.keys()])) {
      if (lists.get(post) !== now.get(post))
        problems.push(
          `blog post ${post}: its FAQ relation lists ${count(now.get(post))} FAQ(s), before the migrations it listed ${count(lists.get(post))} (a version's FAQ in the live list, or a live one lost)`,
        );
    }
    return { rows: lists.size, problems };
  },
};
/** Per post, its FAQs as the relation BlogPost -> blog_post_faqs returns them, in a stable order. */
const FAQ_LISTS = `SELECT "blogPostId" AS post, jsonb_agg(jsonb_build_array(id, question, answer, position) ORDER BY id)::text AS faqs
                     FROM blog_post_faqs GROUP BY "blogPostId"`;

const entryLeads: MeaningCheck = {
  name: 'every contact entry still belongs to the lead it was captured from',
  finding: 8,
  async before(client) {
    const rows = await client.query<{ id: string; leadId: string }>(`SELECT id, "leadId" FROM lead_contacts`);
    return { leadOf: new Map(rows.rows.map((r) => [r.id, r.leadId])) };
  },
  async after(client, before, { migration }) {
    const leadOf = before.leadOf as Map<string, string>;
    const rows = await client.query<{
      id: string;
      leadId: string | null;
      contactId: string;
      leadContact: string | null;
      kept: string | null;
      whole: string | null;
    }>(
      `SELECT e.id, m."leadId", m."contactId", l."contactId" AS "leadContact", kept.value #>> '{}' AS kept, whole.value ->> 'leadId' AS whole
         FROM unnest($1::text[]) AS e(id)
         LEFT JOIN contact_methods m ON m.id = e.id
         LEFT JOIN leads l ON l.id = m."leadId"
         LEFT JOIN ${QUARANTINE_TABLE} kept ON kept.migration = $2 AND kept."rowId" = e.id AND kept."columnName" = 'leadId'
         LEFT JOIN ${QUARANTINE_TABLE} whole ON whole.migration = $2 AND whole."rowId" = e.id AND whole."columnName" IS NULL`,
      [[...leadOf.keys()], migration],
    );
    const problems: string[] = [];
    for (const r of rows.rows) {
      const lead = leadOf.get(r.id)!;
      const where = r.contactId === null ? r.whole : (r.leadId ?? r.kept);
      if (where !== lead)
        problems.push(
          `contact entry ${r.id} of lead ${lead}: ${where === null ? 'its lead is recorded nowhere' : `now says lead ${where}`}`,
        );
      else if (r.leadId !== null && r.contactId !== r.leadContact)
        problems.push(
          `contact entry ${r.id} of lead ${lead}: on contact ${r.contactId}, but the lead's contact is ${r.leadContact ?? 'none'}`,
        );
    }
    return { rows: leadOf.size, problems };
  },
};

interface CrawlAttribution {
  domain: string;
  prospectedBy?: string[];
  backlinkOnly?: string[];
}

const crawledPeople: MeaningCheck = {
  name: 'a crawled person went only to the tenants that prospected the domain',
  finding: 4,
  async before(client) {
    const people = await client.query<{ id: string; email: string | null }>(
      `SELECT id, lower(nullif(btrim("recipientEmail"), '')) AS email FROM crawl_cache
        WHERE nullif(btrim("recipientEmail"), '') IS NOT NULL OR nullif(btrim("recipientName"), '') IS NOT NULL`,
    );
    const emails = people.rows.map((p) => p.email).filter((e): e is string => e !== null);
    const known = await client.query<{ pair: string }>(
      `SELECT DISTINCT "tenantId" || ' ' || lower(btrim(email)) AS pair FROM contacts WHERE lower(btrim(email)) = ANY($1::text[])`,
      [emails],
    );
    return { emailOf: new Map(people.rows.map((p) => [p.id, p.email])), known: new Set(known.rows.map((r) => r.pair)) };
  },
  async after(client, before, { migration, manifest }) {
    const emailOf = before.emailOf as Map<string, string | null>;
    const known = before.known as Set<string>;
    const usedBy = (manifest?.anomalies.crawl_cache_personal_data?.details.usedBy ?? {}) as Record<string, CrawlAttribution>;
    const emails = [...emailOf.values()].filter((e): e is string => e !== null);
    const now = new Set(
      (
        await client.query<{ pair: string }>(
          `SELECT DISTINCT "tenantId" || ' ' || lower(btrim(email)) AS pair FROM contacts WHERE lower(btrim(email)) = ANY($1::text[])`,
          [emails],
        )
      ).rows.map((r) => r.pair),
    );
    const problems: string[] = [];
    for (const [id, email] of emailOf) {
      const planted = usedBy[id];
      if (!planted?.prospectedBy) {
        problems.push(`crawl_cache ${id}: the seed's manifest does not say which tenants prospected its domain`);
        continue;
      }
      if (email === null) continue;
      for (const tenant of planted.prospectedBy)
        if (!now.has(`${tenant} ${email}`))
          problems.push(`crawl_cache ${id} (${planted.domain}): tenant ${tenant} prospected the domain but has no contact ${email}`);
      for (const tenant of planted.backlinkOnly ?? [])
        if (now.has(`${tenant} ${email}`) && !known.has(`${tenant} ${email}`))
          problems.push(
            `crawl_cache ${id} (${planted.domain}): tenant ${tenant} only has a backlink from the domain, yet got contact ${email}`,
          );
    }
    const kept = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${QUARANTINE_TABLE} WHERE migration = $1`, [migration]);
    if (Number(kept.rows[0]!.n) > 0)
      problems.push(`${kept.rows[0]!.n} value(s) of people no tenant used are kept in ${QUARANTINE_TABLE} instead of erased`);
    return { rows: emailOf.size, problems };
  },
};

const nearDuplicateKeywords: MeaningCheck = {
  name: 'near-duplicate keywords merged, and refused from now on',
  finding: 12,
  async before() {
    return {};
  },
  async after(client, _before, { manifest }) {
    const members = (manifest?.anomalies.keyword_duplicates?.details.members ?? {}) as Record<string, string[]>;
    const problems: string[] = [];
    const keepers = Object.keys(members);
    const rows = await client.query<{ id: string; tenantId: string; keyword: string }>(
      `SELECT id, "tenantId", keyword FROM keywords WHERE id = ANY($1::text[])`,
      [[...keepers, ...Object.values(members).flat()]],
    );
    const byId = new Map(rows.rows.map((r) => [r.id, r]));
    for (const [keeper, duplicates] of Object.entries(members)) {
      if (!byId.has(keeper)) problems.push(`keyword ${keeper}: the keeper of its group is gone`);
      for (const d of duplicates.filter((d) => byId.has(d))) problems.push(`keyword ${d}: still beside ${keeper}, which it repeats`);
    }
    // Each keeper's text again, upper-cased and with doubled spaces: the database must refuse it.
    for (const keeper of keepers.filter((k) => byId.has(k))) {
      const { tenantId, keyword } = byId.get(keeper)!;
      const variant = ` ${keyword.toUpperCase().replace(/ /g, '  ')} `;
      await client.query('BEGIN');
      try {
        await client.query(`INSERT INTO keywords (id, "tenantId", keyword, "updatedAt") VALUES ('verify-near-duplicate', $1, $2, now())`, [
          tenantId,
          variant,
        ]);
        problems.push(`keyword ${keeper} ("${keyword}"): the database accepted "${variant}" beside it in the same tenant`);
      } catch (error) {
        if ((error as { code?: string }).code !== '23505') throw error;
      } finally {
        await client.query('ROLLBACK');
      }
    }
    return { rows: keepers.length, problems };
  },
};

const CHECKS: MeaningCheck[] = [liveFaqLists, entryLeads, crawledPeople, nearDuplicateKeywords, contextSettings, statusChangeLog];

/** The checks whose finding's migration this run applies, with that migration's folder name. */
function applicable(findings: readonly Finding[], toApply: readonly string[]): { check: MeaningCheck; migration: string }[] {
  return CHECKS.flatMap((check) => {
    const migration = findings.find((f) => f.id === check.finding)?.migration;
    return migration && toApply.includes(migration) ? [{ check, migration }] : [];
  });
}

export async function captureMeaning(url: string, findings: readonly Finding[], toApply: readonly string[]): Promise<MeaningSnapshot> {
  return withPgClient(url, async (client) => {
    const snapshot: MeaningSnapshot = {};
    for (const { check } of applicable(findings, toApply)) snapshot[check.name] = await check.before(client);
    return snapshot;
  });
}

export async function checkMeaning(
  url: string,
  before: MeaningSnapshot,
  findings: readonly Finding[],
  toApply: readonly string[],
  manifest: Manifest | undefined,
  mapping: readonly ValueMappingEntry[],
): Promise<MeaningCheckResult[]> {
  return withPgClient(url, async (client) => {
    const results: MeaningCheckResult[] = [];
    for (const { check, migration } of applicable(findings, toApply)) {
      const captured = before[check.name];
      if (!captured) {
        results.push({ check: check.name, migration, rows: 0, problems: ['nothing was captured before the migrations'] });
        continue;
      }
      const { rows, problems } = await check.after(client, captured, { migration, manifest, mapping });
      results.push({ check: check.name, migration, rows, problems: shown(problems) });
    }
    return results;
  });
}
