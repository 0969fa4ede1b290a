import { describe, expect, it } from 'vitest';
import { assessTransfer } from './assess-transfer.js';
import type { TransferInput } from './transfer-request.js';

const processor = { role: 'processor' } as const;
const dpf = { role: 'processor', dpfCertified: true } as const;
const scc2 = { mechanism: 'scc-2021', module: 2 } as const;

// Each row: a named case, the flow, the outcome, the basis and reason codes that must appear.
const cases: [
  name: string,
  input: TransferInput,
  outcome: string,
  basis: string,
  codes: string[],
][] = [
  [
    'DE → US, DPF-certified recipient, 2024-01-01 → dpf',
    { from: 'DE', to: 'US', at: '2024-01-01', recipient: dpf },
    'allow',
    'dpf',
    ['FRAMEWORK_CERTIFIED'],
  ],
  [
    'DE → US, not certified → requires-safeguard',
    { from: 'DE', to: 'US', at: '2024-01-01', recipient: processor },
    'requires-safeguard',
    'none',
    ['FRAMEWORK_CERTIFICATION_REQUIRED', 'NO_TRANSFER_BASIS'],
  ],
  [
    'DE → US with SCC module 2 → scc-2021 with a TIA',
    {
      from: 'DE',
      to: 'US',
      at: '2024-01-01',
      exporterRole: 'controller',
      recipient: processor,
      safeguards: [scc2],
    },
    'allow',
    'scc-2021',
    ['SAFEGUARD_ACCEPTED', 'TRANSFER_IMPACT_ASSESSMENT_REQUIRED'],
  ],
  [
    'DE → US, DPF-certified on 2023-07-09 (day before the decision)',
    { from: 'DE', to: 'US', at: '2023-07-09', recipient: dpf },
    'requires-safeguard',
    'none',
    ['BASIS_NOT_YET_AVAILABLE'],
  ],
  [
    'DE → US, DPF-certified on 2023-07-10 (first day)',
    { from: 'DE', to: 'US', at: '2023-07-10', recipient: dpf },
    'allow',
    'dpf',
    ['FRAMEWORK_CERTIFIED'],
  ],
  [
    'NL → US under Privacy Shield on 2020-07-01 → privacy-shield',
    { from: 'NL', to: 'US', at: '2020-07-01', recipient: { frameworks: ['privacy-shield'] } },
    'allow',
    'privacy-shield',
    ['FRAMEWORK_CERTIFIED'],
  ],
  [
    'NL → US under Privacy Shield on 2020-08-01 → invalidated',
    { from: 'NL', to: 'US', at: '2020-08-01', recipient: { frameworks: ['privacy-shield'] } },
    'requires-safeguard',
    'none',
    ['BASIS_INVALIDATED', 'NO_TRANSFER_BASIS'],
  ],
  [
    'NL → US under Privacy Shield on 2020-07-16 (judgment day) → invalidated',
    { from: 'NL', to: 'US', at: '2020-07-16', recipient: { frameworks: ['privacy-shield'] } },
    'requires-safeguard',
    'none',
    ['BASIS_INVALIDATED'],
  ],
  [
    'NL → US under Safe Harbour on 2015-10-06 → invalidated (Schrems I)',
    { from: 'NL', to: 'US', at: '2015-10-06', recipient: { frameworks: ['safe-harbour'] } },
    'requires-safeguard',
    'none',
    ['BASIS_INVALIDATED'],
  ],
  [
    'NL → US under Safe Harbour on 2014-01-01 → safe-harbour',
    { from: 'NL', to: 'US', at: '2014-01-01', recipient: { frameworks: ['safe-harbour'] } },
    'allow',
    'safe-harbour',
    ['FRAMEWORK_CERTIFIED'],
  ],
  [
    'FR → JP → adequacy',
    { from: 'FR', to: 'JP', at: '2024-01-01' },
    'allow',
    'adequacy',
    ['ADEQUACY_DECISION', 'ADEQUACY_SCOPE_LIMITED'],
  ],
  [
    'FR → JP public authority → outside the APPI decision',
    { from: 'FR', to: 'JP', at: '2024-01-01', recipient: { sector: 'public' } },
    'requires-safeguard',
    'none',
    ['ADEQUACY_SCOPE_EXCLUDES'],
  ],
  [
    'FR → JP on 2018-12-01 (before the decision) → requires-safeguard',
    { from: 'FR', to: 'JP', at: '2018-12-01' },
    'requires-safeguard',
    'none',
    ['NO_TRANSFER_BASIS'],
  ],
  [
    'FR → GB on 2021-07-01 → adequacy',
    { from: 'FR', to: 'GB', at: '2021-07-01' },
    'allow',
    'adequacy',
    ['ADEQUACY_DECISION'],
  ],
  [
    'FR → GB on 2020-06-01 (transition period) → same-region',
    { from: 'FR', to: 'GB', at: '2020-06-01' },
    'allow',
    'same-region',
    ['SAME_REGION'],
  ],
  [
    'FR → GB on 2021-03-01 (TCA bridge, not a third country) → same-region',
    { from: 'FR', to: 'GB', at: '2021-03-01' },
    'allow',
    'same-region',
    ['SAME_REGION'],
  ],
  [
    'FR → GB on 2019-06-01 (EU member) → same-region',
    { from: 'FR', to: 'GB', at: '2019-06-01' },
    'allow',
    'same-region',
    ['SAME_REGION'],
  ],
  [
    'FR → GB on 2025-09-01 (technical extension) → adequacy',
    { from: 'FR', to: 'GB', at: '2025-09-01' },
    'allow',
    'adequacy',
    ['ADEQUACY_DECISION'],
  ],
  [
    'FR → GB on 2026-06-01 (renewal) → adequacy',
    { from: 'FR', to: 'GB', at: '2026-06-01' },
    'allow',
    'adequacy',
    ['ADEQUACY_DECISION'],
  ],
  [
    'FR → GB on 2032-01-01 (after the renewal sunset) → requires-safeguard',
    { from: 'FR', to: 'GB', at: '2032-01-01' },
    'requires-safeguard',
    'none',
    ['NO_TRANSFER_BASIS'],
  ],
  [
    'DE → RU without safeguards → requires-safeguard',
    { from: 'DE', to: 'RU', at: '2026-01-01' },
    'requires-safeguard',
    'none',
    ['NO_TRANSFER_BASIS'],
  ],
  [
    'RU citizens collected straight into a DE database (2026) → deny',
    { from: 'RU', to: 'DE', at: '2026-01-01', subjectCitizenship: ['RU'], atCollection: true },
    'deny',
    'none',
    ['RU_FOREIGN_DATABASE_PROHIBITED'],
  ],
  [
    'RU citizens collected straight into a DE database (2020) → deny (old Art. 18(5))',
    { from: 'RU', to: 'DE', at: '2020-01-01', subjectCitizenship: ['RU'], atCollection: true },
    'deny',
    'none',
    ['RU_LOCALISATION_REQUIRED'],
  ],
  [
    'RU citizens collected by a DE company into a DE database → deny',
    { from: 'DE', to: 'DE', at: '2026-01-01', subjectCitizenship: ['RU'], atCollection: true },
    'deny',
    'none',
    ['RU_FOREIGN_DATABASE_PROHIBITED'],
  ],
  [
    'RU citizens collected into a RU database → same-region',
    { from: 'RU', to: 'RU', at: '2026-01-01', subjectCitizenship: ['RU'], atCollection: true },
    'allow',
    'same-region',
    ['SAME_REGION'],
  ],
  [
    'RU → DE onward, notified → ru-notification',
    { from: 'RU', to: 'DE', at: '2026-01-01', safeguards: [{ mechanism: 'ru-notification' }] },
    'allow',
    'ru-notification',
    ['SAFEGUARD_ACCEPTED'],
  ],
  [
    'RU → DE onward, not notified → requires-safeguard',
    { from: 'RU', to: 'DE', at: '2026-01-01' },
    'requires-safeguard',
    'none',
    ['RU_NOTIFICATION_REQUIRED'],
  ],
  [
    'RU → DE in 2022 (before the Art. 12 notice regime) → unknown',
    { from: 'RU', to: 'DE', at: '2022-06-01' },
    'unknown',
    'none',
    ['RULES_NOT_IN_FORCE'],
  ],
  [
    'DE → DE → same-region',
    { from: 'DE', to: 'DE', at: '2026-01-01' },
    'allow',
    'same-region',
    ['SAME_REGION'],
  ],
  [
    'DE → IE (intra-EEA) → same-region',
    { from: 'DE', to: 'IE', at: '2026-01-01' },
    'allow',
    'same-region',
    ['SAME_REGION'],
  ],
  [
    'NO → DE (EEA EFTA) → same-region',
    { from: 'NO', to: 'DE', at: '2026-01-01' },
    'allow',
    'same-region',
    ['SAME_REGION'],
  ],
  [
    'CH → US with Swiss-US DPF on 2024-10-01 → dpf',
    { from: 'CH', to: 'US', at: '2024-10-01', recipient: { frameworks: ['swiss-us-dpf'] } },
    'allow',
    'dpf',
    ['FRAMEWORK_CERTIFIED'],
  ],
  [
    'CH → US with Swiss-US DPF on 2024-09-01 → not yet',
    { from: 'CH', to: 'US', at: '2024-09-01', recipient: { frameworks: ['swiss-us-dpf'] } },
    'requires-safeguard',
    'none',
    ['BASIS_NOT_YET_AVAILABLE'],
  ],
  [
    'CH → US with only the EU-US DPF → requires-safeguard',
    { from: 'CH', to: 'US', at: '2024-10-01', recipient: dpf },
    'requires-safeguard',
    'none',
    ['FRAMEWORK_CERTIFICATION_REQUIRED'],
  ],
  [
    'CH → DE (Annex 1, EEA) → adequacy',
    { from: 'CH', to: 'DE', at: '2024-01-01' },
    'allow',
    'adequacy',
    ['ADEQUACY_DECISION'],
  ],
  [
    'CH → MC (Swiss list only) → adequacy',
    { from: 'CH', to: 'MC', at: '2024-01-01' },
    'allow',
    'adequacy',
    ['ADEQUACY_DECISION'],
  ],
  [
    'FR → MC (not an EU adequacy country) → requires-safeguard',
    { from: 'FR', to: 'MC', at: '2024-01-01' },
    'requires-safeguard',
    'none',
    ['NO_TRANSFER_BASIS'],
  ],
  [
    'CH → JP (not on the Swiss list) → requires-safeguard',
    { from: 'CH', to: 'JP', at: '2024-01-01' },
    'requires-safeguard',
    'none',
    ['NO_TRANSFER_BASIS'],
  ],
  [
    'CH → US on 2022-01-01 without safeguard → unknown (self-assessment era)',
    { from: 'CH', to: 'US', at: '2022-01-01' },
    'unknown',
    'none',
    ['CH_SELF_ASSESSMENT'],
  ],
  [
    'CH → US on 2022-01-01 with Swiss-adapted SCCs → scc-2021',
    { from: 'CH', to: 'US', at: '2022-01-01', safeguards: [scc2] },
    'allow',
    'scc-2021',
    ['SAFEGUARD_ACCEPTED'],
  ],
  [
    'GB → US, UK Extension on 2023-10-12 → dpf',
    {
      from: 'GB',
      to: 'US',
      at: '2023-10-12',
      recipient: { frameworks: ['eu-us-dpf', 'uk-extension'] },
    },
    'allow',
    'dpf',
    ['FRAMEWORK_CERTIFIED'],
  ],
  [
    'GB → US, EU-US DPF only → requires-safeguard',
    { from: 'GB', to: 'US', at: '2024-01-01', recipient: dpf },
    'requires-safeguard',
    'none',
    ['FRAMEWORK_CERTIFICATION_REQUIRED'],
  ],
  [
    'GB → DE (UK data bridge to the EEA) → adequacy',
    { from: 'GB', to: 'DE', at: '2024-01-01' },
    'allow',
    'adequacy',
    ['ADEQUACY_DECISION'],
  ],
  [
    'GB → KR on 2022-12-19 → adequacy',
    { from: 'GB', to: 'KR', at: '2022-12-19' },
    'allow',
    'adequacy',
    ['ADEQUACY_DECISION'],
  ],
  [
    'GB → IN with EU SCCs alone → needs the UK Addendum',
    { from: 'GB', to: 'IN', at: '2024-01-01', safeguards: [scc2] },
    'requires-safeguard',
    'none',
    ['SCC_NEEDS_UK_ADDENDUM'],
  ],
  [
    'GB → IN with the IDTA → idta with a TIA',
    { from: 'GB', to: 'IN', at: '2024-01-01', safeguards: [{ mechanism: 'idta' }] },
    'allow',
    'idta',
    ['TRANSFER_IMPACT_ASSESSMENT_REQUIRED'],
  ],
  [
    'GB → IN with the UK Addendum in 2026-06 → data protection test',
    { from: 'GB', to: 'IN', at: '2026-06-01', safeguards: [{ mechanism: 'uk-addendum' }] },
    'allow',
    'uk-addendum',
    ['DATA_PROTECTION_TEST'],
  ],
  [
    'GB → IN with old SCCs of 2022-01-01, on 2024-03-21 → scc-2010',
    {
      from: 'GB',
      to: 'IN',
      at: '2024-03-21',
      safeguards: [{ mechanism: 'scc-2010', concludedOn: '2022-01-01' }],
    },
    'allow',
    'scc-2010',
    ['SAFEGUARD_ACCEPTED'],
  ],
  [
    'GB → IN with old SCCs on 2024-03-22 → expired',
    {
      from: 'GB',
      to: 'IN',
      at: '2024-03-22',
      safeguards: [{ mechanism: 'scc-2010', concludedOn: '2022-01-01' }],
    },
    'requires-safeguard',
    'none',
    ['SAFEGUARD_EXPIRED'],
  ],
  [
    'DE → IN with old SCCs concluded 2021-10-01 → concluded too late',
    {
      from: 'DE',
      to: 'IN',
      at: '2022-06-01',
      safeguards: [{ mechanism: 'scc-2010', concludedOn: '2021-10-01' }],
    },
    'requires-safeguard',
    'none',
    ['OLD_SCC_CONCLUDED_TOO_LATE'],
  ],
  [
    'DE → IN with old SCCs on 2022-12-28 → expired',
    {
      from: 'DE',
      to: 'IN',
      at: '2022-12-28',
      safeguards: [{ mechanism: 'scc-2010', concludedOn: '2019-01-01' }],
    },
    'requires-safeguard',
    'none',
    ['SAFEGUARD_EXPIRED'],
  ],
  [
    'DE → US with SCC module 1 for a processor → module mismatch',
    {
      from: 'DE',
      to: 'US',
      at: '2024-01-01',
      exporterRole: 'controller',
      recipient: processor,
      safeguards: [{ mechanism: 'scc-2021', module: 1 }],
    },
    'requires-safeguard',
    'none',
    ['SCC_MODULE_MISMATCH'],
  ],
  [
    'DE → US with SCCs on 2021-06-01 (before 2021/914 applied) → not yet',
    { from: 'DE', to: 'US', at: '2021-06-01', safeguards: [scc2] },
    'requires-safeguard',
    'none',
    ['SAFEGUARD_NOT_YET_AVAILABLE'],
  ],
  [
    'DE → IN with BCRs → bcr',
    { from: 'DE', to: 'IN', at: '2024-01-01', safeguards: [{ mechanism: 'bcr' }] },
    'allow',
    'bcr',
    ['SAFEGUARD_ACCEPTED', 'TRANSFER_IMPACT_ASSESSMENT_REQUIRED'],
  ],
  [
    'DE → IN on explicit consent → derogation',
    {
      from: 'DE',
      to: 'IN',
      at: '2024-01-01',
      safeguards: [{ mechanism: 'derogation', derogation: 'explicit-consent' }],
    },
    'allow',
    'derogation',
    ['SAFEGUARD_ACCEPTED'],
  ],
  [
    'DE → IN on contract necessity, repetitive → not for repetitive transfers',
    {
      from: 'DE',
      to: 'IN',
      at: '2024-01-01',
      safeguards: [{ mechanism: 'derogation', derogation: 'contract', repetitive: true }],
    },
    'requires-safeguard',
    'none',
    ['DEROGATION_NOT_FOR_REPETITIVE'],
  ],
  [
    'DE → IN with a Russian notice → not recognised',
    { from: 'DE', to: 'IN', at: '2024-01-01', safeguards: [{ mechanism: 'ru-notification' }] },
    'requires-safeguard',
    'none',
    ['SAFEGUARD_NOT_RECOGNISED'],
  ],
  [
    'DE → KR credit information → outside the Korean decision',
    { from: 'DE', to: 'KR', at: '2024-01-01', dataCategories: ['credit-information'] },
    'requires-safeguard',
    'none',
    ['ADEQUACY_SCOPE_EXCLUDES'],
  ],
  [
    'DE → BR on 2026-02-01 → adequacy',
    { from: 'DE', to: 'BR', at: '2026-02-01' },
    'allow',
    'adequacy',
    ['ADEQUACY_DECISION'],
  ],
  [
    'NO → BR on 2026-02-01 → not yet extended to EEA EFTA',
    { from: 'NO', to: 'BR', at: '2026-02-01' },
    'requires-safeguard',
    'none',
    ['ADEQUACY_NOT_EXTENDED_TO_EXPORTER'],
  ],
  [
    'DE → European Patent Organisation on 2025-08-01 → adequacy',
    { from: 'DE', to: 'IO:EPO', at: '2025-08-01' },
    'allow',
    'adequacy',
    ['ADEQUACY_DECISION'],
  ],
  [
    'DE → CA (PIPEDA) → adequacy',
    { from: 'DE', to: 'CA', at: '2024-01-01' },
    'allow',
    'adequacy',
    ['ADEQUACY_SCOPE_LIMITED'],
  ],
  [
    'DE → AD, AR, IL, UY, NZ style: DE → NZ → adequacy',
    { from: 'DE', to: 'NZ', at: '2024-01-01' },
    'allow',
    'adequacy',
    ['ADEQUACY_DECISION'],
  ],
  [
    'aws:eu-central-1 → aws:us-east-1 backups, DPF → dpf',
    { from: 'aws:eu-central-1', to: 'aws:us-east-1', at: '2024-01-01', recipient: dpf },
    'allow',
    'dpf',
    ['FRAMEWORK_CERTIFIED'],
  ],
  [
    'an unknown destination → unknown',
    { from: 'DE', to: 'unknown', at: '2024-01-01' },
    'unknown',
    'none',
    ['DESTINATION_UNKNOWN'],
  ],
  [
    'an unmapped cloud region → unknown',
    { from: 'DE', to: 'aws:xx-nowhere-9', at: '2024-01-01' },
    'unknown',
    'none',
    ['DESTINATION_UNKNOWN'],
  ],
  [
    'an unknown origin → unknown',
    { from: 'unknown', to: 'DE', at: '2024-01-01' },
    'unknown',
    'none',
    ['ORIGIN_UNKNOWN'],
  ],
  [
    'US → DE (no exporter rules modelled) → unknown',
    { from: 'US', to: 'DE', at: '2024-01-01' },
    'unknown',
    'none',
    ['EXPORTER_REGIME_UNKNOWN'],
  ],
  [
    'CN → US, 50,000 people, no sensitive PI → exempt',
    {
      from: 'CN',
      to: 'US',
      at: '2025-01-01',
      volume: { individuals: 50_000, sensitiveIndividuals: 0 },
    },
    'allow',
    'cn-exemption',
    ['CN_EXEMPT'],
  ],
  [
    'CN → US, 500,000 people → standard contract or certification',
    { from: 'CN', to: 'US', at: '2025-01-01', volume: { individuals: 500_000 } },
    'requires-safeguard',
    'none',
    ['CN_STANDARD_CONTRACT_OR_CERTIFICATION_REQUIRED'],
  ],
  [
    'CN → US, 500,000 people with a filed standard contract → allow',
    {
      from: 'CN',
      to: 'US',
      at: '2025-01-01',
      volume: { individuals: 500_000 },
      safeguards: [{ mechanism: 'cn-standard-contract' }],
    },
    'allow',
    'cn-standard-contract',
    ['SAFEGUARD_ACCEPTED'],
  ],
  [
    'CN → US, 2,000,000 people with a standard contract → security assessment needed',
    {
      from: 'CN',
      to: 'US',
      at: '2025-01-01',
      volume: { individuals: 2_000_000 },
      safeguards: [{ mechanism: 'cn-standard-contract' }],
    },
    'requires-safeguard',
    'none',
    ['CN_SECURITY_ASSESSMENT_REQUIRED'],
  ],
  [
    'CN → US, sensitive PI of 50 people → standard contract or certification',
    {
      from: 'CN',
      to: 'US',
      at: '2025-01-01',
      volume: { individuals: 50, sensitiveIndividuals: 50 },
    },
    'requires-safeguard',
    'none',
    ['CN_STANDARD_CONTRACT_OR_CERTIFICATION_REQUIRED'],
  ],
  [
    'CN → US, CIIO → security assessment',
    {
      from: 'CN',
      to: 'US',
      at: '2025-01-01',
      criticalInfrastructure: true,
      volume: { individuals: 10 },
    },
    'requires-safeguard',
    'none',
    ['CN_SECURITY_ASSESSMENT_REQUIRED'],
  ],
  [
    'CN → US, exactly 100,000 people → boundary, stricter reading',
    { from: 'CN', to: 'US', at: '2025-01-01', volume: { individuals: 100_000 } },
    'requires-safeguard',
    'none',
    ['CN_THRESHOLD_BOUNDARY', 'CN_STANDARD_CONTRACT_OR_CERTIFICATION_REQUIRED'],
  ],
  [
    'CN → US, volume unknown → unknown',
    { from: 'CN', to: 'US', at: '2025-01-01' },
    'unknown',
    'none',
    ['CN_VOLUME_REQUIRED'],
  ],
  [
    'CN → US in 2021-06 (before PIPL) → unknown',
    { from: 'CN', to: 'US', at: '2021-06-01' },
    'unknown',
    'none',
    ['RULES_NOT_IN_FORCE'],
  ],
  [
    'CN → HK is cross-border under PIPL',
    { from: 'CN', to: 'HK', at: '2025-01-01', volume: { individuals: 200_000 } },
    'requires-safeguard',
    'none',
    ['CN_STANDARD_CONTRACT_OR_CERTIFICATION_REQUIRED'],
  ],
  [
    'IN → US in 2026 (s.16 not in force) → unknown',
    { from: 'IN', to: 'US', at: '2026-06-01' },
    'unknown',
    'none',
    ['RULES_NOT_IN_FORCE'],
  ],
  [
    'IN → US after s.16 commences, no negative list → no-restriction',
    { from: 'IN', to: 'US', at: '2027-06-01' },
    'allow',
    'no-restriction',
    ['IN_NO_NEGATIVE_LIST'],
  ],
];

describe('assessTransfer: named cases', () => {
  it('has at least 40 named cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s', (_name, input, outcome, basis, codes) => {
    const decision = assessTransfer(input);
    expect(decision.outcome).toBe(outcome);
    expect(decision.basis).toBe(basis);
    const found = decision.reasons.map((entry) => entry.code);
    for (const code of codes) expect(found).toContain(code);
  });
});

describe('assessTransfer: details', () => {
  it('Privacy Shield time travel: allow on 2020-07-01, invalidated on 2020-08-01 with the date', () => {
    const flow = { from: 'NL', to: 'US', recipient: { frameworks: ['privacy-shield'] } } as const;
    const before = assessTransfer({ ...flow, at: '2020-07-01' });
    const after = assessTransfer({ ...flow, at: '2020-08-01' });
    expect(before.basis).toBe('privacy-shield');
    const invalidated = after.reasons.find((entry) => entry.code === 'BASIS_INVALIDATED');
    expect(invalidated?.params).toEqual({
      basis: 'privacy-shield',
      invalidatedOn: '2020-07-16',
      rule: 'eu-us-privacy-shield',
    });
    expect(invalidated?.citation?.law).toContain('C-311/18');
  });

  it('James PRO: Privacy Shield plus SCCs still works through the SCCs, and says the shield is gone', () => {
    const decision = assessTransfer({
      from: 'NL',
      to: 'US',
      at: '2024-01-01',
      recipient: { role: 'processor', frameworks: ['privacy-shield'] },
      safeguards: [scc2],
    });
    expect(decision.basis).toBe('scc-2021');
    expect(decision.obligations).toEqual([
      'RECORD_IN_ROPA',
      'INFORM_DATA_SUBJECTS',
      'TRANSFER_IMPACT_ASSESSMENT',
    ]);
    expect(decision.reasons.map((entry) => entry.code)).toContain('BASIS_INVALIDATED');
  });

  it('GB exporter with EU SCCs and the UK Addendum relies on the Addendum without complaint', () => {
    const decision = assessTransfer({
      from: 'GB',
      to: 'IN',
      at: '2024-01-01',
      safeguards: [scc2, { mechanism: 'uk-addendum' }],
    });
    expect(decision.basis).toBe('uk-addendum');
    expect(decision.reasons.map((entry) => entry.code)).not.toContain('SCC_NEEDS_UK_ADDENDUM');
  });

  it('DPF transfers need no TIA but a certification check', () => {
    const decision = assessTransfer({ from: 'DE', to: 'US', at: '2024-01-01', recipient: dpf });
    expect(decision.obligations).toEqual([
      'RECORD_IN_ROPA',
      'INFORM_DATA_SUBJECTS',
      'VERIFY_CERTIFICATION',
    ]);
  });

  it('compelling legitimate interests bring the Art. 49 duties', () => {
    const decision = assessTransfer({
      from: 'DE',
      to: 'IN',
      at: '2024-01-01',
      safeguards: [{ mechanism: 'derogation', derogation: 'compelling-legitimate-interests' }],
    });
    expect(decision.obligations).toContain('INFORM_SUPERVISORY_AUTHORITY');
    expect(decision.obligations).toContain('DOCUMENT_ASSESSMENT');
    expect(decision.obligations).not.toContain('TRANSFER_IMPACT_ASSESSMENT');
  });

  it('Russian exports carry the notice duties; the localisation deny asks to localise', () => {
    expect(assessTransfer({ from: 'RU', to: 'DE', at: '2026-01-01' }).obligations).toEqual([
      'ASSESS_RECIPIENT',
      'NOTIFY_REGULATOR',
      'WAIT_FOR_REGULATOR',
    ]);
    const denied = assessTransfer({
      from: 'RU',
      to: 'NL',
      at: '2026-01-01',
      subjectCitizenship: ['RU'],
      atCollection: true,
    });
    expect(denied.obligations).toEqual(['LOCALISE']);
    expect(denied.reasons[0]?.params).toEqual({
      since: '2025-07-01',
      rule: 'ru-foreign-database-ban',
    });
  });

  it('Russian citizens in an onward flow are flagged without changing the outcome', () => {
    const decision = assessTransfer({
      from: 'DE',
      to: 'US',
      at: '2026-01-01',
      subjectCitizenship: ['RU'],
      recipient: dpf,
    });
    expect(decision.outcome).toBe('allow');
    expect(decision.reasons.map((entry) => entry.code)).toContain('RU_LOCALISATION_APPLIES');
  });

  it('every reason except unknown-location ones carries a citation', () => {
    for (const [, input] of cases) {
      for (const entry of assessTransfer(input).reasons) {
        if (
          [
            'ORIGIN_UNKNOWN',
            'DESTINATION_UNKNOWN',
            'EXPORTER_REGIME_UNKNOWN',
            'SAME_REGION',
            'SAFEGUARD_NOT_RECOGNISED',
          ].includes(entry.code)
        )
          continue;
        expect(entry.citation, entry.code).toBeDefined();
      }
    }
  });

  it('accepts subdivisions and instants', () => {
    const decision = assessTransfer({
      from: 'FR',
      to: 'US-CA',
      at: new Date('2024-01-01T12:00:00Z'),
      recipient: dpf,
    });
    expect(decision).toMatchObject({
      outcome: 'allow',
      to: 'US',
      at: '2024-01-01',
      exporterRegime: 'eu',
    });
  });
});
