import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PersonSummary } from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { can } from '../common/permissions.ts';
import { useCodeMatches, useNameMatches } from './global-search-queries.ts';
import { readSearchText } from './search-text.ts';

const nameOption = 'search-by-name';

/**
 * The header's "find a person": a code fragment in any case finds as the persons list does; a
 * name (only for those who may reveal identity) is searched when asked for, through the list's
 * own blind-index search, so a half-typed name is never sent and every search is one audit event.
 * An accessible combobox: arrows move through the persons, Enter opens the one chosen.
 */
export function GlobalSearch({ testId = 'global-search' }: { testId?: string }) {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const navigate = useNavigate();
  const mayFindByName = can(permissions, 'person_identity:reveal');
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 250);
  const { fragment, name } = readSearchText(debounced, mayFindByName);
  const codes = useCodeMatches(fragment ?? '', fragment !== null);
  const names = useNameMatches();
  const [namesFor, setNamesFor] = useState<string | null>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  const byName = name !== null && namesFor === name ? (names.data ?? null) : null;
  const persons: PersonSummary[] | null = fragment !== null ? (codes.data ?? null) : byName;
  const offerName = name !== null && namesFor !== name;
  const pending = (fragment !== null && codes.isFetching) || (namesFor !== null && names.isPending);

  // New results: the first is chosen, so Enter opens it (or runs the name search on offer).
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-selects when the results change
  useEffect(() => {
    combobox.selectFirstOption();
  }, [persons, offerName]);

  const searchNames = (value: string) => {
    setNamesFor(value);
    names.mutate(value);
  };
  const submit = (value: string) => {
    if (value === nameOption) {
      if (name) searchNames(name);
      return;
    }
    setText('');
    setNamesFor(null);
    names.reset();
    combobox.closeDropdown();
    navigate(`/persons/${value}`);
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && combobox.getSelectedOptionIndex() === -1 && offerName && name) {
      event.preventDefault();
      searchNames(name);
    }
  };

  let status: string | null = null;
  if (pending) status = t('globalSearch.searching');
  else if (fragment === null && namesFor === name && names.isError) status = t('globalSearch.failed');
  else if (persons?.length === 0) status = t('lists.nothingFound');
  else if (persons) status = t('globalSearch.found', { total: persons.length });
  else if (text.trim().length > 0 && text.trim().length < 2) status = t('globalSearch.keepTyping');

  return (
    <Combobox store={combobox} onOptionSubmit={submit} withinPortal position="bottom-start" width={340}>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          data-testid={testId}
          aria-label={t(mayFindByName ? 'globalSearch.labelWithName' : 'globalSearch.label')}
          placeholder={t(mayFindByName ? 'globalSearch.placeholderWithName' : 'globalSearch.placeholder')}
          type="search"
          autoComplete="off"
          w={{ base: '100%', md: 240 }}
          value={text}
          maxLength={400}
          rightSection={pending ? <Loader size="xs" aria-hidden /> : null}
          onChange={(event) => {
            setText(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={keyDown}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={text.trim().length === 0} data-testid={`${testId}-results`}>
        {status ? (
          <Text size="sm" c="dimmed" px="xs" py={4} role="status">
            {status}
          </Text>
        ) : null}
        {/* Always there while open: the input's aria-controls and aria-expanded name this list. */}
        <Combobox.Options aria-label={t('globalSearch.results')}>
          {persons?.map((person) => (
            <Combobox.Option key={person.id} value={person.id} data-testid="global-search-option">
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Text ff="monospace" size="sm" c="inherit">
                  {person.code}
                </Text>
                <Text size="xs" c="inherit">
                  {t(`vocabulary.statuses.${person.status}`)} · {t(`vocabulary.genders.${person.gender}`)}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
          {offerName ? (
            <Combobox.Option value={nameOption} data-testid="global-search-by-name">
              {t('globalSearch.byName', { name })}
            </Combobox.Option>
          ) : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
