import { Alert, Button, Divider, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';

// The reasons the server sends back in ?error= (docs/operations/single-sign-on.md, Audit).
const knownReasons = [
  'no_account',
  'email_unverified',
  'linked_elsewhere',
  'administrator_by_email',
  'inactive_user',
  'inactive_organisation',
  'no_mapped_role',
  'unknown_organisation',
  'second_factor_missing',
  'sign_in_expired',
  'sign_in_tampered',
  'provider_error',
  'invalid_response',
  'provider_unavailable',
] as const;
type Reason = (typeof knownReasons)[number] | 'other';
const reasonOf = (error: string): Reason =>
  (knownReasons as readonly string[]).includes(error) ? (error as Reason) : 'other';

/**
 * "Sign in with <provider>" above the password form when the server has an identity provider,
 * and why the last attempt through it failed (the reason the server put in ?error=).
 */
export function SingleSignOnOption({ error }: { error: string | null }) {
  const { t } = useTranslation();
  const info = useQuery({
    queryKey: ['single-sign-on'],
    queryFn: () => unwrap(api.GET('/api/auth/single-sign-on'), { ignoreUnauthenticated: true }),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const provider = info.data?.provider;
  return (
    <>
      {error ? (
        <Alert color="red" title={t('singleSignOn.failed')} role="alert" data-testid="sign-in-error">
          <Text size="sm">{t(`singleSignOn.errors.${reasonOf(error)}`)}</Text>
        </Alert>
      ) : null}
      {provider ? (
        <>
          {/* A plain link: the browser leaves for the provider, which sends it back to the app. */}
          <Button component="a" href={provider.startUrl} variant="default" data-testid="single-sign-on">
            {t('singleSignOn.button', { name: provider.name })}
          </Button>
          <Divider label={t('singleSignOn.or')} labelPosition="center" />
        </>
      ) : null}
    </>
  );
}
