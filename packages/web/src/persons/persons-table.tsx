import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonSummary } from '../api/types.ts';
import { SortHeader } from '../common/sort-header.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import { ageText, ChildBadge, PersonBadges } from './person-badges.tsx';
import type { PersonSort } from './person-filters.ts';
import { useCountryNames } from './use-country-options.ts';

interface Props {
  persons: PersonSummary[];
  /** When given, the code and registration columns sort the list (server-side, by cursor). */
  sort?: PersonSort;
  onSort?: (sort: PersonSort) => void;
}

/** Codes and attributes only: a list never carries a name, whatever the reader's permissions. */
export function PersonsTable({ persons, sort = 'newest', onSort }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryNames = useCountryNames();
  return (
    <TableScroll label={t('persons.tableCaption')}>
      <Table striped highlightOnHover verticalSpacing={4} data-testid="persons-table">
        <Table.Thead>
          <Table.Tr>
            {onSort ? (
              <SortHeader
                label={t('persons.code')}
                direction={sort === 'code_asc' ? 'asc' : sort === 'code_desc' ? 'desc' : null}
                onSort={() => onSort(sort === 'code_asc' ? 'code_desc' : 'code_asc')}
              />
            ) : (
              <Table.Th scope="col">{t('persons.code')}</Table.Th>
            )}
            <Table.Th scope="col">{t('persons.sex')}</Table.Th>
            <Table.Th scope="col">{t('persons.age')}</Table.Th>
            <Table.Th scope="col">{t('persons.childColumn')}</Table.Th>
            <Table.Th scope="col">{t('persons.citizenship')}</Table.Th>
            <Table.Th scope="col">{t('persons.status')}</Table.Th>
            <Table.Th scope="col">{t('persons.decisionDue')}</Table.Th>
            {onSort ? (
              <SortHeader
                label={t('persons.registered')}
                direction={sort === 'newest' ? 'desc' : sort === 'oldest' ? 'asc' : null}
                onSort={() => onSort(sort === 'newest' ? 'oldest' : 'newest')}
              />
            ) : (
              <Table.Th scope="col">{t('persons.registered')}</Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {persons.map((person) => (
            <Table.Tr key={person.id} data-testid="person-row">
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/persons/${person.id}`}
                  ff="monospace"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {person.code}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`vocabulary.genders.${person.gender}`)}</Table.Td>
              <Table.Td>{ageText(person, t('common.unknown'))}</Table.Td>
              <Table.Td>
                <ChildBadge child={person.childAtIdentification} />
              </Table.Td>
              <Table.Td>{countryNames(person.citizenships)}</Table.Td>
              <Table.Td>
                <PersonBadges person={person} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(person.decisionDueAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(person.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
