import { afterEach, describe, expect, it } from 'vitest';
import { createConsentClient } from './consent-client.js';
import { createMemoryStorage } from './consent-storage.js';
import { detectGlobalPrivacyControl } from './global-privacy-control.js';
import { CONFIG, HEADLESS } from './test-fixtures.js';

describe('detectGlobalPrivacyControl', () => {
  it('is true only for a boolean true signal', () => {
    expect(detectGlobalPrivacyControl({ globalPrivacyControl: true })).toBe(true);
    expect(detectGlobalPrivacyControl({ globalPrivacyControl: false })).toBe(false);
    expect(detectGlobalPrivacyControl({})).toBe(false);
    expect(detectGlobalPrivacyControl(undefined)).toBe(false);
  });
});

describe.skipIf(typeof navigator === 'undefined')('GPC from the real navigator', () => {
  afterEach(() => {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });

  it('turns sale and sharing purposes off by default when the browser sends GPC', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    expect(detectGlobalPrivacyControl()).toBe(true);
    const client = createConsentClient({
      config: CONFIG,
      storage: createMemoryStorage(),
      model: 'opt-out',
      ...HEADLESS,
    });
    const state = await client.start();
    expect(state.gpc).toBe(true);
    expect(state.choices).toMatchObject({ analytics: 'granted', ads: 'denied' });
    expect(state.consentMode.ad_storage).toBe('denied');
  });

  it('is off when the browser does not send it', async () => {
    const state = await createConsentClient({
      config: CONFIG,
      storage: createMemoryStorage(),
      ...HEADLESS,
    }).start();
    expect(state.gpc).toBe(false);
  });
});
