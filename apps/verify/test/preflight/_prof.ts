import { withReadOnlySession, loadReference } from '../../src/preflight/index.js';
import { readCatalog } from '../../src/preflight/catalog/read.js';
import { flatten, unflatten, diffCatalogs, sameValue } from '../../src/preflight/catalog/flat.js';
import { inferApplied } from '../../src/preflight/state.js';
const url = 'postgresql://postgres@127.0.0.1:5432/lm_pf_dev_medium';
const ref = loadReference();
await withReadOnlySession(url, async (s) => {
  const cat = await readCatalog(s.client);
  let t = performance.now();
  const flat = flatten(cat); console.log('flatten', performance.now() - t); t = performance.now();
  inferApplied(ref, flat); console.log('infer', performance.now() - t); t = performance.now();
  const legacy = unflatten(ref.baselineFlat); console.log('unflatten', performance.now() - t); t = performance.now();
  diffCatalogs(cat, legacy, ['a','b']); console.log('diff', performance.now() - t); t = performance.now();
  const e = ref.expectedFlat([]);
  [...new Set([...Object.keys(flat), ...Object.keys(e)])].filter((k) => !sameValue(flat[k], e[k])); console.log('keys', performance.now() - t); t = performance.now();
});
