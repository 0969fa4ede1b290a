import type { CalendarDate, Confidence, DatedRow, LegalStatus } from '@pledge/core';

/**
 * The law that governs an exporter's outbound transfers: `eu` (GDPR Chapter V, and Directive
 * 95/46 before it, for EU/EEA exporters), `uk` (UK GDPR Chapter V), `ch` (FADP), `ru`
 * (152-FZ), `cn` (PIPL) and `in` (DPDP Act s.16).
 */
export type ExporterRegime = 'eu' | 'uk' | 'ch' | 'ru' | 'cn' | 'in';

/**
 * What makes a transfer lawful, as named in decisions and rule rows.
 *
 * - `same-region`: not a restricted transfer (same country, or within the EEA for an EU/EEA
 *   exporter).
 * - `adequacy`: an adequacy decision, adequacy regulations or the Swiss Federal Council's list.
 * - `dpf`: the EU-US Data Privacy Framework, its UK Extension or the Swiss-US DPF, for a
 *   certified recipient.
 * - `privacy-shield`, `safe-harbour`: the invalidated US frameworks (for dates they covered).
 * - `scc-2021`, `scc-2010`: the EU standard contractual clauses of 2021/914 and their
 *   predecessors (2001/497/EC, 2004/915/EC, 2010/87/EU).
 * - `idta`, `uk-addendum`: the UK IDTA and the UK Addendum to the EU SCCs.
 * - `bcr`, `code-of-conduct`, `certification`: the other Art. 46 tools.
 * - `derogation`: an Art. 49 GDPR / UK GDPR derogation or an Art. 17 FADP exception.
 * - `ru-notification`: a Russian transfer after the recipient assessment and Roskomnadzor notice.
 * - `cn-security-assessment`, `cn-standard-contract`, `cn-certification`, `cn-exemption`: the
 *   PIPL export routes.
 * - `no-restriction`: the exporter's law restricts only listed destinations and this one is not
 *   listed (India s.16).
 * - `none`: no basis was found.
 */
export type TransferBasis =
  | 'same-region'
  | 'adequacy'
  | 'dpf'
  | 'privacy-shield'
  | 'safe-harbour'
  | 'scc-2021'
  | 'scc-2010'
  | 'idta'
  | 'uk-addendum'
  | 'bcr'
  | 'code-of-conduct'
  | 'certification'
  | 'derogation'
  | 'ru-notification'
  | 'cn-security-assessment'
  | 'cn-standard-contract'
  | 'cn-certification'
  | 'cn-exemption'
  | 'no-restriction'
  | 'none';

/**
 * A US self-certification framework a recipient may be listed under: the EU-US DPF, its UK
 * Extension, the Swiss-US DPF, and the invalidated Privacy Shields and Safe Harbour.
 */
export type UsFramework =
  | 'eu-us-dpf'
  | 'uk-extension'
  | 'swiss-us-dpf'
  | 'privacy-shield'
  | 'swiss-us-privacy-shield'
  | 'safe-harbour';

/**
 * One dated transfer rule. Rows come from `docs/research/transfers.md`; their confidence is
 * carried over unchanged. A row with neither `destination` nor `framework` is a mechanism
 * (SCCs, BCRs, derogations) usable towards any destination.
 *
 * The rows the engine reads cite law, article and confidence; the source URL and note of each
 * row ship apart, in `@pledge/transfers/sources` (`transferRules()` there lists full rows).
 */
export interface TransferRuleRow extends DatedRow {
  /**
   * Stable id that starts with the exporter regime, e.g. `eu-adequacy-jp`: named by
   * {@link @pledge/transfers/map!diffRules} reports and as `params.rule` in the reasons of a decision that rests on
   * the row; the key of the row's source URL and note in `@pledge/transfers/sources`.
   */
  readonly id: string;
  /** Whose outbound rules this row belongs to. */
  readonly exporter: ExporterRegime;
  /** The basis the row provides. */
  readonly basis: TransferBasis;
  /**
   * ISO 3166-1 alpha-2 code, `EEA` (every EEA state on the day), or `IO:<name>` for an
   * international organisation; absent for mechanisms usable towards any destination.
   */
  readonly destination?: string;
  /** The recipient must be certified under this framework for the row to cover it. */
  readonly framework?: UsFramework;
  /** The finding covers only private-sector recipients (PIPEDA, APPI, PIPA, LGPD, Faroese act). */
  readonly privateSectorOnly?: boolean;
  /** Data categories the finding excludes (Korea: credit information under FSC supervision). */
  readonly excludedCategories?: readonly string[];
  /** Exporter countries the finding does not yet cover (Brazil: EEA EFTA states). */
  readonly excludedExporters?: readonly string[];
  /** Set when a court struck the row down: the judgment date (the day after `validTo`). */
  readonly invalidatedOn?: CalendarDate;
}

/** The optional scope fields of a {@link TransferRuleRow}, written as an object in a tuple. */
export type TransferRuleScope = Pick<
  TransferRuleRow,
  'framework' | 'privateSectorOnly' | 'excludedCategories' | 'excludedExporters' | 'invalidatedOn'
>;

/**
 * A {@link TransferRuleRow} as the table files store it: a tuple, so the browser bundle
 * carries no repeated property names. `null` marks an absent date or destination; the exporter
 * is the id's first segment. Decoded by {@link decodeTransferRule}.
 */
export type TransferRuleTuple = readonly [
  id: `${ExporterRegime}-${string}`,
  basis: TransferBasis,
  destination: string | null,
  validFrom: CalendarDate,
  validTo: CalendarDate | null,
  status: LegalStatus,
  law: string,
  article: string,
  confidence: Confidence,
  scope?: TransferRuleScope,
];

/** Expands a table tuple into a {@link TransferRuleRow}, leaving absent keys out. */
export function decodeTransferRule([
  id,
  basis,
  destination,
  validFrom,
  validTo,
  status,
  law,
  article,
  confidence,
  scope,
]: TransferRuleTuple): TransferRuleRow {
  return {
    id,
    exporter: id.slice(0, id.indexOf('-')) as ExporterRegime,
    basis,
    ...(destination === null ? {} : { destination }),
    ...scope,
    validFrom,
    ...(validTo === null ? {} : { validTo }),
    status,
    citation: { law, article, confidence },
  };
}
