import { Alert, Button, Checkbox, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { defendantAgeBands, defendantKinds, defendantSexes } from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/date-input.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { CountrySelect } from '../persons/country-select.tsx';
import { localIsoDate } from '../persons/screened-at.ts';
import { useAddDefendant } from './case-queries.ts';

type Kind = (typeof defendantKinds)[number];
type Sex = (typeof defendantSexes)[number];
type AgeBand = (typeof defendantAgeBands)[number];

interface AddDefendantFormProps {
  caseId: string;
  complicity: boolean;
  /** Called when an official was added to an ordinary case: the case leaves this user's reach. */
  onHandedOver: () => void;
}

/** A suspect: a person or a company; the name is sealed on the server, never listed. */
export function AddDefendantForm({ caseId, complicity, onHandedOver }: AddDefendantFormProps) {
  const { t } = useTranslation();
  const add = useAddDefendant(caseId);
  const today = localIsoDate(new Date());
  const empty = {
    kind: 'natural_person' as Kind,
    name: '',
    sex: 'unknown' as Sex,
    ageBand: 'unknown' as AgeBand,
    citizenship: '',
    publicOfficial: false,
    publicFunction: '',
    investigatedOn: today,
  };
  const [draft, setDraft] = useState(empty);
  const person = draft.kind === 'natural_person';
  const official = person && draft.publicOfficial;
  const form = useFormErrors(add.error, {
    name: { label: t('defendantForm.name'), value: draft.name, required: true },
    citizenship: { label: t('defendantForm.citizenship'), value: draft.citizenship },
    investigatedOn: { label: t('defendantForm.investigatedOn'), value: draft.investigatedOn, required: true },
    publicFunction: {
      label: t('defendantForm.publicFunction'),
      value: draft.publicFunction,
      required: official,
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    add.mutate(
      {
        kind: draft.kind,
        name: draft.name.trim(),
        sex: person ? draft.sex : 'unknown',
        ageBand: person ? draft.ageBand : 'unknown',
        citizenship: draft.citizenship.trim() ? draft.citizenship.trim().toUpperCase() : null,
        publicOfficial: official,
        publicFunction: official ? draft.publicFunction.trim() : null,
        investigatedOn: draft.investigatedOn,
      },
      {
        onSuccess: () => {
          setDraft(empty);
          if (official && !complicity) onHandedOver();
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby={`add-defendant-${caseId}`}>
      <form onSubmit={submit} noValidate data-testid="add-defendant-form">
        <Stack gap="sm">
          <Title order={3} size="h4" id={`add-defendant-${caseId}`}>
            {t('defendantForm.title')}
          </Title>
          <FormErrorsAtTop form={form} error={add.error} />
          {add.isSuccess ? (
            <Alert color="teal" role="status">
              {t('defendantForm.added')}
            </Alert>
          ) : null}
          <NativeSelect
            label={t('defendantForm.kind')}
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as Kind })}
            data={defendantKinds.map((k) => ({ value: k, label: t(`prosecutionVocabulary.kinds.${k}`) }))}
          />
          <TextInput
            description={t('defendantForm.nameHelp')}
            maxLength={300}
            autoComplete="off"
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            {...form.field('name')}
          />
          {person ? (
            <>
              <NativeSelect
                label={t('defendantForm.sex')}
                value={draft.sex}
                onChange={(e) => setDraft({ ...draft, sex: e.currentTarget.value as Sex })}
                data={defendantSexes.map((s) => ({ value: s, label: t(`prosecutionVocabulary.sexes.${s}`) }))}
              />
              <NativeSelect
                label={t('defendantForm.ageBand')}
                value={draft.ageBand}
                onChange={(e) => setDraft({ ...draft, ageBand: e.currentTarget.value as AgeBand })}
                data={defendantAgeBands.map((a) => ({
                  value: a,
                  label: t(`prosecutionVocabulary.ageBands.${a}`),
                }))}
              />
            </>
          ) : null}
          <CountrySelect
            value={draft.citizenship}
            onChange={(citizenship) => setDraft({ ...draft, citizenship })}
            {...form.field('citizenship')}
          />
          <DateInput
            max={today}
            w={260}
            value={draft.investigatedOn}
            onChange={(value) => setDraft({ ...draft, investigatedOn: value })}
            {...form.field('investigatedOn')}
          />
          {person ? (
            <Checkbox
              label={t('defendantForm.publicOfficial')}
              description={complicity ? undefined : t('defendantForm.publicOfficialHelp')}
              checked={draft.publicOfficial}
              onChange={(e) => setDraft({ ...draft, publicOfficial: e.currentTarget.checked })}
            />
          ) : null}
          {person && draft.publicOfficial ? (
            <TextInput
              maxLength={200}
              value={draft.publicFunction}
              onChange={(e) => setDraft({ ...draft, publicFunction: e.currentTarget.value })}
              {...form.field('publicFunction')}
            />
          ) : null}
          <Button type="submit" w="fit-content" loading={add.isPending}>
            {t('defendantForm.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
