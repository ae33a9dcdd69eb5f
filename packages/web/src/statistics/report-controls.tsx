import { Group, NativeSelect, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organisation, SourceDataset } from '../api/types.ts';
import type { AddressChange } from '../common/use-address-state.ts';
import { type ReportSelection, selectableYears } from './report-selection.ts';

interface ReportControlsProps {
  value: ReportSelection;
  /** Called with the change, applied to the selection as it is when it lands (useAddressState). */
  onChange: (change: AddressChange<ReportSelection>) => void;
  datasets: SourceDataset[];
  /** Null when the user cannot choose whose records (the server gives them their organisation). */
  organisations: Organisation[] | null;
}

/** Year, view, source and scope: each change shows the new report at once (no "apply" step). */
export function ReportControls({ value, onChange, datasets, organisations }: ReportControlsProps) {
  const { t } = useTranslation();
  const now = new Date();
  const years = selectableYears(now).map((year) => ({
    value: String(year),
    label: year === now.getFullYear() ? t('statistics.yearToDate', { year }) : String(year),
  }));
  const sources = [
    { value: 'national', label: t('statistics.sourceNational') },
    ...datasets.map((d) => ({ value: d.id, label: t('statistics.sourceDataset', { name: d.name }) })),
  ];
  const regions = [...new Set((organisations ?? []).flatMap((o) => (o.region ? [o.region] : [])))].sort();
  const scopes = [
    { value: 'national', label: t('statistics.scopeNational') },
    ...(regions.length
      ? [
          {
            group: t('statistics.scopeRegions'),
            items: regions.map((r) => ({ value: `region:${r}`, label: r })),
          },
        ]
      : []),
    {
      group: t('statistics.scopeOrganisations'),
      items: (organisations ?? []).map((o) => ({ value: `organisation:${o.id}`, label: o.name })),
    },
  ];
  const scope = value.scope;
  // Only national figures are published (sub-national ones beside them would give hidden figures
  // away by difference); an organisation's own staff read their figures in the internal view.
  const national = organisations !== null && (scope === undefined || scope.kind === 'national');
  const scopeValue =
    scope?.kind === 'region'
      ? `region:${scope.region}`
      : scope?.kind === 'organisation'
        ? `organisation:${scope.id}`
        : 'national';

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <NativeSelect
        label={t('statistics.year')}
        data={years}
        value={String(value.year)}
        onChange={(event) => {
          const year = Number(event.currentTarget.value);
          onChange((current) => ({ ...current, year }));
        }}
        w={160}
        data-testid="report-year"
      />
      <Radio.Group
        label={t('statistics.view')}
        value={value.view}
        onChange={(view) =>
          onChange((current) => ({ ...current, view: view === 'published' ? 'published' : 'internal' }))
        }
      >
        <Group gap="md" mt={6} mb={8}>
          <Radio value="internal" label={t('statistics.viewInternal')} data-testid="view-internal" />
          <Radio
            value="published"
            label={t('statistics.viewPublished')}
            disabled={!national}
            data-testid="view-published"
          />
        </Group>
      </Radio.Group>
      {datasets.length ? (
        <NativeSelect
          label={t('statistics.source')}
          data={sources}
          value={value.dataset ?? 'national'}
          onChange={(event) => {
            const source = event.currentTarget.value;
            const dataset = source !== 'national' ? source : undefined;
            // An imported dataset has no regions or organisations of ours: it is national only.
            onChange((current) => ({ ...current, dataset, scope: dataset ? undefined : current.scope }));
          }}
          w={280}
          data-testid="report-source"
        />
      ) : null}
      {organisations && !value.dataset ? (
        <NativeSelect
          label={t('statistics.scope')}
          data={scopes}
          value={scopeValue}
          onChange={(event) => {
            const next = parseScope(event.currentTarget.value);
            onChange((current) => ({
              ...current,
              scope: next,
              view: next && next.kind !== 'national' ? 'internal' : current.view,
            }));
          }}
          w={320}
          data-testid="report-scope"
        />
      ) : null}
    </Group>
  );
}

function parseScope(value: string): ReportSelection['scope'] {
  if (value.startsWith('region:')) return { kind: 'region', region: value.slice('region:'.length) };
  if (value.startsWith('organisation:'))
    return { kind: 'organisation', id: value.slice('organisation:'.length) };
  return { kind: 'national' };
}
