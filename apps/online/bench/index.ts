// `pnpm bench` (root) runs this: the harness at demo scale, today's single-transaction chain and
// the phased chain side by side, report in apps/online/.tmp/bench (not committed). The large run is
// a separate, documented command (README).
import { fileURLToPath } from 'node:url';
import { runAsCommand } from '../src/cli.js';

// The last commit of main whose migrations folder is today's chain, one transaction per finding,
// before the findings were split into expand, backfill and contract folders.
export const SINGLE_TRANSACTION_CHAIN_COMMIT = '6d8b174e340c440c7dfea682aa24b59e7972273e';

runAsCommand([
  '--scale',
  'demo',
  '--chains',
  'single,phased',
  '--single-ref',
  SINGLE_TRANSACTION_CHAIN_COMMIT,
  '--out',
  fileURLToPath(new URL('../.tmp/bench', import.meta.url)),
  ...process.argv.slice(2),
]);
