// The pause point's exit: after the application that reads the new structures is deployed, the
// operator releases the contract folders. Releasing also clears the failed-migration record the
// contract guard left in _prisma_migrations when `prisma migrate deploy` stopped at it: the guard is
// the contract folder's first statement and the whole folder ran as one transaction, so it is
// certain nothing of that folder was applied (the same thing `prisma migrate resolve --rolled-back`
// records).
import { withPgClient } from '../provision.js';
import { migrationsDir } from '../paths.js';
import { OnlineRefusedError } from './errors.js';
import { phasedFindings } from './phases.js';
import { readPhaseStates } from './state.js';

/** The text every guard refusal starts with (see the online_migration.require_released function). */
export const GUARD_REFUSAL_MARK = 'online pause:';

export interface ReleaseResult {
  released: string[];
  alreadyReleased: string[];
  /** Contract folders whose guard refusal was cleared from _prisma_migrations. */
  clearedGuardFailures: string[];
}

export async function releaseContracts(
  databaseUrl: string,
  options: { only?: readonly number[]; dir?: string } = {},
): Promise<ReleaseResult> {
  const findings = phasedFindings(options.dir ?? migrationsDir);
  return withPgClient(databaseUrl, async (client) => {
    const states = await readPhaseStates(client);
    const selected = [...states.values()].filter((s) => !options.only?.length || (s.finding !== null && options.only.includes(s.finding)));
    if (selected.length === 0) {
      throw new OnlineRefusedError(
        'no expand folder of the selected findings is applied to this database, so there is no contract to release; nothing was changed',
      );
    }
    const unfinished = selected.filter((s) => !s.backfilledAt);
    if (unfinished.length > 0) {
      throw new OnlineRefusedError(
        `the backfill of ${unfinished.map((s) => s.expandFolder).join(', ')} is not finished; nothing was released. Run \`pnpm backfill --database-url <url>\` first`,
      );
    }
    const pending = selected.filter((s) => !s.releasedAt).map((s) => s.expandFolder);
    await client.query('BEGIN');
    try {
      await client.query(
        `UPDATE "online_migration"."phase" SET "releasedAt" = now() WHERE "expandFolder" = ANY($1::text[]) AND "releasedAt" IS NULL`,
        [pending],
      );
      const contractFolders = findings
        .filter((f) => selected.some((s) => s.expandFolder === f.expandFolder))
        .flatMap((f) => f.contractFolders);
      const cleared = await clearGuardFailures(client, contractFolders);
      await client.query('COMMIT');
      return {
        released: pending,
        alreadyReleased: selected.filter((s) => s.releasedAt).map((s) => s.expandFolder),
        clearedGuardFailures: cleared,
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  });
}

async function clearGuardFailures(client: import('pg').ClientBase, contractFolders: string[]): Promise<string[]> {
  const bookkeeping = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
  if (!bookkeeping.rows[0].present || contractFolders.length === 0) return [];
  const cleared = await client.query<{ migration_name: string }>(
    `UPDATE "_prisma_migrations" SET rolled_back_at = now()
      WHERE migration_name = ANY($1::text[]) AND finished_at IS NULL AND rolled_back_at IS NULL AND logs LIKE '%' || $2 || '%'
      RETURNING migration_name`,
    [contractFolders, GUARD_REFUSAL_MARK],
  );
  return cleared.rows.map((row) => row.migration_name);
}
