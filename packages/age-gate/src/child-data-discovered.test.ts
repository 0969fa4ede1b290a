import { describe, expect, it } from 'vitest';
import { childDataDiscovered } from './child-data-discovered.js';

describe('childDataDiscovered', () => {
  it('Workpex: a 14-year-old in IT is erased under the 16+ policy', () => {
    const result = childDataDiscovered({
      jurisdiction: 'IT',
      at: '2026-06-01',
      age: 14,
      policy: { minimumAge: 16 },
    });
    expect(result.outcome).toBe('erase');
    expect(result.reasons.map((why) => why.code)).toContain('CHILD_DATA_DISCOVERED');
    expect(result.actions).toEqual([
      {
        type: 'file-erasure-request',
        requestType: 'erasure',
        reason: 'CHILD_DATA_DISCOVERED',
        jurisdiction: 'IT',
        citation: expect.objectContaining({ law: 'Company policy' }),
      },
    ]);
  });

  it('COPPA: a 12-year-old without verified parental consent is erased, citing COPPA', () => {
    const result = childDataDiscovered({ jurisdiction: 'US', at: '2026-06-01', age: 12 });
    expect(result.outcome).toBe('erase');
    expect(result.reasons.map((why) => why.code)).toContain('GUARDIAN_CONSENT_MISSING');
    expect(result.actions[0]?.citation.law).toContain('COPPA');
  });

  it('a guardian consent on record keeps the data', () => {
    const result = childDataDiscovered({
      jurisdiction: 'US',
      at: '2026-06-01',
      age: 12,
      guardianConsentOnRecord: true,
    });
    expect(result.outcome).toBe('keep');
    expect(result.actions).toEqual([]);
    expect(result.reasons.map((why) => why.code)).toContain('GUARDIAN_CONSENT_ON_RECORD');
  });

  it('an adult is kept; an unknown jurisdiction stays unknown', () => {
    expect(childDataDiscovered({ jurisdiction: 'DE', at: '2026-06-01', age: 30 }).outcome).toBe(
      'keep',
    );
    expect(childDataDiscovered({ jurisdiction: 'JP', at: '2026-06-01', age: 10 }).outcome).toBe(
      'unknown',
    );
  });

  it('a social-media account under 16 in AU is erased, citing the Online Safety Act', () => {
    const result = childDataDiscovered({
      jurisdiction: 'AU',
      at: '2026-06-01',
      age: 15,
      service: { type: 'social-media' },
    });
    expect(result.outcome).toBe('erase');
    expect(result.actions[0]?.citation.law).toContain('Online Safety Act');
  });
});
