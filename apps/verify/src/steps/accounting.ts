// Step 4: nothing lost, with numbers. Row counts of every table before and after the migrations
// must be explained by the ledger (checkLedgerBalance: after = before + inserted - deleted, every
// deletion says where the rows went, renames carry counts over); every anomaly kind a finding
// must resolve (catalog) is declared by its folder (front matter), carried by exactly one ledger
// entry whose rows equal what the seed planted (manifest); and every folder's validate.sql
// returns no rows. Quarantined values are counted per migration and table. Then meaning, row by
// row (lib/meaning.ts): every post's FAQ list, every contact entry's lead, every crawled person's
// tenants, every planted near-duplicate keyword, every tenant's context settings, every subscription's
// status changes, each compared with what it was before.
// Then each column converted with the operator's value mapping, row by row (lib/value-meaning.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withPgClient, quoteIdentifier as quote } from '@leadmetrics/db';
import {
  LEDGER_TABLE,
  QUARANTINE_TABLE,
  type BalanceResult,
  type LedgerEntry,
  type MigrationFolder,
  type QuarantineCount,
} from '@leadmetrics/db/migrations';
import type { Manifest } from '@leadmetrics/seed';
import { needsMigratedDatabase, type Step, type Stopwatch } from '../runner.js';
import type { VerifyContext } from '../context.js';
import { takeCensus } from '../lib/census.js';
import { compareCensus, type ColumnChange } from '../lib/census-compare.js';
import { checkQuarantineClaims } from '../lib/quarantine-claims.js';
import { quarantinedButUnchanged } from '../lib/quarantine-identity.js';
import * as harness from '@leadmetrics/db/migrations';
import { checkMeaning, type MeaningCheckResult } from '../lib/meaning.js';
import { checkValueMeaning, type MeaningColumnResult } from '../lib/value-meaning.js';
import { displayPath } from '../paths.js';
import type { AnomalyAccount, Problem } from '../types.js';

export interface TableAccount {
  table: string;
  before: number;
  after: number;
  inserted: number;
  deleted: number;
  /** Sum of ledger rows per action (moved, merged, nulled, quarantined, updated, renamed, kept). */
  actions: Record<string, number>;
  balanced: boolean;
}

export interface FolderAccount {
  folder: string;
  finding: number | null;
  anomalies: AnomalyAccount[];
  validateRows: number | null;
  /** Tables this folder's ledger entries touched, all balanced. */
  nothingLost: boolean;
  tables: string[];
}

export interface AccountingDetails {
  tables: TableAccount[];
  unchangedTables: number;
  rowsBefore: number;
  rowsAfter: number;
  folders: FolderAccount[];
  quarantine: { migration: string; table: string; rows: number; ledgerQuarantined: number }[];
  ledgerEntries: number;
  /** Columns whose values changed or that were dropped, each explained or not. */
  columns: ColumnChange[];
  /** What the application reads still means what it meant, compared row by row. */
  meaning: MeaningCheckResult[];
  /** Per column converted with the value mapping: rows checked, rows mapped, rows whose meaning changed. */
  valueMeaning: MeaningColumnResult[];
}

export const accountingStep: Step<AccountingDetails> = {
  id: 'accounting',
  title: 'Account for every row and every planted anomaly',
  ready: needsMigratedDatabase,
  async run(ctx, watch) {
    const { database, plan, manifest, rowsBefore } = ctx.state;
    if (!database || !plan || !manifest || !rowsBefore) throw new Error('step 3 left no seeded, migrated database');
    const dir = ctx.paths.migrationsDir;
    const problems: Problem[] = [];

    const rowsAfter = await watch.time('count rows', () => harness.countTableRows(database.url));
    ctx.state.rowsAfter = rowsAfter;
    const ledger = await watch.time('read ledger', () => harness.readLedger(database.url));
    ctx.state.ledger = ledger;
    const own = harness.ledgerEntriesOf(ledger, plan.toApply);
    const strays = ledger.filter((e) => !plan.toApply.includes(e.migration));
    for (const e of strays)
      problems.push({
        message: `ledger entry ${e.id} names migration "${e.migration}", which this run did not apply`,
        where: `table ${LEDGER_TABLE}`,
      });

    const balance = harness.checkLedgerBalance(rowsBefore, rowsAfter, own);
    for (const message of balance.problems)
      problems.push({ message: `rows not accounted for: ${message}`, where: whereOfBalance(message, dir, plan.toApply) });

    const { tables, unchangedTables } = accountTables(balance, own);
    const unbalanced = new Set(tables.filter((t) => !t.balanced).map((t) => t.table));

    const inputs: FolderInputs = {
      ctx,
      watch,
      url: database.url,
      dir,
      manifest,
      toApply: plan.toApply,
      own,
      balance,
      unbalanced,
      problems,
    };
    const folders: FolderAccount[] = [];
    for (const name of plan.toApply) folders.push(await accountFolder(name, inputs));

    const { columns, quarantineCounts } = await accountColumns(
      inputs,
      folders,
      ctx.findings.filter((f) => plan.applied.has(f.id)),
    );
    const quarantineRows = accountQuarantine(inputs, quarantineCounts);

    // Row by row: what the application reads still means what it meant before the migrations.
    const meaning = await watch.time('meaning', () =>
      checkMeaning(
        database.url,
        ctx.state.meaningBefore ?? {},
        ctx.findings,
        plan.toApply,
        manifest,
        ctx.state.valuesBefore?.mapping ?? [],
      ),
    );
    for (const m of meaning)
      for (const message of m.problems)
        problems.push({ message: `meaning: ${m.check}: ${message}`, where: displayPath(path.join(dir, m.migration, 'migration.sql')) });

    // Meaning, row by row, for each column converted with the operator's value mapping.
    const valueMeaning = ctx.state.valuesBefore
      ? await watch.time('values row by row', () =>
          checkValueMeaning(database.url, ctx.state.valuesBefore!.columns, ctx.state.valuesBefore!.mapping),
        )
      : { columns: [], problems: [] };
    for (const message of valueMeaning.problems) problems.push({ message, where: whereOfColumn(message, dir, plan.toApply) });

    const details: AccountingDetails = {
      tables,
      unchangedTables,
      rowsBefore: countDataRows(rowsBefore),
      rowsAfter: countDataRows(rowsAfter),
      folders,
      quarantine: quarantineRows,
      columns,
      ledgerEntries: own.length,
      meaning,
      valueMeaning: valueMeaning.columns,
    };
    return { summary: summarize(details, unbalanced.size), problems, details };
  },
};

/** What every folder's account reads: the run's database, plan and ledger, and where problems go. */
interface FolderInputs {
  ctx: VerifyContext;
  watch: Stopwatch;
  url: string;
  dir: string;
  manifest: Manifest;
  toApply: readonly string[];
  /** The ledger entries of the migrations this run applied. */
  own: readonly LedgerEntry[];
  balance: BalanceResult;
  /** Tables whose row counts the ledger does not explain. */
  unbalanced: ReadonlySet<string>;
  problems: Problem[];
}

/** One account per table the migrations changed (or the ledger names); tables left alone are only counted. */
function accountTables(balance: BalanceResult, own: readonly LedgerEntry[]): { tables: TableAccount[]; unchangedTables: number } {
  const tables: TableAccount[] = [];
  let unchangedTables = 0;
  for (const [table, t] of Object.entries(balance.tables)) {
    const entries = own.filter((e) => e.tableName === table || (e.action === 'renamed' && e.note?.trim() === table));
    if (entries.length === 0 && t.before === t.after) {
      unchangedTables++;
      continue;
    }
    const actions: Record<string, number> = {};
    for (const e of entries) actions[e.action] = (actions[e.action] ?? 0) + e.rows;
    tables.push({
      table,
      before: t.before,
      after: t.after,
      inserted: t.inserted,
      deleted: t.deleted,
      actions,
      balanced: t.expected === t.after,
    });
  }
  return { tables, unchangedTables };
}

/** One migration folder's account: its anomaly kinds, its validate.sql, and whether the tables it touched balance. */
async function accountFolder(name: string, inputs: FolderInputs): Promise<FolderAccount> {
  const { ctx, dir, own, balance, unbalanced, problems } = inputs;
  let folder;
  try {
    folder = harness.readMigrationFolder(name, dir);
  } catch (error) {
    // One unreadable folder must not hide what the others prove.
    problems.push({ message: (error as Error).message, where: displayPath(path.join(dir, name)) });
    return {
      folder: name,
      finding: ctx.findings.find((f) => f.migration === name)?.id ?? null,
      anomalies: [],
      validateRows: null,
      nothingLost: false,
      tables: [],
    };
  }
  const anomalies = await accountAnomalies(folder, name, inputs);
  const validateRows = await runFolderValidate(folder, name, inputs);
  const touched = [
    ...new Set(
      own
        .filter((e) => e.migration === name)
        .flatMap((e) => (e.action === 'renamed' && e.note ? [e.tableName, e.note.trim()] : [e.tableName])),
    ),
  ];
  const nothingLost = touched.every((t) => !unbalanced.has(t)) && !balance.problems.some((p) => p.startsWith(`${name} `));
  return { folder: name, finding: folder.finding, anomalies, validateRows, nothingLost, tables: touched };
}

/**
 * Each anomaly kind the catalog or the folder's README names: what the seed planted against what
 * the folder's ledger entry resolved (and what an earlier migration already took away).
 */
async function accountAnomalies(folder: MigrationFolder, name: string, inputs: FolderInputs): Promise<AnomalyAccount[]> {
  const { ctx, url, manifest, toApply, own, problems } = inputs;
  const readme = `${displayPath(folder.readmeFile ?? folder.dir)}:${folder.frontMatterLines.resolves ?? 1}`;
  const finding = ctx.findings.find((f) => f.migration === name);
  const kinds = finding?.anomalies ?? [];
  for (const kind of kinds.filter((k) => !folder.resolves.includes(k))) {
    problems.push({
      message: `finding ${finding!.id}: the catalog says ${name} resolves "${kind}", but its README's "resolves" does not list it`,
      where: readme,
    });
  }
  const checked = harness.checkAnomalyEntries(own, name, folder.resolves);
  for (const message of checked.problems) problems.push({ message, where: displayPath(path.join(folder.dir, 'migration.sql')) });
  const anomalies: AnomalyAccount[] = [];
  for (const kind of [...new Set([...kinds, ...folder.resolves])]) {
    const record = manifest.anomalies[kind];
    const planted = record?.count ?? null;
    const resolved = checked.counts[kind] ?? null;
    // Planted rows an earlier migration already took away (merged or removed, with a copy in
    // the quarantine), so this one could not meet them: accounted for, and shown as such.
    const earlier =
      planted !== null && resolved !== null && resolved < planted && record!.ids.length === planted
        ? await preemptedRows(url, record!.ids, name, toApply)
        : { count: 0, by: [] };
    const ok = planted !== null && resolved !== null && resolved + earlier.count === planted && !(planted === 0 && kinds.includes(kind));
    anomalies.push({ kind, planted, resolved, ok, ...(earlier.count > 0 ? { preempted: earlier } : {}) });
    if (planted === null) {
      problems.push({
        message: `${name} resolves "${kind}", which the seed's manifest does not know, so nothing can prove it`,
        where: readme,
      });
    } else if (planted === 0 && kinds.includes(kind)) {
      problems.push({
        message: `the seed planted no "${kind}" (scale ${manifest.scale}, seed ${manifest.seed}), so ${name}'s handling of it is not exercised`,
        where: 'packages/seed (anomalies)',
      });
    } else if (resolved !== null && resolved + earlier.count !== planted) {
      problems.push({
        message: `${name} leaves "${kind}" unresolved: the seed planted ${planted}, its ledger entry accounts for ${resolved}${earlier.count ? ` (and ${earlier.count} went earlier, to ${earlier.by.join(', ')})` : ''}`,
        where: displayPath(path.join(folder.dir, 'migration.sql')),
      });
    }
  }
  return anomalies;
}

/** Runs the folder's validate.sql: the rows it returned (each one a proof that failed), or null when it has none. */
async function runFolderValidate(folder: MigrationFolder, name: string, inputs: FolderInputs): Promise<number | null> {
  const { watch, url, dir, problems } = inputs;
  if (folder.validateSql === null) {
    if (folder.finding !== null)
      problems.push({ message: `${name} has no validate.sql, so nothing proves it`, where: displayPath(folder.dir) });
    return null;
  }
  let rows: Record<string, unknown>[];
  let ran = true;
  try {
    rows = await watch.time('validate.sql', () => harness.runValidate(url, name, { dir }));
  } catch (error) {
    problems.push({
      message: `${name}/validate.sql does not run: ${(error as Error).message}`,
      where: displayPath(path.join(folder.dir, 'validate.sql')),
    });
    rows = [{ error: (error as Error).message }];
    ran = false;
  }
  if (ran && rows.length > 0) {
    problems.push({
      message: `${name}/validate.sql returned ${rows.length} row(s), so the migration is not proven; first: ${rows
        .slice(0, 3)
        .map((r) => JSON.stringify(r))
        .join(' ')}`,
      where: displayPath(path.join(folder.dir, 'validate.sql')),
    });
  }
  return rows.length;
}

/**
 * Column by column: values blanked, rewritten or dropped must be explained too, and the quarantined
 * copies must be of the values that went. A folder whose tables lost values unexplained has lost something.
 */
async function accountColumns(
  inputs: FolderInputs,
  folders: FolderAccount[],
  appliedFindings: VerifyContext['findings'],
): Promise<{ columns: ColumnChange[]; quarantineCounts: QuarantineCount[] }> {
  const { ctx, watch, url, own, problems } = inputs;
  const censusAfter = await watch.time('column census', () => takeCensus(url, [...harness.BOOKKEEPING_TABLES]));
  // Read before the erasure step can remove a tenant's quarantined values.
  const quarantineCounts = await watch.time('quarantine', () => harness.readQuarantineCounts(url));
  const quarantinedColumns = new Map<string, number>();
  for (const q of quarantineCounts) {
    if (q.column === null) continue;
    const key = `${q.table}\u0000${q.column}`;
    quarantinedColumns.set(key, (quarantinedColumns.get(key) ?? 0) + q.rows);
  }
  const columns = compareCensus(
    ctx.state.censusBefore ?? {},
    censusAfter,
    own,
    appliedFindings,
    ctx.state.legacyGraph,
    (table, column) => quarantinedColumns.get(`${table}\u0000${column}`) ?? 0,
  );
  for (const change of columns.filter((c) => !c.explained)) {
    problems.push({
      message: `column ${change.table}.${change.column} ${change.kind === 'dropped' ? 'was dropped while holding data' : change.kind === 'lost-values' ? 'lost values' : 'was rewritten'}: ${change.reason}`,
      where: `table ${change.table}`,
    });
  }
  // The copies must be of the values that went, not of values still in place.
  for (const u of await watch.time('quarantine rows', () => quarantinedButUnchanged(url, own, quarantineCounts))) {
    problems.push({
      message: `column ${u.table}.${u.column}: ${u.count} value(s) copied to ${QUARANTINE_TABLE} are still in their rows unchanged (e.g. id ${u.sampleRowIds.join(', ')}), so those copies are not of the values the migration took away`,
      where: `table ${u.table}`,
    });
  }
  for (const f of folders) {
    const lost = columns.filter((c) => !c.explained && f.tables.includes(c.table));
    if (lost.length > 0) f.nothingLost = false;
  }
  return { columns, quarantineCounts };
}

/** The quarantine per migration and table, each checked against what the ledger claims it holds. */
function accountQuarantine(inputs: FolderInputs, quarantineCounts: readonly QuarantineCount[]): AccountingDetails['quarantine'] {
  const { toApply, own, problems } = inputs;
  const claims = checkQuarantineClaims(own, quarantineCounts, QUARANTINE_TABLE);
  for (const q of claims.rows) {
    if (!toApply.includes(q.migration)) {
      problems.push({
        message: `${QUARANTINE_TABLE} holds ${q.rows} value(s) from "${q.migration}", which this run did not apply`,
        where: `table ${QUARANTINE_TABLE}`,
      });
    }
  }
  for (const message of claims.problems) problems.push({ message, where: `table ${QUARANTINE_TABLE}` });
  return claims.rows;
}

/** Rows of the application's tables, the bookkeeping tables left out. */
function countDataRows(counts: Record<string, number>): number {
  return Object.entries(counts)
    .filter(([t]) => !harness.BOOKKEEPING_TABLES.includes(t))
    .reduce((a, [, n]) => a + n, 0);
}

/** The step's one-paragraph summary. */
function summarize(details: AccountingDetails, unbalancedTables: number): string {
  const { tables, folders, quarantine, valueMeaning, meaning } = details;
  const resolvedKinds = folders.flatMap((f) => f.anomalies).filter((a) => a.ok).length;
  const allKinds = folders.flatMap((f) => f.anomalies).length;
  const quarantined = quarantine.reduce((a, q) => a + q.rows, 0);
  return (
    `${tables.length} tables changed (${tables.length - unbalancedTables} balanced by the ledger), ${resolvedKinds}/${allKinds} anomaly kinds resolved, ${quarantined} value(s) quarantined, ${folders.filter((f) => f.validateRows === 0).length}/${folders.filter((f) => f.validateRows !== null).length} validate.sql clean, ` +
    `${valueMeaning.filter((c) => c.wrong === 0).length}/${valueMeaning.length} converted column(s) keep every row's meaning, ` +
    `${meaning.filter((m) => m.problems.length === 0).length}/${meaning.length} meaning check(s) clean`
  );
}

/** The migration.sql of the applied folder that converts the column a meaning problem names (the folder whose SQL names its table and column). */
function whereOfColumn(message: string, dir: string, applied: readonly string[]): string {
  const [table, column] = message.slice(0, message.indexOf(':')).split('.');
  for (const name of [...applied].reverse()) {
    const file = path.join(dir, name, 'migration.sql');
    let sql: string;
    try {
      sql = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (sql.includes(`'${table}', '${column}'`)) return displayPath(file);
  }
  return displayPath(dir);
}

/**
 * How many of `ids` (rows planted with an anomaly) a migration applied before `folder` removed
 * (merged into another row, or deleted) after copying them to the quarantine, and which
 * migrations did. A row still in its table does not count, even when an earlier migration
 * quarantined one of its other values.
 */
async function preemptedRows(
  url: string,
  ids: readonly string[],
  folder: string,
  applied: readonly string[],
): Promise<{ count: number; by: string[] }> {
  const earlier = applied.filter((name) => name < folder);
  if (earlier.length === 0) return { count: 0, by: [] };
  return withPgClient(url, async (client) => {
    const present = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${QUARANTINE_TABLE}`]);
    if (!present.rows[0].present) return { count: 0, by: [] };
    const candidates = await client.query<{ migration: string; table: string; rowId: string; pk: string | null }>(
      `SELECT DISTINCT q.migration, q."tableName" AS table, q."rowId" AS "rowId",
              (SELECT a.attname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                WHERE c.conrelid = to_regclass(quote_ident(q."tableName")) AND c.contype = 'p' AND array_length(c.conkey, 1) = 1) AS pk
         FROM ${quote(QUARANTINE_TABLE)} q
        WHERE q."rowId" = ANY($1::text[]) AND q.migration = ANY($2::text[])`,
      [ids, earlier],
    );
    const gone = new Map<string, string>();
    for (const c of candidates.rows) {
      if (gone.has(c.rowId) || !c.pk) continue;
      const still = await client.query(`SELECT 1 FROM ${quote(c.table)} WHERE ${quote(c.pk)}::text = $1`, [c.rowId]);
      if (still.rowCount === 0) gone.set(c.rowId, c.migration);
    }
    return { count: gone.size, by: [...new Set(gone.values())].sort() };
  });
}

/** The migration folder a balance problem names, else the table. */
function whereOfBalance(message: string, dir: string, folders: readonly string[]): string {
  const folder = folders.find((name) => message.includes(name));
  if (folder) return displayPath(path.join(dir, folder, 'migration.sql'));
  const table = /table (\S+)/.exec(message)?.[1];
  return table ? `table ${table} (see the ledger entries of the migrations that touch it)` : `table ${LEDGER_TABLE}`;
}
