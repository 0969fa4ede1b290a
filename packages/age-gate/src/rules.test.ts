import { CONFIDENCE_LEVELS, isJurisdiction, LEGAL_STATUSES, parseInput } from '@pledge/core';
import { datedRowSchema } from '@pledge/core/schemas';
import { describe, expect, it } from 'vitest';
import { AGE_RULE_SOURCES } from './rules/age-rule-sources.js';
import { AGE_RULES } from './rules/age-thresholds.js';
import { PENDING_AGE_RULES } from './rules/pending-legislation.js';
import { ageRuleNotes, ageRules, pendingAgeRules } from './sources.js';

describe('the bundled age table', () => {
  const rows = ageRules();

  it.each(
    rows.map(
      (row, index) =>
        [
          `${row.jurisdiction} ${row.threshold ?? '-'} ${row.scope} ${row.validFrom}`,
          index,
        ] as const,
    ),
  )('%s is a valid dated, cited row', (_name, index) => {
    const row = rows[index]!;
    const { id, jurisdiction, threshold, below, scope, obligations, methods, code, ...dated } = row;
    expect(id).toBe(`${jurisdiction}:${scope}:${threshold ?? 'none'}:${row.validFrom}`);
    expect(() => parseInput(datedRowSchema, dated, { scope: 'test', field: 'row' })).not.toThrow();
    expect(jurisdiction === 'EU' || isJurisdiction(jurisdiction)).toBe(true);
    expect(LEGAL_STATUSES).toContain(row.status);
    expect(CONFIDENCE_LEVELS).toContain(row.citation.confidence);
    if (threshold !== undefined)
      expect(Number.isInteger(threshold) && threshold > 0 && threshold <= 18).toBe(true);
  });

  it('rows for the same jurisdiction, scope and threshold never overlap', () => {
    for (const a of rows) {
      for (const b of rows) {
        if (
          a === b ||
          a.jurisdiction !== b.jurisdiction ||
          a.scope !== b.scope ||
          a.below !== b.below
        )
          continue;
        const overlap =
          a.validFrom <= (b.validTo ?? '9999-12-31') && b.validFrom <= (a.validTo ?? '9999-12-31');
        expect(overlap, `${a.jurisdiction} ${a.scope} ${a.validFrom}/${b.validFrom}`).toBe(false);
      }
    }
  });

  it('covers every EU/EEA state, GB, CH, US, US-CA, BR, CN, KR, IN, CA-QC and AU', () => {
    const covered = new Set(rows.map((row) => row.jurisdiction));
    const required =
      'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB CH US US-CA BR CN KR IN CA-QC AU';
    for (const code of required.split(' ')) expect(covered.has(code), code).toBe(true);
  });

  it('keeps the researched unverified rows unverified', () => {
    const unverified = rows
      .filter((row) => row.citation.confidence === 'unverified')
      .map((row) => row.jurisdiction);
    expect(unverified.sort()).toEqual(['CA', 'KR', 'LI', 'US-LA']);
  });

  it('pending proposals have no start date and a citation', () => {
    for (const bill of pendingAgeRules()) {
      expect(isJurisdiction(bill.jurisdiction)).toBe(true);
      expect(bill.id).toBe(`${bill.jurisdiction}:${bill.scope}:${bill.threshold}:pending`);
      expect(bill.citation.law.length).toBeGreaterThan(0);
    }
  });

  it('row ids are unique, so every note has exactly one row', () => {
    const ids = [...rows, ...pendingAgeRules()].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every source note is reachable from its row id, and no note is orphaned', () => {
    const notes = ageRuleNotes();
    const ids = new Set([...AGE_RULES, ...PENDING_AGE_RULES].map((row) => row.id));
    for (const id of Object.keys(notes)) expect(ids.has(id), id).toBe(true);
    for (const row of [...rows, ...pendingAgeRules()]) {
      expect(row.citation.note).toBe(notes[row.id]);
    }
    // Spot checks of notes that carry a disagreement between sources.
    expect(notes['LT:information-society-service:14:2018-07-16']).toContain('16');
    expect(notes['FR:information-society-service:15:2018-06-21']).toContain('Joint consent');
    expect(notes['IN:all-processing:18:2027-05-13']).toContain('GetAstra');
  });

  it('the engine rows keep a short title, article and confidence, and no URL or note (sources ship apart)', () => {
    for (const row of [...AGE_RULES, ...PENDING_AGE_RULES]) {
      expect(Object.keys(row.citation).sort()).toEqual(['article', 'confidence', 'law']);
      expect(row.citation.law.length).toBeGreaterThan(0);
      // A short title is what the browser bundle carries: no long names, no remarks (a remark
      // such as "no derogation in the BDSG" is a note, in the sources entry).
      expect(row.citation.law.length, row.id).toBeLessThanOrEqual(45);
      expect(row.citation.law, row.id).not.toMatch(/\((?:no|to|from|as|via|with)\b/i);
      expect(row.citation.article.length).toBeGreaterThan(0);
    }
  });

  it('the sources entry gives the full title wherever the table abbreviates it', () => {
    const full = new Map([...ageRules(), ...pendingAgeRules()].map((row) => [row.id, row]));
    for (const row of [...AGE_RULES, ...PENDING_AGE_RULES]) {
      const sourced = full.get(row.id)?.citation.law ?? '';
      expect(sourced.length, row.id).toBeGreaterThanOrEqual(row.citation.law.length);
      if (AGE_RULE_SOURCES[row.id]?.law === undefined) expect(sourced).toBe(row.citation.law);
      else expect(sourced, row.id).not.toBe(row.citation.law);
    }
    const title = (id: string) => full.get(id)?.citation.law;
    expect(title('ES:information-society-service:14:2018-12-07')).toBe(
      'Ley Orgánica 3/2018 (LOPDGDD)',
    );
    expect(title('US:online-service:13:2026-04-22')).toContain('90 FR 16918');
    expect(title('DE:information-society-service:16:2018-05-25')).toBe(
      'Regulation (EU) 2016/679 (GDPR)',
    );
    expect(ageRuleNotes()['DE:information-society-service:16:2018-05-25']).toBe(
      'No derogation in the BDSG.',
    );
  });

  it('every source belongs to a row, and only the rows the research left without one lack a URL', () => {
    const ids = new Set([...AGE_RULES, ...PENDING_AGE_RULES].map((row) => row.id));
    for (const id of Object.keys(AGE_RULE_SOURCES)) expect(ids.has(id), id).toBe(true);
    expect(
      ageRules()
        .filter((row) => row.citation.url === undefined)
        .map((row) => row.id),
    ).toEqual(['EU:information-society-service:16:2018-05-25', 'US-LA:social-media:16:2024-07-01']);
    expect(
      pendingAgeRules()
        .filter((bill) => bill.citation.url === undefined)
        .map((bill) => bill.id),
    ).toEqual(['ES:information-society-service:16:pending']);
    for (const row of [...ageRules(), ...pendingAgeRules()]) {
      if (row.citation.url !== undefined) expect(row.citation.url, row.id).toMatch(/^https?:\/\//);
    }
  });
});
