import { describe, expect, it } from 'vitest';
import { blocMembers, blocMembership, blocsOf, parseJurisdiction } from './jurisdiction.js';
import { REGIME_IDS, regimesFor, regimeTable } from './regime.js';
import { ValidationError } from './validation-error.js';

const ids = (jurisdiction: string, at: string) =>
  regimesFor(jurisdiction, at)
    .map((m) => m.regime)
    .sort();

describe('regimesFor', () => {
  it('Germany in 2026 is under the GDPR through its EU membership', () => {
    const [gdpr] = regimesFor('DE', '2026-01-01');
    expect(gdpr?.regime).toBe('gdpr');
    expect(gdpr?.matchedBy).toBe('EU');
    expect(gdpr?.citation.law).toBe('Regulation (EU) 2016/679');
  });

  it('the GDPR did not apply in Germany before 25 May 2018', () => {
    expect(ids('DE', '2018-05-24')).toEqual([]);
    expect(ids('DE', '2018-05-25')).toEqual(['gdpr']);
  });

  it('the UK: GDPR through the transition period, UK GDPR from 2021', () => {
    expect(ids('GB', '2020-01-31')).toEqual(['gdpr']);
    expect(ids('GB', '2020-12-31')).toEqual(['gdpr']);
    expect(ids('GB', '2021-01-01')).toEqual(['uk-gdpr']);
    expect(ids('GB', '2021-06-01')).toEqual(['uk-gdpr']);
  });

  it('a UK subdivision inherits the UK regime', () => {
    expect(ids('GB-SCT', '2026-01-01')).toEqual(['uk-gdpr']);
  });

  it('California has the CCPA and COPPA; the rest of the US only COPPA', () => {
    expect(ids('US-CA', '2026-01-01')).toEqual(['ccpa', 'coppa']);
    expect(ids('US', '2026-01-01')).toEqual(['coppa']);
    expect(ids('US-NY', '2026-01-01')).toEqual(['coppa']);
  });

  it('US state laws start on their effective dates', () => {
    expect(ids('US-VA', '2022-12-31')).toEqual(['coppa']);
    expect(ids('US-VA', '2023-01-01')).toEqual(['coppa', 'us-va-cdpa']);
    expect(ids('US-TX', '2024-07-01')).toEqual(['coppa', 'us-tx-dpsa']);
    expect(ids('US-CO', '2023-07-01')).toContain('us-co-cpa');
    expect(ids('US-CT', '2023-07-01')).toContain('us-ct-dpa');
    expect(ids('US-UT', '2023-12-31')).toContain('us-ut-cpa');
  });

  it('EEA EFTA states came under the GDPR on 20 July 2018', () => {
    expect(ids('NO', '2018-07-19')).toEqual([]);
    expect(ids('NO', '2018-07-20')).toEqual(['gdpr']);
  });

  it('Québec has Law 25 and PIPEDA; the rest of Canada PIPEDA', () => {
    expect(ids('CA-QC', '2024-01-01')).toEqual(['pipeda', 'qc-law25']);
    expect(ids('CA-ON', '2024-01-01')).toEqual(['pipeda']);
  });

  it('Switzerland moved from the old to the revised FADP on 1 September 2023', () => {
    const before = regimesFor('CH', '2023-08-31');
    const after = regimesFor('CH', '2023-09-01');
    expect(before.map((m) => m.regime)).toEqual(['ch-fadp']);
    expect(after.map((m) => m.regime)).toEqual(['ch-fadp']);
    expect(before[0]?.validTo).toBe('2023-08-31');
    expect(after[0]?.validFrom).toBe('2023-09-01');
  });

  it('India: the DPDP Act obligations are pending until their commencement', () => {
    expect(ids('IN', '2026-11-22')).toEqual([]);
    const row = regimeTable().find((r) => r.regime === 'in-dpdp');
    expect(row?.status).toBe('pending');
    expect(ids('IN', row?.validFrom ?? '')).toEqual(['in-dpdp']);
  });

  it.each([
    ['BR', '2021-01-01', 'lgpd'],
    ['CN', '2022-01-01', 'pipl'],
    ['JP', '2023-01-01', 'appi'],
    ['KR', '2023-01-01', 'kr-pipa'],
    ['AU', '2023-01-01', 'au-privacy-act'],
  ])('%s on %s has %s', (jurisdiction, at, regime) => {
    expect(ids(jurisdiction, at)).toContain(regime);
  });

  it('every regime has at least one cited row', () => {
    for (const id of REGIME_IDS) {
      const rows = regimeTable().filter((row) => row.regime === id);
      expect(rows.length, id).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.citation.law.length, id).toBeGreaterThan(0);
        expect(row.citation.article.length, id).toBeGreaterThan(0);
      }
    }
  });

  it('rows of one regime never overlap for the same jurisdiction', () => {
    const rows = regimeTable();
    for (const a of rows) {
      for (const b of rows) {
        if (a === b || a.regime !== b.regime) continue;
        if (!a.jurisdictions.some((j) => b.jurisdictions.includes(j))) continue;
        const overlap =
          a.validFrom <= (b.validTo ?? '9999-12-31') && b.validFrom <= (a.validTo ?? '9999-12-31');
        expect(overlap, `${a.regime} ${a.validFrom}/${b.validFrom}`).toBe(false);
      }
    }
  });

  it.each([['XX'], ['de'], ['US-ZZ'], [''], [42], [null]])(
    'rejects the unknown code %j with a ValidationError',
    (code) => {
      expect(() => regimesFor(code as string, '2026-01-01')).toThrowError(ValidationError);
      try {
        regimesFor(code as string, '2026-01-01');
      } catch (error) {
        expect(ValidationError.isInstance(error)).toBe(true);
        expect((error as ValidationError).issues[0]?.field).toBe('jurisdiction');
      }
    },
  );

  it('rejects an invalid date naming the field', () => {
    expect(() => regimesFor('DE', '2026-02-30')).toThrowError(/at: expected/);
    expect(() => regimesFor('DE', '2026-01-01T10:00')).toThrowError(/at: expected/);
  });
});

describe('jurisdictions and blocs', () => {
  it('validates against ISO 3166-1 and ISO 3166-2', () => {
    expect(parseJurisdiction('US-CA')).toMatchObject({
      country: 'US',
      subdivision: 'US-CA',
      name: 'California',
    });
    expect(parseJurisdiction('CA-QC').lineage).toEqual(['CA-QC', 'CA']);
    expect(parseJurisdiction('FR-33').lineage).toEqual(['FR-33', 'FR-NAQ', 'FR']);
  });

  it('the UK left the EU on 31 January 2020', () => {
    expect(blocMembership('GB', 'EU', '2020-01-31')).toBeDefined();
    expect(blocMembership('GB', 'EU', '2020-02-01')).toBeUndefined();
    expect(blocsOf('GB', '2019-06-01')).toEqual(['EU', 'EEA']);
    expect(blocsOf('GB', '2021-06-01')).toEqual([]);
  });

  it('Croatia joined the EU on 1 July 2013', () => {
    expect(blocsOf('HR', '2013-06-30')).toEqual([]);
    expect(blocsOf('HR', '2013-07-01')).toContain('EU');
  });

  it('has 27 EU and 30 EEA members in 2026, and Switzerland is in neither', () => {
    expect(blocMembers('EU', '2026-01-01')).toHaveLength(27);
    expect(blocMembers('EEA', '2026-01-01')).toHaveLength(30);
    expect(blocsOf('CH', '2026-01-01')).toEqual([]);
    expect(blocsOf('NO', '2026-01-01')).toEqual(['EEA']);
  });

  it('rejects an unknown bloc', () => {
    expect(() => blocMembers('EFTA' as 'EU', '2026-01-01')).toThrowError(ValidationError);
  });
});
