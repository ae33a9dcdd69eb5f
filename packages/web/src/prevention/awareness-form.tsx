import { Button, Group, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import {
  awarenessAudiences,
  awarenessChannels,
  awarenessMaterials,
  preventionLanguages,
  preventionRegions,
} from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
import { DateInput } from '../common/date-input.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
import { FormSection, todayIso } from './form-section.tsx';
import {
  type AwarenessView,
  type RecordAwarenessInput,
  useCorrectAwareness,
  usePreventionPlaces,
  useRecordAwareness,
} from './prevention-queries.ts';

/**
 * Records an awareness-raising activity at a place of the configured list, so the places reached
 * are counted by the statistics, never typed. The day held is asked, not the day recorded. Given
 * an entry of the body's own, it corrects that one instead (the parent remounts it per entry).
 */
export function AwarenessForm({ editing, onDone }: { editing?: AwarenessView; onDone?: () => void }) {
  const { t } = useTranslation();
  const places = usePreventionPlaces();
  const create = useRecordAwareness();
  const correct = useCorrectAwareness();
  const record = editing ? correct : create;
  const empty = {
    heldOn: todayIso(),
    title: '',
    placeCode: '',
    audience: 'citizens_going_abroad' as RecordAwarenessInput['audience'],
    language: 'az' as RecordAwarenessInput['language'],
    channel: 'event' as RecordAwarenessInput['channel'],
    materials: [] as string[],
    reach: '' as number | '',
    organiser: '',
  };
  const [draft, setDraft] = useState(
    editing
      ? {
          heldOn: editing.heldOn,
          title: editing.title,
          placeCode: editing.placeCode,
          audience: editing.audience,
          language: editing.language,
          channel: editing.channel,
          materials: [...editing.materials] as string[],
          reach: (editing.reach ?? '') as number | '',
          organiser: editing.organiser,
        }
      : empty,
  );
  const form = useFormErrors(record.error, {
    heldOn: { label: t('prevention.heldOn'), value: draft.heldOn, required: true },
    placeCode: { label: t('prevention.place'), value: draft.placeCode, required: true },
    title: { label: t('prevention.activityTitle'), value: draft.title, required: true },
    reach: { label: t('prevention.reach'), value: draft.reach },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    const input: RecordAwarenessInput = {
      heldOn: draft.heldOn,
      title: draft.title.trim(),
      placeCode: draft.placeCode,
      audience: draft.audience,
      language: draft.language,
      channel: draft.channel,
      materials: draft.materials as RecordAwarenessInput['materials'],
      reach: draft.reach === '' ? null : draft.reach,
      organiser: draft.organiser.trim(),
    };
    if (editing) correct.mutate({ id: editing.id, ...input }, { onSuccess: () => onDone?.() });
    else
      create.mutate(input, {
        onSuccess: () => setDraft({ ...empty, heldOn: draft.heldOn, placeCode: draft.placeCode }),
      });
  };
  // Places grouped by region, in the order of the regions list.
  const placeOptions = [
    { value: '', label: t('prevention.choosePlace') },
    ...preventionRegions
      .map((region) => ({
        group: t(`preventionVocabulary.regions.${region}`),
        items: (places.data ?? [])
          .filter((p) => p.region === region)
          .map((p) => ({ value: p.code, label: p.name })),
      }))
      .filter((g) => g.items.length > 0),
  ];
  return (
    <FormSection
      id={editing ? 'awareness-correction-form' : 'awareness-form'}
      title={editing ? t('prevention.correctAwareness') : t('prevention.recordAwareness')}
      error={record.error}
      form={form}
      savedText={create.isSuccess && !editing ? t('prevention.recorded') : null}
      onSubmit={submit}
    >
      <Group grow align="flex-start">
        <DateInput
          value={draft.heldOn}
          onChange={(value) => setDraft({ ...draft, heldOn: value })}
          {...form.field('heldOn')}
        />
        <NativeSelect
          value={draft.placeCode}
          onChange={(e) => setDraft({ ...draft, placeCode: e.currentTarget.value })}
          data={placeOptions}
          {...form.field('placeCode')}
        />
      </Group>
      <TextInput
        maxLength={200}
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
        {...form.field('title')}
      />
      <Group grow align="flex-start">
        <NativeSelect
          label={t('prevention.audience')}
          value={draft.audience}
          onChange={(e) =>
            setDraft({ ...draft, audience: e.currentTarget.value as RecordAwarenessInput['audience'] })
          }
          data={awarenessAudiences.map((a) => ({
            value: a,
            label: t(`preventionVocabulary.audiences.${a}`),
          }))}
        />
        <NativeSelect
          label={t('prevention.channel')}
          value={draft.channel}
          onChange={(e) =>
            setDraft({ ...draft, channel: e.currentTarget.value as RecordAwarenessInput['channel'] })
          }
          data={awarenessChannels.map((c) => ({ value: c, label: t(`preventionVocabulary.channels.${c}`) }))}
        />
        <NativeSelect
          label={t('prevention.language')}
          value={draft.language}
          onChange={(e) =>
            setDraft({ ...draft, language: e.currentTarget.value as RecordAwarenessInput['language'] })
          }
          data={preventionLanguages.map((l) => ({
            value: l,
            label: t(`preventionVocabulary.languages.${l}`),
          }))}
        />
      </Group>
      <CheckboxFieldset
        legend={t('prevention.materials')}
        options={awarenessMaterials.map((m) => ({
          value: m,
          label: t(`preventionVocabulary.materials.${m}`),
        }))}
        value={draft.materials}
        onChange={(materials) => setDraft({ ...draft, materials })}
      />
      <Group grow align="flex-start">
        <NumberInput
          description={t('prevention.reachHelp')}
          min={0}
          allowDecimal={false}
          value={draft.reach}
          onChange={(v) => setDraft({ ...draft, reach: typeof v === 'number' ? v : '' })}
          {...form.field('reach')}
        />
        <TextInput
          label={t('prevention.organiser')}
          maxLength={200}
          value={draft.organiser}
          onChange={(e) => setDraft({ ...draft, organiser: e.currentTarget.value })}
        />
      </Group>
      <Group>
        <Button type="submit" loading={record.isPending}>
          {editing ? t('prevention.saveCorrection') : t('prevention.recordAwarenessSubmit')}
        </Button>
        {editing ? (
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </Group>
    </FormSection>
  );
}
