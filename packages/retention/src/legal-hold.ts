import { type Citation, type DateInput, isCalendarDate, parseInstant } from '@pledge/core';
import { citationSchema } from '@pledge/core/schemas';
import { z } from 'zod';

/**
 * Which records a hold covers. Every field that is set must match (they combine with AND), and
 * at least one of `subject`, `tenant` or `category` must be set. A DSR restriction hold (GDPR
 * Art. 18: processing restricted while a request is disputed) carries the request id and names
 * its subject.
 */
export interface LegalHoldScope {
  /** Pseudonymous id of the data subject. */
  readonly subject?: string;
  /** Tenant whose records are held. */
  readonly tenant?: string;
  /** Data category held. */
  readonly category?: string;
  /** The DSR request that restricted processing; requires `subject`. */
  readonly dsrRequestId?: string;
}

/**
 * A legal hold: while active (from `placedAt`, until `releasedAt` if set) it blocks every
 * destructive action (`anonymize`, `delete`, `purge`) on the records it covers, whatever the
 * rules say. GDPR Art. 17(3)(e) keeps data needed for legal claims for as long as the
 * proceedings last, so a hold has no fixed end: it is released by the host.
 */
export interface LegalHold {
  /** Stable id, reported in decisions. */
  readonly id: string;
  /** Which records it covers. */
  readonly scope: LegalHoldScope;
  /** When the hold took effect. */
  readonly placedAt: DateInput;
  /** When it was lifted; absent while active. The hold no longer applies from this instant. */
  readonly releasedAt?: DateInput;
  /** Why (a case number, a regulator's letter). Not personal data. */
  readonly reason: string;
  /** The law behind the hold, when there is one. */
  readonly citation?: Citation;
}

const dateInputSchema = z.union([
  z.date(),
  z.string().refine(
    (value) => {
      if (isCalendarDate(value)) return true;
      try {
        parseInstant(value);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'expected an ISO 8601 date-time with Z or an offset, or a date YYYY-MM-DD' },
  ),
]);

const labelSchema = z.string().min(1).max(200);

// zod may run the object refinement even when a field failed, so this must not throw.
function instantOrNaN(value: unknown): number {
  if (value === undefined) return Number.NaN;
  try {
    return parseInstant(value).getTime();
  } catch {
    return Number.NaN;
  }
}

/** zod schema for {@link LegalHold}. */
export const legalHoldSchema: z.ZodType<LegalHold> = z
  .object({
    id: z.string().min(1).max(120),
    scope: z
      .object({
        subject: labelSchema.exactOptional(),
        tenant: labelSchema.exactOptional(),
        category: labelSchema.exactOptional(),
        dsrRequestId: labelSchema.exactOptional(),
      })
      .strict()
      .refine(
        (scope) =>
          scope.subject !== undefined || scope.tenant !== undefined || scope.category !== undefined,
        { message: 'expected at least one of subject, tenant or category' },
      )
      .refine((scope) => scope.dsrRequestId === undefined || scope.subject !== undefined, {
        message: 'a DSR restriction hold names the subject of the request',
        path: ['subject'],
      }),
    placedAt: dateInputSchema,
    releasedAt: dateInputSchema.exactOptional(),
    reason: z.string().min(1).max(500),
    citation: citationSchema.exactOptional(),
  })
  .strict()
  .refine((hold) => !(instantOrNaN(hold.releasedAt) < instantOrNaN(hold.placedAt)), {
    message: 'releasedAt must not be before placedAt',
    path: ['releasedAt'],
  });

/** A hold with its instants read once, for the evaluation hot path. */
export interface CompiledHold {
  readonly hold: LegalHold;
  readonly placedMs: number;
  readonly releasedMs: number;
}

/** Reads the instants of a validated hold. */
export function compileHold(hold: LegalHold): CompiledHold {
  return {
    hold,
    placedMs: parseInstant(hold.placedAt).getTime(),
    releasedMs:
      hold.releasedAt === undefined
        ? Number.POSITIVE_INFINITY
        : parseInstant(hold.releasedAt).getTime(),
  };
}

/** True when the hold is in force at `atMs`: placed at or before it and not yet released. */
export function isHoldActive(hold: CompiledHold, atMs: number): boolean {
  return hold.placedMs <= atMs && atMs < hold.releasedMs;
}

/** True when the hold's scope covers a record with these fields. */
export function holdCovers(
  scope: LegalHoldScope,
  category: string,
  subject: string | undefined,
  tenant: string | undefined,
): boolean {
  return (
    (scope.subject === undefined || scope.subject === subject) &&
    (scope.tenant === undefined || scope.tenant === tenant) &&
    (scope.category === undefined || scope.category === category)
  );
}
