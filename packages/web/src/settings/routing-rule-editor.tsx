import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { organisationTypes, referralServices } from '@opennrm/contracts/vocabulary';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingRule } from '../api/types.ts';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
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
  const [toType, setToType] = useState<RoutingRule['toType']>(initial.toType);
  const [services, setServices] = useState<RoutingRule['services']>(initial.services);
  const [problems, setProblems] = useState<RuleProblem[]>([]);

  const triOptions = (['any', 'yes', 'no'] as const).map((value) => ({
    value,
    label: value === 'any' ? t('referralSettings.any') : t(`common.${value}`),
  }));

  const apply = () => {
    const when = { ...initial.when, foreign: fromTriState(foreign), child: fromTriState(child), region };
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
          <TextInput
            label={t('referralSettings.region')}
            description={t('referralSettings.regionHelp')}
            maxLength={120}
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
