import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlTag } from '../i18n/format.ts';
import { azLanguageNames } from '../i18n/language-names-az.ts';
import { languageName, parseLanguageCodes } from './country-codes.ts';
import { filterCountries } from './country-filter.ts';

interface Props {
  id?: string;
  label: string;
  /** "az, ru": the drafts keep codes as text, so a record's codes are edited as they were. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/**
 * Languages picked by name (or code) in the interface language, from the languages the app ships
 * names for; a code already on the record stays choosable even if it is not among them.
 */
export function LanguageCodesInput({ id, label, value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const tag = intlTag(i18n.language);
  const parsed = parseLanguageCodes(value);
  const held = parsed.codes.join(',');
  const options = useMemo(() => {
    const collator = new Intl.Collator(tag);
    const codes = new Set([...Object.keys(azLanguageNames), ...(held ? held.split(',') : [])]);
    return [...codes]
      .map((code) => ({ value: code, label: languageName(code, tag) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [tag, held]);
  return (
    <MultiSelect
      id={id}
      label={label}
      description={t('personForm.languageCodesHelp')}
      data={options}
      value={parsed.codes}
      onChange={(codes) => onChange(codes.join(', '))}
      searchable
      filter={filterCountries}
      maxValues={10}
      hidePickedOptions
      nothingFoundMessage={t('personForm.noLanguageFound')}
      error={error ? `${error} ${parsed.invalid.join(', ')}`.trim() : undefined}
    />
  );
}
