/**
 * AI agents. AgentRun.tenantName is a copy of the tenant's name taken when the run started (finding 14 asks only
 * for a comment, so nothing is planted): most runs carry the current name, runs from before a rename the old one.
 */
import type { SeedContext } from '../context.js';
import { company } from '../values/people.js';
import { AI_MODELS } from '../values/vocab.js';

const AGENTS = [
  'strategy-writer',
  'blog-writer',
  'outreach-writer',
  'context-builder',
  'content-ideas',
  'seo-auditor',
  'newsletter-writer',
];

export function seedAgents(ctx: SeedContext): void {
  // Prompts are versioned per slug: blog-writer.system v1, v2, v3 ...
  const versions = new Map<string, number>();
  ctx.override('PromptTemplate', {
    fields: {
      agent: (rc) => AGENTS[rc.index % AGENTS.length]!,
      // slug comes before agent in the model, so both are derived from the row's ordinal.
      slug: (rc) => `${AGENTS[rc.index % AGENTS.length]!}.${rc.rng.pick(['system', 'system', 'review', 'outline'])}`,
      version: (rc) => {
        const n = (versions.get(String(rc.row.slug)) ?? 0) + 1;
        versions.set(String(rc.row.slug), n);
        return n;
      },
    },
  });
  ctx.override('AgentRun', {
    fields: {
      tenantName: (rc) => (rc.rng.chance(0.9) ? (rc.tenantInfo?.name ?? '') : company(rc.rng).name),
      status: (rc) => rc.rng.weighted(['succeeded', 'failed', 'running', 'queued', 'cancelled', 'timed_out'], [80, 8, 3, 3, 3, 3]),
      model: (rc) => rc.rng.pick(AI_MODELS),
      promptTokens: (rc) => rc.rng.int(500, 20_000),
      completionTokens: (rc) => rc.rng.int(100, 6_000),
      costMicros: (rc) => rc.rng.int(1_000, 400_000),
    },
  });
}
