import { defineRule, option } from './_define.js';
import { modelNamed, nameParts } from './support/names.js';
import { related } from './support/structure.js';

const COMPANION_WORDS = ['Health', 'Stats', 'Status', 'Metrics', 'Metric', 'Score', 'Check', 'Snapshot'];

export default defineRule({
  meta: {
    id: 'require-companion-relation',
    defaultSeverity: 'warning',
    description:
      'Require a model named `<X><Companion>` (XHealth, XStats, XMetrics...) to have a relation to the model `<X>` it describes.',
    rationale:
      'A companion record that cannot be joined to the row it describes can only be read in bulk: nobody can ask for the health, stats or score of one specific row, and deleting that row leaves its companion behind.',
    help: 'Add a key and relation from the companion model to the model it describes (unique for one-to-one, onDelete: Cascade or SetNull).',
    messages: {
      unrelatedCompanion:
        '"{{model}}" looks like it describes "{{subject}}" rows but has no relation to "{{subject}}": the record of one specific row cannot be looked up, and deleting that row leaves its companion behind.',
    },
    examples: {
      incorrect: `model Cluster {
  id      String         @id @default(cuid())
  servers Server[]
  health  ServerHealth[]
}

model Server {
  id        String  @id @default(cuid())
  hostname  String
  clusterId String
  cluster   Cluster @relation(fields: [clusterId], references: [id], onDelete: Cascade)
}

model ServerHealth {
  id         String  @id @default(cuid())
  clusterId  String
  cluster    Cluster @relation(fields: [clusterId], references: [id], onDelete: Cascade)
  httpStatus Int
}`,
      correct: `model Server {
  id       String        @id @default(cuid())
  hostname String
  health   ServerHealth?
}

model ServerHealth {
  id         String  @id @default(cuid())
  serverId   String? @unique
  server     Server? @relation(fields: [serverId], references: [id], onDelete: SetNull)
  httpStatus Int
}`,
    },
    whenNotToUse:
      'When the companion describes the named model as a whole rather than its rows (aggregate statistics over all backlinks, say); name it accordingly (`BacklinkStatsDaily`) or suppress with the reason.',
  },
  options: {
    companionWords: option.phrases(
      'Last words of a model name that mark it as a companion of the model named by the words before.',
      COMPANION_WORDS,
    ),
  },
  model(model, context) {
    const { graph } = context;
    const parts = nameParts(model.name);
    if (parts.length < 2 || !context.options.companionWords.includes(parts[parts.length - 1])) return;
    const subject = modelNamed(graph, parts.slice(0, -1));
    if (!subject || subject === model || related(model, subject)) return;
    context.report({ model, messageId: 'unrelatedCompanion', data: { model: model.name, subject: subject.name } });
  },
});
