import {
  addBusinessDays,
  addDays,
  addDurationToDate,
  addMonths,
  appliesOn,
  type CalendarDate,
  type Citation,
  calendarDateIn,
  createFixedHolidayCalendar,
  daysBetween,
  endOfDay,
  type HolidayCalendar,
  invalidInput,
  parseInput,
  parseInstant,
  REGULATION_1182_71,
  type Reason,
  type RegimeId,
  reason,
  rollForwardToWorkingDay,
  ValidationError,
} from '@pledge/core';
import { createHolidayCalendar } from '@pledge/core/holidays';
import { z } from 'zod';
import { DEFAULT_POLICY_CITATION, type DsrPolicy, dsrPolicySchema } from './policy.js';
import { type DsrRequest, dsrRequestSchema, instantSchema, isClosedState } from './request.js';
import {
  APPEAL_RULES,
  type AppealRule,
  type CountingRule,
  DEADLINE_RULES,
  type DeadlineRule,
  type PeriodSpec,
} from './rules/deadlines.js';

const SCOPE = '@pledge/dsr';

/** Reason codes {@link computeDeadline} can give. */
export type DeadlineReasonCode =
  | 'DEADLINE_RULE_APPLIED'
  | 'CLOCK_STARTED_AT_RECEIPT'
  | 'CLOCK_STARTED_AT_IDENTITY'
  | 'CLOCK_STARTED_AT_FEE'
  | 'PERIOD_ENDS_ON_SAME_DATE'
  | 'PERIOD_ENDS_ON_LAST_DAY_OF_MONTH'
  | 'PERIOD_ENDS_ON_NON_WORKING_DAY'
  | 'RECEIPT_IS_DAY_ONE'
  | 'CLOCK_PAUSED'
  | 'PAUSE_NOT_ALLOWED'
  | 'EXTENSION_APPLIED'
  | 'EXTENSION_NOTICE_TOO_LATE'
  | 'EXTENSION_NOT_AVAILABLE'
  | 'EXTENSION_ALREADY_NOTICED'
  | 'NO_STATUTORY_EXTENSION_CAP'
  | 'ACKNOWLEDGEMENT_DUE'
  | 'OTHER_REGIME_DEADLINE'
  | 'POLICY_DEADLINE_BINDS'
  | 'LEGAL_DEADLINE_BINDS'
  | 'POLICY_DEADLINE_ONLY'
  | 'NO_REGIME_FOR_JURISDICTION'
  | 'NO_STATUTORY_DEADLINE'
  | 'APPEAL_DECISION_DUE'
  | 'NO_APPEAL_PERIOD'
  | 'HOLIDAY_CALENDAR_UNAVAILABLE';

/** What an extension can still do. */
export interface ExtensionStatus {
  /** True when notice of an extension given now would be accepted. */
  readonly allowed: boolean;
  /** True when a valid extension notice is on the clock. */
  readonly noticed: boolean;
  /** Last day on which notice of an extension may be given. */
  readonly noticeBy?: CalendarDate;
}

/** A deadline derived from the request's clock events. */
export interface DueDeadline {
  /** A deadline applies. */
  readonly outcome: 'due';
  /** `response` to the request, or the decision on an `appeal`. */
  readonly kind: 'response' | 'appeal';
  /** The last day to respond (after any roll-forward and extension). */
  readonly due: CalendarDate;
  /** The instant `due` expires: end of that day in the request's time zone. */
  readonly dueAt: string;
  /** The binding date before roll-forward to a working day (a conservative target). */
  readonly nominalDue: CalendarDate;
  /** The latest date an extension could reach; absent when the regime sets no cap. */
  readonly latest?: CalendarDate;
  /** Extension status. */
  readonly extension: ExtensionStatus;
  /** Acknowledgement of receipt, where the regime requires one. */
  readonly acknowledgement?: { readonly due: CalendarDate; readonly dueAt: string };
  /** The day the clock started (receipt, identity or fee). */
  readonly clockStart: CalendarDate;
  /** Days the clock stood still (only where the regime allows a pause). */
  readonly pausedDays: number;
  /** True while a pause that stops the clock is running. */
  readonly paused: boolean;
  /** Whether the law or the host policy gave the binding date. */
  readonly binding: 'law' | 'policy';
  /** The regime whose rule binds (absent when only the policy applies). */
  readonly regime?: RegimeId;
  /** The id of the binding rule row. */
  readonly rule?: string;
  /** True when `at` is after `dueAt` and the request is still open. */
  readonly overdue: boolean;
  /** How the dates were found, with citations. */
  readonly reasons: readonly Reason<DeadlineReasonCode>[];
}

/** No deadline applies: an explicit outcome the host must handle, never a silent default. */
export interface NoDeadline {
  /** No deadline applies. */
  readonly outcome: 'no-deadline';
  /** `response` or `appeal`. */
  readonly kind: 'response' | 'appeal';
  /** Why (e.g. `NO_REGIME_FOR_JURISDICTION`, `NO_STATUTORY_DEADLINE`). */
  readonly reasons: readonly Reason<DeadlineReasonCode>[];
}

/** Result of {@link computeDeadline}. */
export type Deadline = DueDeadline | NoDeadline;

/** Options for {@link computeDeadline}. */
export interface ComputeDeadlineOptions {
  /** The instant to evaluate at (ongoing pauses count up to it; extension windows close). */
  readonly at: string | Date;
  /** The host's policy promises. */
  readonly policy?: DsrPolicy;
  /** Replace the bundled deadline table. */
  readonly rules?: readonly DeadlineRule[];
  /** Replace the bundled appeal table. */
  readonly appealRules?: readonly AppealRule[];
  /**
   * Holiday calendar for business days and Regulation 1182/71 roll-forward (default:
   * `createHolidayCalendar(request.jurisdiction)`). Regulation 1182/71 Art. 2(1) uses the
   * holidays of the place where action is taken: pass the controller's calendar if it differs.
   */
  readonly calendar?: HolidayCalendar;
}

const optionsSchema = z
  .object({
    at: instantSchema,
    policy: dsrPolicySchema.exactOptional(),
    rules: z.array(z.looseObject({ id: z.string() })).exactOptional(),
    appealRules: z.array(z.looseObject({ id: z.string() })).exactOptional(),
    calendar: z
      .looseObject({
        isHoliday: z.custom<(date: string) => boolean>((v) => typeof v === 'function'),
      })
      .exactOptional(),
  })
  .strict();

// Regulation 1182/71 is cited with 'secondary' confidence here: its application to GDPR
// Art. 12(3) is an interpretation (the ICO counts the same way), not settled law.
const REG_1182_FOR_DSR: Citation = {
  ...REGULATION_1182_71,
  confidence: 'secondary',
  note: 'Applied to GDPR/UK GDPR Art. 12(3) by interpretation: Art. 1 covers acts of the Council or Commission; the ICO applies the same counting.',
};

interface PeriodEnd {
  readonly end: CalendarDate;
  readonly nominal: CalendarDate;
  readonly reasons: Reason<DeadlineReasonCode>[];
}

function periodEnd(
  start: CalendarDate,
  period: PeriodSpec,
  counting: CountingRule,
  calendar: HolidayCalendar,
  pausedDays: number,
  citation: Citation,
): PeriodEnd {
  const reasons: Reason<DeadlineReasonCode>[] = [];
  if (period.unit === 'business-days') {
    const end = addBusinessDays(start, period.amount, calendar);
    return { end, nominal: end, reasons };
  }
  let base: CalendarDate;
  if (period.unit === 'months') {
    base = addMonths(start, period.amount);
    const clamped = base.slice(8) !== start.slice(8);
    reasons.push(
      reason(
        clamped ? 'PERIOD_ENDS_ON_LAST_DAY_OF_MONTH' : 'PERIOD_ENDS_ON_SAME_DATE',
        { from: start, nominalEnd: base },
        { ...REG_1182_FOR_DSR, article: 'Art. 3(1), 3(2)(c)' },
      ),
    );
  } else if (counting === 'receipt-is-day-one') {
    base = addDays(start, period.amount - 1);
    reasons.push(reason('RECEIPT_IS_DAY_ONE', { from: start, days: period.amount }, citation));
  } else {
    base = addDays(start, period.amount);
  }
  const nominal = addDays(base, pausedDays);
  if (counting !== 'regulation-1182-71') return { end: nominal, nominal, reasons };
  const end = rollForwardToWorkingDay(nominal, calendar);
  if (end !== nominal) {
    reasons.push(
      reason(
        'PERIOD_ENDS_ON_NON_WORKING_DAY',
        { nominalEnd: nominal, end, calendar: calendar.jurisdiction },
        { ...REG_1182_FOR_DSR, article: 'Art. 3(4)' },
      ),
    );
  }
  return { end, nominal, reasons };
}

function sumPeriods(a: PeriodSpec, b: PeriodSpec): PeriodSpec {
  if (a.unit !== b.unit) {
    // Tables never mix units within a row; a host table that does is a configuration fault.
    invalidInput(
      { scope: SCOPE, field: 'options.rules' },
      'invalid_rule',
      'extension unit must match the response period unit',
    );
  }
  return { amount: a.amount + b.amount, unit: a.unit };
}

function dateOf(at: string, timeZone: string): CalendarDate {
  return calendarDateIn(new Date(at), timeZone);
}

function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

interface RowResult {
  readonly rule: DeadlineRule;
  readonly due: CalendarDate;
  readonly nominalDue: CalendarDate;
  readonly latest?: CalendarDate;
  readonly extension: ExtensionStatus;
  readonly acknowledgement?: CalendarDate;
  readonly clockStart: CalendarDate;
  readonly pausedDays: number;
  readonly paused: boolean;
  readonly reasons: Reason<DeadlineReasonCode>[];
}

function evaluateRule(
  rule: DeadlineRule,
  request: DsrRequest,
  atDate: CalendarDate,
  calendar: HolidayCalendar,
): RowResult {
  const zone = request.timeZone;
  const reasons: Reason<DeadlineReasonCode>[] = [
    reason(
      'DEADLINE_RULE_APPLIED',
      { rule: rule.id, regime: rule.regime, type: request.type },
      rule.citation,
    ),
  ];
  const receipt = dateOf(request.clock[0]?.at ?? '', zone);
  let clockStart = receipt;
  let trigger: 'RECEIPT' | 'IDENTITY' | 'FEE' = 'RECEIPT';
  if (rule.clockStart === 'latest-of-receipt-identity-fee') {
    for (const event of request.clock) {
      if (event.kind !== 'identity-verified' && event.kind !== 'fee-paid') continue;
      const date = dateOf(event.at, zone);
      if (date > clockStart) {
        clockStart = date;
        trigger = event.kind === 'fee-paid' ? 'FEE' : 'IDENTITY';
      }
    }
  }
  reasons.push(reason(`CLOCK_STARTED_AT_${trigger}`, { date: clockStart }, rule.citation));

  // Clarification pauses: from the day the controller asks to the day the answer arrives.
  let pauseDays = 0;
  let open: CalendarDate | undefined;
  for (const event of request.clock) {
    if (event.kind === 'clarification-requested' && open === undefined)
      open = dateOf(event.at, zone);
    if (event.kind === 'clarification-received' && open !== undefined) {
      pauseDays += Math.max(0, daysBetween(open, dateOf(event.at, zone)));
      open = undefined;
    }
  }
  const ongoing = open !== undefined;
  if (open !== undefined) pauseDays += Math.max(0, daysBetween(open, atDate));
  const pauseApplies = rule.pause?.requestTypes.includes(request.type) === true;
  const pausedDays = pauseApplies ? pauseDays : 0;
  const hadPause =
    ongoing || request.clock.some((event) => event.kind === 'clarification-requested');
  if (hadPause && rule.pause !== undefined && pauseApplies) {
    reasons.push(reason('CLOCK_PAUSED', { days: pauseDays, ongoing }, rule.pause.citation));
  } else if (hadPause) {
    reasons.push(
      reason('PAUSE_NOT_ALLOWED', { days: pauseDays, regime: rule.regime }, rule.citation),
    );
  }

  const initial = periodEnd(
    clockStart,
    rule.respond,
    rule.counting,
    calendar,
    pausedDays,
    rule.citation,
  );
  reasons.push(...initial.reasons);

  const extension = rule.extension;
  let accepted: { readonly until?: CalendarDate } | undefined;
  for (const event of request.clock) {
    if (event.kind !== 'extension-noticed') continue;
    const noticed = dateOf(event.at, zone);
    if (extension === undefined) {
      reasons.push(reason('EXTENSION_NOT_AVAILABLE', { regime: rule.regime }, rule.citation));
    } else if (accepted !== undefined) {
      reasons.push(reason('EXTENSION_ALREADY_NOTICED', { noticed }, extension.citation));
    } else if (noticed > initial.end) {
      reasons.push(
        reason('EXTENSION_NOTICE_TOO_LATE', { noticed, noticeBy: initial.end }, extension.citation),
      );
    } else {
      accepted = event.until === undefined ? {} : { until: event.until };
    }
  }

  let due = initial.end;
  let nominalDue = initial.nominal;
  let latest: CalendarDate | undefined = initial.end;
  if (extension?.kind === 'fixed') {
    const total = periodEnd(
      clockStart,
      sumPeriods(rule.respond, extension.by),
      rule.counting,
      calendar,
      pausedDays,
      rule.citation,
    );
    latest = total.end;
    if (accepted !== undefined) {
      due = total.end;
      nominalDue = total.nominal;
      reasons.push(
        reason(
          'EXTENSION_APPLIED',
          { due, by: `${extension.by.amount} ${extension.by.unit}` },
          extension.citation,
        ),
      );
    }
  } else if (extension?.kind === 'stated-date') {
    latest = accepted?.until === undefined ? undefined : maxDate(accepted.until, initial.end);
    if (accepted !== undefined) {
      due = maxDate(accepted.until ?? initial.end, initial.end);
      nominalDue = due;
      reasons.push(reason('EXTENSION_APPLIED', { due }, extension.citation));
    } else {
      reasons.push(
        reason('NO_STATUTORY_EXTENSION_CAP', { noticeBy: initial.end }, extension.citation),
      );
    }
  }

  let acknowledgement: CalendarDate | undefined;
  if (rule.acknowledge !== undefined) {
    acknowledgement = periodEnd(
      receipt,
      rule.acknowledge.within,
      'days-after-receipt',
      calendar,
      0,
      rule.acknowledge.citation,
    ).end;
    reasons.push(
      reason('ACKNOWLEDGEMENT_DUE', { due: acknowledgement }, rule.acknowledge.citation),
    );
  }

  return {
    rule,
    due,
    nominalDue,
    ...(latest === undefined ? {} : { latest }),
    extension: {
      allowed: extension !== undefined && accepted === undefined && atDate <= initial.end,
      noticed: accepted !== undefined,
      ...(extension === undefined ? {} : { noticeBy: initial.end }),
    },
    ...(acknowledgement === undefined ? {} : { acknowledgement }),
    clockStart,
    pausedDays,
    paused: ongoing && pauseApplies,
    reasons,
  };
}

function calendarFor(
  request: DsrRequest,
  given: HolidayCalendar | undefined,
  reasons: Reason<DeadlineReasonCode>[],
): HolidayCalendar {
  if (given !== undefined) return given;
  try {
    return createHolidayCalendar(request.jurisdiction);
  } catch (error) {
    if (!ValidationError.isInstance(error)) throw error;
    // No holiday data for the country: weekends only, and the host is told so.
    reasons.push(reason('HOLIDAY_CALENDAR_UNAVAILABLE', { jurisdiction: request.jurisdiction }));
    return createFixedHolidayCalendar(request.jurisdiction, []);
  }
}

function isAppealStage(request: DsrRequest): boolean {
  return request.type === 'appeal' || request.state.startsWith('appeal-');
}

function appealDeadline(
  request: DsrRequest,
  rules: readonly AppealRule[],
  at: Date,
  calendar: HolidayCalendar,
): Deadline {
  const received =
    [...request.clock].reverse().find((event) => event.kind === 'appeal-received') ??
    request.clock[0];
  const receipt = dateOf(received?.at ?? '', request.timeZone);
  const candidates = rules.filter(
    (rule) => request.regimes.includes(rule.regime) && appliesOn(rule, receipt),
  );
  if (candidates.length === 0) {
    return {
      outcome: 'no-deadline',
      kind: 'appeal',
      reasons: [reason('NO_APPEAL_PERIOD', { regimes: request.regimes })],
    };
  }
  const results = candidates.map((rule) => ({
    rule,
    end: periodEnd(receipt, rule.decideWithin, 'days-after-receipt', calendar, 0, rule.citation)
      .end,
  }));
  results.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  const binding = results[0]!;
  const dueAt = endOfDay(binding.end, request.timeZone);
  return {
    outcome: 'due',
    kind: 'appeal',
    due: binding.end,
    dueAt: dueAt.toISOString(),
    nominalDue: binding.end,
    latest: binding.end,
    extension: { allowed: false, noticed: false },
    clockStart: receipt,
    pausedDays: 0,
    paused: false,
    binding: 'law',
    regime: binding.rule.regime,
    rule: binding.rule.id,
    overdue: request.state === 'appeal-pending' && at.getTime() > dueAt.getTime(),
    reasons: [
      reason(
        'APPEAL_DECISION_DUE',
        { due: binding.end, rule: binding.rule.id },
        binding.rule.citation,
      ),
    ],
  };
}

/**
 * Derives a request's deadlines from its clock events, as of `at`. Nothing is stored: call it
 * again after any event (a pause, an extension notice, verified identity) and the dates move
 * as the regime says.
 *
 * - Rules come from the deadline table for each regime on the request, as in force on the
 *   day of receipt; where several regimes apply, the earliest date binds and the others are
 *   listed (`OTHER_REGIME_DEADLINE`).
 * - GDPR and UK GDPR months are counted as Regulation 1182/71 prescribes (same date next
 *   month, or the month's last day; a weekend or holiday end moves to the next working day),
 *   which the ICO also applies; the nominal date is returned as `nominalDue`.
 * - CCPA's 45 days count the day of receipt as day 1 (§7021(b)): received 2026-03-06, due
 *   2026-04-19. US state laws, LGPD, PIPEDA, Québec and Switzerland count days after receipt.
 * - Pauses move the date only where the regime stops the clock (UK Art. 12A, access requests);
 *   elsewhere they are reported as `PAUSE_NOT_ALLOWED` and change nothing.
 * - An extension counts only if noticed inside the initial period; a late notice is reported
 *   as `EXTENSION_NOTICE_TOO_LATE` and ignored.
 * - A host policy that promises less time binds when earlier (`POLICY_DEADLINE_BINDS`) and
 *   caps `latest`.
 * - In `appeal-*` states, or for an `appeal` request, the deadline is for deciding the appeal.
 *
 * @example
 * ```ts
 * const deadline = computeDeadline(request, { at: '2026-03-31T10:00:00Z' });
 * if (deadline.outcome === 'due') console.log(deadline.due, deadline.extension.allowed);
 * ```
 */
export function computeDeadline(request: DsrRequest, options: ComputeDeadlineOptions): Deadline {
  const parsed = parseInput(dsrRequestSchema, request, { scope: SCOPE, field: 'request' });
  const opts = parseInput(optionsSchema, options, { scope: SCOPE, field: 'options' });
  const at = parseInstant(opts.at, 'options.at');
  const policy = opts.policy;
  const atDate = calendarDateIn(at, parsed.timeZone);
  const extraReasons: Reason<DeadlineReasonCode>[] = [];
  const calendar = calendarFor(parsed, options.calendar, extraReasons);

  if (isAppealStage(parsed)) {
    return appealDeadline(parsed, options.appealRules ?? APPEAL_RULES, at, calendar);
  }

  const receipt = dateOf(parsed.clock[0]?.at ?? '', parsed.timeZone);
  const rules = options.rules ?? DEADLINE_RULES;
  const results: RowResult[] = [];
  for (const regime of parsed.regimes) {
    const rule = rules.find(
      (row) =>
        row.regime === regime && row.requestTypes.includes(parsed.type) && appliesOn(row, receipt),
    );
    if (rule !== undefined) results.push(evaluateRule(rule, parsed, atDate, calendar));
  }

  const policyCovers =
    policy?.respondWithin !== undefined &&
    (policy.requestTypes === undefined || policy.requestTypes.includes(parsed.type)) &&
    (parsed.regimes.length > 0 || policy.honourRightsEverywhere === true);
  const policyCitation = policy?.citation ?? DEFAULT_POLICY_CITATION;
  const policyDue =
    policyCovers && policy?.respondWithin !== undefined
      ? addDurationToDate(receipt, policy.respondWithin)
      : undefined;

  if (results.length === 0) {
    const why =
      parsed.regimes.length === 0
        ? reason('NO_REGIME_FOR_JURISDICTION', { jurisdiction: parsed.jurisdiction })
        : reason('NO_STATUTORY_DEADLINE', { regimes: parsed.regimes, type: parsed.type });
    if (policyDue === undefined) {
      return { outcome: 'no-deadline', kind: 'response', reasons: [why, ...extraReasons] };
    }
    const dueAt = endOfDay(policyDue, parsed.timeZone);
    return {
      outcome: 'due',
      kind: 'response',
      due: policyDue,
      dueAt: dueAt.toISOString(),
      nominalDue: policyDue,
      latest: policyDue,
      extension: { allowed: false, noticed: false },
      clockStart: receipt,
      pausedDays: 0,
      paused: false,
      binding: 'policy',
      overdue: !isClosedState(parsed.state) && at.getTime() > dueAt.getTime(),
      reasons: [
        why,
        reason(
          'POLICY_DEADLINE_ONLY',
          { due: policyDue, respondWithin: policy?.respondWithin },
          policyCitation,
        ),
        ...extraReasons,
      ],
    };
  }

  const sorted = [...results].sort((a, b) =>
    a.due !== b.due
      ? a.due < b.due
        ? -1
        : 1
      : (a.latest ?? '9999') < (b.latest ?? '9999')
        ? -1
        : 1,
  );
  const bound = sorted[0]!;
  const reasons: Reason<DeadlineReasonCode>[] = [...bound.reasons];
  for (const other of sorted.slice(1)) {
    reasons.push(
      reason(
        'OTHER_REGIME_DEADLINE',
        { regime: other.rule.regime, due: other.due },
        other.rule.citation,
      ),
    );
  }
  const caps = results
    .map((result) => result.latest)
    .filter((date): date is CalendarDate => date !== undefined);
  let latest: CalendarDate | undefined = caps.length > 0 ? caps.sort()[0] : undefined;
  let due = bound.due;
  let nominalDue = bound.nominalDue;
  let binding: 'law' | 'policy' = 'law';
  if (policyDue !== undefined) {
    if (policyDue < due) {
      reasons.push(reason('POLICY_DEADLINE_BINDS', { policyDue, legalDue: due }, policyCitation));
      due = policyDue;
      nominalDue = policyDue < nominalDue ? policyDue : nominalDue;
      binding = 'policy';
    } else {
      reasons.push(reason('LEGAL_DEADLINE_BINDS', { policyDue, legalDue: due }, policyCitation));
    }
    if (latest === undefined || policyDue < latest) latest = policyDue < due ? due : policyDue;
  }
  const noticeBy = sorted
    .map((result) => result.extension.noticeBy)
    .filter((date): date is CalendarDate => date !== undefined)
    .sort()[0];
  const allowed =
    results.every((result) => result.extension.allowed) && (latest === undefined || latest > due);
  const acknowledgement = results
    .map((result) => result.acknowledgement)
    .filter((date): date is CalendarDate => date !== undefined)
    .sort()[0];
  const dueAt = endOfDay(due, parsed.timeZone);
  return {
    outcome: 'due',
    kind: 'response',
    due,
    dueAt: dueAt.toISOString(),
    nominalDue,
    ...(latest === undefined ? {} : { latest }),
    extension: {
      allowed,
      noticed: bound.extension.noticed,
      ...(noticeBy === undefined ? {} : { noticeBy }),
    },
    ...(acknowledgement === undefined
      ? {}
      : {
          acknowledgement: {
            due: acknowledgement,
            dueAt: endOfDay(acknowledgement, parsed.timeZone).toISOString(),
          },
        }),
    clockStart: bound.clockStart,
    pausedDays: bound.pausedDays,
    paused: bound.paused,
    binding,
    regime: bound.rule.regime,
    rule: bound.rule.id,
    overdue: !isClosedState(parsed.state) && at.getTime() > dueAt.getTime(),
    reasons: [...reasons, ...extraReasons],
  };
}
