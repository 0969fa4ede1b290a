// The consent fixture shared by the consent suite and the scale worker: four purposes, one
// policy version, and a banner choice per subject. `choiceBody` rebuilds, for subject i, the
// canonical event body that `ledger.record(choiceInput(i))` writes when the ledger's clock reads
// `recordedAt(i)` and its id generator returns `eventId(i)`; the scale worker checks that claim
// byte for byte on real `record` output before it uses the builder for the rest.
import { addDuration, canonicalJson, createHmacSha256Hex } from '@pledge/core';

export const PURPOSES = [
  { id: 'analytics', legalBasis: 'consent', lifetime: 'P13M' },
  { id: 'marketing', legalBasis: 'consent' },
  { id: 'sale', legalBasis: 'consent', saleOrSharing: true },
  { id: 'personalisation', legalBasis: 'consent' },
];
export const POLICY = { versions: [{ id: 'v1', effectiveFrom: '2026-01-01', material: true }] };
export const SECRET = new Uint8Array(32).fill(3);
export const TENANT = 'default';
const START_MS = Date.parse('2026-02-01T00:00:00Z');

export const subjectId = (i) => `subject-${i.toString(36)}`;
export const eventId = (i) => `e${i + 1}`;
/** Subject i chooses one second after subject i - 1. */
export const recordedAt = (i) => new Date(START_MS + i * 1000);

/** What subject i chose: a mix of grants and refusals, half in Germany, half in California. */
export function choiceInput(i) {
  return {
    subject: subjectId(i),
    purposes: {
      analytics: i % 3 ? 'granted' : 'denied',
      marketing: 'denied',
      sale: i % 2 ? 'granted' : 'denied',
      personalisation: 'granted',
    },
    policyVersion: 'v1',
    jurisdiction: i % 2 ? 'DE' : 'US-CA',
    source: 'banner',
  };
}

/** Returns `(i) => { subjectRef, canonicalBody }` for the chosen secret and tenant. */
export function choiceBodyBuilder({ secret = SECRET, tenant = TENANT } = {}) {
  const pseudonym = createHmacSha256Hex(secret);
  const lifetimes = new Map(
    PURPOSES.filter((purpose) => purpose.lifetime).map((p) => [p.id, p.lifetime]),
  );
  return (i) => {
    const input = choiceInput(i);
    const at = recordedAt(i);
    const subjectRef = pseudonym(`${tenant}\u0000${input.subject}`);
    const expiresAt = {};
    for (const [purpose, state] of Object.entries(input.purposes)) {
      const lifetime = lifetimes.get(purpose);
      if (state === 'granted' && lifetime !== undefined)
        expiresAt[purpose] = addDuration(at, lifetime).toISOString();
    }
    const body = {
      kind: 'choice',
      id: eventId(i),
      tenant,
      subjectRef,
      recordedAt: at.toISOString(),
      effectiveAt: at.toISOString(),
      purposes: input.purposes,
      policyVersion: input.policyVersion,
      jurisdiction: input.jurisdiction,
      source: input.source,
      actor: { type: 'self' },
      ...(Object.keys(expiresAt).length === 0 ? {} : { expiresAt }),
    };
    return { subjectRef, canonicalBody: canonicalJson(body) };
  };
}
