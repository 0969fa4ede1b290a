/**
 * `@pledge/core/schemas`: zod schemas for the core vocabulary, for hosts and packages that
 * validate configuration with zod. They live apart from the main entry so that a browser
 * bundle that validates by hand (or not at all) does not carry zod.
 *
 * @module @pledge/core/schemas
 */
import { z } from 'zod';
import { isCalendarDate } from './calendar-date.js';
import { type Citation, CONFIDENCE_LEVELS } from './citation.js';
import { isDuration } from './duration.js';
import { isJurisdiction, type Jurisdiction } from './jurisdiction.js';
import { type DatedRow, LEGAL_STATUSES } from './legal-row.js';
import { REGIME_IDS, type RegimeId } from './regime.js';
import { isTenantId, TENANT_ID_RULE } from './tenant.js';

/** zod schema for {@link Citation}, for host-supplied rules and policies. */
export const citationSchema: z.ZodType<Citation> = z
  .object({
    law: z.string().min(1).max(500),
    article: z.string().min(1).max(200),
    url: z.url().max(2000).exactOptional(),
    confidence: z.enum(CONFIDENCE_LEVELS),
    note: z.string().max(2000).exactOptional(),
  })
  .strict();

/** zod schema for an ISO 8601 duration string. */
export const durationSchema: z.ZodType<string> = z
  .string()
  .refine(isDuration, { message: 'expected an ISO 8601 duration such as P14D, P1M or PT72H' });

/** zod schema for a jurisdiction code, for host-supplied configuration. */
export const jurisdictionSchema: z.ZodType<Jurisdiction> = z.string().refine(isJurisdiction, {
  message:
    'expected an ISO 3166-1 alpha-2 country code (DE) or an ISO 3166-2 subdivision code (US-CA)',
});

/** zod schema for the dated part of a legal row, for host-supplied tables. */
export const datedRowSchema: z.ZodType<DatedRow> = z
  .object({
    validFrom: z
      .string()
      .refine(isCalendarDate, { message: 'expected a calendar date YYYY-MM-DD' }),
    validTo: z
      .string()
      .refine(isCalendarDate, { message: 'expected a calendar date YYYY-MM-DD' })
      .exactOptional(),
    status: z.enum(LEGAL_STATUSES),
    citation: citationSchema,
  })
  .refine((row) => row.validTo === undefined || row.validFrom <= row.validTo, {
    message: 'validTo must not be before validFrom',
    path: ['validTo'],
  });

/** zod schema for a {@link RegimeId}. */
export const regimeIdSchema: z.ZodType<RegimeId> = z.enum(REGIME_IDS);

/** zod schema for a tenant id (see `isTenantId`). */
export const tenantIdSchema: z.ZodType<string> = z
  .string()
  .refine(isTenantId, { message: TENANT_ID_RULE });
