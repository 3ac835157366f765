import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUsers } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { Link } from 'react-router';
import type { DuplicateCandidate, ProcedureInput } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { personPath } from '../search/paths';

type Check = ProcedureInput<'persons.checkDuplicates'>;
const WATCHED = ['postcode', 'houseNumber', 'houseNumberAddition', 'phone', 'phoneAlt', 'email'] as const;

/** The values the duplicate check looks at, from a form as the person types. */
export function useDuplicateCheck<T extends FieldValues>(form: UseFormReturn<T>, prefix = '', excludeId?: string) {
  const values = useWatch({ control: form.control, name: WATCHED.map((n) => `${prefix}${n}` as Path<T>) }) as unknown[];
  const input: Check = { excludeId };
  WATCHED.forEach((name, i) => {
    const v = values[i];
    (input as Record<string, unknown>)[name] = typeof v === 'string' ? v.trim() || null : (v ?? null);
  });
  return useDuplicates(input);
}

export function useDuplicates(input: Check) {
  // Debounced as text: a new object every render would restart the timer for ever.
  const [debouncedText] = useDebouncedValue(JSON.stringify(input), 300);
  const debounced = JSON.parse(debouncedText) as Check;
  const hasAddress = !!debounced.postcode && debounced.houseNumber !== null && debounced.houseNumber !== '';
  const enabled = hasAddress || !!debounced.phone || !!debounced.phoneAlt || !!debounced.email;
  const query = useProcedure('persons.checkDuplicates', debounced, { enabled, placeholderData: keepPreviousData });
  return enabled ? (query.data ?? []) : [];
}

interface DuplicateWarningProps {
  candidates: DuplicateCandidate[];
  title?: string;
  /** On a person's own page: merge the two. */
  onMerge?: (candidate: DuplicateCandidate) => void;
  /** In a registration: use the existing person instead of a new one. */
  onUse?: (candidate: DuplicateCandidate) => void;
}

/** "Bestaat deze persoon al?": the candidates with the reason each may be the same, as links. */
export function DuplicateWarning({ candidates, title = 'Bestaat deze persoon al?', onMerge, onUse }: DuplicateWarningProps) {
  if (candidates.length === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconUsers size={18} />} title={title} role="status" data-testid="duplicate-warning">
      <Stack gap="xs">
        <Text size="sm">
          {candidates.length === 1 ? 'Er is al iemand met dezelfde gegevens:' : `Er zijn al ${candidates.length} personen met dezelfde gegevens:`}
        </Text>
        {candidates.map((c) => (
          <Group key={c.personId} gap="sm" justify="space-between" wrap="nowrap" data-testid="duplicate-candidate">
            <Stack gap={0}>
              <Group gap="xs">
                <Anchor component={Link} to={personPath(c.personId)} fw={600} size="sm">
                  {c.displayName}
                </Anchor>
                {c.reasons.map((r) => (
                  <Badge key={r.code} size="sm" color="orange" variant="outline" tt="none" fw={500}>
                    {r.text}
                  </Badge>
                ))}
              </Group>
              <Text size="xs" c="dimmed">
                {[c.addressLine, c.phone, c.email].filter(Boolean).join(' · ') || 'Geen adres of telefoon bekend'}
              </Text>
            </Stack>
            <Group gap="xs" wrap="nowrap">
              {onUse && (
                <Button size="xs" variant="light" onClick={() => onUse(c)}>
                  Deze persoon gebruiken
                </Button>
              )}
              {onMerge && (
                <Button size="xs" variant="light" color="orange" onClick={() => onMerge(c)}>
                  Samenvoegen…
                </Button>
              )}
            </Group>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
