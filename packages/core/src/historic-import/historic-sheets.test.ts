import { describe, expect, it } from 'vitest';
import { fixedCodeLists } from './code-lists.ts';
import { historicSheets } from './historic-sheets.ts';

/** The template puts every record sheet and every code list on a worksheet of its own. */
describe('the historic import template', () => {
  // The installation's lists (loadCodeLists) besides the fixed ones.
  const names = [
    ...historicSheets.map((s) => s.name),
    ...fixedCodeLists.map((l) => l.key),
    'organisations',
    'indicator_lists',
    'legal_articles',
    'prevention_places',
    'about',
  ];

  it('gives each sheet and code list a name of its own that a spreadsheet accepts', () => {
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(names.filter((n) => n.length > 31)).toEqual([]);
  });

  it('names only code lists that exist', () => {
    const missing = historicSheets.flatMap((s) =>
      s.columns.filter((c) => c.codeList && !names.includes(c.codeList)).map((c) => `${s.name}.${c.name}`),
    );
    expect(missing).toEqual([]);
  });
});
