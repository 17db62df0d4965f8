// The front matter at the top of every migration folder's README.md (see prisma/MIGRATIONS.md).
// It is deliberately a tiny subset of YAML - `key: value` and `key: [a, b]`, with `#` comments -
// so we parse it ourselves and can point at the exact file and line when something is off,
// instead of pulling in a YAML library whose errors would name neither.

export const MIGRATION_RISKS = ['additive', 'destructive', 'backward-incompatible', 'data-dependent'] as const;
export type MigrationRisk = (typeof MIGRATION_RISKS)[number];

/**
 * Where a folder stands in a zero-downtime adoption (prisma/ONLINE.md): `single` is applied in one
 * go (instant, or a lock we accept); `expand` only adds what the legacy application can live
 * beside; `contract` removes what the legacy application used and runs only after the pause.
 */
export const MIGRATION_PHASES = ['single', 'expand', 'contract'] as const;
export type MigrationPhase = (typeof MIGRATION_PHASES)[number];

export interface FrontMatter {
  /** Number of the review's finding, or null for infrastructure folders (`finding: none`). */
  finding: number | null;
  title: string;
  risk: MigrationRisk;
  /** Folder names this folder needs applied first (0_baseline is always implied). */
  dependsOn: string[];
  /** Anomaly kinds of catalog/findings.json this folder resolves. */
  resolves: string[];
  locks: string;
  rollback: string;
  /** Optional key; `single` when absent. */
  phase: MigrationPhase;
  /**
   * The expand folder whose backfill this folder belongs to: an expand folder names itself, a
   * contract folder the expand folder it waits for. Null for folders outside a phased finding.
   */
  backfill: string | null;
}

const LIST_KEYS = new Set(['dependsOn', 'resolves']);
const REQUIRED_KEYS = ['finding', 'title', 'risk', 'dependsOn', 'resolves', 'locks', 'rollback'] as const;
const OPTIONAL_KEYS = ['phase', 'backfill'] as const;
const KNOWN_KEYS: readonly string[] = [...REQUIRED_KEYS, ...OPTIONAL_KEYS];

/** A README whose front matter cannot be read; the message names file and line and says what to write instead. */
export class FrontMatterError extends Error {
  override name = 'FrontMatterError';
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

/** Drops a trailing `# comment` (a `#` at the start or after whitespace), keeping `#` inside words. */
function stripComment(text: string): string {
  const match = /(^|\s)#/.exec(text);
  return (match ? text.slice(0, match.index) : text).trim();
}

function parseList(raw: string, file: string, line: number, key: string): string[] {
  if (!raw.startsWith('[') || !raw.endsWith(']')) {
    throw new FrontMatterError(file, line, `"${key}" must be a list like [a, b] (or [] for none), got "${raw}"`);
  }
  const inner = raw.slice(1, -1).trim();
  if (inner === '') return [];
  return inner.split(',').map((item, index) => {
    const value = item.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value === '') throw new FrontMatterError(file, line, `"${key}" has an empty item at position ${index + 1}; remove the extra comma`);
    return value;
  });
}

function parseScalar(raw: string): string {
  return raw.replace(/^(["'])(.*)\1$/, '$2');
}

/**
 * Parse the front matter of a README. `file` is only used in error messages.
 * Returns the parsed fields and the rest of the document (the prose).
 */
export function parseFrontMatter(text: string, file: string): { frontMatter: FrontMatter; body: string; lineOf: Record<string, number> } {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    throw new FrontMatterError(file, 1, 'expected the front matter to start with a line "---" (see prisma/MIGRATIONS.md)');
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0)
    throw new FrontMatterError(
      file,
      lines.length,
      'the front matter opened on line 1 is never closed: add a line "---" after the last key',
    );

  const values = new Map<string, string>();
  const lineOf: Record<string, number> = {};
  for (let index = 1; index < end; index++) {
    const lineNumber = index + 1;
    const content = stripComment(lines[index]!);
    if (content === '') continue;
    const match = /^([A-Za-z][A-Za-z0-9]*)\s*:\s*(.*)$/.exec(content);
    if (!match) throw new FrontMatterError(file, lineNumber, `expected "key: value", got "${content}"`);
    const [, key, value] = match as unknown as [string, string, string];
    if (!KNOWN_KEYS.includes(key)) {
      throw new FrontMatterError(file, lineNumber, `unknown key "${key}"; the keys are ${KNOWN_KEYS.join(', ')}`);
    }
    if (values.has(key)) throw new FrontMatterError(file, lineNumber, `"${key}" is given twice (first on line ${lineOf[key]})`);
    if (value === '') throw new FrontMatterError(file, lineNumber, `"${key}" has no value`);
    values.set(key, value);
    lineOf[key] = lineNumber;
  }
  for (const key of REQUIRED_KEYS) {
    if (!values.has(key)) throw new FrontMatterError(file, end + 1, `the front matter has no "${key}"; add "${key}: ..." before this line`);
  }

  const get = (key: string) => values.get(key)!;
  const findingRaw = get('finding');
  let finding: number | null;
  if (findingRaw === 'none' || findingRaw === 'null') finding = null;
  else if (/^[1-9][0-9]*$/.test(findingRaw)) finding = Number(findingRaw);
  else throw new FrontMatterError(file, lineOf.finding!, `"finding" must be the finding's number or "none", got "${findingRaw}"`);

  const risk = parseScalar(get('risk'));
  if (!(MIGRATION_RISKS as readonly string[]).includes(risk)) {
    throw new FrontMatterError(file, lineOf.risk!, `"risk" must be one of ${MIGRATION_RISKS.join(' | ')}, got "${risk}"`);
  }
  const phase = values.has('phase') ? parseScalar(get('phase')) : 'single';
  if (!(MIGRATION_PHASES as readonly string[]).includes(phase)) {
    throw new FrontMatterError(file, lineOf.phase!, `"phase" must be one of ${MIGRATION_PHASES.join(' | ')}, got "${phase}"`);
  }
  const backfill = values.has('backfill') ? parseScalar(get('backfill')) : null;
  if (phase === 'contract' && backfill === null) {
    throw new FrontMatterError(
      file,
      lineOf.phase!,
      '"phase: contract" needs "backfill: <expand folder>", the expand folder whose backfill this contract waits for',
    );
  }
  if (phase === 'single' && backfill !== null) {
    throw new FrontMatterError(
      file,
      lineOf.backfill!,
      '"backfill" belongs to an expand or contract folder; add "phase: expand" or "phase: contract"',
    );
  }
  const lists: Record<string, string[]> = {};
  for (const key of LIST_KEYS) lists[key] = parseList(get(key), file, lineOf[key]!, key);

  return {
    frontMatter: {
      finding,
      title: parseScalar(get('title')),
      risk: risk as MigrationRisk,
      dependsOn: lists.dependsOn!,
      resolves: lists.resolves!,
      locks: parseScalar(get('locks')),
      rollback: parseScalar(get('rollback')),
      phase: phase as MigrationPhase,
      backfill,
    },
    body: lines.slice(end + 1).join('\n'),
    lineOf,
  };
}
