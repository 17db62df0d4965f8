/**
 * The seed's calendar. Fixed instants, never the clock: the same seed must give the same timestamps next year.
 * "Now" for the seeded world is the first instant of 2026; its history starts in 2021.
 */
export const EPOCH_START = Date.UTC(2021, 0, 1);
export const SEED_NOW = Date.UTC(2026, 0, 1);
export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** ISO 8601 with milliseconds and Z, the form PostgreSQL's timestamp input and JSON consumers both accept. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
