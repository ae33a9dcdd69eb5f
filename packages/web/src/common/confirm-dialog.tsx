import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A deliberate second step for actions that are recorded or cannot be undone. Built from
 * Modal's parts because the stock header is a <header> (a second "banner" landmark for axe)
 * and its close button has no name; no transition, so it is readable the moment it opens.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal.Root opened={props.opened} onClose={props.onCancel} centered transitionProps={{ duration: 0 }}>
      <Modal.Overlay />
      <Modal.Content data-testid="confirm-dialog">
        <Modal.Header {...{ component: 'div' }}>
          <Modal.Title fw={700}>{props.title}</Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>
          <Text mb="lg">{props.message}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onCancel}>
              {t('common.cancel')}
            </Button>
            <Button color={props.danger ? 'red.9' : undefined} loading={props.busy} onClick={props.onConfirm}>
              {props.confirmLabel}
            </Button>
          </Group>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
