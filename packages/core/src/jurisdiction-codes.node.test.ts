import { iso31661, iso31662 } from 'iso-3166';
import { describe, expect, it } from 'vitest';
import { isJurisdiction, jurisdictionLineage, parseJurisdiction } from './jurisdiction.js';

const parentOf = new Map(iso31662.map((entry) => [entry.code, entry.parent]));

// The lineage the iso-3166 package itself gives: the code, its parents, then the country.
function packageLineage(code: string): string[] {
  const lineage = [code];
  let parent = parentOf.get(code);
  while (parent !== undefined && parentOf.has(parent) && !lineage.includes(parent)) {
    lineage.push(parent);
    parent = parentOf.get(parent);
  }
  if (code.length > 2) lineage.push(code.slice(0, 2));
  return lineage;
}

// After an upgrade of iso-3166 these fail until `node scripts/generate-iso-3166-codes.mjs` runs.
describe('the compact ISO 3166 code list (scripts/generate-iso-3166-codes.mjs)', () => {
  it('knows exactly the codes of the iso-3166 package, with the same parents', () => {
    for (const { alpha2, name } of iso31661) {
      expect(jurisdictionLineage(alpha2)).toEqual([alpha2]);
      expect(parseJurisdiction(alpha2)).toEqual({
        code: alpha2,
        country: alpha2,
        name,
        lineage: [alpha2],
      });
    }
    for (const { code, name } of iso31662) {
      expect(jurisdictionLineage(code), code).toEqual(packageLineage(code));
      expect(parseJurisdiction(code).name).toBe(name);
    }
  });

  it('knows nothing else: near misses and run ends are not codes', () => {
    const known = new Set([
      ...iso31661.map((entry) => entry.alpha2),
      ...iso31662.map((e) => e.code),
    ]);
    // Every two-letter pair, and every country with every number from 0 to 120 in one to three
    // digits: the only accepted ones are the package's.
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const a of letters) {
      for (const b of letters) expect(isJurisdiction(a + b), a + b).toBe(known.has(a + b));
    }
    for (const { alpha2 } of iso31661) {
      for (let number = 0; number <= 120; number++) {
        for (const width of [1, 2, 3]) {
          const code = `${alpha2}-${String(number).padStart(width, '0')}`;
          expect(isJurisdiction(code), code).toBe(known.has(code));
        }
      }
    }
    expect(isJurisdiction('de')).toBe(false);
    expect(isJurisdiction('EU')).toBe(false);
    expect(isJurisdiction('')).toBe(false);
  });
});
