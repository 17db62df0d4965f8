// The generic generator on a small schema built to exercise every shape it must handle (test/fixtures/core.prisma):
// a global lookup table, tenant scoping, one-to-one per tenant, a self-relation, a cycle between two tables, a
// composite unique with a version, a child without its own tenant key, a key referencing a non-primary unique and a
// soft reference. No domain module applies; only the schema drives the data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { correctedSchemaDir, createThrowawayDatabase } from '@leadmetrics/db';
import { BOOKKEEPING_TABLES } from '@leadmetrics/db/migrations';
import { testServer } from '@leadmetrics/db/testing';
import { generate, loadSchema, seedDatabase, type Row } from '../src/index.js';
import { closeConnections, query, tableCounts } from './helpers.js';

const fixture = fileURLToPath(new URL('./fixtures/core.prisma', import.meta.url));
const ddl = readFileSync(fileURLToPath(new URL('./fixtures/core.sql', import.meta.url)), 'utf8');
const schema = loadSchema(fixture);
let tables: Record<string, Row[]>;

beforeAll(async () => {
  tables = (await generate({ schemaPath: fixture, domains: [], scale: 'demo', seed: 3 })).tables;
});

describe('generic generator', () => {
  test('every foreign key value names an existing row of its target, in the same tenant', () => {
    for (const model of schema.models) {
      for (const relation of model.relations) {
        const target = schema.modelByName.get(relation.target)!;
        const byKey = new Map(tables[target.name]!.map((r) => [relation.references.map((f) => String(r[f])).join('|'), r]));
        let set = 0;
        for (const row of tables[model.name]!) {
          if (relation.fields.some((f) => row[f] === null)) continue;
          const parent = byKey.get(relation.fields.map((f) => String(row[f])).join('|'));
          expect(parent, `${model.name}.${relation.name}`).toBeDefined();
          if (model.tenantField && target.tenantField && row[model.tenantField] !== null) {
            expect(parent![target.tenantField], `${model.name}.${relation.name} tenant`).toBe(row[model.tenantField]);
          }
          set++;
        }
        if (relation.isRequired) expect(set).toBe(tables[model.name]!.length);
        else expect(set, `${model.name}.${relation.name} is never set`).toBeGreaterThan(0);
      }
    }
  });

  test('every unique constraint holds', () => {
    for (const model of schema.models) {
      for (const unique of model.uniques) {
        const keys = tables[model.name]!.filter((r) => unique.every((f) => r[f] !== null)).map((r) =>
          unique.map((f) => String(r[f])).join('|'),
        );
        expect(new Set(keys).size, `${model.name} ${unique.join(', ')}`).toBe(keys.length);
      }
    }
  });

  test('a cycle between tables is closed afterwards, and a self-relation points at earlier rows', () => {
    // User.teamId ↔ Team.leadId: one side is filled after both tables exist.
    expect(tables.User!.filter((u) => u.teamId !== null).length).toBeGreaterThan(0);
    expect(tables.Team!.filter((t) => t.leadId !== null).length).toBeGreaterThan(0);
    const categories = tables.Category!;
    const index = new Map(categories.map((c, i) => [c.id, i]));
    const withParent = categories.filter((c) => c.parentId !== null);
    expect(withParent.length).toBeGreaterThan(0);
    for (const c of withParent) expect(index.get(c.parentId as string)!).toBeLessThan(index.get(c.id as string)!);
  });

  test('versions count 1, 2, 3 ... per parent; every tenant has one settings row; soft references name real rows', () => {
    const byPost = new Map<string, number[]>();
    for (const v of tables.PostVersion!) byPost.set(String(v.postId), [...(byPost.get(String(v.postId)) ?? []), Number(v.version)]);
    for (const versions of byPost.values()) expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(tables.Settings!.map((s) => s.tenantId).sort()).toEqual(tables.Tenant!.map((t) => t.id).sort());
    const posts = new Set(tables.Post!.map((p) => p.id));
    const soft = tables.Comment!.filter((c) => c.sourcePostId !== null);
    expect(soft.length).toBeGreaterThan(0);
    for (const c of soft) expect(posts.has(c.sourcePostId)).toBe(true);
  });

  test('statuses come from the lifecycle comment, tenants differ in size by an order of magnitude', () => {
    expect(new Set(tables.Post!.map((p) => p.status))).toEqual(new Set(['draft', 'review', 'published', 'archived']));
    const perTenant = new Map<unknown, number>();
    for (const p of tables.Post!) perTenant.set(p.tenantId, (perTenant.get(p.tenantId) ?? 0) + 1);
    const sizes = [...perTenant.values()].sort((a, b) => b - a);
    expect(sizes[0]!).toBeGreaterThanOrEqual(10 * sizes[sizes.length - 1]!);
  });
});

test('the corrected schema (a folder of files) is filled too, every model, keys consistent', async () => {
  const corrected = loadSchema(correctedSchemaDir);
  const { manifest, tables: rows } = await generate({ schemaPath: correctedSchemaDir, domains: [], scale: 'demo', seed: 3 });
  expect(Object.keys(manifest.anomalies)).toEqual([]);
  for (const model of corrected.models) {
    if (BOOKKEEPING_TABLES.includes(model.table)) continue;
    expect(rows[model.name]!.length, model.name).toBeGreaterThan(0);
    for (const relation of model.relations.filter((r) => r.references.length === 1)) {
      const targets = new Set(rows[relation.target]!.map((r) => r[relation.references[0]!]));
      for (const row of rows[model.name]!) {
        const value = row[relation.fields[0]!];
        if (value !== null) expect(targets.has(value), `${model.name}.${relation.name}`).toBe(true);
      }
    }
  }
});

describe('loading the fixture', () => {
  const dbs: { url: string; dispose(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const db of dbs) {
      await closeConnections(db.url);
      await db.dispose();
    }
  });

  /** A fresh database with the fixture schema, dropped after the suite. */
  async function fixtureDatabase() {
    const server = await testServer();
    const db = await createThrowawayDatabase(server.url, { prefix: 'seed_fixture' });
    dbs.push(db);
    await query(db.url, ddl);
    return db;
  }

  async function constraintsOf(url: string) {
    return query<{ def: string }>(
      url,
      `SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
    );
  }

  test.each([false, true])(
    'COPY with constraints deferred=%s loads every row and leaves the same constraints',
    async (deferConstraints) => {
      const db = await fixtureDatabase();
      const before = await constraintsOf(db.url);
      const manifest = await seedDatabase({
        databaseUrl: db.url,
        schemaPath: fixture,
        domains: [],
        scale: 'demo',
        seed: 3,
        deferConstraints,
      });
      expect(await constraintsOf(db.url)).toEqual(before);
      const counts = await tableCounts(db.url);
      for (const [table, entry] of Object.entries(manifest.tables)) expect(counts[table], table).toBe(entry.rows);
      // The deferred half of the cycle is in the database too.
      const linked = await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM users WHERE "teamId" IS NOT NULL`);
      expect(linked[0]!.n).toBe(tables.User!.filter((u) => u.teamId !== null).length);
    },
  );

  test.each([true, false])(
    'a load stopped through its signal (deferred=%s) leaves the empty database as it was',
    async (deferConstraints) => {
      const db = await fixtureDatabase();
      const before = await constraintsOf(db.url);
      // Stop once the first table with rows has been loaded, as the CLI does on Ctrl-C: later tables never load, and
      // what that one wrote (committed on its own in the deferred load) is taken back.
      const stop = new AbortController();
      const reason = new Error('stopped by the test');
      let loadedBeforeStop = 0;
      await expect(
        seedDatabase({
          databaseUrl: db.url,
          schemaPath: fixture,
          domains: [],
          scale: 'demo',
          seed: 3,
          deferConstraints,
          signal: stop.signal,
          onProgress: (p) => {
            if (p.phase !== 'generate' || stop.signal.aborted || p.rows === 0) return;
            loadedBeforeStop = p.rows; // progress comes after the table was handed to the loader
            stop.abort(reason);
          },
        }),
      ).rejects.toBe(reason);
      expect(loadedBeforeStop).toBeGreaterThan(0);
      expect(await constraintsOf(db.url)).toEqual(before);
      expect(Object.values(await tableCounts(db.url)).every((n) => n === 0)).toBe(true);
    },
  );

  test('a deferred load whose rows break a rebuilt index leaves the empty database as it was', async () => {
    const db = await fixtureDatabase();
    // An index the schema does not declare, which the seeded rows cannot satisfy (a tenant has several users): it
    // is rebuilt with the others once the rows are committed, and fails.
    await query(db.url, `CREATE UNIQUE INDEX users_one_per_tenant ON users ("tenantId")`);
    const before = await constraintsOf(db.url);
    await expect(
      seedDatabase({ databaseUrl: db.url, schemaPath: fixture, domains: [], scale: 'demo', seed: 3, deferConstraints: true }),
    ).rejects.toThrow(/users.*users_one_per_tenant/s);
    expect(await constraintsOf(db.url)).toEqual(before);
    expect(Object.values(await tableCounts(db.url)).every((n) => n === 0)).toBe(true);
  });
});
