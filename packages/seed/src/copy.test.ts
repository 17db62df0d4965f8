import { describe, expect, test } from 'vitest';
import { columnEncoder, escapeCopy, rowEncoder } from './copy.js';
import type { FieldInfo } from './schema/types.js';

const field = (over: Partial<FieldInfo>): FieldInfo => ({
  name: 'f',
  column: 'f',
  kind: 'scalar',
  type: 'String',
  isList: false,
  isRequired: false,
  isId: false,
  isUnique: false,
  isUpdatedAt: false,
  hasDefault: false,
  comment: '',
  line: 0,
  allowedValues: [],
  ...over,
});

describe('COPY text', () => {
  test('backslash, tab, newline and carriage return are escaped; NULL is \\N', () => {
    expect(escapeCopy('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(columnEncoder(field({}))(null)).toBe('\\N');
    expect(columnEncoder(field({}))('\\N')).toBe('\\\\N');
  });

  test('arrays, JSON, timestamps, booleans and bytes', () => {
    expect(columnEncoder(field({ isList: true }))(['a b', 'say "hi"', 'back\\slash'])).toBe(
      '{"a b","say \\\\"hi\\\\"","back\\\\\\\\slash"}',
    );
    expect(columnEncoder(field({ type: 'Json' }))({ a: 'x\ny' })).toBe('{"a":"x\\\\ny"}');
    expect(columnEncoder(field({ type: 'DateTime' }))(Date.UTC(2024, 1, 29, 12))).toBe('2024-02-29T12:00:00.000Z');
    expect(columnEncoder(field({ type: 'Boolean' }))(false)).toBe('f');
    expect(columnEncoder(field({ type: 'Bytes' }))(Buffer.from([1, 255]))).toBe('\\\\x01ff');
  });

  test('a row is its columns joined by tabs, ending in a newline', () => {
    const encode = rowEncoder([field({ name: 'a' }), field({ name: 'b', type: 'Int' })]);
    expect(encode({ a: 'x', b: 3 })).toBe('x\t3\n');
  });
});
