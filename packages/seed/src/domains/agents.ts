/**
 * AI agents. AgentRun.tenantName is a copy of the tenant's name taken when the run started (finding 14 asks only
 * for a comment, so nothing is planted): most runs carry the current name, runs from before a rename the old one.
 */
import type { SeedContext } from '../context.js';
import { company } from '../values/people.js';
import { AI_MODELS } from '../values/vocab.js';

export function seedAgents(ctx: SeedContext): void {
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
