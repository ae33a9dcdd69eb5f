import { Button, CloseButton, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/date-input.tsx';
import { useFormat } from '../i18n/format.ts';
import { addHoliday } from './holidays.ts';

interface Props {
  /** ISO days, sorted, each once. */
  value: string[];
  onChange: (value: string[]) => void;
  /** The day-to-add input's id: where the form's error summary takes the user for this field. */
  id?: string;
  error?: string;
}

/** The public holidays as a list of days: one picked in the interface language's order, added, removed. */
export function HolidaysField({ value, onChange, id, error }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [day, setDay] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const next = addHoliday(value, day);
    if (next === 'empty') return setProblem(t('settings.holidayMissing'));
    if (next === 'repeated') return setProblem(t('settings.holidayRepeated', { day: format.date(day) }));
    if (next === 'full') return setProblem(t('settings.holidaysFull'));
    setProblem(null);
    setDay('');
    onChange(next);
  };

  return (
    <Fieldset legend={t('settings.holidays')} data-testid="holidays">
      <Stack gap="xs">
        <Text size="sm">{t('settings.holidaysHelp', { total: String(value.length) })}</Text>
        <Group align="flex-end" gap="xs">
          <DateInput
            id={id}
            label={t('settings.holidayToAdd')}
            value={day}
            onChange={setDay}
            error={problem ?? undefined}
            w={220}
            onKeyDown={(event) => {
              // Enter adds the day here instead of saving the whole form half-done.
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <Button variant="default" onClick={add}>
            {t('settings.addHoliday')}
          </Button>
        </Group>
        {error ? (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {error}
          </Text>
        ) : null}
        {value.length === 0 ? (
          <Text size="sm">{t('settings.noHolidays')}</Text>
        ) : (
          <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {value.map((holiday) => (
              <Group
                key={holiday}
                component="li"
                gap={2}
                wrap="nowrap"
                px="xs"
                style={{ border: '1px solid var(--mantine-color-gray-5)', borderRadius: 4 }}
                data-testid="holiday"
              >
                <Text size="sm">{format.date(holiday)}</Text>
                <CloseButton
                  size="sm"
                  aria-label={t('settings.removeHoliday', { day: format.date(holiday) })}
                  onClick={() => onChange(value.filter((d) => d !== holiday))}
                />
              </Group>
            ))}
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
