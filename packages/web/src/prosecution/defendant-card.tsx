import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import { useCountryNames } from '../persons/use-country-options.ts';
import type { CaseDefendant, CaseDetail, CaseSentence, CaseStage } from './case-queries.ts';
import { useRevealDefendant } from './case-queries.ts';
import { RecordMeasureForm } from './record-measure-form.tsx';
import { CompensationPayments } from './record-payment-form.tsx';
import { RecordStageForm } from './record-stage-form.tsx';

interface DefendantCardProps {
  caseId: string;
  n: number;
  defendant: CaseDefendant;
  stages: CaseStage[];
  measures: CaseDetail['measures'];
  payments: CaseDetail['payments'];
  may: CaseDetail['may'];
}

/**
 * One defendant: who (the name sealed until asked for), the pipeline as a timeline in the order
 * things happened, a replaced sentence kept and marked as history, then the next-stage form.
 */
export function DefendantCard({
  caseId,
  n,
  defendant: d,
  stages,
  measures,
  payments,
  may,
}: DefendantCardProps) {
  const { t } = useTranslation();
  const countryNames = useCountryNames();
  const format = useFormat();
  const reveal = useRevealDefendant(caseId, d.id);
  const replaced = new Set(stages.map((s) => s.replacesStageId).filter(Boolean));
  const ordered = [...stages].sort((a, b) =>
    a.occurredOn === b.occurredOn
      ? a.recordedAt.localeCompare(b.recordedAt)
      : a.occurredOn.localeCompare(b.occurredOn),
  );
  const who = [
    t(`prosecutionVocabulary.kinds.${d.kind}`),
    ...(d.kind === 'natural_person'
      ? [t(`prosecutionVocabulary.sexes.${d.sex}`), t(`prosecutionVocabulary.ageBands.${d.ageBand}`)]
      : []),
    ...(d.citizenship ? [`${t('defendants.citizenship')}: ${countryNames([d.citizenship])}`] : []),
  ].join(' · ');
  const headingId = `defendant-${d.id}`;

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId} data-testid="defendant">
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('defendants.label', { n })}
        </Title>
        <Text>{who}</Text>
        {d.publicOfficial ? (
          <Text data-testid="defendant-official">
            {t('defendants.official', { function: d.publicFunction ?? '' })}
          </Text>
        ) : null}
        <Group gap="sm">
          {reveal.data ? (
            <Text data-testid="defendant-name">{t('defendants.revealed', { name: reveal.data })}</Text>
          ) : (
            <Text c="dimmed">
              {t('defendants.name')}: {t('defendants.sealed')}
            </Text>
          )}
          {may.reveal_identity && !reveal.data ? (
            <Button size="xs" variant="default" loading={reveal.isPending} onClick={() => reveal.mutate()}>
              {t('defendants.reveal')}
            </Button>
          ) : null}
        </Group>
        <Title order={4} size="h5">
          {t('defendants.stagesOf', { n })}
        </Title>
        <List type="ordered" spacing="xs" data-testid="defendant-timeline">
          {ordered.map((s) => (
            <List.Item
              key={s.id}
              data-stage={s.stage}
              data-replaced={replaced.has(s.id) ? 'true' : undefined}
            >
              <Text component="span" fw={600} td={replaced.has(s.id) ? 'line-through' : undefined}>
                {t(`prosecutionVocabulary.stages.${s.stage}`)}
              </Text>{' '}
              <Text component="span">{format.date(s.occurredOn)}</Text>
              {s.verdict ? (
                <Text component="span">: {t(`prosecutionVocabulary.verdicts.${s.verdict}`)}</Text>
              ) : null}
              {s.closeReason ? (
                <Text component="span"> ({t(`prosecutionVocabulary.closeReasons.${s.closeReason}`)})</Text>
              ) : null}
              {s.sentence ? <SentenceText sentence={s.sentence} /> : null}
              {replaced.has(s.id) ? (
                <Badge ml="xs" color="gray" variant="outline">
                  {t('defendants.replaced')}
                </Badge>
              ) : null}
            </List.Item>
          ))}
        </List>
        {d.sentenceReduced ? <Text size="sm">{t('defendants.reduced')}</Text> : null}
        {measures.length > 0 ? (
          <>
            <Title order={4} size="h5">
              {t('defendants.measures')}
            </Title>
            <List data-testid="defendant-measures">
              {measures.map((m) => (
                <List.Item key={m.id}>
                  {t(`prosecutionVocabulary.measures.${m.measure}`)}, {format.date(m.decidedOn)}
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
        <CompensationPayments
          caseId={caseId}
          defendant={d}
          payments={payments}
          mayRecord={may.record_stage === true}
        />
        {may.record_stage ? <RecordStageForm caseId={caseId} defendant={d} /> : null}
        {may.update && d.publicOfficial ? <RecordMeasureForm caseId={caseId} defendantId={d.id} /> : null}
      </Stack>
    </Paper>
  );
}

export function SentenceText({ sentence: s }: { sentence: CaseSentence }) {
  const { t } = useTranslation();
  const format = useFormat();
  const parts = [
    ...(s.prisonMonths > 0
      ? [
          `${t('sentence.prison', { months: s.prisonMonths })}${s.suspended ? `, ${t('sentence.suspended')}` : ''}`,
        ]
      : []),
    ...(s.fine > 0 ? [t('sentence.fine', { amount: format.number(s.fine) })] : []),
    ...(s.confiscation ? [t('sentence.confiscation')] : []),
    ...(s.compensationOrdered > 0 || s.compensationPaid > 0
      ? [
          t('sentence.compensation', {
            ordered: format.number(s.compensationOrdered),
            paid: format.number(s.compensationPaid),
          }),
        ]
      : []),
  ];
  return <Text component="span">: {parts.length > 0 ? parts.join('; ') : t('sentence.none')}</Text>;
}
