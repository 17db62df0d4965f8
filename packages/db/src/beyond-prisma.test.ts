// prisma/beyond-prisma.sql and the migration folders must say the same thing: each statement of the
// file is the statement some folder runs (word for word, whitespace aside). Otherwise a fresh database
// and a migrated one could differ in what the drift check cannot see, such as a trigger's body.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { beyondPrismaSql } from './beyond-prisma.js';
import { listMigrationFolders } from './migrations/index.js';
import { migrationsDir } from './paths.js';
import { splitSqlStatements } from './migrations/sql-statements.js';

const normalise = (sql: string) =>
  sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .replace(/\s+/g, ' ')
    // How a folder builds an index on a live table (without blocking writes, safe to re-run) is not
    // part of what it builds: a fresh database states the same index plainly.
    .replace(/\bINDEX CONCURRENTLY (IF NOT EXISTS )?/g, 'INDEX ')
    .trim();

describe('beyond-prisma.sql', () => {
  it('holds only statements a migration folder runs word for word', () => {
    const migrations = listMigrationFolders(migrationsDir)
      .map((folder) => normalise(readFileSync(path.join(migrationsDir, folder, 'migration.sql'), 'utf8')))
      .join(' ');
    const statements = splitSqlStatements(beyondPrismaSql())
      .map((s) => normalise(s.text))
      .filter(Boolean);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((s) => !migrations.includes(s))).toEqual([]);
  });
});
