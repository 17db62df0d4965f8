/** What the seed knows about a Prisma schema: read from Prisma's own DMMF plus the comments DMMF drops. */

export type ScalarType = 'String' | 'Int' | 'BigInt' | 'Float' | 'Decimal' | 'Boolean' | 'DateTime' | 'Json' | 'Bytes';

export interface FieldInfo {
  name: string;
  /** Database column name (the field name unless @map renames it). */
  column: string;
  kind: 'scalar' | 'enum';
  /** Scalar type, or the enum's name when kind is 'enum'. */
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefault: boolean;
  /** DMMF default: a literal, a list of literals, or { name: 'now' | 'cuid' | 'autoincrement' | 'dbgenerated' ... }. */
  default?: unknown;
  nativeType?: [string, string[]] | null;
  /** All `//` and `///` comment text attached to the field (line above and end of line), joined. */
  comment: string;
  /** 1-based line of the field in the schema file. */
  line: number;
  /**
   * Allowed values listed in the comment (lifecycle comments on status fields), the enum's values, or for an Int the
   * integers a comment lists (`// -1 | 1`), as strings.
   */
  allowedValues: string[];
  /** Set when this scalar holds a foreign key (part of a relation's `fields`). */
  foreignKey?: RelationInfo;
}

export interface RelationInfo {
  /** Relation field name on the model that holds the foreign key. */
  name: string;
  /** Model the foreign key points at. */
  target: string;
  /** Scalar fields holding the key, and the target fields they reference (same order). */
  fields: string[];
  references: string[];
  /** True when every key field is required (NOT NULL). */
  isRequired: boolean;
  /** True when the key fields alone are unique on this model: a one-to-one relation. */
  isOneToOne: boolean;
  onDelete?: string;
  relationName: string;
}

export interface ModelInfo {
  name: string;
  table: string;
  comment: string;
  line: number;
  /** Fields that are database columns, in declaration order. */
  fields: FieldInfo[];
  fieldByName: Map<string, FieldInfo>;
  /** Primary key fields (a single id, or a composite @@id). */
  primaryKey: string[];
  /** Foreign keys this model holds. */
  relations: RelationInfo[];
  /** Every unique constraint as a list of field names (single @unique, @@unique, composite @@id). */
  uniques: string[][];
  /** Name of the scalar that relates directly to the tenant model, if any. */
  tenantField?: string;
  /** True when the tenant key is a bare scalar with no relation (no foreign key in the database). */
  tenantFieldIsSoft: boolean;
}

export interface EnumInfo {
  name: string;
  values: string[];
}

export interface SchemaInfo {
  /** sha256 of the schema text. */
  hash: string;
  path: string;
  models: ModelInfo[];
  modelByName: Map<string, ModelInfo>;
  enums: Map<string, EnumInfo>;
  /** The model other models hang off (the one named Tenant). */
  tenantModel?: string;
}
