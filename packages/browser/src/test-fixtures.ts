// Test doubles shared by the test files: a consent server behind a fake `fetch`, a clock, and
// a config with one purpose of each kind.
import type { ConsentClientOptions, FetchLike } from './consent-client.js';
import type { ConsentConfig } from './consent-config.js';

export const CONFIG: ConsentConfig = {
  policyVersion: '2026-01',
  purposes: [
    { id: 'necessary', legalBasis: 'contract', essential: true, consentMode: ['security_storage'] },
    {
      id: 'analytics',
      legalBasis: 'consent',
      consentMode: ['analytics_storage'],
      title: 'Analytics',
    },
    {
      id: 'ads',
      legalBasis: 'consent',
      saleOrSharing: true,
      consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    },
  ],
};

/** One request the fake server received. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: Record<string, unknown> | undefined;
}

/** A fake consent server: `answer` decides each POST's status; `offline` makes fetch reject. */
export function createFakeServer(config: ConsentConfig = CONFIG) {
  const server = {
    config: config as unknown,
    offline: false,
    answer: (_request: ReceivedRequest): number => 201,
    received: [] as ReceivedRequest[],
    fetch: (async (url, init) => {
      if (server.offline) throw new TypeError('Failed to fetch');
      const request: ReceivedRequest = {
        method: init.method ?? 'GET',
        path: new URL(url, 'http://localhost').pathname,
        headers: { ...(init.headers as Record<string, string>) },
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      server.received.push(request);
      const status = request.method === 'GET' ? 200 : server.answer(request);
      const payload = request.path.endsWith('/config') ? server.config : { recorded: [] };
      return {
        ok: status >= 200 && status < 300,
        status,
        json: async () => payload,
      };
    }) as FetchLike,
    /** The POSTs that reached the server. */
    posts: () => server.received.filter((request) => request.method === 'POST'),
  };
  return server;
}

/** A clock that moves only when told. */
export function createTestClock(start = '2026-02-01T10:00:00Z') {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/** Options without any browser side effect: no gtag, no script blocking. */
export const HEADLESS: Pick<ConsentClientOptions, 'consentMode' | 'scripts'> = {
  consentMode: false,
  scripts: false,
};
