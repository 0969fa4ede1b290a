// Writes the legal tables and the DSR state diagram into docs/generated/*.md from the BUILT
// packages, so the documentation site shows exactly the rows the engines use. typedoc runs it
// through scripts/typedoc-plugin-generated-docs.mjs before reading its project documents, so
// `npm run docs` (build, then typedoc) always renders the current data; it also runs alone as
// `node scripts/generate-docs.mjs`. The output is build output, not committed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ageRuleNotes, ageRules, pendingAgeRules } from '@pledge/age-gate/sources';
import { CONSENT_MODEL_ROWS, OPT_OUT_SIGNAL_ROWS } from '@pledge/consent';
import { blocMembers, blocMembership, regimeTable } from '@pledge/core';
import { APPEAL_RULES, DEADLINE_RULES, stateDiagram, TRANSITION_TABLE } from '@pledge/dsr';
import { RETENTION_TEMPLATES } from '@pledge/retention';
import { listCloudRegions } from '@pledge/transfers';
import { transferRuleNotes, transferRules } from '@pledge/transfers/sources';

const outDir = fileURLToPath(new URL('../docs/generated/', import.meta.url));

/** Escapes a value for a Markdown table cell. */
function cell(value) {
  if (value === undefined || value === null || value === '') return '—';
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** The citation columns every legal row shares. */
const CITATION_HEADERS = [
  'valid from',
  'valid to',
  'status',
  'law',
  'article',
  'source',
  'confidence',
];

function citationCells(row, citation = row.citation) {
  const source = citation?.url ? `[link](${citation.url})` : '—';
  return [
    cell(row.validFrom),
    cell(row.validTo),
    cell(row.status ?? 'in-force'),
    cell(citation?.law),
    cell(citation?.article),
    source,
    cell(citation?.confidence),
  ];
}

function table(headers, rows) {
  const lines = [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** Notes on rows, listed after a table so the table stays readable. */
function notes(rows, noteOf) {
  const lines = rows
    .map((row) => [row.id ?? row.regime, noteOf(row)])
    .filter(([, note]) => note)
    .map(([id, note]) => `- \`${id}\`: ${cell(note)}`);
  return lines.length === 0 ? '' : `\n\nNotes:\n\n${lines.join('\n')}`;
}

function citationNote(row) {
  return [row.citation?.note, row.note].filter(Boolean).join(' ');
}

/**
 * Draws the state machine as a small SVG without any dependency: states in columns by their
 * shortest distance from `received` (edges back to an earlier state are drawn dashed), one
 * curve per source → target pair, the events in each curve's tooltip. Events that leave the
 * state unchanged are not drawn, as in `stateDiagram()`.
 */
function stateDiagramSvg(table) {
  const edges = [];
  for (const [from, events] of Object.entries(table)) {
    const byTarget = new Map();
    for (const [event, to] of Object.entries(events)) {
      if (to === 'unchanged') continue;
      byTarget.set(to, [...(byTarget.get(to) ?? []), event]);
    }
    for (const [to, names] of byTarget) edges.push({ from, to, events: names });
  }
  // Columns by shortest distance from the initial state (breadth first); an edge to the same
  // or an earlier column goes back, and is drawn dashed.
  const layer = new Map([['received', 0]]);
  for (const queue = ['received']; queue.length > 0; ) {
    const state = queue.shift();
    for (const edge of edges.filter((candidate) => candidate.from === state)) {
      if (!layer.has(edge.to)) {
        layer.set(edge.to, (layer.get(state) ?? 0) + 1);
        queue.push(edge.to);
      }
    }
  }
  for (const state of Object.keys(table)) if (!layer.has(state)) layer.set(state, 0);
  const back = new Set(
    edges.filter((edge) => (layer.get(edge.to) ?? 0) <= (layer.get(edge.from) ?? 0)),
  );
  const columns = [];
  for (const [state, index] of layer) {
    columns[index] = [...(columns[index] ?? []), state];
  }
  const boxWidth = 170;
  const boxHeight = 32;
  const columnGap = 130;
  const rowGap = 28;
  const rows = Math.max(...columns.map((column) => column.length));
  const width = columns.length * (boxWidth + columnGap) + 20;
  const height = rows * (boxHeight + rowGap) + 20;
  const position = new Map();
  columns.forEach((column, x) => {
    const offset = ((rows - column.length) * (boxHeight + rowGap)) / 2;
    column.forEach((state, y) => {
      position.set(state, {
        x: 10 + x * (boxWidth + columnGap),
        y: 10 + offset + y * (boxHeight + rowGap),
      });
    });
  });
  const escapeXml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const paths = edges.map((edge) => {
    const a = position.get(edge.from);
    const b = position.get(edge.to);
    const forward = !back.has(edge);
    const sameColumn = a.x === b.x;
    // Forward: right side to left side. Same column: an arc on the right. Back: left side of the
    // source to the right side of the earlier target.
    const x1 = forward || sameColumn ? a.x + boxWidth : a.x;
    const y1 = a.y + boxHeight / 2;
    const x2 = forward ? b.x : b.x + boxWidth;
    const y2 = b.y + boxHeight / 2;
    const pull = forward ? 40 : sameColumn ? 50 : -60;
    const bend = `C ${x1 + pull} ${y1}, ${x2 + (forward ? -pull : sameColumn ? pull : -pull)} ${y2},`;
    return (
      `<path d="M ${x1} ${y1} ${bend} ${x2} ${y2}" fill="none" stroke="#667" stroke-width="1.2"` +
      `${forward ? '' : ' stroke-dasharray="4 3"'} marker-end="url(#arrow)">` +
      `<title>${escapeXml(`${edge.from} → ${edge.to}: ${edge.events.join(', ')}`)}</title></path>`
    );
  });
  const boxes = [...position].map(
    ([state, { x, y }]) =>
      `<g><rect x="${x}" y="${y}" width="${boxWidth}" height="${boxHeight}" rx="8" fill="#eef2f8" stroke="#334"/>` +
      `<text x="${x + boxWidth / 2}" y="${y + boxHeight / 2 + 5}" text-anchor="middle">${escapeXml(state)}</text></g>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 60}" viewBox="0 0 ${width} ${height + 60}" font-family="sans-serif" font-size="13">`,
    '<title>DSR state diagram, generated from TRANSITION_TABLE</title>',
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#667"/></marker></defs>',
    '<rect width="100%" height="100%" fill="#fff"/>',
    ...paths,
    ...boxes,
    '</svg>',
  ].join('\n');
}

const preamble = (title, lead) =>
  `---\ntitle: ${title}\ngroup: Legal tables\n---\n\n# ${title}\n\n${lead}\n\n` +
  'Generated by `scripts/generate-docs.mjs` from the built packages: edit the rows in ' +
  '`packages/*/src/rules/`, never this page. Confidence is `primary` (read in the official ' +
  'text or a regulator), `secondary` (a reliable secondary source) or `unverified` (treat as ' +
  'a lead, not a fact). Dates are inclusive `YYYY-MM-DD`.\n\n';

let pages = [];
function page(file, title, lead, body) {
  pages.push({ file, title });
  writeFileSync(join(outDir, file), `${preamble(title, lead)}${body.trim()}\n`);
}

/** Regenerates every page; returns the titles written. */
export function generateDocs() {
  pages = [];
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // Regimes and bloc membership (@pledge/core).
  {
    const regimes = regimeTable();
    const members = (bloc) => {
      // The membership table is not exported; ask for every country that is, or was, a member.
      const countries = new Set([...blocMembers(bloc, '2026-01-01'), 'GB']);
      const rows = [];
      for (const country of [...countries].sort()) {
        for (const at of ['2026-01-01', '2020-01-31']) {
          const row = blocMembership(country, bloc, at);
          if (row && !rows.includes(row)) rows.push(row);
        }
      }
      return rows;
    };
    const blocTable = (bloc) =>
      table(
        ['country', ...CITATION_HEADERS],
        members(bloc).map((row) => [cell(row.country), ...citationCells(row)]),
      );
    page(
      'regimes.md',
      'Regimes and blocs',
      'Which privacy regimes Pledge knows, where and when they apply (`regimeTable()`, `regimesFor()`), and the dated EU and EEA membership behind `blocsOf()`.',
      `## Regimes\n\n${table(
        ['regime', 'name', 'jurisdictions', ...CITATION_HEADERS],
        regimes.map((row) => [
          `\`${row.regime}\``,
          cell(row.name),
          cell(row.jurisdictions),
          ...citationCells(row),
        ]),
      )}${notes(regimes, citationNote)}\n\n## EU membership\n\n${blocTable('EU')}\n\n## EEA membership\n\n${blocTable('EEA')}`,
    );
  }

  // Age thresholds (@pledge/age-gate).
  {
    const rules = ageRules();
    const pending = pendingAgeRules();
    const ruleNotes = ageRuleNotes();
    page(
      'age-thresholds.md',
      'Age thresholds',
      'The thresholds `checkAge()` applies: below `threshold`, the `below` consequence applies for the given scope (`ageRules()`).',
      `## In the table\n\n${table(
        ['jurisdiction', 'scope', 'threshold', 'below', ...CITATION_HEADERS],
        rules.map((row) => [
          cell(row.jurisdiction),
          cell(row.scope),
          cell(row.threshold),
          cell(row.below),
          ...citationCells(row),
        ]),
      )}${notes(rules, (row) => ruleNotes[row.id] ?? row.citation?.note)}\n\n## Pending (not applied)\n\n` +
        'Rows from bills or announced changes that `checkAge()` does not apply until they are enacted (`pendingAgeRules()`).\n\n' +
        `${table(
          ['jurisdiction', 'scope', 'threshold', 'below', 'law', 'article', 'confidence'],
          pending.map((row) => [
            cell(row.jurisdiction),
            cell(row.scope),
            cell(row.threshold),
            cell(row.below),
            cell(row.citation?.law),
            cell(row.citation?.article),
            cell(row.citation?.confidence),
          ]),
        )}${notes(pending, citationNote)}`,
    );
  }

  // DSR deadlines and appeals (@pledge/dsr).
  {
    const period = (spec) =>
      spec ? `${spec.amount} ${spec.amount === 1 ? spec.unit.replace(/s$/, '') : spec.unit}` : '—';
    const extension = (rule) => {
      const ext = rule.extension;
      if (!ext) return '—';
      return ext.by ? `${ext.kind}: +${period(ext.by)}` : cell(ext.kind);
    };
    page(
      'dsr-deadlines.md',
      'DSR deadlines',
      'The statutory response periods `computeDeadline()` and the DSR service use (`DEADLINE_RULES`, `APPEAL_RULES`).',
      `## Response deadlines\n\n${table(
        [
          'rule',
          'regime',
          'jurisdiction',
          'request types',
          'respond within',
          'counting',
          'extension',
          ...CITATION_HEADERS,
        ],
        DEADLINE_RULES.map((row) => [
          `\`${row.id}\``,
          `\`${row.regime}\``,
          cell(row.jurisdiction),
          cell(row.requestTypes),
          period(row.respond),
          cell(row.counting),
          extension(row),
          ...citationCells(row),
        ]),
      )}${notes(DEADLINE_RULES, citationNote)}\n\n## Appeals\n\n${table(
        ['rule', 'regime', 'jurisdiction', 'decide within', ...CITATION_HEADERS],
        APPEAL_RULES.map((row) => [
          `\`${row.id}\``,
          `\`${row.regime}\``,
          cell(row.jurisdiction),
          period(row.decideWithin),
          ...citationCells(row),
        ]),
      )}${notes(APPEAL_RULES, citationNote)}`,
    );
  }

  // DSR state diagram (@pledge/dsr).
  {
    const transitions = Object.entries(TRANSITION_TABLE).map(([state, events]) => [
      `\`${state}\``,
      Object.entries(events)
        .map(([event, target]) => `\`${event}\` → ${target}`)
        .join('<br>'),
    ]);
    writeFileSync(join(outDir, 'dsr-state-diagram.svg'), `${stateDiagramSvg(TRANSITION_TABLE)}\n`);
    page(
      'dsr-state-diagram.md',
      'DSR state diagram',
      'The lifecycle of a data-subject request, generated from `TRANSITION_TABLE` by `stateDiagram()`. The picture is drawn by the docs generator; the Mermaid source below renders on GitHub or in any Mermaid tool, and the table is the same data.',
      '![DSR state diagram](dsr-state-diagram.svg)\n\nHover over an arrow for its events; dashed arrows go back to an earlier state.\n\n' +
        `## Mermaid source\n\n\`\`\`mermaid\n${stateDiagram().trim()}\n\`\`\`\n\n## Transition table\n\n` +
        `"unchanged" means the event is recorded without changing state.\n\n${table(['state', 'event → next state'], transitions)}`,
    );
  }

  // Transfers (@pledge/transfers).
  {
    const rules = transferRules();
    const ruleNotes = transferRuleNotes();
    const regions = listCloudRegions();
    page(
      'transfer-rules.md',
      'Transfer rules',
      'Adequacy decisions, frameworks and localisation rules `assessTransfer()` applies (`transferRules()`), and the cloud-region table behind `regionToCountry()`.',
      `## Transfer rules\n\n${table(
        ['rule', 'exporter', 'basis', 'destination', ...CITATION_HEADERS],
        rules.map((row) => [
          `\`${row.id}\``,
          `\`${row.exporter}\``,
          cell(row.basis),
          cell(row.destination),
          ...citationCells(row),
        ]),
      )}${notes(rules, (row) => ruleNotes[row.id] ?? citationNote(row))}\n\n## Cloud regions\n\n${table(
        ['provider', 'region', 'country', 'confidence'],
        regions.map((row) => [
          cell(row.provider),
          `\`${row.region}\``,
          cell(row.country),
          cell(row.confidence),
        ]),
      )}`,
    );
  }
  page(
    'retention-templates.md',
    'Retention templates',
    'Ready-made retention rules `retentionTemplate(id)` returns (`RETENTION_TEMPLATES`). Many are organisational promises from the seed policies rather than legal duties: the confidence and notes say which.',
    table(
      ['template', 'jurisdiction', 'title', 'trigger', 'stages', 'maximum', ...CITATION_HEADERS],
      RETENTION_TEMPLATES.map((row) => [
        `\`${row.id}\``,
        cell(row.jurisdiction ?? 'any'),
        cell(row.title),
        cell(row.rule?.trigger?.event),
        cell(row.rule?.stages?.map((stage) => `${stage.after} ${stage.action}`)),
        cell(row.rule?.maximum),
        // 1970-01-01 marks a long-standing law whose commencement was not researched, or an
        // organisational promise with no legal start (retention-templates.ts): say so.
        ...citationCells(row).map((value, index) =>
          index === 0 && row.validFrom === '1970-01-01' ? 'long-standing †' : value,
        ),
      ]),
    ) +
      '\n\n† No start date is recorded: the law is long-standing and its commencement was not researched, or the row is an organisational promise. The row applies on every date (`validFrom` is 1970-01-01 in the data).' +
      notes(RETENTION_TEMPLATES, citationNote),
  );
  page(
    'consent-rules.md',
    'Consent models and opt-out signals',
    'Which consent model each regime expects (`CONSENT_MODEL_ROWS`) and which browser opt-out signals are legally binding where (`OPT_OUT_SIGNAL_ROWS`).',
    `## Consent models\n\n${table(
      ['regime', 'model', ...CITATION_HEADERS],
      CONSENT_MODEL_ROWS.map((row) => [
        `\`${row.regime}\``,
        cell(row.model),
        ...citationCells(row),
      ]),
    )}${notes(CONSENT_MODEL_ROWS, citationNote)}\n\n## Opt-out signals\n\n${table(
      ['regime', 'signal', ...CITATION_HEADERS],
      OPT_OUT_SIGNAL_ROWS.map((row) => [`\`${row.regime}\``, 'GPC', ...citationCells(row)]),
    )}${notes(OPT_OUT_SIGNAL_ROWS, citationNote)}`,
  );

  return pages.map((entry) => entry.title);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`generate-docs: wrote ${generateDocs().length} pages to docs/generated`);
}
