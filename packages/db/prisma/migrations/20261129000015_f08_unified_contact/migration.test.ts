// Finding 8 (expand, index, backfill, release, contract) on leads whose contacts are known in advance:
// an email that is already a contact (in other case, twice), two leads sharing an email, a lead with
// only a phone, a lead without entries, a channel written oddly, an unknown channel, a blank value,
// two primaries of one channel, and an entry filed under another tenant than its lead (the backfill
// must stop). Then the legacy writes between the backfill and the contract: placed by the trigger, and
// without the trigger the contract stops and names them.
import { checkLedgerBalance, countTableRows, dependencyClosure, readLedger, revertFolder } from '../../../src/migrations/index.js';
import {
  applyContractPhase,
  applyExpandPhase,
  phasedFindings,
  releaseContracts,
  runBackfill,
  type BackfillProgress,
} from '../../../src/online/index.js';
import { withPgClient, type ThrowawayDatabase } from '../../../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyAccounted,
  day,
  legacyDatabaseFor,
  query,
  quarantineOf,
  type FixtureWriter,
  type FolderRun,
} from '../../../src/testing/index.js';

const F08 = '20261129000015_f08_unified_contact';
/** Every folder of the finding, in the order they are applied. */
const OWN = dependencyClosure([F08, ...phasedFindings().find((p) => p.expandFolder === F08)!.contractFolders]).filter((name) =>
  name.includes('_f08_'),
);

interface Entry {
  id: string;
  lead: string;
  channel: string;
  value: string;
  isPrimary?: boolean;
  createdAt: number;
  verifiedAt?: number;
}

const LEADS: Record<string, { tenant: string; fullName: string; origin: string; createdAt: number }> = {
  L1: { tenant: 't1', fullName: 'Lee One', origin: 'form', createdAt: 1 },
  L2: { tenant: 't1', fullName: 'Lee Two', origin: 'import', createdAt: 2 },
  L3: { tenant: 't1', fullName: 'New Person', origin: 'form', createdAt: 3 },
  L4: { tenant: 't2', fullName: 'Phone Only', origin: 'chat', createdAt: 4 },
  L5: { tenant: 't2', fullName: 'Nobody', origin: 'form', createdAt: 5 },
  L6: { tenant: 't2', fullName: 'Lee T2', origin: 'form', createdAt: 6 },
  L7: { tenant: 't2', fullName: 'Odd Case', origin: 'outreach', createdAt: 7 },
  L8: { tenant: 't1', fullName: 'New Again', origin: 'form', createdAt: 8 },
};

const ENTRIES: Entry[] = [
  { id: 'lc1', lead: 'L1', channel: 'email', value: 'lee@example.com', isPrimary: true, createdAt: 1 }, // = contact cx
  { id: 'lc2', lead: 'L1', channel: 'phone', value: '+1555', isPrimary: true, createdAt: 1 },
  { id: 'lc13', lead: 'L1', channel: 'phone', value: '+1000', isPrimary: true, createdAt: 20, verifiedAt: 21 }, // second primary phone
  { id: 'lc3', lead: 'L2', channel: 'email', value: ' LEE@example.com', createdAt: 2 }, // = contact cx
  { id: 'lc14', lead: 'L2', channel: 'email', value: 'LEE@example.com', isPrimary: true, createdAt: 20, verifiedAt: 22 }, // = contact cx
  { id: 'lc15', lead: 'L2', channel: 'phone', value: '  ', createdAt: 20 }, // blank
  { id: 'lc4', lead: 'L3', channel: 'email', value: 'new@x.com', isPrimary: true, createdAt: 3 },
  { id: 'lc5', lead: 'L3', channel: 'email', value: 'new@x.com', createdAt: 4 }, // repeats lc4
  { id: 'lc6', lead: 'L3', channel: 'whatsapp', value: '+4477', isPrimary: true, createdAt: 3 },
  { id: 'lc7', lead: 'L4', channel: 'phone', value: '+1666', isPrimary: true, createdAt: 4 },
  { id: 'lc8', lead: 'L6', channel: 'email', value: 'lee@example.com', isPrimary: true, createdAt: 6 }, // t2 has no such contact
  { id: 'lc9', lead: 'L7', channel: 'Email ', value: 'l7@x.com', isPrimary: true, createdAt: 7 }, // odd channel spelling
  { id: 'lc10', lead: 'L7', channel: 'fax', value: '+1777', createdAt: 7 }, // no such channel
  { id: 'lc11', lead: 'L8', channel: 'email', value: 'new@x.com', isPrimary: true, createdAt: 8 }, // same person as L3
  { id: 'lc12', lead: 'L8', channel: 'phone', value: '+1999', isPrimary: true, createdAt: 8 },
];

async function plant(w: FixtureWriter, tenantOfEntry: (e: Entry) => string = (e) => LEADS[e.lead]!.tenant): Promise<void> {
  await w.insert('tenants', [
    { id: 't1', name: 'One', slug: 't1' },
    { id: 't2', name: 'Two', slug: 't2' },
  ]);
  // t1 knows Lee already, twice in different case; the older one is the one to use.
  await w.insert('contacts', [
    { id: 'cx', tenantId: 't1', email: 'Lee@Example.com', createdAt: day(-300) },
    { id: 'cz', tenantId: 't1', email: 'LEE@EXAMPLE.COM', createdAt: day(-100) },
  ]);
  await w.insert(
    'leads',
    Object.entries(LEADS).map(([id, l]) => ({
      id,
      tenantId: l.tenant,
      fullName: l.fullName,
      origin: l.origin,
      createdAt: day(l.createdAt),
    })),
  );
  await w.insert(
    'lead_contacts',
    ENTRIES.map((e) => ({
      id: e.id,
      tenantId: tenantOfEntry(e),
      leadId: e.lead,
      channel: e.channel,
      value: e.value,
      isPrimary: e.isPrimary ?? false,
      createdAt: day(e.createdAt),
      verifiedAt: e.verifiedAt === undefined ? null : day(e.verifiedAt),
    })),
  );
}

let db: ThrowawayDatabase;
let run: FolderRun;
/** Every lead_contacts row as it was before the folder ran, whole. */
let before: Record<string, unknown>[];
const EVERY_ENTRY = `SELECT to_jsonb(lc) AS row FROM lead_contacts lc ORDER BY id`;

beforeAll(async () => {
  db = await legacyDatabaseFor(F08, (w) => plant(w));
  before = (await query<{ row: Record<string, unknown> }>(db.url, EVERY_ENTRY)).map((r) => r.row);
  run = await applyAccounted(db, F08);
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

/** The contact a lead points at, described by tenant and email (ids of new contacts are derived). */
async function contactOfLeads(): Promise<Record<string, string | null>> {
  const rows = await query<{ id: string; contact: string | null }>(
    db.url,
    `SELECT l.id, CASE WHEN c.id IS NULL THEN NULL WHEN c.id IN ('cx', 'cz') THEN c.id ELSE c."tenantId" || ':' || coalesce(c.email, c."firstName") END AS contact
       FROM leads l LEFT JOIN contacts c ON c.id = l."contactId" ORDER BY l.id`,
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.contact]));
}

describe('f08 unified contact', () => {
  it('counts every entry, and the email entries that repeat an existing contact', () => {
    expect(run.anomaly('lead_contact_entries').rows).toBe(ENTRIES.length);
    expect(run.anomaly('lead_contact_duplicates_contact').rows).toBe(3); // lc1, lc3, lc14 name cx
  });

  it('points each lead at the contact of its email, creating one per tenant and person', async () => {
    expect(await contactOfLeads()).toEqual({
      L1: 'cx',
      L2: 'cx', // its primary email, in other case
      L3: 't1:new@x.com',
      L4: 't2:Phone', // no email: a contact of its own, named after the lead
      L5: null, // no entries
      L6: 't2:lee@example.com', // same email as cx, other tenant
      L7: 't2:l7@x.com',
      L8: 't1:new@x.com', // shares L3's contact
    });
    expect(run.rows('contacts', 'inserted')).toBe(4);
    expect(run.rows('leads', 'updated')).toBe(7);
    const created = await query(
      db.url,
      `SELECT "tenantId", email, "firstName", "lastName", kind, origin, phone, whatsapp FROM contacts WHERE id NOT IN ('cx', 'cz') ORDER BY "tenantId", email NULLS FIRST`,
    );
    expect(created).toEqual([
      {
        tenantId: 't1',
        email: 'new@x.com',
        firstName: 'New',
        lastName: 'Person',
        kind: 'lead',
        origin: 'manual',
        phone: '+1999',
        whatsapp: '+4477',
      },
      { tenantId: 't2', email: null, firstName: 'Phone', lastName: 'Only', kind: 'lead', origin: 'manual', phone: '+1666', whatsapp: null },
      {
        tenantId: 't2',
        email: 'l7@x.com',
        firstName: 'Odd',
        lastName: 'Case',
        kind: 'lead',
        origin: 'outreach',
        phone: null,
        whatsapp: null,
      },
      {
        tenantId: 't2',
        email: 'lee@example.com',
        firstName: 'Lee',
        lastName: 'T2',
        kind: 'lead',
        origin: 'manual',
        phone: null,
        whatsapp: null,
      },
    ]);
    // The existing contact keeps its email and gets the oldest primary phone.
    expect(await query(db.url, `SELECT email, phone FROM contacts WHERE id = 'cx'`)).toEqual([
      { email: 'Lee@Example.com', phone: '+1555' },
    ]);
  });

  it('renames lead_contacts in place and merges what repeats per contact', async () => {
    expect(await query(db.url, `SELECT to_regclass('public.lead_contacts') IS NULL AS gone`)).toEqual([{ gone: true }]);
    const methods = await query(
      db.url,
      `SELECT m.id, m.channel::text AS channel, m.value, m."isPrimary", m."verifiedAt" IS NOT NULL AS verified FROM contact_methods m ORDER BY m.id`,
    );
    expect(methods).toEqual([
      { id: 'lc1', channel: 'email', value: 'lee@example.com', isPrimary: true, verified: true }, // took lc14's verification
      { id: 'lc12', channel: 'phone', value: '+1999', isPrimary: true, verified: false },
      { id: 'lc13', channel: 'phone', value: '+1000', isPrimary: false, verified: true }, // second primary, demoted
      { id: 'lc2', channel: 'phone', value: '+1555', isPrimary: true, verified: false },
      { id: 'lc4', channel: 'email', value: 'new@x.com', isPrimary: true, verified: false },
      { id: 'lc6', channel: 'whatsapp', value: '+4477', isPrimary: true, verified: false },
      { id: 'lc7', channel: 'phone', value: '+1666', isPrimary: true, verified: false },
      { id: 'lc8', channel: 'email', value: 'lee@example.com', isPrimary: true, verified: false },
      { id: 'lc9', channel: 'email', value: 'l7@x.com', isPrimary: true, verified: false },
    ]);
    // Each method hangs off the contact of its lead.
    const misplaced = await query(
      db.url,
      `SELECT m.id FROM contact_methods m
        JOIN (VALUES ${ENTRIES.map((e) => `('${e.id}', '${e.lead}')`).join(', ')}) AS origin(id, lead) ON origin.id = m.id
        JOIN leads l ON l.id = origin.lead
       WHERE l."contactId" IS DISTINCT FROM m."contactId"`,
    );
    expect(misplaced).toEqual([]);
    expect(run.rows('contact_methods', 'deleted')).toBe(6); // 2 unusable + 4 merged
  });

  it('quarantines the unusable entries, the merged ones and the demoted flag', async () => {
    const quarantined = await quarantineOf(db.url, F08);
    expect([...quarantined.keys()].sort()).toEqual(
      [
        'lead_contacts lc10',
        'lead_contacts lc15',
        'lead_contacts lc3',
        'lead_contacts lc14',
        'lead_contacts lc5',
        'lead_contacts lc11',
        'lead_contacts lc13 isPrimary',
        // overwritten values: the lead of entries several leads gave, a verification taken over, a channel's spelling
        'lead_contacts lc1 leadId',
        'lead_contacts lc4 leadId',
        'lead_contacts lc1 verifiedAt',
        'lead_contacts lc9 channel',
      ].sort(),
    );
    expect(quarantined.get('lead_contacts lc1 leadId')!.value).toBe('L1');
    expect(quarantined.get('lead_contacts lc9 channel')!.value).toBe('Email ');
    expect(quarantined.get('lead_contacts lc10')!.value).toMatchObject({ id: 'lc10', channel: 'fax', value: '+1777', leadId: 'L7' });
    expect(quarantined.get('lead_contacts lc10')!.tenantId).toBe('t2');
  });

  it('a contact has each value once per channel', async () => {
    await expect(
      query(
        db.url,
        `INSERT INTO contact_methods (id, "tenantId", "contactId", channel, value, "updatedAt") VALUES ('dup', 't1', 'cx', 'phone', '+1555', now())`,
      ),
    ).rejects.toThrow(/contact_methods_contactId_channel_value_key/);
  });

  it('keeps the lead each entry was captured from, unless several leads gave it', async () => {
    const rows = await query<{ id: string; leadId: string | null }>(db.url, `SELECT id, "leadId" FROM contact_methods ORDER BY id`);
    const shared = new Set(['lc1', 'lc4']); // lc1 with L2's lc3 / lc14, lc4 with L8's lc11
    for (const { id, leadId } of rows) expect(leadId, id).toBe(shared.has(id) ? null : ENTRIES.find((e) => e.id === id)!.lead);
  });

  it('deleting a lead deletes the entries captured from it, as the legacy cascade did', async () => {
    await withPgClient(db.url, async (client) => {
      await client.query('BEGIN');
      try {
        await client.query(`DELETE FROM leads WHERE id IN ('L4', 'L8')`);
        const left = await client.query<{ id: string }>(`SELECT id FROM contact_methods WHERE id IN ('lc7', 'lc12', 'lc4') ORDER BY id`);
        // L4's phone and L8's phone go; lc4 was given by L3 and L8 alike and stays with their contact.
        expect(left.rows.map((r) => r.id)).toEqual(['lc4']);
      } finally {
        await client.query('ROLLBACK');
      }
    });
  });

  it('the down.sql files, last folder first, give back every entry exactly as it was, each on its own lead', async () => {
    for (const folder of [...OWN].reverse()) await revertFolder(db.url, folder);
    const after = (await query<{ row: Record<string, unknown> }>(db.url, EVERY_ENTRY)).map((r) => r.row);
    expect(after).toEqual(before);
    expect(
      await query(
        db.url,
        `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'leads' AND column_name = 'contactId'`,
      ),
    ).toEqual([{ n: 0 }]);
  });
});

describe('f08 with an entry filed under another tenant than its lead', () => {
  it('the backfill stops, naming the entry, before it placed anything', async () => {
    const other = await legacyDatabaseFor(F08, (w) => plant(w, (e) => (e.id === 'lc7' ? 't1' : LEADS[e.lead]!.tenant)));
    try {
      await applyExpandPhase(other.url, { via: 'sql', folders: [F08] });
      await expect(runBackfill(other.url, { pauseMs: 0 })).rejects.toThrow(/lc7 \(entry tenant t1, lead tenant t2\)/);
      expect(await query(other.url, `SELECT count(*)::int AS n FROM lead_contacts`)).toEqual([{ n: ENTRIES.length }]);
      expect(await query(other.url, `SELECT count(*)::int AS n FROM contact_methods`)).toEqual([{ n: 0 }]);
      expect(await query(other.url, `SELECT count(*)::int AS n FROM contacts`)).toEqual([{ n: 2 }]);
    } finally {
      await other.dispose();
    }
  });
});

describe('f08 with batches cut at their time bound', () => {
  /** Everything the backfill wrote, without the timestamps it takes from the clock. */
  const placed = (url: string) =>
    query(
      url,
      `SELECT (SELECT jsonb_agg(to_jsonb(c) - 'updatedAt' ORDER BY c.id) FROM contacts c) AS contacts,
              (SELECT jsonb_agg(to_jsonb(m) - 'updatedAt' ORDER BY m.id) FROM contact_methods m) AS methods,
              (SELECT jsonb_agg(jsonb_build_array(l.id, l."contactId") ORDER BY l.id) FROM leads l) AS leads,
              (SELECT jsonb_agg(to_jsonb(q) - 'id' - 'createdAt' ORDER BY q."rowId", q."columnName") FROM migration_quarantine q) AS quarantine,
              (SELECT "backfillCounts" FROM online_migration.phase WHERE "expandFolder" = '${F08}') AS counts`,
    );

  it('places the same rows as uncut batches: a cut batch rolls back whole and its tenants are placed once', async () => {
    const plain = await legacyDatabaseFor(F08, (w) => plant(w));
    const cut = await legacyDatabaseFor(F08, (w) => plant(w));
    try {
      await applyExpandPhase(plain.url, { via: 'sql', folders: [F08] });
      await applyExpandPhase(cut.url, { via: 'sql', folders: [F08] });
      await runBackfill(plain.url, { pauseMs: 0 });
      const retries: BackfillProgress[] = [];
      // 1 ms is shorter than any batch: each is cancelled and tried again with more time until it fits.
      await runBackfill(cut.url, { pauseMs: 0, maxBatchMs: 1, onProgress: (p) => p.kind === 'retry' && retries.push(p) });
      expect(
        retries.filter((p) => p.step === 1 && /a batch of one key ran longer than the bound/.test(p.message ?? '')).length,
      ).toBeGreaterThan(0);
      expect(await placed(cut.url)).toEqual(await placed(plain.url));
    } finally {
      await plain.dispose();
      await cut.dispose();
    }
  });
});

describe('f08 legacy writes between the backfill and the contract', () => {
  const WHOLE = { via: 'sql' as const, folders: OWN };
  const entry = (url: string, id: string, lead: string, channel: string, value: string, isPrimary = false) =>
    query(
      url,
      `INSERT INTO lead_contacts (id, "tenantId", "leadId", channel, value, "isPrimary", "updatedAt") SELECT $1, "tenantId", $2, $3, $4, $5, now() FROM leads WHERE id = $2`,
      [id, lead, channel, value, isPrimary],
    );

  /**
   * Past f08's expand step, what a runner's batch of the tenant step does for tenant t1 (its progress row, the
   * placement, its new progress), left open while `during` runs, then committed.
   */
  async function withBatchOfT1Open(url: string, during: () => Promise<unknown>): Promise<void> {
    await applyExpandPhase(url, { via: 'sql', folders: [F08] });
    // Step 0 only reads; start where a runner's batch of the tenant step would.
    await query(url, `UPDATE online_migration.phase SET "backfillStep" = 1 WHERE "expandFolder" = '${F08}'`);
    await withPgClient(url, async (batch) => {
      await batch.query('BEGIN');
      await batch.query(`SELECT 1 FROM online_migration.phase WHERE "expandFolder" = '${F08}' FOR UPDATE`);
      await batch.query(`SELECT online_migration.f08_place_tenants(NULL, 't1')`);
      await batch.query(`UPDATE online_migration.phase SET "backfillKey" = 't1' WHERE "expandFolder" = '${F08}'`);
      await during();
      await batch.query('COMMIT');
    });
  }

  it('the trigger places each legacy entry as the backfill would, and the contract books it', async () => {
    const live = await legacyDatabaseFor(F08, (w) => plant(w));
    try {
      const before = await countTableRows(live.url);
      await applyExpandPhase(live.url, { via: 'sql', folders: [F08] });
      await runBackfill(live.url, { pauseMs: 0 });
      await query(
        live.url,
        `INSERT INTO leads (id, "tenantId", "fullName", origin, "updatedAt") VALUES ('L9', 't1', 'Nine New', 'form', now())`,
      );
      await entry(live.url, 'w1', 'L9', 'Email', 'Lee@Example.com', true); // cx's email: L9 joins cx, the entry merges into lc1
      await entry(live.url, 'w2', 'L9', 'phone', '+1555'); // cx has it already (lc2 of L1): merged, lc2 now shared
      await entry(live.url, 'w5', 'L9', 'Phone ', '+1777'); // new on cx, channel spelt oddly
      await entry(live.url, 'w3', 'L5', 'whatsapp', '+4400'); // L5 had no entries: a contact of its own
      await entry(live.url, 'w4', 'L5', 'fax', '+4401'); // unusable: quarantined whole
      expect(await query(live.url, `SELECT "entryId", error FROM online_migration.f08_unplaced`)).toEqual([]);
      expect(await query(live.url, `SELECT "contactId" FROM leads WHERE id = 'L9'`)).toEqual([{ contactId: 'cx' }]);
      const placed = await query(
        live.url,
        `SELECT id, "contactId", "leadId", channel::text AS channel FROM contact_methods WHERE id IN ('w1', 'w2', 'w3', 'w4', 'w5') ORDER BY id`,
      );
      expect(placed).toEqual([
        { id: 'w3', contactId: expect.stringMatching(/^c/), leadId: 'L5', channel: 'whatsapp' },
        { id: 'w5', contactId: 'cx', leadId: 'L9', channel: 'phone' },
      ]);
      expect(await query(live.url, `SELECT "leadId" FROM contact_methods WHERE id = 'lc2'`)).toEqual([{ leadId: null }]);
      await releaseContracts(live.url, {});
      await applyContractPhase(live.url, WHOLE);
      const quarantined = await quarantineOf(live.url, F08);
      expect(quarantined.get('lead_contacts w2')!.value).toMatchObject({ leadId: 'L9', value: '+1555' });
      expect(quarantined.get('lead_contacts w4')!.value).toMatchObject({ channel: 'fax' });
      expect(quarantined.get('lead_contacts lc2 leadId')!.value).toBe('L1');
      expect(quarantined.get('lead_contacts w1')!.reason).toMatch(/merged into it/);
      expect(quarantined.get('lead_contacts w5 channel')!.value).toBe('Phone ');
      expect(await query(live.url, `SELECT to_regclass('public.lead_contacts') IS NULL AS gone`)).toEqual([{ gone: true }]);
      // The ledger explains every row, once the application's own writes (a lead, five entries) are taken out.
      const after = await countTableRows(live.url);
      after.leads! -= 1;
      after.contact_methods! -= 5;
      expect(checkLedgerBalance(before, after, await readLedger(live.url)).problems).toEqual([]);
    } finally {
      await live.dispose();
    }
  });

  it('a batch in flight holds up no legacy write: writes of its own tenants are noted and brought in at the finish', async () => {
    const live = await legacyDatabaseFor(F08, (w) => plant(w));
    try {
      /** Runs one write on a connection of its own, failing if it waits for more than a second. */
      const promptly = async (sql: string) => {
        const started = performance.now();
        await withPgClient(live.url, async (other) => {
          await other.query(`SET statement_timeout = 2000`);
          await other.query(sql);
        });
        expect(performance.now() - started, sql).toBeLessThan(1000);
      };
      await withBatchOfT1Open(live.url, async () => {
        // A write of t2, which the batch does not hold.
        await promptly(
          `INSERT INTO lead_contacts (id, "tenantId", "leadId", channel, value, "updatedAt") VALUES ('w6', 't2', 'L5', 'phone', '+4402', now())`,
        );
        // Writes of t1, whose entries the batch has just placed (as they were when it read them): a new entry,
        // a changed value, a deleted entry, a change of verifiedAt only.
        await promptly(
          `INSERT INTO lead_contacts (id, "tenantId", "leadId", channel, value, "updatedAt") VALUES ('w7', 't1', 'L3', 'phone', '+4403', now())`,
        );
        await promptly(`UPDATE lead_contacts SET value = '+4478', "updatedAt" = now() WHERE id = 'lc6'`);
        await promptly(`DELETE FROM lead_contacts WHERE id = 'lc12'`);
        await promptly(`UPDATE lead_contacts SET "verifiedAt" = now(), "updatedAt" = now() WHERE id = 'lc2'`);
      });
      // The batch placed what it read; t1's writes wait, noted, for the finish; t2's for the batch that takes t2.
      expect(await query(live.url, `SELECT DISTINCT "entryId" FROM online_migration.f08_deferred ORDER BY 1`)).toEqual([
        { entryId: 'lc12' },
        { entryId: 'lc2' },
        { entryId: 'lc6' },
        { entryId: 'w7' },
      ]);
      const methods = `SELECT id, value, "leadId", "verifiedAt" IS NOT NULL AS verified FROM contact_methods WHERE id IN ('w6', 'w7', 'lc6', 'lc12', 'lc2') ORDER BY id`;
      expect(await query(live.url, methods)).toEqual([
        { id: 'lc12', value: '+1999', leadId: 'L8', verified: false },
        { id: 'lc2', value: '+1555', leadId: 'L1', verified: false },
        { id: 'lc6', value: '+4477', leadId: 'L3', verified: false },
      ]);
      await runBackfill(live.url, { pauseMs: 0 });
      expect(await query(live.url, methods)).toEqual([
        { id: 'lc2', value: '+1555', leadId: 'L1', verified: true },
        { id: 'lc6', value: '+4478', leadId: 'L3', verified: false },
        { id: 'w6', value: '+4402', leadId: 'L5', verified: false },
        { id: 'w7', value: '+4403', leadId: 'L3', verified: false },
      ]);
      expect(await query(live.url, `SELECT count(*)::int AS n FROM online_migration.f08_deferred`)).toEqual([{ n: 0 }]);
      expect(await query(live.url, `SELECT "entryId" FROM online_migration.f08_unplaced`)).toEqual([]);
      // And the contract finds every entry on a contact.
      await releaseContracts(live.url, {});
      await applyContractPhase(live.url, { via: 'sql', folders: OWN });
    } finally {
      await live.dispose();
    }
  });

  it('the finish brings in the deferred writes: without that step the contract stops and names them', async () => {
    const live = await legacyDatabaseFor(F08, (w) => plant(w));
    try {
      await withBatchOfT1Open(live.url, () => entry(live.url, 'w7', 'L3', 'phone', '+4403'));
      // The drain sabotaged: it forgets what was noted instead of bringing it in.
      await query(
        live.url,
        `CREATE OR REPLACE FUNCTION online_migration.f08_drain_deferred() RETURNS integer LANGUAGE sql AS $$ DELETE FROM online_migration.f08_deferred RETURNING 0 $$`,
      );
      await runBackfill(live.url, { pauseMs: 0 });
      await releaseContracts(live.url, {});
      await expect(applyContractPhase(live.url, WHOLE)).rejects.toThrow(/w7 \(lead L3: not placed\)/);
    } finally {
      await live.dispose();
    }
  });

  it('without the trigger, the contract stops and names the entries that are on no contact', async () => {
    const sabotaged = await legacyDatabaseFor(F08, (w) => plant(w));
    try {
      await applyExpandPhase(sabotaged.url, { via: 'sql', folders: [F08] });
      await runBackfill(sabotaged.url, { pauseMs: 0 });
      await query(sabotaged.url, `DROP TRIGGER online_f08_sync_lead_contact ON lead_contacts`);
      await entry(sabotaged.url, 'w1', 'L3', 'email', 'another@x.com');
      await releaseContracts(sabotaged.url, {});
      await expect(applyContractPhase(sabotaged.url, WHOLE)).rejects.toThrow(/w1 \(lead L3: not placed\)/);
      expect(await query(sabotaged.url, `SELECT count(*)::int AS n FROM lead_contacts`)).toEqual([{ n: ENTRIES.length + 1 }]);
    } finally {
      await sabotaged.dispose();
    }
  });
});
