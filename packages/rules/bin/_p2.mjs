import { createRequire } from 'node:module';
const r = createRequire(createRequire(import.meta.url).resolve('tsx'));
const esbuild = r('esbuild');
