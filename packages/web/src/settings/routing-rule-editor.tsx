import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { exploitationForms, organisationTypes, referralServices } from '@opennrm/contracts/vocabulary';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingRule } from '../api/types.ts';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import {
  cleanWhen,
  fromTriState,
  type RuleProblem,
  ruleProblems,
  type TriState,
  toTriState,
} from './routing-rules.ts';

interface RoutingRuleEditorProps {
  initial: RoutingRule;
  /** Ids of the other rules, which this one may not reuse. */
  otherIds: string[];
  onApply: (rule: RoutingRule) => void;
  onCancel: () => void;
}

/** One routing rule in a fieldset: applied to the list in the page, saved with the page's Save. */
export function RoutingRuleEditor({ initial, otherIds, onApply, onCancel }: RoutingRuleEditorProps) {
  const { t } = useTranslation();
  const [id, setId] = useState(initial.id);
  const [foreign, setForeign] = useState<TriState>(toTriState(initial.when.foreign));
  const [child, setChild] = useState<TriState>(toTriState(initial.when.child));
  const [region, setRegion] = useState(initial.when.region ?? '');
  const [forms, setForms] = useState<string[]>(initial.when.forms ?? []);
  // Regions by the names organisations are registered with, so a rule cannot miss by a typo.
  const organisations = useOrganisations();
  const regions = [
    ...new Set([...(organisations.data ?? []).map((o) => o.region ?? ''), initial.when.region ?? '']),
  ]
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b));
  const [toType, setToType] = useState<RoutingRule['toType']>(initial.toType);
  const [services, setServices] = useState<RoutingRule['services']>(initial.services);
  const [problems, setProblems] = useState<RuleProblem[]>([]);

  const triOptions = (['any', 'yes', 'no'] as const).map((value) => ({
    value,
    label: value === 'any' ? t('referralSettings.any') : t(`common.${value}`),
  }));

  const apply = () => {
    const when = {
      foreign: fromTriState(foreign),
      child: fromTriState(child),
      region,
      forms: forms as NonNullable<RoutingRule['when']['forms']>,
    };
    const rule: RoutingRule = { id: id.trim(), when: cleanWhen(when), toType, services };
    const found = ruleProblems(rule, otherIds);
    setProblems(found);
    if (found.length === 0) onApply(rule);
  };

  return (
    <Fieldset legend={t('referralSettings.ruleForm')} data-testid="routing-rule-editor">
      <Stack>
        <TextInput
          label={t('referralSettings.ruleId')}
          description={t('referralSettings.ruleIdHelp')}
          required
          maxLength={60}
          w={320}
          value={id}
          onChange={(e) => setId(e.currentTarget.value)}
          error={problems.includes('id') ? t('referralSettings.ruleIdInvalid') : undefined}
        />
        <Group>
          <NativeSelect
            label={t('referralSettings.foreign')}
            data={triOptions}
            value={foreign}
            onChange={(e) => setForeign(e.currentTarget.value as TriState)}
          />
          <NativeSelect
            label={t('referralSettings.child')}
            data={triOptions}
            value={child}
            onChange={(e) => setChild(e.currentTarget.value as TriState)}
          />
          <NativeSelect
            label={t('referralSettings.region')}
            description={t('referralSettings.regionHelp')}
            data={[{ value: '', label: t('referralSettings.anyRegion') }, ...regions]}
            value={region}
            onChange={(e) => setRegion(e.currentTarget.value)}
          />
        </Group>
        <NativeSelect
          label={t('referralSettings.toType')}
          w={320}
          data={organisationTypes.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
          value={toType}
          onChange={(e) => setToType(e.currentTarget.value as RoutingRule['toType'])}
        />
        <CheckboxFieldset
          legend={t('referralSettings.forms')}
          options={exploitationForms.map((f) => ({ value: f, label: t(`vocabulary.forms.${f}`) }))}
          value={forms}
          onChange={setForms}
        />
        <CheckboxFieldset
          legend={t('referralSettings.services')}
          options={referralServices.map((s) => ({ value: s, label: t(`referralVocabulary.services.${s}`) }))}
          value={services}
          onChange={(value) => setServices(value as RoutingRule['services'])}
          error={problems.includes('services') ? t('referralSettings.servicesInvalid') : undefined}
        />
        <Group>
          <Button onClick={apply}>{t('referralSettings.applyRule')}</Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
