// Splits a SQL script into its statements, so the harness can run them one by one inside the
// transaction and say which line failed: PostgreSQL reports a position only for syntax errors, not
// for a constraint violation half-way through a 300-line file.
//
// It knows what can hide a semicolon in PostgreSQL's SQL: 'strings' (with '' and, in E'...', \'),
// "identifiers", -- line comments, /* nested block comments */ and $tag$ dollar quotes $tag$.

export interface SqlStatement {
  /** The statement text, without the terminating semicolon. */
  text: string;
  /** 1-based line of the script on which the statement starts (its first non-blank, non-comment character). */
  line: number;
  /** Offset of `text` in the script. */
  offset: number;
}

/** The statements of `script`, in order; comment-only and empty pieces are left out. */
export function splitSqlStatements(script: string): SqlStatement[] {
  const statements: SqlStatement[] = [];
  let start = 0;
  let i = 0;
  const n = script.length;

  const push = (end: number) => {
    const raw = script.slice(start, end);
    const lead = leadingNoise(raw);
    if (lead < raw.length) {
      const offset = start + lead;
      statements.push({ text: script.slice(offset, end).trimEnd(), line: lineAt(script, offset), offset });
    }
  };

  while (i < n) {
    const c = script[i]!;
    const next = script[i + 1];
    if (c === '-' && next === '-') {
      const eol = script.indexOf('\n', i);
      i = eol < 0 ? n : eol + 1;
    } else if (c === '/' && next === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (script[i] === '/' && script[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (script[i] === '*' && script[i + 1] === '/') {
          depth--;
          i += 2;
        } else {
          i++;
        }
      }
    } else if (c === "'") {
      const escapes = i > 0 && /[eE]/.test(script[i - 1]!) && (i < 2 || !/[A-Za-z0-9_]/.test(script[i - 2]!));
      i++;
      while (i < n) {
        if (escapes && script[i] === '\\') i += 2;
        else if (script[i] === "'" && script[i + 1] === "'") i += 2;
        else if (script[i] === "'") break;
        else i++;
      }
      i++;
    } else if (c === '"') {
      i++;
      while (i < n && !(script[i] === '"' && script[i + 1] !== '"')) i += script[i] === '"' ? 2 : 1;
      i++;
    } else if (c === '$' && (i === 0 || !/[A-Za-z0-9_$]/.test(script[i - 1]!))) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i, i + 64));
      if (tag) {
        const close = script.indexOf(tag[0], i + tag[0].length);
        i = close < 0 ? n : close + tag[0].length;
      } else {
        i++;
      }
    } else if (c === ';') {
      push(i);
      start = i + 1;
      i++;
    } else {
      i++;
    }
  }
  push(n);
  return statements;
}

/** Length of the whitespace and comments at the start of `text`. */
function leadingNoise(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('--', i)) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol + 1;
    } else if (text.startsWith('/*', i)) {
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        if (text.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (text.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else {
          i++;
        }
      }
    } else {
      return i;
    }
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * For a script that is exactly one CREATE [UNIQUE] INDEX CONCURRENTLY or DROP INDEX CONCURRENTLY
 * statement: the index it builds or drops. Such a statement cannot run inside a transaction block,
 * and PostgreSQL runs a script of several statements sent in one query as one implicit transaction;
 * so a folder holding it must hold nothing else (no SET either), and it is sent on its own.
 */
export function concurrentIndexStatement(script: string): { index: string; creates: boolean } | null {
  const statements = splitSqlStatements(script);
  if (statements.length !== 1) return null;
  const match = /^(CREATE\s+(?:UNIQUE\s+)?INDEX|DROP\s+INDEX)\s+CONCURRENTLY\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?"([^"]+)"/i.exec(
    statements[0]!.text,
  );
  return match ? { index: match[2]!, creates: /^CREATE/i.test(match[1]!) } : null;
}

/** Tables a migration keeps its own books in (small, indexed by migration, never read by the application). */
const BOOKKEEPING_TABLE = /^(?:"?migration_ledger"?|"?migration_quarantine"?|"?migration_value_mapping"?|"online_migration"\.".+")$/;
const TABLE_NAME = String.raw`("[^"]+"(?:\."[^"]+")?|[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?)`;

/** What a folder may write above a statement to say it holds ACCESS EXCLUSIVE to the commit on purpose (and why). */
export const KEEPS_ACCESS_EXCLUSIVE_MARKER = '-- online: keeps ACCESS EXCLUSIVE to the commit:';

/** The application table a statement takes ACCESS EXCLUSIVE on, or null (a weaker lock, or a bookkeeping table). */
function accessExclusiveTarget(text: string, scratchTables: ReadonlySet<string>): string | null {
  const patterns = [
    new RegExp(String.raw`^DROP\s+TRIGGER\s+(?:IF\s+EXISTS\s+)?"[^"]+"\s+ON\s+${TABLE_NAME}`, 'i'),
    new RegExp(String.raw`^DROP\s+INDEX\s+(?!CONCURRENTLY)(?:IF\s+EXISTS\s+)?${TABLE_NAME}`, 'i'),
    new RegExp(
      String.raw`^(?:DROP\s+TABLE|TRUNCATE|LOCK\s+TABLE)\s+(?:IF\s+EXISTS\s+)?${TABLE_NAME}(?![^;]*\bIN\s+(?!ACCESS\s+EXCLUSIVE))`,
      'i',
    ),
    new RegExp(
      String.raw`^ALTER\s+TABLE\s+(?:ONLY\s+)?${TABLE_NAME}\s+(?!VALIDATE\s+CONSTRAINT\b)(?![^;]*FOREIGN\s+KEY[^;]*NOT\s+VALID)`,
      'i',
    ),
  ];
  for (const pattern of patterns) {
    const table = pattern.exec(text)?.[1];
    if (table) return BOOKKEEPING_TABLE.test(table) || scratchTables.has(unquoted(table)) ? null : table;
  }
  return null;
}

/** Whether a statement reads or writes the rows of an application table (not only the bookkeeping tables). */
function touchesApplicationRows(text: string, scratchTables: ReadonlySet<string>): boolean {
  if (/\bVALIDATE\s+CONSTRAINT\b/i.test(text)) return true;
  if (/^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?!CONCURRENTLY)/i.test(text)) return true;
  // A definition (function, trigger, view) runs nothing now.
  if (/^CREATE\s+(?:OR\s+REPLACE\s+)?(?:FUNCTION|PROCEDURE|VIEW|(?:CONSTRAINT\s+)?TRIGGER)\b/i.test(text)) return false;
  const reference = new RegExp(
    String.raw`(?<!\bON\s)(?<!\bOR\s)\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE\s+INTO|FROM|JOIN)\s+(?:ONLY\s+)?${TABLE_NAME}(?!\s*\()`,
    'gi',
  );
  for (const match of text.matchAll(reference)) {
    const table = match[1]!;
    if (!BOOKKEEPING_TABLE.test(table) && !scratchTables.has(unquoted(table)) && !/^"?(?:pg_|information_schema)/.test(table)) return true;
  }
  return false;
}

const unquoted = (name: string) => name.replaceAll('"', '');

/** Tables the script creates as temporary: its own scratch space, invisible to the application. */
function temporaryTables(script: string): Set<string> {
  const created = script.matchAll(new RegExp(String.raw`CREATE\s+TEMP(?:ORARY)?\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${TABLE_NAME}`, 'gi'));
  return new Set([...created].map((match) => unquoted(match[1]!)));
}

/**
 * In one transaction a statement that takes ACCESS EXCLUSIVE (DROP TRIGGER, most forms of ALTER TABLE,
 * a plain DROP INDEX) keeps it until the commit, so a statement after it that scans or writes rows runs
 * while the application can neither read nor write that table. The first such pair of `script`, unless
 * the ACCESS EXCLUSIVE statement is preceded by KEEPS_ACCESS_EXCLUSIVE_MARKER. A heuristic over the
 * statement text (a function called by name is not looked into), for the migration folders' own check.
 */
export function rowWorkAfterAccessExclusive(script: string): { lock: SqlStatement; table: string; work: SqlStatement } | null {
  const statements = splitSqlStatements(script);
  const scratchTables = temporaryTables(script);
  let held: { lock: SqlStatement; table: string } | null = null;
  for (const [index, statement] of statements.entries()) {
    if (held) {
      if (touchesApplicationRows(statement.text, scratchTables)) return { ...held, work: statement };
      continue;
    }
    const table = accessExclusiveTarget(statement.text, scratchTables);
    const previous = statements[index - 1];
    const gap = script.slice(previous ? previous.offset + previous.text.length : 0, statement.offset);
    if (table && !gap.includes(KEEPS_ACCESS_EXCLUSIVE_MARKER)) held = { lock: statement, table };
  }
  return null;
}
