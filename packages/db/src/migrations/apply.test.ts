// The harness on a throw-away migrations folder and database: both apply paths share one
// history, a failing statement is reported at its file and line and leaves nothing behind,
// down.sql and validate.sql run as documented, and dependency mistakes are caught.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPgClient } from '../provision.js';
import { createTestDatabase } from '../test-database.js';
import { applyFolders, MigrationFailedError, revertFolder, runValidate } from './apply.js';
import { dependencyClosure, listMigrationFolders, readMigrationFolder } from './folders.js';
import { FrontMatterError } from './front-matter.js';

let dir: string;

const readme = (finding: string, dependsOn: string) => `---
finding: ${finding}
title: test folder
risk: additive
dependsOn: [${dependsOn}]
resolves: []
locks: none
rollback: down.sql
---
# test
`;

async function folder(name: string, files: Record<string, string>) {
  await mkdir(path.join(dir, name), { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, name, file), text);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lm-harness-'));
  await writeFile(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  await folder('0_baseline', { 'migration.sql': 'CREATE TABLE "things" ("id" TEXT PRIMARY KEY, "n" INTEGER NOT NULL);\n' });
  await folder('1_add', {
    'migration.sql': `SET LOCAL lock_timeout = '5s';\nALTER TABLE "things" ADD COLUMN "note" TEXT;\nDO $$ BEGIN RAISE NOTICE 'added note'; END $$;\n`,
    'down.sql': 'ALTER TABLE "things" DROP COLUMN "note";\n',
    'validate.sql': `SELECT 'negative n' AS problem, id AS detail FROM "things" WHERE n < 0;\nSELECT 'no note' AS problem, id AS detail FROM "things" WHERE note IS NULL AND n > 100;\n`,
    'README.md': readme('1', ''),
  });
  await folder('2_broken', {
    'migration.sql': 'CREATE TABLE "half" ("id" TEXT);\n\nINSERT INTO "things" ("id", "n")\n  VALUES (\'x\', NULL);\n',
    'README.md': readme('2', '1_add'),
  });
  await folder('3_bad_dependency', { 'migration.sql': 'SELECT 1;\n', 'README.md': readme('3', '4_later') });
  await folder('4_later', { 'migration.sql': 'SELECT 1;\n', 'README.md': readme('4', 'nope') });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('folders', () => {
  it('lists folders in Prisma order and reads their files', () => {
    expect(listMigrationFolders(dir)).toEqual(['0_baseline', '1_add', '2_broken', '3_bad_dependency', '4_later']);
    const add = readMigrationFolder('1_add', dir);
    expect(add.finding).toBe(1);
    expect(add.downSql).toContain('DROP COLUMN');
    expect(readMigrationFolder('0_baseline', dir).dependsOn).toEqual([]);
  });

  it('closes over dependencies, baseline first', () => {
    expect(dependencyClosure(['2_broken'], dir)).toEqual(['0_baseline', '1_add', '2_broken']);
  });

  it('rejects a dependency that sorts later or does not exist, naming the README line', () => {
    expect(() => dependencyClosure(['3_bad_dependency'], dir)).toThrow(FrontMatterError);
    expect(() => dependencyClosure(['3_bad_dependency'], dir)).toThrow(/3_bad_dependency\/README.md:5: .*sorts after/);
    expect(() => dependencyClosure(['4_later'], dir)).toThrow(
      /4_later\/README.md:5: "dependsOn" names "nope", which is not a migration folder/,
    );
  });
});

describe('applying', () => {
  it('applies via sql, records Prisma history, skips what is applied, and carries on via prisma', async () => {
    const db = await createTestDatabase('lm_harness');
    try {
      const first = await applyFolders(db.url, ['0_baseline', '1_add'], { via: 'sql', dir });
      expect(first.map((f) => [f.name, f.skipped])).toEqual([
        ['0_baseline', false],
        ['1_add', false],
      ]);
      expect(first[1]!.notices).toEqual(['added note']);
      const again = await applyFolders(db.url, ['1_add'], { via: 'sql', dir });
      expect(again[0]!.skipped).toBe(true);
      // Prisma sees the same history: deploying the same folders changes nothing and does not complain.
      const viaPrisma = await applyFolders(db.url, ['0_baseline', '1_add'], { via: 'prisma', dir });
      expect(viaPrisma.every((f) => f.skipped)).toBe(true);
      const history = await withPgClient(db.url, (c) => c.query(`SELECT migration_name FROM _prisma_migrations ORDER BY 1`));
      expect(history.rows.map((r) => r.migration_name)).toEqual(['0_baseline', '1_add']);
    } finally {
      await db.dispose();
    }
  });

  it('reports a failing statement at its file and line and rolls the folder back', async () => {
    const db = await createTestDatabase('lm_harness');
    try {
      await applyFolders(db.url, ['0_baseline', '1_add'], { via: 'sql', dir });
      const error = await applyFolders(db.url, ['2_broken'], { via: 'sql', dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationFailedError);
      expect((error as MigrationFailedError).folder).toBe('2_broken');
      expect((error as MigrationFailedError).message).toMatch(/2_broken\/migration.sql:3: null value in column "n"/);
      const left = await withPgClient(db.url, (c) =>
        c.query(
          `SELECT to_regclass('public.half') AS half, (SELECT count(*)::int FROM _prisma_migrations WHERE migration_name = '2_broken') AS recorded`,
        ),
      );
      expect(left.rows[0]).toEqual({ half: null, recorded: 0 });
    } finally {
      await db.dispose();
    }
  });

  it('validates and reverts', async () => {
    const db = await createTestDatabase('lm_harness');
    try {
      await applyFolders(db.url, ['0_baseline', '1_add'], { via: 'sql', dir });
      await withPgClient(db.url, (c) => c.query(`INSERT INTO things VALUES ('a', -1, 'x'), ('b', 200, NULL), ('c', 5, NULL)`));
      expect(await runValidate(db.url, '1_add', { dir })).toEqual([
        { problem: 'negative n', detail: 'a' },
        { problem: 'no note', detail: 'b' },
      ]);
      await revertFolder(db.url, '1_add', { dir });
      const state = await withPgClient(db.url, (c) =>
        c.query(`SELECT (SELECT count(*)::int FROM information_schema.columns WHERE table_name = 'things' AND column_name = 'note') AS note,
                        (SELECT count(*)::int FROM _prisma_migrations WHERE migration_name = '1_add') AS recorded`),
      );
      expect(state.rows[0]).toEqual({ note: 0, recorded: 0 });
    } finally {
      await db.dispose();
    }
  });
});
