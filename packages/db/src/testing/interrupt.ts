// Ctrl-C for command-level tests: a command started the way a terminal starts it (a process group of its own),
// SIGINT sent to that whole group at a moment the test chooses, and what the run left behind.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface InterruptedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The last non-empty line of stdout and stderr together. */
  lastLine: string;
}

export interface InterruptOptions {
  cwd: string;
  /** Added to this process's environment; undefined removes a variable. */
  env?: NodeJS.ProcessEnv;
  /** Polled every 20 ms with the output so far and the command's pid; SIGINT goes out once it says true. */
  when(output: string, pid: number): boolean | Promise<boolean>;
  /** Give up (and fail) when the moment has not come by then. Default 120 s. */
  timeoutMs?: number;
}

/** Runs `command`, interrupts it as Ctrl-C in a terminal does once `options.when` holds, and waits for it to end. */
export async function interruptWhen(command: string[], options: InterruptOptions): Promise<InterruptedRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const [key, value] of Object.entries(options.env ?? {})) if (value === undefined) delete env[key];
  const child = spawn(command[0]!, command.slice(1), { cwd: options.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let ended = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      ended = true;
      resolve({ code, signal });
    }),
  );
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (!(await options.when(`${stdout}${stderr}`, child.pid!))) {
    if (ended) throw new Error(`${command.join(' ')} ended before the moment to interrupt it:\n${stdout}${stderr}`);
    if (Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error(`${command.join(' ')}: the moment to interrupt it never came:\n${stdout}${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  process.kill(-child.pid!, 'SIGINT');
  const { code, signal } = await exited;
  const lines = `${stdout}\n${stderr}`.split('\n').filter((line) => line.trim());
  return { code, signal, stdout, stderr, lastLine: lines.at(-1) ?? '' };
}

/** Processes (not zombies) whose command line names `text`, e.g. a server whose data folder is under it. */
export function processesNaming(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (
        readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text) &&
        !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${entry}/stat`, 'utf8'))
      )
        found.push(Number(entry));
    } catch {
      // it ended while we looked
    }
  }
  return found;
}

/** What a run left in the temp folder it was given: tsx's compile cache (tsx-<uid>) stays on purpose, anything else would be the run's. */
export function leftInTempFolder(dir: string): string[] {
  return readdirSync(dir).filter((entry) => !/^tsx-\d+$/.test(entry));
}

/** CPU seconds a process has used so far (user + system): how far it has got, whatever the machine's load. */
export function cpuSecondsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    // utime and stime are fields 14 and 15 of stat; 12 and 13 once pid and the command name are cut off.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
