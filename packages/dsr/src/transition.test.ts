import { ValidationError } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { DSR_EVENT_TYPES } from './event.js';
import { DSR_STATES } from './request.js';
import { stateDiagram } from './state-diagram.js';
import { requestAfter } from './test-fixtures.js';
import { openRequest, transition } from './transition.js';
import { TRANSITION_TABLE } from './transition-table.js';

const AT = '2026-03-02T09:00:00Z';
const reasonsOf = (result: ReturnType<typeof transition>) =>
  result.ok ? [] : result.rejection.reasons.map((why) => why.code);

describe('transition', () => {
  it('follows the happy path received → verifying → in-progress → completed', () => {
    const request = requestAfter({ type: 'access', jurisdiction: 'DE' }, AT, [
      [{ type: 'request-identity' }, '2026-03-02T10:00:00Z'],
      [{ type: 'verify-identity', method: 'authenticated-session' }, '2026-03-03T10:00:00Z'],
      [{ type: 'complete' }, '2026-03-05T10:00:00Z'],
    ]);
    expect(request.state).toBe('completed');
    expect(request.version).toBe(4);
    expect(request.outcome).toEqual({ kind: 'completed' });
    expect(request.clock.map((event) => event.kind)).toEqual(['received', 'identity-verified']);
  });

  it('returns a typed ILLEGAL_TRANSITION rejection, never a silent no-op', () => {
    const { request } = openRequest(
      { id: 'r', tenant: 't', type: 'access', subject: 's', jurisdiction: 'DE' },
      { at: AT },
    );
    const result = transition(request, { type: 'complete' }, { at: AT });
    expect(result).toEqual({
      ok: false,
      rejection: {
        code: 'ILLEGAL_TRANSITION',
        state: 'received',
        event: 'complete',
        reasons: [{ code: 'ILLEGAL_TRANSITION', params: { state: 'received', event: 'complete' } }],
      },
    });
  });

  it('guards: access cannot begin without verified identity', () => {
    const { request } = openRequest(
      { id: 'r', tenant: 't', type: 'access', subject: 's', jurisdiction: 'DE' },
      { at: AT },
    );
    expect(reasonsOf(transition(request, { type: 'begin' }, { at: AT }))).toEqual([
      'VERIFICATION_REQUIRED',
    ]);
    const optOut = openRequest(
      { id: 'r', tenant: 't', type: 'opt-out-of-sale', subject: 's', jurisdiction: 'US-CA' },
      { at: AT },
    ).request;
    expect(transition(optOut, { type: 'begin' }, { at: AT }).ok).toBe(true);
  });

  it('denial carries the reason code, the text and the remedies the regime requires (GDPR Art. 12(4))', () => {
    const request = requestAfter({ type: 'erasure', jurisdiction: 'FR' }, AT, [
      [
        { type: 'deny', reasonCode: 'MANIFESTLY_UNFOUNDED', text: 'Repetitive request.' },
        '2026-03-03T10:00:00Z',
      ],
    ]);
    expect(request.state).toBe('denied');
    expect(request.outcome).toMatchObject({
      kind: 'denied',
      reasonCode: 'MANIFESTLY_UNFOUNDED',
      text: 'Repetitive request.',
    });
    const remedies = request.outcome?.kind === 'denied' ? request.outcome.remedies : [];
    expect(remedies.map((remedy) => remedy.kind)).toEqual([
      'complaint-to-supervisory-authority',
      'judicial-remedy',
    ]);
    expect(remedies[0]?.citation.article).toBe('Art. 12(4)');
  });

  it('the audit body carries a hash of free text, never the text itself', () => {
    const { request } = openRequest(
      { id: 'r', tenant: 't', type: 'erasure', subject: 's', jurisdiction: 'DE' },
      { at: AT },
    );
    const result = transition(
      request,
      { type: 'deny', reasonCode: 'EXEMPT', text: 'Ada Lovelace is exempt.' },
      { at: AT },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(result.event)).not.toContain('Ada');
    expect(result.event.event).toEqual({
      type: 'deny',
      reasonCode: 'EXEMPT',
      textSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('appeals exist where the regime has them (Virginia), and are refused under the GDPR', () => {
    const virginia = requestAfter({ type: 'erasure', jurisdiction: 'US-VA' }, AT, [
      [{ type: 'deny', reasonCode: 'EXEMPT', text: 'Exempt.' }, '2026-03-03T10:00:00Z'],
      [{ type: 'appeal' }, '2026-03-05T10:00:00Z'],
      [{ type: 'deny-appeal', text: 'Upheld refusal.' }, '2026-03-20T10:00:00Z'],
    ]);
    expect(virginia.state).toBe('appeal-denied');
    expect(
      virginia.outcome?.kind === 'denied'
        ? virginia.outcome.remedies.map((remedy) => remedy.kind)
        : [],
    ).toEqual(['appeal-to-controller']);
    const germany = requestAfter({ type: 'erasure', jurisdiction: 'DE' }, AT, [
      [{ type: 'deny', reasonCode: 'EXEMPT', text: 'Exempt.' }, '2026-03-03T10:00:00Z'],
    ]);
    expect(
      reasonsOf(transition(germany, { type: 'appeal' }, { at: '2026-03-05T10:00:00Z' })),
    ).toEqual(['APPEAL_NOT_AVAILABLE']);
  });

  it('an upheld appeal reopens the request', () => {
    const request = requestAfter({ type: 'erasure', jurisdiction: 'US-CT' }, AT, [
      [{ type: 'deny', reasonCode: 'EXEMPT', text: 'Exempt.' }, '2026-03-03T10:00:00Z'],
      [{ type: 'appeal' }, '2026-03-05T10:00:00Z'],
      [{ type: 'uphold-appeal' }, '2026-03-20T10:00:00Z'],
      [{ type: 'reopen' }, '2026-03-21T10:00:00Z'],
    ]);
    expect(request.state).toBe('in-progress');
    expect(request.outcome).toBeUndefined();
  });

  it('restriction is a flag beside the state; the subject is told before it lifts (GDPR Art. 18(3))', () => {
    const restricted = requestAfter({ type: 'rectification', jurisdiction: 'NL' }, AT, [
      [{ type: 'restrict-processing', reasonCode: 'ACCURACY_CONTESTED' }, '2026-03-02T10:00:00Z'],
      [{ type: 'verify-identity' }, '2026-03-03T10:00:00Z'],
    ]);
    expect(restricted.state).toBe('in-progress');
    expect(restricted.restriction).toEqual({
      since: '2026-03-02T10:00:00.000Z',
      reasonCode: 'ACCURACY_CONTESTED',
    });
    expect(
      reasonsOf(
        transition(restricted, { type: 'lift-restriction' }, { at: '2026-03-04T10:00:00Z' }),
      ),
    ).toEqual(['SUBJECT_NOT_TOLD_BEFORE_LIFT']);
    const told = transition(
      restricted,
      { type: 'notify-restriction-lift' },
      { at: '2026-03-04T10:00:00Z' },
    );
    expect(told.ok).toBe(true);
    if (!told.ok) return;
    const lifted = transition(
      told.request,
      { type: 'lift-restriction' },
      { at: '2026-03-05T10:00:00Z' },
    );
    expect(lifted.ok && lifted.request.restriction).toBeUndefined();
    expect(lifted.ok && lifted.request.state).toBe('in-progress');
  });

  it('a scheduled erasure can be cancelled until an eraser has started', () => {
    const scheduled = requestAfter({ type: 'erasure', jurisdiction: 'DE' }, AT, [
      [{ type: 'verify-identity' }, '2026-03-02T10:00:00Z'],
      [{ type: 'schedule-erasure', executeAfter: '2026-03-09T10:00:00Z' }, '2026-03-02T10:00:00Z'],
    ]);
    expect(scheduled.state).toBe('pending-irreversible');
    const cancelled = transition(
      scheduled,
      { type: 'cancel-erasure' },
      { at: '2026-03-03T10:00:00Z' },
    );
    expect(cancelled.ok && cancelled.request.state).toBe('in-progress');
    expect(cancelled.ok && cancelled.request.erasureExecuteAfter).toBeUndefined();
    const early = transition(
      scheduled,
      {
        type: 'start-task',
        taskId: 'r-1/crm/erase',
        system: 'crm',
        operation: 'erase',
        idempotencyKey: 'k',
      },
      { at: '2026-03-03T10:00:00Z' },
    );
    expect(reasonsOf(early)).toEqual(['GRACE_WINDOW_OPEN']);
    const started = transition(
      scheduled,
      {
        type: 'start-task',
        taskId: 'r-1/crm/erase',
        system: 'crm',
        operation: 'erase',
        idempotencyKey: 'k',
      },
      { at: '2026-03-10T10:00:00Z' },
    );
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(
      reasonsOf(
        transition(started.request, { type: 'cancel-erasure' }, { at: '2026-03-10T11:00:00Z' }),
      ),
    ).toEqual(['IRREVERSIBLE_STEP_STARTED']);
    expect(
      reasonsOf(transition(started.request, { type: 'complete' }, { at: '2026-03-10T11:00:00Z' })),
    ).toEqual(['TASKS_OUTSTANDING']);
  });

  it('processor mode: the request is forwarded to the controlling customer (Planfix)', () => {
    const request = requestAfter({ type: 'erasure', jurisdiction: 'UA' }, AT, [
      [{ type: 'forward-to-controller', controller: 'customer-42' }, '2026-03-02T10:00:00Z'],
    ]);
    expect(request.state).toBe('forwarded-to-controller');
    expect(request.outcome).toEqual({ kind: 'forwarded', controller: 'customer-42' });
  });

  it('expires when identity is never verified', () => {
    const request = requestAfter({ type: 'access', jurisdiction: 'DE' }, AT, [
      [{ type: 'request-identity' }, '2026-03-02T10:00:00Z'],
      [{ type: 'expire' }, '2026-04-02T10:00:00Z'],
    ]);
    expect(request.state).toBe('expired');
  });

  it('refuses an event dated before receipt', () => {
    const { request } = openRequest(
      { id: 'r', tenant: 't', type: 'access', subject: 's', jurisdiction: 'DE' },
      { at: AT },
    );
    expect(
      reasonsOf(transition(request, { type: 'withdraw' }, { at: '2026-03-01T00:00:00Z' })),
    ).toEqual(['EVENT_BEFORE_RECEIPT']);
  });

  it('bad input throws a ValidationError naming the field', () => {
    const { request } = openRequest(
      { id: 'r', tenant: 't', type: 'access', subject: 's', jurisdiction: 'DE' },
      { at: AT },
    );
    const thrown = (() => {
      try {
        transition(request, { type: 'teleport' } as never, { at: AT });
      } catch (error) {
        return error;
      }
    })();
    expect(ValidationError.isInstance(thrown)).toBe(true);
    expect((thrown as ValidationError).issues[0]?.field).toBe('event.type');
  });
});

describe('transition table and diagram', () => {
  it('covers every state and only known events', () => {
    expect(Object.keys(TRANSITION_TABLE).sort()).toEqual([...DSR_STATES].sort());
    for (const row of Object.values(TRANSITION_TABLE)) {
      for (const event of Object.keys(row)) expect(DSR_EVENT_TYPES).toContain(event);
    }
  });

  it('every state is reachable from received', () => {
    const seen = new Set<string>(['received']);
    const queue = ['received'] as (keyof typeof TRANSITION_TABLE)[];
    while (queue.length > 0) {
      const state = queue.shift()!;
      for (const target of Object.values(TRANSITION_TABLE[state])) {
        if (target !== undefined && target !== 'unchanged' && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    expect([...seen].sort()).toEqual([...DSR_STATES].sort());
  });

  it('the Mermaid diagram draws every state-changing edge of the table', () => {
    const diagram = stateDiagram();
    expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
    for (const [state, row] of Object.entries(TRANSITION_TABLE)) {
      for (const [event, target] of Object.entries(row)) {
        if (target === 'unchanged') continue;
        const line = diagram
          .split('\n')
          .find((text) =>
            text.startsWith(
              `  ${state.replaceAll('-', '_')} --> ${String(target).replaceAll('-', '_')} :`,
            ),
          );
        expect(line, `${state} -${event}-> ${target}`).toBeDefined();
        expect(line?.split(' : ')[1]?.split(', ')).toContain(event);
      }
    }
  });
});
