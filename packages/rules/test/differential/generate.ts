/**
 * A seeded writer of Prisma schemas that Prisma accepts, covering the forms of the schema language
 * (prisma-engines' `psl/schema-ast` grammar): every block kind (model, view, composite type, enum, datasource,
 * generator), field types with `?` and `[]` (also with blanks before them), `Unsupported("...")`, field and block
 * attributes with positional, named, list, function-call and string arguments, attributes written without a blank
 * between them or with blanks inside, `///` documentation above and at the end of lines, plain `//` comments
 * above, at the end of lines and after `{` and `}`, `/* ... *\/` comments, blank lines, tabs, CRLF and lone CR
 * line ends, no line end at the end of the file, and strings with escapes.
 *
 * The output is meant to be valid; what a mutation breaks is what `mutate.ts` does.
 */

export type Random = () => number;

/** A small, fast, seeded generator (mulberry32): the same seed writes the same schema everywhere. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (random: Random, p: number) => random() < p;
const count = (random: Random, max: number) => Math.floor(random() * (max + 1));

const WORDS = [
  'account',
  'prénom',
  'order',
  'item',
  'note',
  'label',
  'price',
  'title',
  'state',
  'owner',
  'group',
  'entry',
  'score',
  'kind',
  'data',
  'link',
  'code',
];
const DOC_TEXTS = [
  'What this holds.',
  'Kept for audits; never shown.',
  '  indented text',
  'mixed: `code` and "quotes"',
  'ümlaut und ß',
  '',
  'trailing blanks   ',
  '/ starts with a slash',
  '// looks like a comment',
  'tabs\tinside',
];

interface Style {
  newline: string;
  indent: string;
  random: Random;
}

/** Comment lines written above a declaration: `///` docs, `//` notes, `/* *\/` comments, in any mix. */
function commentsAbove(style: Style): string[] {
  const { random } = style;
  const lines: string[] = [];
  const n = count(random, 3);
  for (let i = 0; i < n; i++) {
    const form = random();
    const text = pick(random, DOC_TEXTS);
    if (form < 0.55) lines.push(`${pick(random, ['///', '/// ', '///  ', '///\t'])}${text}`);
    else if (form < 0.85) lines.push(`${pick(random, ['//', '// '])}${text}`);
    else if (form < 0.95) lines.push(`/* ${text.replace(/\*\//g, '')} */`);
    else lines.push(`/* first line${style.newline}${style.indent}second line */`);
  }
  return lines;
}

function trailingComment(style: Style): string {
  const { random } = style;
  const form = random();
  if (form < 0.6) return '';
  const text = pick(random, DOC_TEXTS);
  if (form < 0.8) return ` // ${text}`;
  if (form < 0.95) return ` ///${pick(random, ['', ' '])}${text}`;
  return ` /* ${text.replace(/\*\//g, '')} */`;
}

function blank(style: Style): string {
  return pick(style.random, [' ', ' ', ' ', '  ', '\t', ' \t ']);
}

function stringLiteral(random: Random): string {
  return `"${pick(random, ['plain', 'with \\"quotes\\"', 'back\\\\slash', 'new\\nline', 'tab\\there', 'unicode \\u00e9', 'é direct', '', 'slash / and //', '{ braces }', '@at', 'a,b'])}"`;
}

interface ScalarChoice {
  type: string;
  defaults: string[];
  native: string[];
  uniqueable: boolean;
}

const POSTGRES_SCALARS: ScalarChoice[] = [
  {
    type: 'String',
    defaults: ['STRING', 'cuid()', 'uuid()', 'dbgenerated("gen_random_uuid()")'],
    native: ['@db.Text', '@db.VarChar(64)', '@db.Char(8)'],
    uniqueable: true,
  },
  { type: 'Int', defaults: ['0', '-12', '42'], native: ['@db.SmallInt', '@db.Integer'], uniqueable: true },
  { type: 'BigInt', defaults: ['9007199254740993', '-1'], native: [], uniqueable: true },
  { type: 'Float', defaults: ['1.5', '-0.25', '3'], native: ['@db.Real', '@db.DoublePrecision'], uniqueable: true },
  { type: 'Decimal', defaults: ['1.5', '0'], native: ['@db.Decimal(10, 2)', '@db.Money'], uniqueable: true },
  { type: 'Boolean', defaults: ['true', 'false'], native: [], uniqueable: true },
  {
    type: 'DateTime',
    defaults: ['now()', '"2024-01-01T00:00:00Z"'],
    native: ['@db.Timestamptz(3)', '@db.Date', '@db.Timestamp(6)'],
    uniqueable: true,
  },
  { type: 'Json', defaults: ['"{}"', '"[1, 2]"'], native: ['@db.Json', '@db.JsonB'], uniqueable: false },
  { type: 'Bytes', defaults: [], native: ['@db.ByteA'], uniqueable: true },
];

interface FieldSpec {
  name: string;
  type: string;
  optional: boolean;
  list: boolean;
  attributes: string[];
  /** May be named in an @@index / @@unique. */
  indexable: boolean;
}

interface ModelSpec {
  name: string;
  kind: 'model' | 'view';
  /** The single-field id, when the model has one (relations reference it). */
  idField?: FieldSpec;
  fields: FieldSpec[];
  blockAttributes: string[];
  ignored: boolean;
}

function scalarField(random: Random, name: string, enums: { name: string; values: string[] }[], forList: boolean): FieldSpec {
  if (enums.length > 0 && chance(random, 0.2)) {
    const e = pick(random, enums);
    const list = forList && chance(random, 0.2);
    const optional = !list && chance(random, 0.3);
    const attributes: string[] = [];
    if (!list && chance(random, 0.5)) attributes.push(`@default(${pick(random, e.values)})`);
    return { name, type: e.name, optional, list, attributes, indexable: !list };
  }
  const choice = pick(random, POSTGRES_SCALARS);
  const list = forList && chance(random, 0.15);
  const optional = !list && chance(random, 0.35);
  const attributes: string[] = [];
  if (list) {
    if (chance(random, 0.4)) attributes.push('@default([])');
  } else if (choice.defaults.length > 0 && chance(random, 0.4)) {
    const value = pick(random, choice.defaults);
    attributes.push(`@default(${value === 'STRING' ? stringLiteral(random) : value})`);
  }
  if (!list && choice.type === 'DateTime' && attributes.length === 0 && chance(random, 0.3)) attributes.push('@updatedAt');
  if (!list && choice.uniqueable && chance(random, 0.15))
    attributes.push(pick(random, ['@unique', `@unique(map: "uq_${name}_${Math.floor(random() * 1e9)}")`, '@unique(sort: Desc)']));
  if (choice.native.length > 0 && chance(random, 0.3) && !attributes.some((a) => a.includes('uuid()') || a.includes('cuid()')))
    attributes.push(pick(random, choice.native));
  if (chance(random, 0.2)) attributes.push(`@map("${name}_col")`);
  if (optional && chance(random, 0.05)) attributes.push('@ignore');
  return {
    name,
    type: choice.type,
    optional,
    list,
    attributes,
    indexable: !list && choice.type !== 'Json' && !attributes.includes('@ignore'),
  };
}

function idFields(random: Random): { fields: FieldSpec[]; blockAttributes: string[]; idField?: FieldSpec } {
  const form = random();
  if (form < 0.45) {
    const id: FieldSpec = {
      name: 'id',
      type: 'Int',
      optional: false,
      list: false,
      attributes: ['@id', '@default(autoincrement())'],
      indexable: true,
    };
    return { fields: [id], blockAttributes: [], idField: id };
  }
  if (form < 0.85) {
    const id: FieldSpec = {
      name: 'id',
      type: 'String',
      optional: false,
      list: false,
      attributes: [
        '@id',
        pick(random, ['@default(cuid())', '@default(uuid())', '@default(uuid(7))', '@default(nanoid())', '@default(cuid(2))']),
      ],
      indexable: true,
    };
    if (chance(random, 0.3)) id.attributes.unshift('@map("pk")');
    return { fields: [id], blockAttributes: [], idField: id };
  }
  const a: FieldSpec = { name: 'partA', type: 'Int', optional: false, list: false, attributes: [], indexable: true };
  const b: FieldSpec = { name: 'partB', type: 'String', optional: false, list: false, attributes: [], indexable: true };
  return {
    fields: [a, b],
    blockAttributes: [
      pick(random, ['@@id([partA, partB])', '@@id(fields: [partA, partB], name: "pair")', '@@id([partA, partB], map: "pk_pair_MODEL")']),
    ],
  };
}

function lowerFirst(name: string): string {
  return name[0].toLowerCase() + name.slice(1);
}

/** Adds relations between the models: one-to-many, one-to-one, self-relations and implicit many-to-many. */
function addRelations(random: Random, models: ModelSpec[]): void {
  let serial = 0;
  const relatedPairs = new Set<string>();
  for (let i = 0; i < models.length; i++) {
    const child = models[i];
    if (child.kind !== 'model' || child.ignored) continue;
    const relationCount = count(random, 2);
    for (let r = 0; r < relationCount; r++) {
      const candidates = models.filter((m) => m.kind === 'model' && !m.ignored && m.idField);
      if (candidates.length === 0) return;
      const parent = pick(random, candidates);
      const id = parent.idField!;
      const relationName = `Rel${serial++}`;
      // Two relations between the same pair of models need names, or Prisma cannot tell them apart.
      const pair = [child.name, parent.name].sort().join(' ');
      const named = parent === child || relatedPairs.has(pair) || chance(random, 0.5);
      relatedPairs.add(pair);
      const nameArg = named ? `${pick(random, ['', 'name: '])}"${relationName}", ` : '';
      const base = `${lowerFirst(parent.name)}${serial}`;
      if (parent !== child && chance(random, 0.15) && child.idField) {
        // implicit many-to-many: a list on both sides
        const label = named ? `@relation("${relationName}")` : '';
        child.fields.push({
          name: `${base}s`,
          type: parent.name,
          optional: false,
          list: true,
          attributes: label ? [label] : [],
          indexable: false,
        });
        parent.fields.push({
          name: `back${child.name}${serial}s`,
          type: child.name,
          optional: false,
          list: true,
          attributes: label ? [label] : [],
          indexable: false,
        });
        continue;
      }
      const optional = parent === child || chance(random, 0.4);
      const oneToOne = chance(random, 0.25);
      const key: FieldSpec = {
        name: `${base}Id`,
        type: id.type,
        optional,
        list: false,
        attributes: oneToOne ? ['@unique'] : [],
        indexable: true,
      };
      const actions: string[] = [];
      if (chance(random, 0.5))
        actions.push(
          `onDelete: ${pick(random, optional ? ['Cascade', 'SetNull', 'Restrict', 'NoAction'] : ['Cascade', 'Restrict', 'NoAction'])}`,
        );
      if (chance(random, 0.3)) actions.push(`onUpdate: ${pick(random, ['Cascade', 'Restrict', 'NoAction'])}`);
      if (chance(random, 0.1)) actions.push(`map: "fk_${base}"`);
      const relation = `@relation(${nameArg}fields: [${key.name}], references: [${id.name}]${actions.map((a) => `, ${a}`).join('')})`;
      child.fields.push(key);
      child.fields.push({ name: base, type: parent.name, optional, list: false, attributes: [relation], indexable: false });
      const back = named ? [`@relation("${relationName}")`] : [];
      parent.fields.push({
        name: `back${child.name}${serial}${oneToOne ? '' : 's'}`,
        type: child.name,
        optional: oneToOne,
        list: !oneToOne,
        attributes: back,
        indexable: false,
      });
      if (!oneToOne && chance(random, 0.4)) child.blockAttributes.push(`@@index([${key.name}], map: "ix_${child.name}_${key.name}")`);
    }
  }
}

function blockAttributesFor(random: Random, model: ModelSpec): void {
  // Not the parts of a compound id: a unique over them would repeat the primary key.
  const indexable = model.fields.filter(
    (f) => f.indexable && !f.attributes.includes('@id') && !f.name.startsWith('part') && !f.attributes.some((a) => a.startsWith('@unique')),
  );
  if (indexable.length >= 2 && chance(random, 0.4)) {
    const [a, b] = [indexable[0], indexable[indexable.length - 1]];
    if (a !== b)
      model.blockAttributes.push(
        pick(random, [
          `@@unique([${a.name}, ${b.name}])`,
          `@@unique(fields: [${a.name}, ${b.name}], name: "${a.name}_${b.name}_key")`,
          `@@unique([${a.name}, ${b.name}], map: "uq_${model.name}")`,
        ]),
      );
  }
  if (indexable.length >= 1 && chance(random, 0.5)) {
    const f = pick(random, indexable);
    if (model.blockAttributes.some((a) => a.includes(`[${f.name}]`) || a.includes(`[${f.name}(`))) return;
    model.blockAttributes.push(
      pick(random, [
        `@@index([${f.name}], map: "ix1_${model.name}_${f.name}")`,
        `@@index([${f.name}(sort: Desc)], map: "ix2_${model.name}_${f.name}")`,
        `@@index(fields: [${f.name}], map: "ix3_${model.name}_${f.name}")`,
        `@@index([${f.name}], type: Hash, map: "ix4_${model.name}_${f.name}")`,
        `@@index([${f.name}(sort: Asc)], name: "by_${model.name}_${f.name}")`,
      ]),
    );
  }
  if (chance(random, 0.3)) model.blockAttributes.push(`@@map(${pick(random, ['', 'name: '])}"${model.name.toLowerCase()}_table")`);
}

function writeField(style: Style, field: FieldSpec, width: number): string[] {
  const { random } = style;
  const modifier = field.list ? '[]' : field.optional ? '?' : '';
  const spaced = modifier && chance(random, 0.05) ? ` ${modifier}` : modifier;
  let attributes = '';
  for (const attribute of field.attributes) attributes += chance(random, 0.05) ? attribute : blank(style) + attribute;
  const name = chance(random, 0.5) ? field.name.padEnd(width) : field.name;
  return [...commentsAbove(style), `${name}${blank(style)}${field.type}${spaced}${attributes}${trailingComment(style)}`];
}

function writeBlock(style: Style, keyword: string, name: string, lines: string[]): string {
  const { random, indent, newline } = style;
  const open = `${keyword} ${name}${pick(random, [' ', ' ', ''])}{${chance(random, 0.1) ? ' // opens' : ''}`;
  const body = lines.map((line) => (line === '' ? '' : indent + line.replaceAll('\n', newline)));
  const close = `${chance(random, 0.1) ? ' ' : ''}}${chance(random, 0.1) ? ' // closes' : ''}`;
  return [...commentsAbove(style), open, ...body, close].join(newline);
}

function modelLines(style: Style, model: ModelSpec): string[] {
  const width = Math.max(...model.fields.map((f) => f.name.length));
  const lines: string[] = [];
  for (const field of model.fields) {
    lines.push(...writeField(style, field, width));
    if (chance(style.random, 0.1)) lines.push('');
  }
  if (model.blockAttributes.length > 0) lines.push('');
  for (const attribute of model.blockAttributes) lines.push(...commentsAbove(style).slice(0, 1), `${attribute}${trailingComment(style)}`);
  if (model.ignored) lines.push('@@ignore');
  return lines;
}

export interface GeneratedSchema {
  text: string;
  /** What the schema exercises, for the test's coverage check. */
  features: string[];
}

/** Writes one PostgreSQL schema (models, views, enums, relations) or, one time in five, one MongoDB schema (composite types). */
export function generateSchema(seed: number): GeneratedSchema {
  const random = seededRandom(seed);
  const style: Style = {
    random,
    newline: chance(random, 0.1) ? '\r\n' : chance(random, 0.03) ? '\r' : '\n',
    indent: pick(random, ['  ', '  ', '    ', '\t']),
  };
  return chance(random, 0.2) ? mongoSchema(style) : postgresSchema(style);
}

function enumSpecs(random: Random): { name: string; values: string[] }[] {
  const enums: { name: string; values: string[] }[] = [];
  const n = count(random, 2);
  for (let i = 0; i < n; i++) {
    const values = ['ACTIVE', 'PAUSED', 'DONE', 'draft', 'Archived'].slice(0, 1 + count(random, 4));
    enums.push({ name: `Status${i}`, values });
  }
  return enums;
}

function enumBlock(style: Style, spec: { name: string; values: string[] }): string {
  const { random } = style;
  const lines: string[] = [];
  for (const value of spec.values) {
    lines.push(
      ...commentsAbove(style),
      `${value}${chance(random, 0.3) ? `${blank(style)}@map("${value.toLowerCase()}_v")` : ''}${trailingComment(style)}`,
    );
  }
  if (chance(random, 0.3)) lines.push(`@@map("${spec.name.toLowerCase()}_enum")`);
  return writeBlock(style, 'enum', spec.name, lines);
}

function postgresSchema(style: Style): GeneratedSchema {
  const { random } = style;
  const features = new Set<string>(['postgresql']);
  const enums = enumSpecs(random);
  const models: ModelSpec[] = [];
  const modelCount = 1 + count(random, 5);
  for (let i = 0; i < modelCount; i++) {
    const ids = idFields(random);
    const name = `${pick(random, ['Model', 'Entity', 'Thing'])}${i}`;
    const blockAttributes = ids.blockAttributes.map((a) => a.replace('MODEL', name));
    const model: ModelSpec = { name, kind: 'model', idField: ids.idField, fields: ids.fields, blockAttributes, ignored: false };
    const scalarCount = count(random, 5);
    for (let f = 0; f < scalarCount; f++) model.fields.push(scalarField(random, `${pick(random, WORDS)}${f}`, enums, true));
    if (chance(random, 0.1))
      model.fields.push({ name: 'shape', type: 'Unsupported("circle")', optional: true, list: false, attributes: [], indexable: false });
    models.push(model);
  }
  if (chance(random, 0.1)) {
    models.push({
      name: 'Legacy',
      kind: 'model',
      fields: [{ name: 'code', type: 'String', optional: false, list: false, attributes: ['@id'], indexable: true }],
      blockAttributes: [],
      ignored: true,
    });
  }
  addRelations(random, models);
  for (const model of models) if (!model.ignored) blockAttributesFor(random, model);
  const views = chance(random, 0.3) ? 1 + count(random, 1) : 0;
  for (let i = 0; i < views; i++) {
    const key: FieldSpec = { name: 'id', type: 'Int', optional: false, list: false, attributes: ['@unique'], indexable: true };
    // A view's uniques are not backed by an index, so they take no arguments.
    const fields = [key, scalarField(random, 'total', [], false), scalarField(random, 'label', enums, false)];
    for (const field of fields.slice(1)) field.attributes = field.attributes.filter((a) => !a.startsWith('@unique'));
    models.push({ name: `Report${i}`, kind: 'view', fields, blockAttributes: [], ignored: false });
  }

  const blocks: string[] = [];
  const generatorLines = ['provider = "prisma-client"'];
  if (views > 0) generatorLines.push(`previewFeatures = ["views"]${trailingComment(style)}`);
  if (chance(random, 0.3)) generatorLines.push('output = "../generated/client"');
  blocks.push(writeBlock(style, 'generator', 'client', generatorLines));
  blocks.push(
    writeBlock(style, 'datasource', 'db', ['provider = "postgresql"', ...(chance(random, 0.2) ? ['relationMode = "foreignKeys"'] : [])]),
  );
  for (const spec of enums) blocks.push(enumBlock(style, spec));
  for (const model of models) {
    features.add(model.kind);
    if (model.ignored) features.add('@@ignore');
    blocks.push(writeBlock(style, model.kind, model.name, modelLines(style, model)));
  }
  if (enums.length > 0) features.add('enum');
  return { text: joinBlocks(style, blocks), features: [...features] };
}

function mongoSchema(style: Style): GeneratedSchema {
  const { random } = style;
  const enums = enumSpecs(random);
  const blocks: string[] = [writeBlock(style, 'datasource', 'db', ['provider = "mongodb"'])];
  const typeNames = ['Address', 'Money', 'Tag'].slice(0, 1 + count(random, 2));
  for (let t = 0; t < typeNames.length; t++) {
    const fields: FieldSpec[] = [
      {
        name: 'label',
        type: 'String',
        optional: chance(random, 0.5),
        list: false,
        attributes: chance(random, 0.3) ? ['@map("lbl")'] : [],
        indexable: true,
      },
      {
        name: 'amount',
        type: pick(random, ['Int', 'Float', 'Boolean']),
        optional: chance(random, 0.5),
        list: chance(random, 0.2),
        attributes: [],
        indexable: true,
      },
    ];
    if (t + 1 < typeNames.length)
      fields.push({ name: 'inner', type: typeNames[t + 1], optional: chance(random, 0.5), list: false, attributes: [], indexable: false });
    if (enums.length > 0 && chance(random, 0.5))
      fields.push({ name: 'state', type: enums[0].name, optional: true, list: false, attributes: [], indexable: true });
    const width = Math.max(...fields.map((f) => f.name.length));
    blocks.push(
      writeBlock(
        style,
        'type',
        typeNames[t],
        fields.flatMap((f) => writeField(style, f, width)),
      ),
    );
  }
  for (const spec of enums) blocks.push(enumBlock(style, spec));
  const modelCount = 1 + count(random, 2);
  for (let i = 0; i < modelCount; i++) {
    const fields: FieldSpec[] = [
      {
        name: 'id',
        type: 'String',
        optional: false,
        list: false,
        attributes: ['@id', '@default(auto())', '@map("_id")', '@db.ObjectId'],
        indexable: true,
      },
      { name: 'home', type: pick(random, typeNames), optional: chance(random, 0.5), list: false, attributes: [], indexable: false },
      { name: 'many', type: pick(random, typeNames), optional: false, list: true, attributes: [], indexable: false },
      {
        name: 'name',
        type: 'String',
        optional: chance(random, 0.5),
        list: false,
        attributes: chance(random, 0.3) ? ['@unique'] : [],
        indexable: true,
      },
    ];
    const width = Math.max(...fields.map((f) => f.name.length));
    const lines = fields.flatMap((f) => writeField(style, f, width));
    if (fields[3].attributes.length === 0 && chance(random, 0.4)) lines.push('@@index([name])');
    blocks.push(writeBlock(style, 'model', `Doc${i}`, lines));
  }
  return { text: joinBlocks(style, blocks), features: ['mongodb', 'type', ...(enums.length > 0 ? ['enum'] : [])] };
}

function joinBlocks(style: Style, blocks: string[]): string {
  const { random, newline } = style;
  let text = '';
  for (const block of blocks) {
    if (text) text += newline + (chance(random, 0.7) ? newline : '');
    if (chance(random, 0.1)) text += `// a note between blocks${newline}${chance(random, 0.5) ? newline : ''}`;
    text += block;
  }
  return chance(random, 0.9) ? text + newline : text;
}
