import type { TransferRuleTuple } from './transfer-rule.js';

// EU/EEA adequacy findings (GDPR Art. 45; Directive 95/46 Art. 25(6) decisions kept in force by
// GDPR Art. 45(9)), the invalidated US frameworks and the UK's Brexit periods, from
// docs/research/transfers.md §1. `validFrom` is the first day the basis can be relied on; where
// only the adoption date was seen it repeats that date. Every Directive-era decision was amended
// by Implementing Decision (EU) 2016/2295 (OJ L 344, 17.12.2016) and maintained by the review
// report COM(2024) 7 final of 2024-01-15: neither changes validity, so neither is a row.
//
// Columns (see `TransferRuleTuple`): id, basis, destination, validFrom, validTo, status, law,
// article, confidence, scope. Source URLs and notes are in `transfer-rule-sources.ts`.

const DIRECTIVE_ERA = 'Dir. 95/46 Art. 25(6); GDPR Art. 45(9)';
const GDPR_45 = 'GDPR Art. 45(3)';

/** EU/EEA adequacy rows, newest findings last. */
export const EU_ADEQUACY_ROWS: readonly TransferRuleTuple[] = [
  [
    'eu-adequacy-ch',
    'adequacy',
    'CH',
    '2000-07-26',
    null,
    'in-force',
    'Commission Decision 2000/518/EC',
    DIRECTIVE_ERA,
    'primary',
  ],
  // Scope: only recipients subject to PIPEDA (private-sector organisations, personal
  // information handled in the course of commercial activities).
  [
    'eu-adequacy-ca',
    'adequacy',
    'CA',
    '2002-01-04',
    null,
    'in-force',
    'Commission Decision 2002/2/EC',
    DIRECTIVE_ERA,
    'primary',
    { privateSectorOnly: true },
  ],
  [
    'eu-adequacy-ar',
    'adequacy',
    'AR',
    '2003-06-30',
    null,
    'in-force',
    'Commission Decision 2003/490/EC',
    DIRECTIVE_ERA,
    'primary',
  ],
  // The decision number is confirmed by the title of 2016/2295 (primary); the date 2003-11-21
  // was not seen in any source, so the row is unverified.
  [
    'eu-adequacy-gg',
    'adequacy',
    'GG',
    '2003-11-21',
    null,
    'in-force',
    'Commission Decision 2003/821/EC',
    DIRECTIVE_ERA,
    'unverified',
  ],
  [
    'eu-adequacy-im',
    'adequacy',
    'IM',
    '2004-04-28',
    null,
    'in-force',
    'Commission Decision 2004/411/EC',
    DIRECTIVE_ERA,
    'secondary',
  ],
  [
    'eu-adequacy-je',
    'adequacy',
    'JE',
    '2008-05-08',
    null,
    'in-force',
    'Commission Decision 2008/393/EC',
    DIRECTIVE_ERA,
    'primary',
  ],
  // Scope: recipients subject to the Faroese Act on Processing of Personal Data; Danish state
  // authorities in the Faroes are excluded (they fall under Danish law, i.e. the GDPR).
  [
    'eu-adequacy-fo',
    'adequacy',
    'FO',
    '2010-03-05',
    null,
    'in-force',
    'Commission Decision 2010/146/EU',
    DIRECTIVE_ERA,
    'primary',
  ],
  [
    'eu-adequacy-ad',
    'adequacy',
    'AD',
    '2010-10-19',
    null,
    'in-force',
    'Commission Decision 2010/625/EU',
    DIRECTIVE_ERA,
    'primary',
  ],
  // Scope: automated international transfers (or non-automated ones then processed
  // automatically in Israel); the territorial caveat (Golan Heights, West Bank, East
  // Jerusalem) is paraphrased from a Lexology note.
  [
    'eu-adequacy-il',
    'adequacy',
    'IL',
    '2011-01-31',
    null,
    'in-force',
    'Commission Decision 2011/61/EU',
    DIRECTIVE_ERA,
    'primary',
  ],
  [
    'eu-adequacy-uy',
    'adequacy',
    'UY',
    '2012-08-21',
    null,
    'in-force',
    'Commission Implementing Decision 2012/484/EU',
    DIRECTIVE_ERA,
    'primary',
  ],
  // Adopted 2012-12-19 although numbered 2013/65.
  [
    'eu-adequacy-nz',
    'adequacy',
    'NZ',
    '2012-12-19',
    null,
    'in-force',
    'Commission Implementing Decision 2013/65/EU',
    DIRECTIVE_ERA,
    'primary',
  ],
  // Scope: "personal information handling business operators" under the APPI as complemented
  // by the PPC Supplementary Rules; the public sector is excluded.
  [
    'eu-adequacy-jp',
    'adequacy',
    'JP',
    '2019-01-23',
    null,
    'in-force',
    'Commission Implementing Decision (EU) 2019/419',
    GDPR_45,
    'primary',
    { privateSectorOnly: true },
  ],
  // Excludes personal credit information processed by FSC-supervised entities, and transfers
  // to religious organisations and political parties (CNPD Luxembourg).
  [
    'eu-adequacy-kr',
    'adequacy',
    'KR',
    '2021-12-17',
    null,
    'in-force',
    'Commission Implementing Decision (EU) 2022/254',
    GDPR_45,
    'primary',
    { excludedCategories: ['credit-information'] },
  ],
  // Brexit: the UK left the EU on 2020-01-31 (core's bloc table); EU law still applied until
  // 2020-12-31 under the Withdrawal Agreement, so EU exporters sent data to the UK as if within
  // the Union. The research notes state this (and core models it as a GB gdpr row); the Article
  // number is not re-read.
  [
    'eu-gb-transition',
    'same-region',
    'GB',
    '2020-02-01',
    '2020-12-31',
    'repealed',
    'EU-UK Withdrawal Agreement (OJ L 29, 31.1.2020)',
    'Art. 127 (transition period)',
    'secondary',
  ],
  // Added after the research notes, checked in this session against Freshfields, Kemp Little
  // and Mills & Reeve (secondary): from 2021-01-01, for a "specified period" of four months
  // extendable to six, ending earlier on an adequacy decision (adopted 2021-06-28),
  // "transmission of personal data from the Union to the United Kingdom shall not be considered
  // as transfer to a third country". Art. FINPROV.10A is Art. 782 in the final numbering. EEA
  // EFTA states were covered only if they notified (not checked).
  [
    'eu-gb-tca-bridge',
    'same-region',
    'GB',
    '2021-01-01',
    '2021-06-27',
    'repealed',
    'EU-UK Trade and Cooperation Agreement',
    'Art. FINPROV.10A (Art. 782)',
    'secondary',
  ],
  // Original four-year sunset; the immigration-control exemption was carved out.
  [
    'eu-adequacy-gb-2021',
    'adequacy',
    'GB',
    '2021-06-28',
    '2025-06-27',
    'repealed',
    'Commission Implementing Decision (EU) 2021/1772',
    GDPR_45,
    'secondary',
  ],
  // The GDPR amending act is probably (EU) 2025/1226 (unverified); the LED twin is 2025/1225.
  [
    'eu-adequacy-gb-extension',
    'adequacy',
    'GB',
    '2025-06-28',
    '2025-12-27',
    'repealed',
    'Implementing Decision amending (EU) 2021/1772',
    GDPR_45,
    'secondary',
  ],
  // Renewed 2025-12-19 "until 27 December 2031" (DPO Centre, ITPro, UEA); the exact day of
  // entry into force and the OJ reference are unverified.
  [
    'eu-adequacy-gb-2025',
    'adequacy',
    'GB',
    '2025-12-19',
    '2031-12-27',
    'in-force',
    'Commission Implementing Decision of 2025-12-19 renewing UK adequacy',
    GDPR_45,
    'secondary',
  ],
  // Schrems I (C-362/14, 2015-10-06) declared Safe Harbour invalid; validTo is the day before.
  // The judgment date is primary (recital 1 of 2016/2295); the adoption date is not.
  [
    'eu-us-safe-harbour',
    'safe-harbour',
    'US',
    '2000-07-26',
    '2015-10-05',
    'repealed',
    'Commission Decision 2000/520/EC; CJEU C-362/14 Schrems',
    'Dir. 95/46 Art. 25(6)',
    'unverified',
    { framework: 'safe-harbour', invalidatedOn: '2015-10-06' },
  ],
  // Schrems II (C-311/18, 2020-07-16) declared the Privacy Shield invalid with no grace period.
  [
    'eu-us-privacy-shield',
    'privacy-shield',
    'US',
    '2016-07-12',
    '2020-07-15',
    'repealed',
    'Commission Implementing Decision (EU) 2016/1250; CJEU C-311/18 Schrems II',
    'GDPR Art. 45',
    'primary',
    { framework: 'privacy-shield', invalidatedOn: '2020-07-16' },
  ],
  // Only US organisations on the Department of Commerce DPF List. The General Court dismissed
  // T-553/23 Latombe on 2025-09-03; the appeal C-703/25 P (lodged 2025-10-31) is pending, so a
  // future invalidation would end this row like the two above.
  [
    'eu-us-dpf',
    'dpf',
    'US',
    '2023-07-10',
    null,
    'in-force',
    'Commission Implementing Decision (EU) 2023/1795',
    'GDPR Art. 45(3); Decision Art. 1',
    'primary',
    { framework: 'eu-us-dpf' },
  ],
  // First adequacy decision for an international organisation; number and date from a mirror
  // of EUR-Lex, confirmed by the EPO and Covington.
  [
    'eu-adequacy-epo',
    'adequacy',
    'IO:EPO',
    '2025-07-18',
    null,
    'in-force',
    'Commission Implementing Decision (EU) 2025/1382',
    GDPR_45,
    'secondary',
  ],
  // Dated 2026-01-26, published 2026-01-28. EEA-EFTA incorporation was still pending (draft
  // Joint Committee decision sent 2026-05-06), so IS, LI and NO exporters are not covered.
  [
    'eu-adequacy-br',
    'adequacy',
    'BR',
    '2026-01-26',
    null,
    'in-force',
    'Commission Implementing Decision (EU) 2026/179',
    GDPR_45,
    'secondary',
    { excludedExporters: ['IS', 'LI', 'NO'] },
  ],
];
