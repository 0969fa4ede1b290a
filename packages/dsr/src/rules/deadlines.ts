import type { Citation, DatedRow, RegimeId } from '@pledge/core';
import type { Remedy, RequestType } from '../request.js';

/** A period in months, calendar days or business days. */
export interface PeriodSpec {
  /** How many units. */
  readonly amount: number;
  /** The unit. Business days skip weekends and the jurisdiction's public holidays. */
  readonly unit: 'months' | 'days' | 'business-days';
}

/**
 * How the days of a period are counted.
 *
 * - `regulation-1182-71`: the day of receipt is not counted; a month period ends on the same
 *   date of the following month or, if there is none, its last day; an end on a weekend or
 *   public holiday moves to the next working day (Regulation 1182/71 Art. 3(1), 3(2)(c), 3(4)).
 *   The ICO counts UK GDPR months the same way.
 * - `receipt-is-day-one`: the day of receipt is day 1, so 45 days end on receipt + 44 (CCPA
 *   regulations §7021(b): "The 45-day period will begin on the day that the business receives
 *   the request"). No roll-forward.
 * - `days-after-receipt`: the day after receipt is day 1, no roll-forward (US state statutes
 *   "within 45 days of receipt", LGPD, PIPEDA, Québec, Swiss DPO).
 */
export type CountingRule = 'regulation-1182-71' | 'receipt-is-day-one' | 'days-after-receipt';

/** How an extension works under a regime. */
export type ExtensionRule =
  | {
      /** A fixed extra period, noticed with reasons inside the initial period. */
      readonly kind: 'fixed';
      /** The extra period. The total is counted from the start of the clock. */
      readonly by: PeriodSpec;
      /** The provision. */
      readonly citation: Citation;
    }
  | {
      /**
       * No statutory cap: the controller tells the subject, inside the initial period, the
       * date by which it will answer (Swiss DPO Art. 18(2)).
       */
      readonly kind: 'stated-date';
      /** The provision. */
      readonly citation: Citation;
    };

/**
 * One dated row of the DSR deadline table: for a regime and a set of request types, how long
 * the controller has, from when, whether the clock can stop, how it may be extended and what
 * acknowledgement is due.
 */
export interface DeadlineRule extends DatedRow {
  /** Stable id of the row, e.g. `gdpr-art-12-3`. */
  readonly id: string;
  /** The regime. */
  readonly regime: RegimeId;
  /** The jurisdiction or bloc the regime covers (documentation; `regimesFor` decides). */
  readonly jurisdiction: string;
  /** Request types the row governs. */
  readonly requestTypes: readonly RequestType[];
  /** The period to respond. */
  readonly respond: PeriodSpec;
  /** How its days are counted. */
  readonly counting: CountingRule;
  /**
   * When the clock starts: on receipt, or (UK Art. 12A) at the latest of receipt, receipt of
   * the identity information asked for, and payment of a fee.
   */
  readonly clockStart: 'receipt' | 'latest-of-receipt-identity-fee';
  /** When the regime stops the clock while the controller awaits a clarification. */
  readonly pause?: {
    /** Request types for which the clock stops. */
    readonly requestTypes: readonly RequestType[];
    /** The provision. */
    readonly citation: Citation;
  };
  /** How the deadline may be extended; absent when it may not. */
  readonly extension?: ExtensionRule;
  /** An acknowledgement of receipt the regime requires. */
  readonly acknowledge?: {
    /** Within this period of receipt. */
    readonly within: PeriodSpec;
    /** The provision. */
    readonly citation: Citation;
  };
  /** Remedies a denial must mention. */
  readonly denialRemedies: readonly Remedy[];
  /** Remarks: disagreements between sources, what is uncertain. */
  readonly note?: string;
}

/** A dated row giving the period to decide an appeal (US state laws). */
export interface AppealRule extends DatedRow {
  /** Stable id of the row. */
  readonly id: string;
  /** The regime. */
  readonly regime: RegimeId;
  /** The jurisdiction (documentation). */
  readonly jurisdiction: string;
  /** Decide within this period after receipt of the appeal (days after receipt). */
  readonly decideWithin: PeriodSpec;
  /** Remarks. */
  readonly note?: string;
}

// --- Citations reused across rows -----------------------------------------------------------

const GDPR_12_3: Citation = {
  law: 'Regulation (EU) 2016/679 (GDPR)',
  article: 'Art. 12(3)',
  url: 'https://dataprotection.ie/en/individuals/know-your-rights/how-long-will-it-take',
  confidence: 'primary',
  note: 'Irish DPC page (regulator, primary); verbatim Art. 12(3) text seen on gdprhub.eu (secondary). Research notes docs/research/dsr-deadlines.md.',
};

const GDPR_12_4_REMEDIES: readonly Remedy[] = [
  {
    kind: 'complaint-to-supervisory-authority',
    citation: {
      law: 'Regulation (EU) 2016/679 (GDPR)',
      article: 'Art. 12(4)',
      url: 'https://gdprhub.eu/index.php?title=Article_12_GDPR',
      confidence: 'secondary',
    },
  },
  {
    kind: 'judicial-remedy',
    citation: {
      law: 'Regulation (EU) 2016/679 (GDPR)',
      article: 'Art. 12(4)',
      url: 'https://gdprhub.eu/index.php?title=Article_12_GDPR',
      confidence: 'secondary',
    },
  },
];

const UK_12_4_REMEDIES: readonly Remedy[] = GDPR_12_4_REMEDIES.map((remedy) => ({
  kind: remedy.kind,
  citation: {
    law: 'UK GDPR',
    article: 'Art. 12(4)',
    url: 'https://www.legislation.gov.uk/eur/2016/679/chapter/III/section/1/data.html',
    confidence: 'primary',
  },
}));

function appealRemedy(law: string, article: string, note: string, url?: string): Remedy {
  return {
    kind: 'appeal-to-controller',
    citation: {
      law,
      article,
      ...(url === undefined ? {} : { url }),
      confidence: 'unverified',
      note,
    },
  };
}

const GDPR_RIGHTS: readonly RequestType[] = [
  'access',
  'portability',
  'rectification',
  'erasure',
  'restriction',
  'objection',
];

const US_STATE_RIGHTS: readonly RequestType[] = [
  'access',
  'portability',
  'rectification',
  'erasure',
  'opt-out-of-sale',
];

const FORTY_FIVE_DAYS: PeriodSpec = { amount: 45, unit: 'days' };

/**
 * Statutory response deadlines for data-subject requests, one row per regime, request-type
 * group and period of validity.
 *
 * Every value comes from `docs/research/dsr-deadlines.md`, which records what was seen and
 * where; `citation.confidence` keeps that note's verdict and is never upgraded here:
 * `primary` means the official text or the regulator's own page was seen, `secondary` a
 * verbatim reproduction or reputable commentary, `unverified` not confirmed. Corrections from
 * the research notes are applied: Virginia's timelines are in Va. Code §59.1-577 (not -578),
 * Connecticut's in Conn. Gen. Stat. §42-518 (not -520).
 *
 * A host policy may promise less time; `computeDeadline` then lets the stricter date bind.
 * This is data, not legal advice.
 */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  // --- EU / EEA ----------------------------------------------------------------------------
  {
    id: 'gdpr-art-12-3',
    regime: 'gdpr',
    jurisdiction: 'EU/EEA',
    requestTypes: GDPR_RIGHTS,
    // Art. 12(3): "without undue delay and in any event within one month of receipt".
    respond: { amount: 1, unit: 'months' },
    // Counting by Regulation 1182/71 is an interpretation: its Art. 1 covers acts of the
    // Council or Commission, and no EDPB text applying it to Art. 12(3) was seen. The ICO
    // adopted the same counting in 2019 (CJEU C-171/03 Maatschap Toeters).
    counting: 'regulation-1182-71',
    clockStart: 'receipt',
    // No pause: the GDPR text has none, and the EDPB's suspension position (Guidelines 01/2022
    // §5.3) is unverified, so the EU engine never stops the clock.
    extension: {
      kind: 'fixed',
      by: { amount: 2, unit: 'months' },
      citation: {
        ...GDPR_12_3,
        note: 'Art. 12(3): +2 months where necessary (complexity, number of requests); the subject must be told, with reasons, within one month of receipt.',
      },
    },
    denialRemedies: GDPR_12_4_REMEDIES,
    validFrom: '2018-05-25',
    status: 'in-force',
    citation: GDPR_12_3,
    note: 'Period counting follows Regulation 1182/71 Art. 3 (secondary: applying it to GDPR Art. 12(3) is an interpretation the ICO shares). A strict reading without Art. 3(4) would end on the nominal date; computeDeadline reports it as nominalDue.',
  },
  // --- United Kingdom ----------------------------------------------------------------------
  {
    id: 'uk-gdpr-art-12-3-pre-duaa',
    regime: 'uk-gdpr',
    jurisdiction: 'GB',
    requestTypes: GDPR_RIGHTS,
    respond: { amount: 1, unit: 'months' },
    // ICO: from the day of receipt to the corresponding calendar date of the next month (or
    // its last day), next working day if that is a weekend or bank holiday; same as 1182/71.
    counting: 'regulation-1182-71',
    clockStart: 'receipt',
    extension: {
      kind: 'fixed',
      by: { amount: 2, unit: 'months' },
      citation: {
        law: 'UK GDPR',
        article: 'Art. 12(3) (before the Data (Use and Access) Act 2025)',
        url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/right-of-access/what-should-we-consider-when-responding-to-a-request/',
        confidence: 'primary',
      },
    },
    denialRemedies: UK_12_4_REMEDIES,
    validFrom: '2021-01-01',
    validTo: '2026-02-04',
    status: 'repealed',
    citation: {
      law: 'UK GDPR, with ICO guidance',
      article: 'Art. 12(3) (old wording)',
      url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/right-of-access/what-should-we-consider-when-responding-to-a-request/',
      confidence: 'primary',
      note: 'Encoded GDPR-like (clock from receipt, no pause). The ICO also said the month runs from receipt of requested ID or a fee if later, and (Oct 2020, secondary) that clarification stops the clock; neither is applied before 2026-02-05. validFrom 2021-01-01 is unverified in the research notes.',
    },
    note: 'Replaced by Art. 12A for requests received from 2026-02-05 (DUAA 2025 s.76; SI 2026/82 reg. 2(h), secondary).',
  },
  {
    id: 'uk-gdpr-art-12a',
    regime: 'uk-gdpr',
    jurisdiction: 'GB',
    requestTypes: GDPR_RIGHTS,
    respond: { amount: 1, unit: 'months' },
    counting: 'regulation-1182-71',
    // Art. 12A: the "relevant time" is the latest of receipt of the request, of the identity
    // information requested under Art. 12(6), and of any fee.
    clockStart: 'latest-of-receipt-identity-fee',
    pause: {
      requestTypes: ['access'],
      citation: {
        law: 'UK GDPR as amended by the Data (Use and Access) Act 2025 s.76',
        article: 'Art. 12A',
        url: 'https://www.legislation.gov.uk/eur/2016/679/chapter/III/section/1/data.html',
        confidence: 'secondary',
        note: 'Art. 12A wording not seen; structure from secondary summaries and the parallel DPA 2018 s.54(3C) (primary). Limited here to access requests, where the clarification pause is documented. Pause days counted as calendar days from the clarification request to the answer; also extends the extension-notice window, as s.54(3C)(b)(ii) does.',
      },
    },
    extension: {
      kind: 'fixed',
      by: { amount: 2, unit: 'months' },
      citation: {
        law: 'UK GDPR as amended by the Data (Use and Access) Act 2025 s.76',
        article: 'Art. 12A',
        url: 'https://www.legislation.gov.uk/eur/2016/679/chapter/III/section/1/data.html',
        confidence: 'secondary',
        note: 'Notice with reasons before the end of one month from the relevant time.',
      },
    },
    denialRemedies: UK_12_4_REMEDIES,
    validFrom: '2026-02-05',
    status: 'in-force',
    citation: {
      law: 'UK GDPR as amended by the Data (Use and Access) Act 2025 s.76',
      article: 'Art. 12(3), 12(4), Art. 12A',
      url: 'https://www.legislation.gov.uk/eur/2016/679/chapter/III/section/1/data.html',
      confidence: 'secondary',
      note: 'Amended Art. 12(3)/(4) referring to Art. 12A seen on legislation.gov.uk (primary); Art. 12A text and commencement on 2026-02-05 (SI 2026/82 reg. 2(h)) secondary.',
    },
  },
  // --- California --------------------------------------------------------------------------
  {
    id: 'ccpa-7021',
    regime: 'ccpa',
    jurisdiction: 'US-CA',
    requestTypes: ['access', 'portability', 'erasure', 'rectification'],
    respond: FORTY_FIVE_DAYS,
    // §7021(b): the period begins on the day of receipt, "regardless of time required to
    // verify the request". Day of receipt = day 1 is the conservative reading (research
    // worked example 4: received 2026-03-06 → 2026-04-19, not 04-20).
    counting: 'receipt-is-day-one',
    clockStart: 'receipt',
    extension: {
      kind: 'fixed',
      by: FORTY_FIVE_DAYS,
      citation: {
        law: 'Cal. Code Regs. tit. 11',
        article: '§7021(b)',
        url: 'https://advisori.com/cpra/%C2%A7-7021-timelines-for-responding-to-requests-to-delete-requests-to-correct-and-requests-to-know/',
        confidence: 'secondary',
        note: 'Up to 45 more days (90 from the day of receipt), with notice and explanation.',
      },
    },
    acknowledge: {
      within: { amount: 10, unit: 'business-days' },
      citation: {
        law: 'Cal. Code Regs. tit. 11',
        article: '§7021(a)',
        url: 'https://advisori.com/cpra/%C2%A7-7021-timelines-for-responding-to-requests-to-delete-requests-to-correct-and-requests-to-know/',
        confidence: 'secondary',
        note: 'No "business day" definition was found in the regulations; counted Monday to Friday without California state holidays (design choice, research note 5).',
      },
    },
    denialRemedies: [],
    validFrom: '2023-03-29',
    status: 'in-force',
    citation: {
      law: 'Cal. Code Regs. tit. 11',
      article: '§7021(a), (b)',
      url: 'https://advisori.com/cpra/%C2%A7-7021-timelines-for-responding-to-requests-to-delete-requests-to-correct-and-requests-to-know/',
      confidence: 'secondary',
      note: 'Verbatim regulation text on a third-party site. validFrom 2023-03-29 (CPPA regulations) is unverified; predecessor §999.313.',
    },
    note: 'The CCPA has no appeal right; denial remedies are not encoded (none in the research notes).',
  },
  {
    id: 'ccpa-7026-opt-out',
    regime: 'ccpa',
    jurisdiction: 'US-CA',
    requestTypes: ['opt-out-of-sale'],
    respond: { amount: 15, unit: 'business-days' },
    counting: 'days-after-receipt',
    clockStart: 'receipt',
    denialRemedies: [],
    validFrom: '2023-03-29',
    status: 'in-force',
    citation: {
      law: 'Cal. Code Regs. tit. 11',
      article: '§7026(f)',
      url: 'https://www.law.cornell.edu/regulations/california/11-CCR-7026',
      confidence: 'secondary',
      note: 'Subsection (f) text not seen; 15 business days confirmed in predecessor §999.315(e) and secondary guides. No verification may be required.',
    },
  },
  {
    id: 'ccpa-7027-limit',
    regime: 'ccpa',
    jurisdiction: 'US-CA',
    requestTypes: ['limit-sensitive-data'],
    respond: { amount: 15, unit: 'business-days' },
    counting: 'days-after-receipt',
    clockStart: 'receipt',
    denialRemedies: [],
    validFrom: '2023-03-29',
    status: 'in-force',
    citation: {
      law: 'Cal. Code Regs. tit. 11',
      article: '§7027(g)(1)',
      url: 'https://law.cornell.edu/regulations/california/11-CCR-7027',
      confidence: 'unverified',
      note: 'The 15-business-day figure was not seen in the §7027 excerpt; it matches §7026 by analogy and secondary guides.',
    },
  },
  // --- Other US states ---------------------------------------------------------------------
  {
    id: 'va-59.1-577',
    regime: 'us-va-cdpa',
    jurisdiction: 'US-VA',
    requestTypes: US_STATE_RIGHTS,
    respond: FORTY_FIVE_DAYS,
    counting: 'days-after-receipt',
    clockStart: 'receipt',
    extension: {
      kind: 'fixed',
      by: FORTY_FIVE_DAYS,
      citation: {
        law: 'Va. Code',
        article: '§59.1-577(B)(1)',
        url: 'https://self-law.org/code/va/title-59-1/chapter-53/59-1-577',
        confidence: 'secondary',
        note: 'Once, when reasonably necessary; the consumer is told within the initial 45 days, with the reason.',
      },
    },
    denialRemedies: [
      appealRemedy(
        'Va. Code',
        '§59.1-577(B)(2), (C)',
        'Refusal must be justified and the appeal process exists under (C); the wording of (B)(2) and (C) was not in the research notes.',
        'https://self-law.org/code/va/title-59-1/chapter-53/59-1-577',
      ),
    ],
    validFrom: '2023-01-01',
    status: 'in-force',
    citation: {
      law: 'Va. Code',
      article: '§59.1-577(B)(1)',
      url: 'https://self-law.org/code/va/title-59-1/chapter-53/59-1-577',
      confidence: 'secondary',
      note: 'Research correction: the timelines are in §59.1-577, not §59.1-578 (transparency).',
    },
  },
  {
    id: 'co-6-1-1306',
    regime: 'us-co-cpa',
    jurisdiction: 'US-CO',
    requestTypes: US_STATE_RIGHTS,
    respond: FORTY_FIVE_DAYS,
    counting: 'days-after-receipt',
    clockStart: 'receipt',
    extension: {
      kind: 'fixed',
      by: FORTY_FIVE_DAYS,
      citation: {
        law: 'C.R.S.',
        article: '§6-1-1306(2)',
        url: 'https://casetext.com/statute/colorado-revised-statutes/title-6-consumer-and-commercial-affairs/fair-trade-and-restraint-of-trade/article-1-colorado-consumer-protection-act/part-13-colorado-privacy-act/section-6-1-1306-consumer-personal-data-rights-repeal',
        confidence: 'secondary',
        note: 'Notice within the first 45 days; statute wording only partly seen.',
      },
    },
    denialRemedies: [
      appealRemedy(
        'C.R.S.',
        '§6-1-1306(3)',
        'The text of §6-1-1306(3) was not seen in any source.',
      ),
    ],
    validFrom: '2023-07-01',
    status: 'in-force',
    citation: {
      law: 'C.R.S.',
      article: '§6-1-1306(2)',
      url: 'https://casetext.com/statute/colorado-revised-statutes/title-6-consumer-and-commercial-affairs/fair-trade-and-restraint-of-trade/article-1-colorado-consumer-protection-act/part-13-colorado-privacy-act/section-6-1-1306-consumer-personal-data-rights-repeal',
      confidence: 'secondary',
      note: 'Colorado Privacy Act Rules (4 CCR 904-3) may add timing detail; not checked.',
    },
  },
  {
    id: 'ct-42-518',
    regime: 'us-ct-dpa',
    jurisdiction: 'US-CT',
    requestTypes: US_STATE_RIGHTS,
    respond: FORTY_FIVE_DAYS,
    counting: 'days-after-receipt',
    clockStart: 'receipt',
    extension: {
      kind: 'fixed',
      by: FORTY_FIVE_DAYS,
      citation: {
        law: 'Conn. Gen. Stat.',
        article: '§42-518(c)(1)',
        url: 'https://instalawyer.io/laws/connecticut-general-statutes/section-42-518-note-this',
        confidence: 'secondary',
      },
    },
    denialRemedies: [
      appealRemedy(
        'Conn. Gen. Stat.',
        '§42-518(c)(2), (d)',
        'Refusal §42-518(c)(2) and the appeal process are in §42-518; subsection letters of the appeal provision not seen.',
        'https://instalawyer.io/laws/connecticut-general-statutes/section-42-518-note-this',
      ),
    ],
    validFrom: '2023-07-01',
    status: 'in-force',
    citation: {
      law: 'Conn. Gen. Stat.',
      article: '§42-518(c)(1)',
      url: 'https://instalawyer.io/laws/connecticut-general-statutes/section-42-518-note-this',
      confidence: 'secondary',
      note: 'Research correction: §42-518, not §42-520 (also mis-cited by Revision Legal).',
    },
  },
  {
    id: 'tx-541-052',
    regime: 'us-tx-dpsa',
    jurisdiction: 'US-TX',
    requestTypes: US_STATE_RIGHTS,
    respond: FORTY_FIVE_DAYS,
    counting: 'days-after-receipt',
    clockStart: 'receipt',
    extension: {
      kind: 'fixed',
      by: FORTY_FIVE_DAYS,
      citation: {
        law: 'Tex. Bus. & Com. Code',
        article: '§541.052(b)',
        url: 'https://codes.findlaw.com/tx/business-and-commerce-code/bus-com-sect-541-052/',
        confidence: 'secondary',
      },
    },
    denialRemedies: [
      appealRemedy(
        'Tex. Bus. & Com. Code',
        '§541.052(c), §541.053',
        'The text of §541.053 was not seen.',
        'https://codes.findlaw.com/tx/business-and-commerce-code/bus-com-sect-541-052/',
      ),
    ],
    validFrom: '2024-07-01',
    status: 'in-force',
    citation: {
      law: 'Tex. Bus. & Com. Code',
      article: '§541.052(b)',
      url: 'https://codes.findlaw.com/tx/business-and-commerce-code/bus-com-sect-541-052/',
      confidence: 'secondary',
    },
  },
  {
    id: 'ut-13-61-203',
    regime: 'us-ut-cpa',
    jurisdiction: 'US-UT',
    requestTypes: ['access', 'portability', 'erasure', 'opt-out-of-sale'],
    respond: FORTY_FIVE_DAYS,
    counting: 'days-after-receipt',
    clockStart: 'receipt',
    extension: {
      kind: 'fixed',
      by: FORTY_FIVE_DAYS,
      citation: {
        law: 'Utah Code',
        article: '§13-61-203(2)',
        url: 'https://codes.findlaw.com/ut/title-13-commerce-and-trade/ut-code-sect-13-61-203/',
        confidence: 'secondary',
      },
    },
    denialRemedies: [],
    validFrom: '2023-12-31',
    status: 'in-force',
    citation: {
      law: 'Utah Code',
      article: '§13-61-203(2), (3)',
      url: 'https://codes.findlaw.com/ut/title-13-commerce-and-trade/ut-code-sect-13-61-203/',
      confidence: 'secondary',
      note: 'No appeal right. An amendment effective 2026-07-01 replaces §13-61-201 (rights list); its effect on §13-61-203 timing was not checked. The fraud exception of §13-61-203(2)(d) is not encoded.',
    },
  },
  // --- Americas (other) --------------------------------------------------------------------
  {
    id: 'lgpd-art-19',
    regime: 'lgpd',
    jurisdiction: 'BR',
    requestTypes: ['access'],
    // Art. 19 II: full declaration within 15 days from the date of the request. Whether these
    // are calendar days is not stated; calendar days after the request are the shorter reading.
    respond: { amount: 15, unit: 'days' },
    counting: 'days-after-receipt',
    clockStart: 'receipt',
    denialRemedies: [],
    validFrom: '2020-09-18',
    status: 'in-force',
    citation: {
      law: 'Lei 13.709/2018 (LGPD)',
      article: 'Art. 19 II',
      url: 'https://lgpd-brazil.info/chapter_03/article_19',
      confidence: 'secondary',
      note: 'Simplified confirmation is due immediately (Art. 19 I). ANPD may set sector deadlines (§4); its rights regulation was not confirmed as issued. Other Art. 18 rights follow the regulation: no statutory deadline encoded. validFrom day unverified.',
    },
  },
  {
    id: 'pipeda-s8',
    regime: 'pipeda',
    jurisdiction: 'CA',
    requestTypes: ['access'],
    respond: { amount: 30, unit: 'days' },
    counting: 'days-after-receipt',
    clockStart: 'receipt',
    extension: {
      kind: 'fixed',
      by: { amount: 30, unit: 'days' },
      citation: {
        law: 'PIPEDA, S.C. 2000, c. 5',
        article: 's. 8(4)(a)',
        url: 'https://proteuscyber.com/privacy-database/pipeda-8',
        confidence: 'secondary',
        note: 'Notice of the new limit, reasons and the right to complain within 30 days of the request. The open-ended extension for conversion to an alternative format (s. 8(4)(b)) is not encoded.',
      },
    },
    denialRemedies: [],
    validFrom: '2001-01-01',
    status: 'in-force',
    citation: {
      law: 'PIPEDA, S.C. 2000, c. 5',
      article: 's. 8(3)',
      url: 'http://lois-laws.justice.gc.ca/fra/lois/P-8.6/section-8-20030101.html',
      confidence: 'secondary',
      note: 'Primary for the 2003–2015 French text on Justice Canada; the current English text was seen only on a secondary copy. Failure to respond in time is a deemed refusal (s. 8(5)). validFrom unverified.',
    },
  },
  {
    id: 'qc-p-39.1-s32',
    regime: 'qc-law25',
    jurisdiction: 'CA-QC',
    requestTypes: ['access', 'rectification'],
    respond: { amount: 30, unit: 'days' },
    counting: 'days-after-receipt',
    clockStart: 'receipt',
    denialRemedies: [],
    validFrom: '2023-09-22',
    status: 'in-force',
    citation: {
      law: 'Act respecting the protection of personal information in the private sector (CQLR c. P-39.1)',
      article: 's. 32',
      url: 'https://watchdogsecurity.io/law25/response-time-for-data-subject-requests',
      confidence: 'secondary',
      note: 'Statute wording not seen on LégisQuébec. A pre-Law 25 rule; dated here from the qc-law25 regime row (the rule itself is older, date unverified). No extension found; failure to respond is a deemed refusal.',
    },
  },
  // --- Switzerland -------------------------------------------------------------------------
  {
    id: 'ch-dpo-art-18',
    regime: 'ch-fadp',
    jurisdiction: 'CH',
    requestTypes: ['access'],
    respond: { amount: 30, unit: 'days' },
    counting: 'days-after-receipt',
    clockStart: 'receipt',
    extension: {
      kind: 'stated-date',
      citation: {
        law: 'Data Protection Ordinance (DPO/DSV, SR 235.11)',
        article: 'Art. 18(2)',
        url: 'https://www.datenschutzpartner.ch/dsv/dsv-18/',
        confidence: 'secondary',
        note: 'No fixed cap: the controller informs the subject and states the period within which it will answer.',
      },
    },
    denialRemedies: [],
    validFrom: '2023-09-01',
    status: 'in-force',
    citation: {
      law: 'FADP (SR 235.1); DPO (SR 235.11)',
      article: 'FADP Art. 25(7); DPO Art. 18(1)',
      url: 'https://lawbrary.ch/law/art/DSG-v2023.09-en-art-25',
      confidence: 'secondary',
      note: 'Fedlex not seen. If a cost contribution is claimed (DPO Art. 19), the 30 days start after the 10-day reflection period; not encoded.',
    },
  },
];

/**
 * Periods to decide an appeal against a refused request (US state laws). All are secondary or
 * unverified: the appeal subsections themselves were not seen during research.
 */
export const APPEAL_RULES: readonly AppealRule[] = [
  {
    id: 'va-59.1-577-c',
    regime: 'us-va-cdpa',
    jurisdiction: 'US-VA',
    decideWithin: { amount: 60, unit: 'days' },
    validFrom: '2023-01-01',
    status: 'in-force',
    citation: {
      law: 'Va. Code',
      article: '§59.1-577(C)',
      url: 'https://self-law.org/code/va/title-59-1/chapter-53/59-1-577',
      confidence: 'secondary',
      note: 'Secondary summary; the text of (C) was not seen.',
    },
  },
  {
    id: 'co-6-1-1306-3',
    regime: 'us-co-cpa',
    jurisdiction: 'US-CO',
    decideWithin: FORTY_FIVE_DAYS,
    validFrom: '2023-07-01',
    status: 'in-force',
    citation: {
      law: 'C.R.S.',
      article: '§6-1-1306(3)',
      confidence: 'unverified',
      note: 'The 45-day appeal period (with a possible 60-day extension, not encoded) was not seen in any source.',
    },
  },
  {
    id: 'ct-42-518-appeal',
    regime: 'us-ct-dpa',
    jurisdiction: 'US-CT',
    decideWithin: { amount: 60, unit: 'days' },
    validFrom: '2023-07-01',
    status: 'in-force',
    citation: {
      law: 'Conn. Gen. Stat.',
      article: '§42-518 (appeal)',
      url: 'https://instalawyer.io/laws/connecticut-general-statutes/section-42-518-note-this',
      confidence: 'secondary',
    },
  },
  {
    id: 'tx-541-053',
    regime: 'us-tx-dpsa',
    jurisdiction: 'US-TX',
    decideWithin: { amount: 60, unit: 'days' },
    validFrom: '2024-07-01',
    status: 'in-force',
    citation: {
      law: 'Tex. Bus. & Com. Code',
      article: '§541.053',
      confidence: 'unverified',
      note: 'The text of §541.053 was not seen.',
    },
  },
];
