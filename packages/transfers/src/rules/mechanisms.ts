import type { Citation } from '@pledge/core';
import type { TransferRuleTuple } from './transfer-rule.js';

// Transfer tools that work towards any destination without an adequacy finding: GDPR Art. 46
// safeguards and Art. 49 derogations (research §4). The planned SCCs for importers already
// subject to the GDPR under Art. 3(2) are not adopted as far as found, so they are no row.
// Columns: see `TransferRuleTuple`.

const GDPR = 'Regulation (EU) 2016/679';

/** EU/EEA mechanism rows. */
export const EU_MECHANISM_ROWS: readonly TransferRuleTuple[] = [
  // In force on the 20th day after publication in OJ L 199, 7.6.2021. Designed for importers
  // not subject to the GDPR (recital 7; Commission Q&A). Modules: 1 C2C, 2 C2P, 3 P2P, 4 P2C.
  [
    'eu-scc-2021',
    'scc-2021',
    null,
    '2021-06-27',
    null,
    'in-force',
    'Commission Implementing Decision (EU) 2021/914',
    'GDPR Art. 46(2)(c)',
    'secondary',
  ],
  // Repealed by 2021/914 Art. 4 from 2021-09-27: new contracts only until 2021-09-26;
  // contracts concluded before 2021-09-27 relied on until 2022-12-27 (one source says
  // 2022-12-22, which looks like a typo). validFrom is the first set's adoption date, which was
  // not checked.
  [
    'eu-scc-2010',
    'scc-2010',
    null,
    '2001-06-15',
    '2022-12-27',
    'repealed',
    'Decisions 2001/497/EC, 2004/915/EC, 2010/87/EU',
    'GDPR Art. 46(5); Decision (EU) 2021/914 Art. 4',
    'unverified',
  ],
  [
    'eu-bcr',
    'bcr',
    null,
    '2018-05-25',
    null,
    'in-force',
    GDPR,
    'Art. 46(2)(b), Art. 47',
    'unverified',
  ],
  [
    'eu-code-of-conduct',
    'code-of-conduct',
    null,
    '2018-05-25',
    null,
    'in-force',
    GDPR,
    'Art. 46(2)(e), Art. 40(3)',
    'unverified',
  ],
  [
    'eu-certification',
    'certification',
    null,
    '2018-05-25',
    null,
    'in-force',
    GDPR,
    'Art. 46(2)(f), Art. 42(2)',
    'unverified',
  ],
  // EDPB Guidelines 2/2018: read restrictively. Recital 111 limits (b), (c) and (e) to
  // occasional transfers; compelling legitimate interests must be "not repetitive".
  [
    'eu-derogation',
    'derogation',
    null,
    '2018-05-25',
    null,
    'in-force',
    GDPR,
    'Art. 49',
    'secondary',
  ],
];

/**
 * Schrems II (CJEU C-311/18, 2020-07-16) and EDPB Recommendations 01/2020: every Art. 46
 * transfer needs an assessment of the destination's law and practice and, where needed,
 * supplementary measures (SCCs 2021 Clause 14). No assessment is needed under adequacy.
 */
export const TRANSFER_IMPACT_ASSESSMENT_CITATION: Citation = {
  law: 'CJEU C-311/18 Schrems II; EDPB Recommendations 01/2020',
  article: 'GDPR Arts 44, 46; SCCs 2021 Clause 14',
  confidence: 'secondary',
};

/** The day Schrems II made transfer impact assessments part of every Art. 46 transfer. */
export const SCHREMS_II = '2020-07-16';

/** Last day a new contract could use the old EU SCCs (2021/914 Art. 4). */
export const EU_OLD_SCC_NEW_CONTRACTS_UNTIL = '2021-09-26';
