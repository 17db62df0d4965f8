import { describe, expect, it } from 'vitest';
import { splitSqlStatements } from './sql-statements.js';

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
