// The generated-client path end to end: prisma-client generator output + @prisma/adapter-pg
// against a real database, writing and reading rows.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SCHEMA } from '../test/support/fixture-schema.js';
import { createFixtureProject, type FixtureProject } from '../test/support/fixture-project.js';
import { createLegacyPrismaClient, createPrismaClient } from './client.js';
import { packageRoot } from './paths.js';
import { runPrismaOrThrow } from './prisma-cli.js';
import { useTestDatabase } from './test-database.js';

const db = useTestDatabase({ prefix: 'lm_client' });

describe('a generated client over adapter-pg', () => {
  let fixture: FixtureProject;
  let outputDir: string;
  beforeAll(async () => {
    // Generated inside packages/db so the client's own imports (@prisma/client/runtime) resolve.
    outputDir = await mkdtemp(path.join(packageRoot, 'generated', 'test-fixture-'));
    fixture = await createFixtureProject({
      schema: FIXTURE_SCHEMA.replace('output   = "../generated"', `output   = ${JSON.stringify(outputDir)}`),
    });
    await fixture.run(['generate'], { databaseUrl: null }).then((r) => expect(r.code, r.stderr).toBe(0));
    await fixture.run(['db', 'push'], { databaseUrl: db.url }).then((r) => expect(r.code, r.stderr).toBe(0));
  });
  afterAll(async () => {
    await fixture?.dispose();
    if (outputDir) await rm(outputDir, { recursive: true, force: true });
  });

  it('writes rows, reads them back through a relation, and cascades a delete as the schema says', async () => {
    const { PrismaClient } = await import(pathToFileURL(path.join(outputDir, 'client.ts')).href);
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
    try {
      const tenant = await prisma.tenant.create({
        data: { name: 'Acme', users: { create: [{ email: 'a@acme.test' }, { email: 'b@acme.test', role: 'OWNER' }] } },
      });
      const read = await prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id }, include: { users: { orderBy: { email: 'asc' } } } });
      expect(read.name).toBe('Acme');
      expect(read.users.map((u: { email: string; role: string }) => [u.email, u.role])).toEqual([
        ['a@acme.test', 'MEMBER'],
        ['b@acme.test', 'OWNER'],
      ]);
      await expect(prisma.user.create({ data: { email: 'a@acme.test', tenantId: tenant.id } })).rejects.toThrow(/Unique constraint/);
      await prisma.tenant.delete({ where: { id: tenant.id } });
      expect(await prisma.user.count()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe('createPrismaClient / createLegacyPrismaClient', () => {
  beforeAll(async () => {
    // `pnpm build` generates both; run it here when a bare `vitest` ran first.
    if (!existsSync(path.join(packageRoot, 'generated', 'client', 'client.ts')))
      await runPrismaOrThrow(['generate'], { databaseUrl: null });
  });

  it('connects the corrected-schema client to the given database', async () => {
    const prisma = await createPrismaClient(db.url);
    try {
      const rows = await prisma.$queryRaw<Array<{ name: string }>>`SELECT current_database() AS name`;
      expect(rows).toEqual([{ name: db.name }]);
    } finally {
      await prisma.$disconnect();
    }
  });

  it.runIf(existsSync(path.join(packageRoot, 'generated', 'legacy-client', 'client.ts')))(
    'connects the legacy-schema client to the given database',
    async () => {
      const prisma = await createLegacyPrismaClient(db.url);
      try {
        const rows = await prisma.$queryRaw<Array<{ name: string }>>`SELECT current_database() AS name`;
        expect(rows).toEqual([{ name: db.name }]);
      } finally {
        await prisma.$disconnect();
      }
    },
  );
});
