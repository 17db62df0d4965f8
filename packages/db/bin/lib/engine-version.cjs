'use strict';
// Which wasm engine is installed, read without loading it (so `--version` and the `cli`
// subcommands start fast).

const fs = require('node:fs');
const path = require('node:path');

const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
const packageDir = path.dirname(gluePath);

/** e.g. "7.10.0-4.0edf323efd1d98336f3f0a68684b56f689b900d3" */
const packageVersion = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
/** The prisma-engines commit the wasm was built from; the CLI prints it as the engine version. */
const engineCommit = packageVersion.split('.').pop();

module.exports = { gluePath, packageDir, packageVersion, engineCommit };
