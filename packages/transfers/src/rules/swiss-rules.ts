import type { Confidence } from '@pledge/core';
import type { TransferRuleScope, TransferRuleTuple } from './transfer-rule.js';

// Switzerland (research §3). Annex 1 to the Data Protection Ordinance (SR 235.11) is the
// Federal Council's binding list from 2023-09-01 (FADP Art. 16(1), DPO Art. 8). Before that
// day the FDPIC's list was not binding and exporters assessed adequacy themselves, so the
// engine answers `unknown` for Swiss flows without a safeguard before 2023-09-01. The list
// does not include Japan or Korea. Monaco is on the Swiss list but not the EU's.
// Columns: see `TransferRuleTuple`.

/** First day of the Federal Council's binding adequacy list. */
export const SWISS_LIST_FROM = '2023-09-01';

/**
 * A destination on Annex 1: one row `ch-adequacy-<destination>` from 2023-09-01. `primary`
 * where the Federal Office of Justice's list was seen; `secondary` for entries seen only in
 * Steiger Legal's reproduction of the list.
 */
// Marked free of side effects so that a host importing only the cloud-region helpers does not
// bundle the rule tables.
/* @__NO_SIDE_EFFECTS__ */
function annex(
  destination: string,
  confidence: Confidence,
  scope: TransferRuleScope = {},
): TransferRuleTuple {
  return [
    `ch-adequacy-${destination.toLowerCase()}`,
    'adequacy',
    destination,
    SWISS_LIST_FROM,
    null,
    'in-force',
    'Data Protection Ordinance (SR 235.11) Annex 1',
    'FADP Art. 16(1); DPO Art. 8(1)',
    confidence,
    scope,
  ];
}

/** Swiss rows: Annex 1, the Swiss-US frameworks and the recognised SCCs. */
export const SWISS_ROWS: readonly TransferRuleTuple[] = [
  annex('EEA', 'primary'),
  annex('AD', 'primary'),
  annex('AR', 'primary'),
  // The excerpt cut off at the Canadian condition: PIPEDA or equivalent provincial law.
  annex('CA', 'unverified', { privateSectorOnly: true }),
  annex('FO', 'secondary'),
  annex('GI', 'secondary'),
  annex('GB', 'secondary'),
  annex('GG', 'secondary'),
  annex('IM', 'secondary'),
  annex('IL', 'secondary'),
  annex('JE', 'secondary'),
  annex('MC', 'secondary'),
  annex('NZ', 'secondary'),
  annex('UY', 'secondary'),
  // The FDPIC removed the US "adequate under certain conditions" entry on 2020-09-08: not a
  // court invalidation. The framework's start (2017) was not researched: unverified.
  [
    'ch-us-privacy-shield',
    'privacy-shield',
    'US',
    '2017-04-12',
    '2020-09-07',
    'repealed',
    'FDPIC position paper of 2020-09-08',
    'old FADP Art. 6(1)',
    'unverified',
    { framework: 'swiss-us-privacy-shield', invalidatedOn: '2020-09-08' },
  ],
  // Federal Council decision of 2024-08-14; no TIA needed. US organisations could certify from
  // 2023-07-10, but Swiss exporters needed SCCs until 2024-09-15.
  [
    'ch-us-dpf',
    'dpf',
    'US',
    '2024-09-15',
    null,
    'in-force',
    'DPO Annex 1 as amended on 2024-08-14 (Swiss-US DPF)',
    'FADP Art. 16(1)',
    'secondary',
    { framework: 'swiss-us-dpf' },
  ],
  // Recognised with Swiss adaptations (FDPIC as authority, "Member State" read to include CH,
  // GDPR references read as FADP). Working paper seen only via mirrors.
  [
    'ch-scc-2021',
    'scc-2021',
    null,
    '2021-08-27',
    null,
    'in-force',
    'FDPIC recognition of SCCs 2021/914 (2021-08-27)',
    'old FADP Art. 6(2)(a); FADP Art. 16(2)(d)',
    'secondary',
  ],
  // Swiss transition: old SCCs usable until 2022-12-31 (Tiatira/Mondaq; Härting says
  // "beginning of 2023"), not the EU's 2022-12-27. The start is the first EU set's date.
  [
    'ch-scc-2010',
    'scc-2010',
    null,
    '2001-06-15',
    '2022-12-31',
    'repealed',
    'FDPIC transition for the old EU SCCs',
    'old FADP Art. 6(2)(a)',
    'unverified',
  ],
  [
    'ch-bcr',
    'bcr',
    null,
    '2023-09-01',
    null,
    'in-force',
    'FADP (SR 235.1)',
    'Art. 16(2)(e)',
    'unverified',
  ],
  [
    'ch-derogation',
    'derogation',
    null,
    '2023-09-01',
    null,
    'in-force',
    'FADP (SR 235.1)',
    'Art. 17',
    'unverified',
  ],
];
