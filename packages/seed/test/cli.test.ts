// The `pnpm seed` command: its help tells the truth, bad arguments exit 2, a remote host is refused with exit 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ANOMALY_KIND_NAMES, SCALES, type Manifest } from '../src/index.js';
import { closeConnections, createLegacyDatabase, tableCounts } from './helpers.js';

const bin = fileURLToPath(new URL('../bin/seed.mjs', import.meta.url));
const seed = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });

describe('seed CLI', () => {
  test('--help lists every option, scale and anomaly kind', () => {
    const result = seed('--help');
    expect(result.status).toBe(0);
    for (const option of ['--database-url', '--scale', '--seed', '--rate', '--out', '--reset', '--allow-remote'])
      expect(result.stdout).toContain(option);
    for (const scale of Object.keys(SCALES)) expect(result.stdout).toContain(scale);
    for (const kind of ANOMALY_KIND_NAMES) expect(result.stdout).toContain(kind);
  });

  test('bad arguments exit 2 with a reason', () => {
    expect(seed('--scale', 'huge', '--database-url', 'postgresql://postgres@127.0.0.1/x')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('unknown scale'),
    });
    expect(seed('--bogus')).toMatchObject({ status: 2 });
    expect(seed()).toMatchObject({ status: 2, stderr: expect.stringContaining('DATABASE_URL') });
    expect(seed('--rate', 'nope=0.1', '--database-url', 'postgresql://postgres@127.0.0.1/x')).toMatchObject({ status: 2 });
  });

  test('seeds a legacy database it detects by itself and writes the manifest where asked', async () => {
    const db = await createLegacyDatabase('seed_cli');
    const out = mkdtempSync(join(tmpdir(), 'seed-cli-'));
    try {
      const result = spawnSync(
        process.execPath,
        [bin, '--database-url', db.url, '--seed', '5', '--out', out, '--rate', 'keyword_duplicates=0.2'],
        {
          encoding: 'utf8',
          env: { ...process.env, CI: 'true', INIT_CWD: '' },
        },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain('legacy schema');
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
      expect(manifest.seed).toBe(5);
      expect(manifest.anomalies.keyword_duplicates!.rate).toBe(0.2);
      const counts = await tableCounts(db.url);
      for (const [table, entry] of Object.entries(manifest.tables)) expect(counts[table], table).toBe(entry.rows);
    } finally {
      rmSync(out, { recursive: true, force: true });
      await closeConnections(db.url);
      await db.dispose();
    }
  });

  test('a remote host is refused with exit 1', () => {
    const result = seed('--database-url', 'postgresql://postgres@prod-db.example.invalid/leadmetrics', '--quiet');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/refused.*--allow-remote/s);
  });
});
