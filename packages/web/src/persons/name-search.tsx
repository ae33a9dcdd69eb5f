import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { LoadMore } from '../common/load-more.tsx';
import { useNameSearch } from './person-queries.ts';
import { PersonsTable } from './persons-table.tsx';

/**
 * Find a person by name, for those who may reveal identity. The name stays in this component:
 * never in the address, never in the query cache (the search is a forgotten mutation); the
 * server matches it through the blind index and records the search without the name.
 */
export function NameSearch() {
  const { t } = useTranslation();
  const search = useNameSearch();
  const [name, setName] = useState('');
  const [found, setFound] = useState<{
    persons: PersonSummary[];
    next: string | null;
    total: number | null;
    more: boolean;
  } | null>(null);

  const run = async (cursor?: string) => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const page = await search.mutateAsync({ name: trimmed, ...(cursor ? { cursor } : {}) });
    setFound((before) => ({
      persons: cursor && before ? [...before.persons, ...page.persons] : page.persons,
      next: page.nextCursor,
      total: cursor && before ? before.total : page.total,
      more: cursor && before ? before.more : page.totalMore,
    }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run().catch(() => undefined);
  };
  const clear = () => {
    setName('');
    setFound(null);
    search.reset();
  };

  return (
    <section aria-labelledby="name-search-title" data-testid="name-search">
      <Stack gap="xs">
        <Title order={2} size="h4" id="name-search-title">
          {t('lists.nameSearch')}
        </Title>
        <form onSubmit={submit} autoComplete="off">
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('lists.nameSearchLabel')}
              description={t('lists.nameSearchHint')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={400}
              w={{ base: '100%', sm: 420 }}
            />
            <Button type="submit" variant="default" loading={search.isPending && !found}>
              {t('lists.search')}
            </Button>
            {found ? (
              <Button variant="subtle" onClick={clear}>
                {t('lists.clear')}
              </Button>
            ) : null}
          </Group>
        </form>
        <ErrorAlert error={search.error} />
        {found ? (
          found.persons.length === 0 ? (
            <Text role="status">{t('lists.nothingFound')}</Text>
          ) : (
            <>
              <PersonsTable persons={found.persons} />
              <LoadMore
                shown={found.persons.length}
                total={found.total}
                totalMore={found.more}
                hasMore={found.next !== null}
                loading={search.isPending}
                onMore={() => void run(found.next ?? undefined).catch(() => undefined)}
              />
            </>
          )
        ) : null}
      </Stack>
    </section>
  );
}
