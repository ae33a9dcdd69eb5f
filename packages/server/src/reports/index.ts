import type { Report } from '@opennrm/core';

export { csvFileName, renderTableCsv } from './render-report-csv.ts';

/**
 * The workbook and the PDF, loaded when first asked for: exceljs and pdfkit cost ~200 ms and
 * ~40 MiB, which every server start and every CLI command would otherwise pay.
 */
export async function renderReportXlsx(report: Report): Promise<Buffer> {
  const { renderReportXlsx: render } = await import('./render-report-xlsx.ts');
  return render(report);
}

export async function renderReportPdf(report: Report): Promise<Buffer> {
  const { renderReportPdf: render } = await import('./render-report-pdf.ts');
  return render(report);
}
