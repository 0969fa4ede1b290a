import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server.js';

const subject = 'p-ServerTest0123456789ab';
let dataDir: string;
let webDir: string;
const lines: string[] = [];

async function start(): Promise<RunningServer> {
  return startServer({ port: 0, dataDir, webDir, log: (line) => lines.push(line) });
}

async function api(
  server: RunningServer,
  method: string,
  path: string,
  body?: unknown,
  operator = false,
) {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(operator ? { authorization: `Bearer ${server.operatorToken}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

function codeFor(requestId: string): string {
  const line = lines.find((entry) => entry.includes(`request ${requestId}:`));
  const code = /: (\d{6}) /.exec(line ?? '')?.[1];
  if (code === undefined) throw new Error(`no code logged for ${requestId}`);
  return code;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pledge-server-'));
  webDir = await mkdtemp(join(tmpdir(), 'pledge-web-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(webDir, { recursive: true, force: true });
});

describe('the example server over PGlite', () => {
  const tracked: {
    access?: { id: string; token: string };
    erasure?: { id: string; token: string };
  } = {};
  let consentPurpose = '';

  it('walks consent → DSR → operator', async () => {
    const server = await start();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${server.url}/healthz`);
      expect(await health.json()).toMatchObject({
        ok: true,
        database: 'ready',
        policy: 'website',
        tenant: 'demo',
      });
      const home = await fetch(`${server.url}/`);
      expect(await home.text()).toContain('web app is not built yet');

      const config = await api(server, 'GET', '/consent/config');
      const purpose = config.body.purposes.find(
        (entry: { legalBasis: string }) => entry.legalBasis === 'consent',
      );
      consentPurpose = purpose.id;
      const recorded = await api(server, 'POST', '/consent', {
        subject,
        purposes: { [consentPurpose]: 'granted' },
        policyVersion: config.body.policyVersion,
        source: 'banner',
        jurisdiction: 'DE',
      });
      expect(recorded.status).toBe(201);
      expect(recorded.body.state.purposes[consentPurpose]).toMatchObject({ outcome: 'allow' });

      const access = await api(server, 'POST', '/dsr/requests', {
        type: 'access',
        subject,
        jurisdiction: 'DE',
        contact: 'someone@example.com',
      });
      expect(access.status).toBe(202);
      tracked.access = { id: access.body.id, token: access.body.token };
      expect(lines.join('\n')).not.toContain('someone@example.com');
      const verified = await api(server, 'POST', `/dsr/requests/${access.body.id}/verify`, {
        token: access.body.token,
        code: codeFor(access.body.id),
      });
      expect(verified.body.state).toBe('in-progress');

      expect((await api(server, 'GET', '/operator/dsr/requests')).status).toBe(401);
      const queue = await api(server, 'GET', '/operator/dsr/requests', undefined, true);
      expect(queue.body.requests.map((entry: { id: string }) => entry.id)).toEqual([
        access.body.id,
      ]);
      const fulfilled = await api(
        server,
        'POST',
        `/operator/dsr/requests/${access.body.id}/fulfil`,
        {},
        true,
      );
      expect(fulfilled.body.request.state).toBe('completed');

      const exported = await api(
        server,
        'GET',
        `/dsr/requests/${access.body.id}/export?token=${access.body.token}`,
      );
      expect(exported.headers.get('content-disposition')).toMatch(/^attachment/);
      const ledgerEntry = exported.body.systems.find(
        (entry: { system: string }) => entry.system === 'consent-ledger',
      );
      expect(ledgerEntry.records.consentHistory[0].purposes).toEqual({
        [consentPurpose]: 'granted',
      });

      const erasure = await api(server, 'POST', '/dsr/requests', {
        type: 'erasure',
        subject,
        jurisdiction: 'DE',
      });
      tracked.erasure = { id: erasure.body.id, token: erasure.body.token };
      await api(server, 'POST', `/dsr/requests/${erasure.body.id}/verify`, {
        token: erasure.body.token,
        code: codeFor(erasure.body.id),
      });
      const erased = await api(
        server,
        'POST',
        `/operator/dsr/requests/${erasure.body.id}/fulfil`,
        {},
        true,
      );
      expect(erased.body.report.outcome).toBe('partially-completed');
      expect(erased.body.report.kept[0]).toMatchObject({
        category: 'invoice',
        basis: 'legal-obligation',
      });

      for (const path of [
        '/operator/retention/plan',
        '/operator/transfers/map',
        '/operator/consent/verify',
      ]) {
        expect((await api(server, 'GET', path, undefined, true)).status).toBe(200);
      }
    } finally {
      await server.close();
    }
  });

  it('finds everything again after a restart', async () => {
    const server = await start();
    try {
      const access = tracked.access as { id: string; token: string };
      const request = await api(server, 'GET', `/dsr/requests/${access.id}?token=${access.token}`);
      expect(request.status).toBe(200);
      expect(request.body.state).toBe('completed');
      const queue = await api(server, 'GET', '/operator/dsr/requests', undefined, true);
      expect(queue.body.requests).toHaveLength(2);
      const verify = await api(server, 'GET', '/operator/consent/verify', undefined, true);
      expect(verify.body).toMatchObject({ ok: true, count: 2 });
      const history = await api(server, 'GET', `/consent/history?subject=${subject}`);
      expect(history.body.events.map((event: { kind: string }) => event.kind)).toEqual([
        'choice',
        'subject-forgotten',
      ]);
      expect(history.body.events[0].purposes).toEqual({ [consentPurpose]: 'granted' });
    } finally {
      await server.close();
    }
  });

  it('never writes personal data to its log: recognisable values in requests and errors stay out', async () => {
    const server = await start();
    const marker = 'jane.marker.doe@example.org';
    const from = lines.length;
    try {
      const submitted = await api(server, 'POST', '/dsr/requests', {
        type: 'erasure',
        subject: marker,
        jurisdiction: 'DE',
        contact: marker,
      });
      expect(submitted.status).toBe(202);
      await api(server, 'POST', `/dsr/requests/${submitted.body.id}/verify`, {
        token: marker,
        code: '000000',
      });
      await api(server, 'POST', '/consent', { subject: marker, purposes: { [marker]: 'granted' } });
      await api(server, 'POST', '/age/check', { subject: marker, birthDate: marker });
      const verified = await api(server, 'POST', `/dsr/requests/${submitted.body.id}/verify`, {
        token: submitted.body.token,
        code: codeFor(submitted.body.id),
      });
      expect(verified.status).toBe(200);
      const fulfilled = await api(
        server,
        'POST',
        `/operator/dsr/requests/${submitted.body.id}/fulfil`,
        {},
        true,
      );
      expect(fulfilled.status).toBe(200);
      const written = lines.slice(from);
      expect(written.length).toBeGreaterThan(0); // the code and the billing notes were logged
      expect(
        written.filter((line) => line.includes(marker) || line.includes('jane.marker')),
      ).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
