import { describe, expect, it } from 'vitest';
import { createFixture, type Fixture, OPERATOR, read } from './test-fixtures.js';

const subject = 'p-AbCdEfGhIjKlMnOpQrStUv';
const operator = { authorization: OPERATOR };

interface Submitted {
  id: string;
  token: string;
  state: string;
  deadline: { outcome: string; due?: string };
}

async function submit(fixture: Fixture, type = 'access'): Promise<Submitted & { code: string }> {
  const response = await fixture.call('POST', '/dsr/requests', {
    type,
    subject,
    jurisdiction: 'DE',
    contact: 'alice@example.com',
  });
  expect(response.status).toBe(202);
  const body = await read<Submitted>(response);
  const message = fixture.sent.at(-1);
  expect(message).toMatchObject({
    tenant: 'acme',
    requestId: body.id,
    type,
    contact: 'alice@example.com',
  });
  return { ...body, code: message?.code ?? '' };
}

describe('an access request, start to export', () => {
  it('submits, verifies by code, is fulfilled by the operator and exports the consent history', async () => {
    const fixture = createFixture();
    const { call } = fixture;
    await call('POST', '/consent', {
      subject,
      purposes: { analytics: 'granted' },
      policyVersion: 'v1',
      source: 'banner',
      jurisdiction: 'DE',
    });

    const request = await submit(fixture);
    expect(request.state).toBe('verifying');
    expect(request.code).toMatch(/^\d{6}$/);
    expect(request.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(request.deadline).toMatchObject({ outcome: 'due', due: '2026-04-02' });

    expect((await call('GET', `/dsr/requests/${request.id}?token=wrong`)).status).toBe(404);
    const tracked = await read<{ state: string; timeline: { type: string; state: string }[] }>(
      await call('GET', `/dsr/requests/${request.id}?token=${request.token}`),
    );
    expect(tracked.timeline.map((entry) => entry.type)).toEqual(['receive', 'request-identity']);

    const wrong = request.code === '000000' ? '111111' : '000000';
    const refused = await call('POST', `/dsr/requests/${request.id}/verify`, {
      token: request.token,
      code: wrong,
    });
    expect(refused.status).toBe(400);
    expect(await read(refused)).toMatchObject({
      code: 'VERIFICATION_FAILED',
      reason: 'WRONG_CODE',
      attemptsRemaining: 4,
    });

    const verified = await call('POST', `/dsr/requests/${request.id}/verify`, {
      token: request.token,
      code: request.code,
    });
    expect(verified.status).toBe(200);
    expect(await read(verified)).toMatchObject({ id: request.id, state: 'in-progress' });

    const early = await call('GET', `/dsr/requests/${request.id}/export?token=${request.token}`);
    expect(early.status).toBe(409);
    expect((await read(early)).code).toBe('EXPORT_NOT_READY');

    const queue = await read<{
      requests: { id: string; subject: string; deadline: { outcome: string } }[];
    }>(await call('GET', '/operator/dsr/requests', undefined, operator));
    expect(queue.requests).toMatchObject([
      { id: request.id, subject, deadline: { outcome: 'due' } },
    ]);

    const fulfilled = await call(
      'POST',
      `/operator/dsr/requests/${request.id}/fulfil`,
      undefined,
      operator,
    );
    expect(fulfilled.status).toBe(200);
    const report = await read<{
      report: { outcome: string; exportPackage: { sha256: string } };
      request: { state: string };
    }>(fulfilled);
    expect(report.report.outcome).toBe('completed');
    expect(report.report.exportPackage.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.request.state).toBe('completed');

    const download = await call('GET', `/dsr/requests/${request.id}/export?token=${request.token}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="pledge-export-.+\.json"$/,
    );
    const exported = await read<{
      subject: string;
      systems: {
        system: string;
        records: { consentHistory?: { purposes?: Record<string, string> }[] };
      }[];
    }>(download);
    expect(exported.subject).toBe(subject);
    expect(exported.systems.map((entry) => entry.system)).toEqual([
      'consent-ledger',
      'billing',
      'processing',
    ]);
    expect(exported.systems[0]?.records.consentHistory?.[0]?.purposes).toEqual({
      analytics: 'granted',
    });

    const csv = await call(
      'GET',
      `/dsr/requests/${request.id}/export?token=${request.token}&format=csv`,
    );
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain('consent-ledger,consent-history');

    const operatorExport = await call(
      'GET',
      `/operator/dsr/requests/${request.id}/export`,
      undefined,
      operator,
    );
    expect(operatorExport.status).toBe(200);
  });

  it('treats a repeated correct verification as done', async () => {
    const fixture = createFixture();
    const request = await submit(fixture);
    const body = { token: request.token, code: request.code };
    await fixture.call('POST', `/dsr/requests/${request.id}/verify`, body);
    const again = await fixture.call('POST', `/dsr/requests/${request.id}/verify`, body);
    expect(again.status).toBe(200);
    expect((await read(again)).state).toBe('in-progress');
  });
});

describe('verification codes', () => {
  it('locks a request after five wrong codes, even for the right one', async () => {
    const fixture = createFixture();
    const request = await submit(fixture);
    const wrong = request.code === '000000' ? '111111' : '000000';
    const remaining: unknown[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await fixture.call('POST', `/dsr/requests/${request.id}/verify`, {
        token: request.token,
        code: wrong,
      });
      remaining.push((await read(response)).attemptsRemaining);
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0]);
    const locked = await fixture.call('POST', `/dsr/requests/${request.id}/verify`, {
      token: request.token,
      code: request.code,
    });
    expect(locked.status).toBe(429);
    expect((await read(locked)).code).toBe('TOO_MANY_ATTEMPTS');
    expect((await fixture.service.get({ tenant: 'acme', requestId: request.id }))?.state).toBe(
      'verifying',
    );
  });

  it('refuses an expired code', async () => {
    const fixture = createFixture();
    const request = await submit(fixture);
    fixture.clock.advance('P2D');
    const response = await fixture.call('POST', `/dsr/requests/${request.id}/verify`, {
      token: request.token,
      code: request.code,
    });
    expect(response.status).toBe(400);
    expect(await read(response)).toMatchObject({ code: 'VERIFICATION_FAILED', reason: 'EXPIRED' });
  });

  it('answers a wrong token like an unknown request', async () => {
    const fixture = createFixture();
    const request = await submit(fixture);
    const response = await fixture.call('POST', `/dsr/requests/${request.id}/verify`, {
      token: 'x'.repeat(32),
      code: request.code,
    });
    expect(response.status).toBe(404);
    expect(
      (
        await fixture.call('POST', '/dsr/requests/nope/verify', {
          token: request.token,
          code: '123456',
        })
      ).status,
    ).toBe(404);
  });

  it('reports a failed delivery without losing the request', async () => {
    const fixture = createFixture({});
    const broken = createFixture({
      dsr: {
        service: fixture.service,
        store: fixture.store,
        verification: {
          send() {
            throw new Error('smtp down for alice@example.com');
          },
        },
      },
    });
    const response = await broken.call('POST', '/dsr/requests', {
      type: 'access',
      subject,
      jurisdiction: 'DE',
    });
    expect(response.status).toBe(502);
    const problem = await read(response);
    expect(problem.code).toBe('VERIFICATION_DELIVERY_FAILED');
    expect(JSON.stringify(problem)).not.toContain('alice');
  });
});

describe('erasure with a legal obligation to keep invoices', () => {
  it('ends partially completed, keeps the invoices under Art. 17(3)(b) and forgets the consent subject', async () => {
    const fixture = createFixture();
    fixture.invoices.set(subject, [{ id: 'inv-1', issued: '2025-11-03' }]);
    await fixture.call('POST', '/consent', {
      subject,
      purposes: { analytics: 'granted' },
      policyVersion: 'v1',
      source: 'banner',
      jurisdiction: 'DE',
    });
    const request = await submit(fixture, 'erasure');
    await fixture.call('POST', `/dsr/requests/${request.id}/verify`, {
      token: request.token,
      code: request.code,
    });
    const response = await fixture.call(
      'POST',
      `/operator/dsr/requests/${request.id}/fulfil`,
      {},
      operator,
    );
    const body = await read<{
      report: {
        outcome: string;
        kept: { category: string; basis: string; citation: { article: string }; until: string }[];
      };
      request: { state: string };
    }>(response);
    expect(body.report.outcome).toBe('partially-completed');
    expect(body.request.state).toBe('partially-completed');
    expect(body.report.kept).toEqual([
      expect.objectContaining({
        category: 'invoice',
        basis: 'legal-obligation',
        system: 'billing',
        until: '2033-12-31',
        citation: expect.objectContaining({ article: 'Art. 17(3)(b)' }),
      }),
    ]);
    expect(fixture.erased).toEqual([subject]);
    const history = await fixture.ledger.history({ tenant: 'acme', subject });
    expect(history.at(-1)?.kind).toBe('subject-forgotten');
    expect((await fixture.ledger.verify({ tenant: 'acme' })).ok).toBe(true);
    const tracked = await read(
      await fixture.call('GET', `/dsr/requests/${request.id}?token=${request.token}`),
    );
    expect(tracked.state).toBe('partially-completed');
    expect(
      (await fixture.call('GET', `/dsr/requests/${request.id}/export?token=${request.token}`))
        .status,
    ).toBe(409);
  });
});

describe('operator DSR routes', () => {
  it('applies events, refuses illegal ones (409) and failed guards (422)', async () => {
    const fixture = createFixture();
    const request = await submit(fixture);
    const path = `/operator/dsr/requests/${request.id}`;
    const detail = await read<{
      request: { version: number };
      timeline: { type: string; hash: string }[];
    }>(await fixture.call('GET', path, undefined, operator));
    expect(detail.timeline.map((entry) => entry.type)).toEqual(['receive', 'request-identity']);
    expect(detail.timeline[0]?.hash).toMatch(/^[0-9a-f]{64}$/);

    const illegal = await fixture.call(
      'POST',
      `${path}/events`,
      { event: { type: 'complete' } },
      operator,
    );
    expect(illegal.status).toBe(409);
    expect(await read(illegal)).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      state: 'verifying',
      reasons: [{ code: 'ILLEGAL_TRANSITION' }],
    });

    const extended = await fixture.call(
      'POST',
      `${path}/events`,
      {
        event: { type: 'notify-extension', reasonCode: 'COMPLEXITY' },
        expectedVersion: detail.request.version,
      },
      operator,
    );
    expect(extended.status).toBe(200);
    const twice = await fixture.call(
      'POST',
      `${path}/events`,
      { event: { type: 'notify-extension', reasonCode: 'COMPLEXITY' } },
      operator,
    );
    expect(twice.status).toBe(422);
    expect((await read(twice)).code).toBe('GUARD_FAILED');

    const stale = await fixture.call(
      'POST',
      `${path}/events`,
      { event: { type: 'hold', reasonCode: 'WAITING' }, expectedVersion: 1 },
      operator,
    );
    expect(stale.status).toBe(409);
    expect((await read(stale)).code).toBe('CONFLICT');

    const bad = await fixture.call(
      'POST',
      `${path}/events`,
      { event: { type: 'hold', reasonCode: 'not upper' } },
      operator,
    );
    expect(bad.status).toBe(400);
    expect((await read<{ errors: { path: string }[] }>(bad)).errors[0]?.path).toBe(
      'event.reasonCode',
    );

    expect(
      (await fixture.call('GET', '/operator/dsr/requests/missing', undefined, operator)).status,
    ).toBe(404);
  });

  it('lists the queue by urgency, and only what is due before a date when asked', async () => {
    const fixture = createFixture();
    const us = await fixture.call('POST', '/dsr/requests', {
      type: 'opt-out-of-sale',
      subject,
      jurisdiction: 'US-CA',
    });
    const de = await submit(fixture);
    const queue = await read<{ requests: { id: string; deadline: { due: string } }[] }>(
      await fixture.call('GET', '/operator/dsr/requests', undefined, operator),
    );
    expect(queue.requests.map((entry) => entry.id)).toEqual([(await read(us)).id, de.id]);
    const soon = await read<{ requests: unknown[] }>(
      await fixture.call(
        'GET',
        '/operator/dsr/requests?before=2026-03-10T00:00:00Z',
        undefined,
        operator,
      ),
    );
    expect(soon.requests).toEqual([]);
    const bad = await fixture.call(
      'GET',
      '/operator/dsr/requests?before=soon',
      undefined,
      operator,
    );
    expect((await read<{ errors: { path: string }[] }>(bad)).errors[0]?.path).toBe('before');
  });

  it('refuses to submit without a jurisdiction or with an appeal', async () => {
    const fixture = createFixture();
    const missing = await fixture.call('POST', '/dsr/requests', { type: 'access', subject });
    expect((await read<{ errors: { path: string }[] }>(missing)).errors[0]?.path).toBe(
      'jurisdiction',
    );
    const appeal = await fixture.call('POST', '/dsr/requests', {
      type: 'appeal',
      subject,
      jurisdiction: 'US-VA',
    });
    expect((await read<{ errors: { path: string }[] }>(appeal)).errors[0]?.path).toBe('type');
    expect(await fixture.store.list('acme')).toEqual([]);
    expect(fixture.sent).toEqual([]);
  });
});
