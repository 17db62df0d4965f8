// Reading online_migration.phase: where each applied expand folder stands.
import type pg from 'pg';

export interface PhaseState {
  expandFolder: string;
  finding: number | null;
  backfillStep: number;
  backfillKey: string | null;
  backfillRows: number;
  backfillCounts: Record<string, number>;
  backfillStartedAt: Date | null;
  backfilledAt: Date | null;
  releasedAt: Date | null;
  contractedAt: Date | null;
}

const COLUMNS = `"expandFolder", "finding", "backfillStep", "backfillKey", "backfillRows"::float8 AS "backfillRows", "backfillCounts",
                 "backfillStartedAt", "backfilledAt", "releasedAt", "contractedAt"`;

/** True when the database has the online_migration schema (the infrastructure folder was applied). */
export async function hasPhaseBookkeeping(client: pg.ClientBase): Promise<boolean> {
  const result = await client.query(`SELECT to_regclass('"online_migration"."phase"') IS NOT NULL AS present`);
  return result.rows[0].present as boolean;
}

/** Every phase row, keyed by expand folder; empty when the bookkeeping is missing. */
export async function readPhaseStates(client: pg.ClientBase): Promise<Map<string, PhaseState>> {
  if (!(await hasPhaseBookkeeping(client))) return new Map();
  const result = await client.query<PhaseState>(`SELECT ${COLUMNS} FROM "online_migration"."phase" ORDER BY "expandFolder"`);
  return new Map(result.rows.map((row) => [row.expandFolder, row]));
}

/**
 * The statement that reads one phase row and locks it for the rest of the caller's transaction, with
 * the folder name written in as a literal, so a caller can send it together with BEGIN.
 */
export function lockPhaseStateSql(client: pg.ClientBase, expandFolder: string): string {
  return `SELECT ${COLUMNS} FROM "online_migration"."phase" WHERE "expandFolder" = ${client.escapeLiteral(expandFolder)} FOR UPDATE`;
}

/** One phase row, locked for the rest of the caller's transaction (the batch's own). */
export async function lockPhaseState(client: pg.ClientBase, expandFolder: string): Promise<PhaseState | null> {
  const result = await client.query<PhaseState>(`SELECT ${COLUMNS} FROM "online_migration"."phase" WHERE "expandFolder" = $1 FOR UPDATE`, [
    expandFolder,
  ]);
  return result.rows[0] ?? null;
}
