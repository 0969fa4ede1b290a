import { addDuration, type JsonValue, PledgeError, type Reason, reason } from '@pledge/core';
import type { DataSystem, ExemptionSource, SystemExport } from './data-system.js';
import type { DsrEvent } from './event.js';
import {
  buildExportPackage,
  type ExportPackage,
  type SystemExportEntry,
} from './export-package.js';
import type { DsrRequest, KeptCategory, TaskOperation, TaskRecord } from './request.js';
import type { TransitionResult } from './transition.js';

/** Reason codes in a {@link FulfilmentReport}. */
export type FulfilmentReasonCode =
  | 'IDENTITY_NOT_VERIFIED'
  | 'NOT_FULFILLABLE_IN_STATE'
  | 'NO_CONNECTOR_OPERATION'
  | 'RECTIFICATION_PATCH_REQUIRED'
  | 'ERASURE_SCHEDULED'
  | 'GRACE_WINDOW_OPEN'
  | 'TASK_NEEDS_REVIEW'
  | 'TASK_FAILED'
  | 'DATA_KEPT_UNDER_EXEMPTION'
  | 'KEPT_DATA_NOT_RESTRICTED'
  | 'RECIPIENTS_TO_NOTIFY'
  | 'FULFILMENT_COMPLETE'
  | 'EXPORT_BUILT';

/** What a fulfilment run achieved. */
export interface FulfilmentReport {
  /**
   * - `completed` / `partially-completed`: every task done, the request is closed.
   * - `incomplete`: some task failed after retries or needs a human review; run again later
   *   or resolve with a `finish-task` event.
   * - `scheduled`: an erasure entered its grace window; run again after `executeAfter`.
   * - `grace-window-open`: too early to erase. `refused`: nothing was done (reasons say why).
   */
  readonly outcome:
    | 'completed'
    | 'partially-completed'
    | 'incomplete'
    | 'scheduled'
    | 'grace-window-open'
    | 'refused';
  /** The request after the run. */
  readonly request: DsrRequest;
  /** Every task and its status. */
  readonly tasks: readonly TaskRecord[];
  /** The export package, for a completed access or portability request. */
  readonly exportPackage?: ExportPackage;
  /** Categories kept under an exemption (erasure), restricted. */
  readonly kept: readonly KeptCategory[];
  /** Recipients to notify of the rectification, erasure or restriction (GDPR Art. 19). */
  readonly recipientsToNotify: readonly string[];
  /** Why. */
  readonly reasons: readonly Reason<FulfilmentReasonCode | string>[];
}

type StepResult =
  | { readonly ok: true; readonly request: DsrRequest }
  | Extract<TransitionResult, { ok: false }>;

/** What the fulfilment loop needs from the service. */
export interface FulfilmentDeps {
  readonly tenant: string;
  readonly requestId: string;
  readonly load: () => Promise<DsrRequest>;
  readonly apply: (event: DsrEvent) => Promise<StepResult>;
  readonly now: () => Date;
  readonly systems: readonly DataSystem[];
  readonly exemptions: readonly ExemptionSource[];
  readonly maxAttempts: number;
  readonly erasureGraceWindow?: string;
  readonly patch?: JsonValue;
}

const OPERATION_FOR: Partial<Record<DsrRequest['type'], TaskOperation>> = {
  access: 'access',
  portability: 'access',
  erasure: 'erase',
  restriction: 'restrict',
  rectification: 'rectify',
};

interface PlannedTask {
  readonly system: DataSystem;
  readonly operation: TaskOperation;
  readonly id: string;
  readonly categories: readonly string[];
}

function errorCodeOf(error: unknown): string {
  // Only a code is recorded: connector messages may contain personal data.
  if (PledgeError.isInstance(error)) return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Za-z0-9_.-]{1,100}$/.test(code)
    ? code
    : 'CONNECTOR_FAILED';
}

function mustApply(result: StepResult): DsrRequest {
  if (result.ok) return result.request;
  // The loop only emits events its own checks allow; a refusal here is a bug or a concurrent
  // change the caller must see.
  throw new PledgeError({
    code: 'FULFILMENT_REFUSED',
    scope: '@pledge/dsr',
    message: `fulfilment step refused: ${result.rejection.reasons.map((why) => why.code).join(', ')}`,
  });
}

/**
 * Runs (or resumes) fulfilment. Each task is recorded as `started` before its connector is
 * called and `done` after, so a crash between the two leaves evidence: on the next run a
 * `started` task is called again only when the connector declares the operation idempotent
 * (access always is); otherwise it becomes `needs-review` and is never called twice. Tasks
 * not yet started run; failed tasks are retried up to `maxAttempts` per run.
 */
export async function runFulfilment(deps: FulfilmentDeps): Promise<FulfilmentReport> {
  let request = await deps.load();
  const reasons: Reason[] = [];
  const report = (
    outcome: FulfilmentReport['outcome'],
    extra: Partial<FulfilmentReport> = {},
  ): FulfilmentReport => ({
    outcome,
    request,
    tasks: request.tasks,
    kept: [],
    recipientsToNotify: [],
    reasons,
    ...extra,
  });
  const operation = OPERATION_FOR[request.type];
  if (operation === undefined) {
    reasons.push(reason('NO_CONNECTOR_OPERATION', { type: request.type }));
    return report('refused');
  }
  if (request.state !== 'in-progress' && request.state !== 'pending-irreversible') {
    reasons.push(reason('NOT_FULFILLABLE_IN_STATE', { state: request.state }));
    return report('refused');
  }
  if (
    operation === 'access' &&
    !request.clock.some((event) => event.kind === 'identity-verified')
  ) {
    reasons.push(reason('IDENTITY_NOT_VERIFIED', {}));
    return report('refused');
  }
  if (operation === 'rectify' && deps.patch === undefined) {
    reasons.push(reason('RECTIFICATION_PATCH_REQUIRED', {}));
    return report('refused');
  }
  const now = deps.now();
  if (operation === 'erase') {
    if (request.state === 'in-progress' && deps.erasureGraceWindow !== undefined) {
      const executeAfter = addDuration(now, deps.erasureGraceWindow).toISOString();
      if (executeAfter > now.toISOString()) {
        request = mustApply(await deps.apply({ type: 'schedule-erasure', executeAfter }));
        reasons.push(reason('ERASURE_SCHEDULED', { executeAfter }));
        return report('scheduled');
      }
    }
    if (
      request.erasureExecuteAfter !== undefined &&
      now.toISOString() < request.erasureExecuteAfter
    ) {
      reasons.push(reason('GRACE_WINDOW_OPEN', { executeAfter: request.erasureExecuteAfter }));
      return report('grace-window-open');
    }
  }

  const kept: KeptCategory[] = [];
  if (operation === 'erase') {
    for (const source of deps.exemptions) {
      for (const category of await source.exemptionsFor(request.subject, { at: now, request })) {
        kept.push(category);
        reasons.push(
          reason(
            'DATA_KEPT_UNDER_EXEMPTION',
            { category: category.category, basis: category.basis },
            category.citation,
          ),
        );
      }
    }
  }

  const planned: PlannedTask[] = [];
  for (const system of deps.systems) {
    if (system[operation] === undefined) continue;
    planned.push({
      system,
      operation,
      id: `${request.id}/${system.id}/${operation}`,
      categories: [],
    });
    const keptHere = kept.filter(
      (category) => category.system === undefined || category.system === system.id,
    );
    if (operation === 'erase' && keptHere.length > 0 && system.restrict !== undefined) {
      planned.push({
        system,
        operation: 'restrict',
        id: `${request.id}/${system.id}/restrict`,
        categories: keptHere.map((category) => category.category),
      });
    }
  }

  const exports: SystemExportEntry[] = [];
  for (const task of planned) {
    const known = request.tasks.find((record) => record.id === task.id);
    const repeatable =
      task.operation === 'access' || task.system.idempotent?.[task.operation as 'erase'] === true;
    if (known?.status === 'needs-review') {
      reasons.push(reason('TASK_NEEDS_REVIEW', { taskId: task.id }));
      continue;
    }
    if (known?.status === 'done' && task.operation !== 'access') continue;
    if (known?.status === 'started' && !repeatable) {
      // A crash after the call and before its record: the connector may have run. Never call a
      // non-idempotent connector twice; a human decides.
      request = mustApply(
        await deps.apply({ type: 'finish-task', taskId: task.id, status: 'needs-review' }),
      );
      reasons.push(reason('TASK_NEEDS_REVIEW', { taskId: task.id }));
      continue;
    }
    const idempotencyKey = `${deps.tenant}/${task.id}`;
    const context = { request, idempotencyKey, at: now };
    if (known?.status === 'done') {
      // Access already recorded as done: re-read (a read repeats safely) to build the package.
      const data = await task.system.access?.(request.subject, context);
      if (data !== undefined) exports.push({ system: task.system.id, export: data });
      continue;
    }
    for (let attempt = 1; attempt <= deps.maxAttempts; attempt++) {
      request = mustApply(
        await deps.apply({
          type: 'start-task',
          taskId: task.id,
          system: task.system.id,
          operation: task.operation,
          idempotencyKey,
        }),
      );
      let data: SystemExport | undefined;
      try {
        const call = { ...context, request };
        if (task.operation === 'access') data = await task.system.access?.(request.subject, call);
        else if (task.operation === 'erase') {
          const keepHere = kept.filter(
            (category) => category.system === undefined || category.system === task.system.id,
          );
          await task.system.erase?.(request.subject, { ...call, keep: keepHere });
        } else if (task.operation === 'restrict') {
          await task.system.restrict?.(request.subject, { ...call, categories: task.categories });
        } else await task.system.rectify?.(request.subject, deps.patch ?? null, call);
      } catch (error) {
        const errorCode = errorCodeOf(error);
        request = mustApply(
          await deps.apply({ type: 'finish-task', taskId: task.id, status: 'failed', errorCode }),
        );
        reasons.push(reason('TASK_FAILED', { taskId: task.id, attempt, errorCode }));
        continue;
      }
      request = mustApply(
        await deps.apply({ type: 'finish-task', taskId: task.id, status: 'done' }),
      );
      if (data !== undefined) exports.push({ system: task.system.id, export: data });
      break;
    }
  }

  // GDPR Art. 19 covers rectification, erasure and restriction alike.
  const recipientsToNotify =
    operation !== 'access'
      ? [
          ...new Set(
            deps.systems
              .filter((system) => system[operation] !== undefined)
              .flatMap((system) => system.recipients ?? []),
          ),
        ]
      : [];
  if (request.tasks.some((task) => task.status !== 'done')) {
    return report('incomplete', { kept, recipientsToNotify });
  }
  let exportPackage: ExportPackage | undefined;
  if (operation === 'access') {
    const built = buildExportPackage(request, exports, { at: now });
    if (built.outcome === 'refused') {
      reasons.push(...built.reasons);
      return report('refused');
    }
    exportPackage = built.package;
    reasons.push(reason('EXPORT_BUILT', { sha256: built.package.sha256 }));
  }
  if (recipientsToNotify.length > 0) {
    reasons.push(
      reason(
        'RECIPIENTS_TO_NOTIFY',
        { recipients: recipientsToNotify },
        {
          law: 'Regulation (EU) 2016/679 (GDPR)',
          article: 'Art. 19',
          url: 'https://gdprhub.eu/index.php?title=Article_19_GDPR',
          confidence: 'secondary',
          note: 'Verbatim text on GDPRhub: rectification, erasure and restriction are communicated to each recipient unless impossible or disproportionate. Not in the research notes; checked separately.',
        },
      ),
    );
  }
  if (kept.length > 0) {
    const restricted = planned
      .filter((task) => task.operation === 'restrict')
      .flatMap((task) => task.categories.map((category) => ({ system: task.system.id, category })));
    for (const category of kept) {
      if (!restricted.some((done) => done.category === category.category)) {
        // Art. 17(3) lets the data stay, not be used: the host must restrict it another way.
        reasons.push(reason('KEPT_DATA_NOT_RESTRICTED', { category: category.category }));
      }
    }
    request = mustApply(
      await deps.apply({ type: 'complete-partially', kept, recipientsToNotify, restricted }),
    );
  } else {
    request = mustApply(await deps.apply({ type: 'complete' }));
  }
  reasons.push(reason('FULFILMENT_COMPLETE', { state: request.state }));
  return report(kept.length > 0 ? 'partially-completed' : 'completed', {
    kept,
    recipientsToNotify,
    ...(exportPackage === undefined ? {} : { exportPackage }),
  });
}
