#!/usr/bin/env node
'use strict';
// Stand-in for Prisma's native `schema-engine` binary, which the Prisma CLI downloads on first use
// and which cannot be downloaded here (no network to Prisma's binary host). The CLI runs whatever
// executable PRISMA_SCHEMA_ENGINE_BINARY names, with the binary's command line:
//
//   schema-engine --version
//   schema-engine [--datamodels <file>]... [--datasource <json>]                 JSON-RPC on stdio
//   schema-engine --datasource <json> cli can-connect-to-database|create-database|drop-database
//
// We answer all three with Prisma's own engine compiled to WebAssembly (@prisma/schema-engine-wasm)
// over @prisma/adapter-pg. prisma.config.ts and bin/prisma.mjs point the CLI here.

const { engineCommit } = require('./lib/engine-version.cjs');
const { classifyConnectionError } = require('./lib/connection.cjs');

const USAGE = `Usage:
  schema-engine.cjs --version
  schema-engine.cjs [--datamodels <file>]... [--datasource <json>]   (JSON-RPC 2.0 on stdin/stdout)
  schema-engine.cjs --datasource <json> cli <can-connect-to-database|create-database|drop-database>

A drop-in for Prisma's native schema-engine binary backed by @prisma/schema-engine-wasm (PostgreSQL only).
The Prisma CLI starts it when PRISMA_SCHEMA_ENGINE_BINARY names this file; packages/db/prisma.config.ts
and packages/db/bin/prisma.mjs set that for you.`;

function parseArguments(argv) {
  const options = { datamodelPaths: [], datasource: {}, cli: undefined, version: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    switch (argument) {
      case '--version':
      case '-V':
        options.version = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--datamodels':
      case '-d':
        options.datamodelPaths.push(argv[++i]);
        break;
      case '--datasource':
        options.datasource = JSON.parse(argv[++i]);
        break;
      case '--enabled-preview-features':
      case '--extension-types':
        i++; // accepted for compatibility; PostgreSQL through the wasm engine needs neither
        break;
      case 'cli':
        options.cli = argv[++i];
        break;
      default:
        throw new Error(`unknown argument "${argument}"\n\n${USAGE}`);
    }
  }
  return options;
}

/**
 * `cli` subcommands report failure the way the native binary does: exit code 1 and JSON log
 * lines on stderr, the first of which the CLI skips; it reads error_code and message from the
 * ERROR line of target schema_engine::logger.
 */
async function runCliSubcommand(command, datasource) {
  const admin = require('./lib/database-admin.cjs');
  const url = datasource.url;
  if (!url) throw new Error('the cli subcommands need --datasource with a url');
  const commands = {
    'can-connect-to-database': () => admin.canConnect(url),
    'create-database': () => admin.createDatabase(url),
    'drop-database': () => admin.dropTargetDatabase(url),
  };
  if (!commands[command]) throw new Error(`unknown cli subcommand "${command}"\n\n${USAGE}`);
  try {
    await commands[command]();
    return 0;
  } catch (error) {
    const { code, message } = classifyConnectionError(error, url);
    const line = (level, fields) => process.stderr.write(`${JSON.stringify({ level, target: 'schema_engine::logger', fields })}\n`);
    line('INFO', { message: `schema-engine-wasm ${engineCommit}: cli ${command}` });
    line('ERROR', { message, error_code: code });
    return 1;
  }
}

async function main() {
  let options;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`schema-engine.cjs: ${error.message}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    // The CLI prints this line in `prisma version`.
    process.stdout.write(`schema-engine-cli ${engineCommit} (wasm bridge)\n`);
    return 0;
  }
  if (options.cli) return runCliSubcommand(options.cli, options.datasource);
  const { RpcServer } = require('./lib/rpc-server.cjs');
  new RpcServer(options).start();
  return undefined; // keeps running until the CLI closes stdin
}

main().then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`schema-engine.cjs: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
