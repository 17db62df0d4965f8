/**
 * Statements shared out between several connections: each free connection takes the heaviest unit left. Used to
 * rebuild keys and indexes and to check foreign keys side by side after a large load (see load.ts).
 */
import type pg from 'pg';

/** A piece of work for one connection: statements sent as one string, so they also run as one transaction. */
export interface Unit {
  sql: string;
  /** Orders the queue, largest first, so no connection is left with one big table at the end. */
  weight: number;
  failure(error: Error): Error;
}

/**
 * Units handed to whichever connection is free, largest first; more can be added while the workers run, until
 * close(). After a failure no new unit starts, but a worker finishes its current statement, so once every worker
 * has returned nobody is still writing.
 */
export class WorkQueue {
  private readonly units: Unit[] = [];
  private closed = false;
  private wake: (() => void)[] = [];
  failed: Error | undefined;

  push(unit: Unit): void {
    this.units.push(unit);
    this.wakeAll();
  }

  close(): void {
    this.closed = true;
    this.wakeAll();
  }

  private wakeAll(): void {
    for (const wake of this.wake.splice(0)) wake();
  }

  async work(client: pg.Client): Promise<void> {
    while (!this.failed) {
      if (this.units.length === 0) {
        if (this.closed) return;
        await new Promise<void>((resolve) => this.wake.push(resolve));
        continue;
      }
      const largest = this.units.reduce((best, u, i) => (u.weight > this.units[best]!.weight ? i : best), 0);
      const unit = this.units.splice(largest, 1)[0]!;
      try {
        await client.query(unit.sql);
      } catch (error) {
        this.failed ??= unit.failure(error as Error);
        this.close();
      }
    }
  }

  /** Runs every worker to the end; throws the first failure. */
  static async run(clients: pg.Client[], units: Unit[]): Promise<void> {
    const queue = new WorkQueue();
    for (const unit of units) queue.push(unit);
    queue.close();
    await Promise.all(clients.map((c) => queue.work(c)));
    if (queue.failed) throw queue.failed;
  }
}
