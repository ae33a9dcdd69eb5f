/** A one-line progress counter on a terminal; plain periodic lines when output is not a TTY. */
export function createProgress(label: string) {
  const tty = process.stdout.isTTY;
  let last = 0;
  return {
    update(count: number) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      if (tty) process.stdout.write(`\r  ${count.toLocaleString('en')} ${label}`);
      else console.log(`  ${count} ${label}`);
    },
    done() {
      if (tty) process.stdout.write('\n');
    },
  };
}
