import { Alert, Button, Checkbox, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { openingBodies } from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { exploitationForms } from '../api/types.ts';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
import { DateInput } from '../common/date-input.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useFieldErrors } from '../common/use-field-errors.ts';
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
  const serverErrors = useFieldErrors(open.error);
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
  const [missing, setMissing] = useState<string[]>([]);
  const [handedOver, setHandedOver] = useState(false);
  const lang = i18n.language as 'en' | 'az' | 'ru';
  const errorOf = (key: string) => (missing.includes(key) ? t('fieldErrors.required') : serverErrors[key]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = [
      ...(draft.reference.trim() ? [] : ['reference']),
      ...(draft.openedOn ? [] : ['openedOn']),
      ...(draft.legalBasis.length > 0 ? [] : ['legalBasis']),
    ];
    setMissing(gaps);
    setHandedOver(false);
    if (gaps.length > 0) return;
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
          <ErrorAlert error={open.error} />
          {handedOver ? (
            <Alert color="teal" role="status">
              {t('caseForm.handedOver')}
            </Alert>
          ) : null}
          <TextInput
            label={t('caseForm.reference')}
            description={t('caseForm.referenceHelp')}
            required
            maxLength={100}
            value={draft.reference}
            onChange={(e) => setDraft({ ...draft, reference: e.currentTarget.value })}
            error={errorOf('reference')}
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
            label={t('caseForm.openedOn')}
            required
            max={today}
            w={260}
            value={draft.openedOn}
            onChange={(value) => setDraft({ ...draft, openedOn: value })}
            error={errorOf('openedOn')}
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
            error={errorOf('legalBasis')}
          />
          <CheckboxFieldset
            legend={t('caseForm.forms')}
            options={exploitationForms.map((f) => ({ value: f, label: t(`vocabulary.forms.${f}`) }))}
            value={draft.exploitationForms}
            onChange={(forms) => setDraft({ ...draft, exploitationForms: forms })}
          />
          <NativeSelect
            label={t('caseForm.prosecutor')}
            value={draft.prosecutorUserId}
            onChange={(e) => setDraft({ ...draft, prosecutorUserId: e.currentTarget.value })}
            data={[
              { value: '', label: t('caseForm.noProsecutor') },
              ...options.prosecutors.map((p) => ({ value: p.userId, label: p.displayName })),
            ]}
            error={serverErrors.prosecutorUserId}
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
