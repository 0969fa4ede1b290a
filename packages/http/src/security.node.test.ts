// Issue 13 at the HTTP boundary: hostile requests to every route end in problem+json 4xx with
// nothing written and nothing echoed; one tenant reaches nothing of another through any route;
// an export never leaves before the subject's identity is verified; errors and the error hook
// never carry personal data.
import { PledgeError } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { describeFuzz, type FuzzTarget, PERSONAL_DATA_MARKER } from '../../../test-support/fuzz.js';
import { createFixture, type Fixture, OPERATOR, read } from './test-fixtures.js';

const operator = { authorization: OPERATOR };
const subject = 'p-FuzzSubject0123456789';

/** What the wire can carry of a generated value: JSON text, with BigInts and symbols as text. */
function wire(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_key, item: unknown) =>
        typeof item === 'bigint' || typeof item === 'symbol' || typeof item === 'function'
          ? String(item)
          : item,
      ) ?? ''
    );
  } catch {
    return '[unserialisable]';
  }
}

/** Sends one request; a 4xx becomes a typed error carrying the body (so echoes are caught). */
async function send(
  fixture: Fixture,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) {
  const response = await fixture.call(
    method,
    path,
    body === undefined ? undefined : wire(body),
    headers,
  );
  const text = await response.text();
  if (response.status >= 500)
    throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 200)}`);
  if (response.status >= 400) {
    if (!response.headers.get('content-type')?.startsWith('application/problem+json')) {
      throw new Error(`${method} ${path} answered ${response.status} without problem+json`);
    }
    throw new PledgeError({
      code: `HTTP_${response.status}`,
      scope: '@pledge/http (fuzz)',
      message: text,
    });
  }
  return text;
}

/** A path segment, as a browser would send it (lone surrogates become U+FFFD). */
const segment = (value: unknown) =>
  encodeURIComponent((text(value) as string & { toWellFormed(): string }).toWellFormed());
const text = (value: unknown) => (typeof value === 'string' ? value : wire(value));
const query = (values: unknown) =>
  typeof values === 'object' && values !== null
    ? new URLSearchParams(
        Object.entries(values).map(([key, value]) => [key, text(value)]),
      ).toString()
    : text(values);

const fixture = createFixture();
const { call } = fixture;
await call('POST', '/consent', {
  subject,
  purposes: { analytics: 'granted' },
  policyVersion: 'v1',
  source: 'banner',
  jurisdiction: 'DE',
});
const submitted = await read<{ id: string; token: string }>(
  await call('POST', '/dsr/requests', {
    type: 'access',
    subject,
    jurisdiction: 'DE',
    contact: 'fuzz@example.com',
  }),
);
const code = fixture.sent.at(-1)?.code ?? '';
/** Everything a route can write: the ledger's chain and every request with its events. */
const written = async () => {
  const chain = (await fixture.ledger.verify()).count;
  const requests = await fixture.store.list('acme');
  return [
    chain,
    await Promise.all(
      requests.map(async (request) => [
        request.version,
        request.state,
        (await fixture.store.events('acme', request.id)).length,
      ]),
    ),
  ];
};
const route = (
  method: string,
  path: (args: readonly unknown[]) => string,
  seed: () => readonly unknown[],
  withBody = true,
  headers?: Record<string, string>,
): FuzzTarget => ({
  seed,
  state: written,
  call: (...args) => send(fixture, method, path(args), withBody ? args[0] : undefined, headers),
});

describeFuzz({
  name: '@pledge/http routes',
  totalRuns: 10_000,
  targets: {
    'POST /consent': route(
      'POST',
      () => '/consent',
      () => [
        {
          subject,
          purposes: { analytics: 'granted', ads: 'denied' },
          policyVersion: 'v1',
          source: 'banner',
          jurisdiction: 'US-CA',
        },
      ],
    ),
    'POST /consent with Sec-GPC': route(
      'POST',
      () => '/consent',
      () => [
        {
          subject: 'p-gpc',
          purposes: { ads: 'granted' },
          policyVersion: 'v1',
          source: 'banner',
          jurisdiction: 'US-CA',
        },
      ],
      true,
      { 'sec-gpc': '1' },
    ),
    'POST /consent/withdraw': route(
      'POST',
      () => '/consent/withdraw',
      () => [
        {
          subject,
          purposes: ['analytics'],
          policyVersion: 'v1',
          source: 'preference-centre',
          jurisdiction: 'DE',
        },
      ],
    ),
    'GET /consent/state': route(
      'GET',
      ([values]) => `/consent/state?${query(values)}`,
      () => [{ subject, jurisdiction: 'DE' }],
      false,
    ),
    'GET /consent/history': route(
      'GET',
      ([values]) => `/consent/history?${query(values)}`,
      () => [{ subject }],
      false,
    ),
    'POST /dsr/requests': route(
      'POST',
      () => '/dsr/requests',
      () => [
        { type: 'erasure', subject: 'p-other', jurisdiction: 'FR', contact: PERSONAL_DATA_MARKER },
      ],
    ),
    'POST /dsr/requests/:id/verify': route(
      'POST',
      () => `/dsr/requests/${submitted.id}/verify`,
      () => [{ token: submitted.token, code }],
    ),
    'GET /dsr/requests/:id': route(
      'GET',
      ([values]) =>
        `/dsr/requests/${segment((values as { id?: unknown } | null)?.id)}?${query({ token: (values as { token?: unknown } | null)?.token })}`,
      () => [{ id: submitted.id, token: submitted.token }],
      false,
    ),
    'POST /age/check': route(
      'POST',
      () => '/age/check',
      () => [{ subject: 'p-age', birthDate: '2012-05-01', jurisdiction: 'DE' }],
    ),
    'POST /operator/dsr/requests/:id/events': route(
      'POST',
      () => `/operator/dsr/requests/${submitted.id}/events`,
      () => [{ event: { type: 'request-clarification' }, idempotencyKey: 'k-fuzz' }],
      true,
      operator,
    ),
    'raw body to POST /consent': {
      seed: () => [
        '{"subject":"p-1","purposes":{"analytics":"granted"},"policyVersion":"v1","source":"banner","jurisdiction":"DE"}',
      ],
      state: written,
      call: async (text) => {
        const response = await fixture.handler(
          new Request('http://pledge.test/api/consent', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: typeof text === 'string' ? text : wire(text),
          }),
        );
        const body = await response.text();
        if (response.status >= 500) throw new Error(`raw body answered ${response.status}`);
        if (response.status >= 400)
          throw new PledgeError({
            code: `HTTP_${response.status}`,
            scope: '@pledge/http (fuzz)',
            message: body,
          });
      },
    },
  },
});

describe('one tenant reaches nothing of another through any route', () => {
  it('tenant B sees no consent, request, export or queue entry of tenant A', async () => {
    const tenants = createFixture({
      tenantOf: (request: Request) => request.headers.get('x-tenant') ?? 'acme',
    });
    const as = (tenant: string, extra: Record<string, string> = {}) => ({
      'x-tenant': tenant,
      ...extra,
    });
    await tenants.call(
      'POST',
      '/consent',
      {
        subject,
        purposes: { analytics: 'granted' },
        policyVersion: 'v1',
        source: 'banner',
        jurisdiction: 'DE',
      },
      as('tenant-a'),
    );
    const a = await read<{ id: string; token: string }>(
      await tenants.call(
        'POST',
        '/dsr/requests',
        { type: 'access', subject, jurisdiction: 'DE' },
        as('tenant-a'),
      ),
    );
    const codeA = tenants.sent.at(-1)?.code ?? '';

    const state = await read<{ recorded: boolean }>(
      await tenants.call(
        'GET',
        `/consent/state?subject=${subject}&jurisdiction=DE`,
        undefined,
        as('tenant-b'),
      ),
    );
    expect(state.recorded).toBe(false);
    const history = await read<{ events: unknown[] }>(
      await tenants.call('GET', `/consent/history?subject=${subject}`, undefined, as('tenant-b')),
    );
    expect(history.events).toEqual([]);
    const attempts = [
      ['GET', `/dsr/requests/${a.id}?token=${a.token}`, undefined, as('tenant-b')],
      ['POST', `/dsr/requests/${a.id}/verify`, { token: a.token, code: codeA }, as('tenant-b')],
      ['GET', `/dsr/requests/${a.id}/export?token=${a.token}`, undefined, as('tenant-b')],
      ['GET', `/operator/dsr/requests/${a.id}`, undefined, as('tenant-b', operator)],
      [
        'POST',
        `/operator/dsr/requests/${a.id}/events`,
        { event: { type: 'verify-identity' } },
        as('tenant-b', operator),
      ],
      ['POST', `/operator/dsr/requests/${a.id}/fulfil`, {}, as('tenant-b', operator)],
      ['GET', `/operator/dsr/requests/${a.id}/export`, undefined, as('tenant-b', operator)],
    ] as const;
    for (const [method, path, body, headers] of attempts) {
      const response = await tenants.call(method, path, body, headers);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    const queue = await read<{ requests: unknown[] }>(
      await tenants.call('GET', '/operator/dsr/requests', undefined, as('tenant-b', operator)),
    );
    expect(queue.requests).toEqual([]);
    // Tenant A's request is untouched by all of the above.
    const own = await read<{ state: string }>(
      await tenants.call(
        'GET',
        `/dsr/requests/${a.id}?token=${a.token}`,
        undefined,
        as('tenant-a'),
      ),
    );
    expect(own.state).toBe('verifying');
  });
});

describe('an access export is never produced before identity verification', () => {
  it('the subject, the operator and a fulfilment all wait for the verified identity', async () => {
    const guarded = createFixture();
    const request = await read<{ id: string; token: string }>(
      await guarded.call('POST', '/dsr/requests', { type: 'access', subject, jurisdiction: 'DE' }),
    );
    const subjectExport = await guarded.call(
      'GET',
      `/dsr/requests/${request.id}/export?token=${request.token}`,
    );
    expect(subjectExport.status).toBe(409);
    const operatorExport = await guarded.call(
      'GET',
      `/operator/dsr/requests/${request.id}/export`,
      undefined,
      operator,
    );
    expect(operatorExport.status).toBe(409);
    const fulfil = await guarded.call(
      'POST',
      `/operator/dsr/requests/${request.id}/fulfil`,
      {},
      operator,
    );
    const report = await read<{ report?: { outcome: string } }>(fulfil);
    expect(fulfil.status === 200 ? report.report?.outcome : 'refused').toBe('refused');
    // The operator cannot skip the machine's guard by completing it either.
    const complete = await guarded.call(
      'POST',
      `/operator/dsr/requests/${request.id}/events`,
      { event: { type: 'complete' } },
      operator,
    );
    expect([409, 422]).toContain(complete.status);
    const tracked = await read<{ state: string }>(
      await guarded.call('GET', `/dsr/requests/${request.id}?token=${request.token}`),
    );
    expect(tracked.state).toBe('verifying');
  });
});

describe('no personal data in errors or in the error hook', () => {
  it('recognisable values fed to every route never come back in a problem or reach onError', async () => {
    const reported: unknown[] = [];
    const watched = createFixture({ onError: (error: unknown) => void reported.push(error) });
    const marker = PERSONAL_DATA_MARKER;
    const requests: [string, string, unknown?, Record<string, string>?][] = [
      [
        'POST',
        '/consent',
        {
          subject: marker,
          purposes: { analytics: 'maybe' },
          policyVersion: 'v1',
          source: 'banner',
          jurisdiction: 'DE',
        },
      ],
      [
        'POST',
        '/consent',
        {
          subject,
          purposes: { [marker]: 'granted' },
          policyVersion: 'v1',
          source: 'banner',
          jurisdiction: 'DE',
        },
      ],
      [
        'POST',
        '/consent',
        {
          subject,
          purposes: { analytics: marker },
          policyVersion: marker,
          source: 'banner',
          jurisdiction: marker,
        },
      ],
      [
        'POST',
        '/consent/withdraw',
        { subject, purposes: [marker], policyVersion: 'v1', source: 'banner', jurisdiction: 'DE' },
      ],
      ['GET', `/consent/state?subject=${encodeURIComponent(marker)}`],
      ['GET', `/consent/history?subject=${encodeURIComponent(marker)}`],
      [
        'POST',
        '/dsr/requests',
        { type: marker, subject: marker, jurisdiction: 'DE', contact: marker },
      ],
      [
        'POST',
        '/dsr/requests',
        { type: 'access', subject: marker, jurisdiction: marker, contact: marker },
      ],
      [
        'POST',
        `/dsr/requests/${encodeURIComponent(marker)}/verify`,
        { token: marker, code: marker },
      ],
      ['GET', `/dsr/requests/${encodeURIComponent(marker)}?token=${encodeURIComponent(marker)}`],
      ['POST', '/age/check', { subject: marker, birthDate: marker, jurisdiction: 'DE' }],
      [
        'POST',
        `/operator/dsr/requests/${encodeURIComponent(marker)}/events`,
        { event: { type: 'deny', reasonCode: marker, text: marker } },
        operator,
      ],
      ['POST', '/consent', `{"subject":"${marker}",`],
    ];
    let refused = 0;
    for (const [method, path, body, headers] of requests) {
      const response = await watched.call(method, path, body, headers);
      const text = await response.text();
      // A successful read of the caller's own subject may name it; a refusal never does.
      if (response.status < 400) continue;
      refused += 1;
      expect(text, `${method} ${path}`).not.toContain(marker);
      expect(text, `${method} ${path}`).not.toContain('jane.marker');
    }
    expect(refused).toBeGreaterThanOrEqual(requests.length - 2);
    expect(JSON.stringify(reported.map(String))).not.toContain(marker);
  });
});
