import { Anchor, Button, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { useFacility, useRevealFacilityAddress } from './protection-queries.ts';
import { AdmitForm, DischargeForm } from './stay-forms.tsx';

const groups = ['women', 'men', 'children', 'families'] as const;

export function FacilityPage() {
  return (
    <RequirePermission permission="shelter:read">
      <FacilityView />
    </RequirePermission>
  );
}

/** One facility: places by group; its residents and address only for its own staff. */
function FacilityView() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useParams().id ?? '';
  const facility = useFacility(id);
  const reveal = useRevealFacilityAddress(id);
  usePageTitle(
    facility.data ? t('facility.pageTitle', { name: facility.data.facility.name }) : t('shelters.title'),
  );
  if (facility.isPending) return <PageLoader />;
  if (facility.isError) return <ErrorAlert error={facility.error} onRetry={() => void facility.refetch()} />;
  const { facility: f, residents } = facility.data;
  return (
    <Stack>
      <Anchor component={Link} to="/shelters">
        {t('facility.back')}
      </Anchor>
      <Title order={1}>{f.name}</Title>
      <Text>
        {t(`protectionVocabulary.operatorTypes.${f.operatorType}`)} · {f.region} ·{' '}
        {t('shelters.freeMovement')}: {f.freeMovement ? t('shelters.yes') : t('shelters.no')}
      </Text>
      <TableScroll label={t('facility.occupancyCaption')}>
        <Table striped data-testid="facility-occupancy">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('facility.group')}</Table.Th>
              <Table.Th scope="col">{t('shelters.occupancy')}</Table.Th>
              <Table.Th scope="col">{t('shelters.capacity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g}>
                <Table.Th scope="row">{t(`protectionVocabulary.groups.${g}`)}</Table.Th>
                <Table.Td>{format.number(f.occupancy[g])}</Table.Td>
                <Table.Td>{format.number(f.capacity[g])}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {f.may.revealAddress ? (
        <Stack gap="xs">
          <ErrorAlert error={reveal.error} />
          {reveal.isSuccess ? (
            <Text data-testid="facility-address">
              {t('facility.address')}: {reveal.data ?? t('facility.noAddress')}
            </Text>
          ) : (
            <Button
              variant="light"
              w="fit-content"
              onClick={() => reveal.mutate()}
              loading={reveal.isPending}
            >
              {t('facility.revealAddress')}
            </Button>
          )}
        </Stack>
      ) : null}
      {residents ? (
        <>
          <Title order={2} size="h3">
            {t('facility.residents')}
          </Title>
          <TableScroll label={t('facility.residentsCaption')}>
            <Table striped data-testid="facility-residents">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('facility.personCode')}</Table.Th>
                  <Table.Th scope="col">{t('facility.group')}</Table.Th>
                  <Table.Th scope="col">{t('support.admittedOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {residents.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Code>{r.personCode}</Code>
                    </Table.Td>
                    <Table.Td>{t(`protectionVocabulary.groups.${r.residentGroup}`)}</Table.Td>
                    <Table.Td>{format.date(r.admittedOn)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      ) : null}
      {f.may.admit ? <AdmitForm facilityId={f.id} /> : null}
      {f.may.discharge && residents && residents.length > 0 ? <DischargeForm residents={residents} /> : null}
    </Stack>
  );
}
