/**
 * `@pledge/http`: web-standard `Request → Response` handlers for Pledge.
 *
 * - {@link createPledgeHandler}: the consent, data-subject request, identity-verification, age
 *   screen and operator routes of the HTTP contract, for Hono, Next.js route handlers, Deno,
 *   Bun and edge runtimes; {@link toNodeListener} for `node:http`, Express and Fastify.
 * - {@link problemResponse} and {@link problemFromError}: RFC 9457 problem documents with field
 *   paths, never echoing submitted values.
 * - {@link createIdentityVerifier}: tracking tokens and one-time codes derived from a secret,
 *   with attempt limiting.
 *
 * The DSR service the handler drives gets the consent ledger and a retention policy through
 * `consentDataSystem` (`@pledge/consent`) and `retentionExemptionSource` (`@pledge/retention`).
 *
 * @packageDocumentation
 */
export type { AgeRoutesOptions } from './age-routes.js';
export type {
  ConsentRoutesOptions,
  ConsentStateBody,
  PublicReason,
  PurposeConfig,
} from './consent-routes.js';
export type { DsrRoutesOptions, QueueEntry, VerificationMessage } from './dsr-routes.js';
export {
  type CodeCheck,
  createIdentityVerifier,
  type IdentityVerifier,
  type IdentityVerifierOptions,
  type IssuedCode,
  type VerificationRef,
} from './identity-verification.js';
export {
  type NodeListenerOptions,
  type NodeRequestLike,
  type NodeResponseLike,
  toNodeListener,
} from './node-listener.js';
export type { RetentionRoutesOptions, TransfersRoutesOptions } from './operator-routes.js';
export {
  type AuthorizeResult,
  createPledgeHandler,
  PLEDGE_ACTIONS,
  type PledgeAction,
  type PledgeHandler,
  type PledgeHandlerOptions,
} from './pledge-handler.js';
export {
  NO_STORE,
  PROBLEM_CONTENT_TYPE,
  type Problem,
  type ProblemFieldError,
  type ProblemInit,
  problemDocument,
  problemFromError,
  problemResponse,
} from './problem.js';
