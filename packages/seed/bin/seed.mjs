#!/usr/bin/env node
// The `leadmetrics-seed` command: runs src/cli.ts in this very process, through tsx's loader (the package ships
// TypeScript, no build step). One process, so Ctrl-C reaches the seed itself, which undoes its load before it exits
// 130; a wrapper process in between would end first and leave the seed running on its own.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli.ts', import.meta.url).href);
