/**
 * The seed writes millions of rows and can empty tables: it must never reach production by accident. Two guards:
 * a non-local host needs an explicit allowRemote, and a database that already holds rows needs an explicit reset.
 */

export class SeedRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedRefusedError';
  }
}

/** Host names that mean "this machine". */
export function isLocalHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === '' || h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h.startsWith('/');
}

/** The host a PostgreSQL connection string connects to (a `host` query parameter wins, as in libpq). */
export function databaseHost(databaseUrl: string): string {
  let url: URL;
  try {
    // libpq allows an empty host ("postgresql://user@/db?host=/socket"), which WHATWG URLs reject.
    url = new URL(databaseUrl.replace(/^(postgres(?:ql)?:\/\/[^/@]*@)\//, '$1unix-socket.invalid/'));
  } catch {
    throw new Error(`Not a PostgreSQL connection URL: "${redact(databaseUrl)}". Expected postgresql://user@host:port/database.`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(`Not a PostgreSQL connection URL (protocol ${url.protocol}): "${redact(databaseUrl)}".`);
  }
  const host = url.searchParams.get('host') ?? decodeURIComponent(url.hostname);
  return host === 'unix-socket.invalid' ? '' : host;
}

export function assertLocal(databaseUrl: string, allowRemote = false): void {
  const host = databaseHost(databaseUrl);
  if (!allowRemote && !isLocalHost(host)) {
    throw new SeedRefusedError(
      `Refusing to seed "${host}": it is not a local database, and the seed writes and may truncate tables. ` +
        'If that server really is a disposable test database, pass --allow-remote (allowRemote: true).',
    );
  }
}

/** The URL with its password replaced, for messages. */
export function redact(databaseUrl: string): string {
  return databaseUrl.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}
