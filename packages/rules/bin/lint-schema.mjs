#!/usr/bin/env node
/** The `lint-schema` command; see load-cli.mjs for which code it runs. */
import { loadCli } from './load-cli.mjs';

const { cli, packageRoot } = await loadCli();
process.exitCode = cli.main(process.argv.slice(2), undefined, { packageRoot });
