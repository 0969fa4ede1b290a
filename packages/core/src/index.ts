/**
 * `@pledge/core`: the vocabulary every Pledge package speaks.
 *
 * - Jurisdictions (ISO 3166-1/-2) and dated EU/EEA membership; regimes and {@link regimesFor}.
 * - {@link Citation}, {@link Reason}, {@link Decision}: decisions are values that explain
 *   themselves.
 * - {@link PledgeError} and {@link ValidationError}.
 * - {@link Clock}, {@link systemClock}, {@link createSimulatedClock}: time is injected.
 * - Legal date arithmetic: calendar dates, ISO 8601 durations, Regulation 1182/71 periods,
 *   business days with holiday calendars, time zones.
 * - Canonical JSON (RFC 8785), SHA-256 and hash chains for append-only evidence.
 *
 * @module @pledge/core
 */
export {
  addBusinessDays,
  businessDaysBetween,
  nextWorkingDay,
  rollForwardToWorkingDay,
} from './business-days.js';
export {
  addDays,
  addMonths,
  type CalendarDate,
  compareCalendarDates,
  dateParts,
  daysBetween,
  daysInMonth,
  endOfCalendarYear,
  epochDayOf,
  formatCalendarDate,
  fromEpochDay,
  type IsoWeekday,
  isCalendarDate,
  isLeapYear,
  isoWeekday,
  parseCalendarDate,
  shiftEpochDay,
  toEpochDay,
  yearOfEpochDay,
} from './calendar-date.js';
export { canonicalJson, type JsonValue } from './canonical-json.js';
export { type Citation, CONFIDENCE_LEVELS, type Confidence, parseCitation } from './citation.js';
export { type Clock, createSimulatedClock, type SimulatedClock, systemClock } from './clock.js';
export { ConflictError } from './conflict-error.js';
export type { DataCategoryDescription } from './data-category.js';
export {
  type AddDurationOptions,
  addDuration,
  addDurationToDate,
  formatDuration,
  type IsoDuration,
  isDuration,
  parseDuration,
} from './duration.js';
export {
  appendLink,
  type ChainEntry,
  type ChainFailureCode,
  type ChainHead,
  type ChainLink,
  type ChainVerification,
  EMPTY_CHAIN_HEAD,
  GENESIS_HASH,
  linkHash,
  linkHashOfCanonical,
  type VerifyChainOptions,
  verifyChain,
} from './hash-chain.js';
export {
  createFixedHolidayCalendar,
  type HolidayCalendar,
  type HolidayCalendarOptions,
  isWorkingDay,
} from './holiday-calendar.js';
export {
  BLOCS,
  type Bloc,
  type BlocMembershipRow,
  type BlocOptions,
  blocMembers,
  blocMembership,
  blocsOf,
  isJurisdiction,
  type Jurisdiction,
  type JurisdictionInfo,
  jurisdictionLineage,
  parseJurisdiction,
} from './jurisdiction.js';
export {
  type LegalPeriodEnd,
  type LegalPeriodOptions,
  type LegalPeriodReasonCode,
  legalPeriodEnd,
  REGULATION_1182_71,
} from './legal-period.js';
export {
  appliesOn,
  type DatedRow,
  isWithinValidity,
  LEGAL_STATUSES,
  type LegalRow,
  type LegalStatus,
} from './legal-row.js';
export { PledgeError, type PledgeErrorOptions } from './pledge-error.js';
export { type Decision, type Reason, reason } from './reason.js';
export {
  REGIME_IDS,
  type RegimeId,
  type RegimeMatch,
  type RegimeRow,
  type RegimesForOptions,
  regimesFor,
  regimeTable,
} from './regime.js';
export {
  createHmacSha256Hex,
  fromBase64,
  hmacSha256Hex,
  sha256,
  sha256Hex,
  toBase64,
  toHex,
  utf8,
} from './sha256.js';
export { StoreUnavailableError } from './store-unavailable-error.js';
export { isTenantId, parseTenantId, TENANT_ID_RULE } from './tenant.js';
export {
  calendarDateIn,
  type DateInput,
  endOfDay,
  isTimeZone,
  millisecondOfDayIn,
  parseInstant,
  parseTimeZone,
  startOfDay,
  zonedInstant,
} from './time-zone.js';
export {
  formatPath,
  type InputContext,
  invalidInput,
  isRecord,
  parseInput,
  requireInteger,
  requireJsonText,
  requireOneOf,
  requireRecord,
  requireText,
} from './validate.js';
export { ValidationError, type ValidationIssue } from './validation-error.js';
