import type { DatedRow, RegimeId } from '@pledge/core';

/** A regime that obliges businesses to honour a universal opt-out preference signal (GPC). */
export interface OptOutSignalRow extends DatedRow {
  /** The regime whose law requires it. */
  readonly regime: RegimeId;
}

/**
 * Where Global Privacy Control is a legally binding opt-out of sale, sharing and targeted
 * advertising. Elsewhere the signal is recorded but has no legal effect unless the host
 * chooses to honour it everywhere.
 */
export const OPT_OUT_SIGNAL_ROWS: readonly OptOutSignalRow[] = [
  {
    regime: 'ccpa',
    validFrom: '2023-03-29',
    status: 'in-force',
    citation: {
      law: 'California Consumer Privacy Act Regulations, Cal. Code Regs. tit. 11',
      article: '§ 7025(b)-(c); Civ. Code § 1798.135',
      url: 'https://www.law.cornell.edu/regulations/california/11-CCR-7025',
      confidence: 'secondary',
      note: 'The Attorney General treated GPC as a valid opt-out under the earlier regulations (§ 999.315(c)) from 2020; validFrom is the current regulations.',
    },
  },
  {
    regime: 'us-co-cpa',
    validFrom: '2024-07-01',
    status: 'in-force',
    citation: {
      law: 'Colorado Privacy Act; 4 CCR 904-3 Part 5',
      article: 'C.R.S. § 6-1-1306(1)(a)(IV); § 6-1-1313',
      url: 'https://www.mondaq.com/unitedstates/privacy-protection/1496022/colorado-department-of-law-approves-global-privacy-control-as-the-only-current-universal-optout-mechanism',
      confidence: 'secondary',
    },
  },
  {
    regime: 'us-ct-dpa',
    validFrom: '2025-01-01',
    status: 'in-force',
    citation: {
      law: 'Connecticut Data Privacy Act',
      article: '§ 42-518 (opt-out preference signal)',
      url: 'https://www.eyeonprivacy.com/2022/10/comparing-and-contrasting-the-opt-out-preference-signal-across-states/',
      confidence: 'secondary',
      note: 'Date from secondary sources; exact subsection not confirmed.',
    },
  },
  {
    regime: 'us-tx-dpsa',
    validFrom: '2025-01-01',
    status: 'in-force',
    citation: {
      law: 'Texas Data Privacy and Security Act',
      article: '§ 541.055(e)',
      confidence: 'unverified',
      note: 'Date and subsection from memory; secondary sources list Texas among states enforcing universal opt-out.',
    },
  },
];
