// A small hand-made legacy dataset with known anomalies, for the migration tests that need exact
// expectations (edge cases the seed does not aim at: ambiguous backlink matches, cross-tenant
// references, users both without a membership and in another tenant ...). Each anomaly's
// expected ids are written down next to the rows that create it, not read back from a migration.
import type pg from 'pg';

type Row = Record<string, unknown>;

interface ColumnInfo {
  name: string;
  type: string;
  required: boolean;
}

/**
 * Inserts rows, filling every NOT NULL column without a default that the row does not name with
 * a neutral value of its type, so fixtures only spell out what the test is about.
 */
export class FixtureWriter {
  private readonly columns = new Map<string, ColumnInfo[]>();
  constructor(private readonly client: pg.Client) {}

  private async columnsOf(table: string): Promise<ColumnInfo[]> {
    let columns = this.columns.get(table);
    if (!columns) {
      const result = await this.client.query<{ name: string; type: string; required: boolean }>(
        `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
                a.attnotnull AND NOT a.atthasdef AS required
           FROM pg_attribute a
          WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped`,
        [`public."${table}"`],
      );
      if (result.rows.length === 0) throw new Error(`fixture: no table "${table}" in the database`);
      columns = result.rows;
      this.columns.set(table, columns);
    }
    return columns;
  }

  private static filler(column: ColumnInfo, row: Row): unknown {
    if (column.type.startsWith('timestamp') || column.type === 'date') return new Date('2026-01-01T00:00:00Z');
    if (column.type === 'integer' || column.type === 'bigint' || column.type === 'double precision' || column.type.startsWith('numeric'))
      return 0;
    if (column.type === 'boolean') return false;
    if (column.type === 'jsonb' || column.type === 'json') return '{}';
    if (column.type.endsWith('[]')) return '{}';
    return `${column.name}-${String(row.id ?? 'x')}`;
  }

  async insert(table: string, rows: Row | Row[]): Promise<void> {
    const columns = await this.columnsOf(table);
    for (const row of Array.isArray(rows) ? rows : [rows]) {
      const values: Row = { ...row };
      for (const column of columns) {
        if (column.required && !(column.name in values)) values[column.name] = FixtureWriter.filler(column, row);
      }
      const names = Object.keys(values);
      const unknown = names.filter((name) => !columns.some((c) => c.name === name));
      if (unknown.length > 0) throw new Error(`fixture: table "${table}" has no column(s) ${unknown.join(', ')}`);
      await this.client.query(
        `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`,
        names.map((n) => values[n]),
      );
    }
  }
}

/** What the fixtures planted, in the shape of the seed's manifest (only the parts the tests read). */
export interface FixtureManifest {
  anomalies: Record<string, { count: number; ids: string[] }>;
}

const anomaly = (ids: string[]) => ({ count: ids.length, ids });
const day = (d: number) => new Date(Date.UTC(2026, 0, d));

type PlantedAnomalies = FixtureManifest['anomalies'];

async function plantTenants(w: FixtureWriter): Promise<void> {
  await w.insert('tenants', [
    { id: 't1', name: 'Tenant One', slug: 't1', createdAt: day(1) },
    { id: 't2', name: 'Tenant Two', slug: 't2', createdAt: day(2) },
    { id: 't3', name: 'Tenant Three', slug: 't3', createdAt: day(3) },
  ]);
}

// Finding 1. u1 is consistent; u2 has a tenantId without membership; u3 is also a member
// elsewhere; u4 is both (tenantId t2, member of t1 only); u5 has no tenantId at all.
async function plantDualMembership(w: FixtureWriter): Promise<PlantedAnomalies> {
  await w.insert('users', [
    { id: 'u1', email: 'u1@example.test', tenantId: 't1', createdAt: day(4) },
    { id: 'u2', email: 'u2@example.test', tenantId: 't1', createdAt: day(5) },
    { id: 'u3', email: 'u3@example.test', tenantId: 't1', createdAt: day(6) },
    { id: 'u4', email: 'u4@example.test', tenantId: 't2', createdAt: day(7) },
    { id: 'u5', email: 'u5@example.test', tenantId: null, createdAt: day(8) },
  ]);
  await w.insert('tenant_members', [
    { id: 'm1', tenantId: 't1', userId: 'u1', role: 'owner' },
    { id: 'm3a', tenantId: 't1', userId: 'u3', role: 'admin' },
    { id: 'm3b', tenantId: 't2', userId: 'u3', role: 'viewer' },
    { id: 'm4', tenantId: 't1', userId: 'u4' },
    { id: 'm5', tenantId: 't2', userId: 'u5' },
  ]);
  return {
    user_without_membership: anomaly(['u2', 'u4']),
    member_of_other_tenant: anomaly(['m3b', 'm4']), // the memberships outside the user's tenantId
  };
}

// Finding 2. a2 dangles; a3 points at another tenant's deliverable (not the catalog's kind).
async function plantActivitySourceDeliverables(w: FixtureWriter): Promise<PlantedAnomalies> {
  await w.insert('strategies', [
    { id: 's1', tenantId: 't1' },
    { id: 's2', tenantId: 't2' },
  ]);
  await w.insert('deliverables', [
    { id: 'd1', tenantId: 't1', strategyId: 's1' },
    { id: 'd2', tenantId: 't2', strategyId: 's2' },
  ]);
  await w.insert('activities', [
    { id: 'a1', tenantId: 't1', sourceDeliverableId: 'd1' },
    { id: 'a2', tenantId: 't1', sourceDeliverableId: 'd-deleted' },
    { id: 'a3', tenantId: 't1', sourceDeliverableId: 'd2' },
    { id: 'a4', tenantId: 't2', sourceDeliverableId: null },
  ]);
  return { dangling_source_deliverable: anomaly(['a2']) };
}

// Finding 5. Rows of a tenant that does not exist.
async function plantHelpRowsOfMissingTenants(w: FixtureWriter): Promise<PlantedAnomalies> {
  await w.insert('help_page_ratings', [
    { id: 'r1', tenantId: 't1', helpful: true },
    { id: 'r2', tenantId: 't-gone', helpful: false, comment: 'kept in quarantine' },
    { id: 'r3', tenantId: 't-gone', helpful: true },
  ]);
  await w.insert('help_search_events', [
    { id: 'q1', tenantId: 't2', query: 'invoices', resultsShown: 3 },
    { id: 'q2', tenantId: 't-never', query: 'export', resultsShown: 0 },
  ]);
  return {
    help_rating_orphan: anomaly(['r2', 'r3']),
    help_search_orphan: anomaly(['q2']),
  };
}

// Finding 9. h1 matches b1 alone; h2's url has two backlinks; h3's url has none; h4 and h5
// both name b4 (one link, two health rows); h6 matches a url of another campaign only.
async function plantBacklinkHealth(w: FixtureWriter): Promise<PlantedAnomalies> {
  await w.insert('campaigns', [
    { id: 'c1', tenantId: 't1' },
    { id: 'c2', tenantId: 't1' },
  ]);
  await w.insert('backlinks', [
    { id: 'b1', tenantId: 't1', campaignId: 'c1', sourceUrl: 'https://a.example/1' },
    { id: 'b2', tenantId: 't1', campaignId: 'c1', sourceUrl: 'https://a.example/2' },
    { id: 'b3', tenantId: 't1', campaignId: 'c1', sourceUrl: 'https://a.example/2' },
    { id: 'b4', tenantId: 't1', campaignId: 'c1', sourceUrl: 'https://a.example/4' },
    { id: 'b5', tenantId: 't1', campaignId: 'c2', sourceUrl: 'https://a.example/6' },
  ]);
  await w.insert('backlink_health', [
    { id: 'h1', tenantId: 't1', campaignId: 'c1', url: 'https://a.example/1' },
    { id: 'h2', tenantId: 't1', campaignId: 'c1', url: 'https://a.example/2' },
    { id: 'h3', tenantId: 't1', campaignId: 'c1', url: 'https://a.example/3' },
    { id: 'h4', tenantId: 't1', campaignId: 'c1', url: 'https://a.example/4' },
    { id: 'h5', tenantId: 't1', campaignId: 'c1', url: 'https://a.example/4' },
    { id: 'h6', tenantId: 't1', campaignId: 'c1', url: 'https://a.example/6' },
  ]);
  return {
    backlink_health_matchable: anomaly(['h1']),
    backlink_health_unmatchable: anomaly(['h2', 'h3', 'h4', 'h5', 'h6']),
  };
}

// Finding 10. i2 and i3 drifted.
async function plantInvoiceReminders(w: FixtureWriter): Promise<PlantedAnomalies> {
  await w.insert('invoices', [
    { id: 'i1', tenantId: 't1', number: 'INV-1', remindersSent: 2 },
    { id: 'i2', tenantId: 't1', number: 'INV-2', remindersSent: 3 },
    { id: 'i3', tenantId: 't2', number: 'INV-3', remindersSent: 0 },
    { id: 'i4', tenantId: 't2', number: 'INV-4', remindersSent: 0 },
  ]);
  await w.insert('invoice_reminders', [
    { id: 'ir1', invoiceId: 'i1' },
    { id: 'ir2', invoiceId: 'i1' },
    { id: 'ir3', invoiceId: 'i2' },
    { id: 'ir4', invoiceId: 'i3' },
  ]);
  return { invoice_reminder_counter_drift: anomaly(['i2', 'i3']) };
}

// Finding 15. t1's balance has ledger entries (earliest on day 10), t2's has none.
async function plantCreditBalances(w: FixtureWriter): Promise<PlantedAnomalies> {
  await w.insert('credit_balances', [
    { id: 'cb1', tenantId: 't1' },
    { id: 'cb2', tenantId: 't2' },
  ]);
  await w.insert('credit_ledger', [
    { id: 'cl1', tenantId: 't1', entryType: 'grant', amount: 100, balanceAfter: 100, createdAt: day(12) },
    { id: 'cl2', tenantId: 't1', entryType: 'grant', amount: 50, balanceAfter: 150, createdAt: day(10) },
  ]);
  return {
    credit_balance_with_ledger: anomaly(['cb1']),
    credit_balance_without_ledger: anomaly(['cb2']),
  };
}

// Finding 17. Rows that must survive the rename.
async function plantRagCrawlJobs(w: FixtureWriter): Promise<void> {
  await w.insert('rag_datasets', [{ id: 'rd1', tenantId: 't1' }]);
  await w.insert('rag_crawl_jobs', [
    { id: 'rj1', tenantId: 't1', datasetId: 'rd1' },
    { id: 'rj2', tenantId: 't1', datasetId: 'rd1' },
  ]);
}

/** Plants the fixtures into a database that has the legacy schema (0_baseline) and nothing else. */
export async function plantLegacyFixtures(client: pg.Client): Promise<FixtureManifest> {
  const w = new FixtureWriter(client);
  await plantTenants(w);
  const anomalies: PlantedAnomalies = {
    ...(await plantDualMembership(w)),
    ...(await plantActivitySourceDeliverables(w)),
    ...(await plantHelpRowsOfMissingTenants(w)),
    ...(await plantBacklinkHealth(w)),
    ...(await plantInvoiceReminders(w)),
    ...(await plantCreditBalances(w)),
  };
  await plantRagCrawlJobs(w);
  return { anomalies };
}
