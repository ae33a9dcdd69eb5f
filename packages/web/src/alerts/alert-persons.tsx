import { Alert, Anchor, Button, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useLinkPerson } from './alert-queries.ts';

/**
 * The persons later identified in the situation, by id only: the alert shares no identity, and
 * the person's page decides what this user may see.
 */
export function AlertPersons({
  alertId,
  personIds,
  canLink,
}: {
  alertId: string;
  personIds: string[];
  canLink: boolean;
}) {
  const { t } = useTranslation();
  const link = useLinkPerson(alertId);
  const [ref, setRef] = useState('');
  const [missing, setMissing] = useState(false);
  const notFound = link.isSuccess && link.data === null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!ref.trim());
    if (!ref.trim()) return;
    // The code stays in the box unless linked, so a typo can be corrected rather than retyped.
    link.mutate(ref, { onSuccess: (alert) => (alert ? setRef('') : undefined) });
  };

  return (
    <section aria-labelledby="alert-persons-title" data-testid="alert-persons">
      <Stack gap="sm" maw={760}>
        <Title order={2} size="h3" id="alert-persons-title">
          {t('alert.persons')}
        </Title>
        {personIds.length === 0 ? <Text>{t('alert.noPersons')}</Text> : null}
        <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {personIds.map((id) => (
            <li key={id}>
              <Anchor component={Link} to={`/persons/${id}`} aria-label={t('alert.openPerson', { id })}>
                <Code fz="sm">{id}</Code>
              </Anchor>
            </li>
          ))}
        </Group>
        {canLink ? (
          <form onSubmit={submit} noValidate data-testid="link-person-form">
            <Stack gap="xs">
              <ErrorAlert error={link.error} />
              {link.isSuccess && link.data ? (
                <Alert color="teal" role="status">
                  {t('alert.linked')}
                </Alert>
              ) : null}
              <TextInput
                label={t('alert.personRef')}
                description={t('alert.personRefHelp')}
                required
                maxLength={60}
                value={ref}
                onChange={(e) => setRef(e.currentTarget.value)}
                error={
                  missing
                    ? t('fieldErrors.requiredNamed', { field: t('alert.personRef') })
                    : notFound
                      ? t('alert.personNotFound')
                      : undefined
                }
              />
              <Button type="submit" w="fit-content" variant="outline" loading={link.isPending}>
                {t('alert.linkPerson')}
              </Button>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </section>
  );
}
