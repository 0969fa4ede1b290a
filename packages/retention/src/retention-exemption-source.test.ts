import { describe, expect, it } from 'vitest';
import { retentionExemptionSource } from './retention-exemption-source.js';
import { defineRetentionPolicy } from './retention-policy.js';
import { retentionTemplate } from './retention-template.js';

const policy = defineRetentionPolicy({
  rules: [
    retentionTemplate('de-buchungsbelege-8y', { scope: { category: 'invoice' } }),
    retentionTemplate('host-server-logs-14d'),
  ],
});

describe('the retention policy as an exemption source for erasures', () => {
  it('keeps an invoice under its legal obligation, cited, and lets a server log go', async () => {
    const asked: string[] = [];
    const source = retentionExemptionSource({
      policy,
      system: 'billing',
      records(subject, context) {
        asked.push(`${context.tenant}/${subject}`);
        return [
          { id: 'inv-1', category: 'invoice', subject, events: { collected: '2025-06-30' } },
          {
            id: 'log-1',
            category: 'server-log',
            subject,
            events: { collected: '2026-02-01T10:00:00Z' },
          },
        ];
      },
    });
    const kept = await source.exemptionsFor('p-1', {
      at: new Date('2026-03-02T09:00:00Z'),
      request: { tenant: 'acme' },
    });
    expect(asked).toEqual(['acme/p-1']);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      category: 'invoice',
      basis: 'legal-obligation',
      system: 'billing',
    });
    expect(kept[0]?.citation.article).toBe('Art. 17(3)(b)'); // GDPR: kept to comply with a legal obligation
    expect(kept[0]?.until).toMatch(/^20\d\d-12-31$/);
  });

  it('keeps nothing once the obligation has run out', async () => {
    const source = retentionExemptionSource({
      policy,
      records: (subject) => [
        { id: 'inv-old', category: 'invoice', subject, events: { collected: '2010-01-15' } },
      ],
    });
    const kept = await source.exemptionsFor('p-1', {
      at: new Date('2026-03-02T09:00:00Z'),
      request: { tenant: 'acme' },
    });
    expect(kept).toEqual([]);
  });
});
