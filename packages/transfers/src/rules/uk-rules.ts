import type { Citation } from '@pledge/core';
import type { TransferRuleRow } from './transfer-rule.js';

// UK GDPR Chapter V (research §2). The "deemed" adequacy regulations kept at Brexit (DPA 2018
// Sch. 21 para 5) apply from the end of the transition period; from 2026-02-05 they are
// "treated as approved by regulations made under Article 45A" (DUAA 2025 Sch. 9 para 25),
// which changes their name, not their effect. The Faroe Islands are NOT in the para 5 list as
// seen (Handley Gill), so no UK row is encoded for FO until the ICO list is checked.

const DEEMED: Citation = {
  law: 'DPA 2018 Sch. 21 para 5',
  article: 'UK GDPR Art. 45 (Art. 45A from 2026-02-05)',
  url: 'https://handleygill.co.uk/uk-adequacy-regulations',
  confidence: 'secondary',
};

// Marked free of side effects so that a host importing only the cloud-region helpers does not
// bundle the rule tables.
/* @__NO_SIDE_EFFECTS__ */
function deemed(destination: string, privateSectorOnly = false): TransferRuleRow {
  return {
    id: `uk-adequacy-${destination.toLowerCase()}`,
    exporter: 'uk',
    basis: 'adequacy',
    destination,
    ...(privateSectorOnly ? { privateSectorOnly } : {}),
    validFrom: '2021-01-01',
    status: 'in-force',
    citation: DEEMED,
  };
}

/** UK rows: deemed and new adequacy regulations, IDTA, Addendum, legacy SCCs. */
export const UK_ROWS: readonly TransferRuleRow[] = [
  // Every EEA state and the EU institutions; IL and UY probably keep the EU decisions'
  // automated-processing limits (not checked); CA only PIPEDA; JP only APPI data.
  deemed('EEA'),
  deemed('GI'),
  deemed('CH'),
  deemed('CA', true),
  deemed('AR'),
  deemed('GG'),
  deemed('IM'),
  deemed('JE'),
  deemed('AD'),
  deemed('IL'),
  deemed('UY'),
  deemed('NZ'),
  deemed('JP', true),
  {
    // Unlike the EU decision, the UK names the FSC as a supervisory authority, so credit
    // information does not appear to be carved out (inference from the research notes).
    id: 'uk-adequacy-kr',
    exporter: 'uk',
    basis: 'adequacy',
    destination: 'KR',
    validFrom: '2022-12-19',
    status: 'in-force',
    citation: {
      law: 'Data Protection (Adequacy) (Republic of Korea) Regulations 2022, SI 2022/1213',
      article: 'DPA 2018 s.17A; reg. 2',
      url: 'https://legislation.gov.uk/uksi/2022/1213/data.html',
      confidence: 'primary',
    },
  },
  {
    // The UK-US data bridge: only US persons listed as participating in the UK Extension.
    id: 'uk-us-dpf-extension',
    exporter: 'uk',
    basis: 'dpf',
    destination: 'US',
    framework: 'uk-extension',
    validFrom: '2023-10-12',
    status: 'in-force',
    citation: {
      law: 'Data Protection (Adequacy) (United States of America) Regulations 2023, SI 2023/1028',
      article: 'DPA 2018 s.17A; reg. 3',
      url: 'https://legislation.gov.uk/uksi/2023/1028/data.html',
      confidence: 'primary',
    },
  },
  {
    id: 'uk-idta',
    exporter: 'uk',
    basis: 'idta',
    validFrom: '2022-03-21',
    status: 'in-force',
    citation: {
      law: 'ICO International Data Transfer Agreement (DPA 2018 s.119A)',
      article: 'UK GDPR Art. 46(2)(d)',
      confidence: 'secondary',
    },
  },
  {
    id: 'uk-addendum',
    exporter: 'uk',
    basis: 'uk-addendum',
    validFrom: '2022-03-21',
    status: 'in-force',
    citation: {
      law: 'ICO International Data Transfer Addendum to the EU SCCs (DPA 2018 s.119A)',
      article: 'UK GDPR Art. 46(2)(d)',
      confidence: 'secondary',
    },
  },
  {
    // New contracts only if concluded on or before 2022-09-21; such contracts valid until
    // 2024-03-21 if processing is unchanged.
    id: 'uk-scc-2010',
    exporter: 'uk',
    basis: 'scc-2010',
    validFrom: '2021-01-01',
    validTo: '2024-03-21',
    status: 'repealed',
    citation: {
      law: 'DPA 2018 Sch. 21 para 7',
      article: 'UK GDPR Art. 46',
      confidence: 'secondary',
    },
  },
  {
    // Standard numbering of the retained GDPR, not re-read in the research session.
    id: 'uk-bcr',
    exporter: 'uk',
    basis: 'bcr',
    validFrom: '2021-01-01',
    status: 'in-force',
    citation: { law: 'UK GDPR', article: 'Art. 46(2)(b), Art. 47', confidence: 'unverified' },
  },
  {
    id: 'uk-derogation',
    exporter: 'uk',
    basis: 'derogation',
    validFrom: '2021-01-01',
    status: 'in-force',
    citation: { law: 'UK GDPR', article: 'Art. 49', confidence: 'unverified' },
  },
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
