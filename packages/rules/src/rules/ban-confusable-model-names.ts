import type { GraphModel, SchemaGraph } from '../types.js';
import { defineRule, option } from './_define.js';
import { modelNamed, nameParts } from './support/names.js';
import { modelBlocks, related } from './support/structure.js';

function sharedTail(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sourceOrder(a: GraphModel, b: GraphModel): number {
  return a.node.pos.file === b.node.pos.file ? a.node.pos.line - b.node.pos.line : a.node.pos.file.localeCompare(b.node.pos.file);
}

/** The words in front of the shared tail name a model this one is related to. */
function ownedByPrefix(model: GraphModel, parts: readonly string[], shared: number, graph: SchemaGraph): boolean {
  const owner = modelNamed(graph, parts.slice(0, parts.length - shared));
  return owner !== undefined && owner !== model && related(model, owner);
}

export default defineRule({
  meta: {
    id: 'ban-confusable-model-names',
    defaultSeverity: 'info',
    description:
      'Disallow two unrelated models whose names end in the same two or more words and differ only in their first words, unless each name is qualified by a model it belongs to.',
    rationale:
      'Names like `ImageImportJob` and `CsvImportJob` read as two flavours of one concept; when they belong to unrelated features, developers query, change or document the wrong one.',
    help: 'Rename one of the models so its name says what sets it apart (what it produces or which feature owns it).',
    messages: {
      confusableNames:
        '"{{model}}" and "{{other}}" ({{where}}) both end in "{{tail}}", so each looks like a flavour of the other although they are unrelated: readers will use the wrong one.',
    },
    examples: {
      incorrect: `/// Imports product images from a supplier feed.
model ImageImportJob {
  id String @id @default(cuid())
}

/// Imports customers from a spreadsheet upload.
model CsvImportJob {
  id String @id @default(cuid())
}`,
      correct: `/// Imports product images from a supplier feed.
model SupplierImageSyncJob {
  id String @id @default(cuid())
}

/// Imports customers from a spreadsheet upload.
model CsvImportJob {
  id String @id @default(cuid())
}`,
    },
    whenNotToUse:
      "When the shared words really name one concept and the models are two flavours of it that simply need no foreign key between them; say so in both models' doc comments and suppress the report with that reason.",
  },
  options: {
    minSharedWords: option.integer('How many trailing words two names must share to be confusable.', 2, 1),
  },
  check(context) {
    const min = context.options.minSharedWords;
    const { graph } = context;
    // Pairs, not single models, are judged here: grouped by their last `min` words so only names that can be
    // confusable are compared, never all pairs.
    const models = modelBlocks(graph).slice().sort(sourceOrder);
    const groups = new Map<string, { model: GraphModel; parts: readonly string[] }[]>();
    for (const model of models) {
      const parts = nameParts(model.name);
      if (parts.length <= min) continue;
      const key = parts.slice(-min).join(' ');
      const group = groups.get(key);
      if (group) group.push({ model, parts });
      else groups.set(key, [{ model, parts }]);
    }
    for (const group of groups.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const { model: a, parts: wa } = group[i];
          const { model: b, parts: wb } = group[j];
          const shared = sharedTail(wa, wb);
          // Both names need words of their own in front of the shared tail: `ImportJob` vs `CsvImportJob` is a
          // specialisation, which ban-parallel-entity-models looks at.
          if (shared === wa.length || shared === wb.length) continue;
          if (related(a, b)) continue;
          // `OrderLineItem` beside `QuoteLineItem`: each name is qualified by the model that owns it, so the
          // shared words read as "the line items of X", not as two versions of one concept.
          if (ownedByPrefix(a, wa, shared, graph) && ownedByPrefix(b, wb, shared, graph)) continue;
          const tail = wa
            .slice(-shared)
            .map((w) => w[0].toUpperCase() + w.slice(1))
            .join('');
          const where = b.node.pos.file === a.node.pos.file ? `line ${b.node.pos.line}` : `${b.node.pos.file}:${b.node.pos.line}`;
          context.report({ model: a, messageId: 'confusableNames', data: { model: a.name, other: b.name, where, tail } });
        }
      }
    }
  },
});
