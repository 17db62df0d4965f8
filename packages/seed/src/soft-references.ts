/**
 * Soft references: `xxxId` string columns with no relation (Campaign.activityId, CreditLedger.agentRunId ...).
 * Real data mostly holds ids that exist, so the seed fills them from the named model's rows of the same tenant.
 */
import type { FieldGenerator, SeedContext } from './context.js';
import type { FieldInfo, ModelInfo, SchemaInfo } from './schema/types.js';
import { nameWords } from './values/fields.js';

/** The model a soft reference names: `agentRunId` → AgentRun, `sourceDeliverableId` → Deliverable. */
export function softReferenceTarget(schema: SchemaInfo, model: ModelInfo, field: FieldInfo): ModelInfo | undefined {
  if (field.type !== 'String' || field.foreignKey || field.isId || field.name === model.tenantField) return undefined;
  if (!/Id$/.test(field.name) || field.isList) return undefined;
  const words = nameWords(field.name.slice(0, -2));
  // Longest suffix of the words that names a model: sourceDeliverable → Deliverable, agentRun → AgentRun.
  for (let i = 0; i < words.length; i++) {
    const candidate = words.slice(i).join('');
    const target = schema.models.find((m) => m.name.toLowerCase() === candidate);
    if (target && target.primaryKey.length === 1) return target;
  }
  return undefined;
}

export function softReferences(schema: SchemaInfo): { model: ModelInfo; field: FieldInfo; target: ModelInfo }[] {
  const out: { model: ModelInfo; field: FieldInfo; target: ModelInfo }[] = [];
  for (const model of schema.models) {
    for (const field of model.fields) {
      const target = softReferenceTarget(schema, model, field);
      if (target) out.push({ model, field, target });
    }
  }
  return out;
}

/** Picks an existing row of `target` in the row's tenant when that table is already generated. */
export function softReferenceGenerator(ctx: SeedContext, field: FieldInfo, target: ModelInfo): FieldGenerator {
  const pSet = field.isRequired ? 1 : 0.6;
  let tenantScoped: boolean | undefined;
  return (rc) => {
    if (!rc.rng.chance(pSet)) return null;
    const table = ctx.tables.get(target.name);
    if (!table || table.ids.length === 0) return field.isRequired ? `c${rc.rng.base36(24)}` : null;
    let start = 0;
    let end = table.ids.length;
    tenantScoped ??= table.tenantOf.some((t) => t >= 0);
    if (rc.tenant >= 0 && tenantScoped) {
      start = table.tenantStart[rc.tenant]!;
      end = table.tenantStart[rc.tenant + 1]!;
    }
    if (end <= start) return field.isRequired ? table.ids[rc.rng.int(0, table.ids.length - 1)] : null;
    return table.ids[start + rc.rng.int(0, end - start - 1)];
  };
}
