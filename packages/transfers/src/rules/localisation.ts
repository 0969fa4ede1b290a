import type { TransferRuleRow } from './transfer-rule.js';

// Localisation and export regimes of Russia, China and India (research §5). Rows with basis
// `none` state a duty or a prohibition rather than a basis.

/** Russia (152-FZ), China (PIPL and CAC rules) and India (DPDP Act s.16). */
export const LOCALISATION_ROWS: readonly TransferRuleRow[] = [
  {
    // Old Art. 18(5): at collection, Russian citizens' data had to be recorded and stored in
    // databases in Russia; mirrors abroad were allowed if the primary recording was in Russia.
    // Exceptions: Art. 6(1) points 2, 3, 4, 8.
    id: 'ru-localisation',
    exporter: 'ru',
    basis: 'none',
    validFrom: '2015-09-01',
    validTo: '2025-06-30',
    status: 'repealed',
    citation: {
      law: 'Federal Law 152-FZ (as amended by 242-FZ)',
      article: 'Art. 18(5)',
      url: 'https://alrud.com/publications/67c1d04a65f98599dd03928e',
      confidence: 'secondary',
    },
  },
  {
    // 23-FZ of 2025-02-28: using databases outside Russia at collection is prohibited for all
    // entities; commentators read it as banning mirror or global-database set-ups too.
    id: 'ru-foreign-database-ban',
    exporter: 'ru',
    basis: 'none',
    validFrom: '2025-07-01',
    status: 'in-force',
    citation: {
      law: 'Federal Law 23-FZ of 2025-02-28 amending 152-FZ',
      article: 'Art. 18(5)',
      url: 'https://b1.ru/en/insights/law-messenger/localization-of-personal-data-of-russian-citizens-6-march-2025/',
      confidence: 'secondary',
    },
  },
  {
    // Assess the recipient and notify Roskomnadzor before the first transfer; towards
    // countries not on the adequate list, wait 10 working days. The list (Order No. 128 of
    // 2022-08-05: Convention 108 parties plus listed states) was not extracted.
    id: 'ru-cross-border-notice',
    exporter: 'ru',
    basis: 'ru-notification',
    validFrom: '2023-03-01',
    status: 'in-force',
    citation: {
      law: 'Federal Law 152-FZ as amended by 266-FZ of 2022-07-14',
      article: 'Art. 12',
      url: 'https://vm2-1.rkn.gov.ru/press/news/news74664.htm',
      confidence: 'primary',
    },
  },
  {
    // Separate consent (Art. 39) and an impact assessment (Art. 55) apply to every export.
    id: 'cn-pipl',
    exporter: 'cn',
    basis: 'none',
    validFrom: '2021-11-01',
    status: 'in-force',
    citation: {
      law: 'Personal Information Protection Law',
      article: 'Arts 38, 39, 40',
      confidence: 'secondary',
    },
  },
  {
    // Original thresholds superseded by the 2024 Provisions; 6-month grace to 2023-03-01.
    id: 'cn-security-assessment',
    exporter: 'cn',
    basis: 'cn-security-assessment',
    validFrom: '2022-09-01',
    status: 'in-force',
    citation: {
      law: 'CAC Measures for Security Assessment of Outbound Data Transfers',
      article: 'PIPL Art. 40',
      confidence: 'secondary',
    },
  },
  {
    // File with the provincial CAC within 10 working days, with a PI impact assessment.
    id: 'cn-standard-contract',
    exporter: 'cn',
    basis: 'cn-standard-contract',
    validFrom: '2023-06-01',
    status: 'in-force',
    citation: {
      law: 'Measures on the Standard Contract for Outbound Transfer of PI (CAC Order No. 13)',
      article: 'PIPL Art. 38(1)(3)',
      confidence: 'secondary',
    },
  },
  {
    // Thresholds counted since 1 January of the current year, non-CIIO: security assessment
    // above 1,000,000 individuals (non-sensitive) or 10,000 (sensitive), or any important
    // data; standard contract or certification above 100,000 or any sensitive PI; below
    // 100,000 non-sensitive exempt. The draft had 10,000; boundaries are ambiguous across
    // translations; Arts 5, 7, 8 numbering unverified.
    id: 'cn-2024-provisions',
    exporter: 'cn',
    basis: 'cn-exemption',
    validFrom: '2024-03-22',
    status: 'in-force',
    citation: {
      law: 'CAC Provisions on Promoting and Regulating Cross-Border Data Flows',
      article: 'Arts 5, 7, 8',
      url: 'https://fangdalaw.com/articles/china-promulgated-the-provisions-on-promoting-and-standardizing-cross-border-data-flows',
      confidence: 'secondary',
    },
  },
  {
    // CAC + SAMR Order No. 20; issue date 2025-10-14 per Hunton (others: published 10-17).
    id: 'cn-certification',
    exporter: 'cn',
    basis: 'cn-certification',
    validFrom: '2026-01-01',
    status: 'in-force',
    citation: {
      law: 'Measures for the Certification of PI Outbound Transfer',
      article: 'PIPL Art. 38(1)(2)',
      confidence: 'secondary',
    },
  },
  {
    // s.16 commences 18 months after the 2025-11-13 notification (G.S.R. 843(E)); the exact
    // day is unverified ("by 14 May 2027" in one source). No negative list notified as of
    // 2026-04. Stricter sectoral localisation (RBI, SEBI, IRDAI, UIDAI) still applies.
    id: 'in-dpdp-s16',
    exporter: 'in',
    basis: 'no-restriction',
    validFrom: '2027-05-13',
    status: 'pending',
    citation: {
      law: 'Digital Personal Data Protection Act 2023',
      article: 's.16',
      confidence: 'secondary',
    },
  },
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
