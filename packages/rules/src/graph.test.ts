import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph.js';
import { parseSchema } from './parser.js';
import { SchemaParseError, type SchemaGraph } from './types.js';

function graphOf(code: string, options?: Parameters<typeof buildGraph>[1]): SchemaGraph {
  return buildGraph([parseSchema(code, 'schema.prisma')], options);
}

function lineOf(code: string, text: string): number {
  const index = code.indexOf(text);
  if (index < 0) throw new Error(`missing ${text}`);
  return code.slice(0, index).split('\n').length;
}

const SAAS = `
model Tenant {
  id       String    @id
  users    User[]
  projects Project[]
  tasks    Task[]
  labels   Label[]
}

/// A person who signs in.
model User {
  id           String  @id
  tenantId     String
  tenant       Tenant  @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  email        String  @unique(map: "user_email")
  ownedTasks   Task[]  @relation("TaskOwner")
  createdTasks Task[]  @relation("TaskCreator")
}

model Project {
  id       String @id
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id])
  parentId String?
  parent   Project?  @relation("ProjectTree", fields: [parentId], references: [id], onDelete: SetNull)
  children Project[] @relation("ProjectTree")
  tasks    Task[]

  @@unique([tenantId, id])
  @@index([tenantId, parentId])
  @@map("projects")
}

model Task {
  id        String  @id
  tenantId  String
  tenant    Tenant  @relation(fields: [tenantId], references: [id], onDelete: Cascade, onUpdate: Restrict)
  projectId String
  project   Project @relation(fields: [projectId], references: [id])
  ownerId   String
  owner     User    @relation("TaskOwner", fields: [ownerId], references: [id])
  creatorId String
  creator   User    @relation(name: "TaskCreator", fields: [creatorId], references: [id])
  status    Status  @default(OPEN)
  slug      String

  @@id([tenantId, id])
  @@unique([tenantId, slug], name: "task_slug")
  @@index([projectId(sort: Desc), status])
}

model Label {
  id       String @id
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id])
}

model AuditEvent {
  id       String @id
  tenantId String // no relation on purpose
}

view TaskSummary {
  id     String @unique
  status Status
}

enum Status {
  OPEN
  DONE
}
`;

describe('buildGraph: models and fields', () => {
  const graph = graphOf(SAAS);

  it('lists models and views in order, enums apart', () => {
    expect(graph.models.map((m) => `${m.node.kind} ${m.name}`)).toEqual([
      'model Tenant',
      'model User',
      'model Project',
      'model Task',
      'model Label',
      'model AuditEvent',
      'view TaskSummary',
    ]);
    expect([...graph.enums.keys()]).toEqual(['Status']);
    expect(graph.modelByName.get('Task')).toBe(graph.models[3]);
  });

  it('classifies fields as scalar, enum or relation', () => {
    const task = graph.modelByName.get('Task')!;
    expect(task.fieldByName.get('status')).toMatchObject({ type: 'Status', isEnum: true, isRelation: false });
    expect(task.fieldByName.get('owner')).toMatchObject({ type: 'User', isEnum: false, isRelation: true });
    expect(task.fieldByName.get('slug')).toMatchObject({ type: 'String', isEnum: false, isRelation: false, model: task });
    expect(graph.modelByName.get('Project')!.fieldByName.get('parentId')).toMatchObject({ optional: true, list: false });
    expect(graph.modelByName.get('Project')!.fieldByName.get('children')).toMatchObject({ list: true, isRelation: true });
  });

  it('keeps doc and comment text on models and fields', () => {
    expect(graph.modelByName.get('User')!.commentText).toBe('A person who signs in.');
    expect(graph.modelByName.get('AuditEvent')!.fieldByName.get('tenantId')!.commentText).toBe('no relation on purpose');
  });

  it('takes the table name from @@map', () => {
    expect(graph.modelByName.get('Project')!.dbName).toBe('projects');
    expect(graph.modelByName.get('Task')!.dbName).toBe('Task');
  });
});

describe('buildGraph: relations', () => {
  const graph = graphOf(SAAS);
  const model = (name: string) => graph.modelByName.get(name)!;
  const relation = (modelName: string, field: string) => model(modelName).relations.find((r) => r.field.name === field)!;

  it('resolves the owning side with keys and referential actions', () => {
    expect(relation('Task', 'tenant')).toMatchObject({
      fields: ['tenantId'],
      references: ['id'],
      onDelete: 'Cascade',
      onUpdate: 'Restrict',
    });
    expect(relation('Task', 'tenant').from).toBe(model('Task'));
    expect(relation('Task', 'tenant').to).toBe(model('Tenant'));
    expect(relation('Project', 'tenant').onDelete).toBeUndefined();
  });

  it('pairs both sides of an unnamed relation', () => {
    expect(relation('Task', 'project').opposite).toBe(model('Project').fieldByName.get('tasks'));
    expect(relation('Project', 'tasks').opposite).toBe(model('Task').fieldByName.get('project'));
    expect(relation('Project', 'tasks')).toMatchObject({ fields: [], references: [] });
  });

  it('pairs two relations between the same models by their names (positional and name:)', () => {
    expect(relation('Task', 'owner')).toMatchObject({ name: 'TaskOwner' });
    expect(relation('Task', 'owner').opposite).toBe(model('User').fieldByName.get('ownedTasks'));
    expect(relation('Task', 'creator')).toMatchObject({ name: 'TaskCreator' });
    expect(relation('Task', 'creator').opposite).toBe(model('User').fieldByName.get('createdTasks'));
    expect(relation('User', 'createdTasks').opposite).toBe(model('Task').fieldByName.get('creator'));
  });

  it('pairs a self-relation with its other side in the same model', () => {
    expect(relation('Project', 'parent')).toMatchObject({ name: 'ProjectTree', onDelete: 'SetNull', fields: ['parentId'] });
    expect(relation('Project', 'parent').opposite).toBe(model('Project').fieldByName.get('children'));
    expect(relation('Project', 'children').opposite).toBe(model('Project').fieldByName.get('parent'));
  });

  it('lists the owning relations that point at each model', () => {
    const describe = (name: string) => model(name).referencedBy!.map((r) => `${r.from.name}.${r.field.name}`);
    expect(describe('Tenant')).toEqual(['User.tenant', 'Project.tenant', 'Task.tenant', 'Label.tenant']);
    expect(describe('User')).toEqual(['Task.owner', 'Task.creator']);
    expect(describe('Project')).toEqual(['Project.parent', 'Task.project']);
    expect(describe('Label')).toEqual([]);
  });

  it('leaves a relation without a back side unpaired', () => {
    const g = graphOf(
      'model A {\n  id String @id\n  bId String\n  b B @relation(fields: [bId], references: [id])\n}\nmodel B {\n  id String @id\n}\n',
    );
    expect(g.modelByName.get('A')!.relations[0].opposite).toBeUndefined();
    expect(g.modelByName.get('B')!.relations).toEqual([]);
  });
});

describe('buildGraph: ids, uniques and indexes', () => {
  const graph = graphOf(SAAS);

  it('collects field-level and block-level entries with their columns and positions', () => {
    const user = graph.modelByName.get('User')!;
    expect(user.indexes.map(({ kind, fields, name, fieldLevel }) => ({ kind, fields, name, fieldLevel }))).toEqual([
      { kind: 'id', fields: ['id'], name: undefined, fieldLevel: true },
      { kind: 'unique', fields: ['email'], name: 'user_email', fieldLevel: true },
    ]);
    expect(user.indexes[1].pos.line).toBe(lineOf(SAAS, '@unique(map: "user_email")'));

    const task = graph.modelByName.get('Task')!;
    expect(task.indexes.map(({ kind, fields, name, fieldLevel }) => ({ kind, fields, name, fieldLevel }))).toEqual([
      { kind: 'id', fields: ['id'], name: undefined, fieldLevel: true },
      { kind: 'id', fields: ['tenantId', 'id'], name: undefined, fieldLevel: false },
      { kind: 'unique', fields: ['tenantId', 'slug'], name: 'task_slug', fieldLevel: false },
      { kind: 'index', fields: ['projectId', 'status'], name: undefined, fieldLevel: false },
    ]);
    expect(task.indexes[3].pos.line).toBe(lineOf(SAAS, '@@index([projectId(sort: Desc)'));
  });

  it('reads fields: as a named argument too', () => {
    const g = graphOf('model A {\n  a Int\n  b Int\n  @@unique(fields: [a, b], map: "a_b")\n}\n');
    expect(g.models[0].indexes).toMatchObject([{ kind: 'unique', fields: ['a', 'b'], name: 'a_b' }]);
  });
});

describe('buildGraph: tenant detection', () => {
  it('takes the key most models use to reference one model (at least 3)', () => {
    const graph = graphOf(SAAS);
    expect(graph.tenantKey).toBe('tenantId');
    expect(graph.tenantModel?.name).toBe('Tenant');
  });

  it('marks every model holding the key as tenant-scoped, with its relation when it has one', () => {
    const graph = graphOf(SAAS);
    const scoped = graph.models.filter((m) => m.tenantField).map((m) => m.name);
    expect(scoped).toEqual(['User', 'Project', 'Task', 'Label', 'AuditEvent']);
    const task = graph.modelByName.get('Task')!;
    expect(task.tenantField).toBe(task.fieldByName.get('tenantId'));
    expect(task.tenantRelation).toBe(task.relations.find((r) => r.field.name === 'tenant'));
    const audit = graph.modelByName.get('AuditEvent')!;
    expect(audit.tenantField).toBe(audit.fieldByName.get('tenantId'));
    expect(audit.tenantRelation).toBeUndefined();
    expect(graph.tenantModel!.tenantField).toBeUndefined();
  });

  it('finds no tenant when fewer than 3 models share a key', () => {
    const code = `model Org {\n  id String @id\n  a A[]\n  b B[]\n}\nmodel A {\n  id String @id\n  orgId String\n  org Org @relation(fields: [orgId], references: [id])\n}\nmodel B {\n  id String @id\n  orgId String\n  org Org @relation(fields: [orgId], references: [id])\n}\n`;
    const graph = graphOf(code);
    expect(graph.tenantKey).toBeUndefined();
    expect(graph.models.every((m) => m.tenantField === undefined)).toBe(true);
    // ...unless the key is named explicitly.
    const named = graphOf(code, { tenantKey: 'orgId' });
    expect(named.tenantKey).toBe('orgId');
    expect(named.tenantModel?.name).toBe('Org');
    expect(named.models.filter((m) => m.tenantField).map((m) => m.name)).toEqual(['A', 'B']);
  });

  it('prefers the key used by more models, and a tenant-like name on a tie', () => {
    const model = (name: string, keys: string[]) =>
      `model ${name} {\n  id String @id\n${keys.map((k) => `  ${k}Id String\n  ${k} ${k[0].toUpperCase()}${k.slice(1)} @relation(fields: [${k}Id], references: [id])`).join('\n')}\n}\n`;
    const parents = 'model Workspace {\n  id String @id\n}\nmodel Author {\n  id String @id\n}\n';
    const tie = graphOf(
      parents + model('A', ['author', 'workspace']) + model('B', ['author', 'workspace']) + model('C', ['author', 'workspace']),
    );
    expect(tie.tenantKey).toBe('workspaceId');
    const fewNamed = graphOf(
      parents + model('A', ['author', 'workspace']) + model('B', ['author', 'workspace']) + model('C', ['author']) + model('D', ['author']),
    );
    expect(fewNamed.tenantKey).toBe('authorId');
  });

  it('takes a key named like a tenant over a user key that more models carry', () => {
    const model = (name: string, keys: string[]) =>
      `model ${name} {\n  id String @id\n${keys.map((k) => `  ${k}Id String\n  ${k} ${k[0].toUpperCase()}${k.slice(1)} @relation(fields: [${k}Id], references: [id])`).join('\n')}\n}\n`;
    const parents = 'model Team {\n  id String @id\n}\nmodel User {\n  id String @id\n}\n';
    const graph = graphOf(
      parents +
        model('A', ['user', 'team']) +
        model('B', ['user', 'team']) +
        model('C', ['user', 'team']) +
        model('D', ['user']) +
        model('E', ['user']),
    );
    expect(graph.tenantKey).toBe('teamId');
    expect(graph.tenantModel?.name).toBe('Team');
  });

  it('climbs from a scope to the model that owns it: sites of a publisher', () => {
    const code = `model Publisher {
  id String @id
}
model Site {
  id             String       @id
  publisherId String
  publisher   Publisher @relation(fields: [publisherId], references: [id])
}
${['A', 'B', 'C', 'D', 'E'].map((m) => `model ${m} {\n  id String @id\n  siteId String\n  site Site @relation(fields: [siteId], references: [id])\n}`).join('\n')}
${['F', 'G'].map((m) => `model ${m} {\n  id String @id\n  publisherId String\n  publisher Publisher @relation(fields: [publisherId], references: [id])\n}`).join('\n')}
`;
    const graph = graphOf(code);
    expect(graph.tenantKey).toBe('publisherId');
    expect(graph.tenantModel?.name).toBe('Publisher');
  });

  it('accepts keys spelt with a capital ID (teamID)', () => {
    const models = ['A', 'B', 'C']
      .map((m) => `model ${m} {\n  id String @id\n  teamID String\n  team Team @relation(fields: [teamID], references: [id])\n}`)
      .join('\n');
    const graph = graphOf(`model Team {\n  id String @id\n}\n${models}\n`);
    expect(graph.tenantKey).toBe('teamID');
  });
});

describe('buildGraph: strict validation', () => {
  const expectError = (code: string, at: string, message: RegExp) => {
    let caught: unknown;
    try {
      graphOf(code, { strict: true });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SchemaParseError);
    expect((caught as SchemaParseError).pos.line).toBe(lineOf(code, at));
    expect((caught as SchemaParseError).message).toMatch(message);
  };

  it('rejects an undefined field type', () => {
    expectError('model A {\n  id Int @id\n  b Bee\n}\n', 'b Bee', /Type "Bee" of field "A.b" is not defined/);
  });

  it('rejects index and relation columns that are not fields', () => {
    expectError('model A {\n  id Int @id\n  @@index([idd])\n}\n', '@@index', /names "idd", which is not a field of "A"/);
    expectError(
      'model A {\n  id Int @id\n  bId Int\n  b B @relation(fields: [bid], references: [id])\n}\nmodel B {\n  id Int @id\n  a A[]\n}\n',
      '@relation',
      /names "bid"/,
    );
  });

  it('rejects a name declared in two files', () => {
    const a = parseSchema('model A {\n  id Int @id\n}\n', 'a.prisma');
    const b = parseSchema('enum A {\n  X\n}\n', 'b.prisma');
    expect(() => buildGraph([a, b])).toThrow(/b\.prisma:1:1: enum "A" is declared twice \(first as model in a\.prisma:1\)/);
  });

  it('accepts undefined types when not strict (rule tests lint fragments)', () => {
    expect(graphOf('model A {\n  id Int @id\n  b Bee\n}\n').models[0].fieldByName.get('b')).toMatchObject({
      isRelation: false,
      isEnum: false,
    });
  });
});
