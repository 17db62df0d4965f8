import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { legacySchemaFile } from '@leadmetrics/db';
import { parseAllowedIntegers, parseAllowedValues } from './comments.js';
import type { EnumInfo, FieldInfo, ModelInfo, RelationInfo, SchemaInfo } from './types.js';

/** The legacy schema as reviewed; the seed fills the database it describes. */
export const LEGACY_SCHEMA_PATH = legacySchemaFile;

const require = createRequire(import.meta.url);

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  isList: boolean;
  isRequired: boolean;
  isUnique: boolean;
  isId: boolean;
  hasDefaultValue: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  isUpdatedAt: boolean;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
  uniqueFields: string[][];
  uniqueIndexes: { name: string | null; fields: string[] }[];
  documentation?: string;
}
interface DmmfEnum {
  name: string;
  values: { name: string; dbName: string | null }[];
}

/** Comments Prisma's DMMF does not carry (`//`), keyed by model and field, with line numbers. */
interface RawComments {
  models: Map<string, { line: number; comment: string; file?: string; fields: Map<string, { line: number; comment: string }> }>;
}

function stripTrailingComment(line: string): { code: string; comment: string } {
  let inString = false;
  for (let i = 0; i < line.length - 1; i++) {
    const ch = line[i];
    if (ch === '"' && line[i - 1] !== '\\') inString = !inString;
    if (!inString && ch === '/' && line[i + 1] === '/') {
      return {
        code: line.slice(0, i),
        comment: line
          .slice(i)
          .replace(/^\/{2,3}\s?/, '')
          .trim(),
      };
    }
  }
  return { code: line, comment: '' };
}

/** Reads the comment lines above each model and field and the comment at the end of each field line. */
export function readComments(text: string): RawComments {
  const models: RawComments['models'] = new Map();
  const lines = text.split(/\r?\n/);
  let pending: string[] = [];
  let current: ReturnType<RawComments['models']['get']> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    if (trimmed.startsWith('//')) {
      pending.push(trimmed.replace(/^\/{2,3}\s?/, '').trim());
      continue;
    }
    if (trimmed === '') {
      pending = [];
      continue;
    }
    const modelStart = /^(model|view)\s+(\w+)\s*\{/.exec(trimmed);
    if (modelStart) {
      const { comment } = stripTrailingComment(raw);
      current = { line: i + 1, comment: [...pending, comment].filter(Boolean).join(' '), fields: new Map() };
      models.set(modelStart[2]!, current);
      pending = [];
      continue;
    }
    if (trimmed.startsWith('}')) {
      current = undefined;
      pending = [];
      continue;
    }
    if (current && !trimmed.startsWith('@@')) {
      const { code, comment } = stripTrailingComment(raw);
      const field = /^\s*(\w+)\s+\S/.exec(code);
      if (field) {
        current.fields.set(field[1]!, { line: i + 1, comment: [...pending, comment].filter(Boolean).join(' ') });
      }
    }
    pending = [];
  }
  return { models };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Reads a Prisma schema into the seed's model description. Prisma's own parser (prisma-schema-wasm) supplies the
 * structure, so the seed agrees with Prisma on every relation and constraint; the comments come from the text.
 */
export function loadSchema(path: string = LEGACY_SCHEMA_PATH): SchemaInfo {
  let files: [string, string][];
  try {
    // A folder is a multi-file schema (one file per domain, as the corrected schema is written).
    files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.prisma'))
          .sort()
          .map((f) => [join(path, f), readFileSync(join(path, f), 'utf8')])
      : [[path, readFileSync(path, 'utf8')]];
  } catch (error) {
    throw new Error(
      `Cannot read the Prisma schema at ${path} (${(error as Error).message}). ` +
        'The seed reads packages/db/prisma/legacy/schema.prisma by default; pass schemaPath to use another file or folder.',
      { cause: error },
    );
  }
  if (files.length === 0) throw new Error(`${path} holds no .prisma file.`);
  return parseSchema(files, path);
}

type RawModel = RawComments['models'] extends Map<string, infer V> ? V : never;

// Prisma colours its error text for a terminal; the colour codes start with the ESC control character.
// eslint-disable-next-line no-control-regex -- matching ESC is the point: it strips ANSI colour codes
const ANSI_COLOUR = /\u001b\[[0-9;]*m/g;

/** Prisma's own reading of the schema: get_datamodel, the `datamodel` part of get_dmmf. */
function readDatamodel(files: [string, string][], path: string): { models: DmmfModel[]; enums: DmmfEnum[] } {
  const wasm = require('@prisma/prisma-schema-wasm') as { get_datamodel(params: string): string };
  try {
    // get_datamodel returns the same JSON as get_dmmf's datamodel without building the query schema, which takes
    // seconds for 122 models.
    return JSON.parse(wasm.get_datamodel(JSON.stringify({ prismaSchema: files.length === 1 ? files[0]![1] : files })));
  } catch (error) {
    const message = String((error as Error).message ?? error).replace(ANSI_COLOUR, '');
    throw new Error(`Prisma rejected the schema ${path}:\n${message.slice(0, 4000)}`, { cause: error });
  }
}

/** Comments per model; model names are unique across the files of one schema. */
function commentsOf(files: [string, string][]): RawComments {
  const comments: RawComments = { models: new Map() };
  for (const [file, text] of files) {
    for (const [name, model] of readComments(text).models) comments.models.set(name, { ...model, file: basename(file) });
  }
  return comments;
}

/** Every set of fields the model keeps unique (primary key first), each set once. */
function uniquesOf(m: DmmfModel, primaryKey: string[]): string[][] {
  const uniques: string[][] = [];
  const addUnique = (fields: string[]) => {
    if (!uniques.some((u) => sameSet(u, fields))) uniques.push(fields);
  };
  if (primaryKey.length > 0) addUnique(primaryKey);
  for (const f of m.fields) if (f.isUnique) addUnique([f.name]);
  for (const u of m.uniqueFields) addUnique(u);
  for (const u of m.uniqueIndexes) addUnique(u.fields);
  return uniques;
}

/** The relations whose foreign key the model holds; one-to-one when the key is unique. */
function relationsOf(m: DmmfModel, uniques: string[][]): RelationInfo[] {
  const relations: RelationInfo[] = [];
  for (const f of m.fields) {
    if (f.kind !== 'object' || !f.relationFromFields || f.relationFromFields.length === 0) continue;
    const keyFields = f.relationFromFields;
    const required = keyFields.every((k) => m.fields.find((x) => x.name === k)?.isRequired);
    relations.push({
      name: f.name,
      target: f.type,
      fields: keyFields,
      references: f.relationToFields ?? [],
      isRequired: required,
      isOneToOne: uniques.some((u) => sameSet(u, keyFields)),
      onDelete: f.relationOnDelete,
      relationName: f.relationName ?? '',
    });
  }
  return relations;
}

/** The model's columns, with the values their comments allow. */
function fieldsOf(m: DmmfModel, raw: RawModel | undefined, enums: Map<string, EnumInfo>, path: string): FieldInfo[] {
  const fields: FieldInfo[] = [];
  for (const f of m.fields) {
    if (f.kind === 'object') continue;
    if (f.kind === 'unsupported') {
      if (f.isRequired && !f.hasDefaultValue) {
        throw new Error(`${path}: ${m.name}.${f.name} has an Unsupported type without a default; the seed cannot fill it.`);
      }
      continue;
    }
    const rawField = raw?.fields.get(f.name);
    const comment = rawField?.comment ?? '';
    const allowed =
      f.kind === 'enum'
        ? (enums.get(f.type)?.values ?? [])
        : f.type === 'String'
          ? parseAllowedValues(comment, typeof f.default === 'string' ? f.default : undefined)
          : f.type === 'Int'
            ? parseAllowedIntegers(comment).map(String)
            : [];
    fields.push({
      name: f.name,
      column: f.dbName ?? f.name,
      kind: f.kind,
      type: f.type,
      isList: f.isList,
      isRequired: f.isRequired,
      isId: f.isId || (m.primaryKey?.fields.includes(f.name) ?? false),
      isUnique: f.isUnique,
      isUpdatedAt: f.isUpdatedAt,
      hasDefault: f.hasDefaultValue,
      default: f.default,
      nativeType: f.nativeType ?? null,
      comment,
      line: rawField?.line ?? 0,
      allowedValues: allowed,
    });
  }
  return fields;
}

/**
 * The tenant key: a relation to Tenant (preferring the field called tenantId), else a bare `tenantId` scalar with no
 * relation, which still says which tenant a row belongs to.
 */
function tenantKeyOf(
  m: DmmfModel,
  relations: RelationInfo[],
  fieldByName: Map<string, FieldInfo>,
  tenantModel: string | undefined,
): { tenantField?: string; tenantFieldIsSoft: boolean } {
  const tenantRelations = tenantModel
    ? relations.filter((r) => r.target === tenantModel && r.fields.length === 1 && m.name !== tenantModel)
    : [];
  const tenantRelation = tenantRelations.find((r) => r.fields[0] === 'tenantId') ?? tenantRelations[0];
  const softTenant = !tenantRelation && m.name !== tenantModel && fieldByName.get('tenantId')?.type === 'String' ? 'tenantId' : undefined;
  return { tenantField: tenantRelation?.fields[0] ?? softTenant, tenantFieldIsSoft: softTenant !== undefined };
}

function modelInfo(
  m: DmmfModel,
  raw: RawModel | undefined,
  enums: Map<string, EnumInfo>,
  tenantModel: string | undefined,
  path: string,
): ModelInfo {
  const primaryKey = m.primaryKey?.fields ?? m.fields.filter((f) => f.isId).map((f) => f.name);
  const uniques = uniquesOf(m, primaryKey);
  const relations = relationsOf(m, uniques);
  const fields = fieldsOf(m, raw, enums, path);
  const fieldByName = new Map(fields.map((f) => [f.name, f]));
  for (const r of relations) for (const k of r.fields) fieldByName.get(k)!.foreignKey = r;
  const { tenantField, tenantFieldIsSoft } = tenantKeyOf(m, relations, fieldByName, tenantModel);
  return {
    name: m.name,
    table: m.dbName ?? m.name,
    comment: [m.documentation ?? '', raw?.comment ?? ''].filter(Boolean).join(' '),
    line: raw?.line ?? 0,
    fields,
    fieldByName,
    primaryKey,
    relations,
    uniques,
    tenantField,
    tenantFieldIsSoft,
  };
}

export function parseSchema(input: string | [string, string][], path = '<inline>'): SchemaInfo {
  const files: [string, string][] = typeof input === 'string' ? [[path, input]] : input;
  const datamodel = readDatamodel(files, path);
  const comments = commentsOf(files);

  const enums = new Map<string, EnumInfo>();
  for (const e of datamodel.enums) {
    enums.set(e.name, { name: e.name, values: e.values.map((v) => v.dbName ?? v.name) });
  }

  const tenantModel = datamodel.models.find((m) => m.name === 'Tenant')?.name;
  const models = datamodel.models.map((m) => modelInfo(m, comments.models.get(m.name), enums, tenantModel, path));

  const hash = createHash('sha256');
  for (const [file, text] of files) hash.update(files.length === 1 ? text : `${basename(file)}\u0000${text}\u0000`);
  return {
    hash: hash.digest('hex'),
    path,
    models,
    modelByName: new Map(models.map((m) => [m.name, m])),
    enums,
    tenantModel,
  };
}
