/** A header's words without what is only drawn (a sort arrow marked aria-hidden). */
function headerText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (copy.textContent ?? '').trim();
}

/**
 * Writes each body cell's column header into its data-label, which the card layout shows before
 * the value ("Sex: female"). Done in the DOM rather than by every table so that all list tables
 * get cards from the one component that holds them; React never sets data-label, so the two do
 * not fight. Spanning cells move the column count on; a row header (th) is the card's title.
 */
export function labelTableCells(region: HTMLElement): void {
  for (const table of region.querySelectorAll('table')) {
    const headRows = table.tHead?.rows;
    const headRow = headRows && headRows.length > 0 ? headRows[headRows.length - 1] : undefined;
    const labels: string[] = [];
    for (const cell of headRow?.cells ?? []) {
      const text = headerText(cell);
      for (let span = 0; span < cell.colSpan; span++) labels.push(text);
    }
    for (const body of table.tBodies) {
      for (const row of body.rows) {
        let column = 0;
        for (const cell of row.cells) {
          const text = cell.tagName === 'TH' ? '' : (labels[column] ?? '');
          if (text && cell.getAttribute('data-label') !== text) cell.setAttribute('data-label', text);
          if (!text && cell.hasAttribute('data-label')) cell.removeAttribute('data-label');
          column += cell.colSpan;
        }
      }
    }
  }
}
