import { loadReference, probesFor } from '../../src/preflight/index.js';
import { ident } from '../../src/preflight/probes/types.js';
const ref = loadReference();
const ctx = { reference: ref, connections: 1, table: (n: string) => ident(n === 'rag_ingest_jobs' ? 'rag_crawl_jobs' : n), enumLabels: (n: string) => ref.enumLabels(n)! };
const sql = probesFor(process.argv[2]!)!.sql(ctx as any);
console.log(Array.isArray(sql) ? sql.join('\nUNION ALL\n') : sql);
