import { PledgeError, ValidationError } from '@pledge/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentClient } from './consent-client.js';
import { ConsentClientError } from './consent-client-error.js';
import { type ConsentStorage, createMemoryStorage } from './consent-storage.js';
import { CONFIG, createFakeServer, createTestClock, HEADLESS } from './test-fixtures.js';

function setup(overrides: Parameters<typeof createConsentClient>[0] = {}) {
  const server = createFakeServer();
  const storage = createMemoryStorage();
  const clock = createTestClock();
  const open = (more: Parameters<typeof createConsentClient>[0] = {}) =>
    createConsentClient({
      endpoint: 'https://shop.example/api/',
      fetch: server.fetch,
      storage,
      clock,
      gpc: false,
      ...HEADLESS,
      ...overrides,
      ...more,
    });
  return { server, storage, clock, open };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('start', () => {
  it('reads the config from the endpoint and asks for a choice', async () => {
    const { server, open } = setup();
    const client = open();
    expect(client.getState().status).toBe('idle');
    const state = await client.start();
    expect(server.received[0]).toMatchObject({ method: 'GET', path: '/api/consent/config' });
    expect(state).toMatchObject({
      status: 'ready',
      mode: typeof document === 'undefined' ? 'server' : 'browser',
      recorded: false,
      bannerRequired: true,
      bannerReason: 'NO_RECORDED_CHOICE',
      choices: { necessary: 'granted', analytics: 'denied', ads: 'denied' },
      storage: 'memory',
      pending: 0,
    });
    expect(state.subject).toMatch(/^p-[A-Za-z0-9_-]{22}$/);
    expect(state.config?.purposes.map((purpose) => purpose.id)).toEqual([
      'necessary',
      'analytics',
      'ads',
    ]);
    expect(client.isGranted('necessary')).toBe(true);
    expect(client.isGranted('analytics')).toBe(false);
    expect(client.isGranted('unknown')).toBe(false);
  });

  it('is idempotent and keeps one subject id across reloads', async () => {
    const { server, open } = setup();
    const client = open();
    const [first, second] = await Promise.all([client.start(), client.start()]);
    expect(first).toBe(second);
    expect(server.received).toHaveLength(1);
    const reloaded = await open().start();
    expect(reloaded.subject).toBe(first.subject);
  });

  it('uses a config passed in without asking the server, and a host subject id', async () => {
    const { server, open } = setup();
    const state = await open({ config: CONFIG, subject: 'p-host' }).start();
    expect(server.received).toEqual([]);
    expect(state.subject).toBe('p-host');
  });

  it('falls back to the config stored on the last visit when the server is unreachable', async () => {
    const { server, open } = setup();
    await open().start();
    server.offline = true;
    const state = await open().start();
    expect(state.status).toBe('ready');
    expect(state.config?.policyVersion).toBe('2026-01');
  });

  it('reports CONFIG_UNAVAILABLE on a first visit offline, and CONFIG_INVALID for a bad answer', async () => {
    const offline = setup();
    offline.server.offline = true;
    const state = await offline.open().start();
    expect(state.status).toBe('error');
    expect(state.error?.code).toBe('CONFIG_UNAVAILABLE');
    expect(state.bannerRequired).toBe(false);

    const bad = setup();
    bad.server.config = { policyVersion: '', purposes: [] };
    const invalidState = await bad.open().start();
    expect(invalidState.status).toBe('error');
    expect(invalidState.error?.code).toBe('CONFIG_INVALID');
    expect(PledgeError.isInstance(invalidState.error)).toBe(true);
  });

  it('needs no banner when every purpose is essential', async () => {
    const { open } = setup();
    const state = await open({
      config: {
        policyVersion: 'v1',
        purposes: [{ id: 'login', legalBasis: 'contract', essential: true }],
      },
    }).start();
    expect(state.bannerRequired).toBe(false);
  });
});

describe('recording choices', () => {
  it('stores the choice, posts it to the server and hides the banner on reload', async () => {
    const { server, open } = setup();
    const client = open({ jurisdiction: 'DE' });
    const { subject } = await client.start();
    const state = await client.record({ analytics: 'granted' });
    expect(state).toMatchObject({
      recorded: true,
      bannerRequired: false,
      recordedAt: '2026-02-01T10:00:00.000Z',
      choices: { necessary: 'granted', analytics: 'granted', ads: 'denied' },
    });
    expect(client.isGranted('analytics')).toBe(true);
    expect(await client.flush()).toBe(0);
    const [post] = server.posts();
    expect(post?.path).toBe('/api/consent');
    expect(post?.headers['content-type']).toBe('application/json');
    expect(post?.headers['idempotency-key']).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(post?.headers['sec-gpc']).toBeUndefined();
    expect(post?.body).toEqual({
      subject,
      purposes: { analytics: 'granted', ads: 'denied' },
      policyVersion: '2026-01',
      source: 'banner',
      jurisdiction: 'DE',
    });

    const reloaded = await open().start();
    expect(reloaded).toMatchObject({ recorded: true, bannerRequired: false, pending: 0 });
    expect(reloaded.choices.analytics).toBe('granted');
  });

  it('accepts all, rejects all and withdraws through the withdraw route', async () => {
    const { server, open } = setup();
    const client = open();
    await client.start();
    expect((await client.acceptAll()).choices).toEqual({
      necessary: 'granted',
      analytics: 'granted',
      ads: 'granted',
    });
    expect((await client.rejectAll({ source: 'preference-centre' })).choices).toEqual({
      necessary: 'granted',
      analytics: 'denied',
      ads: 'denied',
    });
    await client.acceptAll();
    const withdrawn = await client.withdraw(['ads']);
    expect(withdrawn.choices.ads).toBe('denied');
    expect(withdrawn.choices.analytics).toBe('granted');
    await client.flush();
    const posts = server.posts();
    expect(posts.map((post) => post.path)).toEqual([
      '/api/consent',
      '/api/consent',
      '/api/consent',
      '/api/consent/withdraw',
    ]);
    expect(posts[1]?.body?.source).toBe('preference-centre');
    expect(posts[3]?.body).toMatchObject({ purposes: ['ads'], source: 'preference-centre' });
  });

  it('notifies subscribers with a new snapshot after each change', async () => {
    const { open } = setup();
    const client = open();
    const seen: string[] = [];
    const unsubscribe = client.subscribe((state) => seen.push(state.status));
    await client.start();
    expect(seen).toContain('ready');
    const before = client.getState();
    expect(client.getState()).toBe(before);
    await client.record({ analytics: 'granted' });
    expect(client.getState()).not.toBe(before);
    unsubscribe();
    const count = seen.length;
    await client.record({ analytics: 'denied' });
    expect(seen).toHaveLength(count);
  });

  it('refuses undeclared or essential purposes, bad values and calls before start', async () => {
    const { open } = setup();
    const client = open();
    await expect(client.record({ analytics: 'granted' })).rejects.toMatchObject({
      code: 'NOT_READY',
    });
    await client.start();
    const refusals = [
      [client.record({ tracking: 'granted' }), 'choices.tracking'],
      [client.record({ necessary: 'denied' }), 'choices.necessary'],
      [client.record({ analytics: 'yes' as never }), 'choices.analytics'],
      [client.record(null as never), 'choices'],
      [client.record({}, { source: 'email' as never }), 'options.source'],
      [client.withdraw([]), 'purposes'],
      [client.withdraw(['analytics', 'necessary']), 'purposes[1]'],
    ] as const;
    for (const [call, field] of refusals) {
      const error = await call.catch((thrown: unknown) => thrown);
      expect(ValidationError.isInstance(error), String(error)).toBe(true);
      expect((error as ValidationError).issues[0]?.field).toBe(field);
    }
    expect(client.getState().recorded).toBe(false);
  });

  it('records locally only when there is no endpoint', async () => {
    const storage = createMemoryStorage();
    const client = createConsentClient({ config: CONFIG, storage, ...HEADLESS });
    await client.start();
    const state = await client.record({ analytics: 'granted' });
    expect(state.pending).toBe(0);
    expect(await client.flush()).toBe(0);
    const text = await storage.get('pledge-consent');
    expect(JSON.parse(text ?? '{}').choices).toEqual({ analytics: 'granted', ads: 'denied' });
  });
});

describe('asking again', () => {
  it('shows the banner when the policy version changed, with defaults until chosen again', async () => {
    const { server, open } = setup();
    const client = open();
    await client.start();
    await client.acceptAll();
    server.config = { ...CONFIG, policyVersion: '2026-06' };
    const state = await open().start();
    expect(state).toMatchObject({
      recorded: false,
      bannerRequired: true,
      bannerReason: 'POLICY_VERSION_CHANGED',
    });
    expect(state.choices.analytics).toBe('denied');
  });

  it('shows the banner when a purpose was declared after the choice', async () => {
    const { server, open } = setup();
    const client = open();
    await client.start();
    await client.rejectAll();
    server.config = {
      ...CONFIG,
      purposes: [...CONFIG.purposes, { id: 'video', legalBasis: 'consent' }],
    };
    const state = await open().start();
    expect(state).toMatchObject({ bannerRequired: true, bannerReason: 'PURPOSES_ADDED' });
    expect(state.choices).toMatchObject({ analytics: 'denied', video: 'denied' });
  });
});

describe('delivery to the server', () => {
  it('keeps choices made offline and delivers them in order with the same idempotency key', async () => {
    const { server, open } = setup();
    const client = open();
    await client.start();
    server.offline = true;
    await client.record({ analytics: 'granted' });
    await client.withdraw(['analytics']);
    expect(await client.flush()).toBe(2);
    expect(client.getState().pending).toBe(2);

    // The page is closed while offline; the next visit delivers what was queued.
    client.destroy();
    server.offline = false;
    server.answer = () => 503;
    const reopened = open();
    await reopened.start();
    expect(await reopened.flush()).toBe(2);
    server.answer = () => 201;
    expect(await reopened.flush()).toBe(0);
    const posts = server.posts();
    // start() and flush() share one attempt (503), then both go out in order.
    expect(posts.map((post) => post.path)).toEqual([
      '/api/consent',
      '/api/consent',
      '/api/consent/withdraw',
    ]);
    const keys = posts.map((post) => post.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(2);
    expect(keys[0]).toBe(keys[1]);
    expect(reopened.getState().pending).toBe(0);
  });

  it('retries with backoff on its own', async () => {
    vi.useFakeTimers();
    const { server, open } = setup();
    const client = open();
    await client.start();
    server.answer = () => 429;
    await client.record({ analytics: 'granted' });
    await client.flush();
    const attempts = server.posts().length;
    server.answer = () => 201;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.posts().length).toBeGreaterThan(attempts);
    expect(client.getState().pending).toBe(0);
    client.destroy();
  });

  it.skipIf(typeof window === 'undefined')(
    'sends at once when the browser comes back online',
    async () => {
      const { server, open } = setup();
      const client = open();
      await client.start();
      server.offline = true;
      await client.record({ analytics: 'granted' });
      expect(await client.flush()).toBe(1);
      server.offline = false;
      window.dispatchEvent(new Event('online'));
      // Well before the first backoff (1 s): only the event can have sent it.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(server.posts()).toHaveLength(1);
      expect(client.getState().pending).toBe(0);
      client.destroy();
    },
  );

  it('drops a choice the server refuses for good and reports SERVER_REJECTED', async () => {
    const { server, open } = setup();
    const client = open();
    await client.start();
    server.answer = () => 400;
    await client.record({ analytics: 'granted' });
    expect(await client.flush()).toBe(0);
    const { error } = client.getState();
    expect(error?.code).toBe('SERVER_REJECTED');
    expect(ConsentClientError.isInstance(error)).toBe(true);
    expect(PledgeError.isInstance(error)).toBe(true);
    expect(ValidationError.isInstance(error)).toBe(false);
    // The local choice stands: the subject chose, the server disagreed.
    expect(client.isGranted('analytics')).toBe(true);
  });

  it('keeps both tabs’ undelivered choices when two pages share the storage', async () => {
    const { server, open } = setup();
    server.offline = true;
    await open().start();
    server.offline = false;
    const first = open();
    const second = open();
    await first.start();
    await second.start();
    server.offline = true;
    await first.record({ analytics: 'granted' });
    await second.record({ ads: 'granted' });
    const stored = (await open().start()).pending;
    expect(stored).toBe(2);
    server.offline = false;
    await second.flush();
    expect(server.posts()).toHaveLength(2);
  });

  it('reports STORAGE_FAILED and keeps working in memory when the storage breaks', async () => {
    const broken: ConsentStorage = {
      kind: 'broken',
      get: async () => {
        throw new Error('quota');
      },
      set: async () => {
        throw new Error('quota');
      },
      delete: async () => {},
    };
    const { open } = setup({ storage: broken });
    const client = open();
    const state = await client.start();
    expect(state.status).toBe('ready');
    expect(state.error?.code).toBe('STORAGE_FAILED');
    await client.record({ analytics: 'granted' });
    expect(client.getState().error?.code).toBe('STORAGE_FAILED');
    expect(client.isGranted('analytics')).toBe(true);
  });
});

describe('Global Privacy Control', () => {
  it('defaults sale and sharing off, keeps it off on accept all, and sends Sec-GPC', async () => {
    const { server, open } = setup({ gpc: true, model: 'opt-out' });
    const client = open();
    const state = await client.start();
    expect(state.gpc).toBe(true);
    expect(state.choices).toMatchObject({ analytics: 'granted', ads: 'denied' });
    expect((await client.acceptAll()).choices.ads).toBe('denied');
    await client.flush();
    expect(server.posts()[0]?.headers['sec-gpc']).toBe('1');
    // An explicit grant after being told of the conflict is the subject's to make.
    expect((await client.record({ ads: 'granted' })).choices.ads).toBe('granted');
  });

  it('grants non-consent purposes by default and consent purposes only under opt-out', async () => {
    const config = {
      policyVersion: 'v1',
      purposes: [
        { id: 'fraud', legalBasis: 'legitimate-interests' },
        { id: 'analytics', legalBasis: 'consent' },
      ],
    };
    const optIn = await setup({ config }).open().start();
    expect(optIn.choices).toEqual({ fraud: 'granted', analytics: 'denied' });
    const optOut = await setup({ config, model: 'opt-out' }).open().start();
    expect(optOut.choices).toEqual({ fraud: 'granted', analytics: 'granted' });
  });
});

describe('Google Consent Mode v2', () => {
  it('issues the denied default at start and an update on each choice', async () => {
    const calls: unknown[][] = [];
    const { open } = setup({
      consentMode: { gtag: (...args) => calls.push(args), waitForUpdate: 300 },
    });
    const client = open();
    const started = client.start();
    // The default goes out before start() awaits anything.
    expect(calls[0]).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        analytics_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'denied',
        wait_for_update: 300,
      },
    ]);
    await started;
    // security_storage follows the essential purpose it is mapped to.
    expect(calls[1]).toEqual([
      'consent',
      'update',
      expect.objectContaining({ security_storage: 'granted' }),
    ]);
    await client.record({ analytics: 'granted' });
    expect(calls.at(-1)).toEqual([
      'consent',
      'update',
      expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied' }),
    ]);
    await client.acceptAll();
    expect(calls.at(-1)?.[2]).toMatchObject({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    });
    expect(client.getState().consentMode.ad_storage).toBe('granted');
  });

  it('repeats the stored choice as an update on the next visit', async () => {
    const { open } = setup();
    const first = open();
    await first.start();
    await first.acceptAll();
    const calls: unknown[][] = [];
    await open({ consentMode: { gtag: (...args) => calls.push(args) } }).start();
    expect(calls.map((call) => call[1])).toEqual(['default', 'update']);
    expect(calls[1]?.[2]).toMatchObject({ analytics_storage: 'granted' });
  });
});

describe('errors', () => {
  it('names the field and carries the @pledge/core markers', () => {
    let thrown: unknown;
    try {
      createConsentClient({ endpoint: 42 as never });
    } catch (error) {
      thrown = error;
    }
    expect(ValidationError.isInstance(thrown)).toBe(true);
    expect(PledgeError.isInstance(thrown)).toBe(true);
    expect(thrown).toMatchObject({
      name: 'ValidationError',
      code: 'VALIDATION_FAILED',
      scope: '@pledge/browser',
      message: '[@pledge/browser] options.endpoint: expected a URL string',
      issues: [{ field: 'options.endpoint', path: ['options', 'endpoint'], code: 'invalid_type' }],
    });
    const nested = new ConsentClientError('VALIDATION_FAILED', 'x', [
      { field: 'options.config.purposes[0].id', path: [], code: 'invalid_type', message: 'x' },
    ]);
    expect(nested.name).toBe('ValidationError');
    expect(new ConsentClientError('NOT_READY', 'x').name).toBe('PledgeError');
    expect(ConsentClientError.isInstance(new Error('x'))).toBe(false);
  });
});
