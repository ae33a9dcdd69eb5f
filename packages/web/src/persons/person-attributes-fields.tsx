import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ageBands, type Gender, genders } from '../api/types.ts';
import { TriStateFieldset } from '../common/tri-state-fieldset.tsx';
import type { AttributeProblem, AttributesDraft } from './attributes-draft.ts';
import { parseLanguageCodes } from './country-codes.ts';
import { CountryCodesInput } from './country-codes-input.tsx';
import { LanguageCodesInput } from './language-codes-input.tsx';

interface Props {
  value: AttributesDraft;
  onChange: (value: AttributesDraft) => void;
  problems: AttributeProblem[];
  serverErrors: Record<string, string>;
}

/** Sex, age and nationality: the attributes lists and reports use; never sealed. */
export function PersonAttributesFields({ value, onChange, problems, serverErrors }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<AttributesDraft>) => onChange({ ...value, ...patch });
  const languages = parseLanguageCodes(value.languages);
  const problem = (field: AttributeProblem, message: string) =>
    problems.includes(field) ? message : serverErrors[field];

  return (
    <Fieldset legend={t('personForm.attributes')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          id="person-gender"
          label={t('persons.sex')}
          required
          value={value.gender}
          onChange={(e) => set({ gender: e.currentTarget.value as Gender | '' })}
          data={[
            { value: '', label: t('personForm.choose') },
            ...genders.map((g) => ({ value: g, label: t(`vocabulary.genders.${g}`) })),
          ]}
          error={problem('gender', t('personForm.sexRequired'))}
        />
        <TextInput
          id="person-birth-year"
          label={t('persons.birthYear')}
          inputMode="numeric"
          maxLength={4}
          value={value.birthYear}
          onChange={(e) => set({ birthYear: e.currentTarget.value })}
          error={problem('birthYear', t('personForm.birthYearInvalid'))}
        />
        <NativeSelect
          label={t('persons.ageBand')}
          description={t('personForm.ageBandHelp')}
          value={value.ageBand}
          onChange={(e) => set({ ageBand: e.currentTarget.value })}
          data={[{ value: '', label: t('common.unknown') }, ...ageBands.map((b) => ({ value: b, label: b }))]}
          error={serverErrors.ageBand}
        />
        <TriStateFieldset
          legend={t('persons.childAtIdentification')}
          value={value.child}
          onChange={(child) => set({ child })}
        />
        <CountryCodesInput
          id="person-citizenships"
          label={t('persons.citizenship')}
          value={value.citizenships}
          onChange={(citizenships) => set({ citizenships })}
          max={5}
          error={problem('citizenships', t('personForm.countryCodesUnknown'))}
        />
        <LanguageCodesInput
          id="person-languages"
          label={t('persons.languages')}
          value={value.languages}
          onChange={(languages) => set({ languages })}
          error={problem(
            'languages',
            t('personForm.languageCodesInvalid', { codes: languages.invalid.join(', ') || '—' }),
          )}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
