import { Button, Checkbox, Fieldset, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../api/types.ts';
import type { ReferralDraft } from './referral-draft.ts';

interface Props {
  draft: ReferralDraft;
  onChange: (draft: ReferralDraft) => void;
  /** Active organisations the user may add (own organisation and current recipients excluded). */
  organisations: Organisation[];
  error?: string;
  /** Lets the error summary's link move focus to the group. */
  id?: string;
}

/** The routing rules' proposals as pre-checked boxes, plus any organisation the user adds. */
export function RecipientsFieldset({ draft, onChange, organisations, error, id }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState('');
  const listed = new Set(draft.recipients.map((r) => r.organisationId));
  const choices = organisations.filter((o) => !listed.has(o.id)).sort((a, b) => a.name.localeCompare(b.name));

  const toggle = (id: string, checked: boolean) =>
    onChange({ ...draft, chosen: checked ? [...draft.chosen, id] : draft.chosen.filter((c) => c !== id) });

  const add = () => {
    const organisation = organisations.find((o) => o.id === adding);
    if (!organisation) return;
    onChange({
      ...draft,
      recipients: [
        ...draft.recipients,
        { organisationId: organisation.id, organisationName: organisation.name, services: [] },
      ],
      chosen: [...draft.chosen, organisation.id],
    });
    setAdding('');
  };

  return (
    <Fieldset id={id} tabIndex={id ? -1 : undefined} legend={t('referralForm.recipients')} variant="unstyled">
      <Stack gap="xs">
        <Text size="sm">
          {draft.recipients.length ? t('referralForm.intro') : t('referralForm.noProposals')}
        </Text>
        {draft.recipients.map((r) => (
          <div key={r.organisationId} data-testid={`referral-proposal-${r.organisationId}`}>
            <Checkbox
              label={r.organisationName}
              description={
                r.services.length
                  ? t('referralForm.proposalServices', {
                      services: r.services.map((s) => t(`referralVocabulary.services.${s}`)).join(', '),
                    })
                  : undefined
              }
              checked={draft.chosen.includes(r.organisationId)}
              onChange={(e) => toggle(r.organisationId, e.currentTarget.checked)}
            />
          </div>
        ))}
        {error ? (
          <Text c="var(--mantine-color-error)" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
        {choices.length > 0 ? (
          <Group align="flex-end" gap="xs">
            <NativeSelect
              label={t('referralForm.addOrganisation')}
              value={adding}
              onChange={(e) => setAdding(e.currentTarget.value)}
              data={[
                { value: '', label: t('referralForm.choose') },
                ...choices.map((o) => ({ value: o.id, label: o.name })),
              ]}
              w={320}
            />
            <Button variant="outline" onClick={add} disabled={!adding}>
              {t('referralForm.add')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
