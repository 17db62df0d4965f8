// Probes for 20261129000011_f13_faq_rows_for_versions: every entry of a version's FAQ snapshot becomes a
// blog_post_version_faqs row of that version. The catalog's kind counts the versions whose snapshot differs from
// the post's live FAQs (compared as position, question, answer, as the migration compares them); the
// further kind counts what cannot be read (a snapshot that is no array, an entry that is no FAQ), which
// goes to the quarantine.
import type { FolderProbes } from '../../../src/migrations/probes.js';

/**
 * An aggregate: the FAQs of a group as the text jsonb prints for a list of {answer, position, question}
 * objects, ordered by position, question, answer (jsonb orders keys by length, then bytewise, and
 * escapes strings as to_json does). A missing value prints as null, so no entry drops out of the list.
 */
function faqListText(position: string, question: string, answer: string): string {
  const value = (sql: string) => `coalesce(to_json(${sql})::text, 'null')`;
  return `'[' || string_agg('{"answer": ' || ${value(answer)} || ', "position": ' || ${value(position)} || ', "question": ' || ${value(question)} || '}', ', '
                       ORDER BY ${position}, ${question}, ${answer}) || ']'`;
}

export const probes: FolderProbes = {
  folder: '20261129000011_f13_faq_rows_for_versions',
  // The live FAQs are aggregated and the differing snapshots taken apart entry by entry: on the medium
  // seed about 4 µs per row of its tables, against 0.4 µs for a plain scan such as f16's.
  costPerRow: 10,
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
  // One pass over blog_post_versions (its rows are wide: the post's text). Both lists are compared as
  // text in one form, faqListText below, ordered by position, question, answer: exactly what the
  // migration compares (its position/question/answer triples in that order). string_agg builds that
  // text for a fraction of what jsonb_agg of jsonb objects costs.
  //
  // The form is the text jsonb itself prints for such a list, so a snapshot whose own text equals its
  // post's list (most of them) is that list: it cannot differ and holds nothing unreadable, and is
  // dropped straight away. Only the others are kept and taken apart entry by entry, and their readable
  // entries are put in the same form for the comparison. Should jsonb print a list another way, no
  // snapshot would be dropped early and all of them would take the entry-by-entry path: slower, with
  // the same counts. A snapshot that is no array never equals the live list, which always is one.
  sql: (ctx) => `
    WITH live AS (
      SELECT f."blogPostId",
             ${faqListText('f."position"', 'f."question"', 'f."answer"')} AS faqs
        FROM ${ctx.table('blog_post_faqs')} f
       GROUP BY f."blogPostId"
    ), differing AS MATERIALIZED (
      SELECT v."id", v."faqs", coalesce(live.faqs, '[]') AS live
        FROM ${ctx.table('blog_post_versions')} v LEFT JOIN live ON live."blogPostId" = v."blogPostId"
       WHERE v."faqs"::text <> coalesce(live.faqs, '[]')
    ), entry AS MATERIALIZED (
      -- materialized: \`problem\` is read three times below, and folded into those reads it would be
      -- worked out three times per entry
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
        FROM differing v
        CROSS JOIN LATERAL jsonb_array_elements(v."faqs") WITH ORDINALITY AS e(elem, i)
       WHERE jsonb_typeof(v."faqs") = 'array'
    ), snap AS (
      -- the readable entries only, with no FILTER on the aggregate: so the planner sorts them once by
      -- version and the aggregate's order, instead of sorting each version's entries on its own
      SELECT e.version_id,
             ${faqListText('e.position', "e.elem ->> 'question'", "e.elem ->> 'answer'")} AS faqs
        FROM (SELECT x.*, CASE WHEN x.problem IS NULL THEN coalesce((x.elem ->> 'position')::numeric::integer, x.i - 1) END AS position
                FROM entry x WHERE x.problem IS NULL) e
       GROUP BY e.version_id
    ), unreadable AS (
      SELECT x.version_id, count(*) AS bad FROM entry x WHERE x.problem IS NOT NULL GROUP BY x.version_id
    ), version AS (
      SELECT v."id",
             jsonb_typeof(v."faqs") = 'array' AS is_array,
             coalesce(snap.faqs, '[]') <> v.live AS differs,
             coalesce(u.bad, 0) AS bad
        FROM differing v LEFT JOIN snap ON snap.version_id = v."id" LEFT JOIN unreadable u ON u.version_id = v."id"
    )
    SELECT 'faq_snapshot_differs' AS kind, id::text AS id, 1 AS n, NULL::text AS at FROM version WHERE is_array AND differs
    UNION ALL
    SELECT 'faq_snapshot_unreadable', id::text, 1, 'snapshot is not an array' FROM version WHERE NOT is_array
    UNION ALL
    SELECT 'faq_snapshot_unreadable', id::text, bad, 'entry is not a FAQ' FROM version WHERE is_array AND bad > 0`,
};
