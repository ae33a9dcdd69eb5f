import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { caseVictimRoles, protectionMeasures } from '@opennrm/contracts/vocabulary';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { resolvePersonRef } from '../alerts/alert-queries.ts';
import { CheckboxFieldset } from '../common/checkbox-fieldset.tsx';
import { DateInput } from '../common/date-input.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import { localIsoDate } from '../persons/screened-at.ts';
import { type CaseDetail, useLinkVictim } from './case-queries.ts';

type Role = (typeof caseVictimRoles)[number];
type Measure = (typeof protectionMeasures)[number];

/**
 * The victims in the case. The person's code and link appear only where the person's own policy
 * lets this reader open the record: a case never widens access to a person.
 */
export function CaseVictims({
  caseId,
  victims,
  mayLink,
}: {
  caseId: string;
  victims: CaseDetail['victims'];
  mayLink: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const yesNo = (b: boolean) => (b ? t('caseVictims.yes') : t('caseVictims.no'));
  return (
    <section aria-labelledby="case-victims-title">
      <Title order={2} size="h3" id="case-victims-title" mb="xs">
        {t('caseVictims.title')}
      </Title>
      <Stack gap="md">
        {victims.length === 0 ? (
          <Text c="dimmed">{t('caseVictims.none')}</Text>
        ) : (
          <TableScroll label={t('caseVictims.tableCaption')}>
            <Table striped data-testid="case-victims">
              <Table.Caption>{t('caseVictims.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('caseVictims.person')}</Table.Th>
                  <Table.Th scope="col">{t('caseVictims.role')}</Table.Th>
                  <Table.Th scope="col">{t('caseVictims.testified')}</Table.Th>
                  <Table.Th scope="col">{t('caseVictims.protection')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {victims.map((v, i) => (
                  <Table.Tr key={v.personId ?? `hidden-${i}`}>
                    <Table.Td>
                      {v.personId && v.personCode ? (
                        <Anchor component={Link} to={`/persons/${v.personId}`}>
                          {v.personCode}
                        </Anchor>
                      ) : (
                        <Text c="dimmed" component="span">
                          {t('caseVictims.hidden')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`prosecutionVocabulary.victimRoles.${v.role}`)}</Table.Td>
                    <Table.Td>
                      {yesNo(v.testified)}
                      {v.testifiedOn ? ` (${format.date(v.testifiedOn)})` : ''}
                    </Table.Td>
                    <Table.Td>
                      {v.protectionMeasures
                        .map((m) => t(`prosecutionVocabulary.protectionMeasures.${m}`))
                        .join(', ')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {mayLink ? <LinkVictimForm caseId={caseId} /> : null}
      </Stack>
    </section>
  );
}

function LinkVictimForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const link = useLinkVictim(caseId);
  const today = localIsoDate(new Date());
  const [ref, setRef] = useState('');
  const [role, setRole] = useState<Role>('victim_witness');
  const [testified, setTestified] = useState(false);
  const [testifiedOn, setTestifiedOn] = useState('');
  const [measures, setMeasures] = useState<string[]>([]);
  const [notFound, setNotFound] = useState(false);
  const [missing, setMissing] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(!ref.trim());
    setNotFound(false);
    if (!ref.trim()) return;
    const personId = await resolvePersonRef(ref);
    if (!personId) {
      setNotFound(true);
      return;
    }
    link.mutate(
      {
        personId,
        role,
        testified: testified || Boolean(testifiedOn),
        testifiedOn: testifiedOn || null,
        protectionMeasures: measures as Measure[],
      },
      { onSuccess: () => setRef('') },
    );
  };

  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby={`link-victim-${caseId}`}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="link-victim-form">
        <Stack gap="sm">
          <Title order={3} size="h4" id={`link-victim-${caseId}`}>
            {t('caseVictims.linkTitle')}
          </Title>
          <ErrorAlert error={link.error} />
          {notFound ? (
            <Alert color="red" role="alert">
              {t('caseVictims.notFound')}
            </Alert>
          ) : null}
          {link.isSuccess && !ref ? (
            <Alert color="teal" role="status">
              {t('caseVictims.linked')}
            </Alert>
          ) : null}
          <TextInput
            label={t('caseVictims.personRef')}
            description={t('caseVictims.personRefHelp')}
            required
            w={320}
            value={ref}
            onChange={(e) => setRef(e.currentTarget.value)}
            error={
              missing ? t('fieldErrors.requiredNamed', { field: t('caseVictims.personRef') }) : undefined
            }
          />
          <NativeSelect
            label={t('caseVictims.role')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            data={caseVictimRoles.map((r) => ({
              value: r,
              label: t(`prosecutionVocabulary.victimRoles.${r}`),
            }))}
          />
          <Checkbox
            label={t('caseVictims.testified')}
            checked={testified}
            onChange={(e) => setTestified(e.currentTarget.checked)}
          />
          {testified ? (
            <DateInput
              label={t('caseVictims.testifiedOn')}
              max={today}
              w={260}
              value={testifiedOn}
              onChange={(value) => setTestifiedOn(value)}
            />
          ) : null}
          <CheckboxFieldset
            legend={t('caseVictims.protection')}
            options={protectionMeasures.map((m) => ({
              value: m,
              label: t(`prosecutionVocabulary.protectionMeasures.${m}`),
            }))}
            value={measures}
            onChange={setMeasures}
          />
          <Button type="submit" w="fit-content" loading={link.isPending}>
            {t('caseVictims.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
