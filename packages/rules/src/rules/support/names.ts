/** Words of identifiers and finding models by name, remembered per name or per graph. Nothing here knows a model of any particular schema. */
import type { GraphModel, SchemaGraph } from '../../types.js';
import { singular, words } from '../../utils/index.js';

const partsCache = new Map<string, readonly string[]>();
const singularPartsCache = new Map<string, readonly string[]>();

/**
 * `words(name)`, remembered: rules split the same model and field names many times per run, and a schema has a few
 * thousand names at most. Callers must not mutate the result.
 */
export function nameParts(name: string): readonly string[] {
  let parts = partsCache.get(name);
  if (!parts) partsCache.set(name, (parts = words(name)));
  return parts;
}

/** A name's words run together in lower case (`sourceDeliverableId` -> `sourcedeliverableid`), remembered. */
export function compactName(name: string): string {
  let compact = compactCache.get(name);
  if (compact === undefined) compactCache.set(name, (compact = nameParts(name).join('')));
  return compact;
}
const compactCache = new Map<string, string>();

/** Words of a name, each singularised (remembered like nameParts). */
export function singularParts(name: string): readonly string[] {
  let parts = singularPartsCache.get(name);
  if (!parts) singularPartsCache.set(name, (parts = nameParts(name).map((w) => singular(w))));
  return parts;
}

/** The model whose whole name equals `words` joined (case-insensitive), if any. */
export function modelNamed(graph: SchemaGraph, parts: readonly string[]): GraphModel | undefined {
  if (parts.length === 0) return undefined;
  const wanted = parts.join('');
  return lowerIndex(graph).get(wanted);
}

const lowerIndexCache = new WeakMap<SchemaGraph, Map<string, GraphModel>>();
function lowerIndex(graph: SchemaGraph): Map<string, GraphModel> {
  let index = lowerIndexCache.get(graph);
  if (!index) {
    index = new Map();
    for (const model of graph.models) index.set(compactName(model.name), model);
    lowerIndexCache.set(graph, index);
  }
  return index;
}

/**
 * The model named by the longest suffix of `words` (`[source, order]` -> Order when there is no
 * SourceOrder model). Suffixes are tried as written and singularised.
 */
export function modelBySuffix(graph: SchemaGraph, parts: readonly string[]): GraphModel | undefined {
  for (let start = 0; start < parts.length; start++) {
    const tail = parts.slice(start);
    const found = modelNamed(graph, tail) ?? modelNamed(graph, [...tail.slice(0, -1), singular(tail[tail.length - 1])]);
    if (found) return found;
  }
  return undefined;
}
