// One application's traffic: a pool of connections (one per worker) and workers that send
// requests back to back, with a short think time, until stopped. Every request is recorded with its
// outcome and latency; every committed write goes to the journal.
import { createLegacyPrismaClient, createPrismaClient } from './db.js';
import { withoutLocalPaths } from './local-paths.js';
import { CORRECTED_APPLICATION, LEGACY_APPLICATION } from './lock-sampler.js';
import { CORRECTED_OPERATIONS, LEGACY_OPERATIONS, PartlyCommittedError, type Operation } from './operations.js';
import { randomSource, sliceOf, type EntityPool } from './pool.js';
import type { AppName, JournalEntry, Phase, RequestRecord } from './types.js';

export interface RunClock {
  nowMs(): number;
  phase(): { phase: Phase; step: string | null };
}

export interface WorkloadOptions {
  app: AppName;
  databaseUrl: string;
  pool: EntityPool;
  workers: number;
  /** Worker slices are numbered across both applications so the two never own the same rows. */
  sliceOffset: number;
  sliceCount: number;
  thinkMs: number;
  /** The legacy application's two-statement writes in a transaction (OperationContext.transactional). */
  transactional: boolean;
  seed: number;
  clock: RunClock;
  requests: RequestRecord[];
  journal: JournalEntry[];
}

/** A URL whose connections carry `application_name`, so the lock sampler can tell who is who. */
export function withApplicationName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('application_name', name);
  return parsed.toString();
}

function pickOperation<C>(operations: Operation<C>[], random: () => number): Operation<C> {
  const total = operations.reduce((sum, op) => sum + op.weight, 0);
  let roll = random() * total;
  for (const op of operations) {
    roll -= op.weight;
    if (roll < 0) return op;
  }
  return operations[operations.length - 1]!;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // Prisma puts the invocation first and the reason last.
  const reason =
    lines.find((line) => /does not exist|violates|timeout|timed out|denied|deadlock|error/i.test(line)) ?? lines.at(-1) ?? message;
  return withoutLocalPaths(reason).slice(0, 240);
}

export class Workload {
  private running = false;
  private loops: Promise<void>[] = [];
  private disconnect: (() => Promise<void>) | undefined;
  private begin: (() => Promise<void>[]) | undefined;

  constructor(private readonly options: WorkloadOptions) {}

  get app(): AppName {
    return this.options.app;
  }

  /**
   * Loads the generated client and opens its connections, so the first requests measure the
   * database and not the application's start-up.
   */
  async prepare(): Promise<void> {
    const { app, databaseUrl, workers } = this.options;
    const url = withApplicationName(databaseUrl, app === 'legacy' ? LEGACY_APPLICATION : CORRECTED_APPLICATION);
    const pool = { max: workers, connectionTimeoutMillis: 30_000 };
    if (app === 'legacy') {
      const client = await createLegacyPrismaClient(url, { pool });
      await client.$connect();
      this.disconnect = () => client.$disconnect();
      this.begin = () => this.spawn(client, LEGACY_OPERATIONS);
    } else {
      const client = await createPrismaClient(url, { pool });
      await client.$connect();
      this.disconnect = () => client.$disconnect();
      this.begin = () => this.spawn(client, CORRECTED_OPERATIONS);
    }
  }

  /** Starts sending requests (prepare() first). */
  start(): void {
    if (!this.begin) throw new Error(`the ${this.options.app} workload was started before prepare()`);
    this.running = true;
    this.loops = this.begin();
  }

  /** Lets every request in flight finish, then closes the connections. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    await this.disconnect?.();
  }

  private spawn<C>(client: C, operations: Operation<C>[]): Promise<void>[] {
    const { workers, sliceOffset, sliceCount, pool, seed } = this.options;
    return Array.from({ length: workers }, (_, worker) =>
      this.work(client, operations, sliceOf(pool, sliceOffset + worker, sliceCount), randomSource(seed * 1000 + sliceOffset + worker)),
    );
  }

  private async work<C>(client: C, operations: Operation<C>[], pool: EntityPool, random: () => number): Promise<void> {
    const { app, clock, requests, journal, thinkMs } = this.options;
    while (this.running) {
      const op = pickOperation(operations, random);
      const where = clock.phase();
      const startMs = clock.nowMs();
      try {
        const writes = await op.run(client, { pool, random, transactional: this.options.transactional });
        if (writes === null) continue;
        const committedMs = clock.nowMs();
        requests.push({ app, op: op.name, ...where, startMs, latencyMs: committedMs - startMs, ok: true });
        for (const write of writes) journal.push({ app, ...write, committedMs });
      } catch (error) {
        const failedMs = clock.nowMs();
        requests.push({ app, op: op.name, ...where, startMs, latencyMs: failedMs - startMs, ok: false, error: firstLine(error) });
        if (error instanceof PartlyCommittedError)
          for (const write of error.committed) journal.push({ app, ...write, committedMs: failedMs });
      }
      if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + random())));
    }
  }
}
