import type { GraphModel, SchemaGraph } from '../types.js';
import { defineRule, option } from './_define.js';
import { fieldComment } from './support/comments.js';
import { nameParts, singularParts } from './support/names.js';
import { parentModels, sameColumns } from './support/structure.js';
import { singular } from '../utils/index.js';

const RESTORE_WORDS = ['restor', 'rebuild', 'repopulat', 're-populat', 'replay', 'rehydrat', 'recreat', 're-creat'];

/**
 * Models by every run of last words of their name (`RecipeStep` under "step" and "recipe step"), so a field finds
 * the tables its words could end without comparing itself with every child and sibling: a parent with thousands
 * of children would make that quadratic.
 */
function tablesByNameSuffix(graph: SchemaGraph): Map<string, GraphModel[]> {
  let index = suffixIndexes.get(graph);
  if (index) return index;
  index = new Map();
  for (const table of graph.models) {
    const words = singularParts(table.name);
    for (let start = 0; start < words.length; start++) {
      const key = words.slice(start).join(' ');
      const list = index.get(key);
      if (list) list.push(table);
      else index.set(key, [table]);
    }
  }
  suffixIndexes.set(graph, index);
  return index;
}
const suffixIndexes = new WeakMap<SchemaGraph, Map<string, GraphModel[]>>();

/**
 * The table that could hold the field's rows: a child of this model, or a sibling (a child of one of its parents),
 * with the model linking the two (this model for its children, the shared parent for a sibling). Children first,
 * then siblings in the order of the parents.
 */
function rowTableFor(
  model: GraphModel,
  parents: GraphModel[],
  fieldWords: readonly string[],
  candidates: GraphModel[],
): GraphModel | undefined {
  let sibling: { table: GraphModel; rank: number } | undefined;
  for (const table of candidates) {
    if (table === model || parents.includes(table)) continue;
    const tableParents = parentModels(table);
    if (tableParents.includes(model)) {
      if (copiesRowsOf(table, fieldWords, [model, ...parents.filter((p) => tableParents.includes(p))])) return table;
      continue;
    }
    const vias = parents.filter((p) => tableParents.includes(p));
    if (vias.length === 0 || !copiesRowsOf(table, fieldWords, vias)) continue;
    const rank = parents.indexOf(vias[0]);
    if (!sibling || rank < sibling.rank) sibling = { table, rank };
  }
  return sibling?.table;
}

/**
 * The field's words end the table's name, and whatever comes before them names the model linking the two
 * (`RecipeStep` for a recipe's `steps`): `SigningKey` beside a model linked through `App` is not "the app's keys".
 */
function copiesRowsOf(table: GraphModel, fieldWords: readonly string[], vias: GraphModel[]): boolean {
  const tableWords = singularParts(table.name);
  const start = tableWords.length - fieldWords.length;
  if (start < 0 || !sameColumns(tableWords.slice(start), fieldWords)) return false;
  if (start === 0) return true;
  const prefix = tableWords.slice(0, start);
  return vias.some((via) => sameColumns(singularParts(via.name), prefix));
}

export default defineRule({
  meta: {
    id: 'ban-json-snapshot-of-relation',
    defaultSeverity: 'warning',
    description:
      'Disallow a plural Json field named after a model that stores the same data as rows (a child of this model or of its parent, named for that model), unless its comment documents how the snapshot is restored.',
    rationale:
      'The same data kept once as rows and once as a JSON copy has two shapes that drift apart; restoring from the JSON means converting it back into rows by a procedure that, undocumented, nobody can follow or test.',
    help: "Store the snapshot as rows of the existing model (with a key to this one), or document the restore procedure in the field's comment.",
    messages: {
      jsonCopyOfRows:
        '"{{model}}.{{field}}" looks like a JSON copy of what "{{table}}" keeps as rows, and its comment gives no restore procedure: the two copies drift apart, and restoring means converting JSON back into rows by hand.',
    },
    examples: {
      incorrect: `model Recipe {
  id        String           @id @default(cuid())
  steps     RecipeStep[]
  revisions RecipeRevision[]
}

model RecipeStep {
  id          String @id @default(cuid())
  recipeId    String
  recipe      Recipe @relation(fields: [recipeId], references: [id], onDelete: Cascade)
  instruction String
}

model RecipeRevision {
  id       String @id @default(cuid())
  recipeId String
  recipe   Recipe @relation(fields: [recipeId], references: [id], onDelete: Cascade)
  steps    Json?
}`,
      correct: `model Recipe {
  id        String           @id @default(cuid())
  steps     RecipeStep[]
  revisions RecipeRevision[]
}

model RecipeStep {
  id          String @id @default(cuid())
  recipeId    String
  recipe      Recipe @relation(fields: [recipeId], references: [id], onDelete: Cascade)
  instruction String
}

model RecipeRevision {
  id       String @id @default(cuid())
  recipeId String
  recipe   Recipe @relation(fields: [recipeId], references: [id], onDelete: Cascade)
  /// RecipeStep rows at this revision. Restore: delete the recipe's RecipeStep rows, then insert one row per entry.
  steps    Json?
}`,
    },
    whenNotToUse:
      'When the JSON is a deliberately frozen, read-only rendering (for an export or an audit) that is never turned back into rows; say so in its comment.',
  },
  options: {
    restoreWords: option.phrases("Word stems that, in the field's comment, show the restore procedure is documented.", RESTORE_WORDS),
  },
  model(model, context) {
    const { graph } = context;
    const jsonFields = model.fields.filter((f) => f.type === 'Json');
    if (jsonFields.length === 0) return;
    const parents = parentModels(model);
    for (const field of jsonFields) {
      // A copy of many rows goes by a plural name (`steps`, `lineItems`); `trigger` or `key` names one value.
      const written = nameParts(field.name);
      const last = written[written.length - 1];
      if (singular(last) === last) continue;
      const fieldWords = singularParts(field.name);
      const table = rowTableFor(model, parents, fieldWords, tablesByNameSuffix(graph).get(fieldWords.join(' ')) ?? []);
      if (!table) continue;
      const comment = fieldComment(field).replace(/\s+/g, ' ');
      if (context.options.restoreWords.some((w) => comment.includes(w))) continue;
      context.report({ model, field, messageId: 'jsonCopyOfRows', data: { model: model.name, field: field.name, table: table.name } });
    }
  },
});
