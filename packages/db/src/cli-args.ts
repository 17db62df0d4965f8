// The argument tokenizer both command lines (verify and preflight) share: `--name value`,
// `--name=value`, and pnpm's `--` separator passed through.

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export interface ArgToken {
  /** The option as typed, without an inline `=value`. */
  name: string;
  /** The option's value: the inline `=value`, else the next argument; a usage error when there is none. */
  value(): string;
}

export function* argTokens(argv: readonly string[]): Generator<ArgToken> {
  const args = [...argv];
  while (args.length > 0) {
    let name = args.shift()!;
    if (name === '--') continue; // `pnpm verify -- --scale small` passes the separator through
    let inline: string | undefined;
    const eq = name.indexOf('=');
    if (name.startsWith('--') && eq > 0) {
      inline = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const option = name;
    yield {
      name,
      value(): string {
        const v = inline ?? args.shift();
        if (v === undefined || (inline === undefined && v.startsWith('--')))
          throw new CliUsageError(`${option} needs a value (see --help)`);
        return v;
      },
    };
  }
}
