import { Anchor, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
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
import { HotlineCorrection } from './hotline-correction.tsx';
import { HotlineForm } from './hotline-form.tsx';
import { useHotlineContacts, useOpenHotlineContact } from './prevention-queries.ts';

export function HotlinePage() {
  return (
    <RequirePermission permission="hotline_contact:read">
      <Hotline />
    </RequirePermission>
  );
}

/** The hotline's own screen: the form first (a call is live), then the contacts of the last days. */
function Hotline() {
  const { t } = useTranslation();
  usePageTitle(t('hotline.title'));
  const { permissions } = useSession();
  return (
    <Stack>
      <Title order={1}>{t('hotline.title')}</Title>
      {can(permissions, 'hotline_contact:create') ? <HotlineForm /> : null}
      <ContactList />
    </Stack>
  );
}

/** The list never holds a caller's identity; opening one contact shows it, and the server audits that. */
function ContactList() {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const format = useFormat();
  const contacts = useHotlineContacts();
  const open = useOpenHotlineContact();
  const [openId, setOpenId] = useState<string | null>(null);
  const list = contacts.data ?? [];
  const shown = open.data && open.data.id === openId ? open.data : null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('hotline.contacts')}
      </Title>
      {contacts.isPending ? <PageLoader /> : null}
      <ErrorAlert error={contacts.error} />
      <ErrorAlert error={open.error} />
      {contacts.data && list.length === 0 ? <Text>{t('prevention.none')}</Text> : null}
      {shown ? (
        <Paper withBorder p="md" maw={760} data-testid="hotline-contact-detail" aria-live="polite">
          <Stack gap="xs">
            <Text fw={600}>{t('hotline.openedContact', { date: format.dateTime(shown.contactedAt) })}</Text>
            <Text>
              {t('hotline.callerIdentity')}: {shown.callerIdentity ?? t('hotline.notGiven')}
            </Text>
            <Text>
              {t('hotline.notes')}: {shown.notes ?? t('common.none')}
            </Text>
            {can(permissions, 'hotline_contact:update') ? (
              <HotlineCorrection
                key={shown.id}
                contact={shown}
                onDone={() => {
                  setOpenId(null);
                  open.reset();
                }}
              />
            ) : null}
            <Button
              variant="default"
              w="fit-content"
              onClick={() => {
                setOpenId(null);
                open.reset();
              }}
            >
              {t('common.close')}
            </Button>
          </Stack>
        </Paper>
      ) : null}
      {list.length > 0 ? (
        <TableScroll label={t('hotline.contactsCaption')}>
          <Table striped verticalSpacing="xs" data-testid="hotline-contacts">
            <Table.Caption>{t('hotline.contactsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('hotline.contactedAt')}</Table.Th>
                <Table.Th scope="col">{t('hotline.channel')}</Table.Th>
                <Table.Th scope="col">{t('hotline.language')}</Table.Th>
                <Table.Th scope="col">{t('hotline.callerType')}</Table.Th>
                <Table.Th scope="col">{t('hotline.topic')}</Table.Th>
                <Table.Th scope="col">{t('hotline.outcome')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((c) => (
                <Table.Tr key={c.id} data-testid="hotline-contact-row">
                  <Table.Th scope="row">{format.dateTime(c.contactedAt)}</Table.Th>
                  <Table.Td>{t(`preventionVocabulary.hotlineChannels.${c.channel}`)}</Table.Td>
                  <Table.Td>{t(`preventionVocabulary.languages.${c.language}`)}</Table.Td>
                  <Table.Td>{t(`preventionVocabulary.callerTypes.${c.callerType}`)}</Table.Td>
                  <Table.Td>{t(`preventionVocabulary.hotlineTopics.${c.topic}`)}</Table.Td>
                  <Table.Td>
                    {t(`preventionVocabulary.outcomes.${c.outcome}`)}
                    {c.alertId ? (
                      <>
                        {' · '}
                        <Anchor component={Link} to={`/alerts/${c.alertId}`} size="sm">
                          {t('hotline.theAlert')}
                        </Anchor>
                      </>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      loading={open.isPending && openId === c.id}
                      onClick={() => {
                        setOpenId(c.id);
                        open.mutate(c.id);
                      }}
                    >
                      {c.callerGiven ? t('hotline.openWithCaller') : t('hotline.open')}
                    </Button>
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
