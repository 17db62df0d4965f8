import type { GraphIndex, GraphModel, Rule } from '../types.js';
import { modelBlocks, q, sameColumns, uniqueIndexes } from './_shared.js';

/** Only a B-tree index duplicates a constraint's index; `@@index([...], type: Hash)` (or Gin, Gist...) serves other lookups. */
function isBTree(model: GraphModel, index: GraphIndex): boolean {
  const attribute = model.node.blockAttributes.find((a) => a.pos === index.pos);
  const type = attribute?.args.find((a) => a.name === 'type')?.value;
  return type === undefined || type === 'BTree';
}

const rule: Rule = {
  meta: {
    id: 'ban-redundant-index',
    defaultSeverity: 'warning',
    description: 'Disallow an @@index whose columns, in order, are those of the model\'s primary key or of one of its uniques.',
    rationale:
      'A primary key or unique constraint is already backed by a B-tree index on the same columns, so the extra index answers no query faster; it only costs disk and slows every insert and update.',
    help: 'Delete the @@index: the primary key or unique on the same columns already serves those lookups.',
    options: {
      flagPrefixes: {
        description:
          'Also report an index whose columns are a leading prefix of a primary key or unique (which can answer the same lookups).',
        default: false,
      },
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
      "When the extra index uses an operator class or collation the constraint's index does not (indexes with a `type:` other than BTree are already left alone).",
  },
  check(context) {
    const flagPrefixes = context.options.flagPrefixes === true;
    for (const model of modelBlocks(context.graph)) {
      const covering = uniqueIndexes(model);
      for (const index of model.indexes) {
        if (index.kind !== 'index' || !isBTree(model, index)) continue;
        const equal = covering.find((u) => sameColumns(u.fields, index.fields));
        const prefixOf = flagPrefixes
          ? covering.find((u) => u.fields.length > index.fields.length && sameColumns(u.fields.slice(0, index.fields.length), index.fields))
          : undefined;
        const cover = equal ?? prefixOf;
        if (!cover) continue;
        const columns = index.fields.map((f) => `"${f}"`).join(', ');
        const what = cover.kind === 'id' ? 'primary key' : 'unique';
        const how = equal ? `repeats its ${what} on the same columns` : `is a leading prefix of its ${what} on (${cover.fields.map((f) => `"${f}"`).join(', ')})`;
        context.report({
          model,
          pos: index.pos,
          message: `The index on (${columns}) of ${q(model)} ${how}: that constraint already keeps a B-tree for these lookups, so this index only costs disk and slows every write.`,
        });
      }
    }
  },
};

export default rule;
