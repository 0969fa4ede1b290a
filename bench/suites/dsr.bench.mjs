// @pledge/dsr: computeDeadline (a request's due date derived from its clock events, with the
// regime table, zod validation and reasons) against core's legalPeriodEnd alone over the same
// receipt dates and holiday calendar, plus the browser bundle size.
import { legalPeriodEnd } from '@pledge/core';
import { createHolidayCalendar } from '@pledge/core/holidays';
import { computeDeadline, openRequest, transition } from '@pledge/dsr';
import { formatBytes, formatRate, gzipBundleSize, opsPerSecond } from '../lib/measure.mjs';

export async function run({ quick }) {
  const time = quick ? 150 : 500;
  const calendar = createHolidayCalendar('DE');
  const requests = Array.from({ length: 200 }, (_, i) => {
    const receivedAt = new Date(Date.UTC(2026, 0, 1 + i, 9)).toISOString();
    const { request } = openRequest(
      { id: `r-${i}`, tenant: 't', type: 'access', subject: `p-${i}`, jurisdiction: 'DE' },
      { at: receivedAt },
    );
    const verified = transition(request, { type: 'verify-identity' }, { at: receivedAt, calendar });
    return verified.ok ? verified.request : request;
  });
  const dates = requests.map((request) => request.clock[0].at.slice(0, 10));

  const baseline = opsPerSecond(
    (i) => legalPeriodEnd(dates[i % dates.length], 'P1M', { calendar }),
    { time },
  );
  const ours = opsPerSecond(
    (i) => {
      const request = requests[i % requests.length];
      computeDeadline(request, { at: request.clock[0].at, calendar });
    },
    { time },
  );

  const alone = await gzipBundleSize('@pledge/dsr', { external: ['@pledge/core', 'zod'] });
  const withCore = await gzipBundleSize('@pledge/dsr', { external: ['zod'] });
  return [
    {
      figure: 'computeDeadline (GDPR, DE calendar, validated, with reasons)',
      ours: formatRate(ours),
      baseline: `${formatRate(baseline)} legalPeriodEnd alone`,
      ratio: (ours / baseline).toFixed(2),
      target: 'info',
      kind: 'time',
    },
    {
      figure: '@pledge/dsr browser bundle (core and zod external, gzip)',
      ours: formatBytes(alone.gzip),
      baseline: `${formatBytes(alone.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
    {
      figure: '@pledge/dsr browser bundle with @pledge/core bundled (zod external, gzip)',
      ours: formatBytes(withCore.gzip),
      baseline: `${formatBytes(withCore.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
  ];
}
