// A folder the command under test cannot write, for real: as root a read-only bind mount (root
// writes through permissions), otherwise a folder without write permission.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ReadOnlyFolder {
  dir: string;
  /** How the folder refuses writes, for assertions: EROFS (read-only file system) or EACCES. */
  refusal: 'read-only' | 'permission denied';
  release(): void;
}

export function readOnlyFolder(prefix = 'lm-read-only-'): ReadOnlyFolder {
  const parent = mkdtempSync(path.join(os.tmpdir(), prefix));
  const dir = path.join(parent, 'folder');
  mkdirSync(dir);
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync('mount', ['--bind', dir, dir]).status === 0) {
    if (spawnSync('mount', ['-o', 'remount,bind,ro', dir]).status === 0) {
      return {
        dir,
        refusal: 'read-only',
        release: () => {
          spawnSync('umount', [dir]);
          rmSync(parent, { recursive: true, force: true });
        },
      };
    }
    spawnSync('umount', [dir]);
  }
  if (isRoot) throw new Error('readOnlyFolder: as root, a read-only folder needs mount --bind, which failed here');
  chmodSync(dir, 0o555);
  return {
    dir,
    refusal: 'permission denied',
    release: () => {
      chmodSync(dir, 0o755);
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
