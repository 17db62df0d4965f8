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
