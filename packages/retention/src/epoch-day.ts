// Integer calendar arithmetic for the evaluation hot path, on days since 1970-01-01. The
// arithmetic itself is @pledge/core's (`epochDayOf`, `shiftEpochDay`, `yearOfEpochDay`); this
// module only adds the anchors and conversions retention rules need.
import { epochDayOf, fromEpochDay, isCalendarDate, toEpochDay, yearOfEpochDay } from '@pledge/core';

export { epochDayOf, shiftEpochDay } from '@pledge/core';

/** Milliseconds per day, for converting UTC epoch days to instants. */
export const MILLISECONDS_PER_DAY = 86_400_000;

/** 31 December of the year `epochDay` falls in (HGB §257(5), AO §147(4) anchors). */
export function endOfYearEpochDay(epochDay: number): number {
  return epochDayOf(yearOfEpochDay(epochDay), 12, 31);
}

/** `YYYY-MM-DD` of an epoch day. */
export const formatEpochDay: (epochDay: number) => string = fromEpochDay;

/**
 * Epoch day of a `YYYY-MM-DD` string, or NaN when the text is not a calendar date (the caller
 * then falls back to parsing it as an instant).
 */
export function epochDayOfDateText(text: string): number {
  return isCalendarDate(text) ? toEpochDay(text) : Number.NaN;
}
