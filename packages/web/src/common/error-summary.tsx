import { Alert, Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the field the link moves to. */
  fieldId: string;
  label: string;
  message: string;
}

/**
 * What stops a form from being saved, at its top: one link per field, in words, each moving focus
 * to its field. The caller passes only what is still wrong, so a fixed field leaves the list (and
 * the list leaves the page) as soon as it is fixed.
 */
export function ErrorSummary({ items }: { items: SummaryItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={t('errors.summaryTitle')} data-testid="error-summary">
      <List size="sm">
        {items.map((item) => (
          <List.Item key={item.fieldId}>
            <Anchor
              href={`#${item.fieldId}`}
              size="sm"
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(item.fieldId)?.focus();
              }}
            >
              {item.label}: {item.message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
