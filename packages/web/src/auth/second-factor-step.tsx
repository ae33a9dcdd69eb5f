import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import { api, unwrap } from '../api/client.ts';
import type { Me } from '../api/types.ts';

/**
 * The second step of a sign-in: the code the authenticator app shows, or a recovery code. The
 * challenge lives only in this component: leaving the page means starting with the password.
 */
export function SecondFactorStep({
  challenge,
  onSignedIn,
  onStartOver,
}: {
  challenge: string;
  onSignedIn: (me: Me) => void;
  onStartOver: () => void;
}) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const [value, setValue] = useState('');
  const verify = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/auth/second-factor', {
          body: recovery ? { challenge, recoveryCode: value } : { challenge, code: value },
        }),
        { ignoreUnauthenticated: true },
      ),
    onSuccess: onSignedIn,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate();
  };
  const code = isApiError(verify.error) ? verify.error.code : verify.error ? 'internal' : null;
  const message =
    code === 'unauthenticated' || code === 'validation_failed'
      ? t('secondFactor.wrongCode')
      : code === 'locked'
        ? t('errors.locked')
        : code === 'rate_limited'
          ? t('errors.rate_limited')
          : code === 'network'
            ? t('errors.network')
            : t('errors.internal');

  return (
    <form onSubmit={submit} noValidate aria-labelledby="second-factor-step-title">
      <Stack>
        <Title order={1} size="h2" id="second-factor-step-title">
          {t('secondFactor.stepTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('secondFactor.stepIntro')}
        </Text>
        {code ? (
          <Alert color="red" title={t('signIn.failed')} role="alert" data-testid="second-factor-error">
            <Text size="sm">{message}</Text>
          </Alert>
        ) : null}
        <TextInput
          key={recovery ? 'recovery' : 'code'}
          label={recovery ? t('secondFactor.recoveryCode') : t('secondFactor.code')}
          name={recovery ? 'recoveryCode' : 'code'}
          inputMode={recovery ? 'text' : 'numeric'}
          autoComplete={recovery ? 'off' : 'one-time-code'}
          required
          withAsterisk={false}
          data-autofocus
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
        />
        <Button type="submit" loading={verify.isPending}>
          {t('secondFactor.verify')}
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setRecovery(!recovery);
            setValue('');
            verify.reset();
          }}
        >
          {recovery ? t('secondFactor.useApp') : t('secondFactor.useRecovery')}
        </Anchor>
        <Anchor component="button" type="button" size="sm" onClick={onStartOver}>
          {t('secondFactor.startOver')}
        </Anchor>
      </Stack>
    </form>
  );
}
