import { useTranslation } from 'react-i18next';
import type { SummaryItem } from '../common/error-summary.tsx';
import type { AttributeProblem, AttributesDraft } from './attributes-draft.ts';
import { parseLanguageCodes } from './country-codes.ts';

const fieldIds: Record<AttributeProblem, string> = {
  gender: 'person-gender',
  birthYear: 'person-birth-year',
  citizenships: 'person-citizenships',
  languages: 'person-languages',
};

/** The registration form's problems as the error summary words them, in the form's order. */
export function useAttributeSummary(problems: AttributeProblem[], draft: AttributesDraft): SummaryItem[] {
  const { t } = useTranslation();
  const words: Record<AttributeProblem, { label: string; message: string }> = {
    gender: { label: t('persons.sex'), message: t('personForm.sexRequired') },
    birthYear: { label: t('persons.birthYear'), message: t('personForm.birthYearInvalid') },
    citizenships: { label: t('persons.citizenship'), message: t('personForm.countryCodesHelp') },
    languages: {
      label: t('persons.languages'),
      message: t('personForm.languageCodesInvalid', {
        codes: parseLanguageCodes(draft.languages).invalid.join(', ') || '—',
      }),
    },
  };
  return (Object.keys(fieldIds) as AttributeProblem[])
    .filter((problem) => problems.includes(problem))
    .map((problem) => ({ fieldId: fieldIds[problem], ...words[problem] }));
}
