import type { Citation, Decision, Reason } from '@pledge/core';

/** Outcome of a consent check. */
export type ConsentOutcome = 'allow' | 'deny';

/** Why a consent check came out as it did. */
export type ConsentReasonCode =
  /** A valid grant is on record. */
  | 'CONSENT_GRANTED'
  /** The subject refused. */
  | 'CONSENT_DENIED'
  /** Nothing on record and the regime is opt-in. */
  | 'NO_CONSENT_RECORD'
  /** The subject withdrew an earlier grant (never retroactive). */
  | 'CONSENT_WITHDRAWN'
  /** The grant outlived the purpose's lifetime. */
  | 'CONSENT_EXPIRED'
  /** A material policy change applies since the grant: ask again. */
  | 'POLICY_VERSION_CHANGED'
  /** Global Privacy Control opts the subject out of sale, sharing and targeted advertising. */
  | 'GPC_OPT_OUT'
  /** Do Not Track opts the subject out (only where the host honours DNT). */
  | 'DNT_OPT_OUT'
  /** The purpose is strictly necessary; no choice is needed. */
  | 'ESSENTIAL_PURPOSE'
  /** A guardian must consent for this subject, and has not. */
  | 'GUARDIAN_CONSENT_REQUIRED'
  /** The subject reached the threshold age; a guardian's grant no longer stands for them. */
  | 'REQUIRES_RECONSENT'
  /** The purpose is not declared in the ledger's configuration. */
  | 'NOT_A_DECLARED_PURPOSE'
  /** Opt-out regime and no opt-out on record: processing may go ahead. */
  | 'OPT_OUT_DEFAULT'
  /** The purpose rests on a basis other than consent. */
  | 'LEGAL_BASIS_NOT_CONSENT'
  /** The subject objected to processing on legitimate interests (GDPR Art. 21). */
  | 'OBJECTION_RECORDED'
  /** The subject was erased from the ledger. */
  | 'SUBJECT_FORGOTTEN'
  /** No regime with a known consent model applies; the ledger's default model was used. */
  | 'CONSENT_MODEL_DEFAULTED';

/** A decision of {@link ConsentLedger.check}, for one subject and purpose at one instant. */
export interface ConsentDecision extends Decision<ConsentOutcome, ConsentReasonCode> {
  /** The purpose checked. */
  readonly purpose: string;
  /** Why, most decisive reason first. */
  readonly reasons: readonly Reason<ConsentReasonCode>[];
}

/** GDPR citations the checks give. */
export const GDPR_CITATIONS = {
  consent: {
    law: 'Regulation (EU) 2016/679',
    article: 'Art. 6(1)(a), 7(1)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    confidence: 'primary',
  },
  withdrawal: {
    law: 'Regulation (EU) 2016/679',
    article: 'Art. 7(3)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    confidence: 'primary',
    note: 'Withdrawal does not affect the lawfulness of processing based on consent before it.',
  },
  otherBasis: {
    law: 'Regulation (EU) 2016/679',
    article: 'Art. 6(1)(b)-(f)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    confidence: 'primary',
  },
  objection: {
    law: 'Regulation (EU) 2016/679',
    article: 'Art. 21(1)-(3)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    confidence: 'primary',
  },
  erasure: {
    law: 'Regulation (EU) 2016/679',
    article: 'Art. 17(1)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    confidence: 'primary',
  },
  child: {
    law: 'Regulation (EU) 2016/679',
    article: 'Art. 8(1)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    confidence: 'primary',
  },
  essential: {
    law: 'Directive 2002/58/EC (ePrivacy)',
    article: 'Art. 5(3), second sentence',
    url: 'https://eur-lex.europa.eu/eli/dir/2002/58/oj',
    confidence: 'primary',
    note: 'Storage or access strictly necessary for a service the subject explicitly requested needs no consent.',
  },
} as const satisfies Record<string, Citation>;
