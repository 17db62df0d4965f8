import { afterAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from './catalog-diff.js';
import { takeCatalogSnapshot } from './catalog-snapshot.js';
import { withPgClient } from './provision.js';
import { createTestDatabase } from './test-database.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

async function databaseWith(sql: string): Promise<string> {
  const db = await createTestDatabase('lm_catalog');
  cleanups.push(() => db.dispose());
  await withPgClient(db.url, (client) => client.query(sql));
  return db.url;
}

interface Variant {
  roles: string[];
  memberDeleteAction: 'CASCADE' | 'SET NULL';
  withNickname: boolean;
  withTenantIndex: boolean;
}

const BASE: Variant = { roles: ['OWNER', 'MEMBER'], memberDeleteAction: 'CASCADE', withNickname: false, withTenantIndex: true };

function ddl(v: Variant): string {
  return `
    CREATE TYPE "Role" AS ENUM (${v.roles.map((r) => `'${r}'`).join(', ')});
    CREATE TABLE "Tenant" ("id" SERIAL PRIMARY KEY, "name" TEXT NOT NULL CHECK (length("name") > 0));
    CREATE TABLE "Member" (
      "id" SERIAL PRIMARY KEY,
      "tenantId" INTEGER,
      "email" TEXT NOT NULL,
      "role" "Role" NOT NULL DEFAULT 'MEMBER'
      ${v.withNickname ? ', "nickname" TEXT' : ''}
    );
    ALTER TABLE "Member" ADD CONSTRAINT "Member_tenantId_fkey" FOREIGN KEY ("tenantId")
      REFERENCES "Tenant"("id") ON DELETE ${v.memberDeleteAction} ON UPDATE CASCADE;
    CREATE UNIQUE INDEX "Member_tenantId_email_key" ON "Member"("tenantId", "email");
    ${v.withTenantIndex ? 'CREATE INDEX "Member_tenantId_idx" ON "Member"("tenantId");' : ''}
    CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
    CREATE TRIGGER "Member_touch" BEFORE UPDATE ON "Member" FOR EACH ROW EXECUTE FUNCTION touch();
  `;
}

describe('catalog snapshot and diff', () => {
  it('finds nothing between two databases built from the same DDL', async () => {
    const [a, b] = await Promise.all([databaseWith(ddl(BASE)), databaseWith(ddl(BASE))]);
    const [snapshotA, snapshotB] = await Promise.all([takeCatalogSnapshot(a), takeCatalogSnapshot(b)]);
    expect(diffSnapshots(snapshotA, snapshotB)).toEqual([]);
    expect(JSON.stringify(snapshotA)).toBe(JSON.stringify(snapshotB));
  });

  it('names a column, an index, a foreign-key action and an enum label order that differ, and nothing else', async () => {
    const variant: Variant = {
      roles: [...BASE.roles].reverse(),
      memberDeleteAction: 'SET NULL',
      withNickname: true,
      withTenantIndex: false,
    };
    const [a, b] = await Promise.all([databaseWith(ddl(BASE)), databaseWith(ddl(variant))]);
    const sentences = diffSnapshots(await takeCatalogSnapshot(a), await takeCatalogSnapshot(b), { labels: ['before', 'after'] });

    const expectations: Array<[string, RegExp]> = [
      ['extra column', /table "Member": column "nickname" exists only in after/],
      ['missing index', /table "Member": index "Member_tenantId_idx" exists only in before/],
      [
        'foreign-key action',
        new RegExp(`"Member_tenantId_fkey".*ON DELETE.*before has ${BASE.memberDeleteAction}.*after has ${variant.memberDeleteAction}`),
      ],
      ['enum order', new RegExp(`enum "Role".*before has ${BASE.roles.join(', ')}.*after has ${variant.roles.join(', ')}`)],
    ];
    for (const [what, pattern] of expectations) {
      expect(
        sentences.filter((s) => pattern.test(s)),
        `${what} in:\n${sentences.join('\n')}`,
      ).toHaveLength(1);
    }
    expect(sentences).toHaveLength(expectations.length);
  });

  it('sees type, nullability, default and check changes, and renamed constraints', async () => {
    const a = await databaseWith(
      `CREATE TABLE t ("id" int CONSTRAINT t_pkey PRIMARY KEY, "n" int NOT NULL DEFAULT 0 CONSTRAINT n_positive CHECK (n >= 0))`,
    );
    const b = await databaseWith(
      `CREATE TABLE t ("id" int CONSTRAINT t_pk PRIMARY KEY, "n" bigint DEFAULT 1 CONSTRAINT n_positive CHECK (n > 0))`,
    );
    const sentences = diffSnapshots(await takeCatalogSnapshot(a), await takeCatalogSnapshot(b));
    const expected = [
      /column "n": type differs: A has integer, B has bigint/,
      /column "n": nullability differs: A has NOT NULL, B has NULL allowed/,
      /column "n": default differs: A has 0, B has 1/,
      /check "n_positive": definition differs/,
      /primary key "t_pkey" exists only in A/,
      /primary key "t_pk" exists only in B/,
      /index "t_pkey" exists only in A/,
      /index "t_pk" exists only in B/,
    ];
    for (const pattern of expected)
      expect(
        sentences.filter((s) => pattern.test(s)),
        sentences.join('\n'),
      ).toHaveLength(1);
    expect(sentences).toHaveLength(expected.length);
  });

  it("ignores Prisma's _prisma_migrations table and the order objects were created in", async () => {
    const a = await databaseWith(`${ddl(BASE)} CREATE TABLE _prisma_migrations (id text);`);
    // Same objects, created in another order, with the nullable column added afterwards.
    const b = await databaseWith(`
      CREATE TABLE "Tenant" ("id" SERIAL PRIMARY KEY, "name" TEXT NOT NULL CHECK (length("name") > 0));
      CREATE TYPE "Role" AS ENUM ('OWNER', 'MEMBER');
      CREATE TABLE "Member" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL, "role" "Role" NOT NULL DEFAULT 'MEMBER');
      ALTER TABLE "Member" ADD COLUMN "tenantId" INTEGER;
      CREATE INDEX "Member_tenantId_idx" ON "Member"("tenantId");
      CREATE UNIQUE INDEX "Member_tenantId_email_key" ON "Member"("tenantId", "email");
      ALTER TABLE "Member" ADD CONSTRAINT "Member_tenantId_fkey" FOREIGN KEY ("tenantId")
        REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
      CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
      CREATE TRIGGER "Member_touch" BEFORE UPDATE ON "Member" FOR EACH ROW EXECUTE FUNCTION touch();
    `);
    const snapshotA = await takeCatalogSnapshot(a);
    expect(Object.keys(snapshotA.tables)).not.toContain('public._prisma_migrations');
    expect(diffSnapshots(snapshotA, await takeCatalogSnapshot(b))).toEqual([]);
  });

  it('records names, actions, enum labels and triggers as the catalog has them', async () => {
    const snapshot = await takeCatalogSnapshot(await databaseWith(ddl(BASE)));
    expect(snapshot.enums['public.Role']).toEqual(BASE.roles);
    const member = snapshot.tables['public.Member']!;
    expect(member.constraints['Member_tenantId_fkey']!.references).toEqual({
      table: 'Tenant',
      columns: ['id'],
      onDelete: BASE.memberDeleteAction,
      onUpdate: 'CASCADE',
    });
    expect(member.indexes['Member_tenantId_email_key']).toMatchObject({ unique: true, primary: false, valid: true });
    expect(Object.keys(member.triggers)).toEqual(['Member_touch']);
    expect(member.columns['role']).toMatchObject({ type: '"Role"', nullable: false });
  });
});
