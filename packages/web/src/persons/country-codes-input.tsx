import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseCountryCodes } from './country-codes.ts';
import { filterCountries } from './country-filter.ts';
import { useCountryOptions } from './use-country-options.ts';

interface Props {
  id?: string;
  label: string;
  /** "AZ, TR": the drafts keep codes as text, so a record's codes are edited as they were. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** How many countries the field takes. */
  max?: number;
}

/** Countries picked by name (or code) in the interface language; the value stays ISO codes. */
export function CountryCodesInput({ id, label, value, onChange, error, max }: Props) {
  const { t } = useTranslation();
  const options = useCountryOptions();
  const parsed = parseCountryCodes(value);
  return (
    <MultiSelect
      id={id}
      label={label}
      description={t('personForm.countryCodesHelp')}
      data={options}
      value={parsed.codes}
      onChange={(codes) => onChange(codes.join(', '))}
      searchable
      filter={filterCountries}
      maxValues={max}
      hidePickedOptions
      nothingFoundMessage={t('personForm.noCountryFound')}
      error={error ? `${error} ${parsed.invalid.join(', ')}`.trim() : undefined}
    />
  );
}
