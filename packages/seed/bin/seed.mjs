#!/usr/bin/env node
// The `leadmetrics-seed` command: runs src/cli.ts in this very process, through tsx's loader (the package ships
// TypeScript, no build step). One process, so Ctrl-C reaches the seed itself, which undoes its load before it exits
// 130; a wrapper process in between would end first and leave the seed running on its own.
// (@leadmetrics/db/register-tsx loads tsx, without its compile cache when the temp dir cannot be written.)
await import('@leadmetrics/db/register-tsx');
await import(new URL('../src/cli.ts', import.meta.url).href);
