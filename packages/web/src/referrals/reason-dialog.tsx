import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorsAtTop } from '../common/form-errors.tsx';
import { useFormErrors } from '../common/use-form-errors.ts';

interface ReasonDialogProps {
  opened: boolean;
  title: string;
  help: string;
  confirmLabel: string;
  required: boolean;
  busy: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/**
 * Asks for the reason of a decline (required) or a withdrawal (optional). Built like
 * ConfirmDialog; it stays open on an error so the typed reason is not lost.
 */
export function ReasonDialog(props: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  // The same words as every form: "Fill in “Reason”." in the summary and under the field.
  const form = useFormErrors(props.error, {
    reason: { label: t('referralActions.reason'), value: reason, required: props.required },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    props.onConfirm(reason.trim());
  };

  return (
    <Modal.Root opened={props.opened} onClose={props.onCancel} centered transitionProps={{ duration: 0 }}>
      <Modal.Overlay />
      <Modal.Content data-testid="reason-dialog">
        <Modal.Header {...{ component: 'div' }}>
          <Modal.Title fw={700}>{props.title}</Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <FormErrorsAtTop form={form} error={props.error} />
              <Textarea
                {...form.field('reason')}
                description={props.help}
                autosize
                minRows={3}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                data-autofocus
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={props.onCancel}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" color="red.9" loading={props.busy}>
                  {props.confirmLabel}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
