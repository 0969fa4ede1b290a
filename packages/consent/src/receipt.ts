import type { ChoiceEventBody } from './consent-event.js';
import type { PurposeDefinition } from './purpose.js';

/** The controller named on receipts. */
export interface ControllerInfo {
  /** Legal name. */
  readonly name: string;
  /** Contact (e-mail, address or URL) for privacy matters. */
  readonly contact?: string;
  /** Website. */
  readonly url?: string;
}

/**
 * A consent receipt shaped after the Kantara Initiative Consent Receipt Specification v1.1
 * (whose fields ISO/IEC TS 27560 carries forward), plus Pledge's evidence fields: where the
 * event sits in the hash chain, so the receipt can be checked against the ledger.
 */
export interface ConsentReceipt {
  /** Receipt format. */
  readonly version: 'KI-CR-v1.1.0';
  /** Jurisdiction of the subject when consenting. */
  readonly jurisdiction: string;
  /** Consent time, seconds since the epoch. */
  readonly consentTimestamp: number;
  /** How consent was collected (the event source). */
  readonly collectionMethod: string;
  /** The event identifier. */
  readonly consentReceiptID: string;
  /** Language of the notice shown. */
  readonly language?: string;
  /** Keyed pseudonym of the subject (never the identifier itself). */
  readonly piiPrincipalId: string;
  /** The controller. */
  readonly piiControllers: readonly ControllerInfo[];
  /** The privacy notice version's URL, when published. */
  readonly policyUrl?: string;
  /** The purposes and their state. */
  readonly services: readonly {
    readonly service: string;
    readonly purposes: readonly {
      readonly purpose: string;
      readonly consentType: 'EXPLICIT';
      readonly state: string;
      readonly primaryPurpose: boolean;
      readonly termination: string;
      readonly thirdPartyDisclosure: boolean;
    }[];
  }[];
  /** Whether special categories were involved (not tracked by the ledger: always false). */
  readonly sensitive: false;
  /** Evidence: the event's place in the chain. */
  readonly evidence: {
    readonly tenant: string;
    readonly seq: number;
    readonly hash: string;
    readonly prevHash: string;
    readonly policyVersion: string;
    readonly noticeHash?: string;
  };
}

/** Builds a receipt for one recorded choice. */
export function buildReceipt(options: {
  readonly body: ChoiceEventBody;
  readonly seq: number;
  readonly hash: string;
  readonly prevHash: string;
  readonly controller: ControllerInfo;
  readonly serviceName: string;
  readonly purposes: ReadonlyMap<string, PurposeDefinition>;
  readonly policyUrl?: string;
}): ConsentReceipt {
  const { body } = options;
  return {
    version: 'KI-CR-v1.1.0',
    jurisdiction: body.jurisdiction,
    consentTimestamp: Math.floor(Date.parse(body.effectiveAt) / 1000),
    collectionMethod: body.source,
    consentReceiptID: body.id,
    ...(body.language === undefined ? {} : { language: body.language }),
    piiPrincipalId: body.subjectRef,
    piiControllers: [options.controller],
    ...(options.policyUrl === undefined ? {} : { policyUrl: options.policyUrl }),
    services: [
      {
        service: options.serviceName,
        purposes: Object.entries(body.purposes).map(([purpose, state]) => ({
          purpose: options.purposes.get(purpose)?.title ?? purpose,
          consentType: 'EXPLICIT' as const,
          state,
          primaryPurpose: false,
          termination: body.expiresAt?.[purpose] ?? 'on withdrawal',
          thirdPartyDisclosure: options.purposes.get(purpose)?.saleOrSharing === true,
        })),
      },
    ],
    sensitive: false,
    evidence: {
      tenant: body.tenant,
      seq: options.seq,
      hash: options.hash,
      prevHash: options.prevHash,
      policyVersion: body.policyVersion,
      ...(body.noticeHash === undefined ? {} : { noticeHash: body.noticeHash }),
    },
  };
}
