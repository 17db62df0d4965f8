import type { Rule } from '../types.js';
import { attributeArg, modelBlocks, nameParts, q, stringList } from './_shared.js';
import { singular } from '../utils/index.js';

const LOG_WORDS = ['log', 'history', 'event', 'change', 'transition', 'audit', 'trail', 'journal', 'timeline'];

const rule: Rule = {
  meta: {
    id: 'ban-json-array-log',
    defaultSeverity: 'warning',
    description:
      'Disallow a Json field defaulting to an empty array whose name says it is a log, history or list of events.',
    rationale:
      'An append-only log kept in one JSON cell is rewritten whole on every append, cannot be indexed or queried per entry, and grows without bound on long-lived rows; concurrent appends also overwrite each other.',
    help: 'Move the entries into a log model with one row per entry and a relation to this model.',
    options: {
      logWords: {
        description: 'Words (singular) that mark a field name as a log; matched against the singularised words of the name.',
        default: LOG_WORDS,
      },
    },
    examples: {
      incorrect: `model Shipment {
  id                String @id @default(cuid())
  status            String
  trackingEventLog  Json   @default("[]")
}`,
      correct: `model Shipment {
  id     String          @id @default(cuid())
  status String
  events ShipmentEvent[]
}

model ShipmentEvent {
  id         String   @id @default(cuid())
  shipmentId String
  shipment   Shipment @relation(fields: [shipmentId], references: [id], onDelete: Cascade)
  status     String
  createdAt  DateTime @default(now())
}`,
    },
    whenNotToUse:
      'For short, bounded lists that are read and written as a whole (a handful of recent errors capped by the code), where a child table would add joins for nothing.',
  },
  check(context) {
    const logWords = new Set(stringList(context.options.logWords, LOG_WORDS).map(singular));
    for (const model of modelBlocks(context.graph)) {
      for (const field of model.fields) {
        if (field.type !== 'Json') continue;
        const def = attributeArg(field, 'default')?.replace(/\s+/g, '');
        if (def !== '"[]"' && def !== "'[]'") continue;
        if (!nameParts(field.name).some((w) => logWords.has(singular(w)))) continue;
        context.report({
          model,
          field,
          message: `${q(model, field)} keeps a log as a JSON array in one cell: every append rewrites the whole array, entries cannot be indexed or queried, and the cell grows without bound.`,
        });
      }
    }
  },
};

export default rule;
