/**
 * A progress bar on stderr, only when stderr is a terminal (a redirected log gets the summary
 * alone). A few lines of our own instead of a dependency: the CTDC import's progress does the same.
 */
export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let last = 0;
  let shown = false;
  const width = 30;
  return {
    update(done: number, total: number, detail = '') {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(share * width);
      stream.write(
        `\r  ${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(share * 100)
          .toString()
          .padStart(3)}%  ${done}/${total} ${detail}\u001b[K`,
      );
    },
    done() {
      if (shown) stream.write('\n');
    },
  };
}
