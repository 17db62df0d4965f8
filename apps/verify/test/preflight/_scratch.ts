import { createThrowawayDatabase } from '@leadmetrics/db';
import { applyFolders, listMigrationFolders, readLedger } from '@leadmetrics/db/migrations/index.ts';
import { seedDatabase } from '@leadmetrics/seed';
const server = 'postgresql://postgres@127.0.0.1:5432/postgres';
const db = await createThrowawayDatabase(server, { prefix: 'pf_scratch' });
try {
  let t = performance.now();
  await applyFolders(db.url, ['0_baseline']);
  console.log('baseline', performance.now() - t); t = performance.now();
  const manifest = await seedDatabase({ databaseUrl: db.url, scale: (process.argv[2] ?? 'demo') as any, seed: 1 });
  console.log('seed', performance.now() - t); t = performance.now();
  const res = await applyFolders(db.url, listMigrationFolders().filter(n => n !== '0_baseline'));
  for (const r of res) console.log(r.name, Math.round(r.durationMs));
  const ledger = await readLedger(db.url);
  for (const e of ledger) if (e.anomaly) console.log(e.anomaly, e.rows, manifest.anomalies[e.anomaly]?.count);
} finally { await db.dispose(); }
