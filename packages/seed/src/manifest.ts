import { createHash } from 'node:crypto';
import { ANOMALY_KINDS, type AnomalyKind, type AnomalyKindInfo } from './anomalies/kinds.js';
import type { ScaleName } from './scales.js';

/** What one seeding run produced. Written as manifest.json; tests and verify read their expectations from it. */
export interface Manifest {
  /** Format version of this file. */
  version: 1;
  seed: number;
  scale: ScaleName;
  /** sha256 of the schema text the data was generated for. */
  schemaHash: string;
  totalRows: number;
  /** Per database table (the @@map name): row count and sha256 of its COPY text stream (and deferred updates). */
  tables: Record<string, { model: string; rows: number; checksum: string }>;
  anomalies: Record<string, AnomalyRecord>;
}

export interface AnomalyRecord {
  finding: number;
  /** Rate used; null for kinds that are a complement or cover every row. */
  rate: number | null;
  /** Size of what the rate is a share of, and what that is. */
  population: number;
  populationOf: string;
  /** Number of affected items, in the unit ANOMALIES.md gives for the kind (usually rows; entries for JSON logs). */
  count: number;
  /** Primary keys of every affected row. */
  ids: string[];
  sampleIds: string[];
  /** sha256 over the ids (one per line, in order) and the canonical JSON of details. */
  checksum: string;
  details: Record<string, unknown>;
}

/** JSON with object keys sorted, so checksums do not depend on insertion order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/** Collects the planted anomalies while the generator runs. */
export class AnomalyRecorder {
  private readonly entries = new Map<
    AnomalyKind,
    { ids: string[]; population: number; count?: number; details: Record<string, unknown> }
  >();

  constructor(private readonly rates: Record<AnomalyKind, number>) {}

  rate(kind: AnomalyKind): number {
    return this.rates[kind];
  }

  private entry(kind: AnomalyKind) {
    let e = this.entries.get(kind);
    if (!e) {
      e = { ids: [], population: 0, details: {} };
      this.entries.set(kind, e);
    }
    return e;
  }

  add(kind: AnomalyKind, id: string): void {
    this.entry(kind).ids.push(id);
  }

  population(kind: AnomalyKind, size: number): void {
    this.entry(kind).population = size;
  }

  /** Overrides the count when the kind is counted in another unit than rows (e.g. JSON log entries). */
  count(kind: AnomalyKind, count: number): void {
    this.entry(kind).count = count;
  }

  details(kind: AnomalyKind, details: Record<string, unknown>): void {
    Object.assign(this.entry(kind).details, details);
  }

  has(kind: AnomalyKind): boolean {
    return this.entries.has(kind);
  }

  ids(kind: AnomalyKind): readonly string[] {
    return this.entries.get(kind)?.ids ?? [];
  }

  toManifest(): Record<string, AnomalyRecord> {
    const out: Record<string, AnomalyRecord> = {};
    // Kinds no domain module looked at (a run with `domains: []`, e.g. on the corrected schema) are left out.
    for (const kind of Object.keys(ANOMALY_KINDS) as AnomalyKind[]) {
      const info: AnomalyKindInfo = ANOMALY_KINDS[kind];
      const e = this.entries.get(kind);
      if (!e) continue;
      const checksum = createHash('sha256').update(e.ids.join('\n')).update('\n').update(canonicalJson(e.details)).digest('hex');
      out[kind] = {
        finding: info.finding,
        rate: info.defaultRate === null ? null : this.rates[kind],
        population: e.population,
        populationOf: info.populationOf,
        count: e.count ?? e.ids.length,
        ids: e.ids,
        sampleIds: e.ids.slice(0, 5),
        checksum,
        details: e.details,
      };
    }
    return out;
  }
}
