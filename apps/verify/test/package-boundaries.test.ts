// The repository's lint configuration keeps packages apart: another package is imported through its declared entry
// points only. These cases run the real ESLint configuration on code placed in one of verify's own files, so a change
// to the configuration that lets a deep import through fails here.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const hostFile = fileURLToPath(new URL('../src/index.ts', import.meta.url));

const eslint = new ESLint({ cwd: repoRoot });

async function boundaryErrors(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: hostFile });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('package boundaries', () => {
  it.each([
    ["import { quoteIdentifier } from '@leadmetrics/db/src/provision.js';\nexport { quoteIdentifier };"],
    ["import { readLedger } from '@leadmetrics/db/migrations/ledger.js';\nexport { readLedger };"],
    ["import { lint } from '../../../packages/rules/src/engine.js';\nexport { lint };"],
    ["import { SCALES } from '../../seed/src/scales.js';\nexport { SCALES };"],
  ])(
    'refuses a deep import: %s',
    async (code) => {
      expect(await boundaryErrors(code)).toHaveLength(1);
    },
    120_000,
  );

  it.each([
    ["import { withPgClient } from '@leadmetrics/db';\nexport { withPgClient };"],
    ["import { readLedger } from '@leadmetrics/db/migrations';\nexport { readLedger };"],
    ["import { createTestDatabase } from '@leadmetrics/db/testing';\nexport { createTestDatabase };"],
    ["import { seconds } from './report/format.js';\nexport { seconds };"],
  ])(
    'lets an entry-point or own-package import through: %s',
    async (code) => {
      expect(await boundaryErrors(code)).toEqual([]);
    },
    120_000,
  );
});
