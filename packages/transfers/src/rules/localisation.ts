import type { TransferRuleTuple } from './transfer-rule.js';

// Localisation and export regimes of Russia, China and India (research §5). Rows with basis
// `none` state a duty or a prohibition rather than a basis. Columns: see `TransferRuleTuple`.

/** Russia (152-FZ), China (PIPL and CAC rules) and India (DPDP Act s.16). */
export const LOCALISATION_ROWS: readonly TransferRuleTuple[] = [
  // Old Art. 18(5): at collection, Russian citizens' data had to be recorded and stored in
  // databases in Russia; mirrors abroad were allowed if the primary recording was in Russia.
  // Exceptions: Art. 6(1) points 2, 3, 4, 8.
  [
    'ru-localisation',
    'none',
    null,
    '2015-09-01',
    '2025-06-30',
    'repealed',
    'Federal Law 152-FZ (as amended by 242-FZ)',
    'Art. 18(5)',
    'secondary',
  ],
  // 23-FZ of 2025-02-28: using databases outside Russia at collection is prohibited for all
  // entities; commentators read it as banning mirror or global-database set-ups too.
  [
    'ru-foreign-database-ban',
    'none',
    null,
    '2025-07-01',
    null,
    'in-force',
    'Federal Law 23-FZ of 2025-02-28 amending 152-FZ',
    'Art. 18(5)',
    'secondary',
  ],
  // Assess the recipient and notify Roskomnadzor before the first transfer; towards countries
  // not on the adequate list, wait 10 working days. The list (Order No. 128 of 2022-08-05:
  // Convention 108 parties plus listed states) was not extracted.
  [
    'ru-cross-border-notice',
    'ru-notification',
    null,
    '2023-03-01',
    null,
    'in-force',
    'Federal Law 152-FZ as amended by 266-FZ of 2022-07-14',
    'Art. 12',
    'primary',
  ],
  // Separate consent (Art. 39) and an impact assessment (Art. 55) apply to every export.
  [
    'cn-pipl',
    'none',
    null,
    '2021-11-01',
    null,
    'in-force',
    'Personal Information Protection Law',
    'Arts 38, 39, 40',
    'secondary',
  ],
  // Original thresholds superseded by the 2024 Provisions; 6-month grace to 2023-03-01.
  [
    'cn-security-assessment',
    'cn-security-assessment',
    null,
    '2022-09-01',
    null,
    'in-force',
    'CAC Measures for Security Assessment of Outbound Data Transfers',
    'PIPL Art. 40',
    'secondary',
  ],
  // File with the provincial CAC within 10 working days, with a PI impact assessment.
  [
    'cn-standard-contract',
    'cn-standard-contract',
    null,
    '2023-06-01',
    null,
    'in-force',
    'Measures on the Standard Contract for Outbound Transfer of PI (CAC Order No. 13)',
    'PIPL Art. 38(1)(3)',
    'secondary',
  ],
  // Thresholds counted since 1 January of the current year, non-CIIO: security assessment
  // above 1,000,000 individuals (non-sensitive) or 10,000 (sensitive), or any important data;
  // standard contract or certification above 100,000 or any sensitive PI; below 100,000
  // non-sensitive exempt. The draft had 10,000; boundaries are ambiguous across translations;
  // Arts 5, 7, 8 numbering unverified.
  [
    'cn-2024-provisions',
    'cn-exemption',
    null,
    '2024-03-22',
    null,
    'in-force',
    'CAC Provisions on Promoting and Regulating Cross-Border Data Flows',
    'Arts 5, 7, 8',
    'secondary',
  ],
  // CAC + SAMR Order No. 20; issue date 2025-10-14 per Hunton (others: published 10-17).
  [
    'cn-certification',
    'cn-certification',
    null,
    '2026-01-01',
    null,
    'in-force',
    'Measures for the Certification of PI Outbound Transfer',
    'PIPL Art. 38(1)(2)',
    'secondary',
  ],
  // s.16 commences 18 months after the 2025-11-13 notification (G.S.R. 843(E)); the exact day
  // is unverified ("by 14 May 2027" in one source). No negative list notified as of 2026-04.
  // Stricter sectoral localisation (RBI, SEBI, IRDAI, UIDAI) still applies.
  [
    'in-dpdp-s16',
    'no-restriction',
    null,
    '2027-05-13',
    null,
    'pending',
    'Digital Personal Data Protection Act 2023',
    's.16',
    'secondary',
  ],
];

/** CN 2024 Provisions thresholds (individuals since 1 January of the current year). */
export const CN_THRESHOLDS = {
  /** Below this many individuals (non-sensitive), no mechanism is needed. */
  exempt: 100_000,
  /** Above this many individuals (non-sensitive), a security assessment is needed. */
  assessment: 1_000_000,
  /** Above this many individuals' sensitive PI, a security assessment is needed. */
  sensitiveAssessment: 10_000,
} as const;
