-- Finding 8, expand step: one contact model. Every lead will point at the Contact of its tenant that has
-- its email (created when there is none, kind 'lead'), and each lead_contacts entry becomes a row of the
-- new table contact_methods, under the same id, hanging off that contact, its channel an enum. This
-- folder only adds: the enum, the empty table contact_methods with its keys and indexes, the nullable
-- leads."contactId" with its key NOT VALID, and a trigger that places every entry the legacy
-- application writes into contact_methods. lead_contacts itself is not changed: the legacy
-- application keeps reading and writing it until the contract folder drops it.
-- The backfill (backfill.ts, online_migration.f08_place_tenants) places the existing entries one range
-- of tenants at a time, by the same rules as the single-transaction version of this folder: people by
-- email, merges of repeated (contact, channel, value), at most one primary per contact and channel,
-- unusable entries and every overwritten value kept in migration_quarantine.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('email', 'phone', 'whatsapp');

-- CreateTable (empty: its indexes and keys are built on no rows)
CREATE TABLE "contact_methods" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "leadId" TEXT,
    "channel" "ContactChannel" NOT NULL,
    "value" TEXT NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contactId" TEXT NOT NULL,

    CONSTRAINT "contact_methods_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "contact_methods_tenantId_value_idx" ON "contact_methods"("tenantId", "value");
CREATE INDEX "contact_methods_leadId_idx" ON "contact_methods"("leadId");
CREATE UNIQUE INDEX "contact_methods_contactId_channel_value_key" ON "contact_methods"("contactId", "channel", "value");

-- AddForeignKey (SHARE ROW EXCLUSIVE on tenants, leads and contacts for an instant; the check reads no row)
ALTER TABLE "contact_methods" ADD CONSTRAINT "contact_methods_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "contact_methods" ADD CONSTRAINT "contact_methods_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "contact_methods" ADD CONSTRAINT "contact_methods_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable (nullable, no default: catalog only, ACCESS EXCLUSIVE on leads for an instant)
ALTER TABLE "leads" ADD COLUMN "contactId" TEXT;

-- AddForeignKey (NOT VALID: SHARE ROW EXCLUSIVE on leads and contacts for an instant, no scan; validated by the contract)
ALTER TABLE "leads" ADD CONSTRAINT "leads_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;

-- Legacy writes the trigger could not place, with the error, for the contract to name.
CREATE TABLE "online_migration"."f08_unplaced" (
  "entryId" TEXT NOT NULL PRIMARY KEY,
  "error"   TEXT NOT NULL,
  "at"      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Contacts the trigger created for legacy writes, so the contract can book them.
CREATE TABLE "online_migration"."f08_trigger_contact" ("contactId" TEXT NOT NULL PRIMARY KEY);

-- Legacy writes that came while a backfill batch was placing their tenant: the trigger does not wait for
-- the batch (a large tenant can take seconds) but notes the write here, with the entry as it was before
-- it, and the backfill's finish brings each noted entry in (online_migration.f08_drain_deferred).
CREATE TABLE "online_migration"."f08_deferred" (
  "id"      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "entryId" TEXT NOT NULL,
  "oldRow"  JSONB,
  "at"      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- Whether the backfill has placed the tenant's entries already (its tenant step, step 1, is past the
-- tenant). Read under a shared lock on the tenant: a backfill batch holds the lock of each of its
-- tenants exclusively (f08_place_tenants), so the batch that takes the tenant waits for writes in
-- flight and sees every entry written before it. A legacy write that finds the tenant locked by a
-- batch does not come here at all: the trigger defers it (online_migration.f08_deferred).
CREATE FUNCTION "online_migration"."f08_tenant_placed"(tenant text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
  placed boolean;
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtext('online_migration.f08_tenant'), hashtext(tenant));
  SELECT coalesce(bool_or(p."backfilledAt" IS NOT NULL OR p."backfillStep" > 1
                          OR (p."backfillStep" = 1 AND p."backfillKey" IS NOT NULL AND tenant <= p."backfillKey")), true)
    INTO placed
    FROM "online_migration"."phase" p WHERE p."expandFolder" = '20261129000015_f08_unified_contact';
  RETURN placed;
END $$;

-- Backfill step 0: an entry whose tenantId is not its lead's would become one tenant's method on
-- another tenant's contact. Which tenant owns that person is not something a migration can decide:
-- stop and name the rows of the range, before anything is placed.
CREATE FUNCTION "online_migration"."f08_check_tenants"(after_id text, last_id text) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  mismatched bigint;
  sample text;
BEGIN
  SELECT count(*), string_agg(m.line, ', ') FILTER (WHERE m.rank <= 20) INTO mismatched, sample
    FROM (SELECT lc."id" || ' (entry tenant ' || lc."tenantId" || ', lead tenant ' || l."tenantId" || ')' AS line,
                 row_number() OVER (ORDER BY lc."id") AS rank
            FROM "lead_contacts" lc JOIN "leads" l ON l."id" = lc."leadId"
           WHERE (after_id IS NULL OR lc."id" > after_id) AND lc."id" <= last_id AND lc."tenantId" <> l."tenantId") m;
  IF mismatched > 0 THEN
    RAISE EXCEPTION 'f08: % lead_contacts row(s) belong to another tenant than their lead: %', mismatched,
      sample || CASE WHEN mismatched > 20 THEN ' ...' ELSE '' END
      USING HINT = 'Set lead_contacts.tenantId to the tenant of the lead (or delete the rows) and run the backfill again.';
  END IF;
  RETURN 0;
END $$;

-- Backfill step 1, one range ($1, $2] of tenants.id: a person, a contact and its methods never span
-- tenants, so each batch sees everything it decides on. Entries already placed or quarantined whole
-- are skipped, so a repeated range changes nothing. Returns the counts the ledger books.
CREATE FUNCTION "online_migration"."f08_place_tenants"(after_tenant text, last_tenant text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  m CONSTANT text := '20261129000015_f08_unified_contact';
  counts jsonb := '{}';
  n integer;
BEGIN
  -- The range's tenants, locked for the rest of the batch in key order (see f08_tenant_placed): writes
  -- of these tenants in flight are waited for, and those that come later are deferred to the finish.
  PERFORM pg_advisory_xact_lock(hashtext('online_migration.f08_tenant'), hashtext(t."id"))
     FROM (SELECT t."id" FROM "tenants" t
            WHERE (after_tenant IS NULL OR t."id" > after_tenant) AND t."id" <= last_tenant ORDER BY t."id") t;

  -- Every entry of the range, normalised once: channel by lower(btrim()), email values by
  -- lower(btrim()), other values by btrim() (only for comparing; stored values are kept as written).
  CREATE TEMP TABLE "f08_entry" ("id" text PRIMARY KEY, "tenantId" text NOT NULL, "leadId" text NOT NULL,
                                 "channel" text, "valueKey" text, "isPrimary" boolean NOT NULL) ON COMMIT DROP;
  INSERT INTO "f08_entry"
  SELECT lc."id", l."tenantId", lc."leadId",
         CASE WHEN lower(btrim(lc."channel")) IN ('email', 'phone', 'whatsapp') THEN lower(btrim(lc."channel")) END,
         CASE WHEN lower(btrim(lc."channel")) = 'email' THEN lower(nullif(btrim(lc."value"), '')) ELSE nullif(btrim(lc."value"), '') END,
         lc."isPrimary"
    FROM "leads" l JOIN "lead_contacts" lc ON lc."leadId" = l."id"
   WHERE (after_tenant IS NULL OR l."tenantId" > after_tenant) AND l."tenantId" <= last_tenant AND lc."tenantId" = l."tenantId"
     AND NOT EXISTS (SELECT 1 FROM "contact_methods" cm WHERE cm."id" = lc."id")
     AND NOT EXISTS (SELECT 1 FROM "migration_quarantine" q WHERE q."migration" = m AND q."tableName" = 'lead_contacts'
                                                            AND q."rowId" = lc."id" AND q."columnName" IS NULL);
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('entries', n);

  -- The person behind each lead with a usable entry: its primary email (else its oldest email), or,
  -- for a lead without any email, the lead itself.
  CREATE TEMP TABLE "f08_lead" ("leadId" text PRIMARY KEY, "tenantId" text NOT NULL, "personKey" text NOT NULL, "email" text) ON COMMIT DROP;
  INSERT INTO "f08_lead"
  SELECT l."id", l."tenantId", coalesce('email:' || em."valueKey", 'lead:' || l."id"), em."valueKey"
    FROM "leads" l
    JOIN (SELECT DISTINCT e."leadId" FROM "f08_entry" e WHERE e."channel" IS NOT NULL AND e."valueKey" IS NOT NULL) usable ON usable."leadId" = l."id"
    LEFT JOIN (SELECT DISTINCT ON (e."leadId") e."leadId", e."valueKey"
                 FROM "f08_entry" e JOIN "lead_contacts" lc ON lc."id" = e."id"
                WHERE e."channel" = 'email' AND e."valueKey" IS NOT NULL
                ORDER BY e."leadId", e."isPrimary" DESC, lc."createdAt", lc."id") em ON em."leadId" = l."id";

  -- The contacts the range's tenants already have, by normalised email (the oldest when case variants exist).
  CREATE TEMP TABLE "f08_known_email" ON COMMIT DROP AS
  SELECT DISTINCT ON (c."tenantId", lower(btrim(c."email"))) c."tenantId", lower(btrim(c."email")) AS "email", c."id" AS "contactId"
    FROM "contacts" c
   WHERE (after_tenant IS NULL OR c."tenantId" > after_tenant) AND c."tenantId" <= last_tenant AND nullif(btrim(c."email"), '') IS NOT NULL
   ORDER BY c."tenantId", lower(btrim(c."email")), c."createdAt", c."id";

  -- One contact per (tenant, person): the existing one with that email, else a new one whose id is
  -- derived from the key (same data, same ids); "firstLeadId" is the person's oldest lead.
  CREATE TEMP TABLE "f08_person" ON COMMIT DROP AS
  SELECT p."tenantId", p."personKey", p."email",
         coalesce(known."contactId", 'c' || substr(md5('f08:' || p."tenantId" || ':' || p."personKey"), 1, 24)) AS "contactId",
         known."contactId" IS NULL AS "isNew", p."firstLeadId"
    FROM (SELECT DISTINCT ON (fl."tenantId", fl."personKey") fl."tenantId", fl."personKey", fl."email", fl."leadId" AS "firstLeadId"
            FROM "f08_lead" fl JOIN "leads" l ON l."id" = fl."leadId"
           ORDER BY fl."tenantId", fl."personKey", l."createdAt", l."id") p
    LEFT JOIN "f08_known_email" known ON known."tenantId" = p."tenantId" AND known."email" = p."email";

  -- The contact of every usable entry and the survivor of its (contact, channel, value) group: the oldest.
  CREATE TEMP TABLE "f08_method" ON COMMIT DROP AS
  SELECT e."id", per."contactId", e."channel",
         first_value(e."id") OVER w AS "survivorId",
         bool_or(e."isPrimary") OVER w AS "anyPrimary",
         min(lc."verifiedAt") OVER w AS "firstVerified",
         count(*) OVER w AS "groupSize",
         min(e."leadId") OVER w <> max(e."leadId") OVER w AS "shared"
    FROM "f08_entry" e
    JOIN "lead_contacts" lc ON lc."id" = e."id"
    JOIN "f08_lead" fl ON fl."leadId" = e."leadId"
    JOIN "f08_person" per ON per."tenantId" = fl."tenantId" AND per."personKey" = fl."personKey"
   WHERE e."channel" IS NOT NULL AND e."valueKey" IS NOT NULL
  WINDOW w AS (PARTITION BY per."contactId", e."channel", e."valueKey" ORDER BY lc."createdAt", lc."id"
               ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING);

  SELECT count(*) INTO n
    FROM "f08_entry" e JOIN "f08_known_email" known ON known."tenantId" = e."tenantId" AND known."email" = e."valueKey"
   WHERE e."channel" = 'email';
  counts := counts || jsonb_build_object('duplicatesContact', n);

  counts := counts || "online_migration"."f08_place_people"();
  counts := counts || "online_migration"."f08_place_methods"();

  -- Each lead pointed at its contact, last: the legacy application writes leads (a status change), and a
  -- lead updated here stays locked until the batch commits, so the lock should cover the commit only,
  -- not the placing of the methods (a large tenant's batch runs for seconds).
  UPDATE "leads" l
     SET "contactId" = per."contactId"
    FROM "f08_lead" fl
    JOIN "f08_person" per ON per."tenantId" = fl."tenantId" AND per."personKey" = fl."personKey"
   WHERE fl."leadId" = l."id" AND l."contactId" IS DISTINCT FROM per."contactId";
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('leadsUpdated', n);
  RETURN counts;
END $$;

-- The people of a batch: new contacts (kind 'lead', named after the person's oldest lead), and empty phone /
-- WhatsApp filled from the surviving entries (primary first, then oldest; the email is never changed:
-- it is what the contact was found or created by). The leads are pointed at their contacts at the end of
-- the batch (f08_place_tenants).
CREATE FUNCTION "online_migration"."f08_place_people"() RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  counts jsonb := '{}';
  n integer;
BEGIN
  INSERT INTO "contacts" ("id", "tenantId", "email", "firstName", "lastName", "company", "jobTitle", "kind", "origin", "createdAt", "updatedAt")
  SELECT per."contactId", per."tenantId", per."email",
         nullif(split_part(btrim(l."fullName"), ' ', 1), ''),
         nullif(btrim(substr(btrim(l."fullName"), length(split_part(btrim(l."fullName"), ' ', 1)) + 1)), ''),
         l."company", l."jobTitle", 'lead',
         CASE l."origin" WHEN 'import' THEN 'import' WHEN 'outreach' THEN 'outreach' ELSE 'manual' END,
         l."createdAt", CURRENT_TIMESTAMP
    FROM "f08_person" per JOIN "leads" l ON l."id" = per."firstLeadId"
   WHERE per."isNew"
  ON CONFLICT ("id") DO NOTHING;
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('contactsInserted', n);

  WITH best AS (
    SELECT ranked."contactId",
           max(ranked."value") FILTER (WHERE ranked."channel" = 'phone') AS "phone",
           max(ranked."value") FILTER (WHERE ranked."channel" = 'whatsapp') AS "whatsapp"
      FROM (SELECT DISTINCT ON (mt."contactId", mt."channel") mt."contactId", mt."channel", btrim(lc."value") AS "value"
              FROM "f08_method" mt JOIN "lead_contacts" lc ON lc."id" = mt."id"
             WHERE mt."id" = mt."survivorId" AND mt."channel" IN ('phone', 'whatsapp')
             ORDER BY mt."contactId", mt."channel", mt."anyPrimary" DESC, lc."createdAt", lc."id") ranked
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
  SELECT count(*) FILTER (WHERE NOT "isNew") INTO n FROM filled;
  counts := counts || jsonb_build_object('contactsUpdated', n);
  RETURN counts;
END $$;

-- The methods of a batch. Entries that cannot be a method (unknown channel, blank value) are copied
-- whole into the quarantine. In each repeated (contact, channel, value) group the oldest entry
-- survives and takes over the group's primary flag and, when it has none, its earliest verification
-- (its own values kept in the quarantine); the others are copied whole into the quarantine. At most one
-- primary per contact and channel: the one whose value the contact shows, else the oldest (a demoted
-- flag is kept). A survivor of entries of several leads belongs to the contact: its leadId becomes NULL
-- (kept). A channel spelt otherwise than its enum label is kept as written. Then the survivors are
-- written to contact_methods under their own ids.
CREATE FUNCTION "online_migration"."f08_place_methods"() RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  m CONSTANT text := '20261129000015_f08_unified_contact';
  counts jsonb := '{}';
  n integer;
BEGIN
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'lead_contacts', lc."id", NULL, to_jsonb(lc),
         CASE WHEN e."channel" IS NULL THEN 'channel "' || lc."channel" || '" is not email, phone or whatsapp' ELSE 'blank value' END,
         lc."tenantId"
    FROM "lead_contacts" lc JOIN "f08_entry" e ON e."id" = lc."id"
   WHERE e."channel" IS NULL OR e."valueKey" IS NULL;
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('unusable', n);

  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'lead_contacts', lc."id", col.name, col.value, 'value before this entry took over from the entries merged into it', lc."tenantId"
    FROM "f08_method" mt JOIN "lead_contacts" lc ON lc."id" = mt."id"
    CROSS JOIN LATERAL (VALUES ('isPrimary', to_jsonb(lc."isPrimary"), lc."isPrimary" IS DISTINCT FROM mt."anyPrimary"),
                               ('verifiedAt', coalesce(to_jsonb(lc."verifiedAt"), 'null'::jsonb),
                                lc."verifiedAt" IS DISTINCT FROM coalesce(lc."verifiedAt", mt."firstVerified"))) AS col(name, value, changes)
   WHERE mt."id" = mt."survivorId" AND mt."groupSize" > 1 AND col.changes;
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('takenOver', n);

  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'lead_contacts', lc."id", NULL, to_jsonb(lc), 'same contact, channel and value as entry ' || mt."survivorId" || '; merged into it', lc."tenantId"
    FROM "lead_contacts" lc JOIN "f08_method" mt ON mt."id" = lc."id"
   WHERE mt."id" <> mt."survivorId";
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('mergedAway', n);

  CREATE TEMP TABLE "f08_demoted" ON COMMIT DROP AS
  SELECT ranked."id"
    FROM (SELECT mt."id",
                 row_number() OVER (PARTITION BY mt."contactId", mt."channel"
                                    ORDER BY (CASE mt."channel" WHEN 'email' THEN lower(btrim(lc."value")) = lower(btrim(c."email"))
                                                               WHEN 'phone' THEN btrim(lc."value") = btrim(c."phone")
                                                               ELSE btrim(lc."value") = btrim(c."whatsapp") END) DESC NULLS LAST,
                                             lc."createdAt", lc."id") AS rank
            FROM "f08_method" mt JOIN "lead_contacts" lc ON lc."id" = mt."id" JOIN "contacts" c ON c."id" = mt."contactId"
           WHERE mt."id" = mt."survivorId" AND mt."anyPrimary") ranked
   WHERE ranked.rank > 1;
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'lead_contacts', lc."id", 'isPrimary', 'true'::jsonb, 'a second primary of the same channel on one contact; demoted', lc."tenantId"
    FROM "f08_demoted" d JOIN "lead_contacts" lc ON lc."id" = d."id";
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('demoted', n);

  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'lead_contacts', lc."id", col.name, col.value, col.reason, lc."tenantId"
    FROM "f08_method" mt JOIN "lead_contacts" lc ON lc."id" = mt."id"
    CROSS JOIN LATERAL (VALUES
      ('leadId', to_jsonb(lc."leadId"), mt."shared",
       'entry merged with entries of other leads of its contact: it belongs to the contact, no longer to this lead alone'),
      ('channel', to_jsonb(lc."channel"), lc."channel" IS DISTINCT FROM mt."channel",
       'channel spelt otherwise than its enum label ' || mt."channel")) AS col(name, value, changes, reason)
   WHERE mt."id" = mt."survivorId" AND col.changes;
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('overwritten', n);

  INSERT INTO "contact_methods" ("id", "tenantId", "leadId", "channel", "value", "isPrimary", "verifiedAt", "createdAt", "updatedAt", "contactId")
  SELECT lc."id", lc."tenantId", CASE WHEN mt."shared" THEN NULL ELSE lc."leadId" END, mt."channel"::"ContactChannel", lc."value",
         mt."anyPrimary" AND mt."id" NOT IN (SELECT "id" FROM "f08_demoted"),
         coalesce(lc."verifiedAt", mt."firstVerified"), lc."createdAt", lc."updatedAt", mt."contactId"
    FROM "f08_method" mt JOIN "lead_contacts" lc ON lc."id" = mt."id"
   WHERE mt."id" = mt."survivorId";
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('placed', n);
  RETURN counts;
END $$;

-- One entry the legacy application wrote, for a tenant the backfill has placed already, placed the way
-- the backfill would place it given what is placed so far: its lead's contact (found by the entry's
-- email, or created, when the lead has none yet), merged into a method of that contact with the same
-- channel and value, or added as a method of its own (a second primary demoted, a channel's spelling
-- kept). An unusable entry is copied whole into the quarantine, as the backfill does.
-- The entry arrives as jsonb (to_jsonb of the row), so that nothing here depends on the row type of
-- lead_contacts, which the contract drops.
CREATE FUNCTION "online_migration"."f08_place_entry"(entry jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  m CONSTANT text := '20261129000015_f08_unified_contact';
  lc record;
  lead record;
  entry_channel text;
  value_key text;
  contact text;
  survivor record;
  primary_taken boolean;
BEGIN
  SELECT * INTO lc FROM jsonb_to_record(entry) AS x("id" text, "tenantId" text, "leadId" text, "channel" text, "value" text,
                                                     "isPrimary" boolean, "verifiedAt" timestamp(3), "createdAt" timestamp(3), "updatedAt" timestamp(3));
  entry_channel := CASE WHEN lower(btrim(lc."channel")) IN ('email', 'phone', 'whatsapp') THEN lower(btrim(lc."channel")) END;
  value_key := CASE WHEN entry_channel = 'email' THEN lower(nullif(btrim(lc."value"), '')) ELSE nullif(btrim(lc."value"), '') END;
  SELECT l."id", l."tenantId", l."contactId", l."fullName", l."company", l."jobTitle", l."origin", l."createdAt" INTO lead
    FROM "leads" l WHERE l."id" = lc."leadId";
  IF entry_channel IS NULL OR value_key IS NULL THEN
    INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
    VALUES (m, 'lead_contacts', lc."id", NULL, entry,
            CASE WHEN entry_channel IS NULL THEN 'channel "' || lc."channel" || '" is not email, phone or whatsapp' ELSE 'blank value' END, lc."tenantId");
    RETURN;
  END IF;
  contact := lead."contactId";
  IF contact IS NULL THEN
    IF entry_channel = 'email' THEN
      SELECT c."id" INTO contact FROM "contacts" c
       WHERE c."tenantId" = lead."tenantId" AND lower(btrim(c."email")) = value_key ORDER BY c."createdAt", c."id" LIMIT 1;
    END IF;
    IF contact IS NULL THEN
      contact := 'c' || substr(md5('f08:' || lead."tenantId" || ':' || CASE WHEN entry_channel = 'email' THEN 'email:' || value_key ELSE 'lead:' || lead."id" END), 1, 24);
      INSERT INTO "contacts" ("id", "tenantId", "email", "firstName", "lastName", "company", "jobTitle", "kind", "origin", "createdAt", "updatedAt")
      VALUES (contact, lead."tenantId", CASE WHEN entry_channel = 'email' THEN value_key END,
              nullif(split_part(btrim(lead."fullName"), ' ', 1), ''),
              nullif(btrim(substr(btrim(lead."fullName"), length(split_part(btrim(lead."fullName"), ' ', 1)) + 1)), ''),
              lead."company", lead."jobTitle", 'lead',
              CASE lead."origin" WHEN 'import' THEN 'import' WHEN 'outreach' THEN 'outreach' ELSE 'manual' END,
              lead."createdAt", CURRENT_TIMESTAMP)
      ON CONFLICT ("id") DO NOTHING;
      IF FOUND THEN
        INSERT INTO "online_migration"."f08_trigger_contact" ("contactId") VALUES (contact) ON CONFLICT DO NOTHING;
      END IF;
    END IF;
    UPDATE "leads" SET "contactId" = contact WHERE "id" = lead."id";
  END IF;

  SELECT cm."id", cm."leadId", cm."isPrimary" INTO survivor
    FROM "contact_methods" cm
   WHERE cm."contactId" = contact AND cm."channel" = entry_channel::"ContactChannel"
     AND CASE WHEN entry_channel = 'email' THEN lower(btrim(cm."value")) ELSE btrim(cm."value") END = value_key
   ORDER BY cm."createdAt", cm."id" LIMIT 1
     FOR UPDATE;
  SELECT EXISTS (SELECT 1 FROM "contact_methods" cm WHERE cm."contactId" = contact AND cm."channel" = entry_channel::"ContactChannel" AND cm."isPrimary")
    INTO primary_taken;
  IF survivor."id" IS NOT NULL THEN
    INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
    VALUES (m, 'lead_contacts', lc."id", NULL, entry, 'same contact, entry_channel and value as entry ' || survivor."id" || '; merged into it', lc."tenantId");
    -- The survivor's own values are kept once, as they were before any takeover.
    INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
    SELECT m, 'lead_contacts', survivor."id", col.name, col.value, col.reason, lc."tenantId"
      FROM (VALUES ('leadId', to_jsonb(survivor."leadId"), survivor."leadId" IS DISTINCT FROM lc."leadId" AND survivor."leadId" IS NOT NULL,
                    'entry merged with entries of other leads of its contact: it belongs to the contact, no longer to this lead alone'),
                   ('isPrimary', to_jsonb(survivor."isPrimary"), lc."isPrimary" AND NOT survivor."isPrimary" AND NOT primary_taken,
                    'value before this entry took over from the entries merged into it')) AS col(name, value, changes, reason)
     WHERE col.changes
       AND NOT EXISTS (SELECT 1 FROM "migration_quarantine" q
                        WHERE q."migration" = m AND q."tableName" = 'lead_contacts' AND q."rowId" = survivor."id" AND q."columnName" = col.name);
    UPDATE "contact_methods" cm
       SET "leadId" = CASE WHEN cm."leadId" IS DISTINCT FROM lc."leadId" THEN NULL ELSE cm."leadId" END,
           "isPrimary" = cm."isPrimary" OR (lc."isPrimary" AND NOT primary_taken),
           "updatedAt" = CURRENT_TIMESTAMP
     WHERE cm."id" = survivor."id";
    RETURN;
  END IF;

  IF lc."isPrimary" AND primary_taken THEN
    INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
    VALUES (m, 'lead_contacts', lc."id", 'isPrimary', 'true'::jsonb, 'a second primary of the same entry_channel on one contact; demoted', lc."tenantId");
  END IF;
  IF lc."channel" IS DISTINCT FROM entry_channel THEN
    INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
    VALUES (m, 'lead_contacts', lc."id", 'channel', to_jsonb(lc."channel"), 'channel spelt otherwise than its enum label ' || entry_channel, lc."tenantId");
  END IF;
  INSERT INTO "contact_methods" ("id", "tenantId", "leadId", "channel", "value", "isPrimary", "verifiedAt", "createdAt", "updatedAt", "contactId")
  VALUES (lc."id", lc."tenantId", lc."leadId", entry_channel::"ContactChannel", lc."value", lc."isPrimary" AND NOT primary_taken,
          lc."verifiedAt", lc."createdAt", lc."updatedAt", contact);
  IF entry_channel IN ('phone', 'whatsapp') THEN
    UPDATE "contacts" c
       SET "phone" = CASE WHEN entry_channel = 'phone' THEN coalesce(c."phone", btrim(lc."value")) ELSE c."phone" END,
           "whatsapp" = CASE WHEN entry_channel = 'whatsapp' THEN coalesce(c."whatsapp", btrim(lc."value")) ELSE c."whatsapp" END
     WHERE c."id" = contact AND ((entry_channel = 'phone' AND c."phone" IS NULL) OR (entry_channel = 'whatsapp' AND c."whatsapp" IS NULL));
  END IF;
END $$;

-- One legacy write brought into contact_methods, given the entry as it was (old_row; NULL for an insert)
-- and as it is now (new_row; NULL once deleted). A tenant the backfill has not reached is left to the
-- backfill, which reads lead_contacts when it gets there; an entry filed under another tenant than its
-- lead is left for the contract to name. The rows arrive as jsonb (to_jsonb of lead_contacts rows), so
-- that nothing here depends on the row type of lead_contacts, which the contract drops.
CREATE FUNCTION "online_migration"."f08_sync_entry"(old_row jsonb, new_row jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  lead_tenant text;
BEGIN
  IF new_row IS NULL THEN
    -- Deleting an entry deletes the method captured from it; one several leads gave stays with the contact.
    DELETE FROM "contact_methods" WHERE "id" = old_row->>'id' AND "leadId" = old_row->>'leadId';
    RETURN;
  END IF;
  SELECT l."tenantId" INTO lead_tenant FROM "leads" l WHERE l."id" = new_row->>'leadId';
  IF lead_tenant IS DISTINCT FROM new_row->>'tenantId' OR NOT "online_migration"."f08_tenant_placed"(lead_tenant) THEN
    RETURN;
  END IF;
  IF old_row IS NOT NULL AND EXISTS (SELECT 1 FROM "contact_methods" WHERE "id" = new_row->>'id') THEN
    IF (new_row->>'channel', new_row->>'value', new_row->>'leadId') IS NOT DISTINCT FROM (old_row->>'channel', old_row->>'value', old_row->>'leadId') THEN
      UPDATE "contact_methods" cm
         SET "verifiedAt" = (new_row->>'verifiedAt')::timestamp(3), "updatedAt" = (new_row->>'updatedAt')::timestamp(3),
             "isPrimary" = (new_row->>'isPrimary')::boolean AND NOT EXISTS (SELECT 1 FROM "contact_methods" o
                                                                          WHERE o."contactId" = cm."contactId" AND o."channel" = cm."channel"
                                                                            AND o."isPrimary" AND o."id" <> cm."id")
       WHERE cm."id" = new_row->>'id';
      RETURN;
    END IF;
    DELETE FROM "contact_methods" WHERE "id" = new_row->>'id';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "contact_methods" WHERE "id" = new_row->>'id')
     AND NOT EXISTS (SELECT 1 FROM "migration_quarantine" q
                      WHERE q."migration" = '20261129000015_f08_unified_contact' AND q."tableName" = 'lead_contacts'
                        AND q."rowId" = new_row->>'id' AND q."columnName" IS NULL) THEN
    PERFORM "online_migration"."f08_place_entry"(new_row);
  END IF;
END $$;

-- The trigger on lead_contacts: it never raises. A write it cannot place is recorded in
-- online_migration.f08_unplaced (with the error), and the contract stops and names it. A write of a
-- tenant a backfill batch is placing right now does not wait for the batch: it is noted in
-- online_migration.f08_deferred and brought in at the backfill's finish. Every write first takes the
-- shared lock the finish takes exclusively, so the finish sees every note a write in flight may still add.
CREATE FUNCTION "online_migration"."f08_sync_lead_contact"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_row CONSTANT jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row CONSTANT jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
BEGIN
  BEGIN
    PERFORM pg_advisory_xact_lock_shared(hashtext('online_migration.f08_deferred'), 0);
    IF NOT pg_try_advisory_xact_lock_shared(hashtext('online_migration.f08_tenant'), hashtext(coalesce(new_row, old_row)->>'tenantId')) THEN
      INSERT INTO "online_migration"."f08_deferred" ("entryId", "oldRow") VALUES (coalesce(new_row, old_row)->>'id', old_row);
      RETURN NULL;
    END IF;
    PERFORM "online_migration"."f08_sync_entry"(old_row, new_row);
  EXCEPTION WHEN OTHERS THEN
    INSERT INTO "online_migration"."f08_unplaced" ("entryId", "error") VALUES (coalesce(new_row, old_row)->>'id', SQLERRM)
    ON CONFLICT ("entryId") DO UPDATE SET "error" = EXCLUDED."error", "at" = now();
  END;
  RETURN NULL;
END $$;

-- The backfill's finish: every write deferred while a batch placed its tenant is brought in as the trigger
-- would have done after that batch. The exclusive lock waits for the writes in flight (each holds the
-- shared one) and holds up new writes of lead_contacts for the drain's milliseconds. Per entry, the step is
-- from the state the batch may have placed (the entry before its first deferred write) to the state it is
-- in now; a deleted entry, from the row its deletion removed.
CREATE FUNCTION "online_migration"."f08_drain_deferred"() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  d record;
  drained integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('online_migration.f08_deferred'), 0);
  FOR d IN
    SELECT e."entryId",
           (array_agg(e."oldRow" ORDER BY e."id"))[1] AS first_old,
           (array_agg(e."oldRow" ORDER BY e."id" DESC))[1] AS last_old,
           (SELECT to_jsonb(lc) FROM "lead_contacts" lc WHERE lc."id" = e."entryId") AS now_row
      FROM "online_migration"."f08_deferred" e
     GROUP BY e."entryId"
     ORDER BY min(e."id")
  LOOP
    BEGIN
      PERFORM "online_migration"."f08_sync_entry"(CASE WHEN d.now_row IS NULL THEN d.last_old ELSE d.first_old END, d.now_row);
    EXCEPTION WHEN OTHERS THEN
      INSERT INTO "online_migration"."f08_unplaced" ("entryId", "error") VALUES (d."entryId", SQLERRM)
      ON CONFLICT ("entryId") DO UPDATE SET "error" = EXCLUDED."error", "at" = now();
    END;
    drained := drained + 1;
  END LOOP;
  DELETE FROM "online_migration"."f08_deferred";
  RETURN drained;
END $$;

-- SHARE ROW EXCLUSIVE on lead_contacts for an instant.
CREATE TRIGGER "online_f08_sync_lead_contact"
  AFTER INSERT OR UPDATE OR DELETE ON "lead_contacts"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f08_sync_lead_contact"();

SELECT "online_migration"."expanded"('20261129000015_f08_unified_contact', 8);
