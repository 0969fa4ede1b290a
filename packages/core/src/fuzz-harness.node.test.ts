// The fuzz harness must catch what it claims to: each deliberately faulty target below fails
// it for the stated reason, and a well-behaved one passes.
import { describe, expect, it } from 'vitest';
import { fuzzTarget, PERSONAL_DATA_MARKER } from '../../../test-support/fuzz.js';
import { invalidInput } from './validate.js';

const reject = (field: string, message = 'expected a number'): never =>
  invalidInput({ scope: '@pledge/selftest', field }, 'invalid_type', message);

/** The harness's own message for the first violation (fast-check keeps it as the cause). */
async function failureOf(run: Promise<void>): Promise<string> {
  try {
    await run;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : String(error);
  }
  return 'no failure';
}

describe('the fuzz harness', () => {
  it('fails a target that crashes with an untyped error', async () => {
    const call = (query: unknown) => (query as { a: { b: string } }).a.b.toUpperCase();
    expect(
      await failureOf(fuzzTarget('crashes', { seed: () => [{ a: { b: 'x' } }], call }, 300)),
    ).toMatch(/untyped error/);
  });

  it('fails a target that writes before rejecting', async () => {
    let writes = 0;
    const call = (query: unknown) => {
      writes += 1;
      if (typeof (query as { a?: unknown } | null)?.a !== 'number') reject('query.a');
    };
    expect(
      await failureOf(
        fuzzTarget('writes', { seed: () => [{ a: 1 }], call, state: () => writes }, 300),
      ),
    ).toMatch(/wrote before rejecting/);
  });

  it('fails a target whose error echoes the personal-data marker', async () => {
    const call = (query: unknown) => {
      const value = (query as { a?: unknown } | null)?.a;
      if (value !== 'x')
        reject('query.a', `unexpected ${typeof value === 'string' ? value : typeof value}`);
    };
    expect(
      await failureOf(fuzzTarget('echoes', { seed: () => [{ a: 'x' }], call }, 2_000)),
    ).toMatch(/echoed personal data/);
    expect(PERSONAL_DATA_MARKER).toContain('@');
  });

  it('fails a target that pollutes Object.prototype', async () => {
    // A naive deep merge: `{"__proto__": {...}}` in the input lands on Object.prototype.
    const call = (query: unknown) => {
      const merged: Record<string, unknown> = {};
      for (const [key, value] of Object.entries((query as object | null) ?? {})) {
        if (value === null || typeof value !== 'object') continue;
        const slot = (merged[key] ?? {}) as Record<string, unknown>;
        try {
          for (const [inner, item] of Object.entries(value)) slot[inner] = item;
        } catch {
          // Read-only targets (Object.prototype.constructor.prototype) are not the point here.
        }
      }
    };
    expect(
      await failureOf(fuzzTarget('pollutes', { seed: () => [{ a: {} }], call }, 2_000)),
    ).toMatch(/polluted/);
  });

  it('passes a target that validates and rejects with typed errors', async () => {
    const call = (query: unknown) => {
      const value = (query as { a?: unknown } | null)?.a;
      if (typeof value !== 'number' || !Number.isFinite(value)) reject('query.a');
      return value;
    };
    await expect(
      fuzzTarget('validates', { seed: () => [{ a: 1 }], call }, 500),
    ).resolves.toBeUndefined();
  });
});
