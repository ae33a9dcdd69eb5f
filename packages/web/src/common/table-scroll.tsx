import type { ReactNode } from 'react';

/**
 * Lets wide tables scroll sideways on narrow screens. It is focusable so keyboard users can
 * scroll it too (axe: scrollable-region-focusable), and named after the table it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
