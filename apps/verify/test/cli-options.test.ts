// The command line: every option --help lists is accepted, every accepted option is listed, and
// mistakes are usage errors that say what is wrong.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliUsageError, HELP, parseArgs } from '../src/cli-options.js';

/** Options as --help lists them: the flag and whether it takes a <value>. */
const listed = [...HELP.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)(?: <(\w+)>)?/gm)].map((m) => ({ flag: m[1]!, value: m[2] }));
const sample: Record<string, string> = { name: 'small', n: '7', url: 'postgresql://u@h:1/d', ids: '7,16', dir: 'out' };

describe('verify command line', () => {
  it('--help lists options', () => {
    expect(listed.map((o) => o.flag)).toEqual(
      expect.arrayContaining(['--scale', '--seed', '--database-url', '--keep', '--only', '--report', '--json', '--help']),
    );
  });

  for (const option of listed) {
    it(`accepts ${option.flag} as --help describes it`, () => {
      const args = option.value ? [option.flag, sample[option.value]!] : [option.flag];
      expect(() => parseArgs(args, '/somewhere')).not.toThrow();
      if (option.value) expect(() => parseArgs([option.flag], '/somewhere')).toThrow(CliUsageError);
    });
  }

  it('maps values onto runVerify options', () => {
    const o = parseArgs(
      [
        '--scale',
        'small',
        '--seed=42',
        '--only',
        '7,16',
        '--only',
        '3',
        '--report',
        'out',
        '--keep',
        '--json',
        '--database-url',
        sample.url!,
      ],
      '/base',
    );
    expect(o).toMatchObject({
      scale: 'small',
      seed: 42,
      only: [7, 16, 3],
      reportDir: '/base/out',
      keep: true,
      json: true,
      databaseUrl: sample.url,
    });
  });

  it('rejects what it does not understand, naming it', () => {
    expect(() => parseArgs(['--frobnicate'])).toThrow(/--frobnicate/);
    expect(() => parseArgs(['--seed', 'abc'])).toThrow(/--seed.*abc/);
    expect(() => parseArgs(['--only', 'seven'])).toThrow(/seven/);
  });

  it('every option the parser handles is in --help', () => {
    const source = readFileSync(fileURLToPath(new URL('../src/cli-options.ts', import.meta.url)), 'utf8');
    const handled = [...source.matchAll(/case '(--?[a-z-]+)':/g)].map((m) => m[1]!);
    expect(handled.length).toBeGreaterThan(0);
    for (const flag of handled)
      expect(HELP, `${flag} is parsed but --help does not mention it`).toMatch(new RegExp(`(^|[ ,])${flag}\\b`, 'm'));
  });
});
