import { Button, Code, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../api/types.ts';
import { ConfirmDialog } from '../common/confirm-dialog.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { StatusBadge } from '../common/status-badge.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import { TokenCreateForm } from './token-create-form.tsx';
import { tokenStatus, useRevokeToken, useTokens } from './token-queries.ts';

export function ApiTokensSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const statusLabel = {
    active: t('account.statusActive'),
    revoked: t('account.statusRevoked'),
    expired: t('account.statusExpired'),
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tokens-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="tokens-title">
          {t('account.tokens')}
        </Title>
        <Text size="sm">{t('account.tokensIntro')}</Text>
        <TokenCreateForm />
        {tokens.isPending ? <PageLoader /> : null}
        <ErrorAlert error={tokens.error ?? revoke.error} />
        {tokens.data?.length === 0 ? <Text>{t('account.noTokens')}</Text> : null}
        {tokens.data?.length ? (
          <TableScroll label={t('account.tableCaption')}>
            <Table striped data-testid="tokens-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('account.tokenName')}</Table.Th>
                  <Table.Th scope="col">{t('account.prefix')}</Table.Th>
                  <Table.Th scope="col">{t('account.scopes')}</Table.Th>
                  <Table.Th scope="col">{t('account.createdAt')}</Table.Th>
                  <Table.Th scope="col">{t('account.lastUsed')}</Table.Th>
                  <Table.Th scope="col">{t('account.expires')}</Table.Th>
                  <Table.Th scope="col">{t('account.status')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.map((token) => {
                  const status = tokenStatus(token);
                  return (
                    <Table.Tr key={token.id}>
                      <Table.Td>{token.name}</Table.Td>
                      <Table.Td>
                        <Code>{token.prefix}</Code>
                      </Table.Td>
                      <Table.Td>{token.scopes.join(', ')}</Table.Td>
                      <Table.Td>{format.dateTime(token.createdAt)}</Table.Td>
                      <Table.Td>
                        {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('common.never')}
                      </Table.Td>
                      <Table.Td>
                        {token.expiresAt ? format.date(token.expiresAt) : t('common.never')}
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge tone={status === 'active' ? 'ok' : 'off'} label={statusLabel[status]} />
                      </Table.Td>
                      <Table.Td>
                        {status === 'active' ? (
                          <Button
                            size="xs"
                            variant="outline"
                            color="red.9"
                            aria-label={t('account.revokeLabel', { name: token.name })}
                            onClick={() => setRevoking(token)}
                          >
                            {t('account.revoke')}
                          </Button>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={revoking !== null}
        title={t('account.revoke')}
        message={t('account.revokeConfirm', { name: revoking?.name ?? '' })}
        confirmLabel={t('account.revoke')}
        danger
        busy={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) })}
      />
    </Paper>
  );
}
