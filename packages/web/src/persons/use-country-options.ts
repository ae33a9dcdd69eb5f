import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlTag } from '../i18n/format.ts';
import { countryCodes, countryName } from './country-codes.ts';

/** Every country as a select option, named and sorted in the interface language. */
export function useCountryOptions(): { value: string; label: string }[] {
  const { i18n } = useTranslation();
  const tag = intlTag(i18n.language);
  return useMemo(() => {
    const collator = new Intl.Collator(tag);
    return countryCodes
      .map((code) => ({ value: code, label: countryName(code, tag) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [tag]);
}

/** "AZ, TR" -> "Azerbaijan, Türkiye" in the interface language. */
export function useCountryNames(): (codes: readonly string[]) => string {
  const { i18n } = useTranslation();
  const tag = intlTag(i18n.language);
  return (codes) => codes.map((code) => countryName(code, tag)).join(', ');
}
