import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchemaFiles, parseSchema, readSchemaSources } from './parser.js';
import { SchemaParseError, type BlockNode, type FieldNode } from './types.js';

/** 1-based line and column of the n-th occurrence of `text` in `code`, so expected positions come from the snippet. */
function locate(code: string, text: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let n = 0; n < occurrence; n++) {
    index = code.indexOf(text, index + 1);
    if (index < 0) throw new Error(`no occurrence ${occurrence} of ${JSON.stringify(text)}`);
  }
  const before = code.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

const SCHEMA = `// The whole language in one file.
datasource db {
  provider   = "postgresql"
  url        = env("DATABASE_URL")
  extensions = [pg_trgm, postgis(version: "3.3.3")]
}

generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["views", "multiSchema"] // a trailing comment
}

/// A workspace: every customer's data hangs off one.
/// Second doc line.
// Plain comment above the model.
model Tenant {
  id        String   @id @default(cuid())
  /// The display name.
  name      String   @db.VarChar(120) // shown in the header
  slug      String   @unique(map: "tenant_slug_key")
  createdAt DateTime @default(now())
  members   Member[]
  tags      String[] @default([])
  settings  Json     @default("{\\"theme\\": \\"dark\\", \\"path\\": \\"C:\\\\\\\\x\\"}")
  score     Float    @default(-1.5)
  search    Unsupported("tsvector")?
  role      Role     @default(MEMBER)

  @@index([name(sort: Desc), createdAt], type: BTree)
  @@map("tenants")
}

model Member {
  tenantId String
  userId   String
  tenant   Tenant @relation("TenantMembers", fields: [tenantId], references: [id], onDelete: Cascade, onUpdate: NoAction)
  seq      BigInt @default(dbgenerated("nextval('member_seq')"))

  @@id([tenantId, userId])
  @@unique(fields: [userId, tenantId], name: "member_user_tenant")
}

view ActiveTenant {
  id   String @unique
  name String
}

type Address {
  street String
  city   String?
}

enum Role {
  /// Can do everything.
  OWNER  @map("owner")
  MEMBER // the default

  @@map("roles")
}
`;

describe('parseSchema: constructs', () => {
  const ast = parseSchema(SCHEMA, 'schema.prisma');
  const block = (name: string): BlockNode => ast.blocks.find((b) => b.name === name)!;
  const field = (model: string, name: string): FieldNode => block(model).fields.find((f) => f.name === name)!;

  it('reads every block with its kind, in order', () => {
    expect(ast.blocks.map((b) => `${b.kind} ${b.name}`)).toEqual([
      'datasource db',
      'generator client',
      'model Tenant',
      'model Member',
      'view ActiveTenant',
      'type Address',
      'enum Role',
    ]);
    expect(ast.file).toBe('schema.prisma');
    expect(ast.lineCount).toBe(SCHEMA.split('\n').length - 1);
  });

  it('reads datasource and generator assignments as source text', () => {
    expect(block('db').assignments.map((a) => [a.key, a.value])).toEqual([
      ['provider', '"postgresql"'],
      ['url', 'env("DATABASE_URL")'],
      ['extensions', '[pg_trgm, postgis(version: "3.3.3")]'],
    ]);
    const features = block('client').assignments[1];
    expect(features.key).toBe('previewFeatures');
    expect(features.value.startsWith('[')).toBe(true);
    expect(features.value.endsWith(']')).toBe(true);
    expect(features.pos).toMatchObject(locate(SCHEMA, 'previewFeatures'));
  });

  it("takes a trailing comma after a native type's arguments only, as Prisma does", () => {
    const ast = parseSchema('model A {\n  a String @db.VarChar(64,)\n  b String @db.Text(,)\n}\n', 'schema.prisma');
    expect(ast.blocks[0].fields.map((f) => f.attributes[0].args.map((a) => a.value))).toEqual([['64'], []]);
    expect(() => parseSchema('model A {\n  a Int @default(1,)\n}\n', 'schema.prisma')).toThrow(/Trailing comma/);
  });

  it('reads configuration keys with dashes or a leading digit, as Prisma does', () => {
    const ast = parseSchema('generator g {\n  provider = "x"\n  out-dir = "a"\n  2nd = "b"\n}\n', 'schema.prisma');
    expect(ast.blocks[0].assignments.map((a) => a.key)).toEqual(['provider', 'out-dir', '2nd']);
    expect(() => parseSchema('generator g {\n  -out = "a"\n}\n', 'schema.prisma')).toThrow(SchemaParseError);
  });

  it('reads field types and modifiers', () => {
    expect(field('Tenant', 'members')).toMatchObject({ type: 'Member', list: true, optional: false });
    expect(field('Tenant', 'tags')).toMatchObject({ type: 'String', list: true });
    expect(field('Tenant', 'search')).toMatchObject({ type: 'Unsupported("tsvector")', optional: true, list: false });
    expect(field('Address', 'city')).toMatchObject({ type: 'String', optional: true });
  });

  it('reads attributes with positional, named, nested and function arguments', () => {
    const id = field('Tenant', 'id');
    expect(id.attributes.map((a) => a.name)).toEqual(['id', 'default']);
    expect(id.attributes[1].args[0]).toMatchObject({ value: 'cuid()', expr: { kind: 'call', name: 'cuid', args: [] } });
    expect(field('Tenant', 'name').attributes[0]).toMatchObject({
      name: 'db.VarChar',
      args: [{ value: '120', expr: { kind: 'number', value: 120 } }],
    });
    expect(field('Tenant', 'slug').attributes[0].args[0]).toMatchObject({ name: 'map', value: '"tenant_slug_key"' });
    expect(field('Tenant', 'tags').attributes[0].args[0].expr).toEqual({ kind: 'array', items: [] });
    expect(field('Tenant', 'score').attributes[0].args[0].expr).toEqual({ kind: 'number', value: -1.5 });
    expect(field('Tenant', 'role').attributes[0].args[0].expr).toEqual({ kind: 'ident', name: 'MEMBER' });
    const relation = field('Member', 'tenant').attributes[0];
    expect(relation.args.map((a) => [a.name, a.value])).toEqual([
      [undefined, '"TenantMembers"'],
      ['fields', '[tenantId]'],
      ['references', '[id]'],
      ['onDelete', 'Cascade'],
      ['onUpdate', 'NoAction'],
    ]);
    const seq = field('Member', 'seq').attributes[0].args[0].expr;
    expect(seq).toMatchObject({ kind: 'call', name: 'dbgenerated', args: [{ expr: { kind: 'string', value: "nextval('member_seq')" } }] });
  });

  it('unescapes string literals', () => {
    const expr = field('Tenant', 'settings').attributes[0].args[0].expr;
    expect(expr).toEqual({ kind: 'string', value: '{"theme": "dark", "path": "C:\\\\x"}' });
  });

  it('reads block attributes with their arguments', () => {
    const tenant = block('Tenant');
    expect(tenant.blockAttributes.map((a) => a.name)).toEqual(['index', 'map']);
    const index = tenant.blockAttributes[0];
    expect(index.args[0].expr).toMatchObject({
      kind: 'array',
      items: [
        { kind: 'call', name: 'name', args: [{ name: 'sort', value: 'Desc' }] },
        { kind: 'ident', name: 'createdAt' },
      ],
    });
    expect(index.args[1]).toMatchObject({ name: 'type', value: 'BTree' });
    expect(index.pos).toMatchObject(locate(SCHEMA, '@@index'));
    expect(block('Member').blockAttributes.map((a) => a.name)).toEqual(['id', 'unique']);
    expect(block('Role').blockAttributes[0]).toMatchObject({ name: 'map', args: [{ value: '"roles"' }] });
  });

  it('reads enum values with attributes, docs and comments', () => {
    const role = block('Role');
    expect(role.values.map((v) => v.name)).toEqual(['OWNER', 'MEMBER']);
    expect(role.values[0]).toMatchObject({ doc: 'Can do everything.', attributes: [{ name: 'map' }] });
    expect(role.values[1]).toMatchObject({ comment: 'the default' });
    expect(role.values[1].pos).toMatchObject(locate(SCHEMA, 'MEMBER //'));
  });

  it('gives every node its file, line and column', () => {
    expect(block('Tenant').pos).toEqual({ file: 'schema.prisma', ...locate(SCHEMA, 'model Tenant') });
    expect(block('Tenant').endLine).toBe(locate(SCHEMA, '@@map("tenants")').line + 1);
    expect(field('Tenant', 'createdAt').pos).toEqual({ file: 'schema.prisma', ...locate(SCHEMA, 'createdAt DateTime') });
    expect(field('Tenant', 'createdAt').attributes[0].pos).toMatchObject(locate(SCHEMA, '@default(now())'));
    expect(field('Member', 'tenant').pos).toMatchObject(locate(SCHEMA, 'tenant   Tenant'));
    expect(block('ActiveTenant').pos).toMatchObject(locate(SCHEMA, 'view ActiveTenant'));
    expect(block('Address').pos).toMatchObject(locate(SCHEMA, 'type Address'));
  });

  it('attaches /// lines as doc and // lines (above or trailing) as comment', () => {
    const tenant = block('Tenant');
    expect(tenant.doc).toBe("A workspace: every customer's data hangs off one.\nSecond doc line.");
    expect(tenant.comment).toBe('Plain comment above the model.');
    expect(field('Tenant', 'name')).toMatchObject({ doc: 'The display name.', comment: 'shown in the header' });
    expect(field('Tenant', 'id').doc).toBeUndefined();
    expect(field('Tenant', 'slug').comment).toBeUndefined();
    // The file's first comment is separated from the datasource by nothing, so it documents it.
    expect(block('db').comment).toBe('The whole language in one file.');
  });

  it('attaches // comments only across no blank line, and docs the way Prisma does', () => {
    const code =
      'model A {\n  id Int @id\n  // about nothing\n\n  /// kept across the blank line, as Prisma does\n\n  name String\n  /// replaced\n\n  // by this block, which has no doc line\n  other String\n}\n';
    const a = parseSchema(code, 'a.prisma').blocks[0];
    expect(a.fields[1]).toMatchObject({ name: 'name', doc: 'kept across the blank line, as Prisma does', comment: undefined });
    expect(a.fields[2]).toMatchObject({ name: 'other', doc: undefined, comment: 'by this block, which has no doc line' });
  });

  it('documents the next model with a comment block above a generator, and skips floating ones', () => {
    const code =
      '/// for the model\ngenerator g {\n  provider = "x"\n}\n/// floating\n\nmodel A {\n  id Int @id\n}\n/// not taken\n\nmodel B {\n  id Int @id\n}\n';
    const [, a, b] = parseSchema(code, 'a.prisma').blocks;
    expect(a.doc).toBe('for the model');
    expect(b.doc).toBeUndefined();
  });

  it('reads /* */ comments as documentation, and /// text with its leading blanks trimmed', () => {
    const code = '/* block\n   comment */\nmodel A {\n  id Int @id /* trailing */\n  ///   spaced   \n  x Int\n}\n';
    const a = parseSchema(code, 'a.prisma').blocks[0];
    expect(a.doc).toBe('block\n   comment');
    expect(a.fields[0].doc).toBe('trailing');
    expect(a.fields[1].doc).toBe('spaced   ');
  });

  it('accepts CRLF and lone CR line ends, tabs, blanks around modifiers and attributes, and an empty file', () => {
    const crlf = 'model A {\r\n\tid Int @id // key\r\n}\r\n';
    const a = parseSchema(crlf, 'a.prisma').blocks[0];
    expect(a.fields[0]).toMatchObject({ name: 'id', comment: 'key', pos: { line: 2, column: 2 } });
    const cr = parseSchema('model A {\r  id Int @id\r  x Int ? @ default (1)@map("x")\r}\r', 'a.prisma').blocks[0];
    expect(cr.fields[1]).toMatchObject({ name: 'x', optional: true, pos: { line: 3 } });
    expect(cr.fields[1].attributes.map((at) => at.name)).toEqual(['default', 'map']);
    expect(parseSchema('', 'empty.prisma')).toMatchObject({ blocks: [], suppressions: [] });
    expect(parseSchema('// only a comment', 'c.prisma').blocks).toEqual([]);
  });

  it('reads a keyword written against the name, ignores text after the opening brace', () => {
    const [a] = parseSchema('modelUser { whatever follows\n  id Int @id\n}\n', 'a.prisma').blocks;
    expect(a).toMatchObject({ kind: 'model', name: 'User' });
    expect(a.fields.map((f) => f.name)).toEqual(['id']);
  });
});

describe('parseSchema: suppressions', () => {
  const code = `model A {
  id String @id
  // lint-ignore require-foo: the import job fills it
  /// documented
  legacyId String
  other String // lint-ignore ban-bar, ban-baz: kept for the API
  // lint-ignore require-qux
  third String
}

// lint-ignore require-created-at: rows are immutable imports
model B {
  id String @id
}
// lint-ignore ban-dangling: nothing follows
`;
  const ast = parseSchema(code, 's.prisma');

  it('targets the next declaration line, skipping doc lines', () => {
    expect(ast.suppressions[0]).toMatchObject({
      ruleId: 'require-foo',
      reason: 'the import job fills it',
      targetLine: locate(code, 'legacyId').line,
      pos: { file: 's.prisma', ...locate(code, '// lint-ignore require-foo') },
    });
  });

  it('targets its own line when trailing, and splits several rule ids', () => {
    const line = locate(code, 'other String').line;
    expect(ast.suppressions.slice(1, 3)).toMatchObject([
      { ruleId: 'ban-bar', reason: 'kept for the API', targetLine: line },
      { ruleId: 'ban-baz', reason: 'kept for the API', targetLine: line },
    ]);
  });

  it('records a missing reason as undefined', () => {
    expect(ast.suppressions[3]).toMatchObject({ ruleId: 'require-qux', reason: undefined, targetLine: locate(code, 'third').line });
  });

  it('targets a model line, and keeps its own line when nothing follows', () => {
    expect(ast.suppressions[4]).toMatchObject({ ruleId: 'require-created-at', targetLine: locate(code, 'model B').line });
    expect(ast.suppressions[5]).toMatchObject({ ruleId: 'ban-dangling', targetLine: locate(code, '// lint-ignore ban-dangling').line });
  });

  it('is not mistaken for a comment of the declaration', () => {
    const a = ast.blocks[0];
    expect(a.fields.find((f) => f.name === 'legacyId')).toMatchObject({ doc: 'documented', comment: undefined });
    expect(a.fields.find((f) => f.name === 'other')?.comment).toBeUndefined();
    expect(ast.blocks[1].comment).toBeUndefined();
  });
});

describe('parseSchema: malformed input', () => {
  // Each case: the schema, the text the error must point at (its first character), and words the message must contain.
  const cases: Array<{ name: string; code: string; at: string; occurrence?: number; message: RegExp }> = [
    { name: 'unknown block keyword', code: 'modle A {\n  id Int\n}\n', at: 'modle', message: /Unknown block type 'modle'/ },
    { name: 'block without a name', code: 'model {\n}\n', at: '{', message: /Expected a name after 'model'/ },
    { name: 'missing opening brace', code: 'model A\n  id Int\n}\n', at: '\n  id', message: /Expected '\{' after 'model A'/ },
    {
      name: 'block never closed',
      code: 'datasource db {\n  provider = "x"\n}\nmodel A {\n  id Int @id\n',
      at: 'model A',
      message: /model "A" is never closed/,
    },
    { name: 'unterminated string', code: 'model A {\n  id String @default("abc)\n}\n', at: '"abc', message: /Unterminated string/ },
    { name: 'field without a type', code: 'model A {\n  id\n}\n', at: '\n}', message: /Field "id" in model "A" needs a type/ },
    {
      name: 'attribute without a name',
      code: 'model A {\n  id Int @ (1)\n}\n',
      at: '(1)',
      message: /Expected an attribute name after '@'/,
    },
    {
      name: 'unclosed argument list',
      code: 'model A {\n  id Int @default(autoincrement(\n}\n',
      at: '(\n}',
      message: /arguments of autoincrement\(\) are never closed on their line: add '\)'/,
    },
    {
      name: 'arguments over several lines',
      code: 'model A {\n  b Int\n  @@index([\n    b\n  ])\n}\n',
      at: '[\n',
      message: /A list in @@index is never closed on its line/,
    },
    { name: 'trailing comma', code: 'model A {\n  b Int\n  @@index([b],)\n}\n', at: ')\n', message: /Trailing comma/ },
    { name: 'unknown escape', code: 'model A {\n  b String @default("a\\qb")\n}\n', at: '\\q', message: /Unknown escape '\\q'/ },
    { name: 'byte-order mark', code: '\ufeffmodel A {\n  id Int @id\n}\n', at: '\ufeff', message: /byte-order mark/ },
    { name: 'name starting with an underscore', code: 'model A {\n  _id Int @id\n}\n', at: '_id', message: /Unexpected '_' in model "A"/ },
    {
      name: 'missing comma between arguments',
      code: 'model A {\n  b Int\n  @@index([b] map: "x")\n}\n',
      at: 'map:',
      message: /Expected ',' or '\)'/,
    },
    {
      name: 'unclosed list',
      code: 'model A {\n  b Int\n  @@index([b, \n}\n',
      at: '[b',
      message: /A list in @@index is never closed on its line: add '\]'/,
    },
    { name: 'stray character in a model', code: 'model A {\n  id Int @id\n  ; \n}\n', at: ';', message: /Unexpected ';' in model "A"/ },
    {
      name: 'duplicate field',
      code: 'model A {\n  id Int @id\n  name String\n  name String\n}\n',
      at: 'name String',
      occurrence: 2,
      message: /Field "name" is declared twice in model "A" \(first on line 3\)/,
    },
    {
      name: 'duplicate model',
      code: 'model A {\n  id Int @id\n}\nenum A {\n  X\n}\n',
      at: 'enum A',
      message: /enum "A" is declared twice/,
    },
    { name: 'optional list', code: 'model A {\n  tags String[]?\n}\n', at: '?', message: /cannot be an optional list/ },
    { name: 'lone field attribute', code: 'model A {\n  id Int\n  @id\n}\n', at: '@id', message: /cannot stand alone/ },
    {
      name: 'datasource without =',
      code: 'datasource db {\n  provider "postgresql"\n}\n',
      at: '"postgresql"',
      message: /Expected '=' after 'provider'/,
    },
    { name: 'enum value with a type', code: 'enum Role {\n  ADMIN String\n}\n', at: 'String', message: /enum values are bare names/ },
    { name: 'body on the opening line', code: 'model A { id Int @id }\n', at: 'model A', message: /model "A" is never closed/ },
    { name: 'top-level garbage', code: '}\n', at: '}', message: /expected a block/ },
    {
      name: 'deep nesting',
      code: `model A {\n  a Int @default(${'['.repeat(100)})\n}\n`,
      at: '[',
      occurrence: 32,
      message: /nested more than/,
    },
  ];

  for (const c of cases) {
    it(`${c.name}: positioned SchemaParseError`, () => {
      let caught: unknown;
      try {
        parseSchema(c.code, 'bad.prisma');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SchemaParseError);
      const error = caught as SchemaParseError;
      const where = locate(c.code, c.at, c.occurrence);
      const expected = where;
      expect({ line: error.pos.line, column: error.pos.column }).toEqual(expected);
      expect(error.pos.file).toBe('bad.prisma');
      expect(error.message).toMatch(c.message);
      expect(error.message.startsWith(`bad.prisma:${expected.line}:${expected.column}: `)).toBe(true);
    });
  }
});

describe('loadSchemaFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-schema-parser-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'schema', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'schema', 'b.prisma'), 'model B {\n  id Int @id\n}\n');
  writeFileSync(join(dir, 'schema', 'a.prisma'), 'model A {\n  id Int @id\n}\n');
  writeFileSync(join(dir, 'schema', 'notes.md'), '# not a schema');
  writeFileSync(join(dir, 'schema', 'nested', 'c.prisma'), 'model C {\n  id Int @id\n}\n');
  writeFileSync(join(dir, 'single.prisma'), 'enum E {\n  X\n}\n');
  mkdirSync(join(dir, 'empty'));

  it("reads a folder's .prisma files in name order, and single files", () => {
    const asts = loadSchemaFiles([join(dir, 'schema'), join(dir, 'single.prisma')]);
    expect(asts.map((a) => a.file)).toEqual([join(dir, 'schema', 'a.prisma'), join(dir, 'schema', 'b.prisma'), join(dir, 'single.prisma')]);
    expect(asts.map((a) => a.blocks[0].name)).toEqual(['A', 'B', 'E']);
  });

  it('names the path that does not exist or holds no schema', () => {
    expect(() => readSchemaSources([join(dir, 'missing')])).toThrow(/missing: no such file or folder/);
    expect(() => readSchemaSources([join(dir, 'empty')])).toThrow(/empty: the folder holds no \.prisma file/);
  });
});
