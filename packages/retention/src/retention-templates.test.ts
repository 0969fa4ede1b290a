import { appliesOn } from '@pledge/core';
import { citationSchema } from '@pledge/core/schemas';
import { describe, expect, it } from 'vitest';
import { evaluateRetention } from './evaluate-retention.js';
import { retentionExemptions } from './retention-exemptions.js';
import { defineRetentionPolicy } from './retention-policy.js';
import { retentionTemplate } from './retention-template.js';
import { RETENTION_TEMPLATES } from './rules/retention-templates.js';

describe('retention templates', () => {
  it('every template is a valid rule with a cited, dated row', () => {
    const ids = new Set<string>();
    for (const row of RETENTION_TEMPLATES) {
      expect(ids.has(row.id)).toBe(false);
      ids.add(row.id);
      expect(citationSchema.safeParse(row.citation).success).toBe(true);
      expect(row.rule.id).toBe(row.id);
      expect(() => defineRetentionPolicy({ rules: [retentionTemplate(row.id)] })).not.toThrow();
    }
    expect([...ids]).toEqual(
      expect.arrayContaining([
        'host-server-logs-14d',
        'fr-cnil-audience-cookie-13m',
        'fr-cnil-consent-choice-6m',
        'de-books-records-10y',
        'de-buchungsbelege-8y',
        'de-buchungsbelege-10y-legacy',
        'us-irs-return-support-3y',
        'planfix-account-lifecycle',
        'james-pro-backup-isolation',
      ]),
    );
  });

  it('seed-policy rows are organisational promises, unverified, with no jurisdiction', () => {
    for (const id of [
      'host-server-logs-14d',
      'planfix-account-lifecycle',
      'james-pro-backup-isolation',
    ]) {
      const row = RETENTION_TEMPLATES.find((template) => template.id === id);
      expect(row?.jurisdiction).toBeNull();
      expect(row?.citation.confidence).toBe('unverified');
    }
    // Research confidence is kept, never upgraded.
    expect(
      RETENTION_TEMPLATES.find((row) => row.id === 'de-buchungsbelege-10y-financial-sector')
        ?.citation.confidence,
    ).toBe('unverified');
    expect(
      RETENTION_TEMPLATES.filter((row) => row.id.startsWith('us-irs')).every(
        (row) => row.citation.confidence === 'secondary',
      ),
    ).toBe(true);
  });

  // BEG IV: 8 years for accounting vouchers from 2025; the old 10-year row stops on 2024-12-31.
  it.each([
    ['2024-06-01', ['de-buchungsbelege-10y-legacy']],
    ['2025-01-01', ['de-buchungsbelege-8y', 'de-buchungsbelege-10y-financial-sector']],
  ])('on %s the voucher rows in force are %j', (date, expected) => {
    const rows = RETENTION_TEMPLATES.filter(
      (row) => row.rule.scope.category === 'accounting-voucher' && appliesOn(row, date),
    );
    expect(rows.map((row) => row.id)).toEqual(expected);
  });

  it('a 2016 voucher may go in January 2025 under BEG IV, but was kept to 2026 under the old rule', () => {
    const voucher = {
      id: 'v',
      category: 'accounting-voucher',
      subject: 's',
      events: { collected: '2016-05-02' },
    };
    const eight = defineRetentionPolicy({ rules: [retentionTemplate('de-buchungsbelege-8y')] });
    const ten = defineRetentionPolicy({
      rules: [retentionTemplate('de-buchungsbelege-10y-legacy')],
    });
    expect(
      retentionExemptions(eight, { subject: 's', records: [voucher], at: '2025-01-02' }).outcome,
    ).toBe('none-kept');
    const legacy = retentionExemptions(ten, { subject: 's', records: [voucher], at: '2025-01-02' });
    expect(legacy.kept[0]?.keepUntil).toBe('2026-12-31');
    // The last stage is a review, not an automatic deletion (AO §147(3) tax hold).
    expect(evaluateRetention(eight, voucher, { at: '2025-01-02' }).action?.action).toBe('review');
  });

  it('CNIL: an audience cookie placed on 31 January 2026 expires with 28 February 2027 (13 months)', () => {
    const policy = defineRetentionPolicy({
      rules: [retentionTemplate('fr-cnil-audience-cookie-13m')],
    });
    const cookie = {
      id: 'c',
      category: 'audience-cookie',
      events: { collected: '2026-01-31T09:00:00Z' },
    };
    expect(evaluateRetention(policy, cookie, { at: '2027-02-28T23:59:59Z' }).outcome).toBe(
      'scheduled',
    );
    expect(evaluateRetention(policy, cookie, { at: '2027-03-01T00:00:00Z' }).action?.action).toBe(
      'delete',
    );
  });

  it('James PRO: a backup copy is isolated from use once the live data is deleted', () => {
    const policy = defineRetentionPolicy({
      rules: [retentionTemplate('james-pro-backup-isolation')],
    });
    const copy = {
      id: 'b',
      category: 'backup-copy',
      events: { 'deleted-from-live': '2026-05-01T10:00:00Z' },
    };
    expect(evaluateRetention(policy, copy, { at: '2026-05-02' }).action?.action).toBe('isolate');
  });

  it('adopting a template can rename it and narrow its scope without touching the table', () => {
    const rule = retentionTemplate('host-server-logs-14d', {
      id: 'nginx-logs',
      scope: { category: 'nginx', tenant: 't1' },
    });
    expect(rule.id).toBe('nginx-logs');
    expect(rule.scope).toEqual({ category: 'nginx', tenant: 't1' });
    expect(RETENTION_TEMPLATES[0]?.rule.scope).toEqual({ category: 'server-log' });
  });
});
