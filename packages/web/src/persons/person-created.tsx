import { Alert, Button, Code, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../api/types.ts';

/**
 * What a user who may register but not read persons (a hotline operator) sees after creating:
 * the code to pass on, and no link to a page they cannot open.
 */
export function PersonCreated({ person, onAnother }: { person: PersonSummary; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack maw={640}>
      <Title order={1} ref={heading} tabIndex={-1}>
        {t('personForm.createdTitle')}
      </Title>
      <Alert color="teal" role="status">
        <Stack gap="xs">
          <Text>{t('personForm.createdText')}</Text>
          <Text>
            {t('persons.code')}:{' '}
            <Code fz="lg" data-testid="person-code">
              {person.code}
            </Code>
          </Text>
          <Text size="sm">{t('personForm.createdNoAccess')}</Text>
        </Stack>
      </Alert>
      <Button variant="outline" w="fit-content" onClick={onAnother}>
        {t('personForm.registerAnother')}
      </Button>
    </Stack>
  );
}
