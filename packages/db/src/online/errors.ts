// Why the backfill (or a phase) could not run. The CLI turns it into exit code 2 ("could not run"):
// nothing was changed when it is thrown before the first batch.
export class OnlineRefusedError extends Error {
  override name = 'OnlineRefusedError';
}
