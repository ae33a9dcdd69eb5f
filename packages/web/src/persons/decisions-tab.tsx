import { Alert, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, PersonFile } from '../api/types.ts';
import { StatusBadge } from '../common/status-badge.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import { DecisionForm } from './decision-form.tsx';

/** Identification decisions, oldest first (a reconsideration follows what it reconsiders). */
export function DecisionsTab({ file }: { file: PersonFile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canDecide = file.may.decide;
  const [reconsidering, setReconsidering] = useState<Decision | null>(null);
  const [recorded, setRecorded] = useState(false);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const organisationOf = (id: string) => file.organisations.find((o) => o.id === id)?.name ?? '';
  const byId = new Map(file.decisions.map((d) => [d.id, d]));

  const reconsider = (decision: Decision) => {
    setReconsidering(decision);
    setRecorded(false);
    // The form is further down the page: take the user there.
    requestAnimationFrame(() => formHeading.current?.focus());
  };

  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {t('decisions.history')}
      </Title>
      {recorded ? (
        <Alert color="teal" role="status">
          {t('decisions.recorded')}
        </Alert>
      ) : null}
      {file.decisions.length === 0 ? (
        <Text>{t('decisions.none')}</Text>
      ) : (
        <TableScroll label={t('decisions.history')}>
          <Table striped data-testid="decisions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('decisions.outcome')}</Table.Th>
                <Table.Th scope="col">{t('decisions.decidedOn')}</Table.Th>
                <Table.Th scope="col">{t('decisions.decidedBy')}</Table.Th>
                <Table.Th scope="col">{t('decisions.reconsiders')}</Table.Th>
                <Table.Th scope="col">{t('decisions.recordedAt')}</Table.Th>
                {canDecide ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.decisions.map((decision) => {
                const earlier = decision.reconsiders ? byId.get(decision.reconsiders) : undefined;
                return (
                  <Table.Tr key={decision.id}>
                    <Table.Td>
                      <StatusBadge
                        tone={decision.outcome === 'identified' ? 'ok' : 'off'}
                        label={t(`vocabulary.decisionOutcomes.${decision.outcome}`)}
                      />
                    </Table.Td>
                    <Table.Td>{format.date(decision.decidedOn)}</Table.Td>
                    <Table.Td>
                      {[
                        organisationOf(decision.decidingOrganisationId),
                        t(`vocabulary.bodies.${decision.decidingBodyType}`),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Table.Td>
                    <Table.Td>
                      {earlier ? t('decisions.decisionOf', { date: format.date(earlier.decidedOn) }) : ''}
                    </Table.Td>
                    <Table.Td>{format.dateTime(decision.recordedAt)}</Table.Td>
                    {canDecide ? (
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          aria-label={t('decisions.reconsiderLabel', {
                            date: format.date(decision.decidedOn),
                          })}
                          onClick={() => reconsider(decision)}
                        >
                          {t('decisions.reconsider')}
                        </Button>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Text size="sm">{t('decisions.groundsSealed')}</Text>
      {canDecide ? (
        <DecisionForm
          key={reconsidering?.id ?? 'new'}
          personId={file.person.id}
          reconsidering={reconsidering}
          headingRef={formHeading}
          onCancelReconsider={() => setReconsidering(null)}
          onRecorded={() => {
            setReconsidering(null);
            setRecorded(true);
          }}
        />
      ) : null}
    </Stack>
  );
}
