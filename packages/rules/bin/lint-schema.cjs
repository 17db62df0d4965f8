#!/usr/bin/env node
/** The `lint-schema` command; see load-cli.cjs for which code it runs. */
'use strict';
const { loadBuiltCli, loadCli } = require('./load-cli.cjs');

function run({ cli, packageRoot }) {
  process.exitCode = cli.main(process.argv.slice(2), undefined, { packageRoot });
}

// The built command loads synchronously; only a checkout whose dist/ is stale waits for the source to load.
const built = loadBuiltCli();
if (built) run(built);
else loadCli().then(run);
