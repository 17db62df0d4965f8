// The proof that nothing either application committed was lost: every journal entry is looked up
// in the final database, in the form that database has (after the whole chain: the corrected form,
// e.g. a legacy contact entry as a contact method of its lead's contact, a legacy JSON log entry as
// a subscription_logs row). A row the chain moved to migration_quarantine is accounted for, not
// lost, as verify's accounting counts it; anything else missing or different is a lost write.
import type pg from 'pg';
import { checkLedgerBalance, countTableRows, readLedger, withPgClient, type TableCounts } from './db.js';
import type { JournalEntry, WriteKind } from './types.js';

export interface LostWrite {
  kind: WriteKind;
  app: JournalEntry['app'];
  key: string;
  expected: JournalEntry['values'];
  found: string;
}

export interface WriteCheck {
  committed: number;
  /** Distinct things checked (the last write of an overwritten value counts once). */
  checked: number;
  present: number;
  quarantined: number;
  lost: LostWrite[];
  byKind: Record<string, { checked: number; present: number; quarantined: number; lost: number }>;
}

/** For values overwritten later (a lead's status), only the last committed write is what the database must show. */
function lastWrites(journal: readonly JournalEntry[]): JournalEntry[] {
  const last = new Map<string, JournalEntry>();
  for (const entry of [...journal].sort((a, b) => a.committedMs - b.committedMs)) last.set(entry.key, entry);
  return [...last.values()];
}

async function tableExists(client: pg.Client, table: string): Promise<boolean> {
  return (await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${table}`])).rows[0].present;
}

async function rowsById(client: pg.Client, sql: string, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  if (ids.length === 0) return new Map();
  const result = await client.query(sql, [ids]);
  return new Map(result.rows.map((row) => [String(row.key), row]));
}

/** 'present', QUARANTINED, or what was found instead. */
type Verdict = string;
const QUARANTINED = 'quarantined';

/** The final database's view of each kind of write: a verdict per journal entry ('present' or what was found instead). */
async function verdicts(client: pg.Client, kind: WriteKind, entries: JournalEntry[]): Promise<Verdict[]> {
  const ids = entries.map((e) => String(e.values.id ?? e.values.subscriptionId));
  const same = (row: Record<string, unknown> | undefined, pairs: [string, unknown][]): Verdict => {
    if (!row) return 'no row';
    const wrong = pairs.filter(([column, value]) => String(row[column]) !== String(value));
    return wrong.length === 0 ? 'present' : wrong.map(([column]) => `${column}=${JSON.stringify(row[column])}`).join(', ');
  };
  switch (kind) {
    case 'lead-status': {
      const rows = await rowsById(client, `SELECT id AS key, status::text AS status FROM leads WHERE id = ANY($1)`, ids);
      return entries.map((e) => same(rows.get(String(e.values.id)), [['status', e.values.status]]));
    }
    case 'faq-added': {
      const versioned =
        (
          await client.query(
            `SELECT 1 FROM information_schema.columns WHERE table_name = 'blog_post_faqs' AND column_name = 'blogPostVersionId'`,
          )
        ).rowCount! > 0;
      const rows = await rowsById(
        client,
        `SELECT id AS key, "blogPostId", question, answer, position, ${versioned ? `"blogPostVersionId" IS NULL` : 'true'} AS live FROM blog_post_faqs WHERE id = ANY($1)`,
        ids,
      );
      return entries.map((e) =>
        same(rows.get(String(e.values.id)), [
          ['blogPostId', e.values.blogPostId],
          ['question', e.values.question],
          ['answer', e.values.answer],
          ['position', e.values.position],
          ['live', true],
        ]),
      );
    }
    case 'reminder-recorded': {
      const rows = await rowsById(client, `SELECT id AS key, "invoiceId", kind FROM invoice_reminders WHERE id = ANY($1)`, ids);
      return entries.map((e) =>
        same(rows.get(String(e.values.id)), [
          ['invoiceId', e.values.invoiceId],
          ['kind', e.values.kind],
        ]),
      );
    }
    case 'contact-entry':
      return contactEntryVerdicts(client, entries, same);
    case 'subscription-transition':
      return subscriptionVerdicts(client, entries);
    case 'version-saved':
      return versionVerdicts(client, entries);
    case 'crawl-job': {
      // Under its new name once finding 17 renamed it (the old name may still be a view of it).
      const table = (await tableExists(client, 'rag_ingest_jobs')) ? 'rag_ingest_jobs' : 'rag_crawl_jobs';
      const rows = await rowsById(client, `SELECT id AS key, "datasetId", "startUrl" FROM ${table} WHERE id = ANY($1)`, ids);
      return entries.map((e) =>
        same(rows.get(String(e.values.id)), [
          ['datasetId', e.values.datasetId],
          ['startUrl', e.values.startUrl],
        ]),
      );
    }
    case 'settings-saved':
      return settingsVerdicts(client, entries, same);
    case 'keyword-inserted': {
      const rows = await rowsById(client, `SELECT id AS key, "tenantId", keyword FROM keywords WHERE id = ANY($1)`, ids);
      return entries.map((e) =>
        same(rows.get(String(e.values.id)), [
          ['tenantId', e.values.tenantId],
          ['keyword', e.values.keyword],
        ]),
      );
    }
  }
}

/** A version's FAQs as (position, question, answer), in position order, for comparing two lists. */
const faqList = (faqs: unknown): string =>
  JSON.stringify(
    ((faqs ?? []) as { question: string; answer: string; position: number }[])
      .map((f) => [Number(f.position), f.question, f.answer])
      .sort((a, b) => Number(a[0]) - Number(b[0])),
  );

/**
 * Where this database keeps a version's FAQs, as a query of (key, blogPostId, faqs) by version id:
 * rows of blog_post_version_faqs (the phased chain), rows of blog_post_faqs marked with the version
 * (the single-transaction chain before meaning was kept: those rows also carry the post's id, so they
 * show in its live list, which the verdict reports), or the legacy JSON snapshot.
 */
async function versionFaqsQuery(client: pg.Client): Promise<string> {
  const faqsOf = (table: string) =>
    `SELECT v.id AS key, v."blogPostId", (SELECT jsonb_agg(jsonb_build_object('question', f.question, 'answer', f.answer, 'position', f.position))
                                           FROM ${table} f WHERE f."blogPostVersionId" = v.id) AS faqs
       FROM blog_post_versions v WHERE v.id = ANY($1)`;
  if (await tableExists(client, 'blog_post_version_faqs')) return faqsOf('blog_post_version_faqs');
  const versionColumn = await client.query(
    `SELECT 1 FROM information_schema.columns WHERE table_name = 'blog_post_faqs' AND column_name = 'blogPostVersionId'`,
  );
  if (versionColumn.rowCount) return faqsOf('blog_post_faqs');
  return `SELECT id AS key, "blogPostId", faqs FROM blog_post_versions WHERE id = ANY($1)`;
}

/**
 * A version's FAQs where the database keeps them: rows of blog_post_version_faqs once finding 13's
 * expand step made them (the trigger converts the legacy snapshot), the legacy JSON snapshot before.
 * None of them may show in the post's live FAQ list.
 */
async function versionVerdicts(client: pg.Client, entries: JournalEntry[]): Promise<Verdict[]> {
  const ids = entries.map((e) => String(e.values.id));
  const rows = await rowsById(client, await versionFaqsQuery(client), ids);
  const inLiveList = new Set(
    (
      await client.query<{ post: string; question: string }>(
        `SELECT "blogPostId" AS post, question FROM blog_post_faqs WHERE question LIKE 'VQ %'`,
      )
    ).rows.map((r) => `${r.post}\u0000${r.question}`),
  );
  return entries.map((e) => {
    const row = rows.get(String(e.values.id));
    if (!row) return 'no row';
    const expected = JSON.parse(String(e.values.faqs)) as { question: string }[];
    if (expected.some((f) => inLiveList.has(`${String(e.values.blogPostId)}\u0000${f.question}`))) return 'a version FAQ in the live list';
    const found = faqList(row.faqs);
    return found === faqList(expected) ? 'present' : `faqs=${found}`;
  });
}

/**
 * A tenant's context settings: its typed row once finding 11 made the table (its trigger reads the
 * legacy JSON into it), the legacy JSON before.
 */
async function settingsVerdicts(
  client: pg.Client,
  entries: JournalEntry[],
  same: (row: Record<string, unknown> | undefined, pairs: [string, unknown][]) => Verdict,
): Promise<Verdict[]> {
  const ids = entries.map((e) => String(e.values.id));
  const rows = (await tableExists(client, 'tenant_context_configs'))
    ? await rowsById(client, `SELECT "tenantId" AS key, "maxSources", tone FROM tenant_context_configs WHERE "tenantId" = ANY($1)`, ids)
    : await rowsById(
        client,
        `SELECT id AS key, ("contextConfig" ->> 'maxSources')::numeric::integer AS "maxSources", "contextConfig" ->> 'tone' AS tone FROM tenants WHERE id = ANY($1)`,
        ids,
      );
  return entries.map((e) =>
    same(rows.get(String(e.values.id)), [
      ['maxSources', e.values.maxSources],
      ['tone', e.values.tone],
    ]),
  );
}

/**
 * In the corrected form an entry hangs off a contact: a legacy entry must belong to the contact its
 * lead now points at. Before the chain renamed the table it is still the lead's entry.
 */
async function contactEntryVerdicts(
  client: pg.Client,
  entries: JournalEntry[],
  same: (row: Record<string, unknown> | undefined, pairs: [string, unknown][]) => Verdict,
): Promise<Verdict[]> {
  const ids = entries.map((e) => String(e.values.id));
  if (!(await tableExists(client, 'contact_methods'))) {
    const rows = await rowsById(client, `SELECT id AS key, "leadId", channel, value FROM lead_contacts WHERE id = ANY($1)`, ids);
    return entries.map((e) =>
      e.values.leadId === null
        ? 'written to contact_methods, which is gone'
        : same(rows.get(String(e.values.id)), [
            ['leadId', e.values.leadId],
            ['channel', e.values.channel],
            ['value', e.values.value],
          ]),
    );
  }
  const rows = await rowsById(
    client,
    `SELECT id AS key, "contactId", channel::text AS channel, value FROM contact_methods WHERE id = ANY($1)`,
    ids,
  );
  const leadIds = entries.map((e) => e.values.leadId).filter((id): id is string => typeof id === 'string');
  const leadContacts = await rowsById(client, `SELECT id AS key, "contactId" FROM leads WHERE id = ANY($1)`, leadIds);
  return entries.map((e) => {
    const contactId =
      e.values.leadId === null ? e.values.contactId : (leadContacts.get(String(e.values.leadId))?.contactId ?? '(lead has no contact)');
    return same(rows.get(String(e.values.id)), [
      ['contactId', contactId],
      ['channel', e.values.channel],
      ['value', e.values.value],
    ]);
  });
}

/**
 * A transition is a log row (from the JSON entry, or written directly by the corrected
 * application) with its status and note; the subscription's status must be the last one written.
 * Before the chain created subscription_logs the entry is still in the JSON array.
 */
async function subscriptionVerdicts(client: pg.Client, entries: JournalEntry[]): Promise<Verdict[]> {
  const subscriptionIds = [...new Set(entries.map((e) => String(e.values.subscriptionId)))];
  const logs = (await tableExists(client, 'subscription_logs'))
    ? await client.query(
        `SELECT "subscriptionId" AS sub, "toStatus"::text AS status, note FROM subscription_logs WHERE "subscriptionId" = ANY($1)`,
        [subscriptionIds],
      )
    : await client.query(
        `SELECT s.id AS sub, e->>'to' AS status, e->>'reason' AS note FROM subscriptions s, jsonb_array_elements(s."statusChangeLogs") e WHERE s.id = ANY($1)`,
        [subscriptionIds],
      );
  const logged = new Set(logs.rows.map((row) => `${row.sub}\u0000${row.status}\u0000${row.note}`));
  // An entry the chain could not turn into a row (e.g. its "from" was a status the legacy data held
  // that is no member of the enum) is kept whole in the quarantine, under its subscription.
  const quarantined = new Set(
    (
      await client
        .query(
          `SELECT "rowId" AS sub, value ->> 'reason' AS note FROM migration_quarantine WHERE "tableName" = 'subscriptions' AND "rowId" = ANY($1) AND jsonb_typeof(value) = 'object'`,
          [subscriptionIds],
        )
        .catch(() => ({ rows: [] as { sub: string; note: string }[] }))
    ).rows.map((row) => `${row.sub}\u0000${row.note}`),
  );
  const statuses = await rowsById(
    client,
    `SELECT id AS key, status::text AS status FROM subscriptions WHERE id = ANY($1)`,
    subscriptionIds,
  );
  const lastBySubscription = new Map<string, JournalEntry>();
  for (const entry of [...entries].sort((a, b) => a.committedMs - b.committedMs))
    lastBySubscription.set(String(entry.values.subscriptionId), entry);
  return entries.map((e) => {
    const problems: string[] = [];
    if (quarantined.has(`${e.values.subscriptionId}\u0000${e.values.note}`)) return QUARANTINED;
    if (!logged.has(`${e.values.subscriptionId}\u0000${e.values.toStatus}\u0000${e.values.note}`))
      problems.push('no log row with this status and note');
    const status = statuses.get(String(e.values.subscriptionId))?.status;
    if (lastBySubscription.get(String(e.values.subscriptionId)) === e && status !== e.values.toStatus)
      problems.push(`subscription status=${JSON.stringify(status)}`);
    return problems.length === 0 ? 'present' : problems.join(', ');
  });
}

/** Checks every committed write against the final database. */
export async function checkJournal(databaseUrl: string, journal: readonly JournalEntry[]): Promise<WriteCheck> {
  return withPgClient(databaseUrl, async (client) => {
    const entries = lastWrites(journal);
    const quarantined = new Set(
      (
        await client
          .query(`SELECT "rowId" FROM migration_quarantine WHERE "rowId" IS NOT NULL`)
          .catch(() => ({ rows: [] as { rowId: string }[] }))
      ).rows.map((row) => row.rowId),
    );
    const result: WriteCheck = { committed: journal.length, checked: entries.length, present: 0, quarantined: 0, lost: [], byKind: {} };
    const kinds = [...new Set(entries.map((e) => e.kind))];
    for (const kind of kinds) {
      const ofKind = entries.filter((e) => e.kind === kind);
      const tally = (result.byKind[kind] = { checked: ofKind.length, present: 0, quarantined: 0, lost: 0 });
      const found = await verdicts(client, kind, ofKind);
      ofKind.forEach((entry, i) => {
        const id = String(entry.values.id ?? '');
        if (found[i] === 'present') {
          tally.present++;
          result.present++;
        } else if (found[i] === QUARANTINED || (id && quarantined.has(id))) {
          tally.quarantined++;
          result.quarantined++;
        } else {
          tally.lost++;
          result.lost.push({ kind, app: entry.app, key: entry.key, expected: entry.values, found: found[i]! });
        }
      });
    }
    return result;
  });
}

/** Rows each table gained from the applications, under the table's final name. */
function workloadInserts(journal: readonly JournalEntry[], after: TableCounts): TableCounts {
  const inserts: TableCounts = {};
  const add = (table: string, rows = 1) => (inserts[table] = (inserts[table] ?? 0) + rows);
  for (const entry of journal) {
    if (entry.kind === 'faq-added') add('blog_post_faqs');
    if (entry.kind === 'version-saved') add('blog_post_versions');
    // The corrected application writes a version's FAQ rows itself; the legacy application's snapshot
    // becomes rows through the chain, which the ledger books.
    if (entry.kind === 'version-saved' && entry.app === 'corrected')
      add('blog_post_version_faqs', (JSON.parse(String(entry.values.faqs)) as unknown[]).length);
    if (entry.kind === 'crawl-job') add('rag_ingest_jobs' in after ? 'rag_ingest_jobs' : 'rag_crawl_jobs');
    if (entry.kind === 'reminder-recorded') add('invoice_reminders');
    if (entry.kind === 'keyword-inserted') add('keywords');
    if (entry.kind === 'contact-entry') add('contact_methods' in after ? 'contact_methods' : 'lead_contacts');
    // A legacy transition is a JSON entry until the chain turns it into a row, which the ledger books.
    if (entry.kind === 'subscription-transition' && entry.values.logId !== null) add('subscription_logs');
  }
  return inserts;
}

/**
 * Verify's table-by-table balance (rows before + inserted - deleted by the migrations = rows after),
 * with what the applications inserted meanwhile taken out of the final counts.
 */
export async function checkLedger(databaseUrl: string, before: TableCounts, journal: readonly JournalEntry[]): Promise<string[]> {
  const after = await countTableRows(databaseUrl);
  for (const [table, rows] of Object.entries(workloadInserts(journal, after))) if (table in after) after[table]! -= rows;
  const ledger = await readLedger(databaseUrl).catch(() => []);
  return checkLedgerBalance(before, after, ledger).problems;
}
