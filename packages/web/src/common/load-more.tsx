import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';

interface Props {
  shown: number;
  /** Counted on the first page, up to a cap; null when not counted. */
  total: number | null;
  totalMore: boolean;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  testId?: string;
}

/**
 * The foot of a paged list: how many are shown out of how many, and "Load more" while there is
 * a next page (keyset paging: every item is reachable; no page numbers to jump past the end).
 */
export function LoadMore({ shown, total, totalMore, hasMore, loading, onMore, testId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const status =
    total === null
      ? null
      : totalMore
        ? t('lists.shownOfMore', { shown: format.number(shown), total: format.number(total) })
        : !hasMore
          ? t('lists.shownAll', { shown: format.number(shown) })
          : t('lists.shown', { shown: format.number(shown), total: format.number(total) });
  return (
    <Group gap="sm" data-testid={testId}>
      {status ? (
        <Text size="sm" role="status" data-testid={testId ? `${testId}-status` : undefined}>
          {status}
        </Text>
      ) : null}
      {hasMore ? (
        <Button variant="default" size="xs" loading={loading} onClick={onMore}>
          {t('lists.loadMore')}
        </Button>
      ) : null}
    </Group>
  );
}
