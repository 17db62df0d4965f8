// Commands that need no database: they must work with no DATABASE_URL, no network and no engine
// binary, through the ordinary CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { createFixtureProject, type FixtureProject } from './support/fixture-project.js';
import { FIXTURE_SCHEMA, enumLabels, modelNames } from './support/fixture-schema.js';

const DOWNLOAD_TRACES = /binaries\.prisma\.sh|Downloading|download(ing)? (the )?engine/i;

describe('Prisma CLI without a database', () => {
  let project: FixtureProject;
  beforeAll(async () => {
    project = await createFixtureProject({ schema: FIXTURE_SCHEMA });
  });
  afterAll(() => project.dispose());

  it('validate accepts a valid schema', async () => {
    const result = await project.run(['validate'], { databaseUrl: null });
    expect(result.stderr + result.stdout).not.toMatch(DOWNLOAD_TRACES);
    expect(result.code).toBe(0);
  });

  it('format rewrites a badly aligned schema into the form `format --check` accepts', async () => {
    const scruffy = FIXTURE_SCHEMA.replace(/ {2,}/g, ' ');
    await project.write('prisma/schema.prisma', scruffy);
    const before = await project.run(['format', '--check'], { databaseUrl: null });
    expect(before.code).not.toBe(0);

    const formatted = await project.run(['format'], { databaseUrl: null });
    expect(formatted.code).toBe(0);
    expect(await project.read('prisma/schema.prisma')).not.toBe(scruffy);
    const after = await project.run(['format', '--check'], { databaseUrl: null });
    expect(after.code).toBe(0);
  });

  it('generate writes a TypeScript client with every model and enum of the schema', async () => {
    await project.write('prisma/schema.prisma', FIXTURE_SCHEMA);
    const result = await project.run(['generate'], { databaseUrl: null });
    expect(result.stderr + result.stdout).not.toMatch(DOWNLOAD_TRACES);
    expect(result.code).toBe(0);
    const generated = path.join(project.dir, 'generated');
    const modelFiles = readdirSync(path.join(generated, 'models')).map((file) => file.replace(/\.ts$/, ''));
    expect(modelFiles.sort()).toEqual(modelNames(FIXTURE_SCHEMA).sort());
    const enums = await project.read('generated/enums.ts');
    for (const [name, labels] of Object.entries(enumLabels(FIXTURE_SCHEMA))) {
      expect(enums).toContain(`export const ${name} =`);
      for (const label of labels) expect(enums).toContain(`${label}: '${label}'`);
    }
  });

  it("an invalid schema fails with Prisma's message pointing at the file and line", async () => {
    const broken = FIXTURE_SCHEMA.replace('  name  String\n', '  name  Strin\n');
    const badLine = broken.split('\n').findIndex((line) => line.includes('Strin')) + 1;
    await project.write('prisma/schema.prisma', broken);
    const result = await project.run(['validate'], { databaseUrl: null });
    expect(result.code).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain(`schema.prisma:${badLine}`);
    expect(output).toContain('Strin');
    await project.write('prisma/schema.prisma', FIXTURE_SCHEMA);
  });
});

describe('packages/db prisma.config.ts', () => {
  it('points a bare `prisma` (no wrapper, no engine variable) at the wasm bridge', () => {
    const require = createRequire(import.meta.url);
    const cli = require.resolve('prisma/build/index.js');
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.PRISMA_SCHEMA_ENGINE_BINARY;
    delete env.DATABASE_URL;
    const result = spawnSync(process.execPath, [cli, 'version'], { cwd: packageRoot, env, encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout + result.stderr).not.toMatch(DOWNLOAD_TRACES);
    expect(result.status).toBe(0);
    const engineLine = result.stdout.split('\n').find((line) => line.startsWith('Schema Engine'));
    expect(engineLine).toContain(path.join('bin', 'schema-engine.cjs'));
    expect(engineLine).toContain('PRISMA_SCHEMA_ENGINE_BINARY');
  });

  it('never leaves a downloaded engine binary behind', () => {
    const require = createRequire(import.meta.url);
    const enginesDir = path.dirname(
      require.resolve('@prisma/engines/package.json', { paths: [path.dirname(require.resolve('prisma/package.json'))] }),
    );
    const binaries = existsSync(enginesDir) ? readdirSync(enginesDir).filter((file) => file.startsWith('schema-engine')) : [];
    expect(binaries).toEqual([]);
  });
});
