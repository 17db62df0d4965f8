/**
 * `pnpm bench` (in apps/preflight): how long the read-only preflight takes on the `medium` seed, as a share of the
 * time the migrations themselves take, and how close its estimates come (bench/preflight.ts).
 */
import { benchPreflight, printPreflightBench } from './preflight.js';
import { runCliMain } from '@leadmetrics/db';

runCliMain('bench', async () => {
  console.log('preflight bench (bench/preflight.ts):');
  printPreflightBench(await benchPreflight());
  return 0;
});
