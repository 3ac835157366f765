import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconListDetails } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamDay, contracts, formatDate, type Participant } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { FormAlert, FormShell } from '../../../ui/form';
import { SendViaSelect } from '../../complaints/dossier/shared';
import { newestLetter } from '../letters';
import { RefusalAlert, useRuleRefusal } from '../refusal';

const schema = contracts['quality.publishBlacklist'].input;
type Violation = Participant['violations'][number];

/** Q6: a recorded violation goes on the public blacklist once the 10 days are over; the former participant is told (T16). */
export function PublishForm({ participant: p, violation, onLetter }: { participant: Participant; violation: Violation; onLetter: (documentId: string) => void }) {
  const refusal = useRuleRefusal(['quality.blacklist_too_early', 'quality.blacklist_exists']);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { violationId: violation.id, via: 'voorkeur' } });
  const publish = useProcedureMutation('quality.publishBlacklist', {
    onSuccess: ({ documents }) => {
      notifications.show({ color: 'green', message: `${p.provider.name} staat op de zwarte lijst; de brief (T16) staat bij Documenten.` });
      const letter = newestLetter(documents);
      if (letter) onLetter(letter.id);
    },
    onError: (error) => refusal.onError(error, form),
  });
  // Q6: only after the sticker period; the back end checks the same day.
  const tooEarly = !p.stickerDeadline || amsterdamDay(new Date()) <= p.stickerDeadline;
  const explanation = p.stickerDeadline ? `Op de zwarte lijst zetten kan pas na ${formatDate(p.stickerDeadline)}, als de termijn van 10 dagen voorbij is (Q6).` : 'Het deelnemerschap is nog niet beëindigd.';
  return (
    <FormShell onSubmit={form.handleSubmit((v) => publish.mutate(v))} aria-label={`Overtreding van ${formatDate(violation.seenOn)} op de zwarte lijst zetten`}>
      <Stack gap="xs">
        <RefusalAlert message={refusal.message} title="Nog niet op de zwarte lijst (Q6)" />
        <FormAlert form={form} />
        <Group align="flex-end" gap="md">
          <SendViaSelect control={form.control} name="via" label="Brief (T16) versturen via" size="xs" w={260} disabled={tooEarly} />
          <Tooltip label={explanation} disabled={!tooEarly} multiline w={300}>
            {/* A disabled button gets no hover events: the wrapper carries the explanation. */}
            <span>
              <Button type="submit" size="xs" color="dark" leftSection={<IconListDetails size={14} />} disabled={tooEarly} loading={publish.isPending}>
                Op zwarte lijst zetten
              </Button>
            </span>
          </Tooltip>
        </Group>
        {tooEarly && (
          <Text size="xs" c="dimmed" data-testid="blacklist-too-early">
            {explanation}
          </Text>
        )}
      </Stack>
    </FormShell>
  );
}
