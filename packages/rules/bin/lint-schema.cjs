#!/usr/bin/env node
/** The `lint-schema` command; see load-cli.cjs for which code it runs. */
'use strict';
const { runLintSchema } = require('./load-cli.cjs');

runLintSchema((cli, packageRoot) => cli.main(process.argv.slice(2), undefined, { packageRoot }));
