import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from './builtin-rules.js';
import { CONFIG_FILE_NAME, UsageError, findConfigFile, loadConfigFile, parseRuleFlag, resolveConfig, validateConfig } from './config.js';
import { allRules, lint } from './engine.js';
import { rules as registry } from './rules/index.js';
import type { Rule } from './types.js';

// Two small rules of the engine's own tests, so these tests do not depend on what the real rules find.
const requireDocRule: Rule = {
  meta: {
    id: 'require-test-doc',
    defaultSeverity: 'warning',
    description: 'Require a doc comment on every model (test rule).',
    rationale: 'test',
    help: 'Add a /// line above the model.',
    options: { ignore: { description: 'Model names to skip.', default: ['Skipped'] } },
  },
  check(context) {
    const ignore = context.options.ignore as string[];
    for (const model of context.graph.models) {
      if (!model.node.doc && !ignore.includes(model.name)) context.report({ model, message: `"${model.name}" has no doc.` });
    }
  },
};

const banFloatRule: Rule = {
  meta: {
    id: 'ban-test-float',
    defaultSeverity: 'error',
    description: 'Disallow Float fields (test rule).',
    rationale: 'test',
    help: 'Use Decimal.',
  },
  check(context) {
    for (const model of context.graph.models) {
      for (const field of model.fields) {
        if (field.type === 'Float')
          context.report({ field, message: `"${model.name}.${field.name}" is a Float.`, help: 'Use Decimal(12, 2).' });
      }
    }
  },
};

const testRules = [banFloatRule, requireDocRule, ...builtinRules];

function lineOf(code: string, text: string): number {
  return code.slice(0, code.indexOf(text)).split('\n').length;
}

const SCHEMA = `/// Documented.
model Price {
  id     Int   @id
  amount Float
}

model Undocumented {
  id Int @id
}

model Skipped {
  id Int @id
}
`;

describe('lint: reports', () => {
  it('runs every rule at its default level and positions reports from the model or field', () => {
    const result = lint({ text: SCHEMA, file: 'x.prisma', config: {}, rules: testRules });
    expect(result.errors).toEqual([]);
    expect(result.reports).toEqual([
      {
        ruleId: 'ban-test-float',
        severity: 'error',
        message: '"Price.amount" is a Float.',
        help: 'Use Decimal(12, 2).',
        file: 'x.prisma',
        line: lineOf(SCHEMA, 'amount Float'),
        column: 3,
        model: 'Price',
        field: 'amount',
      },
      {
        ruleId: 'require-test-doc',
        severity: 'warning',
        message: '"Undocumented" has no doc.',
        help: 'Add a /// line above the model.',
        file: 'x.prisma',
        line: lineOf(SCHEMA, 'model Undocumented'),
        column: 1,
        model: 'Undocumented',
        field: undefined,
      },
    ]);
  });

  it('applies configured levels, "off" and options', () => {
    const result = lint({
      text: SCHEMA,
      config: { rules: { 'ban-test-float': 'info', 'require-test-doc': ['error', { ignore: ['Undocumented'] }] } },
      rules: testRules,
    });
    expect(result.reports.map((r) => [r.ruleId, r.severity, r.model])).toEqual([
      ['ban-test-float', 'info', 'Price'],
      ['require-test-doc', 'error', 'Skipped'],
    ]);
    const off = lint({ text: SCHEMA, config: { rules: { 'ban-test-float': 'off', 'require-test-doc': 'off' } }, rules: testRules });
    expect(off.reports).toEqual([]);
  });

  it('sorts reports by file, line and column across a multi-file schema', () => {
    const result = lint({
      sources: [
        { file: 'b.prisma', text: 'model B {\n  id Int @id\n  x Float\n}\n' },
        { file: 'a.prisma', text: 'model A {\n  id Int @id\n  y Float\n  z Float\n}\n' },
      ],
      config: { rules: { 'require-test-doc': 'off' } },
      rules: testRules,
    });
    expect(result.reports.map((r) => `${r.file}:${r.line}`)).toEqual(['b.prisma:3', 'a.prisma:3', 'a.prisma:4']);
  });

  it('returns parse and schema errors instead of running rules', () => {
    const broken = lint({ text: 'model A {\n  id Int @id\n', file: 'broken.prisma', config: {}, rules: testRules });
    expect(broken.reports).toEqual([]);
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0].pos).toEqual({ file: 'broken.prisma', line: 1, column: 1 });
    const unknownType = lint({ text: 'model A {\n  id Int @id\n  b Missing\n}\n', config: {}, rules: testRules });
    expect(unknownType.errors[0].pos.line).toBe(3);
    expect(unknownType.graph).toBeUndefined();
  });

  it('names a rule that crashes', () => {
    const crashing: Rule = {
      meta: { ...banFloatRule.meta, id: 'ban-crash' },
      check: () => {
        throw new Error('boom');
      },
    };
    expect(() => lint({ text: SCHEMA, config: {}, rules: [crashing] })).toThrow(/Rule "ban-crash" crashed: boom/);
  });
});

describe('lint: suppressions', () => {
  const code = `/// Documented.
model Price {
  id     Int   @id
  // lint-ignore ban-test-float: prices are display-only approximations
  amount Float
  tax    Float // lint-ignore ban-test-float
  rate   Float
  // lint-ignore ban-test-float: nothing to suppress on the next line
  note   String
  // lint-ignore ban-no-such-rule: typo in the id
  label  String
}

// lint-ignore require-test-doc: generated model
model Undocumented {
  id Int @id
}
`;
  const result = lint({ text: code, file: 's.prisma', config: {}, rules: testRules });
  const reported = result.reports.map((r) => `${r.ruleId}@${r.line}`);

  it('removes the reports a suppression with a reason targets, and returns them as suppressed', () => {
    expect(result.suppressed.map((s) => `${s.report.ruleId}@${s.report.line}`)).toEqual([
      `ban-test-float@${lineOf(code, 'amount Float')}`,
      `ban-test-float@${lineOf(code, 'tax    Float')}`,
      `require-test-doc@${lineOf(code, 'model Undocumented')}`,
    ]);
    expect(result.suppressed[0].suppression.reason).toBe('prices are display-only approximations');
    expect(reported).not.toContain(`ban-test-float@${lineOf(code, 'amount Float')}`);
    expect(reported).not.toContain(`require-test-doc@${lineOf(code, 'model Undocumented')}`);
  });

  it('keeps reports on lines no suppression targets', () => {
    expect(reported).toContain(`ban-test-float@${lineOf(code, 'rate   Float')}`);
  });

  it('reports a suppression without a reason (and still suppresses)', () => {
    const line = lineOf(code, 'tax    Float');
    const missing = result.reports.filter((r) => r.ruleId === 'require-suppression-reason');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'error', line, column: code.split('\n')[line - 1].indexOf('//') + 1 });
    expect(missing[0].message).toContain('"ban-test-float"');
  });

  it('reports unused suppressions and unknown rule ids as warnings', () => {
    const unused = result.reports.filter((r) => r.ruleId === 'ban-unused-suppression');
    expect(unused.map((r) => [r.line, r.severity])).toEqual([
      [lineOf(code, '// lint-ignore ban-test-float: nothing'), 'warning'],
      [lineOf(code, '// lint-ignore ban-no-such-rule'), 'warning'],
    ]);
    expect(unused[1].message).toContain('"ban-no-such-rule", which is not a rule');
  });

  it('does not call a suppression unused when its rule is off, and obeys levels of the suppression rules', () => {
    const quiet = lint({
      text: code,
      config: { rules: { 'ban-test-float': 'off', 'require-suppression-reason': 'warning' } },
      rules: testRules,
    });
    const unusedLines = quiet.reports.filter((r) => r.ruleId === 'ban-unused-suppression').map((r) => r.line);
    expect(unusedLines).toEqual([lineOf(code, '// lint-ignore ban-no-such-rule')]);
    expect(quiet.reports.find((r) => r.ruleId === 'require-suppression-reason')?.severity).toBe('warning');
    const none = lint({
      text: code,
      config: { rules: { 'ban-unused-suppression': 'off', 'require-suppression-reason': 'off' } },
      rules: testRules,
    });
    expect(none.reports.filter((r) => r.ruleId.includes('suppression'))).toEqual([]);
  });
});

describe('config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-schema-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the nearest config file upward, stopping at the repository root', () => {
    mkdirSync(join(dir, 'repo', '.git'), { recursive: true });
    mkdirSync(join(dir, 'repo', 'app', 'prisma', 'schema'), { recursive: true });
    writeFileSync(join(dir, CONFIG_FILE_NAME), '{}');
    expect(findConfigFile(join(dir, 'repo', 'app', 'prisma', 'schema'))).toBeUndefined();
    writeFileSync(join(dir, 'repo', CONFIG_FILE_NAME), '{"rules":{}}');
    expect(findConfigFile(join(dir, 'repo', 'app', 'prisma', 'schema'))).toBe(join(dir, 'repo', CONFIG_FILE_NAME));
    writeFileSync(join(dir, 'repo', 'app', CONFIG_FILE_NAME), '{"rules":{}}');
    expect(findConfigFile(join(dir, 'repo', 'app', 'prisma', 'schema', 'a.prisma'))).toBe(join(dir, 'repo', 'app', CONFIG_FILE_NAME));
  });

  it('lint() uses the config file found above the linted path', () => {
    mkdirSync(join(dir, 'proj', '.git'), { recursive: true });
    writeFileSync(join(dir, 'proj', CONFIG_FILE_NAME), JSON.stringify({ rules: { 'require-test-doc': 'off' } }));
    writeFileSync(join(dir, 'proj', 'schema.prisma'), SCHEMA);
    const result = lint({ files: [join(dir, 'proj', 'schema.prisma')], rules: testRules });
    expect(result.config.source).toBe(join(dir, 'proj', CONFIG_FILE_NAME));
    expect(result.reports.map((r) => r.ruleId)).toEqual(['ban-test-float']);
    expect(result.reports[0].file).toBe(join(dir, 'proj', 'schema.prisma'));
  });

  const invalid: Array<[string, unknown, RegExp]> = [
    [
      'an unknown rule id, with a suggestion',
      { rules: { 'require-test-docs': 'warning' } },
      /cfg\.json: rules\.require-test-docs: unknown rule \(did you mean "require-test-doc"\?\)/,
    ],
    [
      'a bad level',
      { rules: { 'ban-test-float': 'fatal' } },
      /rules\.ban-test-float: level must be "error", "warning", "info" or "off", not "fatal"/,
    ],
    ['a bad level in a tuple', { rules: { 'ban-test-float': [2] } }, /rules\.ban-test-float\[0\]: level must be/],
    [
      'an unknown option',
      { rules: { 'require-test-doc': ['warning', { skip: [] }] } },
      /rules\.require-test-doc\[1\]\.skip: unknown option \(the rule takes "ignore"\)/,
    ],
    [
      'an option of the wrong type',
      { rules: { 'require-test-doc': ['warning', { ignore: 'Skipped' }] } },
      /rules\.require-test-doc\[1\]\.ignore: expected array, got string/,
    ],
    [
      'an option list of the wrong item type',
      { rules: { 'require-test-doc': ['warning', { ignore: ['A', 3] }] } },
      /ignore\[1\]: expected string, got number/,
    ],
    ['options for a rule without options', { rules: { 'ban-test-float': ['error', { x: 1 }] } }, /the rule takes no options/],
    ['an unknown top-level key', { rule: {} }, /cfg\.json: unknown key "rule"/],
    ['a non-object', ['error'], /must be a JSON object/],
    ['a bad tenant key', { settings: { tenantKey: 3 } }, /settings\.tenantKey: must be a field name/],
  ];
  it.each(invalid)('rejects %s as a usage error naming file and key', (_name, raw, message) => {
    expect(() => validateConfig(raw, 'cfg.json', testRules)).toThrow(UsageError);
    expect(() => validateConfig(raw, 'cfg.json', testRules)).toThrow(message);
  });

  it('rejects a config file that is not JSON, naming the file', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ rules: ');
    expect(() => loadConfigFile(path, testRules)).toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON`));
  });

  it('merges defaults, config and --rule flags in order', () => {
    const resolved = resolveConfig(
      testRules,
      { rules: { 'require-test-doc': ['error', { ignore: [] }] }, settings: { tenantKey: 'orgId' } },
      parseRuleFlag('require-test-doc=info', testRules),
    );
    expect(resolved.rules.get('require-test-doc')).toEqual({ level: 'info', options: { ignore: [] } });
    expect(resolved.rules.get('ban-test-float')).toEqual({ level: 'error', options: {} });
    expect(resolved.settings.tenantKey).toBe('orgId');
    expect(() => parseRuleFlag('require-test-doc', testRules)).toThrow(/expected <rule-id>=<level>/);
    expect(parseRuleFlag('require-test-doc=["warning",{"ignore":["X"]}]', testRules).rules).toEqual({
      'require-test-doc': ['warning', { ignore: ['X'] }],
    });
  });

  it('accepts every registered rule at every level with its default options', () => {
    const rules = allRules();
    expect(rules.length).toBe(registry.length + builtinRules.length);
    for (const rule of rules) {
      const defaults = Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, v]) => [k, v.default]));
      for (const level of ['error', 'warning', 'info', 'off']) {
        expect(() => validateConfig({ rules: { [rule.meta.id]: [level, defaults] } }, 'x', rules)).not.toThrow();
      }
    }
  });
});
