// Finding 8's backfill. Step 0 only reads: an entry filed under another tenant than its lead stops the
// backfill, naming it, before anything is placed. Step 1 places the entries of one range of tenants
// per batch (online_migration.f08_place_tenants, in the expand folder): a person, a contact and its
// methods never span tenants, so each batch sees whole groups. A key of that step is a tenant with all
// its leads and entries, so its batches start at one tenant and grow only while they stay quick; a
// batch cut at the runner's bound is retried with fewer tenants, never with part of one. A legacy write
// of a tenant in a batch does not wait for it: the trigger notes it and the finish brings it in. The
// ledger entries are written once, at the end, from the summed counts (the anomaly kinds once each).
import type { BackfillDefinition } from '@leadmetrics/db/online';

const MIGRATION = '20261129000015_f08_unified_contact';

/** The counts f08_place_tenants reports, as integer columns the runner sums over the batches. */
const PLACE_COUNTS = [
  'entries',
  'duplicatesContact',
  'contactsInserted',
  'contactsUpdated',
  'leadsUpdated',
  'unusable',
  'takenOver',
  'mergedAway',
  'demoted',
  'overwritten',
  'placed',
] as const;

const backfill: BackfillDefinition = {
  steps: [
    {
      label: 'entries filed under the tenant of their lead (check only)',
      table: 'lead_contacts',
      key: 'id',
      batchSql: `SELECT "online_migration"."f08_check_tenants"($1::text, $2::text) AS "mismatched"`,
    },
    {
      label: 'contact entries placed on contacts, per tenant',
      table: 'tenants',
      key: 'id',
      batchSize: 1,
      minBatchSize: 1,
      maxBatchSize: 256,
      batchSql: `SELECT ${PLACE_COUNTS.map((name) => `coalesce((c->>'${name}')::int, 0) AS "${name}"`).join(', ')}
  FROM "online_migration"."f08_place_tenants"($1::text, $2::text) AS c`,
    },
  ],
  // Legacy writes deferred while a batch placed their tenant go in first, as the trigger places writes
  // (booked by the contract with the trigger's).
  finishSql: `SELECT "online_migration"."f08_drain_deferred"();
DO $$
DECLARE
  m CONSTANT text := '${MIGRATION}';
  counts CONSTANT jsonb := current_setting('online_migration.counts')::jsonb;
BEGIN
  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
  SELECT m, e.tbl, e.action::"LedgerAction", c.n, e.kind, e.note
    FROM (VALUES
      (1, 'contact_methods', 'moved', 'entries', 'lead_contact_entries', 'every lead_contacts entry: re-attached from its lead to a contact (merged or quarantined where noted)'),
      (2, 'contact_methods', 'merged', 'duplicatesContact', 'lead_contact_duplicates_contact', 'email entries repeating an existing contact of the tenant: their leads now point at that contact'),
      (3, 'contacts', 'inserted', 'contactsInserted', NULL, 'one per lead email (or per lead without email) the tenant had no contact for; kind lead'),
      (4, 'contacts', 'updated', 'contactsUpdated', NULL, 'existing contacts whose empty phone / WhatsApp was filled from their leads'' entries'),
      (5, 'contact_methods', 'quarantined', 'unusable', NULL, 'channel not email/phone/whatsapp, or blank value: whole row copied'),
      (6, 'contact_methods', 'deleted', 'unusable', NULL, 'the quarantined rows: not copied into contact_methods'),
      (7, 'contact_methods', 'quarantined', 'takenOver', NULL, 'isPrimary / verifiedAt of surviving entries before they took over those of the merged ones'),
      (8, 'contact_methods', 'quarantined', 'mergedAway', NULL, 'full copy of each entry merged away'),
      (9, 'contact_methods', 'deleted', 'mergedAway', NULL, 'repeated (contact, channel, value) once the entries hang off contacts: not copied'),
      (10, 'contact_methods', 'merged', 'mergedAway', NULL, 'into the oldest entry of their contact with the same channel and value'),
      (11, 'contact_methods', 'quarantined', 'demoted', NULL, 'isPrimary = true of entries demoted (second primary of a channel on one contact)'),
      (12, 'contact_methods', 'quarantined', 'overwritten', NULL, 'leadId of entries shared by several leads (now NULL) and channels as written before normalising'),
      (13, 'contact_methods', 'updated', 'placed', NULL, 'copied into contact_methods under the same id: contactId set, leadId kept (NULL where several leads gave the entry), channel normalised'),
      (14, 'leads', 'updated', 'leadsUpdated', NULL, 'contactId set: the contact with the lead''s email, or the one created for it')
    ) AS e(pos, tbl, action, counter, kind, note)
    CROSS JOIN LATERAL (SELECT coalesce((counts->>e.counter)::int, 0) AS n) c
   WHERE c.n > 0 OR e.kind IS NOT NULL
   ORDER BY e.pos;
END $$;`,
};

export default backfill;
