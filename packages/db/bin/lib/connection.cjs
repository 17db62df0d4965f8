'use strict';
// Connection-string helpers shared by the bridge's RPC server and its `cli` subcommands.
// Everything here is about turning a PostgreSQL URL into pg settings and into error
// messages a person can act on (host, port and database named; the password never shown).

const pg = require('pg');

/**
 * Seconds to wait for a connection before giving up, unless the URL sets `connect_timeout`.
 * The CLI itself takes 2-4 s to start; 3 s more keeps "wrong host" under 10 s end to end, and a
 * reachable server answers far sooner.
 */
const DEFAULT_CONNECT_TIMEOUT_SECONDS = 3;

/** @param {string} url */
function describeUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return { host: '?', port: '?', database: '?', user: '?', display: 'an unparsable connection string' };
  }
  const host = decodeURIComponent(parsed.hostname || parsed.searchParams.get('host') || 'localhost');
  const port = parsed.port || '5432';
  const user = decodeURIComponent(parsed.username || '');
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user || 'postgres';
  return { host, port, database, user, display: `${host}:${port}/${database}` };
}

/** pg pool settings for a URL: a bounded connect timeout unless the URL sets its own. */
function poolConfig(url) {
  const parsed = new URL(url);
  const fromUrl = Number(parsed.searchParams.get('connect_timeout'));
  const seconds = Number.isFinite(fromUrl) && fromUrl > 0 ? fromUrl : DEFAULT_CONNECT_TIMEOUT_SECONDS;
  return { connectionString: url, connectionTimeoutMillis: seconds * 1000 };
}

/** The same server, another database (used for shadow databases and CREATE/DROP DATABASE). */
function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/**
 * Map a pg / socket error to Prisma's error code and a one-line message.
 * The codes are the ones the Prisma CLI reacts to (P1003 makes `migrate dev` offer to create the database).
 */
function classifyConnectionError(error, url) {
  const where = describeUrl(url);
  const server = `${where.host}:${where.port}`;
  const reason = error && error.message ? error.message.split('\n')[0] : String(error);
  switch (error && error.code) {
    case '3D000':
      return { code: 'P1003', message: `Database \`${where.database}\` does not exist on the database server at \`${server}\`.` };
    case '28P01':
    case '28000':
      return {
        code: 'P1000',
        message: `Authentication failed against the database server at \`${server}\` (database "${where.database}", user "${where.user}"): ${reason}`,
      };
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
    case 'ECONNRESET':
      return { code: 'P1001', message: `Can't reach database server at \`${server}\` (database "${where.database}"): ${reason}` };
    default:
      if (/timeout|timed out|Connection terminated/i.test(reason)) {
        return { code: 'P1001', message: `Can't reach database server at \`${server}\` (database "${where.database}"): ${reason}` };
      }
      return { code: undefined, message: `Database error on \`${server}\` (database "${where.database}"): ${reason}` };
  }
}

/** Run `fn` with a short-lived pg client on `url`; always closes the client. */
async function withClient(url, fn) {
  const client = new pg.Client(poolConfig(url));
  // A client error after connect (server restart) must not crash the bridge with an unhandled event.
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

module.exports = { describeUrl, poolConfig, withDatabase, classifyConnectionError, withClient, DEFAULT_CONNECT_TIMEOUT_SECONDS };
