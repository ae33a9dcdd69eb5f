import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { usePageTitle } from '../common/use-page-title.ts';

/**
 * A person the user's organisation has no link to (403) or that does not exist (404): a plain
 * page that says so and shows nothing of the record, not even its code.
 */
export function NoAccess({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const status = isApiError(error) ? error.status : 0;
  const title =
    status === 403 ? t('person.noAccessTitle') : status === 404 ? t('notFound.title') : t('errors.title');
  usePageTitle(title);
  if (status !== 403 && status !== 404) return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <Stack maw={640}>
      <Title order={1}>{title}</Title>
      <Alert color={status === 403 ? 'red' : 'gray'} role="alert" data-testid="person-no-access">
        {status === 403 ? t('person.noAccessText') : t('errors.not_found')}
      </Alert>
      <Anchor component={Link} to="/persons">
        {t('person.backToList')}
      </Anchor>
    </Stack>
  );
}
