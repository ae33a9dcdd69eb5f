import { Alert, Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../api/types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useFieldErrors } from '../common/use-field-errors.ts';
import { type AttributeProblem, attributesFrom, attributesInput } from './attributes-draft.ts';
import { PersonAttributesFields } from './person-attributes-fields.tsx';
import { useUpdatePerson } from './person-queries.ts';

/** Corrects sex, age or nationality; closed until asked for, so the overview stays a summary. */
export function AttributesEditForm({ person }: { person: PersonSummary }) {
  const { t } = useTranslation();
  const update = useUpdatePerson(person.id);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(() => attributesFrom(person));
  const [problems, setProblems] = useState<AttributeProblem[]>([]);
  const serverErrors = useFieldErrors(update.error);
  const toggle = useRef<HTMLButtonElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = attributesInput(draft);
    setProblems(result.problems);
    if (result.problems.length > 0) return;
    update.mutate(result.input, {
      onSuccess: () => {
        setOpen(false);
        // The form disappears: focus returns to the button that opened it.
        requestAnimationFrame(() => toggle.current?.focus());
      },
    });
  };

  return (
    <Stack gap="sm">
      {update.isSuccess && !open ? (
        <Alert color="teal" role="status">
          {t('common.saved')}
        </Alert>
      ) : null}
      {open ? (
        <form onSubmit={submit} noValidate data-testid="attributes-form">
          <Stack maw={900}>
            <ErrorAlert error={update.error} />
            <PersonAttributesFields
              value={draft}
              onChange={setDraft}
              problems={problems}
              serverErrors={serverErrors}
            />
            <Group>
              <Button type="submit" loading={update.isPending}>
                {t('common.save')}
              </Button>
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Button
          ref={toggle}
          variant="outline"
          w="fit-content"
          onClick={() => {
            setDraft(attributesFrom(person));
            update.reset();
            setOpen(true);
          }}
        >
          {t('person.editAttributes')}
        </Button>
      )}
    </Stack>
  );
}
