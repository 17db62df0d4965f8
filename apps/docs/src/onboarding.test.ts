// ONBOARDING.md shows a real lint run: a draft model, the linter's output on it, and the fixed model. This test runs
// the linter the way `pnpm lint:schema` does (the corrected schema plus the draft, from a sibling package folder) and
// fails when the output shown in ONBOARDING.md is no longer what the linter prints, or the fixed model is not clean.
// It also checks that every relative link of ONBOARDING.md points at something that exists.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadFindingsCatalog } from '@leadmetrics/db';
import { correctedSchemaDir } from '@leadmetrics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './paths.js';

const run = promisify(execFile);
const onboarding = readFileSync(path.join(repoRoot, 'ONBOARDING.md'), 'utf8');
const lintBin = path.join(repoRoot, 'packages', 'rules', 'bin', 'lint-schema.cjs');

/** The fenced block that follows `<!-- onboarding-example:<name> -->`. */
function example(name: string): string {
  const marker = `<!-- onboarding-example:${name} -->`;
  const at = onboarding.indexOf(marker);
  if (at < 0) throw new Error(`ONBOARDING.md has no ${marker}`);
  const match = /```[a-z]*\n([\s\S]*?)\n```/.exec(onboarding.slice(at));
  if (!match) throw new Error(`ONBOARDING.md: no fenced block after ${marker}`);
  return match[1]!;
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'lm-docs-onboarding-'));
  cpSync(correctedSchemaDir, path.join(scratch, 'db', 'prisma', 'schema'), { recursive: true });
  mkdirSync(path.join(scratch, 'rules'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function lintWith(model: string): Promise<{ code: number; stdout: string; stderr: string }> {
  writeFileSync(path.join(scratch, 'db', 'prisma', 'schema', 'surveys.prisma'), `${model}\n`);
  try {
    const { stdout, stderr } = await run(process.execPath, [lintBin, '../db/prisma/schema'], { cwd: path.join(scratch, 'rules'), env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('ONBOARDING.md lint example', () => {
  it('shows exactly what the linter prints for the draft model', async () => {
    const { code, stdout } = await lintWith(example('draft'));
    expect(code).toBe(1);
    expect(stdout.trim(), 'update the output block in ONBOARDING.md').toBe(example('output').trim());
  });

  it('names the review findings whose rules the draft trips', () => {
    const shown = example('output');
    const ids = loadFindingsCatalog()
      .findings.filter((f) => f.rules.some((rule) => shown.includes(`  ${rule}\n`) || shown.endsWith(`  ${rule}`)))
      .map((f) => f.id)
      .sort((a, b) => a - b);
    const words = `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
    expect(onboarding).toContain(`(findings ${words})`);
  });

  it('the fixed model lints clean once Tenant and User have their side of its relations', async () => {
    // Alone, it stops where ONBOARDING.md says it does.
    const alone = await lintWith(example('fixed'));
    expect(alone.code).toBe(2);
    const quoted = /it stops at `([^`]+)`/.exec(onboarding)?.[1];
    expect(quoted, 'ONBOARDING.md quotes where the fixed model alone stops').toBeDefined();
    expect(alone.stderr).toContain(quoted);
    const tenantFile = path.join(scratch, 'db', 'prisma', 'schema', 'tenant.prisma');
    const original = readFileSync(tenantFile, 'utf8');
    const withOpposites = original.replace(/^model (Tenant|User) \{\n/gm, (opening) => `${opening}${example('opposite')}\n`);
    expect(withOpposites.length, 'tenant.prisma declares model Tenant and model User').toBe(original.length + 2 * (example('opposite').length + 1));
    writeFileSync(tenantFile, withOpposites);
    const { code, stdout } = await lintWith(example('fixed'));
    expect(stdout.trim()).toBe('');
    expect(code).toBe(0);
  });
});

describe('ONBOARDING.md links', () => {
  it('point at files of the repository', () => {
    const broken: string[] = [];
    for (const match of onboarding.matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)) {
      const target = match[1]!;
      if (/^[a-z]+:/.test(target)) continue;
      if (!existsSync(path.join(repoRoot, target))) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});
