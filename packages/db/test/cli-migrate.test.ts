// migrate deploy / status / diff and db execute, each on its own throw-away database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../src/test-database.js';
import { withPgClient } from '../src/provision.js';
import { createFixtureProject, type FixtureProject } from './support/fixture-project.js';
import { FIXTURE_MIGRATIONS, FIXTURE_SCHEMA, FIXTURE_SCHEMA_WITH_NICKNAME, enumLabels, modelNames } from './support/fixture-schema.js';
import { appliedMigrations, columnNames, query, tableNames } from './support/sql.js';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
const databases: Db[] = [];
async function freshDatabase(): Promise<Db> {
  const db = await createTestDatabase('lm_cli');
  databases.push(db);
  return db;
}

let project: FixtureProject;
beforeAll(async () => {
  project = await createFixtureProject({ schema: FIXTURE_SCHEMA, migrations: FIXTURE_MIGRATIONS });
});
afterAll(async () => {
  await Promise.all(databases.map((db) => db.dispose()));
  await project.dispose();
});

describe('migrate deploy and migrate status', () => {
  it('status reports every folder as pending, deploy applies them in order, a second deploy is a no-op', async () => {
    const db = await freshDatabase();
    const names = await project.migrationNames();

    const pending = await project.run(['migrate', 'status'], { databaseUrl: db.url });
    expect(pending.code).not.toBe(0);
    for (const name of names) expect(pending.stdout).toContain(name);

    const deploy = await project.run(['migrate', 'deploy'], { databaseUrl: db.url });
    expect(deploy.code, deploy.stderr).toBe(0);
    expect(await appliedMigrations(db.url)).toEqual(names.map((name) => ({ name, finished: true, rolledBack: false })));
    expect(await tableNames(db.url)).toEqual(['_prisma_migrations', ...modelNames(FIXTURE_SCHEMA)].sort());

    const again = await project.run(['migrate', 'deploy'], { databaseUrl: db.url });
    expect(again.code).toBe(0);
    expect((await appliedMigrations(db.url)).length).toBe(names.length);

    const upToDate = await project.run(['migrate', 'status'], { databaseUrl: db.url });
    expect(upToDate.code, upToDate.stdout + upToDate.stderr).toBe(0);
  });
});

describe('migrate diff', () => {
  it('--from-empty --to-schema --script prints SQL that builds every model and enum', async () => {
    const result = await project.run(['migrate', 'diff', '--from-empty', '--to-schema', 'prisma/schema.prisma', '--script'], {
      databaseUrl: (await freshDatabase()).url,
    });
    expect(result.code, result.stderr).toBe(0);
    // Run the script on an empty database and look at what it built.
    const target = await freshDatabase();
    await withPgClient(target.url, (client) => client.query(result.stdout));
    expect(await tableNames(target.url)).toEqual(modelNames(FIXTURE_SCHEMA).sort());
    const labels = await query<{ label: string }>(
      target.url,
      `SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'Role' ORDER BY e.enumsortorder`,
    );
    expect(labels.map((l) => l.label)).toEqual(enumLabels(FIXTURE_SCHEMA).Role);
  });

  it('--from-empty --to-schema (no --script) summarises the tables and enums it would add', async () => {
    const result = await project.run(['migrate', 'diff', '--from-empty', '--to-schema', 'prisma/schema.prisma'], {
      databaseUrl: (await freshDatabase()).url,
    });
    expect(result.code, result.stderr).toBe(0);
    for (const model of modelNames(FIXTURE_SCHEMA)) expect(result.stdout).toMatch(new RegExp(`^\\s*- ${model}$`, 'm'));
    for (const name of Object.keys(enumLabels(FIXTURE_SCHEMA))) expect(result.stdout).toMatch(new RegExp(`^\\s*- ${name}$`, 'm'));
  });

  it('--from-migrations replays the folders on a temporary shadow database, never on the main one', async () => {
    const main = await freshDatabase();
    await project.write('prisma/schema.prisma', FIXTURE_SCHEMA_WITH_NICKNAME);
    try {
      const result = await project.run(
        ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--script'],
        { databaseUrl: main.url, shadowDatabaseUrl: null },
      );
      expect(result.code, result.stderr).toBe(0);
      // Only the column the migrations lack, nothing they already create.
      expect(result.stdout).toMatch(/ALTER TABLE ("public"\.)?"User" ADD COLUMN\s+"nickname" TEXT/);
      expect(result.stdout).not.toContain('CREATE TABLE');
      expect(await tableNames(main.url)).toEqual([]);
    } finally {
      await project.write('prisma/schema.prisma', FIXTURE_SCHEMA);
    }
  });

  it('--from-migrations with SHADOW_DATABASE_URL wipes that database first and gives the same answer', async () => {
    const main = await freshDatabase();
    const shadow = await freshDatabase();
    await withPgClient(shadow.url, (client) => client.query('CREATE TABLE leftover (id int); CREATE SCHEMA stray;'));
    const args = ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--script'];
    const withShadow = await project.run(args, { databaseUrl: main.url, shadowDatabaseUrl: shadow.url });
    const withTemporary = await project.run(args, { databaseUrl: main.url, shadowDatabaseUrl: null });
    expect(withShadow.code, withShadow.stderr).toBe(0);
    expect(withShadow.stdout).toBe(withTemporary.stdout);
    // The migrations match the schema exactly: nothing to do.
    expect(withShadow.stdout).not.toMatch(/CREATE|ALTER|DROP/);
    expect(await tableNames(shadow.url)).not.toContain('leftover');
    const schemas = await query<{ nspname: string }>(shadow.url, `SELECT nspname FROM pg_namespace WHERE nspname = 'stray'`);
    expect(schemas).toEqual([]);
    expect(await tableNames(main.url)).toEqual([]);
  });

  it('--from-config-datasource --to-schema compares the live database with a schema', async () => {
    const db = await freshDatabase();
    expect((await project.run(['migrate', 'deploy'], { databaseUrl: db.url })).code).toBe(0);
    await project.write('prisma/schema-next.prisma', FIXTURE_SCHEMA_WITH_NICKNAME);
    const result = await project.run(
      ['migrate', 'diff', '--from-config-datasource', '--to-schema', 'prisma/schema-next.prisma', '--script'],
      {
        databaseUrl: db.url,
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/ALTER TABLE ("public"\.)?"User" ADD COLUMN\s+"nickname" TEXT/);
    // The comparison must not change the database.
    expect(await columnNames(db.url, 'User')).not.toContain('nickname');
  });
});

describe('db execute', () => {
  it('runs a whole script as written, including ";" inside literals and DO blocks', async () => {
    const db = await freshDatabase();
    const script = `CREATE TABLE note (body text NOT NULL);
INSERT INTO note VALUES ('first; with a semicolon');
DO $$ BEGIN INSERT INTO note VALUES ('from a block; also with one'); END $$;
`;
    await project.write('script.sql', script);
    const result = await project.run(['db', 'execute', '--file', 'script.sql'], { databaseUrl: db.url });
    expect(result.code, result.stderr).toBe(0);
    const rows = await query<{ body: string }>(db.url, 'SELECT body FROM note ORDER BY body');
    expect(rows.map((r) => r.body)).toEqual(['first; with a semicolon', 'from a block; also with one']);
  });

  it('reads the script from --stdin', async () => {
    const db = await freshDatabase();
    const result = await project.run(['db', 'execute', '--stdin'], { databaseUrl: db.url, input: 'CREATE TABLE piped (id int);' });
    expect(result.code, result.stderr).toBe(0);
    expect(await tableNames(db.url)).toEqual(['piped']);
  });
});
