// `pnpm verify --help` says which PostgreSQL it uses and how to point it at another, in the order and with the
// settings the README's "Which PostgreSQL" section gives: the help printed by the real command is held to the README.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/paths.js';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** The text of a Markdown section, from its heading to the next heading of any level. */
function readmeSection(heading: string): string {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf(`### ${heading}\n`);
  expect(start, `the README has no "### ${heading}" section`).toBeGreaterThanOrEqual(0);
  const rest = readme.slice(start + heading.length + 5);
  return rest.slice(0, rest.search(/^#{1,6} /m) === -1 ? undefined : rest.search(/^#{1,6} /m));
}

/** The numbered items of a Markdown list, each with its continuation lines. */
function numberedItems(section: string): string[] {
  return section
    .split(/^\d+\. /m)
    .slice(1)
    .map((item) => item.split(/\n\s*\n/)[0]!);
}

/** What the user sets to choose a server: the DATABASE_URL and LEADMETRICS_* variables and the --options, in backticks. */
function settingsIn(text: string): string[] {
  const quoted = [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  const names = quoted.flatMap((q) =>
    [...q.matchAll(/\b(DATABASE_URL|LEADMETRICS_[A-Z_]+)\b|(--[a-z][a-z-]+)/g)].map((m) => m[1] ?? m[2]!),
  );
  return [...new Set(names)];
}

describe('pnpm verify --help, which PostgreSQL', () => {
  const help = spawnSync(process.execPath, ['--import', 'tsx', cli, '--help'], { encoding: 'utf8' });
  const section = readmeSection('Which PostgreSQL');
  const helpSection = help.stdout.slice(help.stdout.indexOf('Which PostgreSQL'), help.stdout.indexOf('\nOptions:'));

  it('prints a "Which PostgreSQL" section', () => {
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain('Which PostgreSQL');
  });

  it("names every setting the README's section gives for choosing a server", () => {
    const settings = settingsIn(section);
    // The README's section is the reference; it must at least give these for the check to mean anything.
    expect(settings).toEqual(expect.arrayContaining(['DATABASE_URL', '--database-url', 'LEADMETRICS_POSTGRES']));
    for (const setting of settings)
      expect(helpSection, `the help does not name ${setting}`).toMatch(new RegExp(`(^|[^\\w-])${setting}\\b`));
  });

  it('gives the servers in the order the README tries them, the embedded one last as the default', () => {
    // Each item's first word, past an article: DATABASE_URL, Docker, Embedded.
    const servers = numberedItems(section).map((item) =>
      item
        .split(/\s+/)
        .map((word) => word.replace(/[^\w-]/g, ''))
        .find((word) => !/^(a|an|the)$/i.test(word))!,
    );
    expect(servers.length).toBeGreaterThanOrEqual(3);
    const positions = servers.map((server) => helpSection.toLowerCase().indexOf(server.toLowerCase()));
    for (const [i, position] of positions.entries()) expect(position, `the help does not mention ${servers[i]}`).toBeGreaterThanOrEqual(0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(servers.at(-1)).toMatch(/^embedded$/i);
    expect(helpSection).toMatch(/otherwise[\s\S]*embedded PostgreSQL/);
  });
});
