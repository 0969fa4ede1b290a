import { ConflictError, createSimulatedClock, PledgeError, ValidationError } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import type { DataSystem, ExemptionSource } from './data-system.js';
import type { DsrStore } from './dsr-store.js';
import { createMemoryDsrStore } from './memory-store.js';
import type { KeptCategory } from './request.js';
import { createDsrService, type DsrServiceOptions } from './service.js';

const T = 'tenant-1';

function setup(options: Partial<DsrServiceOptions> = {}) {
  const clock = createSimulatedClock('2026-03-02T09:00:00Z');
  const store = options.store ?? createMemoryDsrStore();
  const service = createDsrService({ store, clock, ...options });
  return { clock, store, service };
}

function thrown(run: () => unknown): Promise<unknown> {
  return Promise.resolve()
    .then(run)
    .then(
      () => undefined,
      (error: unknown) => error,
    );
}

/** An eraser that counts calls and can be told to throw. */
function eraser(
  id: string,
  options: { idempotent?: boolean; failTimes?: number; recipients?: string[] } = {},
) {
  const calls: string[] = [];
  let failures = options.failTimes ?? 0;
  const system: DataSystem = {
    id,
    ...(options.recipients ? { recipients: options.recipients } : {}),
    ...(options.idempotent ? { idempotent: { erase: true } } : {}),
    async erase(subject) {
      calls.push(subject);
      if (failures > 0) {
        failures--;
        throw Object.assign(new Error('backend down for p-1'), { code: 'BACKEND_DOWN' });
      }
    },
  };
  return { system, calls };
}

/** A store that fails the first write matching `when` after it has been armed (a crash). */
function crashingStore(when: (eventType: string, taskId?: string) => boolean) {
  const inner = createMemoryDsrStore();
  let armed = true;
  const store: DsrStore = {
    ...inner,
    async append(tenant, requestId, expectedVersion, write, options) {
      const body = write.events[0]?.body;
      const event = body?.event as { taskId?: string; status?: string } | undefined;
      if (armed && body && when(`${body.type}:${event?.status ?? ''}`, event?.taskId)) {
        armed = false;
        throw new PledgeError({
          code: 'STORE_UNAVAILABLE',
          scope: 'test',
          message: 'connection lost',
        });
      }
      return inner.append(tenant, requestId, expectedVersion, write, options);
    },
  };
  return store;
}

describe('createDsrService: requests, deadlines, due list', () => {
  it('submits, derives the deadline and lists requests by urgency', async () => {
    const { service, clock } = setup({ policy: { respondWithin: 'P30D' } });
    const germany = await service.submit({
      tenant: T,
      id: 'de-1',
      type: 'access',
      subject: 'p-1',
      jurisdiction: 'DE',
    });
    clock.advance('P1D');
    const california = await service.submit({
      tenant: T,
      id: 'ca-1',
      type: 'opt-out-of-sale',
      subject: 'p-2',
      jurisdiction: 'US-CA',
    });
    await service.submit({
      tenant: T,
      id: 'fw-1',
      type: 'erasure',
      subject: 'p-3',
      jurisdiction: 'DE',
    });
    await service.apply({
      tenant: T,
      requestId: 'fw-1',
      event: { type: 'forward-to-controller', controller: 'customer-1' },
    });
    expect(germany.regimes).toEqual(['gdpr']);
    expect(california.regimes).toEqual(['ccpa', 'coppa']);
    const list = await service.due({ tenant: T, before: '2026-12-31T00:00:00Z' });
    expect(list.map((entry) => [entry.request.id, entry.deadline.due])).toEqual([
      ['ca-1', '2026-03-24'],
      ['de-1', '2026-04-01'],
    ]);
    expect(await service.due({ tenant: T, before: '2026-03-25T00:00:00Z' })).toHaveLength(1);
  });

  it('bad input → typed error naming the field, nothing written', async () => {
    const { service, store } = setup();
    const cases: [() => Promise<unknown>, string][] = [
      [
        () =>
          service.submit({
            tenant: T,
            type: 'delete-everything' as never,
            subject: 'p',
            jurisdiction: 'DE',
          }),
        'input.type',
      ],
      [
        () => service.submit({ tenant: T, type: 'access', subject: 'p', jurisdiction: 'Germany' }),
        'input.jurisdiction',
      ],
      [
        () => service.submit({ tenant: '', type: 'access', subject: 'p', jurisdiction: 'DE' }),
        'input.tenant',
      ],
      [
        () => service.apply({ tenant: T, requestId: 'nope', event: { type: 'withdraw' } }),
        'requestId',
      ],
    ];
    for (const [call, field] of cases) {
      const error = await thrown(call);
      expect(ValidationError.isInstance(error), field).toBe(true);
      expect((error as ValidationError).issues.map((issue) => issue.field)).toContain(field);
      expect((error as ValidationError).message).not.toContain('Germany');
    }
    expect(await store.list(T)).toEqual([]);
    const request = await service.submit({
      tenant: T,
      id: 'r1',
      type: 'access',
      subject: 'p',
      jurisdiction: 'DE',
    });
    const bad = await thrown(() =>
      service.apply({
        tenant: T,
        requestId: 'r1',
        event: { type: 'deny', reasonCode: 'lower', text: 'x' },
      }),
    );
    expect((bad as ValidationError).issues[0]?.field).toBe('command.event.reasonCode');
    expect(await store.events(T, 'r1')).toHaveLength(1);
    expect((await service.get({ tenant: T, requestId: 'r1' }))?.version).toBe(request.version);
  });

  it('refusals are values and write nothing', async () => {
    const { service, store } = setup();
    await service.submit({ tenant: T, id: 'r1', type: 'access', subject: 'p', jurisdiction: 'DE' });
    const result = await service.apply({ tenant: T, requestId: 'r1', event: { type: 'complete' } });
    expect(result.ok ? null : result.rejection.code).toBe('ILLEGAL_TRANSITION');
    expect(await store.events(T, 'r1')).toHaveLength(1);
  });

  it('idempotency keys replay the first result; optimistic concurrency on version', async () => {
    const { service, store } = setup();
    const first = await service.submit({
      tenant: T,
      type: 'access',
      subject: 'p',
      jurisdiction: 'DE',
      idempotencyKey: 'form-1',
    });
    const again = await service.submit({
      tenant: T,
      type: 'access',
      subject: 'p',
      jurisdiction: 'DE',
      idempotencyKey: 'form-1',
    });
    expect(again.id).toBe(first.id);
    expect(await store.list(T)).toHaveLength(1);
    const ref = { tenant: T, requestId: first.id };
    const verified = await service.apply({
      ...ref,
      event: { type: 'verify-identity' },
      idempotencyKey: 'cmd-1',
    });
    const replay = await service.apply({
      ...ref,
      event: { type: 'verify-identity' },
      idempotencyKey: 'cmd-1',
    });
    expect(verified.ok && !verified.replayed).toBe(true);
    expect(replay.ok && replay.replayed).toBe(true);
    expect(await store.events(T, first.id)).toHaveLength(2);
    const reused = await thrown(() =>
      service.apply({ ...ref, event: { type: 'withdraw' }, idempotencyKey: 'cmd-1' }),
    );
    expect(ConflictError.isInstance(reused)).toBe(true);
    const stale = await thrown(() =>
      service.apply({ ...ref, event: { type: 'withdraw' }, expectedVersion: 1 }),
    );
    expect(ConflictError.isInstance(stale)).toBe(true);
    expect((await service.get(ref))?.state).toBe('in-progress');
  });

  it('every transition is a hash-chained audit event; tampering is detected', async () => {
    const inner = createMemoryDsrStore();
    let tamper = false;
    const store: DsrStore = {
      ...inner,
      async events(tenant, id) {
        const events = await inner.events(tenant, id);
        return tamper
          ? events.map((event, index) =>
              index === 1 ? { ...event, body: { ...event.body, to: 'completed' } } : event,
            )
          : events;
      },
    };
    const { service } = setup({ store });
    const request = await service.submit({
      tenant: T,
      type: 'erasure',
      subject: 'p',
      jurisdiction: 'DE',
    });
    const ref = { tenant: T, requestId: request.id };
    await service.apply({ ...ref, event: { type: 'verify-identity' } });
    await service.apply({ ...ref, event: { type: 'complete' } });
    const history = await service.history(ref);
    expect(history.map((event) => [event.body.type, event.body.from, event.body.to])).toEqual([
      ['receive', null, 'received'],
      ['verify-identity', 'received', 'in-progress'],
      ['complete', 'in-progress', 'completed'],
    ]);
    expect(await service.verifyAudit(ref)).toMatchObject({
      ok: true,
      count: 3,
      versionMatches: true,
    });
    tamper = true;
    const broken = await service.verifyAudit(ref);
    expect(broken.ok).toBe(false);
    expect(broken.ok ? null : broken.failure.code).toBe('HASH_MISMATCH');
  });
});

describe('fulfilment', () => {
  const categories = [
    {
      category: 'account',
      source: 'provided by you',
      purposes: ['service'],
      recipients: ['hosting provider'],
      retention: 'until account deletion',
      legalBasis: 'contract',
    },
  ];
  const crm: DataSystem = {
    id: 'crm',
    async access(subject) {
      return { records: { subject, name: 'Ada' }, categories };
    },
  };

  it('access: refuses to build an export without verified identity, then builds JSON + CSV', async () => {
    let calls = 0;
    const counted: DataSystem = {
      ...crm,
      async access(subject, context) {
        calls++;
        return crm.access!(subject, context);
      },
    };
    const { service } = setup({ systems: [counted] });
    const request = await service.submit({
      tenant: T,
      type: 'access',
      subject: 'p-1',
      jurisdiction: 'DE',
    });
    const ref = { tenant: T, requestId: request.id };
    const refused = await service.fulfil(ref);
    expect(refused.outcome).toBe('refused');
    expect(refused.reasons.map((why) => why.code)).toContain('NOT_FULFILLABLE_IN_STATE');
    expect(calls).toBe(0);
    await service.apply({ ...ref, event: { type: 'verify-identity', method: 'e-mail-link' } });
    const report = await service.fulfil(ref);
    expect(report.outcome).toBe('completed');
    expect(calls).toBe(1);
    const exported = JSON.parse(report.exportPackage?.json ?? '{}');
    expect(exported.format).toBe('pledge.dsr-export/1');
    expect(exported.systems[0].records).toEqual({ name: 'Ada', subject: 'p-1' });
    expect(report.exportPackage?.csv.split('\r\n')[0]).toBe(
      'system,category,source,purposes,recipients,retention,legal_basis',
    );
    expect(report.exportPackage?.csv).toContain(
      'crm,account,provided by you,service,hosting provider,until account deletion,contract',
    );
    expect(report.request.state).toBe('completed');
  });

  it('erasure honours exemptions: partially completed, kept categories restricted and cited, recipients listed', async () => {
    const restricted: string[][] = [];
    const kept: KeptCategory = {
      category: 'invoices',
      system: 'billing',
      basis: 'legal-obligation',
      citation: {
        law: 'Regulation (EU) 2016/679 (GDPR)',
        article: 'Art. 17(3)(b)',
        confidence: 'primary',
      },
      until: '2036-12-31',
    };
    const billing: DataSystem = {
      id: 'billing',
      recipients: ['payment processor'],
      async erase() {},
      async restrict(_subject, { categories: cats }) {
        restricted.push([...cats]);
      },
    };
    const holds: ExemptionSource = {
      id: 'retention',
      async exemptionsFor() {
        return [kept];
      },
    };
    const mail = eraser('mail', { recipients: ['newsletter provider'] });
    const { service } = setup({ systems: [billing, mail.system], exemptions: [holds] });
    const request = await service.submit({
      tenant: T,
      type: 'erasure',
      subject: 'p-1',
      jurisdiction: 'DE',
    });
    const ref = { tenant: T, requestId: request.id };
    await service.apply({ ...ref, event: { type: 'verify-identity' } });
    const report = await service.fulfil(ref);
    expect(report.outcome).toBe('partially-completed');
    expect(report.request.state).toBe('partially-completed');
    expect(report.request.outcome).toEqual({
      kind: 'partially-completed',
      kept: [kept],
      recipientsToNotify: ['payment processor', 'newsletter provider'],
      restricted: [{ system: 'billing', category: 'invoices' }],
    });
    expect(report.reasons.map((why) => why.code)).not.toContain('KEPT_DATA_NOT_RESTRICTED');
    expect(restricted).toEqual([['invoices']]);
    expect(
      report.reasons.find((why) => why.code === 'DATA_KEPT_UNDER_EXEMPTION')?.citation?.article,
    ).toBe('Art. 17(3)(b)');
    expect(
      report.tasks.map((task) => [task.id.split('/').slice(1).join('/'), task.status]),
    ).toEqual([
      ['billing/erase', 'done'],
      ['billing/restrict', 'done'],
      ['mail/erase', 'done'],
    ]);
  });

  it('kept data a system cannot restrict is reported, never silently used', async () => {
    const mail = eraser('mail');
    const claims: ExemptionSource = {
      id: 'legal',
      async exemptionsFor() {
        return [
          {
            category: 'support-tickets',
            basis: 'legal-claims',
            citation: {
              law: 'Regulation (EU) 2016/679 (GDPR)',
              article: 'Art. 17(3)(e)',
              confidence: 'primary',
            },
          },
        ];
      },
    };
    const { service } = setup({ systems: [mail.system], exemptions: [claims] });
    const request = await service.submit({
      tenant: T,
      type: 'erasure',
      subject: 'p-1',
      jurisdiction: 'DE',
    });
    const ref = { tenant: T, requestId: request.id };
    await service.apply({ ...ref, event: { type: 'verify-identity' } });
    const report = await service.fulfil(ref);
    expect(report.outcome).toBe('partially-completed');
    expect(report.reasons.map((why) => why.code)).toContain('KEPT_DATA_NOT_RESTRICTED');
    expect(report.request.outcome).toMatchObject({ kind: 'partially-completed', restricted: [] });
  });

  it('retries a connector that throws, recording the failure code only', async () => {
    const a = eraser('a');
    const b = eraser('b', { failTimes: 1 });
    const { service } = setup({ systems: [a.system, b.system] });
    const request = await service.submit({
      tenant: T,
      type: 'erasure',
      subject: 'p-1',
      jurisdiction: 'DE',
    });
    const ref = { tenant: T, requestId: request.id };
    await service.apply({ ...ref, event: { type: 'verify-identity' } });
    const report = await service.fulfil(ref);
    expect(report.outcome).toBe('completed');
    expect([a.calls.length, b.calls.length]).toEqual([1, 2]);
    const failed = (await service.history(ref)).find(
      (event) => (event.body.event as { status?: string })?.status === 'failed',
    );
    expect(failed?.body.event).toEqual({
      type: 'finish-task',
      taskId: `${request.id}/b/erase`,
      status: 'failed',
      errorCode: 'BACKEND_DOWN',
    });
    expect(JSON.stringify(await service.history(ref))).not.toContain('backend down');
  });

  describe('crash and resume: every eraser runs exactly once', () => {
    async function crashAfterEraser(idempotent: boolean) {
      const a = eraser('a');
      const b = eraser('b', { idempotent });
      const c = eraser('c');
      // The process dies after b's eraser succeeded and before its success was recorded.
      const store = crashingStore(
        (type, taskId) => type === 'finish-task:done' && taskId?.endsWith('/b/erase') === true,
      );
      const { service } = setup({ store, systems: [a.system, b.system, c.system] });
      const request = await service.submit({
        tenant: T,
        type: 'erasure',
        subject: 'p-1',
        jurisdiction: 'DE',
      });
      const ref = { tenant: T, requestId: request.id };
      await service.apply({ ...ref, event: { type: 'verify-identity' } });
      const crash = await thrown(() => service.fulfil(ref));
      expect(PledgeError.isInstance(crash) && crash.code).toBe('STORE_UNAVAILABLE');
      expect([a.calls.length, b.calls.length, c.calls.length]).toEqual([1, 1, 0]);
      const rerun = await service.fulfil(ref);
      return { a, b, c, rerun, service, ref };
    }

    it('a non-idempotent eraser left "started" is never called again: needs-review; the rest completes', async () => {
      const { a, b, c, rerun, service, ref } = await crashAfterEraser(false);
      expect([a.calls.length, b.calls.length, c.calls.length]).toEqual([1, 1, 1]);
      expect(rerun.outcome).toBe('incomplete');
      expect(rerun.tasks.find((task) => task.id.endsWith('/b/erase'))?.status).toBe('needs-review');
      // A human confirms the erasure happened; the next run closes the request without calls.
      const resolved = await service.apply({
        ...ref,
        event: { type: 'finish-task', taskId: `${ref.requestId}/b/erase`, status: 'done' },
      });
      expect(resolved.ok).toBe(true);
      const last = await service.fulfil(ref);
      expect(last.outcome).toBe('completed');
      expect([a.calls.length, b.calls.length, c.calls.length]).toEqual([1, 1, 1]);
      expect((await service.verifyAudit(ref)).ok).toBe(true);
    });

    it('an idempotent eraser is called again and the request completes', async () => {
      const { a, b, c, rerun } = await crashAfterEraser(true);
      expect(rerun.outcome).toBe('completed');
      expect([a.calls.length, b.calls.length, c.calls.length]).toEqual([1, 2, 1]);
      expect(rerun.tasks.find((task) => task.id.endsWith('/b/erase'))?.attempts).toBe(2);
    });

    it('a connector that throws midway is retried on the next run; finished ones are not repeated', async () => {
      const a = eraser('a');
      const b = eraser('b', { failTimes: 1 });
      const c = eraser('c');
      const { service } = setup({ systems: [a.system, b.system, c.system], maxAttempts: 1 });
      const request = await service.submit({
        tenant: T,
        type: 'erasure',
        subject: 'p-1',
        jurisdiction: 'DE',
      });
      const ref = { tenant: T, requestId: request.id };
      await service.apply({ ...ref, event: { type: 'verify-identity' } });
      const first = await service.fulfil(ref);
      expect(first.outcome).toBe('incomplete');
      expect(first.request.state).toBe('in-progress');
      const second = await service.fulfil(ref);
      expect(second.outcome).toBe('completed');
      expect([a.calls.length, b.calls.length, c.calls.length]).toEqual([1, 2, 1]);
      const third = await service.fulfil(ref);
      expect(third.outcome).toBe('refused');
      expect([a.calls.length, b.calls.length, c.calls.length]).toEqual([1, 2, 1]);
    });
  });

  it('erasure grace window: scheduled, cancellable, then executed after the window', async () => {
    const a = eraser('a');
    const { service, clock } = setup({
      systems: [a.system],
      policy: { erasureGraceWindow: 'P7D' },
    });
    const request = await service.submit({
      tenant: T,
      type: 'erasure',
      subject: 'p-1',
      jurisdiction: 'DE',
    });
    const ref = { tenant: T, requestId: request.id };
    await service.apply({ ...ref, event: { type: 'verify-identity' } });
    const scheduled = await service.fulfil(ref);
    expect(scheduled.outcome).toBe('scheduled');
    expect(scheduled.request.state).toBe('pending-irreversible');
    expect(scheduled.request.erasureExecuteAfter).toBe('2026-03-09T09:00:00.000Z');
    clock.advance('P1D');
    expect((await service.fulfil(ref)).outcome).toBe('grace-window-open');
    expect(a.calls).toHaveLength(0);
    clock.advance('P7D');
    const done = await service.fulfil(ref);
    expect(done.outcome).toBe('completed');
    expect(a.calls).toHaveLength(1);
  });
});
