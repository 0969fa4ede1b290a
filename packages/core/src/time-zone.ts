import {
  addDays,
  type CalendarDate,
  dateParts,
  formatCalendarDate,
  isCalendarDate,
  parseCalendarDate,
} from './calendar-date.js';
import { invalidInput, requireInteger } from './validate.js';

const SCOPE = '@pledge/core';

/** An instant as a `Date`, or an ISO 8601 string: a date-time with `Z` or an offset, or a date. */
export type DateInput = Date | string;

const DATE_TIME_PATTERN =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an instant. Accepts a valid `Date`, an ISO 8601 date-time that carries `Z` or an offset
 * (a local time without a zone is ambiguous and rejected), or a calendar date, read as the start
 * of that day in UTC. Throws a `ValidationError` naming `field` otherwise.
 */
export function parseInstant(value: unknown, field = 'at'): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      invalidInput({ scope: SCOPE, field }, 'invalid_date', 'expected a valid Date');
    }
    return new Date(value.getTime());
  }
  if (typeof value === 'string') {
    const text: string = value;
    if (isCalendarDate(text)) return startOfDay(text, 'UTC');
    if (DATE_TIME_PATTERN.test(text) && isCalendarDate(text.slice(0, 10))) {
      const time = Date.parse(text);
      if (!Number.isNaN(time)) return new Date(time);
    }
  }
  return invalidInput(
    { scope: SCOPE, field },
    'invalid_date',
    'expected a Date, an ISO 8601 date-time with Z or an offset, or a date YYYY-MM-DD',
  );
}

/** True when `value` names a time zone this runtime knows (IANA name or `UTC`). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  if (value === 'UTC' || formatters.has(value)) return true;
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

/** Checks an IANA time zone name, or throws a `ValidationError` naming `field`. */
export function parseTimeZone(value: unknown, field = 'timeZone'): string {
  if (!isTimeZone(value)) {
    invalidInput({ scope: SCOPE, field }, 'invalid_time_zone', 'expected an IANA time zone name');
  }
  return value;
}

// Building an Intl.DateTimeFormat costs far more than using one; this memo only caches
// immutable formatters, so it has no observable state.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly millisecondOfDay: number;
}

/** The wall-clock date and time of `instant` in `timeZone`. */
function wallTime(instant: Date, timeZone: string): WallTime {
  if (timeZone === 'UTC') {
    return {
      year: instant.getUTCFullYear(),
      month: instant.getUTCMonth() + 1,
      day: instant.getUTCDate(),
      millisecondOfDay:
        instant.getTime() -
        utcMidnight(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate()),
    };
  }
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - yearOfEra : yearOfEra;
  const milliseconds = ((instant.getTime() % 1000) + 1000) % 1000;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    millisecondOfDay:
      (Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second)) * 1000 +
      milliseconds,
  };
}

/** Milliseconds since the epoch of midnight UTC at the start of the given day. */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function offsetMilliseconds(epochMilliseconds: number, timeZone: string): number {
  const wall = wallTime(new Date(epochMilliseconds), timeZone);
  return utcMidnight(wall.year, wall.month, wall.day) + wall.millisecondOfDay - epochMilliseconds;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` plus `millisecondOfDay`. A wall
 * time skipped by a DST change resolves to the instant after the gap (as Temporal's
 * `compatible` disambiguation does); a repeated one resolves to the earlier instant.
 */
export function zonedInstant(date: CalendarDate, millisecondOfDay: number, timeZone = 'UTC'): Date {
  const { year, month, day } = dateParts(parseCalendarDate(date, 'date'));
  requireInteger(millisecondOfDay, 'millisecondOfDay', 0, 86_399_999);
  parseTimeZone(timeZone, 'timeZone');
  const local = utcMidnight(year, month, day) + millisecondOfDay;
  if (timeZone === 'UTC') return new Date(local);
  const before = offsetMilliseconds(local - 86_400_000, timeZone);
  const after = offsetMilliseconds(local + 86_400_000, timeZone);
  const candidates = [local - before, local - after].filter(
    (candidate) => candidate - local + offsetMilliseconds(candidate, timeZone) === 0,
  );
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // In a gap: shift forward by the size of the gap.
  return new Date(local - before);
}

/** The calendar date that `instant` falls on in `timeZone` (default UTC). */
export function calendarDateIn(instant: Date, timeZone = 'UTC'): CalendarDate {
  const wall = wallTime(parseInstant(instant, 'instant'), parseTimeZone(timeZone, 'timeZone'));
  return formatCalendarDate(wall.year, wall.month, wall.day);
}

/** The millisecond of the day that `instant` shows on a wall clock in `timeZone`. */
export function millisecondOfDayIn(instant: Date, timeZone = 'UTC'): number {
  return wallTime(parseInstant(instant, 'instant'), parseTimeZone(timeZone, 'timeZone'))
    .millisecondOfDay;
}

/** The first instant of `date` in `timeZone`. */
export function startOfDay(date: CalendarDate, timeZone = 'UTC'): Date {
  return zonedInstant(date, 0, timeZone);
}

/**
 * The last millisecond of `date` in `timeZone`: a deadline "on" a day expires then (Regulation
 * 1182/71 Art. 3(2): a period ends with the expiry of the last hour of its last day).
 */
export function endOfDay(date: CalendarDate, timeZone = 'UTC'): Date {
  parseCalendarDate(date, 'date');
  return new Date(startOfDay(addDays(date, 1), timeZone).getTime() - 1);
}
