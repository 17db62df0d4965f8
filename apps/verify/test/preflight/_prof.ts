import { runPreflight, loadReference } from '../../src/preflight/index.js';
const url = 'postgresql://postgres@127.0.0.1:5432/lm_pf_dev_medium';
loadReference();
for (const jobs of [1, 1, 2, 2]) {
  const r = await runPreflight({ databaseUrl: url, jobs });
  console.log(jobs, Math.round(r.timings.stateMs), Math.round(r.timings.planMs), Math.round(r.timings.totalMs), r.plan.filter((e) => e.probeMs > 15).map((e) => `${e.folder.slice(15, 18)}:${Math.round(e.probeMs)}`).join(' '));
}
