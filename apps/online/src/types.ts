// The vocabulary shared by the harness's parts: phases of a run, the two applications, what a
// request and a committed write leave behind.

/**
 * Where a run is. `before` and `after` are the quiet windows around the chain; `migrate` is a folder
 * of today's single-transaction chain; `expand`, `backfill`, `pause` and `contract` are the phased
 * chain's.
 */
export type Phase = 'before' | 'migrate' | 'expand' | 'backfill' | 'pause' | 'contract' | 'after';

/** The phases during which the chain is changing the database (the "during migration" latencies). */
export const MIGRATING_PHASES: readonly Phase[] = ['migrate', 'expand', 'backfill', 'contract'];

/** Which generated client sends a request: the one from the legacy schema, or the corrected one. */
export type AppName = 'legacy' | 'corrected';

/** One request of a workload, as the application saw it. */
export interface RequestRecord {
  app: AppName;
  op: string;
  phase: Phase;
  /** The chain step running when the request started (folder or backfill name), if any. */
  step: string | null;
  /** Milliseconds since the start of the run. */
  startMs: number;
  latencyMs: number;
  ok: boolean;
  /** First line of the error, for failed requests. */
  error?: string;
}

/**
 * A write an application committed, with what the final (corrected) database must show for it.
 * `key` identifies the thing written (a row, or a column of a row); for a value that is
 * overwritten later (a status), the last committed entry with that key is the one checked.
 */
export interface JournalEntry {
  app: AppName;
  kind: WriteKind;
  key: string;
  /** Milliseconds since the start of the run, taken after the commit returned. */
  committedMs: number;
  values: Record<string, string | number | boolean | null>;
}

export type WriteKind =
  | 'lead-status'
  | 'faq-added'
  | 'version-saved'
  | 'reminder-recorded'
  | 'contact-entry'
  | 'subscription-transition'
  | 'keyword-inserted'
  | 'crawl-job'
  | 'settings-saved';

/** A window of the run, for charts and per-phase figures. */
export interface PhaseWindow {
  phase: Phase;
  /** Chain step (folder or backfill) the window belongs to, null for before / pause / after. */
  step: string | null;
  startMs: number;
  endMs: number;
}
