import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useFieldErrors } from '../common/use-field-errors.ts';
import { type IdentityDraft, identityInput } from './identity-draft.ts';
import { IdentityFields } from './identity-fields.tsx';
import { useUpdatePerson } from './person-queries.ts';

interface Props {
  personId: string;
  initial: IdentityDraft;
  withSensitive: boolean;
  onSaved: (identity: IdentityDraft) => void;
  onCancel: () => void;
}

/** Corrects the sealed identity; every field is sent so a value can also be cleared. */
export function IdentityEditForm({ personId, initial, withSensitive, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const update = useUpdatePerson(personId);
  const [draft, setDraft] = useState(initial);
  const serverErrors = useFieldErrors(update.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { identity: identityInput(draft, withSensitive, true) },
      { onSuccess: () => onSaved(draft) },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="identity-form">
      <Stack maw={900}>
        <ErrorAlert error={update.error} />
        <IdentityFields
          value={draft}
          onChange={setDraft}
          withSensitive={withSensitive}
          serverErrors={serverErrors}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
