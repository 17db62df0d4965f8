import type { GraphModel } from '../types.js';
import { defineRule, option } from './_define.js';
import { modelNamed, nameParts } from './support/names.js';
import { parentModels, related } from './support/structure.js';

/** How many owning relations up the ancestor search follows; deeper chains are not "the same scope" any more. */
const ANCESTOR_DEPTH = 3;

/**
 * `ancestor` is reached from `model` by following the keys it holds upwards (a Guest's Board belongs to a
 * Workspace): then `<Ancestor><Model>` records the same kind of thing one level up (a guest of the workspace
 * beside guests of one of its boards), a scoped variant rather than a parallel copy.
 */
function isAncestor(ancestor: GraphModel, model: GraphModel): boolean {
  let level: GraphModel[] = [model];
  const seen = new Set<GraphModel>(level);
  for (let depth = 0; depth < ANCESTOR_DEPTH && level.length > 0; depth++) {
    const next: GraphModel[] = [];
    for (const m of level) {
      for (const parent of parentModels(m)) {
        if (parent === ancestor) return true;
        if (!seen.has(parent)) {
          seen.add(parent);
          next.push(parent);
        }
      }
    }
    level = next;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'ban-parallel-entity-models',
    defaultSeverity: 'warning',
    description:
      'Disallow a model named `<Prefix><Other>`, where both `<Prefix>` and `<Other>` are models, that has no relation to `<Other>` (directly, through the `<Prefix>` model, or because `<Other>` rows belong to a `<Prefix>` row).',
    rationale:
      'Two tables for the same kind of entity with no join path mean the same thing can be recorded twice with nothing linking the copies: updates to one never reach the other, and every report that needs both has to guess how they match.',
    help: 'Relate the two models (or make the prefixed one point at the general model) so each entity is recorded once.',
    messages: {
      parallelModel:
        '"{{model}}" looks like it records the same kind of entity as "{{other}}" but has no relation to it: one entity can be stored in both with no join path, and changes to one never reach the other.',
      parallelModelViaPrefix:
        '"{{model}}" looks like it records the same kind of entity as "{{other}}" but has no relation to it nor through "{{prefix}}": one entity can be stored in both with no join path, and changes to one never reach the other.',
    },
    examples: {
      incorrect: `model Vendor {
  id        String          @id @default(cuid())
  addresses VendorAddress[]
}

model VendorAddress {
  id       String @id @default(cuid())
  vendorId String
  vendor   Vendor @relation(fields: [vendorId], references: [id], onDelete: Cascade)
  street   String
}

model Address {
  id     String @id @default(cuid())
  street String
}`,
      correct: `model Vendor {
  id        String   @id @default(cuid())
  addressId String?
  address   Address? @relation(fields: [addressId], references: [id], onDelete: SetNull)
}

model Address {
  id      String   @id @default(cuid())
  street  String
  vendors Vendor[]
}`,
    },
    whenNotToUse:
      'When the prefixed model is a genuinely different entity that only shares a word (a `LeadSource` beside an unrelated `Source` lookup); rename one of them if you can, otherwise suppress with the reason.',
  },
  options: {
    requirePrefixModel: option.boolean(
      'Only report when the words before the shared name also name a model (`VendorAddress` with a `Vendor` model): the "<Prefix> keeps its own <Other> rows" shape. Set to false to also report `BillingAddress` beside `Address`.',
      true,
    ),
  },
  model(model, context) {
    const { graph } = context;
    const parts = nameParts(model.name);
    for (let start = 1; start < parts.length; start++) {
      const other = modelNamed(graph, parts.slice(start));
      if (!other || other === model) continue;
      const prefixModel = modelNamed(graph, parts.slice(0, start));
      if (!prefixModel && context.options.requirePrefixModel) return;
      const linked =
        related(model, other) || (prefixModel !== undefined && (related(prefixModel, other) || isAncestor(prefixModel, other)));
      if (!linked) {
        const data = { model: model.name, other: other.name, prefix: prefixModel?.name ?? '' };
        context.report({ model, messageId: prefixModel ? 'parallelModelViaPrefix' : 'parallelModel', data });
      }
      return; // only the longest tail that names a model counts
    }
  },
});
