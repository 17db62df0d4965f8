// The migration scaffold, run against a scratch copy of two real folders: the folder it plans sorts after every
// existing one, its README front matter parses with the reader verify and the catalogs use, and it is filled from
// the findings catalog.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findingsCatalogFile, loadFindingsCatalog } from '../findings-catalog.js';
import { migrationsDir } from '../paths.js';
import { listMigrationFolders } from './folders.js';
import { parseFrontMatter } from './front-matter.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextTimestamp, planScaffold, ScaffoldError, timestampOf } from './scaffold.js';

let scratch: string;
const real = listMigrationFolders(migrationsDir);
const ledger = real.find((n) => n.endsWith('_migration_ledger'));
const catalog = loadFindingsCatalog();
// A finding whose folder is not copied into the scratch dir, with anomalies (so it needs the ledger).
const finding = catalog.findings.find((f) => f.anomalies.length > 0)!;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'lm-docs-scaffold-'));
  for (const name of real.filter((n) => n === ledger || n === real[real.length - 1])) {
    cpSync(path.join(migrationsDir, name), path.join(scratch, name), { recursive: true });
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('nextTimestamp', () => {
  it('is now when now is later than every folder, else one second after the last folder', () => {
    expect(nextTimestamp(['0_baseline', '20200101000000_a'], new Date(Date.UTC(2030, 0, 2, 3, 4, 5)))).toBe('20300102030405');
    expect(nextTimestamp(['0_baseline', '20301231235959_a'], new Date(Date.UTC(2030, 0, 2)))).toBe('20310101000000');
    expect(nextTimestamp([], new Date(Date.UTC(2030, 0, 2)))).toBe(timestampOf(new Date(Date.UTC(2030, 0, 2))));
  });
});

describe('planScaffold', () => {
  it('plans a folder for a finding with its title and anomalies, after every existing folder', () => {
    const now = new Date(Date.UTC(2000, 0, 1));
    const plan = planScaffold({ target: String(finding.id) }, scratch, findingsCatalogFile, now);
    const existing = listMigrationFolders(scratch);
    expect(plan.folder > existing[existing.length - 1]!).toBe(true);
    expect(plan.folder).toContain(`_f${String(finding.id).padStart(2, '0')}_`);
    expect([...plan.files.keys()].sort()).toEqual(['README.md', 'down.sql', 'migration.sql', 'validate.sql']);
    const { frontMatter } = parseFrontMatter(plan.files.get('README.md')!, 'README.md');
    expect(frontMatter.finding).toBe(finding.id);
    expect(frontMatter.title).toBe(finding.title);
    expect([...frontMatter.resolves].sort()).toEqual([...finding.anomalies].sort());
    expect(frontMatter.dependsOn).toEqual(ledger ? [ledger] : []);
    expect(plan.files.get('migration.sql')).toContain(`'${plan.folder}'`);
  });

  it('plans a folder without a finding from a plain name', () => {
    const plan = planScaffold({ target: 'add_invoice_notes' }, scratch, findingsCatalogFile, new Date());
    expect(plan.folder).toMatch(/^\d{14}_add_invoice_notes$/);
    expect(parseFrontMatter(plan.files.get('README.md')!, 'README.md').frontMatter.finding).toBeNull();
  });

  it('refuses an unknown finding, a finding that has its folder already, and a bad name', () => {
    const unknown = Math.max(...catalog.findings.map((f) => f.id)) + 1;
    expect(() => planScaffold({ target: String(unknown) }, scratch, findingsCatalogFile, new Date())).toThrow(ScaffoldError);
    expect(() => planScaffold({ target: 'Bad-Name' }, scratch, findingsCatalogFile, new Date())).toThrow(/cannot be a folder name/);
    const taken = catalog.findings.find((f) => real[real.length - 1]!.includes(`_f${String(f.id).padStart(2, '0')}_`));
    if (taken)
      expect(() => planScaffold({ target: String(taken.id) }, scratch, findingsCatalogFile, new Date())).toThrow(/already has a folder/);
  });
});
