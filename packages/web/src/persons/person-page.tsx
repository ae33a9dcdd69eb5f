import { Alert, Code, Group, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { RequirePermission } from '../auth/require-permission.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { ConsentTab } from '../consents/consent-tab.tsx';
import { SupportTab } from '../protection/support-tab.tsx';
import { PersonReferralsTab } from '../referrals/person-referrals-tab.tsx';
import { DecisionsTab } from './decisions-tab.tsx';
import { ExploitationTab } from './exploitation-tab.tsx';
import { IdentityTab } from './identity-tab.tsx';
import { NoAccess } from './no-access.tsx';
import { OverviewTab } from './overview-tab.tsx';
import { PersonBadges } from './person-badges.tsx';
import { usePersonFile } from './person-queries.ts';
import { ScreeningsTab } from './screenings-tab.tsx';

const tabs = [
  'overview',
  'identity',
  'screenings',
  'exploitation',
  'decisions',
  'referrals',
  'consent',
  'support',
] as const;
type Tab = (typeof tabs)[number];

export function PersonPage() {
  return (
    <RequirePermission permission="person:read">
      <PersonFilePage />
    </RequirePermission>
  );
}

/** One person's file. The open tab is in the URL, so Back and shared links land on it. */
function PersonFilePage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const [params, setParams] = useSearchParams();
  // Set by the registration form; history state, so the address stays clean and shareable.
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const file = usePersonFile(id);
  // Referrals and consent are offered when the server says this user may work with them on this
  // record; the rest keep five tabs.
  const may = file.data?.may;
  const shown = tabs.filter(
    (key) =>
      (key !== 'referrals' || may?.read_referrals) &&
      (key !== 'consent' || may?.read_referrals || may?.record_consent) &&
      (key !== 'support' || may?.read_support),
  );
  const code = file.data?.person.code ?? '';
  usePageTitle(code ? t('person.title', { code }) : t('persons.title'));
  const requested = params.get('tab');
  const tab: Tab = shown.includes(requested as Tab) ? (requested as Tab) : 'overview';

  if (file.isPending) return <PageLoader />;
  if (file.isError) return <NoAccess error={file.error} onRetry={() => void file.refetch()} />;
  const data = file.data;

  return (
    <Stack>
      <Group gap="sm" align="center">
        <Title order={1}>
          {t('person.heading')}{' '}
          <Code fz="inherit" data-testid="person-code">
            {data.person.code}
          </Code>
        </Title>
        <PersonBadges person={data.person} />
      </Group>
      {created ? (
        <Alert color="teal" role="status" withCloseButton={false}>
          {t('person.created')}
        </Alert>
      ) : null}
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== 'overview' ? { tab: next } : {}, { replace: true })}
        // Panels stay mounted: a shown identity or a half-filled form survives a change of tab.
        keepMounted
      >
        <Tabs.List aria-label={t('person.sections')}>
          {shown.map((key) => (
            <Tabs.Tab key={key} value={key} data-testid={`tab-${key}`}>
              {key === 'support' ? t('support.tab') : t(`person.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab file={data} />
        </Tabs.Panel>
        <Tabs.Panel value="identity" pt="md">
          <IdentityTab file={data} />
        </Tabs.Panel>
        <Tabs.Panel value="screenings" pt="md">
          <ScreeningsTab file={data} />
        </Tabs.Panel>
        <Tabs.Panel value="exploitation" pt="md">
          <ExploitationTab file={data} />
        </Tabs.Panel>
        <Tabs.Panel value="decisions" pt="md">
          <DecisionsTab file={data} />
        </Tabs.Panel>
        {shown.includes('referrals') ? (
          <Tabs.Panel value="referrals" pt="md">
            <PersonReferralsTab file={data} />
          </Tabs.Panel>
        ) : null}
        {shown.includes('consent') ? (
          <Tabs.Panel value="consent" pt="md">
            <ConsentTab file={data} />
          </Tabs.Panel>
        ) : null}
        {shown.includes('support') ? (
          <Tabs.Panel value="support" pt="md">
            <SupportTab file={data} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}
