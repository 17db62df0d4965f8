/**
 * Prisma's checks beyond names, one per case: a schema Prisma accepts, and the same schema with one line changed so
 * that Prisma rejects it. The linter must accept the first and reject the second at the changed line, with a message
 * that says what is wrong. Prisma's own engine judges both texts too, so a case cannot drift from what Prisma does.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph.js';
import { parseSchema } from './parser.js';
import { SchemaParseError } from './types.js';

const require = createRequire(import.meta.url);
const prisma = require('@prisma/prisma-schema-wasm') as { validate(params: string): void };

function prismaAccepts(text: string): boolean {
  try {
    prisma.validate(JSON.stringify({ prismaSchema: [['schema.prisma', text]], noColor: true }));
    return true;
  } catch {
    return false;
  }
}

function linterError(text: string): SchemaParseError | undefined {
  try {
    buildGraph([parseSchema(text, 'schema.prisma')], { strict: true });
    return undefined;
  } catch (error) {
    if (error instanceof SchemaParseError) return error;
    throw error;
  }
}

const POSTGRES = 'datasource db {\n  provider = "postgresql"\n}\n';
const MONGO = 'datasource db {\n  provider = "mongodb"\n}\n';

const BASE = `${POSTGRES}
enum Status {
  ACTIVE
  DONE
}

model Team {
  id      Int      @id @default(autoincrement())
  name    String   @unique @db.VarChar(80)
  rank    Int      @default(0)
  members Member[]
}

model Log {
  at   Int     @id
  note String?
}

model Member {
  id        String   @id @default(uuid())
  teamId    Int
  team      Team     @relation(fields: [teamId], references: [id], onDelete: Cascade)
  status    Status   @default(ACTIVE)
  joinedAt  DateTime @default(now())
  updatedAt DateTime @updatedAt
  email     String
  @@unique([teamId, email], name: "perTeam")
  @@index([status], type: Hash)
}
`;

/**
 * [what is checked, the text to replace, its replacement, what the message must say, the text on the line the
 * message must point at (default: the replaced text; '' when the replacement removes the line)].
 */
const CASES: [string, string, string, RegExp, string?][] = [
  ['an unknown field attribute', 'email     String', 'email     String @uniqe', /@uniqe is not known/],
  ['an unknown argument', '@@index([status], type: Hash)', '@@index([status], typ: Hash)', /no such argument: an argument "typ"/],
  ['an attribute given twice', 'email     String', 'email     String @map("a") @map("b")', /@map is given twice/],
  ['a required argument left out', 'email     String', 'email     String @map()', /needs its "name" argument/],
  ['a compound name with other characters', 'name: "perTeam"', 'name: "per-team"', /may hold only letters/],
  ['an unknown default function', '@default(now())', '@default(today())', /today\(\) is not a default function/],
  ['a default function for another type', '@default(now())', '@default(uuid())', /uuid\(\) cannot fill a field of type DateTime/],
  ['an enum default that is no value', '@default(ACTIVE)', '@default(PAUSED)', /PAUSED is not a valid value of enum Status/],
  ['an unknown referential action', 'onDelete: Cascade', 'onDelete: Remove', /onDelete must be one of/],
  ['an unknown native type', '@db.VarChar(80)', '@db.VarChr(80)', /Native type VarChr does not exist for postgresql/],
  ['a native type for another type', 'email     String', 'email     String @db.Integer', /Integer does not fit a field of type String/],
  ['a native type prefix that is not the datasource', '@db.VarChar(80)', '@pg.VarChar(80)', /"pg" is not the name of the datasource/],
  ['an optional id', 'id      Int      @id', 'id      Int?     @id', /an id field must be required/],
  ['@updatedAt on a non-date', 'updatedAt DateTime @updatedAt', 'updatedAt Int @updatedAt', /only a DateTime field can be @updatedAt/],
  ['a relation without its opposite field', 'members Member[]', '', /has no opposite field on "Team"/, 'team      Team'],
  ['references that are not unique', 'references: [id]', 'references: [rank]', /references \[rank\] must be an @id or @unique/],
  [
    'fields of another type than the references',
    'teamId    Int',
    'teamId    String',
    /"teamId" is String but references "Team.id" of type Int/,
    'team      Team',
  ],
  ['a model without unique criterion', 'at   Int     @id', 'at   Int', /no unique criterion/, 'model Log'],
  ['an unknown datasource provider', 'provider = "postgresql"', 'provider = "postgresq"', /provider "postgresq" is not known/],
  ['an unknown index type', 'type: Hash', 'type: Hashed', /index type Hashed is not known/],
  ['a reserved model name', 'model Log {', 'model delete {', /reserved/],
  ['a field listed twice in an index', '@@index([status], type: Hash)', '@@index([status, status])', /names "status" more than once/],
  ['a model named like a scalar type', 'model Log {', 'model Decimal {', /built-in scalar type/],
  [
    'a constraint name used twice',
    '@@index([status], type: Hash)',
    '@@index([status], map: "Team_name_key")',
    /"Team_name_key" .* is already used/,
  ],
];

describe('Prisma checks beyond names (strict graph)', () => {
  it('accepts the base schema, as Prisma does', () => {
    expect(prismaAccepts(BASE)).toBe(true);
    expect(linterError(BASE)?.message).toBeUndefined();
  });

  for (const [what, text, replacement, message, at = text] of CASES) {
    it(`rejects ${what}, as Prisma does`, () => {
      expect(BASE).toContain(text);
      const broken = BASE.replace(text, replacement);
      expect(prismaAccepts(broken)).toBe(false);
      const error = linterError(broken);
      expect(error?.detail).toMatch(message);
      const pointedAt = broken.split('\n')[error!.pos.line - 1];
      expect(pointedAt).toContain(at === text ? replacement || at : at);
    });
  }

  it('checks MongoDB ids: stored as _id, and an ObjectId when auto()', () => {
    const mongo = `${MONGO}model Doc {\n  id String @id @default(auto()) @map("_id") @db.ObjectId\n}\n`;
    expect(prismaAccepts(mongo)).toBe(true);
    expect(linterError(mongo)).toBeUndefined();
    for (const [from, to, message] of [
      [' @map("_id")', '', /must be stored as _id/],
      [' @db.ObjectId', '', /must be an ObjectId/],
    ] as const) {
      const broken = mongo.replace(from, to);
      expect(prismaAccepts(broken)).toBe(false);
      expect(linterError(broken)?.detail).toMatch(message);
    }
  });

  it('on MongoDB, rejects a second index over the same fields', () => {
    const mongo = `${MONGO}model Doc {\n  id String @id @default(auto()) @map("_id") @db.ObjectId\n  x Int\n  @@index([x])\n}\n`;
    expect(prismaAccepts(mongo)).toBe(true);
    expect(linterError(mongo)).toBeUndefined();
    const twice = mongo.replace('@@index([x])', '@@index([x])\n  @@unique([x], map: "other")');
    expect(prismaAccepts(twice)).toBe(false);
    expect(linterError(twice)?.detail).toMatch(/already has an index over \[x\]/);
  });

  it('rejects composite types outside MongoDB', () => {
    const text = `${POSTGRES}type Address {\n  street String\n}\n`;
    expect(prismaAccepts(text)).toBe(false);
    expect(linterError(text)?.detail).toMatch(/composite types exist only on MongoDB/);
  });

  it('leaves the checks out when asked (fragments in rule tests)', () => {
    const fragment = BASE.replace('members Member[]', '');
    expect(() => buildGraph([parseSchema(fragment, 's.prisma')], { strict: true, semanticChecks: false })).not.toThrow();
  });
});
