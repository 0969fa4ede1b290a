// Server rendering: the package must import and run where no browser global exists.
import { describe, expect, it } from 'vitest';
import { CONFIG, createFakeServer } from './test-fixtures.js';

describe('without a DOM (Node, server rendering)', () => {
  it('imports without touching window, document, navigator or storage globals', async () => {
    for (const name of ['window', 'document', 'navigator', 'indexedDB', 'localStorage']) {
      expect(name in globalThis, name).toBe(false);
    }
    const entry = await import('./index.js');
    expect(typeof entry.createConsentClient).toBe('function');
  });

  it('creates a client in server mode: memory storage, delivery works, no gtag, no scripts', async () => {
    const { createConsentClient } = await import('./index.js');
    const server = createFakeServer();
    const client = createConsentClient({ endpoint: '/api', fetch: server.fetch });
    const state = await client.start();
    expect(state).toMatchObject({ status: 'ready', mode: 'server', gpc: false, storage: 'memory' });
    expect(client.rescan()).toBe(0);
    await client.record({ analytics: 'granted' });
    expect(await client.flush()).toBe(0);
    expect(server.posts()).toHaveLength(1);
    expect('dataLayer' in globalThis).toBe(false);
    client.destroy();
  });

  it('runs locally with a config and nothing else', async () => {
    const { createConsentClient } = await import('./index.js');
    const client = createConsentClient({ config: CONFIG });
    expect((await client.start()).bannerRequired).toBe(true);
  });
});
