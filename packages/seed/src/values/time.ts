/**
 * The seed's calendar. Fixed instants, never the clock: the same seed must give the same timestamps next year.
 * "Now" for the seeded world is the first instant of 2026; its history starts in 2021.
 */
export const EPOCH_START = Date.UTC(2021, 0, 1);
export const SEED_NOW = Date.UTC(2026, 0, 1);
export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/**
 * ISO 8601 with milliseconds and Z (what Date#toISOString gives, for years 0-9999), the form PostgreSQL's timestamp
 * input and JSON consumers both accept. Computed with integer arithmetic (Howard Hinnant's civil-from-days) because
 * a seed writes millions of timestamps and a Date object per value costs more than the rest of the encoding.
 */
export function iso(ms: number): string {
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rest / HOUR);
  rest -= hour * HOUR;
  const minute = Math.floor(rest / MINUTE);
  rest -= minute * MINUTE;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}.${THREE_DIGITS[milli]}Z`;
}
