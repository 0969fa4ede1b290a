import { describe, expect, it } from 'vitest';
import { describeBadInputSweep } from '../../../test-support/bad-input-sweep.js';
import * as holidays from './holidays.js';
import * as schemas from './schemas.js';

describeBadInputSweep({
  entry: holidays,
  cases: {
    createHolidayCalendar: [
      [() => holidays.createHolidayCalendar('de'), 'jurisdiction'],
      [() => holidays.createHolidayCalendar('AQ'), 'jurisdiction'],
    ],
  },
});

describe('@pledge/core/holidays', () => {
  it('uses a subdivision when the data set has it, else the country', () => {
    expect(holidays.createHolidayCalendar('US-CA').jurisdiction).toBe('US-CA');
    expect(holidays.createHolidayCalendar('DE-BY').isHoliday('2026-01-06')).toBe(true);
    expect(holidays.createHolidayCalendar('DE').isHoliday('2026-01-06')).toBe(false);
    expect(holidays.createHolidayCalendar('FR-75C').jurisdiction).toBe('FR');
  });
});

describe('@pledge/core/schemas', () => {
  it('validates the core vocabulary with zod', () => {
    expect(
      schemas.citationSchema.safeParse({ law: 'GDPR', article: 'Art. 8', confidence: 'primary' })
        .success,
    ).toBe(true);
    expect(
      schemas.citationSchema.safeParse({ law: 'GDPR', article: 'Art. 8', confidence: 'sure' })
        .success,
    ).toBe(false);
    expect(schemas.durationSchema.safeParse('P14D').success).toBe(true);
    expect(schemas.durationSchema.safeParse('14 days').success).toBe(false);
    expect(schemas.jurisdictionSchema.safeParse('US-CA').success).toBe(true);
    expect(schemas.regimeIdSchema.safeParse('gdpr').success).toBe(true);
    expect(
      schemas.datedRowSchema.safeParse({
        validFrom: '2020-01-02',
        validTo: '2020-01-01',
        status: 'in-force',
        citation: { law: 'l', article: 'a', confidence: 'primary' },
      }).success,
    ).toBe(false);
  });
});
