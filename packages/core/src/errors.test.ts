import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSimulatedClock, systemClock } from './clock.js';
import { ConflictError } from './conflict-error.js';
import { PledgeError } from './pledge-error.js';
import { StoreUnavailableError } from './store-unavailable-error.js';
import { parseInput } from './validate.js';
import { ValidationError } from './validation-error.js';

describe('PledgeError', () => {
  it('is recognised through its Symbol.for marker, even from another copy', () => {
    const error = new PledgeError({
      code: 'STORE_UNAVAILABLE',
      scope: '@pledge/test',
      message: 'down',
    });
    expect(PledgeError.isInstance(error)).toBe(true);
    expect(error.message).toBe('[@pledge/test] down');
    const foreign = Object.assign(new Error('x'), { [Symbol.for('pledge.error')]: true });
    expect(PledgeError.isInstance(foreign)).toBe(true);
    expect(PledgeError.isInstance(new Error('x'))).toBe(false);
    expect(PledgeError.isInstance(null)).toBe(false);
    expect(ValidationError.isInstance(error)).toBe(false);
  });

  it('keeps the cause', () => {
    const cause = new Error('socket closed');
    expect(new PledgeError({ code: 'X', scope: 's', message: 'm', cause }).cause).toBe(cause);
  });
});

describe('parseInput', () => {
  const schema = z
    .object({
      type: z.enum(['access', 'erasure']),
      subject: z.object({ email: z.string().email() }),
    })
    .strict();

  it('names every bad field with its path and what was expected', () => {
    try {
      parseInput(
        schema,
        { type: 'delete', subject: { email: 'alice.personal@example' } },
        { scope: '@pledge/dsr', field: 'request' },
      );
      expect.unreachable();
    } catch (error) {
      expect(ValidationError.isInstance(error)).toBe(true);
      const { issues, message } = error as ValidationError;
      expect(issues.map((i) => i.field)).toEqual(['request.type', 'request.subject.email']);
      expect(message).toContain('[@pledge/dsr] request.type: expected one of access | erasure');
      // Never echoes the rejected value, which may be personal data.
      expect(message).not.toContain('alice.personal');
      expect(message).not.toContain('delete');
    }
  });

  it('names unknown keys only when they look like identifiers', () => {
    try {
      parseInput(
        schema,
        { type: 'access', subject: { email: 'a@b.co' }, extra: 1, 'bob@example.com': 2 },
        { scope: 's', field: 'request' },
      );
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).message).toContain('unknown key(s) extra, 1 other');
      expect((error as ValidationError).message).not.toContain('bob@example.com');
    }
  });
});

describe('clocks', () => {
  it('a simulated clock moves only when told', () => {
    const clock = createSimulatedClock('2026-01-31T09:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-01-31T09:00:00.000Z');
    clock.advance('P1M');
    expect(clock.now().toISOString()).toBe('2026-02-28T09:00:00.000Z');
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2026-02-28T09:01:00.000Z');
    clock.set('2020-01-01');
    expect(clock.now().toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });

  it('returns a fresh Date each time, so callers cannot move it by mutation', () => {
    const clock = createSimulatedClock('2026-01-01T00:00:00Z');
    clock.now().setFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2026);
    expect(systemClock.now()).toBeInstanceOf(Date);
  });
});

describe('ConflictError', () => {
  it('says what conflicted and is a PledgeError', () => {
    const error = new ConflictError({
      scope: '@pledge/dsr',
      resource: 'dsr-request',
      expected: 3,
      actual: 4,
    });
    expect(ConflictError.isInstance(error)).toBe(true);
    expect(PledgeError.isInstance(error)).toBe(true);
    expect(ValidationError.isInstance(error)).toBe(false);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      '[@pledge/dsr] dsr-request changed concurrently (expected 3, found 4)',
    );
  });
});

describe('StoreUnavailableError', () => {
  it('carries a reason and is a PledgeError', () => {
    const error = new StoreUnavailableError({
      scope: '@pledge/postgres',
      reason: 'connection-lost',
    });
    expect(StoreUnavailableError.isInstance(error)).toBe(true);
    expect(PledgeError.isInstance(error)).toBe(true);
    expect(ConflictError.isInstance(error)).toBe(false);
    expect(error.code).toBe('STORE_UNAVAILABLE');
    expect(error.message).toBe('[@pledge/postgres] store unavailable (connection-lost)');
  });
});
