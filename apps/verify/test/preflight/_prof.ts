import { runPreflight, loadReference } from '../../src/preflight/index.js';
const url = 'postgresql://postgres@127.0.0.1:5432/lm_pf_dev_medium';
loadReference();
await runPreflight({ databaseUrl: url });
const { Session } = await import('node:inspector/promises');
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.start');
const t = performance.now();
const r = await runPreflight({ databaseUrl: url });
console.log('total', performance.now() - t, r.timings);
const { profile } = await session.post('Profiler.stop') as any;
// self time by function
const self = new Map<string, number>();
const dt = profile.timeDeltas as number[]; const samples = profile.samples as number[];
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
samples.forEach((id, i) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'));
