// Countries and regions offered in forms, as ISO 3166-1 / 3166-2 codes (what the server's
// jurisdiction handling expects). A short list for the demo, grouped the way people look.

const GROUPS: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'European Union',
    [
      ['AT', 'Austria'],
      ['BE', 'Belgium'],
      ['DK', 'Denmark'],
      ['FI', 'Finland'],
      ['FR', 'France'],
      ['DE', 'Germany'],
      ['IE', 'Ireland'],
      ['IT', 'Italy'],
      ['NL', 'Netherlands'],
      ['PL', 'Poland'],
      ['PT', 'Portugal'],
      ['ES', 'Spain'],
      ['SE', 'Sweden'],
    ],
  ],
  [
    'Rest of Europe',
    [
      ['NO', 'Norway'],
      ['CH', 'Switzerland'],
      ['UA', 'Ukraine'],
      ['GB', 'United Kingdom'],
    ],
  ],
  [
    'Americas',
    [
      ['BR', 'Brazil'],
      ['CA', 'Canada'],
      ['US-CA', 'United States – California'],
      ['US-CO', 'United States – Colorado'],
      ['US-NY', 'United States – New York'],
      ['US-TX', 'United States – Texas'],
      ['US-VA', 'United States – Virginia'],
    ],
  ],
  [
    'Asia-Pacific',
    [
      ['AU', 'Australia'],
      ['IN', 'India'],
      ['JP', 'Japan'],
      ['SG', 'Singapore'],
    ],
  ],
];

/**
 * Fills every `<select data-countries>` under `root` with the country list, starting at
 * `initial` when it is in the list.
 */
export function fillCountrySelects(root: ParentNode = document, initial?: string): void {
  for (const select of Array.from(
    root.querySelectorAll<HTMLSelectElement>('select[data-countries]'),
  )) {
    if (select.options.length > 0) continue;
    select.append(new Option('Choose…', ''));
    for (const [label, countries] of GROUPS) {
      const group = document.createElement('optgroup');
      group.label = label;
      for (const [code, name] of countries) group.append(new Option(name, code));
      select.append(group);
    }
    if (initial && Array.from(select.options).some((option) => option.value === initial)) {
      select.value = initial;
    }
  }
}
