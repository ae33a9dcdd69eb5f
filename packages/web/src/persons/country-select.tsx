import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { filterCountries } from './country-filter.ts';
import { useCountryOptions } from './use-country-options.ts';

interface Props {
  /** The error summary's link target, when the form names its fields. */
  id?: string;
  label: string;
  /** An ISO code or ''. */
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  error?: string;
}

/** One country, picked by name (or code) in the interface language. */
export function CountrySelect({ id, label, value, onChange, required, error }: Props) {
  const { t } = useTranslation();
  return (
    <Select
      id={id}
      label={label}
      description={t('personForm.countryCodesHelp')}
      data={useCountryOptions()}
      value={value.toUpperCase() || null}
      onChange={(code) => onChange(code ?? '')}
      searchable
      clearable
      filter={filterCountries}
      required={required}
      nothingFoundMessage={t('personForm.noCountryFound')}
      error={error}
    />
  );
}
