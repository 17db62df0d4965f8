// Which migration folders a run applies, and whether the catalog and the folders agree: every
// finding names a folder, the folder exists, and its README's front matter claims that finding.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '@leadmetrics/db';
import type { MigrationPlan } from '../context.js';
import { displayPath } from '../paths.js';
import { located } from '../runner.js';
import type { Problem } from '../types.js';
import * as harness from '@leadmetrics/db/migrations';

export interface PlanResult {
  plan: MigrationPlan;
  problems: Problem[];
}

export function selectFoldersToApply(
  findings: readonly Finding[],
  migrationsDir: string,
  catalogFile: string,
  only: readonly number[] | null,
): PlanResult {
  const problems: Problem[] = [];
  const catalogWhere = displayPath(catalogFile);
  if (!existsSync(path.join(migrationsDir, harness.BASELINE_FOLDER, 'migration.sql'))) {
    throw located(
      `no ${harness.BASELINE_FOLDER}/migration.sql in ${displayPath(migrationsDir)}: there is no legacy schema to start from`,
      displayPath(migrationsDir),
    );
  }
  const onDisk = harness.listMigrationFolders(migrationsDir);
  const folderOf = new Map<number, string | null>();
  const usable = new Set<number>();
  for (const f of findings) {
    folderOf.set(f.id, f.migration);
    // A cherry-pick answers only for the findings it picked.
    if (only && !only.includes(f.id)) continue;
    if (!f.migration) {
      problems.push({
        message: `finding ${f.id}: the catalog names no migration folder for it ("migration" is empty)`,
        where: catalogWhere,
      });
      continue;
    }
    if (!onDisk.includes(f.migration)) {
      problems.push({
        message: `finding ${f.id}: migration folder "${f.migration}" is missing from ${displayPath(migrationsDir)} (the catalog names it; no ${f.migration}/migration.sql on disk)`,
        where: displayPath(path.join(migrationsDir, f.migration)),
      });
      continue;
    }
    try {
      const folder = harness.readMigrationFolder(f.migration, migrationsDir);
      if (folder.finding !== f.id) {
        problems.push({
          message: `finding ${f.id}: the catalog names "${f.migration}", but that folder's README says finding: ${folder.finding ?? 'none'}`,
          where: `${displayPath(folder.readmeFile ?? folder.dir)}:${folder.frontMatterLines.finding ?? 1}`,
        });
        continue;
      }
    } catch (error) {
      problems.push({ message: (error as Error).message, where: displayPath(path.join(migrationsDir, f.migration)) });
      continue;
    }
    usable.add(f.id);
  }

  let toApply: string[];
  let applied: Set<number>;
  if (only) {
    const wanted = only.map((id) => folderOf.get(id)).filter((name): name is string => Boolean(name) && onDisk.includes(name!));
    toApply = harness.dependencyClosure(wanted, migrationsDir).filter((name) => name !== harness.BASELINE_FOLDER);
    applied = new Set(findings.filter((f) => f.migration && toApply.includes(f.migration)).map((f) => f.id));
  } else {
    toApply = onDisk.filter((name) => name !== harness.BASELINE_FOLDER);
    applied = new Set([...usable].filter((id) => toApply.includes(folderOf.get(id)!)));
  }
  return { plan: { onDisk, toApply, folderOf, applied }, problems };
}
