// The reference preflight compares a database with: the catalog of a fresh database with 0_baseline
// applied (the legacy schema), and what each migration folder changes in it (a delta per folder). The
// expected catalog for any set of applied folders is the baseline with their deltas applied in folder
// order. It is generated from the migrations themselves (reference/build.ts, on a throw-away database)
// and committed as legacy-chain.json, so preflight needs nothing but a read-only connection to the
// database it inspects: no second database, no CREATEDB on a production server. Each folder's entry
// carries the sha256 of the migration.sql it was built from; when a file changes, preflight says the
// reference is stale and the tests fail until it is regenerated
// (`pnpm --filter @leadmetrics/preflight exec tsx src/reference/generate.ts`).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrationsDir } from '@leadmetrics/db';
import { BASELINE_FOLDER, listMigrationFolders } from '@leadmetrics/db/migrations';
import { applyDelta, deltaKeys, flatten, unflatten, type Catalog, type CatalogDelta, type FlatCatalog } from '../catalog/flat.js';

export const referenceFile = fileURLToPath(new URL('./legacy-chain.json', import.meta.url));
export const REGENERATE_COMMAND = 'pnpm --filter @leadmetrics/preflight exec tsx src/reference/generate.ts';

export interface FolderReference {
  name: string;
  /** sha256 of the migration.sql the delta was measured from. */
  migrationSha256: string;
  delta: CatalogDelta;
}

export interface ReferenceData {
  $comment?: string;
  /** Server the reference was measured on (informative; the snapshot reads the same on 15 and 18). */
  measuredOn: string;
  /** sha256 of 0_baseline/migration.sql. */
  baselineSha256: string;
  baseline: Catalog;
  folders: FolderReference[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function migrationSqlSha256(name: string, dir: string = migrationsDir): string {
  return sha256(readFileSync(path.join(dir, name, 'migration.sql'), 'utf8'));
}

/** The reference as preflight uses it: composable, and aware of which folders it no longer describes. */
export class Reference {
  readonly baselineFlat: FlatCatalog;
  /** Folders on disk, in the order Prisma applies them, without 0_baseline. */
  readonly folders: string[];
  private readonly deltas = new Map<string, CatalogDelta>();
  // Composing and unflattening ~120 tables costs milliseconds; probes and plans ask for the same sets often.
  private readonly flatCache = new Map<string, FlatCatalog>();
  private readonly catalogCache = new WeakMap<FlatCatalog, Catalog>();
  private readonly exclusiveCache = new Map<string, string[]>();
  /** Folders whose migration.sql differs from the one measured, or that the reference lacks. */
  readonly stale: string[];
  readonly baselineStale: boolean;

  constructor(
    readonly data: ReferenceData,
    readonly dir: string = migrationsDir,
  ) {
    this.baselineFlat = flatten(data.baseline);
    this.folders = listMigrationFolders(dir).filter((name) => name !== BASELINE_FOLDER);
    const measured = new Map(data.folders.map((f) => [f.name, f]));
    this.stale = [];
    for (const name of this.folders) {
      const entry = measured.get(name);
      if (entry) this.deltas.set(name, entry.delta);
      if (!entry || entry.migrationSha256 !== migrationSqlSha256(name, dir)) this.stale.push(name);
    }
    this.baselineStale = data.baselineSha256 !== migrationSqlSha256(BASELINE_FOLDER, dir);
  }

  /** The delta of a folder (empty when the reference does not know the folder: see `stale`). */
  delta(name: string): CatalogDelta {
    return this.deltas.get(name) ?? { set: {}, remove: [] };
  }

  /** Expected flat catalog once `applied` (any subset of the folders) has been applied to the baseline. */
  expectedFlat(applied: Iterable<string>): FlatCatalog {
    const set = new Set(applied);
    const ordered = this.folders.filter((name) => set.has(name));
    // Built from the cached catalog of the same set without its last folder, so a run of growing sets
    // (as the plan asks for them) costs one delta each.
    const compose = (count: number): FlatCatalog => {
      if (count === 0) return this.baselineFlat;
      const key = ordered.slice(0, count).join(',');
      let flat = this.flatCache.get(key);
      if (!flat) {
        flat = applyDelta(compose(count - 1), this.delta(ordered[count - 1]!));
        this.flatCache.set(key, flat);
      }
      return flat;
    };
    return compose(ordered.length);
  }

  expected(applied: Iterable<string>): Catalog {
    const flat = this.expectedFlat(applied);
    let catalog = this.catalogCache.get(flat);
    if (!catalog) {
      catalog = unflatten(flat);
      this.catalogCache.set(flat, catalog);
    }
    return catalog;
  }

  /** Keys a folder changes that no other folder changes: the evidence that it was applied. */
  exclusiveKeys(name: string): string[] {
    const known = this.exclusiveCache.get(name);
    if (known) return known;
    const others = new Set<string>();
    for (const other of this.folders) if (other !== name) for (const key of deltaKeys(this.delta(other))) others.add(key);
    const own = deltaKeys(this.delta(name));
    const exclusive = own.filter((key) => !others.has(key));
    const keys = exclusive.length > 0 ? exclusive : own;
    this.exclusiveCache.set(name, keys);
    return keys;
  }

  /** Labels of an enum as the migrations create it (from the fully migrated catalog), or null. */
  enumLabels(name: string): string[] | null {
    const all = this.expectedFlat(this.folders);
    const labels = all[`enum|public.${name}`];
    return Array.isArray(labels) ? (labels as string[]) : null;
  }
}

export function readReferenceData(file: string = referenceFile): ReferenceData {
  if (!existsSync(file)) {
    throw new Error(`${file}: missing. Generate it with: ${REGENERATE_COMMAND}`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as ReferenceData;
}

let cached: Reference | undefined;

/** The committed reference for the repository's migrations folder (read once per process). */
export function loadReference(): Reference {
  cached ??= new Reference(readReferenceData());
  return cached;
}
