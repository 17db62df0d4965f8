import { defineRule, option } from './_define.js';
import { nameParts } from './support/names.js';
import { attributeArg } from './support/structure.js';
import { singular } from '../utils/index.js';

const LOG_WORDS = ['log', 'history', 'event', 'change', 'transition', 'audit', 'trail', 'journal', 'timeline'];

export default defineRule({
  meta: {
    id: 'ban-json-array-log',
    defaultSeverity: 'warning',
    description: 'Disallow a Json field defaulting to an empty array whose name says it is a log, history or list of events.',
    rationale:
      'An append-only log kept in one JSON cell is rewritten whole on every append, cannot be indexed or queried per entry, and grows without bound on long-lived rows; concurrent appends also overwrite each other.',
    help: 'Move the entries into a log model with one row per entry and a relation to this model.',
    messages: {
      jsonArrayLog:
        '"{{model}}.{{field}}" looks like a log kept as a JSON array in one cell: every append rewrites the whole array, entries cannot be indexed or queried, and the cell grows without bound.',
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
  options: {
    logWords: option.strings(
      'Words (singular) that mark a field name as a log; matched against the singularised words of the name.',
      LOG_WORDS,
    ),
  },
  field(field, context) {
    if (field.type !== 'Json') return;
    const def = attributeArg(field, 'default')?.replace(/\s+/g, '');
    if (def !== '"[]"' && def !== "'[]'") return;
    const logWords = new Set(context.options.logWords.map(singular));
    if (!nameParts(field.name).some((w) => logWords.has(singular(w)))) return;
    context.report({ model: field.model, field, messageId: 'jsonArrayLog', data: { model: field.model.name, field: field.name } });
  },
});
