/** Answers that make an adult a presumed victim: recruitment, exploitation and coercion positive. */
export const presumedVictimAnswers = [
  'deceptive_recruitment.nature_of_job',
  'deceptive_recruitment.wages',
  'exploitative_conditions.excessive_hours',
  'exploitative_conditions.low_or_no_pay',
  'coercion_at_destination.confiscation_of_documents',
  'coercion_at_destination.debt_bondage',
].map((indicator) => ({ indicator, answer: 'yes' as const }));
