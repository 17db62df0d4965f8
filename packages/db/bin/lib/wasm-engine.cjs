'use strict';
// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm) and builds
// one engine per request. The compiled module is shared; the JS glue and the instance are not:
// the glue keeps module-level state (the wasm memory, cached views of it), and reusing an engine
// across requests leaked state between calls. Importing the glue under a fresh query string gives
// a fresh copy of that state for every request.

const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { bindMigrationAwareSqlAdapterFactory } = require('@prisma/driver-adapter-utils');
const { gluePath, packageDir, packageVersion, engineCommit } = require('./engine-version.cjs');

let compiled;
function compiledModule() {
  compiled ??= WebAssembly.compile(fs.readFileSync(path.join(packageDir, 'schema_engine_bg.wasm')));
  return compiled;
}

let instances = 0;

/**
 * A Rust panic inside the wasm engine hands its message to this global before the instance traps
 * ("unreachable"). Without it the glue throws a TypeError from inside the panic hook and the whole
 * process dies; with it, the request fails with the panic's own message.
 */
const panics = {
  last: undefined,
  set_message(message) {
    this.last = message;
  },
};
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= panics;

/** The message of the last engine panic, consumed on read. */
function takePanicMessage() {
  const message = panics.last;
  panics.last = undefined;
  return message;
}

/**
 * @param {[string, string][]} datamodels  [path, content] pairs; the engine needs at least one.
 * @param {object} boundFactory            an adapter factory passed through bindAdapterFactory
 * @param {(line: string) => void} onLog   receives the engine's JSON log lines
 */
async function createEngine(datamodels, boundFactory, onLog) {
  const glue = await import(`${pathToFileURL(gluePath).href}?instance=${++instances}`);
  const instance = await WebAssembly.instantiate(await compiledModule(), { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return glue.SchemaEngine.new({ datamodels }, onLog, boundFactory);
}

/** Wrap a factory the way the engine expects (results as ok/err values, JS errors in a registry). */
function bindAdapterFactory(adapterFactory) {
  return bindMigrationAwareSqlAdapterFactory(adapterFactory);
}

/**
 * JavaScript errors thrown inside the adapter reach us as "External error id#N"; the binder keeps
 * the original in its registry. Put the original message back so the user sees what went wrong.
 */
function explainExternalErrors(message, bound) {
  if (!bound) return message;
  return message.replace(/External error id#(\d+)/g, (text, id) => {
    const entry = bound.errorRegistry.consumeError(Number(id));
    return entry?.error?.message ?? text;
  });
}

module.exports = { createEngine, bindAdapterFactory, explainExternalErrors, takePanicMessage, packageVersion, engineCommit };
