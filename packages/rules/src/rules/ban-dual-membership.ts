import type { GraphModel, SchemaGraph } from '../types.js';
import { defineRule, option } from './_define.js';
import { joinModelsBetween, owningRelations } from './support/structure.js';
import { tenancy } from './support/tenancy.js';

/** Names of models that group other rows, besides the tenant model the graph found. */
const GROUP_MODELS = ['(Tenant|Organi[sz]ation|Workspace|Team|Company|Group|Project)$'];

function isGroupModel(model: GraphModel, graph: SchemaGraph, patterns: RegExp[]): boolean {
  return model === tenancy(graph)?.model || patterns.some((re) => re.test(model.name));
}

export default defineRule({
  meta: {
    id: 'ban-dual-membership',
    defaultSeverity: 'error',
    description: 'Disallow a direct key from a model to a tenant-like model when a join model also records that membership.',
    rationale:
      'Two records of the same membership drift apart: a row can point at one tenant directly while the join table says another (or none), and any authorization check that reads the direct key silently bypasses the membership table.',
    help: 'Keep one source of truth: drop the direct key and its relation, and read membership from the join model only.',
    messages: {
      dualMembership:
        '"{{model}}.{{field}}" ties each "{{model}}" to one "{{group}}" while "{{join}}" also records which "{{group}}" it belongs to: the two can disagree, and any check that reads the direct key bypasses the membership table.',
    },
    examples: {
      incorrect: `model Organization {
  id          String                   @id @default(cuid())
  people      Person[]
  memberships OrganizationMembership[]
}

model Person {
  id             String                   @id @default(cuid())
  organizationId String?
  organization   Organization?            @relation(fields: [organizationId], references: [id], onDelete: SetNull)
  memberships    OrganizationMembership[]
}

model OrganizationMembership {
  organizationId String
  personId       String
  role           String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  person         Person       @relation(fields: [personId], references: [id], onDelete: Cascade)

  @@id([organizationId, personId])
}`,
      correct: `model Organization {
  id          String                   @id @default(cuid())
  memberships OrganizationMembership[]
}

model Person {
  id          String                   @id @default(cuid())
  memberships OrganizationMembership[]
}

model OrganizationMembership {
  organizationId String
  personId       String
  role           String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  person         Person       @relation(fields: [personId], references: [id], onDelete: Cascade)

  @@id([organizationId, personId])
}`,
    },
    whenNotToUse:
      'When the direct key means something else than membership (a home tenant that is also listed in the join table on purpose, say) and the code treats the join table as the only authority; document that on the key and suppress the report.',
  },
  options: {
    groupModels: option.patterns(
      'Regular expressions for names of models that group other rows (besides the tenant model found in the schema).',
      GROUP_MODELS,
    ),
  },
  model(model, context) {
    const { graph } = context;
    for (const relation of owningRelations(model)) {
      const group = relation.to;
      if (group === model || !isGroupModel(group, graph, context.options.groupModels)) continue;
      const joins = joinModelsBetween(model, group, graph);
      if (joins.length === 0) continue;
      const field = model.fieldByName.get(relation.fields[0]);
      context.report({
        model,
        field,
        messageId: 'dualMembership',
        data: { model: model.name, field: field?.name ?? relation.fields[0], group: group.name, join: joins[0].name },
      });
    }
  },
});
