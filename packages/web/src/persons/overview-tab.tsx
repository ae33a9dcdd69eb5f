import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonFile } from '../api/types.ts';
import { intlTag, useFormat } from '../i18n/format.ts';
import { AttributesEditForm } from './attributes-edit-form.tsx';
import { languageName } from './country-codes.ts';
import { FactList } from './fact-list.tsx';
import { SharingSection } from './sharing-section.tsx';
import { useCountryNames } from './use-country-options.ts';

/** Attributes, status and who decided it, and which organisations can see the record. */
export function OverviewTab({ file }: { file: PersonFile }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const countryNames = useCountryNames();
  const { person } = file;
  const yesNo = (value: boolean | null) =>
    value === null ? t('common.unknown') : value ? t('common.yes') : t('common.no');
  const latest = file.decisions.at(-1);
  const decider = file.organisations.find((o) => o.id === latest?.decidingOrganisationId)?.name;
  const tag = intlTag(i18n.language);

  return (
    <Stack gap="lg">
      <section aria-labelledby="overview-person">
        <Title order={2} size="h3" id="overview-person" mb="sm">
          {t('person.attributes')}
        </Title>
        <FactList
          testId="person-facts"
          facts={[
            [t('persons.code'), person.code],
            [t('persons.sex'), t(`vocabulary.genders.${person.gender}`)],
            [t('persons.birthYear'), person.birthYear ?? ''],
            [t('persons.ageBand'), person.ageBand ?? ''],
            [t('persons.childAtIdentification'), yesNo(person.childAtIdentification)],
            [t('persons.citizenship'), countryNames(person.citizenships)],
            [t('persons.languages'), person.languages.map((l) => languageName(l, tag)).join(', ')],
            [t('person.scope'), file.scope ? t(`person.scopes.${file.scope}`) : ''],
            [t('person.foreign'), yesNo(file.foreign)],
            [t('persons.registered'), format.dateTime(person.createdAt)],
          ]}
        />
      </section>
      <section aria-labelledby="overview-status">
        <Title order={2} size="h3" id="overview-status" mb="sm">
          {t('person.identification')}
        </Title>
        <FactList
          facts={[
            [
              t('persons.status'),
              // Text only: the badges (and their test ids) are in the page header above the tabs.
              [
                t(`vocabulary.statuses.${person.status}`),
                person.ngoOnly ? t('persons.ngoOnly') : '',
                person.overdue ? t('persons.overdue') : '',
              ]
                .filter(Boolean)
                .join(' · '),
            ],
            [
              t('person.decidedBy'),
              person.statusBodyType
                ? [decider, t(`vocabulary.bodies.${person.statusBodyType}`)].filter(Boolean).join(' · ')
                : '',
            ],
            [t('person.decidedAt'), format.date(person.statusDecidedAt)],
            [t('person.stateDecided'), yesNo(person.stateDecided)],
            [t('person.firstScreened'), format.dateTime(person.firstScreenedAt)],
            [t('persons.decisionDue'), format.date(person.decisionDueAt)],
          ]}
        />
      </section>
      {/* What this user may do to this record is the server's answer (file.may), not a guess. */}
      {file.may.edit ? <AttributesEditForm person={person} /> : null}
      <SharingSection file={file} />
    </Stack>
  );
}
