import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseFrontMatter } from './front-matter.js';

const GOOD = `---
finding: 12
title: One keyword per tenant
risk: data-dependent            # additive | destructive | backward-incompatible | data-dependent
dependsOn: [20261129000000_migration_ledger]
resolves: [keyword_duplicates, "other_kind"]
locks: SHARE ROW EXCLUSIVE on keyword while the unique index builds
rollback: down.sql drops the unique; merged keywords are not split again
---

# The prose
`;

function errorOf(text: string): FrontMatterError {
  try {
    parseFrontMatter(text, 'x/README.md');
  } catch (error) {
    if (error instanceof FrontMatterError) return error;
    throw error;
  }
  throw new Error('expected a FrontMatterError');
}

describe('parseFrontMatter', () => {
  it('reads scalars, lists and drops comments', () => {
    const { frontMatter, body, lineOf } = parseFrontMatter(GOOD, 'x/README.md');
    expect(frontMatter).toEqual({
      finding: 12,
      title: 'One keyword per tenant',
      risk: 'data-dependent',
      dependsOn: ['20261129000000_migration_ledger'],
      resolves: ['keyword_duplicates', 'other_kind'],
      locks: 'SHARE ROW EXCLUSIVE on keyword while the unique index builds',
      rollback: 'down.sql drops the unique; merged keywords are not split again',
      phase: 'single',
      backfill: null,
    });
    expect(body.trim()).toBe('# The prose');
    expect(lineOf.risk).toBe(4);
  });

  it('reads the optional phase and backfill keys', () => {
    const text = GOOD.replace('locks:', 'phase: contract\nbackfill: 20261129000003_f05_expand\nlocks:');
    const { frontMatter } = parseFrontMatter(text, 'x/README.md');
    expect(frontMatter.phase).toBe('contract');
    expect(frontMatter.backfill).toBe('20261129000003_f05_expand');
  });

  it('accepts "none" for infrastructure folders and [] for empty lists', () => {
    const text = GOOD.replace('finding: 12', 'finding: none').replace('dependsOn: [20261129000000_migration_ledger]', 'dependsOn: []');
    const { frontMatter } = parseFrontMatter(text, 'x/README.md');
    expect(frontMatter.finding).toBeNull();
    expect(frontMatter.dependsOn).toEqual([]);
  });

  it.each([
    ['a missing opening line', GOOD.replace(/^---\n/, ''), 1, /start with a line "---"/],
    ['an unclosed block', GOOD.replace(/\n---\n\n#/, '\n\n#'), 11, /never closed/],
    ['a line without a colon', GOOD.replace('title: One', 'title One'), 3, /expected "key: value"/],
    ['an unknown key', GOOD.replace('locks:', 'lock:'), 7, /unknown key "lock"/],
    ['a duplicate key', GOOD.replace('locks:', 'title: again\nlocks:'), 7, /given twice \(first on line 3\)/],
    ['a bad risk', GOOD.replace('risk: data-dependent', 'risk: scary'), 4, /"risk" must be one of/],
    ['a list without brackets', GOOD.replace('[keyword_duplicates, "other_kind"]', 'keyword_duplicates'), 6, /must be a list/],
    ['an empty list item', GOOD.replace('[keyword_duplicates, "other_kind"]', '[a,,b]'), 6, /empty item at position 2/],
    ['a non-numeric finding', GOOD.replace('finding: 12', 'finding: F12'), 2, /"finding" must be/],
    ['a missing key', GOOD.replace(/rollback:.*\n/, ''), 8, /has no "rollback"/],
    ['a bad phase', GOOD.replace('locks:', 'phase: later\nlocks:'), 7, /"phase" must be one of single \| expand \| contract/],
    ['a contract without its backfill', GOOD.replace('locks:', 'phase: contract\nlocks:'), 7, /needs "backfill: <expand folder>"/],
    ['a backfill on a single folder', GOOD.replace('locks:', 'backfill: x\nlocks:'), 7, /belongs to an expand or contract folder/],
  ])('names file and line for %s', (_what, text, line, message) => {
    const error = errorOf(text);
    expect(error.file).toBe('x/README.md');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`x/README.md:${line}: `)).toBe(true);
  });
});
