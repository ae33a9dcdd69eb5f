import type { SubmissionKey, SubmissionTemplate } from './submission-template.ts';
import { glotipForm } from './templates/glotip-form.ts';
import { gretaStatisticalAnnex } from './templates/greta-statistical-annex.ts';
import { tipDataRequest } from './templates/tip-data-request.ts';

/** Every questionnaire the country answers, in the order the coordinator works through them. */
export const submissionTemplates: readonly SubmissionTemplate[] = [
  tipDataRequest,
  gretaStatisticalAnnex,
  glotipForm,
];

export function submissionTemplateOf(key: SubmissionKey): SubmissionTemplate {
  const template = submissionTemplates.find((t) => t.key === key);
  if (!template) throw new Error(`Unknown submission template ${key}`);
  return template;
}
