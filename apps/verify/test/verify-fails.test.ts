// Verify must be able to fail. Each test breaks a temporary copy of packages/db/prisma (never the
// real files) the way a careless change would, runs verify on it in-process, and expects it to
// fail at the right step with a message that names what was broken. What to break is chosen from
// the catalog, the schemas and the migration folders, never hard-coded.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listMigrationFolders, readMigrationFolder } from '@leadmetrics/db/migrations';
import { phasedFindings } from '@leadmetrics/db/online';
import { loadFindingsCatalog } from '@leadmetrics/db';
import { testServer } from '@leadmetrics/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { columnOf, loadGraph } from '../src/lib/schema-graph.js';
import { terminalVerdict } from '../src/report/verdict.js';
import { runVerify, type VerifyRun } from '../src/run-verify.js';
import { expectTerminalAgreesWithReport } from './support/verdict-agreement.js';
import type { StepId } from '../src/types.js';
import { demoMappingFile } from '../src/paths.js';
import { copyProject, type ProjectCopy } from './support/project-copy.js';

const { findings } = loadFindingsCatalog();
const copies: ProjectCopy[] = [];
afterAll(async () => {
  await Promise.all(copies.map((c) => c.dispose()));
});

async function brokenCopy(): Promise<ProjectCopy> {
  const copy = await copyProject();
  copies.push(copy);
  return copy;
}

async function verify(copy: ProjectCopy, steps: StepId[]): Promise<VerifyRun> {
  const server = await testServer();
  return runVerify({ prismaDir: copy.prismaDir, catalogFile: copy.catalogFile, reportDir: copy.reportDir, databaseUrl: server.url, steps });
}

function step(result: VerifyRun, id: StepId) {
  const s = result.steps.find((x) => x.id === id)!;
  return { ...s, text: s.problems.map((p) => `${p.message} @ ${p.where ?? ''}`).join('\n') };
}

/**
 * A column a finding's migration blanks on purpose (its values quarantined first), chosen from the catalog, that
 * survives into the corrected schema as an optional column: the table's ledger then has deleted/nulled/quarantined
 * entries that a table-wide allowance would let a silently blanked value hide behind.
 */
async function columnBlankedOnPurpose(copy: ProjectCopy) {
  const folders = listMigrationFolders(copy.file('migrations'));
  const legacy = await loadGraph([copy.file('legacy/schema.prisma')]);
  const corrected = await loadGraph([copy.file('schema')]);
  const target = findings
    .filter((f) => f.migration && folders.includes(f.migration) && f.anomalies.length > 0)
    .flatMap((f) =>
      f.fields.map((qualified) => {
        const [modelName, fieldName] = qualified.split('.');
        const before = legacy.modelByName.get(modelName!)?.fieldByName.get(fieldName!);
        const after = corrected.models.find((m) => m.dbName === before?.model.dbName)?.fieldByName.get(fieldName!);
        return before && after?.optional && !after.isRelation
          ? { finding: f, table: before.model.dbName, column: columnOf(before) }
          : undefined;
      }),
    )
    .find((t) => t !== undefined);
  expect(target, 'no finding blanks an optional column that survives').toBeDefined();
  return target!;
}

/** Runs lint, migrate and accounting on a broken copy; migrate must pass and accounting fail. */
async function failedAccounting(copy: ProjectCopy) {
  const result = await verify(copy, ['lint-legacy', 'migrate', 'accounting']);
  expect(result.ok).toBe(false);
  expect(step(result, 'migrate').status, step(result, 'migrate').text).toBe('passed');
  const accounting = step(result, 'accounting');
  expect(accounting.status).toBe('failed');
  return accounting;
}

// Concurrent: each test has its own copy and its own databases, and most of the time is spent waiting on
// the Prisma CLI and PostgreSQL.
describe.concurrent('verify fails, and says where', () => {
  it('when the corrected schema re-introduces a finding', async () => {
    const copy = await brokenCopy();
    // A finding whose anchor is a plain scalar field the corrected schema dropped: put the legacy line back.
    const legacy = await loadGraph([copy.file('legacy/schema.prisma')]);
    const corrected = await loadGraph([copy.file('schema')]);
    const finding = findings.find((f) => {
      const field = f.anchor.field && legacy.modelByName.get(f.anchor.model)?.fieldByName.get(f.anchor.field);
      const keyOfRelation = legacy.modelByName.get(f.anchor.model)?.relations.some((r) => r.fields.includes(f.anchor.field ?? ''));
      return (
        field &&
        !field.isRelation &&
        !keyOfRelation &&
        corrected.modelByName.get(f.anchor.model) &&
        !corrected.modelByName.get(f.anchor.model)!.fieldByName.has(f.anchor.field!)
      );
    });
    expect(finding, 'no finding whose scalar anchor field the corrected schema dropped').toBeDefined();
    const legacyLines = (await readFile(copy.file('legacy/schema.prisma'), 'utf8')).split('\n');
    const legacyField = legacy.modelByName.get(finding!.anchor.model)!.fieldByName.get(finding!.anchor.field!)!;
    const target = corrected.modelByName.get(finding!.anchor.model)!;
    const file = target.node.pos.file;
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.splice(target.node.pos.line, 0, legacyLines[legacyField.node.pos.line - 1]!);
    await writeFile(file, lines.join('\n'));

    const result = await verify(copy, ['lint-legacy', 'lint-corrected']);
    expect(result.ok).toBe(false);
    const lint = step(result, 'lint-corrected');
    expect(lint.status).toBe('failed');
    const hit = lint.problems.find((p) => finding!.rules.some((rule) => p.message.includes(rule)));
    expect(hit, `no report of ${finding!.rules.join(', ')} among:\n${lint.text}`).toBeDefined();
    expect(hit!.message).toContain(`finding ${finding!.id} is back`);
    expect(hit!.where).toContain(`${path.basename(file)}:${target.node.pos.line + 1}`);
    expect(result.findings.find((f) => f.id === finding!.id)!.quiet.ok).toBe(false);
  });

  it("when a migration drops a column's data, and when one leaves an anomaly unresolved", async () => {
    const copy = await brokenCopy();
    const folders = listMigrationFolders(copy.file('migrations'));
    const last = folders[folders.length - 1]!;
    // 1. Blank every optional text column of one model no finding is about (and with no status
    //    column a migration may rewrite), at the end of the last migration.
    const legacy = await loadGraph([copy.file('legacy/schema.prisma')]);
    const named = new Set(findings.flatMap((f) => f.models));
    const victim = legacy.models
      .filter((m) => !named.has(m.name) && !m.fields.some((f) => /status|state/i.test(f.name)))
      .map((m) => ({ m, columns: m.fields.filter((f) => !f.isRelation && f.optional && f.type === 'String').map((f) => f.name) }))
      .sort((a, b) => b.columns.length - a.columns.length || (a.m.name < b.m.name ? -1 : 1))[0]!;
    expect(victim.columns.length).toBeGreaterThan(1);
    await copy.append(
      `migrations/${last}/migration.sql`,
      `UPDATE "${victim.m.dbName}" SET ${victim.columns.map((c) => `"${c}" = NULL`).join(', ')};`,
    );
    // 2. A migration that resolves one anomaly fewer than the seed planted: its ledger entry says so.
    //    A one-folder finding, whose migration.sql writes its ledger itself (a phased finding's
    //    backfill writes it later, after anything appended here has run).
    const finding = findings.find(
      (f) =>
        f.migration &&
        f.anomalies.length > 0 &&
        folders.includes(f.migration) &&
        readMigrationFolder(f.migration, copy.file('migrations')).phase !== 'expand',
    )!;
    expect(finding, 'no one-folder finding with anomalies').toBeDefined();
    const kind = finding.anomalies[0]!;
    await copy.append(
      `migrations/${finding.migration}/migration.sql`,
      `UPDATE migration_ledger SET rows = rows - 1 WHERE migration = '${finding.migration}' AND anomaly = '${kind}';`,
    );

    const result = await verify(copy, ['lint-legacy', 'migrate', 'accounting']);
    expect(result.ok).toBe(false);
    expect(step(result, 'migrate').status, step(result, 'migrate').text).toBe('passed');
    const accounting = step(result, 'accounting');
    expect(accounting.status).toBe('failed');
    const blanked = accounting.problems.filter((p) => p.where === `table ${victim.m.dbName}`);
    expect(blanked.length, accounting.text).toBeGreaterThan(0);
    expect(blanked.every((p) => victim.columns.some((c) => p.message.includes(`${victim.m.dbName}.${c}`)))).toBe(true);
    const planted = (step(result, 'migrate').details as { seed: { anomalies: Record<string, number> } }).seed.anomalies[kind]!;
    const unresolved = accounting.problems.find((p) => p.message.includes(`"${kind}"`) && p.message.includes(finding.migration!));
    expect(unresolved, accounting.text).toBeDefined();
    expect(unresolved!.message).toContain(`planted ${planted}`);
    const claimed = Number(/accounts for (\d+)/.exec(unresolved!.message)?.[1]);
    expect(claimed).toBeLessThan(planted);
    expect(unresolved!.where).toContain(path.join(finding.migration!, 'migration.sql'));
    const row = result.findings.find((f) => f.id === finding.id)!;
    expect(row.ok).toBe(false);
    expect(row.status).toContain(kind);
  });

  it('when a migration blanks one more value of a column it legitimately changes, without a quarantine copy', async () => {
    const copy = await brokenCopy();
    const { finding, table, column } = await columnBlankedOnPurpose(copy);
    await copy.append(
      `migrations/${finding.migration}/migration.sql`,
      `UPDATE "${table}" SET "${column}" = NULL WHERE ctid = (SELECT ctid FROM "${table}" WHERE "${column}" IS NOT NULL LIMIT 1);`,
    );

    const accounting = await failedAccounting(copy);
    const lost = accounting.problems.find((p) => p.where === `table ${table}` && p.message.includes(`${table}.${column} lost values`));
    expect(lost, accounting.text).toBeDefined();
    expect(lost!.message).toContain('copied to migration_quarantine');
  });

  it('when a migration quarantines a copy of a value it never takes away', async () => {
    const copy = await brokenCopy();
    const { finding, table, column } = await columnBlankedOnPurpose(copy);
    // The counts still agree (one more copy, no value lost); only the rows show the copy is of the wrong value.
    await copy.append(
      `migrations/${finding.migration}/migration.sql`,
      `INSERT INTO migration_quarantine ("migration", "tableName", "rowId", "columnName", "value", "reason")
       SELECT '${finding.migration}', '${table}', t."id"::text, '${column}', to_jsonb(t."${column}"), 'a copy of a value left in place'
         FROM "${table}" t WHERE t."${column}" IS NOT NULL LIMIT 1;`,
    );

    const accounting = await failedAccounting(copy);
    const unchanged = accounting.problems.find(
      (p) => p.where === `table ${table}` && p.message.includes(`${table}.${column}: 1 value(s) copied`),
    );
    expect(unchanged, accounting.text).toBeDefined();
    expect(unchanged!.message).toContain('still in their rows unchanged');
  });

  it("when a migration changes what rows mean: a version's FAQ in a post's live list, a contact entry's lead lost", async () => {
    const copy = await brokenCopy();
    const folderOf = (id: number) => findings.find((f) => f.id === id)!.migration!;
    const [faqs, contacts] = [folderOf(13), folderOf(8)];
    // Row counts stay balanced (the extra row has its ledger entry): only the lists show it. The
    // finding's expand step runs before its backfill, so the stale FAQ is taken from a snapshot.
    await copy.append(
      `migrations/${faqs}/migration.sql`,
      `INSERT INTO blog_post_faqs (id, "blogPostId", question, answer, position, "updatedAt")
       SELECT 'stale-' || v.id, v."blogPostId", e.elem ->> 'question', e.elem ->> 'answer', (e.elem ->> 'position')::int, now()
         FROM blog_post_versions v CROSS JOIN LATERAL jsonb_array_elements(v.faqs) AS e(elem)
        WHERE jsonb_typeof(v.faqs) = 'array' ORDER BY v.id LIMIT 1;
       INSERT INTO migration_ledger (migration, "tableName", action, rows, note) VALUES ('${faqs}', 'blog_post_faqs', 'inserted', 1, 'sabotage');`,
    );
    // The contact entries reach contact_methods in the finding's backfill: the entry loses its lead
    // after that, in the finding's first contract folder (its own folder when it has only one).
    const contactsLast = phasedFindings(copy.file('migrations')).find((p) => p.expandFolder === contacts)?.contractFolders[0] ?? contacts;
    await copy.append(
      `migrations/${contactsLast}/migration.sql`,
      `UPDATE contact_methods SET "leadId" = NULL WHERE id = (SELECT min(id) FROM contact_methods WHERE "leadId" IS NOT NULL);`,
    );

    const accounting = await failedAccounting(copy);
    const stale = accounting.problems.find(
      (p) => p.message.startsWith('meaning:') && /blog post \S+: its FAQ relation lists/.test(p.message),
    );
    expect(stale, accounting.text).toBeDefined();
    expect(stale!.where).toContain(path.join(faqs, 'migration.sql'));
    const lost = accounting.problems.find(
      (p) => p.message.startsWith('meaning:') && /contact entry \S+ of lead \S+: its lead is recorded nowhere/.test(p.message),
    );
    expect(lost, accounting.text).toBeDefined();
    expect(lost!.where).toContain(path.join(contacts, 'migration.sql'));
  });

  it('when a migration changes what settings and log rows mean: a setting reset to its default, a key lost, an entry dropped beside a duplicate', async () => {
    const copy = await brokenCopy();
    const folderOf = (id: number) => findings.find((f) => f.id === id)!.migration!;
    const [settings, log] = [folderOf(11), folderOf(7)];
    // 1. The statement that gives a typed integer setting its value from the JSON keeps the default instead
    //    (found in the SQL, with the default its CREATE TABLE declares): the reading the expand step's
    //    trigger and backfill share. Counts and ledger are untouched.
    const settingsFile = copy.file(`migrations/${settings}/migration.sql`);
    const sql = await readFile(settingsFile, 'utf8');
    const conversion = /"(\w+)"\s*= coalesce\(\(r\.v ->> '\w+'\)::numeric::integer, c\."\w+"\)/.exec(sql);
    expect(conversion, `no integer setting conversion in ${settings}`).not.toBeNull();
    const setting = conversion![1]!;
    const defaultOf = new RegExp(`"${setting}" INTEGER NOT NULL DEFAULT (\\d+)`).exec(sql)?.[1];
    expect(defaultOf, `no default for ${setting}`).toBeDefined();
    await writeFile(settingsFile, sql.replace(conversion![0], `"${setting}" = c."${setting}"`));
    // 2. One quarantined unknown key is deleted, and the ledger's count of quarantined values follows, so only
    //    the tenant's own account shows it (in the contract folder, which writes the quarantine).
    const settingsLast =
      phasedFindings(copy.file('migrations'))
        .find((p) => p.expandFolder === settings)
        ?.contractFolders.at(-1) ?? settings;
    await copy.append(
      `migrations/${settingsLast}/migration.sql`,
      `DELETE FROM migration_quarantine WHERE id = (SELECT min(id) FROM migration_quarantine WHERE migration = '${settings}' AND reason LIKE 'key %');
       UPDATE migration_ledger SET rows = rows - 1 WHERE migration = '${settings}' AND action = 'quarantined';`,
    );
    // 3. One status change of a subscription with several is dropped and another of it duplicated: the row count holds.
    //    The rows exist once the finding's backfill ran: the sabotage goes into its first contract folder
    //    (its own folder when it has only one).
    const logLast = phasedFindings(copy.file('migrations')).find((p) => p.expandFolder === log)?.contractFolders[0] ?? log;
    await copy.append(
      `migrations/${logLast}/migration.sql`,
      `WITH victim AS (SELECT min(id) AS id, "subscriptionId" AS sub FROM subscription_logs GROUP BY "subscriptionId" HAVING count(*) > 1 ORDER BY 2 LIMIT 1),
            dropped AS (DELETE FROM subscription_logs l USING victim v WHERE l.id = v.id RETURNING l.id)
       INSERT INTO subscription_logs (id, "subscriptionId", "fromStatus", "toStatus", "actorId", note, "createdAt")
       SELECT 'duplicate-' || o.id, o."subscriptionId", o."fromStatus", o."toStatus", o."actorId", o.note, o."createdAt"
         FROM subscription_logs o JOIN victim v ON o."subscriptionId" = v.sub AND o.id <> v.id ORDER BY o.id LIMIT 1;`,
    );

    const accounting = await failedAccounting(copy);
    const meaning = (pattern: RegExp) => accounting.problems.find((p) => p.message.startsWith('meaning:') && pattern.test(p.message));
    const reset = meaning(new RegExp(`tenant \\S+: ${setting} was \\S+ in contextConfig, .* and the row holds ${defaultOf}$`));
    expect(reset, accounting.text).toBeDefined();
    expect(reset!.where).toContain(path.join(settings, 'migration.sql'));
    const lostKey = meaning(/tenant \S+: contextConfig\.\w+ \S+ is not in migration_quarantine as written/);
    expect(lostKey, accounting.text).toBeDefined();
    const dropped = meaning(/subscription \S+: entry \[\d+\] \(.*\) became no subscription_logs row/);
    expect(dropped, accounting.text).toBeDefined();
    expect(dropped!.where).toContain(path.join(log, 'migration.sql'));
    const duplicate = meaning(/subscription \S+: subscription_logs row duplicate-\S+ \(.*\) comes from no entry of its JSON log/);
    expect(duplicate, accounting.text).toBeDefined();
  });

  it('when a migration takes readable status changes out of the live history', async () => {
    const copy = await brokenCopy();
    const log = findings.find((f) => f.id === 7)!.migration!;
    // A stricter reading of the time: only a bare date passes, so entries with a time of day count as
    // unreadable and go to the quarantine under a reason the operator let go for entries that really are.
    const file = copy.file(`migrations/${log}/migration.sql`);
    const sql = await readFile(file, 'utf8');
    const datePattern = String.raw`'^\s*\d{4}-\d{2}-\d{2}'`;
    expect(sql, `no time pattern in ${log}`).toContain(datePattern);
    // (a function, so the "$'" of the new pattern is not read as a replacement pattern)
    await writeFile(
      file,
      sql.replace(datePattern, () => String.raw`'^\s*\d{4}-\d{2}-\d{2}$'`),
    );

    const accounting = await failedAccounting(copy);
    const lost = accounting.problems.find(
      (p) => p.message.startsWith('meaning:') && /subscription \S+: entry \[\d+\] \(.*\) became no subscription_logs row/.test(p.message),
    );
    expect(lost, accounting.text).toBeDefined();
    expect(lost!.where).toContain(path.join(log, 'migration.sql'));
    const kept = accounting.problems.find(
      (p) =>
        p.message.startsWith('meaning:') &&
        /subscription \S+: migration_quarantine holds statusChangeLogs\[\d+\] .*, which its log does not account for/.test(p.message),
    );
    expect(kept, accounting.text).toBeDefined();
  });

  it('when a migration gives a value outside the enum its column default instead of what the mapping says', async () => {
    const copy = await brokenCopy();
    // The first column a folder sets from the operator's mapping, whose default means something else than
    // the demo mapping's entry for it: found in the SQL and the mapping file, not named here. A folder sets it
    // in a statement over the rows outside the enum, or, for a phased finding, in the trigger that writes
    // every legacy value the mapping covers as its label (the column the statement sets may be a twin of the
    // mapped one: "status_enum" for "status"); the default is declared in whichever folder of the chain sets it.
    const demo = JSON.parse(await readFile(demoMappingFile, 'utf8')) as { entries: { table: string; column: string; to: string | null }[] };
    const folders = listMigrationFolders(copy.file('migrations'));
    const sqlOf = new Map(folders.map((folder) => [folder, readMigrationFolder(folder, copy.file('migrations')).sql]));
    const allSql = [...sqlOf.values()].join('\n');
    const defaultIn = (table: string, column: string) =>
      new RegExp(`ALTER TABLE "${table}"[^;]*ALTER COLUMN "${column}" SET DEFAULT '([^']+)'`).exec(allSql)?.[1];
    const target = folders
      .flatMap((folder) => {
        const sql = sqlOf.get(folder)!;
        const setFromMapping = /UPDATE "(\w+)" t SET "(\w+)" = b\."mappedTo"(::"\w+")?(\s+FROM "bad" b WHERE t\."id" = b\."id")[^\n]*/g;
        const fromStatements = [...sql.matchAll(setFromMapping)].map((m) => {
          const table = m[1]!;
          const column = new RegExp(`"migration_mapped_value"\\('${table}', '(\\w+)'`).exec(sql)?.[1] ?? m[2]!;
          const defaultOf = defaultIn(table, column);
          // The same rows, every one of them, given the default instead.
          const sabotage = `UPDATE "${table}" t SET "${m[2]}" = '${defaultOf}'${m[3] ?? ''}${m[4]}`;
          return { folder, sql, statement: m[0], sabotage, table, column, defaultOf };
        });
        const inTriggers = /NEW\."(\w+)" := "online_migration"\."\w+"\('(\w+)', '\w+', [^\n]*;/g;
        const fromTriggers = [...sql.matchAll(inTriggers)].map((m) => {
          const [table, column] = [m[2]!, m[1]!];
          const defaultOf = defaultIn(table, column);
          // Every legacy value outside the enum the trigger meets (the backfill writes each existing row
          // through it) given the default instead.
          return { folder, sql, statement: m[0], sabotage: `NEW."${column}" := '${defaultOf}';`, table, column, defaultOf };
        });
        return [...fromStatements, ...fromTriggers];
      })
      .find((t) => t.defaultOf && demo.entries.some((e) => e.table === t.table && e.column === t.column && e.to !== t.defaultOf));
    expect(target, 'no folder sets a column from the value mapping').toBeDefined();
    const { folder, sql, statement, sabotage, table, column, defaultOf } = target!;
    await writeFile(copy.file(`migrations/${folder}/migration.sql`), sql.replace(statement, sabotage));

    const accounting = await failedAccounting(copy);
    const wrong = accounting.problems.find(
      (p) => p.message.startsWith(`${table}.${column}: `) && p.message.includes('no longer mean what they meant'),
    );
    expect(wrong, accounting.text).toBeDefined();
    expect(wrong!.message).toContain(`now holds "${defaultOf}"`);
    // Verify names the last folder of the chain that names the column: the sabotaged one, or a later folder
    // of the same finding (a phased finding's contract folder checks the values its expand step set).
    const finding = /^\d+_(f\d+)_/.exec(folder)?.[1] ?? folder;
    expect(wrong!.where).toMatch(new RegExp(`\\d+_${finding}_`));
  });

  it('when a migration folder is missing', async () => {
    const copy = await brokenCopy();
    const folders = listMigrationFolders(copy.file('migrations'));
    // A folder no other folder depends on, so the rest of the chain still applies.
    const needed = new Set(folders.flatMap((name) => readMigrationFolder(name, copy.file('migrations')).dependsOn));
    const finding = findings.find((f) => f.migration && folders.includes(f.migration) && !needed.has(f.migration))!;
    expect(finding, 'no finding whose folder nothing depends on').toBeDefined();
    await rm(copy.file(`migrations/${finding.migration}`), { recursive: true });

    const result = await verify(copy, ['migrate']);
    expect(result.ok).toBe(false);
    const migrate = step(result, 'migrate');
    expect(migrate.status).toBe('failed');
    const missing = migrate.problems.find((p) => p.message.includes(finding.migration!) && /missing/.test(p.message));
    expect(missing, migrate.text).toBeDefined();
    expect(missing!.message).toContain(`finding ${finding.id}`);
    const row = result.findings.find((f) => f.id === finding.id)!;
    expect(row.migration.applied).toBe(false);
    expect(row.ok).toBe(false);
    await expectTerminalAgreesWithReport(terminalVerdict(result), copy.reportDir);
  });
});
