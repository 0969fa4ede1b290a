import { describe, expect, it } from 'vitest';
import { describeBadInputSweep } from '../../../test-support/bad-input-sweep.js';
import { assessTransfer, type TransferDecision } from './assess-transfer.js';
import { TRANSFER_RULE_ROWS } from './rules/transfer-rules.js';
import * as sources from './sources.js';
import {
  transferRuleNotes,
  transferRuleSource,
  transferRules,
  withTransferMapSources,
  withTransferSources,
} from './sources.js';
import { assessTransferMap } from './transfer-map.js';
import type { TransferInput } from './transfer-request.js';

const sourced = new Map(transferRules().map((row) => [row.id, row]));
const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

// Flows that reach every kind of reason: each exporter regime, each destination of the table,
// the first and last day of every row, certified and uncertified recipients, each safeguard.
const ORIGINS = ['DE', 'NO', 'GB', 'CH', 'RU', 'CN', 'IN'] as const;
const DESTINATIONS = [
  ...new Set(
    TRANSFER_RULE_ROWS.flatMap((row) =>
      row.destination === undefined || row.destination === 'EEA' ? [] : [row.destination],
    ),
  ),
  'FR',
  'SG',
  'RU',
];
const DATES = [
  ...new Set(
    TRANSFER_RULE_ROWS.flatMap((row) =>
      row.validTo === undefined ? [row.validFrom] : [row.validFrom, dayAfter(row.validTo)],
    ),
  ),
  '2026-06-01',
].sort();
const VARIANTS: readonly Omit<TransferInput, 'from' | 'to' | 'at'>[] = [
  {},
  {
    recipient: { role: 'processor', dpfCertified: true, sector: 'public' },
    dataCategories: ['credit-information'],
  },
  { recipient: { frameworks: ['privacy-shield', 'uk-extension', 'swiss-us-privacy-shield'] } },
  {
    exporterRole: 'processor',
    recipient: { role: 'controller' },
    safeguards: [{ mechanism: 'scc-2021', module: 2 }, { mechanism: 'uk-addendum' }],
  },
  {
    safeguards: [
      { mechanism: 'scc-2010', concludedOn: '2022-06-01' },
      { mechanism: 'derogation', derogation: 'contract', repetitive: true },
      { mechanism: 'bcr' },
      { mechanism: 'ru-notification' },
      { mechanism: 'cn-standard-contract' },
    ],
    volume: { individuals: 150_000 },
  },
  { subjectCitizenship: ['RU'], atCollection: true, volume: { individuals: 100_000 } },
];
const decisions: TransferDecision[] = ORIGINS.flatMap((from) =>
  DESTINATIONS.flatMap((to) =>
    DATES.flatMap((at) => VARIANTS.map((facts) => assessTransfer({ from, to, at, ...facts }))),
  ),
);

describe('@pledge/transfers/sources', () => {
  it('every reason that cites a row names it as params.rule; withTransferSources restores its source', () => {
    const cited = new Set<string>();
    // Rows by their citation, so the sweep looks each reason up once instead of scanning.
    const key = (citation: { law: string; article: string; confidence: string }) =>
      `${citation.law}\u0000${citation.article}\u0000${citation.confidence}`;
    const rowsByCitation = new Map<string, (typeof TRANSFER_RULE_ROWS)[number][]>();
    for (const row of TRANSFER_RULE_ROWS) {
      rowsByCitation.set(key(row.citation), [
        ...(rowsByCitation.get(key(row.citation)) ?? []),
        row,
      ]);
    }
    // Cheap comparisons first; `expect` (slow over ~100k reasons) only explains a mismatch.
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    for (const decision of decisions) {
      const restored = withTransferSources(decision);
      decision.reasons.forEach((entry, index) => {
        const citation = entry.citation;
        const rule = entry.params.rule;
        const after = restored.reasons[index];
        const rows = citation === undefined ? [] : (rowsByCitation.get(key(citation)) ?? []);
        if (citation === undefined || rows.length === 0) {
          // No citation, or one outside the table (the GDPR's general principle, Schrems II, a
          // bloc): no row is named and nothing is restored.
          if (citation !== undefined && rule !== undefined)
            expect(rule, entry.code).toBeUndefined();
          if (!same(after, entry)) expect(after).toEqual(entry);
          return;
        }
        if (!rows.some((row) => row.id === rule)) {
          expect(
            rows.map((row) => row.id),
            entry.code,
          ).toContain(rule);
        }
        if (!same(citation, rows[0]?.citation)) {
          expect(citation, entry.code).toEqual(rows[0]?.citation);
        }
        const expected = sourced.get(String(rule))?.citation;
        if (!same(after?.citation, expected)) expect(after?.citation).toEqual(expected);
        cited.add(String(rule));
      });
    }
    // The sweep reached rows of every exporter regime, and most rows with a source URL.
    const withUrl = transferRules().filter((row) => row.citation.url !== undefined);
    expect(withUrl.filter((row) => cited.has(row.id)).length).toBeGreaterThan(withUrl.length * 0.8);
    for (const regime of ['eu', 'uk', 'ch', 'ru', 'cn', 'in']) {
      expect(
        [...cited].some((id) => id.startsWith(`${regime}-`)),
        regime,
      ).toBe(true);
    }
  });

  it('restores the URL and the note of a decision, also after JSON, without changing it', () => {
    const decision = assessTransfer({
      from: 'DE',
      to: 'US',
      at: '2026-01-01',
      recipient: { dpfCertified: true },
    });
    expect(decision.reasons[0]?.citation?.url).toBeUndefined();
    const restored = withTransferSources(JSON.parse(JSON.stringify(decision)) as TransferDecision);
    expect(restored.reasons[0]?.params.rule).toBe('eu-us-dpf');
    expect(restored.reasons[0]?.citation).toEqual({
      law: 'Commission Implementing Decision (EU) 2023/1795',
      article: 'GDPR Art. 45(3); Decision Art. 1',
      confidence: 'primary',
      url: 'https://eur-lex.europa.eu/eli/C/2025/6610/oj/eng',
      note: 'Appeal C-703/25 P pending.',
    });
    expect({ ...restored, reasons: [] }).toEqual({ ...decision, reasons: [] });
    expect(decision.reasons[0]?.citation?.url).toBeUndefined();
  });

  it('restores the sources of every flow of a map report, not of residency rules', () => {
    const report = assessTransferMap(
      {
        systems: [
          { id: 'workspace', location: 'DE' },
          { id: 'crm', location: 'US' },
        ],
        flows: [{ from: 'workspace', to: 'crm', recipient: { frameworks: ['privacy-shield'] } }],
        // A residency rule whose id happens to be a row id: its reason cites nothing.
        residency: [{ id: 'eu-us-dpf', origin: 'EEA', allowedIn: ['EEA'] }],
      },
      { at: '2020-08-01' },
    );
    const restored = withTransferMapSources(report);
    const reasons = restored.flows[0]?.decision.reasons ?? [];
    const invalidated = reasons.find((entry) => entry.code === 'BASIS_INVALIDATED');
    expect(invalidated?.citation?.url).toBe(
      'https://www.privacyshield.gov/article?id=Swiss-U-S-Privacy-Shield-FAQs',
    );
    expect(invalidated?.citation?.note).toBe('Invalidated 2020-07-16, no grace period.');
    const broken = reasons.find((entry) => entry.code === 'RESIDENCY_RULE_BROKEN');
    expect(broken).toEqual({ code: 'RESIDENCY_RULE_BROKEN', params: { rule: 'eu-us-dpf' } });
    expect(restored.summary).toEqual(report.summary);
  });

  it('lists the full rows: the engine citation plus the source URL and note of each row', () => {
    const notes = transferRuleNotes();
    const rows = transferRules();
    expect(rows.map((row) => row.id)).toEqual(TRANSFER_RULE_ROWS.map((row) => row.id));
    rows.forEach((row, index) => {
      const engineRow = TRANSFER_RULE_ROWS[index];
      const source = transferRuleSource(row.id);
      expect(row).toEqual({ ...engineRow, citation: { ...engineRow?.citation, ...source } });
      expect(row.citation.note).toBe(notes[row.id]);
    });
    expect(rows.filter((row) => row.citation.url !== undefined)).toHaveLength(49);
    expect(Object.keys(notes)).toHaveLength(23);
    expect(sourced.get('uk-adequacy-jp')?.citation.url).toBe(
      'https://handleygill.co.uk/uk-adequacy-regulations',
    );
    expect(sourced.get('ch-adequacy-mc')?.citation.url).toBe(
      'https://steigerlegal.ch/2022/09/10/ndsg-schweiz-staatenliste/',
    );
  });

  it('every source belongs to a row; unknown and inherited ids have none', () => {
    const ids = new Set(TRANSFER_RULE_ROWS.map((row) => row.id));
    for (const id of Object.keys(transferRuleNotes())) expect(ids.has(id), id).toBe(true);
    for (const row of transferRules()) {
      expect(transferRuleSource(row.id) === undefined, row.id).toBe(
        row.citation.url === undefined && row.citation.note === undefined,
      );
    }
    expect(transferRuleSource('xx-adequacy-zz')).toBeUndefined();
    expect(transferRuleSource('__proto__')).toBeUndefined();
    expect(transferRuleSource('toString')).toBeUndefined();
  });
});

describeBadInputSweep({
  entry: sources,
  cases: {
    transferRuleSource: [[() => transferRuleSource(1 as never), 'id']],
    withTransferSources: [
      [() => withTransferSources(null as never), 'decision'],
      [() => withTransferSources({ reasons: [{ code: 'X', params: [] }] } as never), 'decision'],
      [
        () => withTransferSources({ reasons: [{ params: {}, citation: 'x' }] } as never),
        'decision',
      ],
    ],
    withTransferMapSources: [
      [() => withTransferMapSources({ flows: 'x' } as never), 'report'],
      [() => withTransferMapSources({ flows: [{}] } as never), 'report.flows[0].decision'],
    ],
  },
  noInput: ['transferRules', 'transferRuleNotes'],
});
