import { loadReference, probesFor } from '../../src/preflight/index.js';
import { ident } from '../../src/preflight/probes/types.js';
const ref = loadReference();
const ctx = { reference: ref, table: ident, enumLabels: (n: string) => ref.enumLabels(n)! };
console.log(probesFor(process.argv[2]!)!.sql(ctx as any));
