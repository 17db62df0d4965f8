// `pnpm bench` here with a DATABASE_URL where nothing listens, or whose user the server refuses: one line, exit code 2, no
// stack trace, and no temporary folder left behind.
import { fileURLToPath } from 'node:url';
import { describeBenchDatabaseFailures } from '@leadmetrics/db/testing';

describeBenchDatabaseFailures('preflight', fileURLToPath(new URL('..', import.meta.url)), 'bench');
