import { Button, Menu, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession, useSignOut } from '../auth/session.ts';
import { ConfirmDialog } from '../common/confirm-dialog.tsx';

/** Who is signed in and for which organisation, with the ways out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, organisation } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);

  const leave = async (everywhere: boolean) => {
    await signOut(everywhere);
    navigate('/sign-in', { replace: true });
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            color="dark"
            h="auto"
            py={4}
            aria-label={t('header.userMenu', { name: user.displayName })}
            data-testid="user-menu"
          >
            <Stack gap={0} align="flex-end">
              <Text size="sm" fw={600} data-testid="current-user-name">
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" data-testid="current-organisation-name">
                {organisation.name}
              </Text>
            </Stack>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component={Link} to="/account">
            {t('nav.account')}
          </Menu.Item>
          <Menu.Item onClick={() => void leave(false)}>{t('header.signOut')}</Menu.Item>
          <Menu.Item onClick={() => setConfirming(true)}>{t('header.signOutEverywhere')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button variant="outline" size="sm" onClick={() => void leave(false)} data-testid="sign-out">
        {t('header.signOut')}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t('header.signOutEverywhere')}
        message={t('header.signOutEverywhereConfirm')}
        confirmLabel={t('header.signOutEverywhere')}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => void leave(true)}
      />
    </>
  );
}
