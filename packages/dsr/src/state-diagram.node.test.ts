import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stateDiagram } from './state-diagram.js';

describe('state-machine.md', () => {
  it('is exactly the diagram generated from the transition table', () => {
    const readme = readFileSync(new URL('../state-machine.md', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`mermaid\n${stateDiagram()}\`\`\``);
  });
});
