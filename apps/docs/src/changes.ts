// Which review finding touched which model, and through which migration folder.
//
// The catalog names the models of each finding as they were called in the legacy schema ("*" for a finding that
// touches many models) and, once filled, the folder that fixes it; each folder's README front matter names its
// finding. A model can be renamed by its migration (`ALTER TABLE "old" RENAME TO "new"`), and a migration can create
// or alter tables the catalog does not list (a new log table, every status column). So a finding's models are:
// the catalog's models, followed through the renames of the folder's SQL, plus every table the folder's DDL
// creates or alters, mapped back to the model whose @@map names it.
import type { Finding } from '@leadmetrics/db';
import { BASELINE_FOLDER } from '@leadmetrics/db/migrations';
import type { DocsInput, MigrationFolderInfo } from './load.js';

export interface FindingChange {
  finding: Finding;
  /** The folder that fixes it: the catalog's `migration` when set, else the folder whose front matter names it. */
  folder?: MigrationFolderInfo;
  /** Corrected model names the finding is about or whose tables its migration changes, in schema order. */
  models: string[];
  /** Corrected model names whose tables the migration creates. */
  created: string[];
  /** Legacy model name -> corrected model name, for the catalog's models that the migration renamed. */
  renamed: Map<string, string>;
}

/** A folder without a finding (infrastructure) that creates or alters tables of the corrected schema. */
export interface InfrastructureChange {
  folder: MigrationFolderInfo;
  models: string[];
  created: string[];
}

export interface Changes {
  byFinding: Map<number, FindingChange>;
  infrastructure: InfrastructureChange[];
  /** Corrected model name -> the findings (by id, ascending) and infrastructure folders that touched it. */
  byModel: Map<string, { findings: FindingChange[]; infrastructure: InfrastructureChange[] }>;
}

/** SQL without `--` line comments and `/* *\/` block comments, so prose never counts as DDL. */
function stripSqlComments(sql: string): string {
  return sql.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
}

const IDENT = String.raw`(?:"?[A-Za-z_][A-Za-z0-9_]*"?\.)?"?([A-Za-z_][A-Za-z0-9_]*)"?`;
const CREATE_TABLE = new RegExp(String.raw`\bCREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${IDENT}`, 'gi');
const DDL_TARGETS = [
  CREATE_TABLE,
  new RegExp(String.raw`\bALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?${IDENT}`, 'gi'),
  new RegExp(
    String.raw`\bCREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:${IDENT}\s+)?ON\s+(?:ONLY\s+)?${IDENT}`,
    'gi',
  ),
  new RegExp(String.raw`\bCOMMENT\s+ON\s+COLUMN\s+${IDENT}\s*\.`, 'gi'),
  new RegExp(String.raw`\bCOMMENT\s+ON\s+TABLE\s+${IDENT}`, 'gi'),
];
const DROP_TABLE = new RegExp(String.raw`\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?${IDENT}`, 'gi');
const RENAME_TABLE = new RegExp(String.raw`\bALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?${IDENT}\s+RENAME\s+TO\s+${IDENT}`, 'gi');

function matches(pattern: RegExp, sql: string, group: number): string[] {
  const found: string[] = [];
  for (const match of sql.matchAll(pattern)) {
    const name = match[group] ?? match[group - 1];
    if (name) found.push(name);
  }
  return found;
}

/** Tables a migration's DDL creates, alters and drops, and the table renames it performs (old -> new). */
export function ddlOf(sql: string): { created: Set<string>; touched: Set<string>; dropped: Set<string>; renames: Map<string, string> } {
  const clean = stripSqlComments(sql);
  const created = new Set(matches(CREATE_TABLE, clean, 1));
  const touched = new Set<string>();
  for (const pattern of DDL_TARGETS) {
    for (const match of clean.matchAll(pattern)) {
      // The table is the last captured identifier (CREATE INDEX captures the index name first).
      const groups = match.slice(1).filter((g): g is string => Boolean(g));
      if (groups.length > 0) touched.add(groups[groups.length - 1]!);
    }
  }
  const renames = new Map<string, string>();
  for (const match of clean.matchAll(RENAME_TABLE)) renames.set(match[1]!, match[2]!);
  return { created, touched, dropped: new Set(matches(DROP_TABLE, clean, 1)), renames };
}

/** Tables the folders of a finding drop (a phased finding replaces a table in its contract folder). */
function droppedByFinding(input: DocsInput, findingId: number): Set<string> {
  const dropped = new Set<string>();
  for (const folder of input.folders) {
    if (folder.frontMatter?.finding === findingId) for (const table of ddlOf(folder.sql).dropped) dropped.add(table);
  }
  return dropped;
}

export function computeChanges(input: DocsInput): Changes {
  const modelByTable = new Map(input.graph.models.map((m) => [m.dbName, m.name]));
  const order = new Map(input.graph.models.map((m, index) => [m.name, index]));
  const sortModels = (names: Iterable<string>) => [...new Set(names)].sort((a, b) => order.get(a)! - order.get(b)!);
  const folderByName = new Map(input.folders.map((f) => [f.name, f]));

  const resolveTables = (folder: MigrationFolderInfo | undefined) => {
    if (!folder) return { models: [] as string[], created: [] as string[], renames: new Map<string, string>() };
    const ddl = ddlOf(folder.sql);
    const follow = (table: string) => {
      let current = table;
      for (let hops = 0; hops < 8 && ddl.renames.has(current); hops++) current = ddl.renames.get(current)!;
      return modelByTable.get(current);
    };
    const models = [...ddl.touched].map(follow).filter((m): m is string => m !== undefined);
    const created = [...ddl.created].map(follow).filter((m): m is string => m !== undefined);
    return { models, created, renames: ddl.renames };
  };

  const byFinding = new Map<number, FindingChange>();
  for (const finding of input.findings) {
    const named = finding.migration ? folderByName.get(finding.migration) : undefined;
    if (finding.migration && !named) {
      input.warnings.push(`catalog finding ${finding.id} names migration "${finding.migration}", which is not a folder`);
    }
    const byFrontMatter = input.folders.find((f) => f.frontMatter?.finding === finding.id);
    if (named && byFrontMatter && named !== byFrontMatter) {
      input.warnings.push(
        `finding ${finding.id}: the catalog names ${named.name} but ${byFrontMatter.name}'s front matter claims it; the catalog wins`,
      );
    }
    const folder = named ?? byFrontMatter;
    const { models, created, renames } = resolveTables(folder);

    const renamed = new Map<string, string>();
    const fromCatalog: string[] = [];
    for (const legacyName of finding.models) {
      if (legacyName === '*') continue;
      if (input.graph.modelByName.has(legacyName)) {
        fromCatalog.push(legacyName);
        continue;
      }
      // Renamed by the migration: follow the legacy model's table through the folder's renames.
      let table = input.legacy.graph.modelByName.get(legacyName)?.dbName;
      for (let hops = 0; table && hops < 8 && renames.has(table); hops++) table = renames.get(table);
      const now = table ? modelByTable.get(table) : undefined;
      if (now) {
        renamed.set(legacyName, now);
        fromCatalog.push(now);
      } else if (!(table && droppedByFinding(input, finding.id).has(table))) {
        // A table one of the finding's folders drops was replaced by a new one (its rows copied), not renamed.
        input.warnings.push(
          `finding ${finding.id}: model "${legacyName}" of the catalog is in neither schema nor renamed by its migration`,
        );
      }
    }
    // Models named through the catalog's fields ("Invoice.status") count too: a "*" finding lists examples there.
    for (const field of finding.fields) {
      const model = field.split('.')[0]!;
      const now = input.graph.modelByName.has(model) ? model : renamed.get(model);
      if (now) fromCatalog.push(now);
    }
    byFinding.set(finding.id, {
      finding,
      folder,
      models: sortModels([...fromCatalog, ...models]),
      created: sortModels(created),
      renamed,
    });
  }

  const infrastructure: InfrastructureChange[] = [];
  for (const folder of input.folders) {
    if (folder.name === BASELINE_FOLDER || !folder.frontMatter || folder.frontMatter.finding !== null) continue;
    const { models, created } = resolveTables(folder);
    if (models.length > 0) infrastructure.push({ folder, models: sortModels(models), created: sortModels(created) });
  }

  const byModel: Changes['byModel'] = new Map();
  const entry = (model: string) => {
    let value = byModel.get(model);
    if (!value) byModel.set(model, (value = { findings: [], infrastructure: [] }));
    return value;
  };
  for (const change of byFinding.values()) for (const model of change.models) entry(model).findings.push(change);
  for (const change of infrastructure) for (const model of change.models) entry(model).infrastructure.push(change);
  return { byFinding, infrastructure, byModel };
}
