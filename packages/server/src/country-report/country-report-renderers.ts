import type { CountryReportRenderers } from '@opennrm/core';

/**
 * The renderers a release freezes, the same as the downloads use; each library is loaded when
 * first asked for, as the report's renderers are.
 */
export const countryReportRenderers: CountryReportRenderers = {
  async submissionXlsx(filled) {
    const { renderSubmissionXlsx } = await import('./render-submission-xlsx.ts');
    return new Uint8Array(await renderSubmissionXlsx(filled));
  },
  async narrativeDocx(narrative) {
    const { renderNarrativeDocx } = await import('./render-narrative-docx.ts');
    return new Uint8Array(await renderNarrativeDocx(narrative));
  },
  async narrativePdf(narrative) {
    const { renderNarrativePdf } = await import('./render-narrative-pdf.ts');
    return new Uint8Array(await renderNarrativePdf(narrative));
  },
};
