import type { RenderReleaseFiles, Report } from '@opennrm/core';
import JSZip from 'jszip';
import { csvFileName, renderReportPdf, renderReportXlsx, renderTableCsv } from '../reports/index.ts';

/** Entries dated in the zip: the release's own time, not the moment of rendering. */
async function renderCsvZip(report: Report): Promise<Uint8Array> {
  const zip = new JSZip();
  const date = new Date(report.generatedAt);
  for (const table of report.tables) {
    zip.file(csvFileName(report, table.key), renderTableCsv(report, table.key), { date });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'UNIX' });
}

/**
 * The files of a release, rendered by the same code as the report's downloads (the workbook,
 * the PDF, and every table's CSV in one zip), once, at publication: afterwards the stored bytes
 * are served, never these renderers again.
 */
export const renderReleaseFiles: RenderReleaseFiles = async (report) => [
  {
    kind: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: new Uint8Array(await renderReportXlsx(report)),
  },
  { kind: 'csv.zip', contentType: 'application/zip', bytes: await renderCsvZip(report) },
  { kind: 'pdf', contentType: 'application/pdf', bytes: new Uint8Array(await renderReportPdf(report)) },
];
