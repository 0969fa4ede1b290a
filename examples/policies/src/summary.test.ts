import { describe, expect, it } from 'vitest';
import { loadPolicy, POLICY_NAMES, renderPolicySummary } from './index.js';

describe('renderPolicySummary', () => {
  it.each(POLICY_NAMES)(
    'renders the published notice of %s from its configuration',
    async (name) => {
      await expect(renderPolicySummary(loadPolicy(name))).toMatchFileSnapshot(
        `./__snapshots__/${name}.md`,
      );
    },
  );

  it('states the promises the engines enforce, so a changed promise changes the notice', () => {
    const planfix = renderPolicySummary(loadPolicy('planfix'));
    expect(planfix).toContain('We answer within 30 days');
    expect(planfix).toContain('at least 30 days before they apply');
    expect(planfix).toContain('at least 13');
    expect(renderPolicySummary(loadPolicy('website'))).toContain(
      'server-log (from collected): delete after 14 days.',
    );
    expect(renderPolicySummary(loadPolicy('workpex'))).toContain(
      'These rights apply to everyone, wherever they live.',
    );
    expect(renderPolicySummary(loadPolicy('james-pro'))).toContain('(relies on: privacy-shield)');
  });
});
