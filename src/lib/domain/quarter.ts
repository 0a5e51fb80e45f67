/**
 * Quarters as small integers: index = year * 4 + (quarter - 1).
 * Integers make ranges, comparisons and "next quarter" trivial; the string
 * form `2020-Q4` is what files, URLs and people use.
 */
export type Quarter = number;

const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

export function quarterOf(year: number, quarterOfYear: 1 | 2 | 3 | 4): Quarter {
  return year * 4 + (quarterOfYear - 1);
}

/** Parses the canonical key `YYYY-Qn`; returns null for anything else. */
export function parseQuarterKey(key: string): Quarter | null {
  const match = QUARTER_KEY.exec(key.trim());
  if (!match) return null;
  return quarterOf(Number(match[1]), Number(match[2]) as 1 | 2 | 3 | 4);
}

export function quarterKey(quarter: Quarter): string {
  return `${quarterYear(quarter)}-Q${quarterNumber(quarter)}`;
}

export function quarterYear(quarter: Quarter): number {
  return Math.floor(quarter / 4);
}

export function quarterNumber(quarter: Quarter): 1 | 2 | 3 | 4 {
  return ((quarter % 4) + 1) as 1 | 2 | 3 | 4;
}

/** ISO date (YYYY-MM-DD) of the first day of the quarter. */
export function quarterFirstDay(quarter: Quarter): string {
  const month = (quarterNumber(quarter) - 1) * 3 + 1;
  return `${quarterYear(quarter)}-${String(month).padStart(2, '0')}-01`;
}

/** ISO date of the last day of the quarter (the peildatum of end-of-quarter figures). */
export function quarterLastDay(quarter: Quarter): string {
  const lastDays = ['03-31', '06-30', '09-30', '12-31'];
  return `${quarterYear(quarter)}-${lastDays[quarterNumber(quarter) - 1]}`;
}

/** The quarter an ISO date (YYYY-MM-DD) falls in, or null when it is not such a date. */
export function quarterOfDate(isoDate: string): Quarter | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!match) return null;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return quarterOf(Number(match[1]), (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4);
}

const YEAR_QUARTER = /^(\d{4})\s*[-_/ ]?\s*[QK]([1-4])$/i;
const QUARTER_YEAR = /^[QK]([1-4])\s*[-_/ ]?\s*(\d{4})$/i;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
// Dutch order (day first), as Excel in the Netherlands writes dates: 1-10-2020, 01/10/2020, 1.10.2020.
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * A quarter as people write it in a register: `2020-Q4`, `2020 Q4`, `2020Q4`,
 * `Q4 2020`, `2020K4`, `K4 2020` (Dutch kwartaal), or a date, which means the
 * quarter it falls in (ISO `2020-11-15`, or day first `15-11-2020`,
 * `15/11/2020`, `15.11.2020`, optionally with a time as Excel adds it).
 * Null for anything else, including dates that do not exist.
 */
export function parseQuarterText(text: string): Quarter | null {
  const value = text.trim();
  let match = YEAR_QUARTER.exec(value);
  if (match) return quarterOf(Number(match[1]), Number(match[2]) as 1 | 2 | 3 | 4);
  match = QUARTER_YEAR.exec(value);
  if (match) return quarterOf(Number(match[2]), Number(match[1]) as 1 | 2 | 3 | 4);
  match = ISO_DATE.exec(value);
  if (match) {
    const local = match[7] ? dutchDateOfTimestamp(value) : null;
    if (local) return quarterOfDate(local);
    return quarterOfValidDate(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  match = DUTCH_DATE.exec(value);
  if (match) return quarterOfValidDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}

// Made on first use: a formatter with a time zone loads the zone's rules,
// about 10 ms on a slow machine, which every first load paid before any map.
let dutchDay: Intl.DateTimeFormat | null = null;

/**
 * A timestamp with a zone (`2020-06-30T22:00:00Z`, `2020-06-30T23:00+01:00`,
 * as SharePoint and Power BI export a date) is a moment; the date it means is
 * the one in the Netherlands then (here 1 July 2020). Null for a date or a
 * time without a zone, which is already local.
 */
export function dutchDateOfTimestamp(text: string): string | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match?.[7]) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (quarterOfValidDate(year, month, day) === null || hour > 23 || minute > 59 || second > 59) return null;
  const zone = match[7].toUpperCase();
  const offsetMinutes = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const moment = new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000);
  const parts = Object.fromEntries((dutchDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })).formatToParts(moment).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

function quarterOfValidDate(year: number, month: number, day: number): Quarter | null {
  if (month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one (leap years included).
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return quarterOf(year, (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4);
}

/** Every quarter from `first` to `last`, both included. */
export function quarterRange(first: Quarter, last: Quarter): Quarter[] {
  const quarters: Quarter[] = [];
  for (let quarter = first; quarter <= last; quarter++) quarters.push(quarter);
  return quarters;
}

/**
 * A validity period in quarters: `from` included, `to` excluded; `to` null
 * means "still valid". Half-open periods let one period end exactly where the
 * next begins without overlap.
 */
export interface Period {
  from: Quarter;
  to: Quarter | null;
}

export function isInPeriod(quarter: Quarter, period: Period): boolean {
  return quarter >= period.from && (period.to === null || quarter < period.to);
}

export function periodsOverlap(a: Period, b: Period): boolean {
  const aEnd = a.to ?? Number.POSITIVE_INFINITY;
  const bEnd = b.to ?? Number.POSITIVE_INFINITY;
  return a.from < bEnd && b.from < aEnd;
}
