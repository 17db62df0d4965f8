/**
 * What Prisma's validator checks beyond grammar and names, so that the linter accepts a schema exactly when Prisma
 * does: the configuration blocks, which attributes and arguments exist where, argument values (defaults, referential
 * actions, native types, constraint names), complete and unambiguous relations, ids and unique criteria, and what
 * the MongoDB provider requires. Every check walks each declaration once (maps for lookups), so the cost grows with
 * the size of the schema and no more.
 *
 * Checks that depend on the database are made for PostgreSQL (what this repository uses) and MongoDB (the other
 * provider the differential test against Prisma covers); for other providers, native type names and most provider
 * rules are skipped rather than guessed, so there the linter can accept a schema Prisma rejects.
 *
 * The messages say where (the attribute or declaration), what is wrong and how to fix it; the first problem is
 * thrown as a `SchemaParseError`, which the command reports like a parse error (exit code 2).
 */
import { argument, columnNames, findAttribute, SCALAR_TYPES } from './graph.js';
import {
  SchemaParseError,
  type Attribute,
  type BlockNode,
  type Expr,
  type FieldNode,
  type GraphField,
  type GraphModel,
  type GraphRelation,
  type SchemaGraph,
} from './types.js';

// ---------------------------------------------------------------- configuration blocks

const PROVIDERS: ReadonlySet<string> = new Set(['postgresql', 'postgres', 'mysql', 'sqlite', 'sqlserver', 'mongodb', 'cockroachdb']);
const DATASOURCE_PROPERTIES: ReadonlySet<string> = new Set([
  'provider',
  'url',
  'directUrl',
  'shadowDatabaseUrl',
  'relationMode',
  'referentialIntegrity',
  'schemas',
  'extensions',
]);
const RELATION_MODES: ReadonlySet<string> = new Set(['prisma', 'foreignKeys']);

/** What the rest of the checks need to know about the configuration. */
export interface SchemaSettings {
  /** The datasource block's name (`db`): the prefix of native type attributes. */
  datasourceName?: string;
  /** `postgresql` (also for `postgres`), `mongodb`, another provider, or undefined without a datasource. */
  provider?: string;
  previewFeatures: Set<string>;
  /** `relationMode = "prisma"`: Prisma, not the database, keeps relations (fewer referential actions). */
  emulatedRelations: boolean;
  /** The database schemas the datasource lists (`schemas = [...]`), when it lists any. */
  schemas?: Set<string>;
}

function fail(message: string, pos: { file: string; line: number; column: number }): never {
  throw new SchemaParseError(message, pos);
}

/** A string literal's content, or undefined when the source text is not one string. */
function stringLiteral(source: string): string | undefined {
  const match = /^"((?:[^"\\]|\\.)*)"$/.exec(source.trim());
  return match ? match[1] : undefined;
}

function checkDatasource(block: BlockNode, settings: SchemaSettings): void {
  const provider = block.assignments.find((a) => a.key === 'provider');
  if (!provider) fail(`datasource "${block.name}" has no provider: add provider = "postgresql" (or your database)`, block.pos);
  const name = stringLiteral(provider.value);
  if (name === undefined) fail(`The provider of datasource "${block.name}" must be a string, such as "postgresql"`, provider.pos);
  if (!PROVIDERS.has(name))
    fail(`Datasource provider "${name}" is not known: use one of ${[...PROVIDERS].map((p) => `"${p}"`).join(', ')}`, provider.pos);
  for (const assignment of block.assignments) {
    if (!DATASOURCE_PROPERTIES.has(assignment.key))
      fail(`"${assignment.key}" is not a datasource setting: remove it or fix the spelling`, assignment.pos);
    if (assignment.key === 'relationMode' || assignment.key === 'referentialIntegrity') {
      const mode = stringLiteral(assignment.value);
      if (mode === undefined || !RELATION_MODES.has(mode))
        fail(`${assignment.key} must be "foreignKeys" or "prisma", not ${assignment.value}`, assignment.pos);
      settings.emulatedRelations = mode === 'prisma';
    }
    if (assignment.key === 'schemas') settings.schemas = new Set([...assignment.value.matchAll(/"([^"\\]*)"/g)].map((m) => m[1]));
    if (assignment.key === 'extensions' && !settings.previewFeatures.has('postgresqlExtensions'))
      fail(`extensions needs the "postgresqlExtensions" preview feature in the generator`, assignment.pos);
  }
  settings.datasourceName = block.name;
  settings.provider = name === 'postgres' ? 'postgresql' : name;
  if (settings.provider === 'mongodb') settings.emulatedRelations = true;
}

function checkGenerator(block: BlockNode, settings: SchemaSettings): void {
  if (!block.assignments.some((a) => a.key === 'provider'))
    fail(`generator "${block.name}" has no provider: add provider = "prisma-client" (or your generator)`, block.pos);
  const features = block.assignments.find((a) => a.key === 'previewFeatures');
  if (features) for (const match of features.value.matchAll(/"([^"\\]*)"/g)) settings.previewFeatures.add(match[1]);
}

/** Reads and checks the datasource and generator blocks: one datasource at most, each with a known provider. */
export function schemaSettings(graph: SchemaGraph): SchemaSettings {
  const settings: SchemaSettings = { previewFeatures: new Set(), emulatedRelations: false };
  let datasource: BlockNode | undefined;
  // Generators first: the datasource's settings depend on their preview features.
  for (const file of graph.files) for (const block of file.blocks) if (block.kind === 'generator') checkGenerator(block, settings);
  for (const file of graph.files) {
    for (const block of file.blocks) {
      if (block.kind !== 'datasource') continue;
      if (datasource)
        fail(`A schema has one datasource; "${block.name}" is a second one (first: "${datasource.name}"): remove one of them`, block.pos);
      datasource = block;
      checkDatasource(block, settings);
    }
  }
  return settings;
}

// ---------------------------------------------------------------- which attributes and arguments exist where

interface AttributeSpec {
  /** The argument an unnamed argument stands for, when the attribute takes one. */
  positional?: string;
  /** Every argument the attribute takes (the positional one included). */
  named: readonly string[];
  /** The argument that must be given. */
  required?: string;
  /** May be written more than once on one declaration. */
  repeatable?: boolean;
}

const NONE: AttributeSpec = { named: [] };
const MAP: AttributeSpec = { positional: 'name', named: ['name'], required: 'name' };
const CONSTRAINT_FIELD: AttributeSpec = { named: ['map', 'length', 'sort', 'clustered'] };
const CONSTRAINT_BLOCK: AttributeSpec = {
  positional: 'fields',
  named: ['fields', 'name', 'map', 'length', 'sort', 'clustered'],
  required: 'fields',
};

/** Attributes of a model's or view's fields (native types, `@db.X`, are checked apart). */
const FIELD_ATTRIBUTES: ReadonlyMap<string, AttributeSpec> = new Map([
  ['id', CONSTRAINT_FIELD],
  ['unique', CONSTRAINT_FIELD],
  ['default', { positional: 'value', named: ['value', 'map'], required: 'value' }],
  ['relation', { positional: 'name', named: ['name', 'fields', 'references', 'onDelete', 'onUpdate', 'map'] }],
  ['map', MAP],
  ['updatedAt', NONE],
  ['ignore', NONE],
]);
const BLOCK_ATTRIBUTES: ReadonlyMap<string, AttributeSpec> = new Map([
  ['id', CONSTRAINT_BLOCK],
  ['unique', { ...CONSTRAINT_BLOCK, repeatable: true }],
  ['index', { positional: 'fields', named: ['fields', 'name', 'map', 'type', 'clustered', 'where'], required: 'fields', repeatable: true }],
  ['fulltext', { positional: 'fields', named: ['fields', 'map'], required: 'fields', repeatable: true }],
  ['map', MAP],
  ['ignore', NONE],
  ['schema', MAP],
]);
const ENUM_VALUE_ATTRIBUTES: ReadonlyMap<string, AttributeSpec> = new Map([['map', MAP]]);
const ENUM_ATTRIBUTES: ReadonlyMap<string, AttributeSpec> = new Map([
  ['map', MAP],
  ['schema', MAP],
]);
const TYPE_FIELD_ATTRIBUTES: ReadonlyMap<string, AttributeSpec> = new Map([
  ['map', MAP],
  ['default', FIELD_ATTRIBUTES.get('default')!],
]);

function written(attribute: Attribute, block: boolean): string {
  return `${block ? '@@' : '@'}${attribute.name}`;
}

/** The arguments of one attribute: each known, given once, the required one present. Allocates nothing when valid. */
function checkArguments(attribute: Attribute, spec: AttributeSpec, block: boolean): void {
  const args = attribute.args;
  let requiredGiven = spec.required === undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const name = arg.name ?? spec.positional;
    if (name === undefined || !spec.named.includes(name)) {
      const what = arg.name === undefined ? `an unnamed argument (${arg.value})` : `an argument "${arg.name}"`;
      const takes = spec.named.length > 0 ? `it takes ${spec.named.join(', ')}` : 'it takes no arguments';
      fail(`${written(attribute, block)} has no such argument: ${what}; ${takes}`, attribute.pos);
    }
    for (let j = 0; j < i; j++) {
      if ((args[j].name ?? spec.positional) !== name) continue;
      const detail = arg.name === undefined ? 'more than one unnamed argument' : `"${name}" twice`;
      fail(`${written(attribute, block)} is given ${detail}: give each argument once (a list goes in brackets)`, attribute.pos);
    }
    if (name === spec.required) requiredGiven = true;
  }
  if (!requiredGiven) {
    const shown = written(attribute, block);
    fail(`${shown} needs its "${spec.required}" argument: ${shown}(...)`, attribute.pos);
  }
}

/**
 * Checks each attribute of one declaration against the table of its place: known, given once (unless repeatable),
 * with known arguments. Native types (`@db.X`) are left to `isNativeType` to recognise.
 */
function checkAttributeList(
  attributes: readonly Attribute[],
  table: ReadonlyMap<string, AttributeSpec>,
  block: boolean,
  isNativeType: (attribute: Attribute) => boolean,
): void {
  let native: Attribute | undefined;
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes[i];
    const spec = table.get(attribute.name);
    if (!spec) {
      if (isNativeType(attribute)) {
        if (native)
          fail(`A field takes one native type; ${written(native, block)} and ${written(attribute, block)} are two`, attribute.pos);
        native = attribute;
        continue;
      }
      const known = [...table.keys()].map((name) => (block ? '@@' : '@') + name).join(', ');
      fail(`Attribute ${written(attribute, block)} is not known here: use one of ${known}, or fix the spelling`, attribute.pos);
    }
    if (!spec.repeatable) {
      // A declaration has a handful of attributes: scanning the earlier ones costs less than a set.
      for (let j = 0; j < i; j++)
        if (attributes[j].name === attribute.name) fail(`Attribute ${written(attribute, block)} is given twice: keep one`, attribute.pos);
    }
    checkArguments(attribute, spec, block);
  }
}

// ---------------------------------------------------------------- native types

/** A provider's native types: the Prisma type each fits and how many integer arguments it takes (min, max). */
type NativeTypes = ReadonlyMap<string, { types: readonly string[]; args: readonly [number, number] }>;

const POSTGRES_NATIVE_TYPES: NativeTypes = new Map([
  ['Text', { types: ['String'], args: [0, 0] }],
  ['Char', { types: ['String'], args: [0, 1] }],
  ['VarChar', { types: ['String'], args: [0, 1] }],
  ['Bit', { types: ['String'], args: [0, 1] }],
  ['VarBit', { types: ['String'], args: [0, 1] }],
  ['Uuid', { types: ['String'], args: [0, 0] }],
  ['Xml', { types: ['String'], args: [0, 0] }],
  ['Inet', { types: ['String'], args: [0, 0] }],
  ['Citext', { types: ['String'], args: [0, 0] }],
  ['Boolean', { types: ['Boolean'], args: [0, 0] }],
  ['Integer', { types: ['Int'], args: [0, 0] }],
  ['SmallInt', { types: ['Int'], args: [0, 0] }],
  ['Oid', { types: ['Int'], args: [0, 0] }],
  ['BigInt', { types: ['BigInt'], args: [0, 0] }],
  ['Real', { types: ['Float'], args: [0, 0] }],
  ['DoublePrecision', { types: ['Float'], args: [0, 0] }],
  ['Decimal', { types: ['Decimal'], args: [0, 2] }],
  ['Money', { types: ['Decimal'], args: [0, 0] }],
  ['Timestamp', { types: ['DateTime'], args: [0, 1] }],
  ['Timestamptz', { types: ['DateTime'], args: [0, 1] }],
  ['Date', { types: ['DateTime'], args: [0, 0] }],
  ['Time', { types: ['DateTime'], args: [0, 1] }],
  ['Timetz', { types: ['DateTime'], args: [0, 1] }],
  ['Json', { types: ['Json'], args: [0, 0] }],
  ['JsonB', { types: ['Json'], args: [0, 0] }],
  ['ByteA', { types: ['Bytes'], args: [0, 0] }],
]);

const MONGODB_NATIVE_TYPES: NativeTypes = new Map([
  ['String', { types: ['String'], args: [0, 0] }],
  ['ObjectId', { types: ['String', 'Bytes'], args: [0, 0] }],
  ['Int', { types: ['Int'], args: [0, 0] }],
  ['Long', { types: ['Int', 'BigInt'], args: [0, 0] }],
  ['Double', { types: ['Float'], args: [0, 0] }],
  ['Bool', { types: ['Boolean'], args: [0, 0] }],
  ['Date', { types: ['DateTime'], args: [0, 0] }],
  ['Timestamp', { types: ['DateTime'], args: [0, 0] }],
  ['BinData', { types: ['Bytes'], args: [0, 0] }],
  ['Json', { types: ['Json'], args: [0, 0] }],
]);

const NATIVE_TYPES: Record<string, NativeTypes> = { postgresql: POSTGRES_NATIVE_TYPES, mongodb: MONGODB_NATIVE_TYPES };

/** True for `@<prefix>.<Type>`; throws when the prefix is not the datasource's name. */
function isNativeTypeAttribute(attribute: Attribute, settings: SchemaSettings): boolean {
  const dot = attribute.name.indexOf('.');
  if (dot < 0) return false;
  const prefix = attribute.name.slice(0, dot);
  if (prefix !== settings.datasourceName) {
    const fix = settings.datasourceName ? `write @${settings.datasourceName}.${attribute.name.slice(dot + 1)}` : 'declare a datasource';
    fail(`@${attribute.name}: "${prefix}" is not the name of the datasource: ${fix}`, attribute.pos);
  }
  return true;
}

/** A native type must exist for the provider, fit the field's type and take the arguments it allows. */
function checkNativeType(attribute: Attribute, field: FieldNode, settings: SchemaSettings): void {
  if (field.type.startsWith('Unsupported(')) fail(`@${attribute.name} cannot be used on an Unsupported field: remove it`, attribute.pos);
  const table = settings.provider ? NATIVE_TYPES[settings.provider] : undefined;
  if (!table) return;
  const typeName = attribute.name.slice(attribute.name.indexOf('.') + 1);
  const native = table.get(typeName);
  if (!native) fail(`Native type ${typeName} does not exist for ${settings.provider}: fix the spelling or remove it`, attribute.pos);
  if (!native.types.includes(field.type))
    fail(`Native type ${typeName} does not fit a field of type ${field.type}: it is for ${native.types.join(' or ')}`, attribute.pos);
  const [min, max] = native.args;
  const count = attribute.args.length;
  const integers = attribute.args.every((arg) => arg.name === undefined && arg.expr?.kind === 'number' && Number.isInteger(arg.expr.value));
  if (count < min || count > max || !integers || (typeName === 'Decimal' && count === 1))
    fail(
      `Native type ${typeName} takes ${max === 0 ? 'no arguments' : `up to ${max} integer arguments`}: ${attribute.name}(...) is wrong`,
      attribute.pos,
    );
}

// ---------------------------------------------------------------- argument values

/** `@default` functions, with the field types each may fill (undefined: any type) and the providers it needs. */
const DEFAULT_FUNCTIONS: ReadonlyMap<string, { types?: readonly string[]; providers?: readonly string[] }> = new Map([
  ['autoincrement', { types: ['Int', 'BigInt'], providers: ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'cockroachdb'] }],
  ['now', { types: ['DateTime'] }],
  ['uuid', { types: ['String'] }],
  ['cuid', { types: ['String'] }],
  ['nanoid', { types: ['String'] }],
  ['ulid', { types: ['String'] }],
  ['dbgenerated', {}],
  ['auto', { providers: ['mongodb'] }],
  ['sequence', { types: ['Int', 'BigInt'], providers: ['cockroachdb'] }],
]);

/** The arguments a default function may take, as a test of the call's arguments. */
function defaultCallArgumentsValid(call: Extract<Expr, { kind: 'call' }>): boolean {
  const args = call.args;
  const only = args.length === 1 && args[0].name === undefined ? args[0].expr : undefined;
  if (args.length === 0) return true;
  if (call.name === 'uuid') return only?.kind === 'number' && (only.value === 4 || only.value === 7);
  if (call.name === 'cuid') return only?.kind === 'number' && only.value === 2;
  if (call.name === 'nanoid') return only?.kind === 'number' && Number.isInteger(only.value) && only.value >= 2 && only.value <= 255;
  if (call.name === 'dbgenerated') return only?.kind === 'string';
  return call.name === 'sequence';
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether a literal (not a function call) can be the default of a scalar or enum field of `type`. */
function literalFits(value: Expr, type: string, enumValues: ReadonlySet<string> | undefined): boolean {
  if (enumValues) return value.kind === 'ident' && enumValues.has(value.name);
  switch (type) {
    case 'String':
      return value.kind === 'string';
    case 'Int':
    case 'BigInt':
      return value.kind === 'number' && Number.isInteger(value.value);
    case 'Float':
      return value.kind === 'number';
    case 'Decimal':
      return value.kind === 'number' || (value.kind === 'string' && /^-?\d+(\.\d+)?$/.test(value.value));
    case 'Boolean':
      return value.kind === 'ident' && (value.name === 'true' || value.name === 'false');
    case 'DateTime':
      return value.kind === 'string' && RFC3339.test(value.value);
    case 'Json':
      return value.kind === 'string' && isJson(value.value);
    case 'Bytes':
      return value.kind === 'string' && BASE64.test(value.value);
    default:
      return true;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

interface DefaultTarget {
  name: string;
  type: string;
  list: boolean;
}

function checkDefault(
  attribute: Attribute,
  field: DefaultTarget,
  enumValues: ReadonlySet<string> | undefined,
  settings: SchemaSettings,
): void {
  const value = argument(attribute, 'value', 0)?.expr;
  if (!value) return;
  const where = (): string => `@default of "${field.name}"`;
  if (value.kind === 'call') {
    const fn = DEFAULT_FUNCTIONS.get(value.name);
    if (!fn)
      fail(
        `${where()}: ${value.name}() is not a default function; use autoincrement(), now(), uuid(), cuid(), dbgenerated("...")`,
        attribute.pos,
      );
    if (field.type.startsWith('Unsupported(') && value.name !== 'dbgenerated')
      fail(`${where()}: an Unsupported field takes only @default(dbgenerated("..."))`, attribute.pos);
    if (fn.types && !fn.types.includes(field.type))
      fail(`${where()}: ${value.name}() cannot fill a field of type ${field.type}`, attribute.pos);
    if (fn.providers && !fn.providers.includes(settings.provider ?? ''))
      fail(`${where()}: ${value.name}() is not available for ${settings.provider ?? 'this datasource'}`, attribute.pos);
    if (!defaultCallArgumentsValid(value)) fail(`${where()}: ${value.name}(...) is given arguments it does not take`, attribute.pos);
    return;
  }
  if (field.type.startsWith('Unsupported('))
    fail(`${where()}: an Unsupported field takes only @default(dbgenerated("..."))`, attribute.pos);
  if (field.list !== (value.kind === 'array'))
    fail(`${where()}: ${field.list ? 'a list field needs a list, such as []' : 'a single value is needed, not a list'}`, attribute.pos);
  const items = value.kind === 'array' ? value.items : [value];
  for (const item of items) {
    if (!literalFits(item, field.type, enumValues))
      fail(`${where()}: ${describeExpr(item)} is not a valid ${enumValues ? `value of enum ${field.type}` : field.type}`, attribute.pos);
  }
}

function describeExpr(expr: Expr): string {
  if (expr.kind === 'string') return JSON.stringify(expr.value);
  if (expr.kind === 'number') return String(expr.value);
  if (expr.kind === 'ident' || expr.kind === 'call') return expr.name;
  return 'a list';
}

const REFERENTIAL_ACTIONS: ReadonlySet<string> = new Set(['Cascade', 'Restrict', 'NoAction', 'SetNull', 'SetDefault']);
const MONGODB_ACTIONS: ReadonlySet<string> = new Set(['Cascade', 'Restrict', 'NoAction', 'SetNull']);
const SQLSERVER_ACTIONS: ReadonlySet<string> = new Set(['Cascade', 'NoAction', 'SetNull', 'SetDefault']);
const EMULATED_ACTIONS: ReadonlySet<string> = new Set(['Cascade', 'Restrict', 'SetNull']);
const POSTGRES_INDEX_TYPES: ReadonlySet<string> = new Set(['BTree', 'Hash', 'Gist', 'Gin', 'SpGist', 'Brin']);
const CONSTRAINT_NAME = /^[_a-zA-Z0-9]*$/;

function checkStringArgument(attribute: Attribute, name: string, position?: number): void {
  const arg = argument(attribute, name, position);
  if (arg && arg.expr?.kind !== 'string') fail(`@${attribute.name}: "${name}" must be a string in quotes, not ${arg.value}`, attribute.pos);
}

/** Sort orders in a list of columns (`[a(sort: Desc)]`) and in a field attribute's `sort:`. */
function checkSort(attribute: Attribute, expr: Expr | undefined): void {
  if (expr && !(expr.kind === 'ident' && (expr.name === 'Asc' || expr.name === 'Desc')))
    fail(`@${attribute.name}: sort must be Asc or Desc, not ${describeExpr(expr)}`, attribute.pos);
}

// ---------------------------------------------------------------- models and their fields

/** Length and clustering of indexes are MySQL and SQL Server features; these providers reject them. */
const NO_LENGTH_OR_CLUSTERING: ReadonlySet<string> = new Set(['postgresql', 'mongodb', 'sqlite', 'cockroachdb']);

function checkConstraintArguments(attribute: Attribute, settings: SchemaSettings, block: boolean): void {
  checkStringArgument(attribute, 'map');
  // Column arguments: the attribute's own for a field attribute, each listed column's for a block attribute.
  const columnArguments: Attribute[] = [attribute];
  if (block) {
    checkStringArgument(attribute, 'name');
    const name = argument(attribute, 'name')?.expr;
    if (attribute.name !== 'index' && name?.kind === 'string' && !CONSTRAINT_NAME.test(name.value))
      fail(`@@${attribute.name}: the name "${name.value}" may hold only letters a-z, A-Z, digits and _: rename it`, attribute.pos);
    const fields = argument(attribute, 'fields', 0)?.expr;
    columnArguments.length = 0;
    for (const item of fields?.kind === 'array' ? fields.items : [])
      if (item.kind === 'call') columnArguments.push({ ...attribute, args: item.args });
  }
  const unsupported = NO_LENGTH_OR_CLUSTERING.has(settings.provider ?? '');
  if (unsupported && argument(attribute, 'clustered'))
    fail(`${written(attribute, block)}: "clustered" is not supported by ${settings.provider}: remove it`, attribute.pos);
  for (const columns of columnArguments) {
    checkSort(attribute, argument(columns, 'sort')?.expr);
    if (unsupported && argument(columns, 'length'))
      fail(`${written(attribute, block)}: a length is not supported by ${settings.provider}: remove it`, attribute.pos);
    if (attribute.name === 'id' && settings.provider === 'postgresql' && argument(columns, 'sort'))
      fail(`${written(attribute, block)}: a primary key takes no sort order on postgresql: remove sort`, attribute.pos);
  }
}

/** `"Model.field"`, for messages; built only when a check fails. */
function where(field: GraphField): string {
  return `"${field.model.name}.${field.name}"`;
}

function checkFieldAttribute(attribute: Attribute, field: GraphField, graph: SchemaGraph, settings: SchemaSettings): void {
  switch (attribute.name) {
    case 'map':
      return checkStringArgument(attribute, 'name', 0);
    case 'default':
      if (field.isRelation) fail(`${where(field)} is a relation field and cannot have a @default: put it on the scalar key`, attribute.pos);
      checkStringArgument(attribute, 'map');
      if (argument(attribute, 'map') && settings.provider !== 'sqlserver')
        fail(`@default of ${where(field)}: a database name (map) for a default is only supported on SQL Server: remove it`, attribute.pos);
      return checkDefault(attribute, field, enumValues(graph, field.type), settings);
    case 'id':
    case 'unique':
      if (field.isRelation)
        fail(`@${attribute.name} on ${where(field)}: a relation field cannot be an id or unique; mark its key field`, attribute.pos);
      if (attribute.name === 'id' && (field.optional || field.list))
        fail(`@id on ${where(field)}: an id field must be required and not a list; remove the ? or []`, attribute.pos);
      return checkConstraintArguments(attribute, settings, false);
    case 'updatedAt':
      if (field.type !== 'DateTime' || field.list)
        fail(`@updatedAt on ${where(field)}: only a DateTime field can be @updatedAt`, attribute.pos);
      return;
    case 'relation':
      if (!field.isRelation)
        fail(`@relation on ${where(field)}: "${field.type}" is not a model; @relation belongs on relation fields`, attribute.pos);
      return checkRelationArguments(attribute, field, settings);
    default:
      if (attribute.name.includes('.')) checkNativeType(attribute, field.node, settings);
  }
}

/** The referential actions a relation may take: fewer when Prisma emulates relations instead of foreign keys. */
function allowedActions(settings: SchemaSettings): ReadonlySet<string> {
  if (settings.provider === 'mongodb') return MONGODB_ACTIONS;
  if (settings.provider === 'sqlserver' && !settings.emulatedRelations) return SQLSERVER_ACTIONS;
  return settings.emulatedRelations ? EMULATED_ACTIONS : REFERENTIAL_ACTIONS;
}

function checkRelationArguments(attribute: Attribute, field: GraphField, settings: SchemaSettings): void {
  for (const list of ['fields', 'references'])
    checkNamedOnce(columnNames(argument(attribute, list)?.expr), `@relation ${list} of ${where(field)}`, attribute);
  checkStringArgument(attribute, 'name', 0);
  checkStringArgument(attribute, 'map');
  const allowed = allowedActions(settings);
  for (const action of ['onDelete', 'onUpdate']) {
    const expr = argument(attribute, action)?.expr;
    if (expr && !(expr.kind === 'ident' && allowed.has(expr.name)))
      fail(
        `@relation on ${where(field)}: ${action} must be one of ${[...allowed].join(', ')} here, not ${describeExpr(expr)}`,
        attribute.pos,
      );
  }
}

const enumValueCache = new WeakMap<BlockNode, ReadonlySet<string>>();
function enumValues(graph: SchemaGraph, type: string): ReadonlySet<string> | undefined {
  const block = graph.enums.get(type);
  if (!block) return undefined;
  let values = enumValueCache.get(block);
  if (!values) enumValueCache.set(block, (values = new Set(block.values.map((v) => v.name))));
  return values;
}

function checkBlockAttribute(attribute: Attribute, model: GraphModel, settings: SchemaSettings): void {
  const where = `${model.node.kind} "${model.name}"`;
  if (attribute.name !== 'map' && attribute.name !== 'schema') {
    const list = argument(attribute, 'fields', 0)?.expr;
    if (list?.kind === 'string' || list?.kind === 'number')
      fail(`@@${attribute.name} on ${where}: fields are a list of field names, such as [a, b], not ${describeExpr(list)}`, attribute.pos);
    const columns = columnNames(list);
    checkNamedOnce(columns, `@@${attribute.name} on ${where}`, attribute);
    checkCompoundFields(attribute, model, columns);
    const path = settings.provider === 'mongodb' ? undefined : columns.find((name) => name.includes('.'));
    if (path) fail(`@@${attribute.name} on ${where} names "${path}": paths into composite types exist only on MongoDB`, attribute.pos);
  }
  switch (attribute.name) {
    case 'map':
    case 'schema':
      checkStringArgument(attribute, 'name', 0);
      if (attribute.name === 'schema') checkSchemaName(attribute, where, settings);
      return;
    case 'fulltext':
      if (settings.provider === 'postgresql')
        fail(`@@fulltext on ${where}: PostgreSQL has no fulltext indexes in Prisma; use @@index`, attribute.pos);
      return checkConstraintArguments(attribute, settings, true);
    case 'index':
      if (argument(attribute, 'name') && argument(attribute, 'map'))
        fail(`@@index on ${where}: give either name or map, not both (map is the database name)`, attribute.pos);
      if (argument(attribute, 'where') && !settings.previewFeatures.has('partialIndexes'))
        fail(`@@index on ${where}: where: needs the "partialIndexes" preview feature in the generator`, attribute.pos);
      checkIndexType(attribute, where, settings);
      return checkConstraintArguments(attribute, settings, true);
    case 'id':
    case 'unique':
      return checkConstraintArguments(attribute, settings, true);
  }
}

/** With `schemas = [...]` in the datasource, each model and enum names one of them in @@schema; without, none does. */
function checkSchemaName(attribute: Attribute, where: string, settings: SchemaSettings): void {
  const name = argument(attribute, 'name', 0)?.expr;
  if (!settings.schemas) fail(`@@schema on ${where}: the datasource lists no schemas; remove it or add schemas = [...]`, attribute.pos);
  if (name?.kind === 'string' && !settings.schemas.has(name.value))
    fail(`@@schema on ${where}: "${name.value}" is not in the datasource's schemas; add it there or fix the spelling`, attribute.pos);
}

function checkSchemaGiven(block: BlockNode, settings: SchemaSettings): void {
  if (settings.schemas && settings.schemas.size > 0 && !findAttribute(block.blockAttributes, 'schema'))
    fail(`${block.kind} "${block.name}" needs @@schema("..."): the datasource lists schemas`, block.pos);
}

/** A list of fields names each field once (a handful of names: scanning beats a set). */
function checkNamedOnce(names: readonly string[], what: string, attribute: Attribute): void {
  for (let i = 1; i < names.length; i++)
    if (names.indexOf(names[i]) < i) fail(`${what} names "${names[i]}" more than once: list each field once`, attribute.pos);
}

function checkIndexType(attribute: Attribute, where: string, settings: SchemaSettings): void {
  const type = argument(attribute, 'type')?.expr;
  if (!type || settings.provider === undefined) return;
  const known = type.kind === 'ident' && (settings.provider !== 'postgresql' || POSTGRES_INDEX_TYPES.has(type.name));
  if (!known)
    fail(`@@index on ${where}: index type ${describeExpr(type)} is not known; use ${[...POSTGRES_INDEX_TYPES].join(', ')}`, attribute.pos);
  if (settings.provider !== 'postgresql' && settings.provider !== 'cockroachdb')
    fail(`@@index on ${where}: an index type is not supported by ${settings.provider}`, attribute.pos);
}

/** The fields of a block id, unique or index: scalar fields, and for @@id required ones. */
function checkCompoundFields(attribute: Attribute, model: GraphModel, columns: readonly string[]): void {
  for (const name of columns) {
    const field = model.fieldByName.get(name);
    if (!field) continue;
    if (field.isRelation)
      fail(`@@${attribute.name} of "${model.name}" names the relation field "${name}": name its scalar key fields instead`, attribute.pos);
    if (attribute.name === 'id' && (field.optional || field.list))
      fail(`@@id of "${model.name}" names "${name}", which is optional or a list: id fields must be required`, attribute.pos);
  }
}

/** Ids and unique criteria: one id at most, and on a model (not a view) at least one criterion of required fields. */
function checkIdentity(model: GraphModel, settings: SchemaSettings): void {
  const where = `${model.node.kind} "${model.name}"`;
  const idFields = model.fields.filter((f) => findAttribute(f.node.attributes, 'id'));
  const compoundId = findAttribute(model.node.blockAttributes, 'id');
  if (idFields.length > 1)
    fail(`${where} marks ${idFields.length} fields with @id: use one, or @@id([...]) for a compound id`, idFields[1].node.pos);
  if (idFields.length > 0 && compoundId) fail(`${where} has both @id and @@id: keep one`, compoundId.pos);
  if (model.node.kind === 'view') {
    if (idFields.length > 0 || compoundId)
      fail(`view "${model.name}" cannot have a primary key: use @unique instead of @id`, (compoundId ?? idFields[0].node).pos);
    if (!settings.previewFeatures.has('views'))
      fail(`view "${model.name}" needs the "views" preview feature in the generator`, model.node.pos);
    checkViewIndexes(model);
    return;
  }
  if (settings.provider === 'mongodb') checkMongoIdentity(model, idFields);
  if (isIgnored(model) || idFields.length > 0 || compoundId) return;
  const requiredOnly = (names: string[]) =>
    names.length > 0 &&
    names.every((n) => {
      const f = model.fieldByName.get(n);
      return f !== undefined && !f.optional && !f.list;
    });
  const hasCriterion = model.indexes.some((index) => index.kind === 'unique' && requiredOnly(index.fields));
  if (!hasCriterion)
    fail(
      `${where} has no unique criterion of required fields: add an @id field, or @unique / @@unique([...]) on required fields`,
      model.node.pos,
    );
}

/** A view has no indexes of its own: no @@index, and its uniques take no database name. */
function checkViewIndexes(model: GraphModel): void {
  for (const index of model.indexes) {
    if (index.kind === 'index') fail(`view "${model.name}" cannot have indexes: remove the @@index`, index.pos);
    if (index.kind === 'unique' && index.name !== undefined) {
      const attributes = index.fieldLevel ? model.fieldByName.get(index.fields[0])?.node.attributes : model.node.blockAttributes;
      if (
        argument(
          attributes?.find((a) => a.pos === index.pos),
          'map',
        )
      )
        fail(`view "${model.name}": a unique on a view has no database index, so it takes no map: name; remove it`, index.pos);
    }
  }
}

function checkMongoIdentity(model: GraphModel, idFields: GraphField[]): void {
  const id = idFields[0];
  if (!id) fail(`MongoDB model "${model.name}" needs exactly one field marked @id (mapped to "_id")`, model.node.pos);
  if (findAttribute(id.node.attributes, 'unique'))
    fail(`MongoDB id "${model.name}.${id.name}" cannot also be @unique: the id is unique already; remove @unique`, id.node.pos);
  const map = findAttribute(id.node.attributes, 'map');
  const mapped = argument(map, 'name', 0)?.expr;
  if (!(mapped?.kind === 'string' && mapped.value === '_id'))
    fail(`MongoDB id "${model.name}.${id.name}" must be stored as _id: add @map("_id")`, id.node.pos);
  const value = argument(findAttribute(id.node.attributes, 'default'), 'value', 0)?.expr;
  if (value?.kind === 'call' && value.name === 'auto' && !id.node.attributes.some((a) => a.name.endsWith('.ObjectId')))
    fail(`MongoDB id "${model.name}.${id.name}" with @default(auto()) must be an ObjectId: add @db.ObjectId`, id.node.pos);
}

function checkModel(model: GraphModel, graph: SchemaGraph, settings: SchemaSettings): void {
  for (const field of model.fields) {
    const attributes = field.node.attributes;
    checkAttributeList(attributes, FIELD_ATTRIBUTES, false, (a) => isNativeTypeAttribute(a, settings));
    for (const attribute of attributes) checkFieldAttribute(attribute, field, graph, settings);
    if (settings.provider !== 'mongodb' && graph.compositeTypes?.has(field.type))
      fail(
        `Field "${model.name}.${field.name}" has the composite type ${field.type}: composite types exist only on MongoDB`,
        field.node.pos,
      );
    if (
      field.list &&
      settings.provider !== 'postgresql' &&
      settings.provider !== 'mongodb' &&
      settings.provider !== 'cockroachdb' &&
      !field.isRelation &&
      settings.provider
    )
      fail(`Field "${model.name}.${field.name}" is a list of scalars, which ${settings.provider} does not support`, field.node.pos);
  }
  checkAttributeList(model.node.blockAttributes, BLOCK_ATTRIBUTES, true, () => false);
  for (const attribute of model.node.blockAttributes) checkBlockAttribute(attribute, model, settings);
  if (model.node.kind === 'model') checkSchemaGiven(model.node, settings);
  checkIdentity(model, settings);
  checkColumnNames(model);
}

/**
 * Two fields of a model cannot be stored under one name (a field's @map against another field's name). Field names
 * are unique already, so only a model with a @map field needs the map of stored names.
 */
function checkColumnNames(model: GraphModel): void {
  if (!model.fields.some((field) => findAttribute(field.node.attributes, 'map'))) return;
  const stored = new Map<string, GraphField>();
  for (const field of model.fields) {
    if (field.isRelation) continue;
    const name = columnName(model, field.name);
    const earlier = stored.get(name);
    if (earlier)
      fail(`Fields "${earlier.name}" and "${field.name}" of "${model.name}" are both stored as "${name}": change one @map`, field.node.pos);
    stored.set(name, field);
  }
}

function checkCompositeType(block: BlockNode, graph: SchemaGraph, settings: SchemaSettings): void {
  const storedNames = new Map<string, string>();
  for (const field of block.fields) {
    checkAttributeList(field.attributes, TYPE_FIELD_ATTRIBUTES, false, (a) => isNativeTypeAttribute(a, settings));
    for (const attribute of field.attributes) {
      if (attribute.name === 'map') checkStringArgument(attribute, 'name', 0);
      else if (attribute.name === 'default') checkDefault(attribute, field, enumValues(graph, field.type), settings);
      else checkNativeType(attribute, field, settings);
    }
    if (graph.modelByName.has(field.type))
      fail(`Field "${block.name}.${field.name}": a composite type cannot hold a relation to a model`, field.pos);
    const stored = argument(findAttribute(field.attributes, 'map'), 'name', 0)?.expr;
    const name = stored?.kind === 'string' ? stored.value : field.name;
    const earlier = storedNames.get(name);
    if (earlier)
      fail(`Fields "${earlier}" and "${field.name}" of type "${block.name}" are both stored as "${name}": change one @map`, field.pos);
    storedNames.set(name, field.name);
  }
  checkAttributeList(block.blockAttributes, new Map(), true, () => false);
}

/**
 * Required, non-list composite fields must not lead back to their own type (`A { b B }`, `B { a A }`): no document
 * could ever be written. One depth-first walk over the types, each visited once.
 */
function checkCompositeCycles(types: ReadonlyMap<string, BlockNode>): void {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (block: BlockNode): void => {
    state.set(block.name, 'open');
    path.push(block.name);
    for (const field of block.fields) {
      const next = types.get(field.type);
      if (!next || field.optional || field.list) continue;
      if (state.get(next.name) === 'open')
        fail(
          `Field "${block.name}.${field.name}" closes an endless cycle of required composite types (${[...path.slice(path.indexOf(next.name)), next.name].join(' -> ')}): make one field optional or a list`,
          field.pos,
        );
      if (!state.has(next.name)) visit(next);
    }
    path.pop();
    state.set(block.name, 'done');
  };
  for (const block of types.values()) if (!state.has(block.name)) visit(block);
}

function checkEnum(block: BlockNode, settings: SchemaSettings): void {
  if (block.values.length === 0) fail(`enum "${block.name}" has no values: add at least one`, block.pos);
  for (const value of block.values) {
    checkAttributeList(value.attributes, ENUM_VALUE_ATTRIBUTES, false, () => false);
    for (const attribute of value.attributes) checkStringArgument(attribute, 'name', 0);
  }
  checkAttributeList(block.blockAttributes, ENUM_ATTRIBUTES, true, () => false);
  checkSchemaGiven(block, settings);
  for (const attribute of block.blockAttributes) {
    checkStringArgument(attribute, 'name', 0);
    if (attribute.name === 'schema') checkSchemaName(attribute, `enum "${block.name}"`, settings);
  }
  if (settings.provider === 'sqlite' || settings.provider === 'sqlserver')
    fail(`enum "${block.name}": ${settings.provider} has no enums`, block.pos);
}

/** Names the generated client cannot give a model, view or enum (JavaScript keywords and its own class). */
const RESERVED_NAMES: ReadonlySet<string> = new Set(
  (
    'PrismaClient async await break case catch class const continue debugger default delete do else enum export extends false ' +
    'finally for function if implements import in instanceof interface let new null package private protected public return ' +
    'super switch this throw true try typeof var void while with yield'
  ).split(' '),
);

function checkName(block: BlockNode): void {
  if (block.kind === 'datasource' || block.kind === 'generator') {
    if (SCALAR_TYPES.has(block.name))
      fail(`${block.kind} "${block.name}": ${block.name} is a built-in scalar type; choose another name`, block.pos);
    return;
  }
  if (SCALAR_TYPES.has(block.name))
    fail(`${block.kind} "${block.name}": ${block.name} is a built-in scalar type; choose another name`, block.pos);
  if (RESERVED_NAMES.has(block.name))
    fail(
      `${block.kind} "${block.name}": the name is reserved by the generated client; rename it (keep the table name with @@map)`,
      block.pos,
    );
}

/**
 * Checks what Prisma's validator checks beyond names (see the top of this file); throws `SchemaParseError` at the
 * first problem. Runs on a built graph: relations are resolved and paired.
 */
export function validateSchema(graph: SchemaGraph): void {
  const settings = schemaSettings(graph);
  for (const file of graph.files)
    for (const block of file.blocks) if (block.kind === 'datasource' || block.kind === 'generator') checkName(block);
  for (const block of graph.enums.values()) {
    checkName(block);
    checkEnum(block, settings);
  }
  if (graph.compositeTypes) {
    for (const block of graph.compositeTypes.values()) {
      if (settings.provider !== 'mongodb')
        fail(`type "${block.name}": composite types exist only on MongoDB; use a model or Json`, block.pos);
      checkCompositeType(block, graph, settings);
    }
    checkCompositeCycles(graph.compositeTypes);
  }
  for (const model of graph.models) {
    checkName(model.node);
    checkModel(model, graph, settings);
  }
  checkRelations(graph, settings);
  checkConstraintNames(graph, settings);
}

// ---------------------------------------------------------------- relations

function relationWhere(relation: GraphRelation): string {
  return `relation field "${relation.from.name}.${relation.field.name}"`;
}

/** Every relation field has exactly one opposite field, and names tell apart two relations between the same models. */
function checkPairing(graph: SchemaGraph): void {
  const fieldsPerName = new Map<string, number>();
  for (const model of graph.models) {
    for (const relation of model.relations) {
      const key = `${model.name}\u0000${relation.to.name}\u0000${relation.name}`;
      const count = (fieldsPerName.get(key) ?? 0) + 1;
      fieldsPerName.set(key, count);
      if (count > (relation.to === model ? 2 : 1))
        fail(
          `${relationWhere(relation)} is ambiguous: more fields than one relation needs share the name "${relation.name}" between "${model.name}" and "${relation.to.name}"; give each relation its own name with @relation("...") on both sides`,
          relation.field.node.pos,
        );
    }
  }
  for (const model of graph.models) {
    for (const relation of model.relations) {
      if (!relation.opposite)
        fail(
          `${relationWhere(relation)} has no opposite field on "${relation.to.name}": add a field of type ${model.name} there (with the same @relation name)`,
          relation.field.node.pos,
        );
    }
  }
}

function defines(relation: GraphRelation): boolean {
  const attribute = findAttribute(relation.field.node.attributes, 'relation');
  return ['fields', 'references', 'onDelete', 'onUpdate'].some((name) => argument(attribute, name) !== undefined);
}

function singleIdField(model: GraphModel): boolean {
  return model.fields.some((f) => findAttribute(f.node.attributes, 'id'));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name) => b.includes(name));
}

function isUniqueCriterion(model: GraphModel, names: readonly string[]): boolean {
  return model.indexes.some((index) => index.kind !== 'index' && sameSet(index.fields, names));
}

/** The side that holds the key: its fields and references, their count, types and uniqueness. */
function checkDefiningSide(relation: GraphRelation, oneToOne: boolean): void {
  const where = relationWhere(relation);
  const pos = relation.field.node.pos;
  if (relation.fields.length === 0 || relation.references.length === 0)
    fail(`${where} needs both fields: [...] and references: [...] in its @relation`, pos);
  if (relation.fields.length !== relation.references.length)
    fail(`${where} names ${relation.fields.length} fields and ${relation.references.length} references: give as many of each`, pos);
  if (!isUniqueCriterion(relation.to, relation.references))
    fail(
      `${where}: references [${relation.references.join(', ')}] must be an @id or @unique of "${relation.to.name}"; add @unique there`,
      pos,
    );
  let anyOptional = false;
  relation.fields.forEach((name, i) => {
    const field = relation.from.fieldByName.get(name);
    const referenced = relation.to.fieldByName.get(relation.references[i]);
    if (!field || !referenced) return;
    if (field.isRelation) fail(`${where}: fields names the relation field "${name}"; name its scalar key field`, pos);
    if (field.type !== referenced.type || field.list !== referenced.list)
      fail(
        `${where}: "${name}" is ${field.type} but references "${relation.to.name}.${referenced.name}" of type ${referenced.type}: make the types equal`,
        pos,
      );
    anyOptional ||= field.optional;
  });
  if (anyOptional && !relation.field.optional) fail(`${where} is required but its key fields are optional: make it optional (add ?)`, pos);
  if (oneToOne && !isUniqueCriterion(relation.from, relation.fields))
    fail(`${where} is one-to-one, so its key [${relation.fields.join(', ')}] must be unique: add @unique (or @@unique)`, pos);
}

function checkRelationPair(relation: GraphRelation, opposite: GraphRelation, settings: SchemaSettings): void {
  const where = relationWhere(relation);
  const pos = relation.field.node.pos;
  if (relation.field.list && opposite.field.list) {
    if (defines(relation)) fail(`${where} is part of a many-to-many relation, which takes no fields, references or actions`, pos);
    if (settings.provider === 'mongodb')
      fail(`${where}: MongoDB has no implicit many-to-many relations; hold a list of ids with @db.ObjectId instead`, pos);
    if (!singleIdField(relation.to))
      fail(`${where}: many-to-many relations need a single @id field on "${relation.to.name}"; use an explicit join model`, pos);
    return;
  }
  if (relation.field.list || (!opposite.field.list && defines(opposite) && !defines(relation))) {
    if (defines(relation))
      fail(
        `${where} is the list side or the other side defines the key: move fields, references and actions to "${opposite.from.name}.${opposite.field.name}"`,
        pos,
      );
    if (!relation.field.list && !relation.field.optional)
      fail(
        `${where} must be optional (add ?): the key is on "${opposite.from.name}.${opposite.field.name}", so it cannot be enforced`,
        pos,
      );
    return;
  }
  if (!opposite.field.list && defines(opposite) && defines(relation))
    fail(
      `${where} and "${opposite.from.name}.${opposite.field.name}" both define the key of one relation: keep fields and references on one side`,
      pos,
    );
  if (!defines(relation)) {
    if (opposite.field.list) fail(`${where} needs @relation(fields: [...], references: [...]): it holds the key`, pos);
    fail(
      `${where} and "${opposite.from.name}.${opposite.field.name}" form a one-to-one relation: one side needs @relation(fields: [...], references: [...])`,
      pos,
    );
  }
  checkDefiningSide(relation, !opposite.field.list);
}

function isIgnored(model: GraphModel): boolean {
  return findAttribute(model.node.blockAttributes, 'ignore') !== undefined;
}

function checkRelations(graph: SchemaGraph, settings: SchemaSettings): void {
  checkPairing(graph);
  for (const model of graph.models) {
    for (const relation of model.relations) {
      if (isIgnored(relation.to) && !isIgnored(model) && !findAttribute(relation.field.node.attributes, 'ignore'))
        fail(
          `${relationWhere(relation)} points at "${relation.to.name}", which is @@ignore'd: add @ignore to the field`,
          relation.field.node.pos,
        );
    }
  }
  const byField = new Map<GraphField, GraphRelation>();
  for (const model of graph.models) for (const relation of model.relations) byField.set(relation.field, relation);
  for (const model of graph.models) {
    for (const relation of model.relations) checkRelationPair(relation, byField.get(relation.opposite!)!, settings);
  }
}

// ---------------------------------------------------------------- constraint names

/** PostgreSQL's identifier limit; Prisma shortens longer default names, which this check leaves out. */
const MAX_IDENTIFIER = 63;

function columnName(model: GraphModel, name: string): string {
  const field = model.fieldByName.get(name);
  const mapped = field ? argument(findAttribute(field.node.attributes, 'map'), 'name', 0)?.expr : undefined;
  return mapped?.kind === 'string' ? mapped.value : name;
}

/**
 * The database name of an id, unique or index: its `map:` (or an index's `name:`), or Prisma's default name. The graph
 * keeps `map:` (or `name:` where that is the database name) on the index; only a block id or unique also naming
 * its client name (`name:`) needs its attribute read again.
 */
function constraintName(model: GraphModel, index: GraphModel['indexes'][number]): string | undefined {
  if (index.name !== undefined) {
    if (index.kind === 'index' || index.fieldLevel) return index.name;
    const map = argument(
      model.node.blockAttributes.find((a) => a.pos === index.pos),
      'map',
    )?.expr;
    if (map?.kind === 'string') return map.value;
  }
  if (index.kind === 'id') return `${model.dbName}_pkey`;
  let name = model.dbName;
  for (const field of index.fields) name += `_${columnName(model, field)}`;
  name += index.kind === 'unique' ? '_key' : '_idx';
  return name.length <= MAX_IDENTIFIER ? name : undefined;
}

/** On MongoDB, a collection's indexes and uniques share one namespace, and no two of them cover the same fields. */
function checkMongoIndexes(model: GraphModel): void {
  const names = new Set<string>();
  const fieldLists = new Set<string>();
  for (const index of model.indexes) {
    if (index.kind === 'id') continue;
    const fields = index.fields.join('\u0000');
    if (fieldLists.has(fields))
      fail(`"${model.name}" already has an index over [${index.fields.join(', ')}]: remove the second one`, index.pos);
    fieldLists.add(fields);
    const name = constraintName(model, index);
    if (name === undefined) continue;
    if (names.has(name)) fail(`The index name "${name}" is used twice in "${model.name}": give one of them another map: name`, index.pos);
    names.add(name);
  }
  for (const attribute of model.node.blockAttributes) {
    if (attribute.name !== 'fulltext') continue;
    const fields = columnNames(argument(attribute, 'fields', 0)?.expr);
    if (fieldLists.has(fields.join('\u0000')))
      fail(`"${model.name}" already has an index over [${fields.join(', ')}]: remove the @@fulltext or the other index`, attribute.pos);
  }
}

/** A foreign key's database name: its `map:`, or Prisma's default name. */
function foreignKeyName(relation: GraphRelation): string | undefined {
  const explicit = argument(findAttribute(relation.field.node.attributes, 'relation'), 'map')?.expr;
  if (explicit?.kind === 'string') return explicit.value;
  const name = `${relation.from.dbName}_${relation.fields.map((f) => columnName(relation.from, f)).join('_')}_fkey`;
  return name.length <= MAX_IDENTIFIER ? name : undefined;
}

/**
 * On PostgreSQL, primary keys, unique constraints and indexes share one namespace per database schema, and a
 * table's foreign keys may not take a name its own constraints or indexes use.
 */
function checkConstraintNames(graph: SchemaGraph, settings: SchemaSettings): void {
  if (settings.provider === 'mongodb') for (const model of graph.models) checkMongoIndexes(model);
  if (settings.provider !== 'postgresql') return;
  const taken = new Map<string, GraphModel>();
  for (const model of graph.models) {
    if (model.node.kind === 'view' || isIgnored(model)) continue;
    const schema = argument(findAttribute(model.node.blockAttributes, 'schema'), 'name', 0)?.value ?? '';
    const onTable = new Set<string>();
    for (const index of model.indexes) {
      const name = constraintName(model, index);
      if (name === undefined) continue;
      const earlier = taken.get(`${schema}\u0000${name}`);
      if (earlier)
        fail(
          `The constraint name "${name}" of ${model.node.kind} "${model.name}" is already used in "${earlier.name}": give one of them another map: name`,
          index.pos,
        );
      taken.set(`${schema}\u0000${name}`, model);
      onTable.add(name);
    }
    for (const relation of model.relations) {
      const name = relation.fields.length > 0 ? foreignKeyName(relation) : undefined;
      if (name === undefined) continue;
      if (onTable.has(name))
        fail(
          `The foreign key name "${name}" of "${model.name}.${relation.field.name}" is already used on that table: give it another map: name`,
          relation.field.node.pos,
        );
      onTable.add(name);
    }
  }
}
