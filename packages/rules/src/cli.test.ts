/**
 * The CLI as users run it: a real `node bin/lint-schema.cjs` process per case, checking exit codes and that each
 * output format parses and points where the schema says. Expected positions come from the schema text; the rule
 * tables come from the registry.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME } from './config.js';
import { main } from './cli.js';
import { allRules, lint } from './engine.js';
import { rules as registry } from './rules/index.js';

const BIN = fileURLToPath(new URL('../bin/lint-schema.cjs', import.meta.url));
const PACKAGE_JSON = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as { version: string };

let dir: string;

/** The real executable, as a user runs it. */
function spawnBin(args: string[], cwd = dir): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The same command line in-process (what the executable calls), for the many cases where a process adds nothing. */
function run(args: string[], cwd = dir): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), color: false });
  return { code, stdout, stderr };
}

function lineOf(code: string, text: string): number {
  return code.slice(0, code.indexOf(text)).split('\n').length;
}

function columnOf(code: string, text: string): number {
  const index = code.indexOf(text);
  return index - code.lastIndexOf('\n', index - 1);
}

/** Every registry rule off: only the engine's own suppression rules report, so expectations do not depend on rules. */
const ONLY_SUPPRESSION_RULES = { rules: Object.fromEntries(registry.map((r) => [r.meta.id, 'off'])) };

// One suppression without a reason (error), one that matches nothing (warning).
const WITH_FINDINGS = `model Account {
  id    String @id
  name  String // lint-ignore require-created-at
  // lint-ignore ban-no-such-rule: a typo in the rule id
  email String
}
`;
const CLEAN = `model Account {
  id String @id
}
`;
const UNUSED_ONLY = `model Account {
  id    String @id
  // lint-ignore ban-no-such-rule: a typo in the rule id
  email String
}
`;

const BROKEN = 'model Account {\n  id String @id @default("x)\n}\n';
const brokenAt = `${lineOf(BROKEN, '"x)')}:${columnOf(BROKEN, '"x)')}`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lint-schema-cli-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, CONFIG_FILE_NAME), JSON.stringify(ONLY_SUPPRESSION_RULES));
  writeFileSync(join(dir, 'findings.prisma'), WITH_FINDINGS);
  writeFileSync(join(dir, 'clean.prisma'), CLEAN);
  writeFileSync(join(dir, 'unused.prisma'), UNUSED_ONLY);
  writeFileSync(join(dir, 'broken.prisma'), BROKEN);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reasonLine = lineOf(WITH_FINDINGS, '// lint-ignore require-created-at');
const reasonColumn = columnOf(WITH_FINDINGS, '// lint-ignore require-created-at');
const unusedLine = lineOf(WITH_FINDINGS, '// lint-ignore ban-no-such-rule');

describe('lint-schema exit codes', () => {
  it('exits 0 on a clean schema and prints nothing', () => {
    const result = spawnBin(['clean.prisma']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 0 with only warnings, and 1 when they exceed --max-warnings', () => {
    expect(run(['unused.prisma']).code).toBe(0);
    expect(run(['unused.prisma', '--max-warnings', '1']).code).toBe(0);
    const over = run(['unused.prisma', '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('more than --max-warnings 0');
  });

  it('exits 1 on an error-level finding', () => {
    expect(spawnBin(['findings.prisma']).code).toBe(1);
    expect(run(['clean.prisma', 'findings.prisma']).code).toBe(1);
  });

  it('exits 2 on a parse error and prints file:line:col', () => {
    const result = spawnBin(['broken.prisma']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^broken\\.prisma:${brokenAt}: Unterminated string`, 'm'));
  });

  it('exits 2 on usage errors, saying what was wrong', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--bogus'], /Unknown option '--bogus'/],
      [['--format', 'xml', 'clean.prisma'], /--format xml: unknown format \(use stylish, json, sarif, github\)/],
      [['--max-warnings', 'many', 'clean.prisma'], /--max-warnings many: expected a whole number/],
      [['missing.prisma'], /missing\.prisma: no such file or folder/],
      [['--rule', 'ban-nothing=error', 'clean.prisma'], /--rule: rules\.ban-nothing: unknown rule/],
      [['--config', 'nope.json', 'clean.prisma'], /nope\.json: no such config file/],
    ];
    for (const [args, message] of cases) {
      const result = args[0] === '--bogus' ? spawnBin(args) : run(args);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toMatch(message);
    }
  });

  it('exits 2 when the config file names an unknown rule, naming file and key', () => {
    const sub = join(dir, 'badconfig');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, CONFIG_FILE_NAME), JSON.stringify({ rules: { 'require-everything': 'error' } }));
    writeFileSync(join(sub, 'schema.prisma'), CLEAN);
    const result = run(['schema.prisma'], sub);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(sub, CONFIG_FILE_NAME)}: rules.require-everything: unknown rule`);
  });

  it('uses prisma/schema.prisma when no path is given, and says so when there is none', () => {
    const project = join(dir, 'project');
    mkdirSync(join(project, 'prisma'), { recursive: true });
    writeFileSync(join(project, 'prisma', 'schema.prisma'), WITH_FINDINGS);
    const result = run(['--format', 'json'], project);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).reports[0].file).toBe(join('prisma', 'schema.prisma'));
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(run([], empty)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/neither prisma\/schema\/ nor prisma\/schema\.prisma exists/),
    });
  });
});

/**
 * A prefix that runs a command where file permissions apply: none for an ordinary user; as root, setpriv without the
 * two capabilities that let root read past them (root stays root, so it still reaches this checkout wherever it is).
 * Undefined, with the reason printed, where neither works.
 */
const permissionsApply: string[] | undefined = (() => {
  if (process.getuid?.() !== 0) return [];
  const prefix = ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--'];
  const probeDir = mkdtempSync(join(tmpdir(), 'lint-schema-probe-'));
  const closedFile = join(probeDir, 'closed');
  writeFileSync(closedFile, 'x', { mode: 0o000 });
  const probe = spawnSync(prefix[0]!, [...prefix.slice(1), 'cat', closedFile], { encoding: 'utf8' });
  rmSync(probeDir, { recursive: true, force: true });
  if (probe.status !== 0 && /Permission denied/.test(probe.stderr)) return prefix;
  console.log(
    `[cli.test] skipped the permission cases: as root, setpriv could not drop the right to read any file (${probe.error?.message ?? probe.stderr.trim()})`,
  );
  return undefined;
})();

describe('lint-schema when the system will not let it read (one line, exit code 2, no stack trace)', () => {
  function spawnWhereClosed(args: string[]): { code: number; stderr: string } {
    const command = [...permissionsApply!, process.execPath, BIN, ...args];
    const result = spawnSync(command[0]!, command.slice(1), { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: result.status ?? -1, stderr: result.stderr };
  }

  function expectOneLine(result: { code: number; stderr: string }, line: string): void {
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toBe(`lint-schema: ${line}\n`);
  }

  it.runIf(permissionsApply)('a schema file it may not read', () => {
    writeFileSync(join(dir, 'secret.prisma'), CLEAN, { mode: 0o000 });
    expectOneLine(
      spawnWhereClosed(['secret.prisma']),
      `cannot open ${join(dir, 'secret.prisma')}: EACCES: permission denied; check the path and its permissions`,
    );
  });

  it.runIf(permissionsApply)('a schema under a folder it may not enter', () => {
    mkdirSync(join(dir, 'closed'));
    writeFileSync(join(dir, 'closed', 'schema.prisma'), CLEAN);
    chmodSync(join(dir, 'closed'), 0o000);
    try {
      expectOneLine(
        spawnWhereClosed(['closed/schema.prisma']),
        'closed/schema.prisma: permission denied (the file or folder, or a folder above it, is closed to this user); check its permissions',
      );
    } finally {
      chmodSync(join(dir, 'closed'), 0o755);
    }
  });

  it.runIf(permissionsApply)('a config file it may not read', () => {
    writeFileSync(join(dir, 'closed-config.json'), '{}', { mode: 0o000 });
    expectOneLine(
      spawnWhereClosed(['--config', 'closed-config.json', 'clean.prisma']),
      `${join(dir, 'closed-config.json')}: permission denied (the config file, or a folder above it, is closed to this user); check its permissions`,
    );
  });

  it('a symbolic link that points to itself', () => {
    symlinkSync('loop.prisma', join(dir, 'loop.prisma'));
    expectOneLine(spawnBin(['loop.prisma']), 'loop.prisma: a loop of symbolic links; fix the link');
  });

  it('a copy of the command whose package was neither built nor has its sources', () => {
    const copy = mkdtempSync(join(tmpdir(), 'lint-schema-unbuilt-'));
    try {
      cpSync(fileURLToPath(new URL('../bin', import.meta.url)), join(copy, 'bin'), { recursive: true });
      const result = spawnSync(process.execPath, [join(copy, 'bin', 'lint-schema.cjs'), 'clean.prisma'], { cwd: dir, encoding: 'utf8' });
      expectOneLine(
        { code: result.status ?? -1, stderr: result.stderr },
        `${join(copy, 'dist', 'cli.cjs')} is missing: the package was not built; run pnpm --filter @leadmetrics/rules build`,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('lint-schema options', () => {
  it('--rule overrides the config file level', () => {
    expect(run(['findings.prisma', '--rule', 'require-suppression-reason=warning']).code).toBe(0);
    expect(run(['unused.prisma', '--rule', 'ban-unused-suppression=error']).code).toBe(1);
  });

  it('--quiet hides warnings but keeps errors', () => {
    const result = JSON.parse(run(['findings.prisma', '--quiet', '--format', 'json']).stdout) as { reports: Array<{ severity: string }> };
    expect(result.reports.map((r) => r.severity)).toEqual(['error']);
  });

  it('--config replaces the config file found by searching', () => {
    writeFileSync(
      join(dir, 'strict.json'),
      JSON.stringify({ rules: { ...ONLY_SUPPRESSION_RULES.rules, 'ban-unused-suppression': 'error' } }),
    );
    expect(run(['unused.prisma', '--config', 'strict.json']).code).toBe(1);
  });

  it('--print-config shows every rule with the level that applies', () => {
    const result = run(['--print-config', '--rule', 'ban-unused-suppression=info', 'clean.prisma']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { source: string; rules: Record<string, unknown> };
    expect(printed.source).toBe(CONFIG_FILE_NAME);
    expect(Object.keys(printed.rules).sort()).toEqual(
      allRules()
        .map((r) => r.meta.id)
        .sort(),
    );
    expect(printed.rules['ban-unused-suppression']).toBe('info');
    for (const rule of registry) expect([printed.rules[rule.meta.id]].flat()[0]).toBe('off');
  });

  it('--version prints the package version', () => {
    expect(spawnBin(['--version']).stdout.trim()).toBe(PACKAGE_JSON.version);
  });

  it('--help exits 0 and documents exactly the options the CLI accepts', () => {
    const help = spawnBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: lint-schema \[options\] \[paths\.\.\.\]/);
    for (const format of ['stylish', 'json', 'sarif', 'github']) expect(help.stdout).toContain(format);
    const documented = [...new Set([...help.stdout.matchAll(/(?<![\w-])--([a-z][a-z-]+)/g)].map((m) => m[1]))].sort();
    expect(documented).toEqual(['config', 'format', 'help', 'max-warnings', 'print-config', 'quiet', 'rule', 'version']);
    // Each documented option is really accepted (an unknown one would exit 2 with "Unknown option").
    for (const option of documented) {
      const args =
        option === 'format'
          ? ['--format', 'json']
          : option === 'config'
            ? ['--config', CONFIG_FILE_NAME]
            : option === 'rule'
              ? ['--rule', 'ban-unused-suppression=off']
              : option === 'max-warnings'
                ? ['--max-warnings', '5']
                : [`--${option}`];
      expect(run([...args, 'clean.prisma']).stderr).not.toMatch(/Unknown option/);
    }
  });
});

describe('lint-schema formats', () => {
  it('stylish: a header per file, line:col severity message rule-id, help, summary', () => {
    const result = spawnBin(['findings.prisma']);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('findings.prisma');
    const errorLine = lines.find((l) => l.includes('require-suppression-reason'))!;
    expect(errorLine).toMatch(
      new RegExp(`^\\s+${reasonLine}:${reasonColumn}\\s+error\\s+.*"require-created-at".*\\s{2}require-suppression-reason$`),
    );
    const warningLine = lines.find((l) => l.includes('ban-unused-suppression'))!;
    expect(warningLine).toMatch(new RegExp(`^\\s+${unusedLine}:3\\s+warning\\s+`));
    expect(lines[lines.indexOf(errorLine) + 1]).toMatch(/^\s+help: /);
    expect(result.stdout).toContain('✖ 2 problems (1 error, 1 warning, 0 info)');
  });

  it('json: parses, and matches the in-process lint of the same file', () => {
    const result = run(['findings.prisma', '--format', 'json']);
    const parsed = JSON.parse(result.stdout) as { reports: Array<Record<string, unknown>>; summary: Record<string, number> };
    const direct = lint({ files: [join(dir, 'findings.prisma')] });
    expect(parsed.reports).toEqual(direct.reports.map((r) => ({ ...r, file: 'findings.prisma' })));
    expect(parsed.reports.map((r) => [r.ruleId, r.line, r.column])).toEqual([
      ['require-suppression-reason', reasonLine, reasonColumn],
      ['ban-unused-suppression', unusedLine, 3],
    ]);
    expect(parsed.summary).toEqual({ errors: 1, warnings: 1, infos: 0, suppressed: 0 });
  });

  it('json: includes parse errors with their position', () => {
    const parsed = JSON.parse(run(['broken.prisma', '--format', 'json']).stdout) as { errors: unknown[] };
    expect(parsed.errors).toEqual([
      {
        message: expect.stringContaining('Unterminated string'),
        file: 'broken.prisma',
        line: lineOf(BROKEN, '"x)'),
        column: columnOf(BROKEN, '"x)'),
      },
    ]);
  });

  it('sarif: a valid 2.1.0 log with the rule table and located results', () => {
    const sarif = JSON.parse(run(['findings.prisma', '--format', 'sarif']).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.name).toBe('lint-schema');
    expect(run0.tool.driver.version).toBe(PACKAGE_JSON.version);
    const ids = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(allRules().map((r) => r.meta.id));
    for (const rule of run0.tool.driver.rules) {
      expect(typeof rule.shortDescription.text).toBe('string');
      expect(['error', 'warning', 'note', 'none']).toContain(rule.defaultConfiguration.level);
    }
    expect(run0.results).toHaveLength(2);
    for (const result of run0.results) {
      expect(ids[result.ruleIndex]).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(typeof result.message.text).toBe('string');
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('findings.prisma');
    }
    expect(run0.results[0]).toMatchObject({
      ruleId: 'require-suppression-reason',
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: reasonLine, startColumn: reasonColumn } } }],
    });
    expect(run0.results[1].level).toBe('warning');
  });

  it('github: one workflow command per report, escaped', () => {
    const lines = run(['findings.prisma', '--format', 'github']).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^::error file=findings\\.prisma,line=${reasonLine},col=${reasonColumn},title=require-suppression-reason::[^\\n]+$`),
    );
    expect(lines[1]).toMatch(new RegExp(`^::warning file=findings\\.prisma,line=${unusedLine},col=3,title=ban-unused-suppression::`));
    const parseError = run(['broken.prisma', '--format', 'github']).stdout;
    expect(parseError).toMatch(
      new RegExp(
        `^::error file=broken\\.prisma,line=${lineOf(BROKEN, '"x)')},col=${columnOf(BROKEN, '"x)')},title=parse error::Unterminated`,
      ),
    );
  });
});

describe('pnpm lint:schema (the workspace script)', () => {
  const script = fileURLToPath(new URL('../../../scripts/lint-schema.mjs', import.meta.url));
  const correctedConfig = fileURLToPath(new URL('../../db/prisma/schema/lint-schema.config.json', import.meta.url));
  let caller: string;
  beforeAll(() => {
    caller = mkdtempSync(join(tmpdir(), 'lint-schema-caller-'));
    writeFileSync(join(caller, 'draft.prisma'), WITH_FINDINGS);
    writeFileSync(join(caller, CONFIG_FILE_NAME), JSON.stringify(ONLY_SUPPRESSION_RULES));
  });
  afterAll(() => rmSync(caller, { recursive: true, force: true }));

  /** As pnpm runs it: from the repository root, with the caller's folder in INIT_CWD. */
  function spawnScript(args: string[], initCwd: string) {
    const result = spawnSync(process.execPath, [script, ...args], {
      cwd: fileURLToPath(new URL('../../..', import.meta.url)),
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: initCwd, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  }

  it('reads a relative path from the folder the command was typed in', () => {
    const result = spawnScript(['draft.prisma', '-f', 'json'], caller);
    expect(result.code).toBe(1);
    const reports = (JSON.parse(result.stdout) as { reports: { file: string; ruleId: string }[] }).reports;
    expect(new Set(reports.map((r) => r.file))).toEqual(new Set(['draft.prisma']));
    // The same words typed elsewhere name a file that is not there.
    const elsewhere = spawnScript(['draft.prisma'], tmpdir());
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('draft.prisma: no such file or folder');
  });

  it('lints the corrected schema, and only it, when given no path', () => {
    const result = spawnScript(['--print-config'], caller);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { source: string };
    expect(join(caller, printed.source)).toBe(correctedConfig);
    expect(spawnScript(['--help'], caller).stdout).not.toMatch(/prisma\/schema\.prisma/);
  });
});
