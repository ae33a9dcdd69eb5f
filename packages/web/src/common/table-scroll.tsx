import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { labelTableCells } from './label-table-cells.ts';

interface Props {
  label: string;
  children: ReactNode;
  /**
   * 'cards' (the default): on a narrow screen each row becomes a card whose cells are named by
   * their column's header, and only the sortable headers stay, as a row of sort buttons. 'scroll'
   * keeps the grid and lets it scroll sideways, for cross-tabulations read across columns.
   */
  layout?: 'cards' | 'scroll';
}

/**
 * Every list table of the application is held here, so the phone layout is decided once (in
 * styles.css, below 48em): rows become cards, nothing scrolls sideways. On a wide screen the
 * table may still scroll; the region is focusable so keyboard users can scroll it too (axe:
 * scrollable-region-focusable), and named after the table it holds.
 */
export function TableScroll({ label, children, layout = 'cards' }: Props) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const region = ref.current;
    if (!region || layout !== 'cards') return;
    labelTableCells(region);
    // Rows arrive with each page and headers change with the language: label them again.
    const observer = new MutationObserver(() => labelTableCells(region));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [layout]);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section ref={ref} className="table-scroll" data-layout={layout} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
