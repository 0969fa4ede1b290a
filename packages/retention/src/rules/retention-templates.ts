import type { DatedRow } from '@pledge/core';
import type { RetentionRule } from '../retention-rule.js';

/**
 * A ready-made retention rule with its source. The host adopts one with `retentionTemplate(id)`
 * (optionally renaming it or narrowing its scope) and puts it in its policy.
 *
 * `validFrom`/`validTo`/`status` date the *law*: a template whose law is repealed or not yet in
 * force is kept for records it still governs and for time travel. Rows sourced from a seed
 * policy are organisational promises, not law: they carry `jurisdiction: null`, confidence
 * `unverified` and `1970-01-01` as a placeholder start (no legal start date exists).
 */
export interface RetentionTemplate extends DatedRow {
  /** Template id, also the adopted rule's default id. */
  readonly id: string;
  /** ISO 3166 code of the law's jurisdiction, or `null` for an organisational policy. */
  readonly jurisdiction: string | null;
  /** Short English title. */
  readonly title: string;
  /** The rule; its `citation` is the row's. */
  readonly rule: RetentionRule;
}

// Placeholder start for rows whose law is long-standing and whose commencement was not
// researched, and for organisational policies (research notes: "(long-standing)").
const LONG_STANDING = '1970-01-01';

const SEED_001 = {
  law: 'Seed policy 001 (website privacy statement)',
  article: 'Server log files',
  confidence: 'unverified',
  note: 'Organisational promise ("kept 14 days"), not a legal requirement. For context only: BayLDA reportedly accepts 30 days for web-server logs (secondary); the CNIL 6–12-month logging recommendation covers security logs, a different purpose.',
} as const;

const SEED_003 = {
  law: 'Seed policy 003 (Planfix privacy policy, Ukrainian)',
  article: 'Account lifecycle',
  confidence: 'unverified',
  note: 'Vendor policy, not law: one month without activity freezes the account after a warning one week before; only the owner can unfreeze within one month, otherwise the account is deleted; a copy is kept 180 days. "One month" is modelled as 30 days so the warning falls exactly 7 days before the freeze; use P1M/P1M/P7M-style stages for calendar months.',
} as const;

const SEED_004 = {
  law: 'Seed policy 004 (James PRO privacy policy, Dutch)',
  article: 'Retention: backups',
  confidence: 'unverified',
  note: 'Vendor policy, not law: where deletion is not possible (backup archives) the data is isolated from any further use until it can be deleted. The backup rotation period is not stated; add a purge stage with it.',
} as const;

const HGB_AO = 'Handelsgesetzbuch (HGB); Abgabenordnung (AO)';
const AO_TAX_HOLD =
  'AO §147(3) tax hold: the period does not end while the documents matter for taxes whose assessment period has not expired, so the last stage is a review, not an automatic deletion; place a legal hold where it applies.';

const CNIL_AUDIENCE =
  'CNIL délibérations 2020-091 (guidelines) and 2020-092 (recommendation); Loi Informatique et Libertés art. 82';

const IRS_NOTE =
  'Only secondary sources were seen; the irs.gov page "How long should I keep records?" and Publication 583 were not seen directly, and the IRC section numbers were not verified.';

/** The template table. Facts from docs/research/retention-templates.md, confidence kept as found. */
export const RETENTION_TEMPLATES: readonly RetentionTemplate[] = [
  {
    id: 'host-server-logs-14d',
    jurisdiction: null,
    title: 'Web-server access and error logs: delete after 14 days',
    validFrom: LONG_STANDING,
    status: 'in-force',
    citation: SEED_001,
    rule: {
      id: 'host-server-logs-14d',
      scope: { category: 'server-log' },
      basis: 'legitimate-interest',
      citation: SEED_001,
      trigger: { event: 'collected' },
      stages: [{ after: 'P14D', action: 'delete' }],
      maximum: 'P14D',
    },
  },
  {
    id: 'fr-cnil-audience-cookie-13m',
    jurisdiction: 'FR',
    title: 'Consent-exempt audience-measurement cookie: at most 13 months from first placement',
    validFrom: '2020-09-17',
    status: 'in-force',
    citation: {
      law: CNIL_AUDIENCE,
      article: 'Audience measurement exemption: tracker lifetime',
      url: 'https://www.cnil.fr/fr/node/167364',
      confidence: 'secondary',
      note: 'Numbers from secondary sources (dune.fr, Quantic Avocats); the cnil.fr page was seen but the 13/25-month passage was cut off. The lifetime runs from the first placement and is not extended by later visits. Exemption conditions: sole purpose audience measurement for the publisher, anonymous statistics, no cross-site tracking, no combination, no transfer of non-anonymous data.',
    },
    rule: {
      id: 'fr-cnil-audience-cookie-13m',
      scope: { category: 'audience-cookie' },
      basis: 'regulatory-limit',
      citation: {
        law: CNIL_AUDIENCE,
        article: 'Audience measurement exemption: tracker lifetime',
        url: 'https://www.cnil.fr/fr/node/167364',
        confidence: 'secondary',
        note: '13 months from first placement, not extended on later visits (secondary sources).',
      },
      trigger: { event: 'collected' },
      stages: [{ after: 'P13M', action: 'delete' }],
      maximum: 'P13M',
    },
  },
  {
    id: 'fr-cnil-audience-data-25m',
    jurisdiction: 'FR',
    title: 'Data collected by audience-measurement trackers: delete or anonymise after 25 months',
    validFrom: '2020-09-17',
    status: 'in-force',
    citation: {
      law: CNIL_AUDIENCE,
      article: 'Audience measurement exemption: retention of collected data',
      url: 'https://www.quantic-avocats.com/2025/10/03/deliberationcnilcookiesaudience',
      confidence: 'secondary',
      note: 'Several secondary sources agree on 25 months; the cnil.fr passage was not seen.',
    },
    rule: {
      id: 'fr-cnil-audience-data-25m',
      scope: { category: 'audience-data' },
      basis: 'regulatory-limit',
      citation: {
        law: CNIL_AUDIENCE,
        article: 'Audience measurement exemption: retention of collected data',
        url: 'https://www.quantic-avocats.com/2025/10/03/deliberationcnilcookiesaudience',
        confidence: 'secondary',
      },
      trigger: { event: 'collected' },
      stages: [{ after: 'P25M', action: 'anonymize' }],
      maximum: 'P25M',
    },
  },
  {
    id: 'fr-cnil-consent-choice-6m',
    jurisdiction: 'FR',
    title: 'Recorded cookie choice (acceptance or refusal): ask again after 6 months',
    validFrom: '2020-09-17',
    status: 'in-force',
    citation: {
      law: 'CNIL délibération 2020-092 (recommendation)',
      article: 'Keeping the user’s choice',
      url: 'https://www.quantic-avocats.com/2020/11/05/cookies-cnil/',
      confidence: 'secondary',
      note: 'A "bonne pratique" recommendation, not a legal maximum; a refusal is kept as long as a consent. The recommendation paragraph was not seen on cnil.fr. Compliance deadline end of March 2021. The review stage means: re-ask for consent.',
    },
    rule: {
      id: 'fr-cnil-consent-choice-6m',
      scope: { category: 'consent-choice' },
      basis: 'regulatory-limit',
      citation: {
        law: 'CNIL délibération 2020-092 (recommendation)',
        article: 'Keeping the user’s choice',
        url: 'https://www.quantic-avocats.com/2020/11/05/cookies-cnil/',
        confidence: 'secondary',
        note: 'Good practice, not a legal maximum. Review = re-ask for consent.',
      },
      trigger: { event: 'collected' },
      stages: [{ after: 'P6M', action: 'review' }],
    },
  },
  {
    id: 'de-books-records-10y',
    jurisdiction: 'DE',
    title:
      'Commercial books, inventories, annual statements: keep 10 years from the end of the year',
    validFrom: LONG_STANDING,
    status: 'in-force',
    citation: {
      law: HGB_AO,
      article: 'HGB §257(1) Nr. 1, (4), (5); AO §147(1) Nr. 1, (3), (4)',
      url: 'https://www.anwalt24.de/rund-ums-recht/Paragraph_257_HGB_Aufbewahrung_von_Unterlagen_Aufbewahrungsf-d137469,302.html',
      confidence: 'secondary',
      note: `Verbatim older §257 text and tax-adviser summaries of current AO §147. ${AO_TAX_HOLD}`,
    },
    rule: {
      id: 'de-books-records-10y',
      scope: { category: 'commercial-books' },
      basis: 'legal-obligation',
      citation: {
        law: HGB_AO,
        article: 'HGB §257(1) Nr. 1, (4), (5); AO §147(1) Nr. 1, (3), (4)',
        url: 'https://www.anwalt24.de/rund-ums-recht/Paragraph_257_HGB_Aufbewahrung_von_Unterlagen_Aufbewahrungsf-d137469,302.html',
        confidence: 'secondary',
        note: AO_TAX_HOLD,
      },
      trigger: { event: 'collected', anchor: 'end-of-calendar-year' },
      stages: [{ after: 'P10Y', action: 'review' }],
      minimum: 'P10Y',
    },
  },
  {
    id: 'de-buchungsbelege-8y',
    jurisdiction: 'DE',
    title:
      'Accounting vouchers (invoices, bank statements, receipts): keep 8 years from the end of the year',
    validFrom: '2025-01-01',
    status: 'in-force',
    citation: {
      law: `${HGB_AO}; UStG; Viertes Bürokratieentlastungsgesetz (BEG IV)`,
      article:
        'HGB §257(1) Nr. 4, (4); AO §147(1) Nr. 4, (3); UStG §14b(1); Art. 97 §19a(2) EGAO; EGHGB transitional rule',
      url: 'https://www.haufe.de/finance/buchfuehrung-kontierung/buerokratieentlastungsgesetz-aufbewahrungspflichten-verkuerzt_186_634670.html',
      confidence: 'secondary',
      note:
        'BEG IV (promulgated 2024-10-29) shortened 10 to 8 years for every voucher whose old period had not expired by the cut-off. Sources disagree on the cut-off (2024-10-30 Akanthus; 2024-12-31 EY/EGAO; 2025-01-01 Haufe/EGHGB); because periods end on 31 December all three give the same result: from January 2025 vouchers up to 2016 may go. Credit, insurance and securities institutions keep 10 years (see de-buchungsbelege-10y-financial-sector). Invoices under UStG §14b: also 8 years. ' +
        AO_TAX_HOLD,
    },
    rule: {
      id: 'de-buchungsbelege-8y',
      scope: { category: 'accounting-voucher' },
      basis: 'legal-obligation',
      citation: {
        law: `${HGB_AO}; UStG; BEG IV`,
        article: 'HGB §257(1) Nr. 4, (4); AO §147(1) Nr. 4, (3); UStG §14b(1)',
        url: 'https://www.haufe.de/finance/buchfuehrung-kontierung/buerokratieentlastungsgesetz-aufbewahrungspflichten-verkuerzt_186_634670.html',
        confidence: 'secondary',
        note: 'BEG IV 8-year rule from 2025-01-01; transition cut-off disputed (2024-10-30 / 2024-12-31 / 2025-01-01), same practical result.',
      },
      trigger: { event: 'collected', anchor: 'end-of-calendar-year' },
      stages: [{ after: 'P8Y', action: 'review' }],
      minimum: 'P8Y',
    },
  },
  {
    id: 'de-buchungsbelege-10y-legacy',
    jurisdiction: 'DE',
    title: 'Accounting vouchers under the old rule: keep 10 years from the end of the year',
    validFrom: LONG_STANDING,
    validTo: '2024-12-31',
    status: 'repealed',
    citation: {
      law: `${HGB_AO} (versions before BEG IV)`,
      article: 'HGB §257(4) old; AO §147(3) old',
      url: 'https://www.anwalt24.de/rund-ums-recht/Paragraph_257_HGB_Aufbewahrung_von_Unterlagen_Aufbewahrungsf-d137469,302.html',
      confidence: 'secondary',
      note: 'Old §257(4): "Die in Absatz 1 Nr. 1 und 4 aufgeführten Unterlagen sind zehn Jahre … aufzubewahren". Kept for time travel and for documents whose period expired under it.',
    },
    rule: {
      id: 'de-buchungsbelege-10y-legacy',
      scope: { category: 'accounting-voucher' },
      basis: 'legal-obligation',
      citation: {
        law: `${HGB_AO} (versions before BEG IV)`,
        article: 'HGB §257(4) old; AO §147(3) old',
        confidence: 'secondary',
      },
      trigger: { event: 'collected', anchor: 'end-of-calendar-year' },
      stages: [{ after: 'P10Y', action: 'review' }],
      minimum: 'P10Y',
    },
  },
  {
    id: 'de-buchungsbelege-10y-financial-sector',
    jurisdiction: 'DE',
    title: 'Accounting vouchers of credit, insurance and securities institutions: keep 10 years',
    validFrom: '2025-01-01',
    status: 'in-force',
    citation: {
      law: `${HGB_AO}`,
      article: 'HGB §257(4); AO §147(3) (financial-sector exception to BEG IV)',
      url: 'https://www.ey.com/de_de/technical/steuernachrichten/laengere-aufbewahrungsfristen-bei-banken-versicherungen-und-wertpapierinstituten',
      confidence: 'unverified',
      note: 'According to EY the shortening was first deferred to 2026 for these institutions, then removed by a Bundestag decision of 2025-11-13; whether and when that law was promulgated is unverified. Keep 10 years until confirmed.',
    },
    rule: {
      id: 'de-buchungsbelege-10y-financial-sector',
      scope: { category: 'accounting-voucher' },
      basis: 'legal-obligation',
      citation: {
        law: `${HGB_AO}`,
        article: 'HGB §257(4); AO §147(3) (financial-sector exception)',
        confidence: 'unverified',
        note: 'Bundestag decision of 2025-11-13 (EY); promulgation unverified.',
      },
      trigger: { event: 'collected', anchor: 'end-of-calendar-year' },
      stages: [{ after: 'P10Y', action: 'review' }],
      minimum: 'P10Y',
    },
  },
  {
    id: 'de-handelsbriefe-6y',
    jurisdiction: 'DE',
    title: 'Commercial letters received and sent: keep 6 years from the end of the year',
    validFrom: LONG_STANDING,
    status: 'in-force',
    citation: {
      law: HGB_AO,
      article: 'HGB §257(1) Nr. 2–3, (2), (4), (5); AO §147(1) Nr. 2, 3, 5, (3)',
      url: 'https://www.anwalt24.de/rund-ums-recht/Paragraph_257_HGB_Aufbewahrung_von_Unterlagen_Aufbewahrungsf-d137469,302.html',
      confidence: 'secondary',
      note: `Only letters about a commercial transaction (§257(2)), e.g. offers, orders, confirmations, including e-mails. Invoices are vouchers (8 years). ${AO_TAX_HOLD}`,
    },
    rule: {
      id: 'de-handelsbriefe-6y',
      scope: { category: 'commercial-letter' },
      basis: 'legal-obligation',
      citation: {
        law: HGB_AO,
        article: 'HGB §257(1) Nr. 2–3, (2), (4), (5); AO §147(1) Nr. 2, 3, 5, (3)',
        confidence: 'secondary',
        note: AO_TAX_HOLD,
      },
      trigger: { event: 'collected', anchor: 'end-of-calendar-year' },
      stages: [{ after: 'P6Y', action: 'review' }],
      minimum: 'P6Y',
    },
  },
  ...(
    [
      [
        'us-irs-return-support-3y',
        'Records supporting a tax return: keep 3 years from filing',
        'P3Y',
        'IRC §6501(a) (assessment); §6511 (refund)',
        'return-filed',
        'https://usataxhelp.com/en/our-tax-blog-at-wwwirstaxtalkcom/general/how-long-to-keep-records',
        'The period runs from the later of filing and the due date: set the return-filed event to the later one. Refund claims: 3 years from filing or 2 years from payment, whichever is later.',
      ],
      [
        'us-irs-underreported-6y',
        'Records where over 25% of gross income was omitted: keep 6 years',
        'P6Y',
        'IRC §6501(e) (unverified)',
        'return-filed',
        'https://www.servicetaxes.com/how-long-should-i-keep-tax-records/',
        '',
      ],
      [
        'us-irs-baddebt-securities-7y',
        'Records of a worthless-securities or bad-debt deduction: keep 7 years',
        'P7Y',
        'IRC §6511(d)(1) (unverified)',
        'return-filed',
        'http://www.tapcpa.com/how-long-should-i-keep-records/',
        '',
      ],
      [
        'us-irs-employment-tax-4y',
        'Employment tax records: keep at least 4 years',
        'P4Y',
        'IRS guidance (Pub. 15 / 583, unverified)',
        'employment-tax-settled',
        'https://cmkfinancialservices.com/blog/start-up-success/2017/01/how-long-do-i-need-to-keep-my-records',
        'Runs from the later of the date the tax becomes due and the date it is paid: set the employment-tax-settled event to the later one.',
      ],
    ] as const
  ).map(([id, title, period, article, event, url, extra]): RetentionTemplate => {
    const citation = {
      law: 'Internal Revenue Code; IRS recordkeeping guidance',
      article,
      url,
      confidence: 'secondary' as const,
      note: `${extra ? `${extra} ` : ''}${IRS_NOTE}`,
    };
    return {
      id,
      jurisdiction: 'US',
      title,
      validFrom: LONG_STANDING,
      status: 'in-force',
      citation,
      rule: {
        id,
        scope: { category: id.replace(/^us-irs-/, 'us-tax-').replace(/-\d+y$/, '') },
        basis: 'legal-obligation',
        citation,
        trigger: { event },
        stages: [{ after: period, action: 'review' }],
        minimum: period,
      },
    };
  }),
  {
    id: 'us-ca-ccpa-request-records-24m',
    jurisdiction: 'US-CA',
    title: 'Records of CCPA consumer requests and responses: keep at least 24 months',
    validFrom: '2023-03-29',
    status: 'in-force',
    citation: {
      law: 'California Consumer Privacy Act regulations (11 CCR)',
      article: '§7101(a), (b), (d)',
      url: 'https://advisori.com/cpra/%C2%A7-7101-record-keeping/',
      confidence: 'secondary',
      note: 'Verbatim regulation text on a secondary site. validFrom (CPPA regulations) unverified; the anchor is not stated ("for at least 24 months"), the request date is assumed. The records must not be used for other purposes; §7101(e): no need to keep personal information solely to fulfil a request.',
    },
    rule: {
      id: 'us-ca-ccpa-request-records-24m',
      scope: { category: 'dsr-request-record' },
      basis: 'legal-obligation',
      citation: {
        law: 'California Consumer Privacy Act regulations (11 CCR)',
        article: '§7101(a), (b), (d)',
        url: 'https://advisori.com/cpra/%C2%A7-7101-record-keeping/',
        confidence: 'secondary',
      },
      trigger: { event: 'collected' },
      stages: [
        { after: 'P0D', action: 'restrict' },
        { after: 'P24M', action: 'review' },
      ],
      minimum: 'P24M',
    },
  },
  {
    id: 'planfix-account-lifecycle',
    jurisdiction: null,
    title:
      'Inactive account: warn at 23 days, freeze at 30, delete 30 days later, purge the copy 180 days after',
    validFrom: LONG_STANDING,
    status: 'in-force',
    citation: SEED_003,
    rule: {
      id: 'planfix-account-lifecycle',
      scope: { category: 'account' },
      basis: 'organisational-policy',
      citation: SEED_003,
      trigger: { event: 'last-activity' },
      stages: [
        { after: 'P23D', action: 'notify' },
        { after: 'P30D', action: 'freeze' },
        { after: 'P60D', action: 'delete' },
        { after: 'P240D', action: 'purge' },
      ],
    },
  },
  {
    id: 'james-pro-backup-isolation',
    jurisdiction: null,
    title: 'Backup copy of deleted data: isolate from any further use until it can be purged',
    validFrom: '2018-05-25',
    status: 'in-force',
    citation: SEED_004,
    rule: {
      id: 'james-pro-backup-isolation',
      scope: { category: 'backup-copy' },
      basis: 'organisational-policy',
      citation: SEED_004,
      trigger: { event: 'deleted-from-live' },
      stages: [{ after: 'P0D', action: 'isolate' }],
    },
  },
];
