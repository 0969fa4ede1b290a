import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareCalendarDates,
  epochDayOf,
  fromEpochDay,
  shiftEpochDay,
  toEpochDay,
  yearOfEpochDay,
} from './calendar-date.js';

const ZERO = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };

import { addDuration, addDurationToDate, formatDuration, parseDuration } from './duration.js';

const durations = fc.record({
  years: fc.integer({ min: 0, max: 30 }),
  months: fc.integer({ min: 0, max: 36 }),
  weeks: fc.integer({ min: 0, max: 10 }),
  days: fc.integer({ min: 0, max: 400 }),
  hours: fc.integer({ min: 0, max: 100 }),
  minutes: fc.integer({ min: 0, max: 100 }),
  seconds: fc.integer({ min: 0, max: 100 }),
});
const dateDurations = durations.map((d) => ({ ...d, hours: 0, minutes: 0, seconds: 0 }));
const epochDays = fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2200-12-31') });
const instants = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2150, 0, 1) });

describe('duration properties', () => {
  it('adding a duration to a calendar date is monotone and never goes back', () => {
    fc.assert(
      fc.property(epochDays, epochDays, dateDurations, (a, b, duration) => {
        const [early, late] =
          a <= b ? [fromEpochDay(a), fromEpochDay(b)] : [fromEpochDay(b), fromEpochDay(a)];
        const earlyEnd = addDurationToDate(early, duration);
        const lateEnd = addDurationToDate(late, duration);
        expect(compareCalendarDates(earlyEnd, lateEnd)).toBeLessThanOrEqual(0);
        expect(compareCalendarDates(early, earlyEnd)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('adding a duration to an instant in UTC is monotone', () => {
    fc.assert(
      fc.property(instants, instants, durations, (a, b, duration) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const earlyEnd = addDuration(new Date(early), duration).getTime();
        const lateEnd = addDuration(new Date(late), duration).getTime();
        expect(earlyEnd).toBeLessThanOrEqual(lateEnd);
        expect(earlyEnd).toBeGreaterThanOrEqual(early);
      }),
      { numRuns: 2000 },
    );
  });

  it('a longer duration never ends earlier than a shorter one', () => {
    fc.assert(
      fc.property(
        epochDays,
        dateDurations,
        fc.integer({ min: 0, max: 100 }),
        (day, duration, extraDays) => {
          const start = fromEpochDay(day);
          const shorter = addDurationToDate(start, duration);
          const longer = addDurationToDate(start, { ...duration, days: duration.days + extraDays });
          expect(compareCalendarDates(shorter, longer)).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('integer epoch-day shifting agrees with calendar-date arithmetic', () => {
    fc.assert(
      fc.property(
        epochDays,
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 0, max: 800 }),
        (day, months, days) => {
          const date = fromEpochDay(day);
          const viaDates =
            months >= 0
              ? addDurationToDate(date, { ...ZERO, months, days })
              : addDays(addMonths(date, months), days);
          expect(fromEpochDay(shiftEpochDay(day, months, days))).toBe(viaDates);
          expect(yearOfEpochDay(day)).toBe(Number(date.slice(0, 4)));
          expect(
            epochDayOf(
              Number(date.slice(0, 4)),
              Number(date.slice(5, 7)),
              Number(date.slice(8, 10)),
            ),
          ).toBe(day);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('format and parse round-trip', () => {
    fc.assert(
      fc.property(durations, (duration) => {
        expect(parseDuration(formatDuration(duration))).toEqual(duration);
      }),
    );
  });

  it('epoch days and calendar dates round-trip', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('0001-01-01'), max: toEpochDay('9999-12-31') }),
        (day) => {
          expect(toEpochDay(fromEpochDay(day))).toBe(day);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('calendar dates agree with the ECMAScript Date for every day of four centuries', () => {
    const start = Date.UTC(1900, 0, 1);
    for (let day = 0; day < 146_097; day += 1) {
      const expected = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      const actual = fromEpochDay(toEpochDay('1900-01-01') + day);
      if (actual !== expected) expect(actual).toBe(expected);
    }
  });
});
