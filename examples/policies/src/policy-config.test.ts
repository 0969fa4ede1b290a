import { ValidationError } from '@pledge/core';
import { lintRetentionPolicy } from '@pledge/retention';
import { describe, expect, it } from 'vitest';
import {
  definePledgePolicy,
  loadPolicy,
  type PledgePolicy,
  POLICY_NAMES,
  retentionPolicyFor,
} from './index.js';

describe('loadPolicy', () => {
  it.each(POLICY_NAMES)('loads %s by name, validated and frozen', (name) => {
    const policy = loadPolicy(name);
    expect(policy.name).toBe(name);
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.retention.rules)).toBe(true);
  });

  it.each(POLICY_NAMES)('%s has no contradictory retention rules', (name) => {
    expect(lintRetentionPolicy(retentionPolicyFor(loadPolicy(name))).findings).toEqual([]);
  });

  it('throws a ValidationError naming `name` for an unknown policy', () => {
    expect(() => loadPolicy('slack')).toThrow(ValidationError);
    try {
      loadPolicy('slack');
    } catch (error) {
      expect((error as ValidationError).issues[0]?.field).toBe('name');
    }
  });
});

describe('definePledgePolicy', () => {
  const valid = (): PledgePolicy => structuredClone(loadPolicy('planfix')) as PledgePolicy;

  it('a typo in a policy fails type checking and zod validation', () => {
    const planfix = loadPolicy('planfix');
    expect(() =>
      definePledgePolicy({
        ...planfix,
        // @ts-expect-error: 'acess' is not a request type
        dsr: { ...planfix.dsr, rights: ['acess'] },
      }),
    ).toThrow(ValidationError);
  });

  it('accepts a valid configuration', () => {
    expect(definePledgePolicy(valid()).name).toBe('planfix');
  });

  it.each<[string, (policy: Record<string, unknown>) => void]>([
    ['a typo in a key', (policy) => Object.assign(policy, { purpose: [] })],
    [
      'an unknown legal basis',
      (policy) =>
        Object.assign((policy.purposes as object[])[0] as object, { legalBasis: 'contrat' }),
    ],
    [
      'an undeclared purpose on a data category',
      (policy) => Object.assign((policy.data as object[])[0] as object, { purposes: ['nope'] }),
    ],
    [
      'a malformed retention period',
      (policy) =>
        Object.assign(policy, {
          retention: {
            rules: [
              {
                ...(loadPolicy('website').retention.rules[0] as object),
                stages: [{ after: '14 days', action: 'delete' }],
              },
            ],
          },
        }),
    ],
    [
      'a minimum age out of range',
      (policy) =>
        Object.assign(policy, { age: { policy: { minimumAge: 160 }, deleteChildData: true } }),
    ],
    [
      'a retroactive withdrawal',
      (policy) => Object.assign(policy.dsr as object, { withdrawalRetroactive: true }),
    ],
    [
      'an unknown data-map location',
      (policy) =>
        Object.assign(policy, {
          dataMap: { systems: [{ id: 'a', location: 'Narnia' }], flows: [{ from: 'a', to: 'a' }] },
        }),
    ],
  ])('rejects %s with a ValidationError', (_name, corrupt) => {
    const policy = valid() as unknown as Record<string, unknown>;
    corrupt(policy);
    expect(() => definePledgePolicy(policy as unknown as PledgePolicy)).toThrow(ValidationError);
  });
});
