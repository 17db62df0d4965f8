/**
 * Content production: activities, blog posts, their FAQs and versions.
 *
 * Plants finding 2 (Activity.sourceDeliverableId is a key without a relation: some point at deliverables that
 * are gone) and finding 13 (BlogPostVersion.faqs JSON snapshots beside the live BlogPostFaq rows: some differ).
 */
import type { RowSeed, SeedContext } from '../context.js';
import type { Rng } from '../random.js';
import { sentence } from '../values/fields.js';
import { FAQ_QUESTIONS } from '../values/vocab.js';

export interface FaqEntry {
  question: string;
  answer: string;
  position: number;
}

/** How a snapshot differs from the live FAQs of its post. */
type FaqDifference = 'answer_changed' | 'faq_removed' | 'faq_added' | 'reordered';

/** The comparison ANOMALIES.md defines: entries sorted by position, equal question, answer and position. */
export function sameFaqs(a: readonly FaqEntry[], b: readonly FaqEntry[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].sort((x, y) => x.position - y.position);
  const sb = [...b].sort((x, y) => x.position - y.position);
  return sa.every((x, i) => x.question === sb[i]!.question && x.answer === sb[i]!.answer && x.position === sb[i]!.position);
}

export function seedContent(ctx: SeedContext): void {
  seedActivities(ctx);
  seedBlogFaqs(ctx);
}

function seedActivities(ctx: SeedContext): void {
  ctx.override('Activity', {
    fields: {
      // Repurposed content points at the deliverable it came from; most activities are not repurposed.
      sourceDeliverableId: (rc) => {
        if (rc.tenant < 0 || !rc.rng.chance(0.25)) return null;
        const [start, end] = ctx.tenantRange('Deliverable', rc.tenant);
        return end > start ? ctx.table('Deliverable').ids[rc.rng.int(start, end - 1)] : null;
      },
    },
    finish: (rows) => {
      const chosen = ctx.choose('dangling_source_deliverable', rows.length);
      const rng = ctx.rng('content:dangling');
      const deliverables = new Set(ctx.table('Deliverable').ids);
      rows.forEach((row, i) => {
        if (!chosen.has(i)) return;
        // The id of a deliverable that was deleted after the activity was repurposed from it.
        let id: string;
        do id = `c${rng.base36(24)}`;
        while (deliverables.has(id));
        row.sourceDeliverableId = id;
        ctx.anomalies.add('dangling_source_deliverable', String(row.id));
      });
      ctx.anomalies.details('dangling_source_deliverable', {
        withExistingSource: rows.filter((r, i) => !chosen.has(i) && r.sourceDeliverableId !== null).length,
        withoutSource: rows.filter((r) => r.sourceDeliverableId === null).length,
      });
    },
  });
}

function seedBlogFaqs(ctx: SeedContext): void {
  ctx.after('BlogPostVersion', 'BlogPostFaq');

  ctx.override('BlogPostFaq', {
    // Most posts carry two to five FAQs, each question at most once per post.
    rows: () => {
      const posts = ctx.table('BlogPost');
      const rng = ctx.rng('content:faqs');
      const seeds: RowSeed[] = [];
      posts.ids.forEach((postId, i) => {
        if (rng.chance(0.25)) return;
        const questions = rng.sample(FAQ_QUESTIONS.length, rng.int(2, 5));
        rng.shuffle(questions).forEach((q, position) => {
          seeds.push({
            tenant: posts.tenantOf[i]!,
            values: { blogPostId: postId, question: FAQ_QUESTIONS[q], position, createdAt: posts.createdAt[i] },
          });
        });
      });
      return seeds;
    },
    fields: { answer: (rc) => sentence(rc) },
    finish: (rows) => {
      const live = new Map<string, FaqEntry[]>();
      for (const row of rows) {
        const list = live.get(String(row.blogPostId)) ?? [];
        list.push({ question: String(row.question), answer: String(row.answer), position: Number(row.position) });
        live.set(String(row.blogPostId), list);
      }
      ctx.shared.set('content:liveFaqs', live);
    },
  });

  ctx.override('BlogPostVersion', {
    fields: { faqs: () => null },
    finish: (rows) => {
      const live = ctx.shared.get('content:liveFaqs') as Map<string, FaqEntry[]>;
      const rng = ctx.rng('content:faqSnapshots');
      const chosen = ctx.choose('faq_snapshot_differs', rows.length);
      const byDifference: Record<FaqDifference, number> = { answer_changed: 0, faq_removed: 0, faq_added: 0, reordered: 0 };
      let identical = 0;
      let withoutSnapshot = 0;
      let entries = 0;
      rows.forEach((row, i) => {
        const current = (live.get(String(row.blogPostId)) ?? []).map((f) => ({ ...f }));
        if (!chosen.has(i)) {
          // Versions written before the FAQ panel existed carry no snapshot; the rest match the live rows.
          if (current.length === 0 || rng.chance(0.25)) {
            row.faqs = null;
            withoutSnapshot++;
          } else {
            row.faqs = current;
            identical++;
            entries += current.length;
          }
          return;
        }
        const possible: FaqDifference[] =
          current.length >= 2
            ? ['answer_changed', 'faq_removed', 'faq_added', 'reordered']
            : current.length === 1
              ? ['answer_changed', 'faq_removed', 'faq_added']
              : ['faq_added'];
        const difference = possible[i % possible.length]!;
        const snapshot = plantFaqDifference(current, difference, rng);
        if (sameFaqs(snapshot, current))
          throw new Error(`BlogPostVersion ${String(row.id)}: planted FAQ difference ${difference} changed nothing`);
        row.faqs = snapshot;
        entries += snapshot.length;
        byDifference[difference]++;
        ctx.anomalies.add('faq_snapshot_differs', String(row.id));
      });
      ctx.anomalies.details('faq_snapshot_differs', { identical, withoutSnapshot, byDifference, snapshotEntries: entries });
    },
  });
}

/** A copy of the live FAQs of a post with one planted difference (its draws from `rng` in a fixed order). */
function plantFaqDifference(current: readonly FaqEntry[], difference: FaqDifference, rng: Rng): FaqEntry[] {
  let snapshot = current.map((f) => ({ ...f }));
  switch (difference) {
    case 'answer_changed': {
      const j = rng.int(0, snapshot.length - 1);
      snapshot[j] = { ...snapshot[j]!, answer: `${snapshot[j]!.answer} ${sentence({ rng })}` };
      break;
    }
    case 'faq_removed': {
      const drop = rng.int(0, snapshot.length - 1);
      snapshot = snapshot.filter((_, j) => j !== drop);
      break;
    }
    case 'faq_added': {
      const used = new Set(snapshot.map((f) => f.question));
      const question = FAQ_QUESTIONS.find((q) => !used.has(q)) ?? `${FAQ_QUESTIONS[0]} (older wording)`;
      snapshot.push({ question, answer: sentence({ rng }), position: snapshot.length });
      break;
    }
    case 'reordered': {
      const a = snapshot[0]!;
      const b = snapshot[1]!;
      snapshot[0] = { ...a, position: b.position };
      snapshot[1] = { ...b, position: a.position };
      break;
    }
  }
  return snapshot;
}
