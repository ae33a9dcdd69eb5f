import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { TableScroll } from '../common/table-scroll.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { AwarenessForm } from './awareness-form.tsx';
import {
  type AwarenessView,
  useAwarenessActivities,
  usePreventionPlaces,
  useTrainings,
} from './prevention-queries.ts';
import { PreventionTabs } from './prevention-tabs.tsx';
import { TrainingForm } from './training-form.tsx';

export function PreventionPage() {
  return (
    <RequirePermission permission="prevention_activity:read">
      <Prevention />
    </RequirePermission>
  );
}

/**
 * Awareness-raising and trainings of officials: what the user's body did (the coordinator: every
 * body), newest first, and the forms to record more. No person is in any of it.
 */
function Prevention() {
  const { t } = useTranslation();
  usePageTitle(t('prevention.title'));
  const { permissions } = useSession();
  const mayRecord = can(permissions, 'prevention_activity:create');
  const [editing, setEditing] = useState<AwarenessView | null>(null);
  return (
    <Stack>
      <PreventionTabs />
      <Title order={1}>{t('prevention.title')}</Title>
      <Text>{t('prevention.intro')}</Text>
      <AwarenessList onCorrect={setEditing} />
      {editing ? <AwarenessForm key={editing.id} editing={editing} onDone={() => setEditing(null)} /> : null}
      {mayRecord && !editing ? <AwarenessForm /> : null}
      <TrainingList />
      {mayRecord ? <TrainingForm /> : null}
    </Stack>
  );
}

/** The body's own entries can be corrected (the coordinator reads every body's, corrects its own). */
function AwarenessList({ onCorrect }: { onCorrect: (a: AwarenessView) => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const mayCorrect = (a: AwarenessView) =>
    can(session.permissions, 'prevention_activity:update') && a.organisationId === session.organisation.id;
  const format = useFormat();
  const activities = useAwarenessActivities();
  const places = usePreventionPlaces();
  const placeName = (code: string) => places.data?.find((p) => p.code === code)?.name ?? code;
  const list = activities.data ?? [];
  const distinctPlaces = new Set(list.map((a) => a.placeCode)).size;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('prevention.awareness')}
      </Title>
      {activities.isPending ? <PageLoader /> : null}
      <ErrorAlert error={activities.error} />
      {activities.data && list.length === 0 ? <Text>{t('prevention.none')}</Text> : null}
      {list.length > 0 ? (
        <>
          <Text data-testid="awareness-total">
            {t('prevention.awarenessTotal', {
              total: format.number(list.length),
              places: format.number(distinctPlaces),
            })}
          </Text>
          <TableScroll label={t('prevention.awarenessCaption')}>
            <Table striped verticalSpacing="xs" data-testid="awareness-table">
              <Table.Caption>{t('prevention.awarenessCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('prevention.heldOn')}</Table.Th>
                  <Table.Th scope="col">{t('prevention.activityTitle')}</Table.Th>
                  <Table.Th scope="col">{t('prevention.place')}</Table.Th>
                  <Table.Th scope="col">{t('prevention.audience')}</Table.Th>
                  <Table.Th scope="col">{t('prevention.channel')}</Table.Th>
                  <Table.Th scope="col">{t('prevention.reach')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((a) => (
                  <Table.Tr key={a.id} data-testid="awareness-row">
                    <Table.Td>{format.date(a.heldOn)}</Table.Td>
                    <Table.Th scope="row">{a.title}</Table.Th>
                    <Table.Td>
                      {placeName(a.placeCode)} ({t(`preventionVocabulary.regions.${a.region}`)})
                    </Table.Td>
                    <Table.Td>{t(`preventionVocabulary.audiences.${a.audience}`)}</Table.Td>
                    <Table.Td>{t(`preventionVocabulary.channels.${a.channel}`)}</Table.Td>
                    <Table.Td>{a.reach === null ? '' : format.number(a.reach)}</Table.Td>
                    <Table.Td>
                      {mayCorrect(a) ? (
                        <Button size="compact-sm" variant="default" onClick={() => onCorrect(a)}>
                          {t('prevention.correct')}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      ) : null}
    </Stack>
  );
}

function TrainingList() {
  const { t } = useTranslation();
  const format = useFormat();
  const trainings = useTrainings();
  const list = trainings.data ?? [];
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('prevention.trainings')}
      </Title>
      {trainings.isPending ? <PageLoader /> : null}
      <ErrorAlert error={trainings.error} />
      {trainings.data && list.length === 0 ? <Text>{t('prevention.none')}</Text> : null}
      {list.length > 0 ? (
        <TableScroll label={t('prevention.trainingsCaption')}>
          <Table striped verticalSpacing="xs" data-testid="trainings-table">
            <Table.Caption>{t('prevention.trainingsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('prevention.dates')}</Table.Th>
                <Table.Th scope="col">{t('prevention.trainingTitle')}</Table.Th>
                <Table.Th scope="col">{t('prevention.topic')}</Table.Th>
                <Table.Th scope="col">{t('prevention.participantsByBody')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((x) => (
                <Table.Tr key={x.id} data-testid="training-row">
                  <Table.Td>
                    {x.startedOn === x.endedOn
                      ? format.date(x.startedOn)
                      : `${format.date(x.startedOn)} – ${format.date(x.endedOn)}`}
                  </Table.Td>
                  <Table.Th scope="row">{x.title}</Table.Th>
                  <Table.Td>{t(`preventionVocabulary.topics.${x.topic}`)}</Table.Td>
                  <Table.Td>
                    {x.participants
                      .map(
                        (p) =>
                          `${t(`preventionVocabulary.bodies.${p.bodyType}`)}: ${format.number(p.participants)}`,
                      )
                      .join(', ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
    </Stack>
  );
}
