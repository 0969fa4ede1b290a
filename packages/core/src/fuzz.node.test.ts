import { z } from 'zod';
import { describeFuzz } from '../../../test-support/fuzz.js';
import * as core from './index.js';

const calendar = () => core.createFixedHolidayCalendar('DE', ['2026-12-25', '2026-03-02']);
const BODY = { tenant: 't', type: 'recorded', at: '2026-01-01T00:00:00Z' };

describeFuzz({
  name: '@pledge/core',
  entry: core,
  totalRuns: 20_000,
  skip: {
    invalidInput:
      'a helper for package authors: it throws the ValidationError its arguments describe, by design',
  },
  targets: {
    canonicalJson: { seed: () => [{ a: [1, 'x', { b: null, c: true }], d: 1.5 }] },
    appendLink: { seed: () => [{ seq: 0, hash: '0'.repeat(64) }, BODY] },
    verifyChain: {
      seed: () => {
        const link = core.appendLink(core.EMPTY_CHAIN_HEAD, BODY);
        return [[{ ...link, body: BODY }]];
      },
    },
    parseCitation: {
      seed: () => [
        {
          law: 'Regulation (EU) 2016/679',
          article: 'Art. 8(1)',
          url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
          confidence: 'primary',
        },
        'citation',
      ],
    },
    legalPeriodEnd: { seed: () => ['2026-01-31', 'P1M', { calendar: calendar() }] },
    regimesFor: { seed: () => ['US-CA', '2026-06-01'] },
    addBusinessDays: { seed: () => ['2026-12-24', 3, calendar()] },
    zonedInstant: { seed: () => ['2026-03-29', 9_000_000, 'Europe/Berlin'] },
    parseCalendarDate: { seed: () => ['2026-02-28', 'query.at'], trusted: [1] },
    parseDuration: { seed: () => ['P14D', 'policy.keep'], trusted: [1] },
    parseInstant: { seed: () => ['2026-02-28T10:00:00Z', 'query.at'], trusted: [1] },
    parseJurisdiction: { seed: () => ['US-CA', 'query.jurisdiction'], trusted: [1] },
    jurisdictionLineage: { seed: () => ['FR-33', 'query.jurisdiction'], trusted: [1] },
    parseTenantId: { seed: () => ['acme', 'input.tenant', '@pledge/fuzz'], trusted: [1, 2] },
    parseTimeZone: { seed: () => ['Europe/Berlin', 'query.timeZone'], trusted: [1] },
    requireInteger: { seed: () => [5, 'query.age', 0, 150], trusted: [1, 2, 3] },
    requireJsonText: { seed: () => [{ a: [1, 'x'] }, 'write', '@pledge/fuzz'], trusted: [1, 2] },
    requireText: { seed: () => ['r-1', 'requestId', 200, '@pledge/fuzz'], trusted: [1, 2, 3] },
    requireRecord: {
      seed: () => [{ min: 1 }, 'query.ageBand', ['min', 'max'], '@pledge/fuzz'],
      trusted: [1, 2, 3],
    },
    requireOneOf: {
      seed: () => ['a', ['a', 'b'], 'query.purpose', '@pledge/fuzz'],
      trusted: [1, 2, 3],
    },
    parseInput: {
      seed: () => [
        z.object({ at: z.iso.date(), age: z.int().min(0) }),
        { at: '2026-01-01', age: 3 },
        { scope: '@pledge/fuzz', field: 'input' },
      ],
      trusted: [0, 2],
    },
  },
});
