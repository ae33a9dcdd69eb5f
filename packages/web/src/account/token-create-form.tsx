import { Alert, Button, CopyButton, Group, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../api/api-error.ts';
import { useSession } from '../auth/session.ts';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { usePermissionLabel } from '../common/use-permission-label.ts';
import { useCreateToken } from './token-queries.ts';

/** A token can carry only permissions its owner has: the choices are GET /api/me's list. */
export function TokenCreateForm() {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const label = usePermissionLabel();
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [days, setDays] = useState<string | number>('');
  const [scopesMissing, setScopesMissing] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const errors = fieldErrorsOf(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setScopesMissing(scopes.length === 0);
    if (scopes.length === 0) return;
    const expiresInDays = typeof days === 'number' && days > 0 ? days : undefined;
    create.mutate(
      { name: name.trim(), scopes, expiresInDays },
      {
        onSuccess: (created) => {
          setSecret(created.secret);
          setName('');
          setScopes([]);
          setDays('');
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      {secret ? (
        <Alert color="teal" title={t('account.newTokenTitle')} role="status" data-testid="new-token">
          <Stack gap="xs">
            <TextInput
              label={t('account.newTokenLabel')}
              value={secret}
              readOnly
              classNames={{ input: 'secret' }}
            />
            <strong>{t('account.newTokenOnce')}</strong>
            <Group>
              <CopyButton value={secret}>
                {({ copied, copy }) => (
                  <Button onClick={copy} variant="filled">
                    {copied ? t('common.copied') : t('account.copyToken')}
                  </Button>
                )}
              </CopyButton>
              <Button variant="default" onClick={() => setSecret(null)}>
                {t('common.close')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby="create-token-title" data-testid="token-form">
        <Stack gap="sm" maw={640}>
          <Title order={3} size="h4" id="create-token-title">
            {t('account.createToken')}
          </Title>
          <ErrorAlert error={create.error} />
          <TextInput
            label={t('account.tokenName')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <CheckboxFieldset
            legend={t('account.scopes')}
            options={permissions.map((p) => ({ value: p, label: label(p), hint: p }))}
            value={scopes}
            onChange={setScopes}
            error={scopesMissing ? t('account.scopesRequired') : errors.scopes}
            testId="token-scopes"
          />
          <NumberInput
            label={t('account.expiresInDays')}
            description={t('account.expiresHelp')}
            min={1}
            max={366}
            allowDecimal={false}
            value={days}
            onChange={setDays}
            error={errors.expiresInDays}
            w={240}
          />
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t('account.createToken')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
