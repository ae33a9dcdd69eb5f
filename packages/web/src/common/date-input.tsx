import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTextToIso, isoToDateText } from '../i18n/date-text.ts';

type DateInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  /** "YYYY-MM-DD" or ''. */
  value: string;
  /** "YYYY-MM-DD" once the text is a whole day, '' while it is empty or not (yet) a date. */
  onChange: (iso: string) => void;
  /** Accepted for the call sites' sake; the server checks the bounds and says why. */
  min?: string;
  max?: string;
};

/**
 * A day typed in the interface language's order (dd.mm.yyyy in Azerbaijani and Russian,
 * dd/mm/yyyy in English), whatever the browser's own language: a native date input follows the
 * browser, so an Azerbaijani user on an English browser was shown mm/dd/yyyy. The value stays ISO.
 */
export function DateInput({ value, onChange, error, min: _min, max: _max, ...rest }: DateInputProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => isoToDateText(value, i18n.language));
  const [malformed, setMalformed] = useState(false);
  const emitted = useRef(value);

  // A value set from outside (a reset, "today") replaces the text; one we emitted does not, so a
  // half-typed date is not wiped while the parent holds ''.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(isoToDateText(value, i18n.language));
      setMalformed(false);
    }
  }, [value, i18n.language]);

  const change = (next: string) => {
    setText(next);
    const iso = dateTextToIso(next);
    if (iso !== null) setMalformed(false);
    emitted.current = iso ?? '';
    if ((iso ?? '') !== value) onChange(iso ?? '');
  };

  return (
    <TextInput
      {...rest}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('dateInput.placeholder')}
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={() => setMalformed(dateTextToIso(text) === null)}
      error={malformed ? t('dateInput.malformed', { pattern: t('dateInput.placeholder') }) : error}
    />
  );
}
