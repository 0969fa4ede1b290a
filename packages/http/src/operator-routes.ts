import type { ConsentLedger } from '@pledge/consent';
import {
  lintRetentionPolicy,
  type PlannedRetentionAction,
  planRetention,
  type RetentionPolicy,
  type RetentionRecord,
} from '@pledge/retention';
import { assessTransferMap, type TransferMap } from '@pledge/transfers/map';
import { withTransferMapSources } from '@pledge/transfers/sources';
import { json, type Route } from './http-io.js';

/** What `GET /operator/retention/plan` needs. */
export interface RetentionRoutesOptions {
  /** The tenant's retention policy. */
  readonly policy: RetentionPolicy;
  /**
   * The records to plan over (a cursor or a sample), when the host wants the actions due
   * listed too; without it the plan shows the rules, holds and lint findings only.
   */
  records?(context: {
    readonly tenant: string;
    readonly at: Date;
  }): Iterable<RetentionRecord> | AsyncIterable<RetentionRecord>;
  /** Most actions listed (default 500). */
  readonly maxActions?: number;
}

/** What `GET /operator/transfers/map` needs. */
export interface TransfersRoutesOptions {
  /** The host's systems, flows and residency rules. */
  readonly map: TransferMap;
}

/** @internal `GET /operator/retention/plan`. */
export function retentionRoutes(options: RetentionRoutesOptions): Route[] {
  return [
    {
      method: 'GET',
      path: '/operator/retention/plan',
      action: 'operator:retention:read',
      async run(context) {
        const { policy } = options;
        const at = context.now;
        const actions: PlannedRetentionAction[] = [];
        let truncated = false;
        if (options.records !== undefined) {
          const limit = options.maxActions ?? 500;
          const records = options.records({ tenant: context.tenant, at });
          for await (const action of planRetention(policy, records, { at, mode: 'shadow' })) {
            if (actions.length >= limit) {
              truncated = true;
              break;
            }
            actions.push(action);
          }
        }
        return json(200, {
          at: at.toISOString(),
          timeZone: policy.timeZone,
          rules: policy.rules,
          holds: policy.holds,
          lint: lintRetentionPolicy(policy),
          ...(options.records === undefined ? {} : { actions, truncated }),
        });
      },
    },
  ];
}

/** @internal `GET /operator/transfers/map`. */
export function transferRoutes(options: TransfersRoutesOptions): Route[] {
  return [
    {
      method: 'GET',
      path: '/operator/transfers/map',
      action: 'operator:transfers:read',
      async run(context) {
        // The operator sees each citation's source URL and note, as the documentation does.
        return json(
          200,
          withTransferMapSources(assessTransferMap(options.map, { at: context.now })),
        );
      },
    },
  ];
}

/** @internal `GET /operator/consent/verify`. */
export function ledgerRoutes(ledger: ConsentLedger): Route[] {
  return [
    {
      method: 'GET',
      path: '/operator/consent/verify',
      action: 'operator:consent:verify',
      async run(context) {
        return json(200, await ledger.verify({ tenant: context.tenant }));
      },
    },
  ];
}
