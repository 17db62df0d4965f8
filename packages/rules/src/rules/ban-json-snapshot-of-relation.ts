import type { GraphModel } from '../types.js';
import { defineRule, option } from './_define.js';
import { childModels, fieldComment, nameParts, parentModels, sameColumns, singularParts } from './_shared.js';
import { singular } from '../utils/index.js';

const RESTORE_WORDS = ['restor', 'rebuild', 'repopulat', 're-populat', 'replay', 'rehydrat', 'recreat', 're-creat'];

/**
 * The field's words end the table's name, and whatever comes before them names the model linking the two
 * (`RecipeStep` for a recipe's `steps`): `ApiKey` beside a model linked through `App` is not "the app's keys".
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
    help: 'Store the snapshot as rows of the existing model (with a key to this one), or document the restore procedure in the field\'s comment.',
    messages: {
      jsonCopyOfRows:
        '"{{model}}.{{field}}" keeps as JSON what "{{table}}" keeps as rows, and its comment gives no restore procedure: the two copies drift apart, and restoring means converting JSON back into rows by hand.',
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
    restoreWords: option.phrases('Word stems that, in the field\'s comment, show the restore procedure is documented.', RESTORE_WORDS),
  },
  model(model, context) {
    const { graph } = context;
    const jsonFields = model.fields.filter((f) => f.type === 'Json');
    if (jsonFields.length === 0) return;
    // Each table that could hold the rows, with the model that links it to this one: this model for its own
    // children, the shared parent for a sibling.
    const parents = parentModels(model);
    const links = new Map<GraphModel, GraphModel[]>();
    const add = (table: GraphModel, via: GraphModel): void => {
      if (table === model || parents.includes(table)) return;
      const vias = links.get(table);
      if (vias) vias.push(via);
      else links.set(table, [via]);
    };
    for (const child of childModels(model, graph)) add(child, model);
    for (const parent of parents) for (const sibling of childModels(parent, graph)) add(sibling, parent);
    for (const field of jsonFields) {
      // A copy of many rows goes by a plural name (`steps`, `lineItems`); `trigger` or `key` names one value.
      const written = nameParts(field.name);
      const last = written[written.length - 1];
      if (singular(last) === last) continue;
      const fieldWords = singularParts(field.name);
      const table = [...links.keys()].find((t) => copiesRowsOf(t, fieldWords, links.get(t)!));
      if (!table) continue;
      const comment = fieldComment(field).replace(/\s+/g, ' ');
      if (context.options.restoreWords.some((w) => comment.includes(w))) continue;
      context.report({ model, field, messageId: 'jsonCopyOfRows', data: { model: model.name, field: field.name, table: table.name } });
    }
  },
});
