import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { TableScroll } from '../common/table-scroll.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { FacilityForm } from './facility-form.tsx';
import { type Facility, useShelterBoard } from './protection-queries.ts';

const groups = ['women', 'men', 'children', 'families'] as const;
const sum = (c: Facility['capacity']) => groups.reduce((t, g) => t + c[g], 0);

export function ShelterBoardPage() {
  return (
    <RequirePermission permission="shelter:read">
      <Board />
    </RequirePermission>
  );
}

/** Places and occupancy now, per facility, nationally and per region (where there are none shows). */
function Board() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('shelters.title'));
  const board = useShelterBoard();
  const { permissions } = useSession();
  if (board.isPending) return <PageLoader />;
  if (board.isError) return <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />;
  const { facilities, national, regions } = board.data;
  return (
    <Stack>
      <Title order={1}>{t('shelters.title')}</Title>
      <Text>{t('shelters.intro')}</Text>
      <Text data-testid="national-occupancy">
        {t('shelters.national')}: {format.number(sum(national.occupancy))} /{' '}
        {format.number(sum(national.capacity))}
      </Text>
      {facilities.length === 0 ? (
        <Text>{t('shelters.empty')}</Text>
      ) : (
        <TableScroll label={t('shelters.tableCaption')}>
          <Table striped data-testid="shelters-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('shelters.name')}</Table.Th>
                <Table.Th scope="col">{t('shelters.operator')}</Table.Th>
                <Table.Th scope="col">{t('shelters.region')}</Table.Th>
                <Table.Th scope="col">{t('shelters.occupancy')}</Table.Th>
                <Table.Th scope="col">{t('shelters.capacity')}</Table.Th>
                <Table.Th scope="col">{t('shelters.freeMovement')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {facilities.map((f) => {
                const full = groups.every((g) => f.occupancy[g] >= f.capacity[g]);
                return (
                  <Table.Tr key={f.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/shelters/${f.id}`}>
                        {f.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{t(`protectionVocabulary.operatorTypes.${f.operatorType}`)}</Table.Td>
                    <Table.Td>{f.region}</Table.Td>
                    <Table.Td>
                      {format.number(sum(f.occupancy))}{' '}
                      {full ? (
                        <Badge color="red.9" variant="filled">
                          {t('shelters.full')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{format.number(sum(f.capacity))}</Table.Td>
                    <Table.Td>{f.freeMovement ? t('shelters.yes') : t('shelters.no')}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Title order={2} size="h3">
        {t('shelters.regions')}
      </Title>
      <TableScroll label={t('shelters.regionsCaption')}>
        <Table striped data-testid="regions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('shelters.region')}</Table.Th>
              <Table.Th scope="col">{t('shelters.facilities')}</Table.Th>
              <Table.Th scope="col">{t('shelters.capacity')}</Table.Th>
              <Table.Th scope="col">{t('shelters.occupancy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {regions.map((r) => (
              <Table.Tr key={r.region}>
                <Table.Th scope="row">{r.region}</Table.Th>
                <Table.Td>{format.number(r.facilities)}</Table.Td>
                <Table.Td>{format.number(r.capacity)}</Table.Td>
                <Table.Td>{format.number(r.occupancy)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {can(permissions, 'shelter:create') ? <FacilityForm /> : null}
    </Stack>
  );
}
