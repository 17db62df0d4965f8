import type { GraphModel, Rule } from '../types.js';
import { childModels, fieldComment, modelBlocks, parentModels, q, sameColumns, singularParts, stringList } from './_shared.js';

const RESTORE_WORDS = ['restor', 'rebuild', 'repopulat', 're-populat', 'replay', 'rehydrat', 'recreat', 're-creat'];

const rule: Rule = {
  meta: {
    id: 'ban-json-snapshot-of-relation',
    defaultSeverity: 'warning',
    description:
      'Disallow a Json field named after a model that stores the same data as rows (a child of this model or of its parent), unless its comment documents how the snapshot is restored.',
    rationale:
      'The same data kept once as rows and once as a JSON copy has two shapes that drift apart; restoring from the JSON means converting it back into rows by a procedure that, undocumented, nobody can follow or test.',
    help: 'Store the snapshot as rows of the existing model (with a key to this one), or document the restore procedure in the field\'s comment.',
    options: {
      restoreWords: {
        description: 'Word stems that, in the field\'s comment, show the restore procedure is documented.',
        default: RESTORE_WORDS,
      },
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
      correct: `model RecipeRevision {
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
  check(context) {
    const { graph } = context;
    const restoreWords = stringList(context.options.restoreWords, RESTORE_WORDS).map((w) => w.toLowerCase());
    for (const model of modelBlocks(graph)) {
      const jsonFields = model.fields.filter((f) => f.type === 'Json');
      if (jsonFields.length === 0) continue;
      const parents = parentModels(model);
      const tables = new Set<GraphModel>(childModels(model, graph));
      for (const parent of parents) for (const sibling of childModels(parent, graph)) tables.add(sibling);
      tables.delete(model);
      for (const parent of parents) tables.delete(parent);
      const candidates = [...tables];
      for (const field of jsonFields) {
        const fieldWords = singularParts(field.name);
        const table = candidates.find((t) => {
          const tableWords = singularParts(t.name);
          return tableWords.length >= fieldWords.length && sameColumns(tableWords.slice(tableWords.length - fieldWords.length), fieldWords);
        });
        if (!table) continue;
        const comment = fieldComment(field).replace(/\s+/g, ' ');
        if (restoreWords.some((w) => comment.includes(w))) continue;
        context.report({
          model,
          field,
          message: `${q(model, field)} keeps as JSON what ${q(table)} keeps as rows, and its comment gives no restore procedure: the two copies drift apart, and restoring means converting JSON back into rows by hand.`,
        });
      }
    }
  },
};

export default rule;
