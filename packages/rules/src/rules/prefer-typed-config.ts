import type { GraphModel, Rule } from '../types.js';
import { hasAttribute, isScalar, modelBlocks, nameParts, neighbours, q, stringList } from './_shared.js';

const CONFIG_WORDS = ['config', 'configuration', 'settings', 'setting', 'preferences', 'preference', 'prefs', 'options'];
const TYPED_CONFIG_WORDS = ['config', 'configuration', 'settings', 'preferences'];

/** Columns of a model that hold configuration values: Boolean/Int/String scalars that are not keys. */
function typedColumnCount(model: GraphModel): number {
  const keys = new Set(model.relations.flatMap((r) => r.fields));
  return model.fields.filter(
    (f) => isScalar(f) && /^(Boolean|Int|String)$/.test(f.type) && !keys.has(f.name) && !hasAttribute(f, 'id'),
  ).length;
}

const rule: Rule = {
  meta: {
    id: 'prefer-typed-config',
    defaultSeverity: 'warning',
    description:
      'Prefer a typed configuration model over a Json config/settings field on a model that already relates to typed configuration models.',
    rationale:
      'Next to a typed config model, an untyped JSON blob for the same kind of setting is the inconsistent one: its keys cannot be validated by the database, queried, indexed or migrated one by one, and typos go unnoticed.',
    help: 'Move the settings into a model with one typed column per setting, like the typed config model beside it.',
    options: {
      configWords: {
        description: 'Last words of a Json field name that mark it as configuration.',
        default: CONFIG_WORDS,
      },
      minTypedColumns: {
        description: 'How many Boolean/Int/String columns a related `...Config`/`...Settings` model needs to count as typed configuration.',
        default: 2,
      },
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
  check(context) {
    const { graph } = context;
    const configWords = new Set(stringList(context.options.configWords, CONFIG_WORDS).map((w) => w.toLowerCase()));
    const minColumns = typeof context.options.minTypedColumns === 'number' ? context.options.minTypedColumns : 2;
    for (const model of modelBlocks(graph)) {
      const blobs = model.fields.filter((f) => {
        if (f.type !== 'Json') return false;
        const w = nameParts(f.name);
        return configWords.has(w[w.length - 1]);
      });
      if (blobs.length === 0) continue;
      const typed = [...neighbours(model, graph)].find((n) => {
        const w = nameParts(n.name);
        return TYPED_CONFIG_WORDS.includes(w[w.length - 1]) && typedColumnCount(n) >= minColumns;
      });
      if (!typed) continue;
      for (const field of blobs) {
        context.report({
          model,
          field,
          message: `${q(model, field)} is an untyped JSON blob while ${q(typed)} beside it keeps configuration in typed columns: its keys cannot be validated, queried or migrated one by one.`,
        });
      }
    }
  },
};

export default rule;
