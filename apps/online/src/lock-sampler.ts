// Watches pg_locks and pg_stat_activity from a connection of its own, every few tens of
// milliseconds, for two things a live application feels:
//   - lock waits: a backend whose lock request is not granted; pg_locks.waitstart (PostgreSQL 14+)
//     says since when, so each sighting gives the exact wait so far;
//   - ACCESS EXCLUSIVE holds on tables: pg_locks has no start time for granted locks, so a hold is
//     measured from the first to the last sighting of the same (backend, table) pair, plus one
//     sampling interval (the hold may have started just after the previous sample).
// Backends are told apart by application_name: the harness gives the migration and each
// workload their own.
import pg from 'pg';
import type { Phase } from './types.js';

export const MIGRATION_APPLICATION = 'lm_online_migration';
export const LEGACY_APPLICATION = 'lm_online_legacy';
export const CORRECTED_APPLICATION = 'lm_online_corrected';

export interface LockWait {
  /** Who waited: 'legacy', 'corrected', 'migration' or another backend's application_name. */
  waiter: string;
  /** Table waited for, or the lock type when the wait is on a row's transaction (`transactionid`). */
  target: string;
  mode: string;
  maxWaitMs: number;
  /** Phase and step when the wait was longest. */
  phase: Phase;
  step: string | null;
  atMs: number;
}

export interface ExclusiveHold {
  table: string;
  holder: string;
  /** Estimated rows of the table when the hold was seen (pg_class.reltuples). */
  rows: number;
  holdMs: number;
  phase: Phase;
  step: string | null;
  startMs: number;
}

export interface LockSamples {
  intervalMs: number;
  samples: number;
  /** Longest gap between two samples actually taken (a loaded machine stretches the interval). */
  worstGapMs: number;
  waits: LockWait[];
  holds: ExclusiveHold[];
}

interface SampleRow {
  pid: number;
  app: string;
  granted: boolean;
  mode: string;
  locktype: string;
  relname: string | null;
  reltuples: number | null;
  wait_ms: number | null;
}

const SAMPLE_SQL = `
SELECT l.pid, a.application_name AS app, l.granted, l.mode, l.locktype, c.relname,
       c.reltuples::float8 AS reltuples,
       EXTRACT(EPOCH FROM (clock_timestamp() - l.waitstart)) * 1000 AS wait_ms
  FROM pg_locks l
  JOIN pg_stat_activity a ON a.pid = l.pid
  LEFT JOIN pg_class c ON c.oid = l.relation AND c.relkind IN ('r', 'p')
 WHERE a.datname = current_database()
   AND l.pid <> pg_backend_pid()
   AND (NOT l.granted OR (l.mode = 'AccessExclusiveLock' AND c.relname IS NOT NULL))`;

function roleOf(applicationName: string): string {
  if (applicationName === MIGRATION_APPLICATION) return 'migration';
  if (applicationName === LEGACY_APPLICATION) return 'legacy';
  if (applicationName === CORRECTED_APPLICATION) return 'corrected';
  return applicationName || '(unnamed)';
}

export interface SamplerClock {
  nowMs(): number;
  phase(): { phase: Phase; step: string | null };
}

export class LockSampler {
  private client: pg.Client | undefined;
  private running = false;
  private loop: Promise<void> | undefined;
  private samples = 0;
  private worstGapMs = 0;
  private readonly waits = new Map<string, LockWait>();
  private readonly openHolds = new Map<string, ExclusiveHold & { lastSeenMs: number }>();
  private readonly holds: ExclusiveHold[] = [];

  constructor(
    private readonly databaseUrl: string,
    private readonly clock: SamplerClock,
    readonly intervalMs = 25,
  ) {}

  async start(): Promise<void> {
    this.client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'lm_online_sampler' });
    this.client.on('error', () => {});
    await this.client.connect();
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<LockSamples> {
    this.running = false;
    await this.loop;
    await this.client?.end().catch(() => {});
    for (const key of [...this.openHolds.keys()]) this.closeHold(key);
    return {
      intervalMs: this.intervalMs,
      samples: this.samples,
      worstGapMs: this.worstGapMs,
      waits: [...this.waits.values()].sort((a, b) => b.maxWaitMs - a.maxWaitMs),
      holds: this.holds.sort((a, b) => b.holdMs - a.holdMs),
    };
  }

  private async run(): Promise<void> {
    let previous = this.clock.nowMs();
    while (this.running) {
      const started = this.clock.nowMs();
      this.worstGapMs = Math.max(this.worstGapMs, started - previous);
      previous = started;
      try {
        const result = await this.client!.query<SampleRow>(SAMPLE_SQL);
        this.record(result.rows, started);
        this.samples++;
      } catch {
        // A sample lost to a busy server is a gap, which worstGapMs already reports.
      }
      const elapsed = this.clock.nowMs() - started;
      if (elapsed < this.intervalMs) await new Promise((resolve) => setTimeout(resolve, this.intervalMs - elapsed));
    }
  }

  private record(rows: SampleRow[], atMs: number): void {
    const where = this.clock.phase();
    const seenHolds = new Set<string>();
    for (const row of rows) {
      if (!row.granted) {
        const target = row.relname ?? row.locktype;
        const key = `${row.pid}\u0000${target}\u0000${row.mode}`;
        const waitMs = Number(row.wait_ms ?? 0);
        const known = this.waits.get(key);
        if (!known || waitMs > known.maxWaitMs) {
          this.waits.set(key, { waiter: roleOf(row.app), target, mode: row.mode, maxWaitMs: waitMs, ...where, atMs });
        }
        continue;
      }
      const key = `${row.pid}\u0000${row.relname}`;
      seenHolds.add(key);
      const open = this.openHolds.get(key);
      if (open) {
        open.lastSeenMs = atMs;
        open.rows = Math.max(open.rows, Number(row.reltuples ?? 0));
      } else {
        this.openHolds.set(key, {
          table: row.relname!,
          holder: roleOf(row.app),
          rows: Math.max(0, Number(row.reltuples ?? 0)),
          holdMs: 0,
          ...where,
          startMs: atMs,
          lastSeenMs: atMs,
        });
      }
    }
    for (const key of [...this.openHolds.keys()]) if (!seenHolds.has(key)) this.closeHold(key);
  }

  private closeHold(key: string): void {
    const open = this.openHolds.get(key)!;
    this.openHolds.delete(key);
    const { lastSeenMs, ...hold } = open;
    this.holds.push({ ...hold, holdMs: lastSeenMs - open.startMs + this.intervalMs });
  }
}
