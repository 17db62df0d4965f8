// What preflight reads out of a folder's migration.sql itself, rather than from a second description
// that could fall out of step with it: the tables it names, the tables it renames, and the
// lock_timeout / statement_timeout it sets for itself.

/** SQL without `--` comments (string literals and identifiers kept; good enough for the scans below). */
function withoutComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, ' ');
}

const IDENT = '"((?:[^"]|"")+)"';

/** Quoted identifiers that follow one of the statements that read or change a table. */
export function tablesNamedIn(sql: string): { changed: string[]; read: string[] } {
  const text = withoutComments(sql);
  const collect = (patterns: RegExp[]) => {
    const names = new Set<string>();
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) names.add(match[1]!.replaceAll('""', '"'));
    return names;
  };
  const changed = collect([
    new RegExp(`\\bALTER\\s+TABLE\\s+(?:ONLY\\s+)?${IDENT}`, 'gi'),
    new RegExp(`\\bUPDATE\\s+${IDENT}`, 'gi'),
    new RegExp(`\\bINSERT\\s+INTO\\s+${IDENT}`, 'gi'),
    new RegExp(`\\bDELETE\\s+FROM\\s+${IDENT}`, 'gi'),
    new RegExp(`\\bCOMMENT\\s+ON\\s+COLUMN\\s+${IDENT}`, 'gi'),
  ]);
  // CREATE [UNIQUE] INDEX "name" ON "table": the table is the second identifier.
  for (const match of text.matchAll(
    new RegExp(`\\bINDEX\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?${IDENT}\\s+ON\\s+(?:ONLY\\s+)?${IDENT}`, 'gi'),
  )) {
    changed.add(match[2]!.replaceAll('""', '"'));
  }
  // LOCK TABLE "a", "b", "c" IN ... MODE
  for (const match of text.matchAll(/\bLOCK\s+TABLE\s+([^;]*?)\s+IN\s+[A-Z ]+MODE/gi)) {
    for (const name of match[1]!.matchAll(new RegExp(IDENT, 'g'))) changed.add(name[1]!);
  }
  const read = collect([new RegExp(`\\b(?:FROM|JOIN|USING|REFERENCES)\\s+${IDENT}`, 'gi')]);
  for (const name of changed) read.delete(name);
  return { changed: [...changed].sort(), read: [...read].sort() };
}

/** `ALTER TABLE "a" RENAME TO "b"` pairs, in file order. */
export function tableRenamesIn(sql: string): { from: string; to: string }[] {
  const text = withoutComments(sql);
  return [...text.matchAll(new RegExp(`\\bALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?${IDENT}\\s+RENAME\\s+TO\\s+${IDENT}`, 'gi'))].map(
    (m) => ({
      from: m[1]!,
      to: m[2]!,
    }),
  );
}

/** `SET [LOCAL] lock_timeout = '5s'` and `statement_timeout`, as written, or null when the file sets none. */
export function timeoutsSetIn(sql: string): { lockTimeout: string | null; statementTimeout: string | null } {
  const text = withoutComments(sql);
  const find = (name: string) => new RegExp(`\\bSET\\s+(?:LOCAL\\s+)?${name}\\s*(?:=|TO)\\s*'?([^';\\s]+)'?`, 'i').exec(text)?.[1] ?? null;
  return { lockTimeout: find('lock_timeout'), statementTimeout: find('statement_timeout') };
}

/** A PostgreSQL duration setting ('5s', '10min', '500', '1h') in milliseconds; null when unreadable. */
export function durationSettingMs(value: string | null): number | null {
  if (value === null) return null;
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|min|h|d)?$/i.exec(value.trim());
  if (!match) return null;
  const factor = { ms: 1, s: 1_000, min: 60_000, h: 3_600_000, d: 86_400_000 }[(match[2] ?? 'ms').toLowerCase() as 'ms'];
  return Number(match[1]) * factor;
}
