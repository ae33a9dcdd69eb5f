import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../common/use-page-title.ts';
import { ApiTokensSection } from './api-tokens-section.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';
import { ProfileForm } from './profile-form.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  return (
    <Stack gap="xl">
      <Title order={1}>{t('account.title')}</Title>
      <ProfileForm />
      <ChangePasswordForm />
      <ApiTokensSection />
    </Stack>
  );
}
