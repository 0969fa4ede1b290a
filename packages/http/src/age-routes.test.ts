import { describe, expect, it } from 'vitest';
import { createFixture, read } from './test-fixtures.js';

const subject = 'p-child';

describe('POST /age/check', () => {
  it('requires a guardian below the digital consent age and tells the ledger', async () => {
    const { call, ledger } = createFixture();
    const response = await call('POST', '/age/check', {
      subject,
      birthDate: '2011-05-01',
      jurisdiction: 'DE',
    });
    expect(response.status).toBe(200);
    const body = await read(response);
    expect(body).toMatchObject({
      outcome: 'parental-consent-required',
      reevaluateAt: '2027-05-01',
    });
    expect(JSON.stringify(body)).not.toContain('2011-05-01');
    const history = await ledger.history({ tenant: 'acme', subject });
    expect(history.map((entry) => [entry.kind, entry.guardian?.until])).toEqual([
      ['guardian-requirement', '2027-05-01T00:00:00.000Z'],
    ]);
    // The ledger's evidence cites the binding age rule with its source (withAgeSources).
    const check = ledger.check({ tenant: 'acme', subject, purpose: 'analytics' });
    const required = check.reasons.find((why) => why.code === 'GUARDIAN_CONSENT_REQUIRED');
    expect(required?.citation).toMatchObject({
      article: 'Art. 8(1)',
      url: expect.stringMatching(/^https:\/\/www\.twobirds\.com\//),
    });
  });

  it('keeps research notes out of the answer and the full source in the ledger', async () => {
    const { call, ledger } = createFixture();
    const body = await read<{ outcome: string; reasons: { citation?: Record<string, unknown> }[] }>(
      await call('POST', '/age/check', { subject, age: 14, jurisdiction: 'DK' }),
    );
    expect(body.outcome).toBe('parental-consent-required');
    const cited = body.reasons.filter((why) => why.citation !== undefined);
    expect(cited.length).toBeGreaterThan(0);
    for (const why of cited)
      expect(Object.keys(why.citation ?? {}).sort()).toEqual(['article', 'confidence', 'law']);
    const check = ledger.check({ tenant: 'acme', subject, purpose: 'analytics' });
    const required = check.reasons.find((why) => why.code === 'GUARDIAN_CONSENT_REQUIRED');
    expect(required?.citation?.url).toMatch(/^https:\/\/ft\.dk\//);
    expect(required?.citation?.note).toContain('Transitional');
  });

  it('refuses below the company minimum without a hint of the threshold', async () => {
    const { call, ledger } = createFixture({ age: { policy: { minimumAge: 16 } } });
    const body = await read<{ outcome: string; reasons: Record<string, unknown>[] }>(
      await call('POST', '/age/check', { subject, age: 15, jurisdiction: 'IT' }),
    );
    expect(body.outcome).toBe('deny');
    expect((body as { reevaluateAt?: string }).reevaluateAt).toBeUndefined();
    for (const why of body.reasons) expect(Object.keys(why)).toEqual(['code']);
    expect(JSON.stringify(body)).not.toContain('16');
    expect((await ledger.verify({ tenant: 'acme' })).count).toBe(0);
  });

  it('allows an adult and needs exactly one of age, birthDate, ageBand', async () => {
    const { call } = createFixture();
    expect(
      (await read(await call('POST', '/age/check', { subject, age: 30, jurisdiction: 'FR' })))
        .outcome,
    ).toBe('allow');
    const both = await call('POST', '/age/check', {
      subject,
      age: 30,
      birthDate: '1990-01-01',
      jurisdiction: 'FR',
    });
    expect(both.status).toBe(400);
    expect((await read<{ errors: { path: string }[] }>(both)).errors[0]?.path).toBe('age');
    const none = await call('POST', '/age/check', { subject, jurisdiction: 'FR' });
    expect(none.status).toBe(400);
  });
});
