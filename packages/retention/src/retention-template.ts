import { invalidInput, parseInput } from '@pledge/core';
import { tenantIdSchema } from '@pledge/core/schemas';
import { z } from 'zod';
import type { RetentionRule, RetentionScope } from './retention-rule.js';
import { RETENTION_TEMPLATES } from './rules/retention-templates.js';

/** Options of {@link retentionTemplate}. */
export interface RetentionTemplateOptions {
  /** Id of the adopted rule (default: the template id). */
  readonly id?: string;
  /** Scope fields to override, e.g. the host's own category name or a tenant. */
  readonly scope?: Partial<RetentionScope>;
}

const optionsSchema = z
  .object({
    id: z.string().min(1).max(80).exactOptional(),
    scope: z
      .object({
        category: z.string().min(1).max(200).exactOptional(),
        purpose: z.string().min(1).max(200).exactOptional(),
        tenant: tenantIdSchema.exactOptional(),
      })
      .strict()
      .exactOptional(),
  })
  .strict();

/**
 * A copy of a ready-made rule from {@link RETENTION_TEMPLATES}, to put in a policy. Check the
 * template row's `validFrom`/`validTo` and `citation.confidence` before adopting it: rows from
 * seed policies are organisational promises, and several legal rows rest on secondary sources.
 *
 * @example
 * ```ts
 * const policy = defineRetentionPolicy({
 *   rules: [retentionTemplate('host-server-logs-14d'), retentionTemplate('planfix-account-lifecycle')],
 * });
 * ```
 */
export function retentionTemplate(
  templateId: string,
  options: RetentionTemplateOptions = {},
): RetentionRule {
  const template = RETENTION_TEMPLATES.find((row) => row.id === templateId);
  if (template === undefined) {
    return invalidInput(
      { scope: '@pledge/retention', field: 'templateId' },
      'unknown_template',
      'expected a template id from RETENTION_TEMPLATES',
    );
  }
  const parsed = parseInput(optionsSchema, options, {
    scope: '@pledge/retention',
    field: 'options',
  });
  const scope: RetentionScope = {
    ...template.rule.scope,
    ...(parsed.scope as Partial<RetentionScope> | undefined),
  };
  return structuredClone({ ...template.rule, id: parsed.id ?? template.rule.id, scope });
}
