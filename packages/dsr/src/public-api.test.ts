import { describe, expect, it } from 'vitest';
import { describeBadInputSweep } from '../../../test-support/bad-input-sweep.js';
import * as dsr from './index.js';

const AT = '2026-03-02T09:00:00Z';
const { request } = dsr.openRequest(
  { id: 'r', tenant: 't', type: 'access', subject: 's', jurisdiction: 'DE' },
  { at: AT },
);

/**
 * Every exported function with a call that has invalid input and the field the error must
 * name. A new export without a row here fails the completeness test below.
 */
const invalidCalls: Record<string, [call: () => unknown, field: string][]> = {
  computeDeadline: [
    [
      () => dsr.computeDeadline({ ...request, type: 'everything' } as never, { at: AT }),
      'request.type',
    ],
    [() => dsr.computeDeadline(request, { at: 'yesterday' }), 'options.at'],
    [
      () => dsr.computeDeadline(request, { at: AT, policy: { respondWithin: 'PT72H' } }),
      'options.policy.respondWithin',
    ],
  ],
  transition: [
    [
      () => dsr.transition(request, { type: 'deny', reasonCode: 'X', text: '' }, { at: AT }),
      'event.text',
    ],
    [
      () =>
        dsr.transition({ ...request, state: 'limbo' } as never, { type: 'withdraw' }, { at: AT }),
      'request.state',
    ],
  ],
  openRequest: [
    [
      () =>
        dsr.openRequest(
          { id: 'r', tenant: 't', type: 'access', subject: 's', jurisdiction: 'XX' },
          { at: AT },
        ),
      'input.jurisdiction',
    ],
    [
      () =>
        dsr.openRequest(
          { tenant: 't', type: 'access', subject: 's', jurisdiction: 'DE' } as never,
          { at: AT },
        ),
      'input.id',
    ],
    [
      () =>
        dsr.openRequest(
          {
            id: 'r',
            tenant: 't',
            type: 'access',
            subject: 's',
            jurisdiction: 'DE',
            timeZone: 'Mars/Base',
          },
          { at: AT },
        ),
      'input.timeZone',
    ],
  ],
  buildExportPackage: [
    [
      () =>
        dsr.buildExportPackage(
          request,
          [{ system: '', export: { records: null, categories: [] } }],
          { at: AT },
        ),
      'entries[0].system',
    ],
  ],
  createDsrService: [
    [
      () => dsr.createDsrService({ store: {} as never, clock: { now: () => new Date(AT) } }),
      'options.store.create',
    ],
    [
      () =>
        dsr.createDsrService({
          store: dsr.createMemoryDsrStore(),
          clock: { now: () => new Date(AT) },
          systems: [{ id: 'a' }, { id: 'a' }],
        }),
      'options.systems',
    ],
  ],
  createMemoryDsrStore: [],
  stateDiagram: [],
};

/** Predicates answer `false` for bad input instead of throwing. */
const predicates: Record<string, () => boolean> = {
  isClosedState: () => dsr.isClosedState('limbo' as never),
};

describeBadInputSweep({
  entry: dsr,
  cases: invalidCalls,
  predicates,
  noInput: ['createMemoryDsrStore', 'stateDiagram'],
});

describe('exports that take no input', () => {
  it('work', () => {
    expect(typeof dsr.createMemoryDsrStore().get).toBe('function');
    expect(dsr.stateDiagram()).toContain('received --> verifying : request-identity');
  });
});
