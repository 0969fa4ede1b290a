import { DSR_STATES, type DsrState } from './request.js';
import { TRANSITION_TABLE } from './transition-table.js';

/**
 * The state machine as a Mermaid `stateDiagram-v2`, drawn from the transition table itself
 * (events that leave the state unchanged are omitted). `state-machine.md` holds this output, and a
 * test fails when the two differ, so the picture cannot drift from the code.
 *
 * @example
 * ```ts
 * console.log(stateDiagram()); // stateDiagram-v2 ...
 * ```
 */
export function stateDiagram(): string {
  const lines = ['stateDiagram-v2', '  [*] --> received'];
  const id = (state: DsrState) => state.replaceAll('-', '_');
  for (const state of DSR_STATES) {
    if (state.includes('-')) lines.push(`  state "${state}" as ${id(state)}`);
  }
  for (const state of DSR_STATES) {
    const byTarget = new Map<DsrState, string[]>();
    for (const [event, target] of Object.entries(TRANSITION_TABLE[state])) {
      if (target === undefined || target === 'unchanged') continue;
      byTarget.set(target, [...(byTarget.get(target) ?? []), event]);
    }
    for (const [target, events] of byTarget) {
      lines.push(`  ${id(state)} --> ${id(target)} : ${events.join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
