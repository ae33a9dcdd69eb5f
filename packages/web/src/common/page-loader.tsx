import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A loading indicator that screen readers announce. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center p="xl" role="status">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}
