import { z } from 'zod';

/**
 * How sure Pledge is of a legal fact.
 *
 * - `primary`: checked against the official text (official journal, statute book, regulator).
 * - `secondary`: checked against a reputable secondary source (regulator FAQ, law firm, IAPP).
 * - `unverified`: not confirmed against any source; hosts should treat the row with care.
 */
export type Confidence = 'primary' | 'secondary' | 'unverified';

/** Where a legal value comes from. Every legal table row and every legal reason carries one. */
export interface Citation {
  /** The instrument, e.g. `Regulation (EU) 2016/679`. */
  readonly law: string;
  /** The provision, e.g. `Art. 12(3)`. */
  readonly article: string;
  /** A link to the text the value was checked against. */
  readonly url?: string;
  /** How the value was verified. */
  readonly confidence: Confidence;
  /** A short remark on scope, disagreement between sources, or what is uncertain. */
  readonly note?: string;
}

/** Accepted confidence levels, in descending order of certainty. */
export const CONFIDENCE_LEVELS = ['primary', 'secondary', 'unverified'] as const;

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
