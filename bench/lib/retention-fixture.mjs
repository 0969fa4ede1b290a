// The retention fixture shared by the retention suite and the scale worker: a policy of three
// templates (server logs 14 days, the Planfix account lifecycle, German vouchers 8 years), mixed
// records, and the same decisions written by hand as the baseline.
import { defineRetentionPolicy, evaluateRetention, retentionTemplate } from '@pledge/retention';

const DAY = 86_400_000;
export const AT = new Date('2026-03-01T12:00:00Z');

export function retentionPolicy() {
  return defineRetentionPolicy({
    rules: [
      retentionTemplate('host-server-logs-14d'),
      retentionTemplate('planfix-account-lifecycle'),
      retentionTemplate('de-buchungsbelege-8y', { scope: { category: 'invoice' } }),
    ],
  });
}

const CATEGORIES = ['server-log', 'server-log', 'server-log', 'account', 'invoice'];

/** `count` records: three logs, one account and one voucher in every five, events up to 8 years old. */
export function retentionRecords(count) {
  return Array.from({ length: count }, (_, i) => {
    const category = CATEGORIES[i % CATEGORIES.length];
    const event = new Date(AT.getTime() - (i % 3000) * DAY - (i % 86_400) * 1000);
    return {
      id: `r${i}`,
      category,
      events: category === 'account' ? { 'last-activity': event } : { collected: event },
    };
  });
}

// Baseline: the same decisions hand-coded for this policy (stage due from the start of the day
// after anchor + period), with the same month and end-of-year arithmetic, no engine.
const AT_DAY = Math.floor(AT.getTime() / DAY);
const ACCOUNT = [
  [24, 'notify'],
  [31, 'freeze'],
  [61, 'delete'],
  [241, 'purge'],
];

/** The hand-written decision for one record of {@link retentionRecords}. */
export function handWrittenRetention(record) {
  if (record.category === 'server-log') {
    const day = Math.floor(record.events.collected.getTime() / DAY);
    return day + 15 <= AT_DAY
      ? { id: record.id, action: 'delete', dueDay: day + 15 }
      : { id: record.id, action: null, dueDay: day + 15 };
  }
  if (record.category === 'account') {
    const day = Math.floor(record.events['last-activity'].getTime() / DAY);
    for (let index = ACCOUNT.length - 1; index >= 0; index--) {
      const [after, action] = ACCOUNT[index];
      if (day + after <= AT_DAY) return { id: record.id, action, dueDay: day + after };
    }
    return { id: record.id, action: null, dueDay: day + 24 };
  }
  const year = new Date(record.events.collected.getTime()).getUTCFullYear();
  const dueDay = Math.floor(Date.UTC(year + 8, 11, 31) / DAY) + 1;
  return { id: record.id, action: dueDay <= AT_DAY ? 'review' : null, dueDay };
}

/** Throws unless the engine and the hand-written baseline agree on the first `sample` records. */
export function assertSameDecisions(policy, records, sample = 5_000) {
  for (let i = 0; i < Math.min(sample, records.length); i++) {
    const ours = evaluateRetention(policy, records[i], { at: AT });
    const theirs = handWrittenRetention(records[i]);
    if ((ours.action?.action ?? null) !== theirs.action)
      throw new Error(`baseline disagrees on record ${i}`);
  }
}
