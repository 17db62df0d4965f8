// `pnpm bench` (root) runs this: the harness at demo scale, both chains when available, report in
// apps/online/.tmp/bench (not committed). The large run is a separate, documented command (README).
import { fileURLToPath } from 'node:url';
import { runAsCommand } from '../src/cli.js';

runAsCommand(['--scale', 'demo', '--out', fileURLToPath(new URL('../.tmp/bench', import.meta.url)), ...process.argv.slice(2)]);
