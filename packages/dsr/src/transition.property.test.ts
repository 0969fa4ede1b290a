import { addDays, addMonths, createSimulatedClock, rollForwardToWorkingDay } from '@pledge/core';
import { createHolidayCalendar } from '@pledge/core/holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline } from './deadline.js';
import type { DsrEvent } from './event.js';
import { createMemoryDsrStore } from './memory-store.js';
import { DSR_STATES, type DsrRequest, isClosedState } from './request.js';
import { createDsrService } from './service.js';
import { openRequest, transition } from './transition.js';
import { TRANSITION_TABLE } from './transition-table.js';

const KEPT = {
  category: 'invoices',
  basis: 'legal-obligation' as const,
  citation: { law: 'HGB', article: '§257', confidence: 'secondary' as const },
};

// One concrete, well-formed sample of every event type.
const SAMPLE_EVENTS: readonly DsrEvent[] = [
  { type: 'request-identity' },
  { type: 'verify-identity' },
  { type: 'begin' },
  { type: 'pay-fee' },
  { type: 'request-clarification' },
  { type: 'receive-clarification' },
  { type: 'hold', reasonCode: 'LEGAL_REVIEW' },
  { type: 'release' },
  { type: 'notify-extension', reasonCode: 'COMPLEXITY' },
  { type: 'schedule-erasure', executeAfter: '2027-01-01T00:00:00Z' },
  { type: 'cancel-erasure' },
  {
    type: 'start-task',
    taskId: 'r/crm/erase',
    system: 'crm',
    operation: 'erase',
    idempotencyKey: 'k',
  },
  { type: 'finish-task', taskId: 'r/crm/erase', status: 'done' },
  { type: 'finish-task', taskId: 'r/crm/erase', status: 'failed', errorCode: 'TIMEOUT' },
  { type: 'complete' },
  { type: 'complete-partially', kept: [KEPT] },
  { type: 'deny', reasonCode: 'MANIFESTLY_UNFOUNDED', text: 'Unfounded.' },
  { type: 'withdraw' },
  { type: 'expire' },
  { type: 'forward-to-controller', controller: 'customer-1' },
  { type: 'appeal' },
  { type: 'uphold-appeal' },
  { type: 'deny-appeal' },
  { type: 'reopen' },
  { type: 'restrict-processing', reasonCode: 'DISPUTED' },
  { type: 'notify-restriction-lift' },
  { type: 'lift-restriction' },
];

const typeArb = fc.constantFrom(
  'access',
  'erasure',
  'rectification',
  'opt-out-of-sale',
  'appeal' as const,
);
const jurisdictionArb = fc.constantFrom('DE', 'GB', 'US-CA', 'US-VA', 'BR');
const stepsArb = fc.array(
  fc.tuple(fc.nat({ max: SAMPLE_EVENTS.length - 1 }), fc.integer({ min: 0, max: 5 })),
  {
    maxLength: 25,
  },
);

describe('property: random event sequences', () => {
  it('never reach an illegal state; every accepted event is in the table; refusals change nothing', () => {
    fc.assert(
      fc.property(typeArb, jurisdictionArb, stepsArb, (type, jurisdiction, steps) => {
        let { request } = openRequest(
          { id: 'r', tenant: 't', subject: 's', type, jurisdiction },
          { at: '2026-03-02T09:00:00Z' },
        );
        let day = 0;
        for (const [index, gap] of steps) {
          day += gap;
          const event = SAMPLE_EVENTS[index]!;
          const at = new Date(Date.UTC(2026, 2, 2 + day, 10)).toISOString();
          const before = structuredClone(request);
          const target = TRANSITION_TABLE[request.state][event.type];
          const result = transition(request, event, { at });
          if (result.ok) {
            expect(target).toBeDefined();
            expect(result.request.state).toBe(target === 'unchanged' ? before.state : target);
            expect(result.request.version).toBe(before.version + 1);
            expect(result.event.from).toBe(before.state);
            request = result.request;
          } else {
            expect(result.rejection.code).toBe(
              target === undefined ? 'ILLEGAL_TRANSITION' : 'GUARD_FAILED',
            );
            expect(request).toEqual(before);
          }
          expect(DSR_STATES).toContain(request.state);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every state change is an audit event; every terminal state has one; chains verify', async () => {
    await fc.assert(
      fc.asyncProperty(typeArb, jurisdictionArb, stepsArb, async (type, jurisdiction, steps) => {
        const clock = createSimulatedClock('2026-03-02T09:00:00Z');
        const store = createMemoryDsrStore();
        const service = createDsrService({ store, clock });
        const request = await service.submit({ tenant: 't', type, subject: 's', jurisdiction });
        const ref = { tenant: 't', requestId: request.id };
        for (const [index, gap] of steps) {
          clock.advance(`P${gap}D`);
          await service.apply({ ...ref, event: SAMPLE_EVENTS[index]! });
        }
        const final = (await service.get(ref)) as DsrRequest;
        const history = await service.history(ref);
        expect(history).toHaveLength(final.version);
        expect(history[history.length - 1]?.body.to).toBe(final.state);
        if (isClosedState(final.state)) {
          expect(
            history.some(
              (event) => event.body.to === final.state && event.body.from !== final.state,
            ),
          ).toBe(true);
        }
        const audit = await service.verifyAudit(ref);
        expect(audit.ok && audit.versionMatches).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

const CALENDARS = {
  DE: createHolidayCalendar('DE'),
  GB: createHolidayCalendar('GB'),
  'US-CA': createHolidayCalendar('US-CA'),
  'US-VA': createHolidayCalendar('US-VA'),
} as const;

describe('property: deadlines stay within the regime minimum and maximum', () => {
  it('due ≥ the minimum period from receipt, due ≤ latest ≤ the maximum with extension and pauses', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('DE', 'GB', 'US-CA', 'US-VA' as const),
        fc.integer({ min: 0, max: 700 }),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 20 })), {
          nil: undefined,
        }),
        fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
        fc.integer({ min: 0, max: 120 }),
        (jurisdiction, offset, verifyAfter, pause, extendAfter, evaluateAfter) => {
          const receipt = addDays('2025-06-01', offset);
          const at = (days: number) => `${addDays(receipt, days)}T12:00:00.000Z`;
          const calendar = CALENDARS[jurisdiction];
          let { request } = openRequest(
            { id: 'r', tenant: 't', subject: 's', type: 'access', jurisdiction },
            { at: `${receipt}T09:00:00Z` },
          );
          const steps: [number, DsrEvent][] = [];
          if (verifyAfter !== undefined) steps.push([verifyAfter, { type: 'verify-identity' }]);
          if (pause !== undefined) {
            steps.push([
              Math.max(pause[0], (verifyAfter ?? 0) + 1),
              { type: 'request-clarification' },
            ]);
            steps.push([
              Math.max(pause[0], (verifyAfter ?? 0) + 1) + pause[1],
              { type: 'receive-clarification' },
            ]);
          }
          if (extendAfter !== undefined)
            steps.push([extendAfter, { type: 'notify-extension', reasonCode: 'COMPLEXITY' }]);
          steps.sort((a, b) => a[0] - b[0]);
          for (const [days, event] of steps) {
            const result = transition(request, event, { at: at(days), calendar });
            if (result.ok) request = result.request;
          }
          const deadline = computeDeadline(request, { at: at(evaluateAfter), calendar });
          expect(deadline.outcome).toBe('due');
          if (deadline.outcome !== 'due') return;
          const start = deadline.clockStart;
          const paused = deadline.pausedDays;
          let minimum: string;
          let maximum: string;
          if (jurisdiction === 'DE' || jurisdiction === 'GB') {
            minimum = addMonths(receipt, 1);
            maximum = rollForwardToWorkingDay(addDays(addMonths(start, 3), paused), calendar);
            if (jurisdiction === 'DE') expect(paused).toBe(0);
          } else if (jurisdiction === 'US-CA') {
            minimum = addDays(receipt, 44);
            maximum = addDays(receipt, 89);
          } else {
            minimum = addDays(receipt, 45);
            maximum = addDays(receipt, 90);
          }
          expect(deadline.due >= minimum).toBe(true);
          expect(deadline.latest).toBeDefined();
          expect(deadline.due <= (deadline.latest as string)).toBe(true);
          expect((deadline.latest as string) <= maximum).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
