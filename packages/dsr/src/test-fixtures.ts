// Shared helpers for this package's tests (not exported from the package entry).
import type { DsrEvent } from './event.js';
import type { DsrRequest, NewRequestInput } from './request.js';
import { openRequest, type TransitionOptions, transition } from './transition.js';

/** Opens a request received at `receivedAt`, then applies `[event, at]` steps in order. */
export function requestAfter(
  input: Partial<NewRequestInput> & Pick<NewRequestInput, 'type' | 'jurisdiction'>,
  receivedAt: string,
  steps: readonly (readonly [DsrEvent, string])[] = [],
  options: Omit<TransitionOptions, 'at'> = {},
): DsrRequest {
  let { request } = openRequest(
    { id: 'r-1', tenant: 't-1', subject: 'p-1', ...input },
    { at: receivedAt },
  );
  for (const [event, at] of steps) {
    const result = transition(request, event, { ...options, at });
    if (!result.ok) {
      throw new Error(
        `step ${event.type} refused: ${result.rejection.reasons.map((r) => r.code).join(',')}`,
      );
    }
    request = result.request;
  }
  return request;
}
