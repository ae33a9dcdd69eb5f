import { Alert, Box, Button, Container, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { fieldErrorsOf, isApiError } from '../api/api-error.ts';
import { api, unwrap } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { PasswordField } from '../common/password-field.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { LanguageSwitch } from '../shell/language-switch.tsx';
import { SecondFactorStep } from './second-factor-step.tsx';
import { signedIn, useMe } from './session.ts';
import { SingleSignOnOption } from './single-sign-on-option.tsx';

/** Only same-site paths: `next` comes from the address bar and must not send users elsewhere. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const me = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<string | null>(null);

  const enter = (session: Me) => {
    signedIn(queryClient, session);
    navigate(safeNext(params.get('next')), { replace: true });
  };
  const signIn = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/auth/sign-in', { body: { email, password } }), { ignoreUnauthenticated: true }),
    onSuccess: (result) => {
      // The password was right and the account has an authenticator app: ask for its code.
      if ('step' in result) {
        setPassword('');
        setChallenge(result.challenge);
      } else enter(result);
    },
  });

  if (me.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  const fieldErrors = fieldErrorsOf(signIn.error);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Box component="header" p="md">
        <Group justify="space-between">
          <Text fw={700} size="lg">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size={420} py="xl">
        <Paper withBorder p="xl" radius="md">
          {challenge ? (
            <SecondFactorStep
              challenge={challenge}
              onSignedIn={enter}
              onStartOver={() => {
                setChallenge(null);
                signIn.reset();
              }}
            />
          ) : (
            <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
              <Stack>
                <Title order={1} size="h2" id="sign-in-title">
                  {t('signIn.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('app.tagline')} — {t('signIn.intro')}
                </Text>
                {signIn.error ? (
                  <SignInError error={signIn.error} />
                ) : (
                  <SingleSignOnOption error={params.get('error')} />
                )}
                <TextInput
                  label={t('signIn.email')}
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  withAsterisk={false}
                  value={email}
                  onChange={(event) => setEmail(event.currentTarget.value)}
                  error={fieldErrors.email}
                />
                <PasswordField
                  label={t('signIn.password')}
                  name="password"
                  autoComplete="current-password"
                  required
                  withAsterisk={false}
                  value={password}
                  onChange={(event) => setPassword(event.currentTarget.value)}
                  error={fieldErrors.password}
                />
                <Button type="submit" loading={signIn.isPending}>
                  {t('signIn.submit')}
                </Button>
              </Stack>
            </form>
          )}
        </Paper>
      </Container>
    </>
  );
}

/** Wrong password, lockout and rate limit each say what to do next. */
function SignInError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const code = isApiError(error) ? error.code : 'internal';
  const message =
    code === 'unauthenticated' || code === 'forbidden'
      ? t('signIn.invalid')
      : code === 'locked'
        ? t('errors.locked')
        : code === 'rate_limited'
          ? t('errors.rate_limited')
          : code === 'validation_failed'
            ? t('errors.validation_failed')
            : code === 'network'
              ? t('errors.network')
              : t('errors.internal');
  const details = isApiError(error) ? (error.details as { lockedUntil?: unknown } | undefined) : undefined;
  const lockedUntil = typeof details?.lockedUntil === 'string' ? details.lockedUntil : null;
  const serverMessage = isApiError(error) && code !== 'network' ? error.message : '';
  return (
    <Alert color="red" title={t('signIn.failed')} role="alert" data-testid="sign-in-error">
      <Text size="sm">{message}</Text>
      {lockedUntil ? (
        <Text size="sm">{t('signIn.lockedUntil', { time: format.dateTime(lockedUntil) })}</Text>
      ) : null}
      {serverMessage ? <Text size="sm">{t('errors.serverSaid', { message: serverMessage })}</Text> : null}
    </Alert>
  );
}
