// docs/migrations.md: one row per migration folder, read from the front matter of the folder's README (finding,
// title, risk, resolves, locks, dependsOn, rollback) plus the finding's severity from the catalog. The prose stays
// in the folders; this page only points at it.
import { BASELINE_FOLDER } from '@leadmetrics/db/migrations';
import type { Changes } from './changes.js';
import type { DocsInput, MigrationFolderInfo } from './load.js';
import { Linker } from './links.js';
import { cell, code, GENERATED_NOTE } from './markdown.js';

/** Every folder a cherry-pick of `folder` needs, itself included, 0_baseline first; undefined when unknown. */
function closure(folder: MigrationFolderInfo, byName: Map<string, MigrationFolderInfo>): string[] | undefined {
  const seen = new Set<string>([BASELINE_FOLDER]);
  const pending = [folder.name];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const current = byName.get(name);
    if (!current?.frontMatter) return undefined;
    pending.push(...current.frontMatter.dependsOn);
  }
  return [...seen].sort();
}

export function renderMigrations(input: DocsInput, changes: Changes): string {
  const link = new Linker(input, 'migrations.md');
  const byName = new Map(input.folders.map((f) => [f.name, f]));
  const severityOf = new Map(input.findings.map((f) => [f.id, f.severity]));
  const lines: string[] = [
    '# Migration catalog',
    '',
    GENERATED_NOTE,
    '',
    `${input.folders.length} folders in ${link.repo('packages/db/prisma/migrations', 'packages/db/prisma/migrations')}, in the order Prisma applies them. Each row comes from the front matter of the folder's README; the README itself explains the problem, what happens to existing data (with counts), the locks and the way back. How folders account for every row (ledger, quarantine) is in ${link.repo('packages/db/prisma/MIGRATIONS.md', 'MIGRATIONS.md')}.`,
    '',
    'Risk categories: **additive** (nothing existing changes meaning), **backward-incompatible** (code written for the old schema breaks), **data-dependent** (the outcome depends on the rows present), **destructive** (data leaves its table; MIGRATIONS.md requires it to be moved or quarantined first).',
    '',
    '| Folder | Finding | Severity | Change | Risk | Resolves | Locks | Depends on | Rollback |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const folder of input.folders) {
    const fm = folder.frontMatter;
    const folderLink = link.migration(folder.name, code(folder.name));
    if (!fm) {
      lines.push(`| ${folderLink} | | | **${cell(folder.problem)}** | | | | | |`);
      continue;
    }
    const finding = fm.finding === null ? (folder.name === BASELINE_FOLDER ? 'baseline' : 'infrastructure') : link.finding(fm.finding, String(fm.finding));
    const severity = fm.finding === null ? '' : (severityOf.get(fm.finding) ?? 'not in the catalog');
    const resolves = fm.resolves.map(code).join(', ');
    const dependsOn = fm.dependsOn.length === 0 ? 'none' : fm.dependsOn.map((d) => link.migration(d, code(d))).join(', ');
    lines.push(
      `| ${folderLink} | ${finding} | ${severity} | ${cell(fm.title)} | ${fm.risk} | ${resolves} | ${cell(fm.locks)} | ${dependsOn} | ${cell(fm.rollback)} |`,
    );
  }
  lines.push('');

  lines.push(
    '## Cherry-picking a folder',
    '',
    "To apply one finding's fix to a database that still has the legacy schema, apply these folders in this order (the folder, its dependencies and theirs, after `0_baseline`).",
    '',
    '| Folder | Apply in order | Files |',
    '| --- | --- | --- |',
  );
  for (const folder of input.folders) {
    if (folder.name === BASELINE_FOLDER) continue;
    const needed = closure(folder, byName);
    const order = needed ? needed.map(code).join(' → ') : 'unknown: a folder on the way has no readable front matter';
    const files = ['migration.sql', folder.hasDown ? 'down.sql' : '', folder.hasValidate ? 'validate.sql' : '', folder.hasReadme ? 'README.md' : '']
      .filter(Boolean)
      .join(', ');
    lines.push(`| ${code(folder.name)} | ${order} | ${files} |`);
  }
  lines.push('');

  const missing = input.findings.filter((f) => !changes.byFinding.get(f.id)?.folder);
  if (missing.length > 0) {
    lines.push('## Findings without a migration folder', '', ...missing.map((f) => `- ${link.finding(f.id)}: ${f.title}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
