import type { PledgePolicy } from './policy-config.js';

const BASIS: Readonly<Record<string, string>> = {
  consent: 'your consent',
  contract: 'our contract with you',
  'legal-obligation': 'a legal obligation',
  'vital-interests': 'vital interests',
  'public-task': 'a public task',
  'legitimate-interests': 'our legitimate interests (you may object)',
};

const RIGHT: Readonly<Record<string, string>> = {
  access: 'access a copy of your data',
  portability: 'receive it in a structured, machine-readable file',
  rectification: 'correct it',
  erasure: 'have it deleted',
  restriction: 'restrict its use',
  objection: 'object to its use (always for direct marketing)',
  'opt-out-of-sale': 'opt out of its sale or sharing',
  'limit-sensitive-data': 'limit the use of sensitive data',
  'withdraw-consent': 'withdraw consent at any time',
  appeal: 'appeal a decision',
};

// ISO 8601 periods in words; the policies use only these shapes.
function periodInWords(period: string): string {
  const match = /^P(\d+)([DWMY])$/.exec(period);
  if (match === null) return period;
  const count = Number(match[1]);
  const unit = { D: 'day', W: 'week', M: 'month', Y: 'year' }[match[2] as 'D' | 'W' | 'M' | 'Y'];
  return count === 0 ? 'immediately' : `${count} ${unit}${count === 1 ? '' : 's'}`;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/**
 * The human-readable notice for a policy, generated from the same configuration the engines
 * enforce, so the published text and the behaviour cannot drift.
 *
 * @example
 * ```ts
 * const markdown = renderPolicySummary(loadPolicy('website'));
 * ```
 */
export function renderPolicySummary(policy: PledgePolicy): string {
  const purposeTitle = new Map(
    policy.purposes.map((purpose) => [purpose.id, purpose.title ?? purpose.id]),
  );
  const lines: string[] = [`# ${policy.title}`, ''];
  lines.push(
    `${policy.controller.name} (${policy.controller.country === 'unknown' ? 'country not stated' : policy.controller.country}) is the controller of the personal data described here.`,
  );
  if (policy.serviceDataRole === 'processor') {
    lines.push(
      'For data that customers put into their accounts, the customer is the controller and we process it on their instructions.',
    );
  }
  lines.push('', '## What we collect', '', '| data | from | why | kept for |', '|---|---|---|---|');
  for (const category of policy.data) {
    const why = category.purposes.map((id) => purposeTitle.get(id) ?? id).join('; ');
    lines.push(
      `| ${cell(category.description)} | ${cell(category.source)} | ${cell(why)} | ${cell(category.keptFor)} |`,
    );
  }

  lines.push('', '## Why, and on what legal basis', '');
  for (const purpose of policy.purposes) {
    const description = policy.purposeDescriptions[purpose.id];
    const basis =
      purpose.essential === true && purpose.legalBasis !== 'consent'
        ? `${BASIS[purpose.legalBasis]}; strictly necessary`
        : BASIS[purpose.legalBasis];
    const optIn = purpose.legalBasis === 'consent' ? ', asked before we start' : '';
    lines.push(
      `- **${purpose.title ?? purpose.id}**: ${description ?? ''} Basis: ${basis}${optIn}.`,
    );
  }
  lines.push(
    '',
    policy.dsr.withdrawalRetroactive
      ? 'Withdrawing consent also undoes earlier processing.'
      : 'Withdrawing consent or objecting takes effect from then on; it does not undo processing that happened before.',
  );

  if (policy.cookies.length > 0) {
    lines.push(
      '',
      '## Cookies',
      '',
      '| category | purpose | lifetime | needs consent |',
      '|---|---|---|---|',
    );
    const basisOf = new Map(policy.purposes.map((purpose) => [purpose.id, purpose.legalBasis]));
    for (const cookie of policy.cookies) {
      const consent = basisOf.get(cookie.purpose) === 'consent' ? 'yes, before it is set' : 'no';
      lines.push(
        `| ${cell(cookie.id)} | ${cell(purposeTitle.get(cookie.purpose) ?? cookie.purpose)} | ${cookie.lifetime} | ${consent} |`,
      );
    }
  }
  lines.push(
    '',
    policy.doNotTrack === 'ignore'
      ? 'We do not respond to browser Do Not Track signals.'
      : 'A browser Do Not Track signal counts as an opt-out.',
  );

  lines.push('', '## How long', '');
  if (policy.retention.rules.length === 0) lines.push('As stated per category above.');
  for (const rule of policy.retention.rules) {
    const steps = rule.stages
      .map((stage) => `${stage.action} after ${periodInWords(stage.after)}`)
      .join(', then ');
    lines.push(`- ${rule.scope.category} (from ${rule.trigger.event}): ${steps}.`);
  }

  lines.push('', '## Where it goes', '');
  for (const system of policy.dataMap.systems) {
    lines.push(
      `- ${system.id}: ${system.location === 'unknown' ? 'location not stated' : system.location}`,
    );
  }
  for (const flow of policy.dataMap.flows) {
    const frameworks = flow.recipient?.frameworks?.length
      ? ` (relies on: ${flow.recipient.frameworks.join(', ')})`
      : '';
    lines.push(`- Transfer: ${flow.id ?? `${flow.from} → ${flow.to}`}${frameworks}`);
  }
  for (const rule of policy.dataMap.residency ?? []) {
    lines.push(`- Promise: data held in ${rule.origin} stays in ${rule.allowedIn.join(', ')}.`);
  }

  lines.push('', '## Your rights', '');
  lines.push(`You can ${policy.dsr.rights.map((right) => RIGHT[right] ?? right).join('; ')}.`);
  if (policy.dsr.policy.respondWithin !== undefined) {
    lines.push(
      `We answer within ${periodInWords(policy.dsr.policy.respondWithin)}, or sooner where the law requires.`,
    );
  } else {
    lines.push('We answer within the period the law sets where you live.');
  }
  if (policy.dsr.policy.honourRightsEverywhere === true) {
    lines.push('These rights apply to everyone, wherever they live.');
  }
  if (policy.dsr.serviceDataRequests === 'forward-to-controller') {
    lines.push(
      'Requests about data in a customer’s account go to that customer (the controller); we pass them on.',
    );
  }
  lines.push(
    `Ask through: ${policy.dsr.channels.join(', ')}. You may also complain to a supervisory authority.`,
  );

  lines.push('', '## Children', '');
  lines.push(
    policy.age.policy.minimumAge === undefined
      ? 'We set no minimum age beyond the law.'
      : `You must be at least ${policy.age.policy.minimumAge} to use the service, or older where the law requires.`,
  );
  if (policy.age.deleteChildData) lines.push('Data we find from a younger child is deleted.');

  lines.push('', '## Changes to this notice', '');
  const versions = policy.notice.consentPolicy.versions;
  lines.push(
    `Versions: ${versions.map((version) => `${version.id} (from ${version.effectiveFrom})`).join(', ')}.`,
  );
  const notice =
    policy.notice.advanceNotice === undefined
      ? ''
      : ` at least ${periodInWords(policy.notice.advanceNotice)} before they apply`;
  lines.push(
    `Significant changes are announced${notice} through: ${policy.notice.channels.join(', ')}.`,
  );
  if (policy.notice.archiveOfPreviousVersions)
    lines.push('Earlier versions stay available in an archive.');
  return `${lines.join('\n')}\n`;
}
