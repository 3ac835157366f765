import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';

const OPTIONS = [
  { value: 'voldoende', label: 'Voldoende' },
  { value: 'onvoldoende', label: 'Onvoldoende' },
];

/** Q2: one judgement, sufficient or not, as a radio group (Tab in, arrows to choose). */
export function Judgement({ label, value, onChange, error, emphasis }: { label: string; value: boolean; onChange: (sufficient: boolean) => void; error?: string; emphasis?: boolean }) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={emphasis ? 700 : 500} id={id}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        value={value ? 'voldoende' : 'onvoldoende'}
        onChange={(v) => onChange(v === 'voldoende')}
        data={OPTIONS}
        color={value ? 'green' : 'red'}
        size="sm"
      />
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
