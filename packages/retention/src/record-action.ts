import {
  appendLink,
  type ChainVerification,
  type Clock,
  ConflictError,
  type DateInput,
  invalidInput,
  parseInput,
  verifyChain,
} from '@pledge/core';
import { tenantIdSchema } from '@pledge/core/schemas';
import { z } from 'zod';
import { readAt } from './evaluate-retention.js';
import type {
  RetentionEvidenceBody,
  RetentionEvidenceEntry,
  RetentionEvidenceStore,
} from './retention-evidence-store.js';
import { RETENTION_ACTIONS, type RetentionAction } from './retention-rule.js';

const SCOPE = '@pledge/retention';
const MAX_ATTEMPTS = 16;

/** Where {@link recordAction} writes and how it reads the time. */
export interface RecordActionContext {
  /** The evidence store. */
  readonly store: RetentionEvidenceStore;
  /** Source of `recordedAt`. */
  readonly clock: Clock;
}

/** What the host did. */
export interface RecordActionInput {
  /** Tenant whose data was acted on (one chain per tenant). */
  readonly tenant: string;
  /** The rule that made the action due. */
  readonly ruleId: string;
  /** The stage, when known. */
  readonly stageIndex?: number;
  /** The action run. */
  readonly action: RetentionAction;
  /** Rows or records affected (0 is a valid, useful record: the sweep ran and found nothing). */
  readonly rows: number;
  /** `live` (default) or `shadow` (reported, not executed). */
  readonly mode?: 'live' | 'shadow';
  /** The instant the plan or SQL was computed for. */
  readonly evaluatedAt?: DateInput;
  /** SHA-256 (hex) of the selecting statement or plan. */
  readonly selectionHash?: string;
  /** Key for retries: recording twice with the same key returns the first entry. */
  readonly idempotencyKey?: string;
}

const inputSchema = z
  .object({
    tenant: tenantIdSchema,
    ruleId: z.string().min(1).max(80),
    stageIndex: z.number().int().min(0).max(31).exactOptional(),
    action: z.enum(RETENTION_ACTIONS),
    rows: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    mode: z.enum(['live', 'shadow']).exactOptional(),
    evaluatedAt: z.union([z.date(), z.string()]).exactOptional(),
    selectionHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .exactOptional(),
    idempotencyKey: z.string().min(1).max(200).exactOptional(),
  })
  .strict();

function isConflict(error: unknown): boolean {
  return ConflictError.isInstance(error);
}

/**
 * Appends a hash-chained evidence entry for an action the host ran: what, when, which rule and
 * how many rows. Appends are serialised per tenant by the store's compare-and-append; on a
 * `CONFLICT` (another writer moved the head) it reloads the head and retries.
 *
 * @example
 * ```ts
 * const entry = await recordAction(
 *   { store, clock },
 *   { tenant: 't1', ruleId: 'server-logs', stageIndex: 0, action: 'delete', rows: 1204 },
 * );
 * entry.seq; // 1
 * ```
 */
export async function recordAction(
  context: RecordActionContext,
  input: RecordActionInput,
): Promise<RetentionEvidenceEntry> {
  if (
    typeof context !== 'object' ||
    context === null ||
    typeof context.store?.append !== 'function' ||
    typeof context.store?.head !== 'function'
  ) {
    invalidInput(
      { scope: SCOPE, field: 'context.store' },
      'invalid_type',
      'expected a RetentionEvidenceStore',
    );
  }
  if (typeof context.clock?.now !== 'function') {
    invalidInput({ scope: SCOPE, field: 'context.clock' }, 'invalid_type', 'expected a Clock');
  }
  const parsed = parseInput(inputSchema, input, { scope: SCOPE, field: 'input' });
  const evaluatedAt =
    parsed.evaluatedAt === undefined
      ? undefined
      : new Date(readAt(parsed.evaluatedAt, 'input.evaluatedAt')).toISOString();
  for (let attempt = 1; ; attempt++) {
    const body: RetentionEvidenceBody = {
      tenant: parsed.tenant,
      ruleId: parsed.ruleId,
      ...(parsed.stageIndex === undefined ? {} : { stageIndex: parsed.stageIndex }),
      action: parsed.action,
      rows: parsed.rows,
      mode: parsed.mode ?? 'live',
      recordedAt: new Date(readAt(context.clock.now(), 'context.clock')).toISOString(),
      ...(evaluatedAt === undefined ? {} : { evaluatedAt }),
      ...(parsed.selectionHash === undefined ? {} : { selectionHash: parsed.selectionHash }),
    };
    const head = await context.store.head(parsed.tenant);
    const link = appendLink(head, body);
    const entry: RetentionEvidenceEntry = {
      tenant: parsed.tenant,
      ...link,
      ...(parsed.idempotencyKey === undefined ? {} : { idempotencyKey: parsed.idempotencyKey }),
      body,
    };
    try {
      return await context.store.append(entry);
    } catch (error) {
      if (!isConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/**
 * Reads a tenant's whole evidence chain and verifies every link with core's `verifyChain`: an
 * altered entry gives `HASH_MISMATCH`, a removed one `SEQ_GAP` or `PREV_HASH_MISMATCH`.
 *
 * @example
 * ```ts
 * const check = await verifyRetentionEvidence(store, 't1');
 * check.ok; // true
 * ```
 */
export async function verifyRetentionEvidence(
  store: RetentionEvidenceStore,
  tenant: string,
): Promise<ChainVerification> {
  if (typeof store !== 'object' || store === null || typeof store.list !== 'function') {
    invalidInput(
      { scope: SCOPE, field: 'store' },
      'invalid_type',
      'expected a RetentionEvidenceStore',
    );
  }
  if (typeof tenant !== 'string' || tenant.length === 0) {
    invalidInput({ scope: SCOPE, field: 'tenant' }, 'invalid_type', 'expected a non-empty string');
  }
  return verifyChain(await store.list(tenant));
}
