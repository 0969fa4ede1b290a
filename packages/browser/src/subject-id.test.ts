import { describe, expect, it } from 'vitest';
import { createSubjectId } from './subject-id.js';

describe('createSubjectId', () => {
  it('is p- and 22 base64url characters, different every time', () => {
    const ids = new Set(Array.from({ length: 500 }, () => createSubjectId()));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^p-[A-Za-z0-9_-]{22}$/);
  });
});
