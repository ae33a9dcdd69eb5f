import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useFormat } from '../i18n/format.ts';
import { useVerifyChain } from './audit-queries.ts';

/** Recomputes the hash chain on the server and says whether the trail is intact. */
export function VerifyChain() {
  const { t } = useTranslation();
  const format = useFormat();
  const verify = useVerifyChain();
  const result = verify.data;
  return (
    <Stack gap="xs" align="flex-start">
      <Button
        variant="outline"
        loading={verify.isPending}
        onClick={() => verify.mutate()}
        data-testid="verify-chain"
      >
        {t('audit.verify')}
      </Button>
      <ErrorAlert error={verify.error} />
      {result ? (
        <Alert
          color={result.ok ? 'teal' : 'red'}
          role={result.ok ? 'status' : 'alert'}
          data-testid="verify-result"
          w="100%"
        >
          {result.ok || !result.problem
            ? t('audit.verifyOk', { checked: format.number(result.checked), lastSeq: result.lastSeq ?? 0 })
            : t('audit.verifyBroken', {
                seq: result.problem.seq,
                kind: t(`audit.problem.${result.problem.kind}`),
                message: result.problem.message,
              })}
        </Alert>
      ) : null}
    </Stack>
  );
}
