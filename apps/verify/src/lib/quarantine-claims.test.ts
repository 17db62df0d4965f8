import type { LedgerEntry } from '@leadmetrics/db/migrations';
import { describe, expect, it } from 'vitest';
import { checkQuarantineClaims } from './quarantine-claims.js';

let id = 0;
const entry = (
  migration: string,
  tableName: string,
  action: LedgerEntry['action'],
  rows: number,
  note: string | null = null,
): LedgerEntry => ({
  id: ++id,
  migration,
  tableName,
  action,
  rows,
  anomaly: null,
  note,
});

describe('checkQuarantineClaims', () => {
  it('accepts a claim the quarantine holds, summed over the entries of one table', () => {
    const ledger = [entry('m1', 'orders', 'quarantined', 2), entry('m1', 'orders', 'quarantined', 1), entry('m1', 'orders', 'deleted', 3)];
    const result = checkQuarantineClaims(ledger, [{ migration: 'm1', table: 'orders', rows: 3 }], 'migration_quarantine');
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([{ migration: 'm1', table: 'orders', rows: 3, ledgerQuarantined: 3 }]);
  });

  it('reports a claim the quarantine does not hold, once per migration and table', () => {
    const ledger = [entry('m1', 'orders', 'quarantined', 2), entry('m1', 'orders', 'quarantined', 2)];
    const result = checkQuarantineClaims(ledger, [{ migration: 'm1', table: 'orders', rows: 3 }], 'migration_quarantine');
    expect(result.problems).toEqual(['m1 says it quarantined 4 row(s) of orders, but migration_quarantine holds 3 from it']);
  });

  it('takes the old and the new name of a renamed table for one table, whichever side used which', () => {
    const ledger = [entry('m2', 'contact_methods', 'quarantined', 3), entry('m2', 'lead_contacts', 'renamed', 10, 'contact_methods')];
    const stored = [{ migration: 'm2', table: 'lead_contacts', rows: 3 }];
    const result = checkQuarantineClaims(ledger, stored, 'migration_quarantine');
    expect(result.problems).toEqual([]);
    expect(result.rows[0]!.ledgerQuarantined).toBe(3);
    // The same rows kept under another migration's name do not count.
    expect(
      checkQuarantineClaims(ledger, [{ migration: 'm1', table: 'lead_contacts', rows: 3 }], 'migration_quarantine').problems,
    ).toHaveLength(1);
  });

  it('leaves summary entries over many tables ("*") to their per-table entries', () => {
    const ledger = [entry('m3', '*', 'quarantined', 5), entry('m3', 'plans', 'quarantined', 1)];
    const result = checkQuarantineClaims(ledger, [{ migration: 'm3', table: 'plans', rows: 1 }], 'migration_quarantine');
    expect(result.problems).toEqual([]);
  });
});
