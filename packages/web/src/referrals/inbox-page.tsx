import { Anchor, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { referralUrgencies } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useAddressState } from '../common/use-address-state.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { type InboxFilters, inboxFiltersToParams, parseInboxFilters, sectionQuery } from './inbox-filters.ts';
import { InboxSectionList } from './inbox-section-list.tsx';
import type { InboxSectionName } from './referral-queries.ts';
import { useReferralActions } from './use-referral-actions.tsx';

const sections = [
  { key: 'incoming', label: 'referrals.incoming', testId: 'inbox-incoming' },
  { key: 'outgoing', label: 'referrals.outgoing', testId: 'inbox-outgoing' },
  { key: 'overdue', label: 'referrals.overdue', testId: 'inbox-overdue' },
  { key: 'inProgress', label: 'referrals.inProgress', testId: 'inbox-in-progress' },
  { key: 'recentlyClosed', label: 'referrals.closed', testId: 'inbox-closed' },
] as const satisfies readonly { key: InboxSectionName; label: string; testId: string }[];

export function InboxPage() {
  return (
    <RequirePermission permission="referral:read">
      <InboxView />
    </RequirePermission>
  );
}

/**
 * The organisation's referral work lists, decisions first: each section a page at a time with
 * its count, searchable by person code and filtered by urgency (the address bar keeps both and
 * each section's order, so a link or Back shows the same lists).
 */
function InboxView() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.title'));
  const actions = useReferralActions();
  const [filters, update] = useAddressState(parseInboxFilters, inboxFiltersToParams, { replace: true });
  const [code, setCode] = useState(filters.code ?? '');
  useEffect(() => setCode(filters.code ?? ''), [filters.code]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = code.trim();
    update(({ code: _, ...rest }) => (trimmed ? { ...rest, code: trimmed } : rest));
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('referrals.title')}</Title>
      <Text>{t('referrals.intro')}</Text>
      {/* Alerts come before any person exists, so they have their own list, one step away. */}
      <Anchor component={Link} to="/alerts" w="fit-content" data-testid="alerts-link">
        {t('alerts.link')}
      </Anchor>
      <search aria-label={t('common.filters')}>
        <form onSubmit={submit}>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('lists.codeFragment')}
              type="search"
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              maxLength={40}
              data-testid="inbox-code"
            />
            <NativeSelect
              label={t('lists.urgency')}
              value={filters.urgency ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value as InboxFilters['urgency'] | '';
                update(({ urgency: _, ...rest }) => (value ? { ...rest, urgency: value } : rest));
              }}
              data={[
                { value: '', label: t('lists.anyUrgency') },
                ...referralUrgencies.map((u) => ({
                  value: u,
                  label: t(`referralVocabulary.urgencies.${u}`),
                })),
              ]}
            />
            <Button type="submit" variant="outline">
              {t('lists.search')}
            </Button>
            {filters.code || filters.urgency ? (
              <Button variant="subtle" onClick={() => update((current) => ({ orders: current.orders }))}>
                {t('common.clearFilters')}
              </Button>
            ) : null}
          </Group>
        </form>
      </search>
      {actions.view}
      {sections.map((section) => (
        <InboxSectionList
          key={section.key}
          section={section.key}
          label={t(section.label)}
          testId={section.testId}
          filters={sectionQuery(filters, section.key)}
          onOrder={(order) =>
            update((current) => ({ ...current, orders: { ...current.orders, [section.key]: order } }))
          }
          onAction={actions.start}
          busyId={actions.busyId}
        />
      ))}
    </Stack>
  );
}
