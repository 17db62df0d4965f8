/**
 * One differential case: Prisma and the linter read the same files; they must agree on whether the schema is
 * valid, and on a valid one the linter's graph must equal Prisma's DMMF (see `normalized.ts`).
 */
import { buildGraph } from '../../src/graph.js';
import { parseSchema } from '../../src/parser.js';
import { SchemaParseError, type SchemaGraph } from '../../src/types.js';
import { fromDmmf, fromGraph } from './normalized.js';
import { askPrisma } from './prisma-oracle.js';

export interface Disagreement {
  kind: 'we reject what Prisma accepts' | 'we accept what Prisma rejects' | 'graph differs from DMMF' | 'linter crashed';
  detail: string;
}

export function readWithLinter(files: [string, string][]): { graph?: SchemaGraph; error?: string } {
  try {
    const asts = files.map(([name, text]) => parseSchema(text, name));
    return { graph: buildGraph(asts, { strict: true }) };
  } catch (error) {
    if (error instanceof SchemaParseError) return { error: error.message };
    throw error;
  }
}

/** The first place two JSON values differ, as `path: left != right`. */
export function firstDifference(left: unknown, right: unknown, path = ''): string | undefined {
  if (Object.is(left, right)) return undefined;
  if (
    typeof left !== 'object' ||
    typeof right !== 'object' ||
    left === null ||
    right === null ||
    Array.isArray(left) !== Array.isArray(right)
  ) {
    return `${path || '(root)'}: ${JSON.stringify(left)} != ${JSON.stringify(right)}`;
  }
  if (Array.isArray(left) && Array.isArray(right) && left.length !== right.length) {
    const names = (list: unknown[]) =>
      list.map((item) => (item && typeof item === 'object' && 'name' in item ? (item as { name: string }).name : JSON.stringify(item)));
    return `${path}: ${left.length} entries [${names(left).join(', ')}] != ${right.length} entries [${names(right as unknown[]).join(', ')}]`;
  }
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    const label =
      Array.isArray(left) && (left[Number(key)] as { name?: string })?.name
        ? `${key}(${(left[Number(key)] as { name: string }).name})`
        : key;
    const found = firstDifference((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key], `${path}.${label}`);
    if (found) return found;
  }
  return undefined;
}

export function compareWithPrisma(files: [string, string][], prisma = askPrisma(files)): Disagreement | undefined {
  let ours: { graph?: SchemaGraph; error?: string };
  try {
    ours = readWithLinter(files);
  } catch (error) {
    return { kind: 'linter crashed', detail: (error as Error).stack ?? String(error) };
  }
  if (prisma.accepted && ours.error) return { kind: 'we reject what Prisma accepts', detail: ours.error };
  if (!prisma.accepted && ours.graph) return { kind: 'we accept what Prisma rejects', detail: prisma.errors.join(' | ') };
  if (!prisma.accepted) return undefined;
  const difference = firstDifference(fromGraph(ours.graph!), fromDmmf(prisma.dmmf!));
  return difference ? { kind: 'graph differs from DMMF', detail: `ours vs Prisma's at ${difference}` } : undefined;
}
