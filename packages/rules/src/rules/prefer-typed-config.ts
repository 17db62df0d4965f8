import type { GraphModel } from '../types.js';
import { defineRule, option } from './_define.js';
import { nameParts } from './support/names.js';
import { hasAttribute, isScalar, neighbours } from './support/structure.js';

const CONFIG_WORDS = ['config', 'configuration', 'settings', 'setting', 'preferences', 'preference', 'prefs', 'options'];
const TYPED_CONFIG_WORDS = ['config', 'configuration', 'settings', 'preferences'];

/** Columns of a model that hold configuration values: Boolean/Int/String scalars that are not keys. */
function typedColumnCount(model: GraphModel): number {
  const keys = new Set(model.relations.flatMap((r) => r.fields));
  return model.fields.filter((f) => isScalar(f) && /^(Boolean|Int|String)$/.test(f.type) && !keys.has(f.name) && !hasAttribute(f, 'id'))
    .length;
}

export default defineRule({
  meta: {
    id: 'prefer-typed-config',
    defaultSeverity: 'warning',
    description:
      'Prefer a typed configuration model over a Json config/settings field on a model that already relates to typed configuration models.',
    rationale:
      'Next to a typed config model, an untyped JSON blob for the same kind of setting is the inconsistent one: its keys cannot be validated by the database, queried, indexed or migrated one by one, and typos go unnoticed.',
    help: 'Move the settings into a model with one typed column per setting, like the typed config model beside it.',
    messages: {
      untypedConfig:
        '"{{model}}.{{field}}" looks like configuration kept in an untyped JSON blob while "{{typed}}" beside it keeps configuration in typed columns: its keys cannot be validated, queried or migrated one by one.',
    },
    examples: {
      incorrect: `model Organization {
  id           String                    @id @default(cuid())
  exportConfig Json?
  importConfig OrganizationImportConfig?
}

model OrganizationImportConfig {
  id             String       @id @default(cuid())
  organizationId String       @unique
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  skipDuplicates Boolean      @default(true)
  batchSize      Int          @default(500)
}`,
      correct: `model Organization {
  id           String                    @id @default(cuid())
  exportConfig OrganizationExportConfig?
  importConfig OrganizationImportConfig?
}

model OrganizationExportConfig {
  id              String       @id @default(cuid())
  organizationId  String       @unique
  organization    Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  includeArchived Boolean      @default(false)
  format          String       @default("csv")
}

model OrganizationImportConfig {
  id             String       @id @default(cuid())
  organizationId String       @unique
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  skipDuplicates Boolean      @default(true)
  batchSize      Int          @default(500)
}`,
    },
    whenNotToUse:
      'When the JSON holds open-ended, user-defined keys that a typed model could not describe, or settings owned by an external system that the database must store verbatim.',
  },
  options: {
    configWords: option.phrases('Last words of a Json field name that mark it as configuration.', CONFIG_WORDS),
    minTypedColumns: option.integer(
      'How many Boolean/Int/String columns a related `...Config`/`...Settings` model needs to count as typed configuration.',
      2,
      1,
    ),
  },
  model(model, context) {
    const configWords = new Set(context.options.configWords);
    const blobs = model.fields.filter((f) => {
      if (f.type !== 'Json') return false;
      const w = nameParts(f.name);
      return configWords.has(w[w.length - 1]);
    });
    if (blobs.length === 0) return;
    const typed = [...neighbours(model, context.graph)].find((n) => {
      const w = nameParts(n.name);
      return TYPED_CONFIG_WORDS.includes(w[w.length - 1]) && typedColumnCount(n) >= context.options.minTypedColumns;
    });
    if (!typed) return;
    for (const field of blobs) {
      context.report({ model, field, messageId: 'untypedConfig', data: { model: model.name, field: field.name, typed: typed.name } });
    }
  },
});
