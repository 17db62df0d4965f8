// Probes for 20261129000015_f08_unified_contact: every lead_contacts entry is re-attached from its lead to
// a contact of the lead's tenant; email entries that repeat an existing contact's email are merged into
// it; entries whose channel is no member of ContactChannel, or whose value is blank, are quarantined and
// removed. The migration refuses to run while an entry belongs to another tenant than its lead.
// The channels are the labels of the ContactChannel enum the migration creates (reference catalog).
import type { FolderProbes } from '../../../src/migrations/probes.js';
import { literalList } from '../../../src/migrations/probes.js';

export const probes: FolderProbes = {
  folder: '20261129000015_f08_unified_contact',
  anomalies: [
    {
      kind: 'lead_contact_entries',
      unit: 'entries',
      action: 'moved',
      effect: 're-attached from the lead to a contact (lead_contacts becomes contact_methods)',
    },
    {
      kind: 'lead_contact_duplicates_contact',
      unit: 'entries',
      action: 'merged',
      effect: 'the lead now points at the existing contact with that email',
    },
    {
      kind: 'lead_contact_unusable',
      extra: true,
      unit: 'entries',
      action: 'quarantined',
      effect: 'copied whole to the quarantine, then deleted',
    },
  ],
  // Entries normalised as the migration does (channel by lower(btrim()), email values by lower(btrim()));
  // the tenants' known emails are joined once (a hash join): no index serves lower(btrim(email)).
  sql: (ctx) => `
    WITH entry AS MATERIALIZED (
      SELECT lc."id", l."tenantId",
             CASE WHEN lower(btrim(lc."channel")) IN (${literalList(ctx.enumLabels('ContactChannel'))}) THEN lower(btrim(lc."channel")) END AS channel,
             CASE WHEN lower(btrim(lc."channel")) = 'email' THEN lower(nullif(btrim(lc."value"), '')) ELSE nullif(btrim(lc."value"), '') END AS value_key
        FROM ${ctx.table('lead_contacts')} lc JOIN ${ctx.table('leads')} l ON l."id" = lc."leadId"
    )
    -- every entry is moved: counted, and five of them named, rather than listed one by one
    SELECT 'lead_contact_entries' AS kind, NULL::text AS id, count(*) AS n, NULL::text AS at FROM entry
    UNION ALL
    (SELECT 'lead_contact_entries', e."id"::text, 0, NULL FROM entry e ORDER BY e."id" LIMIT 5)
    UNION ALL
    SELECT 'lead_contact_duplicates_contact', e."id"::text, 1, NULL
      FROM entry e
      JOIN (SELECT DISTINCT c."tenantId", lower(btrim(c."email")) AS email
              FROM ${ctx.table('contacts')} c WHERE nullif(btrim(c."email"), '') IS NOT NULL) known
        ON known."tenantId" = e."tenantId" AND known.email = e.value_key
     WHERE e.channel = 'email'
    UNION ALL
    SELECT 'lead_contact_unusable', e."id"::text, 1, CASE WHEN e.channel IS NULL THEN 'channel is not a ContactChannel' ELSE 'blank value' END
      FROM entry e
     WHERE e.channel IS NULL OR e.value_key IS NULL`,
  blockers: [
    {
      what: 'lead_contacts rows whose tenantId is not the tenant of their lead (the migration stops on them)',
      fix: 'set lead_contacts."tenantId" to the tenant of the lead (or delete the rows), then run preflight again',
      sql: (ctx) => `
        SELECT lc."id"::text AS id
          FROM ${ctx.table('lead_contacts')} lc JOIN ${ctx.table('leads')} l ON l."id" = lc."leadId"
         WHERE lc."tenantId" <> l."tenantId"`,
    },
  ],
};
