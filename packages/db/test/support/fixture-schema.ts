// A small schema that has what the real one has in kind: a tenant, a relation with ON DELETE
// CASCADE, a unique, an enum. Tests derive their expectations from this text, not from output.
import { DATASOURCE_BLOCK } from './fixture-project.js';

export const FIXTURE_SCHEMA = `${DATASOURCE_BLOCK}
generator client {
  provider = "prisma-client"
  output   = "../generated"
}

model Tenant {
  id    Int    @id @default(autoincrement())
  name  String
  users User[]
}

model User {
  id       Int    @id @default(autoincrement())
  email    String @unique
  tenantId Int
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  role     Role   @default(MEMBER)
}

enum Role {
  OWNER
  MEMBER
}
`;

/** The same schema plus one optional column, for "what would change" commands. */
export const FIXTURE_SCHEMA_WITH_NICKNAME = FIXTURE_SCHEMA.replace(
  '  role     Role   @default(MEMBER)\n',
  '  role     Role   @default(MEMBER)\n  nickname String?\n',
);

/** Hand-written DDL equivalent to FIXTURE_SCHEMA, split in two migrations. */
export const FIXTURE_MIGRATIONS: Record<string, string> = {
  '20240101000000_tenants': `CREATE TABLE "Tenant" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);
`,
  '20240102000000_users': `CREATE TYPE "Role" AS ENUM ('OWNER', 'MEMBER');

CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "tenantId" INTEGER NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'MEMBER',
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

ALTER TABLE "User" ADD CONSTRAINT "User_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
`,
};

/** Model names declared in a schema text. */
export function modelNames(schema: string): string[] {
  return [...schema.matchAll(/^model\s+(\w+)\s*\{/gm)].map((m) => m[1]!);
}

/** Enum name → labels, in declaration order. */
export function enumLabels(schema: string): Record<string, string[]> {
  return Object.fromEntries(
    [...schema.matchAll(/^enum\s+(\w+)\s*\{([^}]*)\}/gm)].map((m) => [
      m[1]!,
      m[2]!
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ]),
  );
}
