import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeBadInputSweep } from '../../../test-support/bad-input-sweep.js';
import * as core from './index.js';

const DE = core.createFixedHolidayCalendar('DE', []);
const bad = 'not-a-date';

/**
 * Every exported function with a call that has invalid input and the field the error must
 * name. A new export without a row here fails the completeness test below.
 */
const invalidCalls: Record<string, [call: () => unknown, field: string][]> = {
  addBusinessDays: [
    [() => core.addBusinessDays(bad, 1, DE), 'date'],
    [() => core.addBusinessDays('2026-01-01', -1, DE), 'count'],
  ],
  businessDaysBetween: [[() => core.businessDaysBetween('2026-01-01', bad, DE), 'to']],
  nextWorkingDay: [[() => core.nextWorkingDay('2026-01-01', {} as never), 'calendar']],
  rollForwardToWorkingDay: [[() => core.rollForwardToWorkingDay('2026-13-01', DE), 'date']],
  addDays: [
    [() => core.addDays('2026-02-29', 1), 'date'],
    [() => core.addDays('2026-01-01', 1.5), 'days'],
  ],
  addMonths: [
    [() => core.addMonths('2026-01-01', Number.NaN), 'months'],
    [() => core.addMonths('9999-12-01', 1), 'months'],
  ],
  compareCalendarDates: [[() => core.compareCalendarDates('2026-01-01', '26-1-1'), 'b']],
  dateParts: [[() => core.dateParts('2026-00-10'), 'date']],
  daysBetween: [[() => core.daysBetween(bad, '2026-01-01'), 'from']],
  daysInMonth: [[() => core.daysInMonth(2026, 13), 'month']],
  endOfCalendarYear: [[() => core.endOfCalendarYear('2026'), 'date']],
  formatCalendarDate: [
    [() => core.formatCalendarDate(2026, 2, 29), 'day'],
    [() => core.formatCalendarDate(0, 1, 1), 'year'],
  ],
  fromEpochDay: [[() => core.fromEpochDay(1e12), 'epochDay']],
  epochDayOf: [
    [() => core.epochDayOf(2026, 2, 29), 'day'],
    [() => core.epochDayOf(2026, 13, 1), 'month'],
  ],
  shiftEpochDay: [
    [() => core.shiftEpochDay(0, 1.5, 0), 'months'],
    [() => core.shiftEpochDay(Number.NaN, 0, 0), 'epochDay'],
  ],
  yearOfEpochDay: [[() => core.yearOfEpochDay(-1e9), 'epochDay']],
  isLeapYear: [[() => core.isLeapYear(2024.5), 'year']],
  isoWeekday: [[() => core.isoWeekday(''), 'date']],
  parseCalendarDate: [[() => core.parseCalendarDate('2026-1-1'), 'date']],
  toEpochDay: [[() => core.toEpochDay(20260101 as never), 'date']],
  canonicalJson: [[() => core.canonicalJson({ a: Number.NaN }), 'value.a']],
  createSimulatedClock: [[() => core.createSimulatedClock('yesterday'), 'start']],
  addDuration: [
    [() => core.addDuration('2026-01-01', 'P1.5D'), 'duration'],
    [() => core.addDuration('2026-01-01', 'P1D', { timeZone: 'Mars/Base' }), 'options.timeZone'],
  ],
  addDurationToDate: [[() => core.addDurationToDate('2026-01-01', 'PT72H'), 'duration']],
  formatDuration: [[() => core.formatDuration({ years: -1 } as never), 'duration.years']],
  parseDuration: [
    [() => core.parseDuration('14 days'), 'duration'],
    [() => core.parseDuration('P'), 'duration'],
  ],
  appendLink: [[() => core.appendLink({ seq: 0, hash: 'zz' }, {}), 'head.hash']],
  linkHash: [[() => core.linkHash(0, core.GENESIS_HASH, {}), 'seq']],
  linkHashOfCanonical: [
    [() => core.linkHashOfCanonical(1, core.GENESIS_HASH, ''), 'canonicalBody'],
  ],
  verifyChain: [[() => core.verifyChain(42 as never), 'entries']],
  createFixedHolidayCalendar: [
    [() => core.createFixedHolidayCalendar('DE', ['2026-02-30']), 'holidays[0]'],
    // Found by the fuzzer: a null options argument threw a TypeError.
    [() => core.createFixedHolidayCalendar('DE', [], null as never), 'options'],
    [() => core.createFixedHolidayCalendar('DE', [], { weekend: [0] as never }), 'options.weekend'],
  ],
  isWorkingDay: [[() => core.isWorkingDay('2026-01-01', null as never), 'calendar']],
  blocMembers: [[() => core.blocMembers('EU', '2026-13-01'), 'at']],
  blocMembership: [[() => core.blocMembership('XX', 'EU', '2026-01-01'), 'jurisdiction']],
  blocsOf: [[() => core.blocsOf('DE', 'soon'), 'at']],
  parseJurisdiction: [[() => core.parseJurisdiction('Germany'), 'jurisdiction']],
  jurisdictionLineage: [
    [() => core.jurisdictionLineage('US-ZZ', 'query.jurisdiction'), 'query.jurisdiction'],
  ],
  legalPeriodEnd: [
    [() => core.legalPeriodEnd('2026-01-01', 'P-1D'), 'duration'],
    [
      () => core.legalPeriodEnd('2026-01-01', 'P1D', { calendar: 'DE' as never }),
      'options.calendar',
    ],
  ],
  appliesOn: [
    [
      () =>
        core.appliesOn(
          {
            validFrom: '2020-01-01',
            status: 'in-force',
            citation: { law: 'l', article: 'a', confidence: 'primary' },
          },
          bad,
        ),
      'date',
    ],
  ],
  isWithinValidity: [
    [() => core.isWithinValidity({ validFrom: 'x' }, '2026-01-01'), 'row.validFrom'],
  ],
  parseCitation: [
    [
      () => core.parseCitation({ law: 'GDPR', article: 'Art. 8', confidence: 'sure' }),
      'citation.confidence',
    ],
    [
      () => core.parseCitation({ law: '', article: 'Art. 8', confidence: 'primary' }),
      'citation.law',
    ],
    [
      () => core.parseCitation({ law: 'l', article: 'a', confidence: 'primary', url: 'ftp:x' }),
      'citation.url',
    ],
  ],
  reason: [
    [() => core.reason('not upper', {}), 'code'],
    [() => core.reason('OK', [] as never), 'params'],
  ],
  regimesFor: [[() => core.regimesFor('EU', '2026-01-01'), 'jurisdiction']],
  sha256: [[() => core.sha256(42 as never), 'data']],
  sha256Hex: [[() => core.sha256Hex({} as never), 'data']],
  toHex: [[() => core.toHex([1, 2] as never), 'bytes']],
  hmacSha256Hex: [
    [() => core.hmacSha256Hex(new Uint8Array(4), 'x'), 'key'],
    [() => core.hmacSha256Hex(new Uint8Array(32), 1 as never), 'data'],
  ],
  createHmacSha256Hex: [
    [() => core.createHmacSha256Hex(new Uint8Array(8)), 'key'],
    [() => core.createHmacSha256Hex(new Uint8Array(32))(7 as never), 'data'],
  ],
  parseTenantId: [[() => core.parseTenantId('a b'), 'tenant']],
  toBase64: [[() => core.toBase64('abc' as never), 'bytes']],
  fromBase64: [[() => core.fromBase64('abc'), 'text']],
  utf8: [[() => core.utf8(null as never), 'text']],
  calendarDateIn: [[() => core.calendarDateIn(new Date(Number.NaN)), 'instant']],
  endOfDay: [[() => core.endOfDay('2026-04-31'), 'date']],
  millisecondOfDayIn: [[() => core.millisecondOfDayIn(new Date(0), 'Nowhere/City'), 'timeZone']],
  parseInstant: [[() => core.parseInstant('2026-01-01T10:00:00'), 'at']],
  parseTimeZone: [[() => core.parseTimeZone(''), 'timeZone']],
  startOfDay: [[() => core.startOfDay('2026-01-01', 'PST8PDT-ish'), 'timeZone']],
  zonedInstant: [[() => core.zonedInstant('2026-01-01', 86_400_000), 'millisecondOfDay']],
  formatPath: [[() => core.formatPath('root', 'a.b' as never), 'path']],
  invalidInput: [[() => core.invalidInput({ scope: 's', field: 'x' }, 'c', 'm'), 'x']],
  parseInput: [
    [() => core.parseInput(z.string(), 1, { scope: 's', field: 'name' }), 'name'],
    [() => core.parseInput({} as never, 1, { scope: 's', field: 'f' }), 'schema'],
  ],
  requireInteger: [[() => core.requireInteger(1.5, 'count', 0, 10), 'count']],
  requireJsonText: [
    [() => core.requireJsonText({ id: 1n }, 'write'), 'write'],
    [() => core.requireJsonText({ run: () => 1 }, 'write'), 'write'],
  ],
  requireOneOf: [[() => core.requireOneOf('x', ['a', 'b'], 'query.purpose'), 'query.purpose']],
  requireRecord: [
    [() => core.requireRecord([], 'query'), 'query'],
    [() => core.requireRecord({ a: 1, 'me@x.org': 2 }, 'query', ['a']), 'query'],
  ],
  requireText: [
    [() => core.requireText('', 'requestId', 200), 'requestId'],
    [() => core.requireText('x'.repeat(201), 'requestId', 200), 'requestId'],
  ],
};

/** Predicates answer `false` for bad input instead of throwing. */
const predicates: Record<string, () => boolean> = {
  isCalendarDate: () => core.isCalendarDate('2026-02-29'),
  isDuration: () => core.isDuration('P1.5D'),
  isJurisdiction: () => core.isJurisdiction('EU'),
  isTimeZone: () => core.isTimeZone('Mars/Base'),
  isTenantId: () => core.isTenantId('../etc'),
  isRecord: () => core.isRecord([]),
};

describeBadInputSweep({ entry: core, cases: invalidCalls, predicates, noInput: ['regimeTable'] });

describe('public entry', () => {
  it('the predicates accept good input', () => {
    expect(core.isCalendarDate('2024-02-29')).toBe(true);
    expect(core.isDuration('P1Y2M3W4DT5H6M7.5S')).toBe(true);
    expect(core.isJurisdiction('CA-QC')).toBe(true);
    expect(core.isRecord({})).toBe(true);
    expect(core.isRecord(null)).toBe(false);
    expect(core.requireRecord({ a: 1 }, 'q', ['a', 'b'])).toEqual({ a: 1 });
    expect(core.requireOneOf('b', ['a', 'b'], 'q')).toBe('b');
    // An unknown key is never named: it can itself be personal data.
    expect(() => core.requireRecord({ 'me@example.org': 1 }, 'q', ['a'])).toThrow(
      /^(?!.*me@example\.org).*unknown key; expected a/s,
    );
    expect(core.isTimeZone('Europe/Berlin')).toBe(true);
  });

  it('exports the error classes', () => {
    expect(
      Object.keys(core)
        .filter((name) => /Error$/.test(name))
        .sort(),
    ).toEqual(['ConflictError', 'PledgeError', 'StoreUnavailableError', 'ValidationError']);
  });
});
