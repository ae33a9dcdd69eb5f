import { drawPdfTableHeader, cellPad as pad, planHeader, cellSize as size } from './draw-pdf-table-header.ts';
import type { Figure, LaidRow, TableLayout } from './lay-out-table.ts';
import { pdfFonts } from './pdf-fonts.ts';

type Doc = PDFKit.PDFDocument;

const subRowHeight = size * 1.25 + 2 * pad;
/** Figure columns narrower than this on portrait A4 send the table to a landscape page. */
const minFigureWidth = 38;
/** A few figure columns need not stretch over the page: figures stay near their labels. */
const maxFigureWidth = 90;

/**
 * A table in the PDF: a group of three lines per row value (current period, previous period,
 * change), the figure columns then the total. A group never splits across pages, and the
 * header row is drawn again at the top of every page the table continues on.
 */
export function drawPdfTable(
  doc: Doc,
  layout: TableLayout,
  formatNumber: (value: number, signed: boolean) => string,
) {
  if (needsLandscape(doc, layout) && doc.page.layout !== 'landscape') doc.addPage({ layout: 'landscape' });
  const left = doc.page.margins.left;
  const pageWidth = doc.page.width - left - doc.page.margins.right;
  doc.font(pdfFonts.bold).fontSize(size);
  const periods = [layout.currentLabel, layout.previousLabel, layout.changeLabel];
  const periodWidth = Math.max(...periods.map((t) => doc.widthOfString(t))) + 2 * pad;
  const labelWidth = labelColumnWidth(doc, layout, pageWidth);
  const n = layout.columnHeadings.length;
  const columnWidth = Math.min(maxFigureWidth, (pageWidth - labelWidth - periodWidth) / n);
  const xs = layout.columnHeadings.map((_, i) => left + labelWidth + periodWidth + i * columnWidth);
  const width = labelWidth + periodWidth + columnWidth * n;
  const g = planHeader(doc, layout, { left, width, labelWidth, periodWidth, columnWidth, xs });

  const groupHeight = (row: LaidRow) => {
    doc.font(row.isTotal ? pdfFonts.bold : pdfFonts.regular).fontSize(size);
    const label = doc.heightOfString(row.label, { width: labelWidth - 2 * pad }) + 2 * pad;
    return Math.max(3 * subRowHeight, label);
  };
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const first = layout.rows[0];
  if (first && doc.y + g.headerHeight + groupHeight(first) > bottom())
    doc.addPage({ layout: pageLayout(doc) });
  drawPdfTableHeader(doc, layout, g);
  for (const [index, row] of layout.rows.entries()) {
    const height = groupHeight(row);
    if (doc.y + height > bottom()) {
      doc.addPage({ layout: pageLayout(doc) });
      drawPdfTableHeader(doc, layout, g);
    }
    const y = doc.y;
    if (index % 2 === 1) doc.rect(left, y, width, height).fill('#f1f3f5');
    if (row.isTotal)
      doc
        .moveTo(left, y)
        .lineTo(left + width, y)
        .lineWidth(0.8)
        .stroke('black');
    doc
      .font(row.isTotal ? pdfFonts.bold : pdfFonts.regular)
      .fontSize(size)
      .fillColor('black');
    doc.text(row.label, left + pad, y + pad, { width: labelWidth - 2 * pad });
    const lines: Array<[string, Figure[], boolean]> = [
      [layout.currentLabel, row.current, false],
      [layout.previousLabel, row.previous, false],
      [layout.changeLabel, row.change, true],
    ];
    lines.forEach(([label, figures, signed], line) => {
      const lineY = y + line * subRowHeight + pad;
      doc.font(pdfFonts.regular).fillColor(signed ? '#555555' : 'black');
      doc.text(label, left + labelWidth + pad, lineY, { width: periodWidth - 2 * pad, lineBreak: false });
      if (row.isTotal) doc.font(pdfFonts.bold);
      figures.forEach((figure, i) => {
        const text = figureText(figure, signed, formatNumber);
        const options = { width: columnWidth - 2 * pad, align: 'right', lineBreak: false } as const;
        if (text) doc.text(text, (xs[i] ?? 0) + pad, lineY, options);
      });
    });
    doc.fillColor('black');
    doc.y = y + height;
  }
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.8)
    .stroke();
  doc.x = left;
}

function figureText(
  figure: Figure,
  signed: boolean,
  formatNumber: (value: number, signed: boolean) => string,
) {
  if (figure.kind === 'number') return formatNumber(figure.value, signed);
  return figure.kind === 'suppressed' ? figure.marker : '';
}

function labelColumnWidth(doc: Doc, layout: TableLayout, width: number) {
  doc.font(pdfFonts.bold).fontSize(size);
  const texts = [layout.rowHeading, ...layout.rows.map((row) => row.label)];
  const widest = Math.max(...texts.map((t) => doc.widthOfString(t)));
  return Math.min(Math.max(widest + 2 * pad + 2, 70), width * 0.3);
}

/** pdfkit types the page's layout as a string; a new page takes the same orientation. */
export function pageLayout(doc: Doc): 'portrait' | 'landscape' {
  return doc.page.layout === 'landscape' ? 'landscape' : 'portrait';
}

/** Whether the table's figure columns are too narrow on a portrait A4 page. */
export function needsLandscape(doc: Doc, layout: TableLayout) {
  const margins = doc.page.margins.left + doc.page.margins.right;
  const portraitWidth = Math.min(doc.page.width, doc.page.height) - margins;
  const figures = portraitWidth - labelColumnWidth(doc, layout, portraitWidth) - 50;
  return figures / layout.columnHeadings.length < minFigureWidth;
}
