import type { FilledSubmissionForPeriod } from '@opennrm/core';

/** A filled questionnaire as the API shows it (every field; no person, no sealed value in it). */
export function presentFilledSubmission(filled: FilledSubmissionForPeriod) {
  const { template } = filled;
  return {
    template: {
      key: template.key,
      title: template.title,
      body: template.body,
      notes: [...template.notes],
      unfilled: template.unfilled.map((question) => ({ ...question })),
    },
    period: filled.period,
    previousPeriod: filled.previousPeriod,
    cells: filled.cells.map((cell) => ({
      ...cell,
      missing: [...cell.missing],
      sources: cell.sources.map((s) => ({ ...s })),
    })),
  };
}
