// The demo value mapping must say what every value the seed can plant outside the new types means, at
// every scale (the seed cycles through a fixed list per column, so a larger scale plants more of them).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_MAPPING_FILE, loadSchema, statusFields, unlistedStatuses } from '../src/index.js';
import { STRIPE_STATUS_SPELLINGS } from '../src/domains/billing.js';

interface Entry {
  table: string;
  column: string;
  from: string;
  to: string | null;
}
const { entries } = JSON.parse(readFileSync(DEMO_MAPPING_FILE, 'utf8')) as { entries: Entry[] };
/** Tables a folder renames before the status folder runs: the mapping names them as that folder knows them. */
const RENAMED_BEFORE_CONVERSION: Record<string, string> = { rag_crawl_jobs: 'rag_ingest_jobs' };

describe('demo-mapping.json', () => {
  it('maps every unlisted status the seed can plant to one of the listed values', () => {
    const missing: string[] = [];
    for (const model of loadSchema().models) {
      for (const field of statusFields(model)) {
        const table = RENAMED_BEFORE_CONVERSION[model.table] ?? model.table;
        for (const value of unlistedStatuses(model.table, field.column, field.allowedValues)) {
          const entry = entries.find((e) => e.table === table && e.column === field.column && e.from === value);
          if (!entry || !field.allowedValues.includes(entry.to ?? '')) missing.push(`${table}.${field.column} ${value}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('maps the Stripe spellings the subscription log holds, on both sides of a change', () => {
    for (const spelling of Object.values(STRIPE_STATUS_SPELLINGS)) {
      for (const side of ['from', 'to']) {
        expect(
          entries.find((e) => e.table === 'subscriptions' && e.column === `statusChangeLogs.${side}` && e.from === spelling),
          `${side} ${spelling}`,
        ).toBeDefined();
      }
    }
  });
});
