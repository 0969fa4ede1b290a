import type { TransferRuleRow } from './transfer-rule.js';

// EU/EEA adequacy findings (GDPR Art. 45; Directive 95/46 Art. 25(6) decisions kept in force by
// GDPR Art. 45(9)), the invalidated US frameworks and the UK's Brexit periods, from
// docs/research/transfers.md §1. `validFrom` is the first day the basis can be relied on; where
// only the adoption date was seen it repeats that date. Every Directive-era decision was amended
// by Implementing Decision (EU) 2016/2295 (OJ L 344, 17.12.2016) and maintained by the review
// report COM(2024) 7 final of 2024-01-15: neither changes validity, so neither is a row.

const DIRECTIVE_ERA = 'Dir. 95/46 Art. 25(6); GDPR Art. 45(9)';
const GDPR_45 = 'GDPR Art. 45(3)';

/** EU/EEA adequacy rows, newest findings last. */
export const EU_ADEQUACY_ROWS: readonly TransferRuleRow[] = [
  {
    id: 'eu-adequacy-ch',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'CH',
    validFrom: '2000-07-26',
    status: 'in-force',
    citation: {
      law: 'Commission Decision 2000/518/EC',
      article: DIRECTIVE_ERA,
      url: 'http://data.europa.eu/eli/dec/2000/518/2016-12-17',
      confidence: 'primary',
    },
  },
  {
    // Scope: only recipients subject to PIPEDA (private-sector organisations, personal
    // information handled in the course of commercial activities).
    id: 'eu-adequacy-ca',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'CA',
    privateSectorOnly: true,
    validFrom: '2002-01-04',
    status: 'in-force',
    citation: {
      law: 'Commission Decision 2002/2/EC',
      article: DIRECTIVE_ERA,
      url: 'https://eur-lex.europa.eu/legal-content/en/ALL/?uri=CELEX:32002D0002',
      confidence: 'primary',
    },
  },
  {
    id: 'eu-adequacy-ar',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'AR',
    validFrom: '2003-06-30',
    status: 'in-force',
    citation: {
      law: 'Commission Decision 2003/490/EC',
      article: DIRECTIVE_ERA,
      url: 'http://data.europa.eu/eli/dec/2003/490/2016-12-17',
      confidence: 'primary',
    },
  },
  {
    // The decision number is confirmed by the title of 2016/2295 (primary); the date
    // 2003-11-21 was not seen in any source, so the row is unverified.
    id: 'eu-adequacy-gg',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'GG',
    validFrom: '2003-11-21',
    status: 'in-force',
    citation: {
      law: 'Commission Decision 2003/821/EC',
      article: DIRECTIVE_ERA,
      confidence: 'unverified',
    },
  },
  {
    id: 'eu-adequacy-im',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'IM',
    validFrom: '2004-04-28',
    status: 'in-force',
    citation: {
      law: 'Commission Decision 2004/411/EC',
      article: DIRECTIVE_ERA,
      confidence: 'secondary',
    },
  },
  {
    id: 'eu-adequacy-je',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'JE',
    validFrom: '2008-05-08',
    status: 'in-force',
    citation: {
      law: 'Commission Decision 2008/393/EC',
      article: DIRECTIVE_ERA,
      confidence: 'primary',
    },
  },
  {
    // Scope: recipients subject to the Faroese Act on Processing of Personal Data; Danish state
    // authorities in the Faroes are excluded (they fall under Danish law, i.e. the GDPR).
    id: 'eu-adequacy-fo',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'FO',
    validFrom: '2010-03-05',
    status: 'in-force',
    citation: {
      law: 'Commission Decision 2010/146/EU',
      article: DIRECTIVE_ERA,
      url: 'https://www.dat.fo/english',
      confidence: 'primary',
    },
  },
  {
    id: 'eu-adequacy-ad',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'AD',
    validFrom: '2010-10-19',
    status: 'in-force',
    citation: {
      law: 'Commission Decision 2010/625/EU',
      article: DIRECTIVE_ERA,
      url: 'http://data.europa.eu/eli/dec/2010/625/oj',
      confidence: 'primary',
    },
  },
  {
    // Scope: automated international transfers (or non-automated ones then processed
    // automatically in Israel); the territorial caveat (Golan Heights, West Bank, East
    // Jerusalem) is paraphrased from a Lexology note.
    id: 'eu-adequacy-il',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'IL',
    validFrom: '2011-01-31',
    status: 'in-force',
    citation: {
      law: 'Commission Decision 2011/61/EU',
      article: DIRECTIVE_ERA,
      confidence: 'primary',
    },
  },
  {
    id: 'eu-adequacy-uy',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'UY',
    validFrom: '2012-08-21',
    status: 'in-force',
    citation: {
      law: 'Commission Implementing Decision 2012/484/EU',
      article: DIRECTIVE_ERA,
      url: 'http://data.europa.eu/eli/dec_impl/2012/484/oj',
      confidence: 'primary',
    },
  },
  {
    // Adopted 2012-12-19 although numbered 2013/65.
    id: 'eu-adequacy-nz',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'NZ',
    validFrom: '2012-12-19',
    status: 'in-force',
    citation: {
      law: 'Commission Implementing Decision 2013/65/EU',
      article: DIRECTIVE_ERA,
      confidence: 'primary',
    },
  },
  {
    // Scope: "personal information handling business operators" under the APPI as complemented
    // by the PPC Supplementary Rules; the public sector is excluded.
    id: 'eu-adequacy-jp',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'JP',
    privateSectorOnly: true,
    validFrom: '2019-01-23',
    status: 'in-force',
    citation: {
      law: 'Commission Implementing Decision (EU) 2019/419',
      article: GDPR_45,
      url: 'https://www.legislation.gov.uk/eudn/2019/419/body/2020-01-31',
      confidence: 'primary',
    },
  },
  {
    // Excludes personal credit information processed by FSC-supervised entities, and
    // transfers to religious organisations and political parties (CNPD Luxembourg).
    id: 'eu-adequacy-kr',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'KR',
    excludedCategories: ['credit-information'],
    validFrom: '2021-12-17',
    status: 'in-force',
    citation: {
      law: 'Commission Implementing Decision (EU) 2022/254',
      article: GDPR_45,
      url: 'https://cnpd.public.lu/en/actualites/international/2021/12/adequacy-south-korea.html',
      confidence: 'primary',
    },
  },
  {
    // Brexit: the UK left the EU on 2020-01-31 (core's bloc table); EU law still applied until
    // 2020-12-31 under the Withdrawal Agreement, so EU exporters sent data to the UK as if
    // within the Union. The research notes state this (and core models it as a GB gdpr row);
    // the Article number is not re-read.
    id: 'eu-gb-transition',
    exporter: 'eu',
    basis: 'same-region',
    destination: 'GB',
    validFrom: '2020-02-01',
    validTo: '2020-12-31',
    status: 'repealed',
    citation: {
      law: 'EU-UK Withdrawal Agreement (OJ L 29, 31.1.2020)',
      article: 'Art. 127 (transition period)',
      confidence: 'secondary',
    },
  },
  {
    // Added after the research notes, checked in this session against Freshfields, Kemp
    // Little and Mills & Reeve (secondary): from 2021-01-01, for a "specified period" of four
    // months extendable to six, ending earlier on an adequacy decision (adopted 2021-06-28),
    // "transmission of personal data from the Union to the United Kingdom shall not be
    // considered as transfer to a third country". Art. FINPROV.10A is Art. 782 in the final
    // numbering. EEA EFTA states were covered only if they notified (not checked).
    id: 'eu-gb-tca-bridge',
    exporter: 'eu',
    basis: 'same-region',
    destination: 'GB',
    validFrom: '2021-01-01',
    validTo: '2021-06-27',
    status: 'repealed',
    citation: {
      law: 'EU-UK Trade and Cooperation Agreement',
      article: 'Art. FINPROV.10A (Art. 782)',
      url: 'https://technologyquotient.freshfields.com/post/102gnzn/data-protection-under-the-eu-uk-trade-cooperation-agreement',
      confidence: 'secondary',
    },
  },
  {
    // Original four-year sunset; the immigration-control exemption was carved out.
    id: 'eu-adequacy-gb-2021',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'GB',
    validFrom: '2021-06-28',
    validTo: '2025-06-27',
    status: 'repealed',
    citation: {
      law: 'Commission Implementing Decision (EU) 2021/1772',
      article: GDPR_45,
      confidence: 'secondary',
    },
  },
  {
    // The GDPR amending act is probably (EU) 2025/1226 (unverified); the LED twin is 2025/1225.
    id: 'eu-adequacy-gb-extension',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'GB',
    validFrom: '2025-06-28',
    validTo: '2025-12-27',
    status: 'repealed',
    citation: {
      law: 'Implementing Decision amending (EU) 2021/1772',
      article: GDPR_45,
      confidence: 'secondary',
    },
  },
  {
    // Renewed 2025-12-19 "until 27 December 2031" (DPO Centre, ITPro, UEA); the exact day of
    // entry into force and the OJ reference are unverified.
    id: 'eu-adequacy-gb-2025',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'GB',
    validFrom: '2025-12-19',
    validTo: '2031-12-27',
    status: 'in-force',
    citation: {
      law: 'Commission Implementing Decision of 2025-12-19 renewing UK adequacy',
      article: GDPR_45,
      url: 'https://www.dpocentre.com/news/eu-renews-uk-personal-data-adequacy-decisions',
      confidence: 'secondary',
    },
  },
  {
    // Schrems I (C-362/14, 2015-10-06) declared Safe Harbour invalid; validTo is the day before.
    // The judgment date is primary (recital 1 of 2016/2295); the adoption date is not.
    id: 'eu-us-safe-harbour',
    exporter: 'eu',
    basis: 'safe-harbour',
    destination: 'US',
    framework: 'safe-harbour',
    validFrom: '2000-07-26',
    validTo: '2015-10-05',
    invalidatedOn: '2015-10-06',
    status: 'repealed',
    citation: {
      law: 'Commission Decision 2000/520/EC; CJEU C-362/14 Schrems',
      article: 'Dir. 95/46 Art. 25(6)',
      confidence: 'unverified',
    },
  },
  {
    // Schrems II (C-311/18, 2020-07-16) declared the Privacy Shield invalid with no grace period.
    id: 'eu-us-privacy-shield',
    exporter: 'eu',
    basis: 'privacy-shield',
    destination: 'US',
    framework: 'privacy-shield',
    validFrom: '2016-07-12',
    validTo: '2020-07-15',
    invalidatedOn: '2020-07-16',
    status: 'repealed',
    citation: {
      law: 'Commission Implementing Decision (EU) 2016/1250; CJEU C-311/18 Schrems II',
      article: 'GDPR Art. 45',
      url: 'https://www.privacyshield.gov/article?id=Swiss-U-S-Privacy-Shield-FAQs',
      confidence: 'primary',
    },
  },
  {
    // Only US organisations on the Department of Commerce DPF List. The General Court dismissed
    // T-553/23 Latombe on 2025-09-03; the appeal C-703/25 P (lodged 2025-10-31) is pending, so a
    // future invalidation would end this row like the two above.
    id: 'eu-us-dpf',
    exporter: 'eu',
    basis: 'dpf',
    destination: 'US',
    framework: 'eu-us-dpf',
    validFrom: '2023-07-10',
    status: 'in-force',
    citation: {
      law: 'Commission Implementing Decision (EU) 2023/1795',
      article: 'GDPR Art. 45(3); Decision Art. 1',
      url: 'https://eur-lex.europa.eu/eli/C/2025/6610/oj/eng',
      confidence: 'primary',
    },
  },
  {
    // First adequacy decision for an international organisation; number and date from a
    // mirror of EUR-Lex, confirmed by the EPO and Covington.
    id: 'eu-adequacy-epo',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'IO:EPO',
    validFrom: '2025-07-18',
    status: 'in-force',
    citation: {
      law: 'Commission Implementing Decision (EU) 2025/1382',
      article: GDPR_45,
      confidence: 'secondary',
    },
  },
  {
    // Dated 2026-01-26, published 2026-01-28. EEA-EFTA incorporation was still pending (draft
    // Joint Committee decision sent 2026-05-06), so IS, LI and NO exporters are not covered.
    id: 'eu-adequacy-br',
    exporter: 'eu',
    basis: 'adequacy',
    destination: 'BR',
    excludedExporters: ['IS', 'LI', 'NO'],
    validFrom: '2026-01-26',
    status: 'in-force',
    citation: {
      law: 'Commission Implementing Decision (EU) 2026/179',
      article: GDPR_45,
      confidence: 'secondary',
    },
  },
];
