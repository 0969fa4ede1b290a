import { describe, expect, it } from 'vitest';
import { diffRules } from './diff-rules.js';
import { assessTransferMap, type TransferMap, transferMapToMarkdown } from './transfer-map.js';

// WEEEK (seed 000): headquartered in Russia, workspaces worldwide, eligible EU customers can
// pin their workspace to the EU data centre; the policy still cites the Privacy Shield.
function weeek(pinned: boolean): TransferMap {
  return {
    systems: [
      { id: 'eu-customer', location: 'DE' },
      { id: 'workspace', location: pinned ? 'aws:eu-central-1' : 'RU' },
      { id: 'ru-support', location: 'RU' },
      { id: 'us-analytics', location: 'US' },
    ],
    flows: [
      {
        id: 'signup',
        from: 'eu-customer',
        to: 'workspace',
        exporterRole: 'controller',
        recipient: { role: 'processor' },
      },
      { id: 'support', from: 'workspace', to: 'ru-support', recipient: { role: 'processor' } },
      {
        id: 'analytics',
        from: 'workspace',
        to: 'us-analytics',
        recipient: { role: 'processor', frameworks: ['privacy-shield'] },
      },
    ],
    residency: [{ id: 'eu-workspaces-stay-in-eea', origin: 'EEA', allowedIn: ['EEA'] }],
  };
}

// James PRO (seed 004): data stored in the Netherlands and the United States; transfers under
// the EU-US and Swiss-US Privacy Shield, SCCs or BCRs.
const jamesPro: TransferMap = {
  systems: [
    { id: 'nl-app', location: 'NL' },
    { id: 'us-hosting', location: 'US' },
    { id: 'ch-customer', location: 'CH' },
  ],
  flows: [
    {
      id: 'nl→us (shield)',
      from: 'nl-app',
      to: 'us-hosting',
      recipient: { role: 'processor', frameworks: ['privacy-shield'] },
    },
    {
      id: 'nl→us (scc)',
      from: 'nl-app',
      to: 'us-hosting',
      exporterRole: 'controller',
      recipient: { role: 'processor', frameworks: ['privacy-shield'] },
      safeguards: [{ mechanism: 'scc-2021', module: 2 }],
    },
    {
      id: 'ch→us (swiss shield)',
      from: 'ch-customer',
      to: 'us-hosting',
      recipient: { frameworks: ['swiss-us-privacy-shield'] },
    },
    { id: 'ch→nl', from: 'ch-customer', to: 'nl-app' },
  ],
};

const outcomeOf = (report: ReturnType<typeof assessTransferMap>, flow: string) =>
  report.flows.find((entry) => entry.flow === flow)?.decision;

describe('seed maps', () => {
  it('WEEEK without EU pinning: EU workspace data goes to Russia and breaks residency', () => {
    const report = assessTransferMap(weeek(false), { at: '2026-01-01' });
    expect(outcomeOf(report, 'signup')).toMatchObject({
      outcome: 'requires-safeguard',
      basis: 'none',
      to: 'RU',
    });
    expect(outcomeOf(report, 'support')).toMatchObject({ outcome: 'allow', basis: 'same-region' });
    // From Russia to the US: Russian Art. 12 notice, not the Privacy Shield.
    expect(outcomeOf(report, 'analytics')).toMatchObject({
      outcome: 'requires-safeguard',
      exporterRegime: 'ru',
    });
    expect(report.flows[0]?.residencyViolations).toEqual(['eu-workspaces-stay-in-eea']);
    expect(report.summary).toEqual({
      total: 3,
      outcomes: { allow: 1, 'requires-safeguard': 2, deny: 0, unknown: 0 },
      residencyViolations: 1,
    });
  });

  it("WEEEK with EU pinning: the workspace stays in the EEA; onward flows are the EU exporter's", () => {
    const report = assessTransferMap(weeek(true), { at: '2026-01-01' });
    expect(outcomeOf(report, 'signup')).toMatchObject({
      outcome: 'allow',
      basis: 'same-region',
      to: 'DE',
    });
    expect(outcomeOf(report, 'support')).toMatchObject({
      outcome: 'requires-safeguard',
      exporterRegime: 'eu',
    });
    const analytics = outcomeOf(report, 'analytics');
    expect(analytics?.reasons.map((entry) => entry.code)).toContain('BASIS_INVALIDATED');
    expect(report.flows.map((entry) => entry.residencyViolations)).toEqual([
      [],
      ['eu-workspaces-stay-in-eea'],
      ['eu-workspaces-stay-in-eea'],
    ]);
    expect(analytics?.reasons.map((entry) => entry.code)).toContain('RESIDENCY_RULE_BROKEN');
  });

  it('James PRO on 2026-01-01: the shield is gone, SCCs carry the US flow, CH→NL is adequate', () => {
    const report = assessTransferMap(jamesPro, { at: '2026-01-01' });
    expect(outcomeOf(report, 'nl→us (shield)')).toMatchObject({ outcome: 'requires-safeguard' });
    expect(outcomeOf(report, 'nl→us (scc)')).toMatchObject({ outcome: 'allow', basis: 'scc-2021' });
    expect(outcomeOf(report, 'nl→us (scc)')?.obligations).toContain('TRANSFER_IMPACT_ASSESSMENT');
    const swiss = outcomeOf(report, 'ch→us (swiss shield)');
    expect(swiss?.outcome).toBe('requires-safeguard');
    expect(swiss?.reasons.find((entry) => entry.code === 'BASIS_INVALIDATED')?.params).toEqual({
      basis: 'privacy-shield',
      invalidatedOn: '2020-09-08',
      rule: 'ch-us-privacy-shield',
    });
    expect(outcomeOf(report, 'ch→nl')).toMatchObject({ outcome: 'allow', basis: 'adequacy' });
  });

  it('James PRO on 2018-05-25 (policy date): the shield was a basis', () => {
    const report = assessTransferMap(jamesPro, { at: '2018-05-25' });
    expect(outcomeOf(report, 'nl→us (shield)')).toMatchObject({
      outcome: 'allow',
      basis: 'privacy-shield',
    });
  });

  it('diffRules over James PRO: Schrems II changes the shield flow', () => {
    const diff = diffRules('2020-07-01', '2020-08-01', jamesPro);
    expect(diff.flows).toEqual([
      {
        flow: 'nl→us (shield)',
        before: { outcome: 'allow', basis: 'privacy-shield' },
        after: { outcome: 'requires-safeguard', basis: 'none' },
        reasons: ['BASIS_INVALIDATED', 'NO_TRANSFER_BASIS'],
      },
      {
        // The 2021 SCCs did not exist yet in 2020: the shield was this flow's only basis.
        flow: 'nl→us (scc)',
        before: { outcome: 'allow', basis: 'privacy-shield' },
        after: { outcome: 'requires-safeguard', basis: 'none' },
        reasons: ['BASIS_INVALIDATED', 'SAFEGUARD_NOT_YET_AVAILABLE', 'NO_TRANSFER_BASIS'],
      },
    ]);
    expect(diff.rules).toEqual([
      {
        id: 'eu-us-privacy-shield',
        change: 'ends',
        on: '2020-07-16',
        exporter: 'eu',
        basis: 'privacy-shield',
        destination: 'US',
      },
    ]);
  });
});

describe('Markdown', () => {
  it('renders one row per flow with the seven columns', () => {
    const markdown = transferMapToMarkdown(assessTransferMap(jamesPro, { at: '2026-01-01' }));
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('| flow | from | to | outcome | basis | obligations | reasons |');
    expect(lines).toHaveLength(2 + 4);
    expect(lines[3]).toContain(
      '| nl→us (scc) | NL | US | allow | scc-2021 | RECORD_IN_ROPA, INFORM_DATA_SUBJECTS, TRANSFER_IMPACT_ASSESSMENT |',
    );
  });

  it('escapes pipes in flow names', () => {
    const report = assessTransferMap(
      { systems: [{ id: 'a', location: 'DE' }], flows: [{ id: 'a|b', from: 'a', to: 'a' }] },
      { at: '2026-01-01' },
    );
    expect(transferMapToMarkdown(report)).toContain('| a\\|b | DE | DE |');
  });
});

describe('diffRules without a map', () => {
  it('lists the DPF (2023-07-10) and the UK Extension (2023-10-12) in 2023', () => {
    const ids = diffRules('2023-01-01', '2023-12-31').rules.map(
      (rule) => `${rule.change}:${rule.id}`,
    );
    expect(ids).toContain('starts:eu-us-dpf');
    expect(ids).toContain('starts:uk-us-dpf-extension');
    expect(ids).toContain('starts:ch-adequacy-eea');
  });

  it('lists the old SCCs ending on 2022-12-28 and Safe Harbour ending on 2015-10-06', () => {
    expect(diffRules('2022-12-01', '2023-01-31').rules).toContainEqual(
      expect.objectContaining({ id: 'eu-scc-2010', change: 'ends', on: '2022-12-28' }),
    );
    expect(diffRules('2015-10-01', '2015-10-31').rules.map((rule) => rule.id)).toEqual([
      'eu-us-safe-harbour',
    ]);
  });

  it('is empty for a single day without changes', () => {
    expect(diffRules('2024-02-01', '2024-02-01')).toEqual({
      from: '2024-02-01',
      to: '2024-02-01',
      rules: [],
      flows: [],
    });
  });
});
