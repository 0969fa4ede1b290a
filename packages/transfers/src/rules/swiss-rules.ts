import type { Citation } from '@pledge/core';
import type { TransferRuleRow } from './transfer-rule.js';

// Switzerland (research §3). Annex 1 to the Data Protection Ordinance (SR 235.11) is the
// Federal Council's binding list from 2023-09-01 (FADP Art. 16(1), DPO Art. 8). Before that
// day the FDPIC's list was not binding and exporters assessed adequacy themselves, so the
// engine answers `unknown` for Swiss flows without a safeguard before 2023-09-01. The list
// does not include Japan or Korea. Monaco is on the Swiss list but not the EU's.

const ANNEX_1_URL =
  'https://www.bj.admin.ch/bj/en/home/staat/datenschutz/internationales/anerkennung-staaten.html';

const ANNEX_1: Citation = {
  law: 'Data Protection Ordinance (SR 235.11) Annex 1',
  article: 'FADP Art. 16(1); DPO Art. 8(1)',
  url: ANNEX_1_URL,
  confidence: 'primary',
};

// Entries seen only in Steiger Legal's reproduction of the list.
const ANNEX_1_SECONDARY: Citation = {
  law: ANNEX_1.law,
  article: ANNEX_1.article,
  url: 'https://steigerlegal.ch/2022/09/10/ndsg-schweiz-staatenliste/',
  confidence: 'secondary',
};

// The excerpt cut off at the Canadian condition: PIPEDA or equivalent provincial law.
const ANNEX_1_CA: Citation = {
  law: ANNEX_1.law,
  article: ANNEX_1.article,
  url: ANNEX_1_URL,
  confidence: 'unverified',
};

// Marked free of side effects so that a host importing only the cloud-region helpers does not
// bundle the rule tables.
/* @__NO_SIDE_EFFECTS__ */
function annex(
  destination: string,
  citation: Citation,
  privateSectorOnly = false,
): TransferRuleRow {
  return {
    id: `ch-adequacy-${destination.toLowerCase()}`,
    exporter: 'ch',
    basis: 'adequacy',
    destination,
    ...(privateSectorOnly ? { privateSectorOnly } : {}),
    validFrom: '2023-09-01',
    status: 'in-force',
    citation,
  };
}

/** Swiss rows: Annex 1, the Swiss-US frameworks and the recognised SCCs. */
export const SWISS_ROWS: readonly TransferRuleRow[] = [
  annex('EEA', ANNEX_1),
  annex('AD', ANNEX_1),
  annex('AR', ANNEX_1),
  annex('CA', ANNEX_1_CA, true),
  annex('FO', ANNEX_1_SECONDARY),
  annex('GI', ANNEX_1_SECONDARY),
  annex('GB', ANNEX_1_SECONDARY),
  annex('GG', ANNEX_1_SECONDARY),
  annex('IM', ANNEX_1_SECONDARY),
  annex('IL', ANNEX_1_SECONDARY),
  annex('JE', ANNEX_1_SECONDARY),
  annex('MC', ANNEX_1_SECONDARY),
  annex('NZ', ANNEX_1_SECONDARY),
  annex('UY', ANNEX_1_SECONDARY),
  {
    // The FDPIC removed the US "adequate under certain conditions" entry on 2020-09-08: not a
    // court invalidation. The framework's start (2017) was not researched: unverified.
    id: 'ch-us-privacy-shield',
    exporter: 'ch',
    basis: 'privacy-shield',
    destination: 'US',
    framework: 'swiss-us-privacy-shield',
    validFrom: '2017-04-12',
    validTo: '2020-09-07',
    invalidatedOn: '2020-09-08',
    status: 'repealed',
    citation: {
      law: 'FDPIC position paper of 2020-09-08',
      article: 'old FADP Art. 6(1)',
      url: 'https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-80318.html',
      confidence: 'unverified',
    },
  },
  {
    // Federal Council decision of 2024-08-14; no TIA needed. US organisations could certify
    // from 2023-07-10, but Swiss exporters needed SCCs until 2024-09-15.
    id: 'ch-us-dpf',
    exporter: 'ch',
    basis: 'dpf',
    destination: 'US',
    framework: 'swiss-us-dpf',
    validFrom: '2024-09-15',
    status: 'in-force',
    citation: {
      law: 'DPO Annex 1 as amended on 2024-08-14 (Swiss-US DPF)',
      article: 'FADP Art. 16(1)',
      url: 'https://www.walderwyss.com/en/news/2024-08-14_federal-council-swiss-us-data-privacy-framework-in-force-on-15-september-2024',
      confidence: 'secondary',
    },
  },
  {
    // Recognised with Swiss adaptations (FDPIC as authority, "Member State" read to include
    // CH, GDPR references read as FADP). Working paper seen only via mirrors.
    id: 'ch-scc-2021',
    exporter: 'ch',
    basis: 'scc-2021',
    validFrom: '2021-08-27',
    status: 'in-force',
    citation: {
      law: 'FDPIC recognition of SCCs 2021/914 (2021-08-27)',
      article: 'old FADP Art. 6(2)(a); FADP Art. 16(2)(d)',
      confidence: 'secondary',
    },
  },
  {
    // Swiss transition: old SCCs usable until 2022-12-31 (Tiatira/Mondaq; Härting says
    // "beginning of 2023"), not the EU's 2022-12-27. The start is the first EU set's date.
    id: 'ch-scc-2010',
    exporter: 'ch',
    basis: 'scc-2010',
    validFrom: '2001-06-15',
    validTo: '2022-12-31',
    status: 'repealed',
    citation: {
      law: 'FDPIC transition for the old EU SCCs',
      article: 'old FADP Art. 6(2)(a)',
      confidence: 'unverified',
    },
  },
  {
    id: 'ch-bcr',
    exporter: 'ch',
    basis: 'bcr',
    validFrom: '2023-09-01',
    status: 'in-force',
    citation: { law: 'FADP (SR 235.1)', article: 'Art. 16(2)(e)', confidence: 'unverified' },
  },
  {
    id: 'ch-derogation',
    exporter: 'ch',
    basis: 'derogation',
    validFrom: '2023-09-01',
    status: 'in-force',
    citation: { law: 'FADP (SR 235.1)', article: 'Art. 17', confidence: 'unverified' },
  },
];

/** First day of the Federal Council's binding adequacy list. */
export const SWISS_LIST_FROM = '2023-09-01';
