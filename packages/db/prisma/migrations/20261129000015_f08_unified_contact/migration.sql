-- Finding 8: one contact model. Every lead points at the Contact of its tenant that has its email
-- (created when there is none, kind 'lead'); LeadContact is renamed in place to ContactMethod and its
-- entries hang off that contact (new column contactId), their channel an enum. Each entry keeps the
-- lead it was captured from in leadId, so deleting that lead still deletes the entry, as it always did,
-- and down.sql puts every entry back on its own lead. Entries that end up
-- repeating (contact, channel, value) are merged; entries whose channel maps to no member of the enum,
-- or whose value is blank, are copied to migration_quarantine and removed.
-- Accounting: migration_ledger rows of this folder; NOTICE lines at the end repeat them. Row counts of
-- the renamed table are booked under its new name, contact_methods.

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

-- Lead capture must not add leads or entries between the staging below and the restructuring; readers go on.
LOCK TABLE "leads", "lead_contacts" IN SHARE ROW EXCLUSIVE MODE;

-- An entry whose tenantId is not its lead's would become a method of one tenant on a contact of another.
-- Which tenant owns that person is not something a migration can decide: stop and name the rows.
DO $$
DECLARE
  mismatched bigint;
  sample text;
BEGIN
  SELECT count(*) INTO mismatched
    FROM "lead_contacts" lc JOIN "leads" l ON l."id" = lc."leadId"
   WHERE lc."tenantId" <> l."tenantId";
  IF mismatched > 0 THEN
    SELECT string_agg(m.line, ', ') INTO sample
      FROM (SELECT lc."id" || ' (entry tenant ' || lc."tenantId" || ', lead tenant ' || l."tenantId" || ')' AS line
              FROM "lead_contacts" lc JOIN "leads" l ON l."id" = lc."leadId"
             WHERE lc."tenantId" <> l."tenantId"
             ORDER BY lc."id" LIMIT 20) m;
    RAISE EXCEPTION 'f08: % lead_contacts row(s) belong to another tenant than their lead: %', mismatched,
      sample || CASE WHEN mismatched > 20 THEN ' ...' ELSE '' END
      USING HINT = 'Set lead_contacts.tenantId to the tenant of the lead (or delete the rows) and run the migration again.';
  END IF;
END $$;

-- Every entry, normalised once: channel by lower(btrim()), email values by lower(btrim()), other values
-- by btrim() (only for comparing; stored values are left as they are).
CREATE TEMP TABLE "f08_entry" (
  "id"         text PRIMARY KEY,
  "tenantId"   text NOT NULL,
  "leadId"     text NOT NULL,
  "channel"    text,          -- NULL when the channel maps to no member of ContactChannel
  "valueKey"   text,          -- NULL when the value is blank
  "isPrimary"  boolean NOT NULL
) ON COMMIT DROP;
INSERT INTO "f08_entry"
SELECT lc."id", l."tenantId", lc."leadId",
       CASE WHEN lower(btrim(lc."channel")) IN ('email', 'phone', 'whatsapp') THEN lower(btrim(lc."channel")) END,
       CASE WHEN lower(btrim(lc."channel")) = 'email' THEN lower(nullif(btrim(lc."value"), '')) ELSE nullif(btrim(lc."value"), '') END,
       lc."isPrimary"
  FROM "lead_contacts" lc JOIN "leads" l ON l."id" = lc."leadId";
ANALYZE "f08_entry";

-- The person behind each lead that has a usable entry: its primary email (else its oldest email), or,
-- for a lead without any email, the lead itself.
CREATE TEMP TABLE "f08_lead" ("leadId" text PRIMARY KEY, "tenantId" text NOT NULL, "personKey" text NOT NULL, "email" text) ON COMMIT DROP;
INSERT INTO "f08_lead"
SELECT l."id", l."tenantId", coalesce('email:' || em."valueKey", 'lead:' || l."id"), em."valueKey"
  FROM "leads" l
  JOIN (SELECT DISTINCT e."leadId" FROM "f08_entry" e WHERE e."channel" IS NOT NULL AND e."valueKey" IS NOT NULL) usable
    ON usable."leadId" = l."id"
  LEFT JOIN (
    SELECT DISTINCT ON (e."leadId") e."leadId", e."valueKey"
      FROM "f08_entry" e JOIN "lead_contacts" lc ON lc."id" = e."id"
     WHERE e."channel" = 'email' AND e."valueKey" IS NOT NULL
     ORDER BY e."leadId", e."isPrimary" DESC, lc."createdAt", lc."id"
  ) em ON em."leadId" = l."id";
ANALYZE "f08_lead";

-- The contacts each tenant already has, by normalised email (the oldest when case variants exist).
CREATE TEMP TABLE "f08_known_email" ("tenantId" text NOT NULL, "email" text NOT NULL, "contactId" text NOT NULL, PRIMARY KEY ("tenantId", "email")) ON COMMIT DROP;
INSERT INTO "f08_known_email"
SELECT DISTINCT ON (c."tenantId", lower(btrim(c."email"))) c."tenantId", lower(btrim(c."email")), c."id"
  FROM "contacts" c
 WHERE nullif(btrim(c."email"), '') IS NOT NULL
 ORDER BY c."tenantId", lower(btrim(c."email")), c."createdAt", c."id";
ANALYZE "f08_known_email";

-- One contact per (tenant, person): the tenant's existing contact with that email (the oldest when
-- case variants exist), else a new one whose id is derived from the key (same data, same ids).
-- "firstLeadId" is the oldest lead of the person, whose name and company a new contact takes.
CREATE TEMP TABLE "f08_person" (
  "tenantId"    text NOT NULL,
  "personKey"   text NOT NULL,
  "email"       text,
  "contactId"   text NOT NULL,
  "isNew"       boolean NOT NULL,
  "firstLeadId" text NOT NULL,
  PRIMARY KEY ("tenantId", "personKey")
) ON COMMIT DROP;
INSERT INTO "f08_person"
SELECT p."tenantId", p."personKey", p."email",
       coalesce(known."contactId", 'c' || substr(md5('f08:' || p."tenantId" || ':' || p."personKey"), 1, 24)),
       known."contactId" IS NULL, p."firstLeadId"
  FROM (
    SELECT DISTINCT ON (fl."tenantId", fl."personKey") fl."tenantId", fl."personKey", fl."email", fl."leadId" AS "firstLeadId"
      FROM "f08_lead" fl JOIN "leads" l ON l."id" = fl."leadId"
     ORDER BY fl."tenantId", fl."personKey", l."createdAt", l."id"
  ) p
  LEFT JOIN "f08_known_email" known ON known."tenantId" = p."tenantId" AND known."email" = p."email";
ANALYZE "f08_person";

-- The contact every entry will belong to, and the survivor of its (contact, channel, value) group:
-- the oldest entry; the others are merged into it.
CREATE TEMP TABLE "f08_method" (
  "id"          text PRIMARY KEY,
  "contactId"   text NOT NULL,
  "channel"     text NOT NULL,
  "survivorId"  text NOT NULL,
  "anyPrimary"  boolean NOT NULL,
  "shared"      boolean NOT NULL   -- the group holds entries of more than one lead
) ON COMMIT DROP;
INSERT INTO "f08_method"
SELECT e."id", per."contactId", e."channel",
       first_value(e."id") OVER w,
       bool_or(e."isPrimary") OVER w,
       min(e."leadId") OVER w <> max(e."leadId") OVER w
  FROM "f08_entry" e
  JOIN "lead_contacts" lc ON lc."id" = e."id"
  JOIN "f08_lead" fl ON fl."leadId" = e."leadId"
  JOIN "f08_person" per ON per."tenantId" = fl."tenantId" AND per."personKey" = fl."personKey"
 WHERE e."channel" IS NOT NULL AND e."valueKey" IS NOT NULL
WINDOW w AS (PARTITION BY per."contactId", e."channel", e."valueKey" ORDER BY lc."createdAt", lc."id"
             ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING);
ANALYZE "f08_method";

-- The anomaly entries count what was there before anything moves.
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'contact_methods', 'moved', count(*), 'lead_contact_entries',
       'every lead_contacts entry: re-attached from its lead to a contact (merged or quarantined where noted)'
  FROM "f08_entry";

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'contact_methods', 'merged', count(*), 'lead_contact_duplicates_contact',
       'email entries repeating an existing contact of the tenant: their leads now point at that contact'
  FROM "f08_entry" e
  JOIN "f08_known_email" known ON known."tenantId" = e."tenantId" AND known."email" = e."valueKey"
 WHERE e."channel" = 'email';

-- 1. New contacts (kind 'lead'), named after the person's oldest lead.
WITH created AS (
  INSERT INTO "contacts" ("id", "tenantId", "email", "firstName", "lastName", "company", "jobTitle", "kind", "origin", "createdAt", "updatedAt")
  SELECT per."contactId", per."tenantId", per."email",
         nullif(split_part(btrim(l."fullName"), ' ', 1), ''),
         nullif(btrim(substr(btrim(l."fullName"), length(split_part(btrim(l."fullName"), ' ', 1)) + 1)), ''),
         l."company", l."jobTitle", 'lead',
         CASE l."origin" WHEN 'import' THEN 'import' WHEN 'outreach' THEN 'outreach' ELSE 'manual' END,
         l."createdAt", CURRENT_TIMESTAMP
    FROM "f08_person" per JOIN "leads" l ON l."id" = per."firstLeadId"
   WHERE per."isNew"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'contacts', 'inserted', count(*), NULL,
       'one per lead email (or per lead without email) the tenant had no contact for; kind lead'
  FROM created HAVING count(*) > 0;

-- 2. Contacts take phone / WhatsApp from the surviving entries when theirs is empty (their email is the
--    one they were found or created by): primary entries first, then the oldest.
WITH best AS (
  SELECT ranked."contactId",
         max(ranked."value") FILTER (WHERE ranked."channel" = 'phone') AS "phone",
         max(ranked."value") FILTER (WHERE ranked."channel" = 'whatsapp') AS "whatsapp"
    FROM (
      SELECT DISTINCT ON (m."contactId", m."channel") m."contactId", m."channel", btrim(lc."value") AS "value"
        FROM "f08_method" m JOIN "lead_contacts" lc ON lc."id" = m."id"
       WHERE m."id" = m."survivorId" AND m."channel" IN ('phone', 'whatsapp')
       ORDER BY m."contactId", m."channel", m."anyPrimary" DESC, lc."createdAt", lc."id"
    ) ranked
   GROUP BY ranked."contactId"
), filled AS (
  UPDATE "contacts" c
     SET "phone" = coalesce(c."phone", b."phone"),
         "whatsapp" = coalesce(c."whatsapp", b."whatsapp"),
         "updatedAt" = CASE WHEN per."isNew" THEN c."updatedAt" ELSE CURRENT_TIMESTAMP END
    FROM best b
    JOIN (SELECT DISTINCT "contactId", "isNew" FROM "f08_person") per ON per."contactId" = b."contactId"
   WHERE c."id" = b."contactId"
     AND ((c."phone" IS NULL AND b."phone" IS NOT NULL) OR (c."whatsapp" IS NULL AND b."whatsapp" IS NOT NULL))
  RETURNING per."isNew"
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'contacts', 'updated', count(*), NULL,
       'existing contacts whose empty phone / WhatsApp was filled from their leads'' entries'
  FROM filled WHERE NOT "isNew" HAVING count(*) > 0;

-- 3. Entries that cannot become a contact method: unknown channel or blank value. Copied whole, then removed.
WITH copied AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000015_f08_unified_contact', 'lead_contacts', lc."id", NULL, to_jsonb(lc),
         CASE WHEN e."channel" IS NULL THEN 'channel "' || lc."channel" || '" is not email, phone or whatsapp'
              ELSE 'blank value' END,
         lc."tenantId"
    FROM "lead_contacts" lc JOIN "f08_entry" e ON e."id" = lc."id"
   WHERE e."channel" IS NULL OR e."valueKey" IS NULL
  RETURNING 1
), removed AS (
  DELETE FROM "lead_contacts" lc USING "f08_entry" e
   WHERE e."id" = lc."id" AND (e."channel" IS NULL OR e."valueKey" IS NULL)
  RETURNING 1
), counted AS (SELECT (SELECT count(*) FROM copied) AS copied, (SELECT count(*) FROM removed) AS removed)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'contact_methods', a.action::"LedgerAction", a.n, NULL, a.note
  FROM counted, LATERAL (VALUES ('quarantined', counted.copied, 'channel not email/phone/whatsapp, or blank value: whole row copied'),
                                ('deleted', counted.removed, 'the quarantined rows')) AS a(action, n, note)
 WHERE a.n > 0;

-- 4. Duplicates within a contact: survivors take over the primary flag of their group and, when they
--    have none, its earliest verification (written now, while the group is still there); then the
--    others are copied whole and removed.
CREATE TEMP TABLE "f08_takeover" ON COMMIT DROP AS
SELECT lc."id", lc."tenantId", lc."isPrimary", lc."verifiedAt", grp."anyPrimary", coalesce(lc."verifiedAt", grp."firstVerified") AS "newVerifiedAt"
  FROM "lead_contacts" lc
  JOIN (
    SELECT m."survivorId", bool_or(m."anyPrimary") AS "anyPrimary", min(x."verifiedAt") AS "firstVerified"
      FROM "f08_method" m JOIN "lead_contacts" x ON x."id" = m."id"
     GROUP BY m."survivorId"
    HAVING count(*) > 1
  ) grp ON grp."survivorId" = lc."id";

-- The values a survivor had before the takeover, so down.sql can give them back.
WITH copied AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000015_f08_unified_contact', 'lead_contacts', t."id", col.name, col.value,
         'value before this entry took over from the entries merged into it', t."tenantId"
    FROM "f08_takeover" t
    CROSS JOIN LATERAL (VALUES ('isPrimary', to_jsonb(t."isPrimary"), t."isPrimary" IS DISTINCT FROM t."anyPrimary"),
                               ('verifiedAt', coalesce(to_jsonb(t."verifiedAt"), 'null'::jsonb), t."verifiedAt" IS DISTINCT FROM t."newVerifiedAt")) AS col(name, value, changes)
   WHERE col.changes
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'contact_methods', 'quarantined', count(*), NULL,
       'isPrimary / verifiedAt of surviving entries before they took over those of the merged ones'
  FROM copied HAVING count(*) > 0;

UPDATE "lead_contacts" lc
   SET "isPrimary" = grp."anyPrimary",
       "verifiedAt" = coalesce(lc."verifiedAt", grp."firstVerified")
  FROM (
    SELECT m."survivorId", bool_or(m."anyPrimary") AS "anyPrimary", min(x."verifiedAt") AS "firstVerified"
      FROM "f08_method" m JOIN "lead_contacts" x ON x."id" = m."id"
     GROUP BY m."survivorId"
    HAVING count(*) > 1
  ) grp
 WHERE lc."id" = grp."survivorId";

WITH copied AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000015_f08_unified_contact', 'lead_contacts', lc."id", NULL, to_jsonb(lc),
         'same contact, channel and value as entry ' || m."survivorId" || '; merged into it', lc."tenantId"
    FROM "lead_contacts" lc JOIN "f08_method" m ON m."id" = lc."id"
   WHERE m."id" <> m."survivorId"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'contact_methods', 'quarantined', count(*), NULL,
       'full copy of each entry merged away below'
  FROM copied HAVING count(*) > 0;

WITH removed AS (
  DELETE FROM "lead_contacts" lc USING "f08_method" m
   WHERE m."id" = lc."id" AND m."id" <> m."survivorId"
  RETURNING 1
), counted AS (SELECT count(*) AS n FROM removed)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'contact_methods', a.action::"LedgerAction", n, NULL, a.note
  FROM counted, (VALUES ('deleted', 'repeated (contact, channel, value) once the entries hang off contacts'),
                        ('merged', 'into the oldest entry of their contact with the same channel and value')) AS a(action, note)
 WHERE n > 0;

-- 5. At most one primary per contact and channel: the one whose value the contact shows, else the oldest.
--    A demoted flag is quarantined first.
CREATE TEMP TABLE "f08_demoted" ON COMMIT DROP AS
SELECT ranked."id", ranked."tenantId"
  FROM (
    SELECT lc."id", lc."tenantId",
           row_number() OVER (PARTITION BY m."contactId", m."channel"
                              ORDER BY (CASE m."channel" WHEN 'email' THEN lower(btrim(lc."value")) = lower(btrim(c."email"))
                                                         WHEN 'phone' THEN btrim(lc."value") = btrim(c."phone")
                                                         ELSE btrim(lc."value") = btrim(c."whatsapp") END) DESC NULLS LAST,
                                       lc."createdAt", lc."id") AS rank
      FROM "lead_contacts" lc
      JOIN "f08_method" m ON m."id" = lc."id"
      JOIN "contacts" c ON c."id" = m."contactId"
     WHERE lc."isPrimary"
  ) ranked
 WHERE ranked.rank > 1;

WITH copied AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000015_f08_unified_contact', 'lead_contacts', d."id", 'isPrimary', 'true'::jsonb,
         'a second primary of the same channel on one contact; demoted', d."tenantId"
    FROM "f08_demoted" d
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'contact_methods', 'quarantined', count(*), NULL,
       'isPrimary = true of entries demoted (second primary of a channel on one contact)'
  FROM copied HAVING count(*) > 0;

-- 6. Restructure lead_contacts into contact_methods. The new contactId column takes each entry's
--    contact; leadId keeps the lead the entry was captured from. An entry that survived a merge of
--    entries from several leads belongs to none of them alone: its leadId becomes NULL (kept in the
--    quarantine first), so deleting one of those leads does not take the others' address with it.
--    A channel spelt otherwise than its enum label ('Email ') is kept as written in the quarantine.
WITH copied AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000015_f08_unified_contact', 'lead_contacts', lc."id", col.name, col.value, col.reason, lc."tenantId"
    FROM "lead_contacts" lc
    JOIN "f08_method" m ON m."id" = lc."id"
    CROSS JOIN LATERAL (VALUES
      ('leadId', to_jsonb(lc."leadId"), m."shared",
       'entry merged with entries of other leads of its contact: it belongs to the contact, no longer to this lead alone'),
      ('channel', to_jsonb(lc."channel"), lc."channel" IS DISTINCT FROM m."channel",
       'channel spelt otherwise than its enum label ' || m."channel")) AS col(name, value, changes, reason)
   WHERE col.changes
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'contact_methods', 'quarantined', count(*), NULL,
       'leadId of entries shared by several leads (now NULL) and channels as written before normalising'
  FROM copied HAVING count(*) > 0;

-- AlterTable (catalog only: a new nullable column without a default rewrites nothing; from here
-- lead_contacts is held exclusively until the commit)
ALTER TABLE "lead_contacts" ADD COLUMN "contactId" TEXT, ALTER COLUMN "leadId" DROP NOT NULL;

WITH changed AS (
  UPDATE "lead_contacts" lc
     SET "contactId" = m."contactId",
         "leadId" = CASE WHEN m."shared" THEN NULL ELSE lc."leadId" END,
         "channel" = m."channel",
         "isPrimary" = lc."isPrimary" AND lc."id" NOT IN (SELECT "id" FROM "f08_demoted")
    FROM "f08_method" m
   WHERE m."id" = lc."id"
  RETURNING lc."id"
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'contact_methods', 'updated', count(*), NULL,
       'contactId set, leadId kept (NULL where several leads gave the entry), channel normalised; '
       || (SELECT count(*) FROM "f08_demoted") || ' second primaries demoted'
  FROM changed HAVING count(*) > 0;

-- Every remaining entry has its contact now (the others were quarantined and removed above).
ALTER TABLE "lead_contacts" ALTER COLUMN "contactId" SET NOT NULL;

-- RenameTable (in place: same rows, same storage). The leadId key keeps ON DELETE CASCADE: deleting a
-- lead deletes the entries captured from it, as before.
ALTER TABLE "lead_contacts" RENAME TO "contact_methods";
ALTER TABLE "contact_methods" RENAME CONSTRAINT "lead_contacts_pkey" TO "contact_methods_pkey";
ALTER TABLE "contact_methods" RENAME CONSTRAINT "lead_contacts_tenantId_fkey" TO "contact_methods_tenantId_fkey";
ALTER TABLE "contact_methods" RENAME CONSTRAINT "lead_contacts_leadId_fkey" TO "contact_methods_leadId_fkey";
ALTER INDEX "lead_contacts_tenantId_value_idx" RENAME TO "contact_methods_tenantId_value_idx";
ALTER INDEX "lead_contacts_leadId_idx" RENAME TO "contact_methods_leadId_idx";

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'lead_contacts', 'renamed', count(*), NULL, 'contact_methods'
  FROM "contact_methods";

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('email', 'phone', 'whatsapp');

-- AlterTable (every value was normalised above, so the cast cannot fail)
ALTER TABLE "contact_methods" ALTER COLUMN "channel" TYPE "ContactChannel" USING ("channel"::"ContactChannel");

-- CreateIndex
CREATE UNIQUE INDEX "contact_methods_contactId_channel_value_key" ON "contact_methods"("contactId", "channel", "value");

-- AddForeignKey
ALTER TABLE "contact_methods" ADD CONSTRAINT "contact_methods_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- 7. Leads point at their contact.
-- AlterTable
ALTER TABLE "leads" ADD COLUMN "contactId" TEXT;

WITH linked AS (
  UPDATE "leads" l
     SET "contactId" = per."contactId"
    FROM "f08_lead" fl
    JOIN "f08_person" per ON per."tenantId" = fl."tenantId" AND per."personKey" = fl."personKey"
   WHERE fl."leadId" = l."id"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000015_f08_unified_contact', 'leads', 'updated', count(*), NULL,
       'contactId set: the contact with the lead''s email, or the one created for it'
  FROM linked HAVING count(*) > 0;

-- CreateIndex
CREATE INDEX "leads_contactId_idx" ON "leads"("contactId");

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

DO $$
DECLARE
  entry record;
BEGIN
  FOR entry IN
    SELECT "tableName", "action", "rows", "anomaly" FROM "migration_ledger"
     WHERE "migration" = '20261129000015_f08_unified_contact' ORDER BY "id"
  LOOP
    RAISE NOTICE 'f08: % % row(s) of %', entry."action", entry."rows",
      entry."tableName" || coalesce(' (anomaly ' || entry."anomaly" || ')', '');
  END LOOP;
END $$;
