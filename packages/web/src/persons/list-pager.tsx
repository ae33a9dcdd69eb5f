import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';

interface Props {
  page: number;
  pages: number;
  total: number;
  onPage: (page: number) => void;
}

/** Previous / next with the position in words; every control is a named button. */
export function ListPager({ page, pages, total, onPage }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <nav aria-label={t('persons.pagination')}>
      <Group gap="sm">
        <Button variant="default" size="xs" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('persons.previousPage')}
        </Button>
        <Text size="sm" data-testid="persons-page">
          {t('persons.pageOf', { page: format.number(page), pages: format.number(pages) })}
        </Text>
        <Button variant="default" size="xs" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('persons.nextPage')}
        </Button>
        <Text size="sm" data-testid="persons-total">
          {t('persons.total', { total: format.number(total) })}
        </Text>
      </Group>
    </nav>
  );
}
