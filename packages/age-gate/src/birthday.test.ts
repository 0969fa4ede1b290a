import { addDays, fromEpochDay, toEpochDay } from '@pledge/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, dateOfAge } from './birthday.js';
import { checkAge } from './check-age.js';

describe('leap-day birthdays', () => {
  it.each([
    ['born 2008-02-29 turns 18 on 2026-03-01 (march-1)', '2008-02-29', 18, 'march-1', '2026-03-01'],
    [
      'born 2008-02-29 turns 18 on 2026-02-28 (february-28)',
      '2008-02-29',
      18,
      'february-28',
      '2026-02-28',
    ],
    [
      'born 2008-02-29 turns 16 on 2024-02-29 in a leap year (march-1)',
      '2008-02-29',
      16,
      'march-1',
      '2024-02-29',
    ],
    [
      'born 2008-02-29 turns 16 on 2024-02-29 in a leap year (february-28)',
      '2008-02-29',
      16,
      'february-28',
      '2024-02-29',
    ],
    ['born 2012-02-28 turns 14 on 2026-02-28', '2012-02-28', 14, 'march-1', '2026-02-28'],
    ['born 2012-03-01 turns 14 on 2026-03-01', '2012-03-01', 14, 'february-28', '2026-03-01'],
    [
      'born 2000-02-29 turns 100 on 2100-03-01 (2100 is not a leap year)',
      '2000-02-29',
      100,
      'march-1',
      '2100-03-01',
    ],
  ] as const)('%s', (_name, birth, years, convention, expected) => {
    expect(dateOfAge(birth, years, convention)).toBe(expected);
  });

  it('age on the eve and on the day, both conventions', () => {
    expect(ageOn('2008-02-29', '2026-02-28', 'march-1')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01', 'march-1')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-27', 'february-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28', 'february-28')).toBe(18);
  });

  it('reevaluateAt for a leap-day birthday follows the convention', () => {
    const query = {
      jurisdiction: 'DE',
      at: '2025-06-01',
      birthDate: '2010-02-29'.replace('2010', '2012'),
    } as const;
    // Born 2012-02-29, 13 in mid-2025: next GDPR threshold in DE is 16 → 2028-02-29 (leap year).
    expect(checkAge(query).reevaluateAt).toBe('2028-02-29');
    // Born 2008-02-29: 17 in mid-2025, reaches the US-MS social-media age of 18 in 2026.
    const ms = {
      jurisdiction: 'US-MS',
      at: '2025-06-01',
      birthDate: '2008-02-29',
      service: { type: 'social-media' },
    } as const;
    expect(checkAge(ms).reevaluateAt).toBe('2026-03-01');
    expect(checkAge({ ...ms, leapDay: 'february-28' }).reevaluateAt).toBe('2026-02-28');
    expect(checkAge({ ...ms, at: '2026-02-28' }).outcome).toBe('parental-consent-required');
    expect(checkAge({ ...ms, at: '2026-02-28', leapDay: 'february-28' }).outcome).toBe('allow');
    expect(checkAge({ ...ms, at: '2026-03-01' }).outcome).toBe('allow');
  });
});

const day = fc
  .integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2100-12-31') })
  .map(fromEpochDay);
const convention = fc.constantFrom('march-1' as const, 'february-28' as const);

describe('calendar age properties', () => {
  it('the age changes exactly on dateOfAge', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 120 }), convention, (birth, years, rule) => {
        const on = dateOfAge(birth, years, rule);
        expect(ageOn(birth, on, rule)).toBe(years);
        expect(ageOn(birth, addDays(on, -1), rule)).toBe(years - 1);
      }),
    );
  });

  it('age never decreases and grows by at most one per day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40_000 }), convention, (birth, offset, rule) => {
        const date = addDays(birth, offset);
        const age = ageOn(birth, date, rule);
        const next = ageOn(birth, addDays(date, 1), rule);
        expect(age).toBeGreaterThanOrEqual(0);
        expect(next - age === 0 || next - age === 1).toBe(true);
      }),
    );
  });

  it('reevaluateAt is the birthday of the next threshold and never in the past', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6000 }), convention, (daysOld, rule) => {
        const at = '2026-06-01';
        const birthDate = addDays(at, -daysOld);
        const decision = checkAge({ jurisdiction: 'DE', at, birthDate, leapDay: rule });
        const age = ageOn(birthDate, at, rule);
        if (age < 16) {
          expect(decision.reevaluateAt).toBe(dateOfAge(birthDate, 16, rule));
          expect(decision.reevaluateAt! > at).toBe(true);
          expect(decision.outcome).toBe('parental-consent-required');
        } else {
          expect(decision.reevaluateAt).toBeUndefined();
          expect(decision.outcome).toBe('allow');
        }
      }),
    );
  });
});

describe('age bands are never more permissive than an age inside them', () => {
  const order = { allow: 0, 'parental-consent-required': 1, unknown: 2, deny: 3 } as const;
  it('holds across jurisdictions and purposes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('DE', 'FR', 'US', 'US-CA', 'AU', 'BR', 'GB', 'DK', 'IN'),
        fc.constantFrom(
          'information-society-service' as const,
          'sale' as const,
          'social-media-account' as const,
        ),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 5 }),
        (jurisdiction, purpose, min, width) => {
          const at = '2026-06-01';
          const band = checkAge({ jurisdiction, at, purpose, ageBand: { min, max: min + width } });
          for (let age = min; age <= min + width; age++) {
            const single = checkAge({ jurisdiction, at, purpose, age });
            expect(order[band.outcome]).toBeGreaterThanOrEqual(order[single.outcome]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
