// The README's test command is what CI runs (.ci/run), and its first command runs verify: a
// clean clone's first experience and CI's must not drift apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/paths.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const ciRun = readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8');

/** Fenced shell blocks of the README, with the offset where each starts. */
function shellBlocks(text: string): { at: number; command: string }[] {
  return [...text.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)].map((m) => ({ at: m.index!, command: m[1]!.trim() }));
}

/** The command .ci/run executes: its last line that is not a comment or shell set-up. */
function ciCommand(script: string): string {
  const lines = script
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !/^(set|cd|export)\b/.test(l));
  return lines[lines.length - 1] ?? '';
}

describe('README and CI', () => {
  it("the README's test command (the block after it names .ci/run) is exactly what .ci/run runs", () => {
    const mention = readme.indexOf('.ci/run');
    expect(mention, 'the README never names .ci/run').toBeGreaterThanOrEqual(0);
    const block = shellBlocks(readme).find((b) => b.at > mention);
    expect(block, 'no shell block after the README names .ci/run').toBeDefined();
    expect(ciCommand(ciRun)).toBe(block!.command);
  });

  it("the README's first command runs verify", () => {
    const first = shellBlocks(readme)[0];
    expect(first?.command).toMatch(/\bverify$/);
  });
});
