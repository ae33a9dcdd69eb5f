import { Alert, Button, Code, Image, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderSVG } from 'uqr';
import { api, unwrap } from '../api/client.ts';
import { meKey, useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';

/**
 * The user's authenticator app: set it up (QR code and the key by hand, then a code to prove the
 * phone has it), then the recovery codes once. Removing it is the administrator's (a lost phone).
 */
export function SecondFactorSection() {
  const { t } = useTranslation();
  const { secondFactor } = useSession();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/second-factor/enrolment')),
  });
  const confirm = useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/second-factor', { body: { code } })),
    onSuccess: (result) => setRecoveryCodes(result.recoveryCodes),
  });
  const qr = useMemo(
    () =>
      start.data
        ? `data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(start.data.uri, { border: 2 }))}`
        : null,
    [start.data],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate();
  };
  // The page starts over from the session once the codes are kept: the app is now required.
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: meKey });
    setRecoveryCodes(null);
  };

  return (
    <Paper withBorder p="md" maw={640} component="section" aria-labelledby="second-factor-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="second-factor-title">
          {t('secondFactor.title')}
        </Title>
        {secondFactor.required && !secondFactor.enrolled ? (
          <Alert color="orange" role="status" data-testid="second-factor-required">
            {t('secondFactor.required')}
          </Alert>
        ) : null}
        <Text size="sm">{t('secondFactor.intro')}</Text>
        {recoveryCodes ? (
          <Stack gap="xs" data-testid="recovery-codes">
            <Title order={3} size="h4">
              {t('secondFactor.recoveryTitle')}
            </Title>
            <Text size="sm">{t('secondFactor.recoveryIntro')}</Text>
            <List spacing={2}>
              {recoveryCodes.map((c) => (
                <List.Item key={c}>
                  <Code>{c}</Code>
                </List.Item>
              ))}
            </List>
            <Button w="fit-content" onClick={() => void done()}>
              {t('secondFactor.recoveryDone')}
            </Button>
          </Stack>
        ) : secondFactor.enrolled ? (
          <Stack gap={4} data-testid="second-factor-enrolled">
            <Text>{t('secondFactor.enrolled', { count: secondFactor.recoveryCodesLeft })}</Text>
            <Text size="sm" c="dimmed">
              {t('secondFactor.lostPhone')}
            </Text>
          </Stack>
        ) : start.data && qr ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Text size="sm">{t('secondFactor.scan')}</Text>
              <Image src={qr} alt={t('secondFactor.qrAlt')} w={200} h={200} />
              <Text size="sm">
                {t('secondFactor.key')}: <Code data-testid="second-factor-key">{start.data.secret}</Code>
              </Text>
              <ErrorAlert error={confirm.error} />
              <TextInput
                label={t('secondFactor.code')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                required
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
              />
              <Button type="submit" loading={confirm.isPending} w="fit-content">
                {t('secondFactor.confirm')}
              </Button>
            </Stack>
          </form>
        ) : (
          <>
            <ErrorAlert error={start.error} />
            <Button w="fit-content" loading={start.isPending} onClick={() => start.mutate()}>
              {t('secondFactor.start')}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}
