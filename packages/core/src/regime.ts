import type { CalendarDate } from './calendar-date.js';
import type { Citation } from './citation.js';
import {
  type BlocOptions,
  blocsOf,
  type Jurisdiction,
  jurisdictionLineage,
} from './jurisdiction.js';
import { appliesOn, type LegalStatus } from './legal-row.js';
import { REGIME_ROWS } from './rules/regimes.js';
import { calendarDateIn, type DateInput, parseInstant } from './time-zone.js';

/** Every data-protection regime Pledge knows. */
export const REGIME_IDS = [
  'gdpr',
  'uk-gdpr',
  'ch-fadp',
  'ccpa',
  'coppa',
  'us-va-cdpa',
  'us-co-cpa',
  'us-ct-dpa',
  'us-tx-dpsa',
  'us-ut-cpa',
  'lgpd',
  'pipeda',
  'qc-law25',
  'pipl',
  'appi',
  'kr-pipa',
  'in-dpdp',
  'au-privacy-act',
] as const;

/**
 * A data-protection regime: `gdpr` (EU/EEA), `uk-gdpr`, `ch-fadp` (Switzerland), `ccpa`
 * (California, as amended by the CPRA), `coppa` (US children under 13), the US state laws of
 * Virginia, Colorado, Connecticut, Texas and Utah, `lgpd` (Brazil), `pipeda` (Canada),
 * `qc-law25` (Québec), `pipl` (China), `appi` (Japan), `kr-pipa` (South Korea), `in-dpdp`
 * (India) and `au-privacy-act` (Australia).
 */
export type RegimeId = (typeof REGIME_IDS)[number];

/** One dated application of a regime to a set of jurisdictions. */
export interface RegimeRow {
  readonly regime: RegimeId;
  /** Name of the law. */
  readonly name: string;
  /** Countries, subdivisions or blocs (`EU`, `EEA`) the row covers. */
  readonly jurisdictions: readonly string[];
  /** First day the regime applies there (inclusive). */
  readonly validFrom: CalendarDate;
  /** Last day it applies (inclusive); absent while in force. */
  readonly validTo?: CalendarDate;
  readonly status: LegalStatus;
  readonly citation: Citation;
  readonly note?: string;
}

/** A regime that applies to a jurisdiction on a date, with the row that made it apply. */
export interface RegimeMatch {
  readonly regime: RegimeId;
  readonly name: string;
  /** The code in the row that matched: the jurisdiction, a parent, its country or a bloc. */
  readonly matchedBy: string;
  readonly validFrom: CalendarDate;
  readonly validTo?: CalendarDate;
  readonly citation: Citation;
}

/** Options for {@link regimesFor}. */
export interface RegimesForOptions extends BlocOptions {
  /** Replace the bundled regime table. */
  readonly regimes?: readonly RegimeRow[];
}

/**
 * Which data-protection regimes apply in `jurisdiction` on `at`. A subdivision inherits its
 * country's regimes (`US-CA` has `coppa` and `ccpa`); a country is matched through the blocs it
 * belongs to on that day (`DE` has `gdpr` through the EU; the UK had `gdpr` until 2020-12-31 and
 * `uk-gdpr` from 2021-01-01). Enjoined rows never apply; pending rows apply from their start.
 * An unknown code throws a `ValidationError`.
 *
 * @example
 * ```ts
 * regimesFor('GB', '2021-06-01').map((match) => match.regime); // ['uk-gdpr']
 * ```
 */
export function regimesFor(
  jurisdiction: Jurisdiction,
  at: DateInput,
  options: RegimesForOptions = {},
): RegimeMatch[] {
  const lineage = jurisdictionLineage(jurisdiction, 'jurisdiction');
  const instant = parseInstant(at, 'at');
  const date = calendarDateIn(instant);
  const keys = [...lineage, ...blocsOf(lineage.at(-1) as string, instant, options)];
  const matches: RegimeMatch[] = [];
  for (const row of options.regimes ?? REGIME_ROWS) {
    if (!appliesOn(row, date)) continue;
    const matchedBy = keys.find((key) => row.jurisdictions.includes(key));
    if (matchedBy === undefined) continue;
    if (matches.some((match) => match.regime === row.regime)) continue;
    matches.push({
      regime: row.regime,
      name: row.name,
      matchedBy,
      validFrom: row.validFrom,
      ...(row.validTo === undefined ? {} : { validTo: row.validTo }),
      citation: row.citation,
    });
  }
  return matches;
}

/** The bundled regime table, for documentation and audits. */
export function regimeTable(): readonly RegimeRow[] {
  return REGIME_ROWS;
}
