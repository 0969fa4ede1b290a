import { createFixedHolidayCalendar } from '@pledge/core';
import { createHolidayCalendar } from '@pledge/core/holidays';
import { describe, expect, it } from 'vitest';
import { computeDeadline, type Deadline, type DueDeadline } from './deadline.js';
import { requestAfter } from './test-fixtures.js';
import { transition } from './transition.js';

function due(deadline: Deadline): DueDeadline {
  expect(deadline.outcome).toBe('due');
  return deadline as DueDeadline;
}

const codes = (deadline: Deadline) => deadline.reasons.map((why) => why.code);
const DE = createHolidayCalendar('DE');

describe('GDPR Art. 12(3): one month, Regulation 1182/71 counting, no pause', () => {
  it('received 2026-03-31 → due 2026-04-30 (there is no 31 April)', () => {
    const request = requestAfter({ type: 'access', jurisdiction: 'DE' }, '2026-03-31T10:00:00Z');
    const deadline = due(computeDeadline(request, { at: '2026-03-31T10:00:00Z', calendar: DE }));
    expect(deadline.due).toBe('2026-04-30');
    expect(deadline.latest).toBe('2026-06-30');
    expect(deadline.regime).toBe('gdpr');
    expect(deadline.extension).toEqual({ allowed: true, noticed: false, noticeBy: '2026-04-30' });
    expect(codes(deadline)).toEqual([
      'DEADLINE_RULE_APPLIED',
      'CLOCK_STARTED_AT_RECEIPT',
      'PERIOD_ENDS_ON_LAST_DAY_OF_MONTH',
    ]);
    expect(deadline.dueAt).toBe('2026-04-30T23:59:59.999Z');
  });

  it('received 2026-01-15 → Sunday 15 Feb rolls to Monday 16 Feb (1182/71 Art. 3(4), cited as secondary)', () => {
    const request = requestAfter({ type: 'erasure', jurisdiction: 'DE' }, '2026-01-15T08:00:00Z');
    const deadline = due(computeDeadline(request, { at: '2026-01-15T08:00:00Z', calendar: DE }));
    expect(deadline.nominalDue).toBe('2026-02-15');
    expect(deadline.due).toBe('2026-02-16');
    expect(codes(deadline)).toContain('PERIOD_ENDS_ON_NON_WORKING_DAY');
    const roll = deadline.reasons.find((why) => why.code === 'PERIOD_ENDS_ON_NON_WORKING_DAY');
    expect(roll?.citation?.article).toBe('Art. 3(4)');
    expect(roll?.citation?.confidence).toBe('secondary');
  });

  it('uses the jurisdiction holiday calendar: an end on a public holiday moves too', () => {
    // 2026-09-03 + 1 month = Saturday 3 October (also German Unity Day) → Monday 5 October.
    const request = requestAfter({ type: 'access', jurisdiction: 'DE' }, '2026-09-03T08:00:00Z');
    expect(due(computeDeadline(request, { at: '2026-09-03T08:00:00Z' })).due).toBe('2026-10-05');
    // Same end date on a working Monday that is a holiday only in a custom calendar.
    const custom = createFixedHolidayCalendar('DE', ['2026-10-05']);
    expect(
      due(computeDeadline(request, { at: '2026-09-03T08:00:00Z', calendar: custom })).due,
    ).toBe('2026-10-06');
  });

  it('extension noticed inside the first month → latest date three months from receipt', () => {
    const request = requestAfter({ type: 'access', jurisdiction: 'DE' }, '2026-03-31T10:00:00Z', [
      [{ type: 'verify-identity' }, '2026-04-01T09:00:00Z'],
      [{ type: 'notify-extension', reasonCode: 'COMPLEXITY' }, '2026-04-20T09:00:00Z'],
    ]);
    const deadline = due(computeDeadline(request, { at: '2026-04-21T00:00:00Z', calendar: DE }));
    expect(deadline.due).toBe('2026-06-30');
    expect(deadline.latest).toBe('2026-06-30');
    expect(deadline.extension).toEqual({ allowed: false, noticed: true, noticeBy: '2026-04-30' });
    expect(codes(deadline)).toContain('EXTENSION_APPLIED');
  });

  it('extension noticed after the month → rejected with a reason, date unchanged', () => {
    const request = requestAfter({ type: 'access', jurisdiction: 'DE' }, '2026-03-31T10:00:00Z', [
      [{ type: 'verify-identity' }, '2026-04-01T09:00:00Z'],
    ]);
    const late = transition(
      request,
      { type: 'notify-extension', reasonCode: 'COMPLEXITY' },
      { at: '2026-05-02T09:00:00Z', calendar: DE },
    );
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.rejection.code).toBe('GUARD_FAILED');
    expect(late.rejection.reasons.map((why) => why.code)).toEqual(['EXTENSION_NOTICE_TOO_LATE']);
    expect(late.rejection.reasons[0]?.params).toMatchObject({ noticeBy: '2026-04-30' });
    // A late notice smuggled onto the clock (e.g. an imported history) is ignored with a reason.
    const imported = {
      ...request,
      clock: [
        ...request.clock,
        { kind: 'extension-noticed' as const, at: '2026-05-02T09:00:00.000Z' },
      ],
    };
    const deadline = due(computeDeadline(imported, { at: '2026-05-03T00:00:00Z', calendar: DE }));
    expect(deadline.due).toBe('2026-04-30');
    expect(deadline.overdue).toBe(true);
    expect(codes(deadline)).toContain('EXTENSION_NOTICE_TOO_LATE');
  });

  it('a clarification pause under GDPR does not move the date', () => {
    const request = requestAfter({ type: 'access', jurisdiction: 'DE' }, '2026-03-10T09:00:00Z', [
      [{ type: 'verify-identity' }, '2026-03-10T10:00:00Z'],
      [{ type: 'request-clarification' }, '2026-03-12T09:00:00Z'],
      [{ type: 'receive-clarification' }, '2026-03-19T09:00:00Z'],
    ]);
    const deadline = due(computeDeadline(request, { at: '2026-03-20T00:00:00Z', calendar: DE }));
    expect(deadline.due).toBe('2026-04-10');
    expect(deadline.pausedDays).toBe(0);
    expect(codes(deadline)).toContain('PAUSE_NOT_ALLOWED');
  });
});

describe('UK GDPR: Data (Use and Access) Act 2025 from 2026-02-05', () => {
  it('request on 2026-03-10 with a 7-day clarification pause → due moves by 7 days', () => {
    const base = requestAfter({ type: 'access', jurisdiction: 'GB' }, '2026-03-10T09:00:00Z', [
      [{ type: 'verify-identity' }, '2026-03-10T10:00:00Z'],
    ]);
    expect(due(computeDeadline(base, { at: '2026-03-10T12:00:00Z' })).due).toBe('2026-04-10');
    const paused = requestAfter({ type: 'access', jurisdiction: 'GB' }, '2026-03-10T09:00:00Z', [
      [{ type: 'verify-identity' }, '2026-03-10T10:00:00Z'],
      [{ type: 'request-clarification' }, '2026-03-12T09:00:00Z'],
      [{ type: 'receive-clarification' }, '2026-03-19T09:00:00Z'],
    ]);
    const deadline = due(computeDeadline(paused, { at: '2026-03-20T00:00:00Z' }));
    expect(deadline.due).toBe('2026-04-17');
    expect(deadline.pausedDays).toBe(7);
    expect(deadline.rule).toBe('uk-gdpr-art-12a');
    expect(codes(deadline)).toContain('CLOCK_PAUSED');
  });

  it('an ongoing pause keeps moving the date until the answer arrives', () => {
    const request = requestAfter({ type: 'access', jurisdiction: 'GB' }, '2026-03-10T09:00:00Z', [
      [{ type: 'verify-identity' }, '2026-03-10T10:00:00Z'],
      [{ type: 'request-clarification' }, '2026-03-12T09:00:00Z'],
    ]);
    const deadline = due(computeDeadline(request, { at: '2026-03-15T09:00:00Z' }));
    expect(deadline.paused).toBe(true);
    expect(deadline.pausedDays).toBe(3);
    expect(deadline.due).toBe('2026-04-13');
  });

  it('the clock starts when the requested identity information arrives, if later', () => {
    const request = requestAfter({ type: 'erasure', jurisdiction: 'GB' }, '2026-03-10T09:00:00Z', [
      [{ type: 'request-identity' }, '2026-03-10T10:00:00Z'],
      [{ type: 'verify-identity' }, '2026-03-16T10:00:00Z'],
    ]);
    const deadline = due(computeDeadline(request, { at: '2026-03-16T12:00:00Z' }));
    expect(deadline.clockStart).toBe('2026-03-16');
    expect(deadline.due).toBe('2026-04-16');
    expect(codes(deadline)).toContain('CLOCK_STARTED_AT_IDENTITY');
  });

  it('the clarification pause applies to access requests only', () => {
    const request = requestAfter({ type: 'erasure', jurisdiction: 'GB' }, '2026-03-10T09:00:00Z', [
      [{ type: 'verify-identity' }, '2026-03-10T10:00:00Z'],
      [{ type: 'request-clarification' }, '2026-03-12T09:00:00Z'],
      [{ type: 'receive-clarification' }, '2026-03-19T09:00:00Z'],
    ]);
    expect(due(computeDeadline(request, { at: '2026-03-20T00:00:00Z' })).due).toBe('2026-04-10');
  });

  it('before 2026-02-05 the UK is GDPR-like: identity does not restart the clock, no pause', () => {
    const request = requestAfter({ type: 'access', jurisdiction: 'GB' }, '2026-01-12T09:00:00Z', [
      [{ type: 'request-identity' }, '2026-01-12T10:00:00Z'],
      [{ type: 'verify-identity' }, '2026-01-20T10:00:00Z'],
      [{ type: 'request-clarification' }, '2026-01-21T09:00:00Z'],
      [{ type: 'receive-clarification' }, '2026-01-28T09:00:00Z'],
    ]);
    const deadline = due(computeDeadline(request, { at: '2026-01-29T00:00:00Z' }));
    expect(deadline.rule).toBe('uk-gdpr-art-12-3-pre-duaa');
    expect(deadline.due).toBe('2026-02-12');
    expect(codes(deadline)).toContain('PAUSE_NOT_ALLOWED');
  });
});

describe('CCPA (11 CCR §7021, §7026)', () => {
  it('received Friday 2026-03-06 → acknowledge by 2026-03-20 (10 business days), respond by 2026-04-19 (45 days, receipt = day 1)', () => {
    const request = requestAfter(
      { type: 'access', jurisdiction: 'US-CA', timeZone: 'America/Los_Angeles' },
      '2026-03-06T18:00:00Z',
    );
    const deadline = due(computeDeadline(request, { at: '2026-03-06T18:00:00Z' }));
    expect(deadline.acknowledgement?.due).toBe('2026-03-20');
    expect(deadline.due).toBe('2026-04-19');
    expect(deadline.latest).toBe('2026-06-03');
    expect(deadline.dueAt).toBe('2026-04-20T06:59:59.999Z');
    expect(codes(deadline)).toEqual([
      'DEADLINE_RULE_APPLIED',
      'CLOCK_STARTED_AT_RECEIPT',
      'RECEIPT_IS_DAY_ONE',
      'ACKNOWLEDGEMENT_DUE',
    ]);
  });

  it('verification time does not stop the clock', () => {
    const request = requestAfter(
      { type: 'erasure', jurisdiction: 'US-CA' },
      '2026-03-06T18:00:00Z',
      [
        [{ type: 'request-identity' }, '2026-03-06T19:00:00Z'],
        [{ type: 'verify-identity' }, '2026-04-01T19:00:00Z'],
      ],
    );
    expect(due(computeDeadline(request, { at: '2026-04-02T00:00:00Z' })).due).toBe('2026-04-19');
  });

  it('opt-out of sale: 15 business days, no extension', () => {
    const request = requestAfter(
      { type: 'opt-out-of-sale', jurisdiction: 'US-CA' },
      '2026-03-06T18:00:00Z',
    );
    const deadline = due(computeDeadline(request, { at: '2026-03-06T18:00:00Z' }));
    expect(deadline.due).toBe('2026-03-27');
    expect(deadline.extension.allowed).toBe(false);
    expect(deadline.rule).toBe('ccpa-7026-opt-out');
  });

  it('extension noticed inside 45 days → 90 days from the day of receipt', () => {
    const request = requestAfter(
      { type: 'access', jurisdiction: 'US-CA' },
      '2026-03-06T18:00:00Z',
      [
        [{ type: 'verify-identity' }, '2026-03-07T19:00:00Z'],
        [{ type: 'notify-extension', reasonCode: 'COMPLEXITY' }, '2026-04-10T19:00:00Z'],
      ],
    );
    expect(due(computeDeadline(request, { at: '2026-04-11T00:00:00Z' })).due).toBe('2026-06-03');
  });
});

describe('other regimes', () => {
  const cases: [
    name: string,
    jurisdiction: string,
    type: 'access' | 'erasure',
    received: string,
    expected: string,
    rule: string,
  ][] = [
    [
      'Virginia 45 days after receipt (§59.1-577)',
      'US-VA',
      'access',
      '2026-03-06T15:00:00Z',
      '2026-04-20',
      'va-59.1-577',
    ],
    ['Colorado 45 days', 'US-CO', 'erasure', '2026-03-06T15:00:00Z', '2026-04-20', 'co-6-1-1306'],
    [
      'Connecticut 45 days (§42-518)',
      'US-CT',
      'access',
      '2026-03-06T15:00:00Z',
      '2026-04-20',
      'ct-42-518',
    ],
    ['Texas 45 days', 'US-TX', 'access', '2026-03-06T15:00:00Z', '2026-04-20', 'tx-541-052'],
    [
      'LGPD 15 days (Art. 19 II)',
      'BR',
      'access',
      '2026-03-06T15:00:00Z',
      '2026-03-21',
      'lgpd-art-19',
    ],
    ['PIPEDA 30 days (s. 8(3))', 'CA', 'access', '2026-03-06T15:00:00Z', '2026-04-05', 'pipeda-s8'],
    [
      'Québec 30 days (s. 32)',
      'CA-QC',
      'access',
      '2026-03-06T15:00:00Z',
      '2026-04-05',
      'qc-p-39.1-s32',
    ],
    [
      'Swiss DPO 30 days (Art. 18(1))',
      'CH',
      'access',
      '2026-03-06T15:00:00Z',
      '2026-04-05',
      'ch-dpo-art-18',
    ],
  ];
  it.each(cases)('%s', (_name, jurisdiction, type, received, expected, rule) => {
    const request = requestAfter({ type, jurisdiction }, received);
    const deadline = due(computeDeadline(request, { at: received }));
    expect(deadline.due).toBe(expected);
    expect(deadline.rule).toBe(rule);
  });

  it('Québec: PIPEDA and s. 32 both apply; the extension is capped by the stricter Québec rule', () => {
    const request = requestAfter({ type: 'access', jurisdiction: 'CA-QC' }, '2026-03-06T15:00:00Z');
    const deadline = due(computeDeadline(request, { at: '2026-03-06T15:00:00Z' }));
    expect(deadline.latest).toBe('2026-04-05');
    expect(deadline.extension.allowed).toBe(false);
    expect(codes(deadline)).toContain('OTHER_REGIME_DEADLINE');
  });

  it('Switzerland: the extension has no fixed cap and needs a stated date', () => {
    const request = requestAfter({ type: 'access', jurisdiction: 'CH' }, '2026-03-06T15:00:00Z', [
      [{ type: 'verify-identity' }, '2026-03-07T15:00:00Z'],
    ]);
    const before = due(computeDeadline(request, { at: '2026-03-08T00:00:00Z' }));
    expect(before.latest).toBeUndefined();
    expect(codes(before)).toContain('NO_STATUTORY_EXTENSION_CAP');
    const missing = transition(
      request,
      { type: 'notify-extension', reasonCode: 'VOLUME' },
      { at: '2026-03-20T00:00:00Z' },
    );
    expect(missing.ok ? [] : missing.rejection.reasons.map((why) => why.code)).toEqual([
      'EXTENSION_DATE_REQUIRED',
    ]);
    const stated = transition(
      request,
      { type: 'notify-extension', reasonCode: 'VOLUME', until: '2026-05-15' },
      { at: '2026-03-20T00:00:00Z' },
    );
    expect(stated.ok).toBe(true);
    if (!stated.ok) return;
    expect(due(computeDeadline(stated.request, { at: '2026-03-21T00:00:00Z' })).due).toBe(
      '2026-05-15',
    );
  });

  it('Virginia appeal: decided within 60 days of the appeal', () => {
    const request = requestAfter(
      { type: 'erasure', jurisdiction: 'US-VA' },
      '2026-03-06T15:00:00Z',
      [
        [
          {
            type: 'deny',
            reasonCode: 'IDENTITY_NOT_VERIFIED',
            text: 'We could not verify your identity.',
          },
          '2026-03-20T15:00:00Z',
        ],
        [{ type: 'appeal' }, '2026-03-25T15:00:00Z'],
      ],
    );
    const deadline = due(computeDeadline(request, { at: '2026-03-25T16:00:00Z' }));
    expect(deadline.kind).toBe('appeal');
    expect(deadline.due).toBe('2026-05-24');
    expect(codes(deadline)).toEqual(['APPEAL_DECISION_DUE']);
  });
});

describe('host policy and unknown jurisdictions', () => {
  it('a host promise of 30 days binds when it is earlier than the legal date (Planfix)', () => {
    const request = requestAfter({ type: 'erasure', jurisdiction: 'DE' }, '2026-03-31T10:00:00Z');
    const deadline = due(
      computeDeadline(request, { at: '2026-03-31T10:00:00Z', policy: { respondWithin: 'P30D' } }),
    );
    expect(deadline.due).toBe('2026-04-30');
    expect(deadline.binding).toBe('law');
    expect(codes(deadline)).toContain('LEGAL_DEADLINE_BINDS');
    const january = requestAfter({ type: 'erasure', jurisdiction: 'DE' }, '2026-01-31T10:00:00Z');
    // 31 Jan + 30 days = 2 March, but one month ends on 28 February: the law binds.
    expect(
      due(
        computeDeadline(january, { at: '2026-01-31T10:00:00Z', policy: { respondWithin: 'P30D' } }),
      ).binding,
    ).toBe('law');
    const february = requestAfter({ type: 'access', jurisdiction: 'DE' }, '2026-01-15T08:00:00Z');
    // One month ends Monday 16 February (after the Sunday roll-forward); 30 days end 14 February.
    const promised = due(
      computeDeadline(february, { at: '2026-01-15T08:00:00Z', policy: { respondWithin: 'P30D' } }),
    );
    expect(promised.due).toBe('2026-02-14');
    expect(promised.binding).toBe('policy');
    expect(promised.reasons.find((why) => why.code === 'POLICY_DEADLINE_BINDS')?.params).toEqual({
      policyDue: '2026-02-14',
      legalDue: '2026-02-16',
    });
    const california = requestAfter(
      { type: 'access', jurisdiction: 'US-CA' },
      '2026-03-06T18:00:00Z',
    );
    const bound = due(
      computeDeadline(california, {
        at: '2026-03-06T18:00:00Z',
        policy: { respondWithin: 'P30D' },
      }),
    );
    expect(bound.due).toBe('2026-04-05');
    expect(bound.binding).toBe('policy');
    expect(bound.latest).toBe('2026-04-05');
    expect(bound.extension.allowed).toBe(false);
    expect(codes(bound)).toContain('POLICY_DEADLINE_BINDS');
  });

  it('an extension that would break the host promise is refused with its own reason', () => {
    const request = requestAfter(
      { type: 'access', jurisdiction: 'US-CA' },
      '2026-03-06T18:00:00Z',
      [[{ type: 'verify-identity' }, '2026-03-07T18:00:00Z']],
    );
    const policy = { respondWithin: 'P30D' };
    const refused = transition(
      request,
      { type: 'notify-extension', reasonCode: 'COMPLEXITY' },
      { at: '2026-03-10T18:00:00Z', policy },
    );
    expect(refused.ok ? [] : refused.rejection.reasons.map((why) => why.code)).toEqual([
      'EXTENSION_EXCEEDS_POLICY_PROMISE',
    ]);
    expect(
      transition(
        request,
        { type: 'notify-extension', reasonCode: 'COMPLEXITY' },
        { at: '2026-03-10T18:00:00Z' },
      ).ok,
    ).toBe(true);
    const lgpd = requestAfter({ type: 'access', jurisdiction: 'BR' }, '2026-03-06T18:00:00Z');
    const none = transition(
      lgpd,
      { type: 'notify-extension', reasonCode: 'COMPLEXITY' },
      { at: '2026-03-07T18:00:00Z' },
    );
    expect(none.ok ? [] : none.rejection.reasons.map((why) => why.code)).toEqual([
      'EXTENSION_NOT_AVAILABLE',
    ]);
  });

  it('no regime → explicit no-deadline; with honourRightsEverywhere the policy date applies (Workpex)', () => {
    const request = requestAfter({ type: 'access', jurisdiction: 'AR' }, '2026-03-06T15:00:00Z');
    const none = computeDeadline(request, { at: '2026-03-06T15:00:00Z' });
    expect(none.outcome).toBe('no-deadline');
    expect(codes(none)).toEqual(['NO_REGIME_FOR_JURISDICTION']);
    const notCovered = computeDeadline(request, {
      at: '2026-03-06T15:00:00Z',
      policy: { respondWithin: 'P30D' },
    });
    expect(notCovered.outcome).toBe('no-deadline');
    const everywhere = due(
      computeDeadline(request, {
        at: '2026-03-06T15:00:00Z',
        policy: { respondWithin: 'P30D', honourRightsEverywhere: true },
      }),
    );
    expect(everywhere.due).toBe('2026-04-05');
    expect(everywhere.binding).toBe('policy');
    expect(codes(everywhere)).toEqual(['NO_REGIME_FOR_JURISDICTION', 'POLICY_DEADLINE_ONLY']);
  });

  it('a right without a statutory deadline under the regime → no-deadline with the reason', () => {
    const request = requestAfter(
      { type: 'withdraw-consent', jurisdiction: 'DE' },
      '2026-03-06T15:00:00Z',
    );
    const deadline = computeDeadline(request, { at: '2026-03-06T15:00:00Z' });
    expect(deadline.outcome).toBe('no-deadline');
    expect(codes(deadline)).toEqual(['NO_STATUTORY_DEADLINE']);
  });
});
