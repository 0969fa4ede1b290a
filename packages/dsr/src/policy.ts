import { type Citation, isDuration } from '@pledge/core';
import { citationSchema, durationSchema } from '@pledge/core/schemas';
import { z } from 'zod';
import { type RequestType, requestTypeSchema } from './request.js';

/**
 * What the host's own privacy policy promises about requests. A policy may only be stricter
 * than the law: when its date is earlier, it binds, and the deadline says which bound.
 *
 * @example
 * ```ts
 * // Planfix: "access, correction and deletion requests are answered within 30 days".
 * const policy: DsrPolicy = {
 *   respondWithin: 'P30D',
 *   requestTypes: ['access', 'rectification', 'erasure'],
 * };
 * ```
 */
export interface DsrPolicy {
  /** Promised response time from receipt, as an ISO 8601 duration in days, weeks or months. */
  readonly respondWithin?: string;
  /** Request types the promise covers (default: all). */
  readonly requestTypes?: readonly RequestType[];
  /**
   * Honour rights wherever the subject lives (Workpex: "regardless of residence"): where no
   * regime applies, the policy deadline is used instead of reporting `no-deadline`.
   */
  readonly honourRightsEverywhere?: boolean;
  /** Grace window before an erasure executes, during which it can be cancelled (e.g. `P7D`). */
  readonly erasureGraceWindow?: string;
  /** Where the policy makes the promise (default: "Host privacy policy"). */
  readonly citation?: Citation;
}

const calendarDuration = durationSchema.refine(
  (value) => isDuration(value) && !value.includes('T'),
  { message: 'expected whole days, weeks, months or years' },
);

/** zod schema for a {@link DsrPolicy}. */
export const dsrPolicySchema: z.ZodType<DsrPolicy> = z
  .object({
    respondWithin: calendarDuration.exactOptional(),
    requestTypes: z.array(requestTypeSchema).max(20).readonly().exactOptional(),
    honourRightsEverywhere: z.boolean().exactOptional(),
    erasureGraceWindow: durationSchema.exactOptional(),
    citation: citationSchema.exactOptional(),
  })
  .strict();

/** The citation used for a policy promise when the policy names none. */
export const DEFAULT_POLICY_CITATION: Citation = {
  law: 'Host privacy policy',
  article: 'Response time for data-subject requests',
  confidence: 'primary',
  note: "The host's own published promise; binds when stricter than the law.",
};
