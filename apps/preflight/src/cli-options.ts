// Command-line options of `pnpm preflight` and its --help, side by side so they cannot disagree.
import { CliUsageError, argTokens } from '@leadmetrics/db';

export const HELP = `Usage: pnpm preflight --database-url <url> [options]
       pnpm preflight load-mapping <mapping.json> --database-url <url>

Looks at a database before the migrations of packages/db/prisma/migrations are applied
to it, without changing anything: it connects through a read-only transaction
(default_transaction_read_only = on, BEGIN ... READ ONLY), so PostgreSQL refuses any
write. It reports:

  - where the database stands: untouched legacy schema (catalog equal to 0_baseline),
    partly or fully migrated (from _prisma_migrations, or inferred from the catalog
    when that table is missing), empty, or something else - with every difference
    from the legacy schema as a sentence;
  - per pending migration folder: the anomalies it will meet (counts and up to five
    sample ids per kind), the rows of the tables it reads or changes, the locks it
    takes, an estimated duration, and a verdict: safe, needs attention (why) or
    blocked (why);
  - batches to apply them in, and whether 0_baseline may be marked as applied
    (prisma migrate resolve) on a database Prisma does not know yet;
  - every value a pending folder's new type cannot hold (a status outside its enum, a
    setting of the wrong JSON type) that the value mapping does not cover, per table
    and column with row counts: such a folder is blocked, because it would stop.

load-mapping <file> checks a mapping file (the template --write-mapping writes, filled
in) against the pending folders and the values the database holds - every entry must
name a converted column and a value that column can take, and every value found must
have an entry - and only then replaces the table migration_value_mapping with it. On
any problem it prints each one (file, entry number, what to change) and writes nothing.

See RUNBOOK.md at the repository root for the whole production procedure.

Options:
  --database-url <url>     the database to inspect (default: DATABASE_URL). Use a role
                           that can read every table; it needs no other privilege
  --report <dir>           write preflight-report.md and preflight-report.json into <dir>
                           (without it, the Markdown report goes to stdout)
  --json                   print the JSON report on stdout instead of Markdown
  --write-mapping <file>   also write a ready-to-edit value mapping to <file>: the entries
                           the database's mapping has, then one per unmapped value with its
                           row count and what the column takes ("to" left empty)
  --exact-counts           COUNT(*) every table the plan touches instead of using the
                           planner's row estimates (pg_class.reltuples); slower on big tables
  --statement-timeout <ms> per query (default 300000); preflight gives up rather than
                           run for ever
  --lock-timeout <ms>      how long a query may wait for a table lock (default 3000), so
                           preflight never queues behind a migration's exclusive lock
  --jobs <n>               connections counting side by side (default 2); they share one
                           snapshot, as pg_dump -j does. 1 for the lightest touch
  -h, --help               show this help

Exit status: 0 when nothing is blocked, 1 when a migration is blocked or the database is
not a Leadmetrics database, 2 for a usage error or when the database cannot be reached.
load-mapping: 0 when the mapping was loaded, 1 when the file has problems (nothing was
written), 2 for a usage error or when the database cannot be reached.
`;

export { CliUsageError };

export interface PreflightCliOptions {
  databaseUrl?: string;
  reportDir?: string;
  json: boolean;
  exactCounts: boolean;
  statementTimeoutMs?: number;
  lockTimeoutMs?: number;
  jobs?: number;
  /** Write the mapping template here. */
  writeMapping?: string;
  /** The load-mapping command: the file to load. */
  loadMapping?: string;
  help: boolean;
}

export function parsePreflightArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): PreflightCliOptions {
  const options: PreflightCliOptions = { json: false, exactCounts: false, help: false };
  for (const { name: arg, value } of argTokens(argv)) {
    const milliseconds = (): number => {
      const raw = value();
      const n = Number(raw);
      if (!Number.isInteger(n) || n <= 0) throw new CliUsageError(`${arg} takes a whole number of milliseconds, got "${raw}"`);
      return n;
    };
    switch (arg) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '--database-url':
        options.databaseUrl = value();
        break;
      case '--report':
        options.reportDir = value();
        break;
      case '--json':
        options.json = true;
        break;
      case '--write-mapping':
        options.writeMapping = value();
        break;
      case 'load-mapping':
        options.loadMapping = value();
        break;
      case '--exact-counts':
        options.exactCounts = true;
        break;
      case '--statement-timeout':
        options.statementTimeoutMs = milliseconds();
        break;
      case '--lock-timeout':
        options.lockTimeoutMs = milliseconds();
        break;
      case '--jobs': {
        const raw = value();
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 1 || n > 16) throw new CliUsageError(`--jobs takes a whole number from 1 to 16, got "${raw}"`);
        options.jobs = n;
        break;
      }
      default:
        throw new CliUsageError(`unknown option "${arg}" (see --help)`);
    }
  }
  options.databaseUrl ??= env.DATABASE_URL?.trim() || undefined;
  if (!options.help && !options.databaseUrl) throw new CliUsageError('--database-url is required (or set DATABASE_URL); see --help');
  return options;
}
