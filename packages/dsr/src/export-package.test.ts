import { describe, expect, it } from 'vitest';
import { buildExportPackage } from './export-package.js';
import { requestAfter } from './test-fixtures.js';

const exportOf = {
  records: { email: 'ada@example.com' },
  categories: [
    {
      category: 'contact',
      source: 'sign-up form',
      purposes: ['account', 'support'],
      recipients: ['=HYPERLINK("x")'],
      retention: 'P2Y',
    },
  ],
};

describe('buildExportPackage', () => {
  it('refuses without verified identity', () => {
    const request = requestAfter({ type: 'access', jurisdiction: 'DE' }, '2026-03-02T09:00:00Z');
    const result = buildExportPackage(request, [{ system: 'crm', export: exportOf }], {
      at: '2026-03-03T09:00:00Z',
    });
    expect(result).toEqual({
      outcome: 'refused',
      reasons: [{ code: 'IDENTITY_NOT_VERIFIED', params: {} }],
    });
  });

  it('refuses for a request that is not access or portability', () => {
    const request = requestAfter({ type: 'erasure', jurisdiction: 'DE' }, '2026-03-02T09:00:00Z', [
      [{ type: 'verify-identity' }, '2026-03-02T10:00:00Z'],
    ]);
    const result = buildExportPackage(request, [], { at: '2026-03-03T09:00:00Z' });
    expect(result.reasons.map((why) => why.code)).toEqual(['NOT_AN_ACCESS_REQUEST']);
  });

  it('builds canonical JSON with a hash and a CSV summary safe from formula injection', () => {
    const request = requestAfter(
      { type: 'portability', jurisdiction: 'DE' },
      '2026-03-02T09:00:00Z',
      [[{ type: 'verify-identity' }, '2026-03-02T10:00:00Z']],
    );
    const result = buildExportPackage(request, [{ system: 'crm', export: exportOf }], {
      at: '2026-03-03T09:00:00Z',
    });
    expect(result.outcome).toBe('built');
    if (result.outcome !== 'built') return;
    const json = JSON.parse(result.package.json);
    expect(json).toMatchObject({
      format: 'pledge.dsr-export/1',
      type: 'portability',
      generatedAt: '2026-03-03T09:00:00.000Z',
    });
    expect(result.package.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.package.csv).toBe(
      'system,category,source,purposes,recipients,retention,legal_basis\r\n' +
        `crm,contact,sign-up form,account; support,"'=HYPERLINK(""x"")",P2Y,\r\n`,
    );
  });
});
