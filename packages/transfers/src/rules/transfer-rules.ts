import type { Citation } from '@pledge/core';
import { EU_ADEQUACY_ROWS } from './eu-adequacy.js';
import { LOCALISATION_ROWS } from './localisation.js';
import { EU_MECHANISM_ROWS } from './mechanisms.js';
import { SWISS_ROWS } from './swiss-rules.js';
import { decodeTransferRule, type ExporterRegime, type TransferRuleRow } from './transfer-rule.js';
import { UK_ROWS } from './uk-rules.js';

function decodeAll(): readonly TransferRuleRow[] {
  return [
    ...EU_ADEQUACY_ROWS,
    ...EU_MECHANISM_ROWS,
    ...UK_ROWS,
    ...SWISS_ROWS,
    ...LOCALISATION_ROWS,
  ].map(decodeTransferRule);
}

/** Every bundled transfer rule row, decoded once at import and never written again. */
export const TRANSFER_RULE_ROWS: readonly TransferRuleRow[] = /* @__PURE__ */ decodeAll();

/**
 * The general principle each exporter regime starts from: a transfer needs a basis in the
 * transfer chapter (GDPR and UK GDPR Chapter V; FADP Arts 16-17). Article numbers of the GDPR
 * were not re-read in the research session.
 */
export const GENERAL_PRINCIPLE: Readonly<Partial<Record<ExporterRegime, Citation>>> = {
  eu: { law: 'Regulation (EU) 2016/679', article: 'Art. 44', confidence: 'unverified' },
  uk: { law: 'UK GDPR', article: 'Art. 44 (Art. 44A from 2026-02-05)', confidence: 'secondary' },
  ch: { law: 'FADP (SR 235.1)', article: 'Art. 16', confidence: 'primary' },
};
