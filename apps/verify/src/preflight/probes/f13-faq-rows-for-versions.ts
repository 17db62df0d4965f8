// Probes for 20261129000011_f13_faq_rows_for_versions: every entry of a version's FAQ snapshot becomes a
// blog_post_faqs row of that version. The catalog's kind counts the versions whose snapshot differs from
// the post's live FAQs (compared as position, question, answer, as the migration compares them); the
// further kind counts what cannot be read (a snapshot that is no array, an entry that is no FAQ), which
// goes to the quarantine.
import type { FolderProbes } from './types.js';

export const probes: FolderProbes = {
  folder: '20261129000011_f13_faq_rows_for_versions',
  costPerRow: 20, // every snapshot is taken apart entry by entry
  anomalies: [
    {
      kind: 'faq_snapshot_differs',
      unit: 'versions',
      action: 'moved',
      effect: 'the snapshot becomes FAQ rows of the version (it no longer repeats the live FAQs)',
    },
    {
      kind: 'faq_snapshot_unreadable',
      extra: true,
      unit: 'snapshots or entries',
      action: 'quarantined',
      effect: 'copied to the quarantine; the rest of the snapshot still becomes rows',
    },
  ],
  // One pass over blog_post_versions (its rows are wide: the post's text). Both sides become the same
  // shape - {question, answer, position} objects ordered by position, question, answer - which compares
  // exactly what the migration compares (its position/question/answer triples in that order). A
  // snapshot that already is the live list cannot differ and holds nothing unreadable, so only the
  // others are taken apart entry by entry.
  sql: (ctx) => `
    WITH live AS (
      SELECT f."blogPostId",
             jsonb_agg(jsonb_build_object('question', f."question", 'answer', f."answer", 'position', f."position")
                       ORDER BY f."position", f."question", f."answer") AS faqs
        FROM ${ctx.table('blog_post_faqs')} f
       GROUP BY f."blogPostId"
    ), snapshot AS MATERIALIZED (
      SELECT v."id", v."faqs", live.faqs AS live, v."faqs" = coalesce(live.faqs, '[]'::jsonb) AS same
        FROM ${ctx.table('blog_post_versions')} v LEFT JOIN live ON live."blogPostId" = v."blogPostId"
       WHERE v."faqs" IS NOT NULL
    ), entry AS MATERIALIZED (
      SELECT v."id" AS version_id, e.i, e.elem,
             CASE
               WHEN jsonb_typeof(e.elem) <> 'object' THEN 'not an object'
               WHEN jsonb_typeof(e.elem -> 'question') IS DISTINCT FROM 'string' THEN 'question'
               WHEN jsonb_typeof(e.elem -> 'answer') IS DISTINCT FROM 'string' THEN 'answer'
               WHEN coalesce(jsonb_typeof(e.elem -> 'position'), 'null') = 'null' THEN NULL
               WHEN jsonb_typeof(e.elem -> 'position') <> 'number' THEN 'position'
               WHEN (e.elem -> 'position')::numeric <> trunc((e.elem -> 'position')::numeric)
                 OR (e.elem -> 'position')::numeric NOT BETWEEN -2147483648 AND 2147483647 THEN 'position'
             END AS problem
        FROM snapshot v
        CROSS JOIN LATERAL jsonb_array_elements(v."faqs") WITH ORDINALITY AS e(elem, i)
       WHERE jsonb_typeof(v."faqs") = 'array' AND NOT v.same
    ), snap AS (
      SELECT e.version_id,
             jsonb_agg(jsonb_build_object('question', e.elem ->> 'question', 'answer', e.elem ->> 'answer', 'position', e.position)
                       ORDER BY e.position, e.elem ->> 'question', e.elem ->> 'answer') FILTER (WHERE e.problem IS NULL) AS faqs,
             count(*) FILTER (WHERE e.problem IS NOT NULL) AS bad
        FROM (SELECT x.*, CASE WHEN x.problem IS NULL THEN coalesce((x.elem ->> 'position')::numeric::integer, x.i - 1) END AS position
                FROM entry x) e
       GROUP BY e.version_id
    ), version AS (
      SELECT v."id",
             jsonb_typeof(v."faqs") = 'array' AS is_array,
             NOT v.same AND coalesce(snap.faqs, '[]'::jsonb) IS DISTINCT FROM coalesce(v.live, '[]'::jsonb) AS differs,
             coalesce(snap.bad, 0) AS bad
        FROM snapshot v LEFT JOIN snap ON snap.version_id = v."id"
    )
    SELECT 'faq_snapshot_differs' AS kind, id::text AS id, 1 AS n, NULL::text AS at FROM version WHERE is_array AND differs
    UNION ALL
    SELECT 'faq_snapshot_unreadable', id::text, 1, 'snapshot is not an array' FROM version WHERE NOT is_array
    UNION ALL
    SELECT 'faq_snapshot_unreadable', id::text, bad, 'entry is not a FAQ' FROM version WHERE is_array AND bad > 0`,
};
