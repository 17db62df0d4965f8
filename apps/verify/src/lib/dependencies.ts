// The other packages' functions verify runs, loaded on demand (see not-available.ts for why).
// Types are imported statically: they cost nothing at run time.
import type * as Rules from '@leadmetrics/rules';
import type * as Folders from '@leadmetrics/db/migrations';
import type * as Apply from '@leadmetrics/db/migrations';
import type * as Ledger from '@leadmetrics/db/migrations';
import type * as SeedLoad from '@leadmetrics/seed';
import { importFirst } from './not-available.js';

/** Remember a successful load; forget a failed one so a later run tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

export type RulesModule = typeof Rules;
export type MigrationHarness = typeof Folders & typeof Apply & typeof Ledger;
export type SeedModule = Pick<typeof SeedLoad, 'seedDatabase'>;

export const loadRules = once(() =>
  importFirst<RulesModule>(
    'the schema linter',
    'packages/rules/src/index.ts',
    ['@leadmetrics/rules'],
    ['lint', 'parseSchema', 'buildGraph', 'readSchemaSources', 'loadConfigFile', 'findConfigFile', 'allRules', 'rules'],
  ),
);

/** packages/db/src/migrations: folders, front matter, apply, validate, ledger. */
export const loadMigrationHarness = once(async (): Promise<MigrationHarness> => {
  const where = 'packages/db/src/migrations/';
  const [folders, apply, ledger] = await Promise.all([
    importFirst<typeof Folders>(
      'the migration folder reader',
      where,
      ['@leadmetrics/db/migrations', '@leadmetrics/db/migrations'],
      ['listMigrationFolders', 'readMigrationFolder', 'dependencyClosure'],
    ),
    importFirst<typeof Apply>(
      'the migration runner',
      where,
      ['@leadmetrics/db/migrations', '@leadmetrics/db/migrations'],
      ['applyFolders', 'runValidate', 'appliedMigrations'],
    ),
    importFirst<typeof Ledger>(
      'the migration ledger',
      where,
      ['@leadmetrics/db/migrations', '@leadmetrics/db/migrations'],
      ['readLedger', 'readQuarantineCounts', 'checkLedgerBalance', 'countTableRows', 'checkAnomalyEntries', 'ledgerEntriesOf'],
    ),
  ]);
  return { ...folders, ...apply, ...ledger };
});

export const loadSeed = once(() =>
  importFirst<SeedModule>(
    'the seed (seedDatabase)',
    'packages/seed/src/',
    ['@leadmetrics/seed', '@leadmetrics/seed'],
    ['seedDatabase'],
  ),
);
