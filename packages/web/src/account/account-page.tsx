import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { ApiTokensSection } from './api-tokens-section.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';
import { ProfileForm } from './profile-form.tsx';
import { SecondFactorSection } from './second-factor-section.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const { secondFactor } = useSession();
  return (
    <Stack gap="xl">
      <Title order={1}>{t('account.title')}</Title>
      <SecondFactorSection />
      <ProfileForm />
      <ChangePasswordForm />
      {secondFactor.required && !secondFactor.enrolled ? null : <ApiTokensSection />}
    </Stack>
  );
}
