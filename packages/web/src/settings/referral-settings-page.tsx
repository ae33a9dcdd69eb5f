import { Button, Fieldset, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralSettings, RoutingRule } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { useFieldErrors } from '../common/use-field-errors.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { useReferralSettings, useUpdateReferralSettings } from './referral-settings-queries.ts';
import { RoutingRuleEditor } from './routing-rule-editor.tsx';
import { parseDays, upsertRule } from './routing-rules.ts';
import { RoutingRulesTable } from './routing-rules-table.tsx';
import { SettingsFeedback } from './settings-feedback.tsx';

export function ReferralSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('referralSettings.title'));
  const settings = useReferralSettings();
  return (
    <RequirePermission permission="configuration:update">
      <Stack>
        <Title order={1}>{t('referralSettings.title')}</Title>
        <Text maw={720}>{t('referralSettings.intro')}</Text>
        {settings.isPending ? <PageLoader /> : null}
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
        {settings.data ? <ReferralSettingsForm initial={settings.data} /> : null}
      </Stack>
    </RequirePermission>
  );
}

type Problem = 'normal' | 'urgent' | 'backdate';
const newRule: RoutingRule = { id: '', when: {}, toType: 'victim_assistance_centre', services: [] };

/** The two answer deadlines and the routing rules, saved together with one PATCH. */
function ReferralSettingsForm({ initial }: { initial: ReferralSettings }) {
  const { t } = useTranslation();
  const update = useUpdateReferralSettings();
  const [normal, setNormal] = useState(String(initial.responseWorkingDays.normal));
  const [urgent, setUrgent] = useState(String(initial.responseWorkingDays.urgent));
  const [backdate, setBackdate] = useState(String(initial.backdateLimitDays));
  const [rules, setRules] = useState<RoutingRule[]>(initial.routingRules);
  /** null: no editor; -1: a new rule; otherwise the index of the rule being edited. */
  const [editing, setEditing] = useState<number | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const feedback = useRef<HTMLDivElement>(null);
  const serverErrors = useFieldErrors(update.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const days = { normal: parseDays(normal), urgent: parseDays(urgent) };
    const backdateLimitDays = parseDays(backdate, 0, 36_600);
    const found: Problem[] = [];
    if (days.normal === null) found.push('normal');
    if (days.urgent === null) found.push('urgent');
    if (backdateLimitDays === null) found.push('backdate');
    setProblems(found);
    const focus = () => requestAnimationFrame(() => feedback.current?.focus());
    if (days.normal === null || days.urgent === null || backdateLimitDays === null) return focus();
    update.mutate(
      {
        responseWorkingDays: { normal: days.normal, urgent: days.urgent },
        routingRules: rules,
        backdateLimitDays,
      },
      { onSuccess: (saved) => setRules(saved.routingRules), onSettled: focus },
    );
  };

  const editorRule = editing === null ? null : editing === -1 ? newRule : rules[editing];
  const daysError = (problem: Problem) =>
    problems.includes(problem) ? t('referralSettings.daysInvalid') : serverErrors.responseWorkingDays;

  return (
    <form onSubmit={submit} noValidate data-testid="referral-settings-form">
      <Stack>
        <SettingsFeedback
          ref={feedback}
          invalid={problems.length > 0}
          error={update.error}
          saved={update.isSuccess}
        />
        <Fieldset legend={t('referralSettings.deadlines')} variant="unstyled">
          <Group align="flex-start">
            {(
              [
                ['normal', normal, setNormal],
                ['urgent', urgent, setUrgent],
              ] as const
            ).map(([key, value, setValue]) => (
              <TextInput
                key={key}
                type="number"
                min={1}
                max={60}
                inputMode="numeric"
                required
                w={300}
                label={t(key === 'normal' ? 'referralSettings.normalDays' : 'referralSettings.urgentDays')}
                description={t('referralSettings.daysHelp')}
                value={value}
                onChange={(e) => setValue(e.currentTarget.value)}
                error={daysError(key)}
              />
            ))}
          </Group>
        </Fieldset>
        <TextInput
          type="number"
          min={0}
          max={36_600}
          inputMode="numeric"
          required
          w={420}
          label={t('referralSettings.backdateDays')}
          description={t('referralSettings.backdateHelp')}
          value={backdate}
          onChange={(e) => setBackdate(e.currentTarget.value)}
          error={
            problems.includes('backdate')
              ? t('referralSettings.backdateInvalid')
              : serverErrors.backdateLimitDays
          }
        />
        <Title order={2}>{t('referralSettings.rules')}</Title>
        <RoutingRulesTable
          rules={rules}
          onEdit={setEditing}
          onRemove={(index) => {
            setRules(rules.filter((_, i) => i !== index));
            setEditing(null);
          }}
        />
        {editorRule ? (
          <RoutingRuleEditor
            key={editing}
            initial={editorRule}
            otherIds={rules.filter((_, i) => i !== editing).map((r) => r.id)}
            onApply={(rule) => {
              setRules(upsertRule(rules, rule, editing === -1 ? null : editing));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <Button variant="default" w="fit-content" onClick={() => setEditing(-1)}>
            {t('referralSettings.addRule')}
          </Button>
        )}
        <Text size="sm" c="dimmed">
          {t('referralSettings.unsaved')}
        </Text>
        <Button type="submit" w="fit-content" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
