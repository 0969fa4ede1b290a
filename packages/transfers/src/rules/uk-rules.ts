import type { Citation } from '@pledge/core';
import type { TransferRuleScope, TransferRuleTuple } from './transfer-rule.js';

// UK GDPR Chapter V (research §2). The "deemed" adequacy regulations kept at Brexit (DPA 2018
// Sch. 21 para 5) apply from the end of the transition period; from 2026-02-05 they are
// "treated as approved by regulations made under Article 45A" (DUAA 2025 Sch. 9 para 25),
// which changes their name, not their effect. The Faroe Islands are NOT in the para 5 list as
// seen (Handley Gill), so no UK row is encoded for FO until the ICO list is checked.
// Columns: see `TransferRuleTuple`.

/** A destination of the para 5 list: one row `uk-adequacy-<destination>` from 2021-01-01. */
// Marked free of side effects so that a host importing only the cloud-region helpers does not
// bundle the rule tables.
/* @__NO_SIDE_EFFECTS__ */
function deemed(destination: string, scope: TransferRuleScope = {}): TransferRuleTuple {
  return [
    `uk-adequacy-${destination.toLowerCase()}`,
    'adequacy',
    destination,
    '2021-01-01',
    null,
    'in-force',
    'DPA 2018 Sch. 21 para 5',
    'UK GDPR Art. 45 (Art. 45A from 2026-02-05)',
    'secondary',
    scope,
  ];
}

const PRIVATE_SECTOR_ONLY: TransferRuleScope = { privateSectorOnly: true };

/** UK rows: deemed and new adequacy regulations, IDTA, Addendum, legacy SCCs. */
export const UK_ROWS: readonly TransferRuleTuple[] = [
  // Every EEA state and the EU institutions; IL and UY probably keep the EU decisions'
  // automated-processing limits (not checked); CA only PIPEDA; JP only APPI data.
  deemed('EEA'),
  deemed('GI'),
  deemed('CH'),
  deemed('CA', PRIVATE_SECTOR_ONLY),
  deemed('AR'),
  deemed('GG'),
  deemed('IM'),
  deemed('JE'),
  deemed('AD'),
  deemed('IL'),
  deemed('UY'),
  deemed('NZ'),
  deemed('JP', PRIVATE_SECTOR_ONLY),
  // Unlike the EU decision, the UK names the FSC as a supervisory authority, so credit
  // information does not appear to be carved out (inference from the research notes).
  [
    'uk-adequacy-kr',
    'adequacy',
    'KR',
    '2022-12-19',
    null,
    'in-force',
    'Data Protection (Adequacy) (Republic of Korea) Regulations 2022, SI 2022/1213',
    'DPA 2018 s.17A; reg. 2',
    'primary',
  ],
  // The UK-US data bridge: only US persons listed as participating in the UK Extension.
  [
    'uk-us-dpf-extension',
    'dpf',
    'US',
    '2023-10-12',
    null,
    'in-force',
    'Data Protection (Adequacy) (United States of America) Regulations 2023, SI 2023/1028',
    'DPA 2018 s.17A; reg. 3',
    'primary',
    { framework: 'uk-extension' },
  ],
  [
    'uk-idta',
    'idta',
    null,
    '2022-03-21',
    null,
    'in-force',
    'ICO International Data Transfer Agreement (DPA 2018 s.119A)',
    'UK GDPR Art. 46(2)(d)',
    'secondary',
  ],
  [
    'uk-addendum',
    'uk-addendum',
    null,
    '2022-03-21',
    null,
    'in-force',
    'ICO International Data Transfer Addendum to the EU SCCs (DPA 2018 s.119A)',
    'UK GDPR Art. 46(2)(d)',
    'secondary',
  ],
  // New contracts only if concluded on or before 2022-09-21; such contracts valid until
  // 2024-03-21 if processing is unchanged.
  [
    'uk-scc-2010',
    'scc-2010',
    null,
    '2021-01-01',
    '2024-03-21',
    'repealed',
    'DPA 2018 Sch. 21 para 7',
    'UK GDPR Art. 46',
    'secondary',
  ],
  // Standard numbering of the retained GDPR, not re-read in the research session.
  [
    'uk-bcr',
    'bcr',
    null,
    '2021-01-01',
    null,
    'in-force',
    'UK GDPR',
    'Art. 46(2)(b), Art. 47',
    'unverified',
  ],
  [
    'uk-derogation',
    'derogation',
    null,
    '2021-01-01',
    null,
    'in-force',
    'UK GDPR',
    'Art. 49',
    'unverified',
  ],
];

/** Last day a new UK contract could use the old EU SCCs. */
export const UK_OLD_SCC_NEW_CONTRACTS_UNTIL = '2022-09-21';

/**
 * Data (Use and Access) Act 2025 s.85 and Sch. 7, commenced 2026-02-05 by SI 2026/82: Art. 46
 * transfers must meet the "data protection test" (Art. 46(1A)).
 */
export const UK_DATA_PROTECTION_TEST: Citation = {
  law: 'Data (Use and Access) Act 2025 s.85, Sch. 7',
  article: 'UK GDPR Art. 46(1A)',
  confidence: 'secondary',
  note: 'Text primary; commencement 2026-02-05 secondary.',
};

/** First day of the UK data protection test. */
export const UK_DATA_PROTECTION_TEST_FROM = '2026-02-05';
