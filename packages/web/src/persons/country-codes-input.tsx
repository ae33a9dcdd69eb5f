import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intlTag } from '../i18n/format.ts';
import { countryName, parseCountryCodes } from './country-codes.ts';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** Codes are quick to type; the description says back in words which countries they mean. */
export function CountryCodesInput({ label, value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const parsed = parseCountryCodes(value);
  const names = parsed.codes.map((code) => countryName(code, intlTag(i18n.language))).join(', ');
  return (
    <TextInput
      label={label}
      description={names ? t('personForm.understoodAs', { names }) : t('personForm.countryCodesHelp')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error ? `${error} ${parsed.invalid.join(', ')}`.trim() : undefined}
    />
  );
}
