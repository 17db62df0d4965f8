import { describe, expect, test } from 'vitest';
import { parseAllowedIntegers, parseAllowedValues } from './comments.js';
import { loadSchema } from './read-schema.js';

describe('parseAllowedValues', () => {
  test.each([
    ['draft -> generating -> ready -> stale | failed', 'draft', ['draft', 'generating', 'ready', 'stale', 'failed']],
    ['owner | admin | member | viewer', 'member', ['owner', 'admin', 'member', 'viewer']],
    [
      'Only open invoices are chased with reminders. draft -> open -> paid | void | uncollectible',
      'draft',
      ['draft', 'open', 'paid', 'void', 'uncollectible'],
    ],
    [
      'What happened. approval.requested | agent.failed | invoice.overdue ...',
      undefined,
      ['approval.requested', 'agent.failed', 'invoice.overdue'],
    ],
    ['e.g. strategy-writer | blog-writer', undefined, ['strategy-writer', 'blog-writer']],
    // The default is an allowed value even when the comment forgot it.
    ['active -> legacy', 'retired', ['retired', 'active', 'legacy']],
  ])('%s', (comment, def, expected) => {
    expect(parseAllowedValues(comment, def)).toEqual(expected);
  });

  test.each([
    'Free-text reason given by the actor, if any.',
    'FK -> source Deliverable',
    'Bare domain (example.com), lower-cased, without scheme or www.',
    "snapshot: the deleted tenant's slug at request time",
  ])('prose is not a list: %s', (comment) => {
    expect(parseAllowedValues(comment)).toEqual([]);
  });

  test('integers listed as alternatives', () => {
    expect(parseAllowedIntegers('-1 | 1')).toEqual([-1, 1]);
    expect(parseAllowedIntegers('301 | 302 | 307 | 308')).toEqual([301, 302, 307, 308]);
    expect(parseAllowedIntegers('0-100')).toEqual([]);
  });
});

describe('the legacy schema', () => {
  test('every status field lists its values, and the listed values include the default', () => {
    const schema = loadSchema();
    const statuses = schema.models.flatMap((m) => m.fields.filter((f) => f.name === 'status').map((f) => ({ m, f })));
    expect(statuses.length).toBeGreaterThan(40);
    for (const { m, f } of statuses) {
      expect(f.allowedValues.length, `${m.name}.status`).toBeGreaterThanOrEqual(2);
      if (typeof f.default === 'string') expect(f.allowedValues, `${m.name}.status`).toContain(f.default);
    }
  });
});
