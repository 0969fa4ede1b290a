// A tour of @pledge/core for a host that received a data-subject request. Run with
// `npm run demo` from the repository root. `--quiet` runs the same checks without printing
// (the test suite does that, so the tour cannot rot).
import {
  appendLink,
  EMPTY_CHAIN_HEAD,
  endOfDay,
  legalPeriodEnd,
  regimesFor,
  verifyChain,
} from '@pledge/core';
import { createHolidayCalendar } from '@pledge/core/holidays';

const quiet = process.argv.includes('--quiet');
const say = (...parts) => {
  if (!quiet) console.log(...parts);
};
const expect = (actual, expected, what) => {
  if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}`);
};

say('\nPledge core tour\n================\n');

// 1. Which privacy laws apply, where and when.
say('Which regimes apply?');
for (const [place, at] of [
  ['DE', '2026-01-15'],
  ['GB', '2020-06-01'],
  ['GB', '2021-06-01'],
  ['US-CA', '2026-01-15'],
  ['CA-QC', '2026-01-15'],
  ['IN', '2026-11-22'],
]) {
  const regimes = regimesFor(place, at);
  const names = regimes.map(
    (match) => `${match.regime} (${match.citation.law}, via ${match.matchedBy})`,
  );
  say(`  ${place.padEnd(6)} on ${at}: ${names.join('; ') || 'none in force yet'}`);
}
expect(regimesFor('GB', '2021-06-01')[0]?.regime, 'uk-gdpr', 'UK after Brexit');

// 2. A GDPR access request received on 15 January 2026 in Germany: one month (Art. 12(3)),
//    counted under Regulation 1182/71, rolled past the weekend to the next working day.
const germany = createHolidayCalendar('DE');
const deadline = legalPeriodEnd('2026-01-15', 'P1M', { calendar: germany });
say('\nGDPR access request received 2026-01-15 (Germany)');
say(`  one month ends on ${deadline.nominalEnd}, a Sunday, so the answer is due ${deadline.end}`);
say(`  at the latest by ${endOfDay(deadline.end, 'Europe/Berlin').toISOString()}`);
for (const why of deadline.reasons)
  say(`  - ${why.code} (${why.citation?.law} ${why.citation?.article})`);
expect(deadline.end, '2026-02-16', 'GDPR deadline');

// 3. Evidence: a hash chain of consent events. Alter one and verification names it.
const events = [
  { subject: 'p-7f3a', purposes: { analytics: 'granted' }, at: '2026-01-15T09:00:00Z' },
  { subject: 'p-7f3a', purposes: { marketing: 'denied' }, at: '2026-01-15T09:00:05Z' },
  { subject: 'p-7f3a', purposes: { analytics: 'withdrawn' }, at: '2026-02-01T12:00:00Z' },
];
const chain = [];
let head = EMPTY_CHAIN_HEAD;
for (const body of events) {
  head = appendLink(head, body);
  chain.push({ ...head, body });
}
say(`\nConsent chain of ${chain.length} events, head ${head.hash.slice(0, 16)}…`);
say(`  verify: ${JSON.stringify(verifyChain(chain))}`);
const tampered = chain.map((entry, index) =>
  index === 1 ? { ...entry, body: { ...entry.body, purposes: { marketing: 'granted' } } } : entry,
);
const broken = verifyChain(tampered);
say(`  after changing event 2: ${JSON.stringify(broken)}`);
expect(broken.ok, false, 'tamper detection');
expect(broken.failure.seq, 2, 'tampered event');

say('\nDone. Next: run the tests with `npm test`.\n');
