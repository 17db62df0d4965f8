/**
 * `pnpm bench` (in apps/preflight): how long the read-only preflight takes on the `medium` seed, as a share of the
 * time the migrations themselves take, and how close its estimates come (bench/preflight.ts).
 */
import { benchPreflight, printPreflightBench } from './preflight.js';

console.log('preflight bench (bench/preflight.ts):');
printPreflightBench(await benchPreflight());
