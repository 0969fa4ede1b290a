import { StoreUnavailableError } from '@pledge/core';
import { describe, expect, it, vi } from 'vitest';
import {
  createSimulatedClock,
  DEFAULT_PG_URL,
  pgTestUrl,
  postgresAvailability,
  uniqueSchema,
  uniqueTenant,
} from './index.js';

describe('fixtures', () => {
  it('uniqueTenant gives distinct ids in the tenant shape the engines accept', () => {
    const ids = new Set(Array.from({ length: 500 }, () => uniqueTenant('a label!')));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
  });

  it('uniqueSchema gives distinct, valid lower-case identifiers', () => {
    const names = new Set(Array.from({ length: 500 }, () => uniqueSchema()));
    expect(names.size).toBe(500);
    for (const name of names) expect(name).toMatch(/^pledge_test_[a-z0-9]{16}$/);
    expect(uniqueSchema('My-Prefix')).toMatch(/^my_prefix_/);
  });

  it('pgTestUrl reads PLEDGE_PG_URL and falls back to the local test server', () => {
    expect(pgTestUrl({})).toBe(DEFAULT_PG_URL);
    expect(pgTestUrl({ PLEDGE_PG_URL: 'postgres://u@db:6543/x' })).toBe('postgres://u@db:6543/x');
  });

  it('re-exports the simulated clock', () => {
    const clock = createSimulatedClock('2026-01-01T00:00:00Z');
    clock.advance('P1D');
    expect(clock.now().toISOString()).toBe('2026-01-02T00:00:00.000Z');
  });
});

describe('postgresAvailability', () => {
  // Port 1 on loopback: nothing listens there, so the probe is refused at once.
  const down = 'postgres://postgres:secret-password@127.0.0.1:1/test';

  it('skips with a visible notice, and no password, when the server is down', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await postgresAvailability({ env: { PLEDGE_PG_URL: down } });
    expect(result).toMatchObject({ available: false, url: down });
    expect(result.reason).toMatch(/127\.0\.0\.1:1 did not answer/);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/SKIPPED/);
    expect(String(warn.mock.calls[0]?.[0])).not.toMatch(/secret-password/);
    warn.mockRestore();
  });

  it('fails loudly instead when PLEDGE_REQUIRE_PG=1', async () => {
    const error = await postgresAvailability({
      env: { PLEDGE_PG_URL: down, PLEDGE_REQUIRE_PG: '1' },
    }).catch((thrown: unknown) => thrown);
    expect(StoreUnavailableError.isInstance(error)).toBe(true);
    expect(String((error as Error).message)).not.toMatch(/secret-password/);
  });

  it('reports a malformed URL without echoing it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await postgresAvailability({ env: { PLEDGE_PG_URL: 'not a url' } });
    expect(result).toMatchObject({ available: false, reason: 'PLEDGE_PG_URL is not a valid URL' });
    warn.mockRestore();
  });
});
