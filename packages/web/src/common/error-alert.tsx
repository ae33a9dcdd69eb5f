import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import { errorCodes } from '../api/types.ts';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/**
 * Says what went wrong in the user's language (from the error code) and, when the server gave a
 * specific reason, repeats it: the code tells what to do, the server's text tells why.
 */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = isApiError(error) ? error.code : 'internal';
  const known = code === 'network' || (errorCodes as readonly string[]).includes(code);
  const text = known ? t(`errors.${code as (typeof errorCodes)[number] | 'network'}`) : t('errors.internal');
  const serverMessage = isApiError(error) && error.code !== 'network' ? error.message : '';
  return (
    <Alert color="red" title={title ?? t('errors.title')} role="alert" data-testid="error-alert">
      <Stack gap="xs">
        <Text size="sm">{text}</Text>
        {serverMessage && serverMessage !== text ? (
          <Text size="sm">{t('errors.serverSaid', { message: serverMessage })}</Text>
        ) : null}
        {onRetry ? (
          <Button variant="outline" size="xs" onClick={onRetry} w="fit-content">
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
