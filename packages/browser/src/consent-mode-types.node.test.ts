import { CONSENT_MODE_TYPES as LEDGER_TYPES } from '@pledge/consent';
import { describe, expect, it } from 'vitest';
import { CONSENT_MODE_TYPES } from './consent-config.js';

describe('Consent Mode types', () => {
  // The client keeps its own copy so a browser bundle does not carry the ledger and zod; the
  // two lists must never drift apart (the server maps purposes to these types).
  it('are the same list, in the same order, as @pledge/consent', () => {
    expect(CONSENT_MODE_TYPES).toEqual(LEDGER_TYPES);
  });
});
