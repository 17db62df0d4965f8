// Step 8: the generated client against the migrated database, as an application uses it:
//   - every enum of the corrected schema round-trips: each label written through the client and
//     read back (in a transaction that is rolled back, so the data stays as migrated);
//   - a SubscriptionLog row is written and read back through both sides of its relation;
//   - a TenantContextConfig created with only its tenant gets the defaults the schema declares;
//   - a Contact with a Lead pointing at it, read back through the relation;
//   - the same WebMedia content hash in two tenants is accepted, twice in one tenant it fails
//     with P2002 (the per-tenant unique);
//   - a BlogPost with 2 live FAQs and 2 versions (each with FAQs of its own) lists exactly its 2 live
//     FAQs through its FAQ relation, and each version exactly its own.
// The models are the subjects the issue names; what is expected of them (fields, defaults,
// uniques, enum labels) is read from the corrected schema.
import type { GraphField, GraphModel, SchemaGraph } from '@leadmetrics/rules';
import { clientStepInputs, needsMigratedDatabase, type Step } from '../runner.js';
import { openClient } from '../lib/client.js';
import { createMinimal, delegate, type AnyClient, type FactoryOptions } from '../lib/row-factory.js';
import { clientAccessor, idFieldOf } from '../lib/schema-graph.js';
import type { Finding } from '@leadmetrics/db';
import { displayPath } from '../paths.js';
import type { Problem } from '../types.js';

/** The models the smoke test exercises: one per kind of change the migrations make to what the client sees. */
export const SMOKE_MODELS = {
  log: 'SubscriptionLog',
  config: 'TenantContextConfig',
  contact: 'Contact',
  lead: 'Lead',
  media: 'WebMedia',
  post: 'BlogPost',
  liveFaq: 'BlogPostFaq',
  version: 'BlogPostVersion',
  versionFaq: 'BlogPostVersionFaq',
} as const;

export interface SmokeCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface SmokeDetails {
  checks: SmokeCheck[];
  enums: { name: string; labels: number; via: string | null }[];
}

class Rollback extends Error {}

const hasDefault = (f: GraphField) => f.node.attributes.find((a) => a.name === 'default');

/** The value a `@default(...)` literal gives, or undefined for functions (now(), cuid()...). */
function literalDefault(field: GraphField): unknown {
  const arg = hasDefault(field)?.args[0];
  const expr = arg?.expr;
  if (!expr) return undefined;
  if (expr.kind === 'string') return expr.value;
  if (expr.kind === 'number') return expr.value;
  if (expr.kind === 'ident') return expr.name === 'true' ? true : expr.name === 'false' ? false : expr.name;
  return undefined;
}

function model(graph: SchemaGraph, name: string): GraphModel {
  const m = graph.modelByName.get(name);
  if (!m) throw new Error(`the corrected schema has no model ${name}, which the smoke test exercises`);
  return m;
}

export const smokeStep: Step<SmokeDetails> = {
  id: 'smoke',
  title: 'Client smoke test through the generated client',
  ready: needsMigratedDatabase,
  async run(ctx, watch) {
    const inputs = clientStepInputs(ctx);
    if (inputs.skip) return inputs.skip;
    const { database, graph, tenantModel } = inputs;
    const prisma = await watch.time('client', () => openClient(ctx, database.url));
    const client = prisma as unknown as AnyClient;
    const checks: SmokeCheck[] = [];
    const problems: Problem[] = [];
    const enums: SmokeDetails['enums'] = [];
    const check = async (name: string, where: GraphModel | undefined, fn: () => Promise<string>) => {
      try {
        const detail = await watch.time(name, fn);
        checks.push({ name, ok: true, detail });
      } catch (error) {
        const message = (error as Error).message.split('\n').filter(Boolean).slice(-2).join(' ');
        checks.push({ name, ok: false, detail: message });
        problems.push({
          message: `${name}: ${message}`,
          where: where ? `${displayPath(where.node.pos.file)}:${where.node.pos.line}` : undefined,
        });
      }
    };
    try {
      const tenantId = idFieldOf(tenantModel)!.name;
      const tenants = (await delegate(client, tenantModel).findFirst({ orderBy: { [tenantId]: 'asc' } }))
        ? await (client[clientAccessor(tenantModel)] as { findMany(a: unknown): Promise<Record<string, unknown>[]> }).findMany({
            orderBy: { [tenantId]: 'asc' },
            take: 2,
          })
        : [];
      if (tenants.length < 2) throw new Error('the migrated database has fewer than two tenants left to test with');
      const [a, b] = tenants.map((t) => String(t[tenantId]));
      const factory = (tenant: string): FactoryOptions => ({ client, graph, tenantId: tenant });

      await check('enums round-trip', undefined, () => checkEnumsRoundTrip(prisma, graph, factory(a!), enums));
      const log = graph.modelByName.get(SMOKE_MODELS.log);
      await check(`${SMOKE_MODELS.log} row`, log, () => checkRowReadBothWays(graph, client, factory(a!)));
      const config = graph.modelByName.get(SMOKE_MODELS.config);
      await check(`${SMOKE_MODELS.config} defaults`, config, () => checkConfigDefaults(graph, client, tenantModel, a!, factory));
      const lead = graph.modelByName.get(SMOKE_MODELS.lead);
      await check(`${SMOKE_MODELS.contact} with a ${SMOKE_MODELS.lead}`, lead, () => checkLeadToContact(graph, client, factory(a!)));
      const media = graph.modelByName.get(SMOKE_MODELS.media);
      await check(`${SMOKE_MODELS.media} hash per tenant`, media, () => checkHashPerTenant(graph, ctx.findings, factory(a!), factory(b!)));
      const post = graph.modelByName.get(SMOKE_MODELS.post);
      await check(`${SMOKE_MODELS.post} live FAQs`, post, () => checkLiveFaqs(graph, client, factory(a!)));
    } finally {
      await prisma.$disconnect();
    }
    return {
      summary: `${checks.filter((c) => c.ok).length}/${checks.length} client checks passed`,
      problems,
      details: { checks, enums },
    };
  },
};

/**
 * Every enum label written through the client and read back, on the first model field that uses the
 * enum, in a transaction rolled back at the end. Records per enum which field carried it in `enums`.
 */
async function checkEnumsRoundTrip(
  prisma: Awaited<ReturnType<typeof openClient>>,
  graph: SchemaGraph,
  options: FactoryOptions,
  enums: SmokeDetails['enums'],
): Promise<string> {
  let labels = 0;
  await prisma
    .$transaction(
      async (tx) => {
        const txClient = tx as unknown as AnyClient;
        for (const [name, block] of graph.enums) {
          const users = graph.models
            .filter((m) => m.node.kind === 'model')
            .flatMap((m) => m.fields.filter((f) => f.type === name && !f.list).map((f) => ({ m, f })));
          let via: string | null = null;
          for (const { m, f } of users) {
            const id = idFieldOf(m);
            if (!id) continue;
            let row = await delegate(txClient, m).findFirst({ select: { [id.name]: true } });
            row ??= await createMinimal(m, { ...options, client: txClient });
            for (const value of block.values) {
              // update ... RETURNING: the value comes back from the database through the client.
              const read = await (txClient[clientAccessor(m)] as { update(x: unknown): Promise<Record<string, unknown>> }).update({
                where: { [id.name]: row[id.name] },
                data: { [f.name]: value.name },
                select: { [f.name]: true },
              });
              if (read[f.name] !== value.name)
                throw new Error(`${m.name}.${f.name}: wrote ${value.name}, read back ${String(read[f.name])}`);
              labels++;
            }
            via = `${m.name}.${f.name}`;
            break;
          }
          enums.push({ name, labels: block.values.length, via });
          if (!via) throw new Error(`enum ${name} is used by no model field with a primary key to write through`);
        }
        throw new Rollback();
      },
      { timeout: 120_000, maxWait: 10_000 },
    )
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return `${graph.enums.size} enums, ${labels} labels written and read back (rolled back)`;
}

/** A new log row, read back through its relation to its tenant-scoped parent and from the parent's list of them. */
async function checkRowReadBothWays(graph: SchemaGraph, client: AnyClient, options: FactoryOptions): Promise<string> {
  const m = model(graph, SMOKE_MODELS.log);
  const row = await createMinimal(m, options, { note: 'verify smoke test' });
  const relation = m.relations.find((r) => r.fields.length > 0 && r.to.tenantField && r.opposite);
  if (!relation) throw new Error(`${m.name} has no relation to a tenant-scoped parent`);
  const id = idFieldOf(m)!.name;
  const read = (await (client[clientAccessor(m)] as { findUnique(x: unknown): Promise<Record<string, unknown> | null> }).findUnique({
    where: { [id]: row[id] },
    include: { [relation.field.name]: true },
  }))!;
  const parent = read[relation.field.name] as Record<string, unknown>;
  if (parent?.[relation.references[0]!] !== row[relation.fields[0]!])
    throw new Error(`${m.name}.${relation.field.name} does not lead back to its ${relation.to.name}`);
  const parentId = idFieldOf(relation.to)!.name;
  const back = await (client[clientAccessor(relation.to)] as FindUnique).findUnique({
    where: { [parentId]: parent[parentId] },
    include: { [relation.opposite!.name]: true },
  });
  const children = back[relation.opposite!.name] as Record<string, unknown>[];
  if (!children.some((c) => c[id] === row[id]))
    throw new Error(`${relation.to.name}.${relation.opposite!.name} does not list the new ${m.name}`);
  return `created ${m.name} ${String(row[id])} and read it back from both sides of ${relation.to.name}.${relation.opposite!.name}`;
}

/** A config created with only its tenant carries every literal default the schema declares. */
async function checkConfigDefaults(
  graph: SchemaGraph,
  client: AnyClient,
  tenantModel: GraphModel,
  a: string,
  factory: (tenant: string) => FactoryOptions,
): Promise<string> {
  const m = model(graph, SMOKE_MODELS.config);
  const key = m.tenantField?.name;
  if (!key) throw new Error(`${m.name} has no tenant key`);
  // A tenant without a config yet; a fresh one when every seeded tenant has one (it is unique per tenant).
  const existing = await delegate(client, m).findFirst({ where: { [key]: a } });
  const tenantId = idFieldOf(tenantModel)!.name;
  const tenant = existing ? String((await createMinimal(tenantModel, factory(a)))[tenantId]) : a;
  const row = await createMinimal(m, factory(tenant));
  const defaults = m.fields.filter((f) => !f.isRelation && literalDefault(f) !== undefined);
  const wrong = defaults.filter((f) => row[f.name] !== literalDefault(f));
  if (wrong.length > 0)
    throw new Error(
      wrong
        .map((f) => `${f.name} is ${JSON.stringify(row[f.name])}, the schema's default is ${JSON.stringify(literalDefault(f))}`)
        .join('; '),
    );
  return `created with only ${key}; ${defaults.length} defaults as the schema declares (${defaults.map((f) => `${f.name}=${JSON.stringify(row[f.name])}`).join(', ')})`;
}

/** A lead pointing at a new contact returns that contact through its relation. */
async function checkLeadToContact(graph: SchemaGraph, client: AnyClient, options: FactoryOptions): Promise<string> {
  const contactModel = model(graph, SMOKE_MODELS.contact);
  const leadModel = model(graph, SMOKE_MODELS.lead);
  const relation = leadModel.relations.find((r) => r.to === contactModel && r.fields.length === 1);
  if (!relation) throw new Error(`${leadModel.name} has no relation to ${contactModel.name}`);
  const contact = await createMinimal(contactModel, options);
  const contactId = idFieldOf(contactModel)!.name;
  const created = await createMinimal(leadModel, options, { [relation.fields[0]!]: contact[contactId] });
  const leadId = idFieldOf(leadModel)!.name;
  const read = await (client[clientAccessor(leadModel)] as FindUnique).findUnique({
    where: { [leadId]: created[leadId] },
    include: { [relation.field.name]: true },
  });
  const linked = read[relation.field.name] as Record<string, unknown> | null;
  if (linked?.[contactId] !== contact[contactId])
    throw new Error(`${leadModel.name}.${relation.field.name} does not return the ${contactModel.name} it points at`);
  return `${leadModel.name} ${String(created[leadId])} -> ${contactModel.name} ${String(contact[contactId])}`;
}

/** The same media hash is accepted in two tenants and rejected twice in one with P2002 (the per-tenant unique). */
async function checkHashPerTenant(
  graph: SchemaGraph,
  findings: readonly Finding[],
  inTenantA: FactoryOptions,
  inTenantB: FactoryOptions,
): Promise<string> {
  const m = model(graph, SMOKE_MODELS.media);
  const finding = findings.find((f) => f.anchor.model === m.name && f.anchor.field);
  const hashField = finding?.anchor.field;
  if (!hashField) throw new Error(`the catalog anchors no finding on a field of ${m.name}`);
  const unique = m.indexes.find((i) => i.kind === 'unique' && i.fields.includes(hashField) && i.fields.includes(graph.tenantKey!));
  if (!unique) throw new Error(`the corrected schema has no unique on (${graph.tenantKey}, ${hashField}) for ${m.name}`);
  const hash = `smoke-${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`;
  await createMinimal(m, inTenantA, { [hashField]: hash });
  await createMinimal(m, inTenantB, { [hashField]: hash });
  try {
    await createMinimal(m, inTenantA, { [hashField]: hash });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'P2002') return `same ${hashField} accepted in two tenants; rejected twice in one tenant with P2002`;
    throw new Error(
      `a second ${m.name} with the same ${hashField} in one tenant failed with ${code ?? 'no code'} instead of P2002: ${(error as Error).message}`,
      { cause: error },
    );
  }
  throw new Error(`a second ${m.name} with the same ${hashField} in one tenant was accepted: the per-tenant unique is missing`);
}

type FindUnique = { findUnique(x: unknown): Promise<Record<string, unknown>> };

/** The relation field of `from` whose rows are `to` rows (a list), or an error naming what is missing. */
function listRelation(from: GraphModel, to: GraphModel): string {
  const relation = from.relations.find((r) => r.to === to && r.fields.length === 0 && r.field.list);
  if (!relation) throw new Error(`${from.name} has no list relation to ${to.name}`);
  return relation.field.name;
}

/** The foreign-key field of `from` that points at `to`. */
function keyTo(from: GraphModel, to: GraphModel): string {
  const relation = from.relations.find((r) => r.to === to && r.fields.length === 1);
  if (!relation) throw new Error(`${from.name} has no foreign key to ${to.name}`);
  return relation.fields[0]!;
}

/**
 * A post with 2 live FAQs and 2 versions of 2 FAQs each: the post's FAQ relation must return exactly
 * the 2 live rows (a version FAQ listed under its post is an old answer shown as current), and each
 * version exactly its own.
 */
async function checkLiveFaqs(graph: SchemaGraph, client: AnyClient, options: FactoryOptions): Promise<string> {
  const postModel = model(graph, SMOKE_MODELS.post);
  const liveModel = model(graph, SMOKE_MODELS.liveFaq);
  const versionModel = model(graph, SMOKE_MODELS.version);
  const versionFaqModel = model(graph, SMOKE_MODELS.versionFaq);
  const id = (m: GraphModel) => idFieldOf(m)!.name;
  const created = await createMinimal(postModel, options);
  const postId = created[id(postModel)];
  const live = [];
  for (const position of [0, 1]) live.push(await createMinimal(liveModel, options, { [keyTo(liveModel, postModel)]: postId, position }));
  const versions = [];
  for (const number of [1, 2]) {
    const version = await createMinimal(versionModel, options, { [keyTo(versionModel, postModel)]: postId, version: number });
    const faqs = [];
    for (const position of [0, 1])
      faqs.push(
        await createMinimal(versionFaqModel, options, { [keyTo(versionFaqModel, versionModel)]: version[id(versionModel)], position }),
      );
    versions.push({ id: version[id(versionModel)], faqs: faqs.map((f) => f[id(versionFaqModel)]) });
  }
  const liveField = listRelation(postModel, liveModel);
  const read = await (client[clientAccessor(postModel)] as FindUnique).findUnique({
    where: { [id(postModel)]: postId },
    include: { [liveField]: true },
  });
  const listed = (read[liveField] as Record<string, unknown>[]).map((f) => f[id(liveModel)]).sort();
  const expected = live.map((f) => f[id(liveModel)]).sort();
  if (JSON.stringify(listed) !== JSON.stringify(expected))
    throw new Error(
      `${postModel.name}.${liveField} returned ${listed.length} FAQ(s) for a post with ${expected.length} live FAQs and ${versions.length} versions`,
    );
  const versionField = listRelation(versionModel, versionFaqModel);
  for (const version of versions) {
    const own = await (client[clientAccessor(versionModel)] as FindUnique).findUnique({
      where: { [id(versionModel)]: version.id },
      include: { [versionField]: true },
    });
    const ids = (own[versionField] as Record<string, unknown>[]).map((f) => f[id(versionFaqModel)]).sort();
    if (JSON.stringify(ids) !== JSON.stringify([...version.faqs].sort()))
      throw new Error(
        `${versionModel.name}.${versionField} of version ${String(version.id)} returned ${ids.length} FAQ(s), not its own ${version.faqs.length}`,
      );
  }
  return `${postModel.name}.${liveField} lists exactly its ${expected.length} live FAQs beside ${versions.length} versions; each ${versionModel.name}.${versionField} lists its own`;
}
