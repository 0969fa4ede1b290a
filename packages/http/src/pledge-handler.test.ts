import { describe, expect, it } from 'vitest';
import { createPledgeHandler } from './pledge-handler.js';
import { createFixture, OPERATOR, read } from './test-fixtures.js';

const operatorRoutes = [
  ['GET', '/operator/dsr/requests'],
  ['GET', '/operator/dsr/requests/r-1'],
  ['POST', '/operator/dsr/requests/r-1/events'],
  ['POST', '/operator/dsr/requests/r-1/fulfil'],
  ['GET', '/operator/dsr/requests/r-1/export'],
  ['GET', '/operator/retention/plan'],
  ['GET', '/operator/transfers/map'],
  ['GET', '/operator/consent/verify'],
] as const;

describe('operator routes need the host to authorize', () => {
  it.each(operatorRoutes)('%s %s → 401 without an authorize hook', async (method, path) => {
    const { call } = createFixture({ authorize: undefined });
    const response = await call(
      method,
      path,
      method === 'POST' ? { event: { type: 'begin' } } : undefined,
      { authorization: OPERATOR },
    );
    expect(response.status).toBe(401);
    expect(await read(response)).toMatchObject({
      status: 401,
      code: 'UNAUTHORIZED',
      type: 'urn:pledge:problem:unauthorized',
    });
  });

  it.each(operatorRoutes)(
    '%s %s → 403 when authorize says no, 401 when unauthenticated',
    async (method, path) => {
      const { call } = createFixture();
      const forbidden = await call(method, path, undefined, { authorization: 'Bearer wrong' });
      expect(forbidden.status).toBe(403);
      expect((await read(forbidden)).code).toBe('FORBIDDEN');
      const anonymous = await call(method, path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    },
  );

  it('asks about subject-facing actions too and honours a refusal', async () => {
    const asked: string[] = [];
    const { call } = createFixture({
      authorize: (_request, action) => {
        asked.push(action);
        return action !== 'consent:write';
      },
    });
    expect((await call('GET', '/consent/config')).status).toBe(200);
    const refused = await call('POST', '/consent', {
      subject: 'p-1',
      purposes: { analytics: 'granted' },
      policyVersion: 'v1',
      source: 'api',
      jurisdiction: 'DE',
    });
    expect(refused.status).toBe(403);
    expect(asked).toEqual(['consent:read', 'consent:write']);
  });
});

describe('operator reports', () => {
  const operator = { authorization: OPERATOR };

  it('serves the retention plan, the transfer map and the ledger verification', async () => {
    const { call } = createFixture();
    const plan = await read<{
      rules: { id: string }[];
      lint: { findings: unknown[] };
      actions: unknown[];
    }>(await call('GET', '/operator/retention/plan', undefined, operator));
    expect(plan.rules.map((rule) => rule.id)).toEqual(['de-buchungsbelege-8y']);
    expect(plan.actions).toEqual([]);
    const map = await read<{
      flows: {
        decision: {
          reasons: { params: { rule?: string }; citation?: { url?: string } }[];
        };
      }[];
    }>(await call('GET', '/operator/transfers/map', undefined, operator));
    expect(map.flows).toHaveLength(1);
    // The operator sees the source of each cited row (withTransferMapSources).
    const cited = map.flows[0]?.decision.reasons.filter((why) => why.params.rule !== undefined);
    expect(cited?.length).toBeGreaterThan(0);
    expect(cited?.some((why) => /^https?:\/\//.test(why.citation?.url ?? ''))).toBe(true);
    const verified = await read(await call('GET', '/operator/consent/verify', undefined, operator));
    expect(verified).toMatchObject({ ok: true, count: 0 });
  });
});

describe('routing', () => {
  it('answers unknown routes 404 and wrong methods 405 with Allow', async () => {
    const { call, handler } = createFixture();
    expect((await call('GET', '/nothing')).status).toBe(404);
    const wrong = await call('DELETE', '/consent');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await handler(new Request('http://pledge.test/other/consent/config'))).status).toBe(
      404,
    );
    expect((await call('GET', '/dsr/requests/%E0%A4%A?token=x')).status).toBe(404);
  });

  it('leaves out the routes of engines not configured', async () => {
    const handler = createPledgeHandler({ authorize: () => true });
    const response = await handler(new Request('http://pledge.test/consent/config'));
    expect(response.status).toBe(404);
  });

  it('resolves the tenant per request', async () => {
    const { call, ledger } = createFixture({
      tenantOf: (request) => request.headers.get('x-tenant') ?? 'acme',
    });
    await call(
      'POST',
      '/consent',
      {
        subject: 'p-1',
        purposes: { analytics: 'granted' },
        policyVersion: 'v1',
        source: 'api',
        jurisdiction: 'DE',
      },
      { 'x-tenant': 'other' },
    );
    expect((await ledger.verify({ tenant: 'other' })).count).toBe(1);
    expect((await ledger.verify({ tenant: 'acme' })).count).toBe(0);
    const broken = await call('GET', '/consent/config', undefined, { 'x-tenant': 'not a tenant!' });
    expect(broken.status).toBe(500);
    expect((await read(broken)).code).toBe('INVALID_HOOK_RESULT');
  });

  it('reports 5xx errors to onError without sending their message', async () => {
    const errors: unknown[] = [];
    const { call } = createFixture({
      jurisdictionOf: () => {
        throw new Error('geo lookup failed for 198.51.100.7');
      },
      onError: (error) => errors.push(error),
    });
    const response = await call('GET', '/consent/state?subject=p-1');
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('198.51.100.7');
    expect(errors).toHaveLength(1);
  });
});
