// Runs in Chromium only: script execution needs a real DOM.
import { afterEach, describe, expect, it } from 'vitest';
import { createConsentClient } from './consent-client.js';
import { createMemoryStorage } from './consent-storage.js';
import { BLOCKED_SCRIPT_SELECTOR, unblockScripts } from './script-blocking.js';
import { CONFIG } from './test-fixtures.js';

const inBrowser = typeof document !== 'undefined';
type Page = { ran?: string[] };
const page = globalThis as Page;

function blocked(purpose: string, code: string, attributes: Record<string, string> = {}) {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.pledgePurpose = purpose;
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.text = code;
  return script;
}

const log = (name: string) => `(globalThis.ran ??= []).push(${JSON.stringify(name)});`;
const dataUrl = (code: string) => `data:text/javascript,${encodeURIComponent(code)}`;
const open = (root?: HTMLElement) =>
  createConsentClient({
    config: CONFIG,
    storage: createMemoryStorage(),
    consentMode: false,
    ...(root ? { scripts: { root } } : {}),
  });
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await settle();
};

describe.skipIf(!inBrowser)('script blocking in a real DOM', () => {
  let container: HTMLElement;
  afterEach(() => {
    container?.remove();
    delete page.ran;
  });
  const mount = (...scripts: HTMLScriptElement[]) => {
    container = document.createElement('div');
    container.append(...scripts);
    document.body.append(container);
  };

  it('runs tagged scripts only once their purposes are granted', async () => {
    mount(
      blocked('analytics', log('inline-analytics')),
      blocked('ads', log('inline-ads')),
      blocked('analytics ads', log('both')),
      blocked('unknown', log('unknown')),
    );
    const client = open(container);
    await client.start();
    expect(page.ran).toBeUndefined();
    expect(container.querySelectorAll(BLOCKED_SCRIPT_SELECTOR)).toHaveLength(4);

    await client.record({ analytics: 'granted' });
    expect(page.ran).toEqual(['inline-analytics']);
    await client.record({ ads: 'granted' });
    expect(page.ran).toEqual(['inline-analytics', 'inline-ads', 'both']);
    // The undeclared purpose is never granted.
    expect(container.querySelectorAll(BLOCKED_SCRIPT_SELECTOR)).toHaveLength(1);
    expect(client.rescan()).toBe(0);
    client.destroy();
  });

  it('loads src scripts in document order, keeps attributes, honours data-pledge-type', async () => {
    mount(
      blocked('analytics', '', { src: dataUrl(log('first')), id: 'tag-1', 'data-extra': 'x' }),
      blocked('analytics', '', { src: dataUrl(log('second')) }),
      blocked('analytics', log('module'), { 'data-pledge-type': 'module' }),
    );
    expect(unblockScripts(container, (purpose) => purpose === 'analytics')).toBe(3);
    await until(() => (page.ran?.length ?? 0) === 3);
    expect(page.ran?.slice(0, 2)).toEqual(['first', 'second']);
    expect(page.ran).toContain('module');
    const live = container.querySelector<HTMLScriptElement>('#tag-1');
    expect(live?.type).toBe('');
    expect(live?.dataset.extra).toBe('x');
    expect(live?.dataset.pledgePurpose).toBe('analytics');
    expect(container.querySelector('script[data-pledge-type]')?.getAttribute('type')).toBe(
      'module',
    );
  });

  it('watches for scripts added after start and runs those already granted', async () => {
    mount();
    const client = open(container);
    await client.start();
    await client.acceptAll();
    const wrapper = document.createElement('section');
    wrapper.append(blocked('analytics', log('nested')));
    container.append(blocked('analytics', log('late')), wrapper, blocked('unknown', log('no')));
    await settle();
    expect(page.ran).toEqual(['late', 'nested']);

    client.destroy();
    container.append(blocked('analytics', log('after-destroy')));
    await settle();
    expect(page.ran).toEqual(['late', 'nested']);
  });

  it('scans the whole document by default', async () => {
    mount(blocked('analytics', log('document')));
    const client = open();
    await client.start();
    await client.record({ analytics: 'granted' });
    expect(page.ran).toEqual(['document']);
    client.destroy();
  });
});
