import { describe, expect, it } from 'vitest';
import { KEEPS_ACCESS_EXCLUSIVE_MARKER, rowWorkAfterAccessExclusive, splitSqlStatements } from './sql-statements.js';

describe('splitSqlStatements', () => {
  it('splits on semicolons that are code, with the line each statement starts on', () => {
    const script = [
      '-- a comment; with a semicolon',
      "SET LOCAL lock_timeout = '5s';",
      '',
      '/* block; /* nested; */ still comment */ SELECT \'it\'\'s; fine\' AS "we;ird""name";',
      'DO $$',
      'BEGIN',
      "  RAISE NOTICE 'x; y';",
      'END $$;',
      "SELECT $tag$ ; $$ ; $tag$, E'back\\'slash;', 1",
      '-- trailing comment',
    ].join('\n');
    const statements = splitSqlStatements(script);
    expect(statements.map((s) => [s.line, s.text])).toEqual([
      [2, "SET LOCAL lock_timeout = '5s'"],
      [4, 'SELECT \'it\'\'s; fine\' AS "we;ird""name"'],
      [5, "DO $$\nBEGIN\n  RAISE NOTICE 'x; y';\nEND $$"],
      // a comment after the last semicolon stays with the last piece; PostgreSQL ignores it
      [9, "SELECT $tag$ ; $$ ; $tag$, E'back\\'slash;', 1\n-- trailing comment"],
    ]);
  });

  it('returns nothing for a script of comments', () => {
    expect(splitSqlStatements('-- only\n/* comments */\n;\n')).toEqual([]);
  });
});

describe('rowWorkAfterAccessExclusive', () => {
  const lines = (...statements: string[]) => statements.join('\n');

  it('finds a scan or a write that runs after a statement closed an application table', () => {
    for (const work of [
      'UPDATE "users" SET "name" = btrim("name");',
      'DO $$ BEGIN PERFORM count(*) FROM "users"; END $$;',
      'ALTER TABLE "users" VALIDATE CONSTRAINT "users_tenantId_fkey";',
      'CREATE INDEX "users_name_idx" ON "users"("name");',
    ]) {
      const found = rowWorkAfterAccessExclusive(lines("SET LOCAL lock_timeout = '5s';", 'DROP TRIGGER "t" ON "users";', work));
      expect(found, work).not.toBeNull();
      expect([found!.table, found!.lock.line, found!.work.line]).toEqual(['"users"', 2, 3]);
    }
  });

  it('accepts the same work before the catalog change, and what only defines, counts the books or uses scratch tables after it', () => {
    expect(
      rowWorkAfterAccessExclusive(lines('UPDATE "users" SET "name" = btrim("name");', 'ALTER TABLE "users" DROP COLUMN "x";')),
    ).toBeNull();
    const after = [
      'ALTER TABLE "posts" ADD CONSTRAINT "posts_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;',
      'CREATE FUNCTION "online_migration"."f"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE "users" SET "x" = 1; RETURN NEW; END $$;',
      'CREATE TRIGGER "t" BEFORE INSERT OR UPDATE OF "x" ON "users" FOR EACH ROW EXECUTE FUNCTION "online_migration"."f"();',
      'CREATE VIEW "old_users" AS SELECT * FROM "users";',
      'INSERT INTO "migration_ledger" ("migration") SELECT count(*)::text FROM "migration_quarantine";',
      'CREATE TEMP TABLE "scratch" ("id" text) ON COMMIT DROP;',
      'INSERT INTO "scratch" SELECT "id" FROM "scratch";',
      'SELECT "online_migration"."contracted"(\'x\');',
    ];
    expect(rowWorkAfterAccessExclusive(lines('ALTER TABLE "users" DROP COLUMN "x";', ...after))).toBeNull();
  });

  it('takes a weaker lock for what it is: a key added NOT VALID, a concurrent drop, a bookkeeping table', () => {
    const work = 'UPDATE "users" SET "name" = btrim("name");';
    for (const lock of [
      'ALTER TABLE "posts" ADD CONSTRAINT "k" FOREIGN KEY ("userId") REFERENCES "users"("id") NOT VALID;',
      'DROP INDEX CONCURRENTLY "users_name_idx";',
      'LOCK TABLE "users" IN SHARE MODE;',
      'DROP TABLE "online_migration"."f04_prospects";',
    ]) {
      expect(rowWorkAfterAccessExclusive(lines(lock, work)), lock).toBeNull();
    }
  });

  it('lets a folder keep the lock when a comment above the statement says why', () => {
    const script = lines(
      `${KEEPS_ACCESS_EXCLUSIVE_MARKER} the catch-up must see every write`,
      'DROP TRIGGER "t" ON "users";',
      'UPDATE "users" SET "x" = 1;',
    );
    expect(rowWorkAfterAccessExclusive(script)).toBeNull();
  });
});
