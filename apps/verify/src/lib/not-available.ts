// A piece verify depends on (another package's function, the generated client, a migration
// folder) is not there yet. The step that needs it FAILS with this message: verify never passes
// a check it could not run.
export class NotAvailableError extends Error {
  override name = 'NotAvailableError';
  constructor(
    what: string,
    readonly where: string,
    hint?: string,
  ) {
    super(`not available yet: ${what}${hint ? ` (${hint})` : ''}`);
  }
}

/**
 * Import the first of `specifiers` that loads and exports every name in `names`; otherwise throw
 * a NotAvailableError naming what is missing. Imports are dynamic so that verify itself starts,
 * and reports, while a package it reads is still being written.
 */
export async function importFirst<T>(what: string, where: string, specifiers: readonly string[], names: readonly string[]): Promise<T> {
  const reasons: string[] = [];
  for (const specifier of specifiers) {
    let module: Record<string, unknown>;
    try {
      module = (await import(specifier)) as Record<string, unknown>;
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? String(error);
      // A module that exists but throws while loading is a bug, not "not there yet": show it.
      if (!/Cannot find (module|package)|ERR_MODULE_NOT_FOUND|ERR_PACKAGE_PATH_NOT_EXPORTED|Failed to load url/i.test(message)) {
        throw new Error(`${specifier} failed to load: ${message}`, { cause: error });
      }
      reasons.push(`${specifier}: not found`);
      continue;
    }
    const missing = names.filter((name) => typeof module[name] !== 'function' && module[name] === undefined);
    if (missing.length === 0) return module as T;
    reasons.push(`${specifier} does not export ${missing.join(', ')}`);
  }
  throw new NotAvailableError(what, where, reasons.join('; '));
}
