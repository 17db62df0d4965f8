// Step 5: drift. The migrated database's catalog (tables, columns, types, defaults, keys, ON
// DELETE actions, indexes, enums, triggers, every name) must equal that of a fresh database
// built from the corrected schema alone, with the SQL `prisma migrate diff --from-empty
// --to-schema` prints. Only Prisma's _prisma_migrations bookkeeping is left out.
import { diffSnapshots, takeCatalogSnapshot } from '@leadmetrics/db';
import type { SchemaGraph } from '@leadmetrics/rules';
import { needsMigratedDatabase, type Step } from '../runner.js';
import { fromScratch } from '../lib/from-scratch.js';
import { displayPath } from '../paths.js';

export interface DriftDetails {
  tables: number;
  enums: number;
  differences: string[];
}

export const driftStep: Step<DriftDetails> = {
  id: 'drift',
  title: 'Drift: the migrated database equals the corrected schema built from scratch',
  ready: needsMigratedDatabase,
  async run(ctx, watch) {
    const { database } = ctx.state;
    if (!database || !ctx.state.migrated) throw new Error('step 3 left no migrated database');
    if (ctx.options.only) {
      ctx.state.migratedSnapshot = await takeCatalogSnapshot(database.url);
      return { status: 'skipped', summary: 'not checked in a cherry-pick run (--only): the database holds only some of the fixes' };
    }
    const scratchDb = await watch.time('wait for the from-scratch database', () => fromScratch(ctx));
    if (!scratchDb.ok) return { summary: 'the corrected schema could not be built from scratch', problems: [scratchDb.problem] };
    const fresh = scratchDb.database;
    const [migrated, scratch] = await watch.time('snapshots', () =>
      Promise.all([takeCatalogSnapshot(database.url), takeCatalogSnapshot(fresh.url)]),
    );
    ctx.state.migratedSnapshot = migrated;
    const differences = diffSnapshots(migrated, scratch, { labels: ['the migrated database', 'the corrected schema from scratch'] });
    const graph = ctx.state.correctedGraph;
    const built = Object.entries(scratchDb.timings)
      .map(([k, v]) => `${k} ${Math.round(v)} ms`)
      .join(', ');
    ctx.log(`from-scratch database built in parallel with step 3 (${built})`);
    return {
      summary: `${differences.length} difference(s) over ${Object.keys(scratch.tables).length} tables and ${Object.keys(scratch.enums).length} enums`,
      problems: differences.map((message) => ({ message, where: schemaFileOf(message, graph) })),
      details: { tables: Object.keys(scratch.tables).length, enums: Object.keys(scratch.enums).length, differences },
    };
  },
};

/** The corrected schema file and line of the table or enum a difference names, when it is one of ours. */
export function schemaFileOf(message: string, graph: SchemaGraph | undefined): string | undefined {
  const name = /^(?:table|enum) "([^"]+)"/.exec(message)?.[1];
  if (!name || !graph) return undefined;
  const model = graph.models.find((m) => m.dbName === name);
  const node = model?.node ?? graph.enums.get(name);
  return node ? `${displayPath(node.pos.file)}:${node.pos.line}` : undefined;
}
