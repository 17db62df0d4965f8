import { describe, expect, it } from 'vitest';
import { checkAnomalyEntries, checkLedgerBalance, type LedgerEntry } from './ledger.js';

let nextId = 1;
const entry = (fields: Partial<LedgerEntry> & Pick<LedgerEntry, 'tableName' | 'action' | 'rows'>): LedgerEntry => ({
  id: nextId++,
  migration: 'm1',
  anomaly: null,
  note: null,
  ...fields,
});

describe('checkLedgerBalance', () => {
  it('balances inserts, deletes with their destination, and ignores the bookkeeping tables', () => {
    const result = checkLedgerBalance({ a: 10, b: 5, migration_ledger: 0 }, { a: 8, b: 7, migration_ledger: 4, migration_quarantine: 2 }, [
      entry({ tableName: 'a', action: 'quarantined', rows: 2 }),
      entry({ tableName: 'a', action: 'deleted', rows: 2 }),
      entry({ tableName: 'b', action: 'inserted', rows: 2 }),
      entry({ tableName: 'b', action: 'updated', rows: 5 }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('reports a count the ledger does not explain', () => {
    const result = checkLedgerBalance({ a: 10 }, { a: 9 }, []);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['table a: 9 rows after, but the ledger explains 10 (10 before + 0 inserted - 0 deleted)']);
  });

  it('reports a deletion that does not say where the rows went', () => {
    const result = checkLedgerBalance({ a: 10 }, { a: 7 }, [
      entry({ tableName: 'a', action: 'deleted', rows: 3 }),
      entry({ tableName: 'a', action: 'merged', rows: 1 }),
    ]);
    expect(result.problems).toEqual([
      'm1 deleted 3 rows of a but its moved/merged/quarantined entries for a cover only 1: say where the rest went',
    ]);
  });

  it('carries a renamed table count over to its new name', () => {
    const ok = checkLedgerBalance({ old_jobs: 4 }, { new_jobs: 4 }, [
      entry({ tableName: 'old_jobs', action: 'renamed', rows: 4, note: 'new_jobs' }),
    ]);
    expect(ok.problems).toEqual([]);
    const missing = checkLedgerBalance({ old_jobs: 4 }, { new_jobs: 4 }, []);
    expect(missing.problems).toContain('table old_jobs had 4 rows and is gone, with no "renamed" entry saying where it went');
    expect(missing.problems).toContain('table new_jobs: 4 rows after, but the ledger explains 0 (0 before + 0 inserted - 0 deleted)');
  });

  it('leaves summary entries (tableName *) out of the balance', () => {
    const result = checkLedgerBalance({ a: 10, b: 5 }, { a: 10, b: 5 }, [
      entry({ tableName: 'a', action: 'quarantined', rows: 2 }),
      entry({ tableName: 'a', action: 'updated', rows: 2 }),
      entry({ tableName: '*', action: 'deleted', rows: 2, anomaly: 'k' }),
      entry({ tableName: '*', action: 'inserted', rows: 7, anomaly: 'k2' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.tables)).toEqual(['a', 'b']);
  });

  it('treats a new table as starting from zero rows', () => {
    expect(checkLedgerBalance({}, { logs: 3 }, [entry({ tableName: 'logs', action: 'inserted', rows: 3 })]).ok).toBe(true);
  });
});

describe('checkAnomalyEntries', () => {
  it('wants exactly one entry per declared kind and none for undeclared kinds', () => {
    const ledger = [
      entry({ tableName: 'a', action: 'quarantined', rows: 2, anomaly: 'k1' }),
      entry({ tableName: 'a', action: 'deleted', rows: 2, anomaly: 'k1' }),
      entry({ tableName: 'b', action: 'nulled', rows: 1, anomaly: 'k3' }),
      entry({ tableName: 'b', action: 'nulled', rows: 9, anomaly: 'k9', migration: 'other' }),
    ];
    const { counts, problems } = checkAnomalyEntries(ledger, 'm1', ['k1', 'k2']);
    expect(counts).toEqual({ k1: 2 });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/anomaly 'k1', found 2/);
    expect(problems[1]).toMatch(/anomaly 'k2', found 0/);
    expect(problems[2]).toMatch(/carries anomaly 'k3'/);
  });
});
