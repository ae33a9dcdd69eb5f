import { Button, Divider, NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession, useSignOut } from '../auth/session.ts';
import { LanguageSwitch } from './language-switch.tsx';

/**
 * On a phone the header has room for the burger, the name and notifications only: who is signed
 * in, the language, the account and Sign out move into the burger menu, so signing out of a shared
 * device is always two taps away.
 */
export function MobileAccountSection() {
  const { t } = useTranslation();
  const { user, organisation } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();

  const leave = async () => {
    await signOut(false);
    navigate('/sign-in', { replace: true });
  };

  return (
    <Stack gap="xs" hiddenFrom="sm" data-testid="mobile-account">
      <Divider />
      <div>
        <Text size="sm" fw={600}>
          {user.displayName}
        </Text>
        <Text size="xs" c="dimmed">
          {organisation.name}
        </Text>
      </div>
      <LanguageSwitch testId="mobile-language-switch" />
      <NavLink component={Link} to="/account" label={t('nav.account')} className="nav-link" />
      <Button variant="outline" onClick={() => void leave()} data-testid="mobile-sign-out">
        {t('header.signOut')}
      </Button>
    </Stack>
  );
}
