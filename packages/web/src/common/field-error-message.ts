import type { TFunction } from 'i18next';

/** The field codes the domain answers with, each a message of its own in every language. */
const fieldCodes = ['invalid', 'unknown', 'future', 'before_start', 'out_of_range', 'mismatch'] as const;

/**
 * What the user reads for a field the server refused: a code in their language ("required" by
 * the field's label when it is known), a code of the domain's own ('exceeds_budget_line', whose
 * reason is in the request's message) as "invalid", any other text as the server sent it.
 */
export function fieldErrorMessage(t: TFunction, said: string, label?: string): string {
  if (said === 'required')
    return label ? t('fieldErrors.requiredNamed', { field: label }) : t('fieldErrors.required');
  if ((fieldCodes as readonly string[]).includes(said))
    return t(`fieldErrors.${said as (typeof fieldCodes)[number]}`);
  return /^[a-z_]+$/.test(said) ? t('fieldErrors.invalid') : said;
}
