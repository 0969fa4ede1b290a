import { type Citation, type Decision, invalidInput, type Reason, reason } from '@pledge/core';
import { type AgeQuery, readAgeQuery, SCOPE } from './age-query.js';
import { type AgeDecision, decide } from './check-age.js';
import type { AgeReasonCode } from './vocabulary.js';

/**
 * A data-subject request the host files with its DSR service (`@pledge/dsr`
 * `type: 'erasure'`). Age-gate never calls the DSR engine itself (DESIGN §3).
 */
export interface FileErasureRequestAction {
  /** Action kind. */
  readonly type: 'file-erasure-request';
  /** The DSR request type to file. */
  readonly requestType: 'erasure';
  /** Why the request is filed; stable, for the DSR record. */
  readonly reason: 'CHILD_DATA_DISCOVERED';
  /** The jurisdiction the age decision was made for. */
  readonly jurisdiction: string;
  /** The law or company policy that makes the data unlawful to keep. */
  readonly citation: Citation;
}

/** What a child-data discovery asks for: the {@link FileErasureRequestAction}, or nothing. */
export type ChildDataAction = FileErasureRequestAction;

/**
 * Reason codes of {@link childDataDiscovered}: every {@link AgeReasonCode} of the underlying
 * age decision, plus
 *
 * - `CHILD_DATA_DISCOVERED`: the person may not use the service (law or policy), so the data
 *   held about them must go.
 * - `GUARDIAN_CONSENT_MISSING`: a guardian's consent was required and none is on record.
 * - `GUARDIAN_CONSENT_ON_RECORD`: a guardian's consent was required and is on record.
 */
export type ChildDataReasonCode =
  | AgeReasonCode
  | 'CHILD_DATA_DISCOVERED'
  | 'GUARDIAN_CONSENT_MISSING'
  | 'GUARDIAN_CONSENT_ON_RECORD';

/** The question {@link childDataDiscovered} answers: an age query plus the consent on file. */
export interface ChildDataQuery extends AgeQuery {
  /** True when the consent ledger holds a verified guardian consent for this person. */
  readonly guardianConsentOnRecord?: boolean;
}

/** The answer of {@link childDataDiscovered}. */
export interface ChildDataDecision
  extends Decision<'erase' | 'keep' | 'unknown', ChildDataReasonCode> {
  /** The age decision it rests on. */
  readonly age: AgeDecision;
  /** `file-erasure-request` when the outcome is `erase`. */
  readonly actions: readonly ChildDataAction[];
}

/**
 * What to do when the host learns that it holds data of a person who may be a child: keep it,
 * or erase it by filing a DSR erasure request ("data from children under 16 is removed";
 * COPPA operators delete a child's data collected without verifiable parental consent).
 * `erase` when the age decision is `deny`, or `parental-consent-required` without a guardian
 * consent on record; `unknown` when the age decision is `unknown` (the host decides; never a
 * silent keep).
 *
 * @example
 * ```ts
 * const result = childDataDiscovered({
 *   jurisdiction: 'IT', at: '2026-06-01', age: 14, policy: { minimumAge: 16 },
 * });
 * result.outcome; // 'erase'
 * result.actions[0]?.type; // 'file-erasure-request'
 * ```
 */
export function childDataDiscovered(query: ChildDataQuery): ChildDataDecision {
  const read = readAgeQuery(query, 'query', ['guardianConsentOnRecord']);
  const onRecord = query.guardianConsentOnRecord ?? false;
  if (typeof onRecord !== 'boolean') {
    invalidInput(
      { scope: SCOPE, field: 'query.guardianConsentOnRecord' },
      'invalid_type',
      'expected a boolean',
    );
  }
  const age = decide(read);
  const reasons: Reason<ChildDataReasonCode>[] = [...age.reasons];
  const erase = (code: ChildDataReasonCode): ChildDataDecision => {
    const citation = age.citation;
    const rule = age.rule === undefined ? {} : { rule: age.rule };
    reasons.push(reason(code, { jurisdiction: read.jurisdiction, ...rule }, citation));
    return {
      outcome: 'erase',
      reasons,
      age,
      actions:
        citation === undefined
          ? []
          : [
              {
                type: 'file-erasure-request',
                requestType: 'erasure',
                reason: 'CHILD_DATA_DISCOVERED',
                jurisdiction: read.jurisdiction,
                citation,
              },
            ],
    };
  };
  if (age.outcome === 'deny') return erase('CHILD_DATA_DISCOVERED');
  if (age.outcome === 'parental-consent-required') {
    if (!onRecord) return erase('GUARDIAN_CONSENT_MISSING');
    reasons.push(reason('GUARDIAN_CONSENT_ON_RECORD', { jurisdiction: read.jurisdiction }));
  }
  return { outcome: age.outcome === 'unknown' ? 'unknown' : 'keep', reasons, age, actions: [] };
}
