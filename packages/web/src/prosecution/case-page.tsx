import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { AddDefendantForm } from './add-defendant-form.tsx';
import { useCase } from './case-queries.ts';
import { CaseVictims } from './case-victims.tsx';
import { DefendantCard } from './defendant-card.tsx';

/**
 * One case: its details, each defendant's stages as a timeline, the linked victims. A case the
 * user may not read (another body's, or in the complicity compartment) is "not available",
 * exactly as one that does not exist: the page shows nothing that tells them apart.
 */
export function CasePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useParams().id ?? '';
  const query = useCase(id);
  const [handedOver, setHandedOver] = useState(false);
  const data = query.data;
  const lost = isApiError(query.error) && (query.error.status === 403 || query.error.status === 404);
  usePageTitle(
    data
      ? t('criminalCase.pageTitle', { reference: data.criminalCase.reference })
      : lost
        ? t('criminalCase.noAccessTitle')
        : '',
  );

  if (query.isPending) return <PageLoader />;
  if (lost || !data) {
    return (
      <Stack maw={640}>
        <Title order={1}>{lost ? t('criminalCase.noAccessTitle') : t('criminalCase.heading')}</Title>
        {handedOver ? (
          <Alert color="teal" role="status" data-testid="case-handed-over">
            {t('criminalCase.handedOver')}
          </Alert>
        ) : lost ? (
          <Alert color="red" role="alert" data-testid="case-no-access">
            {t('criminalCase.noAccess')}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        )}
        <Anchor component={Link} to="/cases">
          {t('criminalCase.backToList')}
        </Anchor>
      </Stack>
    );
  }

  const c = data.criminalCase;
  return (
    <Stack gap="lg">
      <Group gap="sm" align="center">
        <Title order={1}>{t('criminalCase.pageTitle', { reference: c.reference })}</Title>
        {c.complicity ? (
          <Badge color="grape" variant="light">
            {t('cases.officialBadge')}
          </Badge>
        ) : null}
      </Group>
      <Anchor component={Link} to="/cases" w="fit-content">
        {t('criminalCase.backToList')}
      </Anchor>
      {c.complicity ? <Text size="sm">{t('criminalCase.official')}</Text> : null}
      <Paper withBorder p="md" component="section" aria-labelledby="case-details-title">
        <Title order={2} size="h3" id="case-details-title" mb="xs">
          {t('criminalCase.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" data-testid="case-details">
          <Detail term={t('cases.openedOn')} value={format.date(c.openedOn)} />
          <Detail term={t('cases.openedBy')} value={t(`prosecutionVocabulary.openingBodies.${c.openedBy}`)} />
          <Detail term={t('criminalCase.articles')} value={c.legalBasis.join(', ')} />
          <Detail
            term={t('cases.forms')}
            value={c.exploitationForms.map((f) => t(`vocabulary.forms.${f}`)).join(', ')}
          />
        </SimpleGrid>
      </Paper>
      <section aria-labelledby="defendants-title">
        <Title order={2} size="h3" id="defendants-title" mb="xs">
          {t('defendants.title')}
        </Title>
        <Stack gap="md">
          {data.defendants.length === 0 ? <Text c="dimmed">{t('defendants.none')}</Text> : null}
          {data.defendants.map((d, i) => (
            <DefendantCard
              key={d.id}
              caseId={c.id}
              n={i + 1}
              defendant={d}
              stages={data.stages.filter((s) => s.defendantId === d.id)}
              measures={data.measures.filter((m) => m.defendantId === d.id)}
              payments={data.payments.filter((p) => p.defendantId === d.id)}
              may={data.may}
            />
          ))}
          {data.may.update ? (
            <AddDefendantForm
              caseId={c.id}
              complicity={c.complicity}
              onHandedOver={() => setHandedOver(true)}
            />
          ) : null}
        </Stack>
      </section>
      <CaseVictims caseId={c.id} victims={data.victims} mayLink={data.may.update === true} />
    </Stack>
  );
}

function Detail({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {value || '—'}
      </Text>
    </div>
  );
}
