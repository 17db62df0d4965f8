// Runs code as an ordinary (non-root) user from a folder layout a test builds for it. Run as root, the tests
// become `nobody` (or, where that user is missing, a system user made with useradd) through setpriv; run as an
// ordinary user, they stay that user. The code is bundled into a single file inside the layout, so that user needs
// to reach neither this checkout nor its node_modules: the checkout may well sit under a folder closed to others.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface OrdinaryUser {
  name: string;
  uid: number;
  gid: number;
  /** Put in front of a command to run it as this user (empty when the tests already run as an ordinary user). */
  prefix: string[];
}

const SYSTEM_USER = 'leadmetrics-test';

function idOf(name: string): { uid: number; gid: number } | undefined {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

/** An existing non-root account, else one made for the tests; undefined with the reason when neither can be had. */
function nonRootAccount(): { name: string; uid: number; gid: number } | string {
  for (const name of ['nobody', SYSTEM_USER]) {
    const id = idOf(name);
    if (id && id.uid !== 0) return { name, ...id };
  }
  const made = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', SYSTEM_USER], { encoding: 'utf8' });
  const id = idOf(SYSTEM_USER);
  if (id) return { name: SYSTEM_USER, ...id };
  return `there is no user "nobody" and useradd could not make "${SYSTEM_USER}" (${made.error?.message ?? made.stderr.trim()})`;
}

/** The ordinary user the tests can run code as, or the exact reason why there is none here. */
export function ordinaryUser(): OrdinaryUser | { reason: string } {
  if (process.getuid?.() !== 0) {
    const name = execFileSync('id', ['-un'], { encoding: 'utf8' }).trim();
    return { name, uid: process.getuid!(), gid: process.getgid!(), prefix: [] };
  }
  if (spawnSync('setpriv', ['--version']).error)
    return { reason: 'setpriv (util-linux) is not installed, so root cannot become another user' };
  const account = nonRootAccount();
  if (typeof account === 'string') return { reason: account };
  const prefix = ['setpriv', `--reuid=${account.uid}`, `--regid=${account.gid}`, '--clear-groups', '--'];
  const node = spawnSync(prefix[0]!, [...prefix.slice(1), process.execPath, '-e', '0'], { encoding: 'utf8' });
  if (node.status !== 0) {
    return {
      reason: `user "${account.name}" cannot run ${process.execPath} (${node.stderr.trim() || `exit ${node.status}`}): install Node.js where other users can reach it`,
    };
  }
  return { ...account, prefix };
}

/** The part of esbuild's API used here (esbuild's own types are not a dependency of this package). */
interface Esbuild {
  buildSync(options: Record<string, unknown>): { outputFiles: Array<{ contents: Uint8Array }> };
}

const dbSources = fileURLToPath(new URL('../../src/', import.meta.url));

/**
 * Bundles `source` (TypeScript that may import this package's src/ files by relative path, and its dependencies) into
 * one ES module at `outfile`, with nothing left to resolve at run time.
 */
export function bundleInto(outfile: string, source: string): void {
  // esbuild comes with tsx, the workspace's TypeScript runner; it is not a dependency of its own.
  const requireFromTsx = createRequire(createRequire(import.meta.url).resolve('tsx'));
  const esbuild = requireFromTsx('esbuild') as Esbuild;
  const result = esbuild.buildSync({
    stdin: { contents: source, resolveDir: dbSources, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    // pg asks for these only when told to; neither is installed.
    external: ['pg-native', 'pg-cloudflare'],
    // The CommonJS dependencies (pg) call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  writeFileSync(outfile, result.outputFiles[0]!.contents);
}
