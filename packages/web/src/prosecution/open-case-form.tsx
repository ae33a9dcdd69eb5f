import { Alert, Button, Checkbox, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { openingBodies } from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { exploitationForms } from '../api/types.ts';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
import { DateInput } from '../common/date-input.tsx';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { localIsoDate } from '../persons/screened-at.ts';
import { type CaseOpenInput, type useCaseOptions, useOpenCase } from './case-queries.ts';

type Options = NonNullable<ReturnType<typeof useCaseOptions>['data']>;

/**
 * Opens a case, then goes to it. A case flagged as involving an official goes to the integrity
 * unit: unless the user is in it (or the assigned prosecutor), the form says so and stays here.
 */
export function OpenCaseForm({ options }: { options: Options }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const open = useOpenCase();
  const today = localIsoDate(new Date());
  const empty = {
    reference: '',
    openedBy: 'police_anti_trafficking' as CaseOpenInput['openedBy'],
    openedOn: today,
    legalBasis: [] as string[],
    exploitationForms: [] as string[],
    officialFlag: false,
    prosecutorUserId: '',
  };
  const [draft, setDraft] = useState(empty);
  const [handedOver, setHandedOver] = useState(false);
  const lang = i18n.language as 'en' | 'az' | 'ru';
  const form = useFormErrors(open.error, {
    reference: { label: t('caseForm.reference'), value: draft.reference, required: true },
    openedOn: { label: t('caseForm.openedOn'), value: draft.openedOn, required: true },
    legalBasis: { label: t('caseForm.legalBasis'), value: draft.legalBasis, required: true },
    prosecutorUserId: { label: t('caseForm.prosecutor'), value: draft.prosecutorUserId },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHandedOver(false);
    if (!form.check()) return;
    const input: CaseOpenInput = {
      reference: draft.reference.trim(),
      openedBy: draft.openedBy,
      openedOn: draft.openedOn,
      legalBasis: draft.legalBasis,
      exploitationForms: draft.exploitationForms as CaseOpenInput['exploitationForms'],
      officialFlag: draft.officialFlag,
      prosecutorUserId: draft.prosecutorUserId || null,
    };
    open.mutate(input, {
      onSuccess: (created) => {
        setDraft(empty);
        if ('handedOver' in created) setHandedOver(true);
        else void navigate(`/cases/${created.criminalCase.id}`);
      },
    });
  };

  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby="open-case-title">
      <form onSubmit={submit} noValidate data-testid="open-case-form">
        <Stack gap="sm">
          <Title order={2} size="h3" id="open-case-title">
            {t('caseForm.title')}
          </Title>
          <Text size="sm">{t('caseForm.intro')}</Text>
          <FormErrorsAtTop form={form} error={open.error} />
          {handedOver ? (
            <Alert color="teal" role="status">
              {t('caseForm.handedOver')}
            </Alert>
          ) : null}
          <TextInput
            description={t('caseForm.referenceHelp')}
            maxLength={100}
            value={draft.reference}
            onChange={(e) => setDraft({ ...draft, reference: e.currentTarget.value })}
            {...form.field('reference')}
          />
          <NativeSelect
            label={t('caseForm.openedBy')}
            value={draft.openedBy}
            onChange={(e) =>
              setDraft({ ...draft, openedBy: e.currentTarget.value as CaseOpenInput['openedBy'] })
            }
            data={openingBodies.map((b) => ({
              value: b,
              label: t(`prosecutionVocabulary.openingBodies.${b}`),
            }))}
          />
          <DateInput
            max={today}
            w={260}
            value={draft.openedOn}
            onChange={(value) => setDraft({ ...draft, openedOn: value })}
            {...form.field('openedOn')}
          />
          <CheckboxFieldset
            legend={t('caseForm.legalBasis')}
            testId="case-articles"
            options={options.articles.map((a) => ({
              value: a.code,
              label: `${a.code} ${a.title[lang] ?? a.title.en}`,
            }))}
            value={draft.legalBasis}
            onChange={(legalBasis) => setDraft({ ...draft, legalBasis })}
            id={form.field('legalBasis').id}
            error={form.errorOf('legalBasis')}
          />
          <CheckboxFieldset
            legend={t('caseForm.forms')}
            options={exploitationForms.map((f) => ({ value: f, label: t(`vocabulary.forms.${f}`) }))}
            value={draft.exploitationForms}
            onChange={(forms) => setDraft({ ...draft, exploitationForms: forms })}
          />
          <NativeSelect
            value={draft.prosecutorUserId}
            onChange={(e) => setDraft({ ...draft, prosecutorUserId: e.currentTarget.value })}
            data={[
              { value: '', label: t('caseForm.noProsecutor') },
              ...options.prosecutors.map((p) => ({ value: p.userId, label: p.displayName })),
            ]}
            {...form.field('prosecutorUserId')}
          />
          <Checkbox
            label={t('caseForm.officialFlag')}
            description={t('caseForm.officialFlagHelp')}
            checked={draft.officialFlag}
            onChange={(e) => setDraft({ ...draft, officialFlag: e.currentTarget.checked })}
          />
          <Button type="submit" w="fit-content" loading={open.isPending}>
            {t('caseForm.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
