'use strict';
// The JSON-RPC 2.0 side of the bridge: the Prisma CLI writes one request per line on stdin and
// reads one response per line on stdout, exactly as it does with the native schema-engine binary.
// Requests are answered one at a time, each by a fresh wasm engine (see wasm-engine.cjs).

const fs = require('node:fs');
const readline = require('node:readline');
const { createEngine, bindAdapterFactory, explainExternalErrors, takePanicMessage, engineCommit } = require('./wasm-engine.cjs');
const { AdapterSession } = require('./pg-adapter.cjs');
const { createDatabase } = require('./database-admin.cjs');

/** Methods the wasm engine implements under the same name as the RPC method. */
const ENGINE_METHODS = new Set([
  'applyMigrations',
  'createMigration',
  'dbExecute',
  'debugPanic',
  'devDiagnostic',
  'diagnoseMigrationHistory',
  'diff',
  'ensureConnectionValidity',
  'evaluateDataLoss',
  'introspect',
  'introspectSql',
  'markMigrationApplied',
  'markMigrationRolledBack',
  'reset',
  'schemaPush',
]);

/**
 * The wasm engine only sets up what `evaluateDataLoss` / `createMigration` need (its view of the
 * migration history on a shadow database) inside `devDiagnostic`; the native engine keeps that
 * state between requests, our fresh-per-request engines do not, so we run it first.
 */
const NEEDS_DEV_DIAGNOSTIC = new Set(['evaluateDataLoss', 'createMigration']);

/** A datamodel for requests that come with none (`migrate diff`): the engine refuses zero files. */
const MINIMAL_DATAMODEL = ['schema.prisma', 'datasource db {\n  provider = "postgresql"\n}\n'];

function log(level, message, target = 'schema_engine::bridge') {
  process.stderr.write(`${JSON.stringify({ level, fields: { message }, target })}\n`);
}

/** Engine error → the `error` member the Prisma CLI understands (it reads data.message/error_code/is_panic). */
function toRpcError(error, method) {
  const raw = error instanceof Error ? error.message : String(error);
  const isPanic = error?.isPanic === true || error instanceof WebAssembly.RuntimeError || /panicked at|unreachable/i.test(raw);
  let code = typeof error?.code === 'string' && /^P\d{4}$/.test(error.code) ? error.code : undefined;
  // The engine appends a span trace ("   0: sql_schema_connector::...") that helps nobody reading a CLI error.
  let message = raw.split(/\n\s+0: /)[0].trim();
  if (!code && method === 'applyMigrations') {
    const failed = /migration_name="([^"]+)"/.exec(raw)?.[1];
    if (failed) {
      code = 'P3018';
      message = [
        'A migration failed to apply. New migrations cannot be applied before the error is recovered from. ' +
          'Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve',
        `Migration name: ${failed}`,
        `Database error:\n${message.replace(/^external connector error\n/, '')}`,
      ].join('\n\n');
    }
  }
  return {
    code: 4466,
    // For a panic the CLI prints this top-level message; for other errors, data.message.
    message: isPanic ? message : 'An error happened. Check the data field for details.',
    data: { is_panic: isPanic, message, meta: { method, full_error: raw !== message ? raw : undefined }, error_code: code },
  };
}

class RpcServer {
  /**
   * @param {{ datamodelPaths: string[], datasource: { url?: string, shadowDatabaseUrl?: string } }} options
   */
  constructor({ datamodelPaths, datasource }) {
    this.datamodels = datamodelPaths.map((file) => [file, fs.readFileSync(file, 'utf8')]);
    if (this.datamodels.length === 0) this.datamodels = [MINIMAL_DATAMODEL];
    this.datasource = datasource;
    this.queue = Promise.resolve();
    this.printIds = 0;
  }

  send(message) {
    process.stdout.write(`${JSON.stringify(message)}\n`);
  }

  start() {
    // A panic inside the wasm engine can surface as an uncaught exception from one of its callbacks,
    // leaving the request's promise unsettled for ever. Answer that request with the panic, clean up
    // what it opened (a temporary shadow database), and exit as the native engine does after a panic.
    const onCrash = async (error) => {
      const current = this.current;
      this.current = undefined;
      const panic = takePanicMessage();
      const crash = Object.assign(new Error(panic ? `The schema engine panicked: ${panic}` : String(error?.stack ?? error)), {
        isPanic: true,
      });
      log('ERROR', crash.message);
      if (current) {
        this.send({ jsonrpc: '2.0', id: current.id, error: toRpcError(crash, current.method) });
        await current.session?.dispose().catch(() => {});
      }
      process.exit(101);
    };
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);

    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    lines.on('line', (line) => {
      if (!line.trim()) return;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        this.send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
        return;
      }
      // Replies to our own `print` requests carry no method: nothing to do with them.
      if (message.method === undefined) return;
      this.queue = this.queue.then(() => this.answer(message));
    });
    lines.on('close', () => {
      this.queue.then(() => process.exit(0));
    });
  }

  async answer(request) {
    this.current = { id: request.id, method: request.method, session: undefined };
    try {
      const result = await this.dispatch(request.method, request.params ?? {});
      this.send({ jsonrpc: '2.0', id: request.id, result: result === undefined ? null : result });
    } catch (error) {
      log('ERROR', error instanceof Error ? error.message : String(error));
      this.send({ jsonrpc: '2.0', id: request.id, error: toRpcError(error, request.method) });
    } finally {
      this.current = undefined;
    }
  }

  async dispatch(method, params) {
    if (method === 'version') return `schema-engine-wasm ${engineCommit}`;
    if (method === 'createDatabase') return createDatabase(urlOf(params.datasource, this.datasource));
    const name = method === 'getDatabaseVersion' ? 'version' : method;
    if (!ENGINE_METHODS.has(name) && name !== 'version') throw new Error(`Method not found: ${method}`);
    const session = new AdapterSession(this.datasource);
    if (this.current) this.current.session = session;
    const bound = bindAdapterFactory(session.factory());
    let engine;
    try {
      engine = await createEngine(this.datamodels, bound, (line) => process.stderr.write(`${String(line).trim()}\n`));
      if (NEEDS_DEV_DIAGNOSTIC.has(name)) {
        await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
      }
      const result = await engine[name](params);
      if (name === 'diff' && result && typeof result.stdout === 'string') {
        // The native engine prints diffs through a `print` request to the CLI, which writes it to
        // stdout (or to --output); the wasm engine returns the text instead.
        if (result.stdout) {
          this.send({ jsonrpc: '2.0', id: `print-${++this.printIds}`, method: 'print', params: { content: result.stdout } });
        }
        return { ...result, stdout: null };
      }
      return result;
    } catch (error) {
      const panic = takePanicMessage();
      if (panic) throw Object.assign(new Error(`The schema engine panicked: ${panic}`), { isPanic: true });
      if (error instanceof Error) error.message = explainExternalErrors(error.message, bound);
      throw error;
    } finally {
      try {
        engine?.free();
      } catch {
        // a panicked instance cannot be freed; it is discarded with its glue module anyway
      }
      await session.dispose();
    }
  }
}

/** The URL a `createDatabase` request is about: its own connection string, else the bridge's. */
function urlOf(datasourceParam, datasource) {
  if (datasourceParam && datasourceParam.tag === 'ConnectionString') return datasourceParam.url;
  if (!datasource.url) throw new Error('createDatabase needs a database URL; set DATABASE_URL.');
  return datasource.url;
}

module.exports = { RpcServer, toRpcError };
