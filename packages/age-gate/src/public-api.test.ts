import { describe, expect, it } from 'vitest';
import { describeBadInputSweep } from '../../../test-support/bad-input-sweep.js';
import * as ageGate from './index.js';
import * as screenEntry from './screen.js';
import * as sources from './sources.js';

const base = { jurisdiction: 'DE', at: '2026-06-01', age: 15 };
const screen = {
  input: 'birth-date',
  prefilled: false,
  text: [],
  retryAfterRefusal: false,
} as const;

/**
 * Every exported function with a call that has invalid input and the field the error must
 * name. A new export without a row here fails the completeness test below.
 */
const invalidCalls: Record<string, [call: () => unknown, field: string][]> = {
  checkAge: [
    [() => ageGate.checkAge(null as never), 'query'],
    [() => ageGate.checkAge({ ...base, jurisdiction: 'Germany' }), 'query.jurisdiction'],
    [() => ageGate.checkAge({ ...base, at: 'tomorrow' }), 'query.at'],
    [() => ageGate.checkAge({ ...base, age: 15.5 }), 'query.age'],
    [() => ageGate.checkAge({ ...base, age: -1 }), 'query.age'],
    [() => ageGate.checkAge({ jurisdiction: 'DE', at: '2026-06-01' }), 'query'],
    [() => ageGate.checkAge({ ...base, birthDate: '2010-01-01' }), 'query'],
    [
      () => ageGate.checkAge({ jurisdiction: 'DE', at: '2026-06-01', birthDate: '2010-02-30' }),
      'query.birthDate',
    ],
    [
      () => ageGate.checkAge({ jurisdiction: 'DE', at: '2026-06-01', birthDate: '2027-01-01' }),
      'query.birthDate',
    ],
    [
      () =>
        ageGate.checkAge({ jurisdiction: 'DE', at: '2026-06-01', ageBand: { min: 15, max: 13 } }),
      'query.ageBand.max',
    ],
    [
      () =>
        ageGate.checkAge({ jurisdiction: 'DE', at: '2026-06-01', ageBand: { min: 'x' } as never }),
      'query.ageBand.min',
    ],
    [() => ageGate.checkAge({ ...base, purpose: 'marketing' as never }), 'query.purpose'],
    [
      () => ageGate.checkAge({ ...base, service: { type: 'forum' as never } }),
      'query.service.type',
    ],
    [() => ageGate.checkAge({ ...base, policy: { minimumAge: 200 } }), 'query.policy.minimumAge'],
    [
      () => ageGate.checkAge({ ...base, policy: { citation: { law: 'x' } as never } }),
      'query.policy.citation.article',
    ],
    [() => ageGate.checkAge({ ...base, timeZone: 'Mars/Base' }), 'query.timeZone'],
    [() => ageGate.checkAge({ ...base, leapDay: 'march-2' as never }), 'query.leapDay'],
    [() => ageGate.checkAge({ ...base, birthdate: '2010-01-01' } as never), 'query'],
  ],
  childDataDiscovered: [
    [
      () => ageGate.childDataDiscovered({ ...base, guardianConsentOnRecord: 'yes' as never }),
      'query.guardianConsentOnRecord',
    ],
    [() => ageGate.childDataDiscovered({ ...base, at: 42 as never }), 'query.at'],
  ],
};

describeBadInputSweep({ entry: ageGate, cases: invalidCalls });

describe('@pledge/age-gate/screen', () => {
  describeBadInputSweep({
    entry: screenEntry,
    cases: {
      reviewAgeScreen: [
        [
          () =>
            screenEntry.reviewAgeScreen(
              { ...screen, input: 'slider' as never },
              { at: '2026-06-01' },
            ),
          'screen.input',
        ],
        [
          () =>
            screenEntry.reviewAgeScreen({ ...screen, text: [1] as never }, { at: '2026-06-01' }),
          'screen.text',
        ],
        [() => screenEntry.reviewAgeScreen(screen, { at: 'soon' }), 'options.at'],
        [
          () => screenEntry.reviewAgeScreen(screen, { at: '2026-06-01', thresholds: [0] }),
          'options.thresholds',
        ],
      ],
    },
  });
});

describe('@pledge/age-gate/sources', () => {
  describeBadInputSweep({
    entry: sources,
    cases: {
      ageRuleSource: [[() => sources.ageRuleSource(42 as never), 'id']],
      withAgeSources: [
        [() => sources.withAgeSources(null as never), 'decision'],
        [() => sources.withAgeSources({ reasons: [null], actions: [] } as never), 'decision'],
        [
          () => sources.withAgeSources({ reasons: [], actions: [], age: { reasons: 1 } } as never),
          'decision',
        ],
      ],
    },
    noInput: ['ageRules', 'pendingAgeRules', 'ageRuleNotes'],
  });
});

describe('public entry', () => {
  it('messages never echo the rejected value', () => {
    try {
      ageGate.checkAge({ jurisdiction: 'DE', at: '2026-06-01', birthDate: '2027-03-14' });
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('2027-03-14');
    }
    expect.assertions(1);
  });

  it('the table accessors return the bundled rows', () => {
    expect(sources.ageRules().length).toBeGreaterThan(60);
    expect(sources.pendingAgeRules().length).toBeGreaterThan(0);
    expect(Object.keys(sources.ageRuleNotes()).length).toBeGreaterThan(40);
  });
});
