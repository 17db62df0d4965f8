// Meaning, row by row, for a JSON array of status changes that became log rows: every entry the folder's
// README says is readable must be exactly one row of its subscription, with the same change (statuses
// folded, or as the operator's mapping names them), the same time, the same actor or "(by ...)" note, and
// the log rows, listed by time, must keep the array's order. No row may come from nowhere. Every other
// entry may have left the live history only because the operator's mapping lets entries unreadable for
// its reason go. What the rows cannot hold must be in the quarantine as written, where the README puts
// it: unreadable entries whole, undocumented keys and mapped statuses one by one, values that are no
// array whole; nothing more.
// Counts cannot show an entry dropped beside one duplicated; pairing each entry with its row can.
import { isDeepStrictEqual } from 'node:util';
import { QUARANTINE_TABLE } from '@leadmetrics/db/migrations';
import type pg from 'pg';
import type { MeaningCheck } from './meaning.js';
import { foldSpelling, lookUpMapping, type MappingLookup } from './value-meaning.js';

const SUBSCRIPTIONS = 'subscriptions';
const LOG_COLUMN = 'statusChangeLogs';
const LOG_TABLE = 'subscription_logs';
const STATUS_TYPE = 'SubscriptionStatus';
const DOCUMENTED_KEYS = new Set(['from', 'to', 'at', 'by', 'reason']);
/** Strings the folder even tries to read as a time: those that start like a date. */
const STARTS_LIKE_A_DATE = /^\s*\d{4}-\d{2}-\d{2}/;
const TIME_FORMAT = `'YYYY-MM-DD"T"HH24:MI:SS.MS'`;

/** A status change as the application reads it, from an entry or from a row. */
interface Change {
  from: string | null;
  to: string;
  at: string;
  actor: string | null;
  note: string | null;
}

interface Captured {
  /** Each subscription's log as it was (any JSON). */
  logs: Map<string, unknown>;
  /** Each time string that starts like a date, as PostgreSQL reads it in UTC (null: it cannot). */
  times: Map<string, string | null>;
  /** The "by" values that were ids of users. */
  users: Set<string>;
}

/** What one subscription's log should have become. */
interface ExpectedLog {
  changes: { index: number; change: Change }[];
  quarantined: { column: string; value: unknown }[];
  /** Statuses nothing says the meaning of, entries nothing lets go (the folder should have stopped). */
  unmapped: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringOrAbsent = (v: unknown) => v === undefined || v === null || typeof v === 'string';

const jsonTypeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Why an entry cannot be read, in the words the folder's README gives (the mapping's `from`); null when it reads cleanly. */
function unreadableBecause(entry: unknown, times: Map<string, string | null>): string | null {
  if (!isObject(entry)) return `entry is a JSON ${jsonTypeOf(entry)}, not an object`;
  if (!stringOrAbsent(entry.from)) return '"from" is not a string';
  if (typeof entry.to !== 'string') return '"to" missing or not a string';
  if (typeof entry.at !== 'string' || (times.get(entry.at) ?? null) === null) return '"at" missing or not a readable time';
  if (!stringOrAbsent(entry.by)) return '"by" is not a string';
  if (!stringOrAbsent(entry.reason)) return '"reason" is not a string';
  return null;
}

/** A status as the row must hold it: folded when a member, else what the mapping names; undefined when nothing says. */
function statusOf(written: string, side: 'from' | 'to', members: Set<string>, mapped: MappingLookup): string | null | undefined {
  const folded = foldSpelling(written);
  if (members.has(folded)) return folded;
  const to = mapped(SUBSCRIPTIONS, `${LOG_COLUMN}.${side}`, folded);
  return to === null && side === 'to' ? undefined : to;
}

/** The row one readable entry means, and the quarantine entries it calls for. */
function expectedEntry(
  entry: Record<string, unknown>,
  index: number,
  captured: Captured,
  members: Set<string>,
  mapped: MappingLookup,
  into: ExpectedLog,
): void {
  const by = typeof entry.by === 'string' ? entry.by : null;
  const reason = typeof entry.reason === 'string' ? entry.reason : null;
  const isUser = by !== null && captured.users.has(by);
  const statuses: Partial<Record<'from' | 'to', string | null>> = { from: null };
  for (const side of ['from', 'to'] as const) {
    const written = entry[side];
    if (typeof written !== 'string') continue;
    const status = statusOf(written, side, members, mapped);
    if (status === undefined) into.unmapped.push(`the status [${index}].${side} ${JSON.stringify(written)}`);
    statuses[side] = status;
    if (!members.has(foldSpelling(written))) into.quarantined.push({ column: `${LOG_COLUMN}[${index}].${side}`, value: written });
  }
  for (const [key, value] of Object.entries(entry))
    if (!DOCUMENTED_KEYS.has(key)) into.quarantined.push({ column: `${LOG_COLUMN}[${index}].${key}`, value });
  const { from, to } = statuses;
  if (from === undefined || to === undefined || to === null) return;
  into.changes.push({
    index,
    change: {
      from,
      to,
      at: captured.times.get(entry.at as string)!,
      actor: isUser ? by : null,
      note: by !== null && !isUser ? `${reason === null ? '' : `${reason} `}(by ${by})` : reason,
    },
  });
}

/** What one subscription's legacy log means, read as the folder's README says. */
function expectedLog(log: unknown, captured: Captured, members: Set<string>, mapped: MappingLookup): ExpectedLog {
  const expected: ExpectedLog = { changes: [], quarantined: [], unmapped: [] };
  if (!Array.isArray(log)) {
    expected.quarantined.push({ column: LOG_COLUMN, value: log });
    return expected;
  }
  log.forEach((entry: unknown, i) => {
    const index = i + 1;
    const why = unreadableBecause(entry, captured.times);
    if (why === null) expectedEntry(entry as Record<string, unknown>, index, captured, members, mapped, expected);
    // Out of the live history only where the operator's mapping lets entries unreadable for this reason go.
    else if (mapped(SUBSCRIPTIONS, `${LOG_COLUMN}[]`, why) === null)
      expected.quarantined.push({ column: `${LOG_COLUMN}[${index}]`, value: entry });
    else expected.unmapped.push(`[${index}] (${why}: the mapping does not let it leave the live history)`);
  });
  return expected;
}

const show = (c: Change) =>
  `${c.from ?? '(none)'} -> ${c.to} at ${c.at}${c.actor ? ` by user ${c.actor}` : ''}${c.note ? ` "${c.note}"` : ''}`;

/** One subscription's entries against its rows: each entry one row, nothing else, in the array's order. */
function compareChanges(sub: string, expected: ExpectedLog, rows: readonly ({ id: string } & Change)[]): string[] {
  if (expected.unmapped.length > 0) return [`subscription ${sub}: nothing decides ${expected.unmapped.join(', ')}, yet the folder went on`];
  const problems: string[] = [];
  const left = [...rows];
  for (const { index, change } of expected.changes) {
    const at = left.findIndex((r) => isDeepStrictEqual({ ...r, id: undefined }, { ...change, id: undefined }));
    if (at >= 0) {
      left.splice(at, 1);
      continue;
    }
    const sameTime = left.find((r) => r.at === change.at);
    problems.push(
      `subscription ${sub}: entry [${index}] (${show(change)}) became no ${LOG_TABLE} row` +
        (sameTime ? `; row ${sameTime.id} at that time says ${show(sameTime)}` : ''),
    );
  }
  for (const r of left) problems.push(`subscription ${sub}: ${LOG_TABLE} row ${r.id} (${show(r)}) comes from no entry of its JSON log`);
  // The application lists the rows by time; the legacy one listed the array in order.
  for (let k = 1; k < expected.changes.length; k++) {
    const [a, b] = [expected.changes[k - 1]!, expected.changes[k]!];
    if (b.change.at < a.change.at)
      problems.push(`subscription ${sub}: entry [${b.index}] followed entry [${a.index}] in its JSON log, but its row is listed before it`);
  }
  return problems;
}

/** One subscription's quarantine entries against the ones its log calls for. */
function compareQuarantine(
  sub: string,
  expected: ExpectedLog['quarantined'],
  actual: readonly { column: string; value: unknown }[],
): string[] {
  const problems: string[] = [];
  const left = [...actual];
  for (const e of expected) {
    const at = left.findIndex((q) => q.column === e.column && isDeepStrictEqual(q.value, e.value));
    if (at >= 0) left.splice(at, 1);
    else problems.push(`subscription ${sub}: ${e.column} ${JSON.stringify(e.value)} is not in ${QUARANTINE_TABLE} as written`);
  }
  for (const q of left)
    problems.push(
      `subscription ${sub}: ${QUARANTINE_TABLE} holds ${q.column} ${JSON.stringify(q.value)}, which its log does not account for`,
    );
  return problems;
}

/** How PostgreSQL reads each time string, in UTC, as the folder reads it ("a time PostgreSQL can read"). */
async function readTimes(client: pg.Client, candidates: string[]): Promise<Map<string, string | null>> {
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL TimeZone = 'UTC'`);
    await client.query(`CREATE FUNCTION pg_temp.verify_read_time(value text) RETURNS timestamp(3) LANGUAGE plpgsql AS $$
      BEGIN RETURN (value::timestamptz AT TIME ZONE 'UTC')::timestamp(3); EXCEPTION WHEN others THEN RETURN NULL; END $$`);
    const { rows } = await client.query<{ text: string; at: string | null }>(
      `SELECT a AS text, to_char(pg_temp.verify_read_time(a), ${TIME_FORMAT}) AS at FROM unnest($1::text[]) a`,
      [candidates],
    );
    return new Map(rows.map((r) => [r.text, r.at]));
  } finally {
    await client.query('ROLLBACK');
  }
}

/** The log rows and quarantine entries of each subscription after the migrations. */
async function readAfter(client: pg.Client, migration: string) {
  const rows = new Map<string, ({ id: string } & Change)[]>();
  const logRows = await client.query<{ id: string; sub: string } & Change>(
    `SELECT id, "subscriptionId" AS sub, "fromStatus"::text AS from, "toStatus"::text AS to, to_char("createdAt", ${TIME_FORMAT}) AS at,
            "actorId" AS actor, note FROM "${LOG_TABLE}" ORDER BY "subscriptionId", "createdAt", id`,
  );
  for (const { sub, ...r } of logRows.rows) rows.set(sub, [...(rows.get(sub) ?? []), r]);
  const quarantine = new Map<string, { column: string; value: unknown }[]>();
  const kept = await client.query<{ sub: string; column: string; value: unknown }>(
    `SELECT "rowId" AS sub, "columnName" AS column, value FROM ${QUARANTINE_TABLE} WHERE migration = $1 AND "tableName" = $2`,
    [migration, SUBSCRIPTIONS],
  );
  for (const { sub, ...q } of kept.rows) quarantine.set(sub, [...(quarantine.get(sub) ?? []), q]);
  const members = new Set(
    (await client.query<{ label: string }>(`SELECT unnest(enum_range(NULL::"${STATUS_TYPE}"))::text AS label`)).rows.map((r) => r.label),
  );
  const subscriptions = new Set((await client.query<{ id: string }>(`SELECT id FROM "${SUBSCRIPTIONS}"`)).rows.map((r) => r.id));
  const users = new Set((await client.query<{ id: string }>(`SELECT id FROM users`)).rows.map((r) => r.id));
  return { rows, quarantine, members, subscriptions, users };
}

export const statusChangeLog: MeaningCheck = {
  name: 'every status change of a subscription is one log row, the same change at the same time',
  finding: 7,
  async before(client) {
    const { rows } = await client.query<{ id: string; log: unknown }>(
      `SELECT id, "${LOG_COLUMN}" AS log FROM "${SUBSCRIPTIONS}" WHERE "${LOG_COLUMN}" <> '[]'::jsonb`,
    );
    const entries = rows.flatMap((r) => (Array.isArray(r.log) ? (r.log as unknown[]) : [])).filter(isObject);
    const candidates = [
      ...new Set(entries.map((e) => e.at).filter((at): at is string => typeof at === 'string' && STARTS_LIKE_A_DATE.test(at))),
    ];
    const bys = [...new Set(entries.map((e) => e.by).filter((by): by is string => typeof by === 'string'))];
    const users = await client.query<{ id: string }>(`SELECT id FROM users WHERE id = ANY($1::text[])`, [bys]);
    const captured: Captured = {
      logs: new Map(rows.map((r) => [r.id, r.log])),
      times: await readTimes(client, candidates),
      users: new Set(users.rows.map((u) => u.id)),
    };
    return { captured };
  },
  async after(client, before, { migration, mapping }) {
    const captured = before.captured as Captured;
    const now = await readAfter(client, migration);
    const mapped = lookUpMapping(mapping);
    const problems: string[] = [];
    let entries = 0;
    for (const [sub, log] of captured.logs) {
      // A subscription a later step erased is accounted for by the ledger and the census, not here.
      if (!now.subscriptions.has(sub)) continue;
      const expected = expectedLog(log, captured, now.members, mapped);
      // An actor deleted after the migration is no longer named (the key sets it NULL).
      for (const e of expected.changes) if (e.change.actor !== null && !now.users.has(e.change.actor)) e.change.actor = null;
      entries += Array.isArray(log) ? log.length : 1;
      problems.push(...compareChanges(sub, expected, now.rows.get(sub) ?? []));
      problems.push(...compareQuarantine(sub, expected.quarantined, now.quarantine.get(sub) ?? []));
      now.rows.delete(sub);
      now.quarantine.delete(sub);
    }
    for (const [sub, rows] of now.rows) problems.push(...compareChanges(sub, { changes: [], quarantined: [], unmapped: [] }, rows));
    for (const [sub, kept] of now.quarantine) problems.push(...compareQuarantine(sub, [], kept));
    return { rows: entries, problems };
  },
};
