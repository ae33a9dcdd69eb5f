import type { ScaleSummary } from './generate-scale-country.ts';

/**
 * Progress of a generation on stderr, only on a terminal (a log or a pipe gets the summary
 * line alone): persons written, out of how many, and the rate.
 */
export function createScaleProgress(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let last = 0;
  return {
    update(persons: number) {
      if (!stream.isTTY) return;
      const now = performance.now();
      if (now - last < 250 && persons < total) return;
      last = now;
      const rate = persons / Math.max((now - started) / 1000, 0.001);
      stream.write(
        `\r  ${persons.toLocaleString('en')} / ${total.toLocaleString('en')} persons, ${Math.round(rate).toLocaleString('en')} persons/s`,
      );
    },
    done() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}

/** One line: rows per table and the time taken. */
export function describeScaleSummary(summary: ScaleSummary): string {
  const tables = Object.entries(summary)
    .filter(([key]) => key !== 'seed' && key !== 'seconds')
    .map(([table, rows]) => `${table} ${rows}`)
    .join(', ');
  return `Scale data generated (seed ${summary.seed}) in ${summary.seconds.toFixed(1)} s: ${tables}.`;
}
