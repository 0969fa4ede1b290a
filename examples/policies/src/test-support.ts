import { type ConsentLedger, createMemoryConsentStore } from '@pledge/consent';
import { createSimulatedClock, type SimulatedClock } from '@pledge/core';
import { consentLedgerFor } from './engines.js';
import type { PledgePolicy } from './policy-config.js';

/** A consent ledger for a policy on a simulated clock, for scenario tests. */
export async function ledgerOnSimulatedClock(
  policy: PledgePolicy,
  start: string,
): Promise<{ readonly ledger: ConsentLedger; readonly clock: SimulatedClock }> {
  const clock = createSimulatedClock(start);
  const ledger = consentLedgerFor(policy, {
    store: createMemoryConsentStore(),
    clock,
    secret: new Uint8Array(32).fill(7),
  });
  await ledger.sync();
  return { ledger, clock };
}
