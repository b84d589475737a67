/** Calendar checks for partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as the format and links write them. */

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for a date that exists: 2024-02-29 does, 2023-02-29 and 2024-02-31 do not. */
export function isPossibleDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (m[3] === undefined) return true;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Day 0 of the next month is the last day of this one (UTC: no time zone can shift it;
  // setUTCFullYear, because Date.UTC reads years 0–99 as 1900–1999).
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return day <= last.getUTCDate();
}
