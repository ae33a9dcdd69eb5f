import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../api/types.ts';
import { useFormat } from '../i18n/format.ts';
import { FactList } from './fact-list.tsx';
import type { IdentityDraft } from './identity-draft.ts';

interface Props {
  identity: IdentityDraft;
  withSensitive: boolean;
  grounds: { decisionId: string; grounds: string }[];
  decisions: Decision[];
}

/** The unsealed identity, on screen only until the page is left. */
export function RevealedIdentityView({ identity, withSensitive, grounds, decisions }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const decidedOn = (id: string) => decisions.find((d) => d.id === id)?.decidedOn;
  return (
    <Stack gap="md" data-testid="revealed-identity">
      <FactList
        facts={[
          [t('identity.givenNames'), identity.givenNames],
          [t('identity.familyName'), identity.familyName],
          [t('identity.otherNames'), identity.otherNames],
          [t('identity.birthDate'), format.date(identity.birthDate)],
          ...(withSensitive
            ? ([
                [t('identity.ethnicity'), identity.ethnicity],
                [t('identity.disability'), identity.disability],
              ] as [string, string][])
            : []),
        ]}
      />
      <Section
        title={t('identity.documents')}
        items={identity.documents.map((d) =>
          [d.type, d.number, d.issuingCountry].filter(Boolean).join(' · '),
        )}
      />
      <Section
        title={t('identity.contacts')}
        items={identity.contacts.map((c) => [c.kind, c.value].filter(Boolean).join(': '))}
      />
      <Section title={t('identity.addresses')} items={identity.addresses} />
      <Section title={t('identity.notes')} items={identity.notes ? [identity.notes] : []} />
      <Section
        title={t('identity.decisionGrounds')}
        items={grounds.map((g) => `${format.date(decidedOn(g.decisionId))}: ${g.grounds}`)}
      />
    </Stack>
  );
}

function Section({ title, items }: { title: string; items: string[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t('common.none')}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries may repeat and never reorder
            <List.Item key={index} style={{ whiteSpace: 'pre-wrap' }}>
              {item}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
