import { useTranslation } from 'react-i18next';
import type { AlertStatus } from '../api/types.ts';
import { StatusBadge } from '../common/status-badge.tsx';
import { alertTone } from './alert-actions.ts';

/** The alert's status in words on a coloured badge. */
export function AlertStatusBadge({ status }: { status: AlertStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      tone={alertTone(status)}
      label={t(`alertVocabulary.statuses.${status}`)}
      testId="alert-status"
    />
  );
}
