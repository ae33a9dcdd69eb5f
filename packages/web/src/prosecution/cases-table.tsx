import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import type { CaseSummary } from './case-queries.ts';

/**
 * Cases as a dense table; the reference is the link. The official badge shows only on cases the
 * server listed, i.e. to those who may read them (the integrity unit, the assigned prosecutor).
 */
export function CasesTable({ cases }: { cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={t('cases.tableCaption')}>
      <Table striped verticalSpacing="xs" data-testid="cases-table">
        <Table.Caption>{t('cases.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.reference')}</Table.Th>
            <Table.Th scope="col">{t('cases.openedOn')}</Table.Th>
            <Table.Th scope="col">{t('cases.openedBy')}</Table.Th>
            <Table.Th scope="col">{t('cases.legalBasis')}</Table.Th>
            <Table.Th scope="col">{t('cases.forms')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((c) => (
            <Table.Tr key={c.id} data-testid="case-row">
              <Table.Td>
                <Anchor component={Link} to={`/cases/${c.id}`} size="sm">
                  {c.reference}
                </Anchor>
                {c.complicity ? (
                  <Badge ml="xs" color="grape" variant="light" data-testid="official-badge">
                    {t('cases.officialBadge')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{format.date(c.openedOn)}</Table.Td>
              <Table.Td>{t(`prosecutionVocabulary.openingBodies.${c.openedBy}`)}</Table.Td>
              <Table.Td>{c.legalBasis.join(', ')}</Table.Td>
              <Table.Td>{c.exploitationForms.map((f) => t(`vocabulary.forms.${f}`)).join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
