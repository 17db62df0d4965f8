'use strict';
// The driver adapter the wasm schema engine talks to: @prisma/adapter-pg with the fixes the
// engine needs. Each fix answers a failure we saw when running the CLI through the wasm engine:
//
// 1. PostgreSQL's internal type "char" (OID 18) appears in the catalog queries the engine runs
//    (pg_constraint.contype, confdeltype, ...); adapter-pg refuses it ("Column type 'char' could not
//    be deserialized"). It is a one-character string on the wire: we let adapter-pg read it as text
//    and then declare the column as Character, which is what the engine's describer asks for (it
//    panics on a text value where it expects a char, e.g. on PostgreSQL 18's NOT NULL constraints).
// 2. adapter-pg's executeScript splits a migration on ";" and runs the pieces one by one outside
//    a transaction: a literal or function body holding ";" breaks, and a migration that fails
//    halfway leaves its first half applied. The native engine sends the whole script as one
//    simple-protocol query, which PostgreSQL runs as one implicit transaction. We do the same.
// 3. adapter-pg's connectToShadowDb returns the main database when configured with a URL (the
//    connection string wins over its `database` override). We provide the shadow database
//    ourselves: the configured shadowDatabaseUrl, wiped first, or a temporary database that is
//    dropped when the request ends.
// 4. Every pool gets a connect timeout, so a wrong host fails in seconds instead of hanging.

const crypto = require('node:crypto');
const { PrismaPg } = require('@prisma/adapter-pg');
const { ColumnTypeEnum } = require('@prisma/driver-adapter-utils');
const { poolConfig, withDatabase, withClient, describeUrl } = require('./connection.cjs');
const { dropDatabase, wipeDatabase } = require('./database-admin.cjs');

const TEXT_OID = 25;
const CHAR_OID = 18;
/** Result rows array → indexes of its "char" columns (the rows array is what queryRaw passes on). */
const charColumnsOf = new WeakMap();

/** Read "char" columns as text, then type them as Character for the engine. */
function readCharColumns(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const indexes = [];
    (result?.fields ?? []).forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        indexes.push(index);
      }
    });
    if (indexes.length > 0) charColumnsOf.set(result.rows, indexes);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsOf.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/** Apply a whole script in one round trip (one implicit transaction), as the native engine does. */
function runScriptsWhole(adapter, pool) {
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
}

function patchAdapter(adapter, pool) {
  readCharColumns(adapter);
  runScriptsWhole(adapter, pool);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => readCharColumns(await startTransaction(...args));
  return adapter;
}

/** A log line in the engine's format (JSON on stderr); the CLI shows these with DEBUG=prisma:schemaEngine*. */
function logLine(level, message) {
  process.stderr.write(`${JSON.stringify({ level, fields: { message }, target: 'schema_engine::bridge' })}\n`);
}

function sameDatabase(a, b) {
  const x = describeUrl(a);
  const y = describeUrl(b);
  return x.host === y.host && x.port === y.port && x.database === y.database;
}

/**
 * Everything one engine request opens: pools, temporary shadow databases. `dispose()` closes
 * and drops it all before the bridge answers, because the CLI kills the engine process as soon
 * as it has its last answer.
 */
class AdapterSession {
  /** @param {{ url?: string, shadowDatabaseUrl?: string }} datasource */
  constructor(datasource) {
    this.datasource = datasource;
    this.cleanups = [];
  }

  /** A migration-aware adapter factory in the shape @prisma/driver-adapter-utils binds. */
  factory() {
    // Arrow functions keep this session as `this` when the bridge calls them detached.
    return {
      provider: 'postgres',
      adapterName: '@prisma/adapter-pg',
      connect: () => this.connect(this.requireUrl()),
      connectToShadowDb: () => this.connectToShadowDb(),
    };
  }

  requireUrl() {
    if (!this.datasource.url) {
      throw new Error(
        'No database URL was given to the schema engine. The wasm schema engine connects to the database ' +
          'for every command, including `migrate diff`; set DATABASE_URL (read by prisma.config.ts) and retry.',
      );
    }
    return this.datasource.url;
  }

  async connect(url) {
    const adapter = await new PrismaPg(poolConfig(url)).connect();
    const pool = adapter.underlyingDriver();
    pool.on('error', () => {}); // idle-client errors surface on the next query instead
    // The engine may dispose the adapter itself; ending a pg pool twice throws, so end it once.
    let ended;
    const end = () => (ended ??= pool.end());
    adapter.dispose = end;
    this.cleanups.push(end);
    return patchAdapter(adapter, pool);
  }

  async connectToShadowDb() {
    const mainUrl = this.requireUrl();
    const shadowUrl = this.datasource.shadowDatabaseUrl;
    if (shadowUrl) {
      if (sameDatabase(shadowUrl, mainUrl)) {
        throw new Error(
          `The shadow database URL points at the main database (${describeUrl(mainUrl).display}). ` +
            'The shadow database is wiped before each use: give it a database of its own.',
        );
      }
      await wipeDatabase(shadowUrl);
      return this.connect(shadowUrl);
    }
    const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    await withClient(mainUrl, async (client) => {
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } catch (error) {
        // 55006: someone is connected to template1 (shared servers); template0 never has sessions.
        if (error.code !== '55006') throw error;
        await client.query(`CREATE DATABASE "${name}" TEMPLATE template0`);
      }
    });
    logLine('INFO', `created temporary shadow database ${name}`);
    // Cleanups run in reverse order: the shadow pool (pushed by connect below) closes before the drop.
    this.cleanups.push(async () => {
      await dropDatabase(mainUrl, name);
      logLine('INFO', `dropped temporary shadow database ${name}`);
    });
    return this.connect(withDatabase(mainUrl, name));
  }

  async dispose() {
    const errors = [];
    while (this.cleanups.length > 0) {
      const cleanup = this.cleanups.pop();
      try {
        await cleanup();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) logLine('WARN', `cleanup failed: ${errors.map((e) => e.message).join('; ')}`);
  }
}

module.exports = { AdapterSession };
