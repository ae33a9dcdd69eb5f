import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useFormat } from '../i18n/format.ts';

type TodayKey =
  | 'decisions_overdue'
  | 'referrals_to_answer'
  | 'referrals_to_answer_overdue'
  | 'alerts_to_acknowledge'
  | 'unread_messages'
  | 'reflection_periods_ending';

/** Where each count's list is: the count and the list it opens must agree. */
const targets: Record<TodayKey, string> = {
  decisions_overdue: '/persons?overdue=true',
  referrals_to_answer: '/referrals',
  referrals_to_answer_overdue: '/referrals',
  alerts_to_acknowledge: '/alerts?awaiting=true',
  unread_messages: '/referrals',
  reflection_periods_ending: '/persons?reflectionEnding=true',
};

export const todayKey = ['me', 'today'] as const;

/**
 * "What needs me today": the server counts only the lists the user's role may open (core's
 * policy), so what shows here is what the user can act on. Items with nothing waiting drop out.
 */
export function TodayPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useQuery({
    queryKey: todayKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/me/today', { signal })),
    refetchInterval: 60_000,
  });
  const waiting = (today.data?.items ?? []).filter((item) => item.count > 0);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="home-today" data-testid="home-today">
      <Title order={2} size="h4" id="home-today">
        {t('homeTasks.title')}
      </Title>
      <ErrorAlert error={today.error} onRetry={() => void today.refetch()} />
      {today.isPending ? (
        <Text size="sm" mt="xs" role="status">
          {t('homeTasks.loading')}
        </Text>
      ) : null}
      {today.data && waiting.length === 0 ? (
        <Text size="sm" mt="xs" data-testid="today-nothing">
          {t('homeTasks.nothing')}
        </Text>
      ) : null}
      <Stack gap={6} mt="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {waiting.map((item) => (
          <li key={item.key} data-testid={`today-${item.key}`}>
            <Anchor
              component={Link}
              to={targets[item.key as TodayKey]}
              fw={600}
              c={item.key.endsWith('overdue') ? 'red.9' : undefined}
            >
              {t(`homeTasks.items.${item.key as TodayKey}`, { total: format.number(item.count) })}
            </Anchor>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
