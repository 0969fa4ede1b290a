import { type Citation, parseCitation } from './citation.js';
import { invalidInput } from './validate.js';

const REASON_CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/**
 * Why a decision came out as it did. `code` is a stable UPPER_SNAKE identifier that callers
 * translate and tests assert on; `params` carry the values a message needs (never free text
 * meant for display); `citation` names the law or policy that produced it.
 */
export interface Reason<
  Code extends string = string,
  Params extends Readonly<Record<string, unknown>> = Readonly<Record<string, unknown>>,
> {
  readonly code: Code;
  readonly params: Params;
  readonly citation?: Citation;
}

/**
 * The result of an engine: an outcome plus the reasons for it. Decisions are values, never
 * exceptions; an unknown jurisdiction or rule is an explicit outcome the host must handle.
 */
export interface Decision<Outcome extends string, Code extends string = string> {
  readonly outcome: Outcome;
  readonly reasons: readonly Reason<Code>[];
}

/**
 * Builds a {@link Reason}, leaving `citation` out when there is none (so objects stay valid
 * under `exactOptionalPropertyTypes`).
 *
 * @example
 * ```ts
 * const r = reason('PERIOD_ENDS_ON_NON_WORKING_DAY', { nominalEnd: '2026-02-15' });
 * ```
 */
export function reason<Code extends string, Params extends Readonly<Record<string, unknown>>>(
  code: Code,
  params: Params,
  citation?: Citation,
): Reason<Code, Params> {
  const context = { scope: '@pledge/core', field: 'code' };
  if (typeof code !== 'string' || !REASON_CODE.test(code))
    invalidInput(context, 'invalid_code', 'expected an UPPER_SNAKE code');
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    invalidInput({ ...context, field: 'params' }, 'invalid_type', 'expected an object');
  }
  if (citation !== undefined) parseCitation(citation, 'citation');
  return citation === undefined ? { code, params } : { code, params, citation };
}
