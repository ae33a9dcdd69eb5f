import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { type CtdcExportSummary, exportCtdcSynthetic, operatorActor, operatorRequest } from '@opennrm/core';
import { withRuntime } from '../runtime/open-runtime.ts';
import { UsageError } from '../usage-error.ts';

export interface ExportCtdcOptions {
  out: string;
  from?: string;
  to?: string;
  k?: string;
  includePresumed?: boolean;
}

/**
 * `opennrm export ctdc --out FILE`: our records as CTDC's Global Synthetic Dataset (format B),
 * k-anonymous, for publication. Exported as the command line's operator (`operatorActor()`,
 * audited as the command line); the summary goes to stderr, the data only to the file.
 */
export async function exportCtdcCommand(options: ExportCtdcOptions): Promise<void> {
  const input = {
    fromYear: wholeNumber(options.from, '--from'),
    toYear: wholeNumber(options.to, '--to'),
    // Unset: the administrator's statistics setting (default 11).
    k: wholeNumber(options.k, '--k') ?? undefined,
    includePresumed: options.includePresumed === true,
  };
  const { csv, summary } = await withRuntime(({ deps }) =>
    exportCtdcSynthetic(
      {
        ...deps,
        ctdcExportSource: deps.store.ctdcExport,
        actor: operatorActor(),
        request: operatorRequest('opennrm export ctdc'),
      },
      input,
    ),
  );
  // Written whole or not at all: a reader never finds half a file under the published name.
  const partial = `${options.out}.${process.pid}.partial`;
  try {
    writeFileSync(partial, csv, { flag: 'wx' });
    renameSync(partial, options.out);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  console.error(describeExport(summary, options.out));
}

function wholeNumber(value: string | undefined, option: string): number | null {
  if (value === undefined) return null;
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`${option} takes a whole number, not "${value}".`);
  return Number(value);
}

function describeExport(s: CtdcExportSummary, out: string): string {
  const years =
    s.fromYear === null && s.toYear === null
      ? 'all years'
      : `${s.fromYear ?? 'the first year'} to ${s.toYear ?? 'the last year'}`;
  const suppressed = Object.entries(s.valuesSuppressed).filter(([, n]) => n > 0);
  const { before, published, greedySuppression } = s.informativeCells;
  const total = (cells: Record<string, number>) => Object.values(cells).reduce((a, b) => a + b, 0);
  const share = (n: number) => `${Math.round((100 * n) / Math.max(1, s.recordsConsidered))}%`;
  return [
    `Wrote CTDC Global Synthetic Dataset (format B) to ${out}.`,
    `Registered: ${years}; ${s.includePresumed ? 'identified and presumed victims' : 'identified victims only'}.`,
    `k-anonymity: k = ${s.k}. Quasi-identifiers: all ${s.quasiIdentifiers.length} exported columns (${s.quasiIdentifiers.join(', ')}); every combination of their values, an empty cell counting as a value, is shared by at least ${s.k} records.`,
    'Method: partitioning with generalisation: a value shared by too few records is published as a range (years "2019--2021", ages "18--29"), a UN M49 region ("Western Asia") or "*".',
    'Readers: "*" means withheld, not unknown: leave such cells out of both the numerator and the denominator of a share; an empty cell is unknown (or, in a 1/empty column, not recorded as 1).',
    `Records: ${s.recordsConsidered} considered, ${s.recordsExported} exported, ${s.recordsSuppressed} suppressed.`,
    `Values withheld by column: ${suppressed.length === 0 ? 'none' : suppressed.map(([c, n]) => `${c} ${n}`).join(', ')}.`,
    `Cells that say something (not empty, not "*"): ${total(published)} of ${total(before)} in the records; greedy suppression would have kept ${total(greedySuppression)}.`,
    `By column (records with a value, published, greedy suppression): ${s.quasiIdentifiers
      .filter((c) => before[c] > 0)
      .map((c) => `${c} ${share(before[c])} ${share(published[c])} ${share(greedySuppression[c])}`)
      .join(', ')}.`,
  ].join('\n');
}
