import { Anchor, Badge, Button, Popover, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppNotification } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useFormat } from '../i18n/format.ts';
import { useMarkNotificationsRead, useNotifications } from './referral-queries.ts';

const kinds = [
  'received',
  'accepted',
  'declined',
  'completed',
  'withdrawn',
  'message',
  'contact_requested',
] as const;
type Kind = (typeof kinds)[number];

/**
 * 'referral.accepted' -> 'accepted', 'person.contact_requested' -> 'contact_requested'; a kind
 * added on the server later reads as a plain update.
 */
function kindOf(notification: AppNotification): Kind | 'other' {
  const kind = notification.kind.replace(/^(referral|person)\./, '');
  return (kinds as readonly string[]).includes(kind) ? (kind as Kind) : 'other';
}

/**
 * Where a notification leads: its referral, or for a request to contact (about the holder's own
 * record, not a referral) the persons list filtered to that record's code.
 */
function targetOf(notification: AppNotification): string | null {
  if (notification.referralId) return `/referrals/${notification.referralId}`;
  if (kindOf(notification) === 'contact_requested' && notification.personCode)
    return `/persons?${new URLSearchParams({ code: notification.personCode })}`;
  return null;
}

/** The header's notification button: the unread count in its name, the list in a popover. */
export function NotificationsMenu() {
  const { t } = useTranslation();
  const format = useFormat();
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();
  const unread = notifications.data?.unread ?? 0;
  const list = notifications.data?.notifications ?? [];
  const unreadIds = list.filter((n) => !n.readAt).map((n) => n.id);

  return (
    <Popover position="bottom-end" width={340} withinPortal trapFocus shadow="md">
      <Popover.Target>
        <Button
          variant="subtle"
          color="dark"
          size="sm"
          data-testid="notifications"
          aria-label={t('notifications.button', { total: unread })}
          rightSection={
            unread > 0 ? (
              <Badge color="red.9" variant="filled" size="sm" circle={unread < 10}>
                {format.number(unread)}
              </Badge>
            ) : null
          }
        >
          {t('notifications.title')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="notifications-list">
        <Stack gap="xs">
          <Text fw={700}>{t('notifications.title')}</Text>
          <ErrorAlert error={notifications.error ?? markRead.error} />
          {list.length === 0 ? <Text size="sm">{t('notifications.none')}</Text> : null}
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {list.map((n) => {
              // Notifications written before messages named the code and sender read generically.
              const kind = kindOf(n) === 'message' && !n.personCode ? 'messageWithoutCode' : kindOf(n);
              const text = t(`notifications.kinds.${kind}`, {
                code: n.personCode ?? '',
                organisation: n.aboutOrganisation?.name ?? '',
              });
              const to = targetOf(n);
              return (
                <li key={n.id} data-kind={n.kind}>
                  {to ? (
                    <Anchor component={Link} to={to} size="sm" fw={n.readAt ? 400 : 700}>
                      {text}
                    </Anchor>
                  ) : (
                    <Text size="sm">{text}</Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {format.dateTime(n.createdAt)}
                    {n.readAt ? '' : ` · ${t('notifications.unread')}`}
                  </Text>
                </li>
              );
            })}
          </Stack>
          {unreadIds.length > 0 ? (
            <Button
              size="xs"
              variant="outline"
              w="fit-content"
              loading={markRead.isPending}
              onClick={() => markRead.mutate(unreadIds.slice(0, 200))}
            >
              {t('notifications.markAllRead')}
            </Button>
          ) : null}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
