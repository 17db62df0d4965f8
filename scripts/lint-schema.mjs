#!/usr/bin/env node
/**
 * `pnpm lint:schema [options] [paths...]` at the repository root: the rules package's lint-schema, with paths read
 * from the folder the command was typed in (pnpm runs root scripts from the root and passes that folder as
 * INIT_CWD), and the corrected schema as the default when no path is given. It lints only what it is given.
 */
import { fileURLToPath } from 'node:url';
import loadCli from '../packages/rules/bin/load-cli.cjs';

const correctedSchema = fileURLToPath(new URL('../packages/db/prisma/schema', import.meta.url));
loadCli.runLintSchema((cli, packageRoot) => {
  const io = { ...cli.processIO(), cwd: process.env.INIT_CWD ?? process.cwd() };
  return cli.main(process.argv.slice(2), io, { packageRoot, defaultPaths: [correctedSchema] });
});
