// Reads everything the reference is generated from: the corrected schema (one file per domain), the legacy
// schema, the findings catalog, the migration folders and the rule metadata. Schemas are read with the rules
// package's parser and graph (one parser for the whole repository); migration folders with @leadmetrics/db's
// front-matter reader. A folder whose README is missing or malformed does not stop the generator: it becomes a
// warning and a visible note in the catalog, so the docs can be regenerated while folders are still being written.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allRules, buildGraph, loadSchemaFiles, type BlockNode, type GraphModel, type Rule, type SchemaFileAst, type SchemaGraph } from '@leadmetrics/rules';
import { loadFindingsCatalog, findingsCatalogFile, type Finding } from '@leadmetrics/db';
import { BASELINE_FOLDER, listMigrationFolders, readMigrationFolder } from '@leadmetrics/db/migrations';
import type { FrontMatter } from '@leadmetrics/db/migrations';
import { correctedSchemaDir, legacySchemaFile, migrationsDir } from '@leadmetrics/db';
import { repoRelative, withoutMachinePaths } from './paths.js';

export interface Domain {
  /** The schema file's name without `.prisma`: `tenant`, `billing` ... */
  name: string;
  /** Repository-relative path of the schema file. */
  file: string;
  /** The `//` comment at the top of the file, which says what the domain holds (may be empty). */
  intro: string;
  models: GraphModel[];
  enums: BlockNode[];
}

export interface MigrationFolderInfo {
  name: string;
  /** Repository-relative path of the folder. */
  dir: string;
  /** Parsed README front matter; undefined when the README is missing or does not parse (see `problem`). */
  frontMatter?: FrontMatter;
  /** Why the front matter could not be read, in words fit for the catalog. */
  problem?: string;
  hasReadme: boolean;
  sql: string;
  hasDown: boolean;
  hasValidate: boolean;
}

export interface LegacySchema {
  /** Repository-relative path. */
  file: string;
  lines: string[];
  ast: SchemaFileAst;
  graph: SchemaGraph;
}

export interface DocsInput {
  graph: SchemaGraph;
  domains: Domain[];
  domainOfModel: Map<string, Domain>;
  domainOfEnum: Map<string, Domain>;
  /** Lines of each corrected schema file, by repository-relative path (for snippets). */
  schemaLines: Map<string, string[]>;
  legacy: LegacySchema;
  findings: Finding[];
  folders: MigrationFolderInfo[];
  rules: Rule[];
  /** Problems worth telling the person running the generator about; never fatal. */
  warnings: string[];
}

export interface DocsSources {
  schemaDir: string;
  legacyFile: string;
  migrationsDir: string;
  catalogFile: string;
  rules: Rule[];
}

export function defaultSources(): DocsSources {
  return {
    schemaDir: correctedSchemaDir,
    legacyFile: legacySchemaFile,
    migrationsDir,
    catalogFile: findingsCatalogFile,
    rules: allRules(),
  };
}

/** The leading `//` comment of a schema file (not `///`, which documents the first block). */
function fileIntro(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('//') && !trimmed.startsWith('///')) {
      lines.push(trimmed.replace(/^\/\/\s?/, ''));
      continue;
    }
    break;
  }
  return lines.join('\n').trim();
}

function readFolder(name: string, dir: string, warnings: string[]): MigrationFolderInfo {
  const folderDir = path.join(dir, name);
  const info: MigrationFolderInfo = {
    name,
    dir: repoRelative(folderDir),
    hasReadme: existsSync(path.join(folderDir, 'README.md')),
    sql: readFileSync(path.join(folderDir, 'migration.sql'), 'utf8'),
    hasDown: existsSync(path.join(folderDir, 'down.sql')),
    hasValidate: existsSync(path.join(folderDir, 'validate.sql')),
  };
  try {
    const folder = readMigrationFolder(name, dir);
    const { finding, title, risk, dependsOn, resolves, locks, rollback } = folder;
    info.frontMatter = { finding, title, risk, dependsOn, resolves, locks, rollback };
  } catch (error) {
    info.problem = info.hasReadme
      ? `README.md front matter does not parse: ${withoutMachinePaths((error as Error).message)}`
      : 'README.md is missing';
    warnings.push(`${info.dir}: ${info.problem}`);
  }
  return info;
}

export function loadDocsInput(sources: DocsSources = defaultSources()): DocsInput {
  const warnings: string[] = [];
  const files = loadSchemaFiles([sources.schemaDir]);
  const graph = buildGraph(files);

  const domains: Domain[] = [];
  const domainOfModel = new Map<string, Domain>();
  const domainOfEnum = new Map<string, Domain>();
  const schemaLines = new Map<string, string[]>();
  for (const file of [...files].sort((a, b) => (path.basename(a.file) < path.basename(b.file) ? -1 : 1))) {
    const text = readFileSync(file.file, 'utf8');
    const relative = repoRelative(file.file);
    schemaLines.set(relative, text.split(/\r?\n/));
    const blockNames = new Set(file.blocks.map((b) => b.name));
    const domain: Domain = {
      name: path.basename(file.file, '.prisma'),
      file: relative,
      intro: fileIntro(text),
      models: graph.models.filter((m) => m.node.pos.file === file.file && blockNames.has(m.name)),
      enums: file.blocks.filter((b) => b.kind === 'enum'),
    };
    if (domain.models.length === 0 && domain.enums.length === 0) continue; // generator / datasource only
    domains.push(domain);
    for (const model of domain.models) domainOfModel.set(model.name, domain);
    for (const block of domain.enums) domainOfEnum.set(block.name, domain);
  }

  const legacyAst = loadSchemaFiles([sources.legacyFile]);
  const legacy: LegacySchema = {
    file: repoRelative(sources.legacyFile),
    lines: readFileSync(sources.legacyFile, 'utf8').split(/\r?\n/),
    ast: legacyAst[0]!,
    graph: buildGraph(legacyAst),
  };

  const findings = [...loadFindingsCatalog(sources.catalogFile).findings].sort((a, b) => a.id - b.id);
  const folders = listMigrationFolders(sources.migrationsDir).map((name) => readFolder(name, sources.migrationsDir, warnings));
  if (!folders.some((f) => f.name === BASELINE_FOLDER)) warnings.push(`no ${BASELINE_FOLDER} folder in ${repoRelative(sources.migrationsDir)}`);

  const rules = [...sources.rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  return { graph, domains, domainOfModel, domainOfEnum, schemaLines, legacy, findings, folders, rules, warnings };
}
