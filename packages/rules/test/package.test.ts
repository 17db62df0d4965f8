/**
 * The package as a stranger installs it: `pnpm pack` builds the tarball, npm installs it into an empty project
 * (offline: the package needs nothing from a registry), and the `lint-schema` command and the programmatic API run
 * there with no TypeScript runtime, writing nothing into the project while they run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine.js';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPO_ROOT = join(PACKAGE_ROOT, '..', '..');

const FINDINGS =
  'datasource db {\n  provider = "postgresql"\n}\nmodel Account {\n  id       String @id\n  tenantId String\n  // lint-ignore require-created-at\n  email    String\n}\n';
const CLEAN =
  'datasource db {\n  provider = "postgresql"\n}\n/// One account.\nmodel Account {\n  id        String   @id\n  createdAt DateTime @default(now())\n}\n';

/** pnpm as this test was started with it, else the pinned version through npx. */
function pnpm(args: string[], cwd: string): string {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return execFileSync(process.execPath, [execPath, ...args], { cwd, encoding: 'utf8' });
  return execFileSync('npx', ['-y', 'pnpm@10.34.9', ...args], { cwd, encoding: 'utf8' });
}

/** Every file under `dir` with its size and modification time, to see that nothing was written. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(`${path} ${statSync(path).size} ${statSync(path).mtimeMs}`);
    }
  };
  walk(dir);
  return out.sort();
}

let work: string;
let project: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lint-schema-pack-'));
  pnpm(['--filter', '@leadmetrics/rules', 'pack', '--pack-destination', work], REPO_ROOT);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'))!;
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'stranger', version: '1.0.0', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, tarball)], { cwd: project, encoding: 'utf8' });
  writeFileSync(join(project, 'findings.prisma'), FINDINGS);
  writeFileSync(join(project, 'clean.prisma'), CLEAN);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function npx(args: string[]) {
  const result = spawnSync('npx', ['--no-install', 'lint-schema', ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('the packed package', () => {
  it('installs built JavaScript with type declarations, named entry points only, and no TypeScript runtime', () => {
    const installed = join(project, 'node_modules', '@leadmetrics', 'rules');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      dependencies?: object;
    };
    expect(Object.keys(manifest.exports)).toEqual(['.']);
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(statSync(join(installed, 'dist', 'index.d.ts')).isFile()).toBe(true);
    expect(readdirSync(installed)).not.toContain('src');
    expect(readdirSync(join(project, 'node_modules')).sort()).toEqual(['.bin', '.package-lock.json', '@leadmetrics']);
  });

  it('runs npx lint-schema with the exit codes a CI expects, writing nothing', () => {
    const before = snapshot(project);
    const found = npx(['findings.prisma', '--format', 'sarif']);
    expect(found.code, found.stderr).toBe(1);
    const sarif = JSON.parse(found.stdout) as { runs: { results: { ruleId: string }[] }[] };
    const expected = lint({ text: FINDINGS, file: 'findings.prisma', config: {} })
      .reports.map((r) => r.ruleId)
      .sort();
    expect(sarif.runs[0].results.map((r) => r.ruleId).sort()).toEqual(expected);
    expect(npx(['clean.prisma']).code).toBe(0);
    expect(npx(['missing.prisma']).code).toBe(2);
    expect(snapshot(project)).toEqual(before);
  });

  it('runs the command from one bundled file whose code cache this Node accepts', () => {
    // The cache is only worth shipping if V8 takes it: it rejects one made under other flags or another Node.
    const loader = join(project, 'node_modules', '@leadmetrics', 'rules', 'bin', 'load-cli.cjs');
    const script = `const l = await import(${JSON.stringify(loader)}); l.tuneForShortRuns();
const { cli, script } = l.compileBuiltCli();
console.log(JSON.stringify({ main: typeof cli.main, rejected: script.cachedDataRejected }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ main: 'function', rejected: false });
  });

  it('serves the programmatic API to plain Node', () => {
    const script = `import { lint, parseSchema, buildGraph } from '@leadmetrics/rules';
const text = ${JSON.stringify(FINDINGS)};
const graph = buildGraph([parseSchema(text, 'findings.prisma')]);
console.log(JSON.stringify({ models: graph.models.map((m) => m.name), reports: lint({ text, file: 'findings.prisma', config: {} }).reports.map((r) => r.ruleId).sort() }));`;
    writeFileSync(join(project, 'api.mjs'), script);
    const out = JSON.parse(execFileSync(process.execPath, ['api.mjs'], { cwd: project, encoding: 'utf8' })) as {
      models: string[];
      reports: string[];
    };
    expect(out.models).toEqual(['Account']);
    expect(out.reports).toEqual(
      lint({ text: FINDINGS, file: 'findings.prisma', config: {} })
        .reports.map((r) => r.ruleId)
        .sort(),
    );
  });

  it('type-checks a TypeScript consumer against the declarations', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      "import { lint, type Report } from '@leadmetrics/rules';\nconst reports: Report[] = lint({ text: '', config: {} }).reports;\nconst count: number = reports.length;\nexport { count };\n",
    );
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const compilerOptions = { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', types: [] };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    const result = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: project, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
