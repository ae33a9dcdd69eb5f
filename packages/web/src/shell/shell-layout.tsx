import { AppShell, Box, Burger, Center, Group, Loader, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/session.ts';
import { can } from '../common/permissions.ts';
import { NotificationsMenu } from '../referrals/notifications-menu.tsx';
import { GlobalSearch } from '../search/global-search.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { MobileAccountSection } from './mobile-account-section.tsx';
import { navItems } from './nav-items.ts';
import { UserMenu } from './user-menu.tsx';

/** Header, navigation and main landmarks around every signed-in page. */
export function ShellLayout() {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new content, as a page load would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of page
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    close();
    mainRef.current?.focus();
  }, [location.pathname]);

  // Those who may list persons find one from any page; the others have no list to search.
  const findsPersons = can(permissions, 'person:read');
  const isActive = (to: string) =>
    to === '/' ? location.pathname === '/' : location.pathname.startsWith(to);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('header.toggleNavigation')}
            />
            <Text component={Link} to="/" fw={700} size="lg" c="dark" td="none">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {findsPersons ? (
              <Box visibleFrom="md">
                <GlobalSearch />
              </Box>
            ) : null}
            {can(permissions, 'referral:read') ? <NotificationsMenu /> : null}
            <Group gap="sm" wrap="nowrap" visibleFrom="sm">
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')} style={{ overflowY: 'auto' }}>
        {/* Narrower than the header's room for it: the search opens the menu, above the pages. */}
        {findsPersons ? (
          <Box hiddenFrom="md" mb="sm">
            <GlobalSearch testId="global-search-menu" />
          </Box>
        ) : null}
        {navItems(permissions).map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.labelKey)}
            active={isActive(item.to)}
            aria-current={isActive(item.to) ? 'page' : undefined}
            className="nav-link"
            data-testid={item.testId}
          />
        ))}
        <MobileAccountSection />
      </AppShell.Navbar>
      <AppShell.Main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense
          fallback={
            <Center p="xl" role="status">
              <Loader aria-label={t('app.loading')} />
            </Center>
          }
        >
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
