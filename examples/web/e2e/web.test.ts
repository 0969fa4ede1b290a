// End-to-end: the example server (in-process, on a temporary PGlite directory) serving the
// built examples/web, driven in Debian's Chromium. The acceptance of issue 9: consent reaches
// the ledger and Consent Mode, reloads keep it, GPC holds sale purposes off, an access request
// is verified, fulfilled by the operator and exported with the consent history, an erasure
// with a legal-obligation exemption ends partially completed, the banner and the request form
// work with the keyboard alone, and axe-core finds no violation on any page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewAgeScreen } from '@pledge/age-gate/screen';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningApp, startApp } from './app.js';
import {
  artifactsDir,
  axeViolations,
  browserAvailable,
  launchChromium,
  ready,
  screenshot,
  tabTo,
} from './support.js';

interface ConsentState {
  readonly gpc: boolean;
  readonly purposes: Readonly<Record<string, { readonly outcome: string }>>;
}

interface ConsentConfig {
  readonly purposes: readonly {
    readonly id: string;
    readonly legalBasis: string;
    readonly essential: boolean;
    readonly saleOrSharing: boolean;
  }[];
}

const VIEWPORT = { width: 1280, height: 900 };

describe.skipIf(!browserAvailable())('examples/web in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let config: ConsentConfig;
  const pageErrors: string[] = [];
  const contexts: BrowserContext[] = [];

  async function open(
    path: string,
    options: Parameters<Browser['newContext']>[0] = {},
  ): Promise<Page> {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      timezoneId: 'Europe/Berlin',
      ...options,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
    await page.goto(`${app.url}/${path}`);
    await ready(page);
    return page;
  }

  async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await fetch(`${app.url}/api${path}`, init);
    const body = await response.text();
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${body}`);
    return JSON.parse(body) as T;
  }

  const operator = () => ({ authorization: `Bearer ${app.operatorToken}` });

  /**
   * Runs `act` and waits until the server has answered the consent write it causes. The banner
   * closes as soon as the choice is stored locally (the client delivers it afterwards), so its
   * disappearance alone does not mean the ledger has the choice.
   */
  async function delivered(page: Page, act: () => Promise<void>): Promise<void> {
    const response = page.waitForResponse(
      (candidate) =>
        candidate.request().method() === 'POST' &&
        new URL(candidate.url()).pathname === '/api/consent',
    );
    await act();
    expect((await response).status(), 'the consent write was recorded').toBe(201);
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  /** Fills the rights form (type by clicking) and verifies with the code the server sent. */
  async function submitRequest(page: Page, type: string, country: string): Promise<string> {
    await page.locator(`#rights-type-${type}`).check();
    await page.locator('#rights-email').fill('sam@example.org');
    await page.locator('#rights-country').selectOption(country);
    await page.locator('#rights-form button[type="submit"]').click();
    await page.locator('#verify-code').waitFor({ state: 'visible' });
    const id = await page.locator('.request-card').first().getAttribute('data-request-id');
    if (!id) throw new Error('the request card has no id');
    await page.locator('#verify-code').fill(app.codeFor(id));
    await page.locator('#verify-form button[type="submit"]').click();
    await page.locator('#rights-status .notice-ok').waitFor();
    return id;
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    config = await api<ConsentConfig>('/consent/config');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.close();
  });

  // One visitor for the consent and access-request steps, so the export holds this history.
  let visitor: Page;
  let subject: string;
  let accessRequest: string;

  test('the banner is usable with the keyboard alone: analytics only reaches the ledger and Consent Mode', async () => {
    visitor = await open('', { acceptDownloads: true });
    const banner = visitor.locator('[data-consent-banner]');
    await banner.waitFor({ state: 'visible' });
    await screenshot(visitor, 'home-with-banner', false);
    await expectAccessible(visitor);

    // Tab to "Manage choices", open the preference centre, switch analytics on, save.
    await tabTo(visitor, '[data-consent-action="manage"]');
    await visitor.keyboard.press('Enter');
    await visitor.locator('dialog[data-preferences][open]').waitFor();
    await screenshot(visitor, 'preference-centre', false);
    await expectAccessible(visitor);
    await tabTo(visitor, '#pc-analytics');
    await visitor.keyboard.press('Space');
    expect(await visitor.locator('#pc-analytics').isChecked()).toBe(true);
    await tabTo(visitor, '[data-preferences-action="Save choices"]');
    await delivered(visitor, () => visitor.keyboard.press('Enter'));
    await banner.waitFor({ state: 'detached' });
    await visitor.locator('dialog[data-preferences][open]').waitFor({ state: 'detached' });

    subject = (await visitor.locator('[data-consent-id]').first().textContent()) ?? '';
    expect(subject).toMatch(/^p-[A-Za-z0-9_-]{22}$/);
    const state = await api<ConsentState>(
      `/consent/state?subject=${encodeURIComponent(subject)}&jurisdiction=DE`,
    );
    for (const purpose of config.purposes.filter((p) => p.legalBasis === 'consent')) {
      expect(state.purposes[purpose.id]?.outcome, purpose.id).toBe(
        purpose.id === 'analytics' ? 'allow' : 'deny',
      );
    }
    const verified = await api<{ ok: boolean }>('/operator/consent/verify', {
      headers: operator(),
    });
    expect(verified.ok).toBe(true);

    // Consent Mode v2: an `update` granting analytics_storage only; the tagged script ran.
    const commands = await visitor.evaluate(() =>
      window.dataLayer.map((entry) => Array.from(entry as ArrayLike<unknown>)),
    );
    const updates = commands.filter(
      (command) => command[0] === 'consent' && command[1] === 'update',
    );
    expect(updates.at(-1)?.[2]).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'denied',
    });
    expect(commands.some((command) => command[0] === 'consent' && command[1] === 'default')).toBe(
      true,
    );
    expect(await visitor.evaluate(() => document.documentElement.dataset.analytics)).toBe('loaded');
  });

  test('after a reload the banner stays away and the choice still applies', async () => {
    await visitor.reload();
    await ready(visitor);
    expect(await visitor.locator('[data-consent-banner]').count()).toBe(0);
    expect(await visitor.evaluate(() => document.documentElement.dataset.analytics)).toBe('loaded');
    await screenshot(visitor, 'home', true);
    await expectAccessible(visitor);
  });

  test('with Global Privacy Control, sale and sharing purposes stay off even after "Accept all"', async () => {
    // A Californian visitor whose browser sends GPC: the header on every request, and
    // navigator.globalPrivacyControl before the page's scripts run.
    const page = await open('', {
      timezoneId: 'America/Los_Angeles',
      extraHTTPHeaders: { 'Sec-GPC': '1' },
    });
    await page.context().addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
    });
    await page.reload();
    await ready(page);
    await page.locator('[data-consent-banner] .gpc-note').waitFor({ state: 'visible' });
    await screenshot(page, 'home-with-gpc', false);
    await expectAccessible(page);
    await delivered(page, () => page.locator('[data-consent-action="accept"]').click());
    await page.locator('[data-consent-banner]').waitFor({ state: 'detached' });
    const id = (await page.locator('[data-consent-id]').first().textContent()) ?? '';
    const state = await api<ConsentState>(
      `/consent/state?subject=${encodeURIComponent(id)}&jurisdiction=US-CA`,
    );
    expect(state.gpc, 'the server recorded the GPC signal').toBe(true);
    const other = config.purposes.find(
      (purpose) => purpose.legalBasis === 'consent' && !purpose.saleOrSharing,
    );
    if (other) expect(state.purposes[other.id]?.outcome, other.id).toBe('allow');
    const sale = config.purposes.filter((purpose) => purpose.saleOrSharing);
    // The website policy's marketing cookies are "sharing" under the CCPA.
    expect(sale.map((purpose) => purpose.id)).toEqual(['marketing']);
    for (const purpose of sale)
      expect(state.purposes[purpose.id]?.outcome, purpose.id).toBe('deny');
  });

  test('an access request sent with the keyboard alone is verified by code', async () => {
    await visitor.goto(`${app.url}/privacy.html`);
    await ready(visitor);
    await screenshot(visitor, 'privacy-centre', true);
    await expectAccessible(visitor);

    await tabTo(visitor, '#rights-type-access');
    await visitor.keyboard.press('Space');
    await tabTo(visitor, '#rights-email');
    await visitor.keyboard.type('sam@example.org');
    await tabTo(visitor, '#rights-country');
    await visitor.keyboard.type('Germany');
    await tabTo(visitor, '#rights-form button[type="submit"]');
    await visitor.keyboard.press('Enter');

    await visitor.locator('#verify-code').waitFor({ state: 'visible' });
    expect(await visitor.evaluate(() => document.activeElement?.id)).toBe('verify-code');
    accessRequest =
      (await visitor.locator('.request-card').first().getAttribute('data-request-id')) ?? '';
    expect(accessRequest).not.toBe('');
    await visitor.keyboard.type('000000');
    await visitor.keyboard.press('Enter');
    await visitor.locator('#verify-code-error:not([hidden])').waitFor();
    await screenshot(visitor, 'privacy-verify-wrong-code', false);
    await expectAccessible(visitor);
    await visitor.keyboard.press('Control+A');
    await visitor.keyboard.type(app.codeFor(accessRequest));
    await visitor.keyboard.press('Enter');
    await visitor.locator('#rights-status .notice-ok').waitFor();
    // The request list refreshes after the confirmation appears: wait for the new state.
    const card = visitor.locator(`.request-card[data-request-id="${accessRequest}"]`);
    await card.locator('.badge[data-state="in-progress"]').waitFor();
  });

  test('the operator sees the queue by deadline, fulfils the request, and the subject downloads the export with the consent history', async () => {
    const operatorPage = await open('operator.html');
    await screenshot(operatorPage, 'operator-sign-in', false);
    await expectAccessible(operatorPage);
    await operatorPage.locator('#operator-token').fill(app.operatorToken);
    await operatorPage.locator('#operator-token').press('Enter');
    const row = operatorPage.locator(`#queue tr[data-request-id="${accessRequest}"]`);
    await row.waitFor();
    await row.locator('button').click();
    await operatorPage.locator('#request-detail [data-action="Fulfil"]').click();
    await operatorPage.locator('#request-detail .badge[data-state="completed"]').waitFor();
    await screenshot(operatorPage, 'operator-request', true);
    await expectAccessible(operatorPage);

    for (const [tab, target, name] of [
      ['#tab-retention', '#retention table', 'operator-retention'],
      ['#tab-transfers', '#transfers .summary-cards', 'operator-transfers'],
      ['#tab-ledger', '#ledger[data-verified="true"]', 'operator-ledger'],
    ] as const) {
      await operatorPage.locator(tab).click();
      await operatorPage.locator(target).waitFor();
      await screenshot(operatorPage, name, true);
      await expectAccessible(operatorPage);
    }

    await visitor.reload();
    await ready(visitor);
    const card = visitor.locator(`.request-card[data-request-id="${accessRequest}"]`);
    await card.locator('.badge[data-state="completed"]').waitFor();
    const [download] = await Promise.all([
      visitor.waitForEvent('download'),
      card.locator('[data-download]').click(),
    ]);
    const file = join(artifactsDir, 'access-export.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as {
      subject: string;
      systems: { system: string; records: { consentHistory?: unknown[] } }[];
    };
    expect(exported.subject).toBe(subject);
    const history = exported.systems.find((entry) => entry.system === 'consent-ledger')?.records
      .consentHistory;
    expect(history).toContainEqual(
      expect.objectContaining({
        kind: 'choice',
        source: 'preference-centre',
        purposes: expect.objectContaining({ analytics: 'granted', marketing: 'denied' }),
      }),
    );
    await screenshot(visitor, 'privacy-request-completed', true);
  });

  test('an erasure with a legal-obligation exemption ends partially completed', async () => {
    const page = await open('privacy.html');
    const id = await submitRequest(page, 'erasure', 'DE');
    const fulfilled = await api<{ request: { state: string } }>(
      `/operator/dsr/requests/${encodeURIComponent(id)}/fulfil`,
      {
        method: 'POST',
        headers: { ...operator(), 'content-type': 'application/json' },
        body: '{}',
      },
    );
    expect(fulfilled.request.state).toBe('partially-completed');
    await page.reload();
    await ready(page);
    const card = page.locator(`.request-card[data-request-id="${id}"]`);
    await card.locator('.badge[data-state="partially-completed"]').waitFor();
    expect(await card.locator('.notice-warn').textContent()).toContain('the law makes us keep');
    await screenshot(page, 'privacy-erasure-partial', true);
  });

  test('the age screen is neutral and a refusal is remembered', async () => {
    const page = await open('signup.html');
    await screenshot(page, 'signup-age-screen', false);
    await expectAccessible(page);
    // The screen as a person sees it, checked by @pledge/age-gate's neutral-screen review
    // (FTC COPPA FAQ G.3): free entry, nothing pre-filled, no hint of the age that gets in.
    const shown = await page.evaluate(() => ({
      text: (document.querySelector('main')?.innerText ?? '').split('\n').filter(Boolean),
      prefilled: ['birth-day', 'birth-month', 'birth-year'].some(
        (id) => (document.getElementById(id) as HTMLInputElement).value !== '',
      ),
    }));
    const review = reviewAgeScreen(
      { input: 'birth-date', retryAfterRefusal: false, ...shown },
      { at: new Date(), thresholds: [13, 16] },
    );
    expect(review.reasons.map((reason) => reason.code)).toEqual(['NEUTRAL']);
    const young = new Date();
    young.setUTCFullYear(young.getUTCFullYear() - 10);
    await page.locator('#signup-country').selectOption('DE');
    await page.locator('#birth-day').fill(String(young.getUTCDate()));
    await page.locator('#birth-month').fill(String(young.getUTCMonth() + 1));
    await page.locator('#birth-year').fill(String(young.getUTCFullYear()));
    await page.locator('#age-form button[type="submit"]').click();
    await page.locator('#signup-result .notice').waitFor();
    const outcome = await page.locator('#signup-result').getAttribute('data-outcome');
    expect(['deny', 'parental-consent-required']).toContain(outcome);
    await screenshot(page, 'signup-refused', false);
    await page.reload();
    await ready(page);
    expect(await page.locator('#age-form').isVisible()).toBe(false);
    expect(await page.locator('#signup-result').getAttribute('data-outcome')).toBe(outcome);

    const adult = await open('signup.html');
    await adult.locator('#signup-country').selectOption('DE');
    await adult.locator('#birth-day').fill('27');
    await adult.locator('#birth-month').fill('3');
    await adult.locator('#birth-year').fill('1990');
    await adult.locator('#age-form button[type="submit"]').click();
    await adult.locator('#account-step').waitFor({ state: 'visible' });
    await screenshot(adult, 'signup-account', false);
    await expectAccessible(adult);
  });

  test('no page threw an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});
