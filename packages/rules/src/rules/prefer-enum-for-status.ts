import { defineRule, option } from './_define.js';
import { fieldComment } from './support/comments.js';
import { nameParts } from './support/names.js';
import { attributeArg } from './support/structure.js';

const STATUS_WORDS = ['status', 'state'];
/** Fields that make `state` a region of a postal address rather than a lifecycle state. */
const ADDRESS_FIELDS = new Set(['city', 'country', 'countryCode', 'postalCode', 'postcode', 'zip', 'zipCode', 'street', 'addressLine1']);
/** A comment listing values: `a -> b`, `a | b`, `one of`, `values:`, `a, b or c`. */
const LISTS_VALUES = /\w\s*(->|→|=>|\|)\s*\w|\bone of\b|\bvalues?\s*:|\w+,\s*\w+,?\s*(or|and)\s+\w+/;

export default defineRule({
  meta: {
    id: 'prefer-enum-for-status',
    defaultSeverity: 'info',
    description: 'Prefer a Prisma enum over a String for status and state fields.',
    rationale:
      'A status kept as free text accepts any typo or casing; invalid states are stored silently and surface only when code branches on them. An enum makes the database reject them and documents the lifecycle in the type.',
    help: "Declare an enum with the allowed values and make it the field's type.",
    messages: {
      valuesInComment:
        '"{{model}}.{{field}}" looks like a status kept in a free String, with its allowed values only in its comment: the database accepts any typo, and invalid states surface only when code branches on them.',
      freeString:
        '"{{model}}.{{field}}" looks like a status kept in a free String: the database accepts any value, so a typo becomes a state nobody handles.',
    },
    examples: {
      incorrect: `model Shipment {
  id     String @id @default(cuid())
  /// pending -> shipped -> delivered | returned
  status String @default("pending")
}`,
      correct: `enum ShipmentStatus {
  pending
  shipped
  delivered
  returned
}

model Shipment {
  id     String         @id @default(cuid())
  status ShipmentStatus @default(pending)
}`,
    },
    whenNotToUse:
      'When the allowed values are defined outside the database at run time (plugin-provided states, user-defined pipelines) and a migration per new value is not an option.',
  },
  options: {
    statusWords: option.phrases('Last words of a field name that mark it as a status.', STATUS_WORDS),
    requireValueComment: option.boolean('Only report status fields whose comment lists their values.', false),
  },
  model(model, context) {
    const statusWords = new Set(context.options.statusWords);
    const isAddress = model.fields.some((f) => ADDRESS_FIELDS.has(f.name));
    for (const field of model.fields) {
      if (field.type !== 'String' || field.isEnum || field.list) continue;
      const w = nameParts(field.name);
      const last = w[w.length - 1];
      if (!statusWords.has(last) || (last === 'state' && isAddress)) continue;
      const listed = LISTS_VALUES.test(fieldComment(field));
      if (context.options.requireValueComment && !listed) continue;
      // `state` also names opaque protocol values (an OAuth `state`, an OIDC `session_state`): only a state with
      // listed values or a default looks like a lifecycle.
      if (last === 'state' && !listed && attributeArg(field, 'default') === undefined) continue;
      context.report({
        model,
        field,
        messageId: listed ? 'valuesInComment' : 'freeString',
        data: { model: model.name, field: field.name },
      });
    }
  },
});
