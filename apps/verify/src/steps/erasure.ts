// Step 7: tenant erasure. Pick the seeded tenant whose rows reach the most tables, delete it
// through the generated client (one `delete` on the tenant model, as an application would), and
// show that nothing of it remains:
//   - every table with a tenant-key column holds no row with its id (the tables that had no
//     foreign key in the legacy schema, such as the help analytics, and the migration
//     quarantine are listed on their own);
//   - every table reached from its rows through foreign keys (derived from the catalog snapshot)
//     holds none of the rows that belonged to it;
//   - no text column anywhere still holds the id of one of its erased rows (a soft reference);
//   - the shared crawl cache has none of the personal-data columns the catalog names, no value in
//     it looks like an email address, and the quarantine holds nothing of it without a tenant;
//   - users: those whose only membership was the erased tenant are gone with it, those who belong
//     to another tenant (and platform admins) keep their account;
//   - a lead deleted through the client (in a transaction rolled back) takes the contact methods
//     captured from it, and nothing else; a contact deleted the same way takes all of its methods.
import { quoteIdentifier, takeCatalogSnapshot, withPgClient, type CatalogSnapshot } from '@leadmetrics/db';
import type pg from 'pg';
import type { SchemaGraph } from '@leadmetrics/rules';
import { clientStepInputs, needsMigratedDatabase, type Step } from '../runner.js';
import type { VerifyContext } from '../context.js';
import { QUARANTINE_TABLE } from '@leadmetrics/db/migrations';
import { openClient } from '../lib/client.js';
import { clientAccessor, columnOf, idFieldOf } from '../lib/schema-graph.js';
import { displayPath } from '../paths.js';
import type { Problem } from '../types.js';

/** The rule whose finding is personal data in a model every tenant shares. */
const PERSONAL_DATA_RULE = 'ban-personal-data-in-shared-model';
/** A scalar text column (not an array). */
const TEXT_TYPE = /^(text|character varying(\(\d+\))?)$/;
const EMAIL_LIKE = String.raw`[^@\s"]+@[^@\s"]+\.[a-zA-Z]{2,}`;

export interface ErasureTable {
  table: string;
  /** How rows are tied to the tenant: its tenant-key column, or foreign keys from its rows. */
  via: 'tenant key' | 'foreign keys';
  before: number;
  after: number;
  /** The tenant-key column had no foreign key in the legacy schema. */
  noForeignKeyInLegacy: boolean;
}

/** The models whose delete semantics the step checks besides the tenant's own rows. */
export const ERASURE_MODELS = {
  user: 'User',
  membership: 'TenantMember',
  lead: 'Lead',
  contact: 'Contact',
  method: 'ContactMethod',
} as const;

export interface PeopleCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface ErasureDetails {
  tenant: { id: string; tables: number; rows: number };
  deletedWith: string;
  tables: ErasureTable[];
  rowsBefore: number;
  rowsAfter: number;
  quarantine: { before: number; after: number };
  softReferences: { column: string; rows: number }[];
  sharedCache: { table: string; personalColumns: string[]; emailLikeValues: number; untenantedQuarantine: number }[];
  people: PeopleCheck[];
}

interface Edge {
  child: string;
  columns: string[];
  parent: string;
  parentColumns: string[];
}

function primaryKey(snapshot: CatalogSnapshot, table: string): string[] {
  const pk = Object.values(snapshot.tables[`public.${table}`]?.constraints ?? {}).find((c) => c.kind === 'primary key');
  return pk?.columns ?? [];
}

/** `row identity` of a table's rows as text: the primary key value (or the tuple of a composite key). */
function keyExpression(alias: string, columns: string[]): string {
  return columns.length === 1
    ? `${alias}.${quoteIdentifier(columns[0]!)}::text`
    : `ROW(${columns.map((c) => `${alias}.${quoteIdentifier(c)}`).join(', ')})::text`;
}

/**
 * Every row tied to `tenantId`: the tenant row, rows whose tenant-key column holds it, and,
 * repeatedly, rows whose foreign keys point at a row already tied to it. Kept in a temp table.
 */
async function collectOwned(
  client: pg.Client,
  snapshot: CatalogSnapshot,
  tenantTable: string,
  tenantKey: string,
  tenantId: string,
): Promise<Map<string, number>> {
  await client.query('DROP TABLE IF EXISTS pg_temp.erasure_owned');
  await client.query('CREATE TEMP TABLE erasure_owned (tbl text NOT NULL, key text NOT NULL, PRIMARY KEY (tbl, key))');
  const tables = Object.values(snapshot.tables).filter((t) => t.schema === 'public');
  const tenantPk = primaryKey(snapshot, tenantTable);
  await client.query(
    `INSERT INTO erasure_owned SELECT $1, ${keyExpression('t', tenantPk)} FROM ${quoteIdentifier(tenantTable)} t WHERE ${keyExpression('t', tenantPk)} = $2`,
    [tenantTable, tenantId],
  );
  for (const t of tables.filter((t) => tenantKey in t.columns && t.name !== tenantTable)) {
    const pk = primaryKey(snapshot, t.name);
    if (pk.length === 0) continue;
    await client.query(
      `INSERT INTO erasure_owned SELECT $1, ${keyExpression('c', pk)} FROM ${quoteIdentifier(t.name)} c WHERE c.${quoteIdentifier(tenantKey)} = $2 ON CONFLICT DO NOTHING`,
      [t.name, tenantId],
    );
  }
  const edges: Edge[] = tables.flatMap((t) =>
    Object.values(t.constraints)
      .filter((c) => c.kind === 'foreign key' && c.references && !c.references.table.includes('.'))
      .map((c) => ({ child: t.name, columns: c.columns, parent: c.references!.table, parentColumns: c.references!.columns })),
  );
  // Follow foreign keys from tied rows to the rows that reference them until nothing new turns up
  // (each pass only follows the keys of tables that gained rows in the pass before).
  let grown = new Set((await client.query<{ tbl: string }>('SELECT DISTINCT tbl FROM erasure_owned')).rows.map((r) => r.tbl));
  for (let pass = 0; pass < 100 && grown.size > 0; pass++) {
    const next = new Set<string>();
    for (const edge of edges.filter((e) => grown.has(e.parent))) {
      const childPk = primaryKey(snapshot, edge.child);
      const parentPk = primaryKey(snapshot, edge.parent);
      if (childPk.length === 0 || parentPk.length === 0) continue;
      const match = edge.columns.map((c, i) => `p.${quoteIdentifier(edge.parentColumns[i]!)} = c.${quoteIdentifier(c)}`).join(' AND ');
      const result = await client.query(
        `INSERT INTO erasure_owned
         SELECT $1, ${keyExpression('c', childPk)} FROM ${quoteIdentifier(edge.child)} c
          WHERE EXISTS (SELECT 1 FROM ${quoteIdentifier(edge.parent)} p JOIN erasure_owned o ON o.tbl = $2 AND o.key = ${keyExpression('p', parentPk)} WHERE ${match})
         ON CONFLICT DO NOTHING`,
        [edge.child, edge.parent],
      );
      if ((result.rowCount ?? 0) > 0) next.add(edge.child);
    }
    grown = next;
  }
  const counts = await client.query<{ tbl: string; n: string }>('SELECT tbl, count(*) AS n FROM erasure_owned GROUP BY tbl');
  return new Map(counts.rows.map((r) => [r.tbl, Number(r.n)]));
}

export const erasureStep: Step<ErasureDetails> = {
  id: 'erasure',
  title: 'Tenant erasure: delete one tenant through the client, nothing of it remains',
  ready: needsMigratedDatabase,
  async run(ctx, watch) {
    const inputs = clientStepInputs(ctx);
    if (inputs.skip) return inputs.skip;
    const { database, graph, tenantModel, tenantKey } = inputs;
    const idField = idFieldOf(tenantModel);
    if (!idField) throw new Error(`model ${tenantModel.name} has no single-field primary key to delete by`);
    const snapshot = ctx.state.migratedSnapshot ?? (await takeCatalogSnapshot(database.url));
    const tenantTable = tenantModel.dbName;
    const keyed = Object.values(snapshot.tables)
      .filter((t) => t.schema === 'public' && tenantKey in t.columns && t.name !== tenantTable)
      .map((t) => t.name);
    // Tables whose tenant key had no foreign key in the legacy schema (the rows erasure used to miss).
    const unrelatedInLegacy = new Set(
      (ctx.state.legacyGraph?.models ?? [])
        .filter((m) => m.tenantField && m.tenantRelation?.to !== ctx.state.legacyGraph?.tenantModel)
        .map((m) => m.dbName),
    );
    const scope: TenantScope = { snapshot, tenantTable, tenantKey, keyed, unrelatedInLegacy };

    const tenantId = await watch.time('pick tenant', () => pickTenant(database.url, scope, columnOf(idField)));
    const measure = (label: string) =>
      watch.time(label, () => withPgClient(database.url, (client) => measureTenantRows(client, scope, tenantId)));
    const before = await measure('census before');
    const members = await watch.time('members', () => membersOf(database.url, graph, tenantId));
    ctx.log(`tenant ${tenantId}: ${[...before.owned.values()].reduce((a, b) => a + b, 0)} rows in ${before.owned.size} tables`);

    const accessor = clientAccessor(tenantModel);
    const problems: Problem[] = [];
    const client = await watch.time('client', () => openClient(ctx, database.url));
    try {
      await watch.time('delete', () =>
        (client as unknown as Record<string, { delete(args: unknown): Promise<unknown> }>)[accessor]!.delete({
          where: { [idField.name]: tenantId },
        }),
      );
    } catch (error) {
      const e = error as Error & { code?: string; meta?: unknown };
      return {
        summary: `prisma.${accessor}.delete failed`,
        problems: [
          {
            message: `deleting tenant ${tenantId} through the client failed${e.code ? ` (${e.code})` : ''}: ${e.message.split('\n').slice(-3).join(' ')}${e.meta ? ` ${JSON.stringify(e.meta)}` : ''}`,
            where: `${displayPath(tenantModel.node.pos.file)}:${tenantModel.node.pos.line}`,
          },
        ],
      };
    } finally {
      await client.$disconnect();
    }
    const after = await measure('census after');
    const people: PeopleCheck[] = [];
    people.push(await watch.time('users', () => checkUsers(database.url, graph, tenantId, members)));
    people.push(...(await watch.time('lead and contact deletes', () => checkLeadAndContactDeletes(ctx, database.url, graph))));
    for (const c of people.filter((c) => !c.ok))
      problems.push({ message: `${c.name}: ${c.detail}`, where: `model ${c.name.split(' ')[0]}` });

    const tables = compareTenantRows(scope, before, after, tenantId, problems);

    // Soft references: any text column still holding the id of an erased row.
    const softReferences = await watch.time('soft references', () => findSoftReferences(database.url, snapshot, before.keys));
    for (const s of softReferences)
      problems.push({
        message: `column ${s.column} still holds the id of ${s.rows} erased row(s) of tenant ${tenantId}`,
        where: `table ${s.column.split('.')[0]}`,
      });

    const sharedCache = await checkSharedCache(ctx, graph, database.url, scope, problems);

    const quarantineTable = tables.find((t) => t.table === QUARANTINE_TABLE);
    const rowsBefore = tables.reduce((a, t) => a + t.before, 0);
    const rowsAfter = tables.reduce((a, t) => a + t.after, 0);
    return {
      summary: `tenant ${tenantId}: ${rowsBefore} row(s) in ${tables.filter((t) => t.before > 0).length} tables before, ${rowsAfter} after; ${softReferences.length} soft reference(s) left; shared cache ${sharedCache.every((s) => s.personalColumns.length === 0 && s.emailLikeValues === 0) ? 'holds no personal data' : 'STILL HOLDS PERSONAL DATA'}`,
      problems,
      details: {
        tenant: { id: tenantId, tables: tables.filter((t) => t.before > 0).length, rows: rowsBefore },
        deletedWith: `prisma.${accessor}.delete({ where: { ${idField.name} } })`,
        tables,
        rowsBefore,
        rowsAfter,
        quarantine: { before: quarantineTable?.before ?? 0, after: quarantineTable?.after ?? 0 },
        softReferences,
        sharedCache,
        people,
      },
    };
  },
};

/** Where a tenant's rows live in the migrated database. */
interface TenantScope {
  snapshot: CatalogSnapshot;
  tenantTable: string;
  tenantKey: string;
  /** Tables with a tenant-key column (the tenant table aside). */
  keyed: string[];
  /** Tables whose tenant key had no foreign key in the legacy schema. */
  unrelatedInLegacy: ReadonlySet<string>;
}

/** A tenant's rows at one moment: tied to it by any path, by its tenant key, and the text ids of its rows. */
interface TenantRows {
  owned: Map<string, number>;
  direct: Map<string, number>;
  keys: string[];
}

/** The tenant with rows in the most tables, preferring one that has rows in the legacy no-FK tables. */
async function pickTenant(url: string, scope: TenantScope, idColumn: string): Promise<string> {
  const { tenantTable, tenantKey, keyed, unrelatedInLegacy } = scope;
  return withPgClient(url, async (client) => {
    const union = keyed
      .map(
        (t) =>
          `SELECT ${quoteIdentifier(tenantKey)}::text AS tenant, ${unrelatedInLegacy.has(t) ? 1 : 0} AS weak, count(*) AS n FROM ${quoteIdentifier(t)} WHERE ${quoteIdentifier(tenantKey)} IS NOT NULL GROUP BY 1`,
      )
      .join(' UNION ALL ');
    const result = await client.query<{ tenant: string }>(
      `SELECT u.tenant FROM (${union}) u JOIN ${quoteIdentifier(tenantTable)} t ON t.${quoteIdentifier(idColumn)}::text = u.tenant
        GROUP BY u.tenant ORDER BY sum(u.weak) DESC, count(*) DESC, sum(u.n) DESC, u.tenant LIMIT 1`,
    );
    if (result.rows.length === 0) throw new Error(`no seeded tenant has rows in any tenant-keyed table`);
    return result.rows[0]!.tenant;
  });
}

/** Counts the tenant's rows per table, by every path and by its tenant key, and lists the text ids of its rows. */
async function measureTenantRows(client: pg.Client, scope: TenantScope, tenantId: string): Promise<TenantRows> {
  const { snapshot, tenantTable, tenantKey, keyed } = scope;
  const owned = await collectOwned(client, snapshot, tenantTable, tenantKey, tenantId);
  const direct = new Map<string, number>();
  const union = keyed
    .map((t, i) => `SELECT ${i} AS i, count(*) AS n FROM ${quoteIdentifier(t)} WHERE ${quoteIdentifier(tenantKey)}::text = $1`)
    .join(' UNION ALL ');
  for (const r of (await client.query<{ i: number; n: string }>(union, [tenantId])).rows) direct.set(keyed[r.i]!, Number(r.n));
  // Ids of rows keyed by one text column: distinctive enough to look for elsewhere.
  const textKeyed = Object.values(snapshot.tables)
    .filter((t) => {
      const pk = primaryKey(snapshot, t.name);
      return pk.length === 1 && TEXT_TYPE.test(t.columns[pk[0]!]!.type);
    })
    .map((t) => t.name);
  const keys = (await client.query<{ key: string }>(`SELECT key FROM erasure_owned WHERE tbl = ANY($1::text[])`, [textKeyed])).rows.map(
    (r) => r.key,
  );
  return { owned, direct, keys };
}

/** Per table, the tenant's rows before and after the delete; each table still holding some is a problem. */
function compareTenantRows(
  scope: TenantScope,
  before: TenantRows,
  after: TenantRows,
  tenantId: string,
  problems: Problem[],
): ErasureTable[] {
  const { keyed, unrelatedInLegacy } = scope;
  const tables: ErasureTable[] = [];
  const names = new Set([...before.owned.keys(), ...keyed]);
  for (const table of [...names].sort()) {
    const via = keyed.includes(table) ? 'tenant key' : 'foreign keys';
    const b = Math.max(before.owned.get(table) ?? 0, before.direct.get(table) ?? 0);
    const a = Math.max(after.owned.get(table) ?? 0, after.direct.get(table) ?? 0);
    tables.push({ table, via, before: b, after: a, noForeignKeyInLegacy: unrelatedInLegacy.has(table) });
    if (a > 0)
      problems.push({
        message: `table ${table} still holds ${a} row(s) of the erased tenant ${tenantId} (tied by ${via})`,
        where: `table ${table}`,
      });
  }
  return tables;
}

/** Text columns anywhere that still hold one of `keys` (ids of erased rows), with how many rows do. */
async function findSoftReferences(url: string, snapshot: CatalogSnapshot, keys: string[]): Promise<ErasureDetails['softReferences']> {
  return withPgClient(url, async (c) => {
    const found: { column: string; rows: number }[] = [];
    if (keys.length === 0) return found;
    for (const t of Object.values(snapshot.tables).filter((t) => t.schema === 'public')) {
      const columns = Object.entries(t.columns)
        .filter(([, def]) => TEXT_TYPE.test(def.type))
        .map(([name]) => name);
      if (columns.length === 0) continue;
      const r = await c.query<Record<string, string>>(
        `SELECT ${columns.map((column, i) => `count(*) FILTER (WHERE ${quoteIdentifier(column)} = ANY($1::text[])) AS c${i}`).join(', ')} FROM ${quoteIdentifier(t.name)}`,
        [keys],
      );
      columns.forEach((column, i) => {
        const n = Number(r.rows[0]![`c${i}`]);
        if (n > 0) found.push({ column: `${t.name}.${column}`, rows: n });
      });
    }
    return found;
  });
}

/** The shared crawl cache: the finding's personal-data columns are gone, and no value looks like an email. */
async function checkSharedCache(
  ctx: VerifyContext,
  graph: SchemaGraph,
  url: string,
  scope: TenantScope,
  problems: Problem[],
): Promise<ErasureDetails['sharedCache']> {
  const sharedCache: ErasureDetails['sharedCache'] = [];
  for (const finding of ctx.findings.filter((f) => f.rules.includes(PERSONAL_DATA_RULE))) {
    const legacyModel = ctx.state.legacyGraph?.modelByName.get(finding.anchor.model);
    const table = legacyModel?.dbName ?? graph.modelByName.get(finding.anchor.model)?.dbName;
    const live = table ? scope.snapshot.tables[`public.${table}`] : undefined;
    if (!table || !live) {
      problems.push({
        message: `finding ${finding.id}: the shared table of ${finding.anchor.model} is not in the migrated database`,
        where: displayPath(ctx.options.catalogFile),
      });
      continue;
    }
    const named = finding.fields
      .map((qualified) => qualified.split('.'))
      .filter(([model]) => model === finding.anchor.model)
      .map(([, field]) => {
        const f = legacyModel?.fieldByName.get(field!);
        return f ? columnOf(f) : field!;
      });
    const personalColumns = named.filter((c) => c in live.columns);
    for (const c of personalColumns)
      problems.push({
        message: `shared table ${table} still has personal-data column "${c}" (finding ${finding.id})`,
        where: `table ${table}`,
      });
    const { emailLike, untenanted } = await countPersonalValues(url, table, Object.entries(live.columns), scope.tenantKey);
    if (untenanted > 0)
      problems.push({
        message: `${QUARANTINE_TABLE} holds ${untenanted} value(s) of the shared table ${table} with no tenant: personal data no erasure can reach (finding ${finding.id})`,
        where: `table ${QUARANTINE_TABLE}`,
      });
    if (emailLike > 0)
      problems.push({
        message: `shared table ${table} still holds ${emailLike} row(s) with a value that looks like an email address (finding ${finding.id})`,
        where: `table ${table}`,
      });
    sharedCache.push({ table, personalColumns, emailLikeValues: emailLike, untenantedQuarantine: untenanted });
  }
  if (sharedCache.length === 0)
    problems.push({
      message: `no catalog finding names the rule ${PERSONAL_DATA_RULE}, so the shared cache cannot be checked`,
      where: displayPath(ctx.options.catalogFile),
    });
  return sharedCache;
}

/** Rows of a shared table with a value that looks like an email, and its quarantined values that belong to no tenant. */
async function countPersonalValues(
  url: string,
  table: string,
  columns: [string, { type: string }][],
  tenantKey: string,
): Promise<{ emailLike: number; untenanted: number }> {
  return withPgClient(url, async (c) => {
    const texts = columns.filter(([, d]) => /^(text|character varying|jsonb?)/.test(d.type)).map(([name]) => name);
    const emailLike =
      texts.length === 0
        ? 0
        : Number(
            (
              await c.query<{ n: string }>(
                `SELECT count(*) AS n FROM ${quoteIdentifier(table)} WHERE ${texts.map((name) => `${quoteIdentifier(name)}::text ~ '${EMAIL_LIKE}'`).join(' OR ')}`,
              )
            ).rows[0]!.n,
          );
    const hasQuarantine = (await c.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${QUARANTINE_TABLE}`])).rows[0].present;
    const untenanted = hasQuarantine
      ? Number(
          (
            await c.query<{ n: string }>(
              `SELECT count(*) AS n FROM ${quoteIdentifier(QUARANTINE_TABLE)} WHERE "tableName" = $1 AND ${quoteIdentifier(tenantKey)} IS NULL`,
              [table],
            )
          ).rows[0]!.n,
        )
      : 0;
    return { emailLike, untenanted };
  });
}

function tableOf(graph: SchemaGraph, name: string): { table: string; column: (field: string) => string } {
  const model = graph.modelByName.get(name);
  if (!model) throw new Error(`the corrected schema has no model ${name}, whose delete semantics the erasure step checks`);
  return {
    table: model.dbName,
    column: (field) => {
      const f = model.fieldByName.get(field);
      if (!f) throw new Error(`model ${name} has no field ${field}`);
      return columnOf(f);
    },
  };
}

interface Members {
  onlyHere: string[];
  elsewhere: string[];
}

/** The erased tenant's members: those it was the only tenant of (admins aside), and the others. */
async function membersOf(url: string, graph: SchemaGraph, tenantId: string): Promise<Members> {
  const users = tableOf(graph, ERASURE_MODELS.user);
  const members = tableOf(graph, ERASURE_MODELS.membership);
  const [tenantCol, userCol, adminCol] = [members.column('tenantId'), members.column('userId'), users.column('isPlatformAdmin')];
  return withPgClient(url, async (c) => {
    const rows = await c.query<{ id: string; only: boolean }>(
      `SELECT u.id, (NOT u.${quoteIdentifier(adminCol)} AND NOT EXISTS (SELECT 1 FROM ${quoteIdentifier(members.table)} o WHERE o.${quoteIdentifier(userCol)} = u.id AND o.${quoteIdentifier(tenantCol)} <> $1)) AS only
         FROM ${quoteIdentifier(users.table)} u WHERE u.id IN (SELECT m.${quoteIdentifier(userCol)} FROM ${quoteIdentifier(members.table)} m WHERE m.${quoteIdentifier(tenantCol)} = $1)`,
      [tenantId],
    );
    return { onlyHere: rows.rows.filter((r) => r.only).map((r) => r.id), elsewhere: rows.rows.filter((r) => !r.only).map((r) => r.id) };
  });
}

async function checkUsers(url: string, graph: SchemaGraph, tenantId: string, members: Members): Promise<PeopleCheck> {
  const users = tableOf(graph, ERASURE_MODELS.user);
  const left = await withPgClient(
    url,
    async (c) =>
      new Set(
        (
          await c.query<{ id: string }>(`SELECT id FROM ${quoteIdentifier(users.table)} WHERE id = ANY($1::text[])`, [
            [...members.onlyHere, ...members.elsewhere],
          ])
        ).rows.map((r) => r.id),
      ),
  );
  const kept = members.onlyHere.filter((id) => left.has(id));
  const lost = members.elsewhere.filter((id) => !left.has(id));
  const name = `${ERASURE_MODELS.user} accounts of tenant ${tenantId}`;
  if (members.onlyHere.length === 0)
    return {
      name,
      ok: false,
      detail: `the erased tenant had no member who belonged to it alone, so the deletion of such users is not exercised`,
    };
  const problems = [
    ...(kept.length > 0
      ? [`${kept.length} user(s) whose only membership was the erased tenant still exist (e.g. ${kept.slice(0, 3).join(', ')})`]
      : []),
    ...(lost.length > 0
      ? [`${lost.length} user(s) who also belong to another tenant were deleted (e.g. ${lost.slice(0, 3).join(', ')})`]
      : []),
  ];
  return problems.length > 0
    ? { name, ok: false, detail: problems.join('; ') }
    : {
        name,
        ok: true,
        detail: `${members.onlyHere.length} user(s) who belonged to it alone deleted with it; ${members.elsewhere.length} who also belong elsewhere (or are platform admins) kept`,
      };
}

class Rollback extends Error {}

type Tx = Record<
  string,
  {
    delete(a: unknown): Promise<unknown>;
    count(a: unknown): Promise<number>;
    findFirst(a: unknown): Promise<Record<string, unknown> | null>;
  }
>;

/**
 * Through the client, in a transaction that is rolled back: a lead's delete takes the contact methods
 * captured from it (and leaves the others of its contact); a contact's delete takes all of its methods.
 */
async function checkLeadAndContactDeletes(
  ctx: Parameters<Step<ErasureDetails>['run']>[0],
  url: string,
  graph: SchemaGraph,
): Promise<PeopleCheck[]> {
  const method = graph.modelByName.get(ERASURE_MODELS.method);
  const lead = graph.modelByName.get(ERASURE_MODELS.lead);
  const contact = graph.modelByName.get(ERASURE_MODELS.contact);
  if (!method || !lead || !contact) throw new Error(`the corrected schema lacks ${Object.values(ERASURE_MODELS).join(' / ')}`);
  const [m, l, c] = [clientAccessor(method), clientAccessor(lead), clientAccessor(contact)];
  const results: PeopleCheck[] = [];
  const prisma = await openClient(ctx, url);
  try {
    await prisma
      .$transaction(
        async (raw) => {
          const tx = raw as unknown as Tx;
          const captured = await tx[m]!.findFirst({ where: { leadId: { not: null } }, orderBy: { id: 'asc' } });
          if (!captured) {
            results.push({
              name: `${lead.name} delete`,
              ok: false,
              detail: `no ${method.name} names the lead it was captured from, so a lead's delete is not exercised`,
            });
          } else {
            const leadId = captured.leadId as string;
            const contactId = captured.contactId as string;
            // `not` alone would skip the methods with no lead (SQL: NULL <> x is not true)
            const others = await tx[m]!.count({ where: { contactId, OR: [{ leadId: null }, { leadId: { not: leadId } }] } });
            await tx[l]!.delete({ where: { id: leadId } });
            const left = await tx[m]!.count({ where: { leadId } });
            const othersAfter = await tx[m]!.count({ where: { contactId } });
            results.push(
              left === 0 && othersAfter === others
                ? {
                    name: `${lead.name} delete`,
                    ok: true,
                    detail: `lead ${leadId}: its captured contact methods went with it; the ${others} other(s) of contact ${contactId} stayed`,
                  }
                : {
                    name: `${lead.name} delete`,
                    ok: false,
                    detail: `lead ${leadId}: ${left} contact method(s) captured from it survived its delete; contact ${contactId} has ${othersAfter} of its ${others} other method(s)`,
                  },
            );
            const withMethods = await tx[m]!.findFirst({ orderBy: { id: 'asc' } });
            if (withMethods) {
              await tx[c]!.delete({ where: { id: withMethods.contactId } });
              const remaining = await tx[m]!.count({ where: { contactId: withMethods.contactId as string } });
              results.push({
                name: `${contact.name} delete`,
                ok: remaining === 0,
                detail:
                  remaining === 0
                    ? `contact ${String(withMethods.contactId)}: every contact method went with it`
                    : `contact ${String(withMethods.contactId)}: ${remaining} contact method(s) survived its delete`,
              });
            }
          }
          throw new Rollback();
        },
        { timeout: 60_000, maxWait: 10_000 },
      )
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });
  } finally {
    await prisma.$disconnect();
  }
  return results;
}
