import { describeFuzz } from '../../../test-support/fuzz.js';
import * as ageGate from './index.js';
import * as screenEntry from './screen.js';
import * as sources from './sources.js';

describeFuzz({
  name: '@pledge/age-gate',
  entry: ageGate,
  targets: {
    checkAge: {
      seed: () => [
        {
          jurisdiction: 'US-CA',
          at: '2026-06-01T12:00:00Z',
          birthDate: '2011-02-28',
          purpose: 'sale',
          service: { type: 'social-media' },
          policy: { minimumAge: 13 },
          timeZone: 'America/Los_Angeles',
        },
      ],
    },
    checkAgeByBand: {
      call: (query) => ageGate.checkAge(query as never),
      seed: () => [{ jurisdiction: 'DE', at: '2026-06-01', ageBand: { min: 13, max: 15 } }],
    },
    childDataDiscovered: {
      seed: () => [
        { jurisdiction: 'US', at: '2026-06-01', age: 11, guardianConsentOnRecord: false },
      ],
    },
  },
});

describeFuzz({
  name: '@pledge/age-gate/screen',
  entry: screenEntry,
  targets: {
    reviewAgeScreen: {
      seed: () => [
        {
          input: 'birth-date',
          yearRange: { from: 1900, to: 2026 },
          prefilled: false,
          text: ['Date of birth'],
          retryAfterRefusal: false,
        },
        { at: '2026-06-01' },
      ],
    },
  },
});

describeFuzz({
  name: '@pledge/age-gate/sources',
  entry: sources,
  targets: {
    ageRuleSource: { seed: () => ['DK:information-society-service:15:2024-01-01'] },
    withAgeSources: {
      seed: () => [ageGate.checkAge({ jurisdiction: 'DK', at: '2026-06-01', age: 14 })],
    },
    withChildDataSources: {
      call: (decision) => sources.withAgeSources(decision as never),
      seed: () => [ageGate.childDataDiscovered({ jurisdiction: 'DK', at: '2026-06-01', age: 14 })],
    },
  },
});
