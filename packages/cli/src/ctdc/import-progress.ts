/**
 * Import progress on stderr, only when stderr is a terminal (a redirected log gets the summary
 * alone): rows, rows per second, and how much of the file is read.
 */
export function createImportProgress(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update({
      rows,
      rejected,
      bytes,
      totalBytes,
    }: {
      rows: number;
      rejected: number;
      bytes: number;
      totalBytes: number;
    }) {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      shown = true;
      const rate = rows / Math.max((now - started) / 1000, 0.001);
      const percent = totalBytes > 0 ? Math.min(100, (bytes / totalBytes) * 100) : 100;
      stream.write(
        `\r  ${percent.toFixed(0).padStart(3)}%  ${rows.toLocaleString('en')} rows  ${rejected.toLocaleString('en')} rejected  ${Math.round(rate).toLocaleString('en')} rows/s\u001b[K`,
      );
    },
    done() {
      if (shown) stream.write('\n');
    },
  };
}
