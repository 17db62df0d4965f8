/**
 * The contracts between the parser, the schema graph, the rules and the formatters.
 * Data flows one way: text -> SchemaAst (parser) -> SchemaGraph (graph) -> Report[] (rules) -> output (formatters).
 */

/** 1-based line and column, as editors and ESLint show them. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

// ---------------------------------------------------------------- AST (parser output)

export interface AttributeArg {
  /** Named argument (`fields: [a]`) or undefined for positional ones. */
  name?: string;
  /** The argument's source text, trimmed (`[tenantId, keyword]`, `Cascade`, `"RepurposedContent"`, `now()`). */
  value: string;
  /** The parsed value (string literals unescaped, lists as items, `now()` as a call); set by the parser. */
  expr?: Expr;
}

/** A parsed attribute argument or assignment value. */
export type Expr =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'array'; items: readonly Expr[] }
  | { kind: 'call'; name: string; args: readonly AttributeArg[] }
  | { kind: 'ident'; name: string };

export interface Attribute {
  /** Without the `@`/`@@`: `id`, `unique`, `relation`, `default`, `index`, `map`, `db.Text` ... */
  name: string;
  args: readonly AttributeArg[];
  pos: Position;
}

export interface FieldNode {
  kind: 'field';
  name: string;
  /** Base type name without modifiers: `String`, `Int`, `Json`, `Tenant`, `Unsupported("...")`. */
  type: string;
  optional: boolean;
  list: boolean;
  attributes: readonly Attribute[];
  /** `///` lines directly above the field, joined with newlines (marker stripped). */
  doc?: string;
  /** `//` comment at the end of the field's line (marker stripped), and plain `//` lines directly above. */
  comment?: string;
  pos: Position;
}

export interface BlockAttributeNode {
  kind: 'blockAttribute';
  attribute: Attribute;
}

export type BlockKind = 'model' | 'view' | 'type' | 'enum' | 'datasource' | 'generator';

export interface EnumValueNode {
  name: string;
  attributes: readonly Attribute[];
  doc?: string;
  comment?: string;
  pos: Position;
}

export interface BlockNode {
  kind: BlockKind;
  name: string;
  doc?: string;
  comment?: string;
  fields: FieldNode[];
  blockAttributes: Attribute[];
  /** enum blocks only */
  values: EnumValueNode[];
  /** datasource / generator blocks: `key = value` pairs (value as source text) */
  assignments: { key: string; value: string; pos: Position }[];
  pos: Position;
  endLine: number;
}

/** An inline suppression: `// lint-ignore <rule-id>: <reason>` applies to the next declaration line (or its own line). */
export interface Suppression {
  ruleId: string;
  reason?: string;
  /** The line the suppression applies to. */
  targetLine: number;
  pos: Position;
}

export interface SchemaFileAst {
  file: string;
  blocks: BlockNode[];
  suppressions: Suppression[];
  lineCount: number;
}

export class SchemaParseError extends Error {
  /** The explanation alone, without the `file:line:col: ` prefix of `message`. */
  public readonly detail: string;

  constructor(
    message: string,
    public readonly pos: Position,
  ) {
    super(`${pos.file}:${pos.line}:${pos.column}: ${message}`);
    this.name = 'SchemaParseError';
    this.detail = message;
  }
}

/** A mistake in how the linter was called or configured (bad option, unknown rule, missing file): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Why the system would not let us read `path` (`error` from fs), as a UsageError saying what to check. */
export function unreadablePathError(path: string, error: unknown, what = 'file or folder'): UsageError {
  const code = (error as { code?: string } | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new UsageError(`${path}: no such ${what}`);
    case 'EACCES':
    case 'EPERM':
      return new UsageError(
        `${path}: permission denied (the ${what}, or a folder above it, is closed to this user); check its permissions`,
      );
    case 'ELOOP':
      return new UsageError(`${path}: a loop of symbolic links; fix the link`);
    default:
      return new UsageError(`${path}: cannot be read (${code ?? (error as Error)?.message ?? String(error)})`);
  }
}

// ---------------------------------------------------------------- Schema graph

export interface GraphField {
  model: GraphModel;
  node: FieldNode;
  name: string;
  /** Scalar type (`String`...), an enum name, a composite type name, or a model name for relation fields. */
  type: string;
  optional: boolean;
  list: boolean;
  isRelation: boolean;
  isEnum: boolean;
  /** What is written about the field: its `///` doc and its trailing comment, joined; '' when nothing. */
  commentText: string;
}

export type ReferentialAction = 'Cascade' | 'SetNull' | 'Restrict' | 'NoAction' | 'SetDefault';

export interface GraphRelation {
  /** The model holding the relation field. */
  from: GraphModel;
  field: GraphField;
  to: GraphModel;
  /** Relation name from @relation("Name") or derived. */
  name?: string;
  /** Scalar fields of `from` holding the key (`fields: [...]`), empty on the back-relation side. */
  fields: string[];
  references: string[];
  onDelete?: ReferentialAction;
  onUpdate?: ReferentialAction;
  /** The field on `to` pointing back, when resolved. */
  opposite?: GraphField;
}

export interface GraphIndex {
  kind: 'id' | 'unique' | 'index';
  fields: string[];
  name?: string;
  /** Declared as a field attribute (`@unique`) rather than a block attribute (`@@unique`). */
  fieldLevel: boolean;
  pos: Position;
}

export interface GraphModel {
  /** Model or view name (`node.kind` tells which). */
  name: string;
  node: BlockNode;
  fields: GraphField[];
  fieldByName: Map<string, GraphField>;
  /** Relations this model declares (both owning and back sides). */
  relations: GraphRelation[];
  /**
   * Owning relations of other models (or this one) that point at this model: its child tables. Set by buildGraph;
   * use it instead of scanning every model, which makes a rule quadratic in the number of models.
   */
  referencedBy?: GraphRelation[];
  indexes: GraphIndex[];
  /** The scalar field holding the tenant key, if the model is tenant-scoped. */
  tenantField?: GraphField;
  /** The relation through which the tenant key is enforced, if any. */
  tenantRelation?: GraphRelation;
  /** Table name (@@map) or the model name. */
  dbName: string;
  /** What is written about the model: its `///` doc and its comment, joined; '' when nothing. */
  commentText: string;
}

export interface SchemaGraph {
  files: SchemaFileAst[];
  /** Models and views (`node.kind` tells which) in declaration order; composite types are not models. */
  models: GraphModel[];
  modelByName: Map<string, GraphModel>;
  enums: Map<string, BlockNode>;
  /** Composite types (`type X { ... }` blocks), by name. */
  compositeTypes?: Map<string, BlockNode>;
  /** The model that plays the tenant (referenced by the most models through one key name), if any. */
  tenantModel?: GraphModel;
  /** The scalar field name used as tenant key (`tenantId`, `organizationId`, ...), if any. */
  tenantKey?: string;
}

// ---------------------------------------------------------------- Rules and reports

export type Severity = 'error' | 'warning' | 'info';
export type RuleLevel = Severity | 'off';

export interface RuleMeta {
  /** kebab-case, prefixed ban- / require- / prefer-; equals the file name, config key and doc slug. */
  id: string;
  defaultSeverity: RuleLevel;
  /** One sentence starting with Disallow / Require / Enforce / Prefer. */
  description: string;
  /** Why it matters: the consequence, in one or two sentences. */
  rationale: string;
  /** One imperative line. */
  help: string;
  /**
   * Option name -> { description, default, parse }. `parse` (when given) checks a configured value strictly and turns
   * it into what the rule uses; it throws an Error saying what is wrong, which the config loader reports as a usage
   * mistake naming the file and key.
   */
  options?: Record<string, { description: string; default: unknown; parse?: (value: unknown) => unknown }>;
  /** Message templates by id (`{{name}}` placeholders filled from a report's `data`), typescript-eslint style. */
  messages?: Record<string, string>;
  /** Short Prisma snippets for the docs. */
  examples?: { incorrect: string; correct: string };
  /** Optional "When not to use it" paragraph for the doc page. */
  whenNotToUse?: string;
}

export interface ReportInput {
  model?: GraphModel;
  field?: GraphField;
  /** Where to point; defaults to the field's, else the model's position. */
  pos?: Position;
  /** What is wrong and what it costs; names model and field in quotes. */
  message: string;
  /** The id of the template in `meta.messages` the message was built from, so tests can assert it. */
  messageId?: string;
  help?: string;
}

export interface RuleContext {
  graph: SchemaGraph;
  options: Record<string, unknown>;
  report(input: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export interface Report {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The rule's message id, for rules that build messages from `meta.messages`. */
  messageId?: string;
  help: string;
  file: string;
  line: number;
  column: number;
  model?: string;
  field?: string;
}
