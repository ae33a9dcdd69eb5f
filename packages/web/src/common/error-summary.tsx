import { Alert, Anchor, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the field the link moves to. */
  fieldId: string;
  label: string;
  /** Said after the label, unless it names the field itself ("Fill in “Sex”."). */
  message: string;
}

/**
 * What stops a form from being saved, at its top: one link per field, in words, each moving focus
 * to its field. The caller passes only what is still wrong, so a fixed field leaves the list (and
 * the list leaves the page) as soon as it is fixed.
 */
interface Props {
  items: SummaryItem[];
  /** A new number on each try to send: the summary then takes focus. */
  attempt?: number;
  /** The server's own reason, said under the links when it gave one. */
  note?: string;
}

export function ErrorSummary({ items, attempt, note }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  // Each failed try takes the user to the summary, as a page reload would (when counted here);
  // fixing a field must not pull focus away from it, so only a new try counts.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt is the only trigger
  useEffect(() => {
    if (attempt && shown) ref.current?.focus();
  }, [attempt]);
  if (!shown) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      role="alert"
      title={t('errors.summaryTitle')}
      data-testid="error-summary"
    >
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
              {item.message.includes(item.label) ? item.message : `${item.label}: ${item.message}`}
            </Anchor>
          </List.Item>
        ))}
      </List>
      {note ? (
        <Text size="sm" mt="xs">
          {t('errors.serverSaid', { message: note })}
        </Text>
      ) : null}
    </Alert>
  );
}
