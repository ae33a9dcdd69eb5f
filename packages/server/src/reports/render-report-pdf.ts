import type { Report } from '@opennrm/core';
import { statisticsLabels } from '@opennrm/core';
import PDFDocument from 'pdfkit';
import { describeReport } from './describe-report.ts';
import { drawPdfTable, needsLandscape, pageLayout } from './draw-pdf-table.ts';
import { layOutTable, suppressedMarker } from './lay-out-table.ts';
import { pdfFonts, registerPdfFonts } from './pdf-fonts.ts';
import { fillWords, reportFileWords } from './report-file-words.ts';

const languageTags = { en: 'en-GB', az: 'az-Latn-AZ', ru: 'ru-RU' } as const;

/**
 * The report as a print-ready A4 PDF: the title block, the narrative, then every table (current
 * vs previous period, totals, change) with its definition; "page N of M" on every page.
 */
export async function renderReportPdf(report: Report): Promise<Buffer> {
  const words = reportFileWords(report.locale);
  const description = describeReport(report);
  const generated = new Date(report.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 50, right: 50 },
    bufferPages: true,
    lang: languageTags[report.locale],
    displayTitle: true,
    // Only words in the metadata: a published file keeps no figure outside its tables.
    info: {
      Title: `${description.title} ${report.period.label}`,
      Creator: 'OpenNRM',
      Producer: 'OpenNRM',
      ...(Number.isNaN(generated.getTime()) ? {} : { CreationDate: generated }),
    },
  });
  const done = collect(doc);
  registerPdfFonts(doc);
  const numbers = new Intl.NumberFormat(languageTags[report.locale], {
    useGrouping: false,
    maximumFractionDigits: 2,
  });
  const signed = new Intl.NumberFormat(languageTags[report.locale], {
    useGrouping: false,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const formatNumber = (value: number, withSign: boolean) => (withSign ? signed : numbers).format(value);

  doc.font(pdfFonts.bold).fontSize(20).text(description.title);
  doc.fontSize(16).text(report.period.label).moveDown(0.8);
  for (const [label, value] of description.facts) {
    doc.font(pdfFonts.bold).fontSize(10).text(`${label}: `, { continued: true });
    doc.font(pdfFonts.regular).text(value);
  }
  doc.moveDown(0.5).fontSize(9).text(description.suppression);
  if (description.attribution) doc.moveDown(0.3).text(description.attribution);

  if (report.narrative.length > 0) {
    doc.moveDown(1.2).font(pdfFonts.bold).fontSize(14).text(words.summary).moveDown(0.3);
    doc.font(pdfFonts.regular).fontSize(10);
    for (const paragraph of report.narrative) doc.text(paragraph.text).moveDown(0.5);
  }

  const suppressedNote = statisticsLabels(report.locale).layout.suppressedNote;
  for (const table of report.tables) {
    const layout = layOutTable(report, table);
    const bottom = doc.page.height - doc.page.margins.bottom;
    const wide = needsLandscape(doc, layout);
    // A landscape page is only for a wide table; a narrow one after it returns to portrait.
    if (doc.page.layout === 'landscape' && !wide) doc.addPage({ layout: 'portrait' });
    else if (!wide && doc.y + 140 > bottom) doc.addPage({ layout: pageLayout(doc) });
    else if (wide && doc.page.layout !== 'landscape') doc.addPage({ layout: 'landscape' });
    doc.x = doc.page.margins.left;
    doc.moveDown(1).font(pdfFonts.bold).fontSize(12).text(layout.title).moveDown(0.4);
    drawPdfTable(doc, layout, formatNumber);
    doc.moveDown(0.5).font(pdfFonts.bold).fontSize(8.5).text(`${words.definition}: `, { continued: true });
    doc.font(pdfFonts.regular).text(layout.definition);
    if (layout.suppressed) {
      doc.moveDown(0.2).text(`${suppressedMarker(report)} — ${suppressedNote}`);
    }
  }

  numberPages(doc, words.page);
  doc.end();
  return done;
}

function numberPages(doc: PDFKit.PDFDocument, template: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    const keep = margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    margins.bottom = 0;
    doc.font(pdfFonts.regular).fontSize(8).fillColor('#555555');
    doc.text(fillWords(template, { n: i + 1, m: range.count }), margins.left, doc.page.height - 35, {
      width: doc.page.width - margins.left - margins.right,
      align: 'center',
      lineBreak: false,
    });
    margins.bottom = keep;
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
