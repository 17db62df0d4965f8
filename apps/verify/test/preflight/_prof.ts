import { withReadOnlySession, loadReference, probesFor } from '../../src/preflight/index.js';
import { runProbePart } from '../../src/preflight/probes/run.js';
import { ident } from '../../src/preflight/probes/types.js';
const url = 'postgresql://postgres@127.0.0.1:5432/lm_pf_dev_medium';
const ref = loadReference();
const ctx = { reference: ref, connections: 1, table: (n: string) => ident(n === 'rag_ingest_jobs' ? 'rag_crawl_jobs' : n), enumLabels: (n: string) => ref.enumLabels(n)! };
await withReadOnlySession(url, async (s) => {
  for (const folder of ['20261129000016_f16_status_enums', '20261129000011_f13_faq_rows_for_versions', '20261129000017_f07_subscription_log']) {
    const p = probesFor(folder)!;
    const parts = p.sql(ctx as any);
    const list = Array.isArray(parts) ? parts : [parts];
    for (let round = 0; round < 3; round++) {
      let t = performance.now();
      await runProbePart(s, ctx as any, p, list.join('\nUNION ALL\n'), true);
      const singleMs = performance.now() - t;
      t = performance.now();
      for (const [i, sql] of list.entries()) await runProbePart(s, ctx as any, p, sql, i === 0);
      console.log(folder.slice(15), 'single', Math.round(singleMs), 'parts', Math.round(performance.now() - t));
    }
  }
  let t = performance.now();
  await s.query(`SELECT 1`); console.log('roundtrip', performance.now() - t);
});
