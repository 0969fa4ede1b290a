import { describe, expect, it } from 'vitest';
import { createFixture, read } from './test-fixtures.js';

const subject = 'p-AbCdEfGhIjKlMnOpQrStUv';

describe('GET /consent/config', () => {
  it('describes every declared purpose and the policy version in force', async () => {
    const { call } = createFixture();
    const response = await call('GET', '/consent/config');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await read(response);
    expect(body.policyVersion).toBe('v1');
    expect(body.purposes).toEqual([
      {
        id: 'necessary',
        legalBasis: 'contract',
        essential: true,
        saleOrSharing: false,
        consentMode: ['security_storage'],
      },
      {
        id: 'analytics',
        legalBasis: 'consent',
        essential: false,
        saleOrSharing: false,
        consentMode: ['analytics_storage'],
        description: 'Counting visits.',
      },
      {
        id: 'ads',
        legalBasis: 'consent',
        essential: false,
        saleOrSharing: true,
        consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      },
    ]);
  });
});

describe('consent state, record, withdraw, history', () => {
  it('reports nothing recorded for a new subject, opt-in in Germany', async () => {
    const { call } = createFixture();
    const state = await read(
      await call('GET', `/consent/state?subject=${subject}&jurisdiction=DE`),
    );
    expect(state).toMatchObject({ subject, policyVersion: 'v1', gpc: false, recorded: false });
    expect(state.purposes).toMatchObject({
      necessary: { outcome: 'allow' },
      analytics: { outcome: 'deny', reasons: [{ code: 'NO_CONSENT_RECORD' }] },
    });
    expect(state.consentMode).toMatchObject({
      analytics_storage: 'denied',
      security_storage: 'granted',
    });
  });

  it('records a choice (201), answers with the new state, then withdraws it', async () => {
    const { call, ledger } = createFixture();
    const response = await call('POST', '/consent', {
      subject,
      purposes: { analytics: 'granted', ads: 'denied' },
      policyVersion: 'v1',
      source: 'banner',
      jurisdiction: 'DE',
    });
    expect(response.status).toBe(201);
    const body = await read<{
      recorded: { eventId: string; sequence: number; at: string }[];
      state: Record<string, unknown>;
    }>(response);
    expect(body.recorded).toEqual([
      { eventId: expect.any(String), sequence: 1, at: '2026-03-02T09:00:00.000Z' },
    ]);
    expect(body.state).toMatchObject({
      recorded: true,
      purposes: {
        analytics: { outcome: 'allow', reasons: [{ code: 'CONSENT_GRANTED' }] },
        ads: { outcome: 'deny' },
      },
      consentMode: { analytics_storage: 'granted', ad_storage: 'denied' },
    });
    expect(ledger.check({ tenant: 'acme', subject, purpose: 'analytics' }).outcome).toBe('allow');

    const withdrawn = await call('POST', '/consent/withdraw', {
      subject,
      purposes: ['analytics'],
      policyVersion: 'v1',
      source: 'preference-centre',
      jurisdiction: 'DE',
    });
    expect(withdrawn.status).toBe(201);
    expect(
      (await read<{ state: { purposes: Record<string, unknown> } }>(withdrawn)).state.purposes
        .analytics,
    ).toMatchObject({
      outcome: 'deny',
      reasons: [{ code: 'CONSENT_WITHDRAWN' }],
    });

    const history = await read<{ events: { kind: string; purposes?: Record<string, string> }[] }>(
      await call('GET', `/consent/history?subject=${subject}`),
    );
    expect(history.events.map((event) => event.purposes)).toEqual([
      { analytics: 'granted', ads: 'denied' },
      { analytics: 'withdrawn' },
    ]);
  });

  it('records Sec-GPC: 1 before the choice, once, and it opts out of sale in California', async () => {
    const { call } = createFixture();
    const choice = {
      subject,
      purposes: { ads: 'granted' },
      policyVersion: 'v1',
      source: 'banner',
      jurisdiction: 'US-CA',
    };
    const first = await read<{
      recorded: unknown[];
      state: {
        gpc: boolean;
        purposes: Record<string, { outcome: string; reasons: { code: string }[] }>;
      };
    }>(await call('POST', '/consent', choice, { 'sec-gpc': '1' }));
    expect(first.recorded).toHaveLength(2);
    expect(first.state.gpc).toBe(true);
    expect(first.state.purposes.ads?.outcome).toBe('deny');
    expect(first.state.purposes.ads?.reasons[0]?.code).toBe('GPC_OPT_OUT');
    const again = await read<{ recorded: unknown[] }>(
      await call('POST', '/consent', choice, { 'sec-gpc': '1' }),
    );
    expect(again.recorded).toHaveLength(1);
    const history = await read<{ events: { kind: string }[] }>(
      await call('GET', `/consent/history?subject=${subject}`),
    );
    expect(history.events.map((event) => event.kind)).toEqual(['signal', 'choice', 'choice']);
  });

  it('uses the host jurisdiction hook over the body', async () => {
    const { call } = createFixture({ jurisdictionOf: () => 'US-CA' });
    const body = await read<{
      state: { purposes: Record<string, { reasons: { code: string }[] }> };
    }>(
      await call('POST', '/consent', {
        subject,
        purposes: { analytics: 'denied' },
        policyVersion: 'v1',
        source: 'api',
        jurisdiction: 'DE',
      }),
    );
    // California is an opt-out regime: with no opt-out on record, ads is allowed by default.
    expect(body.state.purposes.ads?.reasons[0]?.code).toBe('OPT_OUT_DEFAULT');
  });
});

describe('bad consent input writes nothing', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a bad state', { purposes: { analytics: 'maybe' } }, 'purposes.analytics'],
    ['an undeclared purpose', { purposes: { unknown: 'granted' } }, 'purposes.unknown'],
    ['an unknown policy version', { policyVersion: 'v9' }, 'policyVersion'],
    ['no jurisdiction', { jurisdiction: undefined }, 'jurisdiction'],
    ['a bad jurisdiction', { jurisdiction: 'Germany' }, 'jurisdiction'],
    ['a bad source', { source: 'import' }, 'source'],
    ['an unknown field', { ip: '198.51.100.7' }, ''],
  ];
  it.each(cases)('%s → 400 naming %s', async (_name, change, path) => {
    const { call, ledger } = createFixture();
    const body = {
      subject,
      purposes: { analytics: 'granted' },
      policyVersion: 'v1',
      source: 'banner',
      jurisdiction: 'DE',
      ...change,
    };
    const response = await call('POST', '/consent', body, { 'sec-gpc': '1' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = await read<{ code: string; errors: { path: string; message: string }[] }>(
      response,
    );
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((error) => error.path)).toContain(path);
    expect(JSON.stringify(problem)).not.toContain('198.51.100.7');
    expect((await ledger.verify()).count).toBe(0);
  });

  it('never echoes a rejected subject', async () => {
    const { call } = createFixture();
    const problem = await read(await call('GET', '/consent/state?subject=Alice%20Smith'));
    expect(problem.status).toBe(400);
    expect((problem.errors as { path: string }[])[0]?.path).toBe('subject');
    expect(JSON.stringify(problem)).not.toContain('Alice');
  });

  it('answers malformed JSON, a wrong media type and an oversized body with problems', async () => {
    const { call } = createFixture({ maxBodyBytes: 1024 });
    expect((await read(await call('POST', '/consent', '{"subject":'))).code).toBe('INVALID_JSON');
    const wrongType = await call('POST', '/consent', 'subject=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(wrongType.status).toBe(415);
    const large = await call('POST', '/consent', { subject, padding: 'x'.repeat(2000) });
    expect(large.status).toBe(413);
  });
});
