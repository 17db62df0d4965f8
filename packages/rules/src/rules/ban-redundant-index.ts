import type { GraphIndex, GraphModel } from '../types.js';
import { argument } from '../graph.js';
import { defineRule, option } from './_define.js';
import { sameColumns, uniqueIndexes } from './support/structure.js';

/**
 * A plain B-tree index over bare columns: no `type:` other than BTree, and no operator class, sort order, length or
 * other per-column argument. Only such an index is served by a constraint's index; `@@index([tags(ops: ArrayOps)],
 * type: Gin)`, a Hash index, or a prefix `length:` answer lookups the constraint's B-tree cannot.
 */
function isPlainBTree(model: GraphModel, index: GraphIndex): boolean {
  const attribute = model.node.blockAttributes.find((a) => a.pos === index.pos);
  if (!attribute) return false;
  const type = argument(attribute, 'type')?.value;
  if (type !== undefined && type !== 'BTree') return false;
  const columns = argument(attribute, 'fields', 0)?.expr;
  const items = columns?.kind === 'array' ? columns.items : columns ? [columns] : [];
  return items.every((item) => item.kind === 'ident');
}

/** `@id @unique` on one field, or a `@@unique` over the primary key's columns in the same order: a second index. */
function uniqueRepeatingKey(model: GraphModel, index: GraphIndex, key: GraphIndex | undefined): boolean {
  return index.kind === 'unique' && key !== undefined && sameColumns(key.fields, index.fields);
}

const COST = 'that constraint already keeps a B-tree for these lookups, so this index only costs disk and slows every write.';

export default defineRule({
  meta: {
    id: 'ban-redundant-index',
    defaultSeverity: 'warning',
    description:
      "Disallow an @@index whose columns, in order, are those (or the leading ones) of the model's primary key or of one of its uniques, and a unique that repeats the primary key.",
    rationale:
      'A primary key or unique constraint is already backed by a B-tree index on the same columns, so the extra index answers no query faster; it only costs disk and slows every insert and update.',
    help: 'Delete the @@index: the primary key or unique on the same columns already serves those lookups.',
    messages: {
      uniqueRepeatsKey:
        'The unique on ({{columns}}) of "{{model}}" repeats its primary key: the key is already unique and indexed, so this constraint only adds a second index that costs disk and slows every write.',
      indexRepeatsConstraint: `The index on ({{columns}}) of "{{model}}" repeats its {{constraint}} on the same columns: ${COST}`,
      indexIsPrefix: `The index on ({{columns}}) of "{{model}}" is a leading prefix of its {{constraint}} on ({{constraintColumns}}): ${COST}`,
    },
    examples: {
      incorrect: `model DocumentRevision {
  id         String @id @default(cuid())
  documentId String
  revision   Int

  @@unique([documentId, revision])
  @@index([documentId, revision])
}`,
      correct: `model DocumentRevision {
  id         String @id @default(cuid())
  documentId String
  revision   Int

  @@unique([documentId, revision])
}`,
    },
    whenNotToUse:
      "Indexes with a `type:` other than BTree, an operator class, a sort order or a prefix length are left alone: the constraint's index cannot serve what they serve. Set `flagPrefixes` to false to keep indexes on leading columns (say, to keep a smaller index hot for one lookup).",
  },
  options: {
    flagPrefixes: option.boolean(
      'Also report an index whose columns are a leading prefix of a primary key or unique (whose B-tree answers the same lookups).',
      true,
    ),
  },
  model(model, context) {
    const covering = uniqueIndexes(model);
    const key = covering.find((i) => i.kind === 'id');
    for (const index of model.indexes) {
      if (uniqueRepeatingKey(model, index, key)) {
        context.report({
          model,
          pos: index.pos,
          messageId: 'uniqueRepeatsKey',
          data: { columns: columnList(index.fields), model: model.name },
        });
        continue;
      }
      if (index.kind !== 'index' || !isPlainBTree(model, index)) continue;
      const equal = covering.find((u) => sameColumns(u.fields, index.fields));
      const prefixOf = context.options.flagPrefixes
        ? covering.find((u) => u.fields.length > index.fields.length && sameColumns(u.fields.slice(0, index.fields.length), index.fields))
        : undefined;
      const cover = equal ?? prefixOf;
      if (!cover) continue;
      context.report({
        model,
        pos: index.pos,
        messageId: equal ? 'indexRepeatsConstraint' : 'indexIsPrefix',
        data: {
          columns: columnList(index.fields),
          model: model.name,
          constraint: cover.kind === 'id' ? 'primary key' : 'unique',
          constraintColumns: columnList(cover.fields),
        },
      });
    }
  },
});

function columnList(fields: readonly string[]): string {
  return fields.map((f) => `"${f}"`).join(', ');
}
