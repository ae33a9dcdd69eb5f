import type { CountryAssessment, CountryNarrative, FilledSubmissionForPeriod } from '@opennrm/core';

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

/** The narrative with its dates as ISO strings. */
export function presentNarrative(narrative: CountryNarrative) {
  return {
    locale: narrative.locale,
    period: narrative.period,
    previousPeriod: narrative.previousPeriod,
    parts: narrative.parts.map((part) => ({
      ...part,
      figures: part.figures.map((f) => ({ ...f })),
      changedNumbers: part.changedNumbers.map((c) => ({ ...c })),
      editedAt: part.editedAt?.toISOString() ?? null,
    })),
  };
}

/** The assessment as the API shows it (who assessed is in the audit trail, not here). */
export function presentAssessment(assessment: CountryAssessment) {
  return {
    period: assessment.period,
    previousPeriod: assessment.previousPeriod,
    criteria: assessment.criteria.map((c) => ({ ...c, evidence: c.evidence.map((e) => ({ ...e })) })),
    weaknesses: assessment.weaknesses.map((w) => ({ ...w })),
    advisory: { ...assessment.advisory },
    coordinator: Object.fromEntries(
      Object.entries(assessment.coordinator).map(([key, a]) => [
        key,
        { verdict: a.verdict, notes: a.notes, version: a.version, assessedAt: a.assessedAt.toISOString() },
      ]),
    ),
  };
}
