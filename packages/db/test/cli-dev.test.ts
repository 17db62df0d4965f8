// migrate dev --create-only, migrate reset --force and db push, each on its own database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeCatalogSnapshot } from '../src/catalog-snapshot.js';
import { withPgClient } from '../src/provision.js';
import { createTestDatabase } from '../src/test-database.js';
import { createFixtureProject, type FixtureProject } from './support/fixture-project.js';
import { FIXTURE_MIGRATIONS, FIXTURE_SCHEMA, FIXTURE_SCHEMA_WITH_NICKNAME, modelNames } from './support/fixture-schema.js';
import { appliedMigrations, columnNames, query, tableNames } from './support/sql.js';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
const databases: Db[] = [];
async function freshDatabase(): Promise<Db> {
  const db = await createTestDatabase('lm_dev');
  databases.push(db);
  return db;
}
const projects: FixtureProject[] = [];
async function project(schema: string, migrations = FIXTURE_MIGRATIONS): Promise<FixtureProject> {
  const created = await createFixtureProject({ schema, migrations });
  projects.push(created);
  return created;
}
afterAll(async () => {
  await Promise.all(databases.map((db) => db.dispose()));
  await Promise.all(projects.map((p) => p.dispose()));
});

describe('migrate dev --create-only', () => {
  let fixture: FixtureProject;
  let db: Db;
  beforeAll(async () => {
    fixture = await project(FIXTURE_SCHEMA_WITH_NICKNAME);
    db = await freshDatabase();
    expect((await fixture.run(['migrate', 'deploy'], { databaseUrl: db.url })).code).toBe(0);
  });

  it('writes a new migration folder for the schema change and does not apply it', async () => {
    const before = await fixture.migrationNames();
    const result = await fixture.run(['migrate', 'dev', '--create-only', '--name', 'add_nickname'], { databaseUrl: db.url });
    expect(result.code, result.stdout + result.stderr).toBe(0);

    const added = (await fixture.migrationNames()).filter((name) => !before.includes(name));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^\d{14}_add_nickname$/);
    const sql = await fixture.read(`prisma/migrations/${added[0]}/migration.sql`);
    expect(sql).toMatch(/ALTER TABLE ("public"\.)?"User" ADD COLUMN\s+"nickname" TEXT/);

    expect(await columnNames(db.url, 'User')).not.toContain('nickname');
    expect((await appliedMigrations(db.url)).map((m) => m.name)).toEqual(before);
  });
});

describe('migrate reset --force', () => {
  it('drops everything, including data and objects Prisma does not know, and re-applies every migration', async () => {
    const fixture = await project(FIXTURE_SCHEMA);
    const db = await freshDatabase();
    expect((await fixture.run(['migrate', 'deploy'], { databaseUrl: db.url })).code).toBe(0);
    await withPgClient(db.url, (client) => client.query(`INSERT INTO "Tenant" (name) VALUES ('acme'); CREATE TABLE scratch (id int);`));

    const result = await fixture.run(['migrate', 'reset', '--force'], { databaseUrl: db.url });
    expect(result.code, result.stdout + result.stderr).toBe(0);

    expect(await tableNames(db.url)).toEqual(['_prisma_migrations', ...modelNames(FIXTURE_SCHEMA)].sort());
    expect(await query(db.url, 'SELECT * FROM "Tenant"')).toEqual([]);
    const names = await fixture.migrationNames();
    expect(await appliedMigrations(db.url)).toEqual(names.map((name) => ({ name, finished: true, rolledBack: false })));
  });
});

describe('db push', () => {
  it('creates the schema on an empty database without migrations, with its relations and actions', async () => {
    const fixture = await project(FIXTURE_SCHEMA, {});
    const db = await freshDatabase();
    const result = await fixture.run(['db', 'push'], { databaseUrl: db.url });
    expect(result.code, result.stdout + result.stderr).toBe(0);

    const snapshot = await takeCatalogSnapshot(db.url);
    expect(Object.keys(snapshot.tables).sort()).toEqual(
      modelNames(FIXTURE_SCHEMA)
        .map((m) => `public.${m}`)
        .sort(),
    );
    const foreignKeys = Object.values(snapshot.tables['public.User']!.constraints).filter((c) => c.kind === 'foreign key');
    expect(foreignKeys).toHaveLength(1);
    expect(foreignKeys[0]!.references).toMatchObject({ table: 'Tenant', columns: ['id'], onDelete: 'CASCADE' });

    // A second push of the same schema has nothing to do and leaves the catalog as it was.
    const again = await fixture.run(['db', 'push'], { databaseUrl: db.url });
    expect(again.code).toBe(0);
    expect(await takeCatalogSnapshot(db.url)).toEqual(snapshot);
  });
});
