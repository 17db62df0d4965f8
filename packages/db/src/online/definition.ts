// What an expand folder's backfill.ts declares: the batched work that brings existing rows into the
// new structures while the legacy application keeps running (new writes are kept in step by the
// expand folder's triggers, so the backfill only has to walk the rows that existed before).

export interface BackfillStep {
  /** Short words for progress lines, e.g. "orphan ratings". */
  label: string;
  /** The table whose keys the step walks, in key order. */
  table: string;
  /** A unique, sortable column of `table` (usually the primary key). */
  key: string;
  /**
   * One SQL statement (a CTE can chain several changes) run once per batch, in the batch's own transaction. `$1` is the last key the
   * previous batch finished (NULL for the first batch, exclusive) and `$2` the last key of this batch
   * (inclusive); both arrive as text, so cast them to the key's type. It may return one row of
   * integer columns (counts); they are summed over all batches and handed to `finishSql`.
   * Re-running a batch must change nothing a first run did not (a crash can only repeat a batch
   * whose transaction rolled back, but the statement should be safe on its own too).
   */
  batchSql: string;
  /**
   * Keys per batch for this step, when one key of its table is much more (or less) work than one row
   * (a tenant with all its rows): the first batch's size and the bounds of the adaptation. The
   * runner's own settings apply to what is left out.
   */
  batchSize?: number;
  minBatchSize?: number;
  maxBatchSize?: number;
}

export interface BackfillDefinition {
  steps: readonly BackfillStep[];
  /**
   * Runs once, in the transaction that marks the backfill finished; it may be several statements.
   * The summed counts are in the transaction-local setting `online_migration.counts` (jsonb:
   * `(current_setting('online_migration.counts')::jsonb->>'moved')::integer`). The place to write
   * the ledger entries, whose anomaly counts must be one entry per anomaly kind, not one per batch.
   */
  finishSql?: string;
}
