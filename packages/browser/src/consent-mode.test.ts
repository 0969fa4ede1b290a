import { afterEach, describe, expect, it } from 'vitest';
import { createConsentClient } from './consent-client.js';
import { resolveGtag, toConsentModeState } from './consent-mode.js';
import { createMemoryStorage } from './consent-storage.js';
import { CONFIG } from './test-fixtures.js';

type Page = { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };
const page = globalThis as Page;
const inBrowser = typeof window !== 'undefined';

describe('toConsentModeState', () => {
  it('grants a type only when every purpose mapped to it is granted', () => {
    const purposes = [
      { id: 'a', legalBasis: 'consent', consentMode: ['ad_storage', 'ad_user_data'] },
      { id: 'b', legalBasis: 'consent', consentMode: ['ad_storage'] },
    ];
    const state = toConsentModeState(purposes, (purpose) => purpose.id === 'a');
    expect(state.ad_user_data).toBe('granted');
    expect(state.ad_storage).toBe('denied');
    expect(state.analytics_storage).toBe('denied');
  });

  it('has no gtag without a window unless one is given', () => {
    const given = () => {};
    expect(resolveGtag(given)).toBe(given);
    if (!inBrowser) expect(resolveGtag(undefined)).toBeUndefined();
  });
});

describe.skipIf(!inBrowser)('Consent Mode on a real page', () => {
  afterEach(() => {
    delete page.dataLayer;
    delete page.gtag;
  });
  const open = () =>
    createConsentClient({ config: CONFIG, storage: createMemoryStorage(), scripts: false });

  it('queues arguments objects on a dataLayer it creates when gtag is absent', async () => {
    const client = open();
    await client.start();
    await client.record({ analytics: 'granted' });
    const layer = page.dataLayer ?? [];
    expect(layer.length).toBeGreaterThanOrEqual(2);
    for (const entry of layer) {
      expect(Object.prototype.toString.call(entry)).toBe('[object Arguments]');
    }
    const calls = layer.map((entry) => Array.from(entry as ArrayLike<unknown>));
    expect(calls[0]?.slice(0, 2)).toEqual(['consent', 'default']);
    expect(calls[0]?.[2]).toMatchObject({ analytics_storage: 'denied', wait_for_update: 500 });
    expect(calls.at(-1)?.slice(0, 2)).toEqual(['consent', 'update']);
    expect(calls.at(-1)?.[2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  });

  it('calls the page’s gtag when the host defined one, even after the client started', async () => {
    const client = open();
    await client.start();
    const calls: unknown[][] = [];
    page.gtag = (...args) => calls.push(args);
    await client.acceptAll();
    expect(calls).toEqual([
      ['consent', 'update', expect.objectContaining({ ad_storage: 'granted' })],
    ]);
  });

  it('keeps an existing dataLayer', async () => {
    page.dataLayer = [{ event: 'earlier' }];
    await open().start();
    expect(page.dataLayer[0]).toEqual({ event: 'earlier' });
    expect(page.dataLayer.length).toBeGreaterThan(1);
  });
});
