export { csvFileName, renderTableCsv } from './render-report-csv.ts';
export { renderReportPdf } from './render-report-pdf.ts';
export { renderReportXlsx } from './render-report-xlsx.ts';
