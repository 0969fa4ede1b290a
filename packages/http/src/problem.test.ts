import { ConflictError, invalidInput, StoreUnavailableError } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { problemDocument, problemFromError, problemResponse } from './problem.js';

describe('problem documents (RFC 9457)', () => {
  it('fills type and title from the code and status', async () => {
    const response = problemResponse({
      status: 404,
      code: 'NOT_FOUND',
      detail: 'no such request',
      extensions: { id: 'r-1' },
    });
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toEqual({
      type: 'urn:pledge:problem:not-found',
      title: 'Not Found',
      status: 404,
      detail: 'no such request',
      code: 'NOT_FOUND',
      id: 'r-1',
    });
    expect(
      problemDocument({ status: 400, code: 'X', detail: 'd', extensions: { status: 200 } }).status,
    ).toBe(400);
  });

  it('maps validation, conflict, store and unknown errors without their messages', async () => {
    let validation: unknown;
    try {
      invalidInput({ scope: 's', field: 'body' }, 'invalid_type', 'expected a string', [
        'purposes',
        'analytics',
      ]);
    } catch (error) {
      validation = error;
    }
    expect(await problemFromError(validation).json()).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'purposes.analytics', message: 'expected a string' }],
    });
    expect(
      problemFromError(new ConflictError({ scope: 's', resource: 'dsr-request' })).status,
    ).toBe(409);
    const unavailable = problemFromError(
      new StoreUnavailableError({ scope: 's', reason: 'connection-failed' }),
    );
    expect([unavailable.status, unavailable.headers.get('retry-after')]).toEqual([503, '5']);
    const unknown = problemFromError(new Error('password=hunter2'));
    expect(unknown.status).toBe(500);
    expect(await unknown.text()).not.toContain('hunter2');
  });
});
