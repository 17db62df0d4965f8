import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ANOMALY_KINDS, expectedCount, resolveRates } from './kinds.js';

const catalog = JSON.parse(readFileSync(fileURLToPath(new URL('../../../db/catalog/findings.json', import.meta.url)), 'utf8')) as {
  findings: { id: number; anomalies: string[] }[];
};

describe('anomaly kinds', () => {
  test('every kind the catalog names is planted, under the finding the catalog gives it', () => {
    for (const finding of catalog.findings) {
      for (const kind of finding.anomalies) {
        const info = (ANOMALY_KINDS as Record<string, { finding: number }>)[kind];
        expect(info, `${kind} (finding ${finding.id})`).toBeDefined();
        expect(info!.finding).toBe(finding.id);
      }
    }
  });

  test('kinds the catalog does not name are marked as extra', () => {
    const named = new Set(catalog.findings.flatMap((f) => f.anomalies));
    for (const [kind, info] of Object.entries(ANOMALY_KINDS)) {
      expect(Boolean((info as { extra?: boolean }).extra), kind).toBe(!named.has(kind));
    }
  });

  test('expectedCount rounds, keeps every kind present, and never exceeds the population', () => {
    expect(expectedCount(0.05, 60)).toBe(3);
    expect(expectedCount(0.05, 12)).toBe(1);
    expect(expectedCount(0, 100)).toBe(0);
    expect(expectedCount(0.5, 0)).toBe(0);
    expect(expectedCount(1, 7)).toBe(7);
  });

  test('rates are checked', () => {
    expect(() => resolveRates({ keyword_duplicates: 1.5 })).toThrow(/between 0 and 1/);
    expect(() => resolveRates({ backlink_health_matchable: 0.5 })).toThrow(/cannot be set/);
    expect(() => resolveRates({ nope: 0.1 } as never)).toThrow(/Unknown anomaly kind/);
    expect(resolveRates({ keyword_duplicates: 0.2 }).keyword_duplicates).toBe(0.2);
  });
});
