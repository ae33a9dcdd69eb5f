import { type CtdcSyntheticRow, emptyCtdcSyntheticRow } from '../ctdc-export/ctdc-synthetic-columns.ts';
import { alpha3Of } from '../support/country-codes.ts';

/**
 * The text of the CTDC 2020 Global Dataset subset kept beside the repository (../shared/data/, see
 * docs/standards/ctdc.md) as format-B rows, for tests and benches of the open-data export: real
 * records nobody on the project wrote. Its first seven columns are CTDC's (codes and numbers, no
 * quoted commas); booleans are `1.0` / `0.0`, gender `Female` / `Male`, countries alpha-2.
 */
export function ctdcFixtureAsFormatB(csv: string): CtdcSyntheticRow[] {
  const lines = csv.split(/\r?\n/).slice(1);
  const gender: Record<string, string> = { Female: 'Woman', Male: 'Man' };
  const flag = (v: string | undefined) => (v === '1.0' || v === '1' ? '1' : '');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [year, g, age, citizenship, forced, sexual, exploitation] = line.split(',');
      const row = emptyCtdcSyntheticRow();
      row.yearOfRegistration = year ?? '';
      row.gender = gender[g ?? ''] ?? '';
      row.ageBroad = age ?? '';
      row.citizenship = alpha3Of(citizenship) ?? '';
      row.isForcedLabour = flag(forced);
      row.isSexualExploit = flag(sexual);
      row.CountryOfExploitation = alpha3Of(exploitation) ?? '';
      return row;
    });
}
