/**
 * `@pledge/retention`: retention policies that run themselves and explain every deletion.
 *
 * - {@link defineRetentionPolicy}: rules (scope, basis, citation, trigger, ordered stages,
 *   minimum/maximum, locked) and legal holds, validated and compiled once.
 * - {@link evaluateRetention}: one record at one instant → current stage, next action and its
 *   date, the deciding rule and reason codes with citations. Pure; time travel works.
 * - {@link planRetention}: due actions over a stream of records, in constant memory; `shadow`
 *   mode reports without acting.
 * - {@link compileRetentionToSql}: PostgreSQL predicates selecting the rows due per stage.
 * - {@link lintRetentionPolicy}: contradictions between rules and changes to locked rules.
 * - {@link retentionExemptions}: what an erasure request must keep (GDPR Art. 17(3)(b)/(e)).
 * - {@link recordAction}, {@link verifyRetentionEvidence}, {@link RetentionEvidenceStore}:
 *   hash-chained evidence of every action the host ran.
 * - {@link RETENTION_TEMPLATES}, {@link retentionTemplate}: cited, ready-made rules.
 *
 * @module @pledge/retention
 */
export {
  type CompiledRetentionSql,
  type CompileRetentionToSqlOptions,
  compileRetentionToSql,
  type RetentionSqlStatement,
  type RetentionTableMapping,
} from './compile-retention-to-sql.js';
export {
  type EvaluateRetentionOptions,
  evaluateRetention,
  type RetentionDecision,
  type RetentionOutcome,
  type RetentionRecord,
  type RetentionStep,
} from './evaluate-retention.js';
export { type LegalHold, type LegalHoldScope, legalHoldSchema } from './legal-hold.js';
export {
  type LintRetentionPolicyOptions,
  lintRetentionPolicy,
  type RetentionLintCode,
  type RetentionLintFinding,
  type RetentionLintResult,
} from './lint-retention-policy.js';
export {
  type PlannedRetentionAction,
  type PlanRetentionOptions,
  planRetention,
  type RetentionPlanMode,
} from './plan-retention.js';
export type { RetentionReasonCode } from './reason-codes.js';
export {
  type RecordActionContext,
  type RecordActionInput,
  recordAction,
  verifyRetentionEvidence,
} from './record-action.js';
export {
  createMemoryRetentionEvidenceStore,
  type RetentionEvidenceBody,
  type RetentionEvidenceEntry,
  type RetentionEvidenceListOptions,
  type RetentionEvidenceStore,
} from './retention-evidence-store.js';
export {
  type ExemptionRequest,
  type KeptByRetention,
  type RetentionExemptionSource,
  type RetentionExemptionSourceOptions,
  retentionExemptionSource,
} from './retention-exemption-source.js';
export {
  type ErasureExemption,
  type ErasureExemptionOutcome,
  type RetentionExemptionQuery,
  type RetentionExemptionResult,
  retentionExemptions,
} from './retention-exemptions.js';
export {
  defineRetentionPolicy,
  type RetentionPolicy,
  type RetentionPolicyInput,
} from './retention-policy.js';
export {
  DESTRUCTIVE_ACTIONS,
  isDestructiveAction,
  RETENTION_ACTIONS,
  RETENTION_BASES,
  type RetentionAction,
  type RetentionBasis,
  type RetentionEvent,
  type RetentionRule,
  type RetentionScope,
  type RetentionStage,
  type RetentionTrigger,
  retentionRuleSchema,
  retentionScopeSchema,
  retentionStageSchema,
  retentionTriggerSchema,
  STANDARD_RETENTION_EVENTS,
} from './retention-rule.js';
export { type RetentionTemplateOptions, retentionTemplate } from './retention-template.js';
export { GDPR_ART_17_3_B, GDPR_ART_17_3_E } from './rules/gdpr-erasure-exemptions.js';
export { RETENTION_TEMPLATES, type RetentionTemplate } from './rules/retention-templates.js';
