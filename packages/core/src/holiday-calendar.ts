import { type CalendarDate, type IsoWeekday, isCalendarDate, isoWeekday } from './calendar-date.js';
import { invalidInput, requireRecord } from './validate.js';

const SCOPE = '@pledge/core';

/**
 * Which days are not working days in a jurisdiction. Regulation 1182/71 Art. 3(4) and the
 * "business day" of US state rules both depend on it.
 */
export interface HolidayCalendar {
  /** The jurisdiction whose holidays this calendar holds, e.g. `DE`, `US-CA`. */
  readonly jurisdiction: string;
  /** ISO weekdays that are never working days (default Saturday and Sunday). */
  readonly weekend: readonly IsoWeekday[];
  /** True when `date` is a public holiday (weekends aside). */
  isHoliday(date: CalendarDate): boolean;
}

/** Options for `createHolidayCalendar` (from `@pledge/core/holidays`). */
export interface HolidayCalendarOptions {
  /** Override the weekend (ISO weekdays). Default `[6, 7]`. */
  readonly weekend?: readonly IsoWeekday[];
  /**
   * Which kinds of date-holidays entries count as non-working days. Default `['public']`;
   * `bank` adds bank-only closures such as Christmas Eve in Germany.
   */
  readonly types?: readonly ('public' | 'bank')[];
}

const DEFAULT_WEEKEND: readonly IsoWeekday[] = [6, 7];

/**
 * A holiday calendar from an explicit list of dates: for jurisdictions without data, for a
 * host's own closures, or for tests.
 */
export function createFixedHolidayCalendar(
  jurisdiction: string,
  holidays: readonly CalendarDate[],
  options: Pick<HolidayCalendarOptions, 'weekend'> = {},
): HolidayCalendar {
  if (typeof jurisdiction !== 'string' || jurisdiction.length === 0 || jurisdiction.length > 10) {
    invalidInput(
      { scope: SCOPE, field: 'jurisdiction' },
      'invalid_jurisdiction',
      'expected a jurisdiction code',
    );
  }
  if (!Array.isArray(holidays)) {
    invalidInput(
      { scope: SCOPE, field: 'holidays' },
      'invalid_type',
      'expected an array of calendar dates',
    );
  }
  holidays.forEach((date, index) => {
    if (!isCalendarDate(date)) {
      invalidInput(
        { scope: SCOPE, field: 'holidays' },
        'invalid_date',
        'expected a calendar date YYYY-MM-DD',
        [index],
      );
    }
  });
  const { weekend = DEFAULT_WEEKEND } = requireRecord(options, 'options', ['weekend'], SCOPE);
  if (
    !Array.isArray(weekend) ||
    !weekend.every((day) => Number.isInteger(day) && day >= 1 && day <= 7)
  ) {
    invalidInput(
      { scope: SCOPE, field: 'options.weekend' },
      'invalid_type',
      'expected an array of ISO weekdays 1 to 7',
    );
  }
  const dates = new Set(holidays);
  return {
    jurisdiction,
    weekend: weekend as readonly IsoWeekday[],
    isHoliday: (date) => dates.has(date),
  };
}

/** True when `date` is neither a weekend day nor a holiday in `calendar`. */
export function isWorkingDay(date: CalendarDate, calendar: HolidayCalendar): boolean {
  if (typeof calendar?.isHoliday !== 'function' || !Array.isArray(calendar.weekend)) {
    invalidInput(
      { scope: SCOPE, field: 'calendar' },
      'invalid_calendar',
      'expected a HolidayCalendar',
    );
  }
  return !calendar.weekend.includes(isoWeekday(date)) && !calendar.isHoliday(date);
}
