-- Finding 8, contract step: every lead_contacts entry is on a contact now (placed in contact_methods
-- under its own id by the backfill or the expand step's trigger), or copied whole into the
-- quarantine (unusable, or merged into another entry). The application deployed at the pause reads
-- contact_methods; the legacy application, the only writer of lead_contacts, is gone (that is what the
-- release says). So: stop if an entry is neither placed nor quarantined, validate the lead's contact
-- key, write the remaining ledger entries, and drop lead_contacts (its trigger goes with it).
-- The ledger entries carry the expand folder's name, where the finding's catalog entry points.
SELECT "online_migration"."require_released"('20261129000015_f08_unified_contact', '20261130000015_f08_drop_lead_contacts');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- No table lock for the check: it reads under MVCC (ACCESS SHARE).
DO $$
DECLARE
  m CONSTANT text := '20261129000015_f08_unified_contact';
  missing bigint;
  sample text;
BEGIN
  SELECT count(*), string_agg(u.line, ', ') FILTER (WHERE u.rank <= 20) INTO missing, sample
    FROM (SELECT lc."id" || ' (lead ' || lc."leadId" || ': '
                 || coalesce(un."error", CASE WHEN l."tenantId" IS DISTINCT FROM lc."tenantId"
                                              THEN 'entry tenant ' || lc."tenantId" || ', lead tenant ' || coalesce(l."tenantId", 'none')
                                              ELSE 'not placed' END) || ')' AS line,
                 row_number() OVER (ORDER BY lc."id") AS rank
            FROM "lead_contacts" lc
            LEFT JOIN "leads" l ON l."id" = lc."leadId"
            LEFT JOIN "online_migration"."f08_unplaced" un ON un."entryId" = lc."id"
           WHERE NOT EXISTS (SELECT 1 FROM "contact_methods" cm WHERE cm."id" = lc."id")
             AND NOT EXISTS (SELECT 1 FROM "migration_quarantine" q
                              WHERE q."migration" = m AND q."tableName" = 'lead_contacts' AND q."rowId" = lc."id" AND q."columnName" IS NULL)) u;
  IF missing > 0 THEN
    RAISE EXCEPTION 'f08: % lead_contacts row(s) on no contact and in no quarantine: %', missing,
      sample || CASE WHEN missing > 20 THEN ' ...' ELSE '' END
      USING HINT = 'Set lead_contacts.tenantId to the tenant of the lead (or delete the entry); for an error, fix its cause and update the entry (the trigger places it again); then prisma migrate deploy again.';
  END IF;
END $$;

-- SHARE UPDATE EXCLUSIVE on leads (reads and writes go on), ROW SHARE on contacts.
ALTER TABLE "leads" VALIDATE CONSTRAINT "leads_contactId_fkey";

-- What the trigger did with legacy writes after the backfill, booked like the backfill's work: its
-- quarantine rows beyond those the backfill booked, its whole copies (not copied into
-- contact_methods), and its placed entries. Then lead_contacts continues as contact_methods.
DO $$
DECLARE
  m CONSTANT text := '20261129000015_f08_unified_contact';
  booked_quarantine bigint := (SELECT coalesce(sum("rows"), 0) FROM "migration_ledger" WHERE "migration" = m AND "action" = 'quarantined');
  booked_deleted bigint := (SELECT coalesce(sum("rows"), 0) FROM "migration_ledger" WHERE "migration" = m AND "action" = 'deleted');
  booked_placed bigint := (SELECT coalesce(sum("rows"), 0) FROM "migration_ledger"
                            WHERE "migration" = m AND "action" = 'updated' AND "tableName" = 'contact_methods');
  quarantined bigint := (SELECT count(*) FROM "migration_quarantine" WHERE "migration" = m);
  whole bigint := (SELECT count(*) FROM "migration_quarantine" WHERE "migration" = m AND "tableName" = 'lead_contacts' AND "columnName" IS NULL);
  placed bigint := (SELECT count(*) FROM "contact_methods" cm WHERE EXISTS (SELECT 1 FROM "lead_contacts" lc WHERE lc."id" = cm."id"));
  entries bigint := (SELECT count(*) FROM "lead_contacts");
  created bigint := (SELECT count(*) FROM "online_migration"."f08_trigger_contact" t JOIN "contacts" c ON c."id" = t."contactId");
BEGIN
  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
  SELECT m, e.tbl, e.action::"LedgerAction", e.n, NULL, e.note
    FROM (VALUES
      (1, 'contact_methods', 'quarantined', quarantined - booked_quarantine, 'legacy writes placed by the trigger after the backfill: whole copies and overwritten values'),
      (2, 'contact_methods', 'deleted', whole - booked_deleted, 'legacy writes after the backfill not copied into contact_methods (unusable or merged; whole copy quarantined)'),
      (3, 'contact_methods', 'updated', placed - booked_placed, 'legacy writes after the backfill copied into contact_methods by the trigger'),
      (4, 'contacts', 'inserted', created, 'legacy writes after the backfill: contacts the trigger created, kind lead'),
      (5, 'lead_contacts', 'renamed', entries, 'contact_methods')
    ) AS e(pos, tbl, action, n, note)
   WHERE e.n > 0 OR e.action = 'renamed'
   ORDER BY e.pos;
  RAISE NOTICE '%: % lead_contacts entries accounted for; lead_contacts goes', m, entries;
END $$;

-- DropTable (ACCESS EXCLUSIVE on lead_contacts for an instant: catalog only; its trigger goes with it)
DROP TABLE "lead_contacts";

SELECT "online_migration"."contracted"('20261129000015_f08_unified_contact');
