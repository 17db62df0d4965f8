import { describe, expect, test } from 'vitest';
import { seedDatabase } from './seed-database.js';
import { SeedRefusedError, assertLocal, databaseHost, isLocalHost, redact } from './safety.js';

describe('host guard', () => {
  test.each(['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '/var/run/postgresql', '', 'db.localhost'])('%s is local', (host) => {
    expect(isLocalHost(host)).toBe(true);
  });
  test.each(['db.example.com', '10.0.0.5', '192.168.1.20', 'prod-db', '128.0.0.1'])('%s is remote', (host) => {
    expect(isLocalHost(host)).toBe(false);
  });

  test('the host of a URL, including a socket path given as a parameter', () => {
    expect(databaseHost('postgresql://u:p@db.example.com:5432/app')).toBe('db.example.com');
    expect(databaseHost('postgresql://u@/app?host=/var/run/postgresql')).toBe('/var/run/postgresql');
    expect(() => databaseHost('mysql://x@localhost/db')).toThrow(/Not a PostgreSQL/);
  });

  test('a remote host is refused unless allowed', () => {
    expect(() => assertLocal('postgresql://u@db.example.com/app')).toThrow(SeedRefusedError);
    expect(() => assertLocal('postgresql://u@db.example.com/app', true)).not.toThrow();
    expect(() => assertLocal('postgresql://u@127.0.0.1/app')).not.toThrow();
  });

  test('seedDatabase refuses a remote host before connecting to it', async () => {
    // .invalid never resolves: had the guard let it through, the error would be a connection error instead.
    await expect(seedDatabase({ databaseUrl: 'postgresql://postgres@prod-db.example.invalid:5432/leadmetrics' })).rejects.toThrow(
      SeedRefusedError,
    );
    await expect(
      seedDatabase({ databaseUrl: 'postgresql://postgres@prod-db.example.invalid:5432/leadmetrics', allowRemote: true }),
    ).rejects.toThrow(/Cannot connect/);
  });

  test('passwords never appear in messages', () => {
    expect(redact('postgresql://admin:s3cret@db.example.com/app')).toBe('postgresql://admin:***@db.example.com/app');
  });
});
