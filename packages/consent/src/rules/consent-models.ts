import type { Citation, DatedRow, RegimeId } from '@pledge/core';

/**
 * How a regime treats consent for non-essential processing:
 * - `opt-in`: nothing happens before the subject agrees (silence is no consent);
 * - `opt-out`: processing may start, and the subject can refuse it (US state laws' right to opt
 *   out of sale, sharing and targeted advertising).
 */
export type ConsentModel = 'opt-in' | 'opt-out';

/** One regime's consent model, dated and cited. */
export interface ConsentModelRow extends DatedRow {
  /** The regime (from `@pledge/core`'s `regimesFor`). */
  readonly regime: RegimeId;
  /** Its model. */
  readonly model: ConsentModel;
}

const E_PRIVACY: Citation = {
  law: 'Directive 2002/58/EC (ePrivacy), as amended by Directive 2009/136/EC; Regulation (EU) 2016/679',
  article: 'ePrivacy Art. 5(3); GDPR Art. 4(11), 6(1)(a), 7',
  url: 'https://eur-lex.europa.eu/eli/dir/2002/58/oj',
  confidence: 'primary',
};

/**
 * Consent models per regime. Where no row matches, the ledger falls back to its configured
 * default (`opt-in` unless the host says otherwise): failing closed.
 */
export const CONSENT_MODEL_ROWS: readonly ConsentModelRow[] = [
  {
    regime: 'gdpr',
    model: 'opt-in',
    validFrom: '2018-05-25',
    status: 'in-force',
    citation: E_PRIVACY,
  },
  {
    regime: 'uk-gdpr',
    model: 'opt-in',
    validFrom: '2021-01-01',
    status: 'in-force',
    citation: {
      law: 'Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR); UK GDPR',
      article: 'PECR reg. 6; UK GDPR Art. 4(11), 6(1)(a), 7',
      url: 'https://www.legislation.gov.uk/uksi/2003/2426/regulation/6',
      confidence: 'primary',
    },
  },
  {
    regime: 'ccpa',
    model: 'opt-out',
    validFrom: '2020-01-01',
    status: 'in-force',
    citation: {
      law: 'California Consumer Privacy Act (Cal. Civ. Code § 1798.100 et seq.)',
      article: '§ 1798.120 (right to opt out of sale or sharing)',
      url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.120',
      confidence: 'secondary',
      note: 'Under-16 sale or sharing needs opt-in (§ 1798.120(c)): model it with a guardian requirement or optInEverywhere.',
    },
  },
  {
    regime: 'us-va-cdpa',
    model: 'opt-out',
    validFrom: '2023-01-01',
    status: 'in-force',
    citation: {
      law: 'Virginia Consumer Data Protection Act (Va. Code § 59.1-575 et seq.)',
      article: '§ 59.1-577(A)(5)',
      confidence: 'unverified',
      note: 'Subsection number from memory; the opt-out of targeted advertising, sale and profiling is in § 59.1-577.',
    },
  },
  {
    regime: 'us-co-cpa',
    model: 'opt-out',
    validFrom: '2023-07-01',
    status: 'in-force',
    citation: {
      law: 'Colorado Privacy Act (C.R.S. § 6-1-1301 et seq.)',
      article: '§ 6-1-1306(1)(a)',
      url: 'https://www.law.cornell.edu/regulations/colorado/4-CCR-904-3-4-03',
      confidence: 'secondary',
    },
  },
  {
    regime: 'us-ct-dpa',
    model: 'opt-out',
    validFrom: '2023-07-01',
    status: 'in-force',
    citation: {
      law: 'Connecticut Data Privacy Act (Conn. Gen. Stat. § 42-515 et seq.)',
      article: '§ 42-518(a)(5)',
      confidence: 'unverified',
      note: 'Subsection number from memory.',
    },
  },
  {
    regime: 'us-tx-dpsa',
    model: 'opt-out',
    validFrom: '2024-07-01',
    status: 'in-force',
    citation: {
      law: 'Texas Data Privacy and Security Act (Tex. Bus. & Com. Code ch. 541)',
      article: '§ 541.051(b)(5)',
      confidence: 'unverified',
      note: 'Subsection number from memory.',
    },
  },
  {
    regime: 'us-ut-cpa',
    model: 'opt-out',
    validFrom: '2023-12-31',
    status: 'in-force',
    citation: {
      law: 'Utah Consumer Privacy Act (Utah Code § 13-61-101 et seq.)',
      article: '§ 13-61-201(4)',
      confidence: 'unverified',
      note: 'Subsection number from memory.',
    },
  },
];
