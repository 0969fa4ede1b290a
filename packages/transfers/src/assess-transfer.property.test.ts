import { blocMembers } from '@pledge/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessTransfer } from './assess-transfer.js';

const day = fc
  .integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2035, 11, 31) })
  .map((time) => new Date(time).toISOString().slice(0, 10));

describe('assessTransfer properties', () => {
  it('a flow between two EEA states on any day is same-region', () => {
    fc.assert(
      fc.property(day, fc.nat(), fc.nat(), (at, i, j) => {
        const members = blocMembers('EEA', at);
        const from = members[i % members.length] ?? 'DE';
        const to = members[j % members.length] ?? 'DE';
        const decision = assessTransfer({ from, to, at });
        expect(decision).toMatchObject({ outcome: 'allow', basis: 'same-region' });
      }),
    );
  });

  it('adding a valid safeguard never makes an EU flow worse than requires-safeguard', () => {
    const countries = ['US', 'JP', 'IN', 'RU', 'CN', 'BR', 'GB', 'CH', 'AU', 'SG'];
    fc.assert(
      fc.property(day, fc.constantFrom(...countries), (at, to) => {
        const bare = assessTransfer({ from: 'FR', to, at });
        const withScc = assessTransfer({
          from: 'FR',
          to,
          at,
          safeguards: [{ mechanism: 'scc-2021', module: 2 }],
        });
        expect(['allow', 'requires-safeguard']).toContain(bare.outcome);
        if (bare.outcome === 'allow') expect(withScc.basis).toBe(bare.basis);
        if (at >= '2021-06-27' && bare.outcome !== 'allow') expect(withScc.basis).toBe('scc-2021');
      }),
    );
  });

  it('is deterministic: the same input gives the same decision', () => {
    fc.assert(
      fc.property(
        day,
        fc.constantFrom('US', 'RU', 'GB', 'KR'),
        fc.boolean(),
        (at, to, dpfCertified) => {
          const input = { from: 'DE', to, at, recipient: { dpfCertified } } as const;
          expect(assessTransfer(input)).toEqual(assessTransfer(input));
        },
      ),
    );
  });
});
