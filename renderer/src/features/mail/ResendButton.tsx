import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import type { MailMessage } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';

/**
 * "Opnieuw verzenden" for a failed or uncertain message. An uncertain one may have arrived, so the
 * person is asked to check with the recipient first.
 */
export function ResendButton({ message }: { message: MailMessage }) {
  const [open, dialog] = useDisclosure(false);
  const resend = useProcedureMutation('mail.resend', {
    onSuccess: () => {
      dialog.close();
      notifications.show({ color: 'green', message: `Het bericht aan ${message.toAddress} staat weer in de wachtrij.` });
    },
    onError: (error) => {
      dialog.close();
      notifications.show({ color: 'red', title: 'Niet gelukt', message: error.message });
    },
  });
  if (message.status !== 'failed' && message.status !== 'uncertain') return null;

  const button = (onClick: () => void) => (
    <Button size="xs" variant="light" leftSection={<IconSend size={14} />} loading={resend.isPending} onClick={onClick} aria-label={`Opnieuw verzenden: ${message.subject}`}>
      Opnieuw verzenden
    </Button>
  );
  if (message.status === 'failed') return button(() => resend.mutate({ id: message.id }));

  return (
    <>
      {button(dialog.open)}
      <Modal opened={open} onClose={dialog.close} title="Onzeker bericht opnieuw verzenden" centered>
        <Stack>
          <Text size="sm">
            Het verzenden van &ldquo;{message.subject}&rdquo; aan {message.toAddress} werd onderbroken. Het bericht is mogelijk toch aangekomen.
            Controleer dat bij de ontvanger; verzend het alleen opnieuw als het er niet is.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={dialog.close}>
              Annuleren
            </Button>
            <Button loading={resend.isPending} onClick={() => resend.mutate({ id: message.id })} data-autofocus>
              Opnieuw verzenden
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
