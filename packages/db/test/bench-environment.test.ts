// `pnpm bench` here with a DATABASE_URL where nothing listens: one line naming host and port, exit code 2, no
// stack trace, and no temporary folder left behind.
import { fileURLToPath } from 'node:url';
import { describeBenchWithUnreachableDatabase } from '../src/testing/index.js';

describeBenchWithUnreachableDatabase('db', fileURLToPath(new URL('..', import.meta.url)), 'bench');
