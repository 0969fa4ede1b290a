import { parseInstant } from '@pledge/core';
import { z } from 'zod';

/** One published version of the privacy notice. */
export interface PolicyVersion {
  /** Identifier the host shows and records with each choice, e.g. `2026-01`. */
  readonly id: string;
  /** When the version applies (ISO 8601 instant or date). */
  readonly effectiveFrom: string;
  /**
   * A material change: consents given under earlier versions lapse for the affected purposes
   * once this version applies, and the subject must be asked again. Non-material versions carry
   * earlier consents over.
   */
  readonly material: boolean;
  /** Purposes the material change affects; all purposes when absent. */
  readonly affectedPurposes?: readonly string[];
  /** When the change was announced (seed policies promise 30 days' notice before it applies). */
  readonly announcedAt?: string;
  /** Where the text of this version is published (receipts link to it). */
  readonly url?: string;
}

/** The host's notice history, oldest version first. */
export interface ConsentPolicy {
  readonly versions: readonly PolicyVersion[];
}

const instantString = z.string().refine(
  (value) => {
    try {
      parseInstant(value);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'expected an ISO 8601 date or date-time with an offset' },
);

/** zod schema for a {@link ConsentPolicy}: versions in order, ids unique. */
export const consentPolicySchema: z.ZodType<ConsentPolicy> = z
  .object({
    versions: z
      .array(
        z
          .object({
            id: z.string().min(1).max(100),
            effectiveFrom: instantString,
            material: z.boolean(),
            affectedPurposes: z.array(z.string().min(1)).exactOptional(),
            announcedAt: instantString.exactOptional(),
            url: z.url().exactOptional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((policy, context) => {
    const seen = new Set<string>();
    let previous = Number.NEGATIVE_INFINITY;
    policy.versions.forEach((version, index) => {
      if (seen.has(version.id)) {
        context.addIssue({
          code: 'custom',
          message: 'duplicate version id',
          path: ['versions', index, 'id'],
        });
      }
      seen.add(version.id);
      const from = parseInstant(version.effectiveFrom).getTime();
      if (from < previous) {
        context.addIssue({
          code: 'custom',
          message: 'versions must be in order of effectiveFrom',
          path: ['versions', index, 'effectiveFrom'],
        });
      }
      previous = from;
    });
  });

/** A version with its instants pre-computed, for the hot path. */
export interface CompiledPolicyVersion {
  readonly id: string;
  readonly index: number;
  readonly effectiveFromMs: number;
  readonly material: boolean;
  readonly affects: (purpose: string) => boolean;
  readonly url?: string;
}

/** Compiles a validated policy: instants as epoch milliseconds, lookups by id. */
export function compilePolicy(policy: ConsentPolicy): {
  readonly versions: readonly CompiledPolicyVersion[];
  readonly byId: ReadonlyMap<string, CompiledPolicyVersion>;
} {
  const versions = policy.versions.map((version, index): CompiledPolicyVersion => {
    const affected =
      version.affectedPurposes === undefined ? undefined : new Set(version.affectedPurposes);
    return {
      id: version.id,
      index,
      effectiveFromMs: parseInstant(version.effectiveFrom).getTime(),
      material: version.material,
      affects: (purpose) => affected === undefined || affected.has(purpose),
      ...(version.url === undefined ? {} : { url: version.url }),
    };
  });
  return { versions, byId: new Map(versions.map((version) => [version.id, version])) };
}
