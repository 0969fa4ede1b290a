import {
  addDays,
  type CalendarDate,
  compareCalendarDates,
  parseCalendarDate,
} from './calendar-date.js';
import { type HolidayCalendar, isWorkingDay } from './holiday-calendar.js';
import { invalidInput } from './validate.js';

const SCOPE = '@pledge/core';

// A year without a single working day is a broken calendar; stop rather than loop forever.
const MAX_SCAN_DAYS = 366;

function assertCalendar(calendar: HolidayCalendar): void {
  const ok =
    typeof calendar === 'object' &&
    calendar !== null &&
    typeof calendar.isHoliday === 'function' &&
    Array.isArray(calendar.weekend) &&
    calendar.weekend.length < 7;
  if (!ok) {
    invalidInput(
      { scope: SCOPE, field: 'calendar' },
      'invalid_calendar',
      'expected a HolidayCalendar with at least one working weekday',
    );
  }
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: CalendarDate, calendar: HolidayCalendar): CalendarDate {
  parseCalendarDate(date, 'date');
  assertCalendar(calendar);
  let day = date;
  for (let scanned = 0; scanned < MAX_SCAN_DAYS; scanned++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) return day;
  }
  return invalidInput(
    { scope: SCOPE, field: 'calendar' },
    'invalid_calendar',
    'no working day within a year',
  );
}

/**
 * `date` itself when it is a working day, else the next working day: "where the last day of a
 * period is a public holiday, Sunday or Saturday, the period ends with the expiry of the last
 * hour of the following working day" (Regulation 1182/71 Art. 3(4)).
 */
export function rollForwardToWorkingDay(
  date: CalendarDate,
  calendar: HolidayCalendar,
): CalendarDate {
  parseCalendarDate(date, 'date');
  assertCalendar(calendar);
  return isWorkingDay(date, calendar) ? date : nextWorkingDay(date, calendar);
}

/**
 * The date `count` working days after `date`, not counting `date` itself (received on a Friday,
 * 10 business days later is the second Friday after, holidays aside).
 */
export function addBusinessDays(
  date: CalendarDate,
  count: number,
  calendar: HolidayCalendar,
): CalendarDate {
  parseCalendarDate(date, 'date');
  assertCalendar(calendar);
  if (!Number.isInteger(count) || count < 0 || count > 100_000) {
    invalidInput(
      { scope: SCOPE, field: 'count' },
      'invalid_count',
      'expected a whole number from 0 to 100000',
    );
  }
  let day = date;
  for (let remaining = count; remaining > 0; remaining--) day = nextWorkingDay(day, calendar);
  return day;
}

/** The number of working days in the interval after `from` up to and including `to`. */
export function businessDaysBetween(
  from: CalendarDate,
  to: CalendarDate,
  calendar: HolidayCalendar,
): number {
  parseCalendarDate(from, 'from');
  parseCalendarDate(to, 'to');
  assertCalendar(calendar);
  const sign = compareCalendarDates(from, to) <= 0 ? 1 : -1;
  const [start, end] = sign > 0 ? [from, to] : [to, from];
  let count = 0;
  for (let day = addDays(start, 1); compareCalendarDates(day, end) <= 0; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count++;
  }
  return sign * count;
}
