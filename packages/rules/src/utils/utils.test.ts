import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph.js';
import { parseSchema } from '../parser.js';
import { hasCommentMatching, indexCovers, plural, singular, words } from './index.js';

describe('words', () => {
  it.each([
    ['sourceDeliverableId', ['source', 'deliverable', 'id']],
    ['HelpPageRating', ['help', 'page', 'rating']],
    ['HTTPServerURL', ['http', 'server', 'url']],
    ['created_at', ['created', 'at']],
    ['oauth2Token', ['oauth2', 'token']],
    ['kebab-case-name', ['kebab', 'case', 'name']],
    ['ID', ['id']],
    ['', []],
  ])('%s', (name, expected) => {
    expect(words(name)).toEqual(expected);
  });
});

describe('plural and singular', () => {
  it.each([
    ['post', 'posts'],
    ['entry', 'entries'],
    ['status', 'statuses'],
    ['box', 'boxes'],
    ['match', 'matches'],
    ['key', 'keys'],
    ['person', 'people'],
    ['analysis', 'analyses'],
    ['media', 'media'],
    ['blogPost', 'blogPosts'],
    ['Company', 'Companies'],
  ])('%s <-> %s', (one, many) => {
    expect(plural(one)).toBe(many);
    expect(singular(many)).toBe(one);
  });

  it('leaves words that only look plural alone', () => {
    expect(singular('address')).toBe('address');
    expect(singular('bus')).toBe('bus');
    expect(singular('basis')).toBe('basis');
  });
});

describe('hasCommentMatching', () => {
  const graph = buildGraph([
    parseSchema(
      '/// Shared cache.\nmodel A {\n  /// Foreign key to Deliverable.\n  bId String // soft reference\n  c String\n}\n',
      's.prisma',
    ),
  ]);
  const a = graph.models[0];

  it('searches doc and trailing comment, case-insensitively for strings', () => {
    expect(hasCommentMatching(a.fieldByName.get('bId')!, 'foreign KEY')).toBe(true);
    expect(hasCommentMatching(a.fieldByName.get('bId')!, /soft reference/)).toBe(true);
    expect(hasCommentMatching(a.fieldByName.get('bId')!, /Soft/)).toBe(false);
    expect(hasCommentMatching(a, /shared/i)).toBe(true);
  });

  it('is false for an undocumented field', () => {
    expect(hasCommentMatching(a.fieldByName.get('c')!, /.*/)).toBe(false);
  });

  it("does not depend on a global regex's previous match", () => {
    const global = /key/g;
    expect(hasCommentMatching(a.fieldByName.get('bId')!, global)).toBe(true);
    expect(hasCommentMatching(a.fieldByName.get('bId')!, global)).toBe(true);
  });
});

describe('indexCovers', () => {
  it('is true when the second index is a leading prefix of the first', () => {
    expect(indexCovers({ fields: ['a', 'b'] }, { fields: ['a'] })).toBe(true);
    expect(indexCovers({ fields: ['a', 'b'] }, { fields: ['a', 'b'] })).toBe(true);
  });

  it('is false for another order, a longer index or no columns', () => {
    expect(indexCovers({ fields: ['a', 'b'] }, { fields: ['b'] })).toBe(false);
    expect(indexCovers({ fields: ['a', 'b'] }, { fields: ['b', 'a'] })).toBe(false);
    expect(indexCovers({ fields: ['a'] }, { fields: ['a', 'b'] })).toBe(false);
    expect(indexCovers({ fields: ['a'] }, { fields: [] })).toBe(false);
  });
});
