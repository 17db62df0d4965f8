import { describe, expect, it } from 'vitest';
import { validateConfig } from '../config.js';
import { lint } from '../engine.js';
import { UsageError } from '../types.js';
import { defineRule, formatMessage, option } from './_define.js';

const probe = defineRule({
  meta: {
    id: 'require-probe',
    defaultSeverity: 'warning',
    description: 'Require a probe.',
    rationale: 'Tests the rule shape.',
    help: 'Add a probe.',
    messages: { named: '"{{model}}" matches {{pattern}}', missing: 'needs {{absent}}' },
  },
  options: {
    names: option.patterns('Model names to report.', ['^Probe']),
    loud: option.boolean('Report with the missing-data message.', false),
  },
  model(model, context) {
    const pattern = context.options.names.find((re) => re.test(model.name));
    if (!pattern) return;
    if (context.options.loud) context.report({ model, messageId: 'missing' });
    else context.report({ model, messageId: 'named', data: { model: model.name, pattern: pattern.source } });
  },
});

const run = (options: Record<string, unknown>) =>
  lint({
    text: 'model ProbeA {\n  id Int @id\n}\nmodel Other {\n  id Int @id\n}\n',
    rules: [probe],
    config: { rules: { 'require-probe': ['warning', options] } },
  });

describe('defineRule', () => {
  it('builds messages from templates, keeps the message id, and visits each model once', () => {
    const { reports } = run({});
    expect(reports.map((r) => [r.messageId, r.message, r.model])).toEqual([['named', '"ProbeA" matches ^Probe', 'ProbeA']]);
  });

  it('gives the rule typed options parsed from the configuration', () => {
    expect(run({ names: ['^Oth'] }).reports.map((r) => r.model)).toEqual(['Other']);
  });

  it('rejects an option value its schema refuses, naming the file and key', () => {
    const bad = () => validateConfig({ rules: { 'require-probe': ['warning', { names: ['(unclosed'] }] } }, 'lint.json', [probe]);
    expect(bad).toThrow(UsageError);
    expect(bad).toThrow(/lint\.json: rules\.require-probe\[1\]\.names: item 0: "\(unclosed" is not a valid regular expression/);
  });

  it('fails loudly on a placeholder without data', () => {
    expect(() => run({ loud: true })).toThrow(/message "missing" needs data "absent"/);
    expect(() => formatMessage('{{a}} and {{b}}', { a: 1 }, 'pair')).toThrow(/needs data "b"/);
  });

  it('describes its options for the docs with their defaults', () => {
    expect(Object.entries(probe.meta.options ?? {}).map(([name, spec]) => [name, spec.default])).toEqual([
      ['names', ['^Probe']],
      ['loud', false],
    ]);
  });
});
