/**
 * Builds the schema graph the rules reason about: models (and views) with their fields, relations resolved on both
 * sides, ids / uniques / indexes with their columns, table names, enums, and which models are tenant-scoped.
 */
import {
  SchemaParseError,
  type Attribute,
  type AttributeArg,
  type BlockNode,
  type Expr,
  type GraphField,
  type GraphIndex,
  type GraphModel,
  type GraphRelation,
  type ReferentialAction,
  type SchemaFileAst,
  type SchemaGraph,
} from './types.js';
import { validateSchema } from './validate.js';

export interface GraphOptions {
  /** Use this scalar field name as the tenant key instead of detecting it (`tenantId`, `organizationId`...). */
  tenantKey?: string;
  /** How many models must use a key before it is taken for the tenant key. Default 3. */
  minTenantModels?: number;
  /**
   * Resolve names the way Prisma does: unknown field types and unknown columns in `fields:`, `references:` and
   * index lists throw `SchemaParseError`. Off by default so rule tests can lint fragments of a schema.
   */
  strict?: boolean;
  /**
   * Also make every check Prisma's validator makes beyond names (`validate.ts`: attributes and their arguments,
   * relations, ids, providers...), so that a schema passes exactly when Prisma accepts it. Default: as `strict`.
   */
  semanticChecks?: boolean;
}

export const SCALAR_TYPES: ReadonlySet<string> = new Set([
  'String',
  'Boolean',
  'Int',
  'BigInt',
  'Float',
  'Decimal',
  'DateTime',
  'Json',
  'Bytes',
]);

const REFERENTIAL_ACTIONS: ReadonlySet<string> = new Set<ReferentialAction>(['Cascade', 'SetNull', 'Restrict', 'NoAction', 'SetDefault']);

/** Names that, on a tie, make a key more likely to be the tenant key than, say, `userId`. */
const TENANT_NAME_HINT = /tenant|organi[sz]ation|^org[A-Z_]|workspace|account|company|team/i;

export function isScalarType(type: string): boolean {
  return SCALAR_TYPES.has(type) || type.startsWith('Unsupported(');
}

export function buildGraph(files: SchemaFileAst[], options: GraphOptions = {}): SchemaGraph {
  const models: GraphModel[] = [];
  const modelByName = new Map<string, GraphModel>();
  const enums = new Map<string, BlockNode>();
  const compositeTypes = new Map<string, BlockNode>();
  const declared = new Map<string, BlockNode>();

  for (const file of files) {
    for (let b = 0; b < file.blocks.length; b++) {
      const block = file.blocks[b];
      if (block.kind === 'datasource' || block.kind === 'generator') continue;
      const earlier = declared.get(block.name);
      if (earlier) {
        throw new SchemaParseError(
          `${block.kind} "${block.name}" is declared twice (first as ${earlier.kind} in ${earlier.pos.file}:${earlier.pos.line}); rename or merge one of them`,
          block.pos,
        );
      }
      declared.set(block.name, block);
      if (block.kind === 'enum') enums.set(block.name, block);
      else if (block.kind === 'type') compositeTypes.set(block.name, block);
      else {
        const model: GraphModel = {
          name: block.name,
          node: block,
          fields: [],
          fieldByName: new Map(),
          relations: [],
          referencedBy: [],
          indexes: [],
          dbName: stringArg(findAttribute(block.blockAttributes, 'map'), 'name', 0) ?? block.name,
          commentText: joinText(block.doc, block.comment),
        };
        models.push(model);
        modelByName.set(block.name, model);
      }
    }
  }

  if (options.strict) checkCompositeTypes(compositeTypes, modelByName, enums);
  for (const model of models) {
    const nodes = model.node.fields;
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n];
      const field: GraphField = {
        model,
        node,
        name: node.name,
        type: node.type,
        optional: node.optional,
        list: node.list,
        isRelation: modelByName.has(node.type),
        isEnum: enums.has(node.type),
        commentText: joinText(node.doc, node.comment),
      };
      if (options.strict && !field.isRelation && !field.isEnum && !isScalarType(node.type) && !compositeTypes.has(node.type)) {
        throw new SchemaParseError(
          `Type "${node.type}" of field "${model.name}.${node.name}" is not defined: declare it as a model, enum or type, or fix the spelling`,
          node.pos,
        );
      }
      model.fields.push(field);
      model.fieldByName.set(field.name, field);
    }
    collectIndexes(model, options.strict === true);
  }

  for (const model of models) {
    for (let f = 0; f < model.fields.length; f++) {
      const field = model.fields[f];
      if (field.isRelation) model.relations.push(relationOf(field, modelByName, options.strict === true));
    }
  }
  pairRelations(models);
  for (const model of models) {
    for (const relation of model.relations) if (relation.fields.length > 0) relation.to.referencedBy!.push(relation);
  }

  const graph: SchemaGraph = { files, models, modelByName, enums, compositeTypes };
  if (options.semanticChecks ?? options.strict) validateSchema(graph);
  detectTenant(graph, options);
  return graph;
}

/** Composite types hold scalars, enums and other composite types; any other type name is a mistake. */
function checkCompositeTypes(
  compositeTypes: Map<string, BlockNode>,
  modelByName: Map<string, GraphModel>,
  enums: Map<string, BlockNode>,
): void {
  for (const block of compositeTypes.values()) {
    for (const node of block.fields) {
      if (isScalarType(node.type) || enums.has(node.type) || compositeTypes.has(node.type) || modelByName.has(node.type)) continue;
      throw new SchemaParseError(
        `Type "${node.type}" of field "${block.name}.${node.name}" is not defined: declare it as an enum or type, or fix the spelling`,
        node.pos,
      );
    }
  }
}

// ---------------------------------------------------------------- attributes

// The helpers below loop by index: they run for every attribute of every field, and until V8 optimises them a
// for...of loop allocates an iterator result per element, megabytes of garbage on a large schema.

export function findAttribute(attributes: readonly Attribute[], name: string): Attribute | undefined {
  for (let i = 0; i < attributes.length; i++) if (attributes[i].name === name) return attributes[i];
  return undefined;
}

/** The named argument, or the `position`-th positional one. */
export function argument(attribute: Attribute | undefined, name: string, position?: number): AttributeArg | undefined {
  if (!attribute) return undefined;
  let positional = 0;
  let found: AttributeArg | undefined;
  const args = attribute.args;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.name === name) return arg;
    if (arg.name === undefined && positional++ === position) found ??= arg;
  }
  return found;
}

/** A string literal argument, by name or (when `position` is given) by position. */
function stringArg(attribute: Attribute | undefined, name: string, position?: number): string | undefined {
  const expr = argument(attribute, name, position)?.expr;
  return expr?.kind === 'string' ? expr.value : undefined;
}

/** Column names of a list argument: `[a, b(sort: Desc), c(ops: raw("..."))]` -> [a, b, c]. */
export function columnNames(expr: Expr | undefined): string[] {
  if (!expr) return [];
  const items = expr.kind === 'array' ? expr.items : [expr];
  // Sized up front: the graph keeps these lists, and one grown by push would keep room for 17 names.
  let count = 0;
  for (let i = 0; i < items.length; i++) if (items[i].kind === 'ident' || items[i].kind === 'call') count++;
  const names = new Array<string>(count);
  let next = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind === 'ident' || item.kind === 'call') names[next++] = item.name;
  }
  return names;
}

function collectIndexes(model: GraphModel, strict: boolean): void {
  const nodeFields = model.node.fields;
  for (let f = 0; f < nodeFields.length; f++) {
    const field = nodeFields[f];
    for (let a = 0; a < field.attributes.length; a++) {
      const attribute = field.attributes[a];
      if (attribute.name !== 'id' && attribute.name !== 'unique') continue;
      model.indexes.push({
        kind: attribute.name,
        fields: [field.name],
        name: stringArg(attribute, 'map'),
        fieldLevel: true,
        pos: attribute.pos,
      });
    }
  }
  for (const attribute of model.node.blockAttributes) {
    const kind = attribute.name === 'id' || attribute.name === 'unique' || attribute.name === 'index' ? attribute.name : undefined;
    if (!kind) continue;
    const fields = columnNames(argument(attribute, 'fields', 0)?.expr);
    if (strict) checkColumns(model, fields, () => `@@${kind}`, attribute);
    const index: GraphIndex = {
      kind,
      fields,
      name: stringArg(attribute, 'name') ?? stringArg(attribute, 'map'),
      fieldLevel: false,
      pos: attribute.pos,
    };
    model.indexes.push(index);
  }
}

/** `where` names the attribute in the error; a function, so valid schemas never pay for building the text. */
function checkColumns(model: GraphModel, fields: string[], where: () => string, attribute: Attribute): void {
  for (const name of fields) {
    if (name.includes('.')) continue; // a composite-type path (MongoDB); not a column of this model
    if (!model.fieldByName.has(name)) {
      throw new SchemaParseError(
        `${where()} of model "${model.name}" names "${name}", which is not a field of "${model.name}"`,
        attribute.pos,
      );
    }
  }
}

// ---------------------------------------------------------------- relations

function relationOf(field: GraphField, modelByName: Map<string, GraphModel>, strict: boolean): GraphRelation {
  const to = modelByName.get(field.type)!;
  const attribute = findAttribute(field.node.attributes, 'relation');
  const fields = columnNames(argument(attribute, 'fields')?.expr);
  const references = columnNames(argument(attribute, 'references')?.expr);
  if (strict && attribute) {
    checkColumns(field.model, fields, () => `@relation on "${field.name}"`, attribute);
    checkColumns(to, references, () => `@relation on "${field.model.name}.${field.name}"`, attribute);
  }
  const explicitName = stringArg(attribute, 'name', 0);
  return {
    from: field.model,
    field,
    to,
    name: explicitName ?? defaultRelationName(field.model.name, to.name),
    fields,
    references,
    onDelete: action(argument(attribute, 'onDelete')?.expr),
    onUpdate: action(argument(attribute, 'onUpdate')?.expr),
  };
}

/** Prisma's implicit relation name: both model names in sorted order joined by `To` (`PostToUser`). */
function defaultRelationName(a: string, b: string): string {
  return a < b ? `${a}To${b}` : `${b}To${a}`;
}

function action(expr: Expr | undefined): ReferentialAction | undefined {
  return expr?.kind === 'ident' && REFERENTIAL_ACTIONS.has(expr.name) ? (expr.name as ReferentialAction) : undefined;
}

/** Gives each relation the field on the other model that points back: same relation name, opposite direction. */
function pairRelations(models: GraphModel[]): void {
  const paired = new Set<GraphRelation>();
  for (const model of models) {
    for (const relation of model.relations) {
      if (paired.has(relation)) continue;
      const opposite = relation.to.relations.find(
        (other) => other !== relation && !paired.has(other) && other.to === model && other.name === relation.name,
      );
      if (!opposite) continue;
      relation.opposite = opposite.field;
      opposite.opposite = relation.field;
      paired.add(relation);
      paired.add(opposite);
    }
  }
}

// ---------------------------------------------------------------- tenant scoping

/**
 * The tenant key is the scalar key name (`xxxId`) that the most models use to reference one and the same model
 * through a relation; it needs at least `minTenantModels` such models. Every model holding a field of that name
 * (related or not) is tenant-scoped.
 */
function detectTenant(graph: SchemaGraph, options: GraphOptions): void {
  // key name -> target model -> the models using that key for that target
  const users = new Map<string, Map<GraphModel, { key: string; target: GraphModel; models: Set<GraphModel> }>>();
  for (const model of graph.models) {
    for (const relation of model.relations) {
      if (relation.fields.length !== 1) continue;
      const key = relation.fields[0];
      if (!/(Id|ID|_id)$/.test(key)) continue;
      if (options.tenantKey && key !== options.tenantKey) continue;
      let byTarget = users.get(key);
      if (!byTarget) users.set(key, (byTarget = new Map()));
      let entry = byTarget.get(relation.to);
      if (!entry) byTarget.set(relation.to, (entry = { key, target: relation.to, models: new Set() }));
      entry.models.add(model);
    }
  }
  const minimum = options.tenantKey ? 1 : (options.minTenantModels ?? 3);
  const candidates: TenantCandidate[] = [];
  for (const byTarget of users.values()) for (const entry of byTarget.values()) candidates.push(entry);
  let best: TenantCandidate | undefined;
  for (const entry of candidates) if (!best || compareCandidates(entry, best, minimum) < 0) best = entry;
  if (best) best = owningCandidate(best, candidates, minimum);
  let key: string | undefined;
  let tenantModel: GraphModel | undefined;
  if (best && best.models.size >= minimum) {
    key = best.key;
    tenantModel = best.target;
  } else if (options.tenantKey) {
    // Named explicitly but never related: the key still marks scoped models; guess the model from the name.
    key = options.tenantKey;
    const base = key.replace(/(Id|_id)$/, '').toLowerCase();
    tenantModel = graph.models.find((m) => m.name.toLowerCase() === base);
  }
  if (!key) return;
  graph.tenantKey = key;
  graph.tenantModel = tenantModel;
  for (const model of graph.models) {
    if (model === tenantModel) continue;
    const field = model.fieldByName.get(key);
    if (!field || field.isRelation) continue;
    model.tenantField = field;
    model.tenantRelation =
      model.relations.find((r) => r.fields.includes(key!) && r.to === tenantModel) ?? model.relations.find((r) => r.fields.includes(key!));
  }
}

interface TenantCandidate {
  key: string;
  target: GraphModel;
  models: Set<GraphModel>;
}

/**
 * Orders candidates: a key named like a tenant (team, organisation, workspace...) used by enough models beats any
 * key that is not, however many more models carry that one; a user key is on more tables than the team key in most
 * SaaS schemas, yet the team is what scopes the rows. Then more models first, then the name hint on a tie.
 */
function compareCandidates(a: TenantCandidate, b: TenantCandidate, minimum: number): number {
  const namedA = a.models.size >= minimum && TENANT_NAME_HINT.test(a.key) ? 0 : 1;
  const namedB = b.models.size >= minimum && TENANT_NAME_HINT.test(b.key) ? 0 : 1;
  if (namedA !== namedB) return namedA - namedB;
  if (a.models.size !== b.models.size) return b.models.size - a.models.size;
  const hintA = TENANT_NAME_HINT.test(a.key) ? 0 : 1;
  const hintB = TENANT_NAME_HINT.test(b.key) ? 0 : 1;
  if (hintA !== hintB) return hintA - hintB;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.target.name < b.target.name ? -1 : 1;
}

/**
 * The tenant is the top of the ownership chain: when the chosen model (a project, say) itself must belong to another
 * candidate's model (its organisation) through a required key, that model is the tenant and the first one is only a
 * scope inside it. Climbs as long as such a parent exists (bounded, so a cycle of required keys cannot loop).
 */
function owningCandidate(chosen: TenantCandidate, candidates: TenantCandidate[], minimum: number): TenantCandidate {
  let current = chosen;
  for (let step = 0; step < candidates.length; step++) {
    const parent = candidates.find(
      (c) =>
        c.target !== current.target &&
        c.models.size >= minimum &&
        current.target.relations.some((r) => r.to === c.target && r.fields.length === 1 && r.fields[0] === c.key && !r.field.optional),
    );
    if (!parent) return current;
    current = parent;
  }
  return current;
}

function joinText(doc: string | undefined, comment: string | undefined): string {
  if (!doc) return comment ?? '';
  return comment ? `${doc}\n${comment}` : doc;
}
