import { describe, expect, it } from 'vitest';
import { describeBadInputSweep } from '../../../test-support/bad-input-sweep.js';
import * as http from './index.js';
import { createFixture } from './test-fixtures.js';

const secret = new Uint8Array(32);
const send = () => {};

/**
 * Every exported function with a call that has invalid input and the field the error must
 * name. A new export without a row here fails the completeness test below.
 */
const invalidCalls: Record<string, [call: () => unknown, field: string][]> = {
  createPledgeHandler: [
    [() => http.createPledgeHandler(null as never), 'options'],
    [() => http.createPledgeHandler({ tenant: 'a tenant' }), 'options.tenant'],
    [() => http.createPledgeHandler({ basePath: 'api/' }), 'options.basePath'],
    [() => http.createPledgeHandler({ secret: new Uint8Array(8) }), 'options.secret'],
    [
      () => http.createPledgeHandler({ dsr: { service: {} as never, verification: { send } } }),
      'options.dsr.service.submit',
    ],
    [
      () => {
        const { service } = createFixture();
        return http.createPledgeHandler({ dsr: { service, verification: { send } } });
      },
      'options.secret',
    ],
    [
      () =>
        http.createPledgeHandler({
          consent: { ledger: createFixture().ledger, purposes: [], policy: { versions: [] } },
        }),
      'options.consent.purposes',
    ],
  ],
  createIdentityVerifier: [
    [() => http.createIdentityVerifier({ secret: new Uint8Array(16) }), 'options.secret'],
    [() => http.createIdentityVerifier({ secret, maxAttempts: 0 }), 'options.maxAttempts'],
    [() => http.createIdentityVerifier({ secret, codeLifetime: '1 day' }), 'options.codeLifetime'],
    [
      () =>
        http.createIdentityVerifier({ secret }).trackingToken({ tenant: 'a b', requestId: 'r' }),
      'ref.tenant',
    ],
    [
      () =>
        http
          .createIdentityVerifier({ secret })
          .issueCode({ tenant: 't', requestId: 'r', issuedAt: 'now' }),
      'ref.issuedAt',
    ],
    [
      () =>
        http
          .createIdentityVerifier({ secret })
          .checkCode({ tenant: 't', requestId: 'r', issuedAt: new Date(), code: 1 as never }),
      'ref.code',
    ],
  ],
  problemResponse: [
    [() => http.problemResponse({ status: 200, code: 'OK', detail: '' }), 'init.status'],
    [() => http.problemResponse({ status: 400, code: 'lower', detail: '' }), 'init.code'],
  ],
  problemDocument: [[() => http.problemDocument(undefined as never), 'init']],
  toNodeListener: [
    [() => http.toNodeListener('handler' as never), 'handler'],
    [
      () => http.toNodeListener(async () => new Response(), { maxBodyBytes: -1 }),
      'options.maxBodyBytes',
    ],
  ],
};

describeBadInputSweep({
  entry: http,
  cases: invalidCalls,
  // Maps any thrown value to a problem response: there is no invalid input.
  noInput: ['problemFromError'],
});

describe('public entry', () => {
  it('lists every action the contract names', () => {
    expect(http.PLEDGE_ACTIONS).toEqual([
      'consent:read',
      'consent:write',
      'dsr:submit',
      'dsr:read',
      'operator:dsr:read',
      'operator:dsr:write',
      'operator:retention:read',
      'operator:transfers:read',
      'operator:consent:verify',
    ]);
  });
});
