import { Button, Fieldset, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralSettings, RoutingRule } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';
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
  const feedback = useRef<HTMLDivElement>(null);
  const days = { normal: parseDays(normal), urgent: parseDays(urgent) };
  const backdateLimitDays = parseDays(backdate, 0, 36_600);
  // The server names both deadlines as one field: its refusal is said on (and links to) the first.
  const normalId = `${useId()}-normal`;
  const daysInvalid = t('referralSettings.daysInvalid');
  const form = useFormErrors(update.error, {
    normal: {
      id: normalId,
      label: t('referralSettings.normalDays'),
      value: normal,
      required: true,
      problem: days.normal === null ? daysInvalid : undefined,
    },
    urgent: {
      label: t('referralSettings.urgentDays'),
      value: urgent,
      required: true,
      problem: days.urgent === null ? daysInvalid : undefined,
    },
    responseWorkingDays: { id: normalId, label: t('referralSettings.deadlines'), value: [normal, urgent] },
    backdateLimitDays: {
      label: t('referralSettings.backdateDays'),
      value: backdate,
      required: true,
      problem: backdateLimitDays === null ? t('referralSettings.backdateInvalid') : undefined,
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const focus = () => requestAnimationFrame(() => feedback.current?.focus());
    if (!form.check() || days.normal === null || days.urgent === null || backdateLimitDays === null) return;
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

  return (
    <form onSubmit={submit} noValidate data-testid="referral-settings-form">
      <Stack>
        <SettingsFeedback
          ref={feedback}
          problems={form.summary}
          attempt={form.tried}
          error={form.explainsServerError ? null : update.error}
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
                {...form.field(key)}
                type="number"
                min={1}
                max={60}
                inputMode="numeric"
                w={300}
                description={t('referralSettings.daysHelp')}
                value={value}
                onChange={(e) => setValue(e.currentTarget.value)}
                error={
                  form.errorOf(key) ?? (key === 'normal' ? form.errorOf('responseWorkingDays') : undefined)
                }
              />
            ))}
          </Group>
        </Fieldset>
        <TextInput
          type="number"
          min={0}
          max={36_600}
          inputMode="numeric"
          w={420}
          {...form.field('backdateLimitDays')}
          description={t('referralSettings.backdateHelp')}
          value={backdate}
          onChange={(e) => setBackdate(e.currentTarget.value)}
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
