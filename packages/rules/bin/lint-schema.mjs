#!/usr/bin/env node
/** The `lint-schema` command; see load-cli.mjs for which code it runs. */
import { runLintSchema } from './load-cli.mjs';

await runLintSchema((cli, packageRoot) => cli.main(process.argv.slice(2), undefined, { packageRoot }));
