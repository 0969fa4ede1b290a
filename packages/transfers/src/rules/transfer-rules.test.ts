import { isCalendarDate, isJurisdiction, LEGAL_STATUSES } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { transferRuleNotes, transferRules } from '../sources.js';
import { TRANSFER_RULE_SOURCES } from './transfer-rule-sources.js';
import { TRANSFER_RULE_ROWS } from './transfer-rules.js';

describe('transfer rule table', () => {
  it('has unique ids', () => {
    const ids = TRANSFER_RULE_ROWS.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(TRANSFER_RULE_ROWS.map((row) => [row.id, row] as const))(
    '%s is well formed',
    (_id, row) => {
      expect(isCalendarDate(row.validFrom)).toBe(true);
      if (row.validTo !== undefined) {
        expect(isCalendarDate(row.validTo)).toBe(true);
        expect(row.validTo >= row.validFrom).toBe(true);
        // A row that had ended when the research was compiled (2026-11-22) is no longer in force.
        if (row.validTo < '2026-11-22') expect(row.status).toBe('repealed');
      }
      expect(['primary', 'secondary', 'unverified']).toContain(row.citation.confidence);
      expect(row.citation.law.length).toBeGreaterThan(0);
      if (
        row.destination !== undefined &&
        row.destination !== 'EEA' &&
        !row.destination.startsWith('IO:')
      ) {
        expect(isJurisdiction(row.destination)).toBe(true);
      }
    },
  );

  it('keeps the renewal of UK adequacy until 2031-12-27 and the invalidations', () => {
    const byId = new Map(TRANSFER_RULE_ROWS.map((row) => [row.id, row]));
    expect(byId.get('eu-adequacy-gb-2025')?.validTo).toBe('2031-12-27');
    expect(byId.get('eu-us-privacy-shield')?.invalidatedOn).toBe('2020-07-16');
    expect(byId.get('eu-us-safe-harbour')?.invalidatedOn).toBe('2015-10-06');
    expect(byId.get('eu-scc-2010')?.validTo).toBe('2022-12-27');
    expect(byId.get('ch-us-dpf')?.validFrom).toBe('2024-09-15');
    expect(byId.get('uk-us-dpf-extension')?.validFrom).toBe('2023-10-12');
  });

  it('every source note is reachable from its row id, and no note is orphaned', () => {
    const notes = transferRuleNotes();
    const ids = new Set(TRANSFER_RULE_ROWS.map((row) => row.id));
    expect(Object.keys(notes).length).toBeGreaterThan(20);
    for (const id of Object.keys(notes)) expect(ids.has(id), id).toBe(true);
    for (const row of transferRules()) expect(row.citation.note).toBe(notes[row.id]);
    expect(notes['eu-us-privacy-shield']).toContain('no grace period');
    expect(notes['ch-adequacy-ca']).toContain('PIPEDA');
  });

  it('the engine rows cite law, article and confidence; URLs and notes ship apart', () => {
    for (const row of TRANSFER_RULE_ROWS) {
      expect(Object.keys(row.citation).sort()).toEqual(['article', 'confidence', 'law']);
      expect(row.citation.article.length).toBeGreaterThan(0);
    }
    const ids = new Set(TRANSFER_RULE_ROWS.map((row) => row.id));
    for (const id of Object.keys(TRANSFER_RULE_SOURCES)) expect(ids.has(id), id).toBe(true);
  });

  it('decodes each tuple: the exporter is the first segment of the id, the status a legal status', () => {
    for (const row of TRANSFER_RULE_ROWS) {
      expect(['eu', 'uk', 'ch', 'ru', 'cn', 'in']).toContain(row.exporter);
      expect(row.id.startsWith(`${row.exporter}-`)).toBe(true);
      expect(LEGAL_STATUSES).toContain(row.status);
    }
    expect(TRANSFER_RULE_ROWS).toHaveLength(78);
    expect(TRANSFER_RULE_ROWS.find((row) => row.id === 'eu-adequacy-br')).toEqual({
      id: 'eu-adequacy-br',
      exporter: 'eu',
      basis: 'adequacy',
      destination: 'BR',
      excludedExporters: ['IS', 'LI', 'NO'],
      validFrom: '2026-01-26',
      status: 'in-force',
      citation: {
        law: 'Commission Implementing Decision (EU) 2026/179',
        article: 'GDPR Art. 45(3)',
        confidence: 'secondary',
      },
    });
  });
});
