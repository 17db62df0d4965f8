// The shapes verify produces: one result per step, one row per finding, and the whole run. The
// JSON report is exactly a VerifyResult; the Markdown report is written from it.

export type StepId = 'lint-legacy' | 'lint-corrected' | 'migrate' | 'accounting' | 'drift' | 'catalog' | 'erasure' | 'smoke';

/** `skipped` never hides a failure: a step is skipped only when an earlier step failed or the run is a cherry-pick. */
export type StepStatus = 'passed' | 'failed' | 'skipped';

/** Something that did not hold, and where to look. */
export interface Problem {
  message: string;
  /** A file (with line), a table or a migration folder. */
  where?: string;
}

export interface StepResult<Details = unknown> {
  id: StepId;
  number: number;
  title: string;
  status: StepStatus;
  /** One line for the terminal and the report. */
  summary: string;
  problems: Problem[];
  durationMs: number;
  /** Parts of the step that were timed separately (provision, seed, deploy, ...). */
  timings: Record<string, number>;
  details: Details | null;
  /** Set when the step failed because of the environment (no database, read-only folder, ...), not a check. */
  cannotRun?: string;
}

/** One anomaly kind of one finding: planted by the seed, resolved by the migration. */
export interface AnomalyAccount {
  kind: string;
  /** From the seed's manifest; null when the manifest does not know the kind. */
  planted: number | null;
  /** `rows` of the ledger entry carrying this kind; null when there is none. */
  resolved: number | null;
  /** Planted rows an earlier migration had already merged or removed (kept in the quarantine). */
  preempted?: { count: number; by: string[] };
  ok: boolean;
}

export interface FindingRow {
  id: number;
  severity: string;
  title: string;
  /** Step 1: the report at the anchor on the legacy schema. */
  detected: { ok: boolean; rule: string | null; line: number | null; expectedLine: number | null };
  /** Step 2: reports of the finding's rules on the corrected schema (0 = quiet). */
  quiet: { ok: boolean; reports: number };
  migration: { folder: string | null; applied: boolean; validateRows: number | null; ok: boolean };
  anomalies: AnomalyAccount[];
  /** Step 4: no balance problem on the tables this finding's migration touched. */
  nothingLost: boolean | null;
  /** "found, fixed, proven, nothing lost", "not applied", or what failed. */
  status: string;
  ok: boolean;
}

export interface VerifyResult {
  ok: boolean;
  startedAt: string;
  durationMs: number;
  options: {
    scale: string;
    seed: number;
    only: number[] | null;
    prismaDir: string;
    catalogFile: string;
    databaseServer: string | null;
    keep: boolean;
  };
  database: {
    provider: string | null;
    serverVersion: string | null;
    /** The migrated database; kept (and its URL printed) with --keep. */
    name: string | null;
    url: string | null;
    kept: boolean;
  };
  steps: StepResult[];
  findings: FindingRow[];
  /** Where the Markdown and JSON reports were written, if they were. */
  reportFiles: { markdown: string; json: string } | null;
}
