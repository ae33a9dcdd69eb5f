import type { TableLayout } from './lay-out-table.ts';
import { pdfFonts } from './pdf-fonts.ts';

export const cellSize = 8;
export const cellPad = 3;
/** Longer rotated headings wrap into a second line across the column. */
const maxRotatedHeight = 110;

export interface TableGeometry {
  left: number;
  width: number;
  labelWidth: number;
  periodWidth: number;
  columnWidth: number;
  /** Left edge of each figure column. */
  xs: number[];
  headerHeight: number;
  /** Headings turned to read upwards when a word of one is wider than its column. */
  rotated: boolean;
}

export function planHeader(
  doc: PDFKit.PDFDocument,
  layout: TableLayout,
  geometry: Omit<TableGeometry, 'headerHeight' | 'rotated'>,
): TableGeometry {
  doc.font(pdfFonts.bold).fontSize(cellSize);
  const inner = geometry.columnWidth - 2 * cellPad;
  const words = layout.columnHeadings.flatMap((heading) => heading.split(/\s+/));
  const rotated = Math.max(...words.map((word) => doc.widthOfString(word))) > inner;
  const labelHeight = doc.heightOfString(layout.rowHeading, { width: geometry.labelWidth - 2 * cellPad });
  const headingHeight = rotated
    ? Math.min(maxRotatedHeight, Math.max(...layout.columnHeadings.map((h) => doc.widthOfString(h))) + 1)
    : Math.max(...layout.columnHeadings.map((h) => doc.heightOfString(h, { width: inner })));
  return { ...geometry, rotated, headerHeight: Math.max(labelHeight, headingHeight) + 2 * cellPad };
}

export function drawPdfTableHeader(doc: PDFKit.PDFDocument, layout: TableLayout, g: TableGeometry) {
  const y = doc.y;
  doc.font(pdfFonts.bold).fontSize(cellSize).fillColor('black');
  doc.text(layout.rowHeading, g.left + cellPad, y + cellPad, { width: g.labelWidth - 2 * cellPad });
  layout.columnHeadings.forEach((heading, i) => {
    const x = g.xs[i] ?? 0;
    if (!g.rotated) {
      doc.text(heading, x + cellPad, y + cellPad, { width: g.columnWidth - 2 * cellPad, align: 'right' });
      return;
    }
    // Turned a quarter anticlockwise: the text reads upwards from the header's bottom, its lines
    // stacking rightwards, so the block is pushed to the column's right edge like the figures.
    const length = g.headerHeight - 2 * cellPad;
    const thickness = doc.heightOfString(heading, { width: length });
    const origin: [number, number] = [x + g.columnWidth - cellPad - thickness, y + g.headerHeight - cellPad];
    doc.save().rotate(-90, { origin });
    doc.text(heading, origin[0], origin[1], { width: length, lineBreak: true });
    doc.restore();
  });
  const bottom = y + g.headerHeight;
  doc
    .moveTo(g.left, bottom)
    .lineTo(g.left + g.width, bottom)
    .lineWidth(0.8)
    .stroke();
  doc.y = bottom;
}
