import { businessDaysBetween, nextWorkingDay, rollForwardToWorkingDay } from './business-days.js';
import { type CalendarDate, compareCalendarDates, parseCalendarDate } from './calendar-date.js';
import type { Citation } from './citation.js';
import { addDurationToDate, formatDuration, type IsoDuration, parseDuration } from './duration.js';
import type { HolidayCalendar } from './holiday-calendar.js';
import { type Reason, reason } from './reason.js';
import { invalidInput, requireRecord } from './validate.js';

/** Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates and time limits. */
export const REGULATION_1182_71: Citation = {
  law: 'Regulation (EEC, Euratom) No 1182/71',
  article: 'Art. 3',
  url: 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj',
  confidence: 'primary',
};

/** Reason codes {@link legalPeriodEnd} can give. */
export type LegalPeriodReasonCode =
  | 'PERIOD_ENDS_ON_SAME_DATE'
  | 'PERIOD_ENDS_ON_LAST_DAY_OF_MONTH'
  | 'PERIOD_ENDS_ON_NON_WORKING_DAY'
  | 'PERIOD_EXTENDED_TO_TWO_WORKING_DAYS';

/** When a legal period expires and why. */
export interface LegalPeriodEnd {
  /** The last day of the period, after any roll-forward. The period expires at its end. */
  readonly end: CalendarDate;
  /** The last day before any roll-forward to a working day. */
  readonly nominalEnd: CalendarDate;
  /** How the end was found, with citations. */
  readonly reasons: readonly Reason<LegalPeriodReasonCode>[];
}

/** Options for {@link legalPeriodEnd}. */
export interface LegalPeriodOptions {
  /**
   * Holiday calendar of the place where the period runs. With it, an end falling on a weekend
   * or holiday moves to the next working day (Art. 3(4)) and a period of two days or more keeps
   * at least two working days (Art. 3(5)). Without it, the nominal end stands.
   */
  readonly calendar?: HolidayCalendar;
}

/**
 * The last day of a period that runs from an event on `from`, following Regulation 1182/71:
 * the day of the event is not counted (Art. 3(1)); a period in days ends on its last day, a
 * period in weeks, months or years on the same weekday or date as `from`, or on the last day of
 * the month when that date does not exist (Art. 3(2)(b)-(c)); with a calendar, an end on a
 * weekend or public holiday moves to the next working day (Art. 3(4)) and a period of two days
 * or more includes at least two working days (Art. 3(5)).
 *
 * @example
 * ```ts
 * legalPeriodEnd('2026-03-31', 'P1M').end; // '2026-04-30'
 * legalPeriodEnd('2026-01-15', 'P1M', { calendar: createHolidayCalendar('DE') }).end; // '2026-02-16'
 * ```
 */
export function legalPeriodEnd(
  from: CalendarDate,
  duration: string | IsoDuration,
  options: LegalPeriodOptions = {},
): LegalPeriodEnd {
  const start = parseCalendarDate(from, 'from');
  const parsed = parseDuration(
    typeof duration === 'string' ? duration : formatDuration(duration),
    'duration',
  );
  const nominalEnd = addDurationToDate(start, parsed);
  const reasons: Reason<LegalPeriodReasonCode>[] = [];
  const inMonths = parsed.years > 0 || parsed.months > 0;
  const clamped = inMonths && nominalEnd.slice(8) !== start.slice(8);
  reasons.push(
    reason(
      clamped ? 'PERIOD_ENDS_ON_LAST_DAY_OF_MONTH' : 'PERIOD_ENDS_ON_SAME_DATE',
      { from: start, nominalEnd },
      { ...REGULATION_1182_71, article: 'Art. 3(1), 3(2)(b)-(c)' },
    ),
  );
  const { calendar } = requireRecord(options, 'options', ['calendar'], '@pledge/core') as {
    calendar?: HolidayCalendar;
  };
  if (calendar !== undefined && typeof calendar?.isHoliday !== 'function') {
    invalidInput(
      { scope: '@pledge/core', field: 'options.calendar' },
      'invalid_calendar',
      'expected a HolidayCalendar',
    );
  }
  if (!calendar) return { end: nominalEnd, nominalEnd, reasons };

  let end = rollForwardToWorkingDay(nominalEnd, calendar);
  if (end !== nominalEnd) {
    reasons.push(
      reason(
        'PERIOD_ENDS_ON_NON_WORKING_DAY',
        { nominalEnd, end, calendar: calendar.jurisdiction },
        {
          ...REGULATION_1182_71,
          article: 'Art. 3(4)',
        },
      ),
    );
  }
  if (
    compareCalendarDates(start, nominalEnd) < 0 &&
    businessDaysBetween(start, nominalEnd, calendar) >= 0
  ) {
    const spansTwoDays = parsed.days + parsed.weeks * 7 >= 2 || inMonths;
    if (spansTwoDays) {
      const before = end;
      while (businessDaysBetween(start, end, calendar) < 2) end = nextWorkingDay(end, calendar);
      if (end !== before) {
        reasons.push(
          reason(
            'PERIOD_EXTENDED_TO_TWO_WORKING_DAYS',
            { nominalEnd, end, calendar: calendar.jurisdiction },
            {
              ...REGULATION_1182_71,
              article: 'Art. 3(5)',
            },
          ),
        );
      }
    }
  }
  return { end, nominalEnd, reasons };
}
