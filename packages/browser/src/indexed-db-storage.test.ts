// Runs in Chromium only: Node has no IndexedDB, and faking one would prove nothing.
import { describe, expect, it } from 'vitest';
import { createConsentClient } from './consent-client.js';
import { detectStorage } from './detect-storage.js';
import { createIndexedDbStorage } from './indexed-db-storage.js';
import { createFakeServer, HEADLESS } from './test-fixtures.js';

const inBrowser = typeof indexedDB !== 'undefined';

async function readRaw(database: string, key: string): Promise<unknown> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction('consent').objectStore('consent').get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

describe.skipIf(!inBrowser)('IndexedDB in a real browser', () => {
  it('stores, replaces and deletes values', async () => {
    const storage = createIndexedDbStorage({ database: `pledge-test-${Math.random()}` });
    expect(storage.kind).toBe('indexeddb');
    expect(await storage.get('k')).toBeUndefined();
    await storage.set('k', 'one');
    await storage.set('k', 'two');
    expect(await storage.get('k')).toBe('two');
    await storage.delete('k');
    expect(await storage.get('k')).toBeUndefined();
  });

  it('is what the client uses by default, and a reload reads the choice back from it', async () => {
    const server = createFakeServer();
    const storageKey = `consent-${Math.random()}`;
    const open = () =>
      createConsentClient({ endpoint: '/api', fetch: server.fetch, storageKey, ...HEADLESS });
    const client = open();
    const first = await client.start();
    expect(first.storage).toBe('indexeddb');
    await client.record({ analytics: 'granted' });
    const raw = await readRaw('pledge', storageKey);
    expect(typeof raw).toBe('string');
    expect(JSON.parse(raw as string)).toMatchObject({
      subject: first.subject,
      policyVersion: '2026-01',
      choices: { analytics: 'granted', ads: 'denied' },
    });
    client.destroy();

    const reloaded = await open().start();
    expect(reloaded).toMatchObject({ subject: first.subject, bannerRequired: false });
    expect(reloaded.choices.analytics).toBe('granted');
  });

  it('falls back to the real localStorage when IndexedDB is unavailable', async () => {
    const storageKey = `consent-${Math.random()}`;
    const client = createConsentClient({
      config: { policyVersion: 'v1', purposes: [{ id: 'analytics', legalBasis: 'consent' }] },
      storage: detectStorage({ indexedDB: null }),
      storageKey,
      ...HEADLESS,
    });
    expect((await client.start()).storage).toBe('localstorage');
    await client.record({ analytics: 'granted' });
    expect(JSON.parse(localStorage.getItem(storageKey) ?? '{}').choices).toEqual({
      analytics: 'granted',
    });
    localStorage.removeItem(storageKey);
  });
});
